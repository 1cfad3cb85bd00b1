import { useQuery } from "@tanstack/react-query";
import { ACTION_LABELS, actorLabel, changeSummary } from "../audit-labels.ts";
import { formatDateTime } from "../format.ts";
import { trpc } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import "../pages/audit.css";

/** The document's own audit log (ADR 0024), newest first: who uploaded, opened, moved, changed or deleted it. */
export function DocumentAuditTrail({ id }: { id: string }) {
  const history = useQuery(trpc.audit.document.queryOptions({ id }));
  return (
    <section className="card" aria-labelledby="doc-audit-title" data-testid="document-audit">
      <div className="card-head card-pad-x">
        <h2 id="doc-audit-title">History</h2>
        {history.data && history.data.length > 0 && <span className="count-badge">{history.data.length}</span>}
      </div>
      {history.isPending ? (
        <Spinner label="Loading the history…" />
      ) : history.isError ? (
        <ErrorBox error={history.error} title="Could not load the history" onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <p className="muted card-pad-x runs-empty">Nothing recorded yet.</p>
      ) : (
        <ol className="audit-trail" aria-label="What happened to this document, newest first">
          {history.data.map((e) => {
            const change = changeSummary(e);
            return (
              <li key={e.id} data-action={e.action}>
                <div className="audit-trail-head">
                  <strong>{ACTION_LABELS[e.action]}</strong>
                  <time className="muted small" dateTime={e.at.toISOString()}>
                    {formatDateTime(e.at)}
                  </time>
                </div>
                <p className="small">
                  by {actorLabel(e)}
                  {e.ip && e.ip !== "cli" && <span className="muted"> · {e.ip}</span>}
                </p>
                {change && <p className="small muted audit-change">{change}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
