// TIFF: every image in the main directory chain is a page (fax and scanner multi-page files), reduced-
// resolution copies skipped. libtiff (inside sharp's libvips) decodes: both byte orders, BigTIFF, every
// compression libtiff knows (none, PackBits, LZW, Deflate, JPEG, CCITT G3/G4, …), bilevel to CMYK, strips
// and tiles. Sizes and data bounds are checked from the directories first (src/image/tiff-ifd.ts).
import sharp, { type OutputInfo, type Sharp } from "sharp";
import { ExtractionError } from "../errors.ts";
import { guessDpi, OCR_MAX_PIXELS, type OcrImage } from "../image/canvas.ts";
import { toPgm, type GrayImage } from "../image/raster.ts";
import { readTiffDirectories, type TiffDirectory } from "../image/tiff-ifd.ts";
import { pageLimitError, pixelLimitError } from "../limits.ts";
import { buildResult, NO_TEXT, ocrPage, recognize, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";

// One document at a time per sandbox child: no libvips operation cache, one libvips thread.
sharp.cache(false);
sharp.concurrency(1);

export async function extractTiff(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const pages = tiffPages(bytes, ctx.limits.maxPages, ctx.limits.maxPixels);
  const { ocr } = ctx;
  if (!ocr) return buildResult(pages.map(() => NO_TEXT));
  const results = await ctx.budget.pages(pages.length, ocr.concurrency, async (n, page) =>
    ocrPage(await recognize(ocr, await ocrTiffPage(bytes, pages[n - 1]!), page, ctx.textLayers)),
  );
  return buildResult(results);
}

/** The pages, checked against the page and pixel limits before anything is decoded. */
export function tiffPages(bytes: Uint8Array, maxPages: number, maxPixels: number): TiffDirectory[] {
  const pages = readTiffDirectories(bytes).filter((d) => !d.reduced);
  if (pages.length === 0) throw new ExtractionError("corrupt", "TIFF has no images");
  if (pages.length > maxPages) throw pageLimitError("TIFF", pages.length, maxPages);
  pages.forEach((p, i) => {
    if (p.width * p.height > maxPixels) throw pixelLimitError(`page ${i + 1}`, p.width * p.height, maxPixels);
  });
  return pages;
}

function open(bytes: Uint8Array, page: TiffDirectory): Sharp {
  // Alpha flattened onto white paper; failOn "error" still reads files libtiff only warns about (unknown tags).
  return sharp(bytes, { page: page.index, failOn: "error", limitInputPixels: page.width * page.height }).flatten({ background: "#ffffff" });
}

async function ocrTiffPage(bytes: Uint8Array, page: TiffDirectory): Promise<OcrImage> {
  const scale = Math.min(1, Math.sqrt(OCR_MAX_PIXELS / (page.width * page.height)));
  const dpi = await tiffPageDpi(bytes, page);
  const gray = await decodeGray(bytes, page, Math.round(page.width * scale), Math.round(page.height * scale));
  return { pgm: toPgm(gray), dpi: dpi * scale };
}

/** The page's resolution when it states a plausible one; otherwise guessed from its size. */
export async function tiffPageDpi(bytes: Uint8Array, page: TiffDirectory): Promise<number> {
  const density = await decoding(async () => (await sharp(bytes, { page: page.index }).metadata()).density);
  return density && density >= 50 && density <= 1200 ? density : guessDpi(page.width, page.height);
}

/** A page as PNG, losslessly (alpha flattened onto white; one grey channel when the page has no colour). */
export async function tiffPagePng(bytes: Uint8Array, page: TiffDirectory): Promise<Uint8Array> {
  const png = await decoding<Buffer>(async () => {
    const image = open(bytes, page);
    const { channels, space } = await sharp(bytes, { page: page.index }).metadata();
    const gray = space === "b-w" || (channels ?? 3) <= 2;
    return (gray ? image.toColourspace("b-w") : image.toColourspace("srgb")).png({ compressionLevel: 6 }).toBuffer();
  });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** 8-bit grey pixels of a page, scaled to width × height. */
export async function decodeGray(bytes: Uint8Array, page: TiffDirectory, width = page.width, height = page.height): Promise<GrayImage> {
  let image = open(bytes, page).toColourspace("b-w");
  if (width !== page.width || height !== page.height) image = image.resize(Math.max(1, width), Math.max(1, height), { fit: "fill" });
  const { data, info } = await decoding<{ data: Buffer; info: OutputInfo }>(() =>
    image.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true }),
  );
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
}

/** The first page as a WebP thumbnail `width` pixels wide (never enlarged). */
export async function tiffThumbnail(bytes: Uint8Array, maxPixels: number, width: number): Promise<Uint8Array> {
  const page = tiffPages(bytes, Number.MAX_SAFE_INTEGER, maxPixels)[0]!;
  const w = Math.min(width, page.width);
  const h = Math.max(1, Math.round((page.height * w) / page.width));
  const webp = await decoding<Buffer>(() => open(bytes, page).toColourspace("srgb").resize(w, h, { fit: "fill" }).webp({ quality: 80 }).toBuffer());
  return new Uint8Array(webp.buffer, webp.byteOffset, webp.byteLength);
}

/** The first page's grey pixels, whatever its size. */
export async function firstTiffPage(bytes: Uint8Array): Promise<GrayImage> {
  return decodeGray(bytes, tiffPages(bytes, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)[0]!);
}

async function decoding<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new ExtractionError("corrupt", `could not decode TIFF page: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
