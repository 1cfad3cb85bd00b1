// Retries for calls to the model server. This layer, not the SDK's, does it
// (the client is built with maxRetries: 0): the SDK waits as long as any
// Retry-After says, while we cap it, and we do not retry an exhausted quota.
import { APIConnectionError, APIError, APIUserAbortError } from "openai";

/** A server asking for a longer pause gets this; longer waits belong to the job queue. */
export const MAX_RETRY_AFTER_MS = 60_000;
const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

export type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `call` and retries it up to `maxRetries` times on rate limits, server errors, timeouts and lost connections. */
export async function withRetries<T>(call: () => Promise<T>, maxRetries: number, wait: Sleep = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const delay = attempt < maxRetries ? retryDelayMs(err, attempt) : null;
      if (delay === null) throw err;
      await wait(delay);
    }
  }
}

/** How long to wait before retry number `attempt + 1`, or null when the error is not worth retrying. */
export function retryDelayMs(err: unknown, attempt: number, now = Date.now()): number | null {
  if (err instanceof APIUserAbortError) return null;
  if (err instanceof APIConnectionError) return backoff(attempt); // includes timeouts
  if (!(err instanceof APIError) || err.status === undefined) return null;
  const should = err.headers?.get("x-should-retry");
  if (should === "false") return null;
  const retryable = should === "true" || [408, 409, 429].includes(err.status) || err.status >= 500;
  if (!retryable || err.code === "insufficient_quota") return null;
  const asked = retryAfterMs(err.headers, now);
  return asked === null ? backoff(attempt) : Math.min(asked, MAX_RETRY_AFTER_MS);
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get("retry-after")?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** 0.5 s, 1 s, 2 s, … up to 8 s, less up to 25% jitter so that parallel clients spread out. */
function backoff(attempt: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_BACKOFF_MS) * (1 - Math.random() * 0.25);
}
