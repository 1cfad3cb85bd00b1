// Decompression and structure bounds checked before pdf.js reads a PDF (src/pdf/prescan.ts), in process.
import { describe, expect, it } from "vitest";
import { extractText, renderThumbnail } from "../src/index.ts";
import * as fx from "../src/testing.ts";

const PDF = "application/pdf";
const MiB = 1024 * 1024;

describe("hostile PDFs fail with the bound they break, before pdf.js inflates anything", () => {
  it("a page content stream inflating to 512 MiB (the issue-13 bomb)", async () => {
    const bomb = fx.makeInflatingPdf(512 * MiB);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const message = "object 4 of the PDF inflates to more than 64 MiB; the limit is 64 MiB (MAX_INFLATED_MB)";
    await expect(extractText(bomb, PDF)).rejects.toMatchObject({ code: "limit", message });
    await expect(renderThumbnail(bomb, PDF)).rejects.toMatchObject({ code: "limit", message });
  });

  it("a stream just under the bound is read", async () => {
    const pdf = fx.makeInflatingPdf(8 * MiB);
    await expect(extractText(pdf, PDF, { limits: { maxInflatedBytes: 8 * MiB } })).resolves.toMatchObject({ pageCount: 1 });
    await expect(extractText(pdf, PDF, { limits: { maxInflatedBytes: 4 * MiB } })).rejects.toMatchObject({
      code: "limit",
      message: "object 4 of the PDF inflates to more than 4 MiB; the limit is 4 MiB (MAX_INFLATED_MB)",
    });
  });

  it("a page's content streams count together: pdf.js joins them into one buffer", async () => {
    const message = "the content of a page of the PDF (6 streams) inflates to more than 64 MiB together; the limit is 64 MiB (MAX_INFLATED_MB)";
    // Six streams of 60 MiB, each under the bound.
    await expect(extractText(fx.makeInflatingPdf(360 * MiB, 6), PDF)).rejects.toMatchObject({ code: "limit", message });
    // One 20 MiB stream listed six times.
    await expect(extractText(fx.makeInflatingPdf(20 * MiB, 1, 6), PDF)).rejects.toMatchObject({ code: "limit", message });
    // Three streams of 20 MiB: 60 MiB together, under the bound.
    await expect(extractText(fx.makeInflatingPdf(60 * MiB, 3), PDF)).resolves.toMatchObject({ pageCount: 1 });
  });

  it("an image claiming 100 000 × 100 000 pixels", async () => {
    await expect(extractText(fx.makeHugeImagePdf(100_000, 100_000), PDF)).rejects.toMatchObject({
      code: "limit",
      message: "an image in the PDF (object 5) is 10000.0 megapixels; the limit is 50 (MAX_MEGAPIXELS)",
    });
  });

  it("arrays nested 100 000 deep", async () => {
    await expect(extractText(fx.makeDeeplyNestedPdf(100_000), PDF)).rejects.toMatchObject({
      code: "limit",
      message: "the PDF nests arrays or dictionaries more than 200 deep (the nesting limit)",
    });
    // Ordinary nesting is fine.
    expect((await extractText(fx.makeDeeplyNestedPdf(20), PDF)).text).toBe("nested");
  });

  it("brackets inside page content and strings are not nesting", async () => {
    const text = `${"[".repeat(300)} (${"<<".repeat(300)})`;
    const pdf = fx.makePdf([text.replace(/[()]/g, "")]);
    expect((await extractText(pdf, PDF)).text).toContain("[[[");
  });
});
