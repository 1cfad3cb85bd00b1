import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { documents } from "./documents.ts";
import { topics } from "./topics.ts";

/** One row per classification attempt: the audit trail and the source of usage and cost totals. */
export const classificationRuns = pgTable(
  "classification_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Kept when the document is deleted: the money was spent all the same.
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    provider: text("provider", { enum: ["local", "openai"] }).notNull(),
    model: text("model"),
    promptVersion: text("prompt_version").notNull(),
    topicSetVersion: text("topic_set_version").notNull(),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    costUsd: doublePrecision("cost_usd"),
    latencyMs: integer("latency_ms").notNull().default(0),
    cached: boolean("cached").notNull().default(false),
    outcome: text("outcome", { enum: ["applied", "review", "none", "failed"] }).notNull(),
    /** Why the run used a different provider than configured, e.g. "monthly budget reached". */
    note: text("note"),
    error: text("error"),
    /** The configured model failed and the offline classifier answered instead (the note says why). */
    fallback: boolean("fallback").notNull().default(false),
    /** Person-made topic links this run left as they were. */
    keptManual: integer("kept_manual").notNull().default(0),
    /** Topics a person removed or rejected that this run did not apply or suggest again. */
    keptRejected: integer("kept_rejected").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("classification_runs_created_idx").on(t.createdAt), index("classification_runs_document_idx").on(t.documentId, t.createdAt.desc())],
);

/** LLM answers keyed by sha256(text) + prompt version + topic-set version + model: a duplicate never calls twice. */
export const classificationCache = pgTable("classification_cache", {
  key: text("key").primaryKey(),
  result: jsonb("result").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Suggestions below the confidence threshold, and proposed new topics, waiting for a person. */
export const topicSuggestions = pgTable(
  "topic_suggestions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id").references(() => topics.id, { onDelete: "cascade" }),
    proposedName: text("proposed_name"),
    proposedDescription: text("proposed_description"),
    confidence: real("confidence").notNull(),
    quote: text("quote"),
    runId: uuid("run_id").references(() => classificationRuns.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("topic_suggestions_document_topic_uq").on(t.documentId, t.topicId),
    index("topic_suggestions_created_idx").on(t.createdAt.desc()),
    check("topic_suggestions_target_check", sql`(${t.topicId} IS NOT NULL) <> (${t.proposedName} IS NOT NULL)`),
  ],
);
