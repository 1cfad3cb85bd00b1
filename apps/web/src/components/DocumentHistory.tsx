import type { UseQueryResult } from "@tanstack/react-query";
import { formatDateTime, formatNumber, formatUsd } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { keptDecisions } from "../kept-decisions.ts";
import type { RouterOutputs } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";

type History = RouterOutputs["documents"]["history"];
type Run = History["runs"][number];

const messages = defineMessages({
  en: {
    applied: "Topics applied",
    review: "Sent to review",
    none: "No topic matched",
    failed: "Failed",
    title: "Classification history",
    loading: "Loading the history…",
    couldNotLoad: "Could not load the history",
    notYet: "Not classified yet.",
    runs: "Classification runs, newest first",
    openai: "OpenAI-compatible",
    offline: "Offline classifier",
    cached: "cached answer",
    fallbackTitle: "The model failed; the offline classifier answered instead",
    fallback: "offline fallback",
    tokens: "Tokens",
    tokensInOut: (input: number, output: number) => `${formatNumber(input)} in · ${formatNumber(output)} out`,
    cost: "Cost",
    noPrice: "No price known for this model",
    time: "Time",
    latency: (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`),
    /** `kept`: keptDecisions(), "1 topic you chose, …". */
    kept: (kept: string) => `Kept as you decided: ${kept}.`,
  },
  de: {
    applied: "Themen zugeordnet",
    review: "Zur Prüfung gegeben",
    none: "Kein Thema passte",
    failed: "Fehlgeschlagen",
    title: "Verlauf der Einordnung",
    loading: "Der Verlauf wird geladen…",
    couldNotLoad: "Der Verlauf konnte nicht geladen werden",
    notYet: "Noch nicht eingeordnet.",
    runs: "Einordnungen, neueste zuerst",
    openai: "OpenAI-kompatibel",
    offline: "Offline-Klassifikator",
    cached: "zwischengespeicherte Antwort",
    fallbackTitle: "Das Modell ist ausgefallen; stattdessen hat der Offline-Klassifikator geantwortet",
    fallback: "Offline-Ersatz",
    tokens: "Tokens",
    tokensInOut: (input: number, output: number) => `${formatNumber(input)} ein · ${formatNumber(output)} aus`,
    cost: "Kosten",
    noPrice: "Für dieses Modell ist kein Preis bekannt",
    time: "Dauer",
    latency: (ms: number) => (ms >= 1000 ? `${formatNumber(Math.round(ms / 100) / 10)} s` : `${formatNumber(ms)} ms`),
    kept: (kept: string) => `Wie von Ihnen entschieden beibehalten: ${kept}.`,
  },
});

/** Every classification run of the document, newest first: who decided, at what cost, with what result. */
export function DocumentHistory({ history }: { history: UseQueryResult<History, unknown> }) {
  const m = useMessages(messages);
  return (
    <section className="card" aria-labelledby="doc-history-title">
      <div className="card-head card-pad-x">
        <h2 id="doc-history-title">{m.title}</h2>
        {history.data && history.data.runs.length > 0 && <span className="count-badge">{history.data.runs.length}</span>}
      </div>
      {history.isPending ? (
        <Spinner label={m.loading} />
      ) : history.isError ? (
        <ErrorBox error={history.error} title={m.couldNotLoad} onRetry={() => void history.refetch()} />
      ) : history.data.runs.length === 0 ? (
        <p className="muted card-pad-x runs-empty">{m.notYet}</p>
      ) : (
        <ol className="runs" aria-label={m.runs}>
          {history.data.runs.map((r, i) => (
            <RunItem key={`${r.createdAt.getTime()}-${i}`} run={r} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RunItem({ run }: { run: Run }) {
  const m = useMessages(messages);
  const llm = run.provider === "openai";
  return (
    <li className="run" data-outcome={run.outcome}>
      <div className="run-head">
        <span className={`outcome outcome-${run.outcome}`}>{m[run.outcome]}</span>
        <time className="muted small" dateTime={run.createdAt.toISOString()}>
          {formatDateTime(run.createdAt)}
        </time>
      </div>
      <p className="run-provider">
        {llm ? m.openai : m.offline}
        {run.model && <code>{run.model}</code>}
        {run.cached && <span className="tag">{m.cached}</span>}
        {run.fallback && (
          <span className="tag tag-warn" title={m.fallbackTitle}>
            {m.fallback}
          </span>
        )}
      </p>
      <dl className="run-stats">
        {llm && (
          <>
            <div>
              <dt>{m.tokens}</dt>
              <dd>{m.tokensInOut(run.inputTokens, run.outputTokens)}</dd>
            </div>
            <div>
              <dt>{m.cost}</dt>
              <dd title={run.costUsd == null ? m.noPrice : undefined}>{formatUsd(run.costUsd)}</dd>
            </div>
          </>
        )}
        {!run.cached && (
          <div>
            <dt>{m.time}</dt>
            <dd>{m.latency(run.latencyMs)}</dd>
          </div>
        )}
      </dl>
      {run.note && <p className="run-note">{run.note}</p>}
      {(run.keptManual > 0 || run.keptRejected > 0) && (
        <p className="run-kept small">
          {m.kept(keptDecisions(run.keptManual, run.keptRejected))}
        </p>
      )}
      {run.error && <p className="run-error">{run.error}</p>}
    </li>
  );
}
