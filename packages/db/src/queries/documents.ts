import { and, asc, count, desc, eq, getTableColumns, inArray, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import { ConflictError, NotFoundError, type DocumentStatus } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { classificationRuns, correspondents, documents, documentTopics, topics, type DocumentRow } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { clearRejections, newManualLinkOrigin, rejectTopics } from "./decisions.ts";
import { assertTopicsAvailable, documentsInScope } from "./topics.ts";
import { uuidArray } from "./uuid-array.ts";

/** A new document; without a title it is named after its file. */
export type NewDocument = Omit<typeof documents.$inferInsert, "title" | "notesText"> & { title?: string };
const withTitle = (doc: NewDocument) => ({ ...doc, title: doc.title ?? doc.filename });

export interface DocumentTopic {
  id: string;
  name: string;
  color: string;
  source: "ai" | "manual";
  confidence: number | null;
  quote: string | null;
  /**
   * Who chose an `ai` link: "offline" for the offline classifier, else the model's name (from the run that
   * made it: every run replaces all AI links); null for a person's link or when no run says.
   */
  classifiedBy: string | null;
}

/** A document as shown in lists: everything but the (possibly huge) extracted text. */
export type DocumentSummary = Omit<DocumentRow, "text"> & { topics: DocumentTopic[] };
export type DocumentDetail = DocumentRow & { topics: DocumentTopic[] };

// The search vector and the notes' copy never leave Postgres; lists never carry the extracted text (megabytes per document).
const { searchVector: _searchVector, notesText: _notesText, ...rowColumns } = getTableColumns(documents);
const { text: _text, ...summaryColumnsWithoutText } = rowColumns;
/** The columns of a `DocumentSummary` (no text, no search vector). */
export const documentSummaryColumns = summaryColumnsWithoutText;

export async function insertDocument(db: DbOrTx, doc: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(withTitle(doc)).returning(rowColumns);
  return row!;
}

/** A row of `newDocumentsStatement`. */
export interface NewDocumentRef {
  id: string;
  /** The owner's earliest document with the same bytes, stored before this statement; else null. */
  duplicateOf: string | null;
}

/**
 * The INSERT of an upload's documents, not yet run: it returns each new id and the owner's earliest earlier
 * document with the same bytes. The subquery reads the statement's snapshot, so the rows being inserted never
 * count as each other's duplicates. Uploads run it through the jobs package's `insertQueued`, which queues
 * extraction in the same statement: one round trip, no transaction.
 */
export function newDocumentsStatement(db: DbOrTx, docs: NewDocument[]): SQL {
  // Raw identifiers: drizzle writes RETURNING columns unqualified, which inside the subquery would mean `d`.
  const duplicateOf = sql`(select d.id from ${documents} d
    where d.sha256 = "documents"."sha256" and d.owner_id is not distinct from "documents"."owner_id"
    order by d.created_at limit 1)`;
  return db.insert(documents).values(docs.map(withTitle)).returning({ id: documents.id, duplicateOf: duplicateOf.as("duplicateOf") }).getSQL();
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
  const aiDocs = [...new Set(rows.filter((r) => r.source === "ai").map((r) => r.documentId))];
  const by = new Map<string, string | null>();
  if (aiDocs.length > 0) {
    // The newest answered run of each document (classification_runs_document_idx): the one that made its AI links.
    const runs = await db
      .selectDistinctOn([classificationRuns.documentId], { documentId: classificationRuns.documentId, provider: classificationRuns.provider, model: classificationRuns.model })
      .from(classificationRuns)
      .where(and(inArray(classificationRuns.documentId, aiDocs), ne(classificationRuns.outcome, "failed")))
      .orderBy(classificationRuns.documentId, desc(classificationRuns.createdAt));
    for (const r of runs) by.set(r.documentId!, r.provider === "local" ? "offline" : r.model);
  }
  for (const { documentId, ...t } of rows) byDoc.get(documentId)?.push({ ...t, classifiedBy: t.source === "ai" ? (by.get(documentId) ?? null) : null });
  return byDoc;
}

/**
 * Every function that reads or writes documents on behalf of a caller takes a scope (ADR 0010): a document
 * outside it is "document not found", exactly like one that does not exist. The worker, acting for the
 * system, passes ALL_DOCUMENTS.
 */
export const ALL_DOCUMENTS: ListScope = {};

/**
 * A document's proposed correspondent waits in the review inbox (ADR 0039) while none of the correspondents its
 * owner may use has that name (any case): once one does, it leaves; a person's choice clears the proposal.
 * documents_proposed_correspondent_idx reads only documents with one.
 */
export const proposalPending: SQL = and(
  isNotNull(documents.proposedCorrespondent),
  sql`not exists (select 1 from ${correspondents} c where lower(c.name) = lower(${documents.proposedCorrespondent}) and (c.owner_id is null or c.owner_id = ${documents.ownerId}))`,
)!;

export async function getDocument(db: DbOrTx, id: string, scope: ListScope): Promise<DocumentDetail> {
  const [row] = await db
    .select({
      ...rowColumns,
      // Only a proposal still waiting: not one whose correspondent exists by now.
      proposedCorrespondent: sql<string | null>`case when ${proposalPending} then ${documents.proposedCorrespondent} end`,
      proposedCorrespondentQuote: sql<string | null>`case when ${proposalPending} then ${documents.proposedCorrespondentQuote} end`,
    })
    .from(documents)
    .where(and(eq(documents.id, id), documentsInScope(scope)));
  if (!row) throw new NotFoundError("document");
  const t = await topicsOfDocuments(db, [id]);
  return { ...row, topics: t.get(id) ?? [] };
}

export interface ScopedDocument {
  id: string;
  ownerId: string | null;
}

/**
 * The documents `ids` with their owners, if every one is in `scope`; otherwise "document not found" (one
 * id outside the scope fails the whole call). `forUpdate` locks the rows, in id order so that concurrent
 * bulk actions cannot deadlock: run it in the transaction that then writes them.
 */
export async function documentsInScopeOrThrow(db: DbOrTx, ids: string[], scope: ListScope, opts: { forUpdate?: boolean } = {}): Promise<ScopedDocument[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const query = db
    .select({ id: documents.id, ownerId: documents.ownerId })
    .from(documents)
    .where(and(inArray(documents.id, unique), documentsInScope(scope)))
    .orderBy(asc(documents.id));
  const rows = opts.forUpdate ? await query.for("update") : await query;
  if (rows.length !== unique.length) throw new NotFoundError("document");
  return rows;
}

/** Runs `write` in a transaction, after locking the documents `ids` — only if every one is in `scope`. */
async function writeDocumentsInScope<T>(db: DbOrTx, ids: string[], scope: ListScope, write: (tx: DbOrTx, docs: ScopedDocument[]) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => write(tx, await documentsInScopeOrThrow(tx, ids, scope, { forUpdate: true })));
}

/** Deletes the row (topic links cascade) and returns it so the caller can remove the stored bytes. */
export async function deleteDocument(db: DbOrTx, id: string, scope: ListScope): Promise<DocumentRow> {
  const [row] = await db
    .delete(documents)
    .where(and(eq(documents.id, id), documentsInScope(scope)))
    .returning(rowColumns);
  if (!row) throw new NotFoundError("document");
  return row;
}

/** Deletes every one of `ids` or, if any is outside `scope`, none; returns the rows (for their stored bytes). */
export async function deleteDocuments(db: DbOrTx, ids: string[], scope: ListScope): Promise<DocumentRow[]> {
  return writeDocumentsInScope(db, ids, scope, (tx, docs) =>
    tx
      .delete(documents)
      .where(inArray(documents.id, docs.map((d) => d.id)))
      .returning(rowColumns),
  );
}

/**
 * Moves every one of `ids` to the trash (ADR 0021), or none if any is outside `scope` (or already there). The
 * row keeps its topics, folder, text and bytes; `documentsInScope` hides it from everything but the trash.
 */
export async function trashDocuments(db: DbOrTx, ids: string[], scope: ListScope, by: string | null): Promise<{ trashed: number }> {
  return writeDocumentsInScope(db, ids, scope, async (tx, docs) => {
    await tx
      .update(documents)
      .set({ trashedAt: sql`now()`, trashedBy: by })
      .where(inArray(documents.id, docs.map((d) => d.id)));
    return { trashed: docs.length };
  });
}

/** Takes every one of `ids` out of the trash, or none if any is not in the trash within `scope`. */
export async function restoreDocuments(db: DbOrTx, ids: string[], scope: ListScope): Promise<{ id: string; status: DocumentStatus }[]> {
  return writeDocumentsInScope(db, ids, { ...scope, trash: "only" }, (tx, docs) =>
    tx
      .update(documents)
      .set({ trashedAt: null, trashedBy: null })
      .where(inArray(documents.id, docs.map((d) => d.id)))
      .returning({ id: documents.id, status: documents.status }),
  );
}

export type TrashedDocument = Omit<DocumentSummary, "topics"> & { trashedAt: Date };

/** The trash in `scope`, most recently trashed first. */
/** The `limit` most recently trashed documents in scope; `more`: the trash holds others beyond them. */
export async function listTrash(db: DbOrTx, scope: ListScope, limit: number): Promise<{ items: TrashedDocument[]; more: boolean }> {
  const rows = await db
    .select(documentSummaryColumns)
    .from(documents)
    .where(documentsInScope({ ...scope, trash: "only" }))
    .orderBy(desc(documents.trashedAt), desc(documents.id))
    .limit(limit + 1);
  return { items: rows.slice(0, limit).map((r) => ({ ...r, trashedAt: r.trashedAt! })), more: rows.length > limit };
}

/**
 * Deletes for good up to `limit` documents trashed before `before` (the purge job), returning them so the
 * caller removes their bytes; the quota counters follow through the usage trigger.
 */
export async function purgeTrashed(db: DbOrTx, before: Date, limit: number): Promise<DocumentRow[]> {
  // Checked again on each row by the delete, so one restored meanwhile stays.
  const trashedBefore = and(isNotNull(documents.trashedAt), sql`${documents.trashedAt} < ${before.toISOString()}::timestamptz`);
  const due = db
    .select({ id: documents.id })
    .from(documents)
    .where(trashedBefore)
    .orderBy(asc(documents.trashedAt))
    .limit(limit);
  return db.delete(documents).where(and(inArray(documents.id, due), trashedBefore)).returning(rowColumns);
}

/** Files every one of `ids` in `folderId` (null: no folder), or none. Whose folder it may be is the caller's rule. */
export async function setDocumentsFolder(db: DbOrTx, ids: string[], folderId: string | null, scope: ListScope): Promise<{ moved: number }> {
  return writeDocumentsInScope(db, ids, scope, async (tx, docs) => {
    await tx
      .update(documents)
      .set({ folderId, updatedAt: sql`now()` })
      .where(inArray(documents.id, docs.map((d) => d.id)));
    return { moved: docs.length };
  });
}

export async function setDocumentStatus(
  db: DbOrTx,
  id: string,
  status: DocumentStatus,
  fields: { error?: string | null; text?: string | null; pageCount?: number | null } = {},
): Promise<void> {
  await db
    .update(documents)
    .set({ status, error: status === "failed" ? readableReason(fields.error ?? "unknown error") : null, ...pick(fields), updatedAt: sql`now()` })
    .where(eq(documents.id, id));
}

const REASON_MAX = 500;
/**
 * A failure's reason often quotes the file (a name inside an archive) or a library: Postgres cannot store
 * NUL, and control characters or a page of detail help nobody in the console.
 */
function readableReason(reason: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const clean = reason.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  return clean.length > REASON_MAX ? `${clean.slice(0, REASON_MAX - 1)}…` : clean;
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

/** Checks that each document's owner may use the topics (global ones, or the owner's personal ones). */
async function assertTopicsAvailableToOwners(db: DbOrTx, docs: ScopedDocument[], topicIds: string[]): Promise<void> {
  for (const ownerId of new Set(docs.map((d) => d.ownerId))) await assertTopicsAvailable(db, topicIds, ownerId);
}

/**
 * Manual override (ADR 0005): exactly these topics, all marked manual. With `expected` (the topics the
 * person saw), refuses if the document's topics changed since, rather than dropping ones they never saw.
 * The topics it removes are recorded as rejected (ADR 0014), so no classification brings them back; the
 * ones it keeps or adds are no longer rejected. `by`: the person deciding.
 */
export async function setManualTopics(
  db: DbOrTx,
  documentId: string,
  topicIds: string[],
  scope: ListScope,
  expected?: string[],
  by: string | null = null,
): Promise<void> {
  await writeDocumentsInScope(db, [documentId], scope, async (tx, docs) => {
    const current = await tx.select({ topicId: documentTopics.topicId }).from(documentTopics).where(eq(documentTopics.documentId, documentId));
    if (expected) {
      const seen = new Set(expected);
      if (current.length !== seen.size || current.some((t) => !seen.has(t.topicId))) {
        throw new ConflictError("this document's topics changed while you were choosing (its classification finished): look at them again");
      }
    }
    await assertTopicsAvailableToOwners(tx, docs, topicIds);
    const kept = new Set(topicIds);
    const removed = current.map((t) => t.topicId).filter((id) => !kept.has(id));
    await rejectTopics(tx, [documentId], removed, by);
    if (removed.length > 0) await tx.delete(documentTopics).where(and(eq(documentTopics.documentId, documentId), inArray(documentTopics.topicId, removed)));
    if (topicIds.length > 0) {
      // A kept link becomes the person's and keeps its origin (ADR 0035); a new one gets newManualLinkOrigin's.
      // Either way it is a fresh decision: no classifier confidence or quote, and now as its time.
      await tx.execute(sql`
        insert into ${documentTopics} (document_id, topic_id, source, origin, confidence)
        select ${documentId}::uuid, t, 'manual', ${newManualLinkOrigin(sql`${documentId}::uuid`, sql`t`)}, null
        from unnest(${uuidArray(topicIds)}) t
        on conflict (document_id, topic_id) do update set source = 'manual', confidence = null, quote = null, created_at = now()`);
    }
    await clearRejections(tx, [documentId], topicIds);
  });
}

/**
 * Links every document to the topics as manual choices; an AI link to one of them becomes manual, and an
 * earlier removal of one no longer holds. All or nothing.
 */
export async function addManualTopics(db: DbOrTx, documentIds: string[], topicIds: string[], scope: ListScope): Promise<{ updated: number }> {
  return writeDocumentsInScope(db, documentIds, scope, async (tx, docs) => {
    await assertTopicsAvailableToOwners(tx, docs, topicIds);
    // Every pair is made by Postgres: up to 500 × 100 links from one statement with ids as the only parameters.
    // An existing link keeps its origin (ADR 0035); a new one gets newManualLinkOrigin's, read before the removal is cleared.
    await tx.execute(sql`
      insert into ${documentTopics} (document_id, topic_id, source, origin)
      select ${documents.id}, ${topics.id}, 'manual', ${newManualLinkOrigin(sql`${documents.id}`, sql`${topics.id}`)} from ${documents} cross join ${topics}
      where ${and(inArray(documents.id, docs.map((d) => d.id)), inArray(topics.id, topicIds))}
      on conflict (document_id, topic_id) do update set source = 'manual'`);
    await clearRejections(tx, docs.map((d) => d.id), topicIds);
    return { updated: docs.length };
  });
}

/**
 * Unlinks the topics from every document, all or nothing. Like setTopics (ADR 0005), a document that lost
 * a link keeps its other topics as manual ones: the person looked at its topics and left those, so they
 * are confirmed labels, and the removed topic is absent from them. Every selected document records the
 * topics as rejected (ADR 0014), linked or not: the person said these documents are not about them, so
 * no later classification applies or suggests them.
 */
export async function removeTopicsManually(
  db: DbOrTx,
  documentIds: string[],
  topicIds: string[],
  scope: ListScope,
  by: string | null = null,
): Promise<{ updated: number }> {
  return writeDocumentsInScope(db, documentIds, scope, async (tx, docs) => {
    await assertTopicsAvailableToOwners(tx, docs, topicIds);
    await rejectTopics(tx, docs.map((d) => d.id), topicIds, by);
    const removed = await tx
      .delete(documentTopics)
      .where(and(inArray(documentTopics.documentId, docs.map((d) => d.id)), inArray(documentTopics.topicId, topicIds)))
      .returning({ documentId: documentTopics.documentId });
    const changed = [...new Set(removed.map((r) => r.documentId))];
    if (changed.length > 0) {
      await tx
        .update(documentTopics)
        .set({ source: "manual" })
        .where(and(inArray(documentTopics.documentId, changed), eq(documentTopics.source, "ai")));
    }
    return { updated: changed.length };
  });
}

/**
 * Marks the documents `ids` (null: every document in `scope`) that have text as `classifying`; returns a
 * query selecting their ids to enqueue. An id outside the scope fails the call before anything changes.
 */
export async function markForReclassification(db: DbOrTx, ids: string[] | null, scope: ListScope): Promise<SQL> {
  if (ids) await documentsInScopeOrThrow(db, ids, scope);
  const where = and(isNotNull(documents.text), ids ? inArray(documents.id, ids) : undefined, documentsInScope(scope));
  await db.update(documents).set({ status: "classifying", updatedAt: sql`now()` }).where(where);
  return db.select({ id: documents.id }).from(documents).where(where).getSQL();
}

/** How many documents in `scope` are still being worked on, by status (served by the status index). */
export async function inProgressCounts(db: DbOrTx, scope: ListScope): Promise<Record<"pending" | "extracting" | "classifying", number>> {
  const rows = await db
    .select({ status: documents.status, n: count() })
    .from(documents)
    .where(and(inArray(documents.status, ["pending", "extracting", "classifying"]), documentsInScope(scope)))
    .groupBy(documents.status);
  const out = { pending: 0, extracting: 0, classifying: 0 };
  for (const r of rows) if (r.status in out) out[r.status as keyof typeof out] = r.n;
  return out;
}

export async function documentExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, id));
  return Boolean(row);
}
