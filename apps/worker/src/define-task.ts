import type { JobHelpers, Task } from "graphile-worker";
import { setDocumentStatus } from "@docscan/db";
import { parsePayload, type TaskName, type TaskPayload } from "@docscan/jobs";
import type { WorkerDeps } from "./deps.ts";

/** Tasks about one document (their payload names it). */
type DocumentTask = { [N in TaskName]: TaskPayload<N> extends { documentId: string } ? N : never }[TaskName];

export type Handler<N extends DocumentTask> = (payload: TaskPayload<N>, deps: WorkerDeps, helpers: JobHelpers) => Promise<void>;

/**
 * Wraps a handler with the payload schema shared with the enqueuer. Errors a handler throws are
 * transient (storage or database hiccups) and retried by graphile-worker; on the last attempt the
 * document is marked failed so it never sits in a working state forever. The reason it gets is generic:
 * a thrown error's message is for the log (a database error carries its SQL and parameters, a file error
 * a server path), not for the document's owner. Reasons meant for the owner (limits, unsupported types,
 * unreadable files) are set by the handlers themselves.
 */
export function defineTask<N extends DocumentTask>(name: N, handler: Handler<N>, deps: WorkerDeps): Task {
  return async (raw, helpers) => {
    const payload = parsePayload(name, raw);
    try {
      await handler(payload, deps, helpers);
    } catch (err) {
      const { attempts, max_attempts: maxAttempts } = helpers.job;
      if (attempts >= maxAttempts) {
        deps.log.error({ err, task: name, jobId: helpers.job.id, documentId: payload.documentId, attempts }, "job failed on its last attempt: the document is marked failed");
        await setDocumentStatus(deps.db, payload.documentId, "failed", {
          error: `${name.replace("_", " ")} failed after ${attempts} attempts because of an internal error (the worker's log has the details, job ${helpers.job.id})`,
        });
      }
      throw err;
    }
  };
}
