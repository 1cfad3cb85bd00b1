import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ALL_DOCUMENTS, getDocument, saveExtraction, setDocumentStatus } from "@docscan/db";
import { findDocumentDate } from "@docscan/extract/date";
import { ExtractionError, type SandboxResult, type ThumbnailData } from "@docscan/extract/sandbox";
import { enqueueForDocument } from "@docscan/jobs";
import { isAcceptedType, NotFoundError } from "@docscan/shared";
import { makeObjectKey, ObjectNotFoundError } from "@docscan/storage";
import { assignDocumentCorrespondent } from "../correspondent.ts";
import type { WorkerDeps } from "../deps.ts";
import type { Handler } from "../define-task.ts";
import { storeAttachments } from "./attachments.ts";

/** Gets the text out of the stored original (OCR where needed), makes a thumbnail, then hands the document to classification. */
export const extractTextTask: Handler<"extract_text"> = async ({ documentId }, deps) => {
  const doc = await getDocument(deps.db, documentId, ALL_DOCUMENTS).catch((err: unknown) => {
    if (err instanceof NotFoundError) return null; // deleted while queued
    throw err;
  });
  if (!doc) return;

  const fail = (error: string) => setDocumentStatus(deps.db, documentId, "failed", { error });
  if (!isAcceptedType(doc.contentType)) return fail(`unsupported file type: ${doc.contentType}`);
  if (doc.size > deps.limits.maxExtractBytes) {
    return fail(`file is larger than the extraction limit of ${deps.limits.maxExtractBytes} bytes (MAX_EXTRACT_BYTES)`);
  }

  await setDocumentStatus(deps.db, documentId, "extracting");
  const original = await deps.storage.get(doc.objectKey).catch((err: unknown) => {
    if (err instanceof ObjectNotFoundError) return null; // retrying cannot bring it back
    throw err;
  });
  if (!original) return fail("the original file is missing from storage");

  // The original goes to a file that a sandbox process reads: this process never holds it, nor parses it.
  const dir = await mkdtemp(join(tmpdir(), "docscan-extract-"));
  let read: SandboxResult;
  let searchable: { key: string | null; error: string | null };
  try {
    const path = join(dir, "original");
    await pipeline(original, createWriteStream(path));
    // Scans and photos also get a searchable PDF, from the same OCR pass (issue 14), in a file beside it.
    read = await deps.extraction.extract(path, doc.contentType, { searchablePdfPath: join(dir, "searchable.pdf") });
    searchable = read.extraction.text.trim() ? await storeSearchablePdf(deps, doc, read) : { key: null, error: null };
  } catch (err) {
    // A broken, hostile or oversized file is the file's fault — a limit breach included: record why, do not
    // retry (the same bytes would break the same limit). Other errors are retried.
    if (err instanceof ExtractionError) {
      deps.log.info({ documentId, code: err.code, reason: err.message }, "extraction failed");
      return fail(err.message);
    }
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const result = read.extraction;
  if (!result.text.trim()) return fail("no text found in the document (blank pages, or OCR found no words)");

  if (read.thumbnailError) deps.log.warn({ documentId, reason: read.thumbnailError }, "could not make a thumbnail");
  const thumbnailKey = read.thumbnail ? await storeThumbnail(deps, doc, read.thumbnail) : read.thumbnailError ? doc.thumbnailKey : null;
  // What this run stored, if the row never comes to point at it (deleted meanwhile, or a failure).
  const dropNewThumbnail = async () => {
    if (thumbnailKey && thumbnailKey !== doc.thumbnailKey) await deps.storage.delete(thumbnailKey);
    if (searchable.key) await deps.storage.delete(searchable.key);
  };
  const saved = await deps.db
    .transaction(async (tx) => {
      const exists = await saveExtraction(tx, documentId, {
        text: result.text,
        pageCount: result.pageCount,
        ocrConfidence: result.meanOcrConfidence,
        ocrLowConfidence: result.lowConfidencePages.length > 0,
        pages: result.pages,
        thumbnailKey,
        searchablePdfKey: searchable.key,
        searchablePdfError: searchable.error,
        documentDate: findDocumentDate(result.text, { ...deps.dates, filename: doc.filename }),
      });
      if (exists) {
        await assignDocumentCorrespondent(tx, doc, result.text);
        await enqueueForDocument(tx, "classify_document", documentId);
      }
      return exists;
    })
    .catch(async (err: unknown) => {
      await dropNewThumbnail();
      throw err;
    });
  if (!saved) return dropNewThumbnail(); // the document was deleted while it was being read
  if (doc.thumbnailKey && doc.thumbnailKey !== thumbnailKey) await deps.storage.delete(doc.thumbnailKey);
  // A re-extraction replaces the searchable PDF: the earlier one goes, whether or not this run made one.
  if (doc.searchablePdfKey) await deps.storage.delete(doc.searchablePdfKey);
  deps.log.info({ documentId, pages: result.pageCount, chars: result.text.length, ocrConfidence: result.meanOcrConfidence, lowConfidencePages: result.lowConfidencePages }, "text extracted");
  if (result.attachments?.length) {
    const { stored, skipped } = await storeAttachments(deps, doc, result.attachments);
    deps.log.info({ documentId, stored, skipped }, "attachments stored as documents");
  }
};

/**
 * The searchable PDF the sandbox wrote, stored under a key of its own; like the thumbnail, failing to make or
 * store one never fails the document: the reason is kept on the row.
 */
async function storeSearchablePdf(deps: WorkerDeps, doc: { id: string; ownerId: string | null }, read: SandboxResult): Promise<{ key: string | null; error: string | null }> {
  if (read.searchablePdfError) deps.log.warn({ documentId: doc.id, reason: read.searchablePdfError }, "could not make the searchable PDF");
  if (!read.searchablePdf) return { key: null, error: read.searchablePdfError };
  const key = makeObjectKey({ owner: doc.ownerId, documentId: doc.id, ext: ".pdf" });
  try {
    await deps.storage.put(key, createReadStream(read.searchablePdf.path), read.searchablePdf.bytes, "application/pdf");
    return { key, error: null };
  } catch (err) {
    deps.log.warn({ err, documentId: doc.id }, "could not store the searchable PDF");
    return { key: null, error: "the searchable PDF could not be stored" };
  }
}

/** A thumbnail is a nicety: failing to store one never fails the document. */
async function storeThumbnail(deps: WorkerDeps, doc: { id: string; ownerId: string | null; thumbnailKey: string | null }, thumb: ThumbnailData): Promise<string | null> {
  try {
    const key = makeObjectKey({ owner: doc.ownerId, documentId: doc.id, ext: thumb.mime === "image/webp" ? ".webp" : ".png" });
    await deps.storage.put(key, Readable.from([Buffer.from(thumb.bytes)]), thumb.bytes.byteLength, thumb.mime);
    return key;
  } catch (err) {
    deps.log.warn({ err, documentId: doc.id }, "could not store the thumbnail");
    return doc.thumbnailKey;
  }
}
