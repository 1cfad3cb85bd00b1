import { z } from "zod";
import { readLastCheck } from "@docscan/integrity";
import { JOB_STATES, jobCounts, listJobs, retryJobs } from "@docscan/jobs";
import { adminProcedure, router } from "../trpc.ts";

/** graphile-worker's ids are Postgres bigints. */
const jobIdSchema = z
  .string()
  .regex(/^\d{1,19}$/, "job ids are numbers")
  .refine((id) => BigInt(id) <= 9_223_372_036_854_775_807n, "no such job id");

/** Activity: queued, running, retrying and failed background jobs. */
export const jobsRouter = router({
  list: adminProcedure
    .input(z.object({ state: z.enum(JOB_STATES).optional(), limit: z.number().int().min(1).max(500).default(100) }).default({ limit: 100 }))
    .query(async ({ ctx, input }) => ({ items: await listJobs(ctx.db, input), counts: await jobCounts(ctx.db) })),

  /** The last integrity check (`pnpm docscan check` or the weekly job), null before the first. */
  integrity: adminProcedure.query(({ ctx }) => readLastCheck(ctx.db)),

  retry: adminProcedure
    .input(z.object({ ids: z.array(jobIdSchema).min(1).max(500) }))
    .mutation(async ({ ctx, input }) => ({ retried: await retryJobs(ctx.db, input.ids) })),
});
