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

it("./sniff reaches neither unpdf nor pdfjs", async () => {
  const reached = [...(await importsOf(resolve(src, "sniff.ts")))];
  expect(reached).toContain("file-type");
  expect(reached.filter((s) => /unpdf|pdfjs/.test(s))).toEqual([]);
});

it("the index does load unpdf (so the walk above would notice it)", async () => {
  expect([...(await importsOf(resolve(src, "index.ts")))]).toContain("unpdf");
});
