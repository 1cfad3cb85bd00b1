// Extraction benchmark: docscan against poppler's pdftotext and the native tesseract CLI on the same files.
//   pnpm --filter @docscan/extract bench            print the figures
//   pnpm --filter @docscan/extract bench --write    also write bench/RESULTS.md
//   pnpm --filter @docscan/extract bench --only text   only the text-layer PDF case (no --write)
//   pnpm --filter @docscan/extract bench --only ocr    only the OCR case: docscan-native, docscan-wasm, tesseract CLI (no --write)
//   pnpm --filter @docscan/extract bench --only scans [--write] [--scan-pages N]
//                                                   only the degraded-scans case (docscan vs OCRmyPDF vs tesseract,
//                                                   bench/scans.ts); --write then replaces only its section
// The corpus is made here: text-layer PDF pages, 300-dpi page images of known text and degraded scans. Nothing is fetched.
import { execFile, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createCanvas, ImageData } from "@napi-rs/canvas";
import { createOcrEngine, DEFAULT_LIMITS, extractText, type OcrEngine } from "../src/index.ts";
import { pageContent } from "../src/pdf/content.ts";
import { openPdf, pdfOps } from "../src/pdf/document.ts";
import { encodePicture, makePdf, type Raster } from "../src/testing.ts";
import { PATIENT, scans, VOCABULARY } from "./scans.ts";

const require = createRequire(import.meta.url);
const TEXT_PAGES = 30;
const OCR_PAGES = 10;
const SCAN_PAGES = 50;
const DPI = 300;

const out: string[] = [];
const say = (line = "") => {
  out.push(line);
  process.stdout.write(line + "\n");
};

// ---------- corpus ----------

function randomLines(seed: number, count: number, width: number): string[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
  return Array.from({ length: count }, () => {
    const words: string[] = [];
    while (words.join(" ").length < width) words.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
    return words.join(" ");
  });
}

/** A letter page at 300 dpi, 11 pt DejaVu Serif, one-inch margins. */
function pagePicture(lines: readonly string[]): Raster {
  const width = Math.round(8.5 * DPI);
  const height = Math.round(11 * DPI);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#000";
  ctx.font = `${(11 * DPI) / 72}px "DejaVu Serif", serif`;
  lines.forEach((line, i) => ctx.fillText(line, DPI, DPI + i * (DPI * 0.22)));
  const data = ctx.getImageData(0, 0, width, height).data;
  return { width, height, rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

// ---------- measuring ----------

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ""))
    .filter(Boolean);
}

/** Word error rate: word-level edit distance over the reference length. */
function wer(reference: string, hypothesis: string): number {
  const r = words(reference);
  const h = words(hypothesis);
  let previous = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const current = [i];
    for (let j = 1; j <= h.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (r[i - 1] === h[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[h.length]! / r.length;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** CPU seconds of the processes this one started and has seen end (native tesseract runs one per pass). */
function childrenCpu(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in USER_HZ ticks
}

/** Wall and CPU seconds of `fn`: this process's (worker threads included) and its finished children's. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T } & Timing> {
  const cpu0 = process.cpuUsage();
  const children0 = childrenCpu();
  const t0 = performance.now();
  const value = await fn();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1e6 + childrenCpu() - children0 };
}

/** Runs a command; CPU seconds come from the shell's `times` for its children. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string } & Timing> {
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile("bash", ["-c", `${quoted}; status=$?; times >&2; exit $status`], { env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${command} failed: ${stderr}`));
      const [, user = "0m0s", system = "0m0s"] = /(\S+) (\S+)\s*$/.exec(stderr.trim().split("\n").pop() ?? "") ?? [];
      const seconds = (t: string) => {
        const [, m = "0", s = "0"] = /(\d+)m([\d.]+)s/.exec(t) ?? [];
        return Number(m) * 60 + Number(s);
      };
      resolve({ stdout, wall: (performance.now() - t0) / 1000, cpu: seconds(user) + seconds(system) });
    });
  });
}

function available(command: string, versionArg: string): string | undefined {
  const result = spawnSync(command, [versionArg], { encoding: "utf8" });
  if (result.error) return undefined;
  return `${result.stdout}${result.stderr}`.split("\n").find(Boolean)?.trim();
}

async function inBatches<T>(items: readonly T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

const f = (n: number, digits = 2) => n.toFixed(digits);
/** The run that took least wall time. */
const bestOf = (runs: Timing[]) => [...runs].sort((a, b) => a.wall - b.wall)[0]!;
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

// ---------- memory mode (run in a child process) ----------

if (process.argv.includes("--memory")) {
  const before = process.memoryUsage().rss;
  const engine = await createOcrEngine({ languages: ["eng"], engine: "wasm", idleTimeoutMs: 5000 }); // the wasm workers' memory (native processes come and go)
  await new Promise((r) => setTimeout(r, 1000));
  const idle = process.memoryUsage().rss;
  const scan = await readFile(process.argv[process.argv.indexOf("--memory") + 1]!);
  peakRss = process.memoryUsage().rss;
  const run = await timed(() => extractText(scan, "application/pdf", { ocr: engine }));
  const peak = peakRss;
  await new Promise((r) => setTimeout(r, 7000)); // past the idle timeout: the workers hand their wasm memory back
  const recycled = process.memoryUsage().rss;
  await engine.terminate();
  clearInterval(sampler);
  process.stdout.write(JSON.stringify({ before, idle, peak, recycled, secondsPerPage: run.wall / run.value.pageCount }) + "\n");
  process.exit(0);
}

// ---------- the run ----------

const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
if (ONLY !== undefined && !["scans", "text", "ocr"].includes(ONLY)) throw new Error(`--only takes "scans", "text" or "ocr", not ${ONLY}`);
if ((ONLY === "text" || ONLY === "ocr" || process.argv.includes("--scan-pages")) && process.argv.includes("--write")) throw new Error("--only text, --only ocr and --scan-pages print their figures; --write takes the full run or --only scans");

const dir = await mkdtemp(join(tmpdir(), "docscan-bench-"));
try {
  const cores = availableParallelism();
  say(`# Extraction benchmark`);
  say();
  say(`- date: ${new Date().toISOString().slice(0, 10)}`);
  say(`- machine: ${cores} cores (nproc), ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${mb(Number(spawnSync("awk", ["/MemTotal/ {print $2 * 1024}", "/proc/meminfo"], { encoding: "utf8" }).stdout))} RAM`);
  say(`- node ${process.version}; load average at start ${(await readFile("/proc/loadavg", "utf8")).split(" ").slice(0, 3).join(" ")}`);
  const pdftotext = available("pdftotext", "-v");
  const tesseract = available("tesseract", "--version");
  say(`- pdftotext: ${pdftotext ?? "MISSING — apt-get install -y poppler-utils"}`);
  say(`- tesseract: ${tesseract ?? "MISSING — apt-get install -y tesseract-ocr"}`);
  say();

  // The same model as docscan, un-gzipped for the CLI.
  const same = join(dir, "tessdata");
  await mkdir(same);
  await writeFile(join(same, "eng.traineddata"), gunzipSync(await readFile(engData())));
  // Both OCR backends (ADR 0041): the native tesseract when installed, and the WebAssembly fallback.
  const engines: Record<string, OcrEngine> = {};
  if (tesseract) engines["docscan-native"] = await createOcrEngine({ languages: ["eng"], engine: "native" });
  engines["docscan-wasm"] = await createOcrEngine({ languages: ["eng"], engine: "wasm" });
  const engine = Object.values(engines)[0]!; // what OCR_ENGINE=auto picks
  const terminateAll = () => Promise.all(Object.values(engines).map((e) => e.terminate()));
  const scanCase = () => scans({ say, dir, engines, tessdata: tesseract ? same : undefined, run, timed, wer, vocabulary: VOCABULARY });
  if (ONLY === "scans") {
    await scanCase();
    await terminateAll();
  } else {
    if (ONLY !== "ocr") {
      // Text layer.
      const textPages = Array.from({ length: TEXT_PAGES }, (_, i) => randomLines(i + 1, 45, 85).join("\n"));
      const pdf = makePdf(textPages);
      const pdfPath = join(dir, "text.pdf");
      await writeFile(pdfPath, pdf);
      await extractText(pdf, "application/pdf", { ocr: engine }); // warm-up: loads pdf.js

      // The machine may be shared: the tools take turns (A, B, C, A, B, C, ...) and each keeps its best run.
      const ROUNDS = 7;
      const plainRuns: Timing[] = [];
      const ocrEngineRuns: Timing[] = [];
      // What a text page cost with an engine before ADR 0041: its text, then its operator list analysed for pictures.
      const withOperatorLists = async () => {
        const { doc } = await openPdf(pdf, DEFAULT_LIMITS);
        const OPS = await pdfOps();
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          await page.getTextContent();
          await pageContent(page, OPS);
          page.cleanup();
        }
        await doc.destroy();
      };
      const operatorListRuns: Timing[] = [];
      const popplerRuns: Timing[] = [];
      let popplerText = "";
      for (let round = 0; round < ROUNDS; round++) {
        plainRuns.push(await timed(() => extractText(pdf, "application/pdf")));
        ocrEngineRuns.push(await timed(() => extractText(pdf, "application/pdf", { ocr: engine })));
        operatorListRuns.push(await timed(withOperatorLists));
        if (pdftotext) {
          const r = await run("pdftotext", [pdfPath, "-"]);
          popplerText = r.stdout;
          popplerRuns.push(r);
        }
      }
      const textWer = wer(textPages.join("\n"), (await extractText(pdf, "application/pdf")).text);
      const plain = bestOf(plainRuns);
      const withOcr = bestOf(ocrEngineRuns);

      say(`## Text-layer PDF (${TEXT_PAGES} pages of ~45 lines, one file; best of ${ROUNDS}, taking turns)`);
      say();
      const medianCpu = (runs: Timing[]) => [...runs.map((r) => r.cpu)].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
      say(`| tool | pages/s | CPU s | CPU s, median of ${ROUNDS} | WER |`);
      say(`| --- | ---: | ---: | ---: | ---: |`);
      say(`| docscan extractText, no OCR engine | ${f(TEXT_PAGES / plain.wall, 0)} | ${f(plain.cpu)} | ${f(medianCpu(plainRuns), 3)} | ${f(textWer, 3)} |`);
      say(`| docscan extractText, with an OCR engine (${engine.backend}; operator lists read only for pages whose objects hold a picture) | ${f(TEXT_PAGES / withOcr.wall, 0)} | ${f(withOcr.cpu)} | ${f(medianCpu(ocrEngineRuns), 3)} | ${f(textWer, 3)} |`);
      const lists = bestOf(operatorListRuns);
      say(`| pdf.js text and operator-list analysis of every page (a text page's cost with an engine before ADR 0041; no prescan) | ${f(TEXT_PAGES / lists.wall, 0)} | ${f(lists.cpu)} | ${f(medianCpu(operatorListRuns), 3)} | |`);
      if (pdftotext) {
        const poppler = bestOf(popplerRuns);
        const popplerRate = TEXT_PAGES / poppler.wall;
        say(`| pdftotext (process start included) | ${f(popplerRate, 0)} | ${f(poppler.cpu)} | ${f(medianCpu(popplerRuns), 3)} | ${f(wer(textPages.join("\n"), popplerText), 3)} |`);
        say();
        say(`docscan / pdftotext pages/s: **${f(TEXT_PAGES / plain.wall / popplerRate)}×** without an OCR engine, **${f(TEXT_PAGES / withOcr.wall / popplerRate)}×** with one (goal ≥ 1.0× with one). Pages per CPU second (medians): ${f(medianCpu(popplerRuns) / medianCpu(plainRuns))}× / ${f(medianCpu(popplerRuns) / medianCpu(ocrEngineRuns))}× pdftotext's.`);
      }
      say();
    }

    if (ONLY === "text") {
      await terminateAll();
    } else {
      // OCR.
      const ocrTexts = Array.from({ length: OCR_PAGES }, (_, i) => randomLines(100 + i, 30, 75));
      const pngs: string[] = [];
      for (const [i, lines] of ocrTexts.entries()) {
        const path = join(dir, `page${i}.png`);
        await writeFile(path, await encodePicture(pagePicture(lines), "png"));
        pngs.push(path);
      }
      const reference = ocrTexts.map((lines) => lines.join("\n"));
      const pngBytes = await Promise.all(pngs.map((p) => readFile(p)));

      type OcrRun = Timing & { wer: number };
      const docscanPage = (ocr: OcrEngine) => (i: number) => timed(async () => (await extractText(pngBytes[i]!, "image/png", { ocr, limits: PATIENT })).text);
      for (const ocr of Object.values(engines)) await extractText(pngBytes[0]!, "image/png", { ocr }); // warm-up
      const nativePage = async (i: number, tessdata: string) => {
        const r = await run("tesseract", [pngs[i]!, "stdout", "--psm", "3", "--tessdata-dir", tessdata, "-l", "eng"], { OMP_THREAD_LIMIT: "1" });
        return { value: r.stdout, wall: r.wall, cpu: r.cpu };
      };
      /** All pages, `parallel` at a time. */
      const batch = async (parallel: number, page: (i: number) => Promise<{ value: string } & Timing>, cpuFromProcess: boolean): Promise<OcrRun> => {
        const texts: string[] = new Array(OCR_PAGES);
        let childCpu = 0;
        const time = await timed(() =>
          inBatches([...pngs.keys()], parallel, async (i) => {
            const r = await page(i);
            texts[i] = r.value;
            childCpu += r.cpu;
          }),
        );
        return { wall: time.wall, cpu: cpuFromProcess ? time.cpu : childCpu, wer: mean(texts.map((t, i) => wer(reference[i]!, t))) };
      };
      const row = (tool: string, model: string, parallel: number, r: OcrRun) =>
        say(`| ${tool} | ${model} | ${parallel} | ${f(r.wall / OCR_PAGES)} | ${f(r.cpu / OCR_PAGES)} | ${f(r.wer, 3)} |`);

      say(`## OCR (${OCR_PAGES} letter pages at 300 dpi, 30 lines of 11 pt DejaVu Serif each, PNG)`);
      say();
      say(`Each Tesseract single-threaded (docscan-wasm: tesseract.js; docscan-native and the CLI: OMP_THREAD_LIMIT=1), page segmentation mode 3.`);
      say(`"1 at once" is latency (the tools take turns page by page); "${cores} at once" is throughput with one worker or process`);
      say(`per core (whole batches, taking turns twice, best kept). CPU is user + system time of the process and the processes it ran.`);
      say();
      say(`| tool | model | pages at once | s/page (wall) | CPU s/page | WER |`);
      say(`| --- | --- | ---: | ---: | ---: | ---: |`);
      const tesseractJs = (require("tesseract.js/package.json") as { version: string }).version;
      const model = "eng 4.0.0_best_int (npm)";
      const toolNames = [...Object.keys(engines), ...(tesseract ? ["tesseract CLI"] : [])];
      const pageOf = (tool: string) => (tool === "tesseract CLI" ? (i: number) => nativePage(i, same) : docscanPage(engines[tool]!));
      const sequential = Object.fromEntries(toolNames.map((tool) => [tool, { wall: 0, cpu: 0, texts: [] as string[] }]));
      for (let i = 0; i < OCR_PAGES; i++) {
        for (const tool of toolNames) {
          const result = await pageOf(tool)(i);
          sequential[tool]!.wall += result.wall;
          sequential[tool]!.cpu += result.cpu;
          sequential[tool]!.texts.push(result.value);
        }
      }
      const one: Record<string, OcrRun> = Object.fromEntries(toolNames.map((tool) => [tool, { ...sequential[tool]!, wer: mean(sequential[tool]!.texts.map((t, i) => wer(reference[i]!, t))) }]));
      const parallelRuns: Record<string, OcrRun[]> = Object.fromEntries(toolNames.map((tool) => [tool, []]));
      for (let round = 0; round < 2; round++) {
        for (const tool of toolNames) parallelRuns[tool]!.push(await batch(cores, pageOf(tool), tool !== "tesseract CLI"));
      }
      const many: Record<string, OcrRun> = Object.fromEntries(toolNames.map((tool) => [tool, bestOf(parallelRuns[tool]!) as OcrRun]));
      const label = (tool: string) => (tool === "docscan-wasm" ? `docscan-wasm (tesseract.js ${tesseractJs})` : tool === "docscan-native" ? `docscan-native (${tesseract})` : tool);
      for (const tool of toolNames) row(label(tool), tool === toolNames[0] ? model : "same", 1, one[tool]!);
      for (const tool of toolNames) row(label(tool), "same", cores, many[tool]!);
      const debian = "/usr/share/tesseract-ocr/5/tessdata";
      if (tesseract && spawnSync("test", ["-f", join(debian, "eng.traineddata")]).status === 0) {
        row("tesseract CLI", "Debian's tesseract-ocr-eng (tessdata_fast)", 1, await batch(1, (i) => nativePage(i, debian), false));
      }
      say();
      if (tesseract) {
        const n1 = one["tesseract CLI"]!;
        const nN = many["tesseract CLI"]!;
        for (const tool of Object.keys(engines)) {
          const [d1, dN] = [one[tool]!, many[tool]!];
          say(`${tool} / tesseract CLI, same model, s/page: **${f(d1.wall / n1.wall)}×** 1 at once (CPU ${f(d1.cpu / n1.cpu)}×), **${f(dN.wall / nN.wall)}×** ${cores} at once (CPU ${f(dN.cpu / nN.cpu)}×); goal ≤ 1.0× at no worse WER (WER ${f(d1.wer, 3)} vs ${f(n1.wer, 3)}).`);
        }
      }
      say();

      if (ONLY === "ocr") {
        await terminateAll();
      } else {
        // Orientation: pages scanned upside down take the second (OSD) pass.
        const upsideDown = await Promise.all(
          ocrTexts.slice(0, 3).map(async (lines) => {
            const page = pagePicture(lines);
            const turned = createCanvas(page.width, page.height);
            const ctx = turned.getContext("2d");
            const source = createCanvas(page.width, page.height);
            const pixels = new Uint8ClampedArray(page.rgba.buffer, page.rgba.byteOffset, page.rgba.byteLength);
            source.getContext("2d").putImageData(new ImageData(pixels, page.width, page.height), 0, 0);
            ctx.translate(page.width, page.height);
            ctx.rotate(Math.PI);
            ctx.drawImage(source, 0, 0);
            return turned.encode("png");
          }),
        );
        say(`## Orientation (${engine.backend})`);
        say();
        const uprightTime = await timed(async () => {
          for (const png of pngBytes.slice(0, 3)) await extractText(png, "image/png", { ocr: engine });
        });
        const turnedTexts: string[] = [];
        const turnedTime = await timed(async () => {
          for (const png of upsideDown) turnedTexts.push((await extractText(png, "image/png", { ocr: engine })).text);
        });
        say(`3 pages upright: ${f(uprightTime.wall / 3)} s/page; the same pages upside down: ${f(turnedTime.wall / 3)} s/page (WER ${f(mean(turnedTexts.map((t, i) => wer(reference[i]!, t))), 3)}).`);
        say(`Upright pages read at ≥ 70 confidence pay nothing; the others get a second pass with Tesseract OSD (PSM 1).`);
        say();

        await scanCase();
        await terminateAll();

        // Memory, in fresh processes: glibc's default allocator, and with allocations of 1 MB and more always
        // mmap'd, so that freed page buffers go straight back to the system.
        say(`## Memory: a ${SCAN_PAGES}-page scanned PDF (RSS of a fresh process, worker threads included)`);
        say();
        say(`| allocator | before the engine | idle, engine created (${cores} workers) | peak during the scan | s/page | after the workers' idle timeout |`);
        say(`| --- | ---: | ---: | ---: | ---: | ---: |`);
        const scanPages = [];
        for (let i = 0; i < SCAN_PAGES; i++) {
          const picture = pagePicture(randomLines(500 + i, 12, 75));
          scanPages.push({ images: [{ jpeg: await encodePicture(picture, "jpeg"), width: picture.width, height: picture.height, at: [0, 0, 612, 792] as const }] });
        }
        const scanPath = join(dir, "scan.pdf");
        await writeFile(scanPath, makePdf(scanPages));
        for (const [label, env] of [["glibc defaults", {}], ["MALLOC_MMAP_THRESHOLD_=1048576", { MALLOC_MMAP_THRESHOLD_: "1048576" }]] as const) {
          const child = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, "--memory", scanPath], {
            encoding: "utf8",
            env: { ...process.env, ...env },
            maxBuffer: 1 << 20,
          });
          const m = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
          say(`| ${label} | ${mb(m.before!)} | ${mb(m.idle!)} | ${mb(m.peak!)} | ${f(m.secondsPerPage!)} | ${mb(m.recycled!)} |`);
        }
      }
    }
  }
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}

if (process.argv.includes("--write")) {
  const path = new URL("./RESULTS.md", import.meta.url);
  const previous = await readFile(path, "utf8").catch(() => "");
  const notes = previous.includes("\n## Notes") ? previous.slice(previous.indexOf("\n## Notes")) : "";
  if (ONLY === "scans") {
    // Splice this case's section into the last full run's file.
    const heading = "\n## Degraded scans";
    const section = out.slice(out.findIndex((l) => l.startsWith(heading.slice(1)))).join("\n").trimEnd() + "\n";
    const start = previous.indexOf(heading);
    const before = start >= 0 ? previous.slice(0, start) : previous.slice(0, previous.length - notes.length);
    const end = start >= 0 ? previous.indexOf("\n## ", start + heading.length) : -1;
    const after = start >= 0 ? (end >= 0 ? previous.slice(end) : "") : notes;
    await writeFile(path, before.trimEnd() + "\n\n" + section + after);
  } else {
    await writeFile(path, out.join("\n") + "\n" + notes);
  }
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function engData(): string {
  return join(dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int", "eng.traineddata.gz");
}
