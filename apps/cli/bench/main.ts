// `pnpm bench`: list/search latency at 100 k and 1 M documents with query plans, job pipeline
// overhead, ingest throughput, api overhead and memory. Prints tables and rewrites, in docs/benchmarks.md,
// the sections of what ran (list and search between <!-- bench:search:start/end -->; jobs, api overhead,
// ingest and memory between <!-- bench:pipeline:start/end -->), leaving the rest of the file alone. Every loop is bounded in count and time; all traffic stays on 127.0.0.1.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { DEFAULT_RANK_WINDOW, EXACT_COUNT_LIMIT } from "@docscan/db";
import { DEFAULT_SEED_URL, seed } from "../src/seed.ts";
import { runIngestBench, type IngestResult } from "./ingest.ts";
import { REPO_ROOT } from "@docscan/testkit";
import { runScript } from "./processes.ts";
import { buildCases, documentCount, measureCases, planSummaries, withDatabase, type CaseResult, type PlanSummary } from "./search.ts";
import { median, ms, ratio, table } from "./stats.ts";

const { values } = parseArgs({
  options: {
    "url-100k": { type: "string", default: DEFAULT_SEED_URL.replace(/docscan_bench$/, "docscan_bench_100k") },
    "url-1m": { type: "string", default: DEFAULT_SEED_URL },
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    "no-seed": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const only = new Set((values.only ?? "search,jobs,ingest,overhead,trial").split(","));
const quick = values.quick;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const LIST_GOAL_MS = 20;
const SEARCH_GOAL_MS = 100;
const SIZES = [
  { label: "100 k", n: 100_000, url: values["url-100k"] },
  { label: "1 M", n: 1_000_000, url: values["url-1m"] },
];

async function ensureSeeded(size: (typeof SIZES)[number]): Promise<void> {
  const count = await documentCount(size.url).catch(() => -1);
  if (count === size.n) return;
  if (values["no-seed"]) throw new Error(`${size.url} has ${count} documents, not ${size.n}: run without --no-seed, or pnpm docscan seed --documents ${size.n} --url ${size.url} --reset`);
  log(`seeding ${size.n.toLocaleString("en")} documents into ${size.url} (found ${count < 0 ? "no database" : count.toLocaleString("en")})`);
  const s = await seed({ url: size.url, documents: size.n, reset: true, onProgress: (p) => p.phase !== "documents" && log(`  seed: ${p.phase}`) });
  log(`  seeded in ${(s.ms / 1000).toFixed(0)} s`);
}

async function machine(): Promise<string[]> {
  // The server's own database: the benchmark databases may not exist yet when the run starts.
  const server = new URL(SIZES[1]!.url);
  server.pathname = "/postgres";
  const pg = await withDatabase(server.toString(), async (d) => {
    const [row] = await d.db.execute<{ v: string; sb: string; wm: string }>(
      sql`select current_setting('server_version') as v, current_setting('shared_buffers') as sb, current_setting('work_mem') as wm`,
    );
    return row!;
  }).catch(() => ({ v: "?", sb: "?", wm: "?" }));
  return [
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`,
    `- PostgreSQL ${pg.v} on 127.0.0.1 (shared_buffers ${pg.sb}, work_mem ${pg.wm}; untuned defaults)`,
    `- Load average when the run started: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (other work on the machine inflates absolute figures; ratios are measured in the same run)`,
  ];
}

function latencyTable(results: Map<string, CaseResult[]>): string {
  const small = results.get("100 k") ?? [];
  const big = results.get("1 M") ?? [];
  const rows = big.map((b, i) => {
    const s = small[i];
    const goal = b.kind === "list" ? LIST_GOAL_MS : SEARCH_GOAL_MS;
    return [
      b.kind,
      b.name,
      s ? `${ms(s.latency.p50)} / ${ms(s.latency.p95)} / ${ms(s.latency.p99)}` : "–",
      `${ms(b.latency.p50)} / ${ms(b.latency.p95)} / ${ms(b.latency.p99)}`,
      s ? ratio(b.latency.p95 / s.latency.p95) : "–",
      `${ratio(b.latency.p95 / goal)} ${b.latency.p95 <= goal ? "✓" : "✗"}`,
      `${b.total.exact ? "" : "~"}${b.total.value.toLocaleString("en")}`,
      b.latency.n,
    ];
  });
  return table(["kind", "case", "100 k p50 / p95 / p99 ms", "1 M p50 / p95 / p99 ms", "1 M ÷ 100 k (p95)", `1 M p95 ÷ goal (${LIST_GOAL_MS} / ${SEARCH_GOAL_MS} ms)`, "total at 1 M", "runs"], rows);
}

function planTable(plans: PlanSummary[]): string {
  return table(
    ["case", "query", "how", "plan (top nodes)", "indexes", "seq scan of documents"],
    plans.map((p) => [p.name, p.query, p.note, p.nodes.slice(0, 6).join(" → ") || "–", p.indexes.join(", ") || "–", p.seqScanOfDocuments ? "**yes**" : "no"]),
  );
}

async function main(): Promise<void> {
  const started = new Date();
  const sections: string[] = [];
  const header = await machine();
  const summary: string[] = [];
  // Jobs, api overhead and ingest have their own section: a run of list and search alone leaves it as it was.
  const pipelineSections: string[] = [];
  const pipelineSummary: string[] = [];

  if (only.has("search")) {
    const results = new Map<string, CaseResult[]>();
    let plans: PlanSummary[] = [];
    for (const size of SIZES) {
      await ensureSeeded(size);
      log(`list and search at ${size.label}`);
      await withDatabase(size.url, async (d) => {
        const cases = await buildCases(d);
        results.set(size.label, await measureCases(d, cases, quick ? { maxRuns: 20, maxMs: 3000 } : { maxRuns: 200, maxMs: 15_000 }));
        if (size.n === 1_000_000) plans = await planSummaries(d, cases);
      });
    }
    const big = results.get("1 M") ?? [];
    const worst = (kind: "list" | "search") => Math.max(...big.filter((r) => r.kind === kind).map((r) => r.latency.p95));
    summary.push(`- List p95 at 1 M, worst case: ${ms(worst("list"))} ms (goal < ${LIST_GOAL_MS} ms) ${worst("list") < LIST_GOAL_MS ? "✓" : "✗"}`);
    summary.push(`- Search p95 at 1 M, worst case: ${ms(worst("search"))} ms (goal < ${SEARCH_GOAL_MS} ms) ${worst("search") < SEARCH_GOAL_MS ? "✓" : "✗"}`);
    const seqs = plans.filter((p) => p.seqScanOfDocuments);
    summary.push(`- Sequential scans of documents at 1 M: ${seqs.length ? seqs.map((p) => `${p.name} (${p.query})`).join(", ") : "none"}`);
    sections.push(
      "### List and search latency",
      "",
      `\`listDocuments\` (what \`documents.list\` and \`GET /api/documents\` call), sequential calls, pool of 10 connections, after 3 warm-up calls. ` +
        `Each call includes the count (exact up to ${EXACT_COUNT_LIMIT.toLocaleString("en")}, else the planner's estimate, marked ~), the topics of the page and, for searches, ` +
        `the snippets. Relevance ranks the newest ${DEFAULT_RANK_WINDOW.toLocaleString("en")} matches. Seeded with \`pnpm docscan seed\` (Zipf vocabulary, 15 topics, 95 % done).`,
      "",
      latencyTable(results),
      "",
      "### Query plans at 1 M",
      "",
      "EXPLAIN (FORMAT JSON) of the page query and the count query of each case.",
      "",
      planTable(plans),
      "",
    );
  }

  if (only.has("jobs")) {
    log("job pipeline (apps/worker/bench/jobs.ts)");
    const out = await runScript("apps/worker/bench/jobs.ts", ["--json", "--jobs", quick ? "500" : "2000", "--rounds", quick ? "1" : "3"], 600_000);
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { jobs: number; concurrency: number; rawMedian: number; wrappedMedian: number; ratio: number; raw: number[]; wrapped: number[] };
    pipelineSummary.push(`- Jobs through defineTask vs raw graphile-worker: ${ratio(r.ratio)} (goal ≥ 0.8×) ${r.ratio >= 0.8 ? "✓" : "✗"}`);
    pipelineSections.push(
      "### Job pipeline overhead",
      "",
      `${r.jobs} no-op jobs per round, concurrency ${r.concurrency}, rounds alternating; medians.`,
      "",
      table(
        ["runner", "jobs/s (median)", "rounds", "ratio"],
        [
          ["raw graphile-worker, no-op task (reference)", r.rawMedian.toFixed(0), r.raw.map((x) => x.toFixed(0)).join(", "), "1.00×"],
          ["docscan defineTask, no-op handler", r.wrappedMedian.toFixed(0), r.wrapped.map((x) => x.toFixed(0)).join(", "), `${ratio(r.ratio)} (goal ≥ 0.8×)`],
        ],
      ),
      "",
    );
  }

  if (only.has("overhead")) {
    log("api overhead (apps/api/bench/overhead.ts)");
    const out = await runScript("apps/api/bench/overhead.ts", ["--json", "--requests", quick ? "3000" : "20000"], 600_000);
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { concurrency: number; bareMedian: number; trpcMedian: number; ratio: number; bare: number[]; trpc: number[] };
    pipelineSummary.push(`- Trivial tRPC query vs bare Hono route: ${ratio(r.ratio)} of the requests per second`);
    pipelineSections.push(
      "### API overhead",
      "",
      `${r.concurrency} keep-alive clients over 127.0.0.1 against one server process; medians of alternating rounds.`,
      "",
      table(
        ["route", "requests/s (median)", "per request (µs)", "ratio"],
        [
          ["bare Hono route (reference)", r.bareMedian.toFixed(0), ((1e6 / r.bareMedian) * r.concurrency).toFixed(0), "1.00×"],
          ["tRPC query (superjson, middleware) via Hono", r.trpcMedian.toFixed(0), ((1e6 / r.trpcMedian) * r.concurrency).toFixed(0), ratio(r.ratio)],
        ],
      ),
      "",
    );
  }

  if (only.has("ingest")) {
    log("ingest and memory (api, worker and s3rver as child processes)");
    const r: IngestResult = await runIngestBench(
      quick
        ? { files: 64, bytes: 100 * 1024, concurrency: 16, rounds: 1, maxMs: 30_000, drainMs: 15_000 }
        : { files: 400, bytes: 100 * 1024, concurrency: 16, rounds: 5, maxMs: 60_000, drainMs: 60_000 },
    );
    pipelineSummary.push(`- Uploads through the api vs raw PUTs to the same store: ${ratio(r.ratio)} (goal ≥ 0.5×) ${r.ratio >= 0.5 ? "✓" : "✗"}`);
    const m = r.memory;
    pipelineSections.push(
      "### Ingest",
      "",
      `${r.files} PDFs of ${r.bytesEach / 1024} KB per round, ${r.concurrency} at a time, ${r.rounds} rounds of each path taking turns; files/s is the median round. ` +
        `The api (a child process, S3 storage on s3rver, also a child process) spools, hashes, sniffs, stores and writes row + job per file; ` +
        `the reference PUTs the same bytes with the api's own S3 client. The worker runs only after both, draining the queue.`,
      "",
      table(
        ["path", "files/s (median)", "rounds", "MB/s", "latency p50 / p95 / p99 ms", "ratio"],
        [
          ["raw PUT to the object store (reference)", r.rawPut, "1.00×"] as const,
          ["HTTP upload through the api", r.upload, `${ratio(r.ratio)} (goal ≥ 0.5×)`] as const,
        ].map(([name, p, x]) => [name, p.perSecond.toFixed(1), p.rounds.map((v) => v.toFixed(0)).join(", "), p.mbPerSecond.toFixed(1), `${ms(p.latency.p50)} / ${ms(p.latency.p95)} / ${ms(p.latency.p99)}`, x]),
      ),
      "",
      "CPU time per file (user + system, all rounds) of each process on the path. Both paths share the machine's cores, so the rate follows the total.",
      "",
      table(
        ["path", "client", "api", "object store", "PostgreSQL", "total"],
        [
          ["raw PUT (reference)", r.rawPut] as const,
          ["HTTP upload", r.upload] as const,
        ].map(([name, p]) => {
          const c = p.cpuMsPerFile;
          return [name, ...[c.client, c.api, c.objectStore, c.postgres, c.client + c.api + c.objectStore + c.postgres].map((v) => `${v.toFixed(2)} ms`)];
        }),
      ),
      "",
      "### Memory (RSS)",
      "",
      table(
        ["process", "idle MB (reference)", "under load MB", "ratio", "load"],
        [
          ["api", m.apiIdleMb.toFixed(0), m.apiLoadMb.toFixed(0), ratio(m.apiLoadMb / m.apiIdleMb), `peak during the ${r.files} uploads`],
          ["worker", m.workerIdleMb.toFixed(0), m.workerLoadMb.toFixed(0), ratio(m.workerLoadMb / m.workerIdleMb), `peak while extracting and classifying (${m.workerProcessed} documents finished in ${(m.workerSampledMs / 1000).toFixed(0)} s)`],
        ],
      ),
      "",
    );
  }

  if (only.has("trial")) {
    log("topic trial at 50 000 documents (apps/api/bench/topic-trial.ts)");
    const out = await runScript("apps/api/bench/topic-trial.ts", ["--json", "--runs", quick ? "2" : "5"], 1_800_000);
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as TrialBench;
    summary.push(`- Topic trial over ${r.scanned.toLocaleString("en")} documents: median ${(r.trialMedian / 1000).toFixed(1)} s (goal < 5 s) ${r.trialMedian < 5000 ? "✓" : "✗"}, ${ratio(r.ratio)} of reading the same rows`);
    if (!values["no-write"]) writeSection(trialSection(r), "trial");
  }

  const ran = `pnpm bench${values.only ? ` --only ${values.only}` : ""}`;
  const write = (name: string, title: string, lines: string[], parts: string[]) => {
    const body = [
      title,
      "",
      `Run with \`${ran}\` on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC${quick ? " (--quick)" : ""}, ${((Date.now() - started.getTime()) / 60_000).toFixed(0)} minutes.`,
      "",
      ...header,
      `- Load average when it ended: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}`,
      "",
      "**Summary**",
      "",
      ...lines,
      "",
      ...parts,
    ].join("\n");
    process.stdout.write(`${body}\n`);
    if (!values["no-write"]) writeSection(body, name);
  };
  // The topic trial writes its own section (above); its summary line is printed only.
  if (only.has("search")) write("search", "## Search and listing", summary, sections);
  else if (summary.length) process.stdout.write(`${summary.join("\n")}\n`);
  if (["jobs", "ingest", "overhead"].some((k) => only.has(k))) write("pipeline", "## Jobs, API overhead, ingest", pipelineSummary, pipelineSections);
}

interface TrialBench {
  documents: number;
  scanned: number;
  listed: number;
  runs: number;
  loadStart: string[];
  loadEnd: string[];
  referenceMs: number[];
  trialMs: number[];
  referenceMedian: number;
  trialMedian: number;
  firstTrialMs: number;
  warmUpMs: number;
  trialAfterWarmUpMs: number;
  afterDecisionMs: number[];
  backfill: { stored: number; ms: number } | null;
  ratio: number;
}

function trialSection(r: TrialBench): string {
  const spread = (xs: number[]) => `${ms(Math.min(...xs))} / ${ms(median(xs))} / ${ms(Math.max(...xs))}`;
  return [
    "## Topic trial (issue 20, ADR 0029)",
    "",
    `Run with \`pnpm bench\` (\`--only trial\`) on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; load average ${r.loadStart.join(" / ")} at the start, ${r.loadEnd.join(" / ")} at the end.`,
    "",
    `${r.documents.toLocaleString("en")} documents seeded by \`pnpm docscan seed\` (5 owners and documents without one, 15 global topics, 10 % of links manual: ` +
      `the confirmed examples the word evidence learns from), ${r.scanned.toLocaleString("en")} of them classified with a stored vector. A trial edits the global topic Tax ` +
      `(a description of its own for each trial: the changed topics' models are trained anew, today's come from the model cache), scores every document under today's and the changed topics, ` +
      `and stores what it lists (the seeded links are random, not the classifier's, and a document is listed only when the change moves its offline decision: ${r.listed}). The reference, in the same run, reads the same rows as a trial reads them (the documents and their links at once, then every vector page by page) without scoring them; ` +
      `a trial reads the vectors only of documents the process has not kept, and sums only the word evidence and cosines a changed model does not share with today's (ADR 0029, Performance), so after the first it reads less than the reference. ` +
      `Then the same number of trials, each after a person's decision on one document of every owner (a manual link made anew): every owner's training data changed, so today's models are trained again too and every document is scored under them, as in a library in use (the bench database keeps these decisions). ` +
      `A process's first trial, each in a fresh process: cold (it loads the encoder and reads every vector with the text features the worker stored, and scores today's models too), and after the warm-up the api starts a minute after its start (ADR 0045; the Topics page starts the same one; a trial arriving meanwhile waits for it). The trials use the api's database pool (10 connections), and each timed case starts after a full garbage collection, so none pays for the garbage of the case before.` +
      (r.backfill ? ` This run first stored the text features of ${r.backfill.stored.toLocaleString("en")} documents (the worker's backfill) in ${ms(r.backfill.ms)} ms.` : ""),
    "",
    table(
      ["case", "min / median / max ms", "runs", "ratio"],
      [
        ["read the documents' vectors and links (reference)", spread(r.referenceMs), r.runs, "1.00×"],
        ["topic trial (train 2 models per owner, score, list)", spread(r.trialMs), r.runs, `${ratio(r.ratio)} (goal < 5 s: ${r.trialMedian < 5000 ? "✓" : "✗"})`],
        [
          "the same after a person's decision per owner (today's models trained anew)",
          spread(r.afterDecisionMs),
          r.afterDecisionMs.length,
          `${ratio(median(r.afterDecisionMs) / r.referenceMedian)} (goal < 5 s: ${median(r.afterDecisionMs) < 5000 ? "✓" : "✗"})`,
        ],
        ["a process's first trial, cold (TRIAL_WARM_UP_AT_START=false, Topics page not opened)", ms(r.firstTrialMs), 1, `${ratio(r.firstTrialMs / r.referenceMedian)} (goal < 5 s: ${r.firstTrialMs < 5000 ? "✓" : "✗"})`],
        ["a process's warm-up (at the api's start)", ms(r.warmUpMs), 1, ratio(r.warmUpMs / r.referenceMedian)],
        ["its first trial after the warm-up", ms(r.trialAfterWarmUpMs), 1, `${ratio(r.trialAfterWarmUpMs / r.referenceMedian)} (goal < 5 s: ${r.trialAfterWarmUpMs < 5000 ? "✓" : "✗"})`],
      ],
    ),
    "",
  ].join("\n");
}

/** Replaces one section of docs/benchmarks.md (between its markers), keeping everything else in the file. */
function writeSection(body: string, name = "search"): void {
  const START = `<!-- bench:${name}:start -->`;
  const END = `<!-- bench:${name}:end -->`;
  const path = join(REPO_ROOT, "docs/benchmarks.md");
  const block = `${START}\n${body}\n${END}`;
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\nFigures from `pnpm bench` and other benchmark commands. Each section is rewritten by the command that produced it.\n";
  const s = current.indexOf(START);
  const e = current.indexOf(END);
  const next = s >= 0 && e > s ? `${current.slice(0, s)}${block}${current.slice(e + END.length)}` : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
  log(`wrote ${path}`);
}

await main();
