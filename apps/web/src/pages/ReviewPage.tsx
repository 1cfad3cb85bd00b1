import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { Confidence } from "../components/Confidence.tsx";
import { ACTIONS_COLUMN, DataTable } from "../components/DataTable.tsx";
import { Empty } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { TopicChip } from "../components/TopicChip.tsx";
import { errorCode, errorMessage } from "../errors.ts";
import { formatDateTime, plural } from "../format.ts";
import { documentPath, navigate, setSearchParams, useSearchParams } from "../router.ts";
import { toggleIds } from "../selection.ts";
import { isControl, isTextEntry } from "../shortcuts.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";

type ReviewList = RouterOutputs["review"]["list"];
type Row = ReviewList["items"][number];
type Suggestion = Row["suggestions"][number];

const LIMIT = 100;
/** The owner filter's value for documents without an owner. */
const NO_OWNER = "none";


const nameOf = (s: Suggestion) => (s.topicName ? `“${s.topicName}”` : `new topic “${s.proposedName}”`);

export function ReviewPage() {
  const owner = useSearchParams().get("owner") ?? "";
  const setOwner = (value: string) => setSearchParams({ owner: value });
  const list = useQuery({ ...trpc.review.list.queryOptions({ limit: LIMIT, ...(owner ? { owner } : {}) }), refetchInterval: 15_000 });
  // Suggestions being accepted or rejected leave at once; they come back only if the server refuses.
  const [leaving, setLeaving] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const focusActive = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);

  const rows = (list.data?.items ?? [])
    .map((r) => ({ ...r, suggestions: r.suggestions.filter((s) => !leaving.has(s.id)) }))
    .filter((r) => r.suggestions.length > 0);
  const active = rows.find((r) => r.documentId === activeId) ?? rows[0] ?? null;
  const selectedRows = rows.filter((r) => selected.has(r.documentId));
  const owners = list.data?.owners ?? null;

  async function settle(ids: readonly string[]) {
    await Promise.all([
      queryClient.invalidateQueries(trpc.review.pathFilter()),
      queryClient.invalidateQueries(trpc.documents.pathFilter()),
      queryClient.invalidateQueries(trpc.topics.pathFilter()),
    ]);
    setLeaving((prev) => toggleIds(prev, ids, false));
  }
  function failed(err: unknown, ids: readonly string[], verb: string) {
    setLeaving((prev) => toggleIds(prev, ids, false));
    // Reclassifying replaces a document's suggestions: the inbox shown may hold ones that are gone.
    const why =
      errorCode(err) === "NOT_FOUND"
        ? "some were replaced meanwhile (their documents were classified again); the list now shows the current ones."
        : errorMessage(err);
    setNotice({ kind: "error", text: `Could not ${verb} ${plural(ids.length, "suggestion")}: ${why}` });
    void queryClient.invalidateQueries(trpc.review.pathFilter());
  }
  const accept = useMutation(
    trpc.review.accept.mutationOptions({
      onSuccess: async ({ accepted, rejected }, { ids }) => {
        setNotice({ kind: "ok", text: `Accepted ${plural(accepted, "suggestion")}${rejected > 0 ? `; rejected ${plural(rejected, "other")}` : ""}.` });
        await settle(ids);
      },
      onError: (err, { ids }) => failed(err, ids, "accept"),
    }),
  );
  const reject = useMutation(
    trpc.review.reject.mutationOptions({
      onSuccess: async ({ rejected }, { ids }) => {
        setNotice({ kind: "ok", text: `Rejected ${plural(rejected, "suggestion")}.` });
        await settle(ids);
      },
      onError: (err, { ids }) => failed(err, ids, "reject"),
    }),
  );

  /** Moves the highlight past rows that are about to leave. */
  function leave(ids: readonly string[], gone: readonly Row[]) {
    const goneIds = new Set(gone.map((r) => r.documentId));
    if (active && goneIds.has(active.documentId)) {
      const at = rows.indexOf(active);
      const remaining = rows.filter((r) => !goneIds.has(r.documentId));
      const next = remaining.find((r) => rows.indexOf(r) > at) ?? remaining.at(-1) ?? null;
      focusActive.current = tableRef.current?.contains(document.activeElement) ?? false;
      setActiveId(next?.documentId ?? null);
    }
    setLeaving((prev) => new Set([...prev, ...ids]));
    setSelected((prev) => toggleIds(prev, [...goneIds], false));
    setNotice(null);
  }

  /** Accepts one suggestion per row (the given one, else the most confident) and rejects the rows' others. */
  function acceptOne(targets: readonly { row: Row; suggestion?: Suggestion }[]) {
    if (targets.length === 0) return;
    const ids = targets.map((t) => (t.suggestion ?? t.row.suggestions[0]!).id);
    const all = targets.flatMap((t) => t.row.suggestions.map((s) => s.id));
    leave(
      all,
      targets.map((t) => t.row),
    );
    accept.mutate({ ids, rejectRest: true });
  }
  function rejectSome(ids: readonly string[], gone: readonly Row[]) {
    if (ids.length === 0) return;
    leave(ids, gone);
    reject.mutate({ ids: [...ids] });
  }
  const rejectAll = (targets: readonly Row[]) =>
    rejectSome(
      targets.flatMap((r) => r.suggestions.map((s) => s.id)),
      targets,
    );

  function move(step: number) {
    if (rows.length === 0) return;
    const at = active ? rows.indexOf(active) : -1;
    const next = rows[Math.min(rows.length - 1, Math.max(0, at + step))]!;
    focusActive.current = true;
    setActiveId(next.documentId);
  }

  function toggle(id: string, on?: boolean) {
    setSelected((prev) => toggleIds(prev, [id], on ?? !prev.has(id)));
  }

  // Single-key shortcuts for the common path; the selection wins over the highlighted row.
  const shortcuts = useRef<(e: KeyboardEvent) => void>(() => {});
  shortcuts.current = (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
    if (document.querySelector("dialog[open], :popover-open")) return;
    const targets = selectedRows.length > 0 ? selectedRows : active ? [active] : [];
    switch (e.key) {
      case "j":
        move(1);
        break;
      case "k":
        move(-1);
        break;
      case "x":
        if (!active) return;
        toggle(active.documentId);
        break;
      case "a":
        acceptOne(targets.map((row) => ({ row })));
        break;
      case "r":
        rejectAll(targets);
        break;
      case "Enter":
        if (!active || isControl(e.target)) return;
        navigate(documentPath(active.documentId));
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => shortcuts.current(e);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const activeRowId = active?.documentId ?? null;
  useEffect(() => {
    if (!focusActive.current || !activeRowId) return;
    focusActive.current = false;
    tableRef.current?.querySelector<HTMLElement>(`tr[data-document-id="${activeRowId}"]`)?.focus();
  }, [activeRowId]);

  const allSelected = rows.length > 0 && selectedRows.length === rows.length;
  const gone = (list.data?.items ?? []).length - rows.length;
  const total = Math.max(0, (list.data?.total ?? 0) - gone);

  return (
    <Page
      title="Review"
      intro="Documents whose topics the classifier was unsure about, with its suggestions, the most likely first. Nothing here is applied until you accept it, and a topic you reject is never suggested for that document again."
    >
      <div className="card">
        {owners && (
          <div className="toolbar">
            <label className="review-owner-filter">
              <span>Owner</span>
              <select
                value={owner}
                onChange={(e) => {
                  setOwner(e.target.value);
                  setSelected(new Set());
                  setActiveId(null);
                }}
              >
                <option value="">Everyone</option>
                {owners.map((o) => (
                  <option key={o.ownerId ?? NO_OWNER} value={o.ownerId ?? NO_OWNER}>
                    {o.ownerEmail ?? "No owner"} ({o.documents})
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {rows.length > 0 && (
          <>
            <div className="toolbar">
              <label className="check check-inline">
                <input
                  type="checkbox"
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = selectedRows.length > 0 && !allSelected;
                  }}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.documentId)) : new Set())}
                />
                <span>Select all</span>
              </label>
              <button
                type="button"
                className="btn btn-primary btn-sm"
                disabled={selectedRows.length === 0}
                onClick={() => acceptOne(selectedRows.map((row) => ({ row })))}
              >
                Accept top suggestion{selectedRows.length > 0 && ` (${selectedRows.length})`}
              </button>
              <button type="button" className="btn btn-secondary btn-sm" disabled={selectedRows.length === 0} onClick={() => rejectAll(selectedRows)}>
                Reject all{selectedRows.length > 0 && ` (${selectedRows.length})`}
              </button>
              <span className="toolbar-end muted small" aria-live="polite">
                {list.data && plural(total, "document")}
                {list.data && total > rows.length && ` (showing the newest ${rows.length})`}
              </span>
            </div>
            <div className="shortcut-legend" role="note" aria-label="Keyboard shortcuts">
              <span>
                <kbd>j</kbd> <kbd>k</kbd> move
              </span>
              <span>
                <kbd>x</kbd> select
              </span>
              <span>
                <kbd>a</kbd> accept the top suggestion, reject the rest
              </span>
              <span>
                <kbd>r</kbd> reject all
              </span>
              <span>
                <kbd>Enter</kbd> open
              </span>
              <span>
                <kbd>?</kbd> all shortcuts
              </span>
              <span className="muted">a and r act on the selected documents, or on the highlighted one when nothing is selected.</span>
            </div>
          </>
        )}
        {notice && (
          <p className={`alert ${notice.kind === "ok" ? "alert-ok" : "alert-error"}`} role={notice.kind === "ok" ? "status" : "alert"}>
            {notice.text}
          </p>
        )}

        <QueryState
          query={list}
          loading="Loading suggestions…"
          errorTitle="Could not load the review inbox"
          isEmpty={() => rows.length === 0}
          empty={
            <Empty title="Nothing to review.">
              <p className="muted">When the classifier is unsure about a document's topics, or proposes a new topic, the document waits here for you.</p>
            </Empty>
          }
        >
          {() => (
            <DataTable
              className="review-table"
              tableRef={tableRef}
              columns={[
                { label: "Selected", className: "col-check", hidden: true },
                "Document",
                ...(owners ? ["Owner"] : []),
                "Suggested topics",
                ACTIONS_COLUMN,
              ]}
            >
              {rows.map((r) => (
                <ReviewRow
                  key={r.documentId}
                  row={r}
                  showOwner={owners !== null}
                  active={r.documentId === active?.documentId}
                  selected={selected.has(r.documentId)}
                  onActivate={() => setActiveId(r.documentId)}
                  onToggle={(on) => toggle(r.documentId, on)}
                  onAccept={(s) => acceptOne([{ row: r, suggestion: s }])}
                  onReject={(s) => rejectSome([s.id], r.suggestions.length === 1 ? [r] : [])}
                  onRejectAll={() => rejectAll([r])}
                />
              ))}
            </DataTable>
          )}
        </QueryState>
      </div>
    </Page>
  );
}

interface RowProps {
  row: Row;
  showOwner: boolean;
  active: boolean;
  selected: boolean;
  onActivate: () => void;
  onToggle: (on: boolean) => void;
  onAccept: (s: Suggestion) => void;
  onReject: (s: Suggestion) => void;
  onRejectAll: () => void;
}

function ReviewRow({ row: r, showOwner, active, selected, onActivate, onToggle, onAccept, onReject, onRejectAll }: RowProps) {
  function onClick(e: MouseEvent) {
    if (!(e.target as HTMLElement).closest("a, button, input")) onActivate();
  }
  return (
    <tr
      data-document-id={r.documentId}
      className={`${active ? "row-active" : ""}${selected ? " row-selected" : ""}`}
      tabIndex={active ? 0 : -1}
      aria-current={active ? "true" : undefined}
      onClick={onClick}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onActivate();
      }}
    >
      <td className="col-check">
        <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.target.checked)} aria-label={`Select ${r.filename}`} />
      </td>
      <td className="cell-file">
        <Link href={documentPath(r.documentId)} className="file-link">
          {r.filename}
        </Link>
        {r.title && r.title !== r.filename && <span className="muted small review-title">{r.title}</span>}
        <span className="muted small review-date">{formatDateTime(r.suggestedAt)}</span>
      </td>
      {showOwner && <td className="cell-owner small">{r.ownerEmail ?? <span className="muted">No owner</span>}</td>}
      <td className="cell-suggestions">
        <ol className="review-suggestions" aria-label={`Suggestions for ${r.filename}, most likely first`}>
          {r.suggestions.map((s) => (
            <li key={s.id} className="review-suggestion" data-suggestion-id={s.id}>
              <div className="review-suggestion-head">
                {s.topicName ? (
                  <TopicChip topic={{ name: s.topicName, color: s.topicColor ?? "#9ca3af" }} />
                ) : (
                  <span className="new-topic">New topic: {s.proposedName}</span>
                )}
                <Confidence value={s.confidence} />
                <span className="row-actions">
                  <button
                    type="button"
                    className="btn btn-primary btn-xs"
                    onClick={() => onAccept(s)}
                    aria-label={`Accept ${nameOf(s)} for ${r.filename}${r.suggestions.length > 1 ? " and reject the others" : ""}`}
                  >
                    Accept
                  </button>
                  <button type="button" className="btn btn-secondary btn-xs" onClick={() => onReject(s)} aria-label={`Reject ${nameOf(s)} for ${r.filename}`}>
                    Reject
                  </button>
                </span>
              </div>
              {s.proposedDescription && <p className="muted small new-topic-description">{s.proposedDescription}</p>}
              {s.quote && <blockquote className="quote">{s.quote}</blockquote>}
            </li>
          ))}
        </ol>
      </td>
      <td className="cell-actions">
        <button type="button" className="btn btn-secondary btn-xs" onClick={onRejectAll} aria-label={`Reject all suggestions for ${r.filename}`}>
          Reject all
        </button>
      </td>
    </tr>
  );
}
