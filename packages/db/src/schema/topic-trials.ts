import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { documents } from "./documents.ts";

/** A topic link as a trial saw or restores it. */
export interface TrialLink {
  topicId: string;
  source: "ai" | "manual";
  confidence: number | null;
  quote: string | null;
}
/** A suggestion waiting in review, as a trial proposes or restores it. */
export interface TrialSuggestion {
  topicId: string | null;
  proposedName?: string | null;
  proposedDescription?: string | null;
  confidence: number;
  quote: string | null;
  runId?: string | null;
}
/** What applying a trial overwrote on one document (ADR 0029): enough for an exact undo. */
export interface TrialSnapshot {
  ai: TrialLink[];
  suggestions: TrialSuggestion[];
  /** Deleting a topic also removes people's links to it and their rejections of it: kept here for undo. */
  manualOfTopic: boolean;
  rejectedTopic: boolean;
  /**
   * A merge (ADR 0029): a person's links to and rejections of the merged topic and of the topic it went into,
   * as they were — applying moves a person's link to the merged topic onto the other one and drops the rest.
   */
  merge?: { links: PersonLink[]; rejections: PersonRejection[] };
}
/** A person's link as a merge found it (who put it there, and when: the examples' order depends on it). */
export interface PersonLink {
  topicId: string;
  origin: "classifier" | "review" | "person";
  createdAt: string;
}
export interface PersonRejection {
  topicId: string;
  rejectedBy: string | null;
  origin: "classifier" | "review" | "person" | null;
  createdAt: string;
}

/**
 * A topic change tried without saving it (ADR 0029): what it would do to the library, the documents it
 * lists, and — once applied — what it overwrote, for undo. `topicId` is the topic changed, or the id the new
 * topic gets when applied. No foreign key to topics: a trial outlives the deletion it applied.
 */
export const topicTrials = pgTable(
  "topic_trials",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** merge: topicId is the topic kept, `change.from` the one merged into it; split: `change.into` the new topics. */
    kind: text("kind", { enum: ["create", "update", "delete", "merge", "split"] }).notNull(),
    topicId: uuid("topic_id").notNull(),
    /** The topic's owner (null: a global topic). */
    topicOwnerId: uuid("topic_owner_id"),
    /** The change as asked (name, description, threshold…). */
    change: jsonb("change").$type<Record<string, unknown>>().notNull(),
    /** The topic as it was before (null for a new one). */
    topicBefore: jsonb("topic_before").$type<Record<string, unknown> | null>(),
    /** What the trial was computed from (topics and each owner's training data): apply refuses when it changed. */
    fingerprint: text("fingerprint").notNull(),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
  },
  (t) => [index("topic_trials_topic_idx").on(t.topicId, t.appliedAt), index("topic_trials_created_idx").on(t.createdAt)],
);

/** The documents a trial lists: their links when tried, what it proposes, and what applying it overwrote. */
export const topicTrialDocuments = pgTable(
  "topic_trial_documents",
  {
    trialId: uuid("trial_id")
      .notNull()
      .references(() => topicTrials.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    ownerId: uuid("owner_id"),
    /** Its topic links when tried. */
    current: jsonb("current").$type<TrialLink[]>().notNull(),
    /** The offline classifier's decision under the changed topics: applied links and suggestions for review. */
    proposed: jsonb("proposed").$type<{ apply: TrialLink[]; review: TrialSuggestion[]; outcome: "applied" | "review" | "none" }>().notNull(),
    /** Set when applied: what it overwrote. */
    previous: jsonb("previous").$type<TrialSnapshot | null>(),
  },
  (t) => [primaryKey({ columns: [t.trialId, t.documentId] }), index("topic_trial_documents_document_idx").on(t.documentId)],
);
