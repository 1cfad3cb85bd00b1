// The worker as deployed: its own process, stopped by a signal (docker stop, systemd, Ctrl-C).
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { secretKey, storageConfig } from "@docscan/config";
import { ALL_DOCUMENTS, getDocument, insertDocument } from "@docscan/db";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { drawText, encodePicture } from "@docscan/extract/testing";
import { enqueueForDocument } from "@docscan/jobs";
import { createObjectStore, makeObjectKey } from "@docscan/storage";
import { exited, startChild, stopChild, waitForOutput, type Child } from "@docscan/testkit";
import { loadEnv } from "../src/env.ts";

let database: TestDatabase;
const dataDir = mkdtempSync(join(tmpdir(), "docscan-worker-process-"));
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  database = await createTestDatabase();
  env = { ...process.env, DATABASE_URL: database.url, DOCSCAN_DATA_DIR: dataDir, DOCSCAN_SECRET: "worker-process-test-secret-0123", LOG_LEVEL: "info" };
  for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "NODE_OPTIONS", "S3_ENDPOINT"]) delete env[k];
});
afterAll(async () => {
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startWorkerProcess(): Promise<Child> {
  const worker = startChild("worker", "apps/worker/src/main.ts", [], env);
  await waitForOutput(worker, "docscan worker running");
  return worker;
}

/** A scan that takes Tesseract several seconds: a full page of text at 300 dpi. */
async function queueSlowScan(): Promise<string> {
  const workerEnv = loadEnv(env);
  const storage = createObjectStore(storageConfig(workerEnv, secretKey(workerEnv)));
  await storage.ensureReady();
  const lines = Array.from({ length: 90 }, (_, i) => `Line ${i + 1}: the quick brown fox jumps over the lazy dog, invoice ${1000 + i}.`);
  const png = Buffer.from(await encodePicture(await drawText(lines, { width: 2550, height: 3300, fontSize: 28 }), "png"));
  const id = randomUUID();
  const objectKey = makeObjectKey({ owner: null, documentId: id, ext: ".png" });
  await storage.put(objectKey, Readable.from([png]), png.byteLength, "image/png");
  await database.db.transaction(async (tx) => {
    await insertDocument(tx, { id, ownerId: null, filename: "scan.png", objectKey, contentType: "image/png", size: png.byteLength, sha256: "0".repeat(64), storageBackend: storage.backend });
    await enqueueForDocument(tx, "extract_text", id);
  });
  return id;
}

async function waitForStatus(id: string, status: string, worker: Child, timeout = 60_000): Promise<void> {
  await expect
    .poll(async () => {
      if (worker.proc.exitCode !== null) throw new Error(`the worker exited:\n${worker.output()}`);
      return (await getDocument(database.db, id, ALL_DOCUMENTS)).status;
    }, { timeout, interval: 100 })
    .toBe(status);
}

describe("the worker process", () => {
  it("stops on SIGTERM after closing the OCR engine and the database pool, with exit code 0", async () => {
    const worker = await startWorkerProcess();
    await stopChild(worker);
    expect({ code: worker.proc.exitCode, signal: worker.proc.signalCode }).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('"msg":"worker stopped"');
  });

  it("waits for the job in progress after one SIGTERM, and fails it for a retry after a second", async () => {
    const worker = await startWorkerProcess();
    const id = await queueSlowScan();
    await waitForStatus(id, "extracting", worker);
    worker.proc.kill("SIGTERM");
    // A repeat within a second of the first signal *being handled* is ignored (one stop arriving twice), and
    // the worker's main thread may be busy with the image for a while: wait until it has handled the first.
    await waitForOutput(worker, "stopping: no new jobs");
    await new Promise((r) => setTimeout(r, 1500));
    expect(worker.proc.exitCode).toBeNull(); // still reading the scan
    worker.proc.kill("SIGTERM");
    await exited(worker);
    expect({ code: worker.proc.exitCode, signal: worker.proc.signalCode }).toEqual({ code: 1, signal: null });
    // The job is not left locked: it failed once and waits for its retry.
    const [job] = await database.db.execute<{ attempts: number; locked_by: string | null; last_error: string | null }>(
      sql`select attempts, locked_by, last_error from graphile_worker.jobs where key = ${`extract_text:${id}`}`,
    );
    expect(job).toMatchObject({ attempts: 1, locked_by: null });
    expect(job?.last_error).toMatch(/second SIGTERM/);
  });

  it("leaves no thumbnail behind for a document deleted while it was being read", async () => {
    const worker = await startWorkerProcess();
    onTestFailed(() => console.error(`worker output:\n${worker.output()}`));
    try {
      const id = await queueSlowScan();
      await waitForStatus(id, "extracting", worker);
      const { objectKey } = await getDocument(database.db, id, ALL_DOCUMENTS);
      // Hold the row while the scan is read; once the worker waits for it to save the text (its thumbnail
      // stored by then), delete the row. However fast or slow the OCR, the save comes after the delete.
      await database.db.transaction(async (tx) => {
        const [row] = await tx.execute<{ thumbnail_key: string | null }>(sql`select thumbnail_key from documents where id = ${id} for update`);
        expect(row, "the extraction ended before the row could be held").toEqual({ thumbnail_key: null });
        await expect
          .poll(async () => (await database.db.execute(sql`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).length, {
            timeout: 120_000,
            interval: 100,
          })
          .toBeGreaterThan(0);
        await tx.execute(sql`delete from documents where id = ${id}`);
      });
      // The job ends once the worker finds the row gone.
      await expect
        .poll(async () => (await database.db.execute(sql`select 1 from graphile_worker.jobs where key = ${`extract_text:${id}`}`)).length, { timeout: 120_000 })
        .toBe(0);
      const left = readdirSync(join(dataDir, "objects", "unowned", id)).filter((f) => !f.endsWith("~meta.json"));
      expect(left).toEqual([basename(objectKey)]); // the original only: the api removes it, after the row
    } finally {
      await stopChild(worker);
    }
  });

  it("after a worker is killed mid-job, another one finds its job within seconds and finishes it", async () => {
    const killed = await startWorkerProcess();
    const id = await queueSlowScan();
    await waitForStatus(id, "extracting", killed);
    killed.proc.kill("SIGKILL"); // nothing runs in the worker after this: its job stays locked
    await exited(killed);
    const key = `extract_text:${id}`;
    const [job] = await database.db.execute<{ locked_by: string | null }>(sql`select locked_by from graphile_worker.jobs where key = ${key}`);
    expect(job?.locked_by).not.toBeNull();

    // graphile-worker alone would wait four hours for the lock to expire.
    const rescuer = await startWorkerProcess();
    try {
      await waitForStatus(id, "done", rescuer, 120_000);
      expect(rescuer.output()).toContain("returned the jobs of workers that stopped mid-job to the queue");
    } finally {
      await stopChild(rescuer);
    }
  });
});
