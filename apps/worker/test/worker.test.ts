import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_DOCUMENTS, createTopic, getDocument, getDocumentPages, insertDocument } from "@docscan/db";
import { extractText, LOW_OCR_CONFIDENCE } from "@docscan/extract";
import { sniffBytes } from "@docscan/extract/sniff";
import { drawText, encodePicture, makePdf, makeXls, makeZip, mirror } from "@docscan/extract/testing";
import { enqueueForDocument, releaseJobsOfDeadWorkers } from "@docscan/jobs";
import { failDocumentsOfExhaustedJobs } from "../src/recovery.ts";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;

async function readAll(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await h.storage.get(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
beforeAll(async () => {
  h = await startWorkerHarness({
    aiDefaults: { threshold: 0.3 },
    prepare: async ({ database }) => {
      await createTopic(database.db, { name: "Invoices", description: "Invoices and bills from suppliers: amount due, payment terms, VAT.", color: "#ef4444" });
      await createTopic(database.db, { name: "Sports", description: "Football matches, tennis tournaments, athletes and scores.", color: "#22c55e" });
    },
  });
});
afterAll(async () => {
  await h?.close();
});

describe("worker", () => {
  it("extracts the PDF text layer per page, makes a thumbnail, and files the document under the matching topic", async () => {
    const pdf = makePdf(["Invoice number 2024-118 from ACME Supplies.", "Amount due: 1,200 EUR including VAT. Payment terms: 30 days."]);
    const id = await h.queue(pdf, "application/pdf", ".pdf");
    const doc = await h.settled(id);
    expect(doc).toMatchObject({ status: "done", error: null, pageCount: 2, ocrConfidence: null });
    expect(doc.text).toContain("Invoice number 2024-118");
    expect(doc.text!.indexOf("Invoice")).toBeLessThan(doc.text!.indexOf("Amount due"));
    expect(doc.topics.map((t) => [t.name, t.source])).toEqual([["Invoices", "ai"]]);
    const pages = await getDocumentPages(h.database.db, id, ALL_DOCUMENTS);
    expect(pages.map((p) => [p.pageNumber, p.method])).toEqual([
      [1, "text-layer"],
      [2, "text-layer"],
    ]);
    expect(pages[1]!.text).toContain("Amount due");
    expect(doc.thumbnailKey).toMatch(new RegExp(`^unowned/${id}/[0-9a-f-]{36}\\.(webp|png)$`));
    expect((await h.storage.head(doc.thumbnailKey!))?.size).toBeGreaterThan(100);
  });

  it("OCRs a photo of text", async () => {
    const png = await encodePicture(await drawText(["INVOICE 4471", "Amount due 350 EUR", "Payment terms 14 days"]), "png");
    const doc = await h.settled(await h.queue(png, "image/png", ".png"));
    expect(doc.status).toBe("done");
    expect(doc.text!.toLowerCase()).toMatch(/invoice/);
    expect(doc.ocrConfidence).toBeGreaterThan(50);
    expect(doc.ocrLowConfidence).toBe(false);
    const [page] = await getDocumentPages(h.database.db, doc.id, ALL_DOCUMENTS);
    expect(page).toMatchObject({ pageNumber: 1, method: "ocr" });
  });

  it("stores a searchable PDF of a photo from the same OCR pass, beside the untouched original; a re-extraction replaces it", async () => {
    const jpeg = await encodePicture(await drawText(["INVOICE 4471", "Amount due 350 EUR", "Payment terms 14 days"]), "jpeg");
    const id = await h.queue(jpeg, "image/jpeg", ".jpg");
    const doc = await h.settled(id);
    expect(doc).toMatchObject({ status: "done", searchablePdfError: null });
    expect(doc.searchablePdfKey).toMatch(new RegExp(`^unowned/${id}/[0-9a-f-]{36}\\.pdf$`));
    const pdf = await readAll(doc.searchablePdfKey!);
    expect(pdf.includes(Buffer.from(jpeg))).toBe(true); // the photo's own bytes are the page's picture
    // Read back without OCR: the words are in its text layer.
    const back = await extractText(pdf, "application/pdf");
    expect(back).toMatchObject({ pageCount: 1, pages: [{ method: "text-layer" }] });
    expect(back.text.toLowerCase()).toContain("invoice 4471");
    expect((await readAll(doc.objectKey)).equals(Buffer.from(jpeg))).toBe(true);

    await h.database.db.execute(sql`update documents set status = 'pending' where id = ${id}`);
    await enqueueForDocument(h.database.db, "extract_text", id);
    const again = await h.settled(id);
    expect(again.searchablePdfKey).toMatch(/\.pdf$/);
    expect(again.searchablePdfKey).not.toBe(doc.searchablePdfKey);
    expect(await h.storage.head(doc.searchablePdfKey!)).toBeNull();
    expect(await h.storage.head(again.searchablePdfKey!)).not.toBeNull();
  });

  it("makes no searchable PDF for typed text", async () => {
    const doc = await h.settled(await h.queue(makePdf(["Typed letter about the invoice, amount due 300 EUR."]), "application/pdf", ".pdf"));
    expect(doc).toMatchObject({ status: "done", searchablePdfKey: null, searchablePdfError: null });
  });

  it("flags a scan OCR could barely read (mirrored text): done, but marked low confidence", async () => {
    const png = await encodePicture(mirror(await drawText(["INVOICE 4471", "Amount due 350 EUR", "Payment terms 14 days"])), "png");
    const doc = await h.settled(await h.queue(png, "image/png", ".png"));
    expect(doc).toMatchObject({ status: "done", ocrLowConfidence: true });
    expect(doc.ocrConfidence).toBeLessThan(LOW_OCR_CONFIDENCE);
  });

  it("reads a legacy Excel workbook (.xls), typed from its bytes: a page per sheet under its name", async () => {
    const xls = await makeXls([
      { name: "Rechnung", rows: [["Rechnung 2026-118", "ACME Supplies"], ["Betrag", 1200.5]] },
      { name: "Notizen", rows: [["Zahlbar in 30 Tagen"]] },
    ]);
    const type = await sniffBytes(xls);
    expect(type).toEqual({ ok: true, mime: "application/vnd.ms-excel", ext: ".xls" });
    const doc = await h.settled(await h.queue(xls, type.ok ? type.mime : "", ".xls", "rechnung.xls"));
    expect(doc).toMatchObject({ status: "done", error: null, pageCount: 2 });
    const pages = await getDocumentPages(h.database.db, doc.id, ALL_DOCUMENTS);
    expect(pages.map((p) => p.text)).toEqual(["Sheet: Rechnung\nRechnung 2026-118\tACME Supplies\nBetrag\t1200.5", "Sheet: Notizen\nZahlbar in 30 Tagen"]);
    expect(doc.thumbnailKey).not.toBeNull();
  });

  it("marks a corrupt file failed with a reason, keeps its bytes, and keeps working", async () => {
    const corrupt = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300, 7)]);
    const badId = await h.queue(corrupt, "application/pdf", ".pdf");
    const goodId = await h.queue(Buffer.from(
        "The tennis tournament final went to five sets. The athlete won the match after the coach changed tactics, " +
          "and the crowd cheered every point. Scores from the semi-finals and the league table follow on the next page.",
      ), "text/plain", ".txt");
    const bad = await h.settled(badId);
    expect(bad.status).toBe("failed");
    expect(bad.error).toMatch(/could not read PDF/);
    expect((await h.storage.head(bad.objectKey))?.size).toBe(corrupt.length);
    const good = await h.settled(goodId);
    expect(good.status).toBe("done");
    expect(good.topics.map((t) => t.name)).toEqual(["Sports"]);
  });

  it("records a reason that quotes the file even when it holds a NUL, on the first attempt", async () => {
    const rels = `<?xml version="1.0"?><Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/x\u0000y.xml"/></Relationships>`;
    const docx = makeZip([{ name: "_rels/.rels", data: rels, deflate: true }]);
    const doc = await h.settled(await h.queue(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"));
    expect(doc).toMatchObject({ status: "failed", error: "could not read Word document: it has no word/x y.xml" });
    // The job's completion is recorded just after the task wrote the document (graphile-worker batches it).
    const pendingJob = async () =>
      (await h.database.db.execute<{ attempts: number }>(sql`select attempts from graphile_worker.jobs where key = ${`extract_text:${doc.id}`}`))[0];
    for (let i = 0; i < 50 && (await pendingJob()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await pendingJob()).toBeUndefined(); // finished on the first attempt: nothing waits for a retry
  });

  it("fails at once, with a reason, when the original has gone missing from storage", async () => {
    const id = await h.queue(Buffer.from("A short note about nothing in particular."), "text/plain", ".txt");
    const { objectKey } = await h.settled(id);
    await h.storage.delete(objectKey);
    await h.database.db.execute(sql`update documents set status = 'pending' where id = ${id}`);
    await enqueueForDocument(h.database.db, "extract_text", id);
    expect(await h.settled(id)).toMatchObject({ status: "failed", error: "the original file is missing from storage" });
  });

  it("holds a liveness lock under the id its jobs are locked with", async () => {
    // graphile-worker 0.17 locks jobs with the worker pool's id; a lock under any other id would let other
    // processes take this one's running jobs for a dead worker's.
    // A full page, so the job runs for seconds while the lock is looked at.
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}: liveness check, the quick brown fox jumps over the lazy dog.`);
    const id = await h.queue(await encodePicture(await drawText(lines, { width: 2550, height: 3300, fontSize: 28 }), "png"), "image/png", ".png");
    const key = `extract_text:${id}`;
    const lockedUnderHeldLock = async () =>
      (
        await h.database.db.execute<{ held: boolean }>(sql`
          select exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.granted
            and l.classid = ${0x6473636e}::int4::oid and l.objid = hashtext(j.locked_by)::oid and l.objsubid = 2) as held
          from graphile_worker._private_jobs j where j.key = ${key} and j.locked_by is not null`)
      )[0]?.held;
    // While the job runs (locked), its locked_by has a held liveness lock, so a sweep, even one with no
    // grace period, leaves it alone.
    await expect.poll(lockedUnderHeldLock, { timeout: 60_000, interval: 20 }).toBe(true);
    expect(await releaseJobsOfDeadWorkers(h.database.db, 0)).toEqual({ workers: 0, exhausted: [] });
    expect((await h.settled(id)).status).toBe("done");
  });

  it("fails a document whose job was released with its attempts used up (the worker died each time)", async () => {
    const id = crypto.randomUUID();
    await insertDocument(h.database.db, { id, ownerId: null, filename: "crashes.tif", objectKey: `unowned/${id}/x.tif`, contentType: "image/tiff", size: 1, sha256: "0".repeat(64), storageBackend: "fs", status: "extracting" });
    const done = crypto.randomUUID();
    await insertDocument(h.database.db, { id: done, ownerId: null, filename: "fine.txt", objectKey: `unowned/${done}/x.txt`, contentType: "text/plain", size: 1, sha256: "0".repeat(64), storageBackend: "fs", status: "done" });
    expect(await failDocumentsOfExhaustedJobs(h.database.db, [`extract_text:${id}`, `classify_document:${done}`, "not a key"])).toEqual([id]);
    expect(await getDocument(h.database.db, id, ALL_DOCUMENTS)).toMatchObject({ status: "failed", error: expect.stringMatching(/^processing stopped: the worker stopped while handling this file on each of its attempts/) });
    expect((await getDocument(h.database.db, done, ALL_DOCUMENTS)).status).toBe("done");
  });

  it("explains a document without any text instead of filing it silently", async () => {
    const doc = await h.settled(await h.queue(makePdf([""]), "application/pdf", ".pdf"));
    expect(doc.status).toBe("failed");
    expect(doc.error).toMatch(/no text found/);
  });

  it("does not duplicate pages or topic links when jobs run again", async () => {
    const id = await h.queue(Buffer.from("Invoice: amount due 300 EUR, payment terms 14 days, VAT included."), "text/plain", ".txt");
    await h.settled(id);
    const count = async (table: "document_topics" | "document_pages") =>
      (await h.database.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where document_id = ${id}`))[0]!.n;
    expect([await count("document_topics"), await count("document_pages")]).toEqual([1, 1]);
    for (const task of ["classify_document", "extract_text"] as const) {
      await h.database.db.execute(sql`update documents set status = 'pending' where id = ${id}`);
      await enqueueForDocument(h.database.db, task, id);
      await h.settled(id);
    }
    expect([await count("document_topics"), await count("document_pages")]).toEqual([1, 1]);
  });
});
