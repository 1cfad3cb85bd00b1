import { z } from "zod";
import { acceptSuggestions, countSuggestions, listSuggestions, rejectSuggestions } from "@docscan/db";
import { idSchema } from "@docscan/shared";
import { publicProcedure, router } from "../trpc.ts";

const ids = z.object({ ids: z.array(idSchema).min(1).max(500) });

/** The review inbox: suggestions below the confidence threshold and proposed new topics. */
export const reviewRouter = router({
  list: publicProcedure
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(async ({ ctx, input }) => ({ items: await listSuggestions(ctx.db, input), total: await countSuggestions(ctx.db) })),

  /** Accepted topics become confirmed (manual) links that the classifiers learn from. */
  accept: publicProcedure.input(ids).mutation(({ ctx, input }) => ctx.db.transaction((tx) => acceptSuggestions(tx, [...new Set(input.ids)]))),

  reject: publicProcedure.input(ids).mutation(({ ctx, input }) => ctx.db.transaction((tx) => rejectSuggestions(tx, [...new Set(input.ids)]))),
});
