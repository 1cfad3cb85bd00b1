import { useQuery } from "@tanstack/react-query";
import { percent } from "../format.ts";
import { documentPath } from "../router.ts";
import { trpc } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import { Link } from "./Link.tsx";

/** The owner's documents nearest to this one by their sentence vectors (computed once per document by the worker). */
export function SimilarDocuments({ id, ready }: { id: string; ready: boolean }) {
  const similar = useQuery({ ...trpc.documents.similar.queryOptions({ id }), enabled: ready });
  return (
    <section className="card card-pad" aria-labelledby="doc-similar-title">
      <div className="card-head">
        <h2 id="doc-similar-title">Similar documents</h2>
      </div>
      {!ready || similar.isPending ? (
        ready ? (
          <Spinner label="Looking for similar documents…" />
        ) : (
          <p className="muted">Shown once the document has been read.</p>
        )
      ) : similar.isError ? (
        <ErrorBox error={similar.error} title="Could not load similar documents" onRetry={() => void similar.refetch()} />
      ) : similar.data.length === 0 ? (
        <p className="muted">No similar documents among yours.</p>
      ) : (
        <ol className="similar-docs" aria-label="Similar documents, most similar first">
          {similar.data.map((d) => (
            <li key={d.id} className="similar-doc">
              <Link href={documentPath(d.id)} className="file-link">
                {d.filename}
              </Link>
              <span className="muted small" title="Cosine similarity of the two documents' sentence vectors">
                {percent(Math.max(0, d.similarity))} alike
              </span>
              {d.title && d.title !== d.filename && <span className="muted small similar-title">{d.title}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
