// The document's correspondent (issue 17, ADR 0030), found by the real worker after extraction: a rule, the model
// learned from five confirmed documents per correspondent, an e-mail's sender; a person's choice kept.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ALL_DOCUMENTS, insertDocument } from "@docscan/db";
import { createCorrespondent, setDocumentsCorrespondent } from "@docscan/db/correspondents";
import { enqueueForDocument } from "@docscan/jobs";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness();
});
afterAll(async () => {
  await h?.close();
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const create = (name: string, algorithm: "none" | "any" | "all" | "exact" | "regex" | "auto", match = "") =>
  createCorrespondent(h.database.db, { name, algorithm, match, caseInsensitive: true, ownerId: null });

/** A processed document whose correspondent a person confirmed. */
async function confirmed(correspondentId: string, text: string): Promise<void> {
  const id = randomUUID();
  await insertDocument(h.database.db, { id, ownerId: null, filename: `${id}.txt`, objectKey: `k/${id}`, contentType: "text/plain", size: text.length, sha256: "1".repeat(64), storageBackend: "fs", status: "done", text });
  await setDocumentsCorrespondent(h.database.db, [id], correspondentId, ALL_DOCUMENTS);
}

it("assigns by rule, by what it learned from confirmed documents, by an e-mail's sender, and keeps a person's choice", async () => {
  const utility = await create("Stadtwerke Musterstadt", "all", "stadtwerke musterstadt");
  const energy = await create("Nordwind Energie", "auto");
  const dentist = await create("Praxis Dr. Sommer", "auto");
  const acme = await create("Acme Energy", "none");
  for (let i = 0; i < 5; i++) {
    await confirmed(energy.id, `Nordwind Energie GmbH · Windstraße 4 · 20095 Hamburg\nAbschlag ${i + 1}: ${40 + i},00 EUR\nIBAN DE44500105175407324931 · HRB 99881`);
    await confirmed(dentist.id, `Praxis Dr. Sommer, Zahnärztin · Lindenallee 2 · 50667 Köln\nRechnung ${900 + i}\nSteuer-Nr. 215/5811/0427`);
  }

  const byRule = await h.queue(utf8("STADTWERKE\nMusterstadt\nIhre Jahresrechnung 2026"), "text/plain", ".txt");
  // No name printed: the address, IBAN and register number are what it learned.
  const learned = await h.queue(utf8("Windstraße 4 · 20095 Hamburg\nJahresabrechnung 2026: 3 200 kWh\nIBAN DE44500105175407324931 · HRB 99881"), "text/plain", ".txt");
  const unknown = await h.queue(utf8("Finanzamt Mitte\nBescheid über Einkommensteuer"), "text/plain", ".txt");
  const mail = await h.queue(utf8("From: Acme Energy <billing@acme-energy.com>\nTo: me@example.com\nSubject: Your bill\n\nHello, your bill is attached.\n"), "message/rfc822", ".eml");

  expect(await h.settled(byRule)).toMatchObject({ status: "done", correspondentId: utility.id, correspondentName: "Stadtwerke Musterstadt", correspondentSource: "rule", correspondentConfidence: 1, correspondentQuote: "STADTWERKE" });
  expect(await h.settled(learned)).toMatchObject({ correspondentId: energy.id, correspondentSource: "learned" });
  expect((await h.settled(learned)).correspondentConfidence).toBeGreaterThan(0.2);
  expect(await h.settled(unknown)).toMatchObject({ correspondentId: null, correspondentSource: null });
  expect(await h.settled(mail)).toMatchObject({ correspondentId: acme.id, correspondentSource: "sender", correspondentQuote: "From: Acme Energy <billing@acme-energy.com>" });

  // A person says the rule was wrong: the document has no correspondent, and re-extraction keeps that.
  await setDocumentsCorrespondent(h.database.db, [byRule], null, ALL_DOCUMENTS);
  const before = Date.now();
  await h.database.db.transaction((tx) => enqueueForDocument(tx, "extract_text", byRule));
  await expect.poll(async () => (await h.database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`))[0]!.n, { timeout: 60_000 }).toBe(0);
  const again = await h.settled(byRule);
  expect(again.updatedAt.getTime()).toBeGreaterThan(before);
  expect(again).toMatchObject({ correspondentId: null, correspondentSource: "person", correspondentQuote: null });
});
