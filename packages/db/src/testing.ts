// Test helpers: one migrated template database per migration set, cloned per test file.
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { createDatabase, type Database } from "./client.ts";
import { migrate, MIGRATIONS_FOLDER } from "./migrate.ts";

const TEMPLATE_LOCK_ID = 4_242_002;

/** The server to create test databases on; test-only, so it reads the environment directly. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function templateName(): string {
  const h = createHash("sha256");
  for (const f of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    if (f.endsWith(".sql") || f.endsWith(".json")) h.update(f).update(readFileSync(join(MIGRATIONS_FOLDER, f)));
  }
  // migrate() adds to the SQL files (graphile-worker's schema, an index on it): a change there is a new template.
  h.update(readFileSync(fileURLToPath(new URL("./migrate.ts", import.meta.url))));
  return `docscan_tpl_${h.digest("hex").slice(0, 12)}`;
}

async function ensureTemplate(admin: postgres.Sql, serverUrl: string): Promise<string> {
  const name = templateName();
  await admin`select pg_advisory_lock(${TEMPLATE_LOCK_ID})`;
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) {
      const building = `${name}_build`;
      await admin.unsafe(`drop database if exists "${building}"`);
      await admin.unsafe(`create database "${building}"`);
      await migrate(withDatabase(serverUrl, building));
      await admin.unsafe(`alter database "${building}" rename to "${name}"`);
    }
  } finally {
    await admin`select pg_advisory_unlock(${TEMPLATE_LOCK_ID})`;
  }
  return name;
}

export interface TestDatabase extends Database {
  url: string;
  name: string;
  /** Closes connections and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, fully migrated database (app schema + job queue) cloned from the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const template = await ensureTemplate(admin, serverUrl);
    const name = `docscan_test_${randomBytes(6).toString("hex")}`;
    // Clones from one template are serialised: Postgres refuses a copy while another backend reads it.
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK_ID})`;
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
    } finally {
      await admin`select pg_advisory_unlock(${TEMPLATE_LOCK_ID})`;
    }
    const url = withDatabase(serverUrl, name);
    const database = createDatabase(url, { max: 5 });
    return {
      ...database,
      url,
      name,
      async drop() {
        await database.close();
        const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
        try {
          await a.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await a.end({ timeout: 5 });
        }
      },
    };
  } finally {
    await admin.end({ timeout: 5 });
  }
}
