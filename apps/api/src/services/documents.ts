// Use-cases behind both the tRPC procedures and the REST routes. Each takes the caller's scope (ADR 0010).
import {
  assertFolderOwned,
  countDocuments,
  deleteDocument,
  deleteDocuments,
  documentsInScopeOrThrow,
  restoreDocuments,
  trashDocuments,
  getDocument,
  listDocuments,
  listTrash,
  markForReclassification,
  personDecisionCounts,
  setDocumentsFolder,
  setDocumentStatus,
  type AuthUser,
  type DocumentPage,
  type DocumentRow,
  type ListScope,
  type QuotaState,
  type TrashedDocument,
} from "@docscan/db";
import { sniffBytes } from "@docscan/extract/sniff";
import { enqueueForDocument, enqueueForDocuments } from "@docscan/jobs";
import { InvalidInputError, NotFoundError, QuotaExceededError, type AcceptedType, type ListDocumentsInput } from "@docscan/shared";
import { documentEvents, type Audit, type AuditEvent } from "../audit.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { openSpooled, UploadError, type SpooledFile, type SpoolLimits } from "./spool.ts";
import { removeObjects, storageQuotaError, storeDocuments as storeFiles, type StoredDocument } from "@docscan/intake/store";

export type StoredUpload = StoredDocument;

export interface SniffedFile {
  file: SpooledFile;
  type: { mime: AcceptedType; ext: string };
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

/** The request's audit log (audit.ts), next to the app's parts: what the use-cases that change documents take. */
export type AuditedDeps = AppDeps & { audit: Audit };

/** Stores the files of one request for their owner, all or nothing (the shared path of every intake: @docscan/intake/store). */
export async function storeDocuments(deps: AuditedDeps, files: SniffedFile[], target: UploadTarget): Promise<StoredUpload[]> {
  const incoming = files.map(({ file, type }) => ({ filename: file.filename, size: file.size, sha256: file.sha256, type, open: () => openSpooled(file) }));
  const stored = await storeFiles(deps, incoming, target);
  await deps.audit(
    stored.map((d) => ({
      action: "document.upload" as const,
      objectType: "document" as const,
      objectId: d.id,
      objectLabel: d.filename,
      after: { size: d.size, contentType: d.contentType, folderId: target.folderId, duplicateOf: d.duplicateOf },
    })),
  );
  return stored;
}

/** The bytes a document row points at: the original and what the worker made of it (thumbnail, searchable PDF). */
const storedKeysOf = (row: DocumentRow) => [row.objectKey, row.thumbnailKey, row.searchablePdfKey];

/** The audit entry of a document deleted for good: its name and what identified its bytes, as they were. */
function deletedForGood(row: DocumentRow): AuditEvent {
  return { action: "document.delete_permanent", objectType: "document", objectId: row.id, objectLabel: row.filename, before: { size: row.size, sha256: row.sha256, ownerId: row.ownerId } };
}

/** How a delete goes: to the trash (the default, ADR 0021), or for good (`permanent`). `by`: who deletes. */
export interface RemoveOptions {
  permanent?: boolean;
  by?: string | null;
}

/**
 * Moves the document to the trash, or with `permanent` deletes it for good (from the trash too): the row
 * first, then the bytes, so a failure in between leaves an orphan object, never a row without bytes.
 */
export async function removeDocument(deps: AuditedDeps, id: string, scope: ListScope, opts: RemoveOptions = {}): Promise<void> {
  if (!opts.permanent) {
    await trashDocuments(deps.db, [id], scope, opts.by ?? null);
    await deps.audit(documentEvents("document.delete", [id]));
    return;
  }
  const row = await deleteDocument(deps.db, id, { ...scope, trash: "include" });
  await deps.audit(deletedForGood(row));
  await removeObjects(deps, storedKeysOf(row), "document row deleted but its object could not be removed");
}

/** Like removeDocument for a selection, all or nothing: one id outside the scope removes none. */
export async function removeDocuments(deps: AuditedDeps, ids: string[], scope: ListScope, opts: RemoveOptions = {}): Promise<{ deleted: number }> {
  if (!opts.permanent) {
    const { trashed } = await trashDocuments(deps.db, ids, scope, opts.by ?? null);
    await deps.audit(documentEvents("document.delete", ids));
    return { deleted: trashed };
  }
  const rows = await deleteDocuments(deps.db, ids, { ...scope, trash: "include" });
  await deps.audit(rows.map(deletedForGood));
  await removeObjects(deps, rows.flatMap(storedKeysOf), "document row deleted but its object could not be removed");
  return { deleted: rows.length };
}

/**
 * Takes documents out of the trash with their topics, folder and text. One trashed while the worker had it
 * queued was skipped by the worker (it no longer saw it), so it is queued again.
 */
export async function restoreFromTrash(deps: AuditedDeps, ids: string[], scope: ListScope): Promise<{ restored: number }> {
  const result = await deps.db.transaction(async (tx) => {
    const rows = await restoreDocuments(tx, ids, scope);
    for (const r of rows) {
      if (r.status === "pending" || r.status === "extracting") await enqueueForDocument(tx, "extract_text", r.id);
      else if (r.status === "classifying") await enqueueForDocument(tx, "classify_document", r.id);
    }
    return { restored: rows.length, ids: rows.map((r) => r.id) };
  });
  await deps.audit(documentEvents("document.restore", result.ids));
  return { restored: result.restored };
}

/** The trash lists this many documents at most (the newest deleted); the purge job keeps it bounded anyway. */
const TRASH_LIST_LIMIT = 500;

/** The trash in scope (members their own, admins everyone's), most recently deleted first, with when each goes for good. */
export async function trashFor(
  deps: AppDeps,
  scope: ListScope,
): Promise<{ trashDays: number; items: (TrashedDocument & { purgeAt: Date })[]; more: boolean }> {
  const { items, more } = await listTrash(deps.db, scope, TRASH_LIST_LIMIT);
  const purgeAt = (d: Date) => new Date(d.getTime() + deps.trashDays * 86_400_000);
  return { trashDays: deps.trashDays, items: items.map((d) => ({ ...d, purgeAt: purgeAt(d.trashedAt) })), more };
}

/**
 * The caller's list or search. A `folder` filter must name one of the caller's own folders; a folder holds
 * only its owner's documents (see moveDocuments), so the owner scope changes nothing there but lets
 * documents_owner_folder_created_idx serve admins' folder pages too.
 */
export async function listDocumentsFor(deps: AppDeps, user: AuthUser, input: ListDocumentsInput): Promise<DocumentPage> {
  return listDocuments(deps.db, input, { scope: await listScopeFor(deps, user, input) });
}

/** How many documents the caller's list with this input holds: the list's own capped/estimated count (a dashboard card). */
export async function countDocumentsFor(deps: AppDeps, user: AuthUser, input: Omit<ListDocumentsInput, "cursor" | "page">): Promise<{ value: number; exact: boolean }> {
  return countDocuments(deps.db, input, { scope: await listScopeFor(deps, user, input) });
}

async function listScopeFor(deps: AppDeps, user: AuthUser, input: Pick<ListDocumentsInput, "folder" | "owner">): Promise<ListScope> {
  if (input.folder) await assertFolderOwned(deps.db, user.id, input.folder);
  // `owner=me` narrows an admin's view (everyone's documents) to their own; a member's is that already.
  const own = Boolean(input.folder) || input.owner === "me";
  return own ? { ownerId: user.id } : documentScope(user);
}

/**
 * Files documents in one of the caller's folders (null: takes them out of any folder). A folder holds
 * only its owner's documents, so filing into one needs the caller's own documents; an admin, who sees
 * everyone's, is told why others' cannot go in.
 */
export async function moveDocuments(deps: AuditedDeps, user: AuthUser, ids: string[], folderId: string | null): Promise<{ moved: number }> {
  const scope = folderId === null ? documentScope(user) : { ownerId: user.id };
  const result = await deps.db.transaction(async (tx) => {
    if (folderId !== null) await assertFolderOwned(tx, user.id, folderId);
    return setDocumentsFolder(tx, ids, folderId, scope).catch(async (err: unknown) => {
      if (!(err instanceof NotFoundError) || folderId === null || user.role !== "admin") throw err;
      await documentsInScopeOrThrow(tx, ids, documentScope(user)).catch(() => Promise.reject(err));
      throw new InvalidInputError("your folders hold only your own documents: leave other users' documents out of the selection");
    });
  });
  await deps.audit(documentEvents("document.move", ids, { after: { folderId } }));
  return result;
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
