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
import { formatDateTime, formatNumber, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { documentPath, navigate, setSearchParams, useSearchParams } from "../router.ts";
import { toggleIds } from "../selection.ts";
import { isControl, isTextEntry } from "../shortcuts.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";

type ReviewList = RouterOutputs["review"]["list"];
type Row = ReviewList["items"][number];
type Suggestion = Row["suggestions"][number];

const LIMIT = 100;
/** A proposed correspondent leaving the list is tracked beside suggestion ids by its document. */
const proposalKey = (documentId: string) => `correspondent:${documentId}`;
/** The owner filter's value for documents without an owner. */
const NO_OWNER = "none";

const vorschlaege = (n: number) => (n === 1 ? "1 Vorschlag" : `${formatNumber(n)} Vorschläge`);
const absender = (n: number) => (n === 1 ? "1 Absender" : `${formatNumber(n)} Absender`);

const messages = defineMessages({
  en: {
    quoted: (name: string) => `“${name}”`,
    newTopicQuoted: (name: string | null) => `new topic “${name}”`,
    replacedMeanwhile: "some were replaced meanwhile (their documents were classified again); the list now shows the current ones.",
    couldNotAccept: (n: number, why: string) => `Could not accept ${plural(n, "suggestion")}: ${why}`,
    couldNotReject: (n: number, why: string) => `Could not reject ${plural(n, "suggestion")}: ${why}`,
    accepted: (accepted: number, rejected: number) => `Accepted ${plural(accepted, "suggestion")}${rejected > 0 ? `; rejected ${plural(rejected, "other")}` : ""}.`,
    rejected: (n: number) => `Rejected ${plural(n, "suggestion")}.`,
    couldNotAdd: (n: number, why: string) => `Could not add ${plural(n, "sender")}: ${why}`,
    couldNotDismiss: (n: number, why: string) => `Could not dismiss ${plural(n, "sender")}: ${why}`,
    decidedMeanwhile: "some were decided meanwhile (the correspondent exists now, or someone set one); the list now shows what is left.",
    added: (n: number, created: number) => `Set ${plural(n, "correspondent")}${created > 0 ? `; added ${created} new` : ""}.`,
    dismissed: (n: number) => `Dismissed ${plural(n, "proposed sender")}.`,
    title: "Review",
    intro:
      "Documents whose topics the classifier was unsure about, with its suggestions, the most likely first, and senders the LLM read that are not among the correspondents. Nothing here is applied until you accept it, and a topic you reject or a sender you dismiss is never proposed for that document again.",
    owner: "Owner",
    everyone: "Everyone",
    noOwner: "No owner",
    selectAll: "Select all",
    acceptTop: "Accept top suggestion",
    rejectAll: "Reject all",
    documents: (n: number) => plural(n, "document"),
    showingNewest: (n: number) => ` (showing the newest ${n})`,
    shortcuts: "Keyboard shortcuts",
    move: "move",
    select: "select",
    acceptKey: "accept the top suggestion, reject the rest",
    rejectKey: "reject all",
    open: "open",
    allShortcuts: "all shortcuts",
    shortcutsNote: "a and r act on the selected documents, or on the highlighted one when nothing is selected.",
    loading: "Loading suggestions…",
    couldNotLoad: "Could not load the review inbox",
    empty: "Nothing to review.",
    emptyText: "When the classifier is unsure about a document's topics, proposes a new topic, or the LLM reads a sender who is not among the correspondents, the document waits here for you.",
    selected: "Selected",
    document: "Document",
    suggestedTopics: "Suggestions",
    selectFile: (filename: string) => `Select ${filename}`,
    suggestionsFor: (filename: string) => `Suggestions for ${filename}, most likely first`,
    newTopic: (name: string | null) => `New topic: ${name ?? ""}`,
    acceptFor: (name: string, filename: string, others: boolean) => `Accept ${name} for ${filename}${others ? " and reject the others" : ""}`,
    accept: "Accept",
    rejectFor: (name: string, filename: string) => `Reject ${name} for ${filename}`,
    reject: "Reject",
    rejectAllFor: (filename: string) => `Reject all suggestions for ${filename}`,
    proposedSender: (name: string) => `New sender “${name}”`,
    notAmong: "The LLM read the sender; not among your correspondents.",
    addAndSet: "Add and set",
    addFor: (name: string, filename: string) => `Add “${name}” as a correspondent and set it for ${filename}`,
    dismiss: "Dismiss",
    dismissFor: (name: string, filename: string) => `Dismiss the sender “${name}” for ${filename}`,
  },
  de: {
    quoted: (name) => `„${name}“`,
    newTopicQuoted: (name) => `neues Thema „${name}“`,
    replacedMeanwhile: "Einige wurden inzwischen ersetzt (ihre Dokumente wurden neu eingeordnet); die Liste zeigt jetzt die aktuellen.",
    couldNotAccept: (n, why) => `${vorschlaege(n)} ${n === 1 ? "konnte" : "konnten"} nicht angenommen werden: ${why}`,
    couldNotReject: (n, why) => `${vorschlaege(n)} ${n === 1 ? "konnte" : "konnten"} nicht abgelehnt werden: ${why}`,
    accepted: (accepted, rejected) =>
      `${vorschlaege(accepted)} angenommen${rejected > 0 ? `, ${rejected === 1 ? "1 weiterer" : `${formatNumber(rejected)} weitere`} abgelehnt` : ""}.`,
    rejected: (n) => `${vorschlaege(n)} abgelehnt.`,
    couldNotAdd: (n, why) => `${absender(n)} ${n === 1 ? "konnte" : "konnten"} nicht angelegt werden: ${why}`,
    couldNotDismiss: (n, why) => `${absender(n)} ${n === 1 ? "konnte" : "konnten"} nicht verworfen werden: ${why}`,
    decidedMeanwhile: "Einige wurden inzwischen entschieden (den Korrespondenten gibt es jetzt, oder jemand hat einen gesetzt); die Liste zeigt, was übrig ist.",
    added: (n, created) => `${n === 1 ? "1 Korrespondent" : `${formatNumber(n)} Korrespondenten`} gesetzt${created > 0 ? `, ${formatNumber(created)} neu angelegt` : ""}.`,
    dismissed: (n) => `${absender(n)} verworfen.`,
    title: "Prüfen",
    intro:
      "Dokumente, bei deren Themen der Klassifikator unsicher war, mit seinen Vorschlägen, die wahrscheinlichsten zuerst, und Absender, die das LLM gelesen hat und die nicht unter den Korrespondenten sind. Nichts davon wird übernommen, bevor Sie es annehmen, und ein abgelehntes Thema oder ein verworfener Absender wird für dieses Dokument nie wieder vorgeschlagen.",
    owner: "Eigentümer",
    everyone: "Alle",
    noOwner: "Ohne Eigentümer",
    selectAll: "Alle auswählen",
    acceptTop: "Besten Vorschlag annehmen",
    rejectAll: "Alle ablehnen",
    documents: (n) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`),
    showingNewest: (n) => ` (die neuesten ${formatNumber(n)} werden angezeigt)`,
    shortcuts: "Tastenkürzel",
    move: "navigieren",
    select: "auswählen",
    acceptKey: "besten Vorschlag annehmen, die übrigen ablehnen",
    rejectKey: "alle ablehnen",
    open: "öffnen",
    allShortcuts: "alle Tastenkürzel",
    shortcutsNote: "a und r wirken auf die ausgewählten Dokumente oder, wenn nichts ausgewählt ist, auf das hervorgehobene.",
    loading: "Vorschläge werden geladen…",
    couldNotLoad: "Die Prüfliste konnte nicht geladen werden",
    empty: "Nichts zu prüfen.",
    emptyText:
      "Wenn der Klassifikator bei den Themen eines Dokuments unsicher ist, ein neues Thema vorschlägt oder das LLM einen Absender liest, der nicht unter den Korrespondenten ist, wartet das Dokument hier auf Sie.",
    selected: "Ausgewählt",
    document: "Dokument",
    suggestedTopics: "Vorschläge",
    selectFile: (filename) => `${filename} auswählen`,
    suggestionsFor: (filename) => `Vorschläge für ${filename}, die wahrscheinlichsten zuerst`,
    newTopic: (name) => `Neues Thema: ${name ?? ""}`,
    acceptFor: (name, filename, others) => `${name} für ${filename} annehmen${others ? " und die anderen ablehnen" : ""}`,
    accept: "Annehmen",
    rejectFor: (name, filename) => `${name} für ${filename} ablehnen`,
    reject: "Ablehnen",
    rejectAllFor: (filename) => `Alle Vorschläge für ${filename} ablehnen`,
    proposedSender: (name) => `Neuer Absender „${name}“`,
    notAmong: "Vom LLM als Absender gelesen; nicht unter Ihren Korrespondenten.",
    addAndSet: "Anlegen und setzen",
    addFor: (name, filename) => `„${name}“ als Korrespondenten anlegen und für ${filename} setzen`,
    dismiss: "Verwerfen",
    dismissFor: (name, filename) => `Den Absender „${name}“ für ${filename} verwerfen`,
  },
});
type Messages = (typeof messages)["en"];

const nameOf = (s: Suggestion, m: Messages) => (s.topicName ? m.quoted(s.topicName) : m.newTopicQuoted(s.proposedName));

export function ReviewPage() {
  const m = useMessages(messages);
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
    .map((r) => ({
      ...r,
      suggestions: r.suggestions.filter((s) => !leaving.has(s.id)),
      proposedCorrespondent: leaving.has(proposalKey(r.documentId)) ? null : r.proposedCorrespondent,
    }))
    .filter((r) => r.suggestions.length > 0 || r.proposedCorrespondent !== null);
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
  function failed(err: unknown, ids: readonly string[], verb: "accept" | "reject" | "add" | "dismiss") {
    setLeaving((prev) => toggleIds(prev, ids, false));
    // Reclassifying replaces a document's suggestions (and a proposal may be decided elsewhere): the inbox shown
    // may hold ones that are gone.
    const proposal = verb === "add" || verb === "dismiss";
    const why = errorCode(err) === "NOT_FOUND" ? (proposal ? m.decidedMeanwhile : m.replacedMeanwhile) : errorMessage(err);
    const text = { accept: m.couldNotAccept, reject: m.couldNotReject, add: m.couldNotAdd, dismiss: m.couldNotDismiss }[verb];
    setNotice({ kind: "error", text: text(ids.length, why) });
    void queryClient.invalidateQueries(trpc.review.pathFilter());
  }
  const accept = useMutation(
    trpc.review.accept.mutationOptions({
      onSuccess: async ({ accepted, rejected }, { ids }) => {
        setNotice({ kind: "ok", text: m.accepted(accepted, rejected) });
        await settle(ids);
      },
      onError: (err, { ids }) => failed(err, ids, "accept"),
    }),
  );
  const reject = useMutation(
    trpc.review.reject.mutationOptions({
      onSuccess: async ({ rejected }, { ids }) => {
        setNotice({ kind: "ok", text: m.rejected(rejected) });
        await settle(ids);
      },
      onError: (err, { ids }) => failed(err, ids, "reject"),
    }),
  );

  // Proposed correspondents: "add and set" or dismiss, per document (ADR 0039).
  const addCorrespondents = useMutation(
    trpc.review.acceptCorrespondents.mutationOptions({
      onSuccess: async ({ accepted, created }, { ids }) => {
        setNotice({ kind: "ok", text: m.added(accepted, created) });
        await Promise.all([settle(ids.map(proposalKey)), queryClient.invalidateQueries(trpc.correspondents.pathFilter())]);
      },
      onError: (err, { ids }) => failed(err, ids.map(proposalKey), "add"),
    }),
  );
  const dismissCorrespondents = useMutation(
    trpc.review.dismissCorrespondents.mutationOptions({
      onSuccess: async ({ dismissed }, { ids }) => {
        setNotice({ kind: "ok", text: m.dismissed(dismissed) });
        await settle(ids.map(proposalKey));
      },
      onError: (err, { ids }) => failed(err, ids.map(proposalKey), "dismiss"),
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

  /**
   * Accepts one suggestion per row (the given one, else the most confident) and rejects the rows' other topic
   * suggestions. A proposed correspondent is a separate decision: it stays (and so does a row that has only one).
   */
  function acceptOne(given: readonly { row: Row; suggestion?: Suggestion }[]) {
    const targets = given.filter((t) => t.row.suggestions.length > 0);
    if (targets.length === 0) return;
    const ids = targets.map((t) => (t.suggestion ?? t.row.suggestions[0]!).id);
    const all = targets.flatMap((t) => t.row.suggestions.map((s) => s.id));
    leave(
      all,
      targets.filter((t) => t.row.proposedCorrespondent === null).map((t) => t.row),
    );
    accept.mutate({ ids, rejectRest: true });
  }
  /** "Add and set" or dismiss the proposed correspondents of these rows. */
  function decideProposals(targets: readonly Row[], verb: "add" | "dismiss") {
    const ids = targets.filter((r) => r.proposedCorrespondent !== null).map((r) => r.documentId);
    if (ids.length === 0) return;
    leave(
      ids.map(proposalKey),
      targets.filter((r) => r.suggestions.length === 0),
    );
    (verb === "add" ? addCorrespondents : dismissCorrespondents).mutate({ ids });
  }
  function rejectSome(ids: readonly string[], gone: readonly Row[]) {
    if (ids.length === 0) return;
    leave(ids, gone);
    reject.mutate({ ids: [...ids] });
  }
  /** Rejects every topic suggestion of these rows and dismisses their proposed correspondents. */
  function rejectAll(targets: readonly Row[]) {
    const ids = targets.flatMap((r) => r.suggestions.map((s) => s.id));
    const proposals = targets.filter((r) => r.proposedCorrespondent !== null);
    leave([...ids, ...proposals.map((r) => proposalKey(r.documentId))], targets);
    if (ids.length > 0) reject.mutate({ ids });
    if (proposals.length > 0) dismissCorrespondents.mutate({ ids: proposals.map((r) => r.documentId) });
  }

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
      title={m.title}
      intro={m.intro}
    >
      <div className="card">
        {owners && (
          <div className="toolbar">
            <label className="review-owner-filter">
              <span>{m.owner}</span>
              <select
                value={owner}
                onChange={(e) => {
                  setOwner(e.target.value);
                  setSelected(new Set());
                  setActiveId(null);
                }}
              >
                <option value="">{m.everyone}</option>
                {owners.map((o) => (
                  <option key={o.ownerId ?? NO_OWNER} value={o.ownerId ?? NO_OWNER}>
                    {o.ownerEmail ?? m.noOwner} ({o.documents})
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
                <span>{m.selectAll}</span>
              </label>
              <button
                type="button"
                className="btn btn-primary btn-sm"
                disabled={selectedRows.length === 0}
                onClick={() => acceptOne(selectedRows.map((row) => ({ row })))}
              >
                {m.acceptTop}
                {selectedRows.length > 0 && ` (${selectedRows.length})`}
              </button>
              <button type="button" className="btn btn-secondary btn-sm" disabled={selectedRows.length === 0} onClick={() => rejectAll(selectedRows)}>
                {m.rejectAll}
                {selectedRows.length > 0 && ` (${selectedRows.length})`}
              </button>
              <span className="toolbar-end muted small" aria-live="polite">
                {list.data && m.documents(total)}
                {list.data && total > rows.length && m.showingNewest(rows.length)}
              </span>
            </div>
            <div className="shortcut-legend" role="note" aria-label={m.shortcuts}>
              <span>
                <kbd>j</kbd> <kbd>k</kbd> {m.move}
              </span>
              <span>
                <kbd>x</kbd> {m.select}
              </span>
              <span>
                <kbd>a</kbd> {m.acceptKey}
              </span>
              <span>
                <kbd>r</kbd> {m.rejectKey}
              </span>
              <span>
                <kbd>Enter</kbd> {m.open}
              </span>
              <span>
                <kbd>?</kbd> {m.allShortcuts}
              </span>
              <span className="muted">{m.shortcutsNote}</span>
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
          loading={m.loading}
          errorTitle={m.couldNotLoad}
          isEmpty={() => rows.length === 0}
          empty={
            <Empty title={m.empty}>
              <p className="muted">{m.emptyText}</p>
            </Empty>
          }
        >
          {() => (
            <DataTable
              className="review-table"
              tableRef={tableRef}
              columns={[
                { label: m.selected, className: "col-check", hidden: true },
                m.document,
                ...(owners ? [m.owner] : []),
                m.suggestedTopics,
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
                  onReject={(s) => rejectSome([s.id], r.suggestions.length === 1 && r.proposedCorrespondent === null ? [r] : [])}
                  onRejectAll={() => rejectAll([r])}
                  onAddCorrespondent={() => decideProposals([r], "add")}
                  onDismissCorrespondent={() => decideProposals([r], "dismiss")}
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
  onAddCorrespondent: () => void;
  onDismissCorrespondent: () => void;
}

function ReviewRow({ row: r, showOwner, active, selected, onActivate, onToggle, onAccept, onReject, onRejectAll, onAddCorrespondent, onDismissCorrespondent }: RowProps) {
  const m = useMessages(messages);
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
        <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.target.checked)} aria-label={m.selectFile(r.filename)} />
      </td>
      <td className="cell-file">
        <Link href={documentPath(r.documentId)} className="file-link">
          {r.filename}
        </Link>
        {r.title && r.title !== r.filename && <span className="muted small review-title">{r.title}</span>}
        <span className="muted small review-date">{formatDateTime(r.suggestedAt)}</span>
      </td>
      {showOwner && <td className="cell-owner small">{r.ownerEmail ?? <span className="muted">{m.noOwner}</span>}</td>}
      <td className="cell-suggestions">
        {r.suggestions.length > 0 && (
          <ol className="review-suggestions" aria-label={m.suggestionsFor(r.filename)}>
            {r.suggestions.map((s) => (
              <li key={s.id} className="review-suggestion" data-suggestion-id={s.id}>
                <div className="review-suggestion-head">
                  {s.topicName ? (
                    <TopicChip topic={{ name: s.topicName, color: s.topicColor ?? "#9ca3af" }} />
                  ) : (
                    <span className="new-topic">{m.newTopic(s.proposedName)}</span>
                  )}
                  <Confidence value={s.confidence} />
                  <span className="row-actions">
                    <button
                      type="button"
                      className="btn btn-primary btn-xs"
                      onClick={() => onAccept(s)}
                      aria-label={m.acceptFor(nameOf(s, m), r.filename, r.suggestions.length > 1)}
                    >
                      {m.accept}
                    </button>
                    <button type="button" className="btn btn-secondary btn-xs" onClick={() => onReject(s)} aria-label={m.rejectFor(nameOf(s, m), r.filename)}>
                      {m.reject}
                    </button>
                  </span>
                </div>
                {s.proposedDescription && <p className="muted small new-topic-description">{s.proposedDescription}</p>}
                {s.quote && <blockquote className="quote">{s.quote}</blockquote>}
              </li>
            ))}
          </ol>
        )}
        {r.proposedCorrespondent && (
          <div className="review-suggestion review-proposal" data-testid="review-proposal">
            <div className="review-suggestion-head">
              <span className="new-topic">{m.proposedSender(r.proposedCorrespondent.name)}</span>
              <span className="row-actions">
                <button type="button" className="btn btn-primary btn-xs" onClick={onAddCorrespondent} aria-label={m.addFor(r.proposedCorrespondent.name, r.filename)}>
                  {m.addAndSet}
                </button>
                <button type="button" className="btn btn-secondary btn-xs" onClick={onDismissCorrespondent} aria-label={m.dismissFor(r.proposedCorrespondent.name, r.filename)}>
                  {m.dismiss}
                </button>
              </span>
            </div>
            <p className="muted small">{m.notAmong}</p>
            {r.proposedCorrespondent.quote && <blockquote className="quote">{r.proposedCorrespondent.quote}</blockquote>}
          </div>
        )}
      </td>
      <td className="cell-actions">
        <button type="button" className="btn btn-secondary btn-xs" onClick={onRejectAll} aria-label={m.rejectAllFor(r.filename)}>
          {m.rejectAll}
        </button>
      </td>
    </tr>
  );
}
