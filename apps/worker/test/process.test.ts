// The worker as deployed: its own process, stopped by a signal (docker stop, systemd, Ctrl-C).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { startChild, stopChild, waitForOutput } from "@docscan/testkit";

let database: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), "docscan-worker-process-"));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the worker process", () => {
  it("stops on SIGTERM after closing the OCR engine and the database pool, with exit code 0", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, DOCSCAN_DATA_DIR: dataDir, DOCSCAN_SECRET: "worker-process-test-secret-0123", LOG_LEVEL: "info" };
    for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "NODE_OPTIONS", "S3_ENDPOINT"]) delete env[k];
    const worker = startChild("worker", "apps/worker/src/main.ts", [], env);
    await waitForOutput(worker, "docscan worker running");
    await stopChild(worker);
    expect({ code: worker.proc.exitCode, signal: worker.proc.signalCode }).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('"msg":"worker stopped"');
  });
});
