import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import type { Runner } from "graphile-worker";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLimiter } from "@docscan/classify";
import { createTopic, getDocument, insertDocument, type DocumentDetail } from "@docscan/db";
import { deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { makePdf } from "@docscan/extract/testing";
import { enqueueForDocument } from "@docscan/jobs";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import type { WorkerDeps } from "../src/deps.ts";
import { startWorker } from "../src/worker.ts";

let database: TestDatabase;
let storage: ObjectStore;
let storageRoot: string;
let runner: Runner;

beforeAll(async () => {
  database = await createTestDatabase();
  storageRoot = mkdtempSync(join(tmpdir(), "docscan-worker-"));
  storage = createObjectStore({ backend: "fs", root: storageRoot, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
  await storage.ensureReady();
  const deps: WorkerDeps = {
    db: database.db,
    storage,
    secretKey: deriveSecretKey("worker-test-secret-0123456789"),
    aiDefaults: { apiKey: null, baseUrl: null, model: "gpt-4o-mini", threshold: 0.3 },
    log: pino({ level: "silent" }),
    limits: { maxExtractBytes: 10 * 1024 * 1024, maxPages: 50 },
    llmLimiter: createLimiter(2),
  };
  await createTopic(database.db, { name: "Invoices", description: "Invoices and bills from suppliers: amount due, payment terms, VAT.", color: "#ef4444" });
  await createTopic(database.db, { name: "Sports", description: "Football matches, tennis tournaments, athletes and scores.", color: "#22c55e" });
  runner = await startWorker(deps, { connectionString: database.url, concurrency: 2, handleSignals: false });
});

afterAll(async () => {
  await runner?.stop();
  await database?.drop();
  rmSync(storageRoot, { recursive: true, force: true });
});

/** Stores bytes and queues extraction the way the api does: row and job in one transaction. */
async function queueDocument(bytes: Uint8Array, contentType: string, ext: string): Promise<string> {
  const id = randomUUID();
  const objectKey = makeObjectKey({ owner: null, documentId: id, ext });
  await storage.put(objectKey, Readable.from([Buffer.from(bytes)]), bytes.byteLength, contentType);
  await database.db.transaction(async (tx) => {
    await insertDocument(tx, { id, filename: `file${ext}`, objectKey, contentType, size: bytes.byteLength, sha256: "0".repeat(64), storageBackend: "fs" });
    await enqueueForDocument(tx, "extract_text", id);
  });
  return id;
}

async function settled(id: string, timeoutMs = 20_000): Promise<DocumentDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const doc = await getDocument(database.db, id);
    if (doc.status === "done" || doc.status === "failed") return doc;
    if (Date.now() > deadline) throw new Error(`document still ${doc.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("worker", () => {
  it("extracts the PDF text layer and files the document under the matching topic", async () => {
    const pdf = makePdf(["Invoice number 2024-118 from ACME Supplies.", "Amount due: 1,200 EUR including VAT. Payment terms: 30 days."]);
    const id = await queueDocument(pdf, "application/pdf", ".pdf");
    const doc = await settled(id);
    expect(doc).toMatchObject({ status: "done", error: null, pageCount: 2 });
    expect(doc.text).toContain("Invoice number 2024-118");
    expect(doc.text!.indexOf("Invoice")).toBeLessThan(doc.text!.indexOf("Amount due"));
    expect(doc.topics.map((t) => [t.name, t.source])).toEqual([["Invoices", "ai"]]);
    expect(doc.topics[0]!.confidence).toBeGreaterThanOrEqual(0.3);
  });

  it("marks a corrupt file failed with a reason, keeps its bytes, and keeps working", async () => {
    const corrupt = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300, 7)]);
    const badId = await queueDocument(corrupt, "application/pdf", ".pdf");
    const goodId = await queueDocument(Buffer.from("The tennis tournament final: the athlete won the match in five sets."), "text/plain", ".txt");
    const bad = await settled(badId);
    expect(bad.status).toBe("failed");
    expect(bad.error).toMatch(/could not read PDF/);
    expect((await storage.head(bad.objectKey))?.size).toBe(corrupt.length);
    const good = await settled(goodId);
    expect(good.status).toBe("done");
    expect(good.topics.map((t) => t.name)).toEqual(["Sports"]);
  });

  it("explains a PDF without any text instead of filing it silently", async () => {
    const id = await queueDocument(makePdf([""]), "application/pdf", ".pdf");
    const doc = await settled(id);
    expect(doc.status).toBe("failed");
    expect(doc.error).toMatch(/no text found/);
  });

  it("does not duplicate topic links when classification runs again", async () => {
    const id = await queueDocument(Buffer.from("Invoice: amount due 300 EUR, payment terms 14 days, VAT included."), "text/plain", ".txt");
    await settled(id);
    const count = async () =>
      (await database.db.execute<{ n: number }>(sql`select count(*)::int as n from document_topics where document_id = ${id}`))[0]!.n;
    expect(await count()).toBe(1);
    for (let i = 0; i < 2; i++) {
      await database.db.execute(sql`update documents set status = 'classifying' where id = ${id}`);
      await enqueueForDocument(database.db, "classify_document", id);
      await settled(id);
    }
    expect(await count()).toBe(1);
  });
});
