import { useQuery } from "@tanstack/react-query";
import { percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { documentPath } from "../router.ts";
import { trpc } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import { Link } from "./Link.tsx";

const messages = defineMessages({
  en: {
    title: "Similar documents",
    looking: "Looking for similar documents…",
    notYet: "Shown once the document has been read.",
    couldNotLoad: "Could not load similar documents",
    none: "No similar documents among yours.",
    list: "Similar documents, most similar first",
    similarityTitle: "Cosine similarity of the two documents' sentence vectors",
    alike: (similarity: string) => `${similarity} alike`,
  },
  de: {
    title: "Ähnliche Dokumente",
    looking: "Ähnliche Dokumente werden gesucht…",
    notYet: "Erscheint, sobald das Dokument gelesen ist.",
    couldNotLoad: "Ähnliche Dokumente konnten nicht geladen werden",
    none: "Keine ähnlichen Dokumente unter Ihren.",
    list: "Ähnliche Dokumente, ähnlichste zuerst",
    similarityTitle: "Kosinus-Ähnlichkeit der Satzvektoren beider Dokumente",
    alike: (similarity: string) => `${similarity} ähnlich`,
  },
});

/** The owner's documents nearest to this one by their sentence vectors (computed once per document by the worker). */
export function SimilarDocuments({ id, ready }: { id: string; ready: boolean }) {
  const m = useMessages(messages);
  const similar = useQuery({ ...trpc.documents.similar.queryOptions({ id }), enabled: ready });
  return (
    <section className="card card-pad" aria-labelledby="doc-similar-title">
      <div className="card-head">
        <h2 id="doc-similar-title">{m.title}</h2>
      </div>
      {!ready || similar.isPending ? (
        ready ? (
          <Spinner label={m.looking} />
        ) : (
          <p className="muted">{m.notYet}</p>
        )
      ) : similar.isError ? (
        <ErrorBox error={similar.error} title={m.couldNotLoad} onRetry={() => void similar.refetch()} />
      ) : similar.data.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ol className="similar-docs" aria-label={m.list}>
          {similar.data.map((d) => (
            <li key={d.id} className="similar-doc">
              <Link href={documentPath(d.id)} className="file-link">
                {d.filename}
              </Link>
              <span className="muted small" title={m.similarityTitle}>
                {m.alike(percent(Math.max(0, d.similarity)))}
              </span>
              {d.title && d.title !== d.filename && <span className="muted small similar-title">{d.title}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
