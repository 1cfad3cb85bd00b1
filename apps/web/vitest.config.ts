import { defineConfig } from "vitest/config";

// The browser end-to-end tests (each starts the real api + worker itself) and the console's unit tests (test/).
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts", "test/**/*.test.ts"],
    // Generous: CI runs every package's tests at once on two cores, and a spec's setup starts a whole stack.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // vitest's default gives expect.poll one second, too short for a search round trip on a busy machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    fileParallelism: false,
  },
});
