// Text extraction, loaded by the worker. Dispatches on the sniffed type to one module per format.
import { ACCEPTED_TYPES, isAcceptedType, type AcceptedType } from "@docscan/shared";
import { ExtractionError } from "./errors.ts";
import { extractPdf } from "./formats/pdf.ts";
import { extractPlainText } from "./formats/text.ts";
import type { ExtractOptions, ExtractResult, Extractor } from "./types.ts";

export { ExtractionError, type ExtractionErrorCode } from "./errors.ts";
export type { ExtractOptions, ExtractResult } from "./types.ts";

const extractors: Partial<Record<AcceptedType, Extractor>> = {
  "application/pdf": extractPdf,
  "text/plain": extractPlainText,
};

/** `bytes` are the whole original file; `mime` is the type `sniffBytes` decided. */
export async function extractText(bytes: Uint8Array, mime: AcceptedType, opts: ExtractOptions = {}): Promise<ExtractResult> {
  if (!isAcceptedType(mime)) throw new ExtractionError("unsupported", `unsupported file type: ${String(mime)}`);
  const extractor = extractors[mime];
  if (!extractor) {
    const { label } = ACCEPTED_TYPES[mime];
    throw new ExtractionError("unsupported", `no text extractor for ${label} yet (OCR and office formats are coming)`);
  }
  if (opts.maxPages !== undefined && !(Number.isInteger(opts.maxPages) && opts.maxPages >= 1)) {
    throw new RangeError(`maxPages must be a positive integer, got ${opts.maxPages}`);
  }
  if (bytes.length === 0) throw new ExtractionError("empty", "file is empty");
  return extractor(bytes, opts);
}
