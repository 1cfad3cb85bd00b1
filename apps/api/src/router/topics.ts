import { z } from "zod";
import { createTopic, deleteTopic, listTopics, updateTopic } from "@docscan/db";
import { idSchema, topicInputSchema } from "@docscan/shared";
import { publicProcedure, router } from "../trpc.ts";

export const topicsRouter = router({
  list: publicProcedure.query(({ ctx }) => listTopics(ctx.db)),

  /** A name that exists already (any case) returns the existing topic with `created: false`. */
  create: publicProcedure.input(topicInputSchema).mutation(({ ctx, input }) => createTopic(ctx.db, input)),

  update: publicProcedure
    .input(z.object({ id: idSchema }).extend(topicInputSchema.partial().shape))
    .mutation(({ ctx, input: { id, ...fields } }) => updateTopic(ctx.db, id, fields)),

  delete: publicProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) => deleteTopic(ctx.db, input.id)),
});
