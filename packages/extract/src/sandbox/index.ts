// The extraction sandbox: a small pool of child processes that parse, render and OCR documents under limits
// the operating system enforces, so that a hostile file can cost a child, never the caller.
//
// - memory: RLIMIT_DATA (prlimit --data), the process's private writable memory: JS heap, array buffers,
//   wasm memory, malloc and Skia. RLIMIT_AS is no use with V8: every wasm memory reserves ~10 GB of address
//   space for its guard regions (a child is at 34 GB of address space before it has read a byte).
// - CPU: RLIMIT_CPU's soft limit (prlimit --pid --cpu), set afresh for each document (SIGXCPU at the limit);
//   the watchdog adds the CPU of the native tesseract processes a child ran (ADR 0041).
// - a child leads its own process group: killing it kills the tesseract processes it started too.
// - wall clock: the child's event loop beats twice a second; pdf.js can be stuck in synchronous work where no
//   timer of its own fires, so a child silent for longer than the page timeout, or over the document
//   timeout, is killed from here.
// A child that breaks a limit is killed and replaced; the caller gets an ExtractionError("limit") naming it.
//
// This module loads none of the heavy libraries (pdf.js, canvas, Tesseract): those live in the children.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { AcceptedType } from "@docscan/shared";
import { ExtractionError } from "../errors.ts";
import { resolveLimits } from "../limits.ts";
import type { ExtractLimits, ExtractResult } from "../types.ts";
import { CONFIG_VARIABLE, type ChildConfig, type FromChild, type JobMessage, type SandboxOcr, type ThumbnailData } from "./protocol.ts";

export { ExtractionError, type ExtractionErrorCode } from "../errors.ts";
export { DEFAULT_LIMITS } from "../limits.ts";
export type { ExtractLimits, ExtractResult, PageResult } from "../types.ts";
export type { SandboxOcr, ThumbnailData } from "./protocol.ts";
export { OCR_ENGINE_CHOICES, type OcrEngineChoice } from "../ocr/backend.ts";

export interface SandboxOptions {
  /** Child processes, each reading one document at a time (EXTRACT_PROCESSES). */
  processes: number;
  /** Private writable memory per child, in MiB (SANDBOX_MEMORY_MB). */
  memoryMb: number;
  /** CPU time per document, in seconds, all threads of the child together (SANDBOX_CPU_SECONDS). */
  cpuSeconds: number;
  limits?: Partial<ExtractLimits>;
  /** Tesseract in each child: languages, workers per child, engine. Null or absent: no OCR. */
  ocr?: SandboxOcr | null;
  /** Thumbnail width in pixels (default 320). */
  thumbnailWidth?: number;
  /** A child is replaced after this many documents (default 200), or when it holds over 3/4 of its memory limit. */
  documentsPerProcess?: number;
  /** Where the sandbox reports children started, killed and replaced. */
  log?: (level: "info" | "warn", message: string, details: Record<string, unknown>) => void;
}

export interface SandboxResult {
  extraction: ExtractResult;
  thumbnail: ThumbnailData | null;
  /** Why there is no thumbnail, when making one failed (a thumbnail is a nicety: the text stands). */
  thumbnailError: string | null;
  /** The searchable PDF written to the `searchablePdfPath` asked for; null when none was asked for or made. */
  searchablePdf: { path: string; bytes: number } | null;
  /** Why there is no searchable PDF when one was due (a page was OCR'd whole) but could not be made. */
  searchablePdfError: string | null;
}

export interface ExtractRequest {
  signal?: AbortSignal;
  /**
   * For scans and photos, also make the searchable PDF (issue 14) from the same OCR pass, written to this
   * path (a file that must not exist yet, in a directory the caller owns and cleans up).
   */
  searchablePdfPath?: string;
}

export interface ExtractionSandbox {
  /**
   * Reads the file at `path` (the caller keeps it until this settles). Rejects with an ExtractionError for
   * what is the file's fault — including a limit breach, whose message names the limit — and with a plain
   * Error when a child failed for no reason it could tell (worth a retry).
   */
  extract(path: string, mime: AcceptedType, opts?: ExtractRequest): Promise<SandboxResult>;
  /** Stops every child (they also stop by themselves if this process dies). */
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));
// The children run TypeScript source, like every docscan process: through tsx's loader.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
/**
 * A child whose event loop has been silent for the page timeout plus this is stuck in synchronous work, where
 * its own page timer cannot fire (pdf.js reading the text of a page whose content inflates to 512 MiB spends
 * ~9 s in one stretch).
 */
const SILENCE_GRACE_MS = 2_000;
/** Past the document timeout, the child gets this long to report its own timeout before it is killed. */
const GRACE_MS = 5_000;
const START_TIMEOUT_MS = 120_000;
/** A child still running this long past its CPU soft limit (SIGXCPU) is killed from outside. */
const CPU_GRACE_SECONDS = 5;
const WATCH_MS = 500;
/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture docscan runs on. */
const TICKS_PER_SECOND = 100;
/** Environment the children get: nothing secret (no database URL, keys or tokens). */
const CHILD_ENV = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "NODE_ENV", "MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"];

const execFileAsync = promisify(execFile);

export async function createExtractionSandbox(opts: SandboxOptions): Promise<ExtractionSandbox> {
  for (const [key, value] of [["processes", opts.processes], ["memoryMb", opts.memoryMb], ["cpuSeconds", opts.cpuSeconds]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${key} must be a positive integer, got ${value}`);
  }
  const pool = new Pool(opts);
  try {
    await pool.start();
  } catch (error) {
    await pool.close();
    throw error;
  }
  return pool;
}

interface Job {
  message: JobMessage;
  resolve(result: SandboxResult): void;
  reject(error: unknown): void;
  startedAt: number;
  stage: "text" | "thumbnail" | "searchable";
  /** When the current stage began (the thumbnail gets a page's time: it is one page). */
  stageAt: number;
  page: number | null;
  extraction: ExtractResult | null;
  thumbnail: ThumbnailData | null;
  thumbnailError: string | null;
}

/** One child process and what it is doing. */
class Sandbox {
  readonly proc: ChildProcess;
  ready: Promise<void>;
  state: "starting" | "idle" | "busy" | "gone" = "starting";
  job: Job | null = null;
  documents = 0;
  lastBeat = Date.now();
  /** Set when this side kills the child, to say why; `limitBreach`: the reason is a limit the file broke. */
  killedFor: string | null = null;
  limitBreach = false;
  /** Highest private memory (VmData) seen while on the current document, in bytes. */
  peakData = 0;
  cpuLimit = 0;
  /** CPU seconds at the last look (the process's /proc entry is gone once it has died). */
  lastCpu = 0;
  private output = "";

  constructor(
    readonly pool: Pool,
    memoryBytes: number,
    env: NodeJS.ProcessEnv,
  ) {
    this.proc = spawn("prlimit", [`--data=${memoryBytes}`, "--", process.execPath, "--import", TSX, CHILD], {
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      serialization: "advanced",
      env,
      cwd: tmpdir(),
      // Its own process group, so that a kill reaches the native tesseract processes it runs as well.
      detached: true,
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString("utf8")).slice(-8192);
    };
    this.proc.stdout!.on("data", keep);
    this.proc.stderr!.on("data", keep);
    // "ended": the process has exited and its last output has been read (or 250 ms passed: a grandchild, such
    // as tsx's esbuild service, may hold stderr open a little longer).
    const ended = new Promise<void>((resolve) => {
      this.proc.once("exit", () => {
        setTimeout(resolve, 250).unref();
        this.proc.once("close", () => resolve());
      });
    });
    this.ready = new Promise<void>((resolve, reject) => {
      let started = false;
      const onMessage = (message: FromChild) => {
        if (message.type !== "ready") return;
        this.proc.off("message", onMessage);
        started = true;
        this.state = "idle";
        resolve();
      };
      this.proc.on("message", onMessage);
      void ended.then(() => {
        if (!started) reject(new Error(`an extraction sandbox process ended while starting (${this.exitDescription()}): ${this.tail()}`));
      });
      this.proc.once("error", (error) => reject(new Error(`could not start an extraction sandbox process: ${error.message}`)));
    });
    this.ready.catch(() => {});
    this.proc.on("message", (message: FromChild) => this.pool.onMessage(this, message));
    void ended.then(() => this.pool.onExit(this));
    // No process at all (prlimit missing): there will be no "exit" either.
    this.proc.once("error", () => {
      if (this.proc.pid === undefined) this.pool.onExit(this);
    });
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  send(message: JobMessage): void {
    this.proc.send(message);
  }

  /** Asks the child to end: it ignores SIGINT and SIGTERM (meant for its parent) and exits when the channel closes. */
  stop(): void {
    if (this.proc.connected) this.proc.disconnect();
  }

  kill(reason: string, limitBreach = false): void {
    if (this.state === "gone" || this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    if (this.killedFor === null) {
      this.killedFor = reason;
      this.limitBreach = limitBreach;
    }
    this.killGroup();
  }

  /** SIGKILL to the child and whatever it started (native OCR processes): the group it leads. */
  killGroup(): void {
    try {
      process.kill(-this.pid, "SIGKILL");
    } catch {
      this.proc.kill("SIGKILL");
    }
  }

  exitDescription(): string {
    const { exitCode, signalCode } = this.proc;
    return signalCode ? `killed by ${signalCode}` : `exit code ${exitCode}`;
  }

  tail(): string {
    return this.output.trim().split("\n").slice(-6).join("\n");
  }

  /** The output says the process ran out of memory (V8's and glibc's fatal messages). */
  saidOutOfMemory(): boolean {
    return /out of memory|Allocation failed|bad_alloc|Cannot allocate memory|memory allocation of \d+ bytes failed/i.test(this.output);
  }

  /** [private writable memory, resident memory] in bytes, or null once the process is gone. */
  memory(): [number, number] | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
      return [kb("VmData"), kb("VmRSS")];
    } catch {
      return null;
    }
  }

  /**
   * CPU seconds used so far (user + system, all threads), with the processes it started and has seen end
   * (native OCR runs one per page). The kernel's RLIMIT_CPU counts the child's own time only; the watchdog
   * holds the sum to the budget.
   */
  cpuSeconds(): number {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime, stime, cutime, cstime (fields 14 to 17)
      return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
    } catch {
      return 0;
    }
  }
}

class Pool implements ExtractionSandbox {
  private readonly sandboxes = new Set<Sandbox>();
  private readonly waiting: { take(sandbox: Sandbox): void; fail(error: unknown): void }[] = [];
  private readonly limits: ExtractLimits;
  private readonly env: NodeJS.ProcessEnv;
  private readonly watch: NodeJS.Timeout;
  private closed = false;
  private failedStarts = 0;

  constructor(private readonly opts: SandboxOptions) {
    this.limits = resolveLimits(opts.limits);
    const config: ChildConfig = { ocr: opts.ocr ?? null };
    this.env = { [CONFIG_VARIABLE]: JSON.stringify(config) };
    for (const key of CHILD_ENV) if (process.env[key] !== undefined) this.env[key] = process.env[key];
    this.watch = setInterval(() => this.watchdog(), WATCH_MS);
    this.watch.unref();
  }

  async start(): Promise<void> {
    const started = Array.from({ length: this.opts.processes }, () => this.spawn());
    await Promise.all(
      started.map(async (sandbox) => {
        const timer = setTimeout(() => sandbox.kill("start-up timeout"), START_TIMEOUT_MS);
        try {
          await sandbox.ready;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }

  extract(path: string, mime: AcceptedType, opts: ExtractRequest = {}): Promise<SandboxResult> {
    const { signal } = opts;
    if (this.closed) return Promise.reject(new Error("the extraction sandbox is closed"));
    if (signal?.aborted) return Promise.reject(signal.reason as unknown);
    return new Promise<SandboxResult>((resolve, reject) => {
      let sandbox: Sandbox | null = null;
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        sandbox?.kill("aborted");
        reject(signal!.reason as unknown);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const done = () => signal?.removeEventListener("abort", onAbort);
      const waiter = {
        take: (taken: Sandbox) => {
          sandbox = taken;
          const message: JobMessage = {
            type: "job",
            path,
            mime,
            limits: this.limits,
            thumbnailWidth: this.opts.thumbnailWidth ?? 320,
            searchablePath: opts.searchablePdfPath ?? null,
          };
          this.run(taken, message).then(
            (result) => {
              done();
              resolve(result);
            },
            (error: unknown) => {
              done();
              reject(error);
            },
          );
        },
        fail: (error: unknown) => {
          done();
          reject(error);
        },
      };
      this.waiting.push(waiter);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watch);
    for (const waiter of this.waiting.splice(0)) waiter.fail(new Error("the extraction sandbox is closed"));
    await Promise.all(
      [...this.sandboxes].map(async (sandbox) => {
        if (sandbox.proc.pid === undefined || sandbox.proc.exitCode !== null || sandbox.proc.signalCode !== null) return;
        const exited = new Promise((resolve) => sandbox.proc.once("exit", resolve));
        sandbox.killedFor ??= "the extraction sandbox was closed";
        sandbox.stop();
        const timer = setTimeout(() => sandbox.killGroup(), 5_000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  private spawn(): Sandbox {
    const sandbox = new Sandbox(this, this.opts.memoryMb * 1024 * 1024, this.env);
    this.sandboxes.add(sandbox);
    sandbox.ready.then(
      () => {
        this.failedStarts = 0;
        this.opts.log?.("info", "extraction sandbox process started", { pid: sandbox.pid });
        this.dispatch();
      },
      (error: unknown) => {
        this.failedStarts++;
        // Nothing can run while no process starts: say so to those waiting (their jobs are retried later).
        if (![...this.sandboxes].some((s) => s.state === "idle" || s.state === "busy")) {
          for (const waiter of this.waiting.splice(0)) waiter.fail(error);
        }
      },
    );
    return sandbox;
  }

  private dispatch(): void {
    for (const sandbox of this.sandboxes) {
      if (this.waiting.length === 0) return;
      if (sandbox.state !== "idle") continue;
      sandbox.state = "busy";
      this.waiting.shift()!.take(sandbox);
    }
  }

  /**
   * A fresh CPU budget: the kernel sends SIGXCPU at the soft limit, which ends the child. Only the soft limit
   * moves (raising a hard limit needs CAP_SYS_RESOURCE); the watchdog kills a child still running a few
   * seconds past it. Set before each document, and after one, so that an idle child never nears it.
   */
  private async armCpu(sandbox: Sandbox): Promise<void> {
    const limit = Math.ceil(sandbox.cpuSeconds()) + this.opts.cpuSeconds;
    try {
      await execFileAsync("prlimit", ["--pid", String(sandbox.pid), `--cpu=${limit}:`]);
      sandbox.cpuLimit = limit;
    } catch (error) {
      sandbox.kill("its CPU limit could not be set");
      throw new Error(`could not set the CPU limit of an extraction sandbox process: ${(error as Error).message}`);
    }
  }

  private async run(sandbox: Sandbox, message: JobMessage): Promise<SandboxResult> {
    await this.armCpu(sandbox);
    return new Promise<SandboxResult>((resolve, reject) => {
      sandbox.job = {
        message,
        resolve,
        reject,
        startedAt: Date.now(),
        stage: "text",
        stageAt: Date.now(),
        page: null,
        extraction: null,
        thumbnail: null,
        thumbnailError: null,
      };
      sandbox.lastBeat = Date.now();
      sandbox.peakData = 0;
      sandbox.send(message);
    });
  }

  /** A job settled normally: the child goes back to the pool, or is replaced when it has done its share. */
  private release(sandbox: Sandbox): void {
    sandbox.job = null;
    sandbox.documents++;
    // Wasm memory (Tesseract's) only grows: a child left near its limit would fail the next document unfairly.
    const data = sandbox.memory()?.[0] ?? 0;
    if (sandbox.documents >= (this.opts.documentsPerProcess ?? 200) || data > 0.75 * this.opts.memoryMb * 1024 * 1024) {
      sandbox.killedFor = "replaced after its share of documents";
      sandbox.state = "gone";
      sandbox.stop();
      if (!this.closed) this.spawn();
      return;
    }
    sandbox.state = "idle";
    this.armCpu(sandbox).catch(() => {}); // on failure the child is replaced
    this.dispatch();
  }

  onMessage(sandbox: Sandbox, message: FromChild): void {
    sandbox.lastBeat = Date.now();
    const job = sandbox.job;
    if (!job) return;
    switch (message.type) {
      case "page":
        job.page = message.page;
        break;
      case "text":
        job.extraction = message.result;
        job.stage = "thumbnail";
        job.stageAt = Date.now();
        break;
      case "thumbnail":
        job.thumbnail = message.thumbnail;
        job.thumbnailError = message.error;
        job.stage = "searchable";
        job.stageAt = Date.now();
        break;
      case "searchable": {
        const path = job.message.searchablePath;
        job.resolve({
          ...this.partial(job, null),
          searchablePdf: message.bytes !== null && path ? { path, bytes: message.bytes } : null,
          searchablePdfError: message.error,
        });
        this.release(sandbox);
        break;
      }
      case "failed":
        if (message.memory) {
          // The child's state after a failed allocation is not to be trusted: replace it.
          sandbox.kill(this.memoryMessage(job), true);
          return;
        }
        job.reject(message.code ? new ExtractionError(message.code, message.message) : new Error(`extraction failed: ${message.message}`));
        this.release(sandbox);
        break;
    }
  }

  onExit(sandbox: Sandbox): void {
    const wasStarting = sandbox.state === "starting";
    // Whatever it started and left running (the kernel's SIGXCPU, say, ends the child alone) goes with it.
    if (sandbox.proc.pid !== undefined) sandbox.killGroup();
    sandbox.state = "gone";
    this.sandboxes.delete(sandbox);
    const job = sandbox.job;
    sandbox.job = null;
    if (job) {
      const error = this.exitError(sandbox, job);
      this.opts.log?.("warn", "extraction sandbox process ended during a document; replacing it", {
        pid: sandbox.pid,
        exit: sandbox.exitDescription(),
        reason: error.message,
        peakDataMb: Math.round(sandbox.peakData / 1024 / 1024),
      });
      if (job.stage !== "text" && job.extraction) {
        // The text stands; what was being made when the process died is missing, and says why.
        job.resolve(this.partial(job, error.message));
      } else {
        job.reject(error);
      }
    }
    if (this.closed || sandbox.killedFor === "replaced after its share of documents") return;
    // Replace it; after failed starts, back off (1 s, 2 s, … 30 s) rather than spin.
    const delay = wasStarting ? Math.min(30_000, 1000 * 2 ** Math.min(this.failedStarts, 5)) : 0;
    setTimeout(() => {
      if (!this.closed) this.spawn();
    }, delay).unref();
  }

  /** The job's result so far, after its text; `error`: why the stage under way did not finish. */
  private partial(job: Job, error: string | null): SandboxResult {
    const duringThumbnail = job.stage === "thumbnail";
    return {
      extraction: job.extraction!,
      thumbnail: job.thumbnail,
      thumbnailError: duringThumbnail ? error : job.thumbnailError,
      searchablePdf: null,
      searchablePdfError: duringThumbnail ? null : error,
    };
  }

  /** Why a child died under a document: a limit (the file's fault, final) or a crash (worth a retry). */
  private exitError(sandbox: Sandbox, job: Job): Error {
    const { signalCode } = sandbox.proc;
    if (sandbox.killedFor) {
      return sandbox.limitBreach ? new ExtractionError("limit", sandbox.killedFor) : new Error(`extraction stopped: ${sandbox.killedFor}`);
    }
    if (signalCode === "SIGXCPU") return new ExtractionError("limit", this.cpuMessage(job));
    const nearLimit = sandbox.peakData >= 0.75 * this.opts.memoryMb * 1024 * 1024;
    if (sandbox.saidOutOfMemory() || (signalCode !== null && nearLimit)) {
      return new ExtractionError("limit", this.memoryMessage(job));
    }
    return new Error(`the extraction sandbox process crashed ${where(job)} (${sandbox.exitDescription()}): ${sandbox.tail()}`);
  }

  private cpuMessage(job: Job): string {
    return `CPU time limit of ${this.opts.cpuSeconds} s exceeded ${where(job)} (SANDBOX_CPU_SECONDS)`;
  }

  private memoryMessage(job: Job): string {
    return `memory limit of ${this.opts.memoryMb} MiB exceeded ${where(job)} (SANDBOX_MEMORY_MB)`;
  }

  /** Kills children stuck past a timeout; samples memory for the reports. */
  private watchdog(): void {
    const now = Date.now();
    for (const sandbox of this.sandboxes) {
      const job = sandbox.job;
      if (!job || sandbox.state !== "busy") continue;
      const data = sandbox.memory()?.[0] ?? 0;
      sandbox.peakData = Math.max(sandbox.peakData, data);
      sandbox.lastCpu = sandbox.cpuSeconds() || sandbox.lastCpu;
      if (now - job.startedAt > this.limits.documentTimeoutMs + GRACE_MS) {
        sandbox.kill(`extraction took longer than ${seconds(this.limits.documentTimeoutMs)} (DOCUMENT_TIMEOUT_MS)`, true);
      } else if (job.stage === "thumbnail" && now - job.stageAt > this.limits.pageTimeoutMs + SILENCE_GRACE_MS) {
        // pdf.js draws in slices, so the child stays responsive while a pathological page (a Type 3 font of
        // a million path operations) takes its time: the thumbnail has no timer of its own in the child.
        sandbox.kill(`rendering the thumbnail took longer than ${seconds(this.limits.pageTimeoutMs)} (PAGE_TIMEOUT_MS)`, true);
      } else if (now - sandbox.lastBeat > this.limits.pageTimeoutMs + SILENCE_GRACE_MS) {
        const what = { thumbnail: "rendering the thumbnail", searchable: "making the searchable PDF", text: job.page ? `page ${job.page}` : "opening the document" }[job.stage];
        sandbox.kill(`${what} took longer than ${seconds(this.limits.pageTimeoutMs)} (PAGE_TIMEOUT_MS)`, true);
      } else if (sandbox.lastCpu > sandbox.cpuLimit + CPU_GRACE_SECONDS) {
        sandbox.kill(this.cpuMessage(job), true); // past SIGXCPU and still running (it should not be)
      }
    }
  }
}

function where(job: Job): string {
  if (job.stage === "thumbnail") return "while rendering the thumbnail";
  if (job.stage === "searchable") return "while making the searchable PDF";
  return job.page ? `while extracting page ${job.page}` : "while opening the document";
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
