// Keeps graphile-worker's job runner going in this process. graphile-worker 0.17 stops its pool when it
// cannot record a job's completion or failure ("queue is in an inconsistent state; aborting"), which a
// dropped database connection causes. Here the process stays: it starts a new runner, with a delay that
// doubles (1 s … 10 s) while the database is away. The jobs the old runner held are returned to the queue by
// the liveness sweep of the new one (ADR 0012) and retried (ADR 0015).
import type { Logger } from "pino";
import { createBackoff, type BackoffPolicy } from "@docscan/shared/backoff";
import type { WorkerRunner } from "./worker.ts";

export interface KeptRunner {
  /** Resolves once stopped; rejects only if stopping failed. */
  done: Promise<void>;
  /** Graceful: no new jobs, the jobs in progress finish; no new runner after it. */
  stop(): Promise<void>;
  /** Fails the jobs in progress (they are retried). */
  forceStop(reason: string): Promise<void>;
}

export type KeepRunningPolicy = BackoffPolicy;

const DEFAULT_POLICY: KeepRunningPolicy = { initialDelayMs: 1000, maxDelayMs: 10_000, stableAfterMs: 60_000 };

export function keepRunning(first: WorkerRunner, start: () => Promise<WorkerRunner>, log: Logger, policy = DEFAULT_POLICY): KeptRunner {
  let stopping = false;
  let current: WorkerRunner | null = first;
  const backoff = createBackoff(policy);

  const done = (async () => {
    let runner: WorkerRunner = first;
    for (;;) {
      current = runner;
      const startedAt = Date.now();
      let failure: unknown = null;
      await runner.promise.catch((err: unknown) => {
        failure = err;
      });
      current = null;
      if (stopping) {
        if (failure) throw failure;
        return;
      }
      backoff.ran(Date.now() - startedAt);
      log.error({ err: failure }, `the job queue stopped (lost its database connection?); starting it again in ${backoff.delayMs} ms`);
      let next: WorkerRunner | null = null;
      while (!next) {
        await backoff.wait();
        if (stopping) return;
        try {
          next = await start();
        } catch (err) {
          log.warn({ err }, `could not start the job queue (${err instanceof Error ? err.message : String(err)}); trying again in ${backoff.delayMs} ms`);
        }
      }
      if (stopping) {
        await next.stop();
        return;
      }
      log.info("the job queue is running again");
      runner = next;
    }
  })();

  return {
    done,
    async stop() {
      stopping = true;
      backoff.wake();
      await current?.stop();
    },
    async forceStop(reason) {
      await current?.forceStop(reason);
    },
  };
}
