import { defineConfig } from "vitest/config";

// Only the browser end-to-end test lives here; it starts the real api + worker itself.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
