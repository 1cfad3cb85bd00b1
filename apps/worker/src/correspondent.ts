// The document's correspondent after extraction (issue 17, ADR 0030): rules, then the model learned from the
// owner's confirmed documents, then an e-mail's sender. A person's choice is never overwritten, nor the LLM's unless
// `overLlm` (the classification run that has the LLM's answer, ADR 0039).
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@docscan/db";
import { confirmedCorrespondentExamples, listAvailableCorrespondents, saveFoundCorrespondent } from "@docscan/db/correspondents";
import { documents } from "@docscan/db/schema";
import { assignCorrespondent, trainCorrespondentModel, type CorrespondentAssignment } from "@docscan/extract/correspondents";

/** Finds and saves the correspondent of a document whose text was just saved (in the same transaction). */
export async function assignDocumentCorrespondent(
  tx: DbOrTx,
  doc: { id: string; ownerId: string | null; filename: string; parentId?: string | null },
  text: string,
  opts: { overLlm?: boolean } = {},
): Promise<CorrespondentAssignment | null> {
  const [current] = await tx.select({ source: documents.correspondentSource }).from(documents).where(eq(documents.id, doc.id));
  if (!current || current.source === "person") return null;
  const rules = await listAvailableCorrespondents(tx, doc.ownerId);
  if (rules.length === 0) {
    await saveFoundCorrespondent(tx, doc.id, null, opts);
    return null;
  }
  const model = rules.some((r) => r.algorithm === "auto") ? trainCorrespondentModel(await confirmedCorrespondentExamples(tx, doc.ownerId, doc.id)) : null;
  // An attachment of a mail: the mail's sender is the fallback (its text starts with the From line).
  let mailText: string | undefined;
  if (doc.parentId) {
    const [parent] = await tx.select({ text: documents.text }).from(documents).where(eq(documents.id, doc.parentId));
    mailText = parent?.text?.slice(0, 2000) ?? undefined;
  }
  const found = assignCorrespondent(text, doc.filename, rules, model, mailText ? { mailText } : {});
  await saveFoundCorrespondent(tx, doc.id, found, opts);
  return found;
}
