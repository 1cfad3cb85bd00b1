// Real Postgres (a cloned test database), a real filesystem object store, a real admin.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { pino } from "pino";
import { createFirstAdmin, type Db } from "@docscan/db";
import { documents } from "@docscan/db/schema";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createObjectStore } from "@docscan/storage";
import type { StoreDeps } from "../src/store.ts";

export interface Harness {
  database: TestDatabase;
  deps: StoreDeps;
  adminId: string;
  tmp: string;
  storageRoot: string;
  close(): Promise<void>;
}

export const silentLog = pino({ level: process.env.TEST_LOG ?? "silent" });

export async function createHarness(): Promise<Harness> {
  const database = await createTestDatabase();
  const tmp = await mkdtemp(join(tmpdir(), "docscan-intake-"));
  const storageRoot = join(tmp, "objects");
  const storage = createObjectStore({ backend: "fs", root: storageRoot, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost:3000" });
  await storage.ensureReady();
  const admin = await createFirstAdmin(database.db, { email: "admin@example.com", passwordHash: "not-a-real-hash" });
  return {
    database,
    deps: { db: database.db, storage, log: silentLog, searchLanguage: "simple" },
    adminId: admin.id,
    tmp,
    storageRoot,
    async close() {
      await database.drop();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

export async function documentCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(documents);
  return row?.n ?? 0;
}

export async function documentsNamed(db: Db, filename: string) {
  return db.select().from(documents).where(eq(documents.filename, filename));
}

/** Polls `check` until it returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
