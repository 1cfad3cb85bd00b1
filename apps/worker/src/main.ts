import { pino } from "pino";
import { createLimiter } from "@docscan/classify";
import { aiDefaults, secretKey, storageConfig } from "@docscan/config";
import { createDatabase } from "@docscan/db";
import { migrate } from "@docscan/db/migrate";
import { createObjectStore } from "@docscan/storage";
import { loadEnv } from "./env.ts";
import { startWorker } from "./worker.ts";

const env = loadEnv();
const log = pino({ name: "docscan-worker", level: env.LOG_LEVEL });

await migrate(env.DATABASE_URL);
const key = secretKey(env);
const storage = createObjectStore(storageConfig(env, key));
await storage.ensureReady();
const database = createDatabase(env.DATABASE_URL, { max: env.WORKER_CONCURRENCY + 2 });

// graphile-worker handles SIGTERM/SIGINT itself: it stops taking jobs and lets running ones finish.
const runner = await startWorker(
  {
    db: database.db,
    storage,
    secretKey: key,
    aiDefaults: aiDefaults(env),
    log,
    limits: { maxExtractBytes: env.MAX_EXTRACT_BYTES, maxPages: env.MAX_PAGES },
    llmLimiter: createLimiter(env.LLM_CONCURRENCY),
  },
  { connectionString: env.DATABASE_URL, concurrency: env.WORKER_CONCURRENCY },
);
log.info({ concurrency: env.WORKER_CONCURRENCY, storage: storage.backend }, "docscan worker running");
await runner.promise;
await database.close();
log.info("worker stopped");
