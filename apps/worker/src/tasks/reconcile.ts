// Reconciliation (issue 13): what a crash or a storage outage leaves behind is found and put right, at the
// worker's start and hourly. Objects in the store that no document row names (an upload or a thumbnail whose
// row never committed), and the pieces of puts killed mid-write, are removed once older than a grace period;
// documents that ended `done` without a thumbnail (the store refused it) get one, and nothing else changes.
//
// Deleting is guarded (@docscan/integrity's findOrphans: docscan's key shape only, and a safety stop when the
// documents table is empty or too many objects look orphaned): such a run deletes nothing and logs an error.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { CronItem, Task } from "graphile-worker";
import { sql } from "drizzle-orm";
import type { Db } from "@docscan/db";
import type { ExtractionSandbox, ThumbnailData } from "@docscan/extract/sandbox";
import { arrayLiteral, databaseNow, findOrphans } from "@docscan/integrity";
import { ACCEPTED_TYPES, type AcceptedType } from "@docscan/shared";
import { makeObjectKey, type ObjectStore } from "@docscan/storage";
import type { Logger } from "pino";

/** The graphile-worker task name (run by the worker's crontab, and queued once at start). */
export const RECONCILE_TASK = "reconcile";
/** One try per run (the next hour's run is the retry); the job key keeps at most one queued. */
export const RECONCILE_JOB = { jobKey: RECONCILE_TASK, maxAttempts: 1 } as const;
/** Hourly, at a minute nothing else favours; graphile-worker's cron runs each tick once across workers. */
export const RECONCILE_CRON: CronItem = { task: RECONCILE_TASK, match: "23 * * * *", options: RECONCILE_JOB };
/**
 * Objects are written before their row commits, and a thumbnail before the row that names it: anything
 * younger than this may still be on its way (a slow upload included), and is left alone. An orphan costs
 * only its bytes for a day.
 */
export const RECONCILE_GRACE_MS = 24 * 60 * 60_000;
/** A document `done` without a thumbnail for this long gets one made (its extraction has long finished). */
export const THUMBNAIL_GRACE_MS = 60 * 60_000;
/** Documents given a thumbnail per run: each costs a read of the original in the sandbox. */
const THUMBNAIL_BATCH = 20;
/** pg_try_advisory_xact_lock(class, key) held while a run is in progress ("dscr", 1): one run at a time. */
const LOCK_CLASS = 0x64736372;
const LOCK_KEY = 1;


export interface ReconcileDeps {
  db: Db;
  storage: ObjectStore;
  log: Logger;
  /** The sandbox that makes thumbnails (the same children extraction uses). */
  extraction: ExtractionSandbox;
  limits: { maxExtractBytes: number };
}

/** Where the thumbnail pass has got to: the last document it tried, in (updated_at, id) order. */
export interface ThumbnailCursor {
  after: { updatedAt: string; id: string } | null;
}

export interface ReconcileOptions {
  graceMs: number;
  thumbnailGraceMs?: number;
  /**
   * Kept by the caller between runs (per process): each document without a thumbnail is tried once, so a file
   * whose thumbnail cannot be made is not read again every hour. A document extracted again later has a newer
   * `updated_at`, and comes round again.
   */
  thumbnails: ThumbnailCursor;
}

export interface ReconcileReport {
  /** Set when the run did nothing: another run holds the lock, or the safety stop (the reason). */
  skipped: string | null;
  /** Objects of docscan's key shape. */
  objectsListed: number;
  /** Objects of any other shape, left alone. */
  foreignSkipped: number;
  orphansFound: number;
  orphansRemoved: number;
  orphanBytes: number;
  removeFailed: number;
  /** Pieces of puts killed mid-write (the fs store's temp files). */
  unfinishedRemoved: number;
  thumbnailsMade: number;
  thumbnailsFailed: number;
}

export async function reconcile(deps: ReconcileDeps, opts: ReconcileOptions): Promise<ReconcileReport> {
  const report: ReconcileReport = {
    skipped: null,
    objectsListed: 0,
    foreignSkipped: 0,
    orphansFound: 0,
    orphansRemoved: 0,
    orphanBytes: 0,
    removeFailed: 0,
    unfinishedRemoved: 0,
    thumbnailsMade: 0,
    thumbnailsFailed: 0,
  };
  // graphile-worker's job key does not stop a second run: add_job with the key of a locked (running) job
  // queues another. The lock lives as long as this transaction, which only holds it (the work goes through
  // the pool), and goes with the connection if the process dies.
  await deps.db.transaction(async (tx) => {
    const [lock] = (await tx.execute(sql`select pg_try_advisory_xact_lock(${LOCK_CLASS}, ${LOCK_KEY}) as held`)) as unknown as { held: boolean }[];
    if (!lock?.held) {
      report.skipped = "another reconciliation is running";
      return;
    }
    await run(deps, opts, report);
  });
  return report;
}

async function run(deps: ReconcileDeps, opts: ReconcileOptions, report: ReconcileReport): Promise<void> {
  const now = await databaseNow(deps.db);
  const cutoff = now - opts.graceMs;
  const scan = await findOrphans(deps.db, deps.storage, cutoff);
  const orphans = scan.orphans;
  report.objectsListed = scan.objectsListed;
  report.foreignSkipped = scan.foreignSkipped;
  report.orphansFound = orphans.length;
  report.skipped = scan.safetyStop;
  if (report.skipped) {
    deps.log.error({ objectsListed: report.objectsListed, orphansFound: orphans.length }, `reconciliation deleted nothing: ${report.skipped}`);
    return;
  }

  report.unfinishedRemoved = (await deps.storage.removeUnfinished(new Date(cutoff))).removed;
  for (const o of orphans) {
    try {
      await deps.storage.delete(o.key);
      report.orphansRemoved++;
      report.orphanBytes += o.size;
      deps.log.debug({ key: o.key, size: o.size }, "removed an object no document names");
    } catch (err) {
      report.removeFailed++;
      deps.log.warn({ err, key: o.key }, "could not remove an object no document names");
    }
  }

  await makeMissingThumbnails(deps, opts, now - (opts.thumbnailGraceMs ?? THUMBNAIL_GRACE_MS), report);
}

/**
 * Thumbnails only: the original is read in the sandbox (its public interface reads text and thumbnail
 * together) and only the thumbnail is kept; the document's text, status and topics are not touched, and no
 * classification runs.
 */
async function makeMissingThumbnails(deps: ReconcileDeps, opts: ReconcileOptions, cutoffMs: number, report: ReconcileReport): Promise<void> {
  const after = opts.thumbnails.after;
  // Every accepted type gets a thumbnail (a text card when nothing else fits).
  const candidates = (await deps.db.execute(sql`
    select id, owner_id as "ownerId", object_key as "objectKey", content_type as "contentType", size, updated_at::text as "updatedAt"
    from documents
    where status = 'done' and thumbnail_key is null
      and content_type = any(${arrayLiteral(Object.keys(ACCEPTED_TYPES))}::text[])
      and updated_at < to_timestamp(${cutoffMs / 1000}::float8)
      ${after ? sql`and (updated_at, id) > (${after.updatedAt}::timestamptz, ${after.id}::uuid)` : sql``}
    order by updated_at, id
    limit ${THUMBNAIL_BATCH}`)) as unknown as { id: string; ownerId: string | null; objectKey: string; contentType: AcceptedType; size: number; updatedAt: string }[];
  for (const doc of candidates) {
    opts.thumbnails.after = { updatedAt: doc.updatedAt, id: doc.id };
    if (Number(doc.size) > deps.limits.maxExtractBytes) continue;
    try {
      if (await makeThumbnail(deps, doc)) report.thumbnailsMade++;
      else report.thumbnailsFailed++;
    } catch (err) {
      report.thumbnailsFailed++;
      deps.log.warn({ err, documentId: doc.id }, "could not make a missing thumbnail");
    }
  }
}

async function makeThumbnail(deps: ReconcileDeps, doc: { id: string; ownerId: string | null; objectKey: string; contentType: AcceptedType }): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), "docscan-thumbnail-"));
  let thumb: ThumbnailData;
  try {
    const path = join(dir, "original");
    await pipeline(await deps.storage.get(doc.objectKey), createWriteStream(path));
    const read = await deps.extraction.extract(path, doc.contentType);
    if (!read.thumbnail) {
      deps.log.info({ documentId: doc.id, reason: read.thumbnailError }, "no thumbnail could be made");
      return false;
    }
    thumb = read.thumbnail;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const key = makeObjectKey({ owner: doc.ownerId, documentId: doc.id, ext: thumb.mime === "image/webp" ? ".webp" : ".png" });
  await deps.storage.put(key, Readable.from([Buffer.from(thumb.bytes)]), thumb.bytes.byteLength, thumb.mime);
  // Only if nothing gave it one meanwhile (a re-extraction) and it still exists.
  const saved = (await deps.db
    .execute(sql`update documents set thumbnail_key = ${key} where id = ${doc.id} and thumbnail_key is null returning id`)
    .catch(async (err: unknown) => {
      await deps.storage.delete(key);
      throw err;
    })) as unknown as unknown[];
  if (saved.length === 0) {
    await deps.storage.delete(key);
    return false;
  }
  return true;
}

/** The graphile-worker task: one run, its counts in the log. */
export function reconcileTask(deps: ReconcileDeps): Task {
  const thumbnails: ThumbnailCursor = { after: null };
  return async () => {
    const started = Date.now();
    const report = await reconcile(deps, { graceMs: RECONCILE_GRACE_MS, thumbnails });
    deps.log.info({ ...report, ms: Date.now() - started }, "reconciled storage: orphan objects removed, missing thumbnails made");
  };
}
