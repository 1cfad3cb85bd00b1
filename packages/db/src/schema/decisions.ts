import { sql } from "drizzle-orm";
import { boolean, check, customType, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { documents } from "./documents.ts";
import { TOPIC_ORIGINS, topics } from "./topics.ts";

/**
 * Topics a person removed from a document or rejected in review (ADR 0014): the classifiers never apply or
 * suggest them to that document again, and learn from them as negative examples. A manual add clears one.
 */
export const documentTopicRejections = pgTable(
  "document_topic_rejections",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    /** Who decided; null when unknown or the account is gone. */
    rejectedBy: uuid("rejected_by").references(() => users.id, { onDelete: "set null" }),
    /**
     * What the person took off (ADR 0035): the removed link's `origin`, `review` for a suggestion turned down;
     * null when the topic was neither on the document nor suggested (a bulk removal), or before migration 0027.
     */
    origin: text("origin", { enum: TOPIC_ORIGINS }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.topicId] }),
    index("document_topic_rejections_topic_idx").on(t.topicId),
    check("document_topic_rejections_origin_check", sql`${t.origin} IN ('classifier', 'review', 'person')`),
  ],
);

/** Raw bytes; postgres.js reads and writes them as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * Each document's sentence vector, computed once by the worker (ADR 0014): little-endian float32, unit
 * length, 2 KiB for 512 dimensions. Recomputed only when missing, of another `version`, or of another text
 * (`sourceSha256`: re-extraction can change it).
 */
export const documentVectors = pgTable("document_vectors", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  version: text("version").notNull(),
  /** sha256 of what was encoded (filename and text). */
  sourceSha256: text("source_sha256").notNull(),
  vector: bytea("vector").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What scoring reads of a document's text (ADR 0029, Performance, third pass), stored by the worker with the
 * vector from the same source (`sourceSha256`) so that a topic trial never reads or tokenises the text: the
 * content gate's verdict, the text's key, and the word evidence's distinct words, space-separated, in the order it
 * reads them. `version`: of what computed them (`TEXT_FEATURES_VERSION`); rows of another version or source are
 * computed again from the text.
 */
export const documentTextFeatures = pgTable("document_text_features", {
  documentId: uuid("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  version: text("version").notNull(),
  sourceSha256: text("source_sha256").notNull(),
  tooLittle: boolean("too_little").notNull(),
  textKey: text("text_key").notNull(),
  words: text("words").notNull(),
});
