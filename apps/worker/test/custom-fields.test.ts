// Custom fields (issue 17, ADR 0033): after classification the real worker fills the fields of the document's
// topics with their offline readers; a person's value survives re-extraction, offline values are refreshed.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ALL_DOCUMENTS, createTopic } from "@docscan/db";
import { attachField, createField, documentFieldValues, setDocumentsField } from "@docscan/db/fields";
import { documentTopics } from "@docscan/db/schema";
import { makePdf } from "@docscan/extract/testing";
import { enqueueForDocument } from "@docscan/jobs";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness();
});
afterAll(async () => {
  await h?.close();
});

const invoice = makePdf([
  "Stadtwerke Musterstadt\nRechnungsnummer: RE-2026-0815\nRechnungsdatum: 02.03.2026\nZwischensumme 100,00 EUR\nMwSt 19 % 19,00 EUR\nGesamtbetrag 119,00 EUR\nZahlbar bis 16.03.2026\nIBAN DE89 3704 0044 0532 0130 00",
]);

const drained = () =>
  expect
    .poll(async () => [...(await h.database.db.execute(sql`select task_identifier, last_error from graphile_worker.jobs`))], { timeout: 60_000 })
    .toEqual([]);

it("fills the fields of the document's topics from its text and keeps a person's value through re-extraction", async () => {
  const db = h.database.db;
  const { topic } = await createTopic(db, { name: "Invoices", description: "Bills to pay", color: "#2563eb", ownerId: null });
  const total = await createField(db, { name: "Total", type: "monetary", options: [], extract: "total" });
  const due = await createField(db, { name: "Due date", type: "date", options: [], extract: "due_date" });
  const number = await createField(db, { name: "Invoice number", type: "text", options: [], extract: "invoice_number" });
  const iban = await createField(db, { name: "IBAN", type: "text", options: [], extract: "iban" });
  await createField(db, { name: "Paid", type: "boolean", options: [], extract: "none" });
  for (const f of [total, due, number, iban]) await attachField(db, topic.id, f.id);

  const id = await h.queue(invoice, "application/pdf", ".pdf");
  await h.settled(id);
  await drained();
  // Not filed under Invoices (yet): no fields.
  expect(await documentFieldValues(db, id)).toEqual({});

  // A person files it under Invoices; classification runs again and fills the topic's fields.
  await db.insert(documentTopics).values({ documentId: id, topicId: topic.id, source: "manual" });
  await db.transaction((tx) => enqueueForDocument(tx, "classify_document", id));
  await drained();
  const fields = await documentFieldValues(db, id);
  expect(fields.Total).toMatchObject({ value: "119.00 EUR", amount: 119, currency: "EUR", source: "offline", quote: "Gesamtbetrag 119,00 EUR" });
  expect(fields.Total!.confidence).toBeGreaterThan(0.5);
  expect(fields["Due date"]).toMatchObject({ value: "2026-03-16", source: "offline" });
  expect(fields["Invoice number"]).toMatchObject({ value: "RE-2026-0815", source: "offline" });
  expect(fields.IBAN).toMatchObject({ value: "DE89370400440532013000", source: "offline" });
  expect(Object.keys(fields)).not.toContain("Paid"); // not attached to Invoices

  // A person corrects the total and clears the due date: both are final.
  await setDocumentsField(db, [id], total.id, "120.50 EUR", ALL_DOCUMENTS);
  await setDocumentsField(db, [id], due.id, null, ALL_DOCUMENTS);
  await db.execute(sql`update document_fields set value = 'stale', source = 'offline' where document_id = ${id} and field_id = ${number.id}`);
  await db.transaction((tx) => enqueueForDocument(tx, "extract_text", id));
  await drained();
  const again = await documentFieldValues(db, id);
  expect(again.Total).toMatchObject({ value: "120.50 EUR", amount: 120.5, source: "person", quote: null });
  expect(again["Due date"]).toMatchObject({ value: null, source: "person" });
  expect(again["Invoice number"]).toMatchObject({ value: "RE-2026-0815", source: "offline" }); // refreshed

  // Filed elsewhere: its offline values go, the person's stay.
  await db.delete(documentTopics).where(sql`document_id = ${id}`);
  await db.transaction((tx) => enqueueForDocument(tx, "classify_document", id));
  await drained();
  expect(Object.keys(await documentFieldValues(db, id)).sort()).toEqual(["Due date", "Total"]);
});
