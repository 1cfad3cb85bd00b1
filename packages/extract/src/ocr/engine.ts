// A pool of tesseract.js workers: one worker_thread per slot, each running the single-threaded wasm build.
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Worker as NodeWorker } from "node:worker_threads";
import { gunzipSync } from "node:zlib";
import Tesseract from "tesseract.js";
import { ExtractionError } from "../errors.ts";
import { estimateSkew, rotateGray } from "../image/deskew.ts";
import { parsePgm, rotatePgm, toPgm } from "../image/raster.ts";
import { normaliseLayoutText } from "../normalise.ts";
import { languageDir, languageFile, osdFile, type LanguageDir } from "./languages.ts";
import type { OcrEngine, OcrOptions, OcrResult, TextLayer } from "./types.ts";

export interface OcrEngineOptions {
  /** Tesseract codes, e.g. ["eng"] or ["eng", "deu"]; each needs its @tesseract.js-data package. */
  languages: string[];
  /** Default: os.availableParallelism(). */
  workers?: number;
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
  const dir = await languageDir([...files, osd]);
  const engine = new Engine(languages, workers, opts.idleTimeoutMs ?? 60_000, dir, osd);
  try {
    if (!opts.lazy) await engine.start();
  } catch (e) {
    await engine.terminate();
    throw e;
  }
  return engine;
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
  worker: Promise<Tesseract.Worker> | undefined;
  /** The current worker's thread; events from a replaced one are ignored. */
  thread: NodeWorker | undefined;
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
  private readonly withOsd = new WeakSet<Tesseract.Worker>();

  constructor(
    readonly languages: readonly string[],
    workers: number,
    private readonly idleTimeoutMs: number,
    private readonly dir: LanguageDir,
    private readonly osdPath: string,
  ) {
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
    await this.dir.dispose();
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
  private async read(worker: Tesseract.Worker, original: Uint8Array, opts: OcrOptions): Promise<OcrResult> {
    const { image, skew } = straighten(original, opts.dpi ?? 300);
    const pass = async (psm: Tesseract.PSM, picture = image, rotation: TextLayer["rotation"] = 0) => {
      // Tesseract variables, set for this call only; tesseract.js's options type does not list them.
      const params: Record<string, unknown> = { tessedit_pageseg_mode: psm, user_defined_dpi: String(Math.round(opts.dpi ?? 300)) };
      // The text layer comes from the same recognition (Tesseract's PDF renderer, text only): no second reading.
      if (opts.textLayer) params.pdfTextOnly = true;
      const output = opts.textLayer ? { text: true, pdf: true } : undefined;
      return toResult(await worker.recognize(picture, params as Partial<Tesseract.RecognizeOptions>, output), rotation, skew);
    };
    const upright = await pass(Tesseract.PSM.AUTO);
    if (opts.autoRotate === false || upright.text === "" || upright.confidence >= ROTATE_BELOW) return upright;
    // PSM 1 runs OSD (osd.traineddata, legacy classifier) and turns the page by 90/180/270 before reading.
    if (!this.withOsd.has(worker)) {
      // Written on first need (it costs each worker ~25 MB); Tesseract finds it beside the language files.
      await worker.FS("writeFile", ["osd.traineddata", gunzipSync(await readFile(this.osdPath))]);
      this.withOsd.add(worker);
    }
    const detected = await pass(Tesseract.PSM.AUTO_OSD);
    let best = detected.confidence > upright.confidence ? detected : upright;
    // OSD needs a few lines of text ("Too few characters"): a short page still reading badly is turned by hand.
    if (upright.text.length > SHORT_PAGE_CHARS) return best;
    for (const degrees of [180, 90, 270] as const) {
      if (best.confidence >= ROTATE_BELOW) break;
      const turned = rotatePgm(image, degrees);
      if (!turned) break;
      const reading = await pass(Tesseract.PSM.AUTO, turned, degrees);
      if (reading.confidence > best.confidence) best = reading;
    }
    return best;
  }

  private ensureWorker(slot: Slot): Promise<Tesseract.Worker> {
    slot.worker ??= this.spawn(slot);
    return slot.worker;
  }

  private async spawn(slot: Slot): Promise<Tesseract.Worker> {
    const worker = await Tesseract.createWorker([...this.languages], Tesseract.OEM.LSTM_ONLY, {
      // The full core (not the LSTM-only one) carries the legacy classifier that OSD needs; recognition stays LSTM.
      legacyCore: true,
      langPath: this.dir.path,
      gzip: true,
      cacheMethod: "none", // never write traineddata copies into the working directory
      logger: () => {},
      // Rejections reach us through each call's promise; without a handler tesseract.js rethrows them from
      // its message listener, which would crash the process.
      errorHandler: () => {},
    });
    const thread = (worker as unknown as { worker: NodeWorker }).worker;
    slot.thread = thread;
    thread.on("error", (error) => {
      if (slot.thread === thread) slot.onCrash?.(error);
    });
    thread.on("exit", () => {
      if (slot.thread === thread) slot.onCrash?.(new Error("the OCR worker thread exited"));
    });
    return worker;
  }

  private async dropWorker(slot: Slot): Promise<void> {
    const pending = slot.worker;
    slot.worker = undefined;
    slot.thread = undefined;
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

function toResult({ data }: Tesseract.RecognizeResult, rotation: TextLayer["rotation"], skew: number): OcrResult {
  const text = normaliseLayoutText(data.text ?? "");
  const result: OcrResult = { text, confidence: text === "" ? 0 : data.confidence };
  // tesseract.js types it as number[]; it is the Uint8Array read from the wasm file system.
  if (data.pdf) result.textLayer = { pdf: data.pdf instanceof Uint8Array ? data.pdf : Uint8Array.from(data.pdf), rotation, skew };
  return result;
}

/** tesseract.js rejects with plain strings. */
function toError(e: unknown): unknown {
  if (e instanceof Error || (typeof e === "object" && e !== null)) return e;
  return new Error(`Tesseract failed: ${String(e)}`);
}
