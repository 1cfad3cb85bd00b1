import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Runner } from "graphile-worker";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLimiter } from "@docscan/classify";
import { answerTopics, isChatRequest, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { createTopic, getDocument, insertDocument, listDocumentRuns, listSuggestions, updateAiSettings, type DocumentDetail } from "@docscan/db";
import { deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { enqueueForDocument } from "@docscan/jobs";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import { startWorker } from "../src/worker.ts";

// The LLM path end to end: real worker, real openai SDK, a local OpenAI-compatible server.
let database: TestDatabase;
let storage: ObjectStore;
let storageRoot: string;
let runner: Runner;
let llm: FakeOpenAI;
const secretKey = deriveSecretKey("worker-llm-test-secret-0123456789");

const INVOICE = "Invoice 2024-7. Amount due: 1,200 EUR. Payment within 30 days. The team also watched a football match.";

beforeAll(async () => {
  database = await createTestDatabase();
  storageRoot = mkdtempSync(join(tmpdir(), "docscan-worker-llm-"));
  storage = createObjectStore({ backend: "fs", root: storageRoot, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost" });
  await storage.ensureReady();
  llm = await startFakeOpenAI(
    answerTopics(() => ({
      topics: [
        { name: "Invoices", confidence: 0.92, quote: "Amount due: 1,200 EUR." },
        { name: "Sports", confidence: 0.35, quote: "watched a football match" },
      ],
    })),
  );
  await createTopic(database.db, { name: "Invoices", description: "Bills from suppliers", color: "#ef4444" });
  await createTopic(database.db, { name: "Sports", description: "Matches and athletes", color: "#22c55e" });
  await updateAiSettings(database.db, secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.5 });
  runner = await startWorker(
    {
      db: database.db,
      storage,
      secretKey,
      aiDefaults: { apiKey: null, baseUrl: null, model: "gpt-4o-mini", threshold: 0.5 },
      log: pino({ level: "silent" }),
      limits: { maxExtractBytes: 10 * 1024 * 1024, maxPages: 50 },
      llmLimiter: createLimiter(2),
    },
    { connectionString: database.url, concurrency: 1, handleSignals: false },
  );
});

afterAll(async () => {
  await runner?.stop();
  await llm?.close();
  await database?.drop();
  rmSync(storageRoot, { recursive: true, force: true });
});

async function queueText(text: string): Promise<string> {
  const id = randomUUID();
  const bytes = Buffer.from(text);
  const objectKey = makeObjectKey({ owner: null, documentId: id, ext: ".txt" });
  await storage.put(objectKey, Readable.from([bytes]), bytes.length, "text/plain");
  await database.db.transaction(async (tx) => {
    await insertDocument(tx, { id, filename: "note.txt", objectKey, contentType: "text/plain", size: bytes.length, sha256: "0".repeat(64), storageBackend: "fs" });
    await enqueueForDocument(tx, "extract_text", id);
  });
  return id;
}

async function settled(id: string): Promise<DocumentDetail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const doc = await getDocument(database.db, id);
    if (doc.status === "done" || doc.status === "failed") return doc;
    if (Date.now() > deadline) throw new Error(`document still ${doc.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const chatCalls = () => llm.requests.filter(isChatRequest).length;

describe("classification through an OpenAI-compatible model", () => {
  it("applies confident topics with a quote, sends uncertain ones to review, and records the run", async () => {
    const id = await queueText(INVOICE);
    const doc = await settled(id);
    expect(doc.status).toBe("done");
    expect(doc.topics.map((t) => [t.name, t.source, t.quote])).toEqual([["Invoices", "ai", "Amount due: 1,200 EUR."]]);
    const review = await listSuggestions(database.db, { limit: 10, documentId: id });
    expect(review.map((s) => [s.topicName, s.quote])).toEqual([["Sports", "watched a football match"]]);
    const [run] = await listDocumentRuns(database.db, id);
    expect(run).toMatchObject({ provider: "openai", outcome: "applied", cached: false, error: null });
    expect(run!.inputTokens).toBeGreaterThan(0);
    expect(run!.costUsd).toBeGreaterThan(0);
    expect(chatCalls()).toBe(1);
  });

  it("never calls the model twice for the same text", async () => {
    const before = chatCalls();
    const doc = await settled(await queueText(INVOICE));
    expect(doc.topics.map((t) => t.name)).toEqual(["Invoices"]);
    expect(chatCalls()).toBe(before);
    const [run] = await listDocumentRuns(database.db, doc.id);
    expect(run).toMatchObject({ cached: true, costUsd: 0, inputTokens: 0 });
  });

  it("falls back to the offline classifier once the monthly budget is reached, and says so", async () => {
    await updateAiSettings(database.db, secretKey, { monthlyBudgetUsd: 0 });
    const before = chatCalls();
    const doc = await settled(await queueText("Another invoice: amount due 90 EUR, payment terms 14 days."));
    expect(doc.status).toBe("done");
    expect(chatCalls()).toBe(before);
    const [run] = await listDocumentRuns(database.db, doc.id);
    expect(run).toMatchObject({ provider: "local" });
    expect(run!.note).toMatch(/monthly budget of \$0\.00 reached/);
    await updateAiSettings(database.db, secretKey, { monthlyBudgetUsd: null });
  });
});
