import { sql } from "drizzle-orm";
import { check, date, index, numeric, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { FIELD_EXTRACTORS, FIELD_SOURCES, FIELD_TYPES } from "@docscan/shared/fields";
import { documents } from "./documents.ts";
import { topics } from "./topics.ts";

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/** Custom fields (issue 17, ADR 0033): defined by admins, global, attached to topics. */
export const customFields = pgTable(
  "custom_fields",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    type: text("type", { enum: FIELD_TYPES }).notNull(),
    /** A select field's options, in order. */
    options: text("options").array().notNull().default(sql`'{}'::text[]`),
    /** Which offline reader fills it. */
    extract: text("extract", { enum: FIELD_EXTRACTORS }).notNull().default("none"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("custom_fields_lower_name_uq").on(sql`lower(${t.name})`),
    check("custom_fields_type_check", sql`${t.type} IN (${list(FIELD_TYPES)})`),
    check("custom_fields_extract_check", sql`${t.extract} IN (${list(FIELD_EXTRACTORS)})`),
  ],
);

/** The fields a topic's documents have ("Invoices: Total, Due date, Invoice number"). */
export const topicFields = pgTable(
  "topic_fields",
  {
    topicId: uuid("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    fieldId: uuid("field_id")
      .notNull()
      .references(() => customFields.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.fieldId] }), index("topic_fields_field_idx").on(t.fieldId)],
);

/**
 * A document's value of a field, with who set it. `value` is the text shown (null: a person cleared it);
 * `number` (number and monetary, with `currency`) and `date` are typed copies for range filters.
 */
export const documentFields = pgTable(
  "document_fields",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    fieldId: uuid("field_id")
      .notNull()
      .references(() => customFields.id, { onDelete: "cascade" }),
    value: text("value"),
    number: numeric("number", { mode: "number" }),
    currency: text("currency"),
    date: date("date", { mode: "string" }),
    source: text("source", { enum: FIELD_SOURCES }).notNull(),
    confidence: real("confidence"),
    quote: text("quote"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.fieldId] }),
    check("document_fields_source_check", sql`${t.source} IN (${list(FIELD_SOURCES)})`),
    // Range filters: one field's values in order, each pointing at its document.
    index("document_fields_field_number_idx").on(t.fieldId, t.number, t.documentId).where(sql`${t.number} is not null`),
    index("document_fields_field_date_idx").on(t.fieldId, t.date, t.documentId).where(sql`${t.date} is not null`),
  ],
);

export type CustomFieldRow = typeof customFields.$inferSelect;
export type DocumentFieldRow = typeof documentFields.$inferSelect;
