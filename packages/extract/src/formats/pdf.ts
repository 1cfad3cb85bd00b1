import { getDocumentProxy } from "unpdf";
import { ExtractionError } from "../errors.ts";
import { normaliseLayoutText } from "../normalise.ts";
import type { ExtractOptions, ExtractResult } from "../types.ts";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** The PDF text layer, page by page. Pages without text (scans) come back as "". */
export async function extractPdf(bytes: Uint8Array, { maxPages }: ExtractOptions): Promise<ExtractResult> {
  // pdf.js may take over the buffer it is given, so it gets a copy; verbosity 0 keeps its warnings off stdout.
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }).catch((error: unknown) => {
    throw toExtractionError(error);
  });
  try {
    if (maxPages !== undefined && doc.numPages > maxPages) {
      throw new ExtractionError("limit", `PDF has ${doc.numPages} pages; the limit is ${maxPages}`);
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await pageText(doc, n));
    return { text: pages.filter((page) => page !== "").join("\n\n"), pages, pageCount: pages.length };
  } catch (error) {
    throw toExtractionError(error);
  } finally {
    await doc.destroy();
  }
}

async function pageText(doc: PdfDocument, pageNumber: number): Promise<string> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
    return normaliseLayoutText(text);
  } finally {
    page.cleanup();
  }
}

function toExtractionError(error: unknown): ExtractionError {
  if (error instanceof ExtractionError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return new ExtractionError("encrypted", "PDF is encrypted with a password", { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractionError("corrupt", `could not read PDF: ${detail}`, { cause: error });
}
