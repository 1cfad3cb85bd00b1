import { useQuery } from "@tanstack/react-query";
import { ACTION_LABELS, actorLabel, changeSummary } from "../audit-labels.ts";
import { formatDateTime } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import "../pages/audit.css";

const messages = defineMessages({
  en: {
    history: "History",
    loading: "Loading the history…",
    couldNotLoad: "Could not load the history",
    nothingYet: "Nothing recorded yet.",
    trail: "What happened to this document, newest first",
    by: "by",
  },
  de: {
    history: "Verlauf",
    loading: "Der Verlauf wird geladen…",
    couldNotLoad: "Der Verlauf konnte nicht geladen werden",
    nothingYet: "Noch nichts aufgezeichnet.",
    trail: "Was mit diesem Dokument geschah, neueste zuerst",
    by: "von",
  },
});

/** The document's own audit log (ADR 0024), newest first: who uploaded, opened, moved, changed or deleted it. */
export function DocumentAuditTrail({ id }: { id: string }) {
  const m = useMessages(messages);
  const history = useQuery(trpc.audit.document.queryOptions({ id }));
  return (
    <section className="card" aria-labelledby="doc-audit-title" data-testid="document-audit">
      <div className="card-head card-pad-x">
        <h2 id="doc-audit-title">{m.history}</h2>
        {history.data && history.data.length > 0 && <span className="count-badge">{history.data.length}</span>}
      </div>
      {history.isPending ? (
        <Spinner label={m.loading} />
      ) : history.isError ? (
        <ErrorBox error={history.error} title={m.couldNotLoad} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <p className="muted card-pad-x runs-empty">{m.nothingYet}</p>
      ) : (
        <ol className="audit-trail" aria-label={m.trail}>
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
                  {m.by} {actorLabel(e)}
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
