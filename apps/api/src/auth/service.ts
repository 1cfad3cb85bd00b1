// Sign-in, sessions, API tokens and the first admin: the use-cases behind the auth routes and procedures.
import {
  countUsers,
  createFirstAdmin,
  deleteSession,
  findSession,
  findUserByToken,
  findUserForLogin,
  insertApiToken,
  insertSession,
  insertUser,
  updateUser,
  type ApiTokenInfo,
  type AuthUser,
  type CredentialGuard,
  type PublicUser,
} from "@docscan/db";
import { ConflictError, InvalidInputError, newUserSchema, UnauthenticatedError, type Role } from "@docscan/shared";
import type { Audit } from "../audit.ts";
import type { AppDeps } from "../context.ts";
import { hashPassword, verifyPassword } from "@docscan/db/passwords";
import { hashSecret, newSecret } from "./secrets.ts";
import { readSessionCookie, SESSION_TTL_MS } from "./session-cookie.ts";

export const API_TOKEN_PREFIX = "dst_";

/** How a request is authenticated; `csrfToken` is set for sessions only (cookie writes must echo it). */
export interface Auth {
  user: AuthUser | null;
  via: "session" | "token" | null;
  sessionHash: string | null;
  /** The hash of the API token the request came with (via "token"). */
  apiTokenHash: string | null;
  csrfToken: string | null;
}
export const ANONYMOUS: Auth = { user: null, via: null, sessionHash: null, apiTokenHash: null, csrfToken: null };

/** What a credential made from this request depends on: the session or the token it came with. */
export function requestGuard(auth: Auth): CredentialGuard {
  if (auth.via === "session" && auth.sessionHash) return { sessionHash: auth.sessionHash };
  if (auth.via === "token" && auth.apiTokenHash) return { apiTokenHash: auth.apiTokenHash };
  return {};
}

/** A password reset, disable or sign-out committed while the credential was being made. */
const credentialsChanged = () => new UnauthenticatedError("the account's password or access changed meanwhile: sign in again");

/**
 * A Bearer token wins over the cookie. A credential that is present but invalid is an error (401), not
 * an anonymous request, so a script with a revoked token fails loudly.
 */
export async function authenticate(deps: Pick<AppDeps, "db">, headers: Headers): Promise<Auth> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!m) throw new UnauthenticatedError("the Authorization header must be 'Bearer <token>'");
    const apiTokenHash = hashSecret(m[1]!);
    const user = await findUserByToken(deps.db, apiTokenHash);
    if (!user) throw new UnauthenticatedError("invalid or revoked API token");
    return { user, via: "token", sessionHash: null, apiTokenHash, csrfToken: null };
  }
  const cookie = readSessionCookie(headers.get("cookie"));
  if (!cookie) return ANONYMOUS;
  const sessionHash = hashSecret(cookie);
  const session = await findSession(deps.db, sessionHash);
  // An expired or ended session is just "signed out": the console shows the sign-in page.
  if (!session) return ANONYMOUS;
  return { user: session.user, via: "session", sessionHash, apiTokenHash: null, csrfToken: session.csrfToken };
}

/**
 * Checks email and password; the same answer and about the same time whether the email exists or not. The
 * guard is for the session or token made from it: the password hash just verified, still the user's. Both
 * outcomes go to the audit log (a refusal for too many attempts does not: the limiter already counts those).
 */
export async function signIn(
  deps: Pick<AppDeps, "db" | "loginLimiters">,
  email: string,
  password: string,
  clientIp: string,
  audit: Audit,
): Promise<{ user: AuthUser; guard: CredentialGuard }> {
  // Counted from now, so that attempts sent together cannot all pass before the first one fails.
  const attempt = deps.loginLimiters.begin(email, clientIp);
  try {
    const row = await findUserForLogin(deps.db, email);
    const ok = await verifyPassword(row?.passwordHash ?? null, password);
    if (!row || !ok || row.disabled) {
      attempt.fail();
      const reason = !row ? "unknown email" : !ok ? "wrong password" : "account disabled";
      await audit({ action: "auth.sign_in_failed", objectType: "user", objectId: row?.id ?? null, objectLabel: email, after: { reason } }, { userId: null, email });
      throw new UnauthenticatedError("invalid email or password");
    }
    attempt.succeed();
    await audit({ action: "auth.sign_in", objectType: "user", objectId: row.id, objectLabel: row.email }, { userId: row.id, email: row.email });
    return { user: { id: row.id, email: row.email, role: row.role }, guard: { passwordHash: row.passwordHash } };
  } finally {
    attempt.release();
  }
}

/** A new account, created by an admin; a taken email is a ConflictError. */
export async function createUser(deps: Pick<AppDeps, "db">, input: { email: string; password: string; role: Role }): Promise<PublicUser> {
  return insertUser(deps.db, { email: input.email, passwordHash: await hashPassword(input.password), role: input.role });
}

/** Sets a new password (an admin's reset or the user's own change); this ends all of the user's sessions and API tokens. */
export async function setPassword(deps: Pick<AppDeps, "db">, userId: string, password: string): Promise<void> {
  await updateUser(deps.db, userId, { passwordHash: await hashPassword(password) });
}

/**
 * The user's own password change. The current password is checked like a sign-in (and its failures count
 * against the sign-in limits of the account from this address), so a stolen session cannot be used to guess it.
 */
export async function changeOwnPassword(
  deps: Pick<AppDeps, "db" | "loginLimiters">,
  user: AuthUser,
  currentPassword: string,
  newPassword: string,
  clientIp: string,
): Promise<void> {
  const attempt = deps.loginLimiters.begin(user.email, clientIp);
  try {
    const row = await findUserForLogin(deps.db, user.email);
    if (!(await verifyPassword(row?.passwordHash ?? null, currentPassword))) {
      attempt.fail();
      throw new InvalidInputError("the current password is not correct");
    }
  } finally {
    attempt.release();
  }
  await setPassword(deps, user.id, newPassword);
}

/** `guard`: what must still hold when the session is stored (one statement); otherwise UnauthenticatedError. */
export async function startSession(deps: Pick<AppDeps, "db">, userId: string, guard: CredentialGuard): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
  const { secret, hash } = newSecret();
  const csrfToken = newSecret().secret;
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  if (!(await insertSession(deps.db, { tokenHash: hash, userId, csrfToken, expiresAt }, guard))) throw credentialsChanged();
  return { cookieValue: secret, csrfToken, expiresAt };
}

export async function endSession(deps: Pick<AppDeps, "db">, sessionHash: string): Promise<void> {
  await deleteSession(deps.db, sessionHash);
}

/** A new API token; the token itself is shown once and never stored. */
export async function issueApiToken(deps: Pick<AppDeps, "db">, userId: string, name: string, guard: CredentialGuard): Promise<{ token: string; info: ApiTokenInfo }> {
  const { secret, hash, displayPrefix } = newSecret(API_TOKEN_PREFIX);
  const info = await insertApiToken(deps.db, { userId, name, tokenHash: hash, prefix: displayPrefix }, guard);
  if (!info) throw credentialsChanged();
  return { token: secret, info };
}

export async function needsSetup(deps: Pick<AppDeps, "db">): Promise<boolean> {
  return (await countUsers(deps.db)) === 0;
}

/** The one-time setup: the first admin (refused once any user exists). */
export async function setupFirstAdmin(deps: Pick<AppDeps, "db">, email: string, password: string): Promise<PublicUser> {
  return createFirstAdmin(deps.db, { email, passwordHash: await hashPassword(password) });
}

/**
 * First start with DOCSCAN_ADMIN_EMAIL and DOCSCAN_ADMIN_PASSWORD: create that admin if there are no
 * users. With users already, the variables are ignored (the password is never reset from env).
 */
export async function ensureAdminFromEnv(deps: Pick<AppDeps, "db" | "log">, email: string | undefined, password: string | undefined): Promise<void> {
  if (!email && !password) return;
  const parsed = newUserSchema.safeParse({ email, password, role: "admin" });
  if (!parsed.success) {
    throw new Error(`DOCSCAN_ADMIN_EMAIL/DOCSCAN_ADMIN_PASSWORD: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  if (!(await needsSetup(deps))) return;
  try {
    await setupFirstAdmin(deps, parsed.data.email, parsed.data.password);
    deps.log.info({ email: parsed.data.email }, "created the first admin from DOCSCAN_ADMIN_EMAIL");
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err; // another process created it first
  }
}
