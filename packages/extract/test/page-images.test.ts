// Which PDF pages can paint a picture, read from the file's objects (src/pdf/page-images.ts): a page with a
// text layer and none skips pdf.js's operator list. Every page is checked against pdf.js's own page references.
import { deflateSync } from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { imagePageContent, pageContent, type PageContent } from "../src/pdf/content.ts";
import { openPdf, pdfOps } from "../src/pdf/document.ts";
import { PageImages } from "../src/pdf/page-images.ts";
import { DEFAULT_LIMITS } from "../src/limits.ts";
import * as fx from "../src/testing.ts";

/** mayPaintImages of each page, in order. */
async function paints(pdf: Uint8Array): Promise<boolean[]> {
  const { doc } = await openPdf(pdf, DEFAULT_LIMITS);
  try {
    const images = new PageImages(pdf);
    const answers: boolean[] = [];
    for (let n = 1; n <= doc.numPages; n++) answers.push(images.mayPaintImages((await doc.getPage(n)).ref));
    return answers;
  } finally {
    await doc.destroy();
  }
}

const latin1 = (s: string) => Buffer.from(s, "latin1");
const TEXT = "BT /F1 12 Tf 72 700 Td (Typed words) Tj ET";
const FONT = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>";
const IMAGE = { dict: "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", data: latin1("\x00\xff\xff\x00") };

/** One page (object 3) with `resources` and `content`, plus the extra objects from 5 on; object 2 is the page tree. */
function onePage(resources: string, content: string, extra: readonly Parameters<typeof fx.makeRawPdf>[0][number][] = [], pageExtra = "", treeExtra = "") {
  return fx.makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [3 0 R] /Count 1 ${treeExtra} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ${resources} /Contents 4 0 R ${pageExtra} >>`,
    { dict: "/Filter /FlateDecode", data: deflateSync(latin1(content)) },
    ...extra,
  ]);
}

describe("PageImages", () => {
  it("typed pages paint none; a page with a picture may", async () => {
    const picture = { jpeg: fx.makeJpeg(), width: 1, height: 1, at: [72, 72, 200, 200] as const };
    expect(await paints(fx.makePdf(["First page", { text: "Second", images: [picture] }, "Third"]))).toEqual([false, true, false]);
  });

  it("a form XObject holding an image may paint; one holding text only does not", async () => {
    const withImage = onePage(`/Resources << ${FONT} /XObject << /Fm0 5 0 R >> >>`, `${TEXT} /Fm0 Do`, [
      { dict: "/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /Im0 6 0 R >> >>", data: latin1("/Im0 Do") },
      IMAGE,
    ]);
    const textOnly = onePage(`/Resources << ${FONT} /XObject << /Fm0 5 0 R >> >>`, `${TEXT} /Fm0 Do`, [
      { dict: `/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << ${FONT} >>`, data: latin1(TEXT) },
    ]);
    expect(await paints(withImage)).toEqual([true]);
    expect(await paints(textOnly)).toEqual([false]);
  });

  it("an inline image in the page's content, or in a form's, may paint", async () => {
    const inline = "q 100 0 0 100 72 72 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q";
    expect(await paints(onePage(`/Resources << ${FONT} >>`, `${TEXT} ${inline}`))).toEqual([true]);
    const inForm = onePage(`/Resources << ${FONT} /XObject << /Fm0 5 0 R >> >>`, `${TEXT} /Fm0 Do`, [
      { dict: "/Type /XObject /Subtype /Form /BBox [0 0 100 100]", data: latin1(inline) },
    ]);
    expect(await paints(inForm)).toEqual([true]);
    // "BI" inside words is no operator.
    expect(await paints(onePage(`/Resources << ${FONT} >>`, "BT /F1 12 Tf 72 700 Td (BIG BILL) Tj ET"))).toEqual([false]);
  });

  it("resources inherited from the page tree count", async () => {
    const pdf = onePage("", `${TEXT} /Im0 Do`, [IMAGE], "", `/Resources << ${FONT} /XObject << /Im0 5 0 R >> >>`);
    expect(await paints(pdf)).toEqual([true]);
    expect(await paints(onePage("", TEXT, [], "", `/Resources << ${FONT} >>`))).toEqual([false]);
  });

  it("an annotation with an appearance may paint; a link without one does not", async () => {
    const link = "/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://example.org) >> >>]";
    expect(await paints(onePage(`/Resources << ${FONT} >>`, TEXT, [], link))).toEqual([false]);
    const stamp = "/Annots [5 0 R]";
    const ap = "<< /Type /Annot /Subtype /Stamp /Rect [0 0 100 100] /AP << /N 6 0 R >> >>";
    expect(await paints(onePage(`/Resources << ${FONT} >>`, TEXT, [ap, { dict: "/Type /XObject /Subtype /Form /BBox [0 0 100 100]", data: latin1("") }], stamp))).toEqual([true]);
  });

  it("pages inside object streams (pdf-lib's default) are read too", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText("Only words here", { font, x: 72, y: 700 });
    const png = await doc.embedPng(await fx.encodePicture(await fx.drawText(["Pasted"]), "png"));
    const second = doc.addPage();
    second.drawText("Words and a picture", { font, x: 72, y: 700 });
    second.drawImage(png, { x: 72, y: 300, width: 200, height: 100 });
    const bytes = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(bytes).toString("latin1")).toContain("/ObjStm");
    expect(await paints(bytes)).toEqual([false, true]);
  });

  it("what it cannot read may paint: an encrypted file, a content filter other than Flate", async () => {
    expect(await paints(fx.makePdf(["Secret words"], { userPassword: "", ownerPassword: "owner" }))).toEqual([true]);
    const ascii = fx.makeRawPdf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << ${FONT} >> /Contents 4 0 R >>`,
      { dict: "/Filter /ASCIIHexDecode", data: latin1(`${Buffer.from(TEXT).toString("hex")}>`) },
    ]);
    expect(await paints(ascii)).toEqual([true]);
  });
});

/** Per page: what the objects say (placedImage → imagePageContent), or null, beside the operator list's answer. */
async function scanAnswers(pdf: Uint8Array, maxPixels = DEFAULT_LIMITS.maxPixels): Promise<{ placed: PageContent | null; list: PageContent }[]> {
  const { doc } = await openPdf(pdf, DEFAULT_LIMITS);
  try {
    const images = new PageImages(pdf);
    const OPS = await pdfOps();
    const answers = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const placed = images.placedImage(page.ref, maxPixels);
      answers.push({ placed: placed && imagePageContent(page, placed), list: await pageContent(page, OPS) });
    }
    return answers;
  } finally {
    await doc.destroy();
  }
}

describe("PageImages.placedImage (a scanner's page: one image and nothing else)", () => {
  const scan = (at: readonly [number, number, number, number]) => ({ images: [{ jpeg: fx.makeJpeg(), width: 1700, height: 2200, at }] });

  it("gives what the operator list gives, without it: the scan's coverage and resolution", async () => {
    const answers = await scanAnswers(fx.makePdf([scan([0, 0, 612, 792]), scan([72, 72, 306, 396])]));
    expect(answers[0]!.placed).toEqual(answers[0]!.list);
    expect(answers[0]!.placed).toMatchObject({ blank: false, visibleText: false, imageCoverage: 1, scanDpi: 200 });
    expect(answers[1]!.placed).toEqual(answers[1]!.list);
    expect(answers[1]!.placed?.scanDpi).toBeUndefined();
  });

  it("nested q/cm/Q are followed as pdf.js does", async () => {
    const content = "q 2 0 0 2 0 0 cm q 306 0 0 396 0 0 cm /Im0 Do Q Q";
    const [answer] = await scanAnswers(onePage("/Resources << /XObject << /Im0 5 0 R >> >>", content, [IMAGE]));
    expect(answer!.placed).toEqual(answer!.list);
    expect(answer!.placed?.imageCoverage).toBe(1);
  });

  it("anything else on the page, or anything it cannot read, is left to the operator list", async () => {
    const resources = `/Resources << ${FONT} /XObject << /Im0 5 0 R /Im1 5 0 R >> >>`;
    const place = "q 612 0 0 792 0 0 cm /Im0 Do Q";
    const cases = [
      `${TEXT} ${place}`, // text too
      `${place} q 10 0 0 10 0 0 cm /Im1 Do Q`, // two images
      `${place} 0 0 100 100 re f`, // a path
      `q 100 0 0 100 72 72 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q`, // an inline image
      "q 612 0 0 792 0 0 cm /Missing Do Q", // a name the resources lack
      "q 612 0 792 0 0 cm /Im0 Do Q", // cm with five operands
    ];
    for (const content of cases) {
      expect((await scanAnswers(onePage(resources, content, [IMAGE])))[0]!.placed, content).toBeNull();
    }
    const mask = { ...IMAGE, dict: "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ImageMask true /BitsPerComponent 1" };
    expect((await scanAnswers(onePage(resources, place, [mask])))[0]!.placed).toBeNull();
    const form = { dict: "/Type /XObject /Subtype /Form /BBox [0 0 1 1]", data: latin1("") };
    expect((await scanAnswers(onePage(resources, place, [form])))[0]!.placed).toBeNull();
    // pdf.js leaves out an image over maxPixels: the operator list says so (a blank page), not this
    expect((await scanAnswers(onePage(resources, place, [IMAGE]), 3))[0]!.placed).toBeNull();
    expect((await scanAnswers(fx.makePdf([scan([0, 0, 612, 792])], { userPassword: "", ownerPassword: "owner" })))[0]!.placed).toBeNull();
  });
});
