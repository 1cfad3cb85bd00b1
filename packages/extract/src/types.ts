import type { OcrEngine, TextLayer } from "./ocr/types.ts";

export type { OcrEngine, OcrOptions, OcrResult, TextLayer } from "./ocr/types.ts";

export type PageMethod = "text-layer" | "ocr" | "text-layer+ocr" | "none";

export interface PageResult {
  text: string;
  /**
   * Where the text came from: the PDF text layer, OCR of the rendered page or image, both (a page with a
   * text layer and images: OCR lines missing from the layer are appended), or nothing (no text layer and
   * no OCR engine given, e.g. a scan extracted without `ocr`).
   */
  method: PageMethod;
  /** Tesseract's mean word confidence (0–100) when OCR ran and found words; otherwise null. */
  ocrConfidence: number | null;
}

export interface ExtractResult {
  /** Page texts joined with a blank line; pages without text are left out. */
  text: string;
  /** One entry per page, in order. */
  pages: PageResult[];
  pageCount: number;
  /** Mean of the OCR'd pages' confidences, weighted by their word counts; null when no page was OCR'd. */
  meanOcrConfidence: number | null;
  /** Pages read by OCR alone whose confidence is below LOW_OCR_CONFIDENCE (1-based): their text may be garbage. */
  lowConfidencePages: number[];
  /**
   * Files the document carries (an e-mail's attachments, at most MAX_ATTACHMENTS, in the mail's order): the
   * worker stores each as a document of its own, linked to this one. Absent for other formats.
   */
  attachments?: EmbeddedFile[];
  /**
   * With `textLayers: true` and at least one page OCR'd whole (a scan, a photo): per page, the invisible
   * text Tesseract laid out while reading it, null for the other pages. What `makeSearchablePdf` needs.
   */
  textLayers?: (TextLayer | null)[];
}

/** A file inside a document, e.g. a mail's attachment; its type is sniffed from `bytes` like an upload's. */
export interface EmbeddedFile {
  /** As the mail names it (unchecked: the worker makes it safe); a made-up name when it has none. */
  filename: string;
  bytes: Uint8Array;
}

export interface ExtractLimits {
  /** Documents with more pages fail with "limit" (MAX_PAGES). */
  maxPages: number;
  /** Largest image, or rendered page, in pixels (MAX_MEGAPIXELS). Checked from headers before decoding. */
  maxPixels: number;
  /** Rendering and OCR of one page, not counting its wait for a turn (PAGE_TIMEOUT_MS). */
  pageTimeoutMs: number;
  /** The whole extraction (DOCUMENT_TIMEOUT_MS). */
  documentTimeoutMs: number;
  /** Text kept per document, in characters (MAX_TEXT_CHARS); beyond it the text is cut, with a note saying so. */
  maxTextChars: number;
  /**
   * Largest inflated size of one compressed PDF stream other than an image (MAX_INFLATED_MB): a content
   * stream that inflates beyond it fails the document before pdf.js reads it. Images are held to maxPixels.
   */
  maxInflatedBytes: number;
}

export interface ExtractOptions {
  limits?: Partial<ExtractLimits>;
  /** Used for pages and images without a text layer; without it they come back with method "none". */
  ocr?: OcrEngine;
  /** Aborting rejects with the signal's reason (not an ExtractionError): the document is not at fault. */
  signal?: AbortSignal;
  /** Called as the work on each page begins (1-based), e.g. to say which page a process died on. */
  onPage?: (pageNumber: number) => void;
  /** Keep the text layer of every page OCR'd whole, in `textLayers` (from the same recognition). Default false. */
  textLayers?: boolean;
}
