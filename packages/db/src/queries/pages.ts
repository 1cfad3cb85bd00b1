import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documentPages, documents } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScopeOrThrow } from "./documents.ts";

export type PageRow = typeof documentPages.$inferSelect;
export type NewPage = Omit<PageRow, "documentId" | "pageNumber">;

/** Replaces a document's pages (a re-extraction overwrites, never appends). */
export async function replaceDocumentPages(db: DbOrTx, documentId: string, pages: NewPage[]): Promise<void> {
  await db.delete(documentPages).where(eq(documentPages.documentId, documentId));
  // Postgres caps a statement at 65 535 parameters; five per row.
  for (let i = 0; i < pages.length; i += 5000) {
    await db.insert(documentPages).values(pages.slice(i, i + 5000).map((p, j) => ({ ...p, documentId, pageNumber: i + j + 1 })));
  }
}

export interface Extraction {
  text: string;
  pageCount: number;
  ocrConfidence: number | null;
  /** Some page read by OCR alone came out below the confidence threshold. */
  ocrLowConfidence: boolean;
  pages: NewPage[];
  thumbnailKey: string | null;
  /** The searchable PDF this extraction made (it replaces an earlier one), and why none was made when one was due. */
  searchablePdfKey: string | null;
  searchablePdfError: string | null;
  /** The date the text or file name gives, if any; a date a person set stays. */
  documentDate: { date: string; source: "text" | "filename"; quote: string } | null;
}

/** Stores what extraction found and moves the document on to classification. */
/** False when the document is gone (deleted while it was being extracted): nothing is written. */
export async function saveExtraction(db: DbOrTx, documentId: string, e: Extraction): Promise<boolean> {
  const updated = await db
    .update(documents)
    .set({
      status: "classifying",
      error: null,
      text: e.text,
      pageCount: e.pageCount,
      ocrConfidence: e.ocrConfidence,
      ocrLowConfidence: e.ocrLowConfidence,
      thumbnailKey: e.thumbnailKey,
      searchablePdfKey: e.searchablePdfKey,
      searchablePdfError: e.searchablePdfError,
      ...keepPersonsDate(e.documentDate),
      updatedAt: sql`now()`,
    })
    .where(eq(documents.id, documentId))
    .returning({ id: documents.id });
  if (updated.length === 0) return false;
  await replaceDocumentPages(db, documentId, e.pages);
  return true;
}

/**
 * The found date, unless a person set one (their choice is final, as for topics) or the LLM read one (it beats the
 * reader; the classification run after this extraction replaces it: `saveDocumentDate`).
 */
function keepPersonsDate(found: Extraction["documentDate"]) {
  const person = sql`${documents.documentDateSource} in ('person', 'llm')`;
  return {
    documentDate: sql`case when ${person} then ${documents.documentDate} else ${found?.date ?? null}::date end`,
    documentDateSource: sql`case when ${person} then ${documents.documentDateSource} else ${found?.source ?? null} end`,
    documentDateQuote: sql`case when ${person} then ${documents.documentDateQuote} else ${found?.quote ?? null} end`,
  };
}

/**
 * The date a classification run with the LLM's answer settles on (the LLM's, else the reader's, else none) over
 * any machine's; a person's date stays.
 */
export async function saveDocumentDate(
  db: DbOrTx,
  documentId: string,
  found: { date: string; source: "text" | "filename" | "llm"; quote: string } | null,
): Promise<void> {
  await db
    .update(documents)
    .set({ documentDate: found?.date ?? null, documentDateSource: found?.source ?? null, documentDateQuote: found?.quote.slice(0, 500) ?? null })
    .where(and(eq(documents.id, documentId), or(isNull(documents.documentDateSource), ne(documents.documentDateSource, "person"))));
}

/** The pages of a document in `scope`, in order; "document not found" outside it. */
export async function getDocumentPages(db: DbOrTx, documentId: string, scope: ListScope): Promise<PageRow[]> {
  await documentsInScopeOrThrow(db, [documentId], scope);
  return db.select().from(documentPages).where(eq(documentPages.documentId, documentId)).orderBy(asc(documentPages.pageNumber));
}
