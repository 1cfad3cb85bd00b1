// The running instance as the maintenance commands (reset-password, export, import, check) reach it: the
// database through DATABASE_URL or the embedded one under DOCSCAN_DATA_DIR, the store through the same
// settings as the api (S3_* or the local folder), and the key that encrypts secrets at rest.
import { resolve } from "node:path";
import { z } from "zod";
import { parseEnv, secretKey, serverEnvSchema, storageConfig } from "@docscan/config";
import { createDatabase, postgresErrorCode, type Database } from "@docscan/db";
import type { SecretKey } from "@docscan/db/secrets";
import { createObjectStore, type ObjectStore } from "@docscan/storage";
import { embeddedDatabaseUrl } from "./embedded-postgres.ts";

const instanceEnvSchema = serverEnvSchema.extend({
  /** When unset: the embedded Postgres of a running `pnpm start` under DOCSCAN_DATA_DIR. */
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** `export --with-secrets` / `import`: the passphrase that protects the exported secrets. */
  DOCSCAN_EXPORT_PASSPHRASE: z.string().min(12, "must be at least 12 characters").optional(),
  /** Where the user ran `pnpm docscan` (pnpm runs scripts from the repo root). */
  INIT_CWD: z.string().optional(),
});
export type InstanceEnv = z.infer<typeof instanceEnvSchema>;

export function loadInstanceEnv(source: Record<string, string | undefined> = process.env): InstanceEnv {
  return parseEnv(instanceEnvSchema, source);
}

export function instanceDatabaseUrl(env: Pick<InstanceEnv, "DATABASE_URL" | "DOCSCAN_DATA_DIR" | "EMBEDDED_PG_PORT">): string {
  return env.DATABASE_URL ?? embeddedDatabaseUrl(resolve(env.DOCSCAN_DATA_DIR), env.EMBEDDED_PG_PORT);
}

export interface Instance {
  database: Database;
  store: ObjectStore;
  key: SecretKey;
  close(): Promise<void>;
}

/** Connects and checks the database answers, with a message that says what to fix when it does not. */
export async function openInstance(env: InstanceEnv): Promise<Instance> {
  const url = instanceDatabaseUrl(env);
  const database = createDatabase(url, { max: 4 });
  try {
    await reachable(database, url);
    const key = secretKey({ ...env, DATABASE_URL: url });
    const store = createObjectStore(storageConfig({ ...env, DATABASE_URL: url }, key));
    await store.ensureReady();
    return { database, store, key, close: () => database.close() };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** Resolves when the database answers; a connection failure becomes a readable error naming the URL. */
export async function reachable(database: Database, url: string): Promise<void> {
  await database.ping().catch((err: unknown) => {
    if (postgresErrorCode(err)) throw err; // the server answered: not a connection problem
    throw new Error(`cannot reach the database at ${withoutPassword(url)} (${rootCause(err)}): is \`pnpm start\` running, or DATABASE_URL right?`);
  });
}

export function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/** The innermost message: Drizzle wraps the driver's error ("Failed query: …") around the real cause. */
export function rootCause(err: unknown): string {
  let e = err as { cause?: unknown; message?: string };
  while (e.cause) e = e.cause as typeof e;
  return e.message ?? String(e);
}
