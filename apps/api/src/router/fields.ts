import { z } from "zod";
import { listFields } from "@docscan/db/fields";
import { idSchema } from "@docscan/shared";
import { fieldCreateSchema, fieldUpdateSchema, topicFieldInputSchema } from "@docscan/shared/fields";
import { changeField, createFieldFor, linkField, removeField } from "../services/fields.ts";
import { adminProcedure, protectedProcedure, router } from "../trpc.ts";

/** Custom fields (issue 17, ADR 0033): everyone reads the definitions, admins change them. */
export const fieldsRouter = router({
  /** Every field by name, with the topics it is attached to. */
  list: protectedProcedure.query(({ ctx }) => listFields(ctx.db)),
  /** Type and reader default from the name ("Total" → monetary, total). A name that exists (any case) is CONFLICT. */
  create: adminProcedure.input(fieldCreateSchema).mutation(({ ctx, input }) => createFieldFor(ctx.db, ctx.audit, input)),
  update: adminProcedure.input(fieldUpdateSchema).mutation(({ ctx, input: { id, ...patch } }) => changeField(ctx.db, ctx.audit, id, patch)),
  delete: adminProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    await removeField(ctx.db, ctx.audit, input.id);
    return { ok: true as const };
  }),
  /** Documents of a (global) topic get the field; a personal topic is NOT_FOUND. */
  attach: adminProcedure.input(topicFieldInputSchema).mutation(({ ctx, input }) => linkField(ctx.db, ctx.audit, input, true)),
  detach: adminProcedure.input(topicFieldInputSchema).mutation(({ ctx, input }) => linkField(ctx.db, ctx.audit, input, false)),
});
