// The document's date and sender on the LLM path (issue 17, ADR 0039): the real worker, the real openai SDK and a
// local OpenAI-compatible server, over Postgres. The classification call reads both; a person's value is final,
// the LLM's beats the offline readers', an unknown sender is a proposal, and a run without the LLM's answer keeps
// the LLM's values.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { answerTopics, isChatRequest, messageText, startFakeOpenAI, type FakeOpenAI, type TopicChooser } from "@docscan/classify/testing";
import { ALL_DOCUMENTS, createTopic, setDocumentDate, updateAiSettings, updateTopic } from "@docscan/db";
import { createCorrespondent, setDocumentsCorrespondent } from "@docscan/db/correspondents";
import { enqueueForDocument } from "@docscan/jobs";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
let llm: FakeOpenAI;

const LETTER = [
  "Stadtwerke Musterstadt GmbH · Hafenstraße 1 · 12345 Musterstadt",
  "Herrn Max Muster, Ringweg 5, 12345 Musterstadt",
  "Musterstadt, den 12.03.2026",
  "Ihr Schreiben vom 02.02.2026",
  "Ihre Jahresabrechnung Strom",
].join("\n");
const NOTE = ["Hausverwaltung Becker", "Lindenweg 7, 12345 Musterstadt", "Datum: 05.01.2026", "Ankündigung der Treppenhausreinigung"].join("\n");

/** What the fake model reads, per document (by a word of its text); changed between runs. */
let answers: Record<string, ReturnType<TopicChooser>> = {};

beforeAll(async () => {
  llm = await startFakeOpenAI(
    answerTopics((request) => {
      const text = messageText(request);
      const key = Object.keys(answers).find((k) => text.includes(k));
      return key ? answers[key]! : { topics: [] };
    }),
  );
  h = await startWorkerHarness({
    prepare: async ({ database, deps }) => {
      await updateAiSettings(database.db, deps.secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.5 });
    },
  });
});
afterAll(async () => {
  await h?.close();
  await llm?.close();
});

const chatCalls = () => llm.requests.filter(isChatRequest).length;
const facts = async (id: string) => {
  const [row] = await h.database.db.execute(sql`
    select document_date::text as date, document_date_source as "dateSource", document_date_quote as "dateQuote",
           correspondent_name as name, correspondent_source as "nameSource", correspondent_quote as "nameQuote",
           correspondent_confidence as confidence, proposed_correspondent as proposed, proposed_correspondent_quote as "proposedQuote"
    from documents where id = ${id}`);
  return row!;
};

it("reads the date and the sender in the classification call: LLM over reader, a person's value final, an unknown sender proposed", async () => {
  const db = h.database.db;
  const { topic: letters } = await createTopic(db, { name: "Letters", description: "Letters", color: "#2563eb", ownerId: null });
  // "none": no rule and no printed-name matching, so the offline finders cannot assign it; only the LLM's name can.
  const utility = await createCorrespondent(db, { name: "Stadtwerke Musterstadt", algorithm: "none", match: "", caseInsensitive: true, ownerId: null });
  answers = {
    Jahresabrechnung: {
      topics: [{ name: "Letters", confidence: 0.9, quote: "Ihre Jahresabrechnung Strom" }],
      // Deliberately not the reader's 12.03.2026: the test shows whose value is stored.
      documentDate: { date: "2026-02-02", confidence: 0.7, quote: "Ihr Schreiben vom 02.02.2026" },
      correspondent: { name: "Stadtwerke Musterstadt GmbH", confidence: 0.95, quote: "Stadtwerke Musterstadt GmbH" },
    },
    Treppenhausreinigung: {
      topics: [{ name: "Letters", confidence: 0.9, quote: "Ankündigung der Treppenhausreinigung" }],
      documentDate: { date: "2999-01-05", confidence: 0.9, quote: "Datum: 05.01.2026" }, // in the future: dropped
      correspondent: { name: "Hausverwaltung Becker", confidence: 0.9, quote: "Hausverwaltung Becker" },
    },
  };

  const letter = await h.queue(Buffer.from(LETTER), "text/plain", ".txt", "letter.txt");
  const note = await h.queue(Buffer.from(NOTE), "text/plain", ".txt", "note.txt");
  await h.settled(letter);
  await h.settled(note);
  await h.drained();
  expect(chatCalls()).toBe(2); // one call per document
  expect(messageText(llm.requests.find(isChatRequest)!, "system")).toContain("documentDate");

  expect(await facts(letter)).toMatchObject({
    date: "2026-02-02",
    dateSource: "llm",
    dateQuote: "Ihr Schreiben vom 02.02.2026",
    name: "Stadtwerke Musterstadt",
    nameSource: "llm",
    nameQuote: "Stadtwerke Musterstadt GmbH",
    proposed: null,
  });
  expect((await facts(letter)).confidence).toBeCloseTo(0.95);
  // The LLM's date failed the check: the reader's stays. Its sender is nobody in the list: proposed, not created.
  expect(await facts(note)).toMatchObject({ date: "2026-01-05", dateSource: "text", name: null, nameSource: null, proposed: "Hausverwaltung Becker", proposedQuote: "Hausverwaltung Becker" });
  expect((await db.execute(sql`select count(*)::int as n from correspondents`))[0]!.n).toBe(1);

  // Re-extraction: the reader runs again, then the classification's (cached) answer settles both as before.
  await db.transaction((tx) => enqueueForDocument(tx, "extract_text", letter));
  await h.drained();
  expect(chatCalls()).toBe(2);
  expect(await facts(letter)).toMatchObject({ date: "2026-02-02", dateSource: "llm", nameSource: "llm" });

  // The budget is spent: the offline classifier answers, and the LLM's values stay.
  await updateAiSettings(db, h.deps.secretKey, { monthlyBudgetUsd: 0 });
  await h.reclassify(letter);
  expect(chatCalls()).toBe(2);
  expect(await facts(letter)).toMatchObject({ date: "2026-02-02", dateSource: "llm", name: "Stadtwerke Musterstadt", nameSource: "llm" });
  await updateAiSettings(db, h.deps.secretKey, { monthlyBudgetUsd: null });

  // A fresh answer (the topic changed, so no cached one) without a date or sender: the readers' values come back.
  answers.Jahresabrechnung = { topics: [{ name: "Letters", confidence: 0.9, quote: "" }], documentDate: null, correspondent: null };
  await updateTopic(db, letters.id, { description: "Letters and notices" });
  await h.reclassify(letter);
  expect(chatCalls()).toBe(3);
  expect(await facts(letter)).toMatchObject({ date: "2026-03-12", dateSource: "text", name: null, nameSource: null, proposed: null });

  // A person sets both; a later answer from the LLM changes neither, and the proposal on the note goes with a choice.
  answers.Jahresabrechnung = answers.Treppenhausreinigung!;
  await setDocumentDate(db, letter, "2026-03-01", ALL_DOCUMENTS);
  await setDocumentsCorrespondent(db, [letter, note], utility.id, ALL_DOCUMENTS);
  await updateTopic(db, letters.id, { description: "Letters, notices" });
  await h.reclassify(letter);
  await h.reclassify(note);
  expect(chatCalls()).toBe(5);
  expect(await facts(letter)).toMatchObject({ date: "2026-03-01", dateSource: "person", name: "Stadtwerke Musterstadt", nameSource: "person", proposed: null });
  expect(await facts(note)).toMatchObject({ nameSource: "person", proposed: null });
});

it("asks the LLM for the date and the sender of an owner's document when the owner has no topics: one call, cached, within the budget", async () => {
  const db = h.database.db;
  await db.execute(sql`delete from topics`); // no topic anyone could use
  const RECEIPT = ["Bäckerei Sonnenschein", "Marktplatz 3, 12345 Musterstadt", "Kassenbon vom 14.02.2026", "2 Brezeln 1,80 EUR"].join("\n");
  answers = {
    Kassenbon: {
      topics: [],
      documentDate: { date: "2026-02-14", confidence: 0.9, quote: "Kassenbon vom 14.02.2026" },
      correspondent: { name: "Bäckerei Sonnenschein", confidence: 0.9, quote: "Bäckerei Sonnenschein" },
    },
  };
  const before = chatCalls();
  const receipt = await h.queue(Buffer.from(RECEIPT), "text/plain", ".txt", "receipt.txt");
  await h.settled(receipt);
  await h.drained();
  expect(chatCalls()).toBe(before + 1);
  const request = llm.requests.filter(isChatRequest).at(-1)!;
  const schema = (request.body as { response_format: { json_schema: { schema: { properties: object } } } }).response_format.json_schema.schema;
  expect(Object.keys(schema.properties)).toEqual(["documentDate", "correspondent"]); // no topic list, no fields
  expect(messageText(request, "system")).not.toContain("Topics (name");
  expect(await facts(receipt)).toMatchObject({ date: "2026-02-14", dateSource: "llm", name: null, proposed: "Bäckerei Sonnenschein", proposedQuote: "Bäckerei Sonnenschein" });
  const runs = async () =>
    (await db.execute(sql`select provider, prompt_version as "promptVersion", cached, cost_usd as "costUsd" from classification_runs where document_id = ${receipt} order by created_at`)) as unknown as {
      provider: string;
      promptVersion: string;
      cached: boolean;
      costUsd: number | null;
    }[];
  // A paid call like any other: its cost counts against the month's budget.
  expect(await runs()).toEqual([{ provider: "openai", promptVersion: "openai-4-no-topics", cached: false, costUsd: expect.any(Number) }]);
  expect((await runs())[0]!.costUsd).toBeGreaterThan(0);

  // The same cache: asked again, the stored answer is used, no second call.
  await h.reclassify(receipt);
  expect(chatCalls()).toBe(before + 1);
  expect((await runs()).at(-1)).toMatchObject({ provider: "openai", cached: true, costUsd: 0 });

  // The same budget: once spent, nothing is asked and the LLM's values stay.
  await updateAiSettings(db, h.deps.secretKey, { monthlyBudgetUsd: 0 });
  await db.execute(sql`delete from classification_cache`);
  await h.reclassify(receipt);
  expect(chatCalls()).toBe(before + 1);
  expect((await runs()).at(-1)).toMatchObject({ provider: "local" });
  expect(await facts(receipt)).toMatchObject({ date: "2026-02-14", dateSource: "llm", proposed: "Bäckerei Sonnenschein" });
  await updateAiSettings(db, h.deps.secretKey, { monthlyBudgetUsd: null });
});
