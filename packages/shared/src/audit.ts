// The audit log's vocabulary (issue 18, ADR 0024): what can be recorded, and the filters the console and
// the api share. Browser-safe.
import { z } from "zod";

export const AUDIT_ACTIONS = [
  "document.upload",
  "document.download",
  "document.download_searchable",
  "document.view",
  "document.delete",
  "document.restore",
  "document.delete_permanent",
  "document.topics",
  "document.title",
  "document.note_add",
  "document.note_delete",
  "document.date",
  "document.correspondent",
  "document.field",
  "document.move",
  "folder.create",
  "folder.rename",
  "folder.delete",
  "mail_account.create",
  "mail_account.update",
  "mail_account.delete",
  "webhook.create",
  "webhook.update",
  "webhook.delete",
  "view.create",
  "view.rename",
  "view.update",
  "view.share",
  "view.delete",
  "topic.create",
  "topic.update",
  "topic.delete",
  "correspondent.create",
  "correspondent.update",
  "correspondent.delete",
  "field.create",
  "field.update",
  "field.delete",
  "field.attach",
  "field.detach",
  "settings.update",
  "user.create",
  "user.update",
  "user.password_reset",
  "user.password_change",
  "token.create",
  "token.revoke",
  "auth.sign_in",
  "auth.sign_in_failed",
  "instance.export",
  "instance.import",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OBJECT_TYPES = ["document", "topic", "folder", "mail_account", "webhook", "settings", "user", "token", "instance", "view", "correspondent", "field"] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

/** Admins' filters (a member's list is always their own entries, whatever `userId` says); newest first. */
export const auditListInputSchema = z.object({
  userId: z.uuid({ message: "malformed user id" }).optional(),
  action: z.enum(AUDIT_ACTIONS, { message: "unknown action" }).optional(),
  objectType: z.enum(AUDIT_OBJECT_TYPES, { message: "unknown object type" }).optional(),
  objectId: z.string().trim().min(1).max(200).optional(),
  /** Entries at or after this instant. */
  from: z.coerce.date({ message: "from must be a date" }).optional(),
  /** Entries before this instant. */
  to: z.coerce.date({ message: "to must be a date" }).optional(),
  /** The previous page's `nextCursor`. */
  cursor: z.string().regex(/^\d{1,18}$/, "malformed cursor").optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditListInput = z.infer<typeof auditListInputSchema>;
