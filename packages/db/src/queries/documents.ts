import { and, count, eq, getTableColumns, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { NotFoundError, type DocumentStatus } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { documents, documentTopics, topics, type DocumentRow } from "../schema/index.ts";

export type NewDocument = typeof documents.$inferInsert;

export interface DocumentTopic {
  id: string;
  name: string;
  color: string;
  source: "ai" | "manual";
  confidence: number | null;
  quote: string | null;
}

/** A document as shown in lists: everything but the (possibly huge) extracted text. */
export type DocumentSummary = Omit<DocumentRow, "text"> & { topics: DocumentTopic[] };
export type DocumentDetail = DocumentRow & { topics: DocumentTopic[] };

// The search vector never leaves Postgres; lists never carry the extracted text (megabytes per document).
const { searchVector: _searchVector, ...rowColumns } = getTableColumns(documents);
const { text: _text, ...summaryColumnsWithoutText } = rowColumns;
/** The columns of a `DocumentSummary` (no text, no search vector). */
export const documentSummaryColumns = summaryColumnsWithoutText;

export async function insertDocument(db: DbOrTx, doc: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(doc).returning(rowColumns);
  return row!;
}

/** The topics of each document, by name. */
export async function topicsOfDocuments(db: DbOrTx, documentIds: string[]): Promise<Map<string, DocumentTopic[]>> {
  const byDoc = new Map<string, DocumentTopic[]>(documentIds.map((id) => [id, []]));
  if (documentIds.length === 0) return byDoc;
  const rows = await db
    .select({
      documentId: documentTopics.documentId,
      id: topics.id,
      name: topics.name,
      color: topics.color,
      source: documentTopics.source,
      confidence: documentTopics.confidence,
      quote: documentTopics.quote,
    })
    .from(documentTopics)
    .innerJoin(topics, eq(topics.id, documentTopics.topicId))
    .where(inArray(documentTopics.documentId, documentIds))
    .orderBy(topics.name);
  for (const { documentId, ...t } of rows) byDoc.get(documentId)?.push(t);
  return byDoc;
}

export async function getDocument(db: DbOrTx, id: string): Promise<DocumentDetail> {
  const [row] = await db.select(rowColumns).from(documents).where(eq(documents.id, id));
  if (!row) throw new NotFoundError("document");
  const t = await topicsOfDocuments(db, [id]);
  return { ...row, topics: t.get(id) ?? [] };
}

/** Deletes the row (topic links cascade) and returns it so the caller can remove the stored bytes. */
export async function deleteDocument(db: DbOrTx, id: string): Promise<DocumentRow> {
  const [row] = await db.delete(documents).where(eq(documents.id, id)).returning(rowColumns);
  if (!row) throw new NotFoundError("document");
  return row;
}

export async function setDocumentStatus(
  db: DbOrTx,
  id: string,
  status: DocumentStatus,
  fields: { error?: string | null; text?: string | null; pageCount?: number | null } = {},
): Promise<void> {
  await db
    .update(documents)
    .set({ status, error: status === "failed" ? (fields.error ?? "unknown error") : null, ...pick(fields), updatedAt: sql`now()` })
    .where(eq(documents.id, id));
}

function pick(fields: { text?: string | null; pageCount?: number | null }) {
  const out: { text?: string | null; pageCount?: number | null } = {};
  if (fields.text !== undefined) out.text = fields.text;
  if (fields.pageCount !== undefined) out.pageCount = fields.pageCount;
  return out;
}

/** Replaces the topics from one source; links from the other source stay (manual choices survive AI re-runs). */
export async function replaceDocumentTopics(
  db: DbOrTx,
  documentId: string,
  source: "ai" | "manual",
  assignments: { topicId: string; confidence: number | null; quote?: string | null }[],
): Promise<void> {
  await db.delete(documentTopics).where(and(eq(documentTopics.documentId, documentId), eq(documentTopics.source, source)));
  if (assignments.length === 0) return;
  await db
    .insert(documentTopics)
    .values(assignments.map((a) => ({ documentId, topicId: a.topicId, source, confidence: a.confidence, quote: a.quote ?? null })))
    // A manual link to the same topic wins over an AI one.
    .onConflictDoNothing();
}

/** Manual override: exactly these topics, all marked manual. */
export async function setManualTopics(db: DbOrTx, documentId: string, topicIds: string[]): Promise<void> {
  await db.delete(documentTopics).where(eq(documentTopics.documentId, documentId));
  if (topicIds.length === 0) return;
  await db
    .insert(documentTopics)
    .values(topicIds.map((topicId) => ({ documentId, topicId, source: "manual" as const, confidence: null })));
}

/** The oldest document with the same bytes (same owner), if any. */
export async function findDuplicate(db: DbOrTx, sha256: string, ownerId: string | null): Promise<string | null> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.sha256, sha256), sql`${documents.ownerId} is not distinct from ${ownerId}`))
    .orderBy(documents.createdAt)
    .limit(1);
  return row?.id ?? null;
}

/** Marks documents that have text as `classifying`; returns a query selecting their ids to enqueue. */
export async function markForReclassification(db: DbOrTx, ids: string[] | null): Promise<SQL> {
  const where = ids ? and(isNotNull(documents.text), inArray(documents.id, ids)) : isNotNull(documents.text);
  await db.update(documents).set({ status: "classifying", updatedAt: sql`now()` }).where(where);
  return db.select({ id: documents.id }).from(documents).where(where).getSQL();
}

/** How many documents are still being worked on, by status (served by the status index). */
export async function inProgressCounts(db: DbOrTx): Promise<Record<"pending" | "extracting" | "classifying", number>> {
  const rows = await db
    .select({ status: documents.status, n: count() })
    .from(documents)
    .where(inArray(documents.status, ["pending", "extracting", "classifying"]))
    .groupBy(documents.status);
  const out = { pending: 0, extracting: 0, classifying: 0 };
  for (const r of rows) if (r.status in out) out[r.status as keyof typeof out] = r.n;
  return out;
}

export async function documentExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, id));
  return Boolean(row);
}
