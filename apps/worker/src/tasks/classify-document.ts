import { sql } from "drizzle-orm";
import type { Task } from "graphile-worker";
import {
  ClassificationError,
  createClassifier,
  embedDocument,
  EMBEDDING_VERSION,
  fieldRefsFor,
  fieldSetVersion,
  LOCAL_MODEL_VERSION,
  promptVersionFor,
  resolveProvider,
  sourceSha256Of,
  TEXT_FEATURES_VERSION,
  textFeatures,
  type ClassifyInput,
  type ClassifyResult,
  type FieldRef,
  type LabeledExample,
  type ProviderName,
} from "@docscan/classify";
import {
  ALL_DOCUMENTS,
  getCachedAnswer,
  getDocument,
  getDocumentVector,
  insertRun,
  listAvailableTopics,
  ownerExamples,
  ownerLibrary,
  putCachedAnswer,
  putDocumentVector,
  putTextFeatures,
  readAiSettings,
  rejectedTopicsOf,
  replaceDocumentTopics,
  replaceSuggestions,
  setDocumentStatus,
  spentSince,
  trialStands,
  type DocumentDetail,
} from "@docscan/db";
import { listFields } from "@docscan/db/fields";
import { documentJobKey, enqueue, parsePayload, TASKS, type TaskName } from "@docscan/jobs";
import { NotFoundError } from "@docscan/shared";
import { decide, keepPersonDecisions } from "../classification/decide.ts";
import { fillDocumentFields } from "../fields.ts";
import { saveLlmDateAndCorrespondent } from "../llm-date-correspondent.ts";
import { answerCacheKey, startOfMonthUtc, topicSetVersion } from "../classification/versions.ts";
import type { Handler } from "../define-task.ts";
import type { WorkerDeps } from "../deps.ts";

/**
 * When the LLM failed and the offline classifier answered, the LLM is asked again after these delays
 * (minutes), one try each; then the offline answer stays (ADR 0014).
 */
export const LLM_RETRY_DELAYS_MINUTES = [5, 30, 120, 480] as const;

/** A classification run that got its answer; `fallback`: the LLM failed, and the offline classifier answered. */
interface Answer {
  result: ClassifyResult;
  cached: boolean;
  fallback: { reason: string } | null;
}

/**
 * Files the document under its topics and records the run. AI links and pending suggestions are
 * replaced on every run; a person's decisions stay (ADR 0014): manual links are never touched, and a topic
 * a person removed or rejected is never applied or suggested again, whatever the path (reclassify,
 * re-extraction, the LLM answer cache, bulk actions). A retried or repeated job adds no duplicates.
 * An LLM answer is cached by text + prompt + topic set + field definitions + model: a duplicate never calls twice.
 * With the LLM, the same call fills the custom fields of the topics it chooses (ADR 0033) and reads the document's
 * date and sender (ADR 0039) — for an owner without topics too, whose call asks for nothing else.
 */
export const classifyDocumentTask: Handler<"classify_document"> = ({ documentId, trialId }, deps) => classifyDocument(deps, documentId, 0, trialId ?? null);

/**
 * The later try of the LLM for a document the offline classifier answered for. Nothing to do once the
 * provider is no longer the LLM. Its failures never mark the document failed: it has an answer already.
 */
export function retryLlmClassificationTask(deps: WorkerDeps): Task {
  return async (raw) => {
    const { documentId, attempt } = parsePayload("retry_llm_classification", raw);
    await classifyDocument(deps, documentId, attempt);
  };
}

/** The document's vector, from the store, or encoded once and stored (null for an encoder failure on the LLM path). */
async function documentVector(deps: WorkerDeps, doc: DocumentDetail, text: string, required: boolean): Promise<Float32Array | undefined> {
  const sourceSha256 = sourceSha256Of(text, doc.filename);
  // What scoring reads of the text goes with the vector, so a topic trial need not read or tokenise the text
  // (ADR 0029); stored here for a vector stored earlier too (unchanged rows are not rewritten).
  const withFeatures = async (vector: Float32Array) => {
    await putTextFeatures(deps.db, [{ documentId: doc.id, version: TEXT_FEATURES_VERSION, sourceSha256, ...textFeatures(text) }]);
    return vector;
  };
  const stored = await getDocumentVector(deps.db, doc.id, EMBEDDING_VERSION, sourceSha256);
  if (stored) return withFeatures(stored);
  try {
    const vector = await embedDocument(text, doc.filename);
    await putDocumentVector(deps.db, doc.id, { version: EMBEDDING_VERSION, sourceSha256, vector });
    return withFeatures(vector);
  } catch (err) {
    // The offline classifier needs the encoder anyway; the LLM does not, so its documents still get classified.
    if (required) throw err;
    deps.log.warn({ err, documentId: doc.id }, "could not compute the document's vector");
    return undefined;
  }
}

/**
 * `llmRetry`: 0 for an ordinary run, else which later try of the LLM this is. `trialId`: queued by a topic trial
 * applied through the LLM (ADR 0029) — nothing is asked or written once that trial is undone, so an undo is final.
 */
async function classifyDocument(deps: WorkerDeps, documentId: string, llmRetry: number, trialId: string | null = null): Promise<void> {
  if (trialId && !(await trialStands(deps.db, trialId))) {
    deps.log.info({ documentId, trialId }, "the topic trial that queued this was undone: not classified");
    return;
  }
  const doc = await getDocument(deps.db, documentId, ALL_DOCUMENTS).catch((err: unknown) => {
    if (err instanceof NotFoundError) return null;
    throw err;
  });
  if (!doc) return;
  if (doc.text === null) {
    if (llmRetry > 0) return; // re-extraction is under way; it queues classification itself
    await setDocumentStatus(deps.db, documentId, "failed", { error: "cannot classify: the document has no extracted text" });
    return;
  }

  const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
  if (llmRetry > 0 && resolveProvider(settings) !== "openai") return;
  // Global topics and the owner's personal ones (ADR 0010): the version and cache key follow from this set.
  const topics = await listAvailableTopics(deps.db, doc.ownerId);
  let provider: ProviderName = resolveProvider(settings);
  let note: string | null = trialId ? `queued by topic trial ${trialId}, applied through the LLM` : null;
  if (provider === "openai" && settings.monthlyBudgetUsd !== null) {
    const spent = await spentSince(deps.db, startOfMonthUtc());
    if (spent >= settings.monthlyBudgetUsd) {
      provider = "local";
      note = `monthly budget of $${settings.monthlyBudgetUsd.toFixed(2)} reached ($${spent.toFixed(2)} spent): used the offline classifier`;
    }
  }

  // Every document with text gets its vector once, whatever the provider: similar documents and the offline fallback use it.
  const vector = await documentVector(deps, doc, doc.text, provider === "local");
  // Only the owner's own confirmed documents: no text of another user's ever reaches this prompt. The offline
  // model learns from all of them and from the owner's newest documents, this one included: the same model for
  // every document of the owner, which is what a topic trial previews (ADR 0029). The LLM is never shown the
  // document itself as an example.
  const owned = { ownerId: doc.ownerId, version: EMBEDDING_VERSION };
  const ownerExamplesAll = await ownerExamples(deps.db, owned);
  const examples: LabeledExample[] = ownerExamplesAll.filter((e) => e.documentId !== documentId);
  // The custom fields the LLM may fill: those of the topics it is offered (fields attach to global topics only).
  const fields = provider === "openai" ? await llmFields(deps, topics) : [];
  const input: ClassifyInput = {
    text: doc.text,
    filename: doc.filename,
    topics: topics.map((t) => ({ id: t.id, name: t.name, description: t.description })),
    examples,
    ...(vector ? { vector } : {}),
    ...(fields.length ? { fields } : {}),
  };
  const localVersions = { promptVersion: `local-${LOCAL_MODEL_VERSION}`, topicSetVersion: topicSetVersion(topics) };
  const versions = provider === "openai" ? { promptVersion: promptVersionFor(topics), topicSetVersion: localVersions.topicSetVersion } : localVersions;
  const cacheKey =
    provider === "openai"
      ? answerCacheKey({ ownerId: doc.ownerId, text: doc.text, model: settings.model, ...versions, fieldSetVersion: fields.length ? fieldSetVersion(fields) : null })
      : null;
  const model = provider === "openai" ? settings.model : null;
  const offline = async (): Promise<ClassifyResult> =>
    createClassifier({ ...settings, provider: "local" }).classify({ ...input, examples: ownerExamplesAll, library: await ownerLibrary(deps.db, owned) });

  let answer: Answer;
  try {
    const hit = cacheKey ? ((await getCachedAnswer(deps.db, cacheKey)) as ClassifyResult | null) : null;
    if (hit) {
      answer = { result: { ...hit, usage: null, costUsd: 0, latencyMs: 0 }, cached: true, fallback: null };
    } else if (provider === "local") {
      answer = { result: await offline(), cached: false, fallback: null };
    } else {
      const classifier = createClassifier({ ...settings, provider, allowNewTopics: settings.allowNewTopics, limiter: deps.llmLimiter });
      try {
        const result = await classifier.classify(input);
        if (cacheKey) await putCachedAnswer(deps.db, cacheKey, result);
        answer = { result, cached: false, fallback: null };
      } catch (err) {
        if (!(err instanceof ClassificationError)) throw err;
        // A model outage never fails a document: the offline classifier answers now, the LLM is asked again later.
        deps.log.warn({ documentId, err: err.message, llmRetry }, "the LLM failed: classifying offline");
        answer = { result: await offline(), cached: false, fallback: { reason: err.message } };
      }
    }
  } catch (err) {
    if (!(err instanceof ClassificationError) || err.retryable) throw err;
    await deps.db.transaction(async (tx) => {
      await insertRun(tx, { documentId, provider, model, ...versions, outcome: "failed", note, error: err.message });
      await setDocumentStatus(tx, documentId, "failed", { error: `classification failed: ${err.message}` });
    });
    return;
  }

  const { result, cached, fallback } = answer;
  const nextTry = fallback && llmRetry < LLM_RETRY_DELAYS_MINUTES.length ? llmRetry + 1 : null;
  if (fallback) {
    const later = nextTry ? `the model will be asked again in ${formatMinutes(LLM_RETRY_DELAYS_MINUTES[nextTry - 1]!)}` : "no more tries of the model";
    note = `${settings.model} failed (${fallback.reason}): the offline classifier answered; ${later}`;
  }
  // A person's decisions win: their topics stay as they are, the ones they removed or rejected never come back.
  const rejected = await rejectedTopicsOf(deps.db, documentId);
  const manual = doc.topics.filter((t) => t.source === "manual").map((t) => t.id);
  const kept = keepPersonDecisions(result, { manual, rejected });
  const decision = decide(kept, new Map(topics.map((t) => [t.id, t.threshold])), settings.threshold);
  await deps.db.transaction(async (tx) => {
    // Checked again under the trial row's lock: an undo made while the model answered wins. The run is recorded
    // anyway, without the document (its usage counts against the budget), and nothing of the document changes.
    const undone = trialId !== null && !(await trialStands(tx, trialId, { lock: true }));
    const run = await insertRun(tx, {
      documentId: undone ? null : documentId,
      provider: result.provider,
      model: result.model ?? (fallback ? null : model),
      ...(fallback ? localVersions : versions),
      inputTokens: result.usage?.inputTokens ?? 0,
      outputTokens: result.usage?.outputTokens ?? 0,
      costUsd: result.costUsd,
      latencyMs: Math.round(result.latencyMs),
      cached,
      outcome: decision.outcome,
      note,
      fallback: fallback !== null,
      keptManual: manual.length,
      keptRejected: rejected.length,
      ...(undone ? { note: `answer for document ${documentId} not written: topic trial ${trialId} was undone` } : {}),
    });
    if (undone) return;
    // Re-read inside the transaction: a person may have decided while the classifier ran.
    const rejectedNow = new Set(await rejectedTopicsOf(tx, documentId));
    await replaceDocumentTopics(
      tx,
      documentId,
      "ai",
      decision.apply.filter((a) => !rejectedNow.has(a.topicId)),
    );
    await replaceSuggestions(
      tx,
      documentId,
      run.id,
      decision.review.filter((s) => s.topicId === null || !rejectedNow.has(s.topicId)),
    );
    // The topics are known now: their custom fields are filled in the same transaction (ADR 0033), from the
    // LLM's answer when this run has one (a cached one included), else by the offline readers.
    await fillDocumentFields(tx, { id: documentId, text: doc.text! }, deps.dates, result.provider === "openai" ? (result.fields ?? []) : null);
    // The same answer's date and sender (ADR 0039); without it the offline readers' values from extraction stand.
    if (result.provider === "openai") await saveLlmDateAndCorrespondent(tx, { ...doc, text: doc.text! }, result, deps.dates);
    await setDocumentStatus(tx, documentId, "done");
    if (nextTry) {
      await enqueue(
        tx,
        "retry_llm_classification",
        { documentId, attempt: nextTry },
        {
          jobKey: documentJobKey("retry_llm_classification", documentId),
          runAt: new Date(Date.now() + LLM_RETRY_DELAYS_MINUTES[nextTry - 1]! * 60_000),
          maxAttempts: 3,
        },
      );
    }
    // The LLM answered on an ordinary run: a later try left by an earlier fallback has nothing left to do.
    if (llmRetry === 0 && !fallback && result.provider === "openai") {
      await tx.execute(sql`select graphile_worker.remove_job(${documentJobKey("retry_llm_classification", documentId)})`);
    }
    await removeFailedJobs(tx, documentId);
  });
  deps.log.info({ documentId, provider: result.provider, cached, fallback: Boolean(fallback), outcome: decision.outcome, applied: decision.apply.length }, "classified");
}

/** The fields attached to any of `topics`, as the prompt offers them (topic ids limited to `topics`). */
async function llmFields(deps: WorkerDeps, topics: readonly { id: string }[]): Promise<FieldRef[]> {
  return fieldRefsFor(await listFields(deps.db), topics);
}

function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : `${minutes / 60} h`;
}

/**
 * The document has its answer: jobs of its that failed for good (graphile-worker keeps them) are stale,
 * and would show in Activity as failures of a document that is fine.
 */
async function removeFailedJobs(tx: Parameters<typeof enqueue>[0], documentId: string): Promise<void> {
  const keys = (Object.keys(TASKS) as TaskName[]).map((task) => documentJobKey(task, documentId));
  await tx.execute(sql`select graphile_worker.complete_jobs(array(
    select id from graphile_worker.jobs
    where key = any(${`{${keys.join(",")}}`}::text[]) and attempts >= max_attempts and locked_at is null))`);
}
