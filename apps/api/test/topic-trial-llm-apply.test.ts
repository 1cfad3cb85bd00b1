import type { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLimiter } from "@docscan/classify";
import { answerTopics, isChatRequest, messageText, requestedTopicNames, slow, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { rejectTopics } from "@docscan/db";
import { createExtractionSandbox, DEFAULT_LIMITS, type ExtractionSandbox } from "@docscan/extract/sandbox";
import { enqueue } from "@docscan/jobs";
// The real worker, in this process, on the same database: the jobs an LLM apply queues are run by its classify task.
import { startWorker, type WorkerRunner } from "../../worker/src/worker.ts";
import { createHarness, type Harness, type TestUser } from "./helpers.ts";
import { auditOf, libraryState, listedOf, makeDoc, reclassifyAll, rowsOf, TEXTS } from "./trial-fixtures.ts";

// Applying a topic trial through the LLM (issue 20 item 3, ADR 0029): real Postgres, real graphile-worker running
// the worker's classify task, the real `openai` SDK against the fake OpenAI-compatible server. Only the listed
// documents are sent, within the budget; undo restores every link exactly, and a job that runs after the undo
// (queued, or answered while the undo happened) writes nothing.
let h: Harness;
let alice: TestUser;
let fake: FakeOpenAI;
let sandbox: ExtractionSandbox;
let worker: WorkerRunner | null = null;
let invoices: string;
let travel: string;
const docs = new Map<string, string>();
const id = (name: string) => docs.get(name)!;
/** Milliseconds the fake takes to answer, and a topic it files every document under (the in-flight undo). */
let answerDelayMs = 0;
let fileEverythingUnder: string | null = null;
const split = () => ({
  change: {
    kind: "split" as const,
    id: travel,
    description: "flights, trains, boarding passes, seats, journeys",
    into: [{ name: "Hotels", description: "hotel reservations, rooms, nights, check-in, breakfast", color: "#0ea5e9" }],
  },
});

/** The fake LLM files a document under the offered topics its words name. */
const chooser = answerTopics((request) => {
  const text = messageText(request).toLowerCase();
  const topics = [];
  if (/hotel/.test(text)) topics.push({ name: "Hotels", confidence: 0.95 });
  if (/flight|train|hotel/.test(text)) topics.push({ name: "Travel", confidence: 0.9 });
  if (/invoice|bill/.test(text)) topics.push({ name: "Invoices", confidence: 0.9 });
  if (fileEverythingUnder) topics.splice(0, topics.length, { name: fileEverythingUnder, confidence: 0.99 });
  const offered = requestedTopicNames(request);
  return { topics: topics.filter((t) => offered.includes(t.name)) };
});

async function startTheWorker(): Promise<void> {
  worker = await startWorker(
    {
      db: h.database.db,
      storage: h.deps.storage,
      secretKey: h.deps.secretKey,
      aiDefaults: h.deps.aiDefaults,
      log: pino({ level: "silent" }),
      limits: { ...DEFAULT_LIMITS, maxExtractBytes: 10 * 1024 * 1024 },
      extraction: sandbox,
      llmLimiter: createLimiter(2),
      trashDays: 30,
      auditDays: 365,
      dates: { defaultOrder: "DMY", ignore: [] },
      webhooks: { allowPrivate: false, timeoutMs: 10_000, disableAfter: 20 },
    },
    { connectionString: h.database.url, concurrency: 2, handleSignals: false },
  );
}

async function stopTheWorker(): Promise<void> {
  await worker?.stop();
  worker = null;
}

/** The trial's jobs still in the queue. */
async function queued(trialId: string): Promise<number> {
  const [r] = await h.database.db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where key like ${`%:trial:${trialId}`}`);
  return r!.n;
}

async function until(what: string, ok: () => Promise<boolean>, ms = 180_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const chats = () => fake.requests.filter(isChatRequest);
/** The documents (by planted name) the LLM was asked about: the prompt names the file. */
const askedAbout = () => chats().map((r) => [...docs.keys()].find((n) => messageText(r).includes(`${n}.pdf`)));

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice-llm-apply@example.test");
  invoices = (await h.caller.topics.create({ name: "Invoices", description: "invoices, bills, amounts due, payment terms", color: "#6366f1" })).topic.id;
  travel = (await h.caller.topics.create({ name: "Travel", description: "flights, hotels, trains, trips, bookings, holidays", color: "#10b981" })).topic.id;
  for (const [name, text] of Object.entries(TEXTS)) docs.set(name, await makeDoc(h, alice, name, text));
  // A person's decisions the LLM's answers must not change: a flight filed under Travel by hand, a hotel kept out of Invoices.
  await alice.caller.documents.setTopics({ id: id("trv-1"), topicIds: [travel] });
  await rejectTopics(h.database.db, [id("trv-4")], [invoices], alice.user.id);
  await reclassifyAll(h, alice.user.id);
  // The planted documents are done: the extraction their uploads queued would replace the planted texts.
  await h.database.db.execute(sql`select graphile_worker.complete_jobs(array(select id from graphile_worker.jobs))`);
  fake = await startFakeOpenAI(async (request) => {
    const answer = chooser(request);
    return answer && answerDelayMs ? slow(answerDelayMs, answer) : answer;
  });
  sandbox = await createExtractionSandbox({ processes: 1, memoryMb: 512, cpuSeconds: 60, limits: DEFAULT_LIMITS, ocr: { languages: ["eng"], workers: 1 } });
}, 300_000);

afterAll(async () => {
  await stopTheWorker();
  await sandbox?.close();
  await fake?.close();
  await h?.close();
});

describe("topic trial: apply through the LLM", () => {
  it("is refused while the LLM is not the active provider (400), and when the estimate exceeds what is left of the budget (409, saying how much)", async () => {
    const trial = await h.caller.topics.trial(split());
    await expect(h.caller.topics.applyTrial({ id: trial.id, via: "llm" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await h.caller.settings.update({ apiKey: "sk-test", baseUrl: fake.baseURL, model: "gpt-4o-mini", monthlyBudgetUsd: 0.000001 });
    const err = (await h.caller.topics.applyTrial({ id: trial.id, via: "llm" }).catch((e: unknown) => e)) as TRPCError;
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toMatch(/would cost about \$0\.\d+, and \$0\.0000 of this month's \$0\.0000 budget is left/);
    // Nothing happened: the trial can still be applied.
    expect((await h.caller.topics.list()).map((t) => t.name)).not.toContain("Hotels");
    expect(await queued(trial.id)).toBe(0);
  }, 300_000);

  it("saves the split, queues exactly the listed documents, the worker's LLM answers are written for those only (a person's decisions kept); undo restores every link exactly", async () => {
    await h.caller.settings.update({ monthlyBudgetUsd: 5 });
    const before = await libraryState(h, alice.user.id);
    const trial = await h.caller.topics.trial(split());
    expect(trial.llm).toMatchObject({ inUse: true, documents: trial.listed });
    const listed = await listedOf(h, trial.id);
    expect(listed.size).toBeGreaterThan(0);
    expect(listed.size).toBeLessThan(docs.size);

    expect(await h.caller.topics.applyTrial({ id: trial.id, via: "llm" })).toEqual({ id: trial.id, topicId: travel, documents: trial.listed, via: "llm" });
    // The topic change is saved at once; the documents wait for the worker.
    const hotels = (await h.caller.topics.list()).find((t) => t.name === "Hotels")!;
    expect(hotels).toBeDefined();
    expect(await libraryState(h, alice.user.id)).toEqual(before);
    expect(await queued(trial.id)).toBe(trial.listed);
    const entries = await auditOf(h, travel);
    expect(entries.filter((e) => (e.after as { trial?: string } | null)?.trial === trial.id)).toEqual([expect.objectContaining({ action: "topic.update", after: expect.objectContaining({ via: "llm", documents: trial.listed }) })]);

    fake.requests.length = 0;
    await startTheWorker();
    await until("the trial's jobs", async () => (await queued(trial.id)) === 0);
    const runs = await h.database.db.execute<{ document_id: string; provider: string }>(
      sql`select document_id, provider from classification_runs where note like ${`%${trial.id}%`} order by document_id`,
    );
    expect(runs.map((r) => r.document_id).sort()).toEqual([...listed.keys()].sort());
    expect(runs.every((r) => r.provider === "openai")).toBe(true);
    // Only the listed documents were sent, each once.
    expect(askedAbout().sort()).toEqual([...docs].filter(([, d]) => listed.has(d)).map(([n]) => n).sort());

    const after = await libraryState(h, alice.user.id);
    const hotelsOf = (s: typeof after, n: string) => s.links.filter((l) => l.document_id === id(n) && l.topic_id === hotels.id).length;
    for (const [name, documentId] of docs) {
      if (!listed.has(documentId)) expect(rowsOf(after, documentId), name).toEqual(rowsOf(before, documentId));
      // A person's decisions are as they were.
      expect(rowsOf(after, documentId).links.filter((l) => l.source === "manual"), name).toEqual(rowsOf(before, documentId).links.filter((l) => l.source === "manual"));
      expect(rowsOf(after, documentId).rejections, name).toEqual(rowsOf(before, documentId).rejections);
    }
    for (const n of ["trv-2", "trv-4"]) if (listed.has(id(n))) expect(hotelsOf(after, n), n).toBe(1);
    expect(after.links.some((l) => l.document_id === id("trv-4") && l.topic_id === invoices)).toBe(false);

    await h.caller.topics.undoTrial({ id: trial.id });
    expect(await libraryState(h, alice.user.id)).toEqual(before);
    expect((await h.caller.topics.list()).map((t) => t.name)).not.toContain("Hotels");
  }, 300_000);

  it("after an undo, no job writes: queued ones leave the queue, one that runs anyway asks nothing, and one answered while the undo happened writes nothing", async () => {
    await h.caller.settings.update({ apiKey: "sk-test", baseUrl: fake.baseURL, model: "gpt-4o-mini", monthlyBudgetUsd: 5 });
    const before = await libraryState(h, alice.user.id);

    // Queued, then undone before the worker ran: the jobs leave the queue; one run anyway asks nothing and writes nothing.
    await stopTheWorker();
    const queuedTrial = await h.caller.topics.trial(split());
    await h.caller.topics.applyTrial({ id: queuedTrial.id, via: "llm" });
    expect(await queued(queuedTrial.id)).toBe(queuedTrial.listed);
    await h.caller.topics.undoTrial({ id: queuedTrial.id });
    expect(await queued(queuedTrial.id)).toBe(0);
    const listed = [...(await listedOf(h, queuedTrial.id)).keys()];
    await enqueue(h.database.db, "classify_document", { documentId: listed[0]!, trialId: queuedTrial.id }, { jobKey: `late:trial:${queuedTrial.id}` });
    fake.requests.length = 0;
    await startTheWorker();
    await until("the late job", async () => (await queued(queuedTrial.id)) === 0);
    expect(chats()).toHaveLength(0);
    expect(await libraryState(h, alice.user.id)).toEqual(before);

    // Answered while the undo happened: the answers arrive after it, and are not written. The LLM files every
    // document under Invoices, a topic that stays: an answer written after the undo would change the links.
    answerDelayMs = 3000;
    fileEverythingUnder = "Invoices";
    fake.requests.length = 0;
    const inFlight = await h.caller.topics.trial({ change: { kind: "create", name: "Recipes", description: "recipes, cooking, baking, soups, cakes, oven", color: "#ef4444" } });
    expect(inFlight.listed).toBeGreaterThan(0);
    await h.caller.topics.applyTrial({ id: inFlight.id, via: "llm" });
    await until("a request to the LLM", async () => chats().length > 0);
    await h.caller.topics.undoTrial({ id: inFlight.id });
    await until("the jobs in flight", async () => (await queued(inFlight.id)) === 0);
    answerDelayMs = 0;
    fileEverythingUnder = null;
    expect(await libraryState(h, alice.user.id)).toEqual(before);
    // The calls made are recorded (their usage counts against the budget), without a document.
    const late = await h.database.db.execute<{ document_id: string | null; note: string }>(sql`select document_id, note from classification_runs where note like ${`%${inFlight.id}%`}`);
    expect(late.length).toBe(chats().length);
    expect(late.every((r) => r.document_id === null && /not written: topic trial .* was undone/.test(r.note))).toBe(true);
  }, 300_000);
});
