// Reading the audit log (ADR 0024): admins read everyone's entries, members their own; a document's
// history is open to whoever may see the document. Nothing here or anywhere in the api changes an entry.
import { documentsInScopeOrThrow, listAuditEntries, objectAuditEntries, type AuditEntry, type AuditPage, type AuthUser, type DbOrTx } from "@docscan/db";
import type { AuditListInput } from "@docscan/shared/audit";
import { documentScope } from "../auth/scope.ts";

/** The entries `user` may list: an admin's filters as given; a member's always narrowed to their own. */
export function listAuditFor(db: DbOrTx, user: AuthUser, input: AuditListInput): Promise<AuditPage> {
  return listAuditEntries(db, user.role === "admin" ? input : { ...input, actorId: user.id });
}

/**
 * A document's history, newest first, for anyone who may see the document (also in the trash). A member
 * sees who acted on it, but not the address or token of someone else's entry.
 */
export async function documentAuditFor(db: DbOrTx, user: AuthUser, documentId: string): Promise<AuditEntry[]> {
  await documentsInScopeOrThrow(db, [documentId], { ...documentScope(user), trash: "include" });
  const entries = await objectAuditEntries(db, "document", documentId);
  if (user.role === "admin") return entries;
  return entries.map((e) => (e.actorId === user.id ? e : { ...e, ip: null, tokenId: null, tokenName: null }));
}

const CSV_COLUMNS = ["id", "at", "actor_email", "actor_id", "token_name", "token_id", "ip", "action", "object_type", "object_id", "object_label", "before", "after"] as const;

/** One CSV field: quoted when needed; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(e: AuditEntry): string {
  const values = [e.id, e.at, e.actorEmail, e.actorId, e.tokenName, e.tokenId, e.ip, e.action, e.objectType, e.objectId, e.objectLabel, e.before, e.after];
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Page size of the export's reads: its memory stays bounded however many entries match. */
const EXPORT_PAGE = 1000;

/** The matching entries as CSV (header first, newest first), read page by page. */
export async function* auditCsv(db: DbOrTx, user: AuthUser, input: Omit<AuditListInput, "cursor" | "limit">): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(",")}\r\n`;
  let cursor: string | undefined;
  do {
    const page = await listAuditFor(db, user, { ...input, cursor, limit: EXPORT_PAGE });
    yield page.items.map(csvRow).join("");
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
