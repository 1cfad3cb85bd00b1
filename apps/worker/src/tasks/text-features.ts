// Text features backfill (ADR 0029, Performance, third pass): documents whose vector was stored before the worker
// stored text features with it (migration 0031), or under an older TEXT_FEATURES_VERSION, get them from their
// text, 1 000 per statement — once, in the worker, so no topic trial has to tokenise their texts. Queued at the
// worker's start; a document classified later gets them from its classification.
import type { Task } from "graphile-worker";
import { EMBEDDING_VERSION, sourceSha256Of, TEXT_FEATURES_VERSION, textFeatures } from "@docscan/classify";
import { backfillTextFeatures, type Db } from "@docscan/db";
import type { Logger } from "pino";

export const TEXT_FEATURES_TASK = "backfill_text_features";
/** At most one queued (the job key); a failed run is tried again at the next start. */
export const TEXT_FEATURES_JOB = { jobKey: TEXT_FEATURES_TASK, maxAttempts: 1 } as const;

/** The backfill as the worker and the topic-trial bench run it. */
export const storeMissingTextFeatures = (db: Db) =>
  backfillTextFeatures(db, {
    version: EMBEDDING_VERSION,
    featuresVersion: TEXT_FEATURES_VERSION,
    compute: (text, filename) => ({ sourceSha256: sourceSha256Of(text, filename), features: textFeatures(text) }),
  });

export function textFeaturesTask(deps: { db: Db; log: Logger }): Task {
  return async () => {
    const started = Date.now();
    const stored = await storeMissingTextFeatures(deps.db);
    if (stored > 0) deps.log.info({ stored, ms: Date.now() - started }, "stored the text features of documents classified before they were kept");
  };
}
