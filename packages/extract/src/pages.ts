// What every format module shares: the per-document context, OCR of one page image, and the result.
import type { OcrImage } from "./image/canvas.ts";
import { textCutNote, type Budget, type PageRun } from "./limits.ts";
import type { ExtractLimits, ExtractResult, OcrEngine, PageResult, TextLayer } from "./types.ts";

export interface ExtractContext {
  limits: ExtractLimits;
  ocr: OcrEngine | undefined;
  budget: Budget;
  /** Keep each OCR'd page's invisible text layer (for a searchable PDF). */
  textLayers: boolean;
}

/** A page plus how many OCR'd words its confidence stands for (the weight in the document's mean). */
export interface Page {
  result: PageResult;
  ocrWords: number;
  /** The page's invisible text as Tesseract read it, when asked for and the page was OCR'd whole. */
  layer?: TextLayer;
}

export type Extractor = (bytes: Uint8Array, ctx: ExtractContext) => Promise<ExtractResult>;

export function textPage(text: string, method: PageResult["method"] = "text-layer"): Page {
  return { result: { text, method, ocrConfidence: null }, ocrWords: 0 };
}

export const NO_TEXT: Page = textPage("", "none");

const noop = () => {};

export interface OcrText {
  text: string;
  confidence: number | null;
  words: number;
  layer?: TextLayer;
}

/**
 * OCR of one page image; the page's clock stops while the image waits in the engine's queue. `textLayer`:
 * also keep the invisible text layer of the reading.
 */
export async function recognize(ocr: OcrEngine, image: OcrImage, page: PageRun, textLayer = false): Promise<OcrText> {
  let started!: () => void;
  const turn = new Promise<void>((resolve) => (started = resolve));
  const reading = ocr.recognize(image.pgm, { dpi: image.dpi, signal: page.signal, onStart: () => started(), textLayer });
  // Until the engine takes the image up, or (an engine that never says so) until it is read.
  void page.waitFor(Promise.race([turn, reading.then(noop, noop)]));
  const { text, confidence, textLayer: layer } = await reading;
  const words = text.split(/\s+/).filter(Boolean).length;
  return { text, confidence: words > 0 ? confidence : null, words, ...(layer && words > 0 && { layer }) };
}

export function ocrPage(ocr: OcrText): Page {
  return { result: { text: ocr.text, method: "ocr", ocrConfidence: ocr.confidence }, ocrWords: ocr.words, ...(ocr.layer && { layer: ocr.layer }) };
}

/**
 * Keeps at most `maxChars` characters of text, page by page: the page that reaches the limit is cut and
 * ends with a note, the pages after it keep their method but no text. (A 200 MB log saved as .txt would
 * otherwise be stored twice and sent whole to the console.)
 */
export function capText(result: ExtractResult, maxChars: number): ExtractResult {
  if (result.pages.reduce((n, p) => n + p.text.length, 0) <= maxChars) return result;
  let room = maxChars;
  let noted = false;
  const pages = result.pages.map((page) => {
    if (page.text.length <= room) {
      room -= page.text.length;
      return page;
    }
    // The first page over the limit keeps what fits and the note; the pages after it keep nothing.
    const text = noted ? "" : [page.text.slice(0, room), textCutNote(maxChars)].filter(Boolean).join("\n\n");
    noted = true;
    room = 0;
    return { ...page, text };
  });
  return { ...result, pages, text: joinPages(pages) };
}

function joinPages(pages: readonly PageResult[]): string {
  return pages
    .map((page) => page.text)
    .filter((text) => text !== "")
    .join("\n\n");
}

/**
 * Below this mean word confidence an OCR'd page is reported as hard to read (`lowConfidencePages`). Clean
 * print reads at 85–95; an upside-down line read as garbage at 41.
 */
export const LOW_OCR_CONFIDENCE = 60;

export function buildResult(pages: readonly Page[]): ExtractResult {
  let weighted = 0;
  let words = 0;
  for (const page of pages) {
    if (page.result.ocrConfidence === null) continue;
    weighted += page.result.ocrConfidence * page.ocrWords;
    words += page.ocrWords;
  }
  const results = pages.map((page) => page.result);
  const layers = pages.map((page) => page.layer ?? null);
  return {
    ...(layers.some(Boolean) && { textLayers: layers }),
    text: joinPages(results),
    pages: results,
    pageCount: pages.length,
    meanOcrConfidence: words > 0 ? Math.round((weighted / words) * 10) / 10 : null,
    // Only whole-page OCR: the OCR'd extras of a text-layer page (a logo, a stamp) do not make its text doubtful.
    lowConfidencePages: results.flatMap((p, i) => (p.method === "ocr" && p.ocrConfidence !== null && p.ocrConfidence < LOW_OCR_CONFIDENCE ? [i + 1] : [])),
  };
}
