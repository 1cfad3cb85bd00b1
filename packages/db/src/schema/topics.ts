import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, real, text, timestamp, uuid, uniqueIndex, check } from "drizzle-orm/pg-core";
import { DEFAULT_TOPIC_COLOR } from "@docscan/shared";
import { users } from "./accounts.ts";
import { documents } from "./documents.ts";

/** Who first put a topic on a document, or whose topic a person took off (ADR 0035). */
export const TOPIC_ORIGINS = ["classifier", "review", "person"] as const;
export type TopicOrigin = (typeof TOPIC_ORIGINS)[number];

export const topics = pgTable(
  "topics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null: a global topic (admins manage it, everyone sees it). Otherwise the user's personal topic. */
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    color: text("color").notNull().default(DEFAULT_TOPIC_COLOR),
    /** Overrides the global confidence threshold for this topic. */
    threshold: real("threshold"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One name per owner, case-insensitively; global topics (owner null) share one namespace.
    uniqueIndex("topics_owner_lower_name_uq").on(
      sql`coalesce(${t.ownerId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${t.name})`,
    ),
  ],
);

export const documentTopics = pgTable(
  "document_topics",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["ai", "manual"] }).notNull(),
    /**
     * Who first put the topic on the document (ADR 0035): `classifier` (applied above the threshold — every
     * AI link, and a manual one a person kept), `review` (suggested below it and accepted), `person` (neither).
     * A trigger sets `classifier` on every AI link; a link turned manual keeps its origin.
     */
    origin: text("origin", { enum: TOPIC_ORIGINS }).notNull().default("person"),
    confidence: real("confidence"),
    /** Verbatim text from the document that supports the topic. */
    quote: text("quote"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.topicId] }),
    index("document_topics_topic_idx").on(t.topicId, t.documentId),
    check("document_topics_source_check", sql`${t.source} IN ('ai', 'manual')`),
    check("document_topics_origin_check", sql`${t.origin} IN ('classifier', 'review', 'person')`),
    check("document_topics_confidence_check", sql`${t.confidence} IS NULL OR (${t.confidence} >= 0 AND ${t.confidence} <= 1)`),
  ],
);

export type TopicRow = typeof topics.$inferSelect;
