import { RateLimitedError } from "@docscan/shared";

/**
 * Counts failures per key in a fixed window, in memory. With several api processes behind a load balancer
 * each keeps its own count (see docs/decisions/0010-accounts-and-authorization.md).
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; resetAt: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  /** Throws RateLimitedError while the key has used up its failures. */
  check(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) return;
    if (w.failures >= this.maxFailures) {
      throw new RateLimitedError("too many failed sign-in attempts; try again later", Math.ceil((w.resetAt - now) / 1000));
    }
  }

  fail(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) this.windows.set(key, { failures: 1, resetAt: now + this.windowMs });
    else w.failures++;
    if (this.windows.size > 100_000) this.prune(now);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }
}

/** Sign-in limits: per address and per account, so neither one client nor a spread-out attack gets far. */
export function createLoginLimiters() {
  return { byIp: new FailureLimiter(30, 15 * 60_000), byEmail: new FailureLimiter(10, 15 * 60_000) };
}
export type LoginLimiters = ReturnType<typeof createLoginLimiters>;
