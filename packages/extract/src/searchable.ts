// The searchable PDF of a scan or a photo (issue 14, ADR 0034), as OCRmyPDF makes it: the original pages with
// an invisible text layer under the recognised words. The layers come from the OCR pass that read the text
// (Tesseract's PDF renderer, text only — `textLayers` in the extraction result): nothing is read twice.
//
// - a PDF: the original file's pages, each OCR'd page with its layer drawn over the page's crop box (turned
//   with the page's /Rotate); pages with a text layer of their own, or not OCR'd, are left as they are.
// - an image (PNG, JPEG, GIF, BMP, WebP, TIFF, HEIC): one page per picture, the picture at its resolution
//   (JPEG bytes as they are unless EXIF turns them; the others losslessly as PNG, HEIC photos as JPEG).
import { degrees, PDFDocument, type PDFPage } from "pdf-lib";
import sharp from "sharp";
import type { AcceptedType } from "@docscan/shared";
import { ExtractionError } from "./errors.ts";
import { decodeImage, guessDpi, onWhite, release } from "./image/canvas.ts";
import { readImageSize } from "./image/header.ts";
import { heicPicture } from "./formats/heic.ts";
import { tiffPageDpi, tiffPages, tiffPagePng } from "./formats/tiff.ts";
import type { TextLayer } from "./ocr/types.ts";

/** Originals larger than this get no searchable PDF: pdf-lib holds the whole file, parsed, in memory. */
export const SEARCHABLE_MAX_SOURCE_BYTES = 100 * 1024 * 1024;

/** Types a searchable PDF is made for: those whose pages are pictures OCR'd whole. */
const PICTURES = new Set<AcceptedType>(["image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff", "image/heic"]);

export function searchableType(mime: AcceptedType): boolean {
  return mime === "application/pdf" || PICTURES.has(mime);
}

/**
 * The original (`bytes`, of type `mime`) as a searchable PDF, from the text layers its extraction kept (one
 * per page, null where a page got none). Throws an ExtractionError saying why when it cannot be made.
 */
export async function makeSearchablePdf(bytes: Uint8Array, mime: AcceptedType, layers: readonly (TextLayer | null)[], maxPixels: number): Promise<Uint8Array> {
  if (!searchableType(mime)) throw new ExtractionError("unsupported", `no searchable PDF is made for ${mime}`);
  if (!layers.some(Boolean)) throw new ExtractionError("empty", "no page was read by OCR");
  if (bytes.length > SEARCHABLE_MAX_SOURCE_BYTES) {
    throw new ExtractionError("limit", `the original is larger than ${SEARCHABLE_MAX_SOURCE_BYTES / 1024 / 1024} MiB, the limit for a searchable PDF`);
  }
  const doc = mime === "application/pdf" ? await openOriginal(bytes) : await PDFDocument.create({ updateMetadata: false });
  if (mime !== "application/pdf") await addPictures(doc, bytes, mime, maxPixels);
  if (doc.getPageCount() !== layers.length) {
    throw new ExtractionError("corrupt", `the original has ${doc.getPageCount()} pages where ${layers.length} were read`);
  }
  for (const [index, layer] of layers.entries()) {
    if (layer) await overlay(doc, doc.getPage(index), layer);
  }
  return doc.save();
}

async function openOriginal(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    // updateMetadata false: the original's Producer and dates stay as they were.
    return await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (e) {
    // pdf-lib cannot write an encrypted PDF back (pdf.js could read it with the empty password).
    const message = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(message)) throw new ExtractionError("unsupported", "the PDF is encrypted; pdf-lib cannot rewrite it", { cause: e });
    throw new ExtractionError("corrupt", `pdf-lib could not read the PDF: ${message}`, { cause: e });
  }
}

/**
 * Draws the invisible layer over the page's crop box (what pdf.js rendered for OCR). The layer is upright
 * for the picture that was read: the page as displayed (user space turned clockwise by /Rotate), straightened
 * (turned anticlockwise by `layer.skew`, ADR 0036), then turned clockwise by `layer.rotation`; it is scaled to
 * fit, turned back counter-clockwise, and turned clockwise by the skew about the box's middle.
 */
async function overlay(doc: PDFDocument, page: PDFPage, layer: TextLayer): Promise<void> {
  const [form] = await doc.embedPdf(layer.pdf, [0]);
  const box = page.getCropBox();
  const turn = ((((page.getRotation().angle + layer.rotation) % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const sideways = turn === 90 || turn === 270;
  // Where the layer's origin lands once turned (counter-clockwise about it) to cover the box.
  const [x, y] = ({ 0: [box.x, box.y], 90: [box.x + box.width, box.y], 180: [box.x + box.width, box.y + box.height], 270: [box.x, box.y + box.height] } as const)[turn];
  // The skew turns that placement clockwise about the box's middle (a turn keeps its sense through /Rotate).
  const skew = (layer.skew * Math.PI) / 180;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  page.drawPage(form!, {
    x: cx + (x - cx) * Math.cos(skew) + (y - cy) * Math.sin(skew),
    y: cy - (x - cx) * Math.sin(skew) + (y - cy) * Math.cos(skew),
    width: sideways ? box.height : box.width,
    height: sideways ? box.width : box.height,
    rotate: degrees(turn - layer.skew),
  });
}

/** One page per picture, sized by the picture's resolution (the one OCR was told). */
async function addPictures(doc: PDFDocument, bytes: Uint8Array, mime: AcceptedType, maxPixels: number): Promise<void> {
  const add = async (picture: { jpeg?: Uint8Array; png?: Uint8Array; width: number; height: number; dpi: number }) => {
    const image = picture.jpeg ? await doc.embedJpg(picture.jpeg) : await doc.embedPng(picture.png!);
    const width = (picture.width * 72) / picture.dpi;
    const height = (picture.height * 72) / picture.dpi;
    doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  };
  try {
    if (mime === "image/tiff") {
      for (const page of tiffPages(bytes, Number.MAX_SAFE_INTEGER, maxPixels)) {
        await add({ png: await tiffPagePng(bytes, page), width: page.width, height: page.height, dpi: await tiffPageDpi(bytes, page) });
      }
    } else if (mime === "image/heic") {
      const { width, height, data } = await heicPicture(bytes, maxPixels);
      const jpeg = await sharp(data, { raw: { width, height, channels: 4 } }).flatten({ background: "#ffffff" }).jpeg({ quality: 90 }).toBuffer();
      await add({ jpeg, width, height, dpi: guessDpi(width, height) });
    } else if ((mime === "image/jpeg" && (await upright(bytes))) || mime === "image/png") {
      // The original bytes, embedded as they are (pdf-lib re-packs a PNG's pixels, losslessly).
      const { width, height } = readImageSize(bytes, mime);
      const encoded = mime === "image/png" ? { png: bytes } : { jpeg: bytes };
      await add({ ...encoded, width, height, dpi: guessDpi(width, height) });
    } else {
      // GIF, BMP, WebP, and JPEG that EXIF turns: as Skia decoded them for OCR (EXIF applied), as PNG.
      const image = await decodeImage(bytes, mime);
      const canvas = onWhite(image, image.width, image.height);
      try {
        const encoded = mime === "image/jpeg" ? { jpeg: await canvas.encode("jpeg", 92) } : { png: await canvas.encode("png") };
        await add({ ...encoded, width: image.width, height: image.height, dpi: guessDpi(image.width, image.height) });
      } finally {
        release(canvas);
      }
    }
  } catch (e) {
    if (e instanceof ExtractionError) throw e;
    throw new ExtractionError("corrupt", `could not put the picture into a PDF: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/** A JPEG whose EXIF orientation, if any, leaves it as stored (PDF viewers ignore EXIF). */
async function upright(jpeg: Uint8Array): Promise<boolean> {
  return ((await sharp(jpeg).metadata()).orientation ?? 1) === 1;
}
