import { TRPCError } from "@trpc/server";
import { isForeignKeyViolation, isQuotaViolation, isUniqueViolation } from "@docscan/db";
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  QuotaExceededError,
  RateLimitedError,
  UnauthenticatedError,
} from "@docscan/shared";
import { isOutage, OUTAGE_MESSAGE } from "./outage.ts";

/** All a client learns of an unexpected error: the request id finds the details in the log. */
export function internalErrorMessage(requestId: string | null): string {
  return requestId ? `internal error (request ${requestId})` : "internal error";
}

/** Maps domain errors to tRPC errors in one place; anything unknown stays a 500. */
export function toTRPCError(err: unknown): TRPCError | undefined {
  if (err instanceof TRPCError) return err;
  const code = domainErrorCode(err);
  if (code) return new TRPCError({ code, message: (err as Error).message, cause: err as Error });
  if (isUniqueViolation(err)) return new TRPCError({ code: "CONFLICT", message: "that name is already taken", cause: err as Error });
  if (isForeignKeyViolation(err)) {
    return new TRPCError({ code: "CONFLICT", message: "something this names was deleted meanwhile (a folder or a topic): reload and try again", cause: err as Error });
  }
  // Uploads say which file does not fit (storeDocuments); any other insert refused by the usage trigger gets this.
  if (isQuotaViolation(err)) return new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: "this would exceed the owner's quota", cause: err as Error });
  // The database or the object store is away: 503, and the answer carries Retry-After (app.ts).
  if (isOutage(err)) return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: OUTAGE_MESSAGE, cause: err as Error });
  return undefined;
}

function domainErrorCode(err: unknown): TRPCError["code"] | undefined {
  if (err instanceof NotFoundError) return "NOT_FOUND";
  if (err instanceof ConflictError) return "CONFLICT";
  if (err instanceof InvalidInputError) return "BAD_REQUEST";
  if (err instanceof UnauthenticatedError) return "UNAUTHORIZED";
  if (err instanceof ForbiddenError) return "FORBIDDEN";
  if (err instanceof QuotaExceededError) return "PAYLOAD_TOO_LARGE";
  if (err instanceof RateLimitedError) return "TOO_MANY_REQUESTS";
  return undefined;
}
