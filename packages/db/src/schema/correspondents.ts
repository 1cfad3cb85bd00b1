import { sql } from "drizzle-orm";
import { boolean, check, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { MATCH_ALGORITHMS } from "@docscan/shared";
import { users } from "./accounts.ts";

const algorithmList = sql.raw(MATCH_ALGORITHMS.map((a) => `'${a}'`).join(", "));

/**
 * Who sends documents (issue 17, ADR 0030). Scoped like topics and like paperless-ngx's owned objects: owner
 * null is a global correspondent (admins manage it, everyone's documents may carry it), otherwise one user's.
 */
export const correspondents = pgTable(
  "correspondents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The words, phrase or RE2 pattern the rule looks for (unused by `none` and `auto`). */
    match: text("match").notNull().default(""),
    algorithm: text("algorithm", { enum: MATCH_ALGORITHMS }).notNull().default("auto"),
    caseInsensitive: boolean("case_insensitive").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One name per owner, case-insensitively; global correspondents share one namespace.
    uniqueIndex("correspondents_owner_lower_name_uq").on(sql`coalesce(${t.ownerId}, '00000000-0000-0000-0000-000000000000'::uuid)`, sql`lower(${t.name})`),
    check("correspondents_algorithm_check", sql`${t.algorithm} IN (${algorithmList})`),
  ],
);

export type CorrespondentRow = typeof correspondents.$inferSelect;
