// Reconciliation (issue 13, item 8): objects no row names are removed once past the grace period, documents
// left without a thumbnail are queued again; at the worker's start and on its hourly schedule.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_DOCUMENTS, getDocument, insertDocument } from "@docscan/db";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { makePdf } from "@docscan/extract/testing";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import { reconcile, RECONCILE_CRON, RECONCILE_TASK } from "../src/tasks/reconcile.ts";
import { startWorkerHarness } from "./helpers.ts";

const HOUR = 60 * 60_000;
const twoHoursAgo = () => new Date(Date.now() - 2 * HOUR);

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
  beforeAll(async () => {
    database = await createTestDatabase();
    root = mkdtempSync(join(tmpdir(), "docscan-reconcile-"));
    storage = createObjectStore({ backend: "fs", root, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
    await storage.ensureReady();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  async function document(opts: { status: "done" | "pending"; thumbnail: boolean; contentType?: string; old: boolean }) {
    const id = randomUUID();
    const objectKey = makeObjectKey({ owner: null, documentId: id, ext: ".pdf" });
    await putObject(storage, objectKey, Buffer.from("%PDF-1.4 original"));
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
      size: 17,
      sha256: "0".repeat(64),
      storageBackend: "fs",
    });
    await database.db.execute(sql`update documents set status = ${opts.status}, text = 'some text', thumbnail_key = ${thumbnailKey},
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

    const report = await reconcile({ db: database.db, storage, log: pino({ level: "silent" }) }, { graceMs: HOUR, requeued: new Set() });
    expect(report).toMatchObject({ objectsListed: 5, orphansRemoved: 2, orphanBytes: 1234 + 66, unfinishedRemoved: 1 });
    expect(existsSync(killedPut)).toBe(false);
    expect(await storage.head(orphanOriginal)).toBeNull();
    expect(await storage.head(orphanThumbnail)).toBeNull();
    expect(await storage.head(inFlight)).not.toBeNull();
    expect(await storage.head(kept.objectKey)).not.toBeNull();
    expect(await storage.head(kept.thumbnailKey!)).not.toBeNull();
    // The sidecar of a removed object goes with it.
    expect(existsSync(join(root, `${orphanOriginal}~meta.json`))).toBe(false);

    const again = await reconcile({ db: database.db, storage, log: pino({ level: "silent" }) }, { graceMs: HOUR, requeued: new Set() });
    expect(again).toMatchObject({ orphansRemoved: 0, orphanBytes: 0, unfinishedRemoved: 0 });
    await storage.delete(inFlight);
  });

  it("queues extraction again for documents done without a thumbnail, once per process, and no others", async () => {
    const missing = await document({ status: "done", thumbnail: false, old: true });
    const missingToo = await document({ status: "done", thumbnail: false, old: true, contentType: "text/plain" });
    await document({ status: "done", thumbnail: true, old: true });
    await document({ status: "pending", thumbnail: false, old: true });
    await document({ status: "done", thumbnail: false, old: false }); // just saved: its job may still be making one
    const before = await queuedExtractions(database);

    const requeued = new Set<string>();
    const report = await reconcile({ db: database.db, storage, log: pino({ level: "silent" }) }, { graceMs: HOUR, requeued });
    expect(report.thumbnailsRequeued).toBe(2);
    expect((await queuedExtractions(database)).filter((id) => !before.includes(id)).sort()).toEqual([missing.id, missingToo.id].sort());

    // The next run does not queue them again (a file whose thumbnail cannot be made is not re-read hourly).
    await database.db.execute(sql`select graphile_worker.remove_job(key) from graphile_worker.jobs where task_identifier = 'extract_text'`);
    expect((await reconcile({ db: database.db, storage, log: pino({ level: "silent" }) }, { graceMs: HOUR, requeued })).thumbnailsRequeued).toBe(0);
    expect(await queuedExtractions(database)).toEqual([]);
  });

  it("is scheduled hourly, one job at a time", () => {
    expect(RECONCILE_CRON).toMatchObject({ task: RECONCILE_TASK, match: "23 * * * *", options: { jobKey: RECONCILE_TASK, maxAttempts: 1 } });
  });
});

describe("the worker", () => {
  it("reconciles at start: removes an old orphan and makes the missing thumbnail through extraction", async () => {
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
        await age(root!, orphan);
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
