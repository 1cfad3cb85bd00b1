// Saved views on the documents page (ADR 0031): save the list as it is (its URL), open a view, and manage
// one's own — rename, pin to the dashboard, replace its filters with the list's, share (admins), delete.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { VIEW_LIMITS } from "@docscan/shared/views";
import { useIsAdmin } from "../auth.ts";
import { fieldErrors } from "../errors.ts";
import { listInputFromParams, listUrlOf } from "../list-url.ts";
import { useSearchParams } from "../router.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { InlineError } from "./Feedback.tsx";
import { FormDialog } from "./FormDialog.tsx";
import { Link } from "./Link.tsx";
import type { Notice } from "./Notice.tsx";
import { TextField } from "./TextField.tsx";
import "./SavedViews.css";

export type SavedView = RouterOutputs["views"]["list"][number];

export function refreshViews(): Promise<unknown> {
  return queryClient.invalidateQueries(trpc.views.pathFilter());
}

/** A view's link: the list URL its filters stand for (null when they no longer pass today's rules). */
export function viewHref(view: Pick<SavedView, "filters">): string | null {
  return view.filters ? listUrlOf(view.filters) : null;
}

/** The side list of saved views, with "Save view" for the list as it is now. */
export function SavedViewsPanel({ onNotice }: { onNotice: (notice: Notice) => void }) {
  const views = useQuery(trpc.views.list.queryOptions());
  const params = useSearchParams();
  const current = listUrlOf(listInputFromParams(params));
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<SavedView | null>(null);

  return (
    <nav className="card folder-panel views-panel" aria-label="Saved views">
      <div className="folder-panel-head">
        <h2>Views</h2>
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setSaving(true)}>
          + Save view
        </button>
      </div>
      {views.isError && <InlineError error={views.error} />}
      {views.data && views.data.length === 0 && <p className="muted small folder-note">Filter the list, then Save view to come back to it in one click.</p>}
      {views.data && views.data.length > 0 && (
        <ul className="folder-tree views-list">
          {views.data.map((v) => {
            const href = viewHref(v);
            return (
              <li key={v.id} className="view-row">
                {href ? (
                  <Link href={href} className="folder-item view-link" aria-current={href === current ? "true" : undefined} title={v.mine ? v.name : `${v.name} — shared by ${v.ownerEmail}`}>
                    <span className="folder-name">{v.name}</span>
                    {v.shared && <span className="view-tag">shared</span>}
                  </Link>
                ) : (
                  <span className="folder-item muted" title="Its filters are no longer valid: save the view again">
                    <span className="folder-name">{v.name}</span>
                  </span>
                )}
                {v.mine && (
                  <button type="button" className="btn btn-ghost btn-xs view-edit" aria-label={`Edit view ${v.name}`} title="Rename, pin, share or delete" onClick={() => setEditing(v)}>
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                      <path d="M3 8h.01M8 8h.01M13 8h.01" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
                    </svg>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {saving && <SaveViewDialog onClose={() => setSaving(false)} onNotice={onNotice} />}
      {editing && <EditViewDialog key={editing.id} view={editing} onClose={() => setEditing(null)} onNotice={onNotice} />}
    </nav>
  );
}

/** Names the list as the URL has it now and saves it, pinned to the dashboard. */
function SaveViewDialog({ onClose, onNotice }: { onClose: () => void; onNotice: (notice: Notice) => void }) {
  const params = useSearchParams();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.views.create.mutationOptions({
      onSuccess: async (view) => {
        onClose();
        onNotice({ kind: "ok", text: `Saved the view “${view.name}”: it is on your dashboard.` });
        await refreshViews();
      },
    }),
  );
  const errors = fieldErrors(create.error);
  return (
    <FormDialog
      open
      title="Save this list as a view"
      submitLabel="Save view"
      busy={create.isPending}
      error={errors.name ? null : create.error}
      onCancel={onClose}
      onSubmit={() => create.mutate({ name, filters: listInputFromParams(params), pinned: true })}
    >
      <TextField label="Name" value={name} onChange={setName} error={errors.name} maxLength={VIEW_LIMITS.nameMax} autoFocus hint="Its search, filters, sort and page size, as the list shows them now." />
    </FormDialog>
  );
}

function EditViewDialog({ view, onClose, onNotice }: { view: SavedView; onClose: () => void; onNotice: (notice: Notice) => void }) {
  const isAdmin = useIsAdmin();
  const params = useSearchParams();
  const [name, setName] = useState(view.name);
  const [pinned, setPinned] = useState(view.pinned);
  const [shared, setShared] = useState(view.shared);
  const [useCurrent, setUseCurrent] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const currentFilters = listInputFromParams(params);
  const differs = viewHref(view) !== listUrlOf(currentFilters);

  const rename = useMutation(trpc.views.rename.mutationOptions());
  const update = useMutation(trpc.views.update.mutationOptions());
  const share = useMutation(trpc.views.share.mutationOptions());
  const save = useMutation({
    mutationFn: async () => {
      // One call per kind of change, so each is its own audit entry (renamed, changed, shared).
      if (name.trim() !== view.name) await rename.mutateAsync({ id: view.id, name });
      if (pinned !== view.pinned || useCurrent) await update.mutateAsync({ id: view.id, pinned, ...(useCurrent ? { filters: currentFilters } : {}) });
      if (shared !== view.shared) await share.mutateAsync({ id: view.id, shared });
    },
    onSuccess: () => {
      onClose();
      onNotice({ kind: "ok", text: `Saved the view “${name.trim()}”.` });
    },
    onSettled: () => refreshViews(),
  });
  const remove = useMutation(
    trpc.views.delete.mutationOptions({
      onSuccess: async () => {
        onClose();
        onNotice({ kind: "ok", text: `Deleted the view “${view.name}”.` });
        await refreshViews();
      },
    }),
  );
  const errors = fieldErrors(save.error);

  if (confirmDelete) {
    return (
      <ConfirmDialog
        open
        title={`Delete view “${view.name}”?`}
        confirmLabel="Delete view"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={onClose}
        onConfirm={() => remove.mutate({ id: view.id })}
      >
        <p>The documents stay as they are; only the saved filters go{view.shared ? ", for everyone it was shared with" : ""}.</p>
      </ConfirmDialog>
    );
  }
  return (
    <FormDialog open title={`View “${view.name}”`} submitLabel="Save" busy={save.isPending} error={errors.name ? null : save.error} onCancel={onClose} onSubmit={() => save.mutate()}>
      <TextField label="Name" value={name} onChange={setName} error={errors.name} maxLength={VIEW_LIMITS.nameMax} autoFocus />
      <label className="check">
        <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Show on the dashboard
      </label>
      {differs && (
        <label className="check">
          <input type="checkbox" checked={useCurrent} onChange={(e) => setUseCurrent(e.target.checked)} /> Replace its filters with the list’s current ones
        </label>
      )}
      {isAdmin && (
        <label className="check">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with all users (they can open it, not change it)
        </label>
      )}
      <div>
        <button type="button" className="btn btn-danger-ghost btn-sm" onClick={() => setConfirmDelete(true)}>
          Delete view…
        </button>
      </div>
    </FormDialog>
  );
}
