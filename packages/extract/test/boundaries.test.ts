// The API imports "./sniff" at upload time; it must not drag the PDF library along.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

async function importsOf(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = await readFile(file, "utf8");
  for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\b[^"';]*?from\s+["']([^"']+)["']/gm)) {
    if (specifier!.startsWith(".")) await importsOf(resolve(dirname(file), specifier!), seen);
    else seen.add(specifier!);
  }
  return seen;
}

const HEAVY = /unpdf|pdfjs|@napi-rs\/canvas|tesseract|sharp/;

it("./sniff reaches none of the heavy libraries (PDF, canvas, OCR, TIFF)", async () => {
  const reached = [...(await importsOf(resolve(src, "sniff.ts")))];
  expect(reached).toContain("file-type");
  expect(reached.filter((s) => HEAVY.test(s))).toEqual([]);
});

it("the index does load them (so the walk above would notice)", async () => {
  const reached = [...(await importsOf(resolve(src, "index.ts")))];
  for (const name of ["unpdf", "@napi-rs/canvas", "tesseract.js", "sharp"]) expect(reached).toContain(name);
});
