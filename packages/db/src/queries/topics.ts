import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { ConflictError, nextTopicColor, NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { documents, documentTopics, topics, type TopicRow } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";

/** `personal`: the topic belongs to one user (the caller, in every list a caller gets) rather than to everyone. */
export type TopicWithCount = TopicRow & { documentCount: number; personal: boolean };
export interface TopicFields {
  name: string;
  description: string;
  color: string;
  threshold?: number | null;
}
/** A topic to create: global without `ownerId`, else that user's personal topic; without a colour, the next distinct one. */
export type NewTopic = Omit<TopicFields, "color"> & { color?: string | undefined; ownerId?: string | null };

/** Who looks at the topic list: their personal topics are listed, and documents in `scope` are counted. */
export interface TopicViewer {
  /** Null: only global topics are listed. */
  userId: string | null;
  scope: ListScope;
}

/** The topics `ownerId` may use (ADR 0010): the global ones and their own personal ones; null: global only. */
export function topicsAvailableTo(ownerId: string | null): SQL {
  return ownerId === null ? isNull(topics.ownerId) : or(isNull(topics.ownerId), eq(topics.ownerId, ownerId))!;
}

/**
 * Restricts a query joined with `documents` to the scope: its owner, and documents outside the trash unless
 * the scope says otherwise (ADR 0021: lists, search, review, counts and the classifier never see trashed ones).
 */
export function documentsInScope(scope: ListScope): SQL | undefined {
  const trash = scope.trash === "include" ? undefined : scope.trash === "only" ? isNotNull(documents.trashedAt) : isNull(documents.trashedAt);
  if (scope.ownerId === undefined) return trash;
  return and(trash, scope.ownerId === null ? isNull(documents.ownerId) : eq(documents.ownerId, scope.ownerId));
}

/** Documents per topic. Over every document it reads only `document_topics`; in a scope, only that owner's documents. */
function documentCounts(db: DbOrTx, scope: ListScope) {
  const columns = { topicId: documentTopics.topicId, n: count().as("n") };
  const inScope = documentsInScope(scope);
  if (!inScope) return db.select(columns).from(documentTopics).groupBy(documentTopics.topicId).as("counts");
  return db
    .select(columns)
    .from(documentTopics)
    .innerJoin(documents, eq(documents.id, documentTopics.documentId))
    .where(inScope)
    .groupBy(documentTopics.topicId)
    .as("counts");
}

export async function listTopics(db: DbOrTx, viewer: TopicViewer): Promise<TopicWithCount[]> {
  const counts = documentCounts(db, viewer.scope);
  const rows = await db
    .select({ topic: topics, n: counts.n })
    .from(topics)
    .leftJoin(counts, eq(counts.topicId, topics.id))
    .where(topicsAvailableTo(viewer.userId))
    .orderBy(asc(sql`lower(${topics.name})`));
  return rows.map((r) => ({ ...r.topic, documentCount: r.n ?? 0, personal: r.topic.ownerId !== null }));
}

/** The topics a document of `ownerId` is classified against (no counts). */
export async function listAvailableTopics(db: DbOrTx, ownerId: string | null): Promise<TopicRow[]> {
  return db
    .select()
    .from(topics)
    .where(topicsAvailableTo(ownerId))
    .orderBy(asc(sql`lower(${topics.name})`));
}

export async function getTopic(db: DbOrTx, id: string): Promise<TopicRow> {
  const [row] = await db.select().from(topics).where(eq(topics.id, id));
  if (!row) throw new NotFoundError("topic");
  return row;
}

/** The topic if `userId` can see it (global, or their own personal one); anyone else's is "topic not found". */
export async function getVisibleTopic(db: DbOrTx, userId: string, id: string): Promise<TopicRow> {
  const [row] = await db
    .select()
    .from(topics)
    .where(and(eq(topics.id, id), topicsAvailableTo(userId)));
  if (!row) throw new NotFoundError("topic");
  return row;
}

/** Names are unique per owner (global topics share one namespace), case-insensitively. */
function sameName(name: string, ownerId: string | null) {
  return and(ownerId === null ? isNull(topics.ownerId) : eq(topics.ownerId, ownerId), sql`lower(${topics.name}) = lower(${name})`);
}

/** A colour for a new topic of `ownerId` (null: global) unlike the topics they already see, oldest first. */
export async function nextTopicColorFor(db: DbOrTx, ownerId: string | null): Promise<string> {
  const rows = await db.select({ color: topics.color }).from(topics).where(topicsAvailableTo(ownerId)).orderBy(asc(topics.createdAt), asc(topics.id));
  return nextTopicColor(rows.map((r) => r.color));
}

/** Creating a topic whose name exists (case-insensitively) in the same namespace returns the existing one. */
export async function createTopic(db: DbOrTx, fields: NewTopic): Promise<{ topic: TopicRow; created: boolean }> {
  const color = fields.color ?? (await nextTopicColorFor(db, fields.ownerId ?? null));
  const [inserted] = await db
    .insert(topics)
    .values({ ...fields, color })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { topic: inserted, created: true };
  const [existing] = await db.select().from(topics).where(sameName(fields.name, fields.ownerId ?? null));
  if (!existing) throw new ConflictError(`a topic named "${fields.name}" could not be created`);
  return { topic: existing, created: false };
}

export async function updateTopic(db: DbOrTx, id: string, fields: Partial<TopicFields>): Promise<TopicRow> {
  if (fields.name !== undefined) {
    const { ownerId } = await getTopic(db, id);
    const [clash] = await db
      .select({ id: topics.id })
      .from(topics)
      .where(and(sameName(fields.name, ownerId), sql`${topics.id} <> ${id}`));
    if (clash) throw new ConflictError(`a topic named "${fields.name}" already exists`);
  }
  const [row] = await db
    .update(topics)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(topics.id, id))
    .returning();
  if (!row) throw new NotFoundError("topic");
  return row;
}

/**
 * Deletes the topic; its links to documents go with it (FK cascade). Returns how many documents were
 * detached: all of them are in the deleter's scope (a personal topic only ever labels its owner's documents).
 */
export async function deleteTopic(db: DbOrTx, id: string): Promise<{ detached: number }> {
  const [c] = await db.select({ n: count() }).from(documentTopics).where(eq(documentTopics.topicId, id));
  const [row] = await db.delete(topics).where(eq(topics.id, id)).returning({ id: topics.id });
  if (!row) throw new NotFoundError("topic");
  return { detached: c?.n ?? 0 };
}

/** Ensures every id names an existing topic; throws NotFoundError otherwise. */
export async function assertTopicsExist(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db.select({ id: topics.id }).from(topics).where(inArray(topics.id, ids));
  if (rows.length !== new Set(ids).size) throw new NotFoundError("topic");
}

/**
 * Ensures every id names a topic a document of `ownerId` may carry: a global topic, or that owner's
 * personal one (ADR 0010). Anything else is "topic not found".
 */
export async function assertTopicsAvailable(db: DbOrTx, ids: string[], ownerId: string | null): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: topics.id })
    .from(topics)
    .where(and(inArray(topics.id, ids), topicsAvailableTo(ownerId)));
  if (rows.length !== new Set(ids).size) throw new NotFoundError("topic");
}
