// Mail accounts (ADR 0020): members manage their own, admins everyone's. The password never comes back.
import { z } from "zod";
import { consumeActivity } from "@docscan/intake/consume";
import { resolveImapTarget, testConnection } from "@docscan/intake/mail";
import {
  createMailAccount,
  createMailAccountSchema,
  deleteMailAccount,
  listMailAccounts,
  mailAccountForCheck,
  recentMailMessages,
  updateMailAccount,
  updateMailAccountSchema,
  type AccountScope,
} from "@docscan/intake/mail-accounts";
import { decryptSecret } from "@docscan/db/secrets";
import { idSchema } from "@docscan/shared";
import { thingEvent } from "../audit.ts";
import { adminProcedure, protectedProcedure, router } from "../trpc.ts";

const scopeOf = (user: { id: string; role: string }): AccountScope => ({ ownerId: user.role === "admin" ? null : user.id });

/**
 * A private, loopback or link-local server is refused when saved (400 naming MAIL_ALLOW_PRIVATE), like a
 * webhook URL; "check connection" and every check by the worker refuse it again at connect time.
 */
const assertServerAllowed = async (host: string, allowPrivate: boolean | undefined) => {
  await resolveImapTarget(host, allowPrivate ?? false);
};

export const mailRouter = router({
  list: protectedProcedure.query(({ ctx }) => listMailAccounts(ctx.db, scopeOf(ctx.user))),

  /** A new account of the caller's; checked at the worker's next poll. */
  create: protectedProcedure.input(createMailAccountSchema).mutation(async ({ ctx, input }) => {
    await assertServerAllowed(input.host, ctx.mailAllowPrivate);
    const account = await createMailAccount(ctx.db, ctx.secretKey, ctx.user.id, input);
    await ctx.audit(thingEvent("mail_account.create", { id: account.id, label: input.name }));
    return account;
  }),

  /** Without `password`, the stored one stays. Saving makes the account due for a check at once. */
  update: protectedProcedure.input(updateMailAccountSchema).mutation(async ({ ctx, input }) => {
    await assertServerAllowed(input.host, ctx.mailAllowPrivate);
    const account = await updateMailAccount(ctx.db, ctx.secretKey, scopeOf(ctx.user), input);
    await ctx.audit(thingEvent("mail_account.update", { id: input.id, label: input.name }));
    return account;
  }),

  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    await deleteMailAccount(ctx.db, scopeOf(ctx.user), input.id);
    await ctx.audit(thingEvent("mail_account.delete", { id: input.id }));
    return { deleted: true };
  }),

  /** Signs in to a saved account and lists its folders, or says why it could not. */
  test: protectedProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    const account = await mailAccountForCheck(ctx.db, scopeOf(ctx.user), input.id);
    return testConnection({ ...account, password: decryptSecret(ctx.secretKey, account.passwordEncrypted) }, { allowPrivate: ctx.mailAllowPrivate ?? false });
  }),

  /** The account's most recently handled messages, with what became of each. */
  messages: protectedProcedure.input(z.object({ accountId: idSchema })).query(({ ctx, input }) => recentMailMessages(ctx.db, scopeOf(ctx.user), input.accountId)),

  /** The consume folder: last scan, files waiting, recent imports and failures. */
  consumeStatus: adminProcedure.query(({ ctx }) => consumeActivity(ctx.db)),
});
