// Skewed and low-resolution scans (ADR 0036): the page is straightened before OCR, and a scanned PDF page is
// rendered at the scan's own resolution. Pages from the scans bench's generator (bench/scans.ts: letter text,
// noise, a stamp or photo block, JPEG), read through the real tesseract.js engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cer, scanPage, type ScanPage } from "../bench/scans.ts";
import { createOcrEngine, extractText, type OcrEngine } from "../src/index.ts";
import { TEST_OCR_ENGINE } from "./ocr-choice.ts";
import { estimateSkew, rotateGray } from "../src/image/deskew.ts";
import { grayFromRgba, type GrayImage } from "../src/image/raster.ts";
import { DEFAULT_LIMITS } from "../src/limits.ts";
import { pageContent } from "../src/pdf/content.ts";
import { openPdf, pdfOps } from "../src/pdf/document.ts";
import { renderForOcr } from "../src/pdf/render.ts";
import * as fx from "../src/testing.ts";

let ocr: OcrEngine;
beforeAll(async () => {
  ocr = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE });
}, 300_000);
afterAll(() => ocr?.terminate());

const VOCABULARY = "the of and to in is for that with on by from invoice payment account total amount balance customer contract delivery address number date tax insurance policy report 2024 EUR".split(" ");

const pdfOf = (page: ScanPage) => fx.makePdf([{ images: [{ jpeg: page.jpeg, width: page.width, height: page.height, at: [0, 0, 612, 792] }] }]);

async function readScan(page: ScanPage): Promise<number> {
  const result = await extractText(pdfOf(page), "application/pdf", { ocr });
  return cer(page.lines.join("\n"), result.text);
}

async function textPage(lines: readonly string[], opts: fx.TextPictureOptions = {}): Promise<GrayImage> {
  const { width, height, rgba } = await fx.drawText(lines, { width: 1700, height: 2200, fontSize: 30, ...opts });
  return grayFromRgba(rgba, width, height);
}

const LINES = Array.from({ length: 20 }, (_, i) => `Line ${i + 1}: payment of the invoice is due within 14 days of its date`);

describe("estimateSkew", () => {
  it.each([3.5, -2, 1.2, -6])("finds a page turned by %f degrees (clockwise positive) within 0.1", async (degrees) => {
    const page = rotateGray(await textPage(LINES), degrees);
    expect(Math.abs(estimateSkew(page, 200) - degrees)).toBeLessThan(0.1);
  });

  it("leaves a straight page, a page without text and a sideways page alone", async () => {
    expect(estimateSkew(await textPage(LINES), 200)).toBe(0);
    expect(estimateSkew(await textPage([]), 200)).toBe(0);
    // Dust: 2 % black pixels at random (xorshift32), no lines.
    let x = 2463534242;
    const random = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
    const noise = new Uint8Array(1700 * 2200).map(() => (random() < 0.02 ? 0 : 255));
    expect(estimateSkew({ width: 1700, height: 2200, data: noise }, 200)).toBe(0);
    expect(estimateSkew(await textPage(LINES, { rotate: 90, width: 2200, height: 1700 }), 200)).toBe(0);
  });
});

describe("skewed scans", () => {
  // Without straightening these read at CER ≈ 0.81: Tesseract's layout analysis drops the body of the letter.
  it.each([8, 11])("bench page #%i (300 dpi, turned 3.3–4°, stamp or photo) reads at CER < 0.03", async (i) => {
    const page = await scanPage(i, VOCABULARY);
    expect(Math.abs(page.skew)).toBeGreaterThan(3);
    expect(await readScan(page)).toBeLessThan(0.03);
  });
});

describe("scan resolution", () => {
  it("a scanned page's resolution is the image's, not the page's", async () => {
    const page = await scanPage(15, VOCABULARY);
    const { doc } = await openPdf(pdfOf(page), DEFAULT_LIMITS);
    try {
      const content = await pageContent(await doc.getPage(1), await pdfOps());
      expect(page.dpi).toBe(200);
      expect(content.scanDpi).toBeCloseTo(200, 0);
    } finally {
      await doc.destroy();
    }
  });

  it("renders a scan at its resolution within 200–300 dpi, other pages at 300", async () => {
    const page = await scanPage(0, VOCABULARY); // 200 dpi
    const { doc } = await openPdf(pdfOf(page), DEFAULT_LIMITS);
    try {
      const pdfPage = await doc.getPage(1);
      const dpi = async (scanDpi?: number) => (await renderForOcr(pdfPage, 1, DEFAULT_LIMITS.maxPixels, new AbortController().signal, scanDpi)).dpi;
      expect(await dpi(240)).toBe(240);
      expect(await dpi(150)).toBe(200);
      expect(await dpi(400)).toBe(300);
      expect(await dpi()).toBe(300);
    } finally {
      await doc.destroy();
    }
  });

  // Rendered at 300 dpi (the 200-dpi JPEG resampled) these read at CER 0.027–0.034 even straightened.
  it("200-dpi scans are read at 200 dpi: mean CER of bench pages #15, #24, #27 < 0.012", async () => {
    const errors: number[] = [];
    for (const i of [15, 24, 27]) {
      const page = await scanPage(i, VOCABULARY);
      expect(page.dpi).toBe(200);
      errors.push(await readScan(page));
    }
    expect(errors.reduce((a, b) => a + b, 0) / errors.length, JSON.stringify(errors)).toBeLessThan(0.012);
  });
});
