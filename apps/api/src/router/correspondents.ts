import { z } from "zod";
import { listCorrespondents } from "@docscan/db/correspondents";
import { correspondentCreateSchema, correspondentUpdateSchema, idSchema } from "@docscan/shared";
import { documentScope } from "../auth/scope.ts";
import { changeCorrespondent, createCorrespondentFor, removeCorrespondent } from "../services/correspondents.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const correspondentsRouter = router({
  /** Global correspondents and the caller's own, by name; `documentCount` counts only documents the caller can see. */
  list: protectedProcedure.query(({ ctx }) => listCorrespondents(ctx.db, { userId: ctx.user.id, scope: documentScope(ctx.user) })),

  /** A name that exists (any case) in the same scope is CONFLICT; a rule RE2 cannot run is BAD_REQUEST. */
  create: protectedProcedure.input(correspondentCreateSchema).mutation(({ ctx, input }) => createCorrespondentFor(ctx.db, ctx.audit, ctx.user, input)),

  update: protectedProcedure.input(correspondentUpdateSchema).mutation(({ ctx, input: { id, ...fields } }) => changeCorrespondent(ctx.db, ctx.audit, ctx.user, id, fields)),

  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) => removeCorrespondent(ctx.db, ctx.audit, ctx.user, input.id)),
});
