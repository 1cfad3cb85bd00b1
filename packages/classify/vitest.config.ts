import { defineConfig } from "vitest/config";
// WordNet and the tokenizer ranks load lazily, once per test file: seconds on a busy machine.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 } });
