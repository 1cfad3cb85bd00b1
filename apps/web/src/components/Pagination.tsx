import { useId } from "react";

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

/** "42", "9,876", or for an estimate "about 12 K" / "about 1.2 M". */
export function formatTotal(total: { value: number; exact: boolean }): string {
  if (total.exact) return total.value.toLocaleString();
  const v = total.value;
  const short = (n: number, unit: string) => `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10} ${unit}`;
  return `about ${v >= 1e6 ? short(v / 1e6, "M") : v >= 1e3 ? short(v / 1e3, "K") : v.toLocaleString()}`;
}

/** Cursor pagination: Previous/Next walk the pages already seen and the server's next cursor. */
export function Pagination({ page, perPage, shown, total, hasPrevious, hasNext, onPrevious, onNext, onPerPage }: Props) {
  const id = useId();
  const from = shown === 0 ? 0 : (page - 1) * perPage + 1;
  const to = (page - 1) * perPage + shown;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="muted" aria-live="polite" data-testid="list-range">
        {total.value === 0 ? "No documents" : `${from.toLocaleString()}–${to.toLocaleString()} of ${formatTotal(total)}`}
      </p>
      <div className="pagination-controls">
        <div className="inline-field">
          <label htmlFor={id}>Per page</label>
          <select id={id} value={perPage} onChange={(e) => onPerPage(Number(e.target.value))}>
            {PER_PAGE_OPTIONS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onPrevious} disabled={!hasPrevious}>
          ‹ Previous
        </button>
        <span className="muted">Page {page.toLocaleString()}</span>
        <button type="button" className="btn btn-secondary btn-sm" onClick={onNext} disabled={!hasNext}>
          Next ›
        </button>
      </div>
    </nav>
  );
}
