// Every procedure acts on the documents in the caller's scope (ADR 0010): members their own, admins all.
// Anything outside it is "document not found"; bulk actions are all or nothing.
import { z } from "zod";
import {
  addManualTopics,
  addNote,
  deleteNote,
  documentsInScopeOrThrow,
  getDocument,
  getDocumentPages,
  inProgressCounts,
  listDocumentRuns,
  listNotes,
  listSuggestions,
  removeTopicsManually,
  setDocumentDate,
  setDocumentTitle,
  setManualTopics,
  similarDocuments,
} from "@docscan/db";
import { documentFamily } from "@docscan/db/attachments";
import { documentFieldValues } from "@docscan/db/fields";
import { bulkSetFieldInputSchema, setFieldInputSchema } from "@docscan/shared/fields";
import { setCorrespondentFor } from "../services/correspondents.ts";
import { setFieldFor } from "../services/fields.ts";
import {
  addNoteInputSchema,
  bulkCorrespondentInputSchema,
  bulkTopicsInputSchema,
  documentIdsSchema,
  idSchema,
  listDocumentsInputSchema,
  moveDocumentsInputSchema,
  setCorrespondentInputSchema,
  setDocumentDateInputSchema,
  setTitleInputSchema,
  setTopicsInputSchema,
} from "@docscan/shared";
import { dateEvent, documentEvents, noteEvent, titleEvent, topicsEvent } from "../audit.ts";
import { documentScope } from "../auth/scope.ts";
import {
  listDocumentsFor,
  moveDocuments,
  reclassifyDocument,
  reclassifyDocuments,
  reextractDocument,
  removeDocument,
  removeDocuments,
  restoreFromTrash,
  trashFor,
} from "../services/documents.ts";
import { protectedProcedure, router } from "../trpc.ts";

const byId = z.object({ id: idSchema });

/** A signed-in caller, with the documents they may see and touch. */
const scopedProcedure = protectedProcedure.use(({ ctx, next }) => next({ ctx: { scope: documentScope(ctx.user) } }));

export const documentsRouter = router({
  list: scopedProcedure.input(listDocumentsInputSchema).query(({ ctx, input }) => listDocumentsFor(ctx, ctx.user, input)),

  /** The document with `fields`: `{ name: { value, amount, currency, source, confidence, quote, … } }` (ADR 0033). */
  get: scopedProcedure.input(byId).query(async ({ ctx, input }) => {
    const doc = await getDocument(ctx.db, input.id, ctx.scope);
    return { ...doc, fields: await documentFieldValues(ctx.db, doc.id) };
  }),

  /** Moves the document to the trash (ADR 0021); `permanent`: deletes it and its bytes for good, from the trash too. */
  delete: scopedProcedure.input(byId.extend({ permanent: z.boolean().default(false) })).mutation(async ({ ctx, input }) => {
    await removeDocument(ctx, input.id, ctx.scope, { permanent: input.permanent, by: ctx.user.id });
    return { id: input.id };
  }),

  /** Moves a selection to the trash, all or nothing; `permanent`: deletes the rows, then their stored bytes. */
  deleteMany: scopedProcedure
    .input(z.object({ ids: documentIdsSchema, permanent: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => removeDocuments(ctx, input.ids, ctx.scope, { permanent: input.permanent, by: ctx.user.id })),

  /** The trash in scope (members their own, admins everyone's), most recently deleted first, with when each goes for good. */
  trash: scopedProcedure.query(({ ctx }) => trashFor(ctx, ctx.scope)),

  /** Takes documents out of the trash with their topics, folder and text; all or nothing. */
  restore: scopedProcedure.input(z.object({ ids: documentIdsSchema })).mutation(({ ctx, input }) => restoreFromTrash(ctx, input.ids, ctx.scope)),

  /** Renames the document (its title; the file name stays). Search and the name sort use it at once. */
  setTitle: scopedProcedure.input(setTitleInputSchema).mutation(async ({ ctx, input }) => {
    const renamed = await setDocumentTitle(ctx.db, input.id, input.title, ctx.scope);
    await ctx.audit(titleEvent(renamed));
    return renamed;
  }),

  /** The document's own date, as a person's choice (null: it has none); the text never overrides it. */
  setDate: scopedProcedure.input(setDocumentDateInputSchema).mutation(async ({ ctx, input }) => {
    const dated = await setDocumentDate(ctx.db, input.id, input.date, ctx.scope);
    await ctx.audit(dateEvent(dated));
    return dated;
  }),

  /** Who sent it, as a person's choice (null: nobody); no rule or learned model overrides it. */
  setCorrespondent: scopedProcedure.input(setCorrespondentInputSchema).mutation(async ({ ctx, input }) => {
    await setCorrespondentFor(ctx.db, ctx.audit, [input.id], input.correspondentId, ctx.scope);
    return getDocument(ctx.db, input.id, ctx.scope);
  }),

  /** One correspondent (null: none) for every selected document, as a person's choice; all or nothing. */
  /** A person's value of a custom field (null clears it); final: the worker never changes it. A value the field's type refuses is BAD_REQUEST. */
  setField: scopedProcedure.input(setFieldInputSchema).mutation(({ ctx, input }) => setFieldFor(ctx.db, ctx.audit, [input.id], input.fieldId, input.value, ctx.scope)),

  /** One value of a custom field for every selected document, as a person's. */
  setFieldMany: scopedProcedure.input(bulkSetFieldInputSchema).mutation(({ ctx, input }) => setFieldFor(ctx.db, ctx.audit, input.ids, input.fieldId, input.value, ctx.scope)),

  setCorrespondentMany: scopedProcedure
    .input(bulkCorrespondentInputSchema)
    .mutation(({ ctx, input }) => setCorrespondentFor(ctx.db, ctx.audit, input.ids, input.correspondentId, ctx.scope)),

  /** The document's notes, oldest first, each saying whether the caller may delete it (author or admin). */
  notes: scopedProcedure.input(byId).query(async ({ ctx, input }) => {
    const notes = await listNotes(ctx.db, input.id, ctx.scope);
    return notes.map((n) => ({ ...n, canDelete: ctx.user.role === "admin" || n.authorId === ctx.user.id }));
  }),

  /** Adds a note (searchable with the document) by the caller, on a document they can see. */
  addNote: scopedProcedure.input(addNoteInputSchema).mutation(async ({ ctx, input }) => {
    const note = await addNote(ctx.db, input.documentId, input.text, { id: ctx.user.id, admin: ctx.user.role === "admin" }, ctx.scope);
    await ctx.audit(noteEvent("document.note_add", { id: note.id, documentId: input.documentId, text: input.text }));
    return { ...note, canDelete: true };
  }),

  /** Deletes a note: the author's own; admins any. */
  deleteNote: scopedProcedure
    .input(z.object({ id: idSchema }))
    .mutation(async ({ ctx, input }) => {
      const deleted = await deleteNote(ctx.db, input.id, { id: ctx.user.id, admin: ctx.user.role === "admin" }, ctx.scope);
      await ctx.audit(noteEvent("document.note_delete", deleted));
      return deleted;
    }),

  /** Manual override: the document gets exactly these topics (global ones or its owner's personal ones). */
  setTopics: scopedProcedure.input(setTopicsInputSchema).mutation(async ({ ctx, input }) => {
    await setManualTopics(ctx.db, input.id, input.topicIds, ctx.scope, input.expectedTopicIds, ctx.user.id);
    await ctx.audit(topicsEvent(input.id, input.topicIds, input.expectedTopicIds));
    return getDocument(ctx.db, input.id, ctx.scope);
  }),

  /** Adds the topics to every selected document, as manual choices. */
  addTopics: scopedProcedure.input(bulkTopicsInputSchema).mutation(async ({ ctx, input }) => {
    const result = await addManualTopics(ctx.db, input.ids, input.topicIds, ctx.scope);
    await ctx.audit(documentEvents("document.topics", input.ids, { after: { added: input.topicIds } }));
    return result;
  }),

  /**
   * Removes the topics from every selected document; their other topics become manual choices (like
   * setTopics), and the removed ones are never applied to them again (ADR 0014).
   */
  removeTopics: scopedProcedure
    .input(bulkTopicsInputSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await removeTopicsManually(ctx.db, input.ids, input.topicIds, ctx.scope, ctx.user.id);
      await ctx.audit(documentEvents("document.topics", input.ids, { after: { removed: input.topicIds } }));
      return result;
    }),

  /** Files a selection in one of the caller's folders, or in none (`folderId: null`). */
  move: scopedProcedure.input(moveDocumentsInputSchema).mutation(({ ctx, input }) => moveDocuments(ctx, ctx.user, input.ids, input.folderId)),

  reclassify: scopedProcedure.input(byId).mutation(({ ctx, input }) => reclassifyDocument(ctx, input.id, ctx.scope)),

  /** Reclassify a selection (`ids`) or every document with text in scope (`all: true`), as background jobs. */
  reclassifyMany: scopedProcedure
    .input(z.union([z.object({ ids: z.array(idSchema).min(1).max(1000) }), z.object({ all: z.literal(true) })]))
    .mutation(({ ctx, input }) => reclassifyDocuments(ctx, "ids" in input ? [...new Set(input.ids)] : null, ctx.scope)),

  reextract: scopedProcedure.input(byId).mutation(({ ctx, input }) => reextractDocument(ctx, input.id, ctx.scope)),

  /** Documents in scope still being worked on, by status: the progress of uploads and reclassification. */
  progress: scopedProcedure.query(({ ctx }) => inProgressCounts(ctx.db, ctx.scope)),

  /** The extracted text page by page, with how each page was read (text layer, OCR) and the OCR confidence. */
  pages: scopedProcedure.input(byId).query(async ({ ctx, input }) => {
    const pages = await getDocumentPages(ctx.db, input.id, ctx.scope);
    return pages.map(({ pageNumber, text, method, ocrConfidence }) => ({ pageNumber, text, method, ocrConfidence }));
  }),

  /**
   * The same owner's documents nearest to this one by their stored sentence vectors (ADR 0014), best
   * first; empty until the worker has read the document.
   */
  similar: scopedProcedure.input(byId.extend({ limit: z.number().int().min(1).max(20).default(5) })).query(async ({ ctx, input }) => {
    await documentsInScopeOrThrow(ctx.db, [input.id], ctx.scope);
    // Below this a neighbour is no more alike than two unrelated texts tend to be.
    return similarDocuments(ctx.db, input.id, { limit: input.limit, minSimilarity: 0.3, scope: ctx.scope });
  }),

  /** A mail's attachments (each a document of its own) and, for an attachment, its mail (ADR 0032). */
  family: scopedProcedure.input(byId).query(async ({ ctx, input }) => {
    await documentsInScopeOrThrow(ctx.db, [input.id], ctx.scope);
    return documentFamily(ctx.db, input.id, ctx.scope);
  }),

  /** The classification runs of one document, newest first, and its suggestions waiting in review. */
  history: scopedProcedure.input(byId).query(async ({ ctx, input }) => {
    await documentsInScopeOrThrow(ctx.db, [input.id], ctx.scope);
    const [runs, suggestions] = await Promise.all([listDocumentRuns(ctx.db, input.id), listSuggestions(ctx.db, { limit: 100, documentId: input.id, scope: ctx.scope })]);
    return { runs, suggestions };
  }),
});
