import { z } from "zod";
import { listTopics } from "@docscan/db";
import { idSchema, topicCreateSchema, topicUpdateSchema } from "@docscan/shared";
import { documentScope } from "../auth/scope.ts";
import { changeTopic, createTopicFor, removeTopic } from "../services/topics.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const topicsRouter = router({
  /** Global topics and the caller's personal ones; `documentCount` counts only documents the caller can see. */
  list: protectedProcedure.query(({ ctx }) => listTopics(ctx.db, { userId: ctx.user.id, scope: documentScope(ctx.user) })),

  /** A name that exists already (any case) in the same namespace returns the existing topic with `created: false`. */
  create: protectedProcedure.input(topicCreateSchema).mutation(({ ctx, input }) => createTopicFor(ctx.db, ctx.audit, ctx.user, input)),

  update: protectedProcedure.input(topicUpdateSchema).mutation(({ ctx, input: { id, ...fields } }) => changeTopic(ctx.db, ctx.audit, ctx.user, id, fields)),

  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) => removeTopic(ctx.db, ctx.audit, ctx.user, input.id)),
});
