import { defineConfig } from "vitest/config";
// Generous timeouts: these tests run real OCR and load the offline classifier's lexicon, which is slow on a
// busy 2-core machine. They assert behaviour, never speed.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 } });
