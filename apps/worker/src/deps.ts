import type { Logger } from "pino";
import type { Limiter } from "@docscan/classify";
import type { AiDefaults, Db } from "@docscan/db";
import type { SecretKey } from "@docscan/db/secrets";
import type { ObjectStore } from "@docscan/storage";

export interface WorkerDeps {
  db: Db;
  storage: ObjectStore;
  secretKey: SecretKey;
  aiDefaults: AiDefaults;
  log: Logger;
  limits: { maxExtractBytes: number; maxPages: number };
  /** Caps LLM calls in flight from this process (LLM_CONCURRENCY). */
  llmLimiter: Limiter;
}
