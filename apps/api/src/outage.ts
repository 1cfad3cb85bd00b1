// "The database or the object store is away" (a Postgres restart, a network cut, a full or read-only disk)
// is not a bug of the request: it answers 503 with Retry-After, for REST and tRPC alike (ADR 0015).
import { postgresErrorCode } from "@docscan/db";

/** Seconds a client is asked to wait before trying again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;
export const OUTAGE_MESSAGE = "docscan cannot reach its database or file storage right now; try again in a few seconds";

// Errors of the connection itself: Node's socket errors, postgres.js's own (CONNECT_TIMEOUT, CONNECTION_*),
// and a file system that refuses writes.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "EACCES",
  "EPERM",
  "EROFS",
  "ENOSPC",
  "EDQUOT",
  "EIO",
]);

/**
 * SQLSTATEs of a server that is going away or not there yet: class 08 (connection exception), 57P01–57P03
 * (shut down by an administrator, crash shutdown, cannot connect now), 53300 (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

/** True when `err` (or one of its causes) says the database or the object store cannot be reached. */
export function isOutage(err: unknown): boolean {
  const sqlState = postgresErrorCode(err);
  if (sqlState !== undefined) return isUnavailableSqlState(sqlState);
  for (let e: unknown = err, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    const { code } = e as { code?: unknown };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    // AggregateError (a connection tried on several addresses) carries the socket errors in `errors`.
    const { errors } = e as { errors?: unknown };
    if (Array.isArray(errors) && errors.some((inner) => isOutage(inner))) return true;
  }
  return false;
}
