// Reconciliation (issue 13, item 8): objects no row names are removed once past the grace period, documents
// left without a thumbnail get one; at the worker's start and on its hourly schedule.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ALL_DOCUMENTS, getDocument, insertDocument } from "@docscan/db";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createExtractionSandbox, type ExtractionSandbox } from "@docscan/extract/sandbox";
import { makePdf } from "@docscan/extract/testing";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import { startS3Server } from "@docscan/storage/testing";
import { reconcile, RECONCILE_CRON, RECONCILE_TASK, type ReconcileDeps } from "../src/tasks/reconcile.ts";
import { startWorkerHarness } from "./helpers.ts";

const HOUR = 60 * 60_000;
const twoHoursAgo = () => new Date(Date.now() - 2 * HOUR);
const twoDaysAgo = () => new Date(Date.now() - 48 * HOUR);

async function putObject(storage: ObjectStore, key: string, bytes: Buffer, type = "application/pdf") {
  await storage.put(key, Readable.from([bytes]), bytes.length, type);
}

/** Ages a stored object's file (the fs store's objects are files under its root). */
async function age(root: string, key: string) {
  await utimes(join(root, key), twoHoursAgo(), twoHoursAgo());
}

async function queuedExtractions(database: TestDatabase): Promise<string[]> {
  const rows = (await database.db.execute(
    sql`select key from graphile_worker.jobs where task_identifier = 'extract_text' order by 1`,
  )) as unknown as { key: string }[];
  return rows.map((r) => r.key.replace(/^extract_text:/, ""));
}

describe("reconcile", () => {
  let database: TestDatabase;
  let root: string;
  let storage: ObjectStore;
  let extraction: ExtractionSandbox;
  const silent = pino({ level: "silent" });
  const deps = (over: Partial<ReconcileDeps> = {}): ReconcileDeps => ({
    db: database.db,
    storage,
    log: silent,
    extraction,
    limits: { maxExtractBytes: 10 * 1024 * 1024 },
    ...over,
  });
  beforeAll(async () => {
    database = await createTestDatabase();
    root = mkdtempSync(join(tmpdir(), "docscan-reconcile-"));
    storage = createObjectStore({ backend: "fs", root, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
    await storage.ensureReady();
    extraction = await createExtractionSandbox({ processes: 1, memoryMb: 1024, cpuSeconds: 60, ocr: null });
  });
  afterAll(async () => {
    await extraction?.close();
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  async function document(opts: { status: "done" | "pending"; thumbnail: boolean; contentType?: string; old: boolean; bytes?: Uint8Array; text?: string }) {
    const id = randomUUID();
    const objectKey = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
    const bytes = Buffer.from(opts.bytes ?? Buffer.from("%PDF-1.4 original"));
    await putObject(storage, objectKey, bytes);
    await age(root, objectKey);
    const thumbnailKey = opts.thumbnail ? makeObjectKey({ owner: null, documentId: id, ext: ".webp" }) : null;
    if (thumbnailKey) {
      await putObject(storage, thumbnailKey, Buffer.from("webp"), "image/webp");
      await age(root, thumbnailKey);
    }
    await insertDocument(database.db, {
      id,
      ownerId: null,
      filename: "a.pdf",
      objectKey,
      contentType: opts.contentType ?? "application/pdf",
      size: bytes.length,
      sha256: "0".repeat(64),
      storageBackend: "fs",
    });
    await database.db.execute(sql`update documents set status = ${opts.status}, text = ${opts.text ?? "some text"}, thumbnail_key = ${thumbnailKey},
      updated_at = ${opts.old ? twoHoursAgo().toISOString() : new Date().toISOString()}::timestamptz where id = ${id}`);
    return { id, objectKey, thumbnailKey };
  }

  it("removes old objects no row names (originals and thumbnails), keeps young ones and every named one, and reports counts", async () => {
    const kept = await document({ status: "done", thumbnail: true, old: true });
    const orphanOriginal = makeObjectKey({ owner: randomUUID(), documentId: randomUUID(), ext: ".pdf" });
    const orphanThumbnail = makeObjectKey({ owner: null, documentId: kept.id, ext: ".png" }); // a thumbnail whose row update never committed
    const inFlight = makeObjectKey({ owner: randomUUID(), documentId: randomUUID(), ext: ".pdf" }); // an upload whose row is about to commit
    await putObject(storage, orphanOriginal, Buffer.alloc(1234, 1));
    await putObject(storage, orphanThumbnail, Buffer.alloc(66, 1), "image/png");
    await putObject(storage, inFlight, Buffer.alloc(10, 1));
    await age(root, orphanOriginal);
    await age(root, orphanThumbnail);
    // A put killed between writing its temp file and renaming it into place.
    const killedPut = join(root, `${makeObjectKey({ owner: null, documentId: kept.id, ext: ".png" })}~tmp-${randomUUID()}`);
    await writeFile(killedPut, Buffer.alloc(99));
    await utimes(killedPut, twoHoursAgo(), twoHoursAgo());

    const report = await reconcile(deps(), { graceMs: HOUR, thumbnails: { after: null } });
    expect(report).toMatchObject({ skipped: null, objectsListed: 5, orphansRemoved: 2, orphanBytes: 1234 + 66, unfinishedRemoved: 1 });
    expect(existsSync(killedPut)).toBe(false);
    expect(await storage.head(orphanOriginal)).toBeNull();
    expect(await storage.head(orphanThumbnail)).toBeNull();
    expect(await storage.head(inFlight)).not.toBeNull();
    expect(await storage.head(kept.objectKey)).not.toBeNull();
    expect(await storage.head(kept.thumbnailKey!)).not.toBeNull();
    // The sidecar of a removed object goes with it.
    expect(existsSync(join(root, `${orphanOriginal}~meta.json`))).toBe(false);

    const again = await reconcile(deps(), { graceMs: HOUR, thumbnails: { after: null } });
    expect(again).toMatchObject({ orphansRemoved: 0, orphanBytes: 0, unfinishedRemoved: 0 });
    await storage.delete(inFlight);
  });

  it("leaves alone every object whose key is not of docscan's shape (a shared bucket)", async () => {
    const foreign = ["backups/2026-12-01.sql.gz", "other-app/report.pdf", `unowned/${randomUUID()}/notes.pdf`, `${randomUUID()}/${randomUUID()}/${randomUUID()}.exe`];
    for (const key of foreign) {
      await putObject(storage, key, Buffer.from("not ours"));
      await age(root, key);
    }
    const report = await reconcile(deps(), { graceMs: HOUR, thumbnails: { after: null } });
    expect(report).toMatchObject({ skipped: null, foreignSkipped: foreign.length, orphansRemoved: 0 });
    for (const key of foreign) expect(await storage.head(key)).not.toBeNull();
    for (const key of foreign) await storage.delete(key);
  });

  it("takes the grace period from the database's clock, not this machine's", async () => {
    const young = makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" });
    await putObject(storage, young, Buffer.from("%PDF-1.4 uploading"));
    vi.useFakeTimers({ now: Date.now() + 3 * 24 * HOUR, toFake: ["Date"] }); // this machine's clock runs days ahead
    try {
      const report = await reconcile(deps(), { graceMs: HOUR, thumbnails: { after: null } });
      expect(report.orphansRemoved).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(await storage.head(young)).not.toBeNull();
    await storage.delete(young);
  });

  it("goes on past an object it cannot remove", async () => {
    const keys = [0, 1, 2].map(() => makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" }));
    for (const key of keys) {
      await putObject(storage, key, Buffer.from("orphan"));
      await age(root, key);
    }
    // The same store, except that it refuses to delete the first orphan.
    const refusing: ObjectStore = Object.assign(Object.create(storage) as ObjectStore, {
      delete: async (key: string) => {
        if (key === keys[0]) throw new Error("AccessDenied");
        await storage.delete(key);
      },
    });
    const report = await reconcile(deps({ storage: refusing }), { graceMs: HOUR, thumbnails: { after: null } });
    expect(report).toMatchObject({ orphansRemoved: 2, removeFailed: 1 });
    expect(await storage.head(keys[0]!)).not.toBeNull();
    expect(await storage.head(keys[1]!)).toBeNull();
    await storage.delete(keys[0]!);
  });

  it("runs once at a time: a run that finds another in progress does nothing", async () => {
    const orphan = makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" });
    await putObject(storage, orphan, Buffer.from("orphan"));
    await age(root, orphan);
    let report: Awaited<ReturnType<typeof reconcile>> | null = null;
    await database.db.transaction(async (tx) => {
      // What a run in progress holds (another worker's connection).
      await tx.execute(sql`select pg_advisory_xact_lock(${0x64736372}, 1)`);
      report = await reconcile(deps(), { graceMs: HOUR, thumbnails: { after: null } });
    });
    expect(report).toMatchObject({ skipped: expect.stringMatching(/another reconciliation/), orphansRemoved: 0 });
    expect(await storage.head(orphan)).not.toBeNull();
    expect((await reconcile(deps(), { graceMs: HOUR, thumbnails: { after: null } })).orphansRemoved).toBe(1);
  });

  it("makes a missing thumbnail without touching the document's text, status or topics, and tries each document once", async () => {
    const pdf = makePdf(["Quarterly report for the board."]);
    const missing = await document({ status: "done", thumbnail: false, old: true, bytes: pdf, text: "the text a person saw" });
    const broken = await document({ status: "done", thumbnail: false, old: true, bytes: Buffer.from("%PDF-1.4 not really") });
    const pending = await document({ status: "pending", thumbnail: false, old: true, bytes: pdf });
    const young = await document({ status: "done", thumbnail: false, old: false, bytes: pdf }); // its job may still be making one
    const jobsBefore = await database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`);

    const thumbnails = { after: null };
    const report = await reconcile(deps(), { graceMs: HOUR, thumbnails });
    expect(report).toMatchObject({ thumbnailsMade: 1, thumbnailsFailed: 1 });
    const doc = await getDocument(database.db, missing.id, ALL_DOCUMENTS);
    expect(doc).toMatchObject({ status: "done", text: "the text a person saw", thumbnailKey: expect.stringMatching(new RegExp(`^unowned/${missing.id}/.+\\.(webp|png)$`)) });
    expect((await storage.head(doc.thumbnailKey!))?.size).toBeGreaterThan(100);
    expect(await getDocument(database.db, broken.id, ALL_DOCUMENTS)).toMatchObject({ status: "done", error: null, thumbnailKey: null });
    expect((await getDocument(database.db, pending.id, ALL_DOCUMENTS)).thumbnailKey).toBeNull();
    expect((await getDocument(database.db, young.id, ALL_DOCUMENTS)).thumbnailKey).toBeNull();
    // Nothing was queued: no extraction, no classification (no LLM call).
    expect(await database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`)).toEqual(jobsBefore);
    expect(await queuedExtractions(database)).toEqual([]);

    // The next run does not read the broken file again.
    expect(await reconcile(deps(), { graceMs: HOUR, thumbnails })).toMatchObject({ thumbnailsMade: 0, thumbnailsFailed: 0 });
  });

  it("is scheduled hourly, one job at a time", () => {
    expect(RECONCILE_CRON).toMatchObject({ task: RECONCILE_TASK, match: "23 * * * *", options: { jobKey: RECONCILE_TASK, maxAttempts: 1 } });
  });
});

describe("the safety stop", () => {
  const logged: { level: number; msg: string }[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void logged.push(JSON.parse(line) as { level: number; msg: string }) });
  async function store() {
    const root = mkdtempSync(join(tmpdir(), "docscan-reconcile-"));
    const storage = createObjectStore({ backend: "fs", root, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
    await storage.ensureReady();
    return { root, storage };
  }
  const noSandbox = {} as ExtractionSandbox; // nothing reaches it: no document lacks a thumbnail

  it("deletes nothing when the documents table is empty but the store is not (DATABASE_URL pointing at a new database)", async () => {
    const database = await createTestDatabase();
    const { root, storage } = await store();
    try {
      const key = makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" });
      await putObject(storage, key, Buffer.from("%PDF-1.4 a real document"));
      await age(root, key);
      logged.length = 0;
      const report = await reconcile({ db: database.db, storage, log, extraction: noSandbox, limits: { maxExtractBytes: 1 } }, { graceMs: HOUR, thumbnails: { after: null } });
      expect(report).toMatchObject({ skipped: expect.stringMatching(/documents table is empty/), orphansRemoved: 0 });
      expect(await storage.head(key)).not.toBeNull();
      expect(logged.find((l) => l.level === 50)?.msg).toMatch(/deleted nothing/);
    } finally {
      await database.drop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("does not cry wolf on a new installation whose first upload is on its way", async () => {
    const database = await createTestDatabase();
    const { root, storage } = await store();
    try {
      await putObject(storage, makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" }), Buffer.from("%PDF-1.4 uploading"));
      logged.length = 0;
      const report = await reconcile({ db: database.db, storage, log, extraction: noSandbox, limits: { maxExtractBytes: 1 } }, { graceMs: HOUR, thumbnails: { after: null } });
      expect(report).toMatchObject({ skipped: null, objectsListed: 1, orphansFound: 0 });
      expect(logged.some((l) => l.level >= 50)).toBe(false);
    } finally {
      await database.drop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("deletes nothing when more than a small share of the objects look orphaned", async () => {
    const database = await createTestDatabase();
    const { root, storage } = await store();
    try {
      const id = randomUUID();
      const named = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
      await putObject(storage, named, Buffer.from("%PDF-1.4"));
      await insertDocument(database.db, { id, ownerId: null, filename: "a.pdf", objectKey: named, contentType: "application/pdf", size: 8, sha256: "0".repeat(64), storageBackend: "fs" });
      const orphans = Array.from({ length: 12 }, () => makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" }));
      for (const key of orphans) {
        await putObject(storage, key, Buffer.from("%PDF-1.4 someone's document"));
        await age(root, key);
      }
      logged.length = 0;
      const report = await reconcile({ db: database.db, storage, log, extraction: noSandbox, limits: { maxExtractBytes: 1 } }, { graceMs: HOUR, thumbnails: { after: null } });
      expect(report).toMatchObject({ skipped: expect.stringMatching(/12 of 13 objects/), orphansFound: 12, orphansRemoved: 0 });
      for (const key of orphans) expect(await storage.head(key)).not.toBeNull();
      expect(logged.some((l) => l.level === 50)).toBe(true);
    } finally {
      await database.drop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("on S3 (s3rver)", () => {
  it("in a bucket shared with others, removes docscan's orphans and nothing else", async () => {
    const server = await startS3Server();
    const database = await createTestDatabase();
    try {
      const storage = createObjectStore(server.config);
      const id = randomUUID();
      const named = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
      await putObject(storage, named, Buffer.from("%PDF-1.4"));
      await insertDocument(database.db, { id, ownerId: null, filename: "a.pdf", objectKey: named, contentType: "application/pdf", size: 8, sha256: "0".repeat(64), storageBackend: "s3" });
      await database.db.execute(sql`update documents set thumbnail_key = ${makeObjectKey({ owner: null, documentId: id, ext: ".png" })} where id = ${id}`);
      const orphan = makeObjectKey({ owner: randomUUID(), documentId: randomUUID(), ext: ".pdf" });
      await putObject(storage, orphan, Buffer.from("%PDF-1.4 orphan"));
      const foreign = ["site/index.html", "logs/2026/12/04.log", "a.pdf"];
      for (const key of foreign) await putObject(storage, key, Buffer.from("someone else's"), "text/plain");
      await new Promise((r) => setTimeout(r, 1100)); // S3 dates have whole seconds
      const report = await reconcile(
        { db: database.db, storage, log: pino({ level: "silent" }), extraction: {} as ExtractionSandbox, limits: { maxExtractBytes: 1 } },
        { graceMs: 0, thumbnails: { after: null } },
      );
      expect(report).toMatchObject({ skipped: null, objectsListed: 2, foreignSkipped: 3, orphansRemoved: 1 });
      expect(await storage.head(orphan)).toBeNull();
      expect(await storage.head(named)).not.toBeNull();
      for (const key of foreign) expect(await storage.head(key)).not.toBeNull();
    } finally {
      await database.drop();
      await server.stop();
    }
  });
});

describe("the worker", () => {
  it("reconciles at start: removes an orphan older than a day and makes the missing thumbnail", async () => {
    const orphan = makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".pdf" });
    const id = randomUUID();
    const objectKey = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
    const h = await startWorkerHarness({
      prepare: async ({ database, deps }) => {
        await putObject(deps.storage, orphan, Buffer.from("%PDF-1.4 nobody's"));
        const pdf = Buffer.from(makePdf(["Quarterly report for the board."]));
        await putObject(deps.storage, objectKey, pdf);
        // The harness keeps its store in a temp folder of its own: the one that holds these keys.
        const root = readdirSync(tmpdir())
          .filter((n) => n.startsWith("docscan-worker-"))
          .map((n) => join(tmpdir(), n))
          .find((dir) => existsSync(join(dir, orphan)));
        await utimes(join(root!, orphan), twoDaysAgo(), twoDaysAgo());
        await age(root!, objectKey);
        await insertDocument(database.db, { id, ownerId: null, filename: "report.pdf", objectKey, contentType: "application/pdf", size: pdf.length, sha256: "0".repeat(64), storageBackend: "fs" });
        await database.db.execute(sql`update documents set status = 'done', text = 'Quarterly report for the board.',
          updated_at = ${twoHoursAgo().toISOString()}::timestamptz where id = ${id}`);
      },
    });
    try {
      const deadline = Date.now() + 120_000;
      let doc = await getDocument(h.database.db, id, ALL_DOCUMENTS);
      while ((!doc.thumbnailKey || doc.status !== "done") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        doc = await getDocument(h.database.db, id, ALL_DOCUMENTS);
      }
      expect(doc).toMatchObject({ status: "done", thumbnailKey: expect.stringMatching(new RegExp(`^unowned/${id}/`)) });
      expect((await h.storage.head(doc.thumbnailKey!))?.size).toBeGreaterThan(100);
      expect(await h.storage.head(orphan)).toBeNull();
      expect(await h.storage.head(objectKey)).not.toBeNull();
    } finally {
      await h.close();
    }
  });
});
