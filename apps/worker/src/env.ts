import { z } from "zod";
import { parseEnv, serverEnvSchema } from "@docscan/config";

const workerEnvSchema = serverEnvSchema.extend({
  /** Jobs run at once in this process; run more worker processes to scale out. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Largest original the worker loads for extraction. */
  MAX_EXTRACT_BYTES: z.coerce.number().int().positive().default(200 * 1024 * 1024),
  MAX_PAGES: z.coerce.number().int().positive().default(2000),
  /** LLM requests in flight at once from one worker process. */
  LLM_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
});
export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): WorkerEnv {
  return parseEnv(workerEnvSchema, source);
}
