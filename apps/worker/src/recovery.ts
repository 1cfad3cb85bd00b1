// Recovery from workers that died mid-job (see @docscan/jobs liveness): this process holds the liveness
// locks of its own graphile-worker workers, and now and then returns the jobs of dead ones to the queue and
// fails the documents whose every attempt died with the worker.
import { sql } from "drizzle-orm";
import type { WorkerEvents } from "graphile-worker";
import { createDatabase } from "@docscan/db";
import { claimWorkerLiveness, releaseJobsOfDeadWorkers, type SqlExecutor } from "@docscan/jobs";
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
  const session = createDatabase(connectionString, { max: 1 });
  const ids = new Set<string>();
  const claim = async (workerId: string) => {
    if (!(await claimWorkerLiveness(session.db, workerId))) deps.log.warn({ workerId }, "another session holds this worker's liveness lock");
  };
  const report = (what: string) => (err: unknown) => deps.log.error({ err }, what);
  events.on("worker:create", ({ worker }) => {
    ids.add(worker.workerId);
    claim(worker.workerId).catch(report("could not take a worker's liveness lock"));
  });
  events.on("worker:stop", ({ worker }) => ids.delete(worker.workerId));

  const sweep = async () => {
    for (const id of ids) await claim(id); // again, in case the connection was replaced
    const dead = await releaseJobsOfDeadWorkers(deps.db, GRACE_SECONDS);
    if (dead > 0) deps.log.warn({ workers: dead }, "returned the jobs of workers that stopped mid-job to the queue");
    const failed = await failDocumentsOfExhaustedJobs(deps.db);
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

const WORKING_STATUSES = sql`('pending', 'extracting', 'classifying')`;

/**
 * A document whose job has used up its attempts without the task marking it failed: the worker died on
 * every attempt (the task marks the last ordinary failure itself). Marks it failed with a reason, instead of
 * leaving it "extracting" for good. Returns the documents' ids.
 */
export async function failDocumentsOfExhaustedJobs(db: SqlExecutor): Promise<string[]> {
  const rows = (await db.execute(sql`
    update documents d
    set status = 'failed',
        error = 'processing stopped: the worker stopped while handling this file on each of its ' || j.attempts ||
                ' attempts (a crash, running out of memory, or a kill); the worker''s log has the details',
        updated_at = now()
    from graphile_worker.jobs j
    where d.id = case when j.key ~ '^(extract_text|classify_document):[0-9a-f-]{36}$' then split_part(j.key, ':', 2)::uuid end
      and j.locked_by is null
      and j.attempts >= j.max_attempts
      and d.status in ${WORKING_STATUSES}
    returning d.id`)) as unknown as { id: string }[];
  return rows.map((r) => r.id);
}

