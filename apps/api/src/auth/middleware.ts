// Authentication and CSRF checks for every route, and the helpers REST routes use to demand a user.
import { timingSafeEqual } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context as HonoContext, MiddlewareHandler } from "hono";
import { ForbiddenError, UnauthenticatedError } from "@docscan/shared";
import type { AuthUser } from "@docscan/db";
import type { AppDeps } from "../context.ts";
import { ANONYMOUS, authenticate, type Auth } from "./service.ts";

export const CSRF_HEADER = "x-csrf-token";

export type AuthEnv = { Variables: { requestId: string; auth: Auth; refusal: Error | null } };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Sets `c.var.auth` from a Bearer token or the session cookie. Writes that ride on the cookie must echo
 * the session's CSRF token in X-CSRF-Token; any write from a page of another origin is refused outright.
 * `deferRefusal` (tRPC): a refusal is not thrown here but left in `c.var.refusal` for every procedure to
 * raise, so that it reaches the client in tRPC's own error format, which the console can read.
 */
export function authMiddleware(deps: AppDeps, opts: { deferRefusal?: boolean } = {}): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    try {
      c.set("auth", await checkedAuth(deps, c));
      c.set("refusal", null);
    } catch (err) {
      if (!opts.deferRefusal || !(err instanceof ForbiddenError || err instanceof UnauthenticatedError)) throw err;
      c.set("auth", ANONYMOUS);
      c.set("refusal", err);
    }
    await next();
  };
}

async function checkedAuth(deps: AppDeps, c: HonoContext): Promise<Auth> {
  const unsafe = !SAFE_METHODS.has(c.req.method);
  if (unsafe && !sameOrigin(c, deps.trustProxy)) throw new ForbiddenError("cross-origin request refused");
  const auth = await authenticate(deps, c.req.raw.headers);
  if (unsafe && auth.via === "session" && !tokensMatch(c.req.header(CSRF_HEADER), auth.csrfToken)) {
    throw new ForbiddenError("missing or invalid CSRF token: reload the console");
  }
  return auth;
}

/** Browsers send Origin on cross-origin writes; scripts usually send none, which is fine (they use tokens). */
function sameOrigin(c: HonoContext, trustProxy: boolean): boolean {
  const origin = c.req.header("origin");
  if (!origin) return true;
  const host = (trustProxy && c.req.header("x-forwarded-host")) || c.req.header("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function tokensMatch(sent: string | undefined, expected: string | null): boolean {
  if (!sent || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requireUser(c: HonoContext<AuthEnv>): AuthUser {
  const user = c.get("auth").user;
  if (!user) throw new UnauthenticatedError("sign in or send 'Authorization: Bearer <token>'");
  return user;
}

export function requireAdmin(c: HonoContext<AuthEnv>): AuthUser {
  const user = requireUser(c);
  if (user.role !== "admin") throw new ForbiddenError("only admins can do this");
  return user;
}

/**
 * The client's address, for rate limiting. Behind a trusted proxy: the last X-Forwarded-For hop, the one
 * our proxy appended; the hops before it are whatever the client chose to send.
 */
export function clientIp(c: HonoContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return getConnInfo(c).remote.address ?? "unknown";
}

export function isSecureRequest(c: HonoContext, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return trustProxy && c.req.header("x-forwarded-proto") === "https";
}
