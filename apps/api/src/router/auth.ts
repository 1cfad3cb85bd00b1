import { z } from "zod";
import { deleteApiToken, getUser, listApiTokens, type AuthUser, type CredentialGuard, type PublicUser } from "@docscan/db";
import { emailSchema, idSchema, loginSchema, passwordSchema, RateLimitedError, tokenNameSchema } from "@docscan/shared";
import {
  changeOwnPassword,
  endSession,
  issueApiToken,
  needsSetup,
  requestGuard,
  setupFirstAdmin,
  signIn,
  startSession,
} from "../auth/service.ts";
import { clearedSessionCookie, sessionCookie } from "../auth/session-cookie.ts";
import { tokenEvent, userCreatedEvent } from "../audit.ts";
import type { Context } from "../context.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";

/** What the console shows about the signed-in account. */
export type AccountView = Pick<PublicUser, "id" | "email" | "role" | "quotaBytes" | "quotaDocuments" | "usedBytes" | "usedDocuments">;

export interface AuthStatus {
  needsSetup: boolean;
  user: AccountView | null;
  /** The console echoes it in X-CSRF-Token on writes; null unless signed in with a session cookie. */
  csrfToken: string | null;
}

async function accountView(ctx: Context, user: AuthUser): Promise<AccountView> {
  const { id, email, role, quotaBytes, quotaDocuments, usedBytes, usedDocuments } = await getUser(ctx.db, user.id);
  return { id, email, role, quotaBytes, quotaDocuments, usedBytes, usedDocuments };
}

/** Starts a console session for the user (if `guard` still holds) and sets its cookie on the response. */
async function openSession(ctx: Context, user: AuthUser, guard: CredentialGuard): Promise<AuthStatus> {
  const session = await startSession(ctx, user.id, guard);
  ctx.resHeaders.append("Set-Cookie", sessionCookie(session.cookieValue, { secure: ctx.secure, expires: session.expiresAt }));
  return { needsSetup: false, user: await accountView(ctx, user), csrfToken: session.csrfToken };
}

/** A refusal for too many failed attempts tells the client when to try again (Retry-After). */
async function withRetryAfter<T>(ctx: Context, attempt: Promise<T>): Promise<T> {
  try {
    return await attempt;
  } catch (err) {
    if (err instanceof RateLimitedError) ctx.resHeaders.set("Retry-After", String(err.retryAfterSeconds));
    throw err;
  }
}

const tokensRouter = router({
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id)),

  /** The token itself is in this answer only; docscan keeps just its hash. */
  // Only while the session or token this request came with still exists (a reset meanwhile ends both).
  create: protectedProcedure
    .input(z.object({ name: tokenNameSchema }))
    .mutation(async ({ ctx, input }) => {
      const issued = await issueApiToken(ctx, ctx.user.id, input.name, requestGuard(ctx.auth));
      await ctx.audit(tokenEvent("token.create", issued.info));
      return issued;
    }),

  revoke: protectedProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    await ctx.audit(tokenEvent("token.revoke", await deleteApiToken(ctx.db, ctx.user.id, input.id)));
  }),
});

export const authRouter = router({
  /** Called by the console on load: set up yet? signed in as whom? */
  status: publicProcedure.query(async ({ ctx }): Promise<AuthStatus> => {
    if (!ctx.user) return { needsSetup: await needsSetup(ctx), user: null, csrfToken: null };
    return { needsSetup: false, user: await accountView(ctx, ctx.user), csrfToken: ctx.auth.csrfToken };
  }),

  /** The one-time setup: creates the first admin and signs them in. Refused once any user exists. */
  setup: publicProcedure.input(z.object({ email: emailSchema, password: passwordSchema })).mutation(async ({ ctx, input }) => {
    const admin = await setupFirstAdmin(ctx, input.email, input.password);
    await ctx.audit(userCreatedEvent(admin), { userId: admin.id, email: admin.email });
    return openSession(ctx, admin, {});
  }),

  login: publicProcedure.input(loginSchema).mutation(async ({ ctx, input }) => {
    const { user, guard } = await withRetryAfter(ctx, signIn(ctx, input.email, input.password, ctx.clientIp, ctx.audit));
    // Signing in over an existing session replaces it.
    if (ctx.auth.sessionHash) await endSession(ctx, ctx.auth.sessionHash);
    return openSession(ctx, user, guard);
  }),

  logout: protectedProcedure.mutation(async ({ ctx }) => {
    if (ctx.auth.sessionHash) await endSession(ctx, ctx.auth.sessionHash);
    ctx.resHeaders.append("Set-Cookie", clearedSessionCookie({ secure: ctx.secure }));
  }),

  /**
   * Ends all of the caller's sessions (other browsers are signed out) and API tokens; a caller on a session
   * gets a fresh one, so the answer carries its new CSRF token.
   */
  changePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string().min(1, "enter your current password").max(200), newPassword: passwordSchema }))
    .mutation(async ({ ctx, input }): Promise<{ csrfToken: string | null }> => {
      await withRetryAfter(ctx, changeOwnPassword(ctx, ctx.user, input.currentPassword, input.newPassword, ctx.clientIp));
      await ctx.audit({ action: "user.password_change", objectType: "user", objectId: ctx.user.id, objectLabel: ctx.user.email });
      if (ctx.auth.via !== "session") return { csrfToken: null };
      return { csrfToken: (await openSession(ctx, ctx.user, {})).csrfToken };
    }),

  tokens: tokensRouter,
});
