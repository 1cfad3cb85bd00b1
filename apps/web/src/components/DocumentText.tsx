import type { UseQueryResult } from "@tanstack/react-query";
import { useState } from "react";
import type { DocumentDetail } from "../pages/DocumentPage.tsx";
import { plural } from "../format.ts";
import type { RouterOutputs } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import { BUSY_STATUSES } from "./StatusChip.tsx";

type Page = RouterOutputs["documents"]["pages"][number];

const METHODS: Record<Page["method"], string> = {
  "text-layer": "Text layer",
  ocr: "OCR",
  "text-layer+ocr": "Text layer + OCR",
  none: "No text found",
};

const PAGE_BATCH = 25;

/** The extracted text page by page, saying how each page was read. */
export function DocumentText({ doc, pages }: { doc: DocumentDetail; pages: UseQueryResult<Page[], unknown> }) {
  const [shown, setShown] = useState(PAGE_BATCH);
  const busy = BUSY_STATUSES.includes(doc.status);

  let body;
  if (pages.isPending) body = <Spinner label="Loading the text…" />;
  else if (pages.isError) body = <ErrorBox error={pages.error} title="Could not load the text" onRetry={() => void pages.refetch()} />;
  else if (pages.data.length > 0) {
    const visible = pages.data.slice(0, shown);
    body = (
      <>
        <ol className="text-pages">
          {visible.map((p) => (
            <li key={p.pageNumber} className="text-page" data-page={p.pageNumber}>
              <div className="text-page-head">
                <h3>Page {p.pageNumber}</h3>
                <span className={`method method-${p.method.replace("+", "-")}`}>{METHODS[p.method]}</span>
                {p.ocrConfidence != null && <span className="muted small">OCR confidence {Math.round(p.ocrConfidence)}%</span>}
              </div>
              {p.text.trim() ? <pre className="page-text">{p.text}</pre> : <p className="muted small">No text on this page.</p>}
            </li>
          ))}
        </ol>
        {pages.data.length > visible.length && (
          <div className="pdf-more">
            <span className="muted small">
              Showing {visible.length} of {pages.data.length} pages.
            </span>
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setShown((n) => n + PAGE_BATCH)}>
              Show {Math.min(PAGE_BATCH, pages.data.length - visible.length)} more
            </button>
          </div>
        )}
      </>
    );
  } else if (doc.text) {
    // Extracted before per-page text was kept: the whole text in one piece.
    body = (
      <div className="text-pages">
        <div className="text-page">
          <p className="muted small">Page-by-page text is not available for this document; re-extract it to get it.</p>
          <pre className="page-text">{doc.text}</pre>
        </div>
      </div>
    );
  } else {
    body = <p className="muted card-pad-x runs-empty">{busy ? "The text appears here once extraction finishes." : "No text was extracted from this document."}</p>;
  }

  const count = pages.data?.length ?? 0;
  return (
    <section className="card doc-text" aria-labelledby="doc-text-title">
      <div className="card-head card-pad-x">
        <h2 id="doc-text-title">Extracted text</h2>
        {count > 0 && <span className="muted small">{plural(count, "page")}</span>}
      </div>
      {body}
    </section>
  );
}
