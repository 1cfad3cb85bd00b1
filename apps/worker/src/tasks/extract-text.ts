import { buffer } from "node:stream/consumers";
import { getDocument, setDocumentStatus } from "@docscan/db";
import { ExtractionError, extractText } from "@docscan/extract";
import { enqueueForDocument } from "@docscan/jobs";
import { isAcceptedType, NotFoundError } from "@docscan/shared";
import type { Handler } from "../define-task.ts";

/** Gets the text out of the stored original, then hands the document to classification. */
export const extractTextTask: Handler<"extract_text"> = async ({ documentId }, deps) => {
  const doc = await getDocument(deps.db, documentId).catch((err: unknown) => {
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
  const bytes = await buffer(await deps.storage.get(doc.objectKey));

  let result;
  try {
    result = await extractText(bytes, doc.contentType, { maxPages: deps.limits.maxPages });
  } catch (err) {
    // A broken or unsupported file is the file's fault: record why, do not retry.
    if (err instanceof ExtractionError) return fail(err.message);
    throw err;
  }
  if (!result.text.trim()) {
    return fail("no text found in the document (it may be a scan; OCR for scans is not available yet)");
  }

  await deps.db.transaction(async (tx) => {
    await setDocumentStatus(tx, documentId, "classifying", { text: result.text, pageCount: result.pageCount });
    await enqueueForDocument(tx, "classify_document", documentId);
  });
  deps.log.info({ documentId, pages: result.pageCount, chars: result.text.length }, "text extracted");
};
