import { availableParallelism } from "node:os";
import { z } from "zod";
import { parseEnv, serverEnvSchema } from "@docscan/config";
import { intakeEnvShape } from "@docscan/config/intake";
import { OCR_ENGINE_CHOICES } from "@docscan/extract/sandbox";

const workerEnvSchema = serverEnvSchema.extend({
  /** Jobs run at once in this process; run more worker processes to scale out. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Largest original the worker loads for extraction. */
  MAX_EXTRACT_BYTES: z.coerce.number().int().positive().default(200 * 1024 * 1024),
  MAX_PAGES: z.coerce.number().int().positive().default(2000),
  /** Largest image or rendered page, in megapixels (pixel bombs fail with a reason). */
  MAX_MEGAPIXELS: z.coerce.number().positive().default(50),
  PAGE_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  DOCUMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15 * 60_000),
  /** Extracted text kept per document; the rest is cut, with a note. */
  MAX_TEXT_CHARS: z.coerce.number().int().positive().default(5_000_000),
  /** Tesseract languages, e.g. "eng" or "eng+deu"; each needs its @tesseract.js-data package. */
  OCR_LANGUAGES: z
    .string()
    .default("eng")
    .transform((v) => v.split(/[+,\s]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z_]{3,12}$/, "language codes look like eng, deu, chi_sim")).min(1)),
  /** Which Tesseract reads (ADR 0041): the native `tesseract` (≥ 4) when on PATH, else tesseract.js (WebAssembly). */
  OCR_ENGINE: z.enum(OCR_ENGINE_CHOICES, { message: `must be ${OCR_ENGINE_CHOICES.join(", ")}` }).default("auto"),
  /** Tesseract workers (one core each) in all sandbox processes together; default: the number of cores. */
  OCR_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  /**
   * Hostile-file bounds (ADR 0016). Parsing, rendering and OCR run in SANDBOX_PROCESSES child processes,
   * each reading one document at a time under an operating-system memory limit (RLIMIT_DATA) and a CPU-time
   * limit per document; a child that breaks one is killed and replaced, and the document fails naming it.
   */
  SANDBOX_PROCESSES: z.coerce.number().int().min(1).max(64).default(2),
  SANDBOX_MEMORY_MB: z.coerce.number().int().min(256).max(1024 * 1024).default(1024),
  SANDBOX_CPU_SECONDS: z.coerce.number().int().min(1).default(600),
  /** Largest inflated size of one compressed PDF stream (images excepted: MAX_MEGAPIXELS bounds those). */
  MAX_INFLATED_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** LLM requests in flight at once from one worker process. */
  LLM_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Webhooks may target private, loopback and link-local addresses (a receiver on the same network). Off: refused (SSRF). */
  WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  /** How long a webhook receiver has to answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Failed delivery attempts in a row after which an endpoint is switched off (with a notice in the console). */
  WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(1000).default(20),
  ...intakeEnvShape,
});
export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): WorkerEnv {
  return parseEnv(workerEnvSchema, source);
}
