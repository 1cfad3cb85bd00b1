// How the console names audit-log entries (ADR 0024): the action as a person would say it, and who acted.
import type { AuditAction, AuditObjectType } from "@docscan/shared/audit";
import type { RouterOutputs } from "./trpc.ts";

export type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];

export const ACTION_LABELS: Record<AuditAction, string> = {
  "document.upload": "Uploaded",
  "document.download": "Downloaded the original",
  "document.download_searchable": "Downloaded the searchable PDF",
  "document.view": "Viewed the original",
  "document.delete": "Moved to the trash",
  "document.restore": "Restored from the trash",
  "document.delete_permanent": "Deleted for good",
  "document.topics": "Changed topics",
  "document.date": "Changed the document's date",
  "document.correspondent": "Changed the correspondent",
  "document.field": "Set a custom field",
  "document.title": "Renamed",
  "document.note_add": "Added a note",
  "document.note_delete": "Deleted a note",
  "folder.create": "Created a folder",
  "folder.rename": "Renamed a folder",
  "folder.delete": "Deleted a folder",
  "mail_account.create": "Added a mail account",
  "mail_account.update": "Changed a mail account",
  "mail_account.delete": "Removed a mail account",
  "webhook.create": "Registered a webhook",
  "webhook.update": "Changed a webhook",
  "webhook.delete": "Deleted a webhook",
  "view.create": "Saved a view",
  "view.rename": "Renamed a view",
  "view.update": "Changed a view",
  "view.share": "Shared or unshared a view",
  "view.delete": "Deleted a view",
  "document.move": "Moved to a folder",
  "topic.create": "Created a topic",
  "topic.update": "Changed a topic",
  "topic.delete": "Deleted a topic",
  "correspondent.create": "Created a correspondent",
  "correspondent.update": "Changed a correspondent",
  "correspondent.delete": "Deleted a correspondent",
  "field.create": "Created a custom field",
  "field.update": "Changed a custom field",
  "field.delete": "Deleted a custom field",
  "field.attach": "Attached a field to a topic",
  "field.detach": "Detached a field from a topic",
  "settings.update": "Changed AI settings",
  "user.create": "Created a user",
  "user.update": "Changed a user",
  "user.password_reset": "Reset a password",
  "user.password_change": "Changed own password",
  "token.create": "Created an API token",
  "token.revoke": "Revoked an API token",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "instance.export": "Exported the instance",
  "instance.import": "Imported an export",
};

export const OBJECT_LABELS: Record<AuditObjectType, string> = {
  document: "Document",
  topic: "Topic",
  folder: "Folder",
  mail_account: "Mail account",
  webhook: "Webhook",
  settings: "Settings",
  user: "User",
  token: "API token",
  instance: "Instance",
  view: "Saved view",
  correspondent: "Correspondent",
  field: "Custom field",
};

/** "sam@example.com", "sam@example.com (token “backup”)", "command line", or "someone" for a failed sign-in. */
export function actorLabel(e: Pick<AuditEntry, "actorEmail" | "actorId" | "tokenName" | "ip">): string {
  if (e.ip === "cli" && !e.actorId) return "command line";
  const who = e.actorEmail ?? "someone";
  return e.tokenName ? `${who} (token “${e.tokenName}”)` : who;
}

/** The before → after of an entry as short text, e.g. `role: member → admin`; empty when there is none. */
export function changeSummary(e: Pick<AuditEntry, "before" | "after">): string {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const show = (v: unknown) => (v === undefined ? "–" : typeof v === "string" ? v : JSON.stringify(v));
  return keys.map((k) => (k in before && k in after ? `${k}: ${show(before[k])} → ${show(after[k])}` : `${k}: ${show(k in after ? after[k] : before[k])}`)).join("; ");
}
