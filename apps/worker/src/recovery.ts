// Recovery from workers that died mid-job (see @docscan/jobs liveness): this process holds the liveness
// lock of its own graphile-worker pool, and now and then returns the jobs of dead ones to the queue and
// fails the documents whose every attempt died with the worker.
import { sql } from "drizzle-orm";
import type { WorkerEvents } from "graphile-worker";
import { createDatabase } from "@docscan/db";
import { claimWorkerLiveness, documentOfJobKey, releaseJobsOfDeadWorkers, type SqlExecutor } from "@docscan/jobs";
import type { WorkerDeps } from "./deps.ts";

/** How often to look for dead workers' jobs. */
const SWEEP_MS = 15_000;
/** A job locked more recently than this is left alone: its worker may still be taking its liveness lock. */
const GRACE_SECONDS = 15;

export interface Recovery {
  /** Idempotent. */
  stop(): Promise<void>;
}

export function startRecovery(events: WorkerEvents, deps: Pick<WorkerDeps, "db" | "log">, connectionString: string): Recovery {
  // One connection of its own, for the life of the process: the liveness locks live and die with it.
  const session = createDatabase(connectionString, { session: true });
  // graphile-worker 0.17 locks every job of a pool with the pool's id (not its workers' ids).
  const ids = new Set<string>();
  const claim = async (id: string) => {
    if (!(await claimWorkerLiveness(session.db, id))) deps.log.warn({ id }, "another session holds this worker pool's liveness lock");
  };
  const report = (what: string) => (err: unknown) => deps.log.error({ err }, what);
  events.on("pool:create", ({ workerPool }) => {
    ids.add(workerPool.id);
    claim(workerPool.id).catch(report("could not take the worker pool's liveness lock"));
  });

  const sweep = async () => {
    for (const id of ids) await claim(id); // again, in case the connection was replaced
    const released = await releaseJobsOfDeadWorkers(deps.db, GRACE_SECONDS);
    if (released.workers > 0) deps.log.warn({ workers: released.workers }, "returned the jobs of workers that stopped mid-job to the queue");
    const failed = await failDocumentsOfExhaustedJobs(deps.db, released.exhausted);
    if (failed.length > 0) deps.log.warn({ documents: failed }, "marked documents failed: the worker stopped on every attempt");
  };
  let sweeping = sweep().catch(report("could not look for the jobs of stopped workers"));
  const timer = setInterval(() => {
    sweeping = sweeping.then(sweep).catch(report("could not look for the jobs of stopped workers"));
  }, SWEEP_MS);
  timer.unref();

  let stopped: Promise<void> | undefined;
  return {
    stop() {
      clearInterval(timer);
      stopped ??= sweeping.then(() => session.close());
      return stopped;
    },
  };
}

/**
 * The documents of jobs just released with no attempt left (`keys`: `task:documentId`): the worker died on
 * every try (the task marks an ordinary last failure itself). Marks them failed with a reason instead of
 * leaving them "extracting" for good; one already done or failed is left alone. Returns their ids.
 */
export async function failDocumentsOfExhaustedJobs(db: SqlExecutor, keys: readonly string[]): Promise<string[]> {
  const ids = [...new Set(keys.map(documentOfJobKey).filter((id) => id !== null))];
  if (ids.length === 0) return [];
  const rows = (await db.execute(sql`
    update documents
    set status = 'failed',
        error = 'processing stopped: the worker stopped while handling this file on each of its attempts (a crash, running out of memory, or a kill); the worker''s log has the details',
        updated_at = now()
    where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
      and status in ('pending', 'extracting', 'classifying')
    returning id`)) as unknown as { id: string }[];
  return rows.map((r) => r.id);
}
