import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, type AuditAction, type AuditObjectType } from "@docscan/shared/audit";
import { useIsAdmin } from "../auth.ts";
import { ACTION_LABELS, actorLabel, changeSummary, OBJECT_LABELS } from "../audit-labels.ts";
import { DataTable } from "../components/DataTable.tsx";
import { Empty } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { formatDateTime } from "../format.ts";
import { documentPath, setSearchParams, useSearchParams } from "../router.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";
import "./audit.css";

const messages = defineMessages({
  en: {
    title: "Audit log",
    introAdmin: "Who did what, and when: uploads, downloads, deletions, topic and settings changes, accounts, tokens and sign-ins. Entries cannot be changed.",
    introMember: "What you did, and when: uploads, downloads, deletions, topics, notes, folders, tokens and sign-ins. Entries cannot be changed.",
    exportCsv: "Export CSV",
    filter: "Filter the audit log",
    user: "User",
    everyone: "Everyone",
    action: "Action",
    allActions: "All actions",
    object: "Object",
    any: "Any",
    objectId: "Object id",
    objectIdExample: "e.g. a document's id",
    from: "From",
    to: "to",
    clear: "Clear",
    refreshing: "Refreshing",
    loading: "Loading the audit log…",
    couldNotLoad: "Could not load the audit log",
    noMatches: "No entries match these filters.",
    nothingYet: "Nothing recorded yet.",
    when: "When",
    who: "Who",
    change: "Change",
    address: "Address",
    loadingMore: "Loading…",
    older: "Show older entries",
  },
  de: {
    title: "Protokoll",
    introAdmin: "Wer wann was getan hat: Hochladen, Herunterladen, Löschen, Änderungen an Themen und Einstellungen, Konten, Token und Anmeldungen. Einträge lassen sich nicht ändern.",
    introMember: "Was Sie wann getan haben: Hochladen, Herunterladen, Löschen, Themen, Notizen, Ordner, Token und Anmeldungen. Einträge lassen sich nicht ändern.",
    exportCsv: "Als CSV exportieren",
    filter: "Protokoll filtern",
    user: "Benutzer",
    everyone: "Alle",
    action: "Aktion",
    allActions: "Alle Aktionen",
    object: "Objekt",
    any: "Alle",
    objectId: "Objekt-ID",
    objectIdExample: "z. B. die ID eines Dokuments",
    from: "Von",
    to: "bis",
    clear: "Zurücksetzen",
    refreshing: "Wird aktualisiert",
    loading: "Protokoll wird geladen…",
    couldNotLoad: "Protokoll konnte nicht geladen werden",
    noMatches: "Keine Einträge passen zu diesen Filtern.",
    nothingYet: "Noch nichts protokolliert.",
    when: "Wann",
    who: "Wer",
    change: "Änderung",
    address: "Adresse",
    loadingMore: "Wird geladen…",
    older: "Ältere Einträge anzeigen",
  },
});

const PAGE_SIZE = 50;

/** A `YYYY-MM-DD` of a date field as the start of that day here; `nextDay` the start of the day after (an inclusive "to"). */
function dayStart(day: string, nextDay = false): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T00:00:00`);
  if (nextDay) d.setDate(d.getDate() + 1);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The audit log (ADR 0024): who did what, when; filters live in the URL, the CSV export takes the same ones. */
export function AuditPage() {
  const m = useMessages(messages);
  const id = useId();
  const params = useSearchParams();
  const user = params.get("user") ?? "";
  const action = params.get("action") ?? "";
  const object = params.get("object") ?? "";
  const objectId = params.get("objectId") ?? "";
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const filters = {
    userId: user || undefined,
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : undefined,
    objectType: (AUDIT_OBJECT_TYPES as readonly string[]).includes(object) ? (object as AuditObjectType) : undefined,
    objectId: objectId.trim() || undefined,
    from: dayStart(from),
    to: dayStart(to, true),
  };
  // Members read their own entries only (the api narrows them): no one else to pick.
  const isAdmin = useIsAdmin();
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin });
  const entries = useInfiniteQuery(trpc.audit.list.infiniteQueryOptions({ ...filters, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }));
  const setFilter = (changes: Record<string, string | null>, replace = false) => setSearchParams(changes, { replace });
  const filtered = Boolean(user || action || object || objectId || from || to);

  const csv = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined) csv.set(key, value instanceof Date ? value.toISOString() : value);
  }

  return (
    <Page
      title={m.title}
      intro={isAdmin ? m.introAdmin : m.introMember}
      actions={
        <a className="btn btn-secondary" href={`/api/audit/export?${csv.toString()}`} download data-testid="audit-export">
          {m.exportCsv}
        </a>
      }
    >
      <div className="card">
        <div className="toolbar audit-filters" role="search" aria-label={m.filter}>
          {isAdmin && (
            <div className="inline-field">
              <label htmlFor={`${id}-user`}>{m.user}</label>
              <select id={`${id}-user`} value={user} onChange={(e) => setFilter({ user: e.target.value })}>
                <option value="">{m.everyone}</option>
                {users.data?.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.email}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="inline-field">
            <label htmlFor={`${id}-action`}>{m.action}</label>
            <select id={`${id}-action`} value={action} onChange={(e) => setFilter({ action: e.target.value })}>
              <option value="">{m.allActions}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTION_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-object`}>{m.object}</label>
            <select id={`${id}-object`} value={object} onChange={(e) => setFilter({ object: e.target.value })}>
              <option value="">{m.any}</option>
              {AUDIT_OBJECT_TYPES.map((o) => (
                <option key={o} value={o}>
                  {OBJECT_LABELS[o]}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-object-id`}>{m.objectId}</label>
            <input id={`${id}-object-id`} type="search" value={objectId} maxLength={200} placeholder={m.objectIdExample} spellCheck={false} onChange={(e) => setFilter({ objectId: e.target.value }, true)} />
          </div>
          <div className="inline-field date-field">
            <label htmlFor={`${id}-from`}>{m.from}</label>
            <input id={`${id}-from`} type="date" value={from} max={to || undefined} onChange={(e) => setFilter({ from: e.target.value }, true)} />
          </div>
          <div className="inline-field date-field">
            <label htmlFor={`${id}-to`}>{m.to}</label>
            <input id={`${id}-to`} type="date" value={to} min={from || undefined} onChange={(e) => setFilter({ to: e.target.value }, true)} />
          </div>
          {filtered && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setFilter({ user: null, action: null, object: null, objectId: null, from: null, to: null })}>
              {m.clear}
            </button>
          )}
          {entries.isFetching && !entries.isLoading && <span className="spinner spinner-sm toolbar-end" role="status" aria-label={m.refreshing} />}
        </div>
        <QueryState
          query={entries}
          loading={m.loading}
          errorTitle={m.couldNotLoad}
          isEmpty={(data) => data.pages[0]!.items.length === 0}
          empty={<Empty title={filtered ? m.noMatches : m.nothingYet} />}
        >
          {(data) => (
            <>
              <DataTable className="audit-table" columns={[m.when, m.who, m.action, m.object, m.change, m.address]}>
                {data.pages
                  .flatMap((p) => p.items)
                  .map((e) => (
                    <tr key={e.id} data-audit-id={e.id} data-action={e.action}>
                      <td className="audit-when">
                        <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                      </td>
                      <td className="audit-who">{actorLabel(e)}</td>
                      <td>{ACTION_LABELS[e.action]}</td>
                      <td className="audit-object">
                        <span className="muted small">{OBJECT_LABELS[e.objectType]}</span>{" "}
                        {e.objectType === "document" && e.objectId && e.action !== "document.delete_permanent" ? (
                          <Link href={documentPath(e.objectId)} className="file-link">
                            {e.objectLabel ?? e.objectId}
                          </Link>
                        ) : (
                          <span title={e.objectId ?? undefined}>{e.objectLabel ?? e.objectId ?? ""}</span>
                        )}
                      </td>
                      <td className="audit-change small">{changeSummary(e)}</td>
                      <td className="small muted">{e.ip}</td>
                    </tr>
                  ))}
              </DataTable>
              {entries.hasNextPage && (
                <div className="audit-more">
                  <button type="button" className="btn btn-secondary btn-sm" disabled={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>
                    {entries.isFetchingNextPage ? m.loadingMore : m.older}
                  </button>
                </div>
              )}
            </>
          )}
        </QueryState>
      </div>
    </Page>
  );
}
