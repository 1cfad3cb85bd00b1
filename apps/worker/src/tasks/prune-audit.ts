// Audit-log retention (ADR 0024): entries older than AUDIT_DAYS are deleted, daily. The table refuses any
// other DELETE; docscan_audit_prune (migration 0017) is the one way entries leave it.
import type { CronItem, Task } from "graphile-worker";
import { pruneAuditLog, type Db } from "@docscan/db";
import type { Logger } from "pino";

export const PRUNE_AUDIT_TASK = "prune_audit";
/** Daily at 04:17; one try (tomorrow's run is the retry), at most one queued. */
export const PRUNE_AUDIT_CRON: CronItem = { task: PRUNE_AUDIT_TASK, match: "17 4 * * *", options: { jobKey: PRUNE_AUDIT_TASK, maxAttempts: 1 } };

export function pruneAuditTask(deps: { db: Db; log: Logger; auditDays: number }): Task {
  return async () => {
    const pruned = await pruneAuditLog(deps.db, deps.auditDays);
    if (pruned > 0) deps.log.info({ pruned, auditDays: deps.auditDays }, "pruned audit-log entries past AUDIT_DAYS");
  };
}
