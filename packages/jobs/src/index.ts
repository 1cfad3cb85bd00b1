// Job contracts shared by the enqueuer (api, worker) and the handlers (worker).
// Payloads carry ids only, never document text.
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";

const documentPayload = z.object({ documentId: z.uuid() });

export const TASKS = {
  extract_text: documentPayload,
  /**
   * `trialId`: queued by a topic trial applied through the LLM (ADR 0029); the answer is written only while that
   * trial stands (not once it is undone).
   */
  classify_document: documentPayload.extend({ trialId: z.uuid().optional() }),
  /**
   * Asks the LLM again about a document the offline classifier answered for when the LLM failed (ADR 0014);
   * `attempt` counts these later tries, from 1, so their number stays bounded.
   */
  retry_llm_classification: documentPayload.extend({ attempt: z.number().int().min(1).max(100) }),
  /**
   * Sends one webhook delivery (a row of webhook_deliveries). The database triggers of migration
   * webhook_triggers queue it in the transaction of the change it reports (ADR 0022); a redelivery, here.
   */
  deliver_webhook: z.object({ deliveryId: z.uuid() }),
} as const;

/** Tries of one webhook delivery, graphile-worker's exponential backoff between them (about 20 minutes in all). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** Queues a (re)delivery of webhook delivery `deliveryId`. */
export function enqueueWebhookDelivery(db: SqlExecutor, deliveryId: string): Promise<void> {
  return enqueue(db, "deliver_webhook", { deliveryId }, { maxAttempts: WEBHOOK_MAX_ATTEMPTS, jobKey: `deliver_webhook:${deliveryId}` });
}

export type TaskName = keyof typeof TASKS;
export type TaskPayload<N extends TaskName> = z.infer<(typeof TASKS)[N]>;
/** Tasks whose payload is the document id alone: the ones the helpers below queue from an id. */
export type DocumentTaskName = { [N in TaskName]: TaskPayload<N> extends { documentId: string } ? ({ documentId: string } extends TaskPayload<N> ? N : never) : never }[TaskName];

/** Anything that can run a drizzle `sql` query: a db handle or an open transaction. */
export interface SqlExecutor {
  execute(query: ReturnType<typeof sql>): PromiseLike<unknown>;
}

export interface EnqueueOptions {
  /**
   * Jobs with the same key are de-duplicated while queued: enqueuing again replaces the
   * pending job instead of adding a second one (graphile-worker's job_key).
   */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** The job key that keeps at most one pending job of a kind per document. */
export function documentJobKey(task: TaskName, documentId: string): string {
  return `${task}:${documentId}`;
}

/** The document a job key of documentJobKey's names, or null for any other key. */
export function documentOfJobKey(key: string): string | null {
  const [task, documentId] = key.split(":");
  const isDocumentTask = task !== undefined && Object.hasOwn(TASKS, task) && "documentId" in TASKS[task as TaskName].shape;
  return isDocumentTask && documentPayload.shape.documentId.safeParse(documentId).success ? documentId! : null;
}

/**
 * Enqueues through graphile-worker's SQL API, so it joins the caller's transaction:
 * the job exists if and only if the row it refers to was committed.
 */
export async function enqueue<N extends TaskName>(
  db: SqlExecutor,
  task: N,
  payload: TaskPayload<N>,
  opts: EnqueueOptions = {},
): Promise<void> {
  const parsed = TASKS[task].parse(payload);
  await db.execute(sql`select graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(parsed)}::json,
    max_attempts => ${opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS}::int,
    job_key => ${opts.jobKey ?? null}::text,
    run_at => ${opts.runAt?.toISOString() ?? null}::timestamptz
  )`);
}

/** Enqueues a document task keyed by document, so repeated requests do not pile up. */
export function enqueueForDocument(db: SqlExecutor, task: DocumentTaskName, documentId: string): Promise<void> {
  return enqueue(db, task, { documentId }, { jobKey: documentJobKey(task, documentId) });
}

/**
 * Enqueues one keyed document job per row of `documentIds` (a query selecting an `id` column) in a
 * single statement, so reclassifying everything is one round trip whatever the count.
 * Returns how many jobs were queued.
 */
export async function enqueueForDocuments(db: SqlExecutor, task: DocumentTaskName, documentIds: SQL): Promise<number> {
  const rows = (await db.execute(sql`select count(graphile_worker.add_job(
      ${task}::text,
      json_build_object('documentId', q.id),
      max_attempts => ${DEFAULT_MAX_ATTEMPTS}::int,
      job_key => ${task} || ':' || q.id
    ))::int as n from (${documentIds}) q`)) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}

/**
 * Runs `insert` (an INSERT … RETURNING id, …) and queues a keyed document job for each row it returns, in
 * one statement: the rows and their jobs commit together without a transaction, in one round trip.
 * Returns the insert's rows with the column names it gave them.
 */
export async function insertQueued<Row extends { id: string }>(db: SqlExecutor, task: DocumentTaskName, insert: SQL): Promise<Row[]> {
  const rows = (await db.execute(sql`with q as (${insert})
    select q.*, (graphile_worker.add_job(
      ${task}::text,
      json_build_object('documentId', q.id),
      max_attempts => ${DEFAULT_MAX_ATTEMPTS}::int,
      job_key => ${task} || ':' || q.id
    )).id as "insertQueued job id" from q`)) as unknown as (Row & { "insertQueued job id": unknown })[];
  return rows.map(({ "insertQueued job id": _job, ...row }) => row as unknown as Row);
}

/**
 * Unlocks every job still locked by a worker, and returns how many workers held locks. Only for when no
 * worker can be running: `pnpm start` calls it before it starts its own worker, so jobs of a run stopped
 * mid-job (Ctrl+C also stops the embedded Postgres at once) do not wait graphile-worker's 4-hour lock expiry.
 */
export async function unlockJobsOfStoppedWorkers(db: SqlExecutor): Promise<number> {
  const [queue] = (await db.execute(sql`select to_regclass('graphile_worker.jobs') is not null as ready`)) as unknown as { ready: boolean }[];
  if (!queue?.ready) return 0; // first start: not migrated yet
  const rows = (await db.execute(sql`
    with w as (select array_agg(distinct locked_by) as ids from graphile_worker.jobs where locked_by is not null)
    select coalesce(cardinality(w.ids), 0)::int as n, graphile_worker.force_unlock_workers(coalesce(w.ids, '{}')) from w`)) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}

/** Validates a payload received by a handler; a malformed one is a programming error, not a retryable failure. */
export function parsePayload<N extends TaskName>(task: N, payload: unknown): TaskPayload<N> {
  return TASKS[task].parse(payload) as TaskPayload<N>;
}

export const JOB_STATES = ["queued", "running", "retrying", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobView {
  id: string;
  task: string;
  state: JobState;
  documentId: string | null;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  createdAt: Date;
}

const stateSql = sql`case
  when j.locked_at is not null then 'running'
  when j.attempts >= j.max_attempts then 'failed'
  when j.attempts > 0 then 'retrying'
  else 'queued' end`;

/** Jobs in the queue (graphile-worker deletes finished ones), newest first; the document comes from the job key. */
export async function listJobs(db: SqlExecutor, opts: { state?: JobState; limit: number }): Promise<JobView[]> {
  const rows = (await db.execute(sql`
    select j.id::text as id, j.task_identifier as task, ${stateSql} as state,
           substring(j.key from ':([0-9a-f-]{36})$') as "documentId",
           j.attempts, j.max_attempts as "maxAttempts", j.last_error as "lastError",
           j.run_at as "runAt", j.created_at as "createdAt"
    from graphile_worker.jobs j
    where ${opts.state ? sql`${stateSql} = ${opts.state}` : sql`true`}
    order by j.created_at desc, j.id desc
    limit ${opts.limit}`)) as unknown as (Omit<JobView, "runAt" | "createdAt"> & { runAt: Date | string; createdAt: Date | string })[];
  return rows.map((r) => ({ ...r, runAt: new Date(r.runAt), createdAt: new Date(r.createdAt) }));
}

export async function jobCounts(db: SqlExecutor): Promise<Record<JobState, number>> {
  const rows = (await db.execute(sql`select ${stateSql} as state, count(*)::int as n from graphile_worker.jobs j group by 1`)) as unknown as {
    state: JobState;
    n: number;
  }[];
  const out: Record<JobState, number> = { queued: 0, running: 0, retrying: 0, failed: 0 };
  for (const r of rows) out[r.state] = r.n;
  return out;
}

/** Runs failed or waiting jobs again now, with a fresh set of attempts. Returns how many were found. */
export async function retryJobs(db: SqlExecutor, ids: string[]): Promise<number> {
  const rows = (await db.execute(
    sql`select count(*)::int as n from graphile_worker.reschedule_jobs(${`{${ids.join(",")}}`}::bigint[], run_at => now(), attempts => 0)`,
  )) as unknown as { n: number }[];
  return rows[0]?.n ?? 0;
}
export { claimWorkerLiveness, releaseJobsOfDeadWorkers, type Released } from "./liveness.ts";
