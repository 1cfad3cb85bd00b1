// Server configuration shared by the api and the worker. Each app's env.ts extends
// `serverEnvSchema` and calls `parseEnv(schema, process.env)`; nothing else reads the environment.
import { resolve } from "node:path";
import { z } from "zod";
import { deriveSecretKey, readOrCreateSecretFile, type SecretKey } from "@docscan/db/secrets";
import type { AiDefaults } from "@docscan/db";
import { DEFAULT_SEARCH_LANGUAGE, SEARCH_LANGUAGES } from "@docscan/shared";
import type { StorageConfig } from "@docscan/storage";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

export const serverEnvSchema = z.object({
  DATABASE_URL: z.url({ message: "must be a postgres:// URL" }).refine((u) => /^postgres(ql)?:\/\//.test(u), "must be a postgres:// URL"),
  DOCSCAN_DATA_DIR: z.string().default("./data"),
  /** Encrypts secrets at rest. When unset, one is generated under DOCSCAN_DATA_DIR. */
  DOCSCAN_SECRET: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  PUBLIC_URL: optionalString.pipe(z.url({ message: "must be a URL like http://localhost:3000" }).optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  S3_ENDPOINT: optionalString.pipe(z.url({ message: "must be a URL like http://minio:9000" }).optional()),
  S3_ACCESS_KEY: optionalString,
  S3_SECRET_KEY: optionalString,
  S3_BUCKET: z.string().default("docscan"),
  S3_REGION: z.string().default("us-east-1"),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url({ message: "must be a URL like http://localhost:11434/v1" }).optional()),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  CLASSIFY_THRESHOLD: z.coerce.number().min(0).max(1).default(0.8),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Text-search configuration for new documents: `simple` (any language, no stemming) or a Postgres one like `english`. */
  SEARCH_LANGUAGE: z.enum(SEARCH_LANGUAGES, { message: `must be one of ${SEARCH_LANGUAGES.join(", ")}` }).default(DEFAULT_SEARCH_LANGUAGE),
  /** Days a deleted document stays in the trash (restorable) before the worker deletes it for good (ADR 0021). */
  TRASH_DAYS: z.coerce.number().int().min(1, "must be at least 1 day").max(3650).default(30),
  /** Days an audit-log entry is kept before the worker prunes it (ADR 0024). */
  AUDIT_DAYS: z.coerce.number().int().min(1, "must be at least 1 day").max(36500).default(365),
  /** How all-numeric dates (03/04/2026) in documents are read; unset: each document's own dates, then SEARCH_LANGUAGE's usual order. */
  DATE_ORDER: z.enum(["DMY", "MDY", "YMD"], { message: "must be DMY, MDY or YMD" }).optional(),
  /** Dates (YYYY-MM-DD, comma-separated) never taken as a document's date: a founding date on every letterhead, say. */
  DATE_IGNORE: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((d) => d.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be dates like 2020-01-31, comma-separated"))),
});
export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; a bad value throws one message naming every offending variable. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
  throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
}

export function dataDir(env: ServerEnv): string {
  return resolve(env.DOCSCAN_DATA_DIR);
}

export function secretKey(env: ServerEnv): SecretKey {
  return deriveSecretKey(env.DOCSCAN_SECRET ?? readOrCreateSecretFile(resolve(dataDir(env), "secret.key")));
}

/** S3 when S3_ENDPOINT is set (credentials then required), else the local folder under the data dir. */
export function storageConfig(env: ServerEnv, key: SecretKey): StorageConfig {
  if (env.S3_ENDPOINT) {
    if (!env.S3_ACCESS_KEY || !env.S3_SECRET_KEY) {
      throw new ConfigError("invalid configuration:\n  S3_ACCESS_KEY, S3_SECRET_KEY: required when S3_ENDPOINT is set");
    }
    return {
      backend: "s3",
      endpoint: env.S3_ENDPOINT,
      accessKey: env.S3_ACCESS_KEY,
      secretKey: env.S3_SECRET_KEY,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
    };
  }
  return {
    backend: "fs",
    root: resolve(dataDir(env), "objects"),
    signingSecret: key.toString("hex"),
    publicBaseUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
  };
}

export function aiDefaults(env: ServerEnv): AiDefaults {
  return {
    apiKey: env.OPENAI_API_KEY ?? null,
    baseUrl: env.OPENAI_BASE_URL ?? null,
    model: env.OPENAI_MODEL,
    threshold: env.CLASSIFY_THRESHOLD,
  };
}
