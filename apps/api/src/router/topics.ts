import { z } from "zod";
import { createTopic, deleteTopic, getVisibleTopic, listTopics, updateTopic, type AuthUser, type DbOrTx, type TopicRow } from "@docscan/db";
import { ForbiddenError, idSchema, topicCreateSchema, topicUpdateSchema } from "@docscan/shared";
import { documentScope } from "../auth/scope.ts";
import { protectedProcedure, router } from "../trpc.ts";

/** Who owns a topic `user` creates: admins create global topics unless they ask for a personal one; members only personal ones. */
export function newTopicOwner(user: AuthUser, personal = false): string | null {
  return user.role === "admin" && !personal ? null : user.id;
}

/**
 * The topic `user` may change (ADR 0010): their own personal topic, or a global one if they are an admin.
 * Someone else's personal topic is "topic not found", for admins too.
 */
async function topicToChange(db: DbOrTx, user: AuthUser, id: string): Promise<TopicRow> {
  const topic = await getVisibleTopic(db, user.id, id);
  if (topic.ownerId === null && user.role !== "admin") throw new ForbiddenError("only admins can change global topics");
  return topic;
}

export const topicsRouter = router({
  /** Global topics and the caller's personal ones; `documentCount` counts only documents the caller can see. */
  list: protectedProcedure.query(({ ctx }) => listTopics(ctx.db, { userId: ctx.user.id, scope: documentScope(ctx.user) })),

  /** A name that exists already (any case) in the same namespace returns the existing topic with `created: false`. */
  create: protectedProcedure
    .input(topicCreateSchema)
    .mutation(({ ctx, input: { personal, ...fields } }) => createTopic(ctx.db, { ...fields, ownerId: newTopicOwner(ctx.user, personal) })),

  update: protectedProcedure
    .input(topicUpdateSchema)
    .mutation(({ ctx, input: { id, ...fields } }) =>
      ctx.db.transaction(async (tx) => {
        await topicToChange(tx, ctx.user, id);
        return updateTopic(tx, id, fields);
      }),
    ),

  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await topicToChange(tx, ctx.user, input.id);
      return deleteTopic(tx, input.id);
    }),
  ),
});
