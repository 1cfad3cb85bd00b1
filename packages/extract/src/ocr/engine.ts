// A pool of OCR readers: native `tesseract` processes when installed, else tesseract.js workers (one
// worker_thread each, the single-threaded wasm build). The passes over a page (deskew, upright, orientation)
// are the same for both; the backends only recognise.
import { availableParallelism } from "node:os";
import { ExtractionError } from "../errors.ts";
import { estimateSkew, rotateGray } from "../image/deskew.ts";
import { parsePgm, rotatePgm, toPgm } from "../image/raster.ts";
import { normaliseLayoutText } from "../normalise.ts";
import type { OcrBackend, OcrEngineChoice, OcrReader, PassReading } from "./backend.ts";
import { languageDir, languageFile, osdFile } from "./languages.ts";
import { nativeBackend, nativeTesseractVersion } from "./native.ts";
import type { OcrEngine, OcrOptions, OcrResult, TextLayer } from "./types.ts";
import { wasmBackend } from "./wasm.ts";

export interface OcrEngineOptions {
  /** Tesseract codes, e.g. ["eng"] or ["eng", "deu"]; each needs its @tesseract.js-data package. */
  languages: string[];
  /** Default: os.availableParallelism(). Readers at once: wasm workers, or native processes. */
  workers?: number;
  /** Default "auto" (OCR_ENGINE). Both read with the same model files (the npm traineddata). */
  engine?: OcrEngineChoice;
  /** A worker idle this long is shut down to hand its wasm memory back; it restarts on demand. Default 60 s. */
  idleTimeoutMs?: number;
  /**
   * Start no worker until the first recognize() (a process that only sees text documents never pays for
   * them). Default false: workers start now, so that a broken setup fails here rather than on a document.
   */
  lazy?: boolean;
}

/** Below this mean confidence a page is re-read with orientation detection. */
const ROTATE_BELOW = 70;
/** Pages whose upright reading is shorter than this are tried at 180, 90 and 270 degrees when OSD cannot help. */
const SHORT_PAGE_CHARS = 400;

/** Tesseract's own "could not decode the input" error: the worker is still fine afterwards. */
const UNREADABLE = "Error attempting to read image";

export async function createOcrEngine(opts: OcrEngineOptions): Promise<OcrEngine> {
  const languages = [...new Set(opts.languages)];
  if (languages.length === 0) throw new Error("createOcrEngine needs at least one language");
  const files = languages.map(languageFile);
  const osd = osdFile();
  const workers = Math.max(1, Math.floor(opts.workers ?? availableParallelism()));
  const backend = await chooseBackend(opts.engine ?? "auto", languages, [...files, osd]);
  const engine = new Engine(languages, workers, opts.idleTimeoutMs ?? 60_000, backend);
  try {
    if (!opts.lazy) await engine.start();
  } catch (e) {
    await engine.terminate();
    throw e;
  }
  return engine;
}

async function chooseBackend(choice: OcrEngineChoice, languages: string[], files: string[]): Promise<OcrBackend> {
  if (choice !== "wasm") {
    if (await nativeTesseractVersion()) return nativeBackend(languages, files);
    if (choice === "native") {
      throw new Error("OCR_ENGINE=native, but no tesseract 4 or newer is on PATH (apt-get install tesseract-ocr, or OCR_ENGINE=auto)");
    }
  }
  const dir = await languageDir(files);
  const backend = wasmBackend(languages, dir.path, files.at(-1)!);
  return { ...backend, dispose: () => dir.dispose() };
}

interface Job {
  image: Uint8Array;
  opts: OcrOptions;
  resolve(result: OcrResult): void;
  reject(error: unknown): void;
  /** Set while the job runs: stops it from outside (timeout, abort, worker crash). */
  cancel?: (error: unknown) => void;
  done: boolean;
}

class Slot {
  worker: Promise<OcrReader> | undefined;
  /** Stands for the current reader; crash reports from a replaced one are ignored. */
  generation = 0;
  busy = false;
  idleTimer: NodeJS.Timeout | undefined;
  /** Fails the running job if the worker thread dies under it. */
  onCrash: ((error: Error) => void) | undefined;
}

class Engine implements OcrEngine {
  readonly concurrency: number;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private terminated = false;
  readonly backend: OcrBackend["name"];

  constructor(
    readonly languages: readonly string[],
    workers: number,
    private readonly idleTimeoutMs: number,
    private readonly readers: OcrBackend,
  ) {
    this.backend = readers.name;
    this.concurrency = workers;
    this.slots = Array.from({ length: workers }, () => new Slot());
  }

  async start(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.ensureWorker(slot)));
    for (const slot of this.slots) this.scheduleIdle(slot);
  }

  recognize(image: Uint8Array, opts: OcrOptions = {}): Promise<OcrResult> {
    if (this.terminated) return Promise.reject(new Error("the OCR engine has been terminated"));
    return new Promise<OcrResult>((resolve, reject) => {
      const cleanups: (() => void)[] = [];
      const finish = (error: unknown, result?: OcrResult) => {
        if (job.done) return;
        job.done = true;
        cleanups.forEach((fn) => fn());
        if (result) resolve(result);
        else reject(error);
      };
      const job: Job = { image, opts, done: false, resolve: (r) => finish(undefined, r), reject: (e) => finish(e) };
      const stop = (error: unknown) => {
        if (job.done) return;
        const queued = this.queue.indexOf(job);
        if (queued >= 0) this.queue.splice(queued, 1);
        if (job.cancel) job.cancel(error);
        else job.reject(error);
      };
      if (opts.signal) {
        const signal = opts.signal;
        if (signal.aborted) return reject(signal.reason as unknown);
        const onAbort = () => stop(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        cleanups.push(() => signal.removeEventListener("abort", onAbort));
      }
      if (opts.timeoutMs !== undefined) {
        const ms = opts.timeoutMs;
        const timer = setTimeout(() => stop(new ExtractionError("limit", `OCR took longer than ${ms} ms`)), ms);
        cleanups.push(() => clearTimeout(timer));
      }
      this.queue.push(job);
      this.pump();
    });
  }

  async terminate(): Promise<void> {
    this.terminated = true;
    const error = new Error("the OCR engine has been terminated");
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const slot of this.slots) slot.onCrash?.(error); // fails the jobs still running
    await Promise.all(this.slots.map((slot) => this.dropWorker(slot)));
    await this.readers.dispose();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      clearTimeout(slot.idleTimer);
      void this.run(slot, job).finally(() => {
        slot.busy = false;
        this.scheduleIdle(slot);
        this.pump();
      });
    }
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    job.opts.onStart?.();
    const cancelled = new Promise<never>((_, reject) => {
      job.cancel = reject;
      slot.onCrash = reject;
    });
    const work = this.ensureWorker(slot).then((worker) => this.read(worker, job.image, job.opts));
    work.catch(() => {}); // after a cancel nobody awaits it
    try {
      job.resolve(await Promise.race([work, cancelled]));
    } catch (e) {
      // Timeouts, crashes and wasm aborts leave the worker useless or busy: replace it.
      if (!String(e).includes(UNREADABLE)) await this.dropWorker(slot);
      job.reject(toError(e));
    } finally {
      slot.onCrash = undefined;
    }
  }

  /**
   * A skewed page is straightened first (ADR 0036). One pass as an upright page; if that reads badly, a second
   * pass with Tesseract's orientation detection.
   */
  private async read(reader: OcrReader, original: Uint8Array, opts: OcrOptions): Promise<OcrResult> {
    const dpi = opts.dpi ?? 300;
    const { image, skew } = straighten(original, dpi);
    const pass = async (psm: 1 | 3, picture = image, rotation: TextLayer["rotation"] = 0) =>
      toResult(await reader.pass({ image: picture, psm, dpi, textLayer: opts.textLayer === true }), rotation, skew);
    const upright = await pass(3);
    if (opts.autoRotate === false || upright.text === "" || upright.confidence >= ROTATE_BELOW) return upright;
    // PSM 1 runs OSD (osd.traineddata, legacy classifier) and turns the page by 90/180/270 before reading.
    const detected = await pass(1);
    let best = detected.confidence > upright.confidence ? detected : upright;
    // OSD needs a few lines of text ("Too few characters"): a short page still reading badly is turned by hand.
    if (upright.text.length > SHORT_PAGE_CHARS) return best;
    for (const degrees of [180, 90, 270] as const) {
      if (best.confidence >= ROTATE_BELOW) break;
      const turned = rotatePgm(image, degrees);
      if (!turned) break;
      const reading = await pass(3, turned, degrees);
      if (reading.confidence > best.confidence) best = reading;
    }
    return best;
  }

  private ensureWorker(slot: Slot): Promise<OcrReader> {
    if (!slot.worker) {
      const generation = ++slot.generation;
      slot.worker = this.readers.spawn((error) => {
        if (slot.generation === generation) slot.onCrash?.(error);
      });
    }
    return slot.worker;
  }

  private async dropWorker(slot: Slot): Promise<void> {
    const pending = slot.worker;
    slot.worker = undefined;
    slot.generation++;
    clearTimeout(slot.idleTimer);
    if (!pending) return;
    const worker = await pending.catch(() => undefined);
    await worker?.terminate();
  }

  private scheduleIdle(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    if (this.terminated || this.idleTimeoutMs <= 0) return;
    slot.idleTimer = setTimeout(() => {
      if (!slot.busy) void this.dropWorker(slot);
    }, this.idleTimeoutMs);
    slot.idleTimer.unref();
  }
}

/** A grey PGM page turned straight when it is skewed (other inputs as they are), and the skew it had. */
function straighten(image: Uint8Array, dpi: number): { image: Uint8Array; skew: number } {
  const gray = parsePgm(image);
  const skew = gray ? estimateSkew(gray, dpi) : 0;
  return skew === 0 ? { image, skew } : { image: toPgm(rotateGray(gray!, -skew)), skew };
}

function toResult(reading: PassReading, rotation: TextLayer["rotation"], skew: number): OcrResult {
  const text = normaliseLayoutText(reading.text);
  const result: OcrResult = { text, confidence: text === "" ? 0 : reading.confidence };
  if (reading.pdf) result.textLayer = { pdf: reading.pdf, rotation, skew };
  return result;
}

/** tesseract.js rejects with plain strings. */
function toError(e: unknown): unknown {
  if (e instanceof Error || (typeof e === "object" && e !== null)) return e;
  return new Error(`Tesseract failed: ${String(e)}`);
}
