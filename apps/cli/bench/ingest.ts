// Ingest throughput and memory: 100 KB PDFs uploaded over HTTP to the real api (a child process:
// spool, SHA-256, sniff, store, row + job in one transaction) against raw PUTs of the same bytes to
// the same object store; api and worker RSS idle, under upload load, and while the worker drains.
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@docscan/db/testing";
import { createObjectStore, type StorageConfig } from "@docscan/storage";
import { freePort, peakSampler, rssMb, startChild, stopChild, type Child } from "./processes.ts";
import { percentiles, type Percentiles } from "./stats.ts";

export interface IngestResult {
  files: number;
  bytesEach: number;
  concurrency: number;
  upload: { perSecond: number; mbPerSecond: number; latency: Percentiles };
  rawPut: { perSecond: number; mbPerSecond: number; latency: Percentiles };
  ratio: number;
  memory: {
    apiIdleMb: number;
    apiLoadMb: number;
    workerIdleMb: number;
    workerLoadMb: number;
    /** Documents the worker finished (done or failed) while it was sampled. */
    workerProcessed: number;
    workerSampledMs: number;
  };
}

/** A valid one-page PDF with a text layer, padded to exactly `size` bytes with an unreferenced stream. */
export function makeBenchPdf(n: number, size: number): Buffer {
  const text = [`Invoice ${n}`, "Supplier: Northwind Office Supplies", `Amount due: EUR ${(n % 997) + 100}.00`, "Payment terms: 30 days net"]
    .map((line, i) => `BT /F1 12 Tf 72 ${720 - i * 18} Td (${line}) Tj ET`)
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const build = (padding: number) => {
    const all = [...objects, `<< /Length ${padding} >>\nstream\n${"%".repeat(padding)}\nendstream`];
    let body = "%PDF-1.4\n";
    const offsets: number[] = [];
    all.forEach((o, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
    body += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return body;
  };
  const base = build(0).length;
  const pdf = build(Math.max(0, size - base));
  const extra = size - pdf.length; // offsets grew by a few digits
  return Buffer.from(extra >= 0 ? build(Math.max(0, size - base + extra)) : pdf, "latin1");
}

async function pool<T>(items: T[], concurrency: number, maxMs: number, fn: (item: T) => Promise<void>): Promise<{ ms: number; done: number; latencies: number[] }> {
  let next = 0;
  let done = 0;
  const latencies: number[] = [];
  const t0 = performance.now();
  const deadline = t0 + maxMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length && performance.now() < deadline) {
        const item = items[next++]!;
        const t = performance.now();
        await fn(item);
        latencies.push(performance.now() - t);
        done++;
      }
    }),
  );
  return { ms: performance.now() - t0, done, latencies };
}

async function waitHealthy(baseUrl: string, api: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.proc.exitCode !== null) throw new Error(`the api exited (${api.proc.exitCode}):\n${api.output()}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the api did not become healthy:\n${api.output()}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const BENCH_ADMIN = { email: "bench@docscan.invalid", password: "benchmark-password-0123" };

/** Uploads are authenticated like a script's: with an API token of the first admin. */
async function apiToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...BENCH_ADMIN, name: "bench" }),
  });
  if (res.status !== 201) throw new Error(`could not get an API token: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function runIngestBench(opts: { files: number; bytes: number; concurrency: number; maxMs: number; drainMs: number }): Promise<IngestResult> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), "docscan-bench-"));
  const children: Child[] = [];
  try {
    const s3 = startChild("s3rver", "apps/cli/bench/s3-server.ts", [], { ...process.env });
    children.push(s3);
    const [line] = (await once(s3.proc.stdout!, "data")) as [Buffer];
    const s3config = JSON.parse(line.toString().trim().split("\n")[0]!) as Extract<StorageConfig, { backend: "s3" }>;

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "NODE_OPTIONS", "WEB_DIST_DIR"]) delete env[k];
    Object.assign(env, {
      DATABASE_URL: database.url,
      DOCSCAN_DATA_DIR: dataDir,
      DOCSCAN_SECRET: "benchmark-secret-0123456789",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      S3_ENDPOINT: s3config.endpoint,
      S3_ACCESS_KEY: s3config.accessKey,
      S3_SECRET_KEY: s3config.secretKey,
      S3_BUCKET: s3config.bucket,
      WEB_DIST_DIR: join(dataDir, "no-console"),
      DOCSCAN_ADMIN_EMAIL: BENCH_ADMIN.email,
      DOCSCAN_ADMIN_PASSWORD: BENCH_ADMIN.password,
    });
    const api = startChild("api", "apps/api/src/main.ts", [], env);
    children.push(api);
    await waitHealthy(baseUrl, api);
    const authorization = `Bearer ${await apiToken(baseUrl)}`;
    // The worker's idle footprint; it is stopped again so it does not compete with the uploads.
    const idleWorker = startChild("worker", "apps/worker/src/main.ts", [], env);
    await sleep(3000);
    const apiIdleMb = rssMb(api.proc.pid);
    const workerIdleMb = rssMb(idleWorker.proc.pid);
    await stopChild(idleWorker);

    const files = Array.from({ length: opts.files }, (_, i) => ({ i, bytes: makeBenchPdf(i, opts.bytes) }));

    // 1. Uploads through the api.
    const apiPeak = peakSampler(() => rssMb(api.proc.pid));
    const uploads = await pool(files, opts.concurrency, opts.maxMs, async (f) => {
      const form = new FormData();
      form.append("file", new Blob([f.bytes], { type: "application/pdf" }), `bench-${f.i}.pdf`);
      const res = await fetch(`${baseUrl}/api/documents`, { method: "POST", body: form, headers: { authorization } });
      if (res.status !== 201) throw new Error(`upload ${f.i}: HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    });
    const apiLoadMb = apiPeak.stop();

    // 2. Raw PUTs of the same bytes to the same store, with the client the api uses.
    const store = createObjectStore(s3config);
    const puts = await pool(files, opts.concurrency, opts.maxMs, async (f) => {
      await store.put(`raw/${f.i}.pdf`, Readable.from(f.bytes), f.bytes.length, "application/pdf");
    });

    // 3. The worker drains the queue (extraction + offline classification), bounded in time.
    const worker = startChild("worker", "apps/worker/src/main.ts", [], env);
    children.push(worker);
    const workerPeak = peakSampler(() => rssMb(worker.proc.pid));
    const drainStart = performance.now();
    let processed = 0;
    while (performance.now() - drainStart < opts.drainMs) {
      const [row] = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from documents where status in ('done', 'failed')`);
      processed = row?.n ?? 0;
      if (processed >= uploads.done || worker.proc.exitCode !== null) break;
      await sleep(250);
    }
    const workerLoadMb = workerPeak.stop();

    const rate = (r: { done: number; ms: number }) => r.done / (r.ms / 1000);
    const mb = (r: { done: number; ms: number }) => (rate(r) * opts.bytes) / 1024 / 1024;
    return {
      files: uploads.done,
      bytesEach: opts.bytes,
      concurrency: opts.concurrency,
      upload: { perSecond: rate(uploads), mbPerSecond: mb(uploads), latency: percentiles(uploads.latencies) },
      rawPut: { perSecond: rate(puts), mbPerSecond: mb(puts), latency: percentiles(puts.latencies) },
      ratio: rate(uploads) / rate(puts),
      memory: { apiIdleMb, apiLoadMb, workerIdleMb, workerLoadMb, workerProcessed: processed, workerSampledMs: Math.round(performance.now() - drainStart) },
    };
  } finally {
    for (const c of children.reverse()) await stopChild(c);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
