import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { aiDefaults, secretKey, storageConfig } from "@docscan/config";
import { createDatabase, deleteExpiredSessions } from "@docscan/db";
import { migrate } from "@docscan/db/migrate";
import { createObjectStore } from "@docscan/storage";
import { createApp } from "./app.ts";
import { createLoginLimiters } from "./auth/rate-limit.ts";
import { ensureAdminFromEnv } from "./auth/service.ts";
import { loadEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { ensureSpoolDir, SPOOL_DIR, UnsafeSpoolDirError } from "./services/spool.ts";
import { warmUpTrialsAtStart } from "./services/topic-trials.ts";

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);

// Large uploads wait in a folder under the shared temp folder: one another user made (or a link they planted)
// stops the start, with what to do. Any other problem with it only fails large uploads, as before.
await ensureSpoolDir().catch((err: unknown) => {
  if (!(err instanceof UnsafeSpoolDirError)) return log.warn({ err, dir: SPOOL_DIR }, "the upload temp folder cannot be made: large uploads will fail");
  log.fatal({ dir: SPOOL_DIR }, err.message);
  process.exit(1);
});

await migrate(env.DATABASE_URL);
const key = secretKey(env);
const storageCfg = storageConfig(env, key);
const storage = createObjectStore(storageCfg);
await storage.ensureReady();
const database = createDatabase(env.DATABASE_URL);

await ensureAdminFromEnv({ db: database.db, log }, env.DOCSCAN_ADMIN_EMAIL, env.DOCSCAN_ADMIN_PASSWORD);

// Expired sessions are refused anyway; removing them hourly only keeps the table small.
const pruneSessions = () => deleteExpiredSessions(database.db).catch((err: unknown) => log.warn({ err }, "could not delete expired sessions"));
await pruneSessions();
const pruneTimer = setInterval(() => void pruneSessions(), 60 * 60_000);
pruneTimer.unref();

const deps = {
  db: database.db,
  storage,
  secretKey: key,
  aiDefaults: aiDefaults(env),
  log,
  maxUploadBytes: env.MAX_UPLOAD_BYTES,
  fsSigningSecret: storageCfg.backend === "fs" ? storageCfg.signingSecret : null,
  pingDb: () => database.ping(),
  searchLanguage: env.SEARCH_LANGUAGE,
  trashDays: env.TRASH_DAYS,
  loginLimiters: createLoginLimiters(),
  trustProxy: env.TRUST_PROXY,
  webhookAllowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
  mailAllowPrivate: env.MAIL_ALLOW_PRIVATE,
  supervisorStatePath: env.DOCSCAN_SUPERVISOR_STATE,
};
const app = createApp(deps, { webDistDir: env.WEB_DIST_DIR ?? fileURLToPath(new URL("../../web/dist", import.meta.url)) });

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  log.info({ port: info.port, storage: storage.backend }, `docscan api listening on http://localhost:${info.port}`);
});

/**
 * Topic trials' warm-up (ADR 0045), a minute after the start: the first seconds after a (re)start belong to the
 * clients that reconnect (loading the sentence encoder holds the process for seconds). What it kept, or why not, is
 * logged.
 */
const TRIAL_WARM_UP_DELAY_MS = 60_000;
const warmUpTimer = env.TRIAL_WARM_UP_AT_START ? setTimeout(warmUpAtStart, TRIAL_WARM_UP_DELAY_MS).unref() : null;
function warmUpAtStart(): void {
  const started = performance.now();
  warmUpTrialsAtStart(deps)
    .then((outcome) => {
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      if ("kept" in outcome) log.info({ documents: outcome.kept, seconds }, "topic trials: documents kept for the first trial");
      else if (outcome.skipped === "too large") log.info({ documents: outcome.documents }, "topic trials: the library is larger than one process keeps; each trial reads it");
      else if (outcome.skipped === "failed") log.warn({ err: outcome.error }, "topic trials: the warm-up failed; the first trial reads what it needs");
    })
    .catch((err: unknown) => log.warn({ err }, "topic trials: the warm-up failed"));
}

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(pruneTimer);
  if (warmUpTimer) clearTimeout(warmUpTimer);
  log.info({ signal }, "shutting down");
  server.close(() => {
    database.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // Open keep-alive connections must not hold the process forever.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
// Started by `pnpm start` (an IPC channel): when the launcher is gone (killed outright), stop too rather than
// run on unsupervised.
process.on("disconnect", () => shutdown("launcher gone"));
