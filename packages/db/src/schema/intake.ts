import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { documents } from "./documents.ts";

/**
 * Every file the consume folder has taken (ADR 0020). The row is inserted in the transaction that inserts
 * its document, so after a crash a file seen here is removed, never imported again.
 */
export const consumedFiles = pgTable(
  "consumed_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Relative to CONSUME_DIR, with forward slashes. */
    path: text("path").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    mtimeMs: bigint("mtime_ms", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    outcome: text("outcome", { enum: ["imported", "failed"] }).notNull(),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consumed_files_identity_uq").on(t.path, t.size, t.mtimeMs, t.sha256),
    index("consumed_files_created_idx").on(t.createdAt.desc()),
    check("consumed_files_outcome_check", sql`${t.outcome} IN ('imported', 'failed')`),
  ],
);

/** What the consume folder's single consumer last saw (one row, id 1), for the Activity page. */
export const consumeStatus = pgTable("consume_status", {
  id: integer("id").primaryKey(),
  dir: text("dir").notNull(),
  lastScanAt: timestamp("last_scan_at", { withTimezone: true }),
  filesWaiting: integer("files_waiting").notNull().default(0),
  lastError: text("last_error"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An IMAP mailbox whose messages become documents of its owner. The password is encrypted (secrets.ts). */
export const mailAccounts = pgTable(
  "mail_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    host: text("host").notNull(),
    port: integer("port").notNull(),
    tls: boolean("tls").notNull(),
    username: text("username").notNull(),
    passwordEncrypted: text("password_encrypted").notNull(),
    /** Mailbox folders to watch, e.g. ["INBOX"]. */
    folders: text("folders").array().notNull(),
    /** Ordered rules (see @docscan/intake/rules); the first that matches a message decides. */
    rules: jsonb("rules").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    lastCheckAt: timestamp("last_check_at", { withTimezone: true }),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    processedCount: integer("processed_count").notNull().default(0),
    lastError: text("last_error"),
    /** Failed checks in a row: the next check waits longer (backoff). */
    failures: integer("failures").notNull().default(0),
    nextCheckAt: timestamp("next_check_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_accounts_owner_idx").on(t.ownerId)],
);

/**
 * Every message a mail account has handled, by folder + UIDVALIDITY + UID and by Message-ID, inserted in the
 * transaction that inserts its documents: a message is never imported twice, across restarts and moves.
 */
export const mailMessages = pgTable(
  "mail_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => mailAccounts.id, { onDelete: "cascade" }),
    folder: text("folder").notNull(),
    uidValidity: bigint("uid_validity", { mode: "number" }).notNull(),
    uid: bigint("uid", { mode: "number" }).notNull(),
    messageId: text("message_id"),
    subject: text("subject"),
    outcome: text("outcome", { enum: ["imported", "skipped", "failed"] }).notNull(),
    documents: integer("documents").notNull().default(0),
    reason: text("reason"),
    /**
     * The rule's action on the server (mark read, flag, move, delete) while it is still owed: recorded with the
     * import, cleared once done, so a crash between the two is made good on the next check.
     */
    pendingAction: jsonb("pending_action").$type<{ after: "seen" | "flag" | "move" | "delete"; moveTo: string }>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("mail_messages_uid_uq").on(t.accountId, t.folder, t.uidValidity, t.uid),
    uniqueIndex("mail_messages_message_id_uq").on(t.accountId, t.messageId).where(sql`${t.messageId} IS NOT NULL`),
    check("mail_messages_outcome_check", sql`${t.outcome} IN ('imported', 'skipped', 'failed')`),
  ],
);

export type ConsumedFileRow = typeof consumedFiles.$inferSelect;
export type MailAccountRow = typeof mailAccounts.$inferSelect;
export type MailMessageRow = typeof mailMessages.$inferSelect;
