import type { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerCacheKey,
  DEFAULT_MAX_INPUT_TOKENS,
  embedDocument,
  EMBEDDING_VERSION,
  LocalClassifier,
  PROMPT_VERSION,
  promptTokens,
  decide,
  keepPersonDecisions,
  topicSetVersion,
} from "@docscan/classify";
import { startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { listAvailableTopics, ownerExamples, ownerTrainingData, putCachedAnswer, putDocumentVector, readAiSettings, replaceDocumentTopics, replaceSuggestions, spentSince } from "@docscan/db";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

// Topic trial, issue 20 item 2 (ADR 0029): what re-running the listed documents with the LLM would cost, and the
// LLM asked about a sample of them — real Postgres, the real sentence encoder, the real `openai` SDK against the
// fake OpenAI-compatible server.
let h: Harness;
let alice: TestUser;
let fake: FakeOpenAI;
let invoices: string;
let travel: string;
const ids: string[] = [];

const CITIES = ["Lisbon", "Porto", "Madrid", "Rome", "Vienna", "Prague", "Oslo", "Dublin", "Athens", "Berlin", "Paris", "Nice", "Milan", "Zurich"];
// 28 travel documents (more than the sample's 20), 6 invoices, 4 recipes.
const TEXTS = [
  ...CITIES.map((c, i) => `Flight booking confirmation: flight to ${c} on ${i + 3} May, seat ${10 + i}A, one checked bag, boarding pass online before the trip.`),
  ...CITIES.map((c, i) => `Hotel reservation in ${c} for ${2 + (i % 4)} nights, double room with breakfast, check-in from 3 pm, free cancellation before your holiday.`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `Invoice number ${4470 + n} from Northwind Office Supplies: printer paper and toner, amount due ${100 + n * 37}.40 within 14 days, pay by bank transfer.`),
  "Preheat the oven to 180 degrees. Mix flour, sugar, butter and eggs, add the chopped apples and cinnamon, and bake the cake for forty minutes.",
  "For the soup, fry the onions and garlic in olive oil, add the tomatoes, basil and vegetable stock, simmer for twenty minutes and blend until smooth.",
  "Pancakes: whisk milk, eggs and flour into a thin batter, rest it for ten minutes and fry thin pancakes in a hot buttered pan.",
  "Risotto: toast the rice in butter, add white wine, then hot stock ladle by ladle, stirring, and finish with parmesan.",
];

async function makeDoc(as: TestUser, n: number, text: string): Promise<string> {
  const id = await uploadPdf(as, `doc-${n}.pdf`);
  await h.database.db.execute(sql`update documents set text = ${text}, title = ${`doc ${n}`}, status = 'done' where id = ${id}`);
  await putDocumentVector(h.database.db, id, { version: EMBEDDING_VERSION, sourceSha256: `test-${n}`, vector: await embedDocument(text, `doc-${n}.pdf`) });
  return id;
}

/** Files every document of the owner as a reclassify would, offline. */
async function reclassifyAll(ownerId: string): Promise<void> {
  const db = h.database.db;
  const topics = await listAvailableTopics(db, ownerId);
  const training = await ownerTrainingData(db, { ownerId, version: EMBEDDING_VERSION });
  const settings = await readAiSettings(db, h.deps.secretKey, h.deps.aiDefaults);
  for (const id of ids) {
    const [doc] = await db.execute<{ text: string; filename: string }>(sql`select text, filename from documents where id = ${id}`);
    const [v] = await db.execute<{ vector: Buffer }>(sql`select vector from document_vectors where document_id = ${id}`);
    const vector = new Float32Array(new Uint8Array(v!.vector).buffer.slice(v!.vector.byteOffset, v!.vector.byteOffset + v!.vector.byteLength));
    const result = await new LocalClassifier().classify({ text: doc!.text, filename: doc!.filename, topics, examples: training.examples, library: training.library, vector });
    const d = decide(keepPersonDecisions(result, { manual: [], rejected: [] }), new Map(topics.map((t) => [t.id, t.threshold])), settings.threshold);
    await replaceDocumentTopics(db, id, "ai", d.apply);
    await replaceSuggestions(db, id, null, d.review);
  }
}

/** Every link, suggestion and per-document classification run: what the sample must leave alone. */
async function state() {
  const db = h.database.db;
  return {
    links: [...(await db.execute(sql`select document_id, topic_id, source, confidence, quote from document_topics order by 1, 2`))],
    suggestions: [...(await db.execute(sql`select document_id, topic_id, confidence, quote from topic_suggestions order by 1, 2`))],
    documentRuns: [...(await db.execute(sql`select id from classification_runs where document_id is not null order by 1`))],
  };
}

const startOfMonth = () => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e as TRPCError).code);
// Deleting Travel lists every document filed under it: more than the sample's 20.
const change = { kind: "delete" as const, id: "" };

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice-llm@example.test");
  invoices = (await h.caller.topics.create({ name: "Invoices", description: "invoices, bills, amounts due, payment terms", color: "#6366f1" })).topic.id;
  travel = (await h.caller.topics.create({ name: "Travel", description: "flights, hotels, trips, bookings, holidays", color: "#10b981" })).topic.id;
  change.id = travel;
  for (const [n, text] of TEXTS.entries()) ids.push(await makeDoc(alice, n, text));
  await reclassifyAll(alice.user.id);
  fake = await startFakeOpenAI();
}, 300_000);

afterAll(async () => {
  await fake?.close();
  await h?.close();
});

describe("topic trial: the LLM estimate", () => {
  it("counts the requests of the listed documents only, with the changed topics, at the model's price", async () => {
    const trial = await h.caller.topics.trial({ change });
    expect(trial.listed).toBeGreaterThan(0);
    expect(trial.listed).toBeLessThan(trial.scanned);
    // No LLM is configured: the estimate is shown anyway, for the configured model.
    expect(trial.llm).toMatchObject({ model: "gpt-4o-mini", inUse: false, documents: trial.listed, cached: 0, counted: trial.listed });
    // The same requests counted here from the listed documents: the changed topic list, the owner's examples.
    const db = h.database.db;
    const listed = (await db.execute<{ text: string; filename: string }>(sql`
      select d.text, d.filename from topic_trial_documents t join documents d on d.id = t.document_id where t.trial_id = ${trial.id}`)) as unknown as { text: string; filename: string }[];
    expect(listed).toHaveLength(trial.listed);
    const topics = (await listAvailableTopics(db, alice.user.id)).filter((t) => t.id !== travel).map((t) => ({ id: t.id, name: t.name, description: t.description }));
    const examples = await ownerExamples(db, { ownerId: alice.user.id, version: EMBEDDING_VERSION, withoutTopic: travel });
    const options = { model: "gpt-4o-mini", maxInputTokens: DEFAULT_MAX_INPUT_TOKENS, allowNewTopics: false };
    const expected = listed.reduce((s, d) => s + promptTokens({ text: d.text, filename: d.filename, topics, examples }, options), 0);
    expect(trial.llm.inputTokens).toBe(expected);
    // gpt-4o-mini: $0.15 per million input tokens, $0.60 per million output tokens (80 per answer before any answer).
    expect(trial.llm.outputTokens).toBe(80 * trial.listed);
    expect(trial.llm.costUsd).toBeCloseTo((expected * 0.15 + 80 * trial.listed * 0.6) / 1e6, 12);

    // A change that moves no document costs nothing.
    const none = await h.caller.topics.trial({ change: { kind: "update", id: invoices, color: "#000000" } });
    expect(none.listed).toBe(0);
    expect(none.llm).toMatchObject({ documents: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 });
  }, 300_000);

  it("counts a listed document whose answer for the changed topics is cached as free", async () => {
    const db = h.database.db;
    const first = await h.caller.topics.trial({ change });
    // Cache an answer for one listed document under the key the worker would use after the change.
    const [doc] = await db.execute<{ id: string; text: string }>(sql`
      select d.id, d.text from topic_trial_documents t join documents d on d.id = t.document_id where t.trial_id = ${first.id} order by d.id limit 1`);
    const topics = (await listAvailableTopics(db, alice.user.id)).filter((t) => t.id !== travel);
    const key = answerCacheKey({ ownerId: alice.user.id, text: doc!.text, promptVersion: `openai-${PROMPT_VERSION}`, topicSetVersion: topicSetVersion(topics), model: "gpt-4o-mini" });
    await putCachedAnswer(db, key, { provider: "openai", model: "gpt-4o-mini", suggestions: [], proposedTopic: null, usage: null, costUsd: 0, latencyMs: 0 });
    // An answer under today's topics, or another model's, is not one the re-run could use.
    const stale = answerCacheKey({ ownerId: alice.user.id, text: doc!.text, promptVersion: `openai-${PROMPT_VERSION}`, topicSetVersion: topicSetVersion(await listAvailableTopics(db, alice.user.id)), model: "gpt-4o-mini" });
    await putCachedAnswer(db, stale, { suggestions: [] });

    const second = await h.caller.topics.trial({ change });
    expect(second.listed).toBe(first.listed);
    expect(second.llm).toMatchObject({ documents: first.listed, cached: 1, counted: first.listed - 1 });
    expect(second.llm.inputTokens).toBeLessThan(first.llm.inputTokens);
    expect(second.llm.outputTokens).toBe(first.llm.outputTokens - 80);
    expect(second.llm.costUsd!).toBeLessThan(first.llm.costUsd!);
    await db.execute(sql`delete from classification_cache`);
  }, 300_000);
});

describe("topic trial: the LLM sample", () => {
  it("is refused without an LLM (400) and to members (403)", async () => {
    expect(await codeOf(h.caller.topics.trialSample({ change }))).toBe("BAD_REQUEST");
    expect(await codeOf(alice.caller.topics.trialSample({ change: { kind: "create", name: "Recipes", description: "recipes, cooking", color: "#ef4444" } }))).toBe("FORBIDDEN");
    expect(await codeOf(alice.caller.topics.trialSample({ change }))).toBe("FORBIDDEN");
    expect(await codeOf(h.caller.topics.trialSample({ change, size: 21 }))).toBe("BAD_REQUEST");
    expect(fake.requests).toHaveLength(0);
  }, 300_000);

  it("asks the LLM about at most 20 listed documents with the changed topics, records the spending, writes no document; a second sample is answered from the cache", async () => {
    await h.caller.settings.update({ apiKey: "sk-test", baseUrl: fake.baseURL, model: "gpt-4o-mini", monthlyBudgetUsd: 5 });
    const db = h.database.db;
    const before = await state();
    const spentBefore = await spentSince(db, startOfMonth());
    fake.requests.length = 0;

    const sample = await h.caller.topics.trialSample({ change });
    expect(sample.listed).toBeGreaterThan(20);
    expect(sample.sampled).toBe(20);
    const chats = fake.requests.filter((r) => r.path.endsWith("/chat/completions"));
    expect(chats).toHaveLength(20);
    // The changed topic list is what the LLM was asked to choose from, and every sampled document is a listed one.
    for (const r of chats) expect(JSON.stringify(r.body)).toContain('"enum":["Invoices"]');
    const listedIds = (await db.execute<{ document_id: string }>(sql`select document_id from topic_trial_documents where trial_id = ${sample.trialId}`)).map((r) => r.document_id);
    expect(new Set(sample.documents.map((d) => d.documentId)).size).toBe(20);
    for (const d of sample.documents) expect(listedIds).toContain(d.documentId);
    expect(sample.answered).toBe(20);
    expect(sample.documents.every((d) => !d.cached && d.error === null && d.llm !== null && d.inputTokens > 0)).toBe(true);
    // The fake files a document under the topics its text names; the preview's and the LLM's topics side by side.
    const agreeing = sample.documents.filter((d) => d.agree).length;
    expect(sample.agreement).toBeCloseTo(agreeing / 20, 12);
    for (const d of sample.documents) expect(d.agree).toBe([...d.llm!].sort().join() === [...d.offline].sort().join());

    // Paid, recorded against the budget; no document touched (links, suggestions, its history).
    expect(sample.costUsd!).toBeGreaterThan(0);
    expect(sample.inputTokens).toBe(sample.documents.reduce((s, d) => s + d.inputTokens, 0));
    expect((await spentSince(db, startOfMonth())) - spentBefore).toBeCloseTo(sample.costUsd!, 12);
    expect(sample.budget).toMatchObject({ monthlyUsd: 5 });
    expect(sample.budget!.spentUsd).toBeLessThanOrEqual(5);
    expect(await state()).toEqual(before);

    // Its answers are cached under the worker's key: the next trial counts those documents as free, and a sample asks nothing again.
    const trial = await h.caller.topics.trial({ change });
    expect(trial.llm.cached).toBe(20);
    fake.requests.length = 0;
    const again = await h.caller.topics.trialSample({ change });
    expect(fake.requests).toHaveLength(0);
    expect(again).toMatchObject({ sampled: 20, answered: 20, costUsd: 0, inputTokens: 0 });
    expect(again.documents.every((d) => d.cached)).toBe(true);
    expect(again.documents.map((d) => d.llm)).toEqual(sample.documents.map((d) => d.llm));
    await db.execute(sql`delete from classification_cache`);
  }, 300_000);

  it("refuses (409, no call) when the sample's estimate would pass this month's budget", async () => {
    const db = h.database.db;
    const spent = await spentSince(db, startOfMonth());
    await h.caller.settings.update({ monthlyBudgetUsd: Math.ceil((spent + 1e-6) * 1e6) / 1e6 });
    fake.requests.length = 0;
    const err = await h.caller.topics.trialSample({ change }).catch((e: unknown) => e as TRPCError);
    expect((err as TRPCError).code).toBe("CONFLICT");
    expect((err as TRPCError).message).toMatch(/budget/);
    expect(fake.requests).toHaveLength(0);
    expect(await spentSince(db, startOfMonth())).toBeCloseTo(spent, 12);
    await h.caller.settings.update({ monthlyBudgetUsd: null });
  }, 300_000);

  it("REST: POST /api/topics/trials/sample as an admin; a member gets 403", async () => {
    const body = JSON.stringify({ change, size: 2 });
    const headers = { "content-type": "application/json" };
    const res = await h.request("/api/topics/trials/sample", { method: "POST", headers, body });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { sampled: number; documents: unknown[] };
    expect(out.sampled).toBe(2);
    expect((await alice.request("/api/topics/trials/sample", { method: "POST", headers, body })).status).toBe(403);
    await h.database.db.execute(sql`delete from classification_cache`);
  }, 300_000);

  it("offers the custom fields of the changed topics as the worker does: counted in the estimate, sent with the sample", async () => {
    const before = await h.caller.topics.trial({ change });
    const total = await h.caller.fields.create({ name: "Total", type: "monetary" });
    await h.caller.fields.attach({ topicId: invoices, fieldId: total.id });
    // A field of the deleted topic only is not offered once it is gone.
    const booking = await h.caller.fields.create({ name: "Booking reference", type: "text" });
    await h.caller.fields.attach({ topicId: travel, fieldId: booking.id });
    const after = await h.caller.topics.trial({ change });
    expect(after.listed).toBe(before.listed);
    expect(after.llm.inputTokens).toBeGreaterThan(before.llm.inputTokens);
    fake.requests.length = 0;
    const sample = await h.caller.topics.trialSample({ change, size: 2 });
    expect(sample.answered).toBe(2);
    const chats = fake.requests.filter((r) => r.path.endsWith("/chat/completions"));
    expect(chats).toHaveLength(2);
    for (const r of chats) {
      const body = JSON.stringify(r.body);
      expect(body).toContain('"enum":["Total"]');
      expect(body).not.toContain("Booking reference");
    }
    await h.database.db.execute(sql`delete from classification_cache`);
  }, 300_000);
});
