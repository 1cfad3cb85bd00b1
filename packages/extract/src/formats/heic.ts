// HEIC/HEIF photos (phones): the primary image, decoded by libheif compiled to WebAssembly (heic-decode;
// nothing fetched), size checked before its pixels are decoded, then OCR'd like any photo.
import sharp from "sharp";
import { ExtractionError } from "../errors.ts";
import { guessDpi, OCR_MAX_PIXELS } from "../image/canvas.ts";
import { grayFromRgba, toPgm } from "../image/raster.ts";
import { pixelLimitError } from "../limits.ts";
import { buildResult, NO_TEXT, ocrPage, recognize, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";

interface Rgba {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The part of heic-decode (which ships no types) used here. */
interface HeicDecode {
  all(input: { buffer: Uint8Array }): Promise<{ width: number; height: number; decode(): Promise<Rgba> }[] & { dispose(): void }>;
}
/** A specifier TypeScript does not resolve, so packages without types type-check in every importer. */
const HEIC_DECODE: string = "heic-decode";

/** The primary picture, decoded (RGBA), after its size was checked against `maxPixels`. */
export async function heicPicture(bytes: Uint8Array, maxPixels: number): Promise<Rgba> {
  // Loaded on first use, like mailparser: libheif's wasm memory only in children that read a HEIC.
  const { default: decode } = (await import(HEIC_DECODE)) as { default: HeicDecode };
  let images;
  try {
    images = await decode.all({ buffer: bytes });
  } catch (e) {
    throw new ExtractionError("corrupt", `could not read HEIC image: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  try {
    const image = images[0]!;
    if (image.width * image.height > maxPixels) throw pixelLimitError("image", image.width * image.height, maxPixels);
    return await image.decode();
  } catch (e) {
    if (e instanceof ExtractionError) throw e;
    throw new ExtractionError("corrupt", `could not decode HEIC image: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    images.dispose();
  }
}

export async function extractHeic(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const { ocr } = ctx;
  const image = await heicPicture(bytes, ctx.limits.maxPixels);
  if (!ocr) return buildResult([NO_TEXT]);
  const page = await ctx.budget.page(1, async (run) => {
    let { width, height } = image;
    let gray = grayFromRgba(image.data, width, height).data;
    if (width * height > OCR_MAX_PIXELS) {
      const scale = Math.sqrt(OCR_MAX_PIXELS / (width * height));
      [width, height] = [Math.round(width * scale), Math.round(height * scale)];
      gray = new Uint8Array(await sharp(gray, { raw: { width: image.width, height: image.height, channels: 1 } }).resize(width, height, { fit: "fill" }).raw().toBuffer());
    }
    return ocrPage(await recognize(ocr, { pgm: toPgm({ width, height, data: gray }), dpi: guessDpi(width, height) }, run, ctx.textLayers));
  });
  return buildResult([page]);
}

/** The picture as a WebP thumbnail `width` pixels wide (never enlarged). */
export async function heicThumbnail(bytes: Uint8Array, maxPixels: number, width: number): Promise<Uint8Array> {
  const image = await heicPicture(bytes, maxPixels);
  const w = Math.min(width, image.width);
  const h = Math.max(1, Math.round((image.height * w) / image.width));
  const webp = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
    .flatten({ background: "#ffffff" })
    .resize(w, h, { fit: "fill" })
    .webp({ quality: 80 })
    .toBuffer();
  return new Uint8Array(webp.buffer, webp.byteOffset, webp.byteLength);
}
