// The document list's URL (ADR 0021) ↔ the documents.list input it stands for. One pair of functions, so
// the list page, "Save view" and a saved view's link (ADR 0031) read and write the URL the same way.
import type { DocumentSort, DocumentStatus } from "@docscan/shared";
import type { ViewFilters } from "@docscan/shared/views";
import { PER_PAGE_OPTIONS } from "./components/Pagination.tsx";
import { ROUTES } from "./router.ts";

/** The query parameters that are the list's filters (besides the position in it: `cursor`, `page`). */
export const LIST_FILTER_PARAMS = ["q", "sort", "topic", "correspondent", "status", "from", "to", "dfrom", "dto", "field", "fmin", "fmax", "folder", "owner", "ocr", "per"] as const;

/** `yyyy-mm-dd` from a date input → the start of that day, local time. */
export function startOfDay(day: string, plusDays = 0): Date | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(y!, m! - 1, d! + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The local calendar day of an instant, `yyyy-mm-dd` (the inverse of startOfDay). */
function localDay(date: Date, plusDays = 0): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + plusDays);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The list input the URL's filters stand for (what documents.list gets, without the cursor). */
export function listInputFromParams(params: URLSearchParams): ViewFilters {
  const get = (key: string) => params.get(key) ?? "";
  const q = get("q");
  const sort = get("sort") as DocumentSort | "";
  const per = Number(get("per"));
  const from = get("from");
  const to = get("to");
  // A range means nothing without its field (the api refuses one): `fmin`/`fmax` count only with `field`.
  const field = get("field");
  return {
    q: q || undefined,
    // "Best match" only means something with a query; without one the list falls back to newest first.
    sort: sort === "relevance" && !q ? undefined : sort || undefined,
    perPage: PER_PAGE_OPTIONS.includes(per) ? per : 25,
    topic: get("topic") || undefined,
    correspondent: get("correspondent") || undefined,
    status: (get("status") as DocumentStatus) || undefined,
    folder: get("folder") || undefined,
    owner: get("owner") || undefined,
    createdFrom: startOfDay(from),
    createdBefore: startOfDay(to, 1),
    datedFrom: get("dfrom") || undefined,
    datedTo: get("dto") || undefined,
    field: field || undefined,
    fieldMin: (field && get("fmin")) || undefined,
    fieldMax: (field && get("fmax")) || undefined,
    lowOcrConfidence: get("ocr") === "low" ? true : undefined,
  };
}

/** The list URL of a list input (a saved view's link); filters the URL cannot say (sha256) are left out. */
export function listUrlOf(filters: Partial<ViewFilters>): string {
  const values: Record<(typeof LIST_FILTER_PARAMS)[number], string | undefined> = {
    q: filters.q,
    sort: filters.sort,
    topic: filters.topic,
    correspondent: filters.correspondent,
    status: filters.status,
    from: filters.createdFrom ? localDay(filters.createdFrom) : undefined,
    to: filters.createdBefore ? localDay(filters.createdBefore, -1) : undefined,
    dfrom: filters.datedFrom,
    dto: filters.datedTo,
    field: filters.field,
    fmin: filters.field ? filters.fieldMin : undefined,
    fmax: filters.field ? filters.fieldMax : undefined,
    folder: filters.folder,
    owner: filters.owner,
    ocr: filters.lowOcrConfidence ? "low" : undefined,
    per: filters.perPage && filters.perPage !== 25 ? String(filters.perPage) : undefined,
  };
  const params = new URLSearchParams();
  for (const key of LIST_FILTER_PARAMS) if (values[key]) params.set(key, values[key]);
  const query = params.toString();
  return query ? `${ROUTES.documents}?${query}` : ROUTES.documents;
}
