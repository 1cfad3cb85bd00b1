// Hostile files against the worker as deployed (its own process, real Postgres, sandbox children under
// prlimit): each fails with a reason naming the bound it breaks, after one attempt, while a normal document
// queued alongside is read, and the worker process itself stays small.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, onTestFailed } from "vitest";
import { secretKey, storageConfig } from "@docscan/config";
import { ALL_DOCUMENTS, getDocument, insertDocument } from "@docscan/db";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import * as fx from "@docscan/extract/testing";
import { enqueueForDocument } from "@docscan/jobs";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import { exited, startChild, stopChild, waitForOutput, type Child } from "@docscan/testkit";
import { loadEnv } from "../src/env.ts";

const MiB = 1024 * 1024;
/** The documented bound on the worker process's own resident memory (README, docs/reliability.md). */
const WORKER_RSS_BOUND = 512 * MiB;
/** Half the default, so that the memory bomb below trips it sooner on a loaded machine; text PDFs need ~200 MiB. */
const SANDBOX_MEMORY_MB = 512;

let database: TestDatabase;
let storage: ObjectStore;
let worker: Child;
const dataDir = mkdtempSync(join(tmpdir(), "docscan-hostile-"));

beforeAll(async () => {
  database = await createTestDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    DOCSCAN_DATA_DIR: dataDir,
    DOCSCAN_SECRET: "hostile-files-test-secret-0123456",
    LOG_LEVEL: "info",
    SANDBOX_PROCESSES: "2",
    SANDBOX_MEMORY_MB: String(SANDBOX_MEMORY_MB),
  };
  for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "NODE_OPTIONS", "S3_ENDPOINT", "MAX_INFLATED_MB", "SANDBOX_CPU_SECONDS"]) delete env[k];
  const workerEnv = loadEnv(env);
  storage = createObjectStore(storageConfig(workerEnv, secretKey(workerEnv)));
  await storage.ensureReady();
  worker = startChild("worker", "apps/worker/src/main.ts", [], env);
  await waitForOutput(worker, "docscan worker running");
});

afterAll(async () => {
  if (worker) await stopChild(worker);
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function queue(bytes: Uint8Array, contentType: string, ext: string): Promise<string> {
  const id = randomUUID();
  const objectKey = makeObjectKey({ owner: null, documentId: id, ext });
  await storage.put(objectKey, Readable.from([Buffer.from(bytes)]), bytes.byteLength, contentType);
  await database.db.transaction(async (tx) => {
    await insertDocument(tx, { id, ownerId: null, filename: `file${ext}`, objectKey, contentType, size: bytes.byteLength, sha256: "0".repeat(64), storageBackend: storage.backend });
    await enqueueForDocument(tx, "extract_text", id);
  });
  return id;
}

/** Live sandbox processes whose parent is `parent` (not tsx's esbuild service, say). */
function sandboxesOf(parent: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return Number(ppid) === parent && state !== "Z" && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("sandbox/child.ts");
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));

function rss(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
}

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

it("fails every hostile file with the limit it breaks, once, while normal documents are read and the worker stays within its memory bound", async () => {
  onTestFailed(() => console.error(`worker output:\n${worker.output()}`));
  const pid = worker.proc.pid!;
  let peak = rss(pid);
  const sampler = setInterval(() => {
    if (worker.proc.exitCode === null) peak = Math.max(peak, rss(pid));
  }, 100);
  const load = loadavg()[0]!;

  const bombs: [string, Uint8Array, string, string, RegExp][] = [
    ["PDF content inflating to 512 MiB", fx.makeInflatingPdf(512 * MiB), PDF, ".pdf", /^object 4 of the PDF inflates to more than 64 MiB; the limit is 64 MiB \(MAX_INFLATED_MB\)$/],
    ["PDF content of 6 streams, 60 MiB each", fx.makeInflatingPdf(360 * MiB, 6), PDF, ".pdf", /^the content of a page of the PDF \(6 streams\) inflates to more than 64 MiB together; the limit is 64 MiB \(MAX_INFLATED_MB\)$/],
    ["PDF page of 10 million path operators", fx.makeOperatorBombPdf(60 * MiB), PDF, ".pdf", new RegExp(`^memory limit of ${SANDBOX_MEMORY_MB} MiB exceeded while extracting page 1 \\(SANDBOX_MEMORY_MB\\)$`)],
    ["PDF image of 100 000 × 100 000 pixels", fx.makeHugeImagePdf(100_000, 100_000), PDF, ".pdf", /^an image in the PDF \(object 5\) is 10000\.0 megapixels; the limit is 50 \(MAX_MEGAPIXELS\)$/],
    ["PDF arrays nested 100 000 deep", fx.makeDeeplyNestedPdf(100_000), PDF, ".pdf", /nesting limit/],
    ["PNG claiming 100 000 × 100 000 pixels", fx.makePngClaiming(100_000, 100_000), "image/png", ".png", /MAX_MEGAPIXELS/],
    ["DOCX inflating to 256 MiB", fx.makeDocxBomb(256 * MiB), DOCX, ".docx", /zip bomb guard/],
  ];
  const normal = () => queue(fx.makePdf(["Invoice 2024-117\nTotal due: 420.00 EUR\nPayable within 30 days."]), PDF, ".pdf");

  const started = Date.now();
  const ids = new Map<string, string>();
  ids.set("normal, queued first", await normal());
  for (const [name, bytes, mime, ext] of bombs) ids.set(name, await queue(bytes, mime, ext));
  ids.set("normal, queued after the bombs", await normal());

  // When each document was first seen being read, and when it ended (ms since the first was queued).
  const readFrom = new Map<string, number>();
  const settledAt = new Map<string, number>();
  await expect
    .poll(
      async () => {
        if (worker.proc.exitCode !== null) throw new Error("the worker exited");
        for (const [name, id] of ids) {
          if (settledAt.has(name)) continue;
          const { status } = await getDocument(database.db, id, ALL_DOCUMENTS);
          const now = Date.now() - started;
          if (status !== "pending" && !readFrom.has(name)) readFrom.set(name, now);
          if (status === "done" || status === "failed") settledAt.set(name, now);
        }
        return settledAt.size;
      },
      { timeout: 170_000, interval: 100 },
    )
    .toBe(ids.size);
  clearInterval(sampler);

  for (const [name, , , , reason] of bombs) {
    const doc = await getDocument(database.db, ids.get(name)!, ALL_DOCUMENTS);
    expect({ name, status: doc.status, error: doc.error }).toEqual({ name, status: "failed", error: expect.stringMatching(reason) });
    // Its own reading, not its wait behind the others (which depends on how busy the machine is).
    expect(settledAt.get(name)! - readFrom.get(name)!, name).toBeLessThan(60_000);
  }
  for (const name of ["normal, queued first", "normal, queued after the bombs"]) {
    expect(await getDocument(database.db, ids.get(name)!, ALL_DOCUMENTS), name).toMatchObject({ status: "done", pageCount: 1 });
  }
  // One attempt each: a job that threw would still be in the queue, waiting for its retry.
  const left = await database.db.execute(sql`select key, attempts from graphile_worker.jobs where key like 'extract_text:%'`);
  expect(left).toEqual([]);
  expect(worker.proc.exitCode).toBeNull();
  expect(peak).toBeLessThan(WORKER_RSS_BOUND);

  console.info(
    JSON.stringify({
      // seconds: [from queued to ended, of which reading it]
      documents: Object.fromEntries([...settledAt].map(([name, ms]) => [name, [ms / 1000, (ms - readFrom.get(name)!) / 1000].map((x) => Number(x.toFixed(1)))])),
      workerRssPeakMiB: Math.round(peak / MiB),
      workerVmHWMMiB: Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024),
      loadAverageAtStart: load,
      loadAverageAtEnd: loadavg()[0],
    }),
  );
});

it("when the worker is killed outright, its sandbox processes end too", async () => {
  const pid = worker.proc.pid!;
  // A child replaced after the memory bomb may still be on its way out: wait for the pool's two.
  await expect.poll(() => sandboxesOf(pid), { timeout: 15_000, interval: 100 }).toHaveLength(2);
  const sandboxes = sandboxesOf(pid);
  worker.proc.kill("SIGKILL");
  await exited(worker);
  // Each child sees its IPC channel close and exits.
  await expect.poll(() => sandboxes.filter(alive), { timeout: 30_000, interval: 100 }).toEqual([]);
});
