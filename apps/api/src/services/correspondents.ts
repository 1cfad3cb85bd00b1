// Correspondent use-cases behind both the tRPC procedures and the REST routes (issue 17, ADR 0030). Scoped like
// topics (ADR 0010): admins manage global correspondents, everyone their own; a document may carry a global one or
// one of its owner's.
import type { z } from "zod";
import type { AuthUser, Db, DbOrTx, ListScope } from "@docscan/db";
import {
  createCorrespondent,
  deleteCorrespondent,
  getVisibleCorrespondent,
  setDocumentsCorrespondent,
  updateCorrespondent,
  type CorrespondentFields,
  type CorrespondentRow,
} from "@docscan/db/correspondents";
import { checkMatchRule, MatchRuleError } from "@docscan/extract/correspondents";
import { ForbiddenError, InvalidInputError, type correspondentCreateSchema } from "@docscan/shared";
import type { Audit, AuditEvent } from "../audit.ts";

/** A rule RE2 cannot run, or one without words, is the caller's mistake (400), with RE2's reason. */
function checkRule(r: Pick<CorrespondentFields, "match" | "algorithm" | "caseInsensitive">): void {
  try {
    checkMatchRule(r);
  } catch (err) {
    if (err instanceof MatchRuleError) throw new InvalidInputError(err.message);
    throw err;
  }
}

/** The correspondent `user` may change: their own, or a global one if they are an admin; someone else's is 404. */
async function correspondentToChange(db: DbOrTx, user: AuthUser, id: string): Promise<CorrespondentRow> {
  const c = await getVisibleCorrespondent(db, user.id, id);
  if (c.ownerId === null && user.role !== "admin") throw new ForbiddenError("only admins can change global correspondents");
  return c;
}

export const fieldsOf = (c: CorrespondentRow) => ({ name: c.name, match: c.match, algorithm: c.algorithm, caseInsensitive: c.caseInsensitive, ownerId: c.ownerId });
export const event = (action: "correspondent.create" | "correspondent.update" | "correspondent.delete", c: CorrespondentRow, fields: Pick<AuditEvent, "before" | "after">): AuditEvent => ({
  action,
  objectType: "correspondent",
  objectId: c.id,
  objectLabel: c.name,
  ...fields,
});

/** Who owns a correspondent `user` creates: an admin's is global unless `personal`; a member's is always their own. */
export function newCorrespondentOwner(user: AuthUser, personal = false): string | null {
  return user.role === "admin" && !personal ? null : user.id;
}

/** An admin's correspondent is global unless `personal`; a member's is always their own. */
export async function createCorrespondentFor(db: Db, audit: Audit, user: AuthUser, { personal, ...fields }: z.output<typeof correspondentCreateSchema>): Promise<CorrespondentRow> {
  checkRule(fields);
  const created = await createCorrespondent(db, { ...fields, ownerId: newCorrespondentOwner(user, personal) });
  await audit(event("correspondent.create", created, { after: fieldsOf(created) }));
  return created;
}

export async function changeCorrespondent(db: Db, audit: Audit, user: AuthUser, id: string, fields: Partial<CorrespondentFields>): Promise<CorrespondentRow> {
  const { before, after } = await db.transaction(async (tx) => {
    const before = await correspondentToChange(tx, user, id);
    checkRule({ match: fields.match ?? before.match, algorithm: fields.algorithm ?? before.algorithm, caseInsensitive: fields.caseInsensitive ?? before.caseInsensitive });
    return { before, after: await updateCorrespondent(tx, id, fields) };
  });
  await audit(event("correspondent.update", after, { before: fieldsOf(before), after: fieldsOf(after) }));
  return after;
}

/** Deletes it; its documents are left without a correspondent. */
export async function removeCorrespondent(db: Db, audit: Audit, user: AuthUser, id: string): Promise<{ detached: number }> {
  const { c, result } = await db.transaction(async (tx) => {
    const c = await correspondentToChange(tx, user, id);
    return { c, result: await deleteCorrespondent(tx, id) };
  });
  await audit(event("correspondent.delete", c, { before: { ...fieldsOf(c), documents: result.detached } }));
  return result;
}

/** A person's correspondent (null: none) for documents in scope, all or nothing; one audit entry per document. */
export async function setCorrespondentFor(db: Db, audit: Audit, ids: string[], correspondentId: string | null, scope: ListScope): Promise<{ updated: number }> {
  const { updated, name, before } = await setDocumentsCorrespondent(db, ids, correspondentId, scope);
  await audit(before.map((d) => correspondentEvent(d.id, d.correspondentId, { correspondentId, correspondent: name })));
  return { updated };
}

/** The audit entry of a document's correspondent set by a person (`after`: the new one, and how). */
export function correspondentEvent(documentId: string, before: string | null, after: Record<string, unknown>): AuditEvent {
  return { action: "document.correspondent", objectType: "document", objectId: documentId, before: { correspondentId: before }, after };
}
