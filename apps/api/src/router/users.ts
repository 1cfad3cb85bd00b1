import { z } from "zod";
import { getUser, listUsers, updateUser, type PublicUser } from "@docscan/db";
import { idSchema, newUserSchema, passwordSchema, quotaSchema, ROLES } from "@docscan/shared";
import { userCreatedEvent } from "../audit.ts";
import { createUser, setPassword } from "../auth/service.ts";
import { adminProcedure, router } from "../trpc.ts";

const userUpdateSchema = z
  .object({ id: idSchema, role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .extend(quotaSchema.partial().shape);

/** Accounts, for admins. Users are disabled rather than deleted: their documents stay. */
export const usersRouter = router({
  /** Every user with quotas and usage. */
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  create: adminProcedure.input(newUserSchema).mutation(async ({ ctx, input }) => {
    const user = await createUser(ctx, input);
    await ctx.audit(userCreatedEvent(user));
    return user;
  }),

  /** Disabling or a new role ends the user's sessions and API tokens (enabling brings none back); the last active admin stays an admin. */
  update: adminProcedure.input(userUpdateSchema).mutation(async ({ ctx, input: { id, ...changes } }) => {
    const before = await getUser(ctx.db, id);
    const after = await updateUser(ctx.db, id, changes);
    // Only the fields this change sent.
    const pick = (u: PublicUser) => Object.fromEntries(Object.keys(changes).map((k) => [k, u[k as keyof typeof changes]]));
    await ctx.audit({ action: "user.update", objectType: "user", objectId: id, objectLabel: after.email, before: pick(before), after: pick(after) });
    return after;
  }),

  /** Sets a new password (there is no self-service reset); ends the user's sessions and API tokens. */
  resetPassword: adminProcedure
    .input(z.object({ id: idSchema, password: passwordSchema }))
    .mutation(async ({ ctx, input }) => {
      await setPassword(ctx, input.id, input.password);
      await ctx.audit({ action: "user.password_reset", objectType: "user", objectId: input.id });
    }),
});
