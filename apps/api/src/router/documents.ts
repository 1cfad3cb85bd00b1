import { z } from "zod";
import { assertTopicsExist, getDocument, listDocuments, setManualTopics } from "@docscan/db";
import { idSchema, listDocumentsInputSchema } from "@docscan/shared";
import { reclassifyDocument, removeDocument } from "../services/documents.ts";
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
});
