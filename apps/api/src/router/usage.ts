import { usageSummary } from "../services/usage.ts";
import { adminProcedure, router } from "../trpc.ts";

/** Tokens and estimated cost of classification, per day and per month, and the budget state. */
export const usageRouter = router({
  summary: adminProcedure.query(({ ctx }) => usageSummary(ctx)),
});
