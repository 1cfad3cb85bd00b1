// Objects in the store that no document row names: what a crash between storing bytes and committing the
// row leaves behind. Shared by the worker's hourly reconciliation and `pnpm docscan check` (ADR 0017, 0023).
//
// Deleting is guarded, because a wrong DATABASE_URL (a new, empty database) or a bucket shared with something
// else would otherwise make every object look like an orphan: only keys of docscan's own shape are considered,
// and a run that finds the documents table empty while the store is not, or more orphans than a small share of
// what it listed, must delete nothing (`safetyStop` says why).
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@docscan/db";
import { ALLOWED_EXTENSIONS } from "@docscan/shared";
import type { ListedObject, ObjectStore } from "@docscan/storage";

/** Keys checked against the documents table per query. */
const KEY_BATCH = 500;
/** The safety stop: more orphans than this share of the listed objects, and more than ORPHAN_FLOOR, deletes nothing. */
export const ORPHAN_SHARE = 0.05;
export const ORPHAN_FLOOR = 10;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const EXTENSIONS = ALLOWED_EXTENSIONS.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
/** The keys docscan makes (makeObjectKey: `<owner|unowned>/<document id>/<uuid><ext>`, originals and thumbnails). */
export const DOCSCAN_KEY = new RegExp(`^(?:unowned|${UUID})/${UUID}/${UUID}(?:${EXTENSIONS})$`);

/** A Postgres array literal, sent as one parameter (the values are docscan keys or ids: no quoting needed). */
export const arrayLiteral = (values: string[]) => `{${values.join(",")}}`;

export interface OrphanScan {
  /** Objects of docscan's key shape. */
  objectsListed: number;
  /** Objects of any other shape, left alone. */
  foreignSkipped: number;
  /** Named by no document and last written before the cutoff. */
  orphans: ListedObject[];
  /** Set when the orphans must not be deleted: the reason. */
  safetyStop: string | null;
}

/** Lists the store and finds the orphans last written before `cutoffMs` (younger objects may be on their way). */
export async function findOrphans(db: DbOrTx, store: ObjectStore, cutoffMs: number): Promise<OrphanScan> {
  const scan: OrphanScan = { objectsListed: 0, foreignSkipped: 0, orphans: [], safetyStop: null };
  let batch: ListedObject[] = [];
  const check = async () => {
    const rows = (await db.execute(sql`
      select k.key from unnest(${arrayLiteral(batch.map((o) => o.key))}::text[]) as k(key)
      where not exists (select 1 from documents d where d.object_key = k.key)
        and not exists (select 1 from documents d where d.thumbnail_key = k.key)
        and not exists (select 1 from documents d where d.searchable_pdf_key = k.key)`)) as unknown as { key: string }[];
    const named = new Set(rows.map((r) => r.key));
    for (const o of batch) if (named.has(o.key)) scan.orphans.push(o);
    batch = [];
  };
  for await (const o of store.list()) {
    if (!DOCSCAN_KEY.test(o.key)) {
      scan.foreignSkipped++;
      continue;
    }
    scan.objectsListed++;
    if (o.lastModified.getTime() > cutoffMs) continue;
    batch.push(o);
    if (batch.length >= KEY_BATCH) await check();
  }
  if (batch.length > 0) await check();

  const [docs] = (await db.execute(sql`select exists (select 1 from documents) as any`)) as unknown as { any: boolean }[];
  // (Young objects alone say nothing: the first upload of a new installation is on its way.)
  if (!docs?.any && scan.orphans.length > 0) {
    scan.safetyStop = "the documents table is empty but the store holds docscan objects: is DATABASE_URL the right database?";
  } else if (scan.orphans.length > ORPHAN_FLOOR && scan.orphans.length > ORPHAN_SHARE * scan.objectsListed) {
    scan.safetyStop = `${scan.orphans.length} of ${scan.objectsListed} objects are named by no document (more than ${ORPHAN_SHARE * 100} %): is DATABASE_URL the right database, and the bucket docscan's alone?`;
  }
  return scan;
}

/** The database's clock in milliseconds: the rows' timestamps come from it, not from this machine's. */
export async function databaseNow(db: DbOrTx): Promise<number> {
  const [clock] = (await db.execute(sql`select (extract(epoch from now()) * 1000)::float8 as ms`)) as unknown as { ms: number }[];
  return Number(clock!.ms);
}
