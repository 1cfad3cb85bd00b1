import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { AcceptedType } from "@docscan/shared";
import { DEFAULT_LIMITS, ExtractionError, extractText } from "../src/index.ts";
import * as fx from "../src/testing.ts";

async function extractionError(promise: Promise<unknown>): Promise<ExtractionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

const THREE_PAGES = ["First page\nof the report", "Second   page,\tspaced  out", "Third page (with brackets) \\ backslash"];

describe("PDF", () => {
  it("extracts pages in order", async () => {
    const result = await extractText(fx.makePdf(THREE_PAGES), "application/pdf");
    expect(result.pageCount).toBe(3);
    expect(result.pages.map((page) => page.text)).toEqual([
      "First page\nof the report",
      "Second page, spaced out",
      "Third page (with brackets) \\ backslash",
    ]);
    expect(result.pages.every((page) => page.method === "text-layer" && page.ocrConfidence === null)).toBe(true);
    expect(result.text).toBe(result.pages.map((page) => page.text).join("\n\n"));
    expect(result.meanOcrConfidence).toBeNull();
  });

  it("decodes WinAnsi text", async () => {
    const { text } = await extractText(fx.makePdf(["Café déjà vu"]), "application/pdf");
    expect(text).toBe("Café déjà vu");
  });

  it("without an OCR engine, pages without a text layer come back empty with method none", async () => {
    const none = { text: "", method: "none", ocrConfidence: null };
    const result = await extractText(fx.makePdf(["", "Only this page has text", ""]), "application/pdf");
    expect(result).toEqual({
      pages: [none, { text: "Only this page has text", method: "text-layer", ocrConfidence: null }, none],
      pageCount: 3,
      text: "Only this page has text",
      meanOcrConfidence: null,
      lowConfidencePages: [],
    });
  });

  it("extracts a PDF with only an owner password (no user password) normally", async () => {
    const { text } = await extractText(fx.makePdf(["no password to open"], { userPassword: "", ownerPassword: "owner" }), "application/pdf");
    expect(text).toBe("no password to open");
  });

  it.each([
    ["truncated", fx.makePdf(THREE_PAGES).subarray(0, 400)],
    ["only a header", new TextEncoder().encode("%PDF-1.7\n")],
    ["garbage after the header", new Uint8Array([...new TextEncoder().encode("%PDF-1.4\n"), ...fx.noise(2000)])],
  ])("reports a %s PDF as corrupt", async (_, bytes) => {
    const error = await extractionError(extractText(bytes, "application/pdf"));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/^could not read PDF: ./);
  });

  it("reports a password-protected PDF as encrypted", async () => {
    const error = await extractionError(extractText(fx.makePdf(["top secret"], { userPassword: "hunter2" }), "application/pdf"));
    expect(error.code).toBe("encrypted");
    expect(error.message).toBe("PDF is encrypted with a password");
  });

  it("builds a genuinely encrypted fixture (it opens with the password)", async () => {
    const doc = await getDocumentProxy(fx.makePdf(["top secret"], { userPassword: "hunter2" }), { password: "hunter2", verbosity: 0 });
    const content = await (await doc.getPage(1)).getTextContent();
    expect(content.items.map((item) => ("str" in item ? item.str : "")).join("")).toBe("top secret");
    await doc.destroy();
  });

  it("does not detach the caller's buffer", async () => {
    const bytes = fx.makePdf(["keep me"]);
    await extractText(bytes, "application/pdf");
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});

describe("plain text", () => {
  it("decodes UTF-8", async () => {
    const result = await extractText(new TextEncoder().encode("Grüße\r\naus Köln\n"), "text/plain");
    expect(result).toEqual({
      text: "Grüße\naus Köln\n",
      pages: [{ text: "Grüße\naus Köln\n", method: "text-layer", ocrConfidence: null }],
      pageCount: 1,
      meanOcrConfidence: null,
      lowConfidencePages: [],
    });
  });

  it.each(["le", "be"] as const)("decodes UTF-16 %s with BOM", async (order) => {
    const { text } = await extractText(fx.utf16("Ünïcödé ✓ 日本語", order), "text/plain");
    expect(text).toBe("Ünïcödé ✓ 日本語");
  });

  it("drops a UTF-8 BOM", async () => {
    const { text } = await extractText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), "text/plain");
    expect(text).toBe("hi");
  });

  it("falls back to Latin-1 when the bytes are not UTF-8", async () => {
    const { text } = await extractText(new Uint8Array(Buffer.from("café crème à la carte", "latin1")), "text/plain");
    expect(text).toBe("café crème à la carte");
  });

  it("uses windows-1252 for 0x80–0x9F", async () => {
    const bytes = new Uint8Array([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0xe9]);
    expect((await extractText(bytes, "text/plain")).text).toBe("\u201chi\u201d €5 \u2013 é");
  });

  it("removes NUL and other control characters", async () => {
    expect((await extractText(new TextEncoder().encode("a\u0000b\u0007c\td"), "text/plain")).text).toBe("abc\td");
  });
});

describe("dispatch", () => {
  it.each<AcceptedType>(["image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp"])(
    "%s without an OCR engine is one page with method none",
    async (mime) => {
      const picture = await fx.drawText(["x"], { width: 64, height: 64, fontSize: 20 });
      const format = mime.slice("image/".length) as "png" | "jpeg" | "gif" | "webp" | "bmp";
      const bytes = format === "bmp" ? fx.encodeBmp(picture) : await fx.encodePicture(picture, format);
      expect(await extractText(bytes, mime)).toEqual({
        text: "",
        pages: [{ text: "", method: "none", ocrConfidence: null }],
        pageCount: 1,
        meanOcrConfidence: null,
        lowConfidencePages: [],
      });
    },
  );

  it("reports empty input as empty", async () => {
    const error = await extractionError(extractText(new Uint8Array(), "application/pdf"));
    expect(error.code).toBe("empty");
  });

  it("rejects a type outside the accepted list", async () => {
    const error = await extractionError(extractText(new Uint8Array([1]), "image/svg+xml" as AcceptedType));
    expect(error.code).toBe("unsupported");
  });

  it("rejects nonsensical limits", async () => {
    await expect(extractText(fx.makePdf(["x"]), "application/pdf", { limits: { maxPages: 0 } })).rejects.toThrow(RangeError);
    await expect(extractText(fx.makePdf(["x"]), "application/pdf", { limits: { maxPixels: 1.5 } })).rejects.toThrow(RangeError);
  });

  it("has sane defaults", () => {
    expect(DEFAULT_LIMITS).toEqual({ maxPages: 2000, maxPixels: 50_000_000, pageTimeoutMs: 60_000, documentTimeoutMs: 900_000, maxTextChars: 5_000_000, maxInflatedBytes: 64 * 1024 * 1024 });
  });

  it("rejects with the reason when the caller aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("shutting down"));
    await expect(extractText(fx.makePdf(["x"]), "application/pdf", { signal: controller.signal })).rejects.toThrow("shutting down");
  });
});

describe("limits", () => {
  it("maxPages for PDFs", async () => {
    const error = await extractionError(extractText(fx.makePdf(THREE_PAGES), "application/pdf", { limits: { maxPages: 2 } }));
    expect(error.code).toBe("limit");
    expect(error.message).toBe("PDF has 3 pages; the limit is 2 (MAX_PAGES)");
    expect((await extractText(fx.makePdf(THREE_PAGES), "application/pdf", { limits: { maxPages: 3 } })).pageCount).toBe(3);
  });

  it("maxPages for TIFFs", async () => {
    const page = { width: 2, height: 2, rgba: new Uint8Array(16).fill(255) };
    const error = await extractionError(extractText(fx.encodeTiff([page, page, page]), "image/tiff", { limits: { maxPages: 2 } }));
    expect(error).toMatchObject({ code: "limit", message: "TIFF has 3 pages; the limit is 2 (MAX_PAGES)" });
  });

  it("maxPixels from the image header, before decoding", async () => {
    const error = await extractionError(extractText(fx.makePngClaiming(4000, 3000), "image/png", { limits: { maxPixels: 10_000_000 } }));
    expect(error).toMatchObject({ code: "limit", message: "image is 12.0 megapixels; the limit is 10 (MAX_MEGAPIXELS)" });
  });

  it("maxTextChars: the text is cut where it reaches the limit, with a note, and the pages after it are empty", async () => {
    const text = "word ".repeat(10_000); // 50 000 characters
    const cut = await extractText(new TextEncoder().encode(text), "text/plain", { limits: { maxTextChars: 1000 } });
    const note = "[docscan kept the first 1000 characters of this document's text (MAX_TEXT_CHARS)]";
    expect(cut.text).toBe(`${"word ".repeat(200)}\n\n${note}`);
    expect(cut.pages).toEqual([{ text: cut.text, method: "text-layer", ocrConfidence: null }]);

    const pdf = fx.makePdf(["First page of the report.", "Second page, with more words on it.", "Third page."]);
    const full = (await extractText(pdf, "application/pdf")).pages.map((p) => p.text);
    const limit = full[0]!.length + 6;
    const pages = (await extractText(pdf, "application/pdf", { limits: { maxTextChars: limit } })).pages.map((p) => p.text);
    expect(pages).toEqual([full[0], `${full[1]!.slice(0, 6)}\n\n[docscan kept the first ${limit} characters of this document's text (MAX_TEXT_CHARS)]`, ""]);
  });

  it("maxPixels for a TIFF page", async () => {
    const small = { width: 2, height: 2, rgba: new Uint8Array(16).fill(255) };
    const big = { width: 1000, height: 1000, rgba: new Uint8Array(4_000_000).fill(255) };
    const error = await extractionError(extractText(fx.encodeTiff([small, big]), "image/tiff", { limits: { maxPixels: 500_000 } }));
    expect(error).toMatchObject({ code: "limit", message: "page 2 is 1.0 megapixels; the limit is 0.5 (MAX_MEGAPIXELS)" });
  });

  it("a document timeout", async () => {
    const error = await extractionError(
      extractText(fx.makePdf(Array.from({ length: 400 }, (_, i) => `page ${i}`)), "application/pdf", { limits: { documentTimeoutMs: 1 } }),
    );
    expect(error).toMatchObject({ code: "limit", message: "extraction took longer than 1 ms (DOCUMENT_TIMEOUT_MS)" });
  });
});

describe("broken and hostile input", () => {
  it("zero bytes", async () => {
    for (const mime of ["application/pdf", "image/png", "text/plain"] as const) {
      expect((await extractionError(extractText(new Uint8Array(), mime))).code).toBe("empty");
    }
  });

  it("a PNG header claiming 100000 × 100000 pixels", async () => {
    const error = await extractionError(extractText(fx.makePngClaiming(100_000, 100_000), "image/png"));
    expect(error).toMatchObject({ code: "limit", message: "image is 10000.0 megapixels; the limit is 50 (MAX_MEGAPIXELS)" });
  });

  it.each(["png", "jpeg"] as const)("a truncated %s", async (format) => {
    const whole = await fx.encodePicture(await fx.drawText(["cut short"]), format);
    const mime = format === "png" ? "image/png" : "image/jpeg";
    for (const length of [20, whole.length >> 1, whole.length - 3]) {
      const error = await extractionError(extractText(whole.subarray(0, length), mime));
      expect(error.code).toBe("corrupt");
      expect(error.message).toMatch(/^(PNG|JPEG) image is (truncated|invalid)/);
    }
  });

  it("a truncated TIFF", async () => {
    const tiff = fx.encodeTiff([{ width: 50, height: 50, rgba: new Uint8Array(10_000).fill(255) }]);
    const error = await extractionError(extractText(tiff.subarray(0, tiff.length - 100), "image/tiff"));
    expect(error).toMatchObject({ code: "corrupt", message: "TIFF image is truncated" });
  });

  it("a TIFF whose image list points back at itself, or past its end", async () => {
    // 26 bytes: little-endian header -> IFD at 8 with one entry (width), whose next-IFD offset is 8 again.
    const looping = new Uint8Array(26);
    const view = new DataView(looping.buffer);
    looping.set([0x49, 0x49, 42, 0]);
    view.setUint32(4, 8, true);
    view.setUint16(8, 1, true);
    view.setUint16(10, 256, true); // ImageWidth, SHORT, 1 value: 1
    view.setUint16(12, 3, true);
    view.setUint32(14, 1, true);
    view.setUint16(18, 1, true);
    view.setUint32(22, 8, true);
    expect(await extractionError(extractText(looping, "image/tiff"))).toMatchObject({ code: "corrupt", message: "TIFF image list loops back on itself" });
    view.setUint32(22, 4000, true);
    expect(await extractionError(extractText(looping, "image/tiff"))).toMatchObject({ code: "corrupt", message: "TIFF image is truncated" });
  });

  it("bytes that are not the image they claim to be", async () => {
    const error = await extractionError(extractText(new TextEncoder().encode("not a gif at all"), "image/gif"));
    expect(error.code).toBe("corrupt");
  });

  it("a DOCX whose document.xml declares 300 MB (zip bomb)", async () => {
    const bomb = fx.makeZip([{ name: "word/document.xml", data: "<w:document/>", deflate: true, declaredSize: 300 * 1024 * 1024 }]);
    const error = await extractionError(extractText(bomb, DOCX));
    expect(error).toMatchObject({ code: "limit", message: "Word document unpacks to more than 200 MB (zip bomb guard)" });
  });

  it("a DOCX entry that inflates far beyond its declared size", async () => {
    const zeros = new Uint8Array(50 * 1024 * 1024);
    const bomb = fx.makeZip([{ name: "word/document.xml", data: zeros, deflate: true, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(100_000);
    const error = await extractionError(extractText(bomb, DOCX));
    expect(error).toMatchObject({ code: "limit", message: "Word document unpacks to more than 200 MB (zip bomb guard)" });
  });

  it("a zip that is not a Word document, and a truncated one", async () => {
    expect(await extractionError(extractText(fx.makePlainZip(), DOCX))).toMatchObject({ code: "corrupt", message: "could not read Word document: it has no word/document.xml" });
    const docx = fx.makeDocx();
    expect((await extractionError(extractText(docx.subarray(0, docx.length - 30), DOCX))).code).toBe("corrupt");
  });
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
