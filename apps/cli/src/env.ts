import { z } from "zod";
import { parseEnv } from "@docscan/config";

const launcherEnvSchema = z.object({
  DOCSCAN_DATA_DIR: z.string().default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** When set, docscan uses this Postgres instead of starting its embedded one. */
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** The worker's consume folder; the embedded quick start uses <data dir>/consume when unset. */
  CONSUME_DIR: z.string().optional(),
});
export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

export function loadEnv(): LauncherEnv {
  return parseEnv(launcherEnvSchema, process.env);
}

/** The environment handed to the api and worker processes. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

const cliEnvSchema = z.object({
  DOCSCAN_URL: z.url({ message: "must be a URL like http://localhost:3000" }).default("http://localhost:3000"),
  DOCSCAN_TOKEN: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  /** `pnpm docscan seed`: the database to fill (default postgres://postgres@127.0.0.1:5432/docscan_bench). */
  DATABASE_URL: z.string().optional(),
  /** Where the user ran `pnpm docscan` (pnpm runs scripts from the repo root). */
  INIT_CWD: z.string().optional(),
});
export type CliEnv = z.infer<typeof cliEnvSchema>;

export function loadCliEnv(): z.infer<typeof cliEnvSchema> {
  return parseEnv(cliEnvSchema, process.env);
}
