// Topic trials (ADR 0029): the documents a trial scores, page by page; the trial and the documents it lists;
// what applying it overwrote, and putting that back.
import { type AnyColumn, and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { ConflictError, NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import {
  documents,
  documentTextFeatures,
  documentTopicRejections,
  documentTopics,
  documentVectors,
  topics,
  topicSuggestions,
  topicTrialDocuments,
  topicTrials,
  type TrialLink,
  type TrialSnapshot,
  type TrialSuggestion,
  users,
} from "../schema/index.ts";
import { bytesToVector } from "./decisions.ts";
import { type StoredTextFeatures, wordsFromColumn } from "./text-features.ts";
import { documentsInScope } from "./topics.ts";
import { uuidArray } from "./uuid-array.ts";

export type { TrialLink, TrialSnapshot, TrialSuggestion } from "../schema/index.ts";
export type TopicTrialRow = typeof topicTrials.$inferSelect;
export type TopicTrialDocumentRow = typeof topicTrialDocuments.$inferSelect;

/**
 * A document as the trial scores it: what its stored vector was encoded from (the vector itself is read by
 * trialVectors, when the trial has not kept it), and the decisions in force on it — topic ids only: the links'
 * confidences and quotes, and the title, are read for the documents a trial lists (listedDocuments).
 */
export interface TrialDocument {
  id: string;
  ownerId: string | null;
  /** sha256 of the file name and text the vector was encoded from: identifies the text. */
  sourceSha256: string;
  /** Topics it is filed under, by a person or the classifier. */
  linked: readonly string[];
  /** Of those, the ones a person chose. */
  manual: readonly string[];
  /** Topics a person removed or rejected. */
  rejected: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** `column = any(ids)` with the ids as one array parameter (the ids are uuids read from the database). */
const idIn = (column: AnyColumn, ids: string[]) => sql`${column} = any(${uuidArray(ids)})`;

/**
 * The owners whose documents a change of a topic of `topicOwnerId` can touch: that owner for a personal
 * topic; for a global one, everyone with classified documents (null included: documents without an owner).
 */
export async function trialOwners(db: DbOrTx, topicOwnerId: string | null): Promise<(string | null)[]> {
  if (topicOwnerId !== null) return [topicOwnerId];
  const rows = await db
    .selectDistinct({ ownerId: documents.ownerId })
    .from(documents)
    .where(and(eq(documents.status, "done"), isNull(documents.trashedAt)));
  return rows.map((r) => r.ownerId);
}

/** What trialLibrary reads: classified documents with text and a stored vector of `version`, in the owner's scope. */
const scored = (opts: { ownerId?: string | null; version: string }) =>
  and(eq(documentVectors.version, opts.version), documentsInScope(opts.ownerId === undefined ? {} : { ownerId: opts.ownerId }), eq(documents.status, "done"), sql`${documents.text} is not null`);

/** How many documents trialLibrary would list (one count, no rows). */
export async function trialLibrarySize(db: DbOrTx, opts: { ownerId?: string | null; version: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(documentVectors)
    .innerJoin(documents, eq(documents.id, documentVectors.documentId))
    .where(scored(opts));
  return row?.n ?? 0;
}

/**
 * The classified documents that have text and a stored vector of `version` — of one owner (null: documents
 * without owner), or of everyone when `ownerId` is undefined: what a reclassification would score — in id order,
 * each with the decisions in force on it. Three statements at once (documents, links, rejections), each reading its
 * table in one pass: over 50 000 documents a page-by-page walk along the primary keys took 3–4× as long, as it
 * visits the documents' rows in random order. Only the columns every document needs, and no ORDER BY: sorting the
 * ids here gives Postgres's uuid order (lowercase hex, hyphens in fixed places: text order is byte order), and
 * Postgres's parallel sort with the title, confidences and quotes took the read from ~0.45 to 1.2–1.6 s over the
 * bench's 47 545 documents. Documents without a vector yet are not previewed (the worker makes one for every
 * document with text).
 */
export async function trialLibrary(db: DbOrTx, opts: { ownerId?: string | null; version: string }): Promise<TrialDocument[]> {
  const [rows, links, rejections] = await Promise.all([
    db
      .select({ id: documents.id, ownerId: documents.ownerId, sourceSha256: documentVectors.sourceSha256 })
      .from(documentVectors)
      .innerJoin(documents, eq(documents.id, documentVectors.documentId))
      .where(scored(opts)),
    db.select({ documentId: documentTopics.documentId, topicId: documentTopics.topicId, source: documentTopics.source }).from(documentTopics),
    db.select({ documentId: documentTopicRejections.documentId, topicId: documentTopicRejections.topicId }).from(documentTopicRejections),
  ]);
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // An array of its own only for a document that has something in it: most have no manual link and no rejection.
  const out = new Map<string, TrialDocument>(rows.map((r) => [r.id, { id: r.id, ownerId: r.ownerId, sourceSha256: r.sourceSha256, linked: NONE, manual: NONE, rejected: NONE }]));
  // Links and rejections of documents not scored (another owner's, trashed, without a vector) are left out here.
  for (const l of links) {
    const doc = out.get(l.documentId);
    if (!doc) continue;
    doc.linked = [...doc.linked, l.topicId];
    if (l.source === "manual") doc.manual = [...doc.manual, l.topicId];
  }
  for (const r of rejections) {
    const doc = out.get(r.documentId);
    if (doc) doc.rejected = [...doc.rejected, r.topicId];
  }
  // Each list in topic id order, as the statements read them before: the same preview, run after run.
  const sorted = (ids: readonly string[]) => (ids.length > 1 ? [...ids].sort() : ids);
  for (const doc of out.values()) {
    doc.linked = sorted(doc.linked);
    doc.manual = sorted(doc.manual);
    doc.rejected = sorted(doc.rejected);
  }
  return [...out.values()];
}

/**
 * What a trial shows of the documents it lists: title, text and file name (the quotes, the LLM estimate) and the
 * links with their confidences and quotes, in topic id order. Two statements.
 */
export async function listedDocuments(db: DbOrTx, ids: string[]): Promise<Map<string, { title: string; text: string; filename: string; links: TrialLink[] }>> {
  if (ids.length === 0) return new Map();
  const [texts, links] = await Promise.all([
    sampleDocumentTexts(db, ids),
    db
      .select({ documentId: documentTopics.documentId, topicId: documentTopics.topicId, source: documentTopics.source, confidence: documentTopics.confidence, quote: documentTopics.quote })
      .from(documentTopics)
      .where(idIn(documentTopics.documentId, ids))
      .orderBy(asc(documentTopics.documentId), asc(documentTopics.topicId)),
  ]);
  const out = new Map([...texts].map(([id, t]) => [id, { ...t, links: [] as TrialLink[] }]));
  for (const { documentId, ...l } of links) out.get(documentId)?.links.push(l);
  return out;
}

/** The stored vectors of `version` of some documents, with the hash of what each was encoded from. */
export async function trialVectors(db: DbOrTx, ids: string[], version: string): Promise<Map<string, { sourceSha256: string; vector: Float32Array }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: documentVectors.documentId, sourceSha256: documentVectors.sourceSha256, vector: documentVectors.vector })
    .from(documentVectors)
    .where(and(idIn(documentVectors.documentId, ids), eq(documentVectors.version, version)));
  return new Map(rows.map((r) => [r.id, { sourceSha256: r.sourceSha256, vector: bytesToVector(r.vector) }]));
}

/**
 * trialVectors, each with the text features stored for the vector's source (text-features.ts) — null when none
 * of `featuresVersion` are: then the trial computes them from the text. One statement.
 */
export async function trialScoringInputs(
  db: DbOrTx,
  ids: string[],
  opts: { version: string; featuresVersion: string },
): Promise<Map<string, { sourceSha256: string; vector: Float32Array; features: StoredTextFeatures | null }>> {
  if (ids.length === 0) return new Map();
  const f = documentTextFeatures;
  const rows = await db
    .select({ id: documentVectors.documentId, sourceSha256: documentVectors.sourceSha256, vector: documentVectors.vector, tooLittle: f.tooLittle, textKey: f.textKey, words: f.words })
    .from(documentVectors)
    .leftJoin(f, and(eq(f.documentId, documentVectors.documentId), eq(f.sourceSha256, documentVectors.sourceSha256), eq(f.version, opts.featuresVersion)))
    .where(and(idIn(documentVectors.documentId, ids), eq(documentVectors.version, opts.version)));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        sourceSha256: r.sourceSha256,
        vector: bytesToVector(r.vector),
        features: r.words === null ? null : { tooLittle: r.tooLittle!, textKey: r.textKey!, words: wordsFromColumn(r.words) },
      },
    ]),
  );
}

/** The texts of some documents, by id (the trial reads a text only when it has not seen it before). */
export async function documentTexts(db: DbOrTx, ids: string[]): Promise<Map<string, { text: string; filename: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: documents.id, text: documents.text, filename: documents.filename }).from(documents).where(idIn(documents.id, ids));
  return new Map(rows.map((r) => [r.id, { text: r.text ?? "", filename: r.filename }]));
}

/** What the trial's LLM sample sends and shows of each document, and a listed one shows: title, file name and text. */
export async function sampleDocumentTexts(db: DbOrTx, ids: string[]): Promise<Map<string, { title: string; text: string; filename: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: documents.id, title: documents.title, text: documents.text, filename: documents.filename }).from(documents).where(idIn(documents.id, ids));
  return new Map(rows.map((r) => [r.id, { title: r.title, text: r.text ?? "", filename: r.filename }]));
}

/** Output tokens per answer of `model` over its last 1 000 answered runs; null before any. */
export async function averageOutputTokens(db: DbOrTx, model: string): Promise<number | null> {
  const [row] = await db.execute<{ avg: number | null }>(sql`
    select avg(output_tokens)::float8 as avg from (
      select output_tokens from classification_runs
      where provider = 'openai' and model = ${model} and output_tokens > 0 order by created_at desc limit 1000) r`);
  return row?.avg ?? null;
}

export interface NewTrialDocument {
  documentId: string;
  ownerId: string | null;
  current: TrialLink[];
  proposed: { apply: TrialLink[]; review: TrialSuggestion[]; outcome: "applied" | "review" | "none" };
}

/** Stores a trial and the documents it lists; trials never applied are forgotten after a day. */
export async function insertTrial(db: DbOrTx, trial: typeof topicTrials.$inferInsert, docs: NewTrialDocument[]): Promise<TopicTrialRow> {
  await db.delete(topicTrials).where(and(isNull(topicTrials.appliedAt), sql`${topicTrials.createdAt} < now() - interval '1 day'`));
  const [row] = await db.insert(topicTrials).values(trial).returning();
  for (let i = 0; i < docs.length; i += 1000) {
    await db.insert(topicTrialDocuments).values(docs.slice(i, i + 1000).map((d) => ({ trialId: row!.id, ...d })));
  }
  return row!;
}

export async function getTrial(db: DbOrTx, id: string): Promise<TopicTrialRow> {
  const [row] = await db.select().from(topicTrials).where(eq(topicTrials.id, id));
  if (!row) throw new NotFoundError("trial");
  return row;
}

/** The documents a trial listed (documents deleted since are gone from it). */
export async function trialDocuments(db: DbOrTx, trialId: string): Promise<TopicTrialDocumentRow[]> {
  return db.select().from(topicTrialDocuments).where(eq(topicTrialDocuments.trialId, trialId)).orderBy(asc(topicTrialDocuments.documentId));
}

/** The newest applied, not undone trial of a topic. */
export async function lastAppliedTrial(db: DbOrTx, topicId: string): Promise<TopicTrialRow | null> {
  const [row] = await db
    .select()
    .from(topicTrials)
    .where(and(eq(topicTrials.topicId, topicId), sql`${topicTrials.appliedAt} is not null`, isNull(topicTrials.undoneAt)))
    .orderBy(desc(topicTrials.appliedAt))
    .limit(1);
  return row ?? null;
}

/**
 * What applying a trial overwrites on a document: its AI links and suggestions, and, when `topicId` is about
 * to be deleted, whether a person had linked or rejected it.
 */
export async function snapshotDocument(db: DbOrTx, documentId: string, deletedTopicId: string | null): Promise<TrialSnapshot> {
  const links = await db
    .select({ topicId: documentTopics.topicId, source: documentTopics.source, confidence: documentTopics.confidence, quote: documentTopics.quote })
    .from(documentTopics)
    .where(eq(documentTopics.documentId, documentId))
    .orderBy(asc(documentTopics.topicId));
  const suggestions = await db
    .select({
      topicId: topicSuggestions.topicId,
      proposedName: topicSuggestions.proposedName,
      proposedDescription: topicSuggestions.proposedDescription,
      confidence: topicSuggestions.confidence,
      quote: topicSuggestions.quote,
      runId: topicSuggestions.runId,
    })
    .from(topicSuggestions)
    .where(eq(topicSuggestions.documentId, documentId));
  let rejectedTopic = false;
  if (deletedTopicId) {
    const [r] = await db
      .select({ n: sql<number>`1` })
      .from(documentTopicRejections)
      .where(and(eq(documentTopicRejections.documentId, documentId), eq(documentTopicRejections.topicId, deletedTopicId)));
    rejectedTopic = Boolean(r);
  }
  return {
    ai: links.filter((l) => l.source === "ai"),
    suggestions,
    manualOfTopic: deletedTopicId !== null && links.some((l) => l.source === "manual" && l.topicId === deletedTopicId),
    rejectedTopic,
  };
}

export async function setTrialPrevious(db: DbOrTx, trialId: string, documentId: string, previous: TrialSnapshot): Promise<void> {
  await db
    .update(topicTrialDocuments)
    .set({ previous })
    .where(and(eq(topicTrialDocuments.trialId, trialId), eq(topicTrialDocuments.documentId, documentId)));
}

/** Marks the trial applied; false when it was applied already (by a concurrent request). */
export async function markTrialApplied(db: DbOrTx, trialId: string): Promise<boolean> {
  const rows = await db
    .update(topicTrials)
    .set({ appliedAt: sql`now()` })
    .where(and(eq(topicTrials.id, trialId), isNull(topicTrials.appliedAt)))
    .returning({ id: topicTrials.id });
  return rows.length === 1;
}

export async function markTrialUndone(db: DbOrTx, trialId: string): Promise<boolean> {
  const rows = await db
    .update(topicTrials)
    .set({ undoneAt: sql`now()` })
    .where(and(eq(topicTrials.id, trialId), sql`${topicTrials.appliedAt} is not null`, isNull(topicTrials.undoneAt)))
    .returning({ id: topicTrials.id });
  return rows.length === 1;
}

/**
 * Puts back what applying a trial overwrote on one document (ADR 0029): its AI links and suggestions as they
 * were, except where a person decided since (a manual link or a rejection of that topic wins), and — for a
 * deleted topic, now restored — a person's link to it or rejection of it.
 */
export async function restoreSnapshot(db: DbOrTx, documentId: string, topicId: string, snapshot: TrialSnapshot, by: string | null): Promise<void> {
  if (snapshot.manualOfTopic) await db.insert(documentTopics).values({ documentId, topicId, source: "manual" }).onConflictDoNothing();
  if (snapshot.rejectedTopic) await db.insert(documentTopicRejections).values({ documentId, topicId, rejectedBy: by }).onConflictDoNothing();
  const decided = new Set(
    [
      ...(await db.select({ t: documentTopics.topicId }).from(documentTopics).where(and(eq(documentTopics.documentId, documentId), eq(documentTopics.source, "manual")))),
      ...(await db.select({ t: documentTopicRejections.topicId }).from(documentTopicRejections).where(eq(documentTopicRejections.documentId, documentId))),
    ].map((r) => r.t),
  );
  // A topic deleted since cannot be linked again.
  const named = [...new Set([...snapshot.ai.map((l) => l.topicId), ...snapshot.suggestions.flatMap((s) => (s.topicId ? [s.topicId] : []))])];
  const existing = new Set(named.length ? (await db.select({ id: topics.id }).from(topics).where(inArray(topics.id, named))).map((r) => r.id) : []);
  await db.delete(documentTopics).where(and(eq(documentTopics.documentId, documentId), eq(documentTopics.source, "ai")));
  const ai = snapshot.ai.filter((l) => !decided.has(l.topicId) && existing.has(l.topicId));
  if (ai.length) {
    await db
      .insert(documentTopics)
      .values(ai.map((l) => ({ documentId, topicId: l.topicId, source: "ai" as const, confidence: l.confidence, quote: l.quote })))
      .onConflictDoNothing();
  }
  await db.delete(topicSuggestions).where(eq(topicSuggestions.documentId, documentId));
  const suggestions = snapshot.suggestions.filter((s) => s.topicId === null || (!decided.has(s.topicId) && existing.has(s.topicId)));
  if (suggestions.length) {
    await db
      .insert(topicSuggestions)
      .values(
        suggestions.map((s) => ({
          documentId,
          topicId: s.topicId,
          proposedName: s.proposedName ?? null,
          proposedDescription: s.proposedDescription ?? null,
          confidence: s.confidence,
          quote: s.quote,
          runId: s.runId ?? null,
        })),
      )
      .onConflictDoNothing();
  }
}

/** The newest applied trial of `actorId` that was not undone. */
export async function lastAppliedTrialBy(db: DbOrTx, actorId: string): Promise<TopicTrialRow | null> {
  const [row] = await db
    .select()
    .from(topicTrials)
    .where(and(eq(topicTrials.actorId, actorId), sql`${topicTrials.appliedAt} is not null`, isNull(topicTrials.undoneAt)))
    .orderBy(desc(topicTrials.appliedAt))
    .limit(1);
  return row ?? null;
}

/** Whether `name` (any case) is taken in the owner's namespace (null: the global topics), by a topic other than `except`. */
export async function topicNameTaken(db: DbOrTx, name: string, ownerId: string | null, except: string | null): Promise<boolean> {
  const [row] = await db
    .select({ id: topics.id })
    .from(topics)
    .where(
      and(
        ownerId === null ? isNull(topics.ownerId) : eq(topics.ownerId, ownerId),
        sql`lower(${topics.name}) = lower(${name})`,
        except ? sql`${topics.id} <> ${except}` : undefined,
      ),
    );
  return Boolean(row);
}

/** A topic with a given id: the one a trial promised (new), or a deleted one brought back by undo. */
export async function insertTopicWithId(
  db: DbOrTx,
  t: { id: string; ownerId: string | null; name: string; description: string; color?: string; threshold?: number | null },
): Promise<typeof topics.$inferSelect> {
  const [row] = await db.insert(topics).values(t).onConflictDoNothing().returning();
  if (!row) throw new ConflictError(`a topic named "${t.name}" already exists`);
  return row;
}

/** How many documents a person filed under the topic. */
export async function manualLinkCount(db: DbOrTx, topicId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(documentTopics)
    .where(and(eq(documentTopics.topicId, topicId), eq(documentTopics.source, "manual")));
  return row?.n ?? 0;
}

/** E-mail addresses by user id (a trial's per-owner counts). */
export async function emailsOf(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.email]));
}

/**
 * Whether an applied trial still stands (not undone). `lock`: holds the row (FOR SHARE) to the end of the
 * transaction, so an undo (which updates it) waits for a write made in its name, or that write sees the undo.
 */
export async function trialStands(db: DbOrTx, trialId: string, opts: { lock?: boolean } = {}): Promise<boolean> {
  const rows = await db.execute<{ undone: boolean }>(
    sql`select undone_at is not null as undone from topic_trials where id = ${trialId} and applied_at is not null ${opts.lock ? sql`for share` : sql``}`,
  );
  return rows.length === 1 && !rows[0]!.undone;
}
