// What every format module shares: the per-document context, OCR of one page image, and the result.
import type { OcrImage } from "./image/canvas.ts";
import type { Budget } from "./limits.ts";
import type { ExtractLimits, ExtractResult, OcrEngine, PageResult } from "./types.ts";

export interface ExtractContext {
  limits: ExtractLimits;
  ocr: OcrEngine | undefined;
  budget: Budget;
}

/** A page plus how many OCR'd words its confidence stands for (the weight in the document's mean). */
export interface Page {
  result: PageResult;
  ocrWords: number;
}

export type Extractor = (bytes: Uint8Array, ctx: ExtractContext) => Promise<ExtractResult>;

export function textPage(text: string, method: PageResult["method"] = "text-layer"): Page {
  return { result: { text, method, ocrConfidence: null }, ocrWords: 0 };
}

export const NO_TEXT: Page = textPage("", "none");

export interface OcrText {
  text: string;
  confidence: number | null;
  words: number;
}

export async function recognize(ocr: OcrEngine, image: OcrImage, signal: AbortSignal): Promise<OcrText> {
  const { text, confidence } = await ocr.recognize(image.pgm, { dpi: image.dpi, signal });
  const words = text.split(/\s+/).filter(Boolean).length;
  return { text, confidence: words > 0 ? confidence : null, words };
}

export function ocrPage(ocr: OcrText): Page {
  return { result: { text: ocr.text, method: "ocr", ocrConfidence: ocr.confidence }, ocrWords: ocr.words };
}

export function buildResult(pages: readonly Page[]): ExtractResult {
  let weighted = 0;
  let words = 0;
  for (const page of pages) {
    if (page.result.ocrConfidence === null) continue;
    weighted += page.result.ocrConfidence * page.ocrWords;
    words += page.ocrWords;
  }
  return {
    text: pages
      .map((page) => page.result.text)
      .filter((text) => text !== "")
      .join("\n\n"),
    pages: pages.map((page) => page.result),
    pageCount: pages.length,
    meanOcrConfidence: words > 0 ? Math.round((weighted / words) * 10) / 10 : null,
  };
}
