import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { DOCUMENT_STATUSES, LIMITS, type DocumentSort, type DocumentStatus } from "@docscan/shared";
import { BulkActions } from "../components/BulkActions.tsx";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { DocumentTable } from "../components/DocumentTable.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { FolderPanel } from "../components/FolderPanel.tsx";
import { Link } from "../components/Link.tsx";
import { NoticeBar, type Notice } from "../components/Notice.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { SavedViewsPanel } from "../components/SavedViews.tsx";
import { CorrespondentFilter } from "../components/SetCorrespondent.tsx";
import { FieldFilter } from "../components/SetField.tsx";
import { formatTotal, Pagination, PER_PAGE_OPTIONS } from "../components/Pagination.tsx";
import { BUSY_STATUSES, statusLabel } from "../components/StatusChip.tsx";
import { useFolderTree } from "../folder-tree.ts";
import { useIsAdmin } from "../auth.ts";
import { listInputFromParams } from "../list-url.ts";
import { ROUTES, setSearchParams, useSearchParams } from "../router.ts";
import { refreshAfterDocumentsDeleted, trpc, type DocumentItem } from "../trpc.ts";
import { setDropTarget } from "../uploads.ts";
import { useSelection } from "../selection.ts";
import { deletedNotice, takeDeletedNotice } from "../undo-delete.ts";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import "./documents-search.css";

const SEARCH_DEBOUNCE_MS = 250;

/** The sort menu, in this order. */
const SORT_LABELS: Record<DocumentSort, string> = {
  relevance: "Best match",
  newest: "Newest first",
  oldest: "Oldest first",
  name: "Name A–Z",
  name_desc: "Name Z–A",
  largest: "Largest first",
  smallest: "Smallest first",
  dated_newest: "Document date, newest",
  dated_oldest: "Document date, oldest",
  correspondent: "Correspondent A–Z",
  correspondent_desc: "Correspondent Z–A",
};
const SORT_LABELS_DE: Record<DocumentSort, string> = {
  relevance: "Beste Treffer",
  newest: "Neueste zuerst",
  oldest: "Älteste zuerst",
  name: "Name A–Z",
  name_desc: "Name Z–A",
  largest: "Größte zuerst",
  smallest: "Kleinste zuerst",
  dated_newest: "Dokumentdatum, neueste",
  dated_oldest: "Dokumentdatum, älteste",
  correspondent: "Korrespondent A–Z",
  correspondent_desc: "Korrespondent Z–A",
};

const messages = defineMessages({
  en: {
    sortLabel: (sort: DocumentSort) => SORT_LABELS[sort],
    title: "Documents",
    introAdmin: "Everyone’s documents (admins see all), with the topics docscan found in them. Drop files anywhere to upload them.",
    introMember: "Everything you uploaded, with the topics docscan found in it. Drop files anywhere to upload them.",
    uploadDocuments: "Upload documents",
    folderPrefix: "Folder: ",
    showAll: "Show all documents",
    searchAndFilter: "Search and filter documents",
    searchDocuments: "Search documents",
    searchPlaceholder: 'Search: words, "a phrase", this or that, -without',
    sort: "Sort",
    topic: "Topic",
    allTopics: "All topics",
    status: "Status",
    allStatuses: "All statuses",
    lowOcrOnly: "Low OCR confidence only",
    addedFrom: "Added from",
    addedTo: "to",
    datedFrom: "Dated from",
    datedUntil: "until",
    owner: "Owner",
    everyone: "Everyone",
    me: "Me",
    clear: "Clear",
    refreshing: "Refreshing",
    rankWindow: (window: number, total: string, byDocumentDate: boolean) =>
      `Best matches among the ${formatNumber(window)} ${byDocumentDate ? "latest-dated" : "newest"} of ${total} matches. Sort by date to page through all of them.`,
    loading: "Loading documents…",
    couldNotLoad: "Could not load documents",
    noMatchQuery: (q: string, filters: boolean, inFolder: boolean) => `No documents match “${q}”${filters ? " with these filters" : ""}${inFolder ? " in this folder" : ""}.`,
    noMatchFilters: (inFolder: boolean) => `No documents match these filters${inFolder ? " in this folder" : ""}.`,
    emptyFolder: (name: string) => `No documents in “${name}”.`,
    emptyFolderHint: "Drop files here to upload them into this folder, or select documents in All documents and choose Move to folder….",
    noDocumentsYet: "No documents yet.",
    uploadFirst: "Upload your first document",
    deleteTitle: "Delete document?",
    deleteConfirm: "Delete document",
    deleteBody: "goes to the trash with its topics, folder and text; you can restore it from there.",
  },
  de: {
    sortLabel: (sort: DocumentSort) => SORT_LABELS_DE[sort],
    title: "Dokumente",
    introAdmin: "Die Dokumente aller Benutzer (Administratoren sehen alle), mit den Themen, die docscan darin gefunden hat. Legen Sie Dateien irgendwo ab, um sie hochzuladen.",
    introMember: "Alles, was Sie hochgeladen haben, mit den Themen, die docscan darin gefunden hat. Legen Sie Dateien irgendwo ab, um sie hochzuladen.",
    uploadDocuments: "Dokumente hochladen",
    folderPrefix: "Ordner: ",
    showAll: "Alle Dokumente zeigen",
    searchAndFilter: "Dokumente suchen und filtern",
    searchDocuments: "Dokumente durchsuchen",
    // The syntax is the server's in any language: ASCII quotes, the keyword "or" (any case), "-".
    searchPlaceholder: 'Suchen: Wörter, "Wortfolge", dies OR das, -ohne',
    sort: "Sortierung",
    topic: "Thema",
    allTopics: "Alle Themen",
    status: "Status",
    allStatuses: "Alle Status",
    lowOcrOnly: "Nur mit geringer OCR-Sicherheit",
    addedFrom: "Hinzugefügt ab",
    addedTo: "bis",
    datedFrom: "Datiert ab",
    datedUntil: "bis",
    owner: "Eigentümer",
    everyone: "Alle",
    me: "Ich",
    clear: "Zurücksetzen",
    refreshing: "Wird aktualisiert",
    rankWindow: (window: number, total: string, byDocumentDate: boolean) =>
      `Beste Treffer unter den ${formatNumber(window)} ${byDocumentDate ? "jüngst datierten" : "neuesten"} von ${total} Treffern. Sortieren Sie nach Datum, um durch alle zu blättern.`,
    loading: "Dokumente werden geladen…",
    couldNotLoad: "Dokumente konnten nicht geladen werden",
    noMatchQuery: (q: string, filters: boolean, inFolder: boolean) => `Keine Dokumente passen zu „${q}“${filters ? " mit diesen Filtern" : ""}${inFolder ? " in diesem Ordner" : ""}.`,
    noMatchFilters: (inFolder: boolean) => `Keine Dokumente passen zu diesen Filtern${inFolder ? " in diesem Ordner" : ""}.`,
    emptyFolder: (name: string) => `Keine Dokumente in „${name}“.`,
    emptyFolderHint: "Legen Sie Dateien hier ab, um sie in diesen Ordner hochzuladen, oder wählen Sie unter Alle Dokumente Dokumente aus und dann In Ordner verschieben….",
    noDocumentsYet: "Noch keine Dokumente.",
    uploadFirst: "Ihr erstes Dokument hochladen",
    deleteTitle: "Dokument löschen?",
    deleteConfirm: "Dokument löschen",
    deleteBody: "kommt mit seinen Themen, seinem Ordner und seinem Text in den Papierkorb; dort können Sie es wiederherstellen.",
  },
});

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Where "All documents" on a document page leads back to: the list as it was left (filters, page). */
let lastListUrl: string = ROUTES.documents;
export const documentsListUrl = () => lastListUrl;

/** Users' e-mails by id, for an admin's owner column and filter; members see only their own documents. */
export function useOwnerNames(isAdmin: boolean): Map<string, string> | null {
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin, staleTime: 60_000 });
  return useMemo(() => (isAdmin && users.data ? new Map(users.data.map((u) => [u.id, u.email])) : null), [isAdmin, users.data]);
}

/** The list's state lives in the URL (Back, reload and a pasted link restore it); the cursors of earlier pages in the history entry. */
function useListState() {
  const params = useSearchParams();
  const get = (key: string) => params.get(key) ?? "";
  const perPage = Number(get("per")) || 25;
  const page = Math.max(1, Number(get("page")) || 1);
  /** A filter changed: back to the first page. `replace` while typing, so Back skips every keystroke. */
  const setFilter = (changes: Record<string, string | number | null>, replace = false) => setSearchParams({ ...changes, cursor: null, page: null }, { replace });
  return {
    q: get("q"),
    sort: get("sort") as DocumentSort | "",
    topic: get("topic"),
    correspondent: get("correspondent"),
    status: get("status") as DocumentStatus | "",
    from: get("from"),
    to: get("to"),
    /** The document's own date, from and to (inclusive). */
    dFrom: get("dfrom"),
    dTo: get("dto"),
    /** A custom field, and its range (inclusive): numbers and amounts, or days. */
    field: get("field"),
    fMin: get("fmin"),
    fMax: get("fmax"),
    folder: get("folder") || null,
    owner: get("owner"),
    /** "low": only documents OCR could barely read. */
    ocr: get("ocr"),
    perPage: PER_PAGE_OPTIONS.includes(perPage) ? perPage : 25,
    cursor: get("cursor") || undefined,
    page,
    params,
    setFilter,
    next(cursor: string, current: string | undefined) {
      const before = (window.history.state as { cursors?: (string | null)[] } | null)?.cursors ?? [];
      setSearchParams({ cursor, page: page + 1 }, { state: { cursors: [...before, current ?? null] } });
    },
    previous() {
      const before = (window.history.state as { cursors?: (string | null)[] } | null)?.cursors;
      // A pasted link knows no earlier cursors: Previous then starts over at the first page.
      if (!before || before.length === 0 || page <= 2) setSearchParams({ cursor: null, page: null });
      else setSearchParams({ cursor: before.at(-1), page: page - 1 }, { state: { cursors: before.slice(0, -1) } });
    },
  };
}

export function DocumentsPage() {
  const m = useMessages(messages);
  const list = useListState();
  const { sort, topic, correspondent, status, from, to, dFrom, dTo, field, fMin, fMax, folder, owner, ocr, perPage, params } = list;
  const [search, setSearch] = useState(list.q);
  const [toDelete, setToDelete] = useState<DocumentItem | null>(null);
  // A delete on the document page leads here: its Undo notice shows here (called only on Undo, after render).
  const [notice, setNotice] = useState<Notice | null>(() => takeDeletedNotice((n) => setNotice(n)));
  const id = useId();
  const isAdmin = useIsAdmin();
  const ownerNames = useOwnerNames(isAdmin);

  useEffect(() => {
    lastListUrl = window.location.pathname + window.location.search;
  });
  // `/` focuses the search field from anywhere on the page but another text field.
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target;
      const typing = t instanceof HTMLElement && (t.isContentEditable || t.closest("input, textarea, select") !== null);
      if (e.key !== "/" || typing || e.metaKey || e.ctrlKey || e.altKey) return;
      e.preventDefault();
      searchRef.current?.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  // The search field follows the URL (Back, a link) and writes to it once typing pauses.
  const written = useRef(list.q);
  useEffect(() => {
    if (list.q !== written.current) {
      written.current = list.q;
      setSearch(list.q);
    }
  }, [list.q]);
  const typed = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (typed === written.current) return;
    written.current = typed;
    list.setFilter({ q: typed }, true);
  });
  const q = list.q;
  // "Best match" only means something with a query; without one the list falls back to newest first.
  const effectiveSort = sort === "relevance" && !q ? undefined : sort || undefined;
  const filters = { q: q || undefined, sort: effectiveSort, perPage, topic: topic || undefined, correspondent: correspondent || undefined, status: status || undefined, from, to, dFrom, dTo, field, fMin, fMax, folder, owner, ocr };
  const filterKey = JSON.stringify(filters);
  const pageNumber = list.cursor ? list.page : 1;
  const selection = useSelection(filterKey);
  const setFolder = (f: string | null) => list.setFilter({ folder: f });

  const folders = useFolderTree();
  const currentFolder = folder ? folders.tree.byId.get(folder) : undefined;
  // A folder deleted elsewhere (another tab) no longer filters anything: show all documents again.
  useEffect(() => {
    if (folder && folders.query.isSuccess && !folders.query.isFetching && !currentFolder) list.setFilter({ folder: null }, true);
  });
  const currentPath = currentFolder?.path ?? null;
  // Files dropped anywhere on this page go into the folder it shows.
  useEffect(() => {
    setDropTarget(folder && currentPath ? { folderId: folder, folderPath: currentPath } : null);
    return () => setDropTarget(null);
  }, [folder, currentPath]);

  const topics = useQuery(trpc.topics.list.queryOptions());
  const docs = useQuery({
    ...trpc.documents.list.queryOptions({ ...listInputFromParams(params), cursor: list.cursor }),
    placeholderData: keepPreviousData,
    // Live while anything on screen is still being processed.
    refetchInterval: (query) => (query.state.data?.items.some((d) => BUSY_STATUSES.includes(d.status)) ? 2_000 : false),
  });

  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async (_, { id: deleted }) => {
        setToDelete(null);
        selection.remove([deleted]);
        setNotice(deletedNotice([deleted], setNotice));
        await refreshAfterDocumentsDeleted();
      },
    }),
  );

  const data = docs.data;
  // Deleting the last rows of a later page leaves it empty: step back instead of showing nothing.
  useEffect(() => {
    if (data && data.items.length === 0 && pageNumber > 1 && !docs.isPlaceholderData) list.previous();
  });
  const filtered = Boolean(q || topic || correspondent || status || from || to || dFrom || dTo || field || owner || ocr);
  const clearAll = () => {
    setSearch("");
    written.current = "";
    list.setFilter({ q: null, topic: null, correspondent: null, status: null, from: null, to: null, dfrom: null, dto: null, field: null, fmin: null, fmax: null, owner: null, ocr: null });
  };
  const folderPathOf = (d: DocumentItem) => (folder || !d.folderId ? undefined : folders.tree.byId.get(d.folderId)?.path);

  return (
    <Page
      title={m.title}
      intro={isAdmin ? m.introAdmin : m.introMember}
      actions={
        <Link href={ROUTES.upload} className="btn btn-primary">
          {m.uploadDocuments}
        </Link>
      }
    >
      <div className="documents-layout">
        <div className="documents-side">
          <SavedViewsPanel onNotice={setNotice} />
          <FolderPanel
            tree={folders.tree}
            loading={folders.query.isPending}
            error={folders.query.error}
            onRetry={() => void folders.query.refetch()}
            currentId={folder}
            onSelect={setFolder}
            onNotice={setNotice}
          />
        </div>

        <div className="documents-main">
          <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
          <div className="card">
            {currentFolder && (
              <div className="folder-heading">
                <h2>
                  <span className="visually-hidden">{m.folderPrefix}</span>
                  {currentFolder.path}
                </h2>
                <button type="button" className="btn btn-ghost btn-xs" onClick={() => setFolder(null)}>
                  {m.showAll}
                </button>
              </div>
            )}
            <div className="toolbar" role="search" aria-label={m.searchAndFilter}>
              <div className="inline-field search-field">
                <label htmlFor={`${id}-q`} className="visually-hidden">
                  {m.searchDocuments}
                </label>
                <input
                  id={`${id}-q`}
                  type="search"
                  ref={searchRef}
                  aria-keyshortcuts="/"
                  placeholder={m.searchPlaceholder}
                  value={search}
                  maxLength={LIMITS.searchQueryMax}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => setSearch(e.target.value)}
                />
              </div>
              <div className="inline-field">
                <label htmlFor={`${id}-sort`}>{m.sort}</label>
                <select id={`${id}-sort`} value={effectiveSort ?? (q ? "relevance" : "newest")} onChange={(e) => list.setFilter({ sort: e.target.value })}>
                  {(Object.keys(SORT_LABELS) as DocumentSort[])
                    .filter((s) => s !== "relevance" || q)
                    .map((s) => (
                      <option key={s} value={s}>
                        {m.sortLabel(s)}
                      </option>
                    ))}
                </select>
              </div>
              <div className="inline-field">
                <label htmlFor={`${id}-topic`}>{m.topic}</label>
                <select id={`${id}-topic`} value={topic} onChange={(e) => list.setFilter({ topic: e.target.value })} disabled={!topics.data}>
                  <option value="">{m.allTopics}</option>
                  {topics.data?.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </div>
              <CorrespondentFilter id={`${id}-correspondent`} value={correspondent} onChange={(v) => list.setFilter({ correspondent: v })} />
              <div className="inline-field">
                <label htmlFor={`${id}-status`}>{m.status}</label>
                <select id={`${id}-status`} value={status} onChange={(e) => list.setFilter({ status: e.target.value })}>
                  <option value="">{m.allStatuses}</option>
                  {DOCUMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {statusLabel(s)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="inline-field">
                <label>
                  <input type="checkbox" checked={ocr === "low"} onChange={(e) => list.setFilter({ ocr: e.target.checked ? "low" : null })} /> {m.lowOcrOnly}
                </label>
              </div>
              <div className="inline-field date-field">
                <label htmlFor={`${id}-from`}>{m.addedFrom}</label>
                <input id={`${id}-from`} type="date" value={from} max={to || undefined} onChange={(e) => list.setFilter({ from: e.target.value }, true)} />
              </div>
              <div className="inline-field date-field">
                <label htmlFor={`${id}-to`}>{m.addedTo}</label>
                <input id={`${id}-to`} type="date" value={to} min={from || undefined} onChange={(e) => list.setFilter({ to: e.target.value }, true)} />
              </div>
              <div className="inline-field date-field">
                <label htmlFor={`${id}-dfrom`}>{m.datedFrom}</label>
                <input id={`${id}-dfrom`} type="date" value={dFrom} max={dTo || undefined} onChange={(e) => list.setFilter({ dfrom: e.target.value }, true)} />
              </div>
              <div className="inline-field date-field">
                <label htmlFor={`${id}-dto`}>{m.datedUntil}</label>
                <input id={`${id}-dto`} type="date" value={dTo} min={dFrom || undefined} onChange={(e) => list.setFilter({ dto: e.target.value }, true)} />
              </div>
              <FieldFilter id={`${id}-field`} field={field} min={fMin} max={fMax} onChange={list.setFilter} />
              {ownerNames && (
                <div className="inline-field">
                  <label htmlFor={`${id}-owner`}>{m.owner}</label>
                  <select id={`${id}-owner`} value={owner} onChange={(e) => list.setFilter({ owner: e.target.value })}>
                    <option value="">{m.everyone}</option>
                    <option value="me">{m.me}</option>
                    {[...ownerNames].map(([userId, email]) => (
                      <option key={userId} value={userId}>
                        {email}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {filtered && (
                <button type="button" className="btn btn-ghost btn-sm" onClick={clearAll}>
                  {m.clear}
                </button>
              )}
              {docs.isFetching && !docs.isLoading && <span className="spinner spinner-sm toolbar-end" role="status" aria-label={m.refreshing} />}
            </div>
            {topics.isError && !docs.isError && (
              <div className="toolbar-note">
                <InlineError error={topics.error} />
              </div>
            )}
            {data && data.rankWindow !== null && data.total.value > data.rankWindow && (
              <p className="list-note muted small">{m.rankWindow(data.rankWindow, formatTotal(data.total), Boolean(dFrom || dTo))}</p>
            )}
            {selection.ids.size > 0 && (
              <BulkActions
                ids={[...selection.ids]}
                topics={topics.data ?? []}
                tree={folders.tree}
                currentFolderId={folder}
                onClear={selection.clear}
                onDone={(n, opts) => {
                  setNotice(n);
                  if (opts?.clear) selection.clear();
                }}
              />
            )}

            <QueryState
              query={docs}
              loading={m.loading}
              errorTitle={m.couldNotLoad}
              isEmpty={(page) => page.items.length === 0}
              empty={
                filtered ? (
                  <Empty
                    title={q ? m.noMatchQuery(q, Boolean(topic || status || from || to), Boolean(currentFolder)) : m.noMatchFilters(Boolean(currentFolder))}
                  />
                ) : currentFolder ? (
                  <Empty title={m.emptyFolder(currentFolder.folder.name)}>
                    <p className="muted">{m.emptyFolderHint}</p>
                  </Empty>
                ) : (
                  <Empty title={m.noDocumentsYet}>
                    <Link href={ROUTES.upload} className="btn btn-primary">
                      {m.uploadFirst}
                    </Link>
                  </Empty>
                )
              }
            >
              {(page) => (
                <>
                  <DocumentTable items={page.items} topics={topics.data ?? []} selection={selection} folderPathOf={folderPathOf} ownerNames={ownerNames} onDelete={setToDelete} />
                  <Pagination
                    page={pageNumber}
                    perPage={perPage}
                    shown={page.items.length}
                    total={page.total}
                    hasPrevious={pageNumber > 1}
                    hasNext={Boolean(page.nextCursor) && !docs.isPlaceholderData}
                    onPrevious={list.previous}
                    onNext={() => {
                      if (page.nextCursor) list.next(page.nextCursor, list.cursor);
                    }}
                    onPerPage={(n) => list.setFilter({ per: n === 25 ? null : n })}
                  />
                </>
              )}
            </QueryState>
          </div>
        </div>
      </div>

      <ConfirmDialog
        open={toDelete !== null}
        title={m.deleteTitle}
        confirmLabel={m.deleteConfirm}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setToDelete(null);
          remove.reset();
        }}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          <strong>{toDelete?.filename}</strong> {m.deleteBody}
        </p>
      </ConfirmDialog>
    </Page>
  );
}
