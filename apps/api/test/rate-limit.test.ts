// The failure counter behind the sign-in limits: attempts in flight count, and its memory is bounded.
import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@docscan/shared";
import { FailureLimiter } from "../src/auth/rate-limit.ts";

describe("FailureLimiter", () => {
  it("counts attempts in flight against the limit, and gives back those released", () => {
    const limiter = new FailureLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) limiter.reserve("k", 0);
    expect(() => limiter.reserve("k", 0)).toThrow(RateLimitedError);
    limiter.release("k");
    limiter.reserve("k", 0);
    limiter.fail("k", 0);
    limiter.fail("k", 0);
    limiter.fail("k", 0);
    expect(() => limiter.reserve("k", 1)).toThrow(RateLimitedError);
    // The window ends.
    limiter.reserve("k", 60_001);
  });

  it("keeps at most maxKeys keys, forgetting the oldest, however many addresses fail", () => {
    const limiter = new FailureLimiter(10, 60_000, 100);
    for (let i = 0; i < 10_000; i++) {
      limiter.reserve(`10.0.${i >> 8}.${i & 255}`, i);
      limiter.fail(`10.0.${i >> 8}.${i & 255}`, i);
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
  });

  it("drops ended windows by itself", () => {
    const limiter = new FailureLimiter(10, 1_000);
    for (let i = 0; i < 50; i++) {
      limiter.reserve(`a${i}`, 0);
      limiter.fail(`a${i}`, 0);
    }
    expect(limiter.size).toBe(50);
    limiter.reserve("later", 120_000);
    expect(limiter.size).toBe(1);
  });
});
