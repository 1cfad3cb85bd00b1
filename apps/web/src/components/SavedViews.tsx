// Saved views on the documents page (ADR 0031): save the list as it is (its URL), open a view, and manage
// one's own — rename, pin to the dashboard, replace its filters with the list's, share (admins), delete.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { VIEW_LIMITS } from "@docscan/shared/views";
import { useIsAdmin } from "../auth.ts";
import { fieldErrors } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";
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

const messages = defineMessages({
  en: {
    savedViews: "Saved views",
    views: "Views",
    saveViewButton: "+ Save view",
    none: "Filter the list, then Save view to come back to it in one click.",
    sharedBy: (name: string, email: string) => `${name} — shared by ${email}`,
    shared: "shared",
    invalid: "Its filters are no longer valid: save the view again",
    editView: (name: string) => `Edit view ${name}`,
    editTitle: "Rename, pin, share or delete",
    savedNew: (name: string) => `Saved the view “${name}”: it is on your dashboard.`,
    saveTitle: "Save this list as a view",
    saveView: "Save view",
    name: "Name",
    nameHint: "Its search, filters, sort and page size, as the list shows them now.",
    saved: (name: string) => `Saved the view “${name}”.`,
    deleted: (name: string) => `Deleted the view “${name}”.`,
    deleteTitle: (name: string) => `Delete view “${name}”?`,
    deleteConfirm: "Delete view",
    deleteBody: (shared: boolean) => `The documents stay as they are; only the saved filters go${shared ? ", for everyone it was shared with" : ""}.`,
    viewTitle: (name: string) => `View “${name}”`,
    save: "Save",
    pin: "Show on the dashboard",
    replaceFilters: "Replace its filters with the list’s current ones",
    share: "Share with all users (they can open it, not change it)",
    deleteView: "Delete view…",
  },
  de: {
    savedViews: "Gespeicherte Ansichten",
    views: "Ansichten",
    saveViewButton: "+ Speichern",
    none: "Filtern Sie die Liste und speichern Sie sie dann als Ansicht, um mit einem Klick zu ihr zurückzukehren.",
    sharedBy: (name: string, email: string) => `${name} — geteilt von ${email}`,
    shared: "geteilt",
    invalid: "Ihre Filter sind nicht mehr gültig: Speichern Sie die Ansicht erneut",
    editView: (name: string) => `Ansicht ${name} bearbeiten`,
    editTitle: "Umbenennen, anheften, teilen oder löschen",
    savedNew: (name: string) => `Ansicht „${name}“ gespeichert: Sie steht auf Ihrer Übersicht.`,
    saveTitle: "Diese Liste als Ansicht speichern",
    saveView: "Ansicht speichern",
    name: "Name",
    nameHint: "Ihre Suche, Filter, Sortierung und Seitengröße, so wie die Liste sie jetzt zeigt.",
    saved: (name: string) => `Ansicht „${name}“ gespeichert.`,
    deleted: (name: string) => `Ansicht „${name}“ gelöscht.`,
    deleteTitle: (name: string) => `Ansicht „${name}“ löschen?`,
    deleteConfirm: "Ansicht löschen",
    deleteBody: (shared: boolean) => `Die Dokumente bleiben, wie sie sind; nur die gespeicherten Filter gehen${shared ? ", für alle, mit denen die Ansicht geteilt war" : ""}.`,
    viewTitle: (name: string) => `Ansicht „${name}“`,
    save: "Speichern",
    pin: "Auf der Übersicht zeigen",
    replaceFilters: "Ihre Filter durch die aktuellen der Liste ersetzen",
    share: "Mit allen Benutzern teilen (sie können sie öffnen, nicht ändern)",
    deleteView: "Ansicht löschen…",
  },
});

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
  const m = useMessages(messages);
  const views = useQuery(trpc.views.list.queryOptions());
  const params = useSearchParams();
  const current = listUrlOf(listInputFromParams(params));
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<SavedView | null>(null);

  return (
    <nav className="card folder-panel views-panel" aria-label={m.savedViews}>
      <div className="folder-panel-head">
        <h2>{m.views}</h2>
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setSaving(true)}>
          {m.saveViewButton}
        </button>
      </div>
      {views.isError && <InlineError error={views.error} />}
      {views.data && views.data.length === 0 && <p className="muted small folder-note">{m.none}</p>}
      {views.data && views.data.length > 0 && (
        <ul className="folder-tree views-list">
          {views.data.map((v) => {
            const href = viewHref(v);
            return (
              <li key={v.id} className="view-row">
                {href ? (
                  <Link href={href} className="folder-item view-link" aria-current={href === current ? "true" : undefined} title={v.mine ? v.name : m.sharedBy(v.name, v.ownerEmail)}>
                    <span className="folder-name">{v.name}</span>
                    {v.shared && <span className="view-tag">{m.shared}</span>}
                  </Link>
                ) : (
                  <span className="folder-item muted" title={m.invalid}>
                    <span className="folder-name">{v.name}</span>
                  </span>
                )}
                {v.mine && (
                  <button type="button" className="btn btn-ghost btn-xs view-edit" aria-label={m.editView(v.name)} title={m.editTitle} onClick={() => setEditing(v)}>
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
  const m = useMessages(messages);
  const params = useSearchParams();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.views.create.mutationOptions({
      onSuccess: async (view) => {
        onClose();
        onNotice({ kind: "ok", text: m.savedNew(view.name) });
        await refreshViews();
      },
    }),
  );
  const errors = fieldErrors(create.error);
  return (
    <FormDialog
      open
      title={m.saveTitle}
      submitLabel={m.saveView}
      busy={create.isPending}
      error={errors.name ? null : create.error}
      onCancel={onClose}
      onSubmit={() => create.mutate({ name, filters: listInputFromParams(params), pinned: true })}
    >
      <TextField label={m.name} value={name} onChange={setName} error={errors.name} maxLength={VIEW_LIMITS.nameMax} autoFocus hint={m.nameHint} />
    </FormDialog>
  );
}

function EditViewDialog({ view, onClose, onNotice }: { view: SavedView; onClose: () => void; onNotice: (notice: Notice) => void }) {
  const m = useMessages(messages);
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
      onNotice({ kind: "ok", text: m.saved(name.trim()) });
    },
    onSettled: () => refreshViews(),
  });
  const remove = useMutation(
    trpc.views.delete.mutationOptions({
      onSuccess: async () => {
        onClose();
        onNotice({ kind: "ok", text: m.deleted(view.name) });
        await refreshViews();
      },
    }),
  );
  const errors = fieldErrors(save.error);

  if (confirmDelete) {
    return (
      <ConfirmDialog
        open
        title={m.deleteTitle(view.name)}
        confirmLabel={m.deleteConfirm}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={onClose}
        onConfirm={() => remove.mutate({ id: view.id })}
      >
        <p>{m.deleteBody(view.shared)}</p>
      </ConfirmDialog>
    );
  }
  return (
    <FormDialog open title={m.viewTitle(view.name)} submitLabel={m.save} busy={save.isPending} error={errors.name ? null : save.error} onCancel={onClose} onSubmit={() => save.mutate()}>
      <TextField label={m.name} value={name} onChange={setName} error={errors.name} maxLength={VIEW_LIMITS.nameMax} autoFocus />
      <label className="check">
        <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> {m.pin}
      </label>
      {differs && (
        <label className="check">
          <input type="checkbox" checked={useCurrent} onChange={(e) => setUseCurrent(e.target.checked)} /> {m.replaceFilters}
        </label>
      )}
      {isAdmin && (
        <label className="check">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> {m.share}
        </label>
      )}
      <div>
        <button type="button" className="btn btn-danger-ghost btn-sm" onClick={() => setConfirmDelete(true)}>
          {m.deleteView}
        </button>
      </div>
    </FormDialog>
  );
}
