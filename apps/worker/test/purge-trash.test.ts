// The trash's purge job (ADR 0021): documents trashed longer than TRASH_DAYS go for good, rows and bytes;
// younger trash and live documents stay, and reconciliation never takes a trashed document's bytes for orphans.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDocument } from "@docscan/db";
import { documents } from "@docscan/db/schema";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createExtractionSandbox, type ExtractionSandbox } from "@docscan/extract/sandbox";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import { purgeTrash } from "../src/tasks/purge-trash.ts";
import { reconcile } from "../src/tasks/reconcile.ts";

const DAY = 86_400_000;
let database: TestDatabase;
let root: string;
let storage: ObjectStore;
let extraction: ExtractionSandbox;
const log = pino({ level: "silent" });

beforeAll(async () => {
  database = await createTestDatabase();
  root = mkdtempSync(join(tmpdir(), "docscan-purge-"));
  storage = createObjectStore({ backend: "fs", root, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
  await storage.ensureReady();
  extraction = await createExtractionSandbox({ processes: 1, memoryMb: 1024, cpuSeconds: 60, ocr: null });
});
afterAll(async () => {
  await extraction?.close();
  await database?.drop();
  rmSync(root, { recursive: true, force: true });
});

/** A stored document (bytes, a thumbnail and a searchable PDF, all aged past reconciliation's grace), trashed `trashedDaysAgo` ago or live (null). */
async function storedDocument(trashedDaysAgo: number | null): Promise<{ id: string; keys: string[] }> {
  const id = randomUUID();
  const objectKey = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
  const thumbnailKey = makeObjectKey({ owner: null, documentId: id, ext: ".png" });
  const searchablePdfKey = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
  for (const key of [objectKey, thumbnailKey, searchablePdfKey]) {
    await storage.put(key, Readable.from([Buffer.from(`bytes of ${key}`)]), `bytes of ${key}`.length, "application/octet-stream");
    utimesSync(join(root, key), new Date(Date.now() - 3 * DAY), new Date(Date.now() - 3 * DAY));
  }
  await insertDocument(database.db, { id, filename: `${id}.pdf`, objectKey, thumbnailKey, searchablePdfKey, contentType: "application/pdf", size: 10, sha256: "0".repeat(64), storageBackend: "fs" });
  if (trashedDaysAgo !== null) await database.db.update(documents).set({ trashedAt: new Date(Date.now() - trashedDaysAgo * DAY) }).where(eq(documents.id, id));
  return { id, keys: [objectKey, thumbnailKey, searchablePdfKey] };
}

const exists = async (id: string) => (await database.db.select({ id: documents.id }).from(documents).where(eq(documents.id, id))).length === 1;

describe("purging the trash", () => {
  it("keeps a trashed document's bytes through reconciliation, then deletes rows and bytes past TRASH_DAYS", async () => {
    const old = await storedDocument(31);
    const recent = await storedDocument(29);
    const live = await storedDocument(null);

    // Reconciliation: a trashed document's bytes are not orphans (its row still names them).
    const report = await reconcile({ db: database.db, storage, log, extraction, limits: { maxExtractBytes: 1024 * 1024 } }, { graceMs: DAY, thumbnails: { after: null } });
    expect(report.orphansRemoved).toBe(0);
    for (const key of old.keys) expect(await storage.head(key)).not.toBeNull();

    const result = await purgeTrash({ db: database.db, storage, log }, 30);
    expect(result).toEqual({ documents: 1, objectsFailed: 0 });
    expect(await exists(old.id)).toBe(false);
    for (const key of old.keys) expect(await storage.head(key)).toBeNull();
    for (const doc of [recent, live]) {
      expect(await exists(doc.id)).toBe(true);
      for (const key of doc.keys) expect(await storage.head(key)).not.toBeNull();
    }
    // A shorter TRASH_DAYS takes the younger trash too, never a live document.
    expect(await purgeTrash({ db: database.db, storage, log }, 7)).toEqual({ documents: 1, objectsFailed: 0 });
    expect([await exists(recent.id), await exists(live.id)]).toEqual([false, true]);
    const [{ n }] = (await database.db.execute(sql`select count(*)::int as n from documents`)) as unknown as [{ n: number }];
    expect(n).toBe(1);
  });

  it("goes through many documents in batches", async () => {
    const many = await Promise.all(Array.from({ length: 230 }, () => storedDocument(40)));
    expect(await purgeTrash({ db: database.db, storage, log }, 30)).toEqual({ documents: 230, objectsFailed: 0 });
    for (const doc of many.slice(0, 5)) expect(await exists(doc.id)).toBe(false);
  });
});
