// The weekly integrity check (issue 18, ADR 0023): the same check as `pnpm docscan check --repair`, run by
// graphile-worker's cron; its report is kept for the admin dashboard and /healthz.
import type { CronItem, Task } from "graphile-worker";
import type { Db } from "@docscan/db";
import { runCheck, saveLastCheck } from "@docscan/integrity";
import type { ObjectStore } from "@docscan/storage";
import type { Logger } from "pino";

export const INTEGRITY_CHECK_TASK = "integrity_check";
/** Sundays at 03:41; one try (next week's run is the retry), at most one queued. */
export const INTEGRITY_CHECK_CRON: CronItem = { task: INTEGRITY_CHECK_TASK, match: "41 3 * * 0", options: { jobKey: INTEGRITY_CHECK_TASK, maxAttempts: 1 } };

export function integrityCheckTask(deps: { db: Db; storage: ObjectStore; log: Logger }): Task {
  return async () => {
    const report = await runCheck({ db: deps.db, store: deps.storage }, { repair: true });
    await saveLastCheck(deps.db, report);
    const counts = Object.fromEntries(
      (["missingOriginals", "damagedOriginals", "orphans", "missingThumbnails", "missingText", "stuckDocuments", "counters"] as const).map((k) => [k, { found: report[k].found, repaired: report[k].repaired }]),
    );
    if (report.ok) deps.log.info({ documents: report.documents, ...counts }, "integrity check: all is well");
    else deps.log.error({ documents: report.documents, ...counts, unrepaired: report.unrepaired }, "integrity check: problems remain (pnpm docscan check lists them)");
  };
}
