import { TRPCError } from "@trpc/server";
import { ConflictError, InvalidInputError, NotFoundError } from "@docscan/shared";

/** Maps domain errors to tRPC errors in one place; anything unknown stays a 500. */
export function toTRPCError(err: unknown): TRPCError | undefined {
  if (err instanceof TRPCError) return err;
  if (err instanceof NotFoundError) return new TRPCError({ code: "NOT_FOUND", message: err.message, cause: err });
  if (err instanceof ConflictError) return new TRPCError({ code: "CONFLICT", message: err.message, cause: err });
  if (err instanceof InvalidInputError) return new TRPCError({ code: "BAD_REQUEST", message: err.message, cause: err });
  if (isUniqueViolation(err)) return new TRPCError({ code: "CONFLICT", message: "that name is already taken", cause: err as Error });
  return undefined;
}

function isUniqueViolation(err: unknown): boolean {
  const cause = err instanceof Error ? (err.cause ?? err) : err;
  return typeof cause === "object" && cause !== null && (cause as { code?: unknown }).code === "23505";
}
