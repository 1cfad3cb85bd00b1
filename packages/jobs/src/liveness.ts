// graphile-worker keeps a job locked for 4 hours when the process running it dies without releasing it (a
// crash, running out of memory, a kill after the stop grace period). Liveness is told by Postgres itself:
// each worker process holds a session-level advisory lock per graphile-worker worker id, on a connection of
// its own. Postgres drops those locks with the session, so a job locked by a worker id whose lock nobody
// holds belongs to a dead process, and goes back to the queue at once.
import { sql } from "drizzle-orm";
import type { SqlExecutor } from "./index.ts";

/** The first key of docscan's advisory locks for worker liveness ("dscn"); the second is hashtext(worker id). */
const LIVENESS_LOCK_CLASS = 0x6473636e;

/**
 * Holds the liveness lock of `workerId` on `session`, which must be one dedicated connection that lives as
 * long as the process. Idempotent (a lock this session holds already is not taken twice), so it can be
 * called again after a reconnect. False if another session holds the key (two ids with the same hash).
 */
export async function claimWorkerLiveness(session: SqlExecutor, workerId: string): Promise<boolean> {
  const [row] = (await session.execute(sql`
    select exists (select 1 from pg_locks l where l.pid = pg_backend_pid() and ${heldLock(sql`${workerId}`)})
        or pg_try_advisory_lock(${LIVENESS_LOCK_CLASS}, hashtext(${workerId})) as held`)) as unknown as { held: boolean }[];
  return row?.held ?? false;
}

/**
 * Returns to the queue the jobs of workers that hold no liveness lock. `graceSeconds`: a job locked more
 * recently is left alone, as its worker may still be taking its lock. Returns how many workers were dead.
 */
export async function releaseJobsOfDeadWorkers(db: SqlExecutor, graceSeconds: number): Promise<number> {
  const rows = (await db.execute(sql`
    with dead as (
      select coalesce(array_agg(distinct j.locked_by), '{}') as ids
      from graphile_worker.jobs j
      where j.locked_by is not null
        and j.locked_at < now() - make_interval(secs => ${graceSeconds})
        and not exists (select 1 from pg_locks l where ${heldLock(sql`j.locked_by`)})
    )
    select cardinality(ids)::int as n, graphile_worker.force_unlock_workers(ids) from dead`)) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}

/** A granted liveness lock of this database for the worker id `workerId` (an SQL expression). */
function heldLock(workerId: ReturnType<typeof sql>) {
  return sql`l.locktype = 'advisory' and l.granted
    and l.database = (select oid from pg_database where datname = current_database())
    and l.classid = ${LIVENESS_LOCK_CLASS}::int4::oid and l.objid = hashtext(${workerId})::oid and l.objsubid = 2`;
}
