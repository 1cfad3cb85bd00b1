import { useQuery } from "@tanstack/react-query";
import { formatNumber, formatUsd, plural } from "../format.ts";
import { trpc } from "../trpc.ts";
import { DailyBars } from "./Charts.tsx";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import { Meter, shareOf } from "./QuotaMeter.tsx";

const DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const dayLabel = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
const monthLabel = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

/** The last `DAYS` UTC dates, oldest first, as the api names them (YYYY-MM-DD). */
function lastDays(now = new Date()): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: DAYS }, (_, i) => new Date(today - (DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/** Spending this month against the budget, and tokens and cost per day. */
export function UsagePanel() {
  const usage = useQuery({ ...trpc.usage.summary.queryOptions(), refetchInterval: 30_000 });

  let body;
  if (usage.isPending) body = <Spinner label="Loading usage…" />;
  else if (usage.isError) body = <ErrorBox error={usage.error} title="Could not load usage" onRetry={() => void usage.refetch()} />;
  else {
    const { daily, monthly, thisMonth } = usage.data;
    const days = lastDays();
    const byDay = new Map(daily.map((d) => [d.period, d]));
    const series = (pick: (d: (typeof daily)[number]) => number) => days.map((d) => (byDay.has(d) ? pick(byDay.get(d)!) : 0));
    const currentMonth = new Date().toISOString().slice(0, 7);
    const month = monthly.find((m) => m.period === currentMonth);
    const budget = thisMonth.budgetUsd;
    const share = shareOf(thisMonth.costUsd, budget);
    const anyCalls = daily.some((d) => d.inputTokens + d.outputTokens > 0 || d.costUsd > 0);

    body = (
      <>
        {thisMonth.budgetReached && (
          <div className="alert alert-warn" role="status" data-testid="budget-reached">
            <div>
              <strong>Budget reached — using the offline classifier.</strong>
              <p>
                {formatUsd(thisMonth.costUsd)} of {formatUsd(budget)} is spent this month. New documents are classified offline until the month ends or you raise the
                budget.
              </p>
            </div>
          </div>
        )}
        <div className="usage-summary">
          <div className="usage-month">
            <p className="usage-label">{monthLabel.format(new Date())}</p>
            <p className="usage-cost" data-testid="month-cost">
              {formatUsd(thisMonth.costUsd)}
              <span className="muted"> {budget === null ? "spent, no budget cap" : `of ${formatUsd(budget)} budget`}</span>
            </p>
            {share !== null && <Meter label="Share of the monthly budget spent" share={share} full={thisMonth.budgetReached} />}
          </div>
          <dl className="usage-stats">
            <div>
              <dt>Classifications</dt>
              <dd>{formatNumber(month?.runs ?? 0)}</dd>
            </div>
            <div>
              <dt>Model calls</dt>
              <dd>{formatNumber(month?.llmCalls ?? 0)}</dd>
            </div>
            <div>
              <dt>Answered from cache</dt>
              <dd>{formatNumber(month?.cachedRuns ?? 0)}</dd>
            </div>
            <div>
              <dt>Tokens</dt>
              <dd>{formatNumber((month?.inputTokens ?? 0) + (month?.outputTokens ?? 0))}</dd>
            </div>
          </dl>
        </div>
        <div className="usage-charts">
          <DailyBars
            title={`Tokens per day, last ${DAYS} days`}
            labels={days}
            tickLabel={(d) => dayLabel.format(new Date(`${d}T00:00:00Z`))}
            format={(n) => compact.format(n)}
            series={[
              { label: "Input", color: "#6366f1", values: series((d) => d.inputTokens) },
              { label: "Output", color: "#c7d2fe", values: series((d) => d.outputTokens) },
            ]}
          />
          <DailyBars
            title={`Estimated cost per day, last ${DAYS} days`}
            labels={days}
            tickLabel={(d) => dayLabel.format(new Date(`${d}T00:00:00Z`))}
            format={(n) => (n === 0 ? "$0" : `$${Number(n.toPrecision(2))}`)}
            series={[{ label: "Cost", color: "#10b981", values: series((d) => d.costUsd) }]}
          />
        </div>
        {!anyCalls && <p className="muted small usage-note">No model calls in the last {plural(DAYS, "day")}: the offline classifier costs nothing.</p>}
      </>
    );
  }

  return (
    <section className="card card-pad usage-panel" aria-labelledby="usage-title">
      <div className="card-head">
        <h2 id="usage-title">Usage</h2>
        <span className="muted small">Estimated from token counts and list prices; times in UTC.</span>
      </div>
      {body}
    </section>
  );
}
