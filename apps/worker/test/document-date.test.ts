// The document's own date (issue 17): found after extraction by the real worker, a person's date kept.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ALL_DOCUMENTS, setDocumentDate } from "@docscan/db";
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

const letter = makePdf(["Stadtwerke Musterstadt\nGeburtsdatum: 12.05.1961\nRechnungsdatum: 02.03.2026\nZahlbar bis 16.03.2026\nBetrag 80,00 EUR"]);

it("reads the letter's date from its text, the file name's when the text has none, and keeps a person's", async () => {
  const id = await h.queue(letter, "application/pdf", ".pdf");
  expect(await h.settled(id)).toMatchObject({ status: "done", documentDate: "2026-03-02", documentDateSource: "text", documentDateQuote: "02.03.2026" });

  const undated = await h.queue(makePdf(["Meeting notes without any date"]), "application/pdf", ".pdf", "scan_20260214_0001.pdf");
  expect(await h.settled(undated)).toMatchObject({ status: "done", documentDate: "2026-02-14", documentDateSource: "filename" });

  // A person's date (or their "no date") survives re-extraction.
  await setDocumentDate(h.database.db, id, "2026-03-05", ALL_DOCUMENTS);
  const before = Date.now();
  await h.database.db.transaction((tx) => enqueueForDocument(tx, "extract_text", id));
  // Extraction, then classification, done and their jobs gone.
  await expect.poll(async () => (await h.database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`))[0]!.n, { timeout: 60_000 }).toBe(0);
  const again = await h.settled(id);
  expect(again.updatedAt.getTime()).toBeGreaterThan(before); // it was read again
  expect(again).toMatchObject({ status: "done", documentDate: "2026-03-05", documentDateSource: "person", documentDateQuote: null });
});
