import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { ACCEPTED_TYPES, type AcceptedType } from "@docscan/shared";
import { ExtractionError, extractText } from "../src/index.ts";
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
    expect(result.pages).toEqual(["First page\nof the report", "Second page, spaced out", "Third page (with brackets) \\ backslash"]);
    expect(result.text).toBe(result.pages.join("\n\n"));
  });

  it("decodes WinAnsi text", async () => {
    const { text } = await extractText(fx.makePdf(["Café déjà vu"]), "application/pdf");
    expect(text).toBe("Café déjà vu");
  });

  it("returns empty pages for a PDF without a text layer", async () => {
    const result = await extractText(fx.makePdf(["", "Only this page has text", ""]), "application/pdf");
    expect(result).toEqual({ pages: ["", "Only this page has text", ""], pageCount: 3, text: "Only this page has text" });
    expect(await extractText(fx.makePdf(["", ""]), "application/pdf")).toEqual({ pages: ["", ""], pageCount: 2, text: "" });
  });

  it("enforces maxPages", async () => {
    const error = await extractionError(extractText(fx.makePdf(THREE_PAGES), "application/pdf", { maxPages: 2 }));
    expect(error.code).toBe("limit");
    expect(error.message).toBe("PDF has 3 pages; the limit is 2");
    expect((await extractText(fx.makePdf(THREE_PAGES), "application/pdf", { maxPages: 3 })).pageCount).toBe(3);
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
    expect(result).toEqual({ text: "Grüße\naus Köln\n", pages: ["Grüße\naus Köln\n"], pageCount: 1 });
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
  it.each<AcceptedType>([
    "image/png",
    "image/jpeg",
    "image/tiff",
    "image/gif",
    "image/bmp",
    "image/webp",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
  ])("has no extractor yet for %s", async (mime) => {
    const error = await extractionError(extractText(new Uint8Array([1, 2, 3]), mime));
    expect(error.code).toBe("unsupported");
    expect(error.message).toBe(`no text extractor for ${ACCEPTED_TYPES[mime].label} yet (OCR and office formats are coming)`);
  });

  it("reports empty input as empty", async () => {
    const error = await extractionError(extractText(new Uint8Array(), "application/pdf"));
    expect(error.code).toBe("empty");
  });

  it("rejects a type outside the accepted list", async () => {
    const error = await extractionError(extractText(new Uint8Array([1]), "text/html" as AcceptedType));
    expect(error.code).toBe("unsupported");
  });

  it("rejects a nonsensical maxPages", async () => {
    await expect(extractText(fx.makePdf(["x"]), "application/pdf", { maxPages: 0 })).rejects.toThrow(RangeError);
  });
});
