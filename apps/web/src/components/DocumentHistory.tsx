import type { UseQueryResult } from "@tanstack/react-query";
import { formatDateTime, formatNumber, formatUsd, plural } from "../format.ts";
import type { RouterOutputs } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";

type History = RouterOutputs["documents"]["history"];
type Run = History["runs"][number];

const OUTCOMES: Record<Run["outcome"], string> = {
  applied: "Topics applied",
  review: "Sent to review",
  none: "No topic matched",
  failed: "Failed",
};

/** Every classification run of the document, newest first: who decided, at what cost, with what result. */
export function DocumentHistory({ history }: { history: UseQueryResult<History, unknown> }) {
  return (
    <section className="card" aria-labelledby="doc-history-title">
      <div className="card-head card-pad-x">
        <h2 id="doc-history-title">Classification history</h2>
        {history.data && history.data.runs.length > 0 && <span className="count-badge">{history.data.runs.length}</span>}
      </div>
      {history.isPending ? (
        <Spinner label="Loading the history…" />
      ) : history.isError ? (
        <ErrorBox error={history.error} title="Could not load the history" onRetry={() => void history.refetch()} />
      ) : history.data.runs.length === 0 ? (
        <p className="muted card-pad-x runs-empty">Not classified yet.</p>
      ) : (
        <ol className="runs" aria-label="Classification runs, newest first">
          {history.data.runs.map((r, i) => (
            <RunItem key={`${r.createdAt.getTime()}-${i}`} run={r} />
          ))}
        </ol>
      )}
    </section>
  );
}

function RunItem({ run }: { run: Run }) {
  const llm = run.provider === "openai";
  return (
    <li className="run" data-outcome={run.outcome}>
      <div className="run-head">
        <span className={`outcome outcome-${run.outcome}`}>{OUTCOMES[run.outcome]}</span>
        <time className="muted small" dateTime={run.createdAt.toISOString()}>
          {formatDateTime(run.createdAt)}
        </time>
      </div>
      <p className="run-provider">
        {llm ? "OpenAI-compatible" : "Offline classifier"}
        {run.model && <code>{run.model}</code>}
        {run.cached && <span className="tag">cached answer</span>}
        {run.fallback && (
          <span className="tag tag-warn" title="The model failed; the offline classifier answered instead">
            offline fallback
          </span>
        )}
      </p>
      <dl className="run-stats">
        {llm && (
          <>
            <div>
              <dt>Tokens</dt>
              <dd>
                {formatNumber(run.inputTokens)} in · {formatNumber(run.outputTokens)} out
              </dd>
            </div>
            <div>
              <dt>Cost</dt>
              <dd title={run.costUsd == null ? "No price known for this model" : undefined}>{formatUsd(run.costUsd)}</dd>
            </div>
          </>
        )}
        {!run.cached && (
          <div>
            <dt>Time</dt>
            <dd>{run.latencyMs >= 1000 ? `${(run.latencyMs / 1000).toFixed(1)} s` : `${run.latencyMs} ms`}</dd>
          </div>
        )}
      </dl>
      {run.note && <p className="run-note">{run.note}</p>}
      {(run.keptManual > 0 || run.keptRejected > 0) && (
        <p className="run-kept small">
          Kept as you decided: {[run.keptManual > 0 && plural(run.keptManual, "topic") + " you chose", run.keptRejected > 0 && plural(run.keptRejected, "topic") + " you removed"].filter(Boolean).join(", ")}.
        </p>
      )}
      {run.error && <p className="run-error">{run.error}</p>}
    </li>
  );
}
