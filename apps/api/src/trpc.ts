// The one place that creates tRPC: router factory and procedure builders.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context } from "./context.ts";
import { toTRPCError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field-by-field messages for forms; null when the error is not a validation error.
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR") return result;
  const mapped = toTRPCError(result.error.cause);
  if (mapped instanceof TRPCError) throw mapped;
  return result;
});

/**
 * Every procedure starts here. Accounts (login, roles) are a later issue: they will add
 * `protectedProcedure`/`adminProcedure` builders that narrow ctx.user, and the routers switch over.
 */
export const publicProcedure = t.procedure.use(mapDomainErrors);
