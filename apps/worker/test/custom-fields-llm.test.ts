// Custom fields on the LLM path (issue 17 item 3, ADR 0033): the real worker, the real openai SDK and a local
// OpenAI-compatible server. One call per document files it and fills its topics' fields; a value its type refuses
// or that is not quoted from the text is dropped (the offline reader may fill it); a person's value is final;
// a changed definition is not answered from the cache.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { answerTopics, isChatRequest, messageText, startFakeOpenAI, type FakeOpenAI, type FieldChoice } from "@docscan/classify/testing";
import { ALL_DOCUMENTS, createTopic, listDocumentRuns, updateAiSettings } from "@docscan/db";
import { attachField, createField, documentFieldValues, setDocumentsField, updateField } from "@docscan/db/fields";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
let llm: FakeOpenAI;
let kind: FieldChoice = { name: "Kind", value: "Water", confidence: 0.9, quote: "Vertragsart: Strom" }; // not an option (yet)

const INVOICE = [
  "Stadtwerke Musterstadt",
  "Rechnungsnummer: RE-2026-0815",
  "Gesamtbetrag 119,00 EUR",
  "Zahlbar bis 16.03.2026",
  "IBAN DE89 3704 0044 0532 0130 00",
  "Vertragsart: Strom",
].join("\n");

beforeAll(async () => {
  llm = await startFakeOpenAI(
    answerTopics(() => ({
      topics: [
        { name: "Invoices", confidence: 0.95, quote: "Gesamtbetrag 119,00 EUR" },
        { name: "Sports", confidence: 0.3, quote: "Stadtwerke Musterstadt" }, // for review only: its field is not stored
      ],
      fields: [
        { name: "Total", value: "119.00 EUR", confidence: 0.93, quote: "Gesamtbetrag 119,00 EUR" },
        { name: "Invoice number", value: "RE-2026-0815", confidence: 0.9, quote: "Rechnungsnummer: RE-2026-0815" },
        { name: "Due date", value: "2026-03-16", confidence: 0.9, quote: "Zahlbar bis 16.03.2027" }, // not in the text
        { name: "IBAN", value: "DE89 3704 0044 0532 0130 01", confidence: 0.9, quote: "IBAN DE89 3704 0044 0532 0130 00" }, // bad checksum
        { name: "Club", value: "Musterstadt FC", confidence: 0.9, quote: "Stadtwerke Musterstadt" },
        kind,
      ],
    })),
  );
  h = await startWorkerHarness({
    prepare: async ({ database, deps }) => {
      await updateAiSettings(database.db, deps.secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.8 });
    },
  });
});
afterAll(async () => {
  await h?.close();
  await llm?.close();
});

const chatCalls = () => llm.requests.filter(isChatRequest).length;

it("fills the chosen topic's fields in the classification call; drops what fails; keeps a person's value and answers a changed definition afresh", async () => {
  const db = h.database.db;
  const { topic: invoices } = await createTopic(db, { name: "Invoices", description: "Bills to pay", color: "#2563eb", ownerId: null });
  const { topic: sports } = await createTopic(db, { name: "Sports", description: "Clubs and matches", color: "#22c55e", ownerId: null });
  const total = await createField(db, { name: "Total", type: "monetary", options: [], extract: "total" });
  const number = await createField(db, { name: "Invoice number", type: "text", options: [], extract: "none" });
  const due = await createField(db, { name: "Due date", type: "date", options: [], extract: "due_date" });
  const iban = await createField(db, { name: "IBAN", type: "text", options: [], extract: "iban" });
  const kindField = await createField(db, { name: "Kind", type: "select", options: ["Electricity", "Gas"], extract: "none" });
  const club = await createField(db, { name: "Club", type: "text", options: [], extract: "none" });
  for (const f of [total, number, due, iban, kindField]) await attachField(db, invoices.id, f.id);
  await attachField(db, sports.id, club.id);

  const id = await h.queue(Buffer.from(INVOICE), "text/plain", ".txt", "invoice.txt");
  const doc = await h.settled(id);
  await h.drained();
  expect(doc.topics.map((t) => t.name)).toEqual(["Invoices"]);
  expect(chatCalls()).toBe(1); // topics and fields in one call
  const system = messageText(llm.requests.find(isChatRequest)!, "system");
  expect(system).toContain('- "Kind" (of "Invoices"): one of "Electricity", "Gas"');
  expect(system).toContain('- "Club" (of "Sports"): text as printed');

  const fields = await documentFieldValues(db, id);
  expect(fields.Total).toMatchObject({ value: "119.00 EUR", amount: 119, currency: "EUR", source: "llm", confidence: 0.93, quote: "Gesamtbetrag 119,00 EUR" });
  expect(fields["Invoice number"]).toMatchObject({ value: "RE-2026-0815", source: "llm", quote: "Rechnungsnummer: RE-2026-0815" });
  // Unquoted by the LLM: the offline reader's due date fills it. An IBAN failing the checksum: the reader's stays.
  expect(fields["Due date"]).toMatchObject({ value: "2026-03-16", source: "offline" });
  expect(fields.IBAN).toMatchObject({ value: "DE89370400440532013000", source: "offline" });
  expect(fields.Kind).toMatchObject({ value: null, source: null }); // not an option: dropped, and no reader
  expect(Object.keys(fields)).not.toContain("Club"); // Sports went to review, not filed
  const [run] = await listDocumentRuns(db, id);
  expect(run).toMatchObject({ provider: "openai", cached: false, promptVersion: "openai-4" });

  // Re-run with the same text and definitions: the cached answer, no call, the same values.
  await h.reclassify(id);
  expect(chatCalls()).toBe(1);
  expect((await documentFieldValues(db, id)).Total).toMatchObject({ source: "llm" });

  // A person corrects the total; the select field gets the option the document names.
  await setDocumentsField(db, [id], total.id, "120.50 EUR", ALL_DOCUMENTS);
  await updateField(db, kindField.id, { options: ["Electricity", "Gas", "Strom"] });
  kind = { ...kind, value: "strom" };
  await h.reclassify(id);
  expect(chatCalls()).toBe(2); // the definition changed: not answered from the cache
  const again = await documentFieldValues(db, id);
  expect(again.Total).toMatchObject({ value: "120.50 EUR", source: "person", confidence: null, quote: null });
  expect(again.Kind).toMatchObject({ value: "Strom", source: "llm", quote: "Vertragsart: Strom" });
  expect(again["Invoice number"]).toMatchObject({ value: "RE-2026-0815", source: "llm" });

  // A person confirms the topic, then the budget is spent: the offline classifier answers, and the LLM's values
  // stay (they outrank the readers').
  await db.execute(sql`update document_topics set source = 'manual' where document_id = ${id} and topic_id = ${invoices.id}`);
  await updateAiSettings(db, h.deps.secretKey, { monthlyBudgetUsd: 0 });
  await h.reclassify(id);
  expect(chatCalls()).toBe(2);
  expect((await listDocumentRuns(db, id))[0]).toMatchObject({ provider: "local" });
  const offline = await documentFieldValues(db, id);
  expect(offline.Total).toMatchObject({ value: "120.50 EUR", source: "person" });
  expect(offline.Kind).toMatchObject({ value: "Strom", source: "llm" });
  expect(offline["Invoice number"]).toMatchObject({ value: "RE-2026-0815", source: "llm" });
  expect(offline["Due date"]).toMatchObject({ value: "2026-03-16", source: "offline" });
});
