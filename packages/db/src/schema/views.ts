import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";

/**
 * Saved views (ADR 0031): a named documents.list input of one owner. `filters` holds what
 * viewFiltersSchema (@docscan/shared/views) accepted, and is parsed by it again when read.
 */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    filters: jsonb("filters").$type<Record<string, unknown>>().notNull(),
    /** Listed for every user (set by admins only); editable by its owner alone. */
    shared: boolean("shared").notNull().default(false),
    /** On the dashboard and in the Views menu. */
    pinned: boolean("pinned").notNull().default(true),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One name per owner, case-insensitively.
    uniqueIndex("saved_views_owner_name_uq").on(t.ownerId, sql`lower(${t.name})`),
    index("saved_views_shared_idx").on(t.id).where(sql`${t.shared}`),
  ],
);

export type SavedViewRow = typeof savedViews.$inferSelect;
