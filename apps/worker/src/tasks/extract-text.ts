import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { ALL_DOCUMENTS, getDocument, saveExtraction, setDocumentStatus } from "@docscan/db";
import { ExtractionError, extractText, renderThumbnail } from "@docscan/extract";
import { enqueueForDocument } from "@docscan/jobs";
import { isAcceptedType, NotFoundError, type AcceptedType } from "@docscan/shared";
import { makeObjectKey, ObjectNotFoundError } from "@docscan/storage";
import type { WorkerDeps } from "../deps.ts";
import type { Handler } from "../define-task.ts";

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
  const bytes = await buffer(original);

  let result;
  try {
    result = await extractText(bytes, doc.contentType, { limits: deps.limits, ocr: deps.ocr });
  } catch (err) {
    // A broken, hostile or oversized file is the file's fault: record why, do not retry.
    if (err instanceof ExtractionError) return fail(err.message);
    throw err;
  }
  if (!result.text.trim()) return fail("no text found in the document (blank pages, or OCR found no words)");

  const thumbnailKey = await storeThumbnail(deps, doc, bytes, doc.contentType, result.text);
  // The thumbnail this run made, if the row never comes to point at it (deleted meanwhile, or a failure).
  const dropNewThumbnail = async () => {
    if (thumbnailKey && thumbnailKey !== doc.thumbnailKey) await deps.storage.delete(thumbnailKey);
  };
  const saved = await deps.db
    .transaction(async (tx) => {
      const exists = await saveExtraction(tx, documentId, {
        text: result.text,
        pageCount: result.pageCount,
        ocrConfidence: result.meanOcrConfidence,
        pages: result.pages,
        thumbnailKey,
      });
      if (exists) await enqueueForDocument(tx, "classify_document", documentId);
      return exists;
    })
    .catch(async (err: unknown) => {
      await dropNewThumbnail();
      throw err;
    });
  if (!saved) return dropNewThumbnail(); // the document was deleted while it was being read
  if (doc.thumbnailKey && doc.thumbnailKey !== thumbnailKey) await deps.storage.delete(doc.thumbnailKey);
  deps.log.info({ documentId, pages: result.pageCount, chars: result.text.length, ocrConfidence: result.meanOcrConfidence }, "text extracted");
};

/** A thumbnail is a nicety: failing to make one never fails the document. */
async function storeThumbnail(
  deps: WorkerDeps,
  doc: { id: string; ownerId: string | null; thumbnailKey: string | null },
  bytes: Uint8Array,
  mime: AcceptedType,
  text: string,
): Promise<string | null> {
  try {
    const thumb = await renderThumbnail(bytes, mime, { maxPixels: deps.limits.maxPixels, text });
    if (!thumb) return null;
    const key = makeObjectKey({ owner: doc.ownerId, documentId: doc.id, ext: thumb.mime === "image/webp" ? ".webp" : ".png" });
    await deps.storage.put(key, Readable.from([Buffer.from(thumb.bytes)]), thumb.bytes.byteLength, thumb.mime);
    return key;
  } catch (err) {
    deps.log.warn({ err, documentId: doc.id }, "could not make a thumbnail");
    return doc.thumbnailKey;
  }
}
