// `pnpm start`: runs the api and the worker, with an embedded Postgres unless DATABASE_URL is set.
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase } from "@docscan/db";
import { unlockJobsOfStoppedWorkers } from "@docscan/jobs";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { childEnv, loadEnv } from "./env.ts";

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

const children: ChildProcess[] = [];
function run(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", resolve(repoRoot, entry)], {
    cwd: repoRoot,
    stdio: "inherit",
    env: childEnv({ DATABASE_URL: databaseUrl!, DOCSCAN_DATA_DIR: dataDir, PORT: String(env.PORT) }),
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping docscan`);
      void stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stop(code: number): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((done) => {
          if (c.exitCode !== null || c.signalCode !== null) return done();
          c.once("exit", () => done());
          c.kill("SIGTERM");
        }),
    ),
  );
  await embedded?.stop();
  process.exit(code);
}
for (const s of STOP_SIGNALS) process.on(s, () => void stop(0));

run("api", "apps/api/src/main.ts");
run("worker", "apps/worker/src/main.ts");
log(`docscan is starting on http://localhost:${env.PORT} (Ctrl+C stops it)`);
log("on the very first visit the console asks you to create the admin account (or set DOCSCAN_ADMIN_EMAIL and DOCSCAN_ADMIN_PASSWORD)");
