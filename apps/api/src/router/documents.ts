import { z } from "zod";
import { assertTopicsExist, getDocument, getDocumentPages, inProgressCounts, listDocumentRuns, listDocuments, listSuggestions, setManualTopics } from "@docscan/db";
import { idSchema, listDocumentsInputSchema } from "@docscan/shared";
import { reclassifyDocument, reclassifyDocuments, reextractDocument, removeDocument } from "../services/documents.ts";
import { publicProcedure, router } from "../trpc.ts";

const byId = z.object({ id: idSchema });

export const documentsRouter = router({
  list: publicProcedure.input(listDocumentsInputSchema).query(({ ctx, input }) => listDocuments(ctx.db, input)),

  get: publicProcedure.input(byId).query(({ ctx, input }) => getDocument(ctx.db, input.id)),

  delete: publicProcedure.input(byId).mutation(async ({ ctx, input }) => {
    await removeDocument(ctx, input.id);
    return { id: input.id };
  }),

  /** Manual override: the document gets exactly these topics. */
  setTopics: publicProcedure
    .input(z.object({ id: idSchema, topicIds: z.array(idSchema).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const topicIds = [...new Set(input.topicIds)];
      await ctx.db.transaction(async (tx) => {
        await getDocument(tx, input.id);
        await assertTopicsExist(tx, topicIds);
        await setManualTopics(tx, input.id, topicIds);
      });
      return getDocument(ctx.db, input.id);
    }),

  reclassify: publicProcedure.input(byId).mutation(({ ctx, input }) => reclassifyDocument(ctx, input.id)),

  /** Reclassify a selection (`ids`) or every document with text (`all: true`), as background jobs. */
  reclassifyMany: publicProcedure
    .input(z.union([z.object({ ids: z.array(idSchema).min(1).max(1000) }), z.object({ all: z.literal(true) })]))
    .mutation(({ ctx, input }) => reclassifyDocuments(ctx, "ids" in input ? [...new Set(input.ids)] : null)),

  reextract: publicProcedure.input(byId).mutation(({ ctx, input }) => reextractDocument(ctx, input.id)),

  /** Documents still being worked on, by status: the progress of uploads and reclassification. */
  progress: publicProcedure.query(({ ctx }) => inProgressCounts(ctx.db)),

  /** The extracted text page by page, with how each page was read (text layer, OCR) and the OCR confidence. */
  pages: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    await getDocument(ctx.db, input.id);
    const pages = await getDocumentPages(ctx.db, input.id);
    return pages.map(({ pageNumber, text, method, ocrConfidence }) => ({ pageNumber, text, method, ocrConfidence }));
  }),

  /** The classification runs of one document, newest first, and its suggestions waiting in review. */
  history: publicProcedure.input(byId).query(async ({ ctx, input }) => {
    await getDocument(ctx.db, input.id);
    const [runs, suggestions] = await Promise.all([listDocumentRuns(ctx.db, input.id), listSuggestions(ctx.db, { limit: 100, documentId: input.id })]);
    return { runs, suggestions };
  }),
});
