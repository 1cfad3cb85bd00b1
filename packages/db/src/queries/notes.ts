// Notes on documents and the editable title (ADR 0025). Everyone who can see a document may read and add
// notes; a note is deleted by its author, or by an admin. The notes' texts are copied into
// `documents.notes_text` in the same transaction, after locking the document row, so the generated search
// vector always indexes exactly the notes that exist (two writers take turns on the row lock).
import { and, asc, eq, sql } from "drizzle-orm";
import { ForbiddenError, InvalidInputError, LIMITS, NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { documentNotes, documents, users } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScopeOrThrow } from "./documents.ts";

export interface DocumentNote {
  id: string;
  documentId: string;
  text: string;
  createdAt: Date;
  authorId: string | null;
  /** Null once the author's account is gone. */
  authorEmail: string | null;
}

/** Who acts on notes: their id, and whether they are an admin (who may delete anyone's note). */
export interface NoteActor {
  id: string;
  admin: boolean;
}

/** Sets the title of a document in scope; returns it. Search and the name sort use it at once (generated vector). */
export async function setDocumentTitle(db: DbOrTx, id: string, title: string, scope: ListScope): Promise<{ id: string; title: string }> {
  return db.transaction(async (tx) => {
    await documentsInScopeOrThrow(tx, [id], scope, { forUpdate: true });
    const [row] = await tx.update(documents).set({ title, updatedAt: sql`now()` }).where(eq(documents.id, id)).returning({ id: documents.id, title: documents.title });
    return row!;
  });
}

/** A person's date for the document (null: none); re-extraction keeps it (source "person"). */
export async function setDocumentDate(db: DbOrTx, id: string, date: string | null, scope: ListScope): Promise<{ id: string; documentDate: string | null }> {
  return db.transaction(async (tx) => {
    await documentsInScopeOrThrow(tx, [id], scope, { forUpdate: true });
    const [row] = await tx
      .update(documents)
      .set({ documentDate: date, documentDateSource: "person", documentDateQuote: null, updatedAt: sql`now()` })
      .where(eq(documents.id, id))
      .returning({ id: documents.id, documentDate: documents.documentDate });
    return row!;
  });
}

/** The notes of a document in scope, oldest first. */
export async function listNotes(db: DbOrTx, documentId: string, scope: ListScope): Promise<DocumentNote[]> {
  await documentsInScopeOrThrow(db, [documentId], scope);
  return db
    .select({ id: documentNotes.id, documentId: documentNotes.documentId, text: documentNotes.text, createdAt: documentNotes.createdAt, authorId: documentNotes.authorId, authorEmail: users.email })
    .from(documentNotes)
    .leftJoin(users, eq(users.id, documentNotes.authorId))
    .where(eq(documentNotes.documentId, documentId))
    .orderBy(asc(documentNotes.createdAt), asc(documentNotes.id));
}

/** Rewrites the document's copy of its notes' texts (the row must be locked by the caller's transaction). */
async function refreshNotesText(tx: DbOrTx, documentId: string): Promise<void> {
  await tx
    .update(documents)
    .set({
      notesText: sql`coalesce((select string_agg(n.text, E'\n' order by n.created_at, n.id) from ${documentNotes} n where n.document_id = ${documentId}), '')`,
    })
    .where(eq(documents.id, documentId));
}

export async function addNote(db: DbOrTx, documentId: string, text: string, author: NoteActor, scope: ListScope): Promise<DocumentNote> {
  return db.transaction(async (tx) => {
    await documentsInScopeOrThrow(tx, [documentId], scope, { forUpdate: true });
    const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(documentNotes).where(eq(documentNotes.documentId, documentId));
    if (n >= LIMITS.notesPerDocument) throw new InvalidInputError(`a document can have at most ${LIMITS.notesPerDocument} notes: delete one first`);
    const [note] = await tx.insert(documentNotes).values({ documentId, text, authorId: author.id }).returning();
    await refreshNotesText(tx, documentId);
    const [who] = await tx.select({ email: users.email }).from(users).where(eq(users.id, author.id));
    return { id: note!.id, documentId, text: note!.text, createdAt: note!.createdAt, authorId: author.id, authorEmail: who?.email ?? null };
  });
}

/** Deletes a note of a document in scope: the author's own, or any as an admin. */
export async function deleteNote(db: DbOrTx, noteId: string, actor: NoteActor, scope: ListScope): Promise<{ id: string; documentId: string }> {
  return db.transaction(async (tx) => {
    const [note] = await tx.select({ documentId: documentNotes.documentId, authorId: documentNotes.authorId }).from(documentNotes).where(eq(documentNotes.id, noteId));
    if (!note) throw new NotFoundError("note");
    // A note on a document outside the scope does not exist for the caller.
    await documentsInScopeOrThrow(tx, [note.documentId], scope, { forUpdate: true }).catch(() => {
      throw new NotFoundError("note");
    });
    if (!actor.admin && note.authorId !== actor.id) throw new ForbiddenError("only the note's author or an admin can delete it");
    const deleted = await tx.delete(documentNotes).where(and(eq(documentNotes.id, noteId), eq(documentNotes.documentId, note.documentId))).returning({ id: documentNotes.id });
    if (deleted.length === 0) throw new NotFoundError("note");
    await refreshNotesText(tx, note.documentId);
    return { id: noteId, documentId: note.documentId };
  });
}
