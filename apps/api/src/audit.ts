// Recording the audit log (ADR 0024). Every request carries an `Audit` bound to who is calling (user, API
// token, address); the places that change something call it once, after their change has committed, with
// what they did. It never runs inside the change's transaction, so a rollback cannot take an entry away,
// and it costs the request one INSERT.
import type { Context as HonoContext } from "hono";
import { insertAuditEntries, type AuditActor, type AuditEvent } from "@docscan/db";
import { clientIp, type AuthEnv } from "./auth/middleware.ts";
import type { Auth } from "./auth/service.ts";
import type { AppDeps } from "./context.ts";

export type { AuditEvent };

/** Records entries for the current request; `actor` replaces parts of who (a sign-in names the account it signed in to). */
export type Audit = (events: AuditEvent | AuditEvent[], actor?: Partial<AuditActor>) => Promise<void>;

export function auditor(deps: Pick<AppDeps, "db" | "log">, auth: Auth, ip: string): Audit {
  const who: AuditActor = { userId: auth.user?.id ?? null, email: auth.user?.email ?? null, tokenHash: auth.apiTokenHash, ip };
  return async (events, actor = {}) => {
    const list = Array.isArray(events) ? events : [events];
    try {
      await insertAuditEntries(deps.db, { ...who, ...actor }, list);
    } catch (err) {
      // The change has happened; failing its answer now would invite a retry that repeats it. The log keeps the entry.
      deps.log.error({ err, audit: list.map((e) => ({ ...e, before: undefined, after: undefined })), actor: { ...who, ...actor, tokenHash: undefined } }, "could not write the audit log");
    }
  };
}

/** The `Audit` of a REST request. */
export function restAudit(deps: AppDeps, c: HonoContext<AuthEnv>): Audit {
  return auditor(deps, c.get("auth"), clientIp(c, deps.trustProxy));
}

/** One event per document of a bulk action (the document's file name is filled in by the insert when not given). */
export function documentEvents(action: AuditEvent["action"], ids: string[], fields: Omit<AuditEvent, "action" | "objectType" | "objectId"> = {}): AuditEvent[] {
  return [...new Set(ids)].map((id) => ({ action, objectType: "document" as const, objectId: id, ...fields }));
}

/** The app's parts with the REST request's `Audit`: what the use-cases that change things take. */
export function audited(deps: AppDeps, c: HonoContext<AuthEnv>): AppDeps & { audit: Audit } {
  return { ...deps, audit: restAudit(deps, c) };
}

/** A person set a document's topics: the ids they saw (when the client sent them) and the ids it has now. */
export function topicsEvent(documentId: string, topicIds: string[], expectedTopicIds?: string[]): AuditEvent {
  return {
    action: "document.topics",
    objectType: "document",
    objectId: documentId,
    before: expectedTopicIds ? { topicIds: expectedTopicIds } : undefined,
    after: { topicIds },
  };
}

/** An API token made or revoked: by id and name, never the token. */
export function tokenEvent(action: "token.create" | "token.revoke", token: { id: string; name: string }): AuditEvent {
  return { action, objectType: "token", objectId: token.id, objectLabel: token.name };
}

/** A new account (never its password). */
export function userCreatedEvent(user: { id: string; email: string; role: string }): AuditEvent {
  return { action: "user.create", objectType: "user", objectId: user.id, objectLabel: user.email, after: { email: user.email, role: user.role } };
}

/** A person renamed a document (its title; the file name stays). */
export function titleEvent(doc: { id: string; title: string }): AuditEvent {
  return { action: "document.title", objectType: "document", objectId: doc.id, after: { title: doc.title } };
}

/** A note added to or deleted from a document: on the document, so its history shows it (the text cut short). */
export function noteEvent(action: "document.note_add" | "document.note_delete", note: { id: string; documentId: string; text?: string }): AuditEvent {
  return { action, objectType: "document", objectId: note.documentId, after: { noteId: note.id, ...(note.text === undefined ? {} : { text: note.text.slice(0, 200) }) } };
}

/** A folder, mail account or webhook endpoint made, changed or removed: by id and name (never a password or secret). */
export function thingEvent(
  action: "folder.create" | "folder.rename" | "folder.delete" | "mail_account.create" | "mail_account.update" | "mail_account.delete" | "webhook.create" | "webhook.update" | "webhook.delete",
  thing: { id: string; label?: string },
): AuditEvent {
  const objectType = action.slice(0, action.indexOf(".")) as "folder" | "mail_account" | "webhook";
  return { action, objectType, objectId: thing.id, ...(thing.label === undefined ? {} : { objectLabel: thing.label }) };
}

export function dateEvent(doc: { id: string; documentDate: string | null }): AuditEvent {
  return { action: "document.date", objectType: "document", objectId: doc.id, after: { documentDate: doc.documentDate } };
}

/** A saved view made, renamed, changed, shared or deleted: by id and name, with what changed. */
export function viewEvent(
  action: "view.create" | "view.rename" | "view.update" | "view.share" | "view.delete",
  view: { id: string; name: string },
  fields: Pick<AuditEvent, "before" | "after"> = {},
): AuditEvent {
  return { action, objectType: "view", objectId: view.id, objectLabel: view.name, ...fields };
}
