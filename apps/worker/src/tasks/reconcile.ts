// Reconciliation (issue 13): what a crash or a storage outage leaves behind is found and put right, at the
// worker's start and hourly. Objects in the store that no document row names (an upload or a thumbnail whose
// row never committed), and the pieces of puts killed mid-write, are removed once older than a grace period;
// documents that ended `done` without a thumbnail (the store refused it) are queued for extraction again,
// which makes one.
import type { CronItem, Task } from "graphile-worker";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@docscan/db";
import { enqueueForDocuments } from "@docscan/jobs";
import { ACCEPTED_TYPES } from "@docscan/shared";
import type { ObjectStore } from "@docscan/storage";
import type { Logger } from "pino";

/** The graphile-worker task name (run by the worker's crontab, and queued once at start). */
export const RECONCILE_TASK = "reconcile";
/** One try per run (the next hour's run is the retry); the job key keeps at most one queued. */
export const RECONCILE_JOB = { jobKey: RECONCILE_TASK, maxAttempts: 1 } as const;
/** Hourly, at a minute nothing else favours; graphile-worker's cron runs each tick once across workers. */
export const RECONCILE_CRON: CronItem = { task: RECONCILE_TASK, match: "23 * * * *", options: RECONCILE_JOB };
/**
 * Objects are written before their row commits, and a thumbnail before the row that names it: anything
 * younger than this may still be on its way, and is left alone.
 */
export const RECONCILE_GRACE_MS = 60 * 60_000;
/** Documents queued again for a thumbnail per run, so a backlog is worked off without flooding the queue. */
const THUMBNAIL_BATCH = 100;
/** Keys checked against the documents table per query. */
const KEY_BATCH = 500;

/** A text[] with one bound parameter per value (the driver would otherwise spread a JS array into a list). */
function textArray(values: string[]): SQL {
  return values.length ? sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]` : sql`array[]::text[]`;
}

export interface ReconcileDeps {
  db: Db;
  storage: ObjectStore;
  log: Logger;
}

export interface ReconcileOptions {
  graceMs: number;
  /**
   * Documents this process already queued for a thumbnail: each is queued once per process, so a file
   * whose thumbnail cannot be made (rather than stored) is not extracted again every hour.
   */
  requeued: Set<string>;
  now?: Date;
}

export interface ReconcileReport {
  objectsListed: number;
  orphansRemoved: number;
  orphanBytes: number;
  /** Pieces of puts killed mid-write (the fs store's temp files). */
  unfinishedRemoved: number;
  thumbnailsRequeued: number;
}

export async function reconcile(deps: ReconcileDeps, opts: ReconcileOptions): Promise<ReconcileReport> {
  const cutoff = (opts.now ?? new Date()).getTime() - opts.graceMs;
  const report: ReconcileReport = { objectsListed: 0, orphansRemoved: 0, orphanBytes: 0, unfinishedRemoved: 0, thumbnailsRequeued: 0 };
  report.unfinishedRemoved = (await deps.storage.removeUnfinished(new Date(cutoff))).removed;

  let batch: { key: string; size: number }[] = [];
  const removeOrphans = async () => {
    const keys = batch.map((o) => o.key);
    const rows = (await deps.db.execute(sql`
      select k.key from unnest(${textArray(keys)}) as k(key)
      where not exists (select 1 from documents d where d.object_key = k.key)
        and not exists (select 1 from documents d where d.thumbnail_key = k.key)`)) as unknown as { key: string }[];
    const orphans = new Set(rows.map((r) => r.key));
    for (const o of batch) {
      if (!orphans.has(o.key)) continue;
      await deps.storage.delete(o.key);
      report.orphansRemoved++;
      report.orphanBytes += o.size;
      deps.log.debug({ key: o.key, size: o.size }, "removed an object no document names");
    }
    batch = [];
  };
  for await (const o of deps.storage.list()) {
    report.objectsListed++;
    if (o.lastModified.getTime() > cutoff) continue;
    batch.push(o);
    if (batch.length >= KEY_BATCH) await removeOrphans();
  }
  if (batch.length > 0) await removeOrphans();

  // Every accepted type gets a thumbnail (a text card when nothing else fits).
  const candidates = (await deps.db.execute(sql`
    select id from documents
    where status = 'done' and thumbnail_key is null
      and content_type = any(${textArray(Object.keys(ACCEPTED_TYPES))})
      and updated_at < ${new Date(cutoff).toISOString()}::timestamptz
      and not (id::text = any(${textArray([...opts.requeued])}))
    order by updated_at
    limit ${THUMBNAIL_BATCH}`)) as unknown as { id: string }[];
  if (candidates.length > 0) {
    const ids = candidates.map((c) => c.id);
    report.thumbnailsRequeued = await enqueueForDocuments(deps.db, "extract_text", sql`select unnest(${textArray(ids)})::uuid as id`);
    for (const id of ids) opts.requeued.add(id);
  }
  return report;
}

/** The graphile-worker task: one run, its counts in the log. */
export function reconcileTask(deps: ReconcileDeps): Task {
  const requeued = new Set<string>();
  return async () => {
    const started = Date.now();
    const report = await reconcile(deps, { graceMs: RECONCILE_GRACE_MS, requeued });
    deps.log.info({ ...report, ms: Date.now() - started }, "reconciled storage: orphan objects removed, missing thumbnails queued");
  };
}
