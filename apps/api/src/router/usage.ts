import { spentSince, usageTotals, readAiSettings } from "@docscan/db";
import { adminProcedure, router } from "../trpc.ts";

const DAY = 24 * 60 * 60 * 1000;

function startOfMonthUtc(now: Date, monthsBack = 0): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
}

/** Tokens and estimated cost of classification, per day and per month, and the budget state. */
export const usageRouter = router({
  summary: adminProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY);
    const [daily, monthly, spent, settings] = await Promise.all([
      usageTotals(ctx.db, { by: "day", from: new Date(tomorrow.getTime() - 30 * DAY), to: tomorrow }),
      usageTotals(ctx.db, { by: "month", from: startOfMonthUtc(now, 11), to: tomorrow }),
      spentSince(ctx.db, startOfMonthUtc(now)),
      readAiSettings(ctx.db, ctx.secretKey, ctx.aiDefaults),
    ]);
    const budget = settings.monthlyBudgetUsd;
    return {
      daily,
      monthly,
      thisMonth: { costUsd: spent, budgetUsd: budget, budgetReached: budget !== null && spent >= budget },
    };
  }),
});
