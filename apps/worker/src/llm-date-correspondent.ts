// The document's date and sender from the LLM's classification answer (issue 17, ADR 0039). Extraction has set
// the offline readers' values already; a run with the LLM's answer (fresh or cached) settles both again:
// a person's value is final, else the LLM's, else the offline reader's. A sender the LLM read that is none of the
// owner's correspondents is kept as a proposal; the worker never creates a correspondent.
import type { ClassifyResult } from "@docscan/classify";
import type { DbOrTx } from "@docscan/db";
import { saveDocumentDate } from "@docscan/db";
import { listAvailableCorrespondents, saveFoundCorrespondent, saveProposedCorrespondent } from "@docscan/db/correspondents";
import { findDocumentDate } from "@docscan/extract/date";
import type { FindDateOptions } from "@docscan/extract/dates";
import { correspondentNamed } from "@docscan/extract/correspondents";
import { assignDocumentCorrespondent } from "./correspondent.ts";

export async function saveLlmDateAndCorrespondent(
  tx: DbOrTx,
  doc: { id: string; ownerId: string | null; filename: string; parentId?: string | null; text: string },
  answer: Pick<ClassifyResult, "documentDate" | "correspondent">,
  dates: FindDateOptions,
): Promise<void> {
  const date = answer.documentDate;
  await saveDocumentDate(
    tx,
    doc.id,
    date ? { date: date.date, source: "llm", quote: date.quote } : findDocumentDate(doc.text, { ...dates, filename: doc.filename }),
  );

  const sender = answer.correspondent;
  const known = sender ? correspondentNamed(sender.name, sender.quote, await listAvailableCorrespondents(tx, doc.ownerId)) : null;
  if (sender && known) {
    await saveFoundCorrespondent(tx, doc.id, { correspondentId: known.id, source: "llm", confidence: sender.confidence, quote: sender.quote.slice(0, 500) }, { overLlm: true });
  } else {
    // No known sender from the LLM: the offline finders decide (an earlier run's LLM choice is replaced).
    await assignDocumentCorrespondent(tx, doc, doc.text, { overLlm: true });
  }
  await saveProposedCorrespondent(tx, doc.id, sender && !known ? { name: sender.name, quote: sender.quote } : null);
}
