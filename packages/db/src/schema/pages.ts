import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, real, text, uuid } from "drizzle-orm/pg-core";
import { documents } from "./documents.ts";

/** Extracted text per page, with how it was obtained and the OCR confidence (0–100) where OCR ran. */
export const documentPages = pgTable(
  "document_pages",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    pageNumber: integer("page_number").notNull(),
    text: text("text").notNull(),
    method: text("method", { enum: ["text-layer", "ocr", "text-layer+ocr", "none"] }).notNull(),
    ocrConfidence: real("ocr_confidence"),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.pageNumber] }), check("document_pages_page_check", sql`${t.pageNumber} >= 1`)],
);
