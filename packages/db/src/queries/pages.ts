import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documentPages } from "../schema/index.ts";

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

export async function getDocumentPages(db: DbOrTx, documentId: string): Promise<PageRow[]> {
  return db.select().from(documentPages).where(eq(documentPages.documentId, documentId)).orderBy(asc(documentPages.pageNumber));
}
