// Ingest throughput and memory: 100 KB PDFs uploaded over HTTP to the real api (a child process:
// spool, SHA-256, sniff, store, row + job in one statement) against raw PUTs of the same bytes to the
// same object store, in alternating rounds, with each process's CPU time per file; api and worker RSS
// idle, under upload load, and while the worker drains.
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { createTestDatabase } from "@docscan/db/testing";
import { createObjectStore, type StorageConfig } from "@docscan/storage";
import { freePort, issueApiToken, startChild, stopChild, waitForHealth, type Child } from "@docscan/testkit";
import { cpuMs, peakSampler, postgresCpuMs, rssMb } from "./processes.ts";
import { percentiles, type Percentiles } from "./stats.ts";

/** One path's figures over all its rounds: rates are medians of the rounds, latencies pooled. */
export interface IngestPath {
  perSecond: number;
  rounds: number[];
  mbPerSecond: number;
  latency: Percentiles;
  /** CPU ms per file by process (user + system), summed over the rounds. */
  cpuMsPerFile: Record<CpuSource, number>;
}

export type CpuSource = "client" | "api" | "objectStore" | "postgres";

export interface IngestResult {
  files: number;
  bytesEach: number;
  concurrency: number;
  rounds: number;
  upload: IngestPath;
  rawPut: IngestPath;
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


interface Round {
  done: number;
  ms: number;
  latencies: number[];
  cpuMs: Record<CpuSource, number>;
}

async function measuredRound<T>(
  items: T[],
  opts: { concurrency: number; maxMs: number },
  cpu: Record<CpuSource, () => number>,
  fn: (item: T) => Promise<void>,
): Promise<Round> {
  const read = () => Object.fromEntries(Object.entries(cpu).map(([k, f]) => [k, f()])) as Record<CpuSource, number>;
  const before = read();
  const r = await pool(items, opts.concurrency, opts.maxMs, fn);
  const after = read();
  const cpuMs = Object.fromEntries(Object.keys(cpu).map((k) => [k, after[k as CpuSource] - before[k as CpuSource]])) as Record<CpuSource, number>;
  return { ...r, cpuMs };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function summarize(rounds: Round[], bytes: number): IngestPath {
  const rates = rounds.map((r) => r.done / (r.ms / 1000));
  const done = rounds.reduce((n, r) => n + r.done, 0);
  const sources = Object.keys(rounds[0]!.cpuMs) as CpuSource[];
  const perSecond = median(rates);
  return {
    perSecond,
    rounds: rates,
    mbPerSecond: (perSecond * bytes) / 1024 / 1024,
    latency: percentiles(rounds.flatMap((r) => r.latencies)),
    cpuMsPerFile: Object.fromEntries(sources.map((k) => [k, rounds.reduce((t, r) => t + r.cpuMs[k], 0) / done])) as Record<CpuSource, number>,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const BENCH_ADMIN = { email: "bench@docscan.invalid", password: "benchmark-password-0123" };


export async function runIngestBench(opts: { files: number; bytes: number; concurrency: number; rounds: number; maxMs: number; drainMs: number }): Promise<IngestResult> {
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
    await waitForHealth(baseUrl, api);
    // Uploads are authenticated like a script's: with an API token of the first admin.
    const authorization = `Bearer ${await issueApiToken(baseUrl, BENCH_ADMIN, "bench")}`;
    // The worker's idle footprint; it is stopped again so it does not compete with the uploads.
    const idleWorker = startChild("worker", "apps/worker/src/main.ts", [], env);
    await sleep(3000);
    const apiIdleMb = rssMb(api.proc.pid);
    const workerIdleMb = rssMb(idleWorker.proc.pid);
    await stopChild(idleWorker);

    // New bytes every round (no upload is a duplicate of an earlier one); both paths send the same ones.
    const roundFiles = (round: number) =>
      Array.from({ length: opts.files }, (_, k) => {
        const i = round * opts.files + k;
        return { i, bytes: makeBenchPdf(i, opts.bytes) };
      });
    type BenchFile = ReturnType<typeof roundFiles>[number];

    // Uploads through the api and raw PUTs of the same bytes to the same store (with the client the api
    // uses) take turns, round by round, so that both see the same machine.
    const cpuSources: Record<CpuSource, () => number> = {
      client: () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      },
      api: () => cpuMs(api.proc.pid),
      objectStore: () => cpuMs(s3.proc.pid),
      postgres: postgresCpuMs,
    };
    const store = createObjectStore(s3config);
    const upload = async (f: BenchFile) => {
      const form = new FormData();
      form.append("file", new Blob([f.bytes], { type: "application/pdf" }), `bench-${f.i}.pdf`);
      const res = await fetch(`${baseUrl}/api/documents`, { method: "POST", body: form, headers: { authorization } });
      if (res.status !== 201) throw new Error(`upload ${f.i}: HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    const rawPut = async (f: BenchFile) => {
      await store.put(`raw/${f.i}.pdf`, Readable.from(f.bytes), f.bytes.length, "application/pdf");
    };
    const uploadRounds: Round[] = [];
    const putRounds: Round[] = [];
    const apiPeak = peakSampler(() => rssMb(api.proc.pid));
    for (let round = 0; round < opts.rounds; round++) {
      const files = roundFiles(round);
      uploadRounds.push(await measuredRound(files, opts, cpuSources, upload));
      putRounds.push(await measuredRound(files, opts, cpuSources, rawPut));
    }
    const apiLoadMb = apiPeak.stop();
    const uploaded = uploadRounds.reduce((n, r) => n + r.done, 0);

    // 3. The worker drains the queue (extraction + offline classification), bounded in time.
    const worker = startChild("worker", "apps/worker/src/main.ts", [], env);
    children.push(worker);
    const workerPeak = peakSampler(() => rssMb(worker.proc.pid));
    const drainStart = performance.now();
    let processed = 0;
    while (performance.now() - drainStart < opts.drainMs) {
      const [row] = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from documents where status in ('done', 'failed')`);
      processed = row?.n ?? 0;
      if (processed >= uploaded || worker.proc.exitCode !== null) break;
      await sleep(250);
    }
    const workerLoadMb = workerPeak.stop();

    const uploads = summarize(uploadRounds, opts.bytes);
    const puts = summarize(putRounds, opts.bytes);
    return {
      files: opts.files,
      bytesEach: opts.bytes,
      concurrency: opts.concurrency,
      rounds: opts.rounds,
      upload: uploads,
      rawPut: puts,
      ratio: uploads.perSecond / puts.perSecond,
      memory: { apiIdleMb, apiLoadMb, workerIdleMb, workerLoadMb, workerProcessed: processed, workerSampledMs: Math.round(performance.now() - drainStart) },
    };
  } finally {
    for (const c of children.reverse()) await stopChild(c);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
