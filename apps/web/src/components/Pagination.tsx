import { useId } from "react";
import { formatNumber } from "../format.ts";
import { defineMessages, messagesOf, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: {
    /** An estimate, already formatted: "12", "1.2", and its unit. */
    about: (n: string, unit: "K" | "M" | "") => `about ${n}${unit ? ` ${unit}` : ""}`,
    pagination: "Pagination",
    noDocuments: "No documents",
    range: (from: number, to: number, total: string) => `${formatNumber(from)}–${formatNumber(to)} of ${total}`,
    perPage: "Per page",
    previous: "‹ Previous",
    page: (n: number) => `Page ${formatNumber(n)}`,
    next: "Next ›",
  },
  de: {
    about: (n: string, unit: "K" | "M" | "") => `etwa ${n}${unit === "K" ? " Tsd." : unit === "M" ? " Mio." : ""}`,
    pagination: "Seitennavigation",
    noDocuments: "Keine Dokumente",
    range: (from: number, to: number, total: string) => `${formatNumber(from)}–${formatNumber(to)} von ${total}`,
    perPage: "Pro Seite",
    previous: "‹ Zurück",
    page: (n: number) => `Seite ${formatNumber(n)}`,
    next: "Weiter ›",
  },
});

interface Props {
  /** 1-based number of the page shown. */
  page: number;
  perPage: number;
  /** Rows on this page. */
  shown: number;
  total: { value: number; exact: boolean };
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPerPage: (perPage: number) => void;
}

export const PER_PAGE_OPTIONS = [10, 25, 50, 100];

/** "42", "9,876", or for an estimate "about 12 K" / "about 1.2 M" (German "etwa 1,2 Mio."). */
export function formatTotal(total: { value: number; exact: boolean }): string {
  if (total.exact) return formatNumber(total.value);
  const v = total.value;
  const short = (n: number) => formatNumber(n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);
  const about = messagesOf(messages).about;
  return v >= 1e6 ? about(short(v / 1e6), "M") : v >= 1e3 ? about(short(v / 1e3), "K") : about(formatNumber(v), "");
}

/** Cursor pagination: Previous/Next walk the pages already seen and the server's next cursor. */
export function Pagination({ page, perPage, shown, total, hasPrevious, hasNext, onPrevious, onNext, onPerPage }: Props) {
  const m = useMessages(messages);
  const id = useId();
  const from = shown === 0 ? 0 : (page - 1) * perPage + 1;
  const to = (page - 1) * perPage + shown;
  return (
    <nav className="pagination" aria-label={m.pagination}>
      <p className="muted" aria-live="polite" data-testid="list-range">
        {total.value === 0 ? m.noDocuments : m.range(from, to, formatTotal(total))}
      </p>
      <div className="pagination-controls">
        <div className="inline-field">
          <label htmlFor={id}>{m.perPage}</label>
          <select id={id} value={perPage} onChange={(e) => onPerPage(Number(e.target.value))}>
            {PER_PAGE_OPTIONS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onPrevious} disabled={!hasPrevious}>
          {m.previous}
        </button>
        <span className="muted">{m.page(page)}</span>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onNext} disabled={!hasNext}>
          {m.next}
        </button>
      </div>
    </nav>
  );
}
