import { defineConfig } from "vitest/config";
// OCR, rendering and zip-bomb tests are CPU-heavy; on a busy 2-core machine they need room. Behaviour only.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 } });
