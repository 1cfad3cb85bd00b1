// The fault tests' docscan: the real `pnpm start` launcher (apps/cli/src/start.ts) with its supervisor, api
// and worker, a local object store in a data directory of the test's own, and an upload load that records
// what the api acknowledged. Checks count what the database and the store hold afterwards.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { exited, freePort, issueApiToken, startChild, type Child } from "@docscan/testkit";

export const ADMIN = { email: "faults@example.com", password: "fault suite passphrase" };

export interface Docscan {
  launcher: Child;
  /** The launcher's own `[docscan] …` lines, all of them. */
  supervisorLog(): string;
  /** The log lines of the api and worker that say a process stops on an error (fatal level), all of them. */
  fatalLog(): string;
  baseUrl: string;
  dataDir: string;
  token: string;
  /** The pid the supervisor last reported for a service ("api", "worker", "postgres"). */
  pid(service: string): number | null;
  /** How often the supervisor logged that it restarts `service`. */
  restarts(service: string): number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "docscan-faults-"));
  chmodSync(dir, 0o755); // as root, the embedded Postgres runs as `postgres` and must pass through
  return dir;
}

export function removeDataDir(dir: string): void {
  if (userInfo().uid === 0 && existsSync(join(dir, "objects"))) execFileSync("chattr", ["-R", "-i", join(dir, "objects")]);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Makes the object store's folder refuse writes, as a read-only or failed disk does (as root, whom file modes
 * do not stop, with the immutable attribute), or accept them again.
 */
export function setStorageWritable(dataDir: string, writable: boolean): void {
  const objects = join(dataDir, "objects");
  if (userInfo().uid === 0) execFileSync("chattr", ["-R", writable ? "-i" : "+i", objects]);
  else execFileSync("chmod", ["-R", writable ? "u+w" : "a-w", objects]);
}

export async function startDocscan(opts: { dataDir: string; databaseUrl?: string; embeddedPgPort?: number }): Promise<Docscan> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: "127.0.0.1",
    DOCSCAN_DATA_DIR: opts.dataDir,
    DOCSCAN_ADMIN_EMAIL: ADMIN.email,
    DOCSCAN_ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: "warn",
    WORKER_CONCURRENCY: "2",
    OCR_WORKERS: "1",
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...(opts.embeddedPgPort ? { EMBEDDED_PG_PORT: String(opts.embeddedPgPort) } : {}),
  };
  const launcher = startChild("pnpm start", "apps/cli/src/start.ts", [], env);
  const baseUrl = `http://127.0.0.1:${port}`;
  // The launcher's own lines, kept whole (the output tail is bounded and the api's and worker's logs are long).
  const lines: string[] = [];
  const pids = new Map<string, number>();
  const restartCounts = new Map<string, number>();
  const known = new Set<number>();
  const fatal: string[] = [];
  let partialOut = "";
  launcher.proc.stdout?.on("data", (chunk: Buffer) => {
    const all = (partialOut + chunk.toString("utf8")).split("\n");
    partialOut = all.pop()!;
    fatal.push(...all.filter((line) => line.includes('"level":60')));
  });
  let partial = "";
  launcher.proc.stderr?.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString("utf8");
    const all = text.split("\n");
    partial = all.pop()!;
    for (const line of all) {
      if (line.includes('"level":60')) fatal.push(line);
      if (!line.startsWith("[docscan] ")) continue;
      lines.push(line);
      const running = /^\[docscan\] (\w+) running \(pid (\d+)\)/.exec(line);
      if (running) {
        pids.set(running[1]!, Number(running[2]));
        if (running[1] !== "postgres") known.add(Number(running[2]));
      }
      const restart = /^\[docscan\] (\w+) (?:exited|could not start).*restarting it/.exec(line);
      if (restart) restartCounts.set(restart[1]!, (restartCounts.get(restart[1]!) ?? 0) + 1);
    }
  });
  const pid = (service: string) => pids.get(service) ?? null;
  const restarts = (service: string) => restartCounts.get(service) ?? 0;
  const docscan: Docscan = {
    launcher,
    supervisorLog: () => lines.join("\n"),
    fatalLog: () => fatal.join("\n"),
    baseUrl,
    dataDir: opts.dataDir,
    token: "",
    pid,
    restarts,
    async stop() {
      if (launcher.proc.exitCode === null && launcher.proc.signalCode === null) {
        launcher.proc.kill("SIGTERM");
        const done = exited(launcher);
        const timer = setTimeout(() => launcher.proc.kill("SIGKILL"), 150_000);
        await done;
        clearTimeout(timer);
      }
      // Whatever the launcher left (it should leave nothing: the test checks that separately).
      for (const p of known) {
        try {
          process.kill(p, "SIGKILL");
        } catch {
          /* gone, as it should be */
        }
      }
    },
  };
  try {
    await waitUntil(async () => (await fetch(`${baseUrl}/healthz`).catch(() => null))?.status === 200, 180_000, "docscan to become healthy", launcher);
    docscan.token = await issueApiToken(baseUrl, ADMIN, "fault suite");
    await documentProcessed(docscan, "probe", 180_000);
  } catch (err) {
    await docscan.stop();
    throw err;
  }
  return docscan;
}

/** Uploads one document and waits until the worker has processed it (done or failed): the worker takes jobs. Returns the time taken. */
export async function documentProcessed(docscan: Docscan, label: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  const headers = { authorization: `Bearer ${docscan.token}` };
  let id: string | null = null;
  await waitUntil(
    async () => {
      const form = new FormData();
      form.append("file", new Blob([`Probe ${label} ${Date.now()} ${Math.random()}\nA short letter.\n`], { type: "text/plain" }), `${label}.txt`);
      const res = await fetch(`${docscan.baseUrl}/api/documents`, { method: "POST", headers, body: form }).catch(() => null);
      if (res?.status !== 201) return false;
      id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
      return true;
    },
    timeoutMs,
    `an accepted ${label} upload`,
    docscan.launcher,
  );
  await waitUntil(
    async () => {
      const res = await fetch(`${docscan.baseUrl}/api/documents/${id}`, { headers }).catch(() => null);
      if (res?.status !== 200) return false;
      const { status } = (await res.json()) as { status: string };
      return status === "done" || status === "failed";
    },
    timeoutMs,
    `the ${label} document processed`,
    docscan.launcher,
  );
  return Date.now() - started;
}

/** Topics through tRPC over HTTP, as the console creates them, so that the worker's classifier (and its sentence encoder) runs. */
export async function createTopics(docscan: Docscan, topics: readonly { name: string; description: string }[]): Promise<void> {
  for (const topic of topics) {
    const res = await fetch(`${docscan.baseUrl}/trpc/topics.create`, {
      method: "POST",
      headers: { authorization: `Bearer ${docscan.token}`, "content-type": "application/json" },
      body: JSON.stringify({ json: topic }),
    });
    if (!res.ok) throw new Error(`topics.create answered ${res.status}: ${await res.text()}`);
  }
}

/** Polls `condition` every 250 ms; returns how long it took. Fails with the launcher's output when it does not come true in time. */
export async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string, launcher?: Child): Promise<number> {
  const start = Date.now();
  while (!(await condition())) {
    if (launcher && (launcher.proc.exitCode !== null || launcher.proc.signalCode !== null)) {
      throw new Error(`pnpm start ended while waiting for ${what}:\n${launcher.output().slice(-6000)}`);
    }
    if (Date.now() - start > timeoutMs) throw new Error(`no ${what} within ${timeoutMs} ms${launcher ? `:\n${launcher.output().slice(-6000)}` : ""}`);
    await sleep(250);
  }
  return Date.now() - start;
}

export async function healthy(baseUrl: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  return res?.status === 200;
}

export interface LoadResult {
  /** Ids of the documents the api answered 201 for. */
  acknowledged: string[];
  /** Answers other than 201, by status ("network" for no answer). */
  refused: Record<string, number>;
  /** Answers during the fault that were 503: did each carry Retry-After? */
  unavailableWithoutRetryAfter: number;
  /** The slowest answer, in ms. */
  slowestMs: number;
}

/** Uploads one small text document at a time until `stop()` (an upload load of a few per second). */
export function uploadLoad(docscan: Docscan, label: string): { stop(): Promise<LoadResult> } {
  const result: LoadResult = { acknowledged: [], refused: {}, unavailableWithoutRetryAfter: 0, slowestMs: 0 };
  let running = true;
  let n = 0;
  const loop = (async () => {
    while (running) {
      n++;
      const form = new FormData();
      const text = `Fault suite ${label} document ${n} ${Date.now()} ${Math.random()}\nInvoice for office chairs, total 120 EUR.\n`;
      form.append("file", new Blob([text], { type: "text/plain" }), `${label}-${n}.txt`);
      const started = Date.now();
      try {
        const res = await fetch(`${docscan.baseUrl}/api/documents`, {
          method: "POST",
          headers: { authorization: `Bearer ${docscan.token}` },
          body: form,
          signal: AbortSignal.timeout(60_000),
        });
        const body = (await res.json().catch(() => ({}))) as { documents?: { id: string }[] };
        if (res.status === 201 && body.documents) result.acknowledged.push(...body.documents.map((d) => d.id));
        else {
          result.refused[res.status] = (result.refused[res.status] ?? 0) + 1;
          if (res.status === 503 && !res.headers.get("retry-after")) result.unavailableWithoutRetryAfter++;
        }
      } catch {
        result.refused.network = (result.refused.network ?? 0) + 1;
      }
      result.slowestMs = Math.max(result.slowestMs, Date.now() - started);
      await sleep(300);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return result;
    },
  };
}

export function mergeLoads(...results: LoadResult[]): LoadResult {
  const merged: LoadResult = { acknowledged: [], refused: {}, unavailableWithoutRetryAfter: 0, slowestMs: 0 };
  for (const r of results) {
    merged.acknowledged.push(...r.acknowledged);
    for (const [status, n] of Object.entries(r.refused)) merged.refused[status] = (merged.refused[status] ?? 0) + n;
    merged.unavailableWithoutRetryAfter += r.unavailableWithoutRetryAfter;
    merged.slowestMs = Math.max(merged.slowestMs, r.slowestMs);
  }
  return merged;
}

export interface StoreCounts {
  rows: number;
  /** Acknowledged documents with no row. */
  missing: number;
  /** Rows whose original is not in the store. */
  rowsWithoutBytes: number;
  byStatus: Record<string, number>;
}

/** What the database (read directly, not through any proxy) and the store hold. */
export async function countStore(databaseUrl: string, dataDir: string, acknowledged: readonly string[]): Promise<StoreCounts> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ id: string; object_key: string; status: string }[]>`select id, object_key, status from documents`;
    const ids = new Set(rows.map((r) => r.id));
    const byStatus: Record<string, number> = {};
    for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    return {
      rows: rows.length,
      missing: acknowledged.filter((id) => !ids.has(id)).length,
      rowsWithoutBytes: rows.filter((r) => !existsSync(join(dataDir, "objects", r.object_key))).length,
      byStatus,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Waits until every document is `done` or `failed`; returns how long that took. */
export async function waitForDocumentsSettled(databaseUrl: string, timeoutMs: number, launcher: Child): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await waitUntil(
      async () => {
        const [row] = await sql<{ n: number }[]>`select count(*)::int as n from documents where status not in ('done', 'failed')`;
        return row!.n === 0;
      },
      timeoutMs,
      "every document done or failed",
      launcher,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Whether a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
