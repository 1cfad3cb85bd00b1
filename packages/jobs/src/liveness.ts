// graphile-worker keeps a job locked for 4 hours when the process running it dies without releasing it (a
// crash, running out of memory, a kill after the stop grace period). Liveness is told by Postgres itself:
// each worker process holds a session-level advisory lock for the id its jobs are locked with (`locked_by`:
// graphile-worker 0.17 locks with the worker pool's id), on a connection of its own. Postgres drops those
// locks with the session, so a job locked under an id whose lock nobody holds belongs to a dead process, and
// goes back to the queue at once.
import { sql } from "drizzle-orm";
import type { SqlExecutor } from "./index.ts";

/** The first key of docscan's advisory locks for worker liveness ("dscn"); the second is hashtext(locked_by id). */
const LIVENESS_LOCK_CLASS = 0x6473636e;

/**
 * Holds the liveness lock of `workerId` (the id the process's jobs are locked with) on `session`, which must
 * be one dedicated connection that lives as long as the process. Idempotent (a lock this session holds
 * already is not taken twice), so it can be called again after a reconnect. False if another session holds
 * the key (two ids with the same hash).
 */
export async function claimWorkerLiveness(session: SqlExecutor, workerId: string): Promise<boolean> {
  const [row] = (await session.execute(sql`
    select exists (select 1 from pg_locks l where l.pid = pg_backend_pid() and ${heldLock(sql`${workerId}`)})
        or pg_try_advisory_lock(${LIVENESS_LOCK_CLASS}, hashtext(${workerId})) as held`)) as unknown as { held: boolean }[];
  return row?.held ?? false;
}

export interface Released {
  /** How many dead workers' jobs went back to the queue. */
  workers: number;
  /** Keys of the jobs released with no attempt left (`task:documentId`): their worker died on every try. */
  exhausted: string[];
}

/**
 * Returns to the queue the jobs of workers that hold no liveness lock. `graceSeconds`: a job locked more
 * recently is left alone, as its worker may still be taking its lock. Reads only locked jobs (the partial
 * index docscan_locked_jobs, made by migrate()).
 */
export async function releaseJobsOfDeadWorkers(db: SqlExecutor, graceSeconds: number): Promise<Released> {
  const dead = (await db.execute(sql`
    select j.locked_by, j.key, j.attempts >= j.max_attempts as exhausted
    from graphile_worker._private_jobs j
    where j.locked_by is not null
      and j.locked_at < now() - make_interval(secs => ${graceSeconds})
      and not exists (select 1 from pg_locks l where ${heldLock(sql`j.locked_by`)})`)) as unknown as { locked_by: string; key: string | null; exhausted: boolean }[];
  const ids = [...new Set(dead.map((d) => d.locked_by))];
  if (ids.length > 0) await db.execute(sql`select graphile_worker.force_unlock_workers(array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::text[])`);
  return { workers: ids.length, exhausted: dead.flatMap((d) => (d.exhausted && d.key ? [d.key] : [])) };
}

/** A granted liveness lock of this database for the worker id `workerId` (an SQL expression). */
function heldLock(workerId: ReturnType<typeof sql>) {
  return sql`l.locktype = 'advisory' and l.granted
    and l.database = (select oid from pg_database where datname = current_database())
    and l.classid = ${LIVENESS_LOCK_CLASS}::int4::oid and l.objid = hashtext(${workerId})::oid and l.objsubid = 2`;
}
