import type { Logger } from "pino";
import type { Limiter } from "@docscan/classify";
import type { AiDefaults, Db } from "@docscan/db";
import type { ExtractLimits, OcrEngine } from "@docscan/extract";
import type { SecretKey } from "@docscan/db/secrets";
import type { ObjectStore } from "@docscan/storage";

export interface WorkerDeps {
  db: Db;
  storage: ObjectStore;
  secretKey: SecretKey;
  aiDefaults: AiDefaults;
  log: Logger;
  limits: { maxExtractBytes: number } & ExtractLimits;
  ocr: OcrEngine;
  /** Caps LLM calls in flight from this process (LLM_CONCURRENCY). */
  llmLimiter: Limiter;
}
