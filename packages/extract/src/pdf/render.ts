// Rendering a PDF page into a @napi-rs/canvas canvas. unpdf's renderPageAsImage would hand back a PNG (via
// a data: URL) that OCR then decodes again; drawing into our own canvas keeps the raw pixels, lets the size
// be checked before anything is allocated, and lets the pixels be freed as soon as they are read.
import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { canvasPgm, OCR_MAX_PIXELS, release, type OcrImage } from "../image/canvas.ts";
import { pixelLimitError } from "../limits.ts";
import type { PdfPage } from "./document.ts";

/** Tesseract reads best at 300 dpi; bigger pages get less, down to MIN_DPI. */
export const OCR_DPI = 300;
const MIN_DPI = 72;
/**
 * A scanned page (one image over the page) is rendered at the scan's own resolution within these bounds
 * rather than resampled to OCR_DPI: on the bench's 200- and 240-dpi scans that reads better (ADR 0036). A
 * 400-dpi scan read no better at 400 than at 300 (more pixels for nothing); a 150-dpi one about as well at 200
 * as at 300.
 */
const SCAN_DPI_RANGE = [200, 300] as const;

export async function renderPage(page: PdfPage, dpi: number, signal?: AbortSignal): Promise<Canvas> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  type RenderParameters = Parameters<PdfPage["render"]>[0];
  const task = page.render({
    canvas: canvas as unknown as RenderParameters["canvas"],
    canvasContext: context as unknown as RenderParameters["canvasContext"],
    viewport,
  });
  const cancel = () => task.cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    await task.promise;
    return canvas;
  } catch (e) {
    release(canvas);
    throw e;
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
}

/**
 * The page as OCR input: grey, at OCR_DPI (a scan: its own resolution, within SCAN_DPI_RANGE) or less so that
 * it stays within both pixel budgets.
 */
export async function renderForOcr(page: PdfPage, pageNumber: number, maxPixels: number, signal: AbortSignal, scanDpi?: number): Promise<OcrImage> {
  const wanted = scanDpi === undefined ? OCR_DPI : Math.min(Math.max(scanDpi, SCAN_DPI_RANGE[0]), SCAN_DPI_RANGE[1]);
  const dpi = ocrDpi(page, pageNumber, maxPixels, wanted);
  const canvas = await renderPage(page, dpi, signal);
  try {
    return { pgm: canvasPgm(canvas), dpi };
  } finally {
    release(canvas);
  }
}

function ocrDpi(page: PdfPage, pageNumber: number, maxPixels: number, wanted: number): number {
  const { width, height } = page.getViewport({ scale: 1 });
  const squareInches = (width / 72) * (height / 72);
  const fit = (pixels: number) => Math.sqrt(pixels / squareInches);
  if (squareInches * MIN_DPI * MIN_DPI > maxPixels) {
    throw pixelLimitError(`page ${pageNumber}`, squareInches * MIN_DPI * MIN_DPI, maxPixels, ` at ${MIN_DPI} dpi`);
  }
  return Math.min(Math.max(Math.min(wanted, fit(OCR_MAX_PIXELS)), MIN_DPI), fit(maxPixels));
}
