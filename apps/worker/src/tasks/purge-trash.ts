// Empties the trash (ADR 0021): documents trashed more than TRASH_DAYS ago are deleted for good, their rows
// first and then their bytes through the storage interface, so a failure in between leaves an orphan object
// (which reconciliation removes later), never a row without its bytes.
import type { CronItem, Task } from "graphile-worker";
import { purgeTrashed, type Db } from "@docscan/db";
import type { ObjectStore } from "@docscan/storage";
import type { Logger } from "pino";

/** The graphile-worker task name, run by the worker's crontab. */
export const PURGE_TRASH_TASK = "purge_trash";
/** One try per run (the next run is the retry); the job key keeps at most one queued. */
const PURGE_TRASH_JOB = { jobKey: PURGE_TRASH_TASK, maxAttempts: 1 } as const;
/** Hourly, at a minute apart from reconciliation's; graphile-worker runs each tick once across workers. */
export const PURGE_TRASH_CRON: CronItem = { task: PURGE_TRASH_TASK, match: "41 * * * *", options: PURGE_TRASH_JOB };
/** Rows deleted per statement: a big purge goes in bounded steps. */
const PURGE_BATCH = 200;

export interface PurgeDeps {
  db: Db;
  storage: ObjectStore;
  log: Logger;
}

/** Deletes every document trashed before `now - trashDays` and its stored bytes; returns how many. */
export async function purgeTrash(deps: PurgeDeps, trashDays: number, now = new Date()): Promise<{ documents: number; objectsFailed: number }> {
  const before = new Date(now.getTime() - trashDays * 86_400_000);
  let documents = 0;
  let objectsFailed = 0;
  for (;;) {
    const rows = await purgeTrashed(deps.db, before, PURGE_BATCH);
    documents += rows.length;
    for (const key of rows.flatMap((r) => [r.objectKey, r.thumbnailKey, r.searchablePdfKey])) {
      if (key === null) continue;
      await deps.storage.delete(key).catch((err: unknown) => {
        objectsFailed += 1;
        deps.log.error({ err, objectKey: key }, "trashed document purged but its object could not be removed (reconciliation will)");
      });
    }
    if (rows.length < PURGE_BATCH) return { documents, objectsFailed };
  }
}

export function purgeTrashTask(deps: PurgeDeps & { trashDays: number }): Task {
  return async () => {
    const result = await purgeTrash(deps, deps.trashDays);
    if (result.documents > 0) deps.log.info({ ...result, trashDays: deps.trashDays }, "emptied the trash of documents past TRASH_DAYS");
  };
}
