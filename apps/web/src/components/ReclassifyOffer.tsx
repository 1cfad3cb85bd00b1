import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useIsAdmin } from "../auth.ts";
import { plural } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";

/**
 * After the topics changed: offers to reclassify every document against the new set, then follows the
 * background jobs (documents.progress) until they are done. A member's "all" is their own documents (the api
 * scopes it).
 */
export function ReclassifyOffer({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
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
          <p>Reclassify all {isAdmin ? "documents" : "your documents"} so their topics match the current set? It runs in the background.</p>
          <InlineError error={run.error} />
        </div>
        <div className="offer-actions">
          <button type="button" className="btn btn-primary btn-sm" disabled={run.isPending} onClick={() => run.mutate({ all: true })}>
            {run.isPending ? "Queuing…" : "Reclassify all documents"}
          </button>
          <button type="button" className="btn btn-ghost btn-sm" disabled={run.isPending} onClick={onDismiss}>
            Not now
          </button>
        </div>
      </div>
    );
  }

  if (queued === 0) {
    return (
      <div className="alert alert-info offer" role="status">
        <p>There are no documents with text to reclassify yet.</p>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }

  const done = queued - remaining;
  return (
    <div className={`alert ${finished ? "alert-ok" : "alert-info"} offer`} role="status" data-testid="reclassify-progress">
      <div className="offer-progress">
        <strong>{finished ? `Reclassified ${plural(queued, "document")}.` : `Queued ${plural(queued, "document")} for reclassification.`}</strong>
        <div className="meter" role="progressbar" aria-label="Reclassification progress" aria-valuemin={0} aria-valuemax={queued} aria-valuenow={done}>
          <span style={{ width: `${(done / queued) * 100}%` }} />
        </div>
        <p className="small">
          {done} of {queued} done{finished ? "." : "; you can leave this page, it carries on in the background."}
        </p>
        <InlineError error={progress.error} />
      </div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
        {finished ? "Dismiss" : "Hide"}
      </button>
    </div>
  );
}
