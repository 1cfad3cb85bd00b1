// Topic trials (issue 20, ADR 0029): a topic change — new, edited, deleted — tried on the library without saving
// it. The offline classifier's model for each owner is trained twice, on today's topics and on the changed
// ones (the same training data a reclassify uses), and every classified document is scored by both from its
// stored vector: no document is encoded again and no LLM is asked. A document is listed when the change moves
// its applied topics and its links would differ from today's. Applying writes exactly the listed documents'
// proposed links (after checking that nothing the trial was computed from changed), keeps what it overwrote,
// and is one audit entry; undo puts it back.
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import {
  answerCacheKey,
  countTokens,
  appliedTopicIds,
  decide,
  DEFAULT_MAX_INPUT_TOKENS,
  EMBEDDING_VERSION,
  estimateCostUsd,
  fieldRefsFor,
  fieldSetVersion,
  PRICES_AS_OF,
  PROMPT_VERSION,
  promptTokens,
  resolveProvider,
  systemPromptTokens,
  hasTooLittleContent,
  keepPersonDecisions,
  LOCAL_MODEL_VERSION,
  modelKey,
  sentenceEncoder,
  SCORED_DOCUMENTS_LIMIT,
  scoredDocuments,
  TEXT_FEATURES_VERSION,
  textFeatures,
  type ScoredDocuments,
  suggest,
  topicSetVersion,
  trainLocalModel,
  type ClassifyResult,
  type Decision,
  type FieldRef,
  type LabeledExample,
  type LocalModel,
  type TopicRef,
  type TopicSuggestion,
} from "@docscan/classify";
import {
  averageOutputTokens,
  cachedAnswerKeys,
  deleteTopic,
  documentTexts,
  listedDocuments,
  emailsOf,
  insertTopicWithId,
  lastAppliedTrialBy,
  manualLinkCount,
  topicNameTaken,
  getTrial,
  insertRun,
  insertTrial,
  lastAppliedTrial,
  listAvailableTopics,
  markTrialApplied,
  markTrialUndone,
  ownerExamples,
  ownerLibrary,
  readAiSettings,
  rejectedTopicsOf,
  replaceDocumentTopics,
  replaceSuggestions,
  restoreSnapshot,
  movePersonLink,
  moveTopicFields,
  personDecisionsOf,
  recordMergedFields,
  restorePersonDecisions,
  restoreTopicFields,
  type MergedField,
  setTrialPrevious,
  snapshotDocument,
  trialDocuments,
  trialLibrary,
  trialLibrarySize,
  trialOwners,
  trialScoringInputs,
  trialVectors,
  updateTopic,
  type AuthUser,
  type Db,
  type DbOrTx,
  type NewTrialDocument,
  type TopicRow,
  type TopicTrialRow,
  type TopicTrialDocumentRow,
  type TrialSnapshot,
  type TrialDocument,
  type TrialLink,
} from "@docscan/db";
import { listFields } from "@docscan/db/fields";
import { ConflictError, ForbiddenError, idSchema, InvalidInputError, NotFoundError, topicCreateSchema, topicInputSchema, topicUpdateSchema } from "@docscan/shared";
import type { Audit } from "../audit.ts";
import type { AppDeps } from "../context.ts";
import { newTopicOwner, topicToChange } from "./topics.ts";
import { assertLlmAffordable, dropQueuedLlmJobs, queueForLlm } from "./trial-llm-apply.ts";

/** What a trial keeps of a topic (and undo restores). */
const topicSnapshotFields = (t: TopicRow) => ({ name: t.name, description: t.description, color: t.color, threshold: t.threshold, ownerId: t.ownerId });

/**
 * The LLM cost estimate counts the requests of this many listed documents not cached (in id order, which is
 * random); the others are taken at their mean. js-tiktoken counts one request of a 2 000-character text in
 * 5–13 ms on the shared cores (500 took 2.6–3.8 s at load 4–6, half a trial; 50 took 0.4–0.6 s at load 7), and
 * the mean of 50 was within 4 % (median; 20 % at worst) of the mean of 2 000 seeded documents.
 */
const LLM_COUNT_LIMIT = 50;
/** Output tokens per answer when this model has answered nothing yet (a few topics with quotes). */
export const DEFAULT_OUTPUT_TOKENS = 80;
/** The prompt version the worker's classify task records and keys its answer cache with. */
export const LLM_PROMPT_VERSION = `openai-${PROMPT_VERSION}`;

/** Documents kept (their vectors and texts read when not kept yet) and scored per round trip. */
const PAGE = 1000;
/** An applied trial can be undone this long. */
export const TRIAL_UNDO_DAYS = 7;
/** A trial not applied within this time must be run again. */
const TRIAL_TTL_MS = 24 * 3600_000;

export const trialChangeSchema = z.discriminatedUnion("kind", [
  topicCreateSchema.extend({ kind: z.literal("create") }),
  topicUpdateSchema.extend({ kind: z.literal("update") }),
  z.object({ kind: z.literal("delete"), id: idSchema }),
  /** Topic `from` merged into topic `id` (which may be renamed or described anew): one trial, one apply. */
  topicUpdateSchema.extend({ kind: z.literal("merge"), from: idSchema }),
  /** Topic `id` (edited) split into itself and new topics of the same owner: the offline model decides where each document goes. */
  topicUpdateSchema.extend({ kind: z.literal("split"), into: z.array(topicInputSchema).min(1).max(5) }),
]);
export type TrialChange = z.infer<typeof trialChangeSchema>;
export const trialInputSchema = z.object({
  change: trialChangeSchema,
  /** Sample documents per kind of change (gains, losses, moves). */
  samples: z.number().int().min(0).max(50).default(10),
});
export const trialIdSchema = z.object({ id: idSchema });

type Deps = Pick<AppDeps, "db" | "secretKey" | "aiDefaults">;

export interface TrialSampleLink {
  topicId: string;
  name: string;
  source: "ai" | "manual";
  confidence: number | null;
  quote: string | null;
}
export interface TrialSample {
  documentId: string;
  title: string;
  ownerId: string | null;
  current: TrialSampleLink[];
  proposed: TrialSampleLink[];
  /** Topics it gains and loses. */
  gains: string[];
  losses: string[];
}
export interface TrialResult {
  id: string;
  kind: TrialChange["kind"];
  topicId: string;
  topicName: string;
  /** Documents scored (classified, with a stored vector). */
  scanned: number;
  /** Documents the change would touch: what Apply reclassifies. */
  listed: number;
  /** Per topic: how many listed documents would gain it, and lose it. */
  topics: { topicId: string; name: string; gain: number; lose: number }[];
  /** Listed documents that lose one topic and gain another. */
  moved: number;
  /** Per owner (admins see every owner the change reaches). */
  owners: { ownerId: string | null; email: string | null; scanned: number; listed: number }[];
  samples: { gain: TrialSample[]; lose: TrialSample[]; move: TrialSample[] };
  /**
   * Re-running the listed documents with the LLM: `cached` of them have an answer in the LLM answer cache under
   * the key the worker would use (text, prompt, the changed topic set, model, owner) and cost nothing; the
   * others' input tokens are counted with the model's tokenizer (the first LLM_COUNT_LIMIT requests, the rest
   * at their mean: `counted` says how many), output tokens at this model's mean answer. `costUsd`: null for a
   * model without a known price.
   */
  llm: { model: string; inUse: boolean; documents: number; cached: number; inputTokens: number; outputTokens: number; costUsd: number | null; pricesAsOf: string; counted: number };
  /** Documents whose vectors this trial read (the others were kept by the process from an earlier trial or a warm-up). */
  read: number;
  ms: number;
  createdAt: Date;
}

export interface Resolved {
  kind: TrialChange["kind"];
  topicId: string;
  topicOwnerId: string | null;
  before: TopicRow | null;
  /** The topic after the change (null: deleted). */
  after: { id: string; name: string; description: string; threshold: number | null } | null;
  /** What to write on apply. */
  fields: Record<string, unknown>;
  /** A merge: the topic merged into this one (deleted on apply). */
  merged: TopicRow | null;
  /** A split: the new topics, with the ids they get on apply. */
  created: NewTopic[];
}

type NewTopic = { id: string; name: string; description: string; color: string; threshold: number | null };

/** The topic merged into `into`: one the user may change too, of the same owner (a personal topic's documents are its owner's). */
async function topicToMerge(db: DbOrTx, user: AuthUser, into: TopicRow, id: string): Promise<TopicRow> {
  if (id === into.id) throw new InvalidInputError("a topic cannot be merged into itself");
  const from = await topicToChange(db, user, id);
  if (from.ownerId !== into.ownerId) throw new InvalidInputError("only topics of the same owner (both global, or both personal) can be merged");
  return from;
}

/** A split's new topics: names free in the topic's namespace, and none twice. */
async function newTopicsOfSplit(db: DbOrTx, topic: TopicRow, keptName: string, into: z.output<typeof topicInputSchema>[]): Promise<NewTopic[]> {
  const seen = new Set([keptName.toLowerCase()]);
  const out: NewTopic[] = [];
  for (const t of into) {
    if (seen.has(t.name.toLowerCase()) || (await topicNameTaken(db, t.name, topic.ownerId, null))) throw new ConflictError(`a topic named "${t.name}" already exists`);
    seen.add(t.name.toLowerCase());
    out.push({ id: randomUUID(), name: t.name, description: t.description, color: t.color, threshold: t.threshold ?? null });
  }
  return out;
}

/** The change, checked as the topic form checks it: the same rights (ADR 0010) and the same name rules. */
async function resolveChange(db: DbOrTx, user: AuthUser, change: TrialChange): Promise<Resolved> {
  if (change.kind === "create") {
    const { kind: _kind, personal, ...fields } = change;
    const ownerId = newTopicOwner(user, personal);
    if (await topicNameTaken(db, fields.name, ownerId, null)) throw new ConflictError(`a topic named "${fields.name}" already exists`);
    const id = randomUUID();
    return {
      kind: "create",
      topicId: id,
      topicOwnerId: ownerId,
      before: null,
      after: { id, name: fields.name, description: fields.description, threshold: fields.threshold ?? null },
      fields: { ...fields, ownerId },
      merged: null,
      created: [],
    };
  }
  const before = await topicToChange(db, user, change.id);
  if (change.kind === "delete") return { kind: "delete", topicId: before.id, topicOwnerId: before.ownerId, before, after: null, fields: {}, merged: null, created: [] };
  const { kind, id: _id, ...rest } = change;
  const { from: _from, into: _into, ...fields } = rest as typeof rest & { from?: string; into?: unknown };
  const merged = change.kind === "merge" ? await topicToMerge(db, user, before, change.from) : null;
  // A merged topic's name is free once it is gone.
  if (fields.name !== undefined && (await topicNameTaken(db, fields.name, before.ownerId, before.id)) && fields.name.toLowerCase() !== merged?.name.toLowerCase()) {
    throw new ConflictError(`a topic named "${fields.name}" already exists`);
  }
  const created = change.kind === "split" ? await newTopicsOfSplit(db, before, fields.name ?? before.name, change.into) : [];
  return {
    kind,
    merged,
    created,
    topicId: before.id,
    topicOwnerId: before.ownerId,
    before,
    after: {
      id: before.id,
      name: fields.name ?? before.name,
      description: fields.description ?? before.description,
      threshold: fields.threshold === undefined ? before.threshold : fields.threshold,
    },
    fields,
  };
}

interface OwnerModels {
  ownerId: string | null;
  current: { refs: TopicRef[]; thresholds: Map<string, number | null>; model: LocalModel };
  proposed: { refs: TopicRef[]; thresholds: Map<string, number | null>; model: LocalModel };
  /** What the trial depends on for this owner (topics, examples, library): apply checks it again. */
  key: string;
}

const refOf = (t: { id: string; name: string; description: string }): TopicRef => ({ id: t.id, name: t.name, description: t.description });

type TopicWithThreshold = TopicRef & { threshold: number | null };

/** The owner's topics as the change would leave them. */
function changedTopics(current: TopicWithThreshold[], change: Resolved): TopicWithThreshold[] {
  if (change.kind === "create") return [...current, change.after!];
  if (change.kind === "delete") return current.filter((t) => t.id !== change.topicId);
  const edited = current.filter((t) => t.id !== change.merged?.id).map((t) => (t.id === change.topicId ? change.after! : t));
  return [...edited, ...change.created];
}

/** The topic whose links and rejections the change takes away: a deleted one, or one merged into another. */
const removedTopic = (change: Pick<Resolved, "kind" | "topicId" | "merged">): string | null => (change.kind === "delete" ? change.topicId : (change.merged?.id ?? null));

/** A person's decisions on a document: the topics they chose, and those they removed or rejected. */
type Decided = { manual: readonly string[]; rejected: readonly string[] };

/**
 * A person's decisions on a document once the change is made: a deleted topic's are gone; with a merge, a
 * person's link to the merged topic is one to the topic it went into (and a rejection of that one goes), and
 * rejections of the merged topic are dropped — "not this narrower topic" says nothing about the wider one.
 */
export function decisionsAfter(change: Pick<Resolved, "kind" | "topicId" | "merged">, decided: Decided): Decided {
  const removed = removedTopic(change);
  // Nothing to take away (an edit, or a document without the topic): the same decisions (the trial asks for every document).
  if (removed === null || (!decided.manual.includes(removed) && !decided.rejected.includes(removed))) return decided;
  if (change.kind !== "merge" || !decided.manual.includes(removed)) return { manual: decided.manual.filter((t) => t !== removed), rejected: decided.rejected.filter((t) => t !== removed) };
  const into = change.topicId;
  return { manual: [...new Set(decided.manual.map((t) => (t === removed ? into : t)))], rejected: decided.rejected.filter((t) => t !== removed && t !== into) };
}

/** The owner's confirmed examples once the change is made (a deleted topic's links are gone). */
async function ownerExamplesAfter(db: DbOrTx, ownerId: string | null, change: Resolved): Promise<(LabeledExample & { documentId?: string })[]> {
  if (change.kind !== "merge") return ownerExamples(db, { ownerId, version: EMBEDDING_VERSION, ...(change.kind === "delete" ? { withoutTopic: change.topicId } : {}) });
  // A merge: each example with the person's decisions as the merge leaves them; one left with none is no example.
  return (await ownerExamples(db, { ownerId, version: EMBEDDING_VERSION })).flatMap((e) => {
    const after = decisionsAfter(change, { manual: e.topicIds, rejected: e.rejectedTopicIds ?? [] });
    return after.manual.length || after.rejected.length ? [{ ...e, topicIds: [...after.manual], rejectedTopicIds: [...after.rejected] }] : [];
  });
}

/** The LLM's request for the owner's documents once the change is made, as the worker builds it: the fields it offers, and the cache key's versions. */
function llmRequestParts(topics: TopicWithThreshold[], fieldDefs: readonly FieldRef[]) {
  const fields = fieldRefsFor(fieldDefs, topics);
  return { fields, version: topicSetVersion(topics), fieldVersion: fields.length ? fieldSetVersion(fields) : null };
}

/** What the LLM would be asked with for the owner's documents once the change is made: topics (with thresholds), examples, fields. */
export async function proposedPrompt(db: DbOrTx, ownerId: string | null, change: Resolved) {
  const topics = changedTopics(
    (await listAvailableTopics(db, ownerId)).map((t) => ({ ...refOf(t), threshold: t.threshold })),
    change,
  );
  return { topics, examples: await ownerExamplesAfter(db, ownerId, change), ...llmRequestParts(topics, await listFields(db)) };
}

/** Today's topics of the owner, with the training data a reclassify uses (ADR 0029). */
async function todaysTraining(db: DbOrTx, ownerId: string | null) {
  const current = (await listAvailableTopics(db, ownerId)).map((t) => ({ ...refOf(t), threshold: t.threshold }));
  const version = EMBEDDING_VERSION;
  const examples: LabeledExample[] = await ownerExamples(db, { ownerId, version });
  const library = await ownerLibrary(db, { ownerId, version });
  return { topics: current, train: { topics: current.map(refOf), examples, library } };
}

/** Today's topics of the owner and the changed ones, with the training data a reclassify uses (ADR 0029). */
async function ownerInputs(db: DbOrTx, ownerId: string | null, change: Resolved) {
  const today = await todaysTraining(db, ownerId);
  const { topics: current, train: { examples, library } } = today;
  const proposed = changedTopics(current, change);
  const examplesAfter: LabeledExample[] = change.kind === "delete" || change.kind === "merge" ? await ownerExamplesAfter(db, ownerId, change) : examples;
  return {
    current: today,
    proposed: { topics: proposed, train: { topics: proposed.map(refOf), examples: examplesAfter, library } },
    // The thresholds are part of what the trial decided with.
    key: `${modelKey({ topics: current.map(refOf), examples, library })}:${topicSetVersion(current)}`,
  };
}

/** Hash of everything the trial's answer depends on. */
function fingerprintOf(globalThreshold: number, keys: { ownerId: string | null; key: string }[]): string {
  const h = createHash("sha256").update(`${LOCAL_MODEL_VERSION}\u0000${globalThreshold}`);
  for (const k of keys) h.update(`\u0001${k.ownerId ?? "-"}\u0002${k.key}`);
  return h.digest("hex");
}

const asResult = (suggestions: TopicSuggestion[]): ClassifyResult => ({
  provider: "local",
  model: null,
  suggestions,
  proposedTopic: null,
  usage: null,
  costUsd: null,
  latencyMs: 0,
});

/** The decision from a side's suggestions, exactly as the worker decides (a person's decisions, thresholds). */
const decisionOf = (side: OwnerModels["current"], suggestions: TopicSuggestion[], decided: Decided, globalThreshold: number): Decision =>
  decide(keepPersonDecisions(asResult(suggestions), decided), side.thresholds, globalThreshold);

/**
 * What a reclassify with `model` decides for a document, exactly as the worker does (content gate, a person's
 * decisions, thresholds): from its text and vector, with quotes (a listed document).
 */
function decisionFor(side: OwnerModels["current"], vector: Float32Array, text: string, decided: Decided, globalThreshold: number): Decision {
  const suggestions = hasTooLittleContent(text) || side.refs.length === 0 ? [] : suggest(side.model, text, vector);
  return decisionOf(side, suggestions, decided, globalThreshold);
}

/** The topics that decision applies, from what the process keeps of the document (scored-documents.ts). */
function keptAppliedFor(kept: ScoredDocuments, slot: number, side: OwnerModels["current"], decided: Decided, globalThreshold: number): readonly string[] {
  if (kept.tooLittleContent(slot) || side.refs.length === 0) return [];
  return appliedTopicIds(kept.suggest(side.model, slot), decided, side.thresholds, globalThreshold);
}

/** Whether two lists of distinct topic ids hold the same topics. */
const sameTopics = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t) => b.includes(t));

/**
 * What scoring a page reads of its owners' models (cosines, word sums), computed for all of the page's documents of an
 * owner at once (`ScoredDocuments.prepare`: two documents per pass), before they are decided one by one.
 */
function prepareScores(kept: ScoredDocuments, page: TrialDocument[], slots: Map<string, number>, modelsOf: (ownerId: string | null) => LocalModel[]): void {
  const byOwner = new Map<string | null, number[]>();
  for (const doc of page) {
    const slot = slots.get(doc.id);
    if (slot === undefined || kept.tooLittleContent(slot)) continue;
    let list = byOwner.get(doc.ownerId);
    if (!list) byOwner.set(doc.ownerId, (list = []));
    list.push(slot);
  }
  for (const [ownerId, ownerSlots] of byOwner) for (const model of modelsOf(ownerId)) kept.prepare(model, ownerSlots);
}

/**
 * Each document of a page in what the process keeps (ADR 0029): a document kept under its vector's version and
 * source hash is not read again; the others' vectors are read with their stored text features (one query), and
 * only a document without those (classified before the worker stored them, and not backfilled yet) has its text
 * read and tokenised.
 */
async function keep(db: DbOrTx, kept: ScoredDocuments, page: TrialDocument[]): Promise<{ slots: Map<string, number>; read: number }> {
  const stampOf = (sha: string) => `${EMBEDDING_VERSION}:${sha}`;
  const slots = new Map<string, number>();
  const missing: string[] = [];
  for (const d of page) {
    const slot = kept.slotOf(d.id, stampOf(d.sourceSha256));
    if (slot === undefined) missing.push(d.id);
    else slots.set(d.id, slot);
  }
  if (missing.length === 0) return { slots, read: 0 };
  const vectors = await trialScoringInputs(db, missing, { version: EMBEDDING_VERSION, featuresVersion: TEXT_FEATURES_VERSION });
  const texts = await documentTexts(
    db,
    missing.filter((id) => vectors.get(id)?.features === null),
  );
  for (const id of missing) {
    const v = vectors.get(id);
    // A vector deleted since the page was read: the document is left out, as it would be from the next page.
    if (v) slots.set(id, kept.add(id, stampOf(v.sourceSha256), v.vector, v.features ?? textFeatures(texts.get(id)?.text ?? "")));
  }
  return { slots, read: missing.length };
}

/** Runs a trial: nothing is saved but the trial itself (what it listed, for Apply). */
export async function runTrial(deps: Deps, user: AuthUser, input: z.input<typeof trialInputSchema>): Promise<TrialResult> {
  return (await computeTrial(deps, user, input)).result;
}

/** runTrial, with the change as resolved (the LLM sample asks about the same change). */
export async function computeTrial(deps: Deps, user: AuthUser, input: z.input<typeof trialInputSchema>): Promise<{ result: TrialResult; resolved: Resolved }> {
  const started = performance.now();
  const { change, samples: sampleCount } = trialInputSchema.parse(input);
  const { db } = deps;
  const resolved = await resolveChange(db, user, change);
  // A warm-up under way is reading what this trial would read: it finishes, then this trial reads only the rest.
  if (warming) await warming;
  const settings = await readAiSettings(db, deps.secretKey, deps.aiDefaults);
  // The encoder (for the topics' names and items only) loads while the training data and documents are read.
  const encoder = sentenceEncoder();
  encoder.catch(() => {});
  const owners = await trialOwners(db, resolved.topicOwnerId);
  const kept = scoredDocuments();
  const names = new Map<string, string>();
  if (resolved.after) names.set(resolved.after.id, resolved.after.name);
  if (resolved.before) names.set(resolved.before.id, resolved.before.name);
  if (resolved.merged) names.set(resolved.merged.id, resolved.merged.name);
  for (const t of resolved.created) names.set(t.id, t.name);
  const counts = new Map<string, { gain: number; lose: number }>();
  const bump = (topicId: string, k: "gain" | "lose") => {
    const c = counts.get(topicId) ?? { gain: 0, lose: 0 };
    c[k]++;
    counts.set(topicId, c);
  };
  const listed: NewTrialDocument[] = [];
  const samples: TrialResult["samples"] = { gain: [], lose: [], move: [] };
  const perOwner: { ownerId: string | null; scanned: number; listed: number }[] = [];
  const keys: { ownerId: string | null; key: string }[] = [];
  let scanned = 0;
  let readVectors = 0;
  let moved = 0;
  const deletedId = removedTopic(resolved);

  // Each owner's pair of models: today's topics and the changed ones, on the owner's training data.
  type Side = OwnerModels["current"] & { examples: LabeledExample[] };
  const byOwner = new Map<
    string | null,
    {
      current: Side;
      proposed: Side;
      /** The changed topics' LLM request: fields offered, cache-key versions. */
      llm: ReturnType<typeof llmRequestParts>;
      counts: { ownerId: string | null; scanned: number; listed: number };
      llmSystem?: number;
    }
  >();
  const llmOptions = { model: settings.model, maxInputTokens: DEFAULT_MAX_INPUT_TOKENS, allowNewTopics: settings.allowNewTopics };
  let llmInput = 0;
  let llmCounted = 0;
  let llmCached = 0;
  // Every owner's training data are asked for at once, so that one owner's models train while the next one's are
  // read; then the documents and their links (after the training data, which the first model waits for). The
  // documents are kept (what the process has not kept of them is read) page by page, the next page while this one
  // is scored, the first while the models train.
  const ownersInputs = owners.map((ownerId) => ownerInputs(db, ownerId, resolved));
  const library = trialLibrary(db, { ...(resolved.topicOwnerId === null ? {} : { ownerId: resolved.topicOwnerId }), version: EMBEDDING_VERSION });
  let from = 0;
  const read = async (start: number) => {
    const page = (await library).slice(start, start + PAGE);
    return { page, ...(await keep(db, kept, page)) };
  };
  let next = read(from);
  // A failed read ahead is seen when awaited; until then it must not count as unhandled.
  next.catch(() => {});
  const fieldDefs = listFields(db);
  fieldDefs.catch(() => {});
  for (const p of ownersInputs) p.catch(() => {});
  for (const [k, ownerId] of owners.entries()) {
    const inputs = await ownersInputs[k]!;
    keys.push({ ownerId, key: inputs.key });
    for (const t of inputs.current.topics) if (!names.has(t.id)) names.set(t.id, t.name);
    const side = async (s: typeof inputs.current): Promise<Side> => ({
      examples: s.train.examples,
      refs: s.train.topics,
      thresholds: new Map(s.topics.map((t) => [t.id, t.threshold])),
      model: await trainLocalModel(s.train, await encoder),
    });
    const counts = { ownerId, scanned: 0, listed: 0 };
    perOwner.push(counts);
    byOwner.set(ownerId, { current: await side(inputs.current), proposed: await side(inputs.proposed), llm: llmRequestParts(inputs.proposed.topics, await fieldDefs), counts });
  }
  // One pass over the documents of every owner concerned (a personal topic: its owner's only).
  {
    for (;;) {
      const { page, slots, read: readHere } = await next;
      if (page.length === 0) break;
      readVectors += readHere;
      next = read((from += page.length));
      // A failed read ahead is seen when awaited; until then it must not count as unhandled.
      next.catch(() => {});
      const listedHere: { doc: TrialDocument; decidedAfter: Decided; proposedIds: string[]; currentIds: readonly string[] }[] = [];
      prepareScores(kept, page, slots, (ownerId) => {
        const models = byOwner.get(ownerId);
        // A side without topics suggests nothing (keptAppliedFor).
        return models ? [models.current, models.proposed].filter((side) => side.refs.length).map((side) => side.model) : [];
      });
      for (const doc of page) {
        const models = byOwner.get(doc.ownerId);
        if (!models) continue; // an owner whose first document was classified after the owners were listed
        const slot = slots.get(doc.id);
        if (slot === undefined) continue;
        models.counts.scanned++;
        const { linked: currentIds } = doc;
        const now = keptAppliedFor(kept, slot, models.current, doc, settings.threshold);
        const decidedAfter = decisionsAfter(resolved, doc);
        const then = keptAppliedFor(kept, slot, models.proposed, decidedAfter, settings.threshold);
        // Deleting a topic takes its links and a person's rejections of it from every document: all of them are listed.
        const touchesDeleted = deletedId !== null && (currentIds.includes(deletedId) || doc.rejected.includes(deletedId));
        if (!touchesDeleted && sameTopics(now, then)) continue;
        const proposedIds = [...decidedAfter.manual, ...then];
        if (touchesDeleted || !sameTopics(proposedIds, currentIds)) listedHere.push({ doc, decidedAfter, proposedIds, currentIds });
      }
      // Listed: now their texts and vectors, for the quotes, and their titles and links as they show them.
      const ids = listedHere.map((l) => l.doc.id);
      const [texts, vectors] = await Promise.all([listedDocuments(db, ids), trialVectors(db, ids, EMBEDDING_VERSION)]);
      // A listed document whose LLM answer for the changed topics is cached (the worker's key) costs nothing to re-run.
      const cacheKeyOf = (doc: TrialDocument) => {
        const { version, fieldVersion } = byOwner.get(doc.ownerId)!.llm;
        return answerCacheKey({ ownerId: doc.ownerId, text: texts.get(doc.id)?.text ?? "", promptVersion: LLM_PROMPT_VERSION, topicSetVersion: version, fieldSetVersion: fieldVersion, model: settings.model });
      };
      const cached = await cachedAnswerKeys(
        db,
        listedHere.map((l) => cacheKeyOf(l.doc)),
      );
      for (const { doc, decidedAfter, proposedIds, currentIds } of listedHere) {
        const { ownerId } = doc;
        const models = byOwner.get(ownerId)!;
        // Read after the page was scored: a link a person or the worker changed meanwhile shows as it is now (a
        // person's decision changes the trial's fingerprint, so Apply asks for the trial to be run again).
        const source = texts.get(doc.id) ?? { title: "", text: "", filename: "", links: [] };
        const vector = vectors.get(doc.id);
        if (!vector) continue; // its vector was deleted meanwhile
        const withQuotes = decisionFor(models.proposed, vector.vector, source.text, decidedAfter, settings.threshold);
        // What re-running it with the LLM would cost: nothing when its answer is cached, else its request counted
        // with the model's tokenizer.
        if (cached.has(cacheKeyOf(doc))) llmCached++;
        else if (llmCounted < LLM_COUNT_LIMIT) {
          models.llmSystem ??= systemPromptTokens(models.proposed.refs, llmOptions, models.proposed.examples, models.llm.fields);
          llmInput += promptTokens({ text: source.text, filename: source.filename, topics: models.proposed.refs }, llmOptions, models.llmSystem);
          llmCounted++;
        }
        const apply: TrialLink[] = withQuotes.apply.map((a) => ({ topicId: a.topicId, source: "ai", confidence: a.confidence, quote: a.quote }));
        listed.push({
          documentId: doc.id,
          ownerId,
          current: source.links,
          proposed: { apply, review: withQuotes.review.map((r) => ({ topicId: r.topicId, confidence: r.confidence, quote: r.quote })), outcome: withQuotes.outcome },
        });
        models.counts.listed++;
        const gains = proposedIds.filter((t) => !currentIds.includes(t));
        const losses = currentIds.filter((t) => !proposedIds.includes(t));
        for (const t of gains) bump(t, "gain");
        for (const t of losses) bump(t, "lose");
        if (gains.length && losses.length) moved++;
        const bucket = gains.length && losses.length ? samples.move : gains.length ? samples.gain : samples.lose;
        if (bucket.length < sampleCount) {
          const named = (l: TrialLink): TrialSampleLink => ({ ...l, name: names.get(l.topicId) ?? "?" });
          const manualLinks = decidedAfter.manual.map((t): TrialLink => ({ topicId: t, source: "manual", confidence: null, quote: null }));
          bucket.push({ documentId: doc.id, title: source.title, ownerId, current: source.links.map(named), proposed: [...manualLinks, ...apply].map(named), gains, losses });
        }
      }
      scanned += page.length;
    }
  }

  const fingerprint = fingerprintOf(settings.threshold, keys);
  const emails = await emailsOf(
    db,
    perOwner.flatMap((o) => (o.ownerId ? [o.ownerId] : [])),
  );
  // Listed documents not cached and counted beyond LLM_COUNT_LIMIT are taken at the mean of the counted ones.
  const paid = listed.length - llmCached;
  const inputTokens = llmCounted ? Math.round((llmInput / llmCounted) * paid) : 0;
  const outputTokens = Math.round(((await averageOutputTokens(db, settings.model)) ?? DEFAULT_OUTPUT_TOKENS) * paid);
  const llm = {
    model: settings.model,
    inUse: resolveProvider(settings) === "openai",
    documents: listed.length,
    cached: llmCached,
    inputTokens,
    outputTokens,
    costUsd: estimateCostUsd(settings.model, inputTokens, outputTokens),
    pricesAsOf: PRICES_AS_OF,
    counted: llmCounted,
  };
  const summary = {
    llm,
    scanned,
    listed: listed.length,
    moved,
    topics: [...counts].map(([topicId, c]) => ({ topicId, name: names.get(topicId) ?? "?", ...c })).sort((a, b) => b.gain + b.lose - (a.gain + a.lose) || a.name.localeCompare(b.name)),
    owners: perOwner.map((o) => ({ ...o, email: o.ownerId ? (emails.get(o.ownerId) ?? null) : null })),
    samples,
  };
  const row = await insertTrial(
    db,
    {
      actorId: user.id,
      kind: resolved.kind,
      topicId: resolved.topicId,
      topicOwnerId: resolved.topicOwnerId,
      change: { ...resolved.fields, ...(resolved.merged ? { from: resolved.merged.id } : {}), ...(resolved.created.length ? { into: resolved.created } : {}) },
      topicBefore: resolved.before ? { ...topicSnapshotFields(resolved.before), ...(resolved.merged ? { merged: { id: resolved.merged.id, ...topicSnapshotFields(resolved.merged) } } : {}) } : null,
      fingerprint,
      summary,
    },
    listed,
  );
  const result: TrialResult = {
    id: row.id,
    kind: resolved.kind,
    topicId: resolved.topicId,
    topicName: (resolved.after ?? resolved.before)!.name,
    ...summary,
    read: readVectors,
    ms: Math.round(performance.now() - started),
    createdAt: row.createdAt,
  };
  return { result, resolved };
}

/** The warm-up under way (one at a time, process-wide): a trial waits for it rather than reading the same rows. */
let warming: Promise<WarmUpOutcome> | null = null;

/**
 * What a warm-up did: the documents it kept (read now or kept before), or why it kept nothing — no document to
 * score, more than the process keeps, or an error (the next trial reads what it needs).
 */
export type WarmUpOutcome = { kept: number } | { skipped: "empty" | "too large"; documents: number } | { skipped: "failed"; error: unknown };

/**
 * Starts keeping, in the background, what a trial by `user` would read (ADR 0029, Performance, third pass): for an
 * admin every owner's documents (a global topic reaches them all), for a member their own; each document's vector
 * and text features, today's model of each owner (trained: the model cache) and its suggestions. Returns at once:
 * `started` is false when a warm-up was under way already — this call shares it. A failed warm-up costs nothing
 * but time: the next trial reads what it needs.
 */
export function warmUpTrials(deps: Deps, user: AuthUser): { started: boolean } {
  if (warming) return { started: false };
  void startWarmUp(deps, user.role === "admin" ? null : user.id);
  return { started: true };
}

/**
 * The warm-up of every owner's documents when the api starts (TRIAL_WARM_UP_AT_START, ADR 0045), so that a
 * process's first trial finds them kept as an admin's Topics page would have left them; shares one under way.
 */
export function warmUpTrialsAtStart(deps: Deps): Promise<WarmUpOutcome> {
  return warming ?? startWarmUp(deps, null);
}

function startWarmUp(deps: Deps, ownerId: string | null): Promise<WarmUpOutcome> {
  const run = warmUp(deps, ownerId)
    .catch((error: unknown): WarmUpOutcome => ({ skipped: "failed", error }))
    .finally(() => {
      warming = null;
    });
  warming = run;
  return run;
}

/**
 * What warmUpTrials does: the documents of `ownerId` (null: everyone's) kept, today's suggestions for them, and the
 * LLM estimate's tokenizer loaded (parsing its ranks was ~2 % of a cold trial's CPU profile). A library without
 * documents to score, or with more than the process keeps (SCORED_DOCUMENTS_LIMIT), is left alone: the encoder is
 * not even loaded, and memory is not filled with documents a trial would read again anyway.
 */
async function warmUp(deps: Deps, ownerId: string | null): Promise<WarmUpOutcome> {
  const { db } = deps;
  const scope = { ...(ownerId === null ? {} : { ownerId }), version: EMBEDDING_VERSION };
  // A count first: a library past the limit is not even listed (at 1 M documents the list alone is large).
  const size = await trialLibrarySize(db, scope);
  if (size === 0) return { skipped: "empty", documents: 0 };
  // At the limit the process starts afresh (scoredDocuments): what the warm-up kept would be dropped by the next trial.
  if (size >= SCORED_DOCUMENTS_LIMIT) return { skipped: "too large", documents: size };
  // The encoder (for the topics' names and items) loads while the owners and the library are listed.
  const encoder = sentenceEncoder();
  encoder.catch(() => {});
  const [owners, library] = await Promise.all([trialOwners(db, ownerId), trialLibrary(db, scope)]);
  const kept = scoredDocuments();
  let keptHere = 0;
  const models = Promise.all(
    owners.map(async (owner) => {
      const today = await todaysTraining(db, owner);
      return [owner, today.topics.length ? await trainLocalModel(today.train, await encoder) : null] as const;
    }),
  );
  models.catch(() => {});
  // The models train while the first page is read; later pages find them trained. The next page is read while this
  // one is scored (one page after the other left the process waiting for each page's rows).
  const read = (start: number) => {
    const page = library.slice(start, start + PAGE);
    const reading = keep(db, kept, page).then(({ slots }) => ({ page, slots }));
    // A failed read ahead is seen when awaited; until then it must not count as unhandled.
    reading.catch(() => {});
    return reading;
  };
  let next = read(0);
  let byOwner: Map<string | null, Awaited<typeof models>[number][1]> | undefined;
  for (let i = 0; i < library.length; i += PAGE) {
    const { page, slots } = await next;
    keptHere += slots.size;
    if (i + PAGE < library.length) next = read(i + PAGE);
    byOwner ??= new Map(await models);
    const trained = byOwner;
    prepareScores(kept, page, slots, (owner) => {
      const model = trained.get(owner);
      return model ? [model] : [];
    });
    for (const doc of page) {
      const slot = slots.get(doc.id);
      const model = byOwner.get(doc.ownerId);
      if (slot !== undefined && model && !kept.tooLittleContent(slot)) kept.suggest(model, slot);
    }
  }
  countTokens("", (await readAiSettings(db, deps.secretKey, deps.aiDefaults)).model);
  return { kept: keptHere };
}

/** The trial if `user` ran it and may still make its change. */
async function ownTrial(db: DbOrTx, user: AuthUser, id: string): Promise<TopicTrialRow> {
  const trial = await getTrial(db, id);
  // Trials are their author's; anyone else's is "trial not found".
  if (trial.actorId !== user.id) throw new NotFoundError("trial");
  if (trial.topicOwnerId === null && user.role !== "admin") throw new ForbiddenError("only admins can change global topics");
  return trial;
}

/** Recomputes what the trial depended on; a trial whose inputs changed since must be run again. */
async function assertFresh(deps: Deps, trial: TopicTrialRow): Promise<void> {
  if (Date.now() - trial.createdAt.getTime() > TRIAL_TTL_MS) throw new ConflictError("this trial is more than a day old: run it again");
  const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
  const owners = await trialOwners(deps.db, trial.topicOwnerId);
  const keys: { ownerId: string | null; key: string }[] = [];
  for (const ownerId of owners) {
    const topics = await listAvailableTopics(deps.db, ownerId);
    const examples = await ownerExamples(deps.db, { ownerId, version: EMBEDDING_VERSION });
    const library = await ownerLibrary(deps.db, { ownerId, version: EMBEDDING_VERSION });
    keys.push({ ownerId, key: `${modelKey({ topics: topics.map(refOf), examples, library })}:${topicSetVersion(topics)}` });
  }
  if (fingerprintOf(settings.threshold, keys) !== trial.fingerprint) {
    throw new ConflictError("the topics or the documents changed since this trial (new documents, a person's decisions, other topic edits): run it again");
  }
}

type TrialDone = { id: string; topicId: string; documents: number; via: ApplyVia };
export const applyViaSchema = z.enum(["offline", "llm"]);
export type ApplyVia = z.infer<typeof applyViaSchema>;
export const applyInputSchema = trialIdSchema.extend({
  /** offline (default): the trial's preview is written; llm: the listed documents are queued for the LLM, within the budget. */
  via: applyViaSchema.default("offline"),
});

/** The topic a merge took away, and a split's new topics, as the trial stored them. */
const mergedFromOf = (trial: TopicTrialRow) => (trial.kind === "merge" ? (trial.change.from as string) : null);
const splitIntoOf = (trial: TopicTrialRow) => (trial.kind === "split" ? (trial.change.into as NewTopic[]) : []);
/** The kept topic's own fields in a trial's change (a merge's `from` and a split's `into` are not columns). */
function topicFieldsOf(trial: TopicTrialRow): Record<string, unknown> {
  const { from: _from, into: _into, ...fields } = trial.change;
  return fields;
}
const applyAction = (kind: TopicTrialRow["kind"]) => (kind === "create" ? "topic.create" : kind === "delete" ? "topic.delete" : "topic.update");
const undoAction = (kind: TopicTrialRow["kind"]) => (kind === "create" ? "topic.delete" : kind === "delete" ? "topic.create" : "topic.update");

/**
 * Saves a trial's topic change in `tx`: a new topic with the promised id, an edit, a deletion; a merge moves a
 * person's links to the merged topic onto the kept one (from the snapshots taken just before) and its custom
 * fields, deletes the merged topic and edits the kept one; a split edits the topic and creates the new ones with their promised ids.
 */
async function saveTopicChange(tx: DbOrTx, trial: TopicTrialRow, docs: TopicTrialDocumentRow[], snapshots: Map<string, TrialSnapshot>): Promise<TopicRow | null> {
  if (trial.kind === "create") return insertTopicWithId(tx, { id: trial.topicId, ...(trial.change as { name: string; description: string; color: string; ownerId: string | null }) });
  if (trial.kind === "delete") {
    await deleteTopic(tx, trial.topicId);
    return null;
  }
  const from = mergedFromOf(trial);
  if (from) {
    for (const d of docs) {
      const merge = snapshots.get(d.documentId)?.merge;
      if (merge) await movePersonLink(tx, d.documentId, from, trial.topicId, merge);
    }
    // The merged topic's custom fields go to the kept one (ADR 0033); undo takes them back.
    await recordMergedFields(tx, trial.id, await moveTopicFields(tx, from, trial.topicId));
    // Before the edit: the kept topic may take the merged one's name.
    await deleteTopic(tx, from);
  }
  const topic = await updateTopic(tx, trial.topicId, topicFieldsOf(trial));
  for (const t of splitIntoOf(trial)) await insertTopicWithId(tx, { ...t, ownerId: trial.topicOwnerId });
  return topic;
}

/** Writes the trial's proposed links and suggestions on each listed document, with a classification run (a person's decisions made since win). */
async function writeProposed(tx: DbOrTx, trial: TopicTrialRow, docs: TopicTrialDocumentRow[]): Promise<void> {
  const topicsByOwner = new Map<string | null, TopicRow[]>();
  const label = (trial.change.name as string | undefined) ?? (trial.topicBefore?.name as string | undefined) ?? "";
  for (const d of docs) {
    if (!topicsByOwner.has(d.ownerId)) topicsByOwner.set(d.ownerId, await listAvailableTopics(tx, d.ownerId));
    const rejectedNow = new Set(await rejectedTopicsOf(tx, d.documentId));
    const run = await insertRun(tx, {
      documentId: d.documentId,
      provider: "local",
      model: null,
      promptVersion: `local-${LOCAL_MODEL_VERSION}`,
      topicSetVersion: topicSetVersion(topicsByOwner.get(d.ownerId)!),
      outcome: d.proposed.outcome,
      note: `topic change applied from a trial (${trial.kind} "${label}")`,
      keptManual: d.current.filter((l) => l.source === "manual").length,
      keptRejected: rejectedNow.size,
    });
    await replaceDocumentTopics(
      tx,
      d.documentId,
      "ai",
      d.proposed.apply.filter((a) => !rejectedNow.has(a.topicId)),
    );
    await replaceSuggestions(
      tx,
      d.documentId,
      run.id,
      d.proposed.review.filter((s) => s.topicId === null || !rejectedNow.has(s.topicId)),
    );
  }
}

/**
 * Applies a trial: saves the topic change and, offline, gives exactly the listed documents the links and
 * suggestions the trial showed (a person's decisions made since still win), each with a classification run in
 * its history; through the LLM, queues exactly the listed documents for the worker's LLM classification instead
 * (within what is left of the month's budget). What it overwrote is kept for undo. One transaction, one audit entry.
 */
export async function applyTrial(deps: Deps, audit: Audit, user: AuthUser, id: string, via: ApplyVia = "offline"): Promise<TrialDone> {
  const { db } = deps;
  const trial = await ownTrial(db, user, id);
  if (trial.appliedAt) throw new ConflictError("this trial was applied already");
  if (trial.kind !== "create") await topicToChange(db, user, trial.topicId);
  const from = mergedFromOf(trial);
  if (from) await topicToChange(db, user, from);
  await assertFresh(deps, trial);
  if (via === "llm") await assertLlmAffordable(deps, trial);
  const docs = await trialDocuments(db, trial.id);
  const removedId = trial.kind === "delete" ? trial.topicId : from;
  const { topic } = await db.transaction(async (tx) => {
    if (!(await markTrialApplied(tx, trial.id))) throw new ConflictError("this trial was applied already");
    const snapshots = new Map<string, TrialSnapshot>();
    for (const d of docs) {
      const snapshot = await snapshotDocument(tx, d.documentId, removedId);
      if (from) snapshot.merge = await personDecisionsOf(tx, d.documentId, [from, trial.topicId]);
      snapshots.set(d.documentId, snapshot);
      await setTrialPrevious(tx, trial.id, d.documentId, snapshot);
    }
    const topic = await saveTopicChange(tx, trial, docs, snapshots);
    if (via === "llm") await queueForLlm(tx, trial.id, docs);
    else await writeProposed(tx, trial, docs);
    return { topic };
  });
  const label = topic?.name ?? (trial.topicBefore?.name as string | undefined) ?? null;
  const merged = trial.topicBefore?.merged as { id: string; name: string } | undefined;
  await audit({
    action: applyAction(trial.kind),
    objectType: "topic",
    objectId: trial.topicId,
    objectLabel: label,
    before: trial.topicBefore ?? undefined,
    after: {
      ...(topic ? topicSnapshotFields(topic) : {}),
      trial: trial.id,
      documents: docs.length,
      via,
      ...(merged ? { mergedFrom: { id: merged.id, name: merged.name } } : {}),
      ...(trial.kind === "split" ? { splitInto: splitIntoOf(trial).map((t) => ({ id: t.id, name: t.name })) } : {}),
    },
  });
  return { id: trial.id, topicId: trial.topicId, documents: docs.length, via };
}

/** Puts the trial's topics back as they were, in `tx` (see undoTrial). Returns the kept topic as restored. */
async function restoreTopics(tx: DbOrTx, user: AuthUser, trial: TopicTrialRow): Promise<TopicRow | null> {
  if (trial.kind === "create") {
    await topicToChange(tx, user, trial.topicId);
    if ((await manualLinkCount(tx, trial.topicId)) > 0) throw new ConflictError("people have filed documents under this topic since: delete it instead");
    await deleteTopic(tx, trial.topicId);
    return null;
  }
  type Before = { name: string; description: string; color: string; threshold: number | null; ownerId: string | null };
  const reinsert = async (id: string, b: Before) => {
    if (await topicNameTaken(tx, b.name, b.ownerId, null)) throw new ConflictError(`a topic named "${b.name}" exists again: rename it first`);
    return insertTopicWithId(tx, { id, ...b });
  };
  const b = trial.topicBefore as Before & { merged?: Before & { id: string; fields?: MergedField[] } };
  if (trial.kind === "delete") return reinsert(trial.topicId, b);
  const now = await topicToChange(tx, user, trial.topicId);
  if (now.updatedAt.getTime() > trial.appliedAt!.getTime()) throw new ConflictError("the topic was edited after this trial was applied: undo by editing it");
  for (const t of splitIntoOf(trial)) {
    if ((await manualLinkCount(tx, t.id)) > 0) throw new ConflictError(`people have filed documents under "${t.name}" since: delete it instead`);
    await deleteTopic(tx, t.id).catch((err: unknown) => {
      if (!(err instanceof NotFoundError)) throw err; // deleted by hand since: nothing to take back
    });
  }
  const restored = await updateTopic(tx, trial.topicId, { name: b.name, description: b.description, color: b.color, threshold: b.threshold });
  if (b.merged) {
    const { id: mergedId, fields, ...merged } = b.merged;
    await reinsert(mergedId, merged);
    await restoreTopicFields(tx, mergedId, trial.topicId, fields ?? []);
  }
  return restored;
}

/**
 * Undoes an applied trial within TRIAL_UNDO_DAYS: the topics as they were (a new one deleted, an edit reverted, a
 * deleted or merged one back with its id (a merged one with its custom fields, which leave the kept topic), a split's new topics deleted) and the listed documents' links and
 * suggestions as they were, except where a person decided since. Only the newest applied trial of a topic, and not
 * over a later edit of the topic. Documents still queued for the LLM are taken out of the queue, and an LLM answer
 * that arrives after the undo is not written (the worker checks the trial). One audit entry.
 */
export async function undoTrial(deps: Deps, audit: Audit, user: AuthUser, id: string): Promise<Omit<TrialDone, "via">> {
  const { db } = deps;
  const trial = await ownTrial(db, user, id);
  if (!trial.appliedAt) throw new ConflictError("this trial was not applied");
  if (trial.undoneAt) throw new ConflictError("this trial was undone already");
  if (Date.now() - trial.appliedAt.getTime() > TRIAL_UNDO_DAYS * 86_400_000) throw new ConflictError(`a trial can be undone for ${TRIAL_UNDO_DAYS} days after it was applied`);
  const last = await lastAppliedTrial(db, trial.topicId);
  if (last?.id !== trial.id) throw new ConflictError("a later change of this topic was applied: undo that first");
  const docs = await trialDocuments(db, trial.id);
  const from = mergedFromOf(trial);
  const restored = await db.transaction(async (tx) => {
    // Taking the row's lock first: an LLM answer being written for this trial finishes before, or is not written.
    if (!(await markTrialUndone(tx, trial.id))) throw new ConflictError("this trial was undone already");
    await dropQueuedLlmJobs(tx, trial.id);
    const restored = await restoreTopics(tx, user, trial);
    for (const d of docs) {
      if (!d.previous) continue;
      if (from && d.previous.merge) await restorePersonDecisions(tx, d.documentId, from, trial.topicId, d.previous.merge);
      await restoreSnapshot(tx, d.documentId, from ?? trial.topicId, d.previous, user.id);
    }
    return restored;
  });
  const label = restored?.name ?? (trial.change.name as string | undefined) ?? null;
  await audit({ action: undoAction(trial.kind), objectType: "topic", objectId: trial.topicId, objectLabel: label, after: { undoneTrial: trial.id, documents: docs.length } });
  return { id: trial.id, topicId: trial.topicId, documents: docs.length };
}

/** The caller's newest applied trial if it can still be undone (the console's Undo), else null. */
export async function undoableTrial(db: Db, user: AuthUser): Promise<{ id: string; topicId: string; topicName: string | null; kind: string; appliedAt: Date; documents: number } | null> {
  const last = await lastAppliedTrialBy(db, user.id);
  if (!last?.appliedAt || Date.now() - last.appliedAt.getTime() > TRIAL_UNDO_DAYS * 86_400_000) return null;
  if ((await lastAppliedTrial(db, last.topicId))?.id !== last.id) return null;
  const topicName = (last.change.name as string | undefined) ?? (last.topicBefore?.name as string | undefined) ?? null;
  return { id: last.id, topicId: last.topicId, topicName, kind: last.kind, appliedAt: last.appliedAt, documents: (last.summary as { listed?: number }).listed ?? 0 };
}
