// A mail's attachments become documents of their own (issue 14, ADR 0032): each typed from its bytes, stored
// under a server-made key through the same path as uploads (quota included), in the mail's folder, linked to the
// mail with its position. An extraction that runs again stores only the positions not stored yet, so a retried
// or re-extracted mail never makes copies; the unique (parent_id, attachment_index) index backs that up.
import { eq } from "drizzle-orm";
import { readQuota, type DocumentRow } from "@docscan/db";
import { documents } from "@docscan/db/schema";
import type { EmbeddedFile } from "@docscan/extract";
import { fileFromBytes, safeFileName, storeDocuments, type IncomingFile } from "@docscan/intake/store";
import { QuotaExceededError } from "@docscan/shared";
import type { WorkerDeps } from "../deps.ts";

export interface AttachmentsOutcome {
  stored: number;
  /** Attachments left out, each with its reason (an unsupported type, the owner's quota). */
  skipped: string[];
}

export async function storeAttachments(deps: WorkerDeps, mail: DocumentRow, attachments: EmbeddedFile[]): Promise<AttachmentsOutcome> {
  const outcome: AttachmentsOutcome = { stored: 0, skipped: [] };
  if (!mail.splitAttachments || !mail.ownerId || attachments.length === 0) return outcome;
  const done = new Set((await deps.db.select({ index: documents.attachmentIndex }).from(documents).where(eq(documents.parentId, mail.id))).map((r) => r.index));

  const files: IncomingFile[] = [];
  for (const [index, attachment] of attachments.entries()) {
    if (done.has(index)) continue;
    const file = await fileFromBytes(attachment.bytes, safeFileName(attachment.filename, `attachment-${index + 1}`));
    if (typeof file === "string") outcome.skipped.push(file);
    else files.push({ ...file, attachmentOf: { documentId: mail.id, index } });
  }
  if (files.length === 0) return outcome;
  const target = { ownerId: mail.ownerId, folderId: mail.folderId, quota: await readQuota(deps.db, mail.ownerId) };
  try {
    await storeDocuments({ ...deps, searchLanguage: mail.searchLanguage }, files, target);
    outcome.stored = files.length;
  } catch (err) {
    // The mail itself is read and kept; its attachments wait until there is room (re-extract the mail then).
    if (!(err instanceof QuotaExceededError)) throw err;
    outcome.skipped.push(`the attachments: ${err.message}`);
  }
  return outcome;
}
