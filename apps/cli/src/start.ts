// `pnpm start`: runs the api and the worker, with an embedded Postgres unless DATABASE_URL is set, and keeps
// them running: a process that exits is restarted with backoff (supervisor.ts), one crash never takes the
// others down, and Ctrl+C / SIGTERM stops everything (ADR 0015).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { countUsers, createDatabase } from "@docscan/db";
import { unlockJobsOfStoppedWorkers } from "@docscan/jobs";
import { embeddedPostgresService, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { childEnv, loadEnv } from "./env.ts";
import { nodeService } from "./node-service.ts";
import { supervise, type Supervised } from "./supervisor.ts";
import { supervisorStateFile } from "./supervisor-state.ts";

const log = (line: string) => process.stderr.write(`[docscan] ${line}\n`);
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const env = loadEnv();
const dataDir = resolve(env.DOCSCAN_DATA_DIR);
let embedded: EmbeddedDatabase | null = null;
let databaseUrl = env.DATABASE_URL;
if (!databaseUrl) {
  // embedded-postgres stops the database by itself on SIGINT/SIGTERM/SIGHUP, at once; `stop` below does it
  // after the api and the worker have finished, so the handlers it adds go (and only those: tsx relays
  // signals to this process through its own).
  const before = new Map(STOP_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  embedded = await startEmbeddedPostgres(dataDir, env.EMBEDDED_PG_PORT, log).catch((err: unknown) => {
    log(`cannot start the embedded Postgres: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
  for (const s of STOP_SIGNALS) for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.off(s, l);
  databaseUrl = embedded.url;
  log(`embedded Postgres running on 127.0.0.1:${env.EMBEDDED_PG_PORT}, data in ${dataDir}`);
  // This database is ours alone, so no worker is running: jobs the last run left locked (stopped mid-job)
  // can be picked up again now rather than after graphile-worker's 4-hour lock expiry.
  const database = createDatabase(databaseUrl, { max: 1 });
  const unlocked = await unlockJobsOfStoppedWorkers(database.db).finally(() => database.close());
  if (unlocked > 0) log(`released the jobs of ${unlocked} worker(s) stopped mid-job`);
}

const stateFile = supervisorStateFile(join(dataDir, "supervisor.json"), log);
const services: Supervised[] = [];
const report = () => stateFile.write(services.map((s) => s.state()));
// The embedded quick start watches <data dir>/consume (ADR 0020): files dropped there become documents of the first admin.
const consumeDir = env.CONSUME_DIR ?? (embedded ? join(dataDir, "consume") : undefined);
if (consumeDir && !env.CONSUME_DIR) {
  mkdirSync(consumeDir, { recursive: true });
  log(`consume folder: files dropped in ${consumeDir} are imported for the first admin (set CONSUME_DIR to use another folder)`);
}
const env_ = () =>
  childEnv({ DATABASE_URL: databaseUrl!, DOCSCAN_DATA_DIR: dataDir, PORT: String(env.PORT), DOCSCAN_SUPERVISOR_STATE: stateFile.path, ...(consumeDir ? { CONSUME_DIR: consumeDir } : {}) });

const postgresService = embedded ? supervise(embeddedPostgresService(embedded), { log, onChange: report }) : null;
// The api stops within seconds; the worker first finishes its jobs in progress (a second SIGTERM after two
// minutes fails them, to be retried).
const api = supervise(nodeService({ name: "api", repoRoot, entry: "apps/api/src/main.ts", env: env_, stopGraceMs: 15_000 }), { log, onChange: report });
const worker = supervise(nodeService({ name: "worker", repoRoot, entry: "apps/worker/src/main.ts", env: env_, stopGraceMs: 120_000 }), { log, onChange: report });
services.push(...(postgresService ? [postgresService] : []), api, worker);
report();

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping docscan (no restarts from now on)`);
  await Promise.all([api.stop(), worker.stop()]);
  await postgresService?.stop();
  stateFile.remove();
  log("docscan stopped");
  process.exit(0);
}
for (const s of STOP_SIGNALS) process.on(s, () => void stop(s));

log(`docscan is starting on http://localhost:${env.PORT} (Ctrl+C stops it)`);
// With DOCSCAN_ADMIN_EMAIL and DOCSCAN_ADMIN_PASSWORD set, the api creates that account itself: no hint then.
if (!(process.env.DOCSCAN_ADMIN_EMAIL && process.env.DOCSCAN_ADMIN_PASSWORD) && !(await accountsExist(databaseUrl))) {
  log("on the very first visit the console asks you to create the admin account (or set DOCSCAN_ADMIN_EMAIL and DOCSCAN_ADMIN_PASSWORD)");
}

/** Whether the database has an account already; a database not yet migrated (a first start) has none. */
async function accountsExist(url: string): Promise<boolean> {
  const database = createDatabase(url, { max: 1 });
  try {
    return (await countUsers(database.db)) > 0;
  } catch {
    return false;
  } finally {
    await database.close();
  }
}
