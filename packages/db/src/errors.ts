// Postgres errors by SQLSTATE. Drizzle wraps the driver's error (DrizzleQueryError), so look along `cause`.

/** The SQLSTATE of a Postgres error, however deeply wrapped, or undefined. */
export function postgresErrorCode(err: unknown): string | undefined {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    // A server error carries a severity; Node's system errors (EPIPE, ECONNRESET) have a `code` but none.
    const { code, severity } = e as { code?: unknown; severity?: unknown };
    if (typeof code === "string" && typeof severity === "string") return code;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown) => postgresErrorCode(err) === "23505";
/** A row points at one that is gone: a folder or topic deleted while a request that names it was under way. */
export const isForeignKeyViolation = (err: unknown) => postgresErrorCode(err) === "23503";
export const isQueryCanceled = (err: unknown) => postgresErrorCode(err) === "57014";
/** Raised by the usage trigger (migration 0007) when an insert would take an owner past a quota. */
export const isQuotaViolation = (err: unknown) => postgresErrorCode(err) === "DQ001";
