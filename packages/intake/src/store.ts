// Storing new documents: the one code path behind uploads (api), the consume folder and mail accounts.
// Bytes go under server-made keys first; then the rows, their extraction jobs and (for intake) the record of
// where they came from are inserted together, so a crash in between leaves at most an orphan object.
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { Logger } from "pino";
import { isQuotaViolation, newDocumentsStatement, readQuota, type Db, type DbOrTx, type NewDocument, type NewDocumentRef, type QuotaState } from "@docscan/db";
import { documentTopics } from "@docscan/db/schema";
import { SNIFF_BYTES, sniffBytes } from "@docscan/extract/sniff";
import { insertQueued } from "@docscan/jobs";
import { QuotaExceededError, type AcceptedType, type DocumentStatus, type SearchLanguage } from "@docscan/shared";
import { makeObjectKey, type ObjectStore } from "@docscan/storage";

export interface StoreDeps {
  db: Db;
  storage: ObjectStore;
  log: Logger;
  /** Text-search configuration new documents are indexed with (SEARCH_LANGUAGE). */
  searchLanguage: SearchLanguage;
}

/** A file whose type was sniffed from its bytes, readable as often as needed. */
export interface IncomingFile {
  filename: string;
  size: number;
  sha256: string;
  type: { mime: AcceptedType; ext: string };
  open(): Readable;
  /** The mail this file was attached to, and its position among the mail's attachments (ADR 0032). */
  attachmentOf?: { documentId: string; index: number };
  /** False: a mail whose attachments must not become documents of their own (its mail rule chose them). */
  splitAttachments?: boolean;
}

/** A name safe to show and store: no path, no control characters, bounded. */
export function safeFileName(raw: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const name = (raw.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  return (name || fallback).slice(0, 200);
}

/** A file held in memory (a mail's part), typed from its bytes; or why it cannot be stored. */
export async function fileFromBytes(bytes: Uint8Array, filename: string): Promise<IncomingFile | string> {
  const type = await sniffBytes(bytes.subarray(0, SNIFF_BYTES));
  if (!type.ok) return `${filename}: ${type.reason}`;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { filename, size: bytes.byteLength, sha256: createHash("sha256").update(buffer).digest("hex"), type, open: () => Readable.from([buffer]) };
}

export interface StoreTarget {
  ownerId: string;
  /** One of the owner's folders (checked by the caller), or null. */
  folderId: string | null;
  /** The owner's quota, read before the bytes were. */
  quota: QuotaState;
  /** Topics (available to the owner, checked by the caller) linked as a person's choice: classification keeps them. */
  topicIds?: string[];
  /**
   * Runs in the transaction that inserts the rows, after them: intake records the file or message here, and
   * a unique violation it raises rolls the documents back too.
   */
  record?: (tx: DbOrTx, documentIds: string[]) => Promise<void>;
}

export interface StoredDocument {
  id: string;
  filename: string;
  status: DocumentStatus;
  contentType: string;
  size: number;
  sha256: string;
  /** An existing document of the same owner with the same bytes; the file is stored all the same. */
  duplicateOf: string | null;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 102.4) / 10} KB`;
  return `${n} bytes`;
}

export function storageQuotaError(quota: QuotaState, what: string): QuotaExceededError {
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
 * Stores files for their owner, all or nothing: the quota is checked before any byte is stored, the bytes go
 * under server-made keys, then all rows are inserted and extraction queued in one statement. That statement's
 * usage trigger checks the quota again with the owner's row locked (migration 0007), so concurrent uploads
 * cannot overshoot together. With `record` or topics, that runs in one transaction with them. Any failure
 * after storing removes the stored objects.
 */
export async function storeDocuments(deps: StoreDeps, files: IncomingFile[], target: StoreTarget): Promise<StoredDocument[]> {
  const { ownerId, folderId } = target;
  assertWithinQuota(target.quota, files);

  const planned = files.map((file) => {
    const id = randomUUID();
    return { id, file, objectKey: makeObjectKey({ owner: ownerId, documentId: id, ext: file.type.ext }) };
  });
  const rows: NewDocument[] = planned.map(({ id, file, objectKey }) => ({
    id,
    ownerId,
    folderId,
    filename: file.filename,
    objectKey,
    contentType: file.type.mime,
    size: file.size,
    sha256: file.sha256,
    storageBackend: deps.storage.backend,
    searchLanguage: deps.searchLanguage,
    status: "pending",
    parentId: file.attachmentOf?.documentId ?? null,
    attachmentIndex: file.attachmentOf?.index ?? null,
    splitAttachments: file.splitAttachments ?? true,
  }));

  const insert = async (db: DbOrTx) => {
    const inserted = await insertQueued<NewDocumentRef>(db, "extract_text", newDocumentsStatement(db, rows));
    const topicIds = target.topicIds ?? [];
    if (topicIds.length > 0 && rows.length > 0) {
      await db.insert(documentTopics).values(planned.flatMap(({ id }) => topicIds.map((topicId) => ({ documentId: id, topicId, source: "manual" as const }))));
    }
    return inserted;
  };

  const storedKeys: string[] = [];
  try {
    for (const p of planned) {
      await deps.storage.put(p.objectKey, p.file.open(), p.file.size, p.file.type.mime);
      storedKeys.push(p.objectKey);
    }
    const { record } = target;
    const run = record || target.topicIds?.length
      ? deps.db.transaction(async (tx) => {
          const inserted = await insert(tx);
          await record?.(tx, planned.map((p) => p.id));
          return inserted;
        })
      : insert(deps.db);
    const inserted = await run.catch(async (err: unknown) => {
      if (!isQuotaViolation(err)) throw err;
      // Another upload took the room, or a quota was set, meanwhile: name the file that no longer fits.
      assertWithinQuota(await readQuota(deps.db, ownerId), files);
      throw new QuotaExceededError("these files would exceed your quota");
    });
    const earlier = new Map(inserted.map((r) => [r.id, r.duplicateOf]));
    // Within one call, a repeated file is a duplicate of its first copy.
    const firstOfHash = new Map<string, string>();
    return planned.map(({ id, file }) => {
      const duplicateOf = earlier.get(id) ?? firstOfHash.get(file.sha256) ?? null;
      if (!firstOfHash.has(file.sha256)) firstOfHash.set(file.sha256, id);
      return { id, filename: file.filename, status: "pending" as const, contentType: file.type.mime, size: file.size, sha256: file.sha256, duplicateOf };
    });
  } catch (err) {
    await removeObjects(deps, storedKeys, "could not remove an object after a failed store");
    throw err;
  }
}

export async function removeObjects(deps: Pick<StoreDeps, "storage" | "log">, keys: (string | null)[], failure: string): Promise<void> {
  for (const key of keys) {
    if (key === null) continue;
    await deps.storage.delete(key).catch((err: unknown) => {
      deps.log.error({ err, objectKey: key }, failure);
    });
  }
}
