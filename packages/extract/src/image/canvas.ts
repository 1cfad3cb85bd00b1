// The one canvas implementation in the process (@napi-rs/canvas, Skia): decoding, scaling, PDF rendering,
// thumbnails. Never load another (node-canvas and Skia side by side segfault).
import { createCanvas, loadImage, type Canvas, type Image } from "@napi-rs/canvas";
import { ExtractionError } from "../errors.ts";
import { parsePgm, type GrayImage } from "./raster.ts";

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
  // Skia's "high" quality filters even at the source's own size (a slight blur that costs time); at that size
  // the pixels are copied as they are, as the tesseract CLI would read them.
  if (source.width === width && source.height === height) ctx.imageSmoothingEnabled = false;
  else ctx.imageSmoothingQuality = "high";
  ctx.drawImage(source, 0, 0, width, height);
  return canvas;
}

/**
 * The canvas as a grey binary PGM (what OCR gets), read straight from its pixel memory: no RGBA copy of the
 * page (getImageData would make one, un-premultiplied, band by band) and no second copy to add the header.
 * Pixels are premultiplied RGBA; a transparent one comes out as paper (white), as over the white fill that
 * every canvas drawn for OCR starts with.
 */
export function canvasPgm(canvas: Canvas): Uint8Array {
  const { width, height } = canvas;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, "latin1");
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  const rgba = canvas.data(); // a view of the surface, valid while the canvas is
  if (LITTLE_ENDIAN && rgba.byteOffset % 4 === 0) {
    grayFromPremultiplied(new Int32Array(rgba.buffer, rgba.byteOffset, width * height), out.subarray(header.length));
  } else {
    for (let i = 0, j = header.length; j < out.length; i += 4, j++) {
      out[j] = ((rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8) + 255 - rgba[i + 3]!;
    }
  }
  return out;
}

/**
 * Luma (BT.601 weights in 256ths, as grayFromRgba) of premultiplied little-endian RGBA words, plus white for
 * what is missing. Signed words, so V8 keeps them in integer registers; a function of its own, so its
 * optimised code serves every page.
 */
function grayFromPremultiplied(pixels: Int32Array, gray: Uint8Array): void {
  for (let i = 0; i < gray.length; i++) {
    const p = pixels[i]!;
    gray[i] = (((p & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + ((p >> 16) & 0xff) * 29) >> 8) + 255 - ((p >> 24) & 0xff);
  }
}

/** The canvas's grey pixels (the PGM's, without a copy). */
export function canvasGray(canvas: Canvas): GrayImage {
  return parsePgm(canvasPgm(canvas))!;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

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
    return { pgm: canvasPgm(canvas), dpi: (dpi ?? guessDpi(width, height)) * scale };
  } finally {
    release(canvas);
  }
}
