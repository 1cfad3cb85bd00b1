import { z } from "zod";
import { parseEnv } from "@docscan/config";

const launcherEnvSchema = z.object({
  DOCSCAN_DATA_DIR: z.string().default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** When set, docscan uses this Postgres instead of starting its embedded one. */
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});
export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

export function loadEnv(): LauncherEnv {
  return parseEnv(launcherEnvSchema, process.env);
}

/** The environment handed to the api and worker processes. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
