import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ROLES } from "@docscan/shared";

const roleList = sql.raw(ROLES.map((r) => `'${r}'`).join(", "));

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased (the schemas normalise it), unique. */
    email: text("email").notNull(),
    /** argon2id, PHC string format. */
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull().default("member"),
    /** Disabled users keep their documents but cannot sign in; their sessions and tokens stop working. */
    disabled: boolean("disabled").notNull().default(false),
    /** Limits; null is unlimited. */
    quotaBytes: bigint("quota_bytes", { mode: "number" }),
    quotaDocuments: integer("quota_documents"),
    /** Kept by triggers on `documents` (migration 0006), so a quota check never sums a user's documents. */
    usedBytes: bigint("used_bytes", { mode: "number" }).notNull().default(0),
    usedDocuments: integer("used_documents").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_uq").on(sql`lower(${t.email})`), check("users_role_check", sql`${t.role} IN (${roleList})`)],
);

/** Console sessions. The cookie holds a random token; only its sha256 is stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Sent back by the console in `X-CSRF-Token` on every cookie-authenticated write. */
    csrfToken: text("csrf_token").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** Bearer tokens for scripts. Only the sha256 of the token is stored; `prefix` identifies it in lists. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId, t.createdAt.desc())],
);

export type UserRow = typeof users.$inferSelect;
