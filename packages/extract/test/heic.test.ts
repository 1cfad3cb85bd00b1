// HEIC photos, made at test time by ImageMagick (libheif), decoded by libheif as WebAssembly and OCR'd.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createOcrEngine, extractText, renderThumbnail, type OcrEngine } from "../src/index.ts";
import { TEST_OCR_ENGINE } from "./ocr-choice.ts";
import { sniffBytes } from "../src/sniff.ts";
import * as fx from "../src/testing.ts";

let dir: string;
let heic: Uint8Array;
let ocr: OcrEngine;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "docscan-heic-"));
  writeFileSync(join(dir, "page.png"), await fx.encodePicture(await fx.drawText(["Invoice number 4711", "Total due 1234 EUR"], { height: 300 }), "png"));
  execFileSync("convert", ["page.png", "-quality", "90", "page.heic"], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  heic = new Uint8Array(readFileSync(join(dir, "page.heic")));
  ocr = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE, workers: 1 });
}, 300_000);
afterAll(async () => {
  await ocr?.terminate();
  rmSync(dir, { recursive: true, force: true });
});

it("a HEIC photo is sniffed, decoded offline, OCR'd and thumbnailed", async () => {
  expect(await sniffBytes(heic)).toEqual({ ok: true, mime: "image/heic", ext: ".heic" });
  const result = await extractText(heic, "image/heic", { ocr });
  expect(result.pages[0]!.method).toBe("ocr");
  for (const word of ["invoice", "4711", "total", "1234"]) expect(result.text.toLowerCase()).toContain(word);
  const thumb = await renderThumbnail(heic, "image/heic", { width: 200 });
  expect(thumb?.mime).toBe("image/webp");
});

it("a HEIC over the pixel limit is refused before its pixels are decoded; a truncated one is corrupt", async () => {
  expect(await extractText(heic, "image/heic", { limits: { maxPixels: 10_000 } }).catch((e: unknown) => e)).toMatchObject({ code: "limit" });
  expect(await extractText(heic.subarray(0, 200), "image/heic").catch((e: unknown) => e)).toMatchObject({ code: "corrupt" });
});
