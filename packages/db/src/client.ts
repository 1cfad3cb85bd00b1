import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index.ts";

export type Db = PostgresJsDatabase<typeof schema>;
/** A database handle or an open transaction: query functions accept either. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Database {
  db: Db;
  /** Run raw health checks etc. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How long a new connection may take before the query waiting for it fails. */
export const CONNECT_TIMEOUT_SECONDS = 5;

/**
 * `session`: one connection kept for the life of the process, never recycled (postgres.js otherwise ends a
 * connection after 30–60 minutes), for session state such as advisory locks.
 */
export function createDatabase(url: string, opts: { max?: number; session?: boolean } = {}): Database {
  const client = postgres(url, {
    max: opts.session ? 1 : (opts.max ?? 10),
    ...(opts.session ? { max_lifetime: 0 } : {}), // 0: no lifetime (and idle connections are kept by default)
    onnotice: () => {},
    // While Postgres is away, a query fails after this many seconds instead of postgres.js's 30: the api
    // answers 503 with Retry-After, the worker's job is retried (ADR 0015).
    connect_timeout: CONNECT_TIMEOUT_SECONDS,
    // postgres.js waits before reconnecting after failed connections, up to 20 s by default
    // (0.5–1 × 3^retries / 100 s): during an outage, queries queued behind that wait for it, so a refused
    // connection answered in 10–16 s instead of at once. At most 1 s here.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    // JIT compiles a plan whose estimated cost passes jit_above_cost: 10–30 ms up front for queries that
    // take a few (counts, searches over a large table), never repaid by docscan's short queries.
    // (Drizzle sends its queries as unnamed statements, planned with each call's values, so a search for
    // "invoice" and one for a rare word get their own plans without forcing custom plans; PL/pgSQL code
    // such as graphile-worker's add_job keeps its cached generic plans.)
    connection: { jit: "off" },
  });
  const db = drizzle(client, { schema });
  return {
    db,
    async ping() {
      await client`select 1`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
