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
import { documentPath } from "../router.ts";
import { toggleIds } from "../selection.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";

type Suggestion = RouterOutputs["review"]["list"]["items"][number];
type Decision = "accept" | "reject";

const LIMIT = 200;

/** Typing in a text field must not trigger the inbox's single-key shortcuts. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
}

export function ReviewPage() {
  const list = useQuery({ ...trpc.review.list.queryOptions({ limit: LIMIT }), refetchInterval: 15_000 });
  // Rows being accepted or rejected leave at once; they come back only if the server refuses.
  const [leaving, setLeaving] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const focusActive = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);

  const items = (list.data?.items ?? []).filter((s) => !leaving.has(s.id));
  const active = items.find((s) => s.id === activeId) ?? items[0] ?? null;
  const selectedItems = items.filter((s) => selected.has(s.id));

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
      onSuccess: async ({ accepted }, { ids }) => {
        setNotice({ kind: "ok", text: `Accepted ${plural(accepted, "suggestion")}.` });
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

  function decide(decision: Decision, targets: readonly Suggestion[]) {
    if (targets.length === 0) return;
    const ids = targets.map((s) => s.id);
    // The highlight moves to the next suggestion that stays (or the previous one at the end).
    const at = active ? items.indexOf(active) : 0;
    const remaining = items.filter((s) => !ids.includes(s.id));
    const next = remaining.find((s) => items.indexOf(s) > at) ?? remaining.at(-1) ?? null;
    focusActive.current = tableRef.current?.contains(document.activeElement) ?? false;
    setActiveId(next?.id ?? null);
    setLeaving((prev) => new Set([...prev, ...ids]));
    setSelected((prev) => toggleIds(prev, ids, false));
    setNotice(null);
    (decision === "accept" ? accept : reject).mutate({ ids });
  }

  function move(step: number) {
    if (items.length === 0) return;
    const at = active ? items.indexOf(active) : -1;
    const next = items[Math.min(items.length - 1, Math.max(0, at + step))]!;
    focusActive.current = true;
    setActiveId(next.id);
  }

  function toggle(id: string, on?: boolean) {
    setSelected((prev) => toggleIds(prev, [id], on ?? !prev.has(id)));
  }

  // Single-key shortcuts for the common path; the selection wins over the highlighted row.
  const shortcuts = useRef<(e: KeyboardEvent) => void>(() => {});
  shortcuts.current = (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
    if (document.querySelector("dialog[open], :popover-open")) return;
    const targets = selectedItems.length > 0 ? selectedItems : active ? [active] : [];
    switch (e.key) {
      case "j":
        move(1);
        break;
      case "k":
        move(-1);
        break;
      case "x":
        if (!active) return;
        toggle(active.id);
        break;
      case "a":
        decide("accept", targets);
        break;
      case "r":
        decide("reject", targets);
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

  const activeRowId = active?.id ?? null;
  useEffect(() => {
    if (!focusActive.current || !activeRowId) return;
    focusActive.current = false;
    tableRef.current?.querySelector<HTMLElement>(`tr[data-suggestion-id="${activeRowId}"]`)?.focus();
  }, [activeRowId]);

  const allSelected = items.length > 0 && selectedItems.length === items.length;
  const total = Math.max(0, (list.data?.total ?? 0) - leaving.size);

  return (
    <Page title="Review" intro="Topics the classifier was unsure about, and new topics it proposes. Nothing here is applied until you accept it.">
      <div className="card">
        {items.length > 0 && (
          <>
            <div className="toolbar">
              <label className="check check-inline">
                <input
                  type="checkbox"
                  checked={allSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = selectedItems.length > 0 && !allSelected;
                  }}
                  onChange={(e) => setSelected(e.target.checked ? new Set(items.map((s) => s.id)) : new Set())}
                />
                <span>Select all</span>
              </label>
              <button type="button" className="btn btn-primary btn-sm" disabled={selectedItems.length === 0} onClick={() => decide("accept", selectedItems)}>
                Accept selected{selectedItems.length > 0 && ` (${selectedItems.length})`}
              </button>
              <button type="button" className="btn btn-secondary btn-sm" disabled={selectedItems.length === 0} onClick={() => decide("reject", selectedItems)}>
                Reject selected{selectedItems.length > 0 && ` (${selectedItems.length})`}
              </button>
              <span className="toolbar-end muted small" aria-live="polite">
                {list.data && plural(total, "suggestion")}
                {list.data && total > items.length + leaving.size && ` (showing the newest ${items.length})`}
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
                <kbd>a</kbd> accept
              </span>
              <span>
                <kbd>r</kbd> reject
              </span>
              <span className="muted">a and r act on the selection, or on the highlighted row when nothing is selected.</span>
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
          isEmpty={() => items.length === 0}
          empty={
            <Empty title="Nothing to review.">
              <p className="muted">When the classifier is unsure about a topic, or proposes a new one, the suggestion waits here for you.</p>
            </Empty>
          }
        >
          {() => (
            <DataTable
              className="review-table"
              tableRef={tableRef}
              columns={[{ label: "Selected", className: "col-check", hidden: true }, "Document", "Suggested topic", "Confidence", "Evidence", ACTIONS_COLUMN]}
            >
              {items.map((s) => (
                <ReviewRow
                  key={s.id}
                  suggestion={s}
                  active={s.id === active?.id}
                  selected={selected.has(s.id)}
                  onActivate={() => setActiveId(s.id)}
                  onToggle={(on) => toggle(s.id, on)}
                  onDecide={(d) => decide(d, [s])}
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
  suggestion: Suggestion;
  active: boolean;
  selected: boolean;
  onActivate: () => void;
  onToggle: (on: boolean) => void;
  onDecide: (d: Decision) => void;
}

function ReviewRow({ suggestion: s, active, selected, onActivate, onToggle, onDecide }: RowProps) {
  const what = s.topicName ? `“${s.topicName}”` : `new topic “${s.proposedName}”`;
  function onClick(e: MouseEvent) {
    if (!(e.target as HTMLElement).closest("a, button, input")) onActivate();
  }
  return (
    <tr
      data-suggestion-id={s.id}
      className={`${active ? "row-active" : ""}${selected ? " row-selected" : ""}`}
      tabIndex={active ? 0 : -1}
      aria-current={active ? "true" : undefined}
      onClick={onClick}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onActivate();
      }}
    >
      <td className="col-check">
        <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.target.checked)} aria-label={`Select ${what} for ${s.filename}`} />
      </td>
      <td className="cell-file">
        <Link href={documentPath(s.documentId)} className="file-link">
          {s.filename}
        </Link>
        <span className="muted small review-date">{formatDateTime(s.createdAt)}</span>
      </td>
      <td className="cell-suggestion">
        {s.topicName ? (
          <TopicChip topic={{ name: s.topicName, color: s.topicColor ?? "#9ca3af" }} />
        ) : (
          <div>
            <span className="new-topic">New topic: {s.proposedName}</span>
            {s.proposedDescription && <p className="muted small new-topic-description">{s.proposedDescription}</p>}
          </div>
        )}
      </td>
      <td>
        <Confidence value={s.confidence} />
      </td>
      <td className="cell-quote">{s.quote ? <blockquote className="quote">{s.quote}</blockquote> : <span className="muted small">No quote given.</span>}</td>
      <td className="cell-actions">
        <div className="row-actions">
          <button type="button" className="btn btn-primary btn-xs" onClick={() => onDecide("accept")} aria-label={`Accept ${what} for ${s.filename}`}>
            Accept
          </button>
          <button type="button" className="btn btn-secondary btn-xs" onClick={() => onDecide("reject")} aria-label={`Reject ${what} for ${s.filename}`}>
            Reject
          </button>
        </div>
      </td>
    </tr>
  );
}
