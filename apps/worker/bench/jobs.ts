// Job pipeline overhead: no-op jobs per second through docscan's task wrapper (`defineTask`: payload
// schema, failure bookkeeping) against raw graphile-worker with a no-op task, same database, same run.
// Invoked by `pnpm bench` (apps/cli/bench); prints one JSON line with --json.
//   node --import tsx apps/worker/bench/jobs.ts [--jobs 2000] [--concurrency 4] [--rounds 3] [--json]
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { Logger, run, type TaskList } from "graphile-worker";
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { defineTask } from "../src/define-task.ts";
import type { WorkerDeps } from "../src/deps.ts";

const { values } = parseArgs({
  options: {
    jobs: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "4" },
    rounds: { type: "string", default: "3" },
    "max-ms": { type: "string", default: "60000" },
    json: { type: "boolean", default: false },
  },
});
const JOBS = Math.min(20_000, Math.max(1, Number(values.jobs)));
const CONCURRENCY = Math.min(64, Math.max(1, Number(values.concurrency)));
const ROUNDS = Math.min(10, Math.max(1, Number(values.rounds)));
const MAX_MS = Math.min(300_000, Math.max(1000, Number(values["max-ms"])));

const silent = new Logger(() => () => {});
const noop = async () => {};

/** Queues `JOBS` jobs in one statement, runs a worker until all completed (or MAX_MS), returns jobs/s. */
async function round(database: TestDatabase, task: string, taskList: TaskList): Promise<number> {
  const runner = await run({ connectionString: database.url, concurrency: CONCURRENCY, taskList, noHandleSignals: true, pollInterval: 1000, crontab: "", logger: silent });
  try {
    let done = 0;
    const finished = new Promise<void>((resolve) => {
      runner.events.on("job:complete", () => {
        if (++done === JOBS) resolve();
      });
    });
    const t0 = performance.now();
    await database.db.execute(sql`select graphile_worker.add_job(${task}::text, json_build_object('documentId', gen_random_uuid()), max_attempts => 1) from generate_series(1, ${JOBS})`);
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, MAX_MS).unref());
    await Promise.race([finished, timeout]);
    const seconds = (performance.now() - t0) / 1000;
    if (done < JOBS) throw new Error(`${task}: only ${done}/${JOBS} jobs completed within ${MAX_MS} ms`);
    return JOBS / seconds;
  } finally {
    await runner.stop();
  }
}

const database = await createTestDatabase();
try {
  // The wrapper's dependencies are unused by a no-op handler; only its own bookkeeping runs.
  const deps = { db: database.db, log: pino({ level: "silent" }) } as unknown as WorkerDeps;
  const raw: number[] = [];
  const wrapped: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Alternating, so drift on a shared machine hits both alike.
    raw.push(await round(database, "noop", { noop }));
    wrapped.push(await round(database, "extract_text", { extract_text: defineTask("extract_text", noop, deps) }));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const result = { jobs: JOBS, concurrency: CONCURRENCY, rounds: ROUNDS, raw, wrapped, rawMedian: median(raw), wrappedMedian: median(wrapped), ratio: median(wrapped) / median(raw) };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`raw graphile-worker: ${result.rawMedian.toFixed(0)} jobs/s, docscan defineTask: ${result.wrappedMedian.toFixed(0)} jobs/s (${result.ratio.toFixed(2)}×)\n`);
} finally {
  await database.drop();
}
