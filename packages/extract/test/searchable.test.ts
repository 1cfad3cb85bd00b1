// Searchable PDFs (issue 14): the real tesseract.js engine reads each page once, keeping its text layer; the
// PDF is made with pdf-lib and read back with pdf.js — its text, page count, page sizes and where the words sit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AcceptedType } from "@docscan/shared";
import { degrees, PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOcrEngine, ExtractionError, extractText, makeSearchablePdf, type ExtractResult, type OcrEngine } from "../src/index.ts";
import { TEST_OCR_ENGINE } from "./ocr-choice.ts";
import { DEFAULT_LIMITS } from "../src/limits.ts";
import { openPdf } from "../src/pdf/document.ts";
import * as fx from "../src/testing.ts";
import { scanPage, type ScanPage } from "../bench/scans.ts";

let ocr: OcrEngine;
beforeAll(async () => {
  ocr = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE });
}, 300_000);
afterAll(() => ocr?.terminate());

const LINES = ["Invoice number 4711", "Total due 1234 EUR", "Thank you for your order"];
const WORDS = ["invoice", "4711", "total", "1234", "thank", "order"];

/** Extraction with text layers, then the searchable PDF from them. */
async function searchable(bytes: Uint8Array, mime: AcceptedType): Promise<{ result: ExtractResult; pdf: Uint8Array }> {
  const result = await extractText(bytes, mime, { ocr, textLayers: true });
  expect(result.textLayers, "text layers kept").toBeDefined();
  return { result, pdf: await makeSearchablePdf(bytes, mime, result.textLayers!, DEFAULT_LIMITS.maxPixels) };
}

interface ReadPage {
  text: string;
  /** Displayed size in points (after /Rotate). */
  width: number;
  height: number;
  /** Where each text item starts on the displayed page, from its top left, in points. */
  items: { str: string; x: number; y: number }[];
}

/** The PDF as pdf.js reads it, page by page. */
async function readBack(pdf: Uint8Array): Promise<ReadPage[]> {
  const { doc } = await openPdf(pdf, DEFAULT_LIMITS);
  try {
    const pages: ReadPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => {
        if (!("str" in item) || item.str.trim() === "") return [];
        const [x, y] = viewport.convertToViewportPoint(item.transform[4] as number, item.transform[5] as number) as [number, number];
        return [{ str: item.str, x, y }];
      });
      pages.push({ text: items.map((i) => i.str).join(" "), width: viewport.width, height: viewport.height, items });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function expectWords(text: string, words: readonly string[]): void {
  for (const word of words) expect(text.toLowerCase(), `"${word}" in ${JSON.stringify(text)}`).toContain(word);
}

/**
 * The first word drawn (default "Invoice") sits where drawText put it: 40 px from the left, its baseline
 * 80 px from the top of a picture `picture` pixels in size, i.e. at that fraction of the displayed page
 * (within 4 % of the page).
 */
function expectInvoiceAt(page: ReadPage, picture: { width: number; height: number }, word = "invoice"): void {
  const item = page.items.find((i) => i.str.toLowerCase().includes(word));
  expect(item, `"${word}" among ${JSON.stringify(page.items.map((i) => i.str))}`).toBeDefined();
  expect(Math.abs(item!.x / page.width - 40 / picture.width)).toBeLessThan(0.04);
  expect(Math.abs(item!.y / page.height - 80 / picture.height)).toBeLessThan(0.04);
}

describe("images", () => {
  it("PNG: one page the picture's size at its resolution, the recognised words under it in place", async () => {
    const picture = await fx.drawText(LINES);
    const png = await fx.encodePicture(picture, "png");
    const { result, pdf } = await searchable(png, "image/png");
    const pages = await readBack(pdf);
    expect(pages).toHaveLength(1);
    // 1000 × 600 px at the guessed 90.9 dpi (the longer side taken as 11 in): 792 × 475.2 pt.
    expect(pages[0]!.width).toBeCloseTo(792, 0);
    expect(pages[0]!.height).toBeCloseTo(475.2, 0);
    expectWords(pages[0]!.text, WORDS);
    expectInvoiceAt(pages[0]!, picture);
    // The picture is in the PDF as it was (pdf-lib keeps a PNG's pixels; the JPEG case below keeps bytes).
    const images = (await PDFDocument.load(pdf)).context.enumerateIndirectObjects().filter(([, o]) => String(o).includes("/Subtype /Image"));
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect(result.pages[0]!.method).toBe("ocr");
  });

  it("JPEG: the original bytes are the page's picture", async () => {
    const jpeg = await fx.encodePicture(await fx.drawText(LINES), "jpeg");
    const { pdf } = await searchable(jpeg, "image/jpeg");
    expect(Buffer.from(pdf).includes(Buffer.from(jpeg))).toBe(true);
    expectWords((await readBack(pdf))[0]!.text, WORDS);
  });

  it("a photo turned upside down: the layer is turned back with it", async () => {
    // Short enough that the engine turns it by hand (rotatePgm), not through OSD.
    const picture = await fx.drawText(["Invoice number 4711 paid"], { rotate: 180, width: 1200, height: 200 });
    const { result, pdf } = await searchable(await fx.encodePicture(picture, "png"), "image/png");
    expect(result.textLayers![0]!.rotation).toBe(180);
    const [page] = await readBack(pdf);
    expectWords(page!.text, ["invoice", "4711", "paid"]);
    // Upside down, "Invoice" starts 40 px from the right and its baseline is 80 px from the bottom.
    const item = page!.items.find((i) => /invoice/i.test(i.str))!;
    expect(Math.abs(item.x / page!.width - (1200 - 40) / 1200)).toBeLessThan(0.04);
    expect(Math.abs(item.y / page!.height - (200 - 80) / 200)).toBeLessThan(0.08);
  });

  it.each([90, 270] as const)("a photo turned by %i degrees (read through OSD): the words sit on the turned lines", async (rotate) => {
    const lines = [...LINES, "The quick brown fox jumps", "over the lazy dog again"];
    const png = await fx.encodePicture(await fx.drawText(lines, { rotate, height: 700 }), "png"); // 700 × 1000
    const { result, pdf } = await searchable(png, "image/png");
    expect(result.textLayers![0]!.rotation).toBe(0); // Tesseract places the sideways words itself
    const [page] = await readBack(pdf);
    expectWords(page!.text, WORDS);
    // drawText's (40, 80) in the 1000 × 700 picture, turned clockwise by 90: (620, 40); by 270: (80, 960).
    const [x, y] = rotate === 90 ? [620, 40] : [80, 960];
    const item = page!.items.find((i) => /invoice/i.test(i.str))!;
    expect(Math.abs(item.x / page!.width - x / 700)).toBeLessThan(0.04);
    expect(Math.abs(item.y / page!.height - y / 1000)).toBeLessThan(0.04);
  });

  it("multi-page TIFF: a page per page, sized by its stated resolution", async () => {
    const tiff = fx.encodeTiff([await fx.drawText(LINES), await fx.drawText(["Second page of the fax", "Signed by the manager"])], 150);
    const pages = await readBack((await searchable(tiff, "image/tiff")).pdf);
    expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([
      [480, 288],
      [480, 288],
    ]);
    expectWords(pages[0]!.text, WORDS);
    expectWords(pages[1]!.text, ["second", "fax", "signed", "manager"]);
  });

  it.each(["webp", "gif"] as const)("%s", async (format) => {
    const picture = await fx.drawText(LINES);
    const pages = await readBack((await searchable(await fx.encodePicture(picture, format), `image/${format}`)).pdf);
    expect(pages).toHaveLength(1);
    expectWords(pages[0]!.text, WORDS);
    expectInvoiceAt(pages[0]!, picture);
  });

  it("HEIC photo", async () => {
    const dir = mkdtempSync(join(tmpdir(), "docscan-searchable-"));
    try {
      const picture = await fx.drawText(["Invoice number 4711", "Total due 1234 EUR"], { height: 300 });
      writeFileSync(join(dir, "page.png"), await fx.encodePicture(picture, "png"));
      execFileSync("convert", ["page.png", "-quality", "90", "page.heic"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
      const pages = await readBack((await searchable(new Uint8Array(readFileSync(join(dir, "page.heic"))), "image/heic")).pdf);
      expect(pages).toHaveLength(1);
      expectWords(pages[0]!.text, ["invoice", "4711", "total", "1234"]);
      expectInvoiceAt(pages[0]!, picture);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("PDF", () => {
  const scan = async (lines: readonly string[]) => {
    const picture = await fx.drawText(lines);
    return { jpeg: await fx.encodePicture(picture, "jpeg"), width: picture.width, height: picture.height };
  };

  it("a scanned PDF: same pages and sizes, each scan gains the words; a text page is left as it was", async () => {
    const first = await scan(LINES);
    const second = await scan(["Second page of the letter", "Signed by the manager"]);
    const original = fx.makePdf([
      { images: [{ ...first, at: [0, 0, 500, 300] }], size: [500, 300] },
      "Cover note typed in a word processor",
      { images: [{ ...second, at: [0, 0, 1000, 600] }], size: [1000, 600] },
    ]);
    const { result, pdf } = await searchable(original, "application/pdf");
    expect(result.pages.map((p) => p.method)).toEqual(["ocr", "text-layer", "ocr"]);
    expect(result.textLayers!.map(Boolean)).toEqual([true, false, true]);
    const before = await readBack(original);
    const after = await readBack(pdf);
    expect(after.map((p) => [p.width, p.height])).toEqual(before.map((p) => [p.width, p.height]));
    expect(before[0]!.text).toBe("");
    expectWords(after[0]!.text, WORDS);
    expectInvoiceAt(after[0]!, first);
    expect(after[1]!.text).toBe(before[1]!.text);
    expectWords(after[2]!.text, ["second", "letter", "signed", "manager"]);
    expectInvoiceAt(after[2]!, second, "second");
    // The original's content is still there, the scans' JPEGs byte for byte.
    expect(Buffer.from(pdf).includes(Buffer.from(first.jpeg))).toBe(true);
  });

  it("a page with /Rotate 90 and an offset crop box: the layer follows the page as displayed", async () => {
    const picture = await fx.drawText(LINES, { rotate: 270 }); // 600 × 1000, shown upright by /Rotate 90
    const doc = await PDFDocument.create();
    const page = doc.addPage([400, 700]);
    page.drawImage(await doc.embedJpg(await fx.encodePicture(picture, "jpeg")), { x: 20, y: 50, width: 360, height: 600 });
    page.setCropBox(20, 50, 360, 600);
    page.setRotation(degrees(90));
    const original = await doc.save();
    const [read] = await readBack((await searchable(original, "application/pdf")).pdf);
    expect([read!.width, read!.height]).toEqual([600, 360]);
    expectWords(read!.text, WORDS);
    expectInvoiceAt(read!, { width: 1000, height: 600 });
  });

  describe("a scan skewed by 3.3° (straightened for reading, ADR 0036): the layer is turned back onto the skewed lines", () => {
    const vocabulary = ["invoice", "payment", "account", "total", "amount", "balance", "customer", "the", "of", "and"];

    /** The first words of the first line (the addressee) and of "Yours faithfully," lie where they were drawn. */
    async function expectOnSkewedLines(original: Uint8Array, scanned: ScanPage): Promise<void> {
      const { result, pdf } = await searchable(original, "application/pdf");
      expect(result.textLayers![0]!.skew).toBeCloseTo(scanned.skew, 1);
      const [page] = await readBack(pdf);
      expect([page!.width, page!.height]).toEqual([612, 792]);
      // Where a line's first word starts: one inch in, the baseline 1.2 inches down plus `row` line steps
      // (10.5 pt lines 1.6 × 10.5 pt apart) in the letter as drawn, turned about the page's middle by the skew.
      const at = (row: number) => {
        const [dx, dy] = [scanned.dpi - scanned.width / 2, scanned.dpi * 1.2 + (row * 10.5 * 1.6 * scanned.dpi) / 72 - scanned.height / 2];
        const a = (scanned.skew * Math.PI) / 180;
        return [scanned.width / 2 + dx * Math.cos(a) - dy * Math.sin(a), scanned.height / 2 + dx * Math.sin(a) + dy * Math.cos(a)] as const;
      };
      // Row 18: letter() puts blank rows between the parts.
      for (const [row, word] of [[0, scanned.lines[0]!.split(" ")[0]!], [18, "Yours"]] as const) {
        const item = page!.items.find((i) => i.str.startsWith(word));
        expect(item, `"${word}" among ${JSON.stringify(page!.items.map((i) => i.str))}`).toBeDefined();
        const [x, y] = at(row);
        // Within 0.8 % of the page (~6 pt); unturned, the layer would be 1.7–2.9 % off here.
        expect(Math.abs(item!.x / page!.width - x / scanned.width)).toBeLessThan(0.008);
        expect(Math.abs(item!.y / page!.height - y / scanned.height)).toBeLessThan(0.008);
      }
    }

    it("a scanned page", async () => {
      const scanned = await scanPage(8, vocabulary); // 300 dpi, turned clockwise by 3.3°
      await expectOnSkewedLines(fx.makePdf([{ images: [{ jpeg: scanned.jpeg, width: scanned.width, height: scanned.height, at: [0, 0, 612, 792] }] }]), scanned);
    });

    it("the same scan stored sideways and shown upright by /Rotate 90", async () => {
      const scanned = await scanPage(8, vocabulary);
      const { createCanvas, loadImage } = await import("@napi-rs/canvas");
      const image = await loadImage(Buffer.from(scanned.jpeg));
      const sideways = createCanvas(scanned.height, scanned.width);
      const ctx = sideways.getContext("2d");
      ctx.translate(sideways.width / 2, sideways.height / 2);
      ctx.rotate((270 * Math.PI) / 180);
      ctx.drawImage(image, -scanned.width / 2, -scanned.height / 2);
      const doc = await PDFDocument.create();
      const page = doc.addPage([792, 612]);
      page.drawImage(await doc.embedJpg(await sideways.encode("jpeg", 90)), { x: 0, y: 0, width: 792, height: 612 });
      page.setRotation(degrees(90));
      await expectOnSkewedLines(await doc.save(), scanned);
    });
  });

  it("a PDF with no OCR'd page has no layers, and makeSearchablePdf says so", async () => {
    const original = fx.makePdf(["Only typed text here"]);
    const result = await extractText(original, "application/pdf", { ocr, textLayers: true });
    expect(result.textLayers).toBeUndefined();
    await expect(makeSearchablePdf(original, "application/pdf", [null], DEFAULT_LIMITS.maxPixels)).rejects.toThrow(ExtractionError);
  });

  it("without textLayers the extraction keeps none", async () => {
    const first = await scan(LINES);
    const result = await extractText(fx.makePdf([{ images: [{ ...first, at: [0, 0, 500, 300] }], size: [500, 300] }]), "application/pdf", { ocr });
    expect(result.pages[0]!.method).toBe("ocr");
    expect(result.textLayers).toBeUndefined();
  });
});
