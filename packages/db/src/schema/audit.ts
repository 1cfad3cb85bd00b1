// The audit log (issue 18, ADR 0024): who did what to which object, and when. Append-only: a trigger
// (migration audit_log) refuses UPDATE, TRUNCATE and any DELETE other than the retention prune's.
import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from "@docscan/shared/audit";

export const auditLog = pgTable(
  "audit_log",
  {
    /** Increases with every entry: the listing's order and its cursor. */
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** No foreign keys: an entry outlives the user, token and object it names, and is never rewritten. */
    actorId: uuid("actor_id"),
    /** The account's email then (a failed sign-in: the email that was tried); null for the command line. */
    actorEmail: text("actor_email"),
    /** Set when the request came with an API token: which one, by id and by the name it had. */
    tokenId: uuid("token_id"),
    tokenName: text("token_name"),
    /** The client's address (TRUST_PROXY decides whether X-Forwarded-For counts); "cli" for the commands. */
    ip: text("ip"),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    objectType: text("object_type", { enum: AUDIT_OBJECT_TYPES }).notNull(),
    objectId: text("object_id"),
    /** What the object was called then (a file name, a topic, an email), for rows whose object is gone. */
    objectLabel: text("object_label"),
    /** Small JSON of the fields that changed; never secrets. */
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.id.desc()),
    index("audit_log_object_idx").on(t.objectType, t.objectId, t.id.desc()),
    index("audit_log_action_idx").on(t.action, t.id.desc()),
    // Keeps a row small whatever a caller passes (the helper shortens larger values first).
    check("audit_log_json_size", sql`coalesce(pg_column_size(${t.before}), 0) + coalesce(pg_column_size(${t.after}), 0) < 16384`),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
