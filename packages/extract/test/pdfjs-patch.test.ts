// The text-layer speed in docs/benchmarks.md rests on one change to the pdf.js inside unpdf (ADR 0046,
// patches/unpdf@1.4.0.patch): without it, pdf.js allocates several arrays per glyph to place it. The rest of the
// suite checks that text comes out the same; this checks that the pdf.js the extractor loads is the patched one,
// so an upgrade of unpdf that drops the patch is noticed here, not in a slower benchmark.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";

test("the pdf.js the extractor loads places glyphs without intermediate arrays (ADR 0046)", () => {
  // "unpdf/pdfjs" is exported for import only; the bundle sits beside the package's main file.
  const bundle = readFileSync(join(dirname(createRequire(import.meta.url).resolve("unpdf")), "pdfjs.mjs"), "utf8");
  const start = bundle.indexOf("function getCurrentTextTransform(");
  expect(start).toBeGreaterThan(-1);
  const body = bundle.slice(start, bundle.indexOf("function ensureTextContentItem(", start));
  expect(body).toContain("docscan ADR 0046");
  expect(body.replace(/\/\*.*?\*\//g, "")).not.toMatch(/\.transform\(/);
  // The item's prevTransform is now written in place: the one place it becomes a space item's transform copies it.
  const pushWhitespace = bundle.slice(bundle.indexOf("function pushWhitespace("), bundle.indexOf("function getCurrentTextTransform("));
  expect(pushWhitespace).toMatch(/===\w+\.prevTransform&&\w+&&\(\w+=\w+\.slice\(\)\)/);
});
