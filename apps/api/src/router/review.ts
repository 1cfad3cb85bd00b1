import { protectedProcedure, router } from "../trpc.ts";
import {
  acceptCorrespondents,
  acceptInputSchema,
  acceptReview,
  dismissCorrespondents,
  proposalIdsSchema,
  rejectReview,
  reviewInbox,
  reviewListInputSchema,
  suggestionIdsSchema,
} from "../services/review.ts";

/**
 * The review inbox: suggestions below the confidence threshold, proposed new topics and proposed
 * correspondents, one row per document in the caller's scope with its suggestions ranked. Accepting or rejecting an id outside it
 * fails the whole call with "not found". A rejected topic is never suggested to that document again.
 */
export const reviewRouter = router({
  list: protectedProcedure.input(reviewListInputSchema.default({ limit: 100 })).query(({ ctx, input }) => reviewInbox(ctx.db, ctx.user, input)),

  /**
   * Accepted topics become confirmed (manual) links that the classifiers learn from; proposals become
   * topics of the acceptor's kind. `rejectRest`: the documents' other suggestions are rejected at once.
   */
  accept: protectedProcedure.input(acceptInputSchema).mutation(({ ctx, input }) => acceptReview(ctx.db, ctx.audit, ctx.user, input)),

  reject: protectedProcedure.input(suggestionIdsSchema).mutation(({ ctx, input }) => rejectReview(ctx.db, ctx.audit, ctx.user, input.ids)),

  /**
   * "Add and set" the documents' proposed correspondents: the one of that name the owner may use, else a new one
   * (an admin's global, a member's own), set as a person's choice. Documents without a proposal waiting: NOT_FOUND.
   */
  acceptCorrespondents: protectedProcedure.input(proposalIdsSchema).mutation(({ ctx, input }) => acceptCorrespondents(ctx.db, ctx.audit, ctx.user, input.ids)),

  /** Dismissed proposals leave the inbox; that name is not proposed for the document again. */
  dismissCorrespondents: protectedProcedure.input(proposalIdsSchema).mutation(({ ctx, input }) => dismissCorrespondents(ctx.db, ctx.audit, ctx.user, input.ids)),
});
