import { z } from "zod";
import { acceptSuggestions, listReviewDocuments, otherSuggestionsOf, rejectSuggestions, reviewOwners } from "@docscan/db";
import { idSchema } from "@docscan/shared";
import { documentScope } from "../auth/scope.ts";
import { protectedProcedure, router } from "../trpc.ts";
import { newTopicOwner } from "./topics.ts";

const ids = z.object({ ids: z.array(idSchema).min(1).max(500) });

const listInput = z
  .object({
    /** Documents per page. */
    limit: z.number().int().min(1).max(500).default(100),
    /** Admins: only this user's documents ("none": documents without owner). Members see only their own anyway. */
    owner: z.union([idSchema, z.literal("none")]).optional(),
  })
  .default({ limit: 100 });

/**
 * The review inbox: suggestions below the confidence threshold and proposed new topics, one row per
 * document in the caller's scope with its suggestions ranked. Accepting or rejecting an id outside it
 * fails the whole call with "not found". A rejected topic is never suggested to that document again.
 */
export const reviewRouter = router({
  list: protectedProcedure.input(listInput).query(async ({ ctx, input }) => {
    const scope = documentScope(ctx.user);
    const owner = input.owner === undefined ? undefined : input.owner === "none" ? null : input.owner;
    const [page, owners] = await Promise.all([
      listReviewDocuments(ctx.db, { limit: input.limit, scope, owner }),
      // The owner filter is an admin's: a member's inbox holds only their own documents.
      ctx.user.role === "admin" ? reviewOwners(ctx.db, scope) : Promise.resolve(null),
    ]);
    return { ...page, owners };
  }),

  /**
   * Accepted topics become confirmed (manual) links that the classifiers learn from; proposals become
   * topics of the acceptor's kind. `rejectRest`: the documents' other suggestions are rejected at once.
   */
  accept: protectedProcedure.input(ids.extend({ rejectRest: z.boolean().default(false) })).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const chosen = [...new Set(input.ids)];
      const scope = documentScope(ctx.user);
      const rest = input.rejectRest ? await otherSuggestionsOf(tx, chosen) : [];
      const { accepted } = await acceptSuggestions(tx, chosen, { scope, newTopicOwner: newTopicOwner(ctx.user) });
      const { rejected } = rest.length > 0 ? await rejectSuggestions(tx, rest, scope, ctx.user.id) : { rejected: 0 };
      return { accepted, rejected };
    }),
  ),

  reject: protectedProcedure
    .input(ids)
    .mutation(({ ctx, input }) => ctx.db.transaction((tx) => rejectSuggestions(tx, [...new Set(input.ids)], documentScope(ctx.user), ctx.user.id))),
});
