import { describe, expect, it } from "vitest";
import { createLimiter, estimateCostUsd } from "../src/index.ts";

describe("createLimiter", () => {
  it("runs at most n functions at once, in order", async () => {
    const limiter = createLimiter(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (i: number) =>
      limiter.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 10));
        order.push(i);
        running--;
        return i;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(job))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order.slice(0, 2).sort()).toEqual([1, 2]);
    expect(limiter.active).toBe(0);
  });

  it("frees the slot when a function fails", async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => "next")).toBe("next");
  });

  it("refuses a size below 1", () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});

describe("estimateCostUsd", () => {
  it("prices known models per million tokens, dated snapshots included", () => {
    expect(estimateCostUsd("gpt-4o-mini", 1_000_000, 1_000_000)).toBeCloseTo(0.75);
    expect(estimateCostUsd("gpt-4o-mini-2024-07-18", 1000, 100)).toBeCloseTo(0.00021);
    expect(estimateCostUsd("gpt-4.1-nano", 2_000_000, 0)).toBeCloseTo(0.2);
    expect(estimateCostUsd("o4-mini", 0, 1_000_000)).toBeCloseTo(4.4);
  });

  it("knows no price for other models", () => {
    expect(estimateCostUsd("llama3.1", 1000, 100)).toBeNull();
    expect(estimateCostUsd("", 1000, 100)).toBeNull();
  });
});
