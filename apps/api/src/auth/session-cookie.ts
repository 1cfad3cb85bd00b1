import { parse, serialize } from "hono/utils/cookie";

export const SESSION_COOKIE = "docscan_session";
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function readSessionCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  return parse(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] ?? null;
}

/** HttpOnly, SameSite=Lax, and Secure when the console is served over TLS. */
export function sessionCookie(value: string, opts: { secure: boolean; expires: Date }): string {
  return serialize(SESSION_COOKIE, value, { httpOnly: true, sameSite: "Lax", secure: opts.secure, path: "/", expires: opts.expires });
}

export function clearedSessionCookie(opts: { secure: boolean }): string {
  return serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "Lax", secure: opts.secure, path: "/", maxAge: 0 });
}
