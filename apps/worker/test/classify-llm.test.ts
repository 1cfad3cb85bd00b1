import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTopics, isChatRequest, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { createTopic, insertUser, listDocumentRuns, listSuggestions, updateAiSettings } from "@docscan/db";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

// The LLM path end to end: real worker, real openai SDK, a local OpenAI-compatible server.
let h: WorkerHarness;
let llm: FakeOpenAI;

const INVOICE = "Invoice 2024-7. Amount due: 1,200 EUR. Payment within 30 days. The team also watched a football match.";

beforeAll(async () => {
  llm = await startFakeOpenAI(
    answerTopics(() => ({
      topics: [
        { name: "Invoices", confidence: 0.92, quote: "Amount due: 1,200 EUR." },
        { name: "Sports", confidence: 0.6, quote: "watched a football match" },
      ],
    })),
  );
  h = await startWorkerHarness({
    prepare: async ({ database, deps }) => {
      await createTopic(database.db, { name: "Invoices", description: "Bills from suppliers", color: "#ef4444" });
      await createTopic(database.db, { name: "Sports", description: "Matches and athletes", color: "#22c55e" });
      await updateAiSettings(database.db, deps.secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.8 });
    },
  });
});

afterAll(async () => {
  await h?.close();
  await llm?.close();
});

const queueText = (text: string) => h.queue(Buffer.from(text), "text/plain", ".txt", "note.txt");
const settled = (id: string) => h.settled(id);
const chatCalls = () => llm.requests.filter(isChatRequest).length;

describe("classification through an OpenAI-compatible model", () => {
  it("applies confident topics with a quote, sends uncertain ones to review, and records the run", async () => {
    const id = await queueText(INVOICE);
    const doc = await settled(id);
    expect(doc.status).toBe("done");
    expect(doc.topics.map((t) => [t.name, t.source, t.quote])).toEqual([["Invoices", "ai", "Amount due: 1,200 EUR."]]);
    const review = await listSuggestions(h.database.db, { limit: 10, documentId: id });
    expect(review.map((s) => [s.topicName, s.quote])).toEqual([["Sports", "watched a football match"]]);
    const [run] = await listDocumentRuns(h.database.db, id);
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
    const [run] = await listDocumentRuns(h.database.db, doc.id);
    expect(run).toMatchObject({ cached: true, costUsd: 0, inputTokens: 0 });
  });

  it("does not hand one owner's cached answer to another (the prompt carries each owner's examples)", async () => {
    const other = await insertUser(h.database.db, { email: "cache-other@example.test", passwordHash: "!", role: "member" });
    const before = chatCalls();
    const doc = await settled(await h.queue(Buffer.from(INVOICE), "text/plain", ".txt", "note.txt", other.id));
    expect(chatCalls()).toBe(before + 1);
    const [run] = await listDocumentRuns(h.database.db, doc.id);
    expect(run).toMatchObject({ cached: false });
  });

  it("falls back to the offline classifier once the monthly budget is reached, and says so", async () => {
    await updateAiSettings(h.database.db, h.deps.secretKey, { monthlyBudgetUsd: 0 });
    const before = chatCalls();
    const doc = await settled(await queueText("Another invoice: amount due 90 EUR, payment terms 14 days."));
    expect(doc.status).toBe("done");
    expect(chatCalls()).toBe(before);
    const [run] = await listDocumentRuns(h.database.db, doc.id);
    expect(run).toMatchObject({ provider: "local" });
    expect(run!.note).toMatch(/monthly budget of \$0\.00 reached/);
    await updateAiSettings(h.database.db, h.deps.secretKey, { monthlyBudgetUsd: null });
  });
});
