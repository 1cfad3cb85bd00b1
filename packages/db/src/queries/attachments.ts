// A mail and the documents made of its attachments (ADR 0032), as the viewer may see them.
import { aliasedTable, and, asc, eq } from "drizzle-orm";
import type { DocumentStatus } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { documents } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScope } from "./topics.ts";

export interface LinkedDocument {
  id: string;
  title: string;
  contentType: string;
  status: DocumentStatus;
}

export interface DocumentFamily {
  /** The mail this document came attached to; null when none, or when the viewer cannot see it (e.g. trashed). */
  attachedTo: LinkedDocument | null;
  /** The documents made of this mail's attachments that the viewer can see, in the mail's order. */
  attachments: LinkedDocument[];
}

const linked = { id: documents.id, title: documents.title, contentType: documents.contentType, status: documents.status };

/** The mail and attachments of document `id`; its own visibility is the caller's to check (getDocument). */
export async function documentFamily(db: DbOrTx, id: string, scope: ListScope): Promise<DocumentFamily> {
  const self = aliasedTable(documents, "self");
  const [attachedTo] = await db
    .select(linked)
    .from(self)
    .innerJoin(documents, eq(documents.id, self.parentId))
    .where(and(eq(self.id, id), documentsInScope(scope)));
  const attachments = await db
    .select(linked)
    .from(documents)
    .where(and(eq(documents.parentId, id), documentsInScope(scope)))
    .orderBy(asc(documents.attachmentIndex));
  return { attachedTo: attachedTo ?? null, attachments };
}
