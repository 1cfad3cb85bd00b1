// Deskew and render-resolution variants on the scans bench's pages (ADR 0036), one Tesseract worker, variants
// taking turns page by page:
//   node --import tsx bench/scan-variants.ts            (in packages/extract; PAGES=n, VARIANTS=a,b,… to narrow,
//                                                      DPI=150 for every page at that resolution)
// Each variant reads the same rendering through tesseract.js directly, as the engine does (PSM 3, then PSM 1
// with OSD below confidence 70), so the variants can be compared with the engine's own steps switched on or off:
//   base300 / base_native   no deskew; rendered at 300 dpi / at the scan's resolution (within 200–300 dpi, as
//                           src/pdf/render.ts does; SCAN_DPI_RANGE=200,400 to try other bounds)
//   auto300 / auto_native   tesseract.js's rotateAuto (Tesseract's own angle from FindLines, Leptonica's rotation)
//   own300 / own_native     estimateSkew + rotateGray (src/image/deskew.ts: what the engine does)
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import Tesseract from "tesseract.js";
import { canvasGray, release } from "../src/image/canvas.ts";
import { toPgm, type GrayImage } from "../src/image/raster.ts";
import { languageDir, languageFile, osdFile } from "../src/ocr/languages.ts";
import { estimateSkew, rotateGray } from "../src/image/deskew.ts";
import { pageContent } from "../src/pdf/content.ts";
import { openPdf, pdfOps } from "../src/pdf/document.ts";
import { renderPage } from "../src/pdf/render.ts";
import { DEFAULT_LIMITS } from "../src/limits.ts";
import { makePdf } from "../src/testing.ts";
import { normaliseLayoutText } from "../src/normalise.ts";
import { cer, scanPage, VOCABULARY } from "./scans.ts";

const PAGES = Number(process.env.PAGES ?? 30);
const RANGE = (process.env.SCAN_DPI_RANGE ?? "200,300").split(",").map(Number);
const VARIANTS = (process.env.VARIANTS ?? "base300,auto300,own300,base_native,auto_native,own_native").split(",");

const files = [languageFile("eng"), osdFile()];
const dir = await languageDir(files);
const worker = await Tesseract.createWorker(["eng"], Tesseract.OEM.LSTM_ONLY, {
  legacyCore: true, langPath: dir.path, gzip: true, cacheMethod: "none", logger: () => {}, errorHandler: () => {},
});
await worker.FS("writeFile", ["osd.traineddata", gunzipSync(await readFile(osdFile()))]);

async function read(pgm: Uint8Array, dpi: number, rotateAuto: boolean) {
  const pass = async (psm: Tesseract.PSM) => {
    const params: Record<string, unknown> = { tessedit_pageseg_mode: psm, user_defined_dpi: String(Math.round(dpi)) };
    if (rotateAuto) params.rotateAuto = true;
    const r = await worker.recognize(pgm, params as Partial<Tesseract.RecognizeOptions>);
    return { text: normaliseLayoutText(r.data.text ?? ""), confidence: r.data.confidence, radians: (r.data as { rotateRadians?: number }).rotateRadians ?? 0 };
  };
  const upright = await pass(Tesseract.PSM.AUTO);
  if (upright.text === "" || upright.confidence >= 70) return { ...upright, passes: 1 };
  const detected = await pass(Tesseract.PSM.AUTO_OSD);
  return { ...(detected.confidence > upright.confidence ? detected : upright), passes: 2 };
}

const OPS = await pdfOps();
const totals: Record<string, { cer: number[]; ms: number[]; prep: number[]; passes: number[] }> = {};
for (const v of VARIANTS) totals[v] = { cer: [], ms: [], prep: [], passes: [] };
process.stdout.write(`load ${(await readFile("/proc/loadavg", "utf8")).trim()}\n`);
for (let i = 0; i < PAGES; i++) {
  const page = await scanPage(i, VOCABULARY, process.env.DPI ? Number(process.env.DPI) : undefined);
  const reference = page.lines.join("\n");
  const pdf = makePdf([{ images: [{ jpeg: page.jpeg, width: page.width, height: page.height, at: [0, 0, 612, 792] }] }]);
  const { doc } = await openPdf(pdf, DEFAULT_LIMITS);
  const p = await doc.getPage(1);
  const scanDpi = (await pageContent(p, OPS)).scanDpi ?? 300;
  const renders: Record<number, GrayImage> = {};
  const render = async (dpi: number) => {
    if (!renders[dpi]) { const c = await renderPage(p, dpi); renders[dpi] = canvasGray(c); release(c); }
    return renders[dpi]!;
  };
  const cells: string[] = [];
  for (const v of VARIANTS) {
    const dpi = v.endsWith("300") ? 300 : Math.min(Math.max(scanDpi, RANGE[0]!), RANGE[1]!);
    const gray = await render(dpi);
    const t0 = performance.now();
    let img = gray; let note = "";
    if (v.startsWith("own")) {
      const skew = estimateSkew(gray, dpi);
      note = `est ${skew.toFixed(2)}° in ${(performance.now() - t0).toFixed(0)} ms`;
      if (skew !== 0) img = rotateGray(gray, -skew);
    }
    const pgm = toPgm(img);
    const prep = performance.now() - t0;
    const r = await read(pgm, dpi, v.startsWith("auto"));
    const ms = performance.now() - t0;
    const c = cer(reference, r.text);
    totals[v]!.cer.push(c); totals[v]!.ms.push(ms); totals[v]!.prep.push(prep); totals[v]!.passes.push(r.passes);
    if (v.startsWith("auto")) note = `rad ${((r.radians * 180) / Math.PI).toFixed(2)}°`;
    cells.push(`${v} cer ${c.toFixed(3)} conf ${r.confidence.toFixed(0)} ${(ms / 1000).toFixed(2)}s p${r.passes} ${note}`);
  }
  await doc.destroy();
  process.stdout.write(`#${i} ${page.dpi}dpi skew ${page.skew.toFixed(2)} ${page.extra} | ${cells.join(" | ")}\n`);
}
process.stdout.write(`\n| variant | CER mean | CER median | s/page mean | s/page median (min–max) | deskew ms mean | OSD pass pages |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n`);
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
for (const v of VARIANTS) {
  const t = totals[v]!;
  process.stdout.write(`| ${v} | ${mean(t.cer).toFixed(3)} | ${med(t.cer).toFixed(3)} | ${(mean(t.ms) / 1000).toFixed(2)} | ${(med(t.ms) / 1000).toFixed(2)} (${(Math.min(...t.ms) / 1000).toFixed(2)}–${(Math.max(...t.ms) / 1000).toFixed(2)}) | ${mean(t.prep).toFixed(0)} | ${t.passes.filter((p) => p === 2).length} |\n`);
}
process.stdout.write(`load ${(await readFile("/proc/loadavg", "utf8")).trim()}\n`);
await worker.terminate();
await dir.dispose();
