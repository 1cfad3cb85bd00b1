import { readAiSettings, spentSince, usageTotals } from "@docscan/db";
import type { AppDeps } from "../context.ts";

const DAY = 24 * 60 * 60 * 1000;

function startOfMonthUtc(now: Date, monthsBack = 0): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
}

/** Tokens and estimated cost of classification, per day (30 days) and per month (12), and the budget state. */
export async function usageSummary(deps: Pick<AppDeps, "db" | "secretKey" | "aiDefaults">) {
  const now = new Date();
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY);
  const [daily, monthly, spent, settings] = await Promise.all([
    usageTotals(deps.db, { by: "day", from: new Date(tomorrow.getTime() - 30 * DAY), to: tomorrow }),
    usageTotals(deps.db, { by: "month", from: startOfMonthUtc(now, 11), to: tomorrow }),
    spentSince(deps.db, startOfMonthUtc(now)),
    readAiSettings(deps.db, deps.secretKey, deps.aiDefaults),
  ]);
  const budget = settings.monthlyBudgetUsd;
  return {
    daily,
    monthly,
    thisMonth: { costUsd: spent, budgetUsd: budget, budgetReached: budget !== null && spent >= budget },
  };
}
