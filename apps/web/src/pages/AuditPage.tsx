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
import { trpc } from "../trpc.ts";
import "./audit.css";

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
      title="Audit log"
      intro={
        isAdmin
          ? "Who did what, and when: uploads, downloads, deletions, topic and settings changes, accounts, tokens and sign-ins. Entries cannot be changed."
          : "What you did, and when: uploads, downloads, deletions, topics, notes, folders, tokens and sign-ins. Entries cannot be changed."
      }
      actions={
        <a className="btn btn-secondary" href={`/api/audit/export?${csv.toString()}`} download data-testid="audit-export">
          Export CSV
        </a>
      }
    >
      <div className="card">
        <div className="toolbar audit-filters" role="search" aria-label="Filter the audit log">
          {isAdmin && (
            <div className="inline-field">
              <label htmlFor={`${id}-user`}>User</label>
              <select id={`${id}-user`} value={user} onChange={(e) => setFilter({ user: e.target.value })}>
                <option value="">Everyone</option>
                {users.data?.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.email}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="inline-field">
            <label htmlFor={`${id}-action`}>Action</label>
            <select id={`${id}-action`} value={action} onChange={(e) => setFilter({ action: e.target.value })}>
              <option value="">All actions</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTION_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-object`}>Object</label>
            <select id={`${id}-object`} value={object} onChange={(e) => setFilter({ object: e.target.value })}>
              <option value="">Any</option>
              {AUDIT_OBJECT_TYPES.map((o) => (
                <option key={o} value={o}>
                  {OBJECT_LABELS[o]}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-object-id`}>Object id</label>
            <input id={`${id}-object-id`} type="search" value={objectId} maxLength={200} placeholder="e.g. a document's id" spellCheck={false} onChange={(e) => setFilter({ objectId: e.target.value }, true)} />
          </div>
          <div className="inline-field date-field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" value={from} max={to || undefined} onChange={(e) => setFilter({ from: e.target.value }, true)} />
          </div>
          <div className="inline-field date-field">
            <label htmlFor={`${id}-to`}>to</label>
            <input id={`${id}-to`} type="date" value={to} min={from || undefined} onChange={(e) => setFilter({ to: e.target.value }, true)} />
          </div>
          {filtered && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setFilter({ user: null, action: null, object: null, objectId: null, from: null, to: null })}>
              Clear
            </button>
          )}
          {entries.isFetching && !entries.isLoading && <span className="spinner spinner-sm toolbar-end" role="status" aria-label="Refreshing" />}
        </div>
        <QueryState
          query={entries}
          loading="Loading the audit log…"
          errorTitle="Could not load the audit log"
          isEmpty={(data) => data.pages[0]!.items.length === 0}
          empty={<Empty title={filtered ? "No entries match these filters." : "Nothing recorded yet."} />}
        >
          {(data) => (
            <>
              <DataTable className="audit-table" columns={["When", "Who", "Action", "Object", "Change", "Address"]}>
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
                    {entries.isFetchingNextPage ? "Loading…" : "Show older entries"}
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
