// The one place that creates tRPC: router factory and procedure builders.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { RateLimitedError } from "@docscan/shared";
import type { Context } from "./context.ts";
import { internalErrorMessage, toTRPCError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // No stack trace in any answer, whatever NODE_ENV says: the log has it (issue 13).
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const requestId = ctx?.requestId ?? null;
    return {
      ...shape,
      // An unexpected error's own message can hold SQL and its parameters: the client gets the request id instead.
      message: error.code === "INTERNAL_SERVER_ERROR" ? internalErrorMessage(requestId) : shape.message,
      data: {
        ...shape.data,
        // Quoted in a report, it finds the log lines of the failed request.
        requestId,
        // Field-by-field messages for forms: only for the input's own validation (tRPC's BAD_REQUEST). A ZodError
        // inside a procedure (stored data that no longer parses) is a 500 and shows none of its field paths.
        zodError: error.code === "BAD_REQUEST" && error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        // With 429: how long until the caller may try again (the console shows it).
        retryAfterSeconds: error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become their tRPC codes; anything else a 500 whose message names only the request (the cause keeps the detail for the log). */
const mapDomainErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const mapped = toTRPCError(result.error.cause);
  if (mapped instanceof TRPCError) throw mapped;
  throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: internalErrorMessage(ctx.requestId), cause: result.error.cause ?? result.error });
});

/** A refusal made before any procedure ran (see authMiddleware's deferRefusal), as a tRPC error. */
const raiseRefusal = t.middleware(({ ctx, next }) => {
  if (ctx.refusal) throw toTRPCError(ctx.refusal) ?? ctx.refusal;
  return next();
});

/** Open to anyone: sign-in, first-time setup, health. */
export const publicProcedure = t.procedure.use(raiseRefusal).use(mapDomainErrors);

/** Needs a signed-in user (session or API token); `ctx.user` is non-null inside. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in first" });
  return next({ ctx: { user: ctx.user } });
});

/** Needs an admin. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "admin") throw new TRPCError({ code: "FORBIDDEN", message: "only admins can do this" });
  return next({ ctx: { user: ctx.user } });
});
