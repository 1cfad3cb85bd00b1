// OCR through the real engine, native tesseract or tesseract.js as OCR_ENGINE says (offline, eng from @tesseract.js-data/eng). One engine for the file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOcrEngine, ExtractionError, extractText, LOW_OCR_CONFIDENCE, type ExtractResult, type OcrEngine } from "../src/index.ts";
import { meanWordConfidence, nativeTesseractVersion } from "../src/ocr/native.ts";
import { TEST_OCR_ENGINE } from "./ocr-choice.ts";
import * as fx from "../src/testing.ts";

let ocr: OcrEngine;
beforeAll(async () => {
  ocr = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE });
}, 300_000);
afterAll(() => ocr?.terminate());

const LINES = ["Invoice number 4711", "Total due 1234 EUR", "Thank you for your order"];
const WORDS = ["invoice", "4711", "total", "1234", "thank", "order"];

function expectWords(text: string, words: readonly string[]): void {
  const found = text.toLowerCase();
  for (const word of words) expect(found, `"${word}" in ${JSON.stringify(text)}`).toContain(word);
}

function expectOcrPage(result: ExtractResult, page: number, words: readonly string[]): void {
  const { text, method, ocrConfidence } = result.pages[page]!;
  expect(method).toBe("ocr");
  expectWords(text, words);
  expect(ocrConfidence).toBeGreaterThan(70);
}

async function jpegOf(lines: readonly string[]) {
  const picture = await fx.drawText(lines);
  return { jpeg: await fx.encodePicture(picture, "jpeg"), width: picture.width, height: picture.height };
}

describe("images", () => {
  it("PNG with a transparent background (alpha flattened onto white)", async () => {
    const png = await fx.encodePicture(await fx.drawText(LINES, { background: null }), "png");
    const result = await extractText(png, "image/png", { ocr });
    expect(result.pageCount).toBe(1);
    expectOcrPage(result, 0, WORDS);
    expect(result.meanOcrConfidence).toBe(result.pages[0]!.ocrConfidence);
  });

  it("GIF: the first frame of an animation", async () => {
    const gif = await fx.encodeAnimatedGif([await fx.drawText(LINES), await fx.drawText(["Second frame elephant"])]);
    const result = await extractText(gif, "image/gif", { ocr });
    expectOcrPage(result, 0, WORDS);
    expect(result.text.toLowerCase()).not.toContain("elephant");
  });

  it.each(["jpeg", "gif", "webp"] as const)("%s", async (format) => {
    const bytes = await fx.encodePicture(await fx.drawText(LINES), format);
    expectOcrPage(await extractText(bytes, `image/${format}`, { ocr }), 0, WORDS);
  });

  it("BMP", async () => {
    expectOcrPage(await extractText(fx.encodeBmp(await fx.drawText(LINES)), "image/bmp", { ocr }), 0, WORDS);
  });

  it("multi-page TIFF with alpha: each page is a page", async () => {
    const first = await fx.drawText(LINES, { background: null });
    const second = await fx.drawText(["Second page of the fax", "Signed by the manager"], { background: null });
    const result = await extractText(fx.encodeTiff([first, second]), "image/tiff", { ocr });
    expect(result.pageCount).toBe(2);
    expectOcrPage(result, 0, WORDS);
    expectOcrPage(result, 1, ["second", "fax", "signed", "manager"]);
    expect(result.text).toBe(`${result.pages[0]!.text}\n\n${result.pages[1]!.text}`);
  });

  it("a page OCR cannot read (mirrored text) is reported as low confidence; a clean one is not", async () => {
    const mirrored = fx.mirror(await fx.drawText(LINES, { height: 300 }));
    const tiff = fx.encodeTiff([await fx.drawText(LINES, { height: 300 }), mirrored]);
    const result = await extractText(tiff, "image/tiff", { ocr });
    expect(result.pages[0]!.ocrConfidence).toBeGreaterThanOrEqual(LOW_OCR_CONFIDENCE);
    expect(result.pages[1]!.ocrConfidence).toBeLessThan(LOW_OCR_CONFIDENCE);
    expect(result.lowConfidencePages).toEqual([2]);
  });

  it.each([180, 270] as const)("a one-line page turned by %i degrees (too short for OSD) is read upright", async (rotate) => {
    const tiff = fx.encodeTiff([await fx.drawText(["Invoice number 4711 paid"], { rotate, width: 1200, height: 200 })]);
    expectOcrPage(await extractText(tiff, "image/tiff", { ocr }), 0, ["invoice", "number", "4711", "paid"]);
  });

  it.each([90, 180, 270] as const)("a page turned by %i degrees is read upright", async (rotate) => {
    const lines = [...LINES, "The quick brown fox jumps", "over the lazy dog again"];
    const png = await fx.encodePicture(await fx.drawText(lines, { rotate, height: 700 }), "png");
    expectOcrPage(await extractText(png, "image/png", { ocr }), 0, [...WORDS, "quick", "brown", "lazy"]);
  });
});

describe("PDF", () => {
  it("a scanned PDF: image-only pages are rendered and OCR'd", async () => {
    const scan = await jpegOf(LINES);
    const pdf = fx.makePdf([{ images: [{ ...scan, at: [36, 300, 540, 324] }] }, { images: [{ ...scan, at: [36, 300, 540, 324] }] }]);
    const result = await extractText(pdf, "application/pdf", { ocr });
    expect(result.pageCount).toBe(2);
    expectOcrPage(result, 0, WORDS);
    expectOcrPage(result, 1, WORDS);
    expect(result.meanOcrConfidence).toBeGreaterThan(70);
  });

  it("a mixed PDF: text layer where there is one, OCR for scans, both for text pages with large images", async () => {
    const receipt = await jpegOf(["Receipt from Corner Bakery", "Sourdough loaf 4.50"]);
    const logo = await jpegOf(["LOGO"]);
    const pdf = fx.makePdf([
      "Cover letter\nPlease find the receipt attached",
      { images: [{ ...receipt, at: [36, 300, 540, 324] }] },
      { text: "Expense claim for March\nSee the receipt below", images: [{ ...receipt, at: [72, 150, 400, 240] }] },
      { text: "Page with a small logo", images: [{ ...logo, at: [500, 740, 60, 36] }] },
      { text: "Invoice number 4711", invisibleText: true, images: [{ ...receipt, at: [0, 0, 612, 792] }] },
    ]);
    const result = await extractText(pdf, "application/pdf", { ocr });
    expect(result.pages.map((page) => page.method)).toEqual(["text-layer", "ocr", "text-layer+ocr", "text-layer", "text-layer"]);
    expect(result.pages[0]!.text).toBe("Cover letter\nPlease find the receipt attached");
    expectOcrPage(result, 1, ["receipt", "corner", "bakery", "sourdough", "4.50"]);
    const mixed = result.pages[2]!;
    expect(mixed.text.startsWith("Expense claim for March\nSee the receipt below\n\n")).toBe(true);
    expectWords(mixed.text, ["corner", "bakery", "sourdough"]);
    expect(mixed.text.match(/expense claim/gi)).toHaveLength(1); // layer text OCR'd again is not repeated
    expect(mixed.ocrConfidence).toBeGreaterThan(70);
    // An earlier OCR pass (invisible text over a full-page scan) is trusted, not redone.
    expect(result.pages[4]!.text).toBe("Invoice number 4711");
  });

  it("a typed page with a pasted picture of text in the middle: the picture's words come out between the typed lines", async () => {
    const picture = await jpegOf(["Receipt from Corner Bakery", "Sourdough loaf 4.50"]);
    // Text lines are 16 pt apart from y = 720: line 24 sits below the picture (y 380–620).
    const text = ["Expense claim for March", "See the receipt below", ...Array<string>(23).fill(""), "Signed by the manager"].join("\n");
    const result = await extractText(fx.makePdf([{ text, images: [{ ...picture, at: [72, 380, 450, 240] }] }]), "application/pdf", { ocr });
    const page = result.pages[0]!;
    expect(page.method).toBe("text-layer+ocr");
    const at = (word: string) => page.text.toLowerCase().indexOf(word);
    for (const word of ["receipt below", "bakery", "sourdough", "signed by"]) expect(at(word), `${word} in ${JSON.stringify(page.text)}`).toBeGreaterThan(-1);
    expect(at("receipt below")).toBeLessThan(at("bakery"));
    expect(at("sourdough")).toBeLessThan(at("signed by"));
  });

  it("maxPixels: a page too large to render within the limit even at 72 dpi", async () => {
    const scan = await jpegOf(LINES);
    const large = fx.makePdf([{ images: [{ ...scan, at: [0, 0, 2000, 1200] }], size: [2000, 2000] }]);
    const error = await extractText(large, "application/pdf", { ocr, limits: { maxPixels: 1_000_000 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "limit", message: "page 1 is 4.0 megapixels at 72 dpi; the limit is 1 (MAX_MEGAPIXELS)" });
    const huge = fx.makePdf([{ images: [{ ...scan, at: [0, 0, 14400, 14400] }], size: [14400, 14400] }]);
    const error2 = await extractText(huge, "application/pdf", { ocr }).catch((e: unknown) => e);
    expect(error2).toMatchObject({ code: "limit", message: "page 1 is 207.4 megapixels at 72 dpi; the limit is 50 (MAX_MEGAPIXELS)" });
  });

  it("maxPixels: an embedded image over the limit is left out undecoded (pdf.js maxImageSize); with nothing else to read, the document fails naming the limit", async () => {
    const scan = await jpegOf(LINES); // 0.6 megapixels
    const withText = fx.makePdf([{ text: "Cover note", images: [{ ...scan, at: [36, 300, 540, 324] }] }]);
    const result = await extractText(withText, "application/pdf", { ocr, limits: { maxPixels: 500_000 } });
    expect(result.pages).toEqual([{ text: "Cover note", method: "text-layer", ocrConfidence: null }]);
    const imageOnly = fx.makePdf([{ images: [{ ...scan, at: [36, 300, 540, 324] }] }]);
    await expect(extractText(imageOnly, "application/pdf", { ocr, limits: { maxPixels: 500_000 } })).rejects.toMatchObject({
      code: "limit",
      message: expect.stringMatching(/^an image in the PDF \(object \d+\) is 0\.\d megapixels; the limit is 0\.5 \(MAX_MEGAPIXELS\)$/),
    });
  });
});

describe("the engine", () => {
  it("survives a failing job", async () => {
    await expect(ocr.recognize(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow(/Tesseract failed/);
    const png = await fx.encodePicture(await fx.drawText(LINES), "png");
    expectWords((await ocr.recognize(png)).text, WORDS);
  });

  it("gives up on a job after its timeout, replaces the worker, and keeps working", async () => {
    const png = await fx.encodePicture(await fx.drawText(LINES), "png");
    await expect(ocr.recognize(png, { timeoutMs: 5 })).rejects.toMatchObject({ code: "limit" });
    const results = await Promise.all([ocr.recognize(png), ocr.recognize(png), ocr.recognize(png)]);
    for (const result of results) expectWords(result.text, WORDS);
  });

  it("pageTimeoutMs ends the extraction with a limit error; the engine is fine afterwards", async () => {
    const scan = await jpegOf(LINES);
    const pdf = fx.makePdf([{ images: [{ ...scan, at: [36, 300, 540, 324] }] }]);
    const error = await extractText(pdf, "application/pdf", { ocr, limits: { pageTimeoutMs: 20 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: "limit", message: "page 1 took longer than 20 ms (PAGE_TIMEOUT_MS)" });
    expectOcrPage(await extractText(pdf, "application/pdf", { ocr }), 0, WORDS);
  });

  it("tells when a queued job is taken up, so its page's clock only counts the reading", async () => {
    const single = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE, workers: 1 });
    try {
      const png = await fx.encodePicture(await fx.drawText(LINES), "png");
      const events: string[] = [];
      const job = (name: string) =>
        single.recognize(png, { onStart: () => events.push(`${name} started`) }).then(() => events.push(`${name} done`));
      await Promise.all([job("first"), job("second")]);
      expect(events).toEqual(["first started", "first done", "second started", "second done"]);
    } finally {
      await single.terminate();
    }
  });

  it("an abort rejects with the signal's reason", async () => {
    const png = await fx.encodePicture(await fx.drawText(LINES), "png");
    const controller = new AbortController();
    const pending = extractText(png, "image/png", { ocr, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("worker shutting down")), 10);
    await expect(pending).rejects.toThrow("worker shutting down");
  });

  it("a lazy engine starts its workers on the first job", async () => {
    const lazy = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE, workers: 1, lazy: true });
    try {
      expectWords((await lazy.recognize(await fx.encodePicture(await fx.drawText(LINES), "png"))).text, WORDS);
    } finally {
      await lazy.terminate();
    }
  });

  it("terminate() fails running and queued jobs instead of leaving them hanging", async () => {
    const own = await createOcrEngine({ languages: ["eng"], engine: TEST_OCR_ENGINE, workers: 1 });
    const png = await fx.encodePicture(await fx.drawText(LINES), "png");
    const jobs = [own.recognize(png), own.recognize(png)].map((job) => job.then(() => "resolved", (e: unknown) => e));
    await own.terminate();
    for (const outcome of await Promise.all(jobs)) expect(outcome).toEqual(new Error("the OCR engine has been terminated"));
    await expect(own.recognize(png)).rejects.toThrow("the OCR engine has been terminated");
  });

  it("reports a language without its data package, and bad codes", async () => {
    await expect(createOcrEngine({ languages: ["fra"] })).rejects.toThrow(
      'OCR language "fra" is not installed: add the npm package @tesseract.js-data/fra to @docscan/extract',
    );
    await expect(createOcrEngine({ languages: ["../eng"] })).rejects.toThrow(/not a Tesseract language code/);
    await expect(createOcrEngine({ languages: [] })).rejects.toThrow(/at least one language/);
  });

  it("runs one single-threaded worker per core by default", () => {
    expect(ocr.concurrency).toBeGreaterThanOrEqual(1);
    expect(ocr.languages).toEqual(["eng"]);
  });

  it("reads with the backend OCR_ENGINE names; auto takes the native tesseract when one is on PATH", async () => {
    const installed = (await nativeTesseractVersion()) !== null;
    expect(ocr.backend).toBe(TEST_OCR_ENGINE === "auto" ? (installed ? "native" : "wasm") : TEST_OCR_ENGINE);
  });

  it("OCR_ENGINE=native without a tesseract on PATH fails at start with what to do; auto falls back to wasm", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(createOcrEngine({ languages: ["eng"], engine: "native", lazy: true })).rejects.toThrow(
        "OCR_ENGINE=native, but no tesseract 4 or newer is on PATH (apt-get install tesseract-ocr, or OCR_ENGINE=auto)",
      );
      const fallback = await createOcrEngine({ languages: ["eng"], lazy: true });
      expect(fallback.backend).toBe("wasm");
      await fallback.terminate();
    } finally {
      process.env.PATH = path;
    }
  });
});

/** Names of this process's Tesseract output files in the temp dir. */
function outputFiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`docscan-ocr-${process.pid}-`));
}

/** Pids of this process's children named tesseract (native OCR passes running now). */
function tesseractChildren(): number[] {
  return readdirSync("/proc").filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      return comm === "tesseract" && ppid === process.pid ? [Number(pid)] : [];
    } catch {
      return []; // ended meanwhile
    }
  });
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) if (condition()) return true;
  return condition();
}

const NATIVE = TEST_OCR_ENGINE === "native" || (TEST_OCR_ENGINE === "auto" && (await nativeTesseractVersion()) !== null);

describe.runIf(NATIVE)("native tesseract processes", () => {
  /** Long enough for a loaded machine (CI runs the packages' tests side by side); `until` returns when true. */
  const WAIT = 15_000;
  let single: OcrEngine;
  let others: number[] = [];
  /** This block's tesseract processes: the file's shared engine keeps its own. */
  const ours = () => tesseractChildren().filter((pid) => !others.includes(pid));
  let othersFiles: string[] = [];
  /** This block's Tesseract output files in the temp dir (a waiting process has created its own). */
  const ourFiles = () => outputFiles().filter((name) => !othersFiles.includes(name));
  beforeAll(async () => {
    others = tesseractChildren();
    othersFiles = outputFiles();
    single = await createOcrEngine({ languages: ["eng"], engine: "native", workers: 1 });
  });
  afterAll(() => single?.terminate());

  it("the next pass's process waits started, is taken by a page read the same way and replaced by one read otherwise", async () => {
    const png = await fx.encodePicture(await fx.drawText(LINES), "png");
    expectWords((await single.recognize(png)).text, WORDS);
    // Idle, its model loaded, waiting for a page on stdin (named tesseract once its exec has run).
    expect(await until(() => ours().length === 1, WAIT)).toBe(true);
    const [spare] = ours();
    expect(await until(() => ourFiles().length === 2, WAIT)).toBe(true); // its .txt and .tsv, created as it starts
    expectWords((await single.recognize(png)).text, WORDS);
    expect(await until(() => !ours().includes(spare!) && ours().length === 1, WAIT)).toBe(true);
    const [next] = ours();
    expectWords((await single.recognize(png, { dpi: 200 })).text, WORDS); // other settings: a new process
    expect(await until(() => !ours().includes(next!) && ours().length === 1, WAIT)).toBe(true);
    expect(await until(() => ourFiles().length === 2, WAIT)).toBe(true); // the replaced one's files are gone
  });

  it("an abort kills the page's running tesseract and the one started for the next page; the engine reads on", async () => {
    const png = await fx.encodePicture(await fx.drawText([...LINES, ...LINES, ...LINES]), "png");
    const controller = new AbortController();
    const job = single.recognize(png, { signal: controller.signal }).then(() => "resolved", (e: unknown) => e);
    expect(await until(() => ours().length > 0, 30_000)).toBe(true);
    controller.abort(new Error("stop now"));
    expect(await job).toEqual(new Error("stop now"));
    expect(await until(() => ours().length === 0, 1_000)).toBe(true); // killed, not left to finish
    expectWords((await single.recognize(png)).text, WORDS);
  });

  it("terminate leaves no tesseract and no output file behind", async () => {
    // `single`'s spare, once it runs as tesseract and has created its files
    await until(() => ours().length === 1 && ourFiles().length === 2, WAIT);
    const before = ours();
    const beforeFiles = ourFiles();
    const own = await createOcrEngine({ languages: ["eng"], engine: "native", workers: 1 });
    const png = await fx.encodePicture(await fx.drawText(LINES), "png");
    expectWords((await own.recognize(png)).text, WORDS);
    expect(await until(() => ours().length === before.length + 1, WAIT)).toBe(true);
    await own.terminate();
    expect(await until(() => ours().every((pid) => before.includes(pid)), WAIT)).toBe(true);
    expect(await until(() => ourFiles().every((name) => beforeFiles.includes(name)), WAIT)).toBe(true);
  });

  it("output files left by the processes of a docscan process that is gone are removed at start", async () => {
    const gone = spawnSync("true").pid; // exited: its pid names no process now
    const orphan = join(tmpdir(), `docscan-ocr-${gone}-1.txt`);
    const living = join(tmpdir(), `docscan-ocr-${process.pid}-999999.tsv`);
    writeFileSync(orphan, "");
    writeFileSync(living, "");
    try {
      const own = await createOcrEngine({ languages: ["eng"], engine: "native", workers: 1, lazy: true });
      await own.terminate();
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(living)).toBe(true);
    } finally {
      rmSync(orphan, { force: true });
      rmSync(living, { force: true });
    }
  });
});

describe("native tesseract output", () => {
  it("the page's confidence is the mean of its words' in the TSV (tesseract.js's MeanTextConf)", () => {
    const header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
    const row = (level: number, conf: number, text: string) => [level, 1, 1, 1, 1, 1, 0, 0, 10, 10, conf, text].join("\t");
    expect(meanWordConfidence([header, row(4, -1, ""), row(5, 90.9, "Invoice"), row(5, 70.2, "4711"), row(5, 95, " ")].join("\n"))).toBe(80);
    expect(meanWordConfidence([header, row(5, 90, "a"), row(5, 91, "b")].join("\n"))).toBe(90);
    expect(meanWordConfidence(header)).toBe(0);
  });
});
