import { RateLimitedError } from "@docscan/shared";

/**
 * Counts failures per key in a fixed window, in memory. With several api processes behind a load balancer
 * each keeps its own count (see docs/decisions/0010-accounts-and-authorization.md).
 *
 * An attempt is counted from the moment it starts, not when its password check ends: `reserve` takes one
 * of the key's tries for the attempt in flight, `fail` turns it into a failure, `release` gives it back.
 * Otherwise a thousand wrong passwords sent at once would all pass the check before the first failed.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; inFlight: number; resetAt: number }>();
  private nextPrune = 0;

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    /** Keys kept at most: past it the oldest key is forgotten (memory stays bounded whatever the traffic). */
    private readonly maxKeys = 100_000,
  ) {}

  /** Throws RateLimitedError while the key's failures and attempts in flight use up its tries; else takes one. */
  reserve(key: string, now = Date.now()): void {
    if (now >= this.nextPrune) this.prune(now);
    const w = this.windows.get(key);
    if (w && w.resetAt > now && w.failures + w.inFlight >= this.maxFailures) {
      throw new RateLimitedError("too many failed sign-in attempts; try again later", Math.max(1, Math.ceil((w.resetAt - now) / 1000)));
    }
    this.entry(key, now).inFlight++;
  }

  /** The reserved attempt failed. */
  fail(key: string, now = Date.now()): void {
    const w = this.entry(key, now);
    w.inFlight = Math.max(0, w.inFlight - 1);
    w.failures++;
  }

  /** The reserved attempt ended without a failure: its try is given back. */
  release(key: string): void {
    const w = this.windows.get(key);
    if (!w) return;
    w.inFlight = Math.max(0, w.inFlight - 1);
    if (w.inFlight === 0 && w.failures === 0) this.windows.delete(key);
  }

  /** The reserved attempt succeeded: the key's failures are forgotten (attempts still in flight stay counted). */
  reset(key: string): void {
    const w = this.windows.get(key);
    if (!w) return;
    w.failures = 0;
    this.release(key);
  }

  /** How many keys are kept (for tests of the bound). */
  get size(): number {
    return this.windows.size;
  }

  private entry(key: string, now: number) {
    let w = this.windows.get(key);
    if (!w) {
      w = { failures: 0, inFlight: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
      // Map order is insertion order: the first key is the oldest.
      if (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    } else if (w.resetAt <= now) {
      w.failures = 0;
      w.resetAt = now + this.windowMs;
    }
    return w;
  }

  /** Drops ended windows; runs at most once a minute, not on every attempt. */
  private prune(now: number): void {
    this.nextPrune = now + 60_000;
    for (const [k, w] of this.windows) if (w.resetAt <= now && w.inFlight === 0) this.windows.delete(k);
  }
}

/** One sign-in attempt, counted while it runs; settle it with exactly one of these (later calls do nothing). */
export interface LoginAttempt {
  fail(): void;
  succeed(): void;
  /** Neither (an error before the password was judged): the try is given back. Safe in a `finally`. */
  release(): void;
}

/**
 * Sign-in limits (issue 13): 10 failures per account *from one address*, and 30 per address across all
 * accounts, in 15 minutes. There is no account-wide lock: failures from one address never refuse the right
 * password from another, so nobody can lock an admin out by guessing wrong on purpose. An IPv6 client
 * counts by its /64 (one subscriber's whole range), so hopping between its own addresses gains nothing.
 */
export function createLoginLimiters() {
  const byAddress = new FailureLimiter(30, 15 * 60_000);
  const byAccountAndAddress = new FailureLimiter(10, 15 * 60_000);
  const pair = (email: string, address: string) => `${email.toLowerCase()} ${addressKey(address)}`;
  return {
    /**
     * Throws RateLimitedError while this address, or this account from this address, has used up its tries
     * (failures and attempts in flight); otherwise the attempt takes a try of each until it is settled.
     */
    begin(email: string, address: string, now = Date.now()): LoginAttempt {
      const a = addressKey(address);
      const p = pair(email, address);
      byAddress.reserve(a, now);
      try {
        byAccountAndAddress.reserve(p, now);
      } catch (err) {
        byAddress.release(a);
        throw err;
      }
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      return {
        fail: () =>
          settle(() => {
            byAddress.fail(a);
            byAccountAndAddress.fail(p);
          }),
        // After the right password: the account starts afresh from this address (the address's own count stays).
        succeed: () =>
          settle(() => {
            byAddress.release(a);
            byAccountAndAddress.reset(p);
          }),
        release: () =>
          settle(() => {
            byAddress.release(a);
            byAccountAndAddress.release(p);
          }),
      };
    },
  };
}
export type LoginLimiters = ReturnType<typeof createLoginLimiters>;

/** What one client is counted as: an IPv4 address, or an IPv6 address's /64 (IPv4-mapped IPv6 is IPv4). */
export function addressKey(address: string): string {
  const ip = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(":")) return ip;
  const [head = "", tail] = ip.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => (g === "" ? "0" : g.replace(/^0+(?=.)/, "")))
    .join(":")}::/64`;
}
