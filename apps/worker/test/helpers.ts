import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Runner } from "graphile-worker";
import { pino } from "pino";
import { createLimiter } from "@docscan/classify";
import { ALL_DOCUMENTS, getDocument, insertDocument, type AiDefaults, type DocumentDetail, type NewDocument } from "@docscan/db";
import { deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { sql } from "drizzle-orm";
import { createExtractionSandbox, DEFAULT_LIMITS } from "@docscan/extract/sandbox";
import { enqueueForDocument } from "@docscan/jobs";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import type { WorkerDeps } from "../src/deps.ts";
import { startWorker } from "../src/worker.ts";

export interface WorkerHarness {
  database: TestDatabase;
  storage: ObjectStore;
  deps: WorkerDeps;
  /**
   * Stores bytes and queues extraction the way the api does: row and job in one transaction. No owner unless
   * `ownerId`; `columns` (a folder, splitAttachments) are in the row before the worker can see the job.
   */
  queue(bytes: Uint8Array, contentType: string, ext: string, filename?: string, ownerId?: string | null, columns?: Partial<NewDocument>): Promise<string>;
  /** Waits until the document is done or failed. */
  settled(id: string, timeoutMs?: number): Promise<DocumentDetail>;
  /** Waits until graphile-worker's queue is empty (every job run, none waiting to retry). */
  drained(timeoutMs?: number): Promise<void>;
  /** Queues a classification of the document as the api's Reclassify does and waits for the queue to empty. */
  reclassify(id: string): Promise<void>;
  close(): Promise<void>;
}

/** A real worker (graphile-worker, Postgres, local object store, extraction sandbox processes) on a fresh database. */
export async function startWorkerHarness(
  opts: { aiDefaults?: Partial<AiDefaults>; webhooks?: Partial<WorkerDeps["webhooks"]>; prepare?: (h: Pick<WorkerHarness, "database" | "deps">) => Promise<void> } = {},
): Promise<WorkerHarness> {
  const database = await createTestDatabase();
  const storageRoot = mkdtempSync(join(tmpdir(), "docscan-worker-"));
  const storage = createObjectStore({ backend: "fs", root: storageRoot, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
  await storage.ensureReady();
  const limits = { ...DEFAULT_LIMITS, maxPages: 50 };
  const extraction = await createExtractionSandbox({ processes: 2, memoryMb: 1024, cpuSeconds: 120, limits, ocr: { languages: ["eng"], workers: 1 } });
  const deps: WorkerDeps = {
    db: database.db,
    storage,
    secretKey: deriveSecretKey("worker-test-secret-0123456789"),
    aiDefaults: { apiKey: null, baseUrl: null, model: "gpt-4o-mini", threshold: 0.5, ...opts.aiDefaults },
    log: pino({ level: "silent" }),
    limits: { ...limits, maxExtractBytes: 10 * 1024 * 1024 },
    extraction,
    llmLimiter: createLimiter(2),
    trashDays: 30,
    auditDays: 365,
    dates: { defaultOrder: "DMY", ignore: [] },
    webhooks: { allowPrivate: false, timeoutMs: 10_000, disableAfter: 20, ...opts.webhooks },
  };
  await opts.prepare?.({ database, deps });
  const runner: Runner = await startWorker(deps, { connectionString: database.url, concurrency: 2, handleSignals: false });
  const drained = async (timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const jobs = [...(await database.db.execute(sql`select task_identifier from graphile_worker.jobs`))];
      if (jobs.length === 0) return;
      if (Date.now() > deadline) throw new Error(`jobs still queued after ${timeoutMs} ms: ${JSON.stringify(jobs)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  return {
    database,
    storage,
    deps,
    async queue(bytes, contentType, ext, filename = `file${ext}`, ownerId = null, columns = {}) {
      const id = randomUUID();
      const objectKey = makeObjectKey({ owner: ownerId, documentId: id, ext });
      await storage.put(objectKey, Readable.from([Buffer.from(bytes)]), bytes.byteLength, contentType);
      await database.db.transaction(async (tx) => {
        await insertDocument(tx, { id, ownerId, filename, objectKey, contentType, size: bytes.byteLength, sha256: "0".repeat(64), storageBackend: "fs", ...columns });
        await enqueueForDocument(tx, "extract_text", id);
      });
      return id;
    },
    async settled(id, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const doc = await getDocument(database.db, id, ALL_DOCUMENTS);
        if (doc.status === "done" || doc.status === "failed") return doc;
        if (Date.now() > deadline) throw new Error(`document still ${doc.status} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    drained,
    async reclassify(id) {
      await database.db.transaction((tx) => enqueueForDocument(tx, "classify_document", id));
      await drained();
    },
    async close() {
      await runner.stop();
      await extraction.close();
      await database.drop();
      rmSync(storageRoot, { recursive: true, force: true });
    },
  };
}
