import { useQuery } from "@tanstack/react-query";
import { formatNumber, formatUsd } from "../format.ts";
import { defineMessages, formattingLocale, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";
import { DailyBars } from "./Charts.tsx";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import { Meter, shareOf } from "./QuotaMeter.tsx";

const DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const messages = defineMessages({
  en: {
    loading: "Loading usage…",
    couldNotLoad: "Could not load usage",
    budgetReached: "Budget reached — using the offline classifier.",
    budgetReachedExplained: (spent: string, budget: string) =>
      `${spent} of ${budget} is spent this month. New documents are classified offline until the month ends or you raise the budget.`,
    noCap: "spent, no budget cap",
    ofBudget: (budget: string) => `of ${budget} budget`,
    budgetShare: "Share of the monthly budget spent",
    classifications: "Classifications",
    modelCalls: "Model calls",
    fromCache: "Answered from cache",
    tokens: "Tokens",
    tokensPerDay: (days: number) => `Tokens per day, last ${days} days`,
    input: "Input",
    output: "Output",
    costPerDay: (days: number) => `Estimated cost per day, last ${days} days`,
    cost: "Cost",
    dollars: (n: number) => (n === 0 ? "$0" : `$${Number(n.toPrecision(2))}`),
    noCalls: (days: number) => `No model calls in the last ${days} ${days === 1 ? "day" : "days"}: the offline classifier costs nothing.`,
    title: "Usage",
    estimated: "Estimated from token counts and list prices; times in UTC.",
  },
  de: {
    loading: "Nutzung wird geladen…",
    couldNotLoad: "Nutzung konnte nicht geladen werden",
    budgetReached: "Budget erreicht — der Offline-Klassifikator wird verwendet.",
    budgetReachedExplained: (spent: string, budget: string) =>
      `${spent} von ${budget} sind in diesem Monat ausgegeben. Neue Dokumente werden offline eingeordnet, bis der Monat endet oder Sie das Budget erhöhen.`,
    noCap: "ausgegeben, kein Budget",
    ofBudget: (budget: string) => `von ${budget} Budget`,
    budgetShare: "Ausgegebener Anteil des Monatsbudgets",
    classifications: "Einordnungen",
    modelCalls: "Modellaufrufe",
    fromCache: "Aus dem Cache beantwortet",
    tokens: "Tokens",
    tokensPerDay: (days: number) => `Tokens pro Tag, letzte ${days} Tage`,
    input: "Eingabe",
    output: "Ausgabe",
    costPerDay: (days: number) => `Geschätzte Kosten pro Tag, letzte ${days} Tage`,
    cost: "Kosten",
    dollars: (n: number) => `${new Intl.NumberFormat(formattingLocale(), { maximumSignificantDigits: 2 }).format(n)} $`,
    noCalls: (days: number) => `Keine Modellaufrufe in den letzten ${days} ${days === 1 ? "Tag" : "Tagen"}: Der Offline-Klassifikator kostet nichts.`,
    title: "Nutzung",
    estimated: "Geschätzt aus Tokenzahlen und Listenpreisen; Zeiten in UTC.",
  },
});

/** The last `DAYS` UTC dates, oldest first, as the api names them (YYYY-MM-DD). */
function lastDays(now = new Date()): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: DAYS }, (_, i) => new Date(today - (DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/** Spending this month against the budget, and tokens and cost per day. */
export function UsagePanel() {
  const m = useMessages(messages);
  // The days and the month of UTC in the console's language (format.ts formats dates in local time).
  const dayLabel = new Intl.DateTimeFormat(formattingLocale(), { month: "short", day: "numeric", timeZone: "UTC" });
  const monthLabel = new Intl.DateTimeFormat(formattingLocale(), { month: "long", year: "numeric", timeZone: "UTC" });
  const compact = new Intl.NumberFormat(formattingLocale(), { notation: "compact", maximumFractionDigits: 1 });
  const usage = useQuery({ ...trpc.usage.summary.queryOptions(), refetchInterval: 30_000 });

  let body;
  if (usage.isPending) body = <Spinner label={m.loading} />;
  else if (usage.isError) body = <ErrorBox error={usage.error} title={m.couldNotLoad} onRetry={() => void usage.refetch()} />;
  else {
    const { daily, monthly, thisMonth } = usage.data;
    const days = lastDays();
    const byDay = new Map(daily.map((d) => [d.period, d]));
    const series = (pick: (d: (typeof daily)[number]) => number) => days.map((d) => (byDay.has(d) ? pick(byDay.get(d)!) : 0));
    const currentMonth = new Date().toISOString().slice(0, 7);
    const month = monthly.find((p) => p.period === currentMonth);
    const budget = thisMonth.budgetUsd;
    const share = shareOf(thisMonth.costUsd, budget);
    const anyCalls = daily.some((d) => d.inputTokens + d.outputTokens > 0 || d.costUsd > 0);

    body = (
      <>
        {thisMonth.budgetReached && (
          <div className="alert alert-warn" role="status" data-testid="budget-reached">
            <div>
              <strong>{m.budgetReached}</strong>
              <p>{m.budgetReachedExplained(formatUsd(thisMonth.costUsd), formatUsd(budget))}</p>
            </div>
          </div>
        )}
        <div className="usage-summary">
          <div className="usage-month">
            <p className="usage-label">{monthLabel.format(new Date())}</p>
            <p className="usage-cost" data-testid="month-cost">
              {formatUsd(thisMonth.costUsd)}
              <span className="muted"> {budget === null ? m.noCap : m.ofBudget(formatUsd(budget))}</span>
            </p>
            {share !== null && <Meter label={m.budgetShare} share={share} full={thisMonth.budgetReached} />}
          </div>
          <dl className="usage-stats">
            <div>
              <dt>{m.classifications}</dt>
              <dd>{formatNumber(month?.runs ?? 0)}</dd>
            </div>
            <div>
              <dt>{m.modelCalls}</dt>
              <dd>{formatNumber(month?.llmCalls ?? 0)}</dd>
            </div>
            <div>
              <dt>{m.fromCache}</dt>
              <dd>{formatNumber(month?.cachedRuns ?? 0)}</dd>
            </div>
            <div>
              <dt>{m.tokens}</dt>
              <dd>{formatNumber((month?.inputTokens ?? 0) + (month?.outputTokens ?? 0))}</dd>
            </div>
          </dl>
        </div>
        <div className="usage-charts">
          <DailyBars
            title={m.tokensPerDay(DAYS)}
            labels={days}
            tickLabel={(d) => dayLabel.format(new Date(`${d}T00:00:00Z`))}
            format={(n) => compact.format(n)}
            series={[
              { label: m.input, color: "#6366f1", values: series((d) => d.inputTokens) },
              { label: m.output, color: "#c7d2fe", values: series((d) => d.outputTokens) },
            ]}
          />
          <DailyBars
            title={m.costPerDay(DAYS)}
            labels={days}
            tickLabel={(d) => dayLabel.format(new Date(`${d}T00:00:00Z`))}
            format={m.dollars}
            series={[{ label: m.cost, color: "#10b981", values: series((d) => d.costUsd) }]}
          />
        </div>
        {!anyCalls && <p className="muted small usage-note">{m.noCalls(DAYS)}</p>}
      </>
    );
  }

  return (
    <section className="card card-pad usage-panel" aria-labelledby="usage-title">
      <div className="card-head">
        <h2 id="usage-title">{m.title}</h2>
        <span className="muted small">{m.estimated}</span>
      </div>
      {body}
    </section>
  );
}
