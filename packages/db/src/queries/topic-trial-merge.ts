// A topic merge applied from a trial (ADR 0029): a person's link to the merged topic becomes a person's link to
// the topic it went into, and the merged topic's custom fields are attached to it (ADR 0033); what that overwrote
// is kept, and put back by undo.
import { type AnyColumn, and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documentTopicRejections, documentTopics, topicFields, topicTrials, type PersonLink, type PersonRejection, type TrialSnapshot } from "../schema/index.ts";

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

/** A custom field the merged topic had (ADR 0033), as the merge found it; `added`: the merge attached it to the kept topic. */
export interface MergedField {
  fieldId: string;
  createdAt: string;
  added: boolean;
}

/**
 * Attaches the merged topic's fields to the topic it goes into (before `from` is deleted, which detaches them),
 * each with its attachment's time; one the kept topic has already stays as it is. Documents' values are per
 * field, not per topic: they stay. Returns the merged topic's fields, for undo.
 */
export async function moveTopicFields(db: DbOrTx, from: string, into: string): Promise<MergedField[]> {
  const rows = await db
    .select({ fieldId: topicFields.fieldId, createdAt: asText(topicFields.createdAt) })
    .from(topicFields)
    .where(eq(topicFields.topicId, from))
    .orderBy(topicFields.fieldId);
  const had = new Set((await db.select({ fieldId: topicFields.fieldId }).from(topicFields).where(eq(topicFields.topicId, into))).map((r) => r.fieldId));
  const moved = rows.map((r) => ({ ...r, added: !had.has(r.fieldId) }));
  const added = moved.filter((f) => f.added);
  if (added.length > 0) await db.insert(topicFields).values(added.map((f) => ({ topicId: into, fieldId: f.fieldId, createdAt: timeOf(f.createdAt) })));
  return moved;
}

/** Keeps what moveTopicFields did with the applied merge trial (beside the merged topic as it was), for undo. */
export async function recordMergedFields(db: DbOrTx, trialId: string, fields: MergedField[]): Promise<void> {
  await db
    .update(topicTrials)
    .set({ topicBefore: sql`jsonb_set(${topicTrials.topicBefore}, '{merged,fields}', ${JSON.stringify(fields)}::jsonb)` })
    .where(eq(topicTrials.id, trialId));
}

/**
 * Undo of moveTopicFields, after `from` is back: its fields attached again with their times (a field deleted
 * since stays gone); a field the merge attached to `into` comes off it unless it was attached again since (then
 * it has another time).
 */
export async function restoreTopicFields(db: DbOrTx, from: string, into: string, fields: MergedField[]): Promise<void> {
  for (const f of fields) {
    if (f.added) {
      await db.delete(topicFields).where(and(eq(topicFields.topicId, into), eq(topicFields.fieldId, f.fieldId), eq(topicFields.createdAt, timeOf(f.createdAt))));
    }
    await db.execute(sql`
      insert into ${topicFields} (topic_id, field_id, created_at)
      select ${from}, id, ${f.createdAt}::timestamptz from custom_fields where id = ${f.fieldId}
      on conflict do nothing`);
  }
}
