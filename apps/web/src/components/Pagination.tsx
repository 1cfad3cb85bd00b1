import { useId } from "react";

interface Props {
  page: number;
  perPage: number;
  total: number;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}

const PER_PAGE_OPTIONS = [10, 25, 50, 100];

export function Pagination({ page, perPage, total, onPage, onPerPage }: Props) {
  const id = useId();
  const pages = Math.max(1, Math.ceil(total / perPage));
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(total, page * perPage);
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="muted" aria-live="polite">
        {total === 0 ? "No documents" : `${from}–${to} of ${total}`}
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
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          ‹ Previous
        </button>
        <span className="muted">
          Page {page} of {pages}
        </span>
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          Next ›
        </button>
      </div>
    </nav>
  );
}
