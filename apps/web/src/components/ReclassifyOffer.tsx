import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useIsAdmin } from "../auth.ts";
import { formatNumber, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";

const dokumente = (n: number) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`);

const messages = defineMessages({
  en: {
    question: (admin: boolean) => `Reclassify all ${admin ? "documents" : "your documents"} so their topics match the current set? It runs in the background.`,
    queuing: "Queuing…",
    reclassifyAll: "Reclassify all documents",
    notNow: "Not now",
    nothingToReclassify: "There are no documents with text to reclassify yet.",
    dismiss: "Dismiss",
    hide: "Hide",
    reclassified: (n: number) => `Reclassified ${plural(n, "document")}.`,
    queued: (n: number) => `Queued ${plural(n, "document")} for reclassification.`,
    progress: "Reclassification progress",
    done: (done: number, queued: number, finished: boolean) => `${done} of ${queued} done${finished ? "." : "; you can leave this page, it carries on in the background."}`,
  },
  de: {
    question: (admin) => `${admin ? "Alle Dokumente" : "Alle Ihre Dokumente"} neu einordnen, damit ihre Themen zu den aktuellen passen? Das läuft im Hintergrund.`,
    queuing: "Wird eingereiht…",
    reclassifyAll: "Alle Dokumente neu einordnen",
    notNow: "Nicht jetzt",
    nothingToReclassify: "Es gibt noch keine Dokumente mit Text, die sich neu einordnen ließen.",
    dismiss: "Schließen",
    hide: "Ausblenden",
    reclassified: (n) => `${dokumente(n)} neu eingeordnet.`,
    queued: (n) => `${dokumente(n)} zum Neueinordnen eingereiht.`,
    progress: "Fortschritt der Neueinordnung",
    done: (done, queued, finished) =>
      `${formatNumber(done)} von ${formatNumber(queued)} fertig${finished ? "." : "; Sie können die Seite verlassen, es läuft im Hintergrund weiter."}`,
  },
});

/**
 * After the topics changed: offers to reclassify every document against the new set, then follows the
 * background jobs (documents.progress) until they are done. A member's "all" is their own documents (the api
 * scopes it).
 */
export function ReclassifyOffer({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  // A progress answer cached from an earlier run says "0 left" before this run's jobs are counted: drop it.
  const run = useMutation(trpc.documents.reclassifyMany.mutationOptions({ onSuccess: () => queryClient.removeQueries(trpc.documents.progress.queryFilter()) }));
  const queued = run.data?.queued ?? 0;
  const progress = useQuery({
    ...trpc.documents.progress.queryOptions(),
    enabled: queued > 0,
    refetchInterval: (q) => (q.state.data && q.state.data.classifying === 0 ? false : 1_500),
  });
  // Nothing to reclassify without documents: no offer then.
  const anyDocuments = useQuery(trpc.documents.list.queryOptions({ perPage: 1 }));
  const remaining = progress.data ? Math.min(queued, progress.data.classifying) : queued;
  const finished = run.isSuccess && queued > 0 && progress.isSuccess && remaining === 0;

  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries(trpc.topics.pathFilter());
    void queryClient.invalidateQueries(trpc.documents.pathFilter());
    void queryClient.invalidateQueries(trpc.review.pathFilter());
  }, [finished]);

  if (anyDocuments.data?.total.value === 0) return null;
  if (!run.isSuccess) {
    return (
      <div className="alert alert-info offer" role="status">
        <div>
          <strong>{reason}</strong>
          <p>{m.question(isAdmin)}</p>
          <InlineError error={run.error} />
        </div>
        <div className="offer-actions">
          <button type="button" className="btn btn-primary btn-sm" disabled={run.isPending} onClick={() => run.mutate({ all: true })}>
            {run.isPending ? m.queuing : m.reclassifyAll}
          </button>
          <button type="button" className="btn btn-ghost btn-sm" disabled={run.isPending} onClick={onDismiss}>
            {m.notNow}
          </button>
        </div>
      </div>
    );
  }

  if (queued === 0) {
    return (
      <div className="alert alert-info offer" role="status">
        <p>{m.nothingToReclassify}</p>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
          {m.dismiss}
        </button>
      </div>
    );
  }

  const done = queued - remaining;
  return (
    <div className={`alert ${finished ? "alert-ok" : "alert-info"} offer`} role="status" data-testid="reclassify-progress">
      <div className="offer-progress">
        <strong>{finished ? m.reclassified(queued) : m.queued(queued)}</strong>
        <div className="meter" role="progressbar" aria-label={m.progress} aria-valuemin={0} aria-valuemax={queued} aria-valuenow={done}>
          <span style={{ width: `${(done / queued) * 100}%` }} />
        </div>
        <p className="small">{m.done(done, queued, finished)}</p>
        <InlineError error={progress.error} />
      </div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
        {finished ? m.dismiss : m.hide}
      </button>
    </div>
  );
}
