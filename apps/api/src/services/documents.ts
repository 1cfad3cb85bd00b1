// Use-cases behind both the tRPC procedures and the REST routes. Each takes the caller's scope (ADR 0010).
import { randomUUID } from "node:crypto";
import {
  assertFolderOwned,
  deleteDocument,
  deleteDocuments,
  documentsInScopeOrThrow,
  getDocument,
  isQuotaViolation,
  listDocuments,
  markForReclassification,
  newDocumentsStatement,
  personDecisionCounts,
  readQuota,
  setDocumentsFolder,
  setDocumentStatus,
  type AuthUser,
  type DocumentPage,
  type DocumentRow,
  type ListScope,
  type NewDocument,
  type NewDocumentRef,
  type QuotaState,
} from "@docscan/db";
import { sniffBytes } from "@docscan/extract/sniff";
import { enqueueForDocument, enqueueForDocuments, insertQueued } from "@docscan/jobs";
import { InvalidInputError, NotFoundError, QuotaExceededError, type ListDocumentsInput } from "@docscan/shared";
import { makeObjectKey } from "@docscan/storage";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { formatBytes, openSpooled, UploadError, type SpooledFile, type SpoolLimits } from "./spool.ts";

export interface StoredUpload {
  id: string;
  filename: string;
  status: DocumentRow["status"];
  contentType: string;
  size: number;
  sha256: string;
  /** An existing document of the same owner with the same bytes; the upload is stored all the same. */
  duplicateOf: string | null;
}

export interface SniffedFile {
  file: SpooledFile;
  type: { mime: string; ext: string };
}

/** Sniffs every file first, so one bad file rejects the request before anything is stored. */
export async function sniffAll(files: SpooledFile[]): Promise<SniffedFile[]> {
  const sniffed = [];
  for (const file of files) {
    const type = await sniffBytes(file.head);
    if (!type.ok) throw new UploadError(415, `"${file.filename}": ${type.reason}`);
    sniffed.push({ file, type });
  }
  return sniffed;
}

function storageQuotaError(quota: QuotaState, what: string): QuotaExceededError {
  return new QuotaExceededError(`${what} would exceed your storage quota (${formatBytes(quota.usedBytes)} of ${formatBytes(quota.quotaBytes ?? 0)} used)`);
}

/** Refuses files that would take the owner past a quota, naming the first file that would. */
export function assertWithinQuota(quota: QuotaState, files: { filename: string; size: number }[]): void {
  let bytes = quota.usedBytes;
  let count = quota.usedDocuments;
  for (const f of files) {
    bytes += f.size;
    count += 1;
    if (quota.quotaDocuments !== null && count > quota.quotaDocuments) {
      const limit = `${quota.quotaDocuments} document${quota.quotaDocuments === 1 ? "" : "s"}`;
      throw new QuotaExceededError(`"${f.filename}" would exceed your quota of ${limit} (${quota.usedDocuments} stored)`);
    }
    if (quota.quotaBytes !== null && bytes > quota.quotaBytes) throw storageQuotaError(quota, `"${f.filename}"`);
  }
}

/**
 * Before an upload's body is read: refuses at once when the quota has no room left, and gives the spool
 * the bytes it may still keep, so a full quota never fills the temporary folder.
 */
export function uploadRoom(quota: QuotaState): SpoolLimits["maxTotalBytes"] {
  if (quota.quotaDocuments !== null && quota.usedDocuments >= quota.quotaDocuments) {
    throw new QuotaExceededError(`your quota of ${quota.quotaDocuments} documents is used up`);
  }
  if (quota.quotaBytes === null) return undefined;
  if (quota.usedBytes >= quota.quotaBytes) throw storageQuotaError(quota, "this upload");
  return { bytes: quota.quotaBytes - quota.usedBytes, error: (filename) => storageQuotaError(quota, `"${filename}"`) };
}

export interface UploadTarget {
  ownerId: string;
  /** One of the owner's folders (checked by the caller), or null. */
  folderId: string | null;
  /** The owner's quota, read before the body was (see uploadRoom). */
  quota: QuotaState;
}

/**
 * Stores the files of one request for their owner, all or nothing: the quota is checked before any byte
 * is stored, the bytes go under server-made keys, then all rows are inserted and extraction queued in one
 * statement. That statement's usage trigger checks the quota again with the owner's row locked (migration
 * 0007), so concurrent uploads cannot overshoot together. Any failure after storing removes the stored objects.
 */
export async function storeDocuments(deps: AppDeps, files: SniffedFile[], target: UploadTarget): Promise<StoredUpload[]> {
  const { ownerId, folderId } = target;
  const sizes = files.map(({ file }) => file);
  assertWithinQuota(target.quota, sizes);

  const planned = files.map(({ file, type }) => {
    const id = randomUUID();
    return { id, file, type, objectKey: makeObjectKey({ owner: ownerId, documentId: id, ext: type.ext }) };
  });
  const rows: NewDocument[] = planned.map(({ id, file, type, objectKey }) => ({
    id,
    ownerId,
    folderId,
    filename: file.filename,
    objectKey,
    contentType: type.mime,
    size: file.size,
    sha256: file.sha256,
    storageBackend: deps.storage.backend,
    searchLanguage: deps.searchLanguage,
    status: "pending",
  }));

  const storedKeys: string[] = [];
  try {
    for (const p of planned) {
      await deps.storage.put(p.objectKey, openSpooled(p.file), p.file.size, p.type.mime);
      storedKeys.push(p.objectKey);
    }
    const inserted = await insertQueued<NewDocumentRef>(deps.db, "extract_text", newDocumentsStatement(deps.db, rows)).catch(async (err: unknown) => {
      if (!isQuotaViolation(err)) throw err;
      // Another upload took the room, or a quota was set, meanwhile: name the file that no longer fits.
      assertWithinQuota(await readQuota(deps.db, ownerId), sizes);
      throw new QuotaExceededError("these files would exceed your quota");
    });
    const earlier = new Map(inserted.map((r) => [r.id, r.duplicateOf]));
    // Within one request, a repeated file is a duplicate of its first copy.
    const firstOfHash = new Map<string, string>();
    return planned.map(({ id, file, type }) => {
      const duplicateOf = earlier.get(id) ?? firstOfHash.get(file.sha256) ?? null;
      if (!firstOfHash.has(file.sha256)) firstOfHash.set(file.sha256, id);
      return { id, filename: file.filename, status: "pending" as const, contentType: type.mime, size: file.size, sha256: file.sha256, duplicateOf };
    });
  } catch (err) {
    await removeObjects(deps, storedKeys, "could not remove an object after a failed upload");
    throw err;
  }
}

async function removeObjects(deps: AppDeps, keys: (string | null)[], failure: string): Promise<void> {
  for (const key of keys) {
    if (key === null) continue;
    await deps.storage.delete(key).catch((err: unknown) => {
      deps.log.error({ err, objectKey: key }, failure);
    });
  }
}

/** The bytes a document row points at: the original and the thumbnail the worker made. */
const storedKeysOf = (row: DocumentRow) => [row.objectKey, row.thumbnailKey];

/** Removes the row first, then the bytes: a failure in between leaves an orphan object, never a row without bytes. */
export async function removeDocument(deps: AppDeps, id: string, scope: ListScope): Promise<void> {
  const row = await deleteDocument(deps.db, id, scope);
  await removeObjects(deps, storedKeysOf(row), "document row deleted but its object could not be removed");
}

/** Like removeDocument for a selection, all or nothing: one id outside the scope deletes none. */
export async function removeDocuments(deps: AppDeps, ids: string[], scope: ListScope): Promise<{ deleted: number }> {
  const rows = await deleteDocuments(deps.db, ids, scope);
  await removeObjects(deps, rows.flatMap(storedKeysOf), "document row deleted but its object could not be removed");
  return { deleted: rows.length };
}

/**
 * The caller's list or search. A `folder` filter must name one of the caller's own folders; a folder holds
 * only its owner's documents (see moveDocuments), so the owner scope changes nothing there but lets
 * documents_owner_folder_created_idx serve admins' folder pages too.
 */
export async function listDocumentsFor(deps: AppDeps, user: AuthUser, input: ListDocumentsInput): Promise<DocumentPage> {
  if (input.folder) await assertFolderOwned(deps.db, user.id, input.folder);
  // `owner=me` narrows an admin's view (everyone's documents) to their own; a member's is that already.
  const own = Boolean(input.folder) || input.owner === "me";
  return listDocuments(deps.db, input, { scope: own ? { ownerId: user.id } : documentScope(user) });
}

/**
 * Files documents in one of the caller's folders (null: takes them out of any folder). A folder holds
 * only its owner's documents, so filing into one needs the caller's own documents; an admin, who sees
 * everyone's, is told why others' cannot go in.
 */
export async function moveDocuments(deps: AppDeps, user: AuthUser, ids: string[], folderId: string | null): Promise<{ moved: number }> {
  const scope = folderId === null ? documentScope(user) : { ownerId: user.id };
  return deps.db.transaction(async (tx) => {
    if (folderId !== null) await assertFolderOwned(tx, user.id, folderId);
    return setDocumentsFolder(tx, ids, folderId, scope).catch(async (err: unknown) => {
      if (!(err instanceof NotFoundError) || folderId === null || user.role !== "admin") throw err;
      await documentsInScopeOrThrow(tx, ids, documentScope(user)).catch(() => Promise.reject(err));
      throw new InvalidInputError("your folders hold only your own documents: leave other users' documents out of the selection");
    });
  });
}

/** What a reclassification leaves as a person decided it (ADR 0014): their topic links and the topics they removed. */
export interface KeptDecisions {
  /** Topic links a person made (or confirmed), which stay. */
  keptManual: number;
  /** Topics a person removed or rejected, which do not come back. */
  keptRejected: number;
}

/**
 * Queues classification for the given documents (or all in scope) that have text; returns how many were
 * queued and how many person-made decisions on them the runs will keep.
 */
export async function reclassifyDocuments(deps: AppDeps, ids: string[] | null, scope: ListScope): Promise<{ queued: number } & KeptDecisions> {
  return deps.db.transaction(async (tx) => {
    const selection = await markForReclassification(tx, ids, scope);
    const kept = await personDecisionCounts(tx, selection);
    return { queued: await enqueueForDocuments(tx, "classify_document", selection), keptManual: kept.manual, keptRejected: kept.rejected };
  });
}

/** Extracts the text again (e.g. after changing OCR languages); classification follows. */
export async function reextractDocument(deps: AppDeps, id: string, scope: ListScope): Promise<{ status: DocumentRow["status"] }> {
  return deps.db.transaction(async (tx) => {
    await documentsInScopeOrThrow(tx, [id], scope, { forUpdate: true });
    await setDocumentStatus(tx, id, "pending");
    await enqueueForDocument(tx, "extract_text", id);
    return { status: "pending" as const };
  });
}

/**
 * Runs classification again; a document without text goes through extraction first. Says how many
 * person-made decisions the run keeps.
 */
export async function reclassifyDocument(deps: AppDeps, id: string, scope: ListScope): Promise<{ status: DocumentRow["status"] } & KeptDecisions> {
  return deps.db.transaction(async (tx) => {
    const doc = await getDocument(tx, id, scope);
    const kept = await personDecisionCounts(tx, [id]);
    const counts = { keptManual: kept.manual, keptRejected: kept.rejected };
    if (doc.text === null) {
      await setDocumentStatus(tx, id, "pending");
      await enqueueForDocument(tx, "extract_text", id);
      return { status: "pending" as const, ...counts };
    }
    await setDocumentStatus(tx, id, "classifying");
    await enqueueForDocument(tx, "classify_document", id);
    return { status: "classifying" as const, ...counts };
  });
}
