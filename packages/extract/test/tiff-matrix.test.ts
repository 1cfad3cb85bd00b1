// Every kind of TIFF libtiff opens, made at test time by ImageMagick (`convert`) and libtiff-tools
// (`tiffcp`) from one rendered page with known words: each must sniff as TIFF and decode to the page's
// pixels; a few are OCR'd end to end (OCR of every variant would take minutes).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstTiffPage } from "../src/formats/tiff.ts";
import { createOcrEngine, extractText, renderThumbnail, type OcrEngine } from "../src/index.ts";
import { TEST_OCR_ENGINE } from "./ocr-choice.ts";
import { sniffBytes } from "../src/sniff.ts";
import * as fx from "../src/testing.ts";

const LINES = ["Invoice number 4711", "Total due 1234 EUR", "Thank you for your order"];
const WORDS = ["invoice", "4711", "total", "1234", "thank", "order"];

/** name → how it is made from page.png (convert) or from another variant (tiffcp). */
const MATRIX: Record<string, string[]> = {
  "rgb-none-le": ["convert", "page.png", "-type", "TrueColor", "-compress", "none", "-define", "tiff:endian=lsb"],
  "rgb-none-be": ["convert", "page.png", "-type", "TrueColor", "-compress", "none", "-define", "tiff:endian=msb"],
  "rgb-packbits": ["convert", "page.png", "-type", "TrueColor", "-compress", "RLE"],
  "rgb-lzw": ["convert", "page.png", "-type", "TrueColor", "-compress", "LZW"],
  "rgb-deflate": ["convert", "page.png", "-type", "TrueColor", "-compress", "Zip"],
  "rgb-jpeg": ["convert", "page.png", "-type", "TrueColor", "-compress", "JPEG"],
  "rgb-16bit": ["convert", "page.png", "-type", "TrueColor", "-depth", "16", "-compress", "none"],
  "rgba-lzw": ["convert", "page.png", "-type", "TrueColorAlpha", "-compress", "LZW"],
  "bilevel-g3": ["convert", "page.png", "-type", "Bilevel", "-compress", "Fax"],
  "bilevel-g4": ["convert", "page.png", "-type", "Bilevel", "-compress", "Group4"],
  "bilevel-none": ["tiffcp", "-c", "none", "bilevel-g4.tif"],
  "bilevel-g3-2d": ["tiffcp", "-c", "g3:2d", "bilevel-g4.tif"],
  "grey-none": ["convert", "page.png", "-type", "Grayscale", "-compress", "none"],
  "grey-16bit-be": ["convert", "page.png", "-type", "Grayscale", "-depth", "16", "-compress", "none", "-define", "tiff:endian=msb"],
  "grey-lzw-predictor": ["tiffcp", "-c", "lzw:2", "grey-none.tif"],
  "palette-none": ["convert", "page.png", "-type", "Palette", "-compress", "none"],
  "palette-packbits": ["tiffcp", "-c", "packbits", "palette-none.tif"],
  "cmyk-none": ["convert", "page.png", "-colorspace", "CMYK", "-compress", "none"],
  "cmyk-lzw": ["convert", "page.png", "-colorspace", "CMYK", "-compress", "LZW"],
  "tiles-lzw": ["convert", "page.png", "-type", "TrueColor", "-compress", "LZW", "-define", "tiff:tile-geometry=128x128"],
  "tiles-jpeg": ["tiffcp", "-t", "-w", "64", "-l", "64", "-c", "jpeg", "rgb-none-le.tif"],
  "tiles-g4": ["tiffcp", "-t", "-w", "256", "-l", "256", "-c", "g4", "bilevel-g4.tif"],
  "strips-many": ["tiffcp", "-r", "7", "-c", "zip", "rgb-none-be.tif"],
  "bigtiff-le-none": ["tiffcp", "-8", "rgb-none-le.tif"],
  "bigtiff-be-lzw": ["tiffcp", "-8", "-B", "-c", "lzw", "rgb-none-le.tif"],
  "bigtiff-tiles-deflate": ["tiffcp", "-8", "-t", "-w", "128", "-l", "128", "-c", "zip", "grey-none.tif"],
};

let dir: string;
let reference: Uint8Array; // the page's grey pixels
const files = new Map<string, Uint8Array>();

function make(name: string, [tool, ...args]: string[]): void {
  const out = join(dir, `${name}.tif`);
  // convert takes the output last; tiffcp the input then the output.
  execFileSync(tool!, [...args, out], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  files.set(name, new Uint8Array(readFileSync(out)));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "docscan-tiff-"));
  const page = await fx.drawText(LINES, { width: 900, height: 300 });
  writeFileSync(join(dir, "page.png"), await fx.encodePicture(page, "png"));
  reference = new Uint8Array(page.width * page.height);
  for (let i = 0; i < reference.length; i++) reference[i] = page.rgba[i * 4]!;
  for (const [name, command] of Object.entries(MATRIX)) make(name, command);
  // Three pages, each its own words.
  const pages = ["one", "two", "three"].map((word) => fx.drawText([`Page ${word} of the fax`], { width: 900, height: 300 }));
  const pngs = await Promise.all((await Promise.all(pages)).map((p) => fx.encodePicture(p, "png")));
  pngs.forEach((png, i) => writeFileSync(join(dir, `p${i}.png`), png));
  make("multi-g4", ["convert", "p0.png", "p1.png", "p2.png", "-type", "Bilevel", "-compress", "Group4"]);
  make("multi-bigtiff", ["tiffcp", "-8", "-c", "lzw", "multi-g4.tif"]);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Share of pixels on the other side of mid-grey from the reference (lossy JPEG and bilevel dither a little). */
function mismatch(gray: Uint8Array): number {
  let differ = 0;
  for (let i = 0; i < reference.length; i++) if (gray[i]! < 128 !== reference[i]! < 128) differ++;
  return differ / reference.length;
}

describe("TIFF matrix: sniffed and decoded", () => {
  it.each(Object.keys(MATRIX))("%s", async (name) => {
    const bytes = files.get(name)!;
    expect(await sniffBytes(bytes.subarray(0, 64 * 1024))).toEqual({ ok: true, mime: "image/tiff", ext: ".tif" });
    const page = await firstTiffPage(bytes);
    expect([page.width, page.height]).toEqual([900, 300]);
    expect(mismatch(page.data)).toBeLessThan(0.01);
    // Dark pixels exist at all: a blank decode would pass the mismatch test on a mostly white page.
    expect(page.data.filter((v) => v < 128).length).toBeGreaterThan(2000);
    const result = await extractText(bytes, "image/tiff");
    expect(result.pageCount).toBe(1);
  });

  it("the test files really are what their names say", () => {
    const info = (name: string) => execFileSync("tiffinfo", [join(dir, `${name}.tif`)], { stdio: ["ignore", "pipe", "ignore"] }).toString();
    expect(info("bilevel-g4")).toContain("CCITT Group 4");
    expect(info("bilevel-g3")).toContain("CCITT Group 3");
    expect(info("cmyk-lzw")).toMatch(/separated/);
    expect(info("palette-none")).toContain("palette");
    expect(info("bilevel-none")).toMatch(/Bits\/Sample: 1\b/);
    expect(info("grey-lzw-predictor")).toMatch(/Predictor: horizontal/);
    expect(info("tiles-jpeg")).toMatch(/Tile Width: 64/);
    expect(info("tiles-jpeg")).toContain("JPEG");
    expect(info("rgb-packbits")).toContain("PackBits");
    expect(info("rgb-deflate")).toMatch(/Deflate/);
    expect(Buffer.from(files.get("bigtiff-be-lzw")!.subarray(0, 4)).toString("latin1")).toBe("MM\0+");
    expect(Buffer.from(files.get("rgb-none-be")!.subarray(0, 4)).toString("latin1")).toBe("MM\0*");
  });

  it("multi-page files: every page, in order (classic G4 and BigTIFF)", async () => {
    for (const name of ["multi-g4", "multi-bigtiff"]) {
      const result = await extractText(files.get(name)!, "image/tiff");
      expect(result.pageCount).toBe(3);
    }
  });

  it("a thumbnail of a JPEG-tiled page", async () => {
    const thumb = await renderThumbnail(files.get("tiles-jpeg")!, "image/tiff", { width: 300 });
    expect(thumb?.mime).toBe("image/webp");
    expect(Buffer.from(thumb!.bytes.subarray(8, 12)).toString("latin1")).toBe("WEBP");
  });
});

describe("TIFF matrix: OCR of a few", () => {
  let ocr: OcrEngine;
  beforeAll(async () => {
    ocr = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE, workers: 1 });
  }, 300_000);
  afterAll(() => ocr?.terminate());

  it.each(["rgb-none-le", "bilevel-g4", "cmyk-lzw", "bigtiff-be-lzw"])("%s", async (name) => {
    const result = await extractText(files.get(name)!, "image/tiff", { ocr });
    const text = result.text.toLowerCase();
    for (const word of WORDS) expect(text, `"${word}" in ${JSON.stringify(result.text)}`).toContain(word);
  });

  it("a three-page BigTIFF: each page its own words", async () => {
    const result = await extractText(files.get("multi-bigtiff")!, "image/tiff", { ocr });
    expect(result.pages.map((p) => p.text.toLowerCase())).toEqual([
      expect.stringContaining("page one"),
      expect.stringContaining("page two"),
      expect.stringContaining("page three"),
    ]);
  });
});
