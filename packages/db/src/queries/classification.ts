import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, notInArray, sql } from "drizzle-orm";
import { NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { classificationCache, classificationRuns, documents, documentTopicRejections, documentTopics, topics, topicSuggestions, users } from "../schema/index.ts";
import { clearRejections, ownerVectors, rejectTopics, vectorsOf } from "./decisions.ts";
import type { ListScope } from "./document-list.ts";
import { proposalPending } from "./documents.ts";
import { documentsInScope, nextTopicColorFor, topicsAvailableTo } from "./topics.ts";

export type NewRun = typeof classificationRuns.$inferInsert;
export type RunRow = typeof classificationRuns.$inferSelect;

export async function insertRun(db: DbOrTx, run: NewRun): Promise<RunRow> {
  const [row] = await db.insert(classificationRuns).values(run).returning();
  return row!;
}

export async function listDocumentRuns(db: DbOrTx, documentId: string, limit = 50): Promise<RunRow[]> {
  return db
    .select()
    .from(classificationRuns)
    .where(eq(classificationRuns.documentId, documentId))
    .orderBy(desc(classificationRuns.createdAt))
    .limit(limit);
}

export async function getCachedAnswer(db: DbOrTx, key: string): Promise<unknown> {
  const [row] = await db.select({ result: classificationCache.result }).from(classificationCache).where(eq(classificationCache.key, key));
  return row?.result ?? null;
}

export async function putCachedAnswer(db: DbOrTx, key: string, result: unknown): Promise<void> {
  await db.insert(classificationCache).values({ key, result }).onConflictDoNothing();
}

/** Which of `keys` have a cached LLM answer: one query, the keys as one JSON parameter (the topic trial counts them as free). */
export async function cachedAnswerKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ key: classificationCache.key }).from(classificationCache).where(sql`${classificationCache.key} in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`);
  return new Set(rows.map((r) => r.key));
}

/** Money spent on model calls since `since` (cached answers cost nothing). */
export async function spentSince(db: DbOrTx, since: Date): Promise<number> {
  const [row] = await db
    .select({ usd: sql<number>`coalesce(sum(${classificationRuns.costUsd}), 0)::float8` })
    .from(classificationRuns)
    .where(gte(classificationRuns.createdAt, since));
  return row?.usd ?? 0;
}

export interface UsageBucket {
  period: string;
  runs: number;
  llmCalls: number;
  cachedRuns: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** Usage per day or per month (UTC) in [from, to). */
export async function usageTotals(db: DbOrTx, opts: { by: "day" | "month"; from: Date; to: Date }): Promise<UsageBucket[]> {
  // Inlined (from a closed set), not bound: GROUP BY must see the very same expression as SELECT.
  const unit = sql.raw(opts.by === "day" ? "'day'" : "'month'");
  const format = sql.raw(opts.by === "day" ? "'YYYY-MM-DD'" : "'YYYY-MM'");
  const period = sql<string>`to_char(date_trunc(${unit}, ${classificationRuns.createdAt} at time zone 'UTC'), ${format})`;
  return db
    .select({
      period,
      runs: sql<number>`count(*)::int`,
      llmCalls: sql<number>`count(*) filter (where ${classificationRuns.provider} = 'openai' and not ${classificationRuns.cached})::int`,
      cachedRuns: sql<number>`count(*) filter (where ${classificationRuns.cached})::int`,
      inputTokens: sql<number>`coalesce(sum(${classificationRuns.inputTokens}), 0)::int`,
      outputTokens: sql<number>`coalesce(sum(${classificationRuns.outputTokens}), 0)::int`,
      costUsd: sql<number>`coalesce(sum(${classificationRuns.costUsd}), 0)::float8`,
    })
    .from(classificationRuns)
    .where(and(gte(classificationRuns.createdAt, opts.from), lt(classificationRuns.createdAt, opts.to)))
    .groupBy(period)
    .orderBy(asc(period));
}

export interface NewSuggestion {
  topicId: string | null;
  proposedName?: string | null;
  proposedDescription?: string | null;
  confidence: number;
  quote: string | null;
}

/** Replaces the document's pending suggestions with the latest run's. */
export async function replaceSuggestions(db: DbOrTx, documentId: string, runId: string | null, suggestions: NewSuggestion[]): Promise<void> {
  await db.delete(topicSuggestions).where(eq(topicSuggestions.documentId, documentId));
  if (suggestions.length === 0) return;
  await db
    .insert(topicSuggestions)
    .values(suggestions.map((s) => ({ ...s, documentId, runId })))
    .onConflictDoNothing();
}

export interface SuggestionView {
  id: string;
  documentId: string;
  filename: string;
  topicId: string | null;
  topicName: string | null;
  topicColor: string | null;
  proposedName: string | null;
  proposedDescription: string | null;
  confidence: number;
  quote: string | null;
  createdAt: Date;
}

/** What a suggestion shows: its topic (or the proposed one), confidence and evidence. */
const suggestionColumns = {
  id: topicSuggestions.id,
  documentId: topicSuggestions.documentId,
  topicId: topicSuggestions.topicId,
  topicName: topics.name,
  topicColor: topics.color,
  proposedName: topicSuggestions.proposedName,
  proposedDescription: topicSuggestions.proposedDescription,
  confidence: topicSuggestions.confidence,
  quote: topicSuggestions.quote,
  createdAt: topicSuggestions.createdAt,
};

/** Suggestions on documents in `scope` (every document without one), newest first. */
export async function listSuggestions(db: DbOrTx, opts: { limit: number; documentId?: string; scope?: ListScope }): Promise<SuggestionView[]> {
  return db
    .select({ ...suggestionColumns, filename: documents.filename })
    .from(topicSuggestions)
    .innerJoin(documents, eq(documents.id, topicSuggestions.documentId))
    .leftJoin(topics, eq(topics.id, topicSuggestions.topicId))
    .where(and(opts.documentId ? eq(topicSuggestions.documentId, opts.documentId) : undefined, documentsInScope(opts.scope ?? {})))
    .orderBy(desc(topicSuggestions.createdAt), asc(topicSuggestions.id))
    .limit(opts.limit);
}

export type ReviewSuggestion = Omit<SuggestionView, "documentId" | "filename">;

/**
 * What waits in the review inbox, one row per item: a document's topic suggestions (when the newest was made),
 * and a document's proposed correspondent (ADR 0039; when the run that proposed it was made). The inbox, its
 * count and its owner filter all read this.
 */
function reviewItems(db: DbOrTx) {
  const proposedAt = sql<Date>`coalesce((select max(r.created_at) from ${classificationRuns} r where r.document_id = ${documents.id}), ${documents.createdAt})`;
  return db
    .select({ documentId: topicSuggestions.documentId, at: sql<Date>`max(${topicSuggestions.createdAt})`.as("at"), proposal: sql<boolean>`false`.as("proposal") })
    .from(topicSuggestions)
    .groupBy(topicSuggestions.documentId)
    .unionAll(db.select({ documentId: documents.id, at: proposedAt.as("at"), proposal: sql<boolean>`true`.as("proposal") }).from(documents).where(proposalPending))
    .as("review_items");
}

/** A document's proposed correspondent as the inbox shows it. */
export interface ReviewProposal {
  name: string;
  quote: string | null;
}

/** One row of the review inbox: a document, its suggestions (the most confident first) and its proposed correspondent. */
export interface ReviewDocument {
  documentId: string;
  filename: string;
  title: string | null;
  ownerId: string | null;
  /** Null for a document without owner (or, never, an owner gone). */
  ownerEmail: string | null;
  /** When its newest suggestion (or its proposal) was made. */
  suggestedAt: Date;
  suggestions: ReviewSuggestion[];
  /** A sender the LLM read that is none of the owner's correspondents (null: none waiting). */
  proposedCorrespondent: ReviewProposal | null;
}

export interface ReviewOwner {
  ownerId: string | null;
  ownerEmail: string | null;
  documents: number;
}

/**
 * The review inbox, one row per document in `scope` (narrowed to `owner` when given; null: documents
 * without owner) with topic suggestions or a proposed correspondent waiting, newest first, each with its
 * suggestions ranked.
 */
export async function listReviewDocuments(
  db: DbOrTx,
  opts: { limit: number; scope: ListScope; owner?: string | null },
): Promise<{ items: ReviewDocument[]; total: number }> {
  const where = and(documentsInScope(opts.scope), opts.owner === undefined ? undefined : documentsInScope({ ownerId: opts.owner }));
  const items = reviewItems(db);
  const suggestedAt = sql<Date>`max(${items.at})`;
  const [rowsOfDocs, [count]] = await Promise.all([
    db
      .select({
        documentId: documents.id,
        filename: documents.filename,
        title: documents.title,
        ownerId: documents.ownerId,
        ownerEmail: users.email,
        suggestedAt: suggestedAt.mapWith((v: string | Date) => new Date(v)),
        proposal: sql<boolean>`bool_or(${items.proposal})`,
        proposedName: documents.proposedCorrespondent,
        proposedQuote: documents.proposedCorrespondentQuote,
      })
      .from(items)
      .innerJoin(documents, eq(documents.id, items.documentId))
      .leftJoin(users, eq(users.id, documents.ownerId))
      .where(where)
      .groupBy(documents.id, users.email)
      .orderBy(desc(suggestedAt), asc(documents.id))
      .limit(opts.limit),
    db
      .select({ n: sql<number>`count(distinct ${items.documentId})::int` })
      .from(items)
      .innerJoin(documents, eq(documents.id, items.documentId))
      .where(where),
  ]);
  const docs = rowsOfDocs.map(({ proposal, proposedName, proposedQuote, ...d }) => ({
    ...d,
    proposedCorrespondent: proposal && proposedName !== null ? { name: proposedName, quote: proposedQuote } : null,
  }));
  if (docs.length === 0) return { items: [], total: count?.n ?? 0 };
  const rows = await db
    .select(suggestionColumns)
    .from(topicSuggestions)
    .leftJoin(topics, eq(topics.id, topicSuggestions.topicId))
    .where(inArray(topicSuggestions.documentId, docs.map((d) => d.documentId)))
    .orderBy(desc(topicSuggestions.confidence), asc(topicSuggestions.id));
  const byDoc = new Map<string, ReviewSuggestion[]>(docs.map((d) => [d.documentId, []]));
  for (const { documentId, ...s } of rows) byDoc.get(documentId)?.push(s);
  return { items: docs.map((d) => ({ ...d, suggestions: byDoc.get(d.documentId) ?? [] })), total: count?.n ?? 0 };
}

/** Whose documents wait in review in `scope`, with how many each: the owner filter of an admin's inbox. */
export async function reviewOwners(db: DbOrTx, scope: ListScope): Promise<ReviewOwner[]> {
  const items = reviewItems(db);
  return db
    .select({ ownerId: documents.ownerId, ownerEmail: users.email, documents: sql<number>`count(distinct ${documents.id})::int` })
    .from(items)
    .innerJoin(documents, eq(documents.id, items.documentId))
    .leftJoin(users, eq(users.id, documents.ownerId))
    .where(documentsInScope(scope))
    .groupBy(documents.ownerId, users.email)
    .orderBy(asc(users.email));
}

/** The other pending suggestions of the documents of suggestions `ids`: "accept one, reject the rest". */
export async function otherSuggestionsOf(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: topicSuggestions.id })
    .from(topicSuggestions)
    .where(
      and(
        inArray(topicSuggestions.documentId, db.select({ id: topicSuggestions.documentId }).from(topicSuggestions).where(inArray(topicSuggestions.id, ids))),
        notInArray(topicSuggestions.id, ids),
      ),
    );
  return rows.map((r) => r.id);
}

/** Suggestion ids on documents in `scope`: the only ones a caller may accept or reject. */
function suggestionsInScope(db: DbOrTx, ids: string[], scope: ListScope) {
  const inScope = documentsInScope(scope);
  const ofIds = inArray(topicSuggestions.id, ids);
  return inScope ? and(ofIds, inArray(topicSuggestions.documentId, db.select({ id: documents.id }).from(documents).where(inScope))) : ofIds;
}

/**
 * The topic a proposal becomes: one `ownerId` can already use by that name (their own first, then a
 * global one), else a new topic of theirs (`ownerId` null: a new global topic).
 */
async function topicForProposal(db: DbOrTx, ownerId: string | null, name: string, description: string): Promise<string> {
  const find = async () => {
    const [row] = await db
      .select({ id: topics.id })
      .from(topics)
      .where(and(topicsAvailableTo(ownerId), sql`lower(${topics.name}) = lower(${name})`))
      .orderBy(sql`${topics.ownerId} is null`)
      .limit(1);
    return row?.id;
  };
  const existing = await find();
  if (existing) return existing;
  const color = await nextTopicColorFor(db, ownerId);
  const [created] = await db.insert(topics).values({ name, description, ownerId, color }).onConflictDoNothing().returning({ id: topics.id });
  // Lost a race with a concurrent create of the same name: that one is the topic.
  return created?.id ?? (await find())!;
}

export interface AcceptOptions {
  /** Only suggestions on these documents may be accepted; any other id makes the whole call "not found". */
  scope: ListScope;
  /** Who owns topics created from proposals: null for a global topic. */
  newTopicOwner: string | null;
}

/**
 * Accepting confirms the topic: it becomes a manual link (a confirmed label the classifiers learn
 * from), keeping the confidence and quote. A proposed new topic is created first.
 */
/** `links`: the document and topic of each accepted suggestion (a proposal's new or existing topic). */
export async function acceptSuggestions(db: DbOrTx, ids: string[], opts: AcceptOptions): Promise<{ accepted: number; links: { documentId: string; topicId: string }[] }> {
  const rows = await db.select().from(topicSuggestions).where(suggestionsInScope(db, ids, opts.scope));
  if (rows.length !== new Set(ids).size) throw new NotFoundError("suggestion");
  const links = [];
  for (const s of rows) {
    const topicId = s.topicId ?? (await topicForProposal(db, opts.newTopicOwner, s.proposedName!, s.proposedDescription ?? ""));
    links.push({ documentId: s.documentId, topicId });
    await db
      .insert(documentTopics)
      // A link there already keeps its origin (ADR 0035); a new one went through review.
      .values({ documentId: s.documentId, topicId, source: "manual", origin: "review", confidence: s.confidence, quote: s.quote })
      .onConflictDoUpdate({ target: [documentTopics.documentId, documentTopics.topicId], set: { source: "manual" } });
    await clearRejections(db, [s.documentId], [topicId]);
  }
  await db.delete(topicSuggestions).where(inArray(topicSuggestions.id, ids));
  return { accepted: rows.length, links };
}

/**
 * All or nothing: run it in a transaction, as an id outside `scope` throws after the others are deleted.
 * A rejected topic is recorded (ADR 0014): no classification applies or suggests it to that document again.
 */
export async function rejectSuggestions(
  db: DbOrTx,
  ids: string[],
  scope: ListScope,
  by: string | null = null,
): Promise<{ rejected: number; links: { documentId: string; topicId: string | null }[] }> {
  const deleted = await db
    .delete(topicSuggestions)
    .where(suggestionsInScope(db, ids, scope))
    .returning({ id: topicSuggestions.id, documentId: topicSuggestions.documentId, topicId: topicSuggestions.topicId });
  if (deleted.length !== new Set(ids).size) throw new NotFoundError("suggestion");
  for (const d of deleted) if (d.topicId) await rejectTopics(db, [d.documentId], [d.topicId], by, true);
  return { rejected: deleted.length, links: deleted.map(({ documentId, topicId }) => ({ documentId, topicId })) };
}

export interface ConfirmedExample {
  documentId: string;
  text: string;
  /** Topics a person chose (manual links). */
  topicIds: string[];
  /** Topics a person removed or rejected (ADR 0014). */
  rejectedTopicIds: string[];
}

/**
 * Documents of `ownerId` (null: documents without owner) with a person's decision (a manual topic or a
 * rejected one), the latest decision first: what the classifiers learn from. Never another owner's: their
 * text would reach this owner's prompt.
 */
export async function confirmedExamples(db: DbOrTx, opts: { ownerId: string | null; limit: number; withoutTopic?: string }): Promise<ConfirmedExample[]> {
  // `withoutTopic`: as if that topic (and with it its links and rejections) were deleted — what a topic
  // trial of a deletion trains on (ADR 0029).
  const without = opts.withoutTopic ?? "00000000-0000-0000-0000-000000000000";
  const decisions = db
    .select({ documentId: documentTopics.documentId, at: documentTopics.createdAt })
    .from(documentTopics)
    .where(and(eq(documentTopics.source, "manual"), ne(documentTopics.topicId, without)))
    .unionAll(
      db
        .select({ documentId: documentTopicRejections.documentId, at: documentTopicRejections.createdAt })
        .from(documentTopicRejections)
        .where(ne(documentTopicRejections.topicId, without)),
    )
    .as("decisions");
  const rows = await db
    .select({
      documentId: documents.id,
      text: documents.text,
      topicIds: sql<string[]>`array(select dt.topic_id from ${documentTopics} dt where dt.document_id = ${documents.id} and dt.source = 'manual' and dt.topic_id <> ${without} order by dt.topic_id)`,
      rejectedTopicIds: sql<string[]>`array(select r.topic_id from ${documentTopicRejections} r where r.document_id = ${documents.id} and r.topic_id <> ${without} order by r.topic_id)`,
    })
    .from(decisions)
    .innerJoin(documents, eq(documents.id, decisions.documentId))
    .where(and(isNotNull(documents.text), documentsInScope({ ownerId: opts.ownerId })))
    .groupBy(documents.id)
    // The id breaks ties (decisions made in one statement share a timestamp): the same examples in the same
    // order give the same model, run after run.
    .orderBy(desc(sql`max(${decisions.at})`), desc(documents.id))
    .limit(opts.limit);
  return rows.map((r) => ({ documentId: r.documentId, text: r.text!, topicIds: r.topicIds, rejectedTopicIds: r.rejectedTopicIds }));
}

/** How many confirmed documents the classifiers learn from on each run. */
export const CLASSIFIER_MAX_EXAMPLES = 2000;
/** How many of the owner's newest documents the offline classifier self-trains on (their stored vectors). */
export const CLASSIFIER_LIBRARY_SIZE = 500;

export type TrainingExample = ConfirmedExample & { vector?: Float32Array };

/**
 * What the offline classifier learns from for any document of `ownerId` (ADR 0029): the owner's confirmed
 * examples (with their stored vectors of `version`) and the vectors of their newest documents. The same for
 * every document of the owner, so one model serves them all — the worker's run and the topic trial alike.
 * `withoutTopic`: as if that topic were deleted.
 */
export async function ownerTrainingData(
  db: DbOrTx,
  opts: { ownerId: string | null; version: string; withoutTopic?: string },
): Promise<{ examples: TrainingExample[]; library: Float32Array[] }> {
  return { examples: await ownerExamples(db, opts), library: await ownerLibrary(db, opts) };
}

/** The examples part of ownerTrainingData. */
export async function ownerExamples(db: DbOrTx, opts: { ownerId: string | null; version: string; withoutTopic?: string }): Promise<TrainingExample[]> {
  const confirmed = await confirmedExamples(db, { ownerId: opts.ownerId, limit: CLASSIFIER_MAX_EXAMPLES, ...(opts.withoutTopic ? { withoutTopic: opts.withoutTopic } : {}) });
  const vectors = await vectorsOf(
    db,
    confirmed.map((e) => e.documentId),
    opts.version,
  );
  return confirmed.map((e) => {
    const v = vectors.get(e.documentId);
    return v ? { ...e, vector: v } : e;
  });
}

/** The library part of ownerTrainingData: vectors of the owner's newest documents, newest first. */
export async function ownerLibrary(db: DbOrTx, opts: { ownerId: string | null; version: string }): Promise<Float32Array[]> {
  return (await ownerVectors(db, { ownerId: opts.ownerId, version: opts.version, limit: CLASSIFIER_LIBRARY_SIZE })).map((v) => v.vector);
}
