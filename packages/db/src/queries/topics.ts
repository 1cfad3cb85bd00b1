import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { ConflictError, NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { documentTopics, topics, type TopicRow } from "../schema/index.ts";

export type TopicWithCount = TopicRow & { documentCount: number };
export interface TopicFields {
  name: string;
  description: string;
  color: string;
  threshold?: number | null;
}

export async function listTopics(db: DbOrTx): Promise<TopicWithCount[]> {
  const counts = db
    .select({ topicId: documentTopics.topicId, n: count().as("n") })
    .from(documentTopics)
    .groupBy(documentTopics.topicId)
    .as("counts");
  const rows = await db
    .select({ topic: topics, n: counts.n })
    .from(topics)
    .leftJoin(counts, eq(counts.topicId, topics.id))
    .orderBy(asc(sql`lower(${topics.name})`));
  return rows.map((r) => ({ ...r.topic, documentCount: r.n ?? 0 }));
}

export async function getTopic(db: DbOrTx, id: string): Promise<TopicRow> {
  const [row] = await db.select().from(topics).where(eq(topics.id, id));
  if (!row) throw new NotFoundError("topic");
  return row;
}

function sameName(name: string) {
  return and(isNull(topics.ownerId), sql`lower(${topics.name}) = lower(${name})`);
}

/** Creating a topic whose name exists (case-insensitively) returns the existing one. */
export async function createTopic(db: DbOrTx, fields: TopicFields): Promise<{ topic: TopicRow; created: boolean }> {
  const [inserted] = await db.insert(topics).values(fields).onConflictDoNothing().returning();
  if (inserted) return { topic: inserted, created: true };
  const [existing] = await db.select().from(topics).where(sameName(fields.name));
  if (!existing) throw new ConflictError(`a topic named "${fields.name}" could not be created`);
  return { topic: existing, created: false };
}

export async function updateTopic(db: DbOrTx, id: string, fields: Partial<TopicFields>): Promise<TopicRow> {
  if (fields.name !== undefined) {
    const [clash] = await db
      .select({ id: topics.id })
      .from(topics)
      .where(and(sameName(fields.name), sql`${topics.id} <> ${id}`));
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

/** Deletes the topic; its links to documents go with it (FK cascade). Returns how many documents were detached. */
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
    .where(and(inArray(topics.id, ids), ownerId === null ? isNull(topics.ownerId) : sql`(${topics.ownerId} is null or ${topics.ownerId} = ${ownerId})`));
  if (rows.length !== new Set(ids).size) throw new NotFoundError("topic");
}
