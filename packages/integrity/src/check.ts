// The integrity check (issue 18, ADR 0023): `pnpm docscan check [--repair]` and the worker's weekly job.
// It compares what the database says with what the store holds and with itself:
//   - every document's original exists, of the recorded size and SHA-256 (all, or a random sample);
//   - objects no row names (orphans), thumbnails that are gone, text missing after extraction;
//   - documents stuck mid-pipeline (not finished, and no job left that would finish them);
//   - the per-user quota counters against the real sums.
// Repairs are only the safe ones: orphans past the grace period removed (with reconciliation's safety stop),
// stuck and text-less documents queued again, counters recomputed, a vanished thumbnail forgotten (the
// worker makes a new one). A missing or damaged original is reported, never "repaired" by deleting its row.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@docscan/db";
import { enqueueForDocument } from "@docscan/jobs";
import { ObjectNotFoundError, type ObjectStore } from "@docscan/storage";
import { arrayLiteral, databaseNow, findOrphans } from "./orphans.ts";

/** Orphans younger than this are left alone: their row may be about to commit (the same day reconciliation waits). */
export const CHECK_ORPHAN_GRACE_MS = 24 * 60 * 60_000;
/** A document unfinished for this long with no job that would finish it is stuck. */
export const STUCK_AFTER_MS = 30 * 60_000;
/** Entries kept per list in a report (the counts are always complete). */
const LIST_LIMIT = 100;

export interface CheckOptions {
  repair: boolean;
  /** Check only this many documents' originals, chosen at random; all of them when undefined. */
  sample?: number;
  orphanGraceMs?: number;
  stuckAfterMs?: number;
}

export interface Finding {
  /** The document, object key or user concerned. */
  id: string;
  detail: string;
}

export interface CheckSection {
  found: number;
  repaired: number;
  /** The first LIST_LIMIT. */
  items: Finding[];
}

export interface CheckReport {
  startedAt: string;
  finishedAt: string;
  repair: boolean;
  documents: number;
  originalsChecked: number;
  sampled: boolean;
  /** Never repaired: the bytes are gone. */
  missingOriginals: CheckSection;
  /** Size or SHA-256 differs from the row: reported, never repaired. */
  damagedOriginals: CheckSection;
  orphans: CheckSection & { bytes: number; safetyStop: string | null };
  missingThumbnails: CheckSection;
  missingText: CheckSection;
  stuckDocuments: CheckSection;
  counters: CheckSection;
  /** What a --repair could not put right, in sentences. */
  unrepaired: string[];
  /** Nothing found (or everything found repaired). */
  ok: boolean;
}

const section = (): CheckSection => ({ found: 0, repaired: 0, items: [] });
function note(s: CheckSection, f: Finding): void {
  s.found++;
  if (s.items.length < LIST_LIMIT) s.items.push(f);
}

export async function runCheck(deps: { db: DbOrTx; store: ObjectStore }, opts: CheckOptions): Promise<CheckReport> {
  const { db, store } = deps;
  const report: CheckReport = {
    startedAt: new Date().toISOString(),
    finishedAt: "",
    repair: opts.repair,
    documents: 0,
    originalsChecked: 0,
    sampled: opts.sample !== undefined,
    missingOriginals: section(),
    damagedOriginals: section(),
    orphans: { ...section(), bytes: 0, safetyStop: null },
    missingThumbnails: section(),
    missingText: section(),
    stuckDocuments: section(),
    counters: section(),
    unrepaired: [],
    ok: false,
  };
  const now = await databaseNow(db);
  await checkOriginals(db, store, opts, report);
  await checkOrphans(db, store, opts, now - (opts.orphanGraceMs ?? CHECK_ORPHAN_GRACE_MS), report);
  await checkText(db, opts, report);
  await checkStuck(db, opts, now - (opts.stuckAfterMs ?? STUCK_AFTER_MS), report);
  await checkCounters(db, opts, report);
  if (report.missingOriginals.found) report.unrepaired.push(`${report.missingOriginals.found} original(s) missing from storage: restore them from an export (the rows are kept)`);
  if (report.damagedOriginals.found) report.unrepaired.push(`${report.damagedOriginals.found} original(s) differ from their recorded size or SHA-256: restore them from an export`);
  if (opts.repair && report.orphans.safetyStop) report.unrepaired.push(`orphans not removed: ${report.orphans.safetyStop}`);
  const open = (s: CheckSection) => s.found - s.repaired;
  report.ok = [report.missingOriginals, report.damagedOriginals, report.orphans, report.missingThumbnails, report.missingText, report.stuckDocuments, report.counters].every((s) => open(s) === 0);
  report.finishedAt = new Date().toISOString();
  return report;
}

interface DocumentRef {
  id: string;
  objectKey: string;
  size: number;
  sha256: string;
  thumbnailKey: string | null;
}

async function checkOriginals(db: DbOrTx, store: ObjectStore, opts: CheckOptions, report: CheckReport): Promise<void> {
  const [{ n }] = (await db.execute(sql`select count(*)::int as n from documents`)) as unknown as [{ n: number }];
  report.documents = n;
  // Keyset pages of 500, or one random sample.
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const docs = (await db.execute(sql`
      select id, object_key as "objectKey", size, sha256, thumbnail_key as "thumbnailKey" from documents
      ${opts.sample !== undefined ? sql`order by random() limit ${opts.sample}` : sql`where id > ${after}::uuid order by id limit 500`}`)) as unknown as DocumentRef[];
    for (const doc of docs) await checkDocument(db, store, doc, opts, report);
    if (opts.sample !== undefined || docs.length < 500) return;
    after = docs[docs.length - 1]!.id;
  }
}

async function checkDocument(db: DbOrTx, store: ObjectStore, doc: DocumentRef, opts: CheckOptions, report: CheckReport): Promise<void> {
  report.originalsChecked++;
  try {
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of await store.get(doc.objectKey)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    const sha256 = hash.digest("hex");
    if (size !== Number(doc.size) || sha256 !== doc.sha256) {
      note(report.damagedOriginals, { id: doc.id, detail: `${doc.objectKey}: ${size} bytes, SHA-256 ${sha256}; recorded ${doc.size} bytes, ${doc.sha256}` });
    }
  } catch (err) {
    if (!(err instanceof ObjectNotFoundError)) throw err;
    note(report.missingOriginals, { id: doc.id, detail: `${doc.objectKey} is not in storage` });
  }
  if (doc.thumbnailKey && !(await store.head(doc.thumbnailKey))) {
    note(report.missingThumbnails, { id: doc.id, detail: `${doc.thumbnailKey} is not in storage` });
    if (opts.repair) {
      // The worker's reconciliation makes a new one for a finished document without a thumbnail.
      await db.execute(sql`update documents set thumbnail_key = null where id = ${doc.id} and thumbnail_key = ${doc.thumbnailKey}`);
      report.missingThumbnails.repaired++;
    }
  }
}

async function checkOrphans(db: DbOrTx, store: ObjectStore, opts: CheckOptions, cutoffMs: number, report: CheckReport): Promise<void> {
  const scan = await findOrphans(db, store, cutoffMs);
  report.orphans.safetyStop = scan.safetyStop;
  for (const o of scan.orphans) {
    note(report.orphans, { id: o.key, detail: `${o.size} bytes, last written ${o.lastModified.toISOString()}` });
    report.orphans.bytes += o.size;
  }
  if (!opts.repair || scan.safetyStop) return;
  for (const o of scan.orphans) {
    await store.delete(o.key);
    report.orphans.repaired++;
  }
}

/** Past extraction (classifying or done) without text: the extraction's result did not arrive. Queued again. */
async function checkText(db: DbOrTx, opts: CheckOptions, report: CheckReport): Promise<void> {
  const rows = (await db.execute(sql`select id from documents where status in ('classifying', 'done') and text is null order by id`)) as unknown as { id: string }[];
  for (const r of rows) {
    note(report.missingText, { id: r.id, detail: "finished extraction but has no text" });
    if (opts.repair) {
      await enqueueForDocument(db, "extract_text", r.id);
      report.missingText.repaired++;
    }
  }
}

/**
 * Unfinished (pending, extracting, classifying) since before the cutoff, and no job left that would move it
 * on: none queued or running for it, or only ones out of attempts. Queued again from the step it is at.
 */
async function checkStuck(db: DbOrTx, opts: CheckOptions, cutoffMs: number, report: CheckReport): Promise<void> {
  const rows = (await db.execute(sql`
    select d.id, d.status from documents d
    where d.status in ('pending', 'extracting', 'classifying')
      and d.trashed_at is null -- the worker skips trashed documents; restoring queues them again (ADR 0021)
      and d.updated_at < to_timestamp(${cutoffMs / 1000}::float8)
      and not exists (
        select 1 from graphile_worker.jobs j
        where j.key like '%:' || d.id::text and j.attempts < j.max_attempts)
    order by d.id`)) as unknown as { id: string; status: string }[];
  for (const r of rows) {
    note(report.stuckDocuments, { id: r.id, detail: `${r.status}, with no job that would finish it` });
    if (opts.repair) {
      await enqueueForDocument(db, r.status === "classifying" ? "classify_document" : "extract_text", r.id);
      report.stuckDocuments.repaired++;
    }
  }
}

/** users.used_bytes / used_documents (kept by triggers) against the sums of the users' documents. */
async function checkCounters(db: DbOrTx, opts: CheckOptions, report: CheckReport): Promise<void> {
  const rows = (await db.execute(sql`
    select u.id, u.used_bytes::float8 as "usedBytes", u.used_documents as "usedDocuments",
           coalesce(s.bytes, 0)::float8 as "realBytes", coalesce(s.n, 0)::int as "realDocuments"
    from users u left join (select owner_id, sum(size) as bytes, count(*) as n from documents group by owner_id) s on s.owner_id = u.id
    where u.used_bytes <> coalesce(s.bytes, 0) or u.used_documents <> coalesce(s.n, 0)
    order by u.id`)) as unknown as { id: string; usedBytes: number; usedDocuments: number; realBytes: number; realDocuments: number }[];
  for (const r of rows) {
    note(report.counters, { id: r.id, detail: `counts ${r.usedDocuments} documents, ${r.usedBytes} bytes; really ${r.realDocuments}, ${r.realBytes}` });
  }
  if (opts.repair && rows.length > 0) {
    const fixed = (await db.execute(sql`
      update users u set used_bytes = coalesce((select sum(size) from documents d where d.owner_id = u.id), 0),
                         used_documents = (select count(*) from documents d where d.owner_id = u.id)
      where u.id = any(${arrayLiteral(rows.map((r) => r.id))}::uuid[])
      returning u.id`)) as unknown as unknown[];
    report.counters.repaired = fixed.length;
  }
}
