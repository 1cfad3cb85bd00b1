import { describe, expect, it } from "vitest";
import { createBackoff } from "../src/backoff.ts";

describe("createBackoff", () => {
  const policy = { initialDelayMs: 5, maxDelayMs: 20, stableAfterMs: 1000 };

  it("doubles the delay after each wait up to the maximum, and a stable run or reset starts it over", async () => {
    const backoff = createBackoff(policy);
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(backoff.delayMs);
      await backoff.wait();
    }
    expect(seen).toEqual([5, 10, 20, 20]);
    backoff.ran(999);
    expect(backoff.delayMs).toBe(20);
    backoff.ran(1000);
    expect(backoff.delayMs).toBe(5);
    await backoff.wait();
    backoff.reset();
    expect(backoff.delayMs).toBe(5);
  });

  it("wake() ends a wait at once", async () => {
    const backoff = createBackoff({ initialDelayMs: 60_000, maxDelayMs: 60_000, stableAfterMs: 1 });
    const started = Date.now();
    const waiting = backoff.wait();
    backoff.wake();
    await waiting;
    expect(Date.now() - started).toBeLessThan(30_000);
    backoff.wake(); // nothing waits: no effect
  });
});
