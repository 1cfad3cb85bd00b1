// Text extraction, loaded by the worker. Dispatches on the sniffed type to one module per format.
import { isAcceptedType, type AcceptedType } from "@docscan/shared";
import { ExtractionError } from "./errors.ts";
import { extractDocx } from "./formats/docx.ts";
import { extractEml } from "./formats/eml.ts";
import { extractMsg } from "./formats/msg.ts";
import { extractHeic } from "./formats/heic.ts";
import { extractHtml } from "./formats/html.ts";
import { imageExtractor } from "./formats/image.ts";
import { extractOdp, extractOds } from "./formats/odf-sheets-slides.ts";
import { extractOdt } from "./formats/odt.ts";
import { extractPdf } from "./formats/pdf.ts";
import { extractPptx } from "./formats/pptx.ts";
import { extractRtf } from "./formats/rtf.ts";
import { extractPlainText } from "./formats/text.ts";
import { extractTiff } from "./formats/tiff.ts";
import { extractXls } from "./formats/xls.ts";
import { extractXlsx } from "./formats/xlsx.ts";
import { Budget, resolveLimits } from "./limits.ts";
import { capText, type Extractor } from "./pages.ts";
import { renderThumbnail as thumbnail, type Thumbnail, type ThumbnailOptions } from "./thumbnail.ts";
import type { ExtractOptions, ExtractResult } from "./types.ts";

export { ExtractionError, type ExtractionErrorCode } from "./errors.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
export { LOW_OCR_CONFIDENCE } from "./pages.ts";
export { createOcrEngine, type OcrEngineOptions } from "./ocr/engine.ts";
export { OCR_ENGINE_CHOICES, type OcrEngineChoice } from "./ocr/backend.ts";
export { makeSearchablePdf, searchableType, SEARCHABLE_MAX_SOURCE_BYTES } from "./searchable.ts";
export type { Thumbnail, ThumbnailOptions } from "./thumbnail.ts";
export type {
  EmbeddedFile,
  ExtractLimits,
  ExtractOptions,
  ExtractResult,
  OcrEngine,
  OcrOptions,
  OcrResult,
  PageMethod,
  PageResult,
  TextLayer,
} from "./types.ts";

const extractors: Record<AcceptedType, Extractor> = {
  "application/pdf": extractPdf,
  "image/png": imageExtractor("image/png", "PNG"),
  "image/jpeg": imageExtractor("image/jpeg", "JPEG"),
  "image/gif": imageExtractor("image/gif", "GIF"),
  "image/bmp": imageExtractor("image/bmp", "BMP"),
  "image/webp": imageExtractor("image/webp", "WebP"),
  "image/tiff": extractTiff,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": extractDocx,
  "application/vnd.oasis.opendocument.text": extractOdt,
  "text/plain": extractPlainText,
  "text/html": extractHtml,
  "message/rfc822": extractEml,
  "application/vnd.ms-outlook": extractMsg,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": extractXlsx,
  "application/vnd.ms-excel": extractXls,
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": extractPptx,
  "application/vnd.oasis.opendocument.spreadsheet": extractOds,
  "application/vnd.oasis.opendocument.presentation": extractOdp,
  "application/rtf": extractRtf,
  "image/heic": extractHeic,
};

/**
 * `bytes` are the whole original file; `mime` is the type `sniffBytes` decided. Expected failures reject
 * with an ExtractionError; an aborted `signal` rejects with its reason.
 */
export async function extractText(bytes: Uint8Array, mime: AcceptedType, opts: ExtractOptions = {}): Promise<ExtractResult> {
  if (!isAcceptedType(mime)) throw new ExtractionError("unsupported", `unsupported file type: ${String(mime)}`);
  const limits = resolveLimits(opts.limits);
  if (bytes.length === 0) throw new ExtractionError("empty", "file is empty");
  const budget = new Budget(limits, opts.signal, opts.onPage);
  try {
    budget.check();
    return capText(await extractors[mime](bytes, { limits, ocr: opts.ocr, budget, textLayers: opts.textLayers ?? false }), limits.maxTextChars);
  } finally {
    budget.dispose();
  }
}

/**
 * A preview of the first page: WebP, `width` pixels wide (default 320). PDFs and images are drawn; plain
 * text, DOCX and ODT get a card with the start of their text (null when they have none).
 */
export async function renderThumbnail(bytes: Uint8Array, mime: AcceptedType, opts: ThumbnailOptions = {}): Promise<Thumbnail | null> {
  if (!isAcceptedType(mime)) throw new ExtractionError("unsupported", `unsupported file type: ${String(mime)}`);
  return thumbnail(bytes, mime, opts, (b, m) => extractText(b, m));
}
