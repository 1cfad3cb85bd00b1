// The native backend: the `tesseract` command-line program (≥ 4), one process per recognition pass, fed the
// page on stdin, with the same model files as the wasm build (the npm traineddata, unpacked once).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { OcrBackend, OcrReader, PassReading, PassRequest } from "./backend.ts";

const execFileAsync = promisify(execFile);
const gunzipAsync = promisify(gunzip);

export const TESSERACT_BINARY = "tesseract";
const MIN_MAJOR_VERSION = 4;

/** The version of the `tesseract` on PATH when it is 4 or newer (LSTM models), else null. */
export async function nativeTesseractVersion(): Promise<string | null> {
  try {
    const { stdout, stderr } = await execFileAsync(TESSERACT_BINARY, ["--version"], { timeout: 10_000 });
    const match = /tesseract\s+v?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(`${stdout}\n${stderr}`);
    if (!match || Number(match[1]) < MIN_MAJOR_VERSION) return null;
    return match.slice(1).filter(Boolean).join(".");
  } catch {
    return null;
  }
}

/**
 * `dataFiles`: the gzipped traineddata of the languages and of osd, as the npm packages ship them. Unpacked
 * into a folder under the temp dir named by their paths, sizes and times, shared by every process and reused.
 */
export async function nativeBackend(languages: readonly string[], dataFiles: readonly string[]): Promise<OcrBackend> {
  const tessdata = await unpackedTessdata(dataFiles);
  await removeOrphanedOutputs();
  /** Each running process and where its outputs go. */
  const running = new Map<ChildProcess, string>();
  // A process that exits (its parent closed the channel, say) takes its recognitions with it.
  const killAll = () => {
    for (const [proc, base] of running) {
      proc.kill("SIGKILL");
      for (const ext of OUTPUTS) rmSync(base + ext, { force: true });
    }
  };
  process.on("exit", killAll);
  let passes = 0;
  const args = (request: PassSettings, base: string) => [
    "stdin", base, "--tessdata-dir", tessdata, "-l", languages.join("+"), "--oem", "1",
    "--psm", String(request.psm), "--dpi", String(Math.round(request.dpi)),
    // Renderers chosen by variables: the config files of the same names live beside the system's models, not ours.
    "-c", "tessedit_create_txt=1", "-c", "tessedit_create_tsv=1",
    ...(request.textLayer ? ["-c", "tessedit_create_pdf=1", "-c", "textonly_pdf=1"] : []),
  ];
  return {
    name: "native",
    async spawn(): Promise<OcrReader> {
      let current: Launched | undefined;
      // The next pass's process, started as soon as this one ends: Tesseract loads its model (~0.1 s) before it
      // reads the page from stdin, so that happens while the next page is decoded or rendered (ADR 0047).
      // Taken when the next pass asks for the same settings (a scan's pages do), else replaced.
      let spare: Launched | undefined;
      const launch = (request: PassSettings): Launched => {
        // Output files beside each other in the temp dir (Tesseract creates them as it starts), removed after
        // the pass or when the process is discarded (no folder to leave behind should this process be killed).
        const base = join(tmpdir(), `docscan-ocr-${process.pid}-${++passes}`);
        const proc = spawn(TESSERACT_BINARY, args(request, base), {
          stdio: ["pipe", "ignore", "pipe"],
          // One core per process, as many processes as the pool has readers (OpenMP would take them all).
          env: { ...process.env, OMP_THREAD_LIMIT: "1" },
        });
        running.set(proc, base);
        const exited = watch(proc).finally(() => running.delete(proc));
        exited.catch(() => {}); // a spare killed unused
        return { proc, exited, base, settings: settingsKey(request) };
      };
      const discard = (launched: Launched | undefined) => {
        if (!launched) return;
        launched.proc.kill("SIGKILL");
        void launched.exited.catch(() => {}).then(() => removeOutputs(launched.base));
      };
      return {
        async pass(request: PassRequest): Promise<PassReading> {
          const usable = spare && spare.settings === settingsKey(request) && spare.proc.exitCode === null && !spare.proc.signalCode;
          const launched = usable ? spare! : launch(request);
          if (!usable) discard(spare);
          spare = undefined;
          current = launched;
          try {
            launched.proc.stdin!.end(request.image);
            await launched.exited;
            return await readOutputs(launched.base, request.textLayer);
          } finally {
            if (current === launched) {
              current = undefined;
              if (!launched.proc.killed) spare = launch({ ...request, psm: 3 });
            }
            await removeOutputs(launched.base);
          }
        },
        terminate: async () => {
          discard(current);
          discard(spare);
          current = spare = undefined;
        },
      };
    },
    async dispose() {
      killAll();
      process.off("exit", killAll);
    },
  };
}

interface Launched {
  proc: ChildProcess;
  /** Settles when the process has exited: resolves on success, rejects naming the exit and its last words. */
  exited: Promise<void>;
  /** Where its output files go (base + .txt, .tsv, .pdf). */
  base: string;
  settings: string;
}

type PassSettings = Omit<PassRequest, "image">;

const OUTPUTS = [".txt", ".tsv", ".pdf"];
const OUTPUT_NAME = /^docscan-ocr-(\d+)-\d+\.(?:txt|tsv|pdf)$/;

const removeOutputs = (base: string) => Promise.all(OUTPUTS.map((ext) => rm(base + ext, { force: true })));

/**
 * Output files of processes whose docscan process is gone: a sandbox killed at its limit takes no one with it,
 * and its waiting Tesseract then reads an empty page and exits, leaving the (empty) files it created.
 */
async function removeOrphanedOutputs(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => []);
  await Promise.all(
    names.map((name) => {
      const pid = OUTPUT_NAME.exec(name)?.[1];
      return pid && !isAlive(Number(pid)) ? rm(join(tmpdir(), name), { force: true }) : undefined;
    }),
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // someone else's
  }
}

const settingsKey = ({ psm, dpi, textLayer }: PassSettings) => `${psm} ${Math.round(dpi)} ${textLayer}`;

/** Listens to the process from its start (an unheard "error" event would throw). */
function watch(proc: ChildProcess): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let said = "";
    proc.stderr!.on("data", (chunk: Buffer) => {
      said = (said + chunk.toString("utf8")).slice(-2048);
    });
    proc.stdin!.on("error", () => {}); // EPIPE when it dies before reading everything: the exit says why
    proc.once("error", (error) => reject(new Error(`could not run ${TESSERACT_BINARY}: ${error.message}`)));
    proc.once("close", (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const last = said.trim().split("\n").slice(-3).join(" / ");
      reject(new Error(`Tesseract failed: ${TESSERACT_BINARY} ${how}${last ? `: ${last}` : ""}`));
    });
  });
}

async function readOutputs(base: string, textLayer: boolean): Promise<PassReading> {
  // tesseract exits 0 even when it could not write its outputs (the temp dir gone, a full disk).
  const [text, tsv, pdf] = await Promise.all([
    readFile(`${base}.txt`, "utf8"),
    readFile(`${base}.tsv`, "utf8"),
    textLayer ? readFile(`${base}.pdf`) : undefined,
  ]).catch((error: unknown) => {
    throw new Error(`Tesseract failed: ${TESSERACT_BINARY} wrote no output (${(error as Error).message})`, { cause: error });
  });
  return { text, confidence: meanWordConfidence(tsv), ...(pdf && { pdf: new Uint8Array(pdf) }) };
}

/**
 * The mean of the words' confidences in Tesseract's TSV (level 5 rows) as Tesseract's MeanTextConf (what
 * tesseract.js reports) computes it: each word's truncated to a whole number, the mean rounded down.
 */
export function meanWordConfidence(tsv: string): number {
  let sum = 0;
  let words = 0;
  for (const line of tsv.split("\n")) {
    const cells = line.split("\t");
    if (cells[0] !== "5" || cells.length < 12) continue;
    const confidence = Number(cells[10]);
    if (!Number.isFinite(confidence) || confidence < 0 || cells[11]!.trim() === "") continue;
    sum += Math.trunc(confidence);
    words++;
  }
  return words === 0 ? 0 : Math.floor(sum / words);
}

async function unpackedTessdata(files: readonly string[]): Promise<string> {
  const key = createHash("sha256");
  for (const file of files) {
    const { size, mtimeMs } = await stat(file);
    key.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  const dir = join(tmpdir(), `docscan-tessdata-native-${key.digest("hex").slice(0, 16)}`);
  await mkdir(dir, { recursive: true });
  await Promise.all(
    files.map(async (file) => {
      const target = join(dir, basename(file).replace(/\.gz$/, ""));
      if (await stat(target).then(() => true, () => false)) return;
      // Another process may unpack the same file meanwhile: each writes its own copy and renames it into place.
      const partial = `${target}.${process.pid}.partial`;
      await writeFile(partial, await gunzipAsync(await readFile(file)));
      await rename(partial, target);
    }),
  );
  return dir;
}
