import { pino } from "pino";
import { createLimiter } from "@docscan/classify";
import { aiDefaults, secretKey, storageConfig } from "@docscan/config";
import { createDatabase } from "@docscan/db";
import { migrate } from "@docscan/db/migrate";
import { defaultDateOrder } from "@docscan/extract/dates";
import { createExtractionSandbox } from "@docscan/extract/sandbox";
import { createObjectStore } from "@docscan/storage";
import { loadEnv } from "./env.ts";
import { keepRunning } from "./keep-running.ts";
import { startIntake } from "./intake.ts";
import { startWorker } from "./worker.ts";

const env = loadEnv();
const log = pino({ name: "docscan-worker", level: env.LOG_LEVEL });
// What Node does with a rejection nobody handles (end the process), but with the reason in the log first: a
// dependency's floating promise is otherwise a bare stack on stderr. `pnpm start` (or docker) restarts the
// worker; the liveness sweep returns its jobs (ADR 0012, 0015).
process.on("unhandledRejection", (reason) => {
  log.fatal({ err: reason }, "unhandled rejection: the worker stops (and is restarted by its supervisor)");
  process.exit(1);
});

await migrate(env.DATABASE_URL);
const key = secretKey(env);
const storage = createObjectStore(storageConfig(env, key));
await storage.ensureReady();
const database = createDatabase(env.DATABASE_URL, { max: env.WORKER_CONCURRENCY + 2 });

const limits = {
  maxPages: env.MAX_PAGES,
  maxPixels: Math.round(env.MAX_MEGAPIXELS * 1_000_000),
  pageTimeoutMs: env.PAGE_TIMEOUT_MS,
  documentTimeoutMs: env.DOCUMENT_TIMEOUT_MS,
  maxTextChars: env.MAX_TEXT_CHARS,
  maxInflatedBytes: env.MAX_INFLATED_MB * 1024 * 1024,
};
// Parsing, rendering and OCR run in bounded child processes (ADR 0016); a broken set-up (no prlimit, a
// missing language package) fails here, at start-up. Tesseract starts in a child on its first scan.
const extraction = await createExtractionSandbox({
  processes: env.SANDBOX_PROCESSES,
  memoryMb: env.SANDBOX_MEMORY_MB,
  cpuSeconds: env.SANDBOX_CPU_SECONDS,
  limits,
  ocr: { languages: env.OCR_LANGUAGES, workers: Math.max(1, Math.ceil(env.OCR_WORKERS / env.SANDBOX_PROCESSES)), engine: env.OCR_ENGINE },
  log: (level, message, details) => log[level](details, message),
});

// We handle SIGTERM/SIGINT ourselves: graphile-worker's own handler ends the process by re-raising the
// signal once its jobs are done, before the OCR engine and the database pool could be closed.
const deps = {
  db: database.db,
  storage,
  secretKey: key,
  aiDefaults: aiDefaults(env),
  log,
  limits: { maxExtractBytes: env.MAX_EXTRACT_BYTES, ...limits },
  extraction,
  llmLimiter: createLimiter(env.LLM_CONCURRENCY),
  trashDays: env.TRASH_DAYS,
  auditDays: env.AUDIT_DAYS,
  dates: { order: env.DATE_ORDER, defaultOrder: defaultDateOrder(env.SEARCH_LANGUAGE), ignore: env.DATE_IGNORE },
  webhooks: { allowPrivate: env.WEBHOOK_ALLOW_PRIVATE, timeoutMs: env.WEBHOOK_TIMEOUT_MS, disableAfter: env.WEBHOOK_DISABLE_AFTER },
};
const runnerOptions = { connectionString: env.DATABASE_URL, concurrency: env.WORKER_CONCURRENCY, handleSignals: false };
// A Postgres restart must not end the process: when the job runner stops on a lost connection, a new one
// starts once the database is back (keep-running.ts).
const runner = keepRunning(await startWorker(deps, runnerOptions), () => startWorker(deps, runnerOptions), log);
// The consume folder and the mail accounts (ADR 0020): one process of a deployment runs each (advisory locks).
const intake = startIntake(deps, env);
// First signal: finish the jobs in progress, then stop. A second one, at least a second later, stops at once
// (the jobs in progress are failed and retried). Ctrl+C in a terminal reaches every process of the group, and
// `pnpm start` passes the stop on too: that is one stop arriving twice, not a second one.
let firstSignalAt: number | null = null;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (firstSignalAt === null) {
      firstSignalAt = Date.now();
      log.info({ signal }, "stopping: no new jobs; the jobs in progress finish first (send the signal again to stop at once)");
      runner.stop().catch((err: unknown) => log.error({ err }, "the worker did not stop cleanly"));
      return;
    }
    if (Date.now() - firstSignalAt < 1000) return;
    log.warn({ signal }, "stopping now: the jobs in progress are failed and will be retried");
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 10_000).unref(); // should failing them hang
    runner.forceStop(`worker stopped by a second ${signal}`).catch((err: unknown) => log.error({ err }, "could not fail the jobs in progress"));
  });
}
// Started by `pnpm start` (an IPC channel): when the launcher is gone (killed outright), stop as on a first
// signal rather than run on unsupervised.
process.on("disconnect", () => process.emit("SIGTERM"));
log.info({ concurrency: env.WORKER_CONCURRENCY, storage: storage.backend }, "docscan worker running");
try {
  await runner.done;
} finally {
  await intake.stop();
  await extraction.close();
  await database.close();
  log.info("worker stopped");
}
process.exit(); // with process.exitCode; a stray timer or socket must not keep a stopped worker alive
