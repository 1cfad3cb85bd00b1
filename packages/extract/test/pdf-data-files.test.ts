// pdf.js's own data files (src/pdf/document.ts): standard fonts, kept per process, and CJK character maps, read
// from disk per document. Documents that need them read right the first time and every time after.
import { describe, expect, it } from "vitest";
import { extractText } from "../src/index.ts";
import { makeOnePagePdf, makePdf } from "../src/testing.ts";

/** Japanese text in a non-embedded CID font whose encoding is the predefined CMap UniJIS-UCS2-H. */
function cjkPdf(text: string): Uint8Array {
  const ucs2 = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  return makeOnePagePdf("/Font << /F1 5 0 R >>", `BT /F1 24 Tf 72 700 Td <${ucs2}> Tj ET`, [
    "<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular " +
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 6 /FontBBox [0 -120 1000 880] /ItalicAngle 0 " +
      "/Ascent 880 /Descent -120 /CapHeight 740 /StemV 80 >>",
  ]);
}

describe("pdf.js data files", () => {
  it("text in a predefined CJK character map reads right, again and again", async () => {
    for (const text of ["日本語の請求書", "東京都の領収書", "日本語の請求書"]) {
      expect((await extractText(cjkPdf(text), "application/pdf")).text.replace(/\s+/g, "")).toBe(text);
    }
  });

  it("a PDF naming Helvetica without embedding it reads right, again and again", async () => {
    for (const line of ["Invoice 4711", "Receipt 42", "Invoice 4711"]) {
      expect((await extractText(makePdf([line]), "application/pdf")).text.trim()).toBe(line);
    }
  });
});
