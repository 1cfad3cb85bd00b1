// How the console names audit-log entries (ADR 0024): the action as a person would say it, and who acted.
import type { AuditAction, AuditObjectType } from "@docscan/shared/audit";
import { defineMessages, messagesOf, type Catalogue } from "./i18n.ts";
import type { RouterOutputs } from "./trpc.ts";

export type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];

const actionMessages = defineMessages({
  en: {
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
  },
  de: {
    "document.upload": "Hochgeladen",
    "document.download": "Original heruntergeladen",
    "document.download_searchable": "Durchsuchbares PDF heruntergeladen",
    "document.view": "Original angesehen",
    "document.delete": "In den Papierkorb verschoben",
    "document.restore": "Aus dem Papierkorb wiederhergestellt",
    "document.delete_permanent": "Endgültig gelöscht",
    "document.topics": "Themen des Dokuments geändert",
    "document.date": "Dokumentdatum geändert",
    "document.correspondent": "Korrespondent des Dokuments geändert",
    "document.field": "Feldwert gesetzt",
    "document.title": "Umbenannt",
    "document.note_add": "Notiz hinzugefügt",
    "document.note_delete": "Notiz gelöscht",
    "folder.create": "Ordner angelegt",
    "folder.rename": "Ordner umbenannt",
    "folder.delete": "Ordner gelöscht",
    "mail_account.create": "E-Mail-Konto hinzugefügt",
    "mail_account.update": "E-Mail-Konto geändert",
    "mail_account.delete": "E-Mail-Konto entfernt",
    "webhook.create": "Webhook registriert",
    "webhook.update": "Webhook geändert",
    "webhook.delete": "Webhook gelöscht",
    "view.create": "Ansicht gespeichert",
    "view.rename": "Ansicht umbenannt",
    "view.update": "Ansicht geändert",
    "view.share": "Ansicht freigegeben oder Freigabe aufgehoben",
    "view.delete": "Ansicht gelöscht",
    "document.move": "In einen Ordner verschoben",
    "topic.create": "Thema angelegt",
    "topic.update": "Thema geändert",
    "topic.delete": "Thema gelöscht",
    "correspondent.create": "Korrespondent angelegt",
    "correspondent.update": "Korrespondent geändert",
    "correspondent.delete": "Korrespondent gelöscht",
    "field.create": "Feld angelegt",
    "field.update": "Feld geändert",
    "field.delete": "Feld gelöscht",
    "field.attach": "Feld einem Thema zugeordnet",
    "field.detach": "Feld von einem Thema gelöst",
    "settings.update": "KI-Einstellungen geändert",
    "user.create": "Benutzer angelegt",
    "user.update": "Benutzer geändert",
    "user.password_reset": "Passwort zurückgesetzt",
    "user.password_change": "Eigenes Passwort geändert",
    "token.create": "API-Token erstellt",
    "token.revoke": "API-Token widerrufen",
    "auth.sign_in": "Angemeldet",
    "auth.sign_in_failed": "Fehlgeschlagene Anmeldung",
    "instance.export": "Instanz exportiert",
    "instance.import": "Export importiert",
  },
});

const objectMessages = defineMessages({
  en: {
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
  },
  de: {
    document: "Dokument",
    topic: "Thema",
    folder: "Ordner",
    mail_account: "E-Mail-Konto",
    webhook: "Webhook",
    settings: "Einstellungen",
    user: "Benutzer",
    token: "API-Token",
    instance: "Instanz",
    view: "Gespeicherte Ansicht",
    correspondent: "Korrespondent",
    field: "Feld",
  },
});

const messages = defineMessages({
  en: {
    commandLine: "command line",
    someone: "someone",
    viaToken: (who: string, token: string) => `${who} (token “${token}”)`,
  },
  de: {
    commandLine: "Kommandozeile",
    someone: "jemand",
    viaToken: (who: string, token: string) => `${who} (Token „${token}“)`,
  },
});

/** A catalogue's texts as a record read in the current language at each access (the console remounts on a switch). */
function inCurrentLanguage<E extends Record<string, string>>(catalogue: Catalogue<E>): E {
  const labels = {} as E;
  for (const key of Object.keys(catalogue.en)) Object.defineProperty(labels, key, { enumerable: true, get: () => messagesOf(catalogue)[key] });
  return labels;
}

export const ACTION_LABELS: Record<AuditAction, string> = inCurrentLanguage(actionMessages);

export const OBJECT_LABELS: Record<AuditObjectType, string> = inCurrentLanguage(objectMessages);

/** "sam@example.com", "sam@example.com (token “backup”)", "command line", or "someone" for a failed sign-in. */
export function actorLabel(e: Pick<AuditEntry, "actorEmail" | "actorId" | "tokenName" | "ip">): string {
  const m = messagesOf(messages);
  if (e.ip === "cli" && !e.actorId) return m.commandLine;
  const who = e.actorEmail ?? m.someone;
  return e.tokenName ? m.viaToken(who, e.tokenName) : who;
}

/** The before → after of an entry as short text, e.g. `role: member → admin`; empty when there is none. */
export function changeSummary(e: Pick<AuditEntry, "before" | "after">): string {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const show = (v: unknown) => (v === undefined ? "–" : typeof v === "string" ? v : JSON.stringify(v));
  return keys.map((k) => (k in before && k in after ? `${k}: ${show(before[k])} → ${show(after[k])}` : `${k}: ${show(k in after ? after[k] : before[k])}`)).join("; ");
}
