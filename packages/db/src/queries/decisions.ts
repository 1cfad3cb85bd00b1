// A person's topic decisions that the classifiers must keep (ADR 0014), and each document's stored vector.
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documents, documentTopicRejections, documentTopics, documentVectors, topicSuggestions } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScope } from "./topics.ts";
import { uuidArray } from "./uuid-array.ts";


/**
 * The origin (ADR 0035) of what stands for the pair now: its link's, or `review` while the classifier's
 * suggestion of it waits; null when neither.
 */
function standingOrigin(documentId: SQL, topicId: SQL): SQL {
  return sql`coalesce(
    (select l.origin from ${documentTopics} l where l.document_id = ${documentId} and l.topic_id = ${topicId}),
    (select 'review' from ${topicSuggestions} s where s.document_id = ${documentId} and s.topic_id = ${topicId}))`;
}

/**
 * The origin of a manual link a person makes where none was (ADR 0035): the origin of a removal they take
 * back (a topic the classifier applied, taken off and put back, is still the classifier's), `review` while
 * the classifier's suggestion of it waits, else `person`. Read it before the removal is cleared.
 */
export function newManualLinkOrigin(documentId: SQL, topicId: SQL): SQL {
  return sql`coalesce(
    (select r.origin from ${documentTopicRejections} r where r.document_id = ${documentId} and r.topic_id = ${topicId}),
    (select 'review' from ${topicSuggestions} s where s.document_id = ${documentId} and s.topic_id = ${topicId}),
    'person')`;
}

/**
 * Records that a person does not want these topics on these documents (every pair), and drops pending
 * suggestions of them. Each removal keeps the origin of what it took off (ADR 0035) — call it before the links
 * go; `suggested`: the pairs were suggestions the caller has already deleted (review's reject), so `review`
 * where no link stands. The caller has checked the documents' scope.
 */
export async function rejectTopics(db: DbOrTx, documentIds: string[], topicIds: string[], by: string | null = null, suggested = false): Promise<void> {
  if (documentIds.length === 0 || topicIds.length === 0) return;
  const origin = standingOrigin(sql`d`, sql`t`);
  // Every pair is made by Postgres: up to 500 × 100 rows from one statement with the ids as two array parameters.
  await db.execute(sql`
    insert into ${documentTopicRejections} (document_id, topic_id, rejected_by, origin)
    select d, t, ${by}::uuid, ${suggested ? sql`coalesce(${origin}, 'review')` : origin}
    from unnest(${uuidArray(documentIds)}) d cross join unnest(${uuidArray(topicIds)}) t
    on conflict do nothing`);
  await db.delete(topicSuggestions).where(and(inArray(topicSuggestions.documentId, documentIds), inArray(topicSuggestions.topicId, topicIds)));
}

/** A person added these topics to these documents: earlier removals of them no longer hold (call it after linking: see newManualLinkOrigin). */
export async function clearRejections(db: DbOrTx, documentIds: string[], topicIds: string[]): Promise<void> {
  if (documentIds.length === 0 || topicIds.length === 0) return;
  await db
    .delete(documentTopicRejections)
    .where(and(inArray(documentTopicRejections.documentId, documentIds), inArray(documentTopicRejections.topicId, topicIds)));
}

/** The topics a person removed from or rejected for the document. */
export async function rejectedTopicsOf(db: DbOrTx, documentId: string): Promise<string[]> {
  const rows = await db
    .select({ topicId: documentTopicRejections.topicId })
    .from(documentTopicRejections)
    .where(eq(documentTopicRejections.documentId, documentId))
    .orderBy(documentTopicRejections.topicId);
  return rows.map((r) => r.topicId);
}

// ---------------------------------------------------------------- vectors

/** Little-endian float32 bytes, whatever the machine. */
export function vectorToBytes(vector: Float32Array): Buffer {
  const buf = Buffer.alloc(vector.length * 4);
  for (let i = 0; i < vector.length; i++) buf.writeFloatLE(vector[i]!, i * 4);
  return buf;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function bytesToVector(bytes: Uint8Array): Float32Array {
  const out = new Float32Array(Math.floor(bytes.byteLength / 4));
  // Stored little-endian (vectorToBytes): on a little-endian machine, one copy (a topic trial reads tens of thousands).
  if (LITTLE_ENDIAN) {
    new Uint8Array(out.buffer).set(bytes.subarray(0, out.byteLength));
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

/**
 * The document's stored vector if it was made by `version` (from the source with hash `sourceSha256`, when
 * given); else null: missing, another version, or another text.
 */
export async function getDocumentVector(db: DbOrTx, documentId: string, version: string, sourceSha256?: string): Promise<Float32Array | null> {
  const [row] = await db
    .select({ vector: documentVectors.vector })
    .from(documentVectors)
    .where(
      and(
        eq(documentVectors.documentId, documentId),
        eq(documentVectors.version, version),
        sourceSha256 === undefined ? undefined : eq(documentVectors.sourceSha256, sourceSha256),
      ),
    );
  return row ? bytesToVector(row.vector) : null;
}

/** Stores (or replaces) the document's vector; a document deleted meanwhile is skipped. */
export async function putDocumentVector(db: DbOrTx, documentId: string, v: { version: string; sourceSha256: string; vector: Float32Array }): Promise<void> {
  await db.execute(sql`
    insert into ${documentVectors} (document_id, version, source_sha256, vector)
    select ${documentId}::uuid, ${v.version}, ${v.sourceSha256}, ${vectorToBytes(v.vector)}::bytea
    where exists (select 1 from ${documents} where id = ${documentId}::uuid)
    on conflict (document_id) do update
      set version = excluded.version, source_sha256 = excluded.source_sha256, vector = excluded.vector, created_at = now()`);
}

export interface StoredVector {
  documentId: string;
  vector: Float32Array;
}

/**
 * Vectors of `version` of the newest `limit` documents of `ownerId` (null: documents without owner), other
 * than `except`: the owner's library for self-training and for similar documents. Served by
 * documents_owner_created_idx and the vectors' primary key; only the vectors not kept (keptOrRead) are read.
 */
export async function ownerVectors(db: DbOrTx, opts: { ownerId: string | null; version: string; limit: number; except?: string }): Promise<StoredVector[]> {
  const rows = await db
    .select({ documentId: documentVectors.documentId, sourceSha256: documentVectors.sourceSha256 })
    .from(documents)
    .innerJoin(documentVectors, eq(documentVectors.documentId, documents.id))
    .where(and(documentsInScope({ ownerId: opts.ownerId }), eq(documentVectors.version, opts.version), opts.except ? ne(documents.id, opts.except) : undefined))
    // NULLS LAST as documents_owner_created_idx (and documents_created_idx) sort, so the index gives the order and
    // the walk stops at the limit (plain DESC means NULLS FIRST: every document of the owner was read and sorted).
    // created_at and id are never null: the same order.
    .orderBy(sql`${documents.createdAt} desc nulls last`, sql`${documents.id} desc nulls last`)
    .limit(opts.limit);
  const vectors = await keptOrRead(db, rows, opts.version);
  // A vector deleted between the two reads is left out.
  return rows.flatMap((r) => {
    const vector = vectors.get(r.documentId);
    return vector ? [{ documentId: r.documentId, vector }] : [];
  });
}

/** Vectors of `version` for some documents, by id (examples' vectors); only the vectors not kept are read. */
export async function vectorsOf(db: DbOrTx, documentIds: string[], version: string): Promise<Map<string, Float32Array>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db
    .select({ documentId: documentVectors.documentId, sourceSha256: documentVectors.sourceSha256 })
    .from(documentVectors)
    .where(and(sql`${documentVectors.documentId} = any(${uuidArray(documentIds)})`, eq(documentVectors.version, version)));
  return keptOrRead(db, rows, version);
}

/**
 * Stored vectors this process has read, by document, with the version and source hash they were stored under
 * (ADR 0044). A vector row is written anew only for another source (a changed text) or version, so a kept vector
 * whose stamp matches the row's is the row's vector: an owner's training data (up to 2 000 examples and 500 newest
 * documents, read for every document the worker classifies and every topic trial) and "similar documents" read the
 * stamps and then only the vectors not kept. 2 KiB each; the least recently used go first. Callers never change a
 * vector (the classifier centres copies).
 */
const KEPT_VECTORS = 20_000;
const keptVectors = new Map<string, { stamp: string; vector: Float32Array }>();

async function keptOrRead(db: DbOrTx, rows: { documentId: string; sourceSha256: string }[], version: string): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  const missing: string[] = [];
  for (const r of rows) {
    const kept = keptVectors.get(r.documentId);
    if (kept?.stamp !== `${version}:${r.sourceSha256}`) {
      missing.push(r.documentId);
      continue;
    }
    keptVectors.delete(r.documentId);
    keptVectors.set(r.documentId, kept);
    out.set(r.documentId, kept.vector);
  }
  if (missing.length === 0) return out;
  const read = await db
    .select({ documentId: documentVectors.documentId, sourceSha256: documentVectors.sourceSha256, vector: documentVectors.vector })
    .from(documentVectors)
    .where(and(sql`${documentVectors.documentId} = any(${uuidArray(missing)})`, eq(documentVectors.version, version)));
  for (const r of read) {
    const vector = bytesToVector(r.vector);
    keptVectors.delete(r.documentId);
    keptVectors.set(r.documentId, { stamp: `${version}:${r.sourceSha256}`, vector });
    if (keptVectors.size > KEPT_VECTORS) keptVectors.delete(keptVectors.keys().next().value!);
    out.set(r.documentId, vector);
  }
  return out;
}

export interface SimilarDocument {
  id: string;
  filename: string;
  title: string | null;
  status: string;
  createdAt: Date;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** How many of the owner's newest documents "similar documents" compares with (2 KiB each). */
export const SIMILAR_SCAN_LIMIT = 5000;

/**
 * The owner's documents nearest to `documentId` by cosine of their stored vectors (of the same encoder
 * version), best first: compared in Node with the owner's newest SIMILAR_SCAN_LIMIT documents. Only
 * documents of the same owner, whoever asks; empty when the document has no vector yet or is outside `scope`.
 */
export async function similarDocuments(db: DbOrTx, documentId: string, opts: { limit: number; minSimilarity?: number; scope: ListScope }): Promise<SimilarDocument[]> {
  const [own] = await db
    .select({ ownerId: documents.ownerId, version: documentVectors.version, vector: documentVectors.vector })
    .from(documents)
    .innerJoin(documentVectors, eq(documentVectors.documentId, documents.id))
    .where(and(eq(documents.id, documentId), documentsInScope(opts.scope)));
  if (!own) return [];
  const vector = bytesToVector(own.vector);
  if (!vector.some((x) => x !== 0)) return []; // a text without words has no neighbours
  const library = await ownerVectors(db, { ownerId: own.ownerId, version: own.version, limit: SIMILAR_SCAN_LIMIT, except: documentId });
  const best = library
    .map((v) => ({ documentId: v.documentId, similarity: cosine(vector, v.vector) }))
    .filter((v) => v.similarity >= (opts.minSimilarity ?? 0))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, opts.limit);
  if (best.length === 0) return [];
  const rows = await db
    .select({ id: documents.id, filename: documents.filename, title: documents.title, status: documents.status, createdAt: documents.createdAt })
    .from(documents)
    .where(inArray(documents.id, best.map((b) => b.documentId)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return best.flatMap((b) => {
    const row = byId.get(b.documentId);
    return row ? [{ ...row, similarity: b.similarity }] : [];
  });
}

/** Person-made links and rejections on some documents (ids, or a query selecting an `id` column): what a reclassify keeps. */
export async function personDecisionCounts(db: DbOrTx, documentIds: string[] | SQL): Promise<{ manual: number; rejected: number }> {
  if (Array.isArray(documentIds) && documentIds.length === 0) return { manual: 0, rejected: 0 };
  const ids = Array.isArray(documentIds) ? documentIds : sql`(${documentIds})`;
  const [m] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(documentTopics)
    .where(and(inArray(documentTopics.documentId, ids), eq(documentTopics.source, "manual")));
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(documentTopicRejections)
    .where(inArray(documentTopicRejections.documentId, ids));
  return { manual: m?.n ?? 0, rejected: r?.n ?? 0 };
}
