// Use-cases behind both the tRPC procedures and the REST routes.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import {
  deleteDocument,
  findDuplicate,
  getDocument,
  insertDocument,
  markForReclassification,
  setDocumentStatus,
  type DocumentRow,
} from "@docscan/db";
import { sniffFile } from "@docscan/extract/sniff";
import { enqueueForDocument, enqueueForDocuments } from "@docscan/jobs";
import { makeObjectKey } from "@docscan/storage";
import type { AppDeps } from "../context.ts";
import { UploadError, type SpooledFile } from "./spool.ts";

export interface StoredUpload {
  id: string;
  filename: string;
  status: DocumentRow["status"];
  contentType: string;
  size: number;
  sha256: string;
  /** An existing document with the same bytes; the upload is stored all the same. */
  duplicateOf: string | null;
}

/** Sniffs every file first, so one bad file rejects the request before anything is stored. */
export async function sniffAll(files: SpooledFile[]) {
  const sniffed = [];
  for (const file of files) {
    const type = await sniffFile(file.path);
    if (!type.ok) throw new UploadError(415, `"${file.filename}": ${type.reason}`);
    sniffed.push({ file, type });
  }
  return sniffed;
}

/**
 * Stores the bytes under a server-made key, then writes the row and queues extraction in one
 * transaction. Storage fails → no row; the database fails → the stored object is removed.
 */
export async function storeDocument(
  deps: AppDeps,
  file: SpooledFile,
  type: { mime: string; ext: string },
  ownerId: string | null = null,
): Promise<StoredUpload> {
  const id = randomUUID();
  const duplicateOf = await findDuplicate(deps.db, file.sha256, ownerId);
  const objectKey = makeObjectKey({ owner: ownerId, documentId: id, ext: type.ext });
  await deps.storage.put(objectKey, createReadStream(file.path), file.size, type.mime);
  try {
    const row = await deps.db.transaction(async (tx) => {
      const inserted = await insertDocument(tx, {
        id,
        ownerId,
        filename: file.filename,
        objectKey,
        contentType: type.mime,
        size: file.size,
        sha256: file.sha256,
        storageBackend: deps.storage.backend,
        searchLanguage: deps.searchLanguage,
      });
      await enqueueForDocument(tx, "extract_text", id);
      return inserted;
    });
    return { id, filename: row.filename, status: row.status, contentType: row.contentType, size: row.size, sha256: row.sha256, duplicateOf };
  } catch (err) {
    await deps.storage.delete(objectKey).catch((cleanupErr: unknown) => {
      deps.log.error({ err: cleanupErr, objectKey }, "could not remove object after a failed insert");
    });
    throw err;
  }
}

/** Removes the row first, then the bytes: a failure in between leaves an orphan object, never a row without bytes. */
export async function removeDocument(deps: AppDeps, id: string): Promise<void> {
  const row = await deleteDocument(deps.db, id);
  await deps.storage.delete(row.objectKey).catch((err: unknown) => {
    deps.log.error({ err, objectKey: row.objectKey }, "document row deleted but its object could not be removed");
  });
}

/** Queues classification for the given documents (or all) that have text; returns how many were queued. */
export async function reclassifyDocuments(deps: AppDeps, ids: string[] | null): Promise<{ queued: number }> {
  return deps.db.transaction(async (tx) => {
    const selection = await markForReclassification(tx, ids);
    return { queued: await enqueueForDocuments(tx, "classify_document", selection) };
  });
}

/** Extracts the text again (e.g. after changing OCR languages); classification follows. */
export async function reextractDocument(deps: AppDeps, id: string): Promise<{ status: DocumentRow["status"] }> {
  return deps.db.transaction(async (tx) => {
    await getDocument(tx, id);
    await setDocumentStatus(tx, id, "pending");
    await enqueueForDocument(tx, "extract_text", id);
    return { status: "pending" as const };
  });
}

/** Runs classification again; a document without text goes through extraction first. */
export async function reclassifyDocument(deps: AppDeps, id: string): Promise<{ status: DocumentRow["status"] }> {
  return deps.db.transaction(async (tx) => {
    const doc = await getDocument(tx, id);
    if (doc.text === null) {
      await setDocumentStatus(tx, id, "pending");
      await enqueueForDocument(tx, "extract_text", id);
      return { status: "pending" as const };
    }
    await setDocumentStatus(tx, id, "classifying");
    await enqueueForDocument(tx, "classify_document", id);
    return { status: "classifying" as const };
  });
}
