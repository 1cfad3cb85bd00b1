// PDF: the text layer where there is one; OCR of the rendered page where there is none, and also where a
// page with text carries sizeable images (a pasted scan, a photographed receipt) whose words the layer lacks.
import { ExtractionError } from "../errors.ts";
import { pageLimitError, type PageRun } from "../limits.ts";
import { mergeOcrLines } from "../merge.ts";
import { normaliseLayoutText } from "../normalise.ts";
import { buildResult, NO_TEXT, ocrPage, recognize, textPage, type ExtractContext, type Page } from "../pages.ts";
import { imagePageContent, pageContent } from "../pdf/content.ts";
import { openPdf, pdfOps, toExtractionError, type PdfDocument, type PdfPage } from "../pdf/document.ts";
import { PageImages } from "../pdf/page-images.ts";
import { renderForOcr } from "../pdf/render.ts";
import type { OcrImage } from "../image/canvas.ts";
import type { ExtractResult } from "../types.ts";

/** Images covering less of a text page than this (logos, icons, signatures) are not worth an OCR pass. */
const MIN_IMAGE_COVERAGE = 0.05;

export async function extractPdf(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const { doc, report } = await openPdf(bytes, ctx.limits);
  try {
    if (doc.numPages > ctx.limits.maxPages) throw pageLimitError("PDF", doc.numPages, ctx.limits.maxPages);
    const OPS = await pdfOps();
    // With OCR, as many pages in flight as there are OCR workers; parsing and rendering (main thread, and
    // the memory-hungry part) take turns, while recognition runs in the workers.
    const lock = new Lock();
    const images = new PageImages(bytes);
    const pages = await ctx.budget.pages(doc.numPages, ctx.ocr?.concurrency ?? 1, async (n, page) => {
      const step = await lock.run(() => readPage(doc, n, ctx, { OPS, images }, page.signal), page.waitFor);
      return "image" in step ? finishOcr(ctx, step, page) : step;
    });
    const result = buildResult(pages);
    // Nothing to read but an image too large to decode: say so, rather than "no text".
    if (report.oversizeImage && result.text.trim() === "") throw report.oversizeImage;
    return result;
  } catch (error) {
    throw error instanceof ExtractionError || ctx.budget.callerAborted ? error : toExtractionError(error);
  } finally {
    await doc.destroy();
  }
}

/** A page still to be OCR'd: its rendering, and its text layer if it has one. */
interface PendingOcr {
  image: OcrImage;
  layer: string;
}

/** Text layer, image analysis and (when OCR is due) rendering; the page's resources are freed before OCR. */
async function readPage(
  doc: PdfDocument,
  pageNumber: number,
  ctx: ExtractContext,
  { OPS, images }: { OPS: Record<string, number>; images: PageImages },
  signal: AbortSignal,
): Promise<Page | PendingOcr> {
  const page = await doc.getPage(pageNumber);
  try {
    const layer = await pageText(page);
    if (!ctx.ocr) return layer ? textPage(layer) : NO_TEXT;
    // Text and no picture anywhere in the page's objects: nothing for OCR, no need for the operator list.
    if (layer && !images.mayPaintImages(page.ref)) return textPage(layer);

    // A scanner's page (one image and nothing else, read from its objects) needs no operator list either.
    const placed = images.placedImage(page.ref, ctx.limits.maxPixels);
    const content = placed ? imagePageContent(page, placed) : await pageContent(page, OPS);
    if (layer) {
      // Invisible text over a full-page image is an earlier OCR pass (scanner software): trust it.
      const ocrLayer = !content.visibleText && content.imageCoverage >= 0.5;
      if (ocrLayer || content.imageCoverage < MIN_IMAGE_COVERAGE) return textPage(layer);
    } else if (content.blank) {
      return NO_TEXT;
    }
    signal.throwIfAborted();
    return { image: await renderForOcr(page, pageNumber, ctx.limits.maxPixels, signal, content.scanDpi), layer };
  } catch (error) {
    if (error instanceof ExtractionError || signal.aborted) throw error;
    throw toExtractionError(error);
  } finally {
    page.cleanup();
  }
}

async function finishOcr(ctx: ExtractContext, { image, layer }: PendingOcr, page: PageRun): Promise<Page> {
  // Only a page without a text layer gets an invisible one: a page with text stays as it is.
  const recognised = await recognize(ctx.ocr!, image, page, ctx.textLayers && !layer);
  if (!layer) return ocrPage(recognised);
  return {
    result: { text: mergeOcrLines(layer, recognised.text), method: "text-layer+ocr", ocrConfidence: recognised.confidence },
    ocrWords: recognised.words,
  };
}

/** Runs tasks one at a time, in the order they arrive. */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();

  /** `waitFor` wraps the wait for this task's turn (a page's clock stops meanwhile). */
  run<T>(task: () => Promise<T>, waitFor: (turn: Promise<void>) => Promise<void> = (turn) => turn): Promise<T> {
    const turn = waitFor(this.tail.then(() => {}));
    const result = turn.then(task);
    this.tail = result.catch(() => {});
    return result;
  }
}

async function pageText(page: PdfPage): Promise<string> {
  const content = await page.getTextContent();
  const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
  return normaliseLayoutText(text);
}
