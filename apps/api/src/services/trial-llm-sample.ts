// The topic trial's LLM sample (issue 20, item 2; ADR 0029): up to SAMPLE_SIZE of the documents a trial lists
// are sent to the configured LLM with the changed topics — the request the worker's classify task would send —
// and its decision is set beside the offline preview's. The calls are paid and count against the monthly
// budget like the worker's; nothing is written to any document (no link, suggestion or run of the document).
import { z } from "zod";
import {
  answerCacheKey,
  ClassificationError,
  createClassifier,
  createLimiter,
  decide,
  DEFAULT_MAX_INPUT_TOKENS,
  estimateCostUsd,
  keepPersonDecisions,
  PRICES_AS_OF,
  promptTokens,
  resolveProvider,
  type ClassifyResult,
} from "@docscan/classify";
import {
  averageOutputTokens,
  cachedAnswerKeys,
  getCachedAnswer,
  insertRun,
  putCachedAnswer,
  readAiSettings,
  rejectedTopicsOf,
  sampleDocumentTexts,
  spentSince,
  trialDocuments,
  type AuthUser,
} from "@docscan/db";
import { ConflictError, ForbiddenError, InvalidInputError } from "@docscan/shared";
import type { AppDeps } from "../context.ts";
import { computeTrial, decisionsAfter, DEFAULT_OUTPUT_TOKENS, LLM_PROMPT_VERSION, proposedPrompt, trialChangeSchema } from "./topic-trials.ts";

/** Documents sent to the LLM at most. */
export const SAMPLE_SIZE = 20;
/** LLM calls of trial samples in flight at once, per api process. */
const sampleLimiter = createLimiter(4);

export const trialSampleInputSchema = z.object({
  change: trialChangeSchema,
  /** Documents to send (at most SAMPLE_SIZE). */
  size: z.number().int().min(1).max(SAMPLE_SIZE).default(SAMPLE_SIZE),
});

export interface TrialSampleDocument {
  documentId: string;
  title: string;
  /** The topics the offline preview would give it (a person's included), by name. */
  offline: string[];
  /** The topics the LLM's answer would give it, decided as the worker decides; null when it was not asked or failed. */
  llm: string[] | null;
  /** Both give the same topics. */
  agree: boolean | null;
  /** Its answer was in the LLM answer cache: nothing was paid. */
  cached: boolean;
  inputTokens: number;
  outputTokens: number;
  costUsd: number | null;
  /** Why it has no LLM answer: the call failed, or the budget would have been exceeded. */
  error: string | null;
}

export interface TrialSampleResult {
  trialId: string;
  model: string;
  /** Documents the trial lists, and how many were sampled. */
  listed: number;
  sampled: number;
  /** Sampled documents with an LLM answer (paid or cached), and the share of those where it agrees with the preview. */
  answered: number;
  agreement: number | null;
  inputTokens: number;
  outputTokens: number;
  /** Spent on this sample (null: the model's price is unknown); what was estimated before calling. */
  costUsd: number | null;
  estimatedUsd: number | null;
  pricesAsOf: string;
  /** The monthly budget and what is spent this month, after the sample; null without a budget. */
  budget: { monthlyUsd: number; spentUsd: number } | null;
  documents: TrialSampleDocument[];
  ms: number;
}

const startOfMonthUtc = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
const usd = (x: number) => `$${x < 0.01 ? x.toFixed(4) : x.toFixed(2)}`;

/** Up to `size` of `n` positions spread evenly over the list (the listed documents are in id order: deterministic). */
function spread(n: number, size: number): number[] {
  if (n <= size) return [...Array(n).keys()];
  return [...Array(size).keys()].map((i) => Math.floor((i * n) / size));
}

/**
 * Runs the trial for `input.change`, then asks the configured LLM about up to `size` of the listed documents with
 * the changed topics. Admins only: it spends the instance's LLM budget. Refused (400) without an LLM, and (409)
 * when the sample's estimate would take this month's spending past the budget; a call that would pass it while
 * the sample runs is not made.
 */
export async function runTrialSample(deps: Pick<AppDeps, "db" | "secretKey" | "aiDefaults">, user: AuthUser, input: z.input<typeof trialSampleInputSchema>): Promise<TrialSampleResult> {
  const started = performance.now();
  const { change, size } = trialSampleInputSchema.parse(input);
  if (user.role !== "admin") throw new ForbiddenError("only admins can spend the LLM budget on a trial sample");
  const { db } = deps;
  const settings = await readAiSettings(db, deps.secretKey, deps.aiDefaults);
  // The configured LLM, even while the offline classifier is the active provider: a key (or an OpenAI-compatible server) is needed.
  if (resolveProvider(settings) !== "openai" && !settings.apiKey?.trim()) {
    throw new InvalidInputError("no LLM is configured: enter an API key (or choose an OpenAI-compatible server) in Settings → Classification");
  }
  let classifier: ReturnType<typeof createClassifier>;
  try {
    classifier = createClassifier({ ...settings, provider: "openai", allowNewTopics: settings.allowNewTopics, limiter: sampleLimiter });
  } catch (err) {
    if (err instanceof ClassificationError) throw new InvalidInputError(`the LLM is not usable: ${err.message}`);
    throw err;
  }

  const { result: trial, resolved } = await computeTrial(deps, user, { change, samples: 0 });
  const listed = await trialDocuments(db, trial.id);
  const picked = spread(listed.length, size).map((i) => listed[i]!);
  const texts = await sampleDocumentTexts(
    db,
    picked.map((d) => d.documentId),
  );
  const prompts = new Map<string | null, Awaited<ReturnType<typeof proposedPrompt>>>();
  for (const d of picked) if (!prompts.has(d.ownerId)) prompts.set(d.ownerId, await proposedPrompt(db, d.ownerId, resolved));
  const options = { model: settings.model, maxInputTokens: DEFAULT_MAX_INPUT_TOKENS, allowNewTopics: settings.allowNewTopics };
  const outputPerAnswer = (await averageOutputTokens(db, settings.model)) ?? DEFAULT_OUTPUT_TOKENS;

  // Each request as the worker would send it (the document is never its own example), its cache key and estimate.
  const requests = await Promise.all(
    picked.map(async (d) => {
      const prompt = prompts.get(d.ownerId)!;
      const source = texts.get(d.documentId) ?? { title: "", text: "", filename: "" };
      const classifyInput = {
        text: source.text,
        filename: source.filename,
        topics: prompt.topics.map(({ id, name, description }) => ({ id, name, description })),
        examples: prompt.examples.filter((e) => e.documentId !== d.documentId),
        ...(prompt.fields.length ? { fields: prompt.fields } : {}),
      };
      const key = answerCacheKey({
        ownerId: d.ownerId,
        text: source.text,
        promptVersion: LLM_PROMPT_VERSION,
        topicSetVersion: prompt.version,
        fieldSetVersion: prompt.fieldVersion,
        model: settings.model,
      });
      // A person's decisions as the change leaves them (a deleted topic's gone, a merged one's moved).
      const { manual, rejected } = decisionsAfter(resolved, {
        manual: d.current.filter((l) => l.source === "manual").map((l) => l.topicId),
        rejected: await rejectedTopicsOf(db, d.documentId),
      });
      return { doc: d, title: source.title, prompt, classifyInput, key, manual, rejected, estimate: estimateCostUsd(settings.model, promptTokens(classifyInput, options), outputPerAnswer) };
    }),
  );
  const cached = await cachedAnswerKeys(
    db,
    requests.map((r) => r.key),
  );
  const toPay = requests.filter((r) => !cached.has(r.key));
  const priced = toPay.every((r) => r.estimate !== null);
  const estimatedUsd = priced ? toPay.reduce((s, r) => s + r.estimate!, 0) : null;

  // The budget is checked before any call: the whole sample's estimate must fit in what is left this month.
  const budget = settings.monthlyBudgetUsd;
  const since = startOfMonthUtc();
  const spentBefore = budget === null ? 0 : await spentSince(db, since);
  if (budget !== null && estimatedUsd !== null && spentBefore + estimatedUsd > budget) {
    throw new ConflictError(
      `the sample would cost about ${usd(estimatedUsd)} with ${settings.model}, and ${usd(Math.max(0, budget - spentBefore))} of this month's ${usd(budget)} budget is left`,
    );
  }

  // While it runs, a call is made only if what is spent and reserved so far plus its estimate stays within the budget.
  let reserved = spentBefore;
  const names = (prompt: (typeof requests)[number]["prompt"]) => new Map(prompt.topics.map((t) => [t.id, t.name]));
  const documents = await Promise.all(
    requests.map(async (r): Promise<TrialSampleDocument> => {
      const byId = names(r.prompt);
      const named = (ids: string[]) => ids.map((id) => byId.get(id) ?? "?");
      const offlineIds = [...r.manual, ...r.doc.proposed.apply.map((a) => a.topicId)];
      const row: TrialSampleDocument = {
        documentId: r.doc.documentId,
        title: r.title,
        offline: named(offlineIds),
        llm: null,
        agree: null,
        cached: cached.has(r.key),
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
        error: null,
      };
      let answer: ClassifyResult;
      if (row.cached) {
        answer = (await getCachedAnswer(db, r.key)) as ClassifyResult;
      } else {
        const reserve = r.estimate ?? 0;
        if (budget !== null && reserved + reserve > budget) return { ...row, error: "not asked: this month's budget would be exceeded" };
        reserved += reserve;
        try {
          answer = await classifier.classify(r.classifyInput);
        } catch (err) {
          reserved -= reserve;
          if (!(err instanceof ClassificationError)) throw err;
          return { ...row, error: err.message };
        }
        reserved += (answer.costUsd ?? 0) - reserve;
        row.inputTokens = answer.usage?.inputTokens ?? 0;
        row.outputTokens = answer.usage?.outputTokens ?? 0;
        row.costUsd = answer.costUsd;
      }
      const decision = decide(keepPersonDecisions(answer, { manual: r.manual, rejected: r.rejected }), new Map(r.prompt.topics.map((t) => [t.id, t.threshold])), settings.threshold);
      if (!row.cached) {
        // Recorded like the worker's calls, so the usage page and the monthly budget count it; no document is named,
        // so the document's history and its links' provider stay as they are.
        await insertRun(db, {
          documentId: null,
          provider: "openai",
          model: answer.model ?? settings.model,
          promptVersion: LLM_PROMPT_VERSION,
          topicSetVersion: r.prompt.version,
          inputTokens: row.inputTokens,
          outputTokens: row.outputTokens,
          costUsd: answer.costUsd,
          latencyMs: Math.round(answer.latencyMs),
          outcome: decision.outcome,
          note: `topic trial ${trial.id}: LLM sample of document ${r.doc.documentId}; nothing applied`,
        });
        // A reclassify with these topics finds it under the key the worker uses, and does not pay again.
        await putCachedAnswer(db, r.key, answer);
      }
      const llmIds = [...r.manual, ...decision.apply.map((a) => a.topicId)];
      return { ...row, llm: named(llmIds), agree: sameSet(llmIds, offlineIds) };
    }),
  );
  const answered = documents.filter((d) => d.llm !== null);
  const paid = documents.filter((d) => !d.cached && d.llm !== null);
  return {
    trialId: trial.id,
    model: settings.model,
    listed: listed.length,
    sampled: picked.length,
    answered: answered.length,
    agreement: answered.length ? answered.filter((d) => d.agree).length / answered.length : null,
    inputTokens: paid.reduce((s, d) => s + d.inputTokens, 0),
    outputTokens: paid.reduce((s, d) => s + d.outputTokens, 0),
    costUsd: paid.some((d) => d.costUsd === null) ? null : paid.reduce((s, d) => s + (d.costUsd ?? 0), 0),
    estimatedUsd,
    pricesAsOf: PRICES_AS_OF,
    budget: budget === null ? null : { monthlyUsd: budget, spentUsd: await spentSince(db, since) },
    documents,
    ms: Math.round(performance.now() - started),
  };
}
