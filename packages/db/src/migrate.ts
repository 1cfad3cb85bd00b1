import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as drizzleMigrate } from "drizzle-orm/postgres-js/migrator";
import { runMigrations as runQueueMigrations } from "graphile-worker";
import pg from "pg";
import postgres from "postgres";

const MIGRATIONS_FOLDER = fileURLToPath(new URL("../drizzle", import.meta.url));
// Any constant works; it only has to be the same in every process that migrates.
const MIGRATION_LOCK_ID = 4_242_001;

/**
 * Applies docscan's generated SQL migrations and graphile-worker's queue schema.
 * Api and worker both call it at start-up; an advisory lock makes concurrent starts take turns.
 */
export async function migrate(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      await drizzleMigrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      await queueMigrations(url);
      // The liveness sweep (ADR 0012) reads the locked jobs every 15 s; graphile-worker has no index for
      // them, and a backlog of a million queued jobs would make that a full scan. Ours, on its table.
      await client`create index if not exists docscan_locked_jobs on graphile_worker._private_jobs (locked_at) where locked_by is not null`;
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * graphile-worker's migrations on a pool of ours, ended (and awaited) here: given a connection string, it ends
 * its own pool without waiting, and a database dropped right after (tests) then ends a connection of that
 * pool with nobody listening — an unhandled error.
 */
async function queueMigrations(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // A connection the server closes: idle, nothing to do (the pool is going); checked out, its next query fails
  // with the error. Both handlers set, graphile-worker adds none of its own and prints no warning about them.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  try {
    await runQueueMigrations({ pgPool: pool });
  } finally {
    await pool.end();
  }
}

export { MIGRATIONS_FOLDER };
