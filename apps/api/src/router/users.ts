import { z } from "zod";
import { listUsers, updateUser } from "@docscan/db";
import { idSchema, newUserSchema, passwordSchema, quotaSchema, ROLES } from "@docscan/shared";
import { createUser, setPassword } from "../auth/service.ts";
import { adminProcedure, router } from "../trpc.ts";

const userUpdateSchema = z
  .object({ id: idSchema, role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .extend(quotaSchema.partial().shape);

/** Accounts, for admins. Users are disabled rather than deleted: their documents stay. */
export const usersRouter = router({
  /** Every user with quotas and usage. */
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  create: adminProcedure.input(newUserSchema).mutation(({ ctx, input }) => createUser(ctx, input)),

  /** Disabling or a new role ends the user's sessions and API tokens (enabling brings none back); the last active admin stays an admin. */
  update: adminProcedure.input(userUpdateSchema).mutation(({ ctx, input: { id, ...changes } }) => updateUser(ctx.db, id, changes)),

  /** Sets a new password (there is no self-service reset); ends the user's sessions and API tokens. */
  resetPassword: adminProcedure
    .input(z.object({ id: idSchema, password: passwordSchema }))
    .mutation(({ ctx, input }) => setPassword(ctx, input.id, input.password)),
});
