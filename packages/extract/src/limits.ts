// Limits, and the deadlines that enforce the two timeouts.
import { ExtractionError } from "./errors.ts";
import type { ExtractLimits } from "./types.ts";

export const DEFAULT_LIMITS: ExtractLimits = Object.freeze({
  maxPages: 2000,
  maxPixels: 50_000_000,
  pageTimeoutMs: 60_000,
  documentTimeoutMs: 15 * 60_000,
  // About 2 000 pages of dense text; search indexes the first 200 000 characters anyway (migration 0002).
  maxTextChars: 5_000_000,
  // A page's content rarely inflates past a few MiB; the issue-13 bomb inflates to 512 MiB.
  maxInflatedBytes: 64 * 1024 * 1024,
});

const ENV_NAMES: Record<keyof ExtractLimits, string> = {
  maxPages: "MAX_PAGES",
  maxPixels: "MAX_MEGAPIXELS",
  pageTimeoutMs: "PAGE_TIMEOUT_MS",
  documentTimeoutMs: "DOCUMENT_TIMEOUT_MS",
  maxTextChars: "MAX_TEXT_CHARS",
  maxInflatedBytes: "MAX_INFLATED_MB",
};

/** The note that ends text cut at `maxTextChars`. */
export function textCutNote(maxTextChars: number): string {
  return `[docscan kept the first ${maxTextChars} characters of this document's text (${ENV_NAMES.maxTextChars})]`;
}

export function resolveLimits(limits: Partial<ExtractLimits> = {}): ExtractLimits {
  const resolved = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_NAMES) as (keyof ExtractLimits)[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${key} must be a positive integer, got ${value}`);
    resolved[key] = value;
  }
  return resolved;
}

export function megapixels(pixels: number): string {
  return (pixels / 1e6).toFixed(1);
}

/** "50" for 50 000 000, "0.5" for 500 000. */
function limitMegapixels(pixels: number): string {
  return String(Math.round(pixels / 1e5) / 10);
}

/** `what` reads like "image" or "page 3". */
export function pixelLimitError(what: string, pixels: number, maxPixels: number, detail = ""): ExtractionError {
  return new ExtractionError(
    "limit",
    `${what} is ${megapixels(pixels)} megapixels${detail}; the limit is ${limitMegapixels(maxPixels)} (${ENV_NAMES.maxPixels})`,
  );
}

export function pageLimitError(kind: string, pages: number, maxPages: number): ExtractionError {
  return new ExtractionError("limit", `${kind} has ${pages} pages; the limit is ${maxPages} (${ENV_NAMES.maxPages})`);
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

class TimeLimit extends Error {
  constructor(readonly error: ExtractionError) {
    super(error.message);
  }
}

/** What a page's work gets: the signal to stop on, and a way to wait its turn without the clock running. */
export interface PageRun {
  signal: AbortSignal;
  /** `waiting` (a lock, a place in the OCR queue), with the page's clock stopped until it settles. */
  waitFor<W>(waiting: Promise<W>): Promise<W>;
}

/** A countdown that can be paused (nested pauses count) and is dead once stopped. */
class PageClock {
  private timer: NodeJS.Timeout | undefined;
  private left: number;
  private since = 0;
  private pauses = 0;
  private stopped = false;

  constructor(
    ms: number,
    private readonly onTimeout: () => void,
  ) {
    this.left = ms;
    this.run();
  }

  pause(): void {
    if (this.stopped || this.pauses++ > 0) return;
    clearTimeout(this.timer);
    this.left -= performance.now() - this.since;
  }

  resume(): void {
    if (this.stopped || --this.pauses > 0) return;
    this.run();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private run(): void {
    this.since = performance.now();
    this.timer = setTimeout(this.onTimeout, Math.max(0, this.left));
  }
}

/**
 * The document's deadline plus the caller's signal. `page()` adds the per-page timeout; the signals it
 * hands out abort with a reason that `settle` turns into the right error.
 */
export class Budget {
  readonly signal: AbortSignal;
  private readonly timer: NodeJS.Timeout;
  private readonly timeout = new AbortController();
  /** When the document's time is up (performance.now()). */
  private readonly deadline: number;
  /** Aborted when one page fails, so that the pages still in flight stop too. */
  private readonly abandoned = new AbortController();

  constructor(
    readonly limits: ExtractLimits,
    private readonly callerSignal: AbortSignal | undefined,
    private readonly onPage: (pageNumber: number) => void = () => {},
  ) {
    this.deadline = performance.now() + limits.documentTimeoutMs;
    this.timer = setTimeout(() => this.timeUp(), limits.documentTimeoutMs);
    this.signal = AbortSignal.any([...(callerSignal ? [callerSignal] : []), this.timeout.signal, this.abandoned.signal]);
  }

  private timeUp(): void {
    // The error is made when the time is up, not for every document that finishes in time (an Error captures a
    // stack; one per page showed in the profile of text-layer pages).
    const error = new ExtractionError("limit", `extraction took longer than ${seconds(this.limits.documentTimeoutMs)} (${ENV_NAMES.documentTimeoutMs})`);
    this.timeout.abort(new TimeLimit(error));
  }

  /** The caller aborted: whatever is thrown now is their reason, not a fault of the document. */
  get callerAborted(): boolean {
    return this.callerSignal?.aborted ?? false;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /**
   * Throws if the document's time is up or the caller aborted. The clock is read too: the timer fires only
   * between tasks of the event loop, and pdf.js can read a whole text-layer document in promise callbacks
   * alone, never letting it run.
   */
  check(): void {
    if (!this.timeout.signal.aborted && performance.now() >= this.deadline) this.timeUp();
    if (this.signal.aborted) throw this.reasonError(this.signal.reason);
  }

  /** Pages 1..count, at most `concurrency` at a time, each under the page timeout; the first failure stops the rest. */
  async pages<T>(count: number, concurrency: number, work: (pageNumber: number, page: PageRun) => Promise<T>): Promise<T[]> {
    return mapConcurrent(count, concurrency, (i) =>
      this.page(i + 1, (page) => work(i + 1, page)).catch((error: unknown) => {
        this.abandoned.abort(new Error("another page failed"));
        throw error;
      }),
    );
  }

  /**
   * Runs one page's work under the page timeout; `work` should stop when the signal aborts. The timeout
   * counts the page's own work only: time spent waiting its turn (`page.waitFor`) does not count, so pages
   * queued behind other documents' OCR are not failed for it. The document's timeout still counts it all.
   */
  async page<T>(pageNumber: number, work: (page: PageRun) => Promise<T>): Promise<T> {
    this.check();
    this.onPage(pageNumber);
    const timeout = new AbortController();
    const error = () =>
      new ExtractionError("limit", `page ${pageNumber} took longer than ${seconds(this.limits.pageTimeoutMs)} (${ENV_NAMES.pageTimeoutMs})`);
    const clock = new PageClock(this.limits.pageTimeoutMs, () => timeout.abort(new TimeLimit(error())));
    const signal = AbortSignal.any([this.signal, timeout.signal]);
    const waitFor = <W>(waiting: Promise<W>): Promise<W> => {
      clock.pause();
      return waiting.finally(() => clock.resume());
    };
    // Work that ignores the signal (a synchronous stretch inside pdf.js) still loses the race.
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener("abort", () => reject(signal.reason as unknown), { once: true });
    });
    const running = work({ signal, waitFor });
    running.catch(() => {}); // once the race is lost, a late failure is of no interest
    try {
      return await Promise.race([running, aborted]);
    } catch (e) {
      throw this.reasonError(e);
    } finally {
      clock.stop();
    }
  }

  /** Maps an abort reason (or an error thrown because of one) to what extractText rejects with. */
  private reasonError(e: unknown): unknown {
    if (e instanceof TimeLimit) return e.error;
    if (this.signal.aborted && this.signal.reason instanceof TimeLimit) return this.signal.reason.error;
    return e;
  }
}

/** Runs `fn` for 0..count-1 with at most `concurrency` running; results in order; stops at the first failure. */
export async function mapConcurrent<T>(count: number, concurrency: number, fn: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < count) {
      const index = next++;
      try {
        results[index] = await fn(index);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane));
  return results;
}
