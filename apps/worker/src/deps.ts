import type { Logger } from "pino";
import type { Limiter } from "@docscan/classify";
import type { AiDefaults, Db } from "@docscan/db";
import type { FindDateOptions } from "@docscan/extract/dates";
import type { ExtractionSandbox, ExtractLimits } from "@docscan/extract/sandbox";
import type { SecretKey } from "@docscan/db/secrets";
import type { ObjectStore } from "@docscan/storage";

export interface WorkerDeps {
  db: Db;
  storage: ObjectStore;
  secretKey: SecretKey;
  aiDefaults: AiDefaults;
  log: Logger;
  limits: { maxExtractBytes: number } & ExtractLimits;
  /** Child processes that read documents under memory, CPU and time limits (the heavy libraries live there). */
  extraction: ExtractionSandbox;
  /** Caps LLM calls in flight from this process (LLM_CONCURRENCY). */
  llmLimiter: Limiter;
  /** Days a trashed document is kept before the purge job deletes it for good (TRASH_DAYS, ADR 0021). */
  trashDays: number;
  /** Days an audit-log entry is kept before the prune job deletes it (AUDIT_DAYS, ADR 0024). */
  auditDays: number;
  /** How the document date is read from the text (DATE_ORDER, DATE_IGNORE; the usual order of SEARCH_LANGUAGE). */
  dates: Pick<FindDateOptions, "order" | "defaultOrder" | "ignore">;
  /** Outgoing webhooks (ADR 0022): WEBHOOK_ALLOW_PRIVATE, WEBHOOK_TIMEOUT_MS, WEBHOOK_DISABLE_AFTER. */
  webhooks: { allowPrivate: boolean; timeoutMs: number; disableAfter: number };
}
