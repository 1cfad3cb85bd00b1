import { z } from "zod";
import { acceptSuggestions, countSuggestions, listSuggestions, rejectSuggestions } from "@docscan/db";
import { idSchema } from "@docscan/shared";
import { documentScope } from "../auth/scope.ts";
import { protectedProcedure, router } from "../trpc.ts";
import { newTopicOwner } from "./topics.ts";

const ids = z.object({ ids: z.array(idSchema).min(1).max(500) });

/**
 * The review inbox: suggestions below the confidence threshold and proposed new topics, on the documents
 * in the caller's scope. Accepting or rejecting an id outside it fails the whole call with "not found".
 */
export const reviewRouter = router({
  list: protectedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(async ({ ctx, input }) => {
      const scope = documentScope(ctx.user);
      const [items, total] = await Promise.all([listSuggestions(ctx.db, { ...input, scope }), countSuggestions(ctx.db, scope)]);
      return { items, total };
    }),

  /** Accepted topics become confirmed (manual) links that the classifiers learn from; proposals become topics of the acceptor's kind. */
  accept: protectedProcedure.input(ids).mutation(({ ctx, input }) =>
    ctx.db.transaction((tx) => acceptSuggestions(tx, [...new Set(input.ids)], { scope: documentScope(ctx.user), newTopicOwner: newTopicOwner(ctx.user) })),
  ),

  reject: protectedProcedure
    .input(ids)
    .mutation(({ ctx, input }) => ctx.db.transaction((tx) => rejectSuggestions(tx, [...new Set(input.ids)], documentScope(ctx.user)))),
});
