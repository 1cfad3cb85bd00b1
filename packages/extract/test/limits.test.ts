// The page timeout counts a page's own work, not its wait for a turn (the PDF lock, the OCR queue).
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { Budget, DEFAULT_LIMITS } from "../src/limits.ts";

function budget(pageTimeoutMs: number): Budget {
  return new Budget({ ...DEFAULT_LIMITS, pageTimeoutMs }, undefined);
}

describe("the page clock", () => {
  it("stops while the page waits its turn", async () => {
    const b = budget(3000);
    try {
      await expect(b.page(1, async (page) => {
        await page.waitFor(sleep(4500)); // queued behind other documents' pages
        await sleep(10);
        return "read";
      })).resolves.toBe("read");
    } finally {
      b.dispose();
    }
  });

  it("runs during the page's own work, before and after a wait", async () => {
    const b = budget(3000);
    try {
      const slow = b.page(7, async (page) => {
        await page.waitFor(sleep(300));
        await sleep(20_000, undefined, { signal: page.signal }); // ends when the page's time is up
      });
      await expect(slow).rejects.toMatchObject({ code: "limit", message: "page 7 took longer than 3 s (PAGE_TIMEOUT_MS)" });
    } finally {
      b.dispose();
    }
  });
});
