import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTopics, isChatRequest, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import {
  addManualTopics,
  ALL_DOCUMENTS,
  confirmedExamples,
  createTopic,
  getDocument,
  listDocumentRuns,
  listSuggestions,
  markForReclassification,
  rejectSuggestions,
  removeTopicsManually,
  setManualTopics,
  updateAiSettings,
} from "@docscan/db";
import { sql } from "drizzle-orm";
import { enqueueForDocument, enqueueForDocuments } from "@docscan/jobs";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

// ADR 0014: a person's decision is final. The model always answers Tax (applied) and Invoices (review), so
// whatever the worker does with a topic a person removed or chose shows at once. Reclassifying the same
// text also goes through the LLM answer cache.
let h: WorkerHarness;
let llm: FakeOpenAI;
const topic = { tax: "", invoices: "" };

beforeAll(async () => {
  llm = await startFakeOpenAI(
    answerTopics(() => ({
      topics: [
        { name: "Tax", confidence: 0.9, quote: "tax return" },
        { name: "Invoices", confidence: 0.6, quote: "amount due" },
      ],
    })),
  );
  h = await startWorkerHarness({
    prepare: async ({ database: { db }, deps }) => {
      topic.tax = (await createTopic(db, { name: "Tax", description: "Tax returns and assessments", color: "#ef4444" })).topic.id;
      topic.invoices = (await createTopic(db, { name: "Invoices", description: "Bills from suppliers", color: "#22c55e" })).topic.id;
      await updateAiSettings(db, deps.secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.8 });
    },
  });
});

afterAll(async () => {
  await h?.close();
  await llm?.close();
});

const TEXT = "Your tax return for 2024. The amount due is 300 EUR.";

/** Reclassifies like the api does (one document or a bulk selection) and waits for the runs. */
async function reclassify(ids: string[]) {
  const db = h.database.db;
  const before = new Map(await Promise.all(ids.map(async (id) => [id, (await listDocumentRuns(db, id)).length] as const)));
  await db.transaction(async (tx) => enqueueForDocuments(tx, "classify_document", await markForReclassification(tx, ids, ALL_DOCUMENTS)));
  for (const id of ids) {
    await h.settled(id);
    for (let i = 0; (await listDocumentRuns(db, id)).length === before.get(id); i++) {
      if (i > 600) throw new Error("no new run");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const topicsOf = async (id: string) => (await getDocument(h.database.db, id, ALL_DOCUMENTS)).topics.map((t) => [t.name, t.source]);
const suggestedOf = async (id: string) => (await listSuggestions(h.database.db, { limit: 10, documentId: id })).map((s) => s.topicName);

describe("a person's decision is final", () => {
  it("a topic unticked on the document page does not come back on reclassify (also from the answer cache)", async () => {
    const id = await h.queue(Buffer.from(TEXT), "text/plain", ".txt", "tax.txt");
    await h.settled(id);
    expect(await topicsOf(id)).toEqual([["Tax", "ai"]]);
    expect(await suggestedOf(id)).toEqual(["Invoices"]);

    await setManualTopics(h.database.db, id, [], ALL_DOCUMENTS, [topic.tax]);
    const calls = llm.requests.filter(isChatRequest).length;
    await reclassify([id]);
    expect(llm.requests.filter(isChatRequest).length).toBe(calls); // the cached answer, which still says Tax
    expect(await topicsOf(id)).toEqual([]);
    const [run] = await listDocumentRuns(h.database.db, id);
    expect(run).toMatchObject({ cached: true, keptRejected: 1, keptManual: 0 });

    // Rejecting the review suggestion keeps it out of review too.
    const [suggestion] = await listSuggestions(h.database.db, { limit: 10, documentId: id });
    await h.database.db.transaction((tx) => rejectSuggestions(tx, [suggestion!.id], ALL_DOCUMENTS));
    await reclassify([id]);
    expect(await topicsOf(id)).toEqual([]);
    expect(await suggestedOf(id)).toEqual([]);
    expect((await listDocumentRuns(h.database.db, id))[0]).toMatchObject({ keptRejected: 2, outcome: "none" });

    // A removal is a negative example, even for a document with no topic left.
    const example = (await confirmedExamples(h.database.db, { ownerId: null, limit: 10 })).find((e) => e.documentId === id);
    expect(example).toMatchObject({ topicIds: [], rejectedTopicIds: [topic.tax, topic.invoices].sort() });

    // Re-extraction (which classifies again) keeps the removals too, and the document is encoded only once.
    const vectorAt = async () => (await h.database.db.execute(sql`select created_at::text as at from document_vectors where document_id = ${id}`))[0]?.at;
    const encodedAt = await vectorAt();
    expect(encodedAt).toBeTruthy();
    const runsBefore = (await listDocumentRuns(h.database.db, id)).length;
    await h.database.db.transaction(async (tx) => {
      await tx.execute(sql`update documents set status = 'pending' where id = ${id}`);
      await enqueueForDocument(tx, "extract_text", id);
    });
    for (let i = 0; (await listDocumentRuns(h.database.db, id)).length === runsBefore; i++) {
      if (i > 600) throw new Error("no run after re-extraction");
      await new Promise((r) => setTimeout(r, 100));
    }
    await h.settled(id);
    expect(await topicsOf(id)).toEqual([]);
    expect(await suggestedOf(id)).toEqual([]);
    expect(await vectorAt()).toBe(encodedAt);

    // A manual add undoes the removal: Tax is the person's choice now, and stays manual.
    await addManualTopics(h.database.db, [id], [topic.tax], ALL_DOCUMENTS);
    await reclassify([id]);
    expect(await topicsOf(id)).toEqual([["Tax", "manual"]]);
    expect((await listDocumentRuns(h.database.db, id))[0]).toMatchObject({ keptManual: 1, keptRejected: 1 });
  });

  it("a bulk removal holds across a bulk reclassify, and a person's topics are never suggested again", async () => {
    const a = await h.queue(Buffer.from(`${TEXT} (a)`), "text/plain", ".txt", "a.txt");
    const b = await h.queue(Buffer.from(`${TEXT} (b)`), "text/plain", ".txt", "b.txt");
    await h.settled(a);
    await h.settled(b);
    await removeTopicsManually(h.database.db, [a, b], [topic.tax], ALL_DOCUMENTS);
    await addManualTopics(h.database.db, [b], [topic.invoices], ALL_DOCUMENTS);
    await reclassify([a, b]);
    expect(await topicsOf(a)).toEqual([]);
    expect(await suggestedOf(a)).toEqual(["Invoices"]);
    expect(await topicsOf(b)).toEqual([["Invoices", "manual"]]);
    expect(await suggestedOf(b)).toEqual([]);
  });
});
