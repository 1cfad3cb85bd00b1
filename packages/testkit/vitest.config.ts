import { defineConfig } from "vitest/config";
// The tests start real child processes (node + tsx), which take seconds each on a loaded 2-core machine.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 300_000 } });
