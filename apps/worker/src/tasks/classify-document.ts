import { ClassificationError, createClassifier } from "@docscan/classify";
import { getDocument, listTopics, readAiSettings, replaceDocumentTopics, setDocumentStatus } from "@docscan/db";
import { NotFoundError } from "@docscan/shared";
import type { Handler } from "../define-task.ts";

/**
 * Files the document under the topics whose confidence clears the threshold. AI links are
 * replaced on every run (manual links stay), so a retried or repeated job adds no duplicates.
 */
export const classifyDocumentTask: Handler<"classify_document"> = async ({ documentId }, deps) => {
  const doc = await getDocument(deps.db, documentId).catch((err: unknown) => {
    if (err instanceof NotFoundError) return null;
    throw err;
  });
  if (!doc) return;
  if (doc.text === null) {
    await setDocumentStatus(deps.db, documentId, "failed", { error: "cannot classify: the document has no extracted text" });
    return;
  }

  const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
  const topics = await listTopics(deps.db);
  let result;
  try {
    result = await createClassifier(settings).classify({
      text: doc.text,
      filename: doc.filename,
      topics: topics.map((t) => ({ id: t.id, name: t.name, description: t.description })),
    });
  } catch (err) {
    if (err instanceof ClassificationError) {
      await setDocumentStatus(deps.db, documentId, "failed", { error: `classification failed: ${err.message}` });
      return;
    }
    throw err;
  }

  const accepted = result.suggestions.filter((s) => s.confidence >= settings.threshold);
  await deps.db.transaction(async (tx) => {
    await replaceDocumentTopics(
      tx,
      documentId,
      "ai",
      accepted.map((s) => ({ topicId: s.topicId, confidence: s.confidence })),
    );
    await setDocumentStatus(tx, documentId, "done");
  });
  deps.log.info({ documentId, provider: result.provider, topics: accepted.length, ms: result.latencyMs }, "classified");
};
