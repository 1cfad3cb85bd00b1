import { defineConfig } from "vitest/config";
// Real Postgres, real Dovecot and real files: generous timeouts on a busy 2-core machine.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 } });
