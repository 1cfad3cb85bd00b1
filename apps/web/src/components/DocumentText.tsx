import type { UseQueryResult } from "@tanstack/react-query";
import { useState } from "react";
import type { DocumentDetail } from "../pages/DocumentPage.tsx";
import { formatNumber, percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import type { RouterOutputs } from "../trpc.ts";
import { ErrorBox, Spinner } from "./Feedback.tsx";
import { BUSY_STATUSES } from "./StatusChip.tsx";

type Page = RouterOutputs["documents"]["pages"][number];

const METHODS_EN: Record<Page["method"], string> = {
  "text-layer": "Text layer",
  ocr: "OCR",
  "text-layer+ocr": "Text layer + OCR",
  none: "No text found",
};
const METHODS_DE: Record<Page["method"], string> = {
  "text-layer": "Textebene",
  ocr: "OCR",
  "text-layer+ocr": "Textebene + OCR",
  none: "Kein Text gefunden",
};

const messages = defineMessages({
  en: {
    method: (method: Page["method"]) => METHODS_EN[method],
    loading: "Loading the text…",
    couldNotLoad: "Could not load the text",
    page: (n: number) => `Page ${n}`,
    ocrConfidence: (value: number) => `OCR confidence ${Math.round(value)}%`,
    noTextOnPage: "No text on this page.",
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} pages.`,
    showMore: (n: number) => `Show ${n} more`,
    noPageText: "Page-by-page text is not available for this document; re-extract it to get it.",
    appearsLater: "The text appears here once extraction finishes.",
    noText: "No text was extracted from this document.",
    title: "Extracted text",
    pages: (n: number) => (n === 1 ? "1 page" : `${n} pages`),
  },
  de: {
    method: (method: Page["method"]) => METHODS_DE[method],
    loading: "Der Text wird geladen…",
    couldNotLoad: "Der Text konnte nicht geladen werden",
    page: (n: number) => `Seite ${formatNumber(n)}`,
    ocrConfidence: (value: number) => `OCR-Sicherheit ${percent(value / 100)}`,
    noTextOnPage: "Kein Text auf dieser Seite.",
    showing: (shown: number, total: number) => `${formatNumber(shown)} von ${formatNumber(total)} Seiten angezeigt.`,
    showMore: (n: number) => `${formatNumber(n)} weitere zeigen`,
    noPageText: "Für dieses Dokument gibt es keinen Text Seite für Seite; lassen Sie den Text neu erkennen, um ihn zu erhalten.",
    appearsLater: "Der Text erscheint hier, sobald die Texterkennung fertig ist.",
    noText: "Aus diesem Dokument wurde kein Text erkannt.",
    title: "Erkannter Text",
    pages: (n: number) => (n === 1 ? "1 Seite" : `${formatNumber(n)} Seiten`),
  },
});

const PAGE_BATCH = 25;

/** The extracted text page by page, saying how each page was read. */
export function DocumentText({ doc, pages }: { doc: DocumentDetail; pages: UseQueryResult<Page[], unknown> }) {
  const m = useMessages(messages);
  const [shown, setShown] = useState(PAGE_BATCH);
  const busy = BUSY_STATUSES.includes(doc.status);

  let body;
  if (pages.isPending) body = <Spinner label={m.loading} />;
  else if (pages.isError) body = <ErrorBox error={pages.error} title={m.couldNotLoad} onRetry={() => void pages.refetch()} />;
  else if (pages.data.length > 0) {
    const visible = pages.data.slice(0, shown);
    body = (
      <>
        <ol className="text-pages">
          {visible.map((p) => (
            <li key={p.pageNumber} className="text-page" data-page={p.pageNumber}>
              <div className="text-page-head">
                <h3>{m.page(p.pageNumber)}</h3>
                <span className={`method method-${p.method.replace("+", "-")}`}>{m.method(p.method)}</span>
                {p.ocrConfidence != null && <span className="muted small">{m.ocrConfidence(p.ocrConfidence)}</span>}
              </div>
              {p.text.trim() ? <pre className="page-text">{p.text}</pre> : <p className="muted small">{m.noTextOnPage}</p>}
            </li>
          ))}
        </ol>
        {pages.data.length > visible.length && (
          <div className="pdf-more">
            <span className="muted small">{m.showing(visible.length, pages.data.length)}</span>
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setShown((n) => n + PAGE_BATCH)}>
              {m.showMore(Math.min(PAGE_BATCH, pages.data.length - visible.length))}
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
          <p className="muted small">{m.noPageText}</p>
          <pre className="page-text">{doc.text}</pre>
        </div>
      </div>
    );
  } else {
    body = <p className="muted card-pad-x runs-empty">{busy ? m.appearsLater : m.noText}</p>;
  }

  const count = pages.data?.length ?? 0;
  return (
    <section className="card doc-text" aria-labelledby="doc-text-title">
      <div className="card-head card-pad-x">
        <h2 id="doc-text-title">{m.title}</h2>
        {count > 0 && <span className="muted small">{m.pages(count)}</span>}
      </div>
      {body}
    </section>
  );
}
