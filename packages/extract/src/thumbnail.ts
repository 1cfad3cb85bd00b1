// Preview images: the first page of a PDF or TIFF, the picture itself, or a card with the start of the text.
import { createCanvas, type Canvas } from "@napi-rs/canvas";
import type { AcceptedType } from "@docscan/shared";
import { ExtractionError } from "./errors.ts";
import { decodeImage, onWhite, release, type Drawable } from "./image/canvas.ts";
import { readImageSize, type RasterType } from "./image/header.ts";
import { DEFAULT_LIMITS, pixelLimitError } from "./limits.ts";
import { openPdf, toExtractionError } from "./pdf/document.ts";
import type { PrescanLimits } from "./pdf/prescan.ts";
import { renderPage } from "./pdf/render.ts";
import { heicThumbnail } from "./formats/heic.ts";
import { tiffThumbnail } from "./formats/tiff.ts";
import type { ExtractResult } from "./types.ts";

export interface ThumbnailOptions {
  /** Pixel width of the thumbnail (default 320); images narrower than this are not enlarged. */
  width?: number;
  /** Images (and the first TIFF page) larger than this are refused, as in extraction. */
  maxPixels?: number;
  /** PDF streams inflating past this are refused, as in extraction (MAX_INFLATED_MB). */
  maxInflatedBytes?: number;
  /** The text already extracted, if the caller has it: a text card is drawn from it without extracting again. */
  text?: string;
}

export interface Thumbnail {
  bytes: Uint8Array;
  mime: "image/webp" | "image/png";
}

const RASTER_LABELS: Partial<Record<AcceptedType, string>> = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/gif": "GIF",
  "image/bmp": "BMP",
  "image/webp": "WebP",
};

/** Errors are ExtractionErrors as in extractText; `extractText` is passed in for text cards (avoids a cycle). */
export async function renderThumbnail(
  bytes: Uint8Array,
  mime: AcceptedType,
  opts: ThumbnailOptions,
  extract: (bytes: Uint8Array, mime: AcceptedType) => Promise<ExtractResult>,
): Promise<Thumbnail | null> {
  const width = opts.width ?? 320;
  if (!Number.isInteger(width) || width < 16 || width > 4096) throw new RangeError(`width must be an integer from 16 to 4096, got ${width}`);
  const maxPixels = opts.maxPixels ?? DEFAULT_LIMITS.maxPixels;
  if (bytes.length === 0) throw new ExtractionError("empty", "file is empty");

  const label = RASTER_LABELS[mime];
  if (label) {
    const size = readImageSize(bytes, mime as RasterType);
    if (size.width * size.height > maxPixels) throw pixelLimitError("image", size.width * size.height, maxPixels);
    const image = await decodeImage(bytes, label);
    return encode(scaled(image, image.width, image.height, width));
  }
  if (mime === "image/tiff") {
    return { bytes: await tiffThumbnail(bytes, maxPixels, width), mime: "image/webp" };
  }
  if (mime === "image/heic") return { bytes: await heicThumbnail(bytes, maxPixels, width), mime: "image/webp" };
  if (mime === "application/pdf") {
    return pdfThumbnail(bytes, width, { maxPixels, maxInflatedBytes: opts.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes });
  }
  const text = opts.text ?? (await extract(bytes, mime)).text;
  return text.trim() === "" ? null : encode(textCard(text, width));
}

async function pdfThumbnail(bytes: Uint8Array, width: number, limits: PrescanLimits): Promise<Thumbnail> {
  const { doc } = await openPdf(bytes, limits);
  try {
    const page = await doc.getPage(1);
    const size = page.getViewport({ scale: 1 });
    // At most four times as tall as wide, whatever the page's shape.
    const dpi = 72 * Math.min(width / size.width, (4 * width) / size.height);
    return await encode(await renderPage(page, dpi));
  } catch (error) {
    throw toExtractionError(error);
  } finally {
    await doc.destroy();
  }
}

function scaled(source: Drawable, sourceWidth: number, sourceHeight: number, width: number): Canvas {
  const w = Math.min(width, sourceWidth);
  return onWhite(source, w, Math.max(1, Math.round((sourceHeight * w) / sourceWidth)));
}

/** Letter-shaped card with the first lines of the text, for formats without a picture of their own. */
function textCard(text: string, width: number): Canvas {
  const height = Math.round(width * 1.294);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = "#d0d0d0";
  ctx.strokeRect(0.5, 0.5, width - 1, height - 1);
  const size = Math.max(6, Math.round(width / 26));
  const margin = size * 2;
  ctx.font = `${size}px "DejaVu Sans", "Liberation Sans", sans-serif`;
  ctx.fillStyle = "#333";
  let y = margin + size;
  for (const line of wrap(ctx, text, width - 2 * margin)) {
    if (y > height - margin) break;
    ctx.fillText(line, margin, y);
    y += size * 1.4;
  }
  return canvas;
}

function wrap(ctx: ReturnType<Canvas["getContext"]>, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.slice(0, 4000).split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(candidate).width > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
    if (lines.length > 80) break;
  }
  return lines;
}

async function encode(canvas: Canvas): Promise<Thumbnail> {
  try {
    return { bytes: new Uint8Array(await canvas.encode("webp", 80)), mime: "image/webp" };
  } finally {
    release(canvas);
  }
}
