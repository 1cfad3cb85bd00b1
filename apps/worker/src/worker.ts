import { EventEmitter } from "node:events";
import { Logger, parseCronItems, run, type Runner, type TaskList, type WorkerEvents, type WorkerPool } from "graphile-worker";
import type { TaskName } from "@docscan/jobs";
import { defineTask } from "./define-task.ts";
import type { WorkerDeps } from "./deps.ts";
import { startRecovery } from "./recovery.ts";
import { classifyDocumentTask, retryLlmClassificationTask } from "./tasks/classify-document.ts";
import { deliverWebhookTask } from "./tasks/deliver-webhook.ts";
import { extractTextTask } from "./tasks/extract-text.ts";
import { INTEGRITY_CHECK_CRON, INTEGRITY_CHECK_TASK, integrityCheckTask } from "./tasks/integrity-check.ts";
import { PRUNE_AUDIT_CRON, PRUNE_AUDIT_TASK, pruneAuditTask } from "./tasks/prune-audit.ts";
import { PURGE_TRASH_CRON, PURGE_TRASH_TASK, purgeTrashTask } from "./tasks/purge-trash.ts";
import { RECONCILE_CRON, RECONCILE_JOB, RECONCILE_TASK, reconcileTask } from "./tasks/reconcile.ts";
import { TEXT_FEATURES_JOB, TEXT_FEATURES_TASK, textFeaturesTask } from "./tasks/text-features.ts";

export function taskList(deps: WorkerDeps): TaskList & Record<TaskName, unknown> {
  return {
    extract_text: defineTask("extract_text", extractTextTask, deps),
    classify_document: defineTask("classify_document", classifyDocumentTask, deps),
    [RECONCILE_TASK]: reconcileTask(deps),
    [PURGE_TRASH_TASK]: purgeTrashTask(deps),
    [INTEGRITY_CHECK_TASK]: integrityCheckTask(deps),
    [PRUNE_AUDIT_TASK]: pruneAuditTask(deps),
    [TEXT_FEATURES_TASK]: textFeaturesTask(deps),
    retry_llm_classification: retryLlmClassificationTask(deps),
    deliver_webhook: deliverWebhookTask(deps),
  };
}

export interface WorkerRunner extends Runner {
  /**
   * Stops at once: the jobs in progress are failed, so graphile-worker retries them soon (rather than
   * leaving them locked). `stop()` waits for them; `kill()` does nothing once `stop()` has begun.
   */
  forceStop(reason: string): Promise<void>;
}

/** Starts graphile-worker in library mode with docscan's typed task list. */
export async function startWorker(deps: WorkerDeps, opts: { connectionString: string; concurrency: number; handleSignals?: boolean }): Promise<WorkerRunner> {
  const events: WorkerEvents = new EventEmitter();
  const recovery = startRecovery(events, deps, opts.connectionString);
  let pool: WorkerPool | null = null;
  events.on("pool:create", ({ workerPool }) => {
    pool = workerPool;
  });
  const runner = await run({
    events,
    connectionString: opts.connectionString,
    concurrency: opts.concurrency,
    taskList: taskList(deps),
    noHandleSignals: !(opts.handleSignals ?? true),
    pollInterval: 1000,
    // Completions and failures go through graphile-worker's batcher: when the database is away it stops the
    // pool (main.ts then starts a new one), where unbatched they would be floating promises whose rejection
    // ends the process (ADR 0015).
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    // Library mode: the cron items are given here (a crontab string would make it look for a crontab file),
    // and graphile-worker's own logs go through our structured logger.
    parsedCronItems: parseCronItems([RECONCILE_CRON, INTEGRITY_CHECK_CRON, PURGE_TRASH_CRON, PRUNE_AUDIT_CRON]),
    logger: new Logger((scope) => (level, message, meta) => {
      const fn = level === "error" ? "error" : level === "warning" ? "warn" : level === "debug" ? "debug" : "info";
      deps.log[fn]({ ...scope, ...meta }, message);
    }),
  }).catch(async (err: unknown) => {
    await recovery.stop();
    throw err;
  });
  // Reconciliation also runs at start, not only at the next hourly tick (a failure here only delays it).
  await runner.addJob(RECONCILE_TASK, {}, RECONCILE_JOB).catch((err: unknown) => deps.log.warn({ err }, "could not queue reconciliation at start"));
  // Documents classified before their text features were stored get them once (a topic trial then reads no text).
  await runner.addJob(TEXT_FEATURES_TASK, {}, TEXT_FEATURES_JOB).catch((err: unknown) => deps.log.warn({ err }, "could not queue the text features backfill at start"));
  const stopRunner = runner.stop.bind(runner);
  return Object.assign(runner, {
    promise: runner.promise.finally(() => recovery.stop()),
    async stop(reason?: string) {
      try {
        await stopRunner(reason);
      } finally {
        await recovery.stop();
      }
    },
    async forceStop(reason: string) {
      await pool?.forcefulShutdown(reason);
    },
  });
}
