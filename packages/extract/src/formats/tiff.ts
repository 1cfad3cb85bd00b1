// TIFF: every image in the main IFD chain is a page (fax and scanner multi-page files); alpha is
// flattened onto white.
import { createRequire } from "node:module";
import type * as Utif from "utif2";
import { ExtractionError } from "../errors.ts";
import { canvasFromRgba, guessDpi, OCR_MAX_PIXELS, ocrImage, release, type OcrImage } from "../image/canvas.ts";
import { grayFromRgba, toPgm } from "../image/raster.ts";
import { pageLimitError, pixelLimitError } from "../limits.ts";
import { buildResult, NO_TEXT, ocrPage, recognize, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";

// utif2 assigns its functions at run time, so ESM sees only a default export.
const UTIF = createRequire(import.meta.url)("utif2") as typeof Utif;

type Ifd = Utif.IFD;

const tag = (ifd: Ifd, id: number): number[] | undefined => ifd[`t${id}`] as number[] | undefined;

export async function extractTiff(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const buffer = copy(bytes);
  const pages = readPages(buffer);
  if (pages.length > ctx.limits.maxPages) throw pageLimitError("TIFF", pages.length, ctx.limits.maxPages);
  pages.forEach((ifd, i) => checkPage(ifd, i + 1, buffer.byteLength, ctx.limits.maxPixels));
  const { ocr } = ctx;
  if (!ocr) return buildResult(pages.map(() => NO_TEXT));
  const results = await ctx.budget.pages(pages.length, ocr.concurrency, async (n, page) =>
    ocrPage(await recognize(ocr, decodePage(buffer, pages[n - 1]!), page)),
  );
  return buildResult(results);
}

/** Images (pages and their thumbnails) one TIFF may chain; far beyond any scanner's output. */
const MAX_IFDS = 10_000;

function readPages(buffer: ArrayBuffer): Ifd[] {
  checkIfdChain(new DataView(buffer));
  let ifds: Ifd[];
  try {
    ifds = UTIF.decode(buffer);
  } catch (e) {
    throw new ExtractionError("corrupt", `could not read TIFF: ${describe(e)}`, { cause: e });
  }
  // Reduced-resolution copies (NewSubfileType bit 0) are thumbnails, not pages.
  const pages = ifds.filter((ifd) => tag(ifd, 256) && tag(ifd, 257) && !((tag(ifd, 254)?.[0] ?? 0) & 1));
  if (pages.length === 0) throw new ExtractionError("corrupt", "TIFF has no images");
  return pages;
}

/**
 * utif2 follows the chain of image directories (IFDs) without end: one that points back at itself, or past
 * the end of the file, would grow memory until the process dies. Walk it first. (Classic TIFF only, as
 * utif2 reads: a 2-byte entry count, 12-byte entries, then the 4-byte offset of the next IFD.)
 */
function checkIfdChain(view: DataView): void {
  if (view.byteLength < 8) throw new ExtractionError("corrupt", "TIFF image is truncated");
  const littleEndian = view.getUint8(0) === 0x49; // "II"; "MM" is big-endian
  const seen = new Set<number>();
  for (let offset = view.getUint32(4, littleEndian); offset !== 0; ) {
    if (seen.has(offset)) throw new ExtractionError("corrupt", "TIFF image list loops back on itself");
    if (seen.size === MAX_IFDS) throw new ExtractionError("limit", `TIFF holds more than ${MAX_IFDS} images`);
    if (offset + 2 > view.byteLength) throw new ExtractionError("corrupt", "TIFF image is truncated");
    seen.add(offset);
    const next = offset + 2 + view.getUint16(offset, littleEndian) * 12;
    if (next + 4 > view.byteLength) throw new ExtractionError("corrupt", "TIFF image is truncated");
    offset = view.getUint32(next, littleEndian);
  }
}

/** The first page's pixels (for thumbnails). */
export function firstTiffPage(bytes: Uint8Array, maxPixels: number): { rgba: Uint8Array; width: number; height: number } {
  const buffer = copy(bytes);
  const ifd = readPages(buffer)[0]!;
  checkPage(ifd, 1, buffer.byteLength, maxPixels);
  return decodeRgba(buffer, ifd);
}

function copy(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Size against the limit from the tags, before decoding; and utif2 reads past the end of a truncated
 * file without complaint, so strips or tiles must lie inside it. */
function checkPage(ifd: Ifd, pageNumber: number, length: number, maxPixels: number): void {
  const pixels = tag(ifd, 256)![0]! * tag(ifd, 257)![0]!;
  if (pixels > maxPixels) throw pixelLimitError(`page ${pageNumber}`, pixels, maxPixels);
  const offsets = tag(ifd, 273) ?? tag(ifd, 324);
  const counts = tag(ifd, 279) ?? tag(ifd, 325);
  if (!offsets || !counts) throw new ExtractionError("corrupt", "TIFF page has no image data");
  offsets.forEach((offset, i) => {
    if (offset + (counts[i] ?? 0) > length) throw new ExtractionError("corrupt", "TIFF image is truncated");
  });
}

function decodeRgba(buffer: ArrayBuffer, ifd: Ifd): { rgba: Uint8Array; width: number; height: number } {
  try {
    UTIF.decodeImage(buffer, ifd);
    const rgba = UTIF.toRGBA8(ifd);
    ifd.data = new Uint8Array(0); // the decoded samples are no longer needed
    return { rgba, width: ifd.width, height: ifd.height };
  } catch (e) {
    throw new ExtractionError("corrupt", `could not decode TIFF page: ${describe(e)}`, { cause: e });
  }
}

function decodePage(buffer: ArrayBuffer, ifd: Ifd): OcrImage {
  const { rgba, width, height } = decodeRgba(buffer, ifd);
  const dpi = resolution(ifd);
  if (width * height <= OCR_MAX_PIXELS) return { pgm: toPgm(grayFromRgba(rgba, width, height)), dpi: dpi ?? guessDpi(width, height) };
  const canvas = canvasFromRgba(rgba, width, height);
  try {
    return ocrImage(canvas, width, height, dpi);
  } finally {
    release(canvas);
  }
}

/** XResolution in dots per inch, when the file says so (ResolutionUnit 2 = inch, 3 = cm). */
function resolution(ifd: Ifd): number | undefined {
  const x = ifd.t282 as unknown as [number, number][] | number[] | undefined;
  const first = x?.[0];
  const value = Array.isArray(first) ? first[0]! / (first[1] || 1) : first;
  if (!value || !Number.isFinite(value)) return undefined;
  const unit = tag(ifd, 296)?.[0] ?? 2;
  const dpi = unit === 3 ? value * 2.54 : value;
  return dpi >= 50 && dpi <= 1200 ? dpi : undefined;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
