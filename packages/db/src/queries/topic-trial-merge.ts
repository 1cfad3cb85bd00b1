// A topic merge applied from a trial (ADR 0029): a person's link to the merged topic becomes a person's link to
// the topic it went into; what that overwrote is kept, and put back by undo.
import { type AnyColumn, and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documentTopicRejections, documentTopics, type PersonLink, type PersonRejection, type TrialSnapshot } from "../schema/index.ts";

type MergeSnapshot = NonNullable<TrialSnapshot["merge"]>;

/** Times as Postgres writes them, to the microsecond (a JS Date keeps milliseconds): put back exactly. */
const asText = (column: AnyColumn) => sql<string>`${column}::text`;
const timeOf = (text: string) => sql`${text}::timestamptz`;

/** A person's links to and rejections of `topicIds` on one document, as they are. */
export async function personDecisionsOf(db: DbOrTx, documentId: string, topicIds: string[]): Promise<MergeSnapshot> {
  const links = await db
    .select({ topicId: documentTopics.topicId, origin: documentTopics.origin, createdAt: asText(documentTopics.createdAt) })
    .from(documentTopics)
    .where(and(eq(documentTopics.documentId, documentId), eq(documentTopics.source, "manual"), inArray(documentTopics.topicId, topicIds)));
  const rejections = await db
    .select({ topicId: documentTopicRejections.topicId, rejectedBy: documentTopicRejections.rejectedBy, origin: documentTopicRejections.origin, createdAt: asText(documentTopicRejections.createdAt) })
    .from(documentTopicRejections)
    .where(and(eq(documentTopicRejections.documentId, documentId), inArray(documentTopicRejections.topicId, topicIds)));
  return { links: links satisfies PersonLink[], rejections: rejections satisfies PersonRejection[] };
}

/**
 * Moves a person's link from `from` to `into` on one document (before `from` is deleted): it becomes a manual
 * link to `into` with the same origin and time (so the examples keep their order), replacing an AI link to it,
 * and a rejection of `into` goes (the person's link says the document is about it). Without a person's link to
 * `from` nothing changes here; its rejections of `from` go with the topic.
 */
export async function movePersonLink(db: DbOrTx, documentId: string, from: string, into: string, before: MergeSnapshot): Promise<void> {
  const link = before.links.find((l) => l.topicId === from);
  if (!link) return;
  if (!before.links.some((l) => l.topicId === into)) {
    const row = { documentId, topicId: into, source: "manual" as const, origin: link.origin, confidence: null, quote: null, createdAt: timeOf(link.createdAt) };
    await db
      .insert(documentTopics)
      .values(row)
      .onConflictDoUpdate({ target: [documentTopics.documentId, documentTopics.topicId], set: { source: "manual", origin: link.origin, confidence: null, quote: null, createdAt: row.createdAt } });
  }
  await db.delete(documentTopicRejections).where(and(eq(documentTopicRejections.documentId, documentId), eq(documentTopicRejections.topicId, into)));
}

/**
 * Undo of movePersonLink, after `from` is back: the person's link and rejections of `from` as they were; the link
 * to `into` the merge made is taken off unless a person changed it since (then it has another time); a rejection
 * of `into` the merge dropped comes back unless a person linked `into` since.
 */
export async function restorePersonDecisions(db: DbOrTx, documentId: string, from: string, into: string, before: MergeSnapshot): Promise<void> {
  const moved = before.links.find((l) => l.topicId === from);
  if (moved && !before.links.some((l) => l.topicId === into)) {
    await db
      .delete(documentTopics)
      .where(and(eq(documentTopics.documentId, documentId), eq(documentTopics.topicId, into), eq(documentTopics.source, "manual"), eq(documentTopics.createdAt, timeOf(moved.createdAt))));
  }
  const [linkedNow] = await db
    .select({ topicId: documentTopics.topicId })
    .from(documentTopics)
    .where(and(eq(documentTopics.documentId, documentId), eq(documentTopics.topicId, into), eq(documentTopics.source, "manual")));
  for (const l of before.links.filter((x) => x.topicId === from)) {
    await db
      .insert(documentTopics)
      .values({ documentId, topicId: l.topicId, source: "manual", origin: l.origin, createdAt: timeOf(l.createdAt) })
      .onConflictDoNothing();
  }
  for (const r of before.rejections.filter((x) => x.topicId === from || (x.topicId === into && !linkedNow))) {
    await db
      .insert(documentTopicRejections)
      .values({ documentId, topicId: r.topicId, rejectedBy: r.rejectedBy, origin: r.origin, createdAt: timeOf(r.createdAt) })
      .onConflictDoNothing();
  }
}
