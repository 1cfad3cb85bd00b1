// Starts the consume folder (when CONSUME_DIR is set) and the mail-account poller in the worker process.
// Each holds its advisory lock on its own session connection, so only one worker of a deployment runs it.
import { createDatabase } from "@docscan/db";
import { startConsumer, type Consumer } from "@docscan/intake/consume";
import { startMailPoller } from "@docscan/intake/mail";
import type { WorkerDeps } from "./deps.ts";
import type { WorkerEnv } from "./env.ts";

export function startIntake(deps: WorkerDeps, env: WorkerEnv): { stop(): Promise<void> } {
  const storeDeps = { db: deps.db, storage: deps.storage, log: deps.log, searchLanguage: env.SEARCH_LANGUAGE, secretKey: deps.secretKey, allowPrivate: env.MAIL_ALLOW_PRIVATE };
  const mailLock = createDatabase(env.DATABASE_URL, { session: true });
  const mail = startMailPoller(storeDeps, mailLock.db, { pollSeconds: env.MAIL_POLL_SECONDS }, deps.log.child({ intake: "mail" }));
  let consumeLock: ReturnType<typeof createDatabase> | null = null;
  let consumer: Consumer | null = null;
  if (env.CONSUME_DIR) {
    consumeLock = createDatabase(env.DATABASE_URL, { session: true });
    consumer = startConsumer(
      storeDeps,
      consumeLock.db,
      {
        dir: env.CONSUME_DIR,
        doneDir: env.CONSUME_DONE_DIR ?? null,
        ownerEmail: env.CONSUME_OWNER ?? null,
        stableMs: env.CONSUME_STABLE_MS,
        scanIntervalMs: env.CONSUME_SCAN_MS,
        subdirsAs: env.CONSUME_SUBDIRS_AS,
      },
      deps.log.child({ intake: "consume" }),
    );
    deps.log.info({ dir: env.CONSUME_DIR, subdirsAs: env.CONSUME_SUBDIRS_AS }, "consume folder enabled");
  }
  return {
    async stop() {
      await Promise.all([mail.stop(), consumer?.stop()]);
      await Promise.all([mailLock.close(), consumeLock?.close()]);
    },
  };
}
