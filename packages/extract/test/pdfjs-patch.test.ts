// The text-layer speed in docs/benchmarks.md rests on changes to the pdf.js inside unpdf (ADRs 0046 and 0048,
// patches/unpdf@1.4.0.patch). The first test checks that the pdf.js the extractor loads is the patched one, so an
// upgrade of unpdf that drops the patch is noticed here, not in a slower benchmark; the others check, on the
// inputs each change touches, that text still comes out as pdf.js gives it unpatched.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, extractText } from "../src/index.ts";
import { openPdf } from "../src/pdf/document.ts";
import { makeOnePagePdf, makePdf } from "../src/testing.ts";

// "unpdf/pdfjs" is exported for import only; the bundle sits beside the package's main file.
const bundle = readFileSync(join(dirname(createRequire(import.meta.url).resolve("unpdf")), "pdfjs.mjs"), "utf8");
const between = (from: string, to: string) => bundle.slice(bundle.indexOf(from), bundle.indexOf(to, bundle.indexOf(from)));

describe("the pdf.js the extractor loads", () => {
  it("places glyphs without intermediate arrays (ADR 0046)", () => {
    const start = bundle.indexOf("function getCurrentTextTransform(");
    expect(start).toBeGreaterThan(-1);
    const body = between("function getCurrentTextTransform(", "function ensureTextContentItem(");
    expect(body).toContain("docscan ADR 0046");
    expect(body.replace(/\/\*.*?\*\//g, "")).not.toMatch(/\.transform\(/);
    // The item's prevTransform is now written in place: the one place it becomes a space item's transform copies it.
    const pushWhitespace = between("function pushWhitespace(", "function getCurrentTextTransform(");
    expect(pushWhitespace).toMatch(/===\w+\.prevTransform&&\w+&&\(\w+=\w+\.slice\(\)\)/);
  });

  it("hands text chunks over uncloned, reads strings as char codes, skips bidi for left-to-right text and keeps short glyph lists only (ADR 0048)", () => {
    expect(bundle.startsWith("/* docscan ADR 0048")).toBe(true);
    expect(between("class LoopbackPort{", "addEventListener(")).toContain("docscanHandedOver.has(");
    expect(bundle).toContain("r?.enqueue(docscanHandOver({items:b.items,styles:b.styles,lang:b.lang}),t),b.items=[]");
    expect(between("getString(){", "getName(){")).not.toContain("join(");
    expect(between("function bidi(", "os.length=")).toContain("docscanRightToLeft.test(");
    expect(between("charsToGlyphs(e){", "getCharPositions(")).toContain("docscanKeep");
  });
});

const HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

async function textItems(pdf: Uint8Array) {
  const { doc } = await openPdf(pdf, DEFAULT_LIMITS);
  try {
    const page = await doc.getPage(1);
    return (await page.getTextContent()).items.flatMap((item) => ("str" in item && item.str.trim() ? [{ str: item.str, dir: item.dir }] : []));
  } finally {
    await doc.destroy();
  }
}

describe("text the patched functions read", () => {
  it("literal strings keep their escapes, nesting and length", async () => {
    const long = "A long line of words, over and over; ".repeat(400); // over 8 192 characters in one string
    const lines = [
      String.raw`(Plain \(escaped\) parens and \\ backslash) Tj`,
      String.raw`(Nested (balanced (parens)) kept) Tj`,
      String.raw`(Octal \101\102\103\53 and \60x) Tj`,
      "(Continued \\\nline) Tj",
      "(\xe9\xfc\xdf\x80 Windows-1252) Tj",
      `/F1 0.07 Tf (${long}) Tj`, // small enough to fit the page: pdf.js leaves out glyphs beyond it
    ];
    const items = await textItems(makeOnePagePdf("/Font << /F1 5 0 R >>", `BT /F1 10 Tf 40 760 Td ${lines.map((l) => `${l} 0 -14 Td`).join(" ")} ET`, [HELVETICA]));
    expect(items.map((i) => i.str)).toEqual([
      "Plain (escaped) parens and \\ backslash",
      "Nested (balanced (parens)) kept",
      "Octal ABC+ and 0x",
      "Continued line",
      "éüß€ Windows-1252",
      long.trimEnd(),
    ]);
  });

  it("right-to-left text is put in reading order and marked rtl", async () => {
    // Hebrew "שלום" drawn left to right as a PDF holds it (ם ו ל ש), through a ToUnicode map.
    const toUnicode = [
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hebrew def",
      "1 begincodespacerange <0000> <FFFF> endcodespacerange",
      "4 beginbfchar <0001> <05DD> <0002> <05D5> <0003> <05DC> <0004> <05E9> endbfchar",
      "endcmap CMapName currentdict /CMap defineresource pop end end",
    ].join("\n");
    const pdf = makeOnePagePdf("/Font << /F1 5 0 R /F2 8 0 R >>", "BT /F1 24 Tf 72 700 Td <0001000200030004> Tj ET BT /F2 12 Tf 72 650 Td (Invoice 4711) Tj ET", [
      "<< /Type /Font /Subtype /Type0 /BaseFont /HebrewSans /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HebrewSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 9 0 R /DW 600 >>",
      { dict: "", data: Buffer.from(toUnicode, "latin1") },
      HELVETICA,
      "<< /Type /FontDescriptor /FontName /HebrewSans /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]);
    expect(await textItems(pdf)).toEqual([
      { str: "שלום", dir: "rtl" },
      { str: "Invoice 4711", dir: "ltr" },
    ]);
  });

  it("a line shown again and again reads the same each time", async () => {
    const line = "The same long line of an invoice, shown on every page of the file";
    const pdf = makePdf(Array.from({ length: 3 }, () => [line, "Short", line, "Short"].join("\n")));
    const text = (await extractText(pdf, "application/pdf")).text;
    expect(text.split(line).length - 1).toBe(6);
    expect(text.split("Short").length - 1).toBe(6);
  });
});
