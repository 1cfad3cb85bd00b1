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
    /** Throws RateLimitedError while this address, or this account from this address, has used up its failures. */
    check(email: string, address: string, now = Date.now()): void {
      byAddress.check(addressKey(address), now);
      byAccountAndAddress.check(pair(email, address), now);
    },
    fail(email: string, address: string, now = Date.now()): void {
      byAddress.fail(addressKey(address), now);
      byAccountAndAddress.fail(pair(email, address), now);
    },
    /** After the right password: the account starts afresh from this address (the address's own count stays). */
    succeed(email: string, address: string): void {
      byAccountAndAddress.reset(pair(email, address));
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
