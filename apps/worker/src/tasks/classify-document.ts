import { ClassificationError, createClassifier, LOCAL_MODEL_VERSION, PROMPT_VERSION, resolveProvider, type ClassifyResult } from "@docscan/classify";
import {
  ALL_DOCUMENTS,
  confirmedExamples,
  getCachedAnswer,
  getDocument,
  insertRun,
  listAvailableTopics,
  putCachedAnswer,
  readAiSettings,
  replaceDocumentTopics,
  replaceSuggestions,
  setDocumentStatus,
  spentSince,
} from "@docscan/db";
import { NotFoundError } from "@docscan/shared";
import { decide } from "../classification/decide.ts";
import { answerCacheKey, startOfMonthUtc, topicSetVersion } from "../classification/versions.ts";
import type { Handler } from "../define-task.ts";

/** How many confirmed documents the classifiers learn from on each run. */
const MAX_EXAMPLES = 2000;

/**
 * Files the document under its topics and records the run. AI links and pending suggestions are
 * replaced on every run (manual links stay), so a retried or repeated job adds no duplicates.
 * An LLM answer is cached by text + prompt + topic set + model: a duplicate never calls twice.
 */
export const classifyDocumentTask: Handler<"classify_document"> = async ({ documentId }, deps) => {
  const doc = await getDocument(deps.db, documentId, ALL_DOCUMENTS).catch((err: unknown) => {
    if (err instanceof NotFoundError) return null;
    throw err;
  });
  if (!doc) return;
  if (doc.text === null) {
    await setDocumentStatus(deps.db, documentId, "failed", { error: "cannot classify: the document has no extracted text" });
    return;
  }

  const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
  // Global topics and the owner's personal ones (ADR 0010): the version and cache key follow from this set.
  const topics = await listAvailableTopics(deps.db, doc.ownerId);
  let provider = resolveProvider(settings);
  let note: string | null = null;
  if (provider === "openai" && settings.monthlyBudgetUsd !== null) {
    const spent = await spentSince(deps.db, startOfMonthUtc());
    if (spent >= settings.monthlyBudgetUsd) {
      provider = "local";
      note = `monthly budget of $${settings.monthlyBudgetUsd.toFixed(2)} reached ($${spent.toFixed(2)} spent): used the offline classifier`;
    }
  }

  const versions = {
    promptVersion: provider === "openai" ? `openai-${PROMPT_VERSION}` : `local-${LOCAL_MODEL_VERSION}`,
    topicSetVersion: topicSetVersion(topics),
  };
  const input = {
    text: doc.text,
    filename: doc.filename,
    topics: topics.map((t) => ({ id: t.id, name: t.name, description: t.description })),
    // Only the owner's own confirmed documents: no text of another user's ever reaches this prompt.
    examples: (await confirmedExamples(deps.db, { ownerId: doc.ownerId, limit: MAX_EXAMPLES })).filter((e) => e.documentId !== documentId),
  };
  const cacheKey = provider === "openai" ? answerCacheKey({ ownerId: doc.ownerId, text: doc.text, model: settings.model, ...versions }) : null;
  const model = provider === "openai" ? settings.model : null;

  let result: ClassifyResult;
  let cached = false;
  try {
    const hit = cacheKey ? ((await getCachedAnswer(deps.db, cacheKey)) as ClassifyResult | null) : null;
    if (hit) {
      result = { ...hit, usage: null, costUsd: 0, latencyMs: 0 };
      cached = true;
    } else {
      const classifier = createClassifier({ ...settings, provider, allowNewTopics: settings.allowNewTopics, limiter: deps.llmLimiter });
      result = await classifier.classify(input);
      if (cacheKey) await putCachedAnswer(deps.db, cacheKey, result);
    }
  } catch (err) {
    if (!(err instanceof ClassificationError) || err.retryable) throw err;
    await deps.db.transaction(async (tx) => {
      await insertRun(tx, { documentId, provider, model, ...versions, outcome: "failed", note, error: err.message });
      await setDocumentStatus(tx, documentId, "failed", { error: `classification failed: ${err.message}` });
    });
    return;
  }

  const decision = decide(result, new Map(topics.map((t) => [t.id, t.threshold])), settings.threshold);
  await deps.db.transaction(async (tx) => {
    const run = await insertRun(tx, {
      documentId,
      provider: result.provider,
      model: result.model ?? model,
      ...versions,
      inputTokens: result.usage?.inputTokens ?? 0,
      outputTokens: result.usage?.outputTokens ?? 0,
      costUsd: result.costUsd,
      latencyMs: Math.round(result.latencyMs),
      cached,
      outcome: decision.outcome,
      note,
    });
    await replaceDocumentTopics(tx, documentId, "ai", decision.apply);
    await replaceSuggestions(tx, documentId, run.id, decision.review);
    await setDocumentStatus(tx, documentId, "done");
  });
  deps.log.info({ documentId, provider: result.provider, cached, outcome: decision.outcome, applied: decision.apply.length }, "classified");
};
