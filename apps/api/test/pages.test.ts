import { randomUUID } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceDocumentPages } from "@docscan/db";
import { createHarness, uploadPdf, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const uploadOne = () => uploadPdf(h, "scan.pdf");

describe("documents.pages", () => {
  it("returns the extracted text page by page, in page order, with method and OCR confidence", async () => {
    const id = await uploadOne();
    expect(await h.caller.documents.pages({ id })).toEqual([]);

    await replaceDocumentPages(h.database.db, id, [
      { text: "Invoice No. 17", method: "text-layer", ocrConfidence: null },
      { text: "Signed by hand", method: "ocr", ocrConfidence: 87.5 },
    ]);
    expect(await h.caller.documents.pages({ id })).toEqual([
      { pageNumber: 1, text: "Invoice No. 17", method: "text-layer", ocrConfidence: null },
      { pageNumber: 2, text: "Signed by hand", method: "ocr", ocrConfidence: 87.5 },
    ]);

    // A re-extraction replaces the pages instead of appending to them.
    await replaceDocumentPages(h.database.db, id, [{ text: "Only page", method: "text-layer", ocrConfidence: null }]);
    expect((await h.caller.documents.pages({ id })).map((p) => p.pageNumber)).toEqual([1]);
  });

  it("answers NOT_FOUND for an unknown document and BAD_REQUEST for a malformed id", async () => {
    const unknown = await h.caller.documents.pages({ id: randomUUID() }).catch((e: unknown) => e);
    expect((unknown as TRPCError).code).toBe("NOT_FOUND");
    const malformed = await h.caller.documents.pages({ id: "not-a-uuid" }).catch((e: unknown) => e);
    expect((malformed as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("is reachable over HTTP like every other procedure", async () => {
    const id = await uploadOne();
    await replaceDocumentPages(h.database.db, id, [{ text: "Hello", method: "text-layer", ocrConfidence: null }]);
    const res = await h.request(`/trpc/documents.pages?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { pageNumber: number; text: string }[] } } };
    expect(body.result.data.json).toEqual([{ pageNumber: 1, text: "Hello", method: "text-layer", ocrConfidence: null }]);
  });
});
