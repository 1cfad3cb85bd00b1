// The one canvas implementation in the process (@napi-rs/canvas, Skia): decoding, scaling, PDF rendering,
// thumbnails. Never load another (node-canvas and Skia side by side segfault).
import { createCanvas, loadImage, type Canvas, type Image } from "@napi-rs/canvas";
import { ExtractionError } from "../errors.ts";
import { grayFromRgba, toPgm, type GrayImage } from "./raster.ts";

/** Larger images are scaled down before OCR: A4 at ~400 dpi, beyond which Tesseract gains nothing. */
export const OCR_MAX_PIXELS = 16_000_000;

export type Drawable = Image | Canvas;

/** PNG, JPEG (EXIF orientation applied by Skia), GIF (first frame), BMP, WebP. */
export async function decodeImage(bytes: Uint8Array, label: string): Promise<Image> {
  try {
    return await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new ExtractionError("corrupt", `could not decode ${label} image: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** Draws `source` scaled to width × height over white (transparent areas become paper). */
export function onWhite(source: Drawable, width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(source, 0, 0, width, height);
  return canvas;
}

/** Read in bands, so that a full RGBA copy of a large page never exists next to the canvas. */
export function canvasGray(canvas: Canvas): GrayImage {
  const { width, height } = canvas;
  const ctx = canvas.getContext("2d");
  const data = new Uint8Array(width * height);
  const band = Math.max(1, Math.floor(4_000_000 / (width * 4)));
  for (let y = 0; y < height; y += band) {
    const rows = Math.min(band, height - y);
    data.set(grayFromRgba(ctx.getImageData(0, y, width, rows).data, width, rows).data, y * width);
  }
  return { width, height, data };
}

/** Frees a canvas's pixels now instead of at garbage collection. */
export function release(canvas: Canvas): void {
  canvas.width = 0;
  canvas.height = 0;
}

/** Resolution of an image of unknown density, guessed as if it were a letter-size page. */
export function guessDpi(width: number, height: number): number {
  return Math.min(600, Math.max(70, Math.max(width, height) / 11));
}

export interface OcrImage {
  pgm: Uint8Array;
  dpi: number;
}

/**
 * An image as OCR input: grey PGM, alpha flattened onto white, at most OCR_MAX_PIXELS. `dpi` is the
 * source's resolution if known; otherwise guessed from the size as if the image were a letter-size page.
 */
export function ocrImage(source: Drawable, width: number, height: number, dpi?: number): OcrImage {
  const scale = Math.min(1, Math.sqrt(OCR_MAX_PIXELS / (width * height)));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = onWhite(source, w, h);
  try {
    return { pgm: toPgm(canvasGray(canvas)), dpi: (dpi ?? guessDpi(width, height)) * scale };
  } finally {
    release(canvas);
  }
}
