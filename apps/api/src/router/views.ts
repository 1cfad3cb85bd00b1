// Saved views (issue 16, ADR 0031): the rules live in services/views.ts, shared with the REST routes.
import { z } from "zod";
import { idSchema } from "@docscan/shared";
import { createViewInputSchema, renameViewInputSchema, shareViewInputSchema, updateViewInputSchema } from "@docscan/shared/views";
import { changeView, createViewFor, pinnedViewCounts, removeView, viewsFor } from "../services/views.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const viewsRouter = router({
  /** The caller's views and the shared ones: pinned first in their order, then by name; `mine` says which the caller may change. */
  list: protectedProcedure.query(({ ctx }) => viewsFor(ctx, ctx.user)),

  /** How many documents each pinned view holds for the caller (capped, estimated beyond 10 000: ADR 0009). */
  counts: protectedProcedure.query(({ ctx }) => pinnedViewCounts(ctx, ctx.user)),

  create: protectedProcedure.input(createViewInputSchema).mutation(({ ctx, input }) => createViewFor(ctx, ctx.audit, ctx.user, input)),

  rename: protectedProcedure.input(renameViewInputSchema).mutation(({ ctx, input }) => changeView(ctx, ctx.audit, ctx.user, input.id, { name: input.name })),

  /** New filters (the current list), pinned or not, or a new place among the pinned views. */
  update: protectedProcedure.input(updateViewInputSchema).mutation(({ ctx, input: { id, ...changes } }) => changeView(ctx, ctx.audit, ctx.user, id, changes)),

  /** Admins share their own views with every user (or stop sharing them). */
  share: protectedProcedure.input(shareViewInputSchema).mutation(({ ctx, input }) => changeView(ctx, ctx.audit, ctx.user, input.id, { shared: input.shared })),

  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    await removeView(ctx, ctx.audit, ctx.user, input.id);
    return { id: input.id };
  }),
});
