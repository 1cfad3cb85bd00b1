// Opening PDFs with unpdf's bundled pdf.js, set up to render in Node with @napi-rs/canvas and local data only.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createIsomorphicCanvasFactory, getDocumentProxy, getResolvedPDFJS } from "unpdf";
import { ExtractionError } from "../errors.ts";
import { prescanPdf, type PrescanLimits, type PrescanReport } from "./prescan.ts";

export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
export type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;

// pdf.js 5 serialises fonts for rendering with ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21).
// Without it, Node 20 draws pages with no text at all. A copy is an exact stand-in for pdf.js's use.
const arrayBufferProto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
arrayBufferProto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};

// Data files matching the pdf.js inside unpdf (same version): fonts the PDF names but does not embed, CJK
// character maps, and the OpenJPEG/qcms wasm for JPEG 2000 scans and ICC colour. Read from disk, never fetched.
const pdfjsDist = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const DATA = {
  standardFontDataUrl: join(pdfjsDist, "standard_fonts") + "/",
  cMapUrl: join(pdfjsDist, "cmaps") + "/",
  cMapPacked: true,
  wasmUrl: join(pdfjsDist, "wasm") + "/",
  iccUrl: join(pdfjsDist, "iccs") + "/",
};

/**
 * pdf.js reads a standard font's data (a PDF naming Helvetica without embedding it) from disk for every document
 * that uses it; these files (17–160 KB each, 0.8 MB all 14) are kept for the process instead. pdf.js gets a copy each time,
 * as it may hand the buffer over to its worker side.
 */
const standardFontData = new Map<string, Promise<Uint8Array>>();
class KeptStandardFontData {
  constructor(private readonly options: { baseUrl: string | null }) {}
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    const path = `${this.options.baseUrl ?? DATA.standardFontDataUrl}${filename}`;
    let data = standardFontData.get(path);
    if (!data) {
      data = readFile(path).then((b) => new Uint8Array(b));
      standardFontData.set(path, data);
      data.catch(() => standardFontData.delete(path));
    }
    return (await data).slice();
  }
}

/**
 * The raw bytes are checked first (prescan.ts: streams inflating past `maxInflatedBytes` and absurd nesting
 * fail with "limit"; images past `maxPixels` are reported). pdf.js leaves out images larger than `maxPixels`
 * without decoding them, so an image bomb inside a PDF costs nothing.
 */
export async function openPdf(bytes: Uint8Array, limits: PrescanLimits): Promise<{ doc: PdfDocument; report: PrescanReport }> {
  const report = await prescanPdf(bytes, limits);
  // unpdf's factory creates @napi-rs/canvas canvases for pdf.js and installs the DOMMatrix/Path2D/ImageData globals it needs.
  const CanvasFactory = await createIsomorphicCanvasFactory(() => import("@napi-rs/canvas"));
  // pdf.js may take over the buffer it is given, so it gets a copy; verbosity 0 keeps its warnings off stdout.
  const doc = await getDocumentProxy(new Uint8Array(bytes), {
    ...DATA,
    CanvasFactory,
    StandardFontDataFactory: KeptStandardFontData,
    verbosity: 0,
    useSystemFonts: false,
    isEvalSupported: false,
    maxImageSize: limits.maxPixels,
  }).catch((error: unknown) => {
    throw toExtractionError(error);
  });
  return { doc, report };
}

export async function pdfOps(): Promise<Record<string, number>> {
  return (await getResolvedPDFJS()).OPS as Record<string, number>;
}

export function toExtractionError(error: unknown): unknown {
  if (error instanceof ExtractionError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "AbortError" || name === "RenderingCancelledException") return error;
  if (name === "PasswordException") {
    return new ExtractionError("encrypted", "PDF is encrypted with a password", { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractionError("corrupt", `could not read PDF: ${detail}`, { cause: error });
}
