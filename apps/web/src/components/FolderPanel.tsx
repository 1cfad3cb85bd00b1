import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "@docscan/shared";
import { fieldErrors } from "../errors.ts";
import { subtree, type FolderNode, type FolderTree } from "../folder-tree.ts";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { ErrorBox, InlineError } from "./Feedback.tsx";
import type { Notice } from "./Notice.tsx";

const messages = defineMessages({
  en: {
    deleted: (name: string, unfiled: number) => `Deleted folder “${name}”${unfiled > 0 ? `; ${unfiled === 1 ? "1 document" : `${unfiled} documents`} no longer filed` : ""}.`,
    folders: "Folders",
    newFolder: "+ New folder",
    allDocuments: "All documents",
    loading: "Loading folders…",
    couldNotLoad: "Could not load folders",
    none: "No folders yet. Folders are yours alone.",
    folder: (name: string) => `Folder ${name}`,
    depthMax: (max: number) => `Folders nest at most ${max} levels deep`,
    subfolder: "+ Subfolder",
    rename: "Rename",
    delete: "Delete",
    deleteTitle: (name: string) => `Delete folder “${name}”?`,
    deleteConfirm: "Delete folder",
    subfoldersGo: (n: number) => (n === 1 ? "Its subfolder goes too. " : `Its ${n} subfolders go too. `),
    unfiledDocuments: (n: number) => (n === 1 ? "1 document" : `${n} documents`),
    /** After unfiledDocuments(n), in bold. */
    willBeUnfiled: (_n: number) => " in it will be unfiled: they stay in All documents, in no folder.",
    noneFiled: "No documents are filed in it.",
    collapse: (name: string) => `Collapse ${name}`,
    expand: (name: string) => `Expand ${name}`,
    /** After the count of a folder's documents, for screen readers. */
    documentsWord: (n: number): string => (n === 1 ? "document" : "documents"),
    subfoldersOf: (name: string) => `Subfolders of ${name}`,
    renameFolder: (name: string) => `Rename “${name}”`,
    newFolderIn: (name: string) => `New folder in “${name}”`,
    newFolderLabel: "New folder",
    cancel: "Cancel",
    saving: "Saving…",
    create: "Create",
  },
  de: {
    deleted: (name: string, unfiled: number) =>
      `Ordner „${name}“ gelöscht${unfiled > 0 ? `; ${unfiled === 1 ? "1 Dokument ist" : `${formatNumber(unfiled)} Dokumente sind`} in keinem Ordner mehr` : ""}.`,
    folders: "Ordner",
    newFolder: "+ Neuer Ordner",
    allDocuments: "Alle Dokumente",
    loading: "Ordner werden geladen…",
    couldNotLoad: "Ordner konnten nicht geladen werden",
    none: "Noch keine Ordner. Ordner gehören nur Ihnen.",
    folder: (name: string) => `Ordner ${name}`,
    depthMax: (max: number) => `Ordner lassen sich höchstens ${max} Ebenen tief verschachteln`,
    subfolder: "+ Unterordner",
    rename: "Umbenennen",
    delete: "Löschen",
    deleteTitle: (name: string) => `Ordner „${name}“ löschen?`,
    deleteConfirm: "Ordner löschen",
    subfoldersGo: (n: number) => (n === 1 ? "Sein Unterordner wird ebenfalls gelöscht. " : `Seine ${formatNumber(n)} Unterordner werden ebenfalls gelöscht. `),
    unfiledDocuments: (n: number) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`),
    willBeUnfiled: (n: number) =>
      n === 1 ? " darin verliert seinen Ordner: Es bleibt unter Alle Dokumente, in keinem Ordner." : " darin verlieren ihren Ordner: Sie bleiben unter Alle Dokumente, in keinem Ordner.",
    noneFiled: "Darin liegen keine Dokumente.",
    collapse: (name: string) => `${name} zuklappen`,
    expand: (name: string) => `${name} aufklappen`,
    documentsWord: (n: number) => (n === 1 ? "Dokument" : "Dokumente"),
    subfoldersOf: (name: string) => `Unterordner von ${name}`,
    renameFolder: (name: string) => `„${name}“ umbenennen`,
    newFolderIn: (name: string) => `Neuer Ordner in „${name}“`,
    newFolderLabel: "Neuer Ordner",
    cancel: "Abbrechen",
    saving: "Wird gespeichert…",
    create: "Anlegen",
  },
});

type Editing = { mode: "create"; parent: FolderNode | null } | { mode: "rename"; node: FolderNode } | null;

interface Props {
  tree: FolderTree;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The folder the list shows; null for all documents. */
  currentId: string | null;
  onSelect: (id: string | null) => void;
  onNotice: (notice: Notice) => void;
}

function formKey(editing: NonNullable<Editing>): string {
  return editing.mode === "rename" ? `rename-${editing.node.folder.id}` : `create-${editing.parent?.folder.id ?? "top"}`;
}

function invalidateFolders() {
  return Promise.all([queryClient.invalidateQueries(trpc.folders.pathFilter()), queryClient.invalidateQueries(trpc.documents.pathFilter())]);
}

/** The caller's folder tree: filter the list by folder; create, rename and delete folders. */
export function FolderPanel({ tree, loading, error, onRetry, currentId, onSelect, onNotice }: Props) {
  const m = useMessages(messages);
  const [editing, setEditing] = useState<Editing>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [toDelete, setToDelete] = useState<FolderNode | null>(null);
  const current = currentId ? (tree.byId.get(currentId) ?? null) : null;

  const remove = useMutation(
    trpc.folders.delete.mutationOptions({
      onSuccess: async ({ unfiledDocuments }, { id }) => {
        const gone = toDelete;
        setToDelete(null);
        if (currentId && gone && subtree(gone).some((n) => n.folder.id === currentId)) onSelect(null);
        onNotice({ kind: "ok", text: m.deleted(gone?.folder.name ?? id, unfiledDocuments) });
        await invalidateFolders();
      },
    }),
  );

  function select(id: string | null) {
    setEditing(null);
    onSelect(id);
  }

  /** A new folder opens at once; its parent unfolds to show it. */
  function created(id: string) {
    const parentId = editing?.mode === "create" ? editing.parent?.folder.id : undefined;
    if (parentId) setCollapsed((prev) => new Set([...prev].filter((x) => x !== parentId)));
    select(id);
  }

  function toggleCollapsed(id: string) {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  const deleting = toDelete ? subtree(toDelete) : [];
  const unfiled = deleting.reduce((sum, n) => sum + n.folder.documentCount, 0);
  const subfolders = deleting.length - 1;

  return (
    <nav className="card folder-panel" aria-label={m.folders}>
      <div className="folder-panel-head">
        <h2>{m.folders}</h2>
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEditing({ mode: "create", parent: null })}>
          {m.newFolder}
        </button>
      </div>

      {editing?.mode === "create" && editing.parent === null && <FolderForm key={formKey(editing)} editing={editing} onClose={() => setEditing(null)} onCreated={created} />}

      <ul className="folder-tree">
        <li>
          <button type="button" className="folder-item" aria-current={currentId === null ? "true" : undefined} onClick={() => select(null)}>
            <FolderIcon open={currentId === null} />
            <span className="folder-name">{m.allDocuments}</span>
          </button>
        </li>
        {tree.roots.map((node) => (
          <FolderBranch key={node.folder.id} node={node} currentId={currentId} collapsed={collapsed} onToggle={toggleCollapsed} onSelect={select} />
        ))}
      </ul>

      {loading && <p className="muted small folder-note">{m.loading}</p>}
      {Boolean(error) && <ErrorBox error={error} title={m.couldNotLoad} onRetry={onRetry} />}
      {!loading && !error && tree.roots.length === 0 && <p className="muted small folder-note">{m.none}</p>}

      {current && (
        <div className="folder-actions" aria-label={m.folder(current.folder.name)} role="group">
          {editing && (editing.mode === "rename" || editing.parent) ? (
            <FolderForm key={formKey(editing)} editing={editing} onClose={() => setEditing(null)} onCreated={created} />
          ) : (
            <div className="folder-action-buttons">
              <button
                type="button"
                className="btn btn-ghost btn-xs"
                disabled={current.depth >= LIMITS.folderDepthMax}
                title={current.depth >= LIMITS.folderDepthMax ? m.depthMax(LIMITS.folderDepthMax) : undefined}
                onClick={() => setEditing({ mode: "create", parent: current })}
              >
                {m.subfolder}
              </button>
              <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEditing({ mode: "rename", node: current })}>
                {m.rename}
              </button>
              <button
                type="button"
                className="btn btn-danger-ghost btn-xs"
                onClick={() => {
                  remove.reset();
                  setToDelete(current);
                }}
              >
                {m.delete}
              </button>
            </div>
          )}
        </div>
      )}

      <ConfirmDialog
        open={toDelete !== null}
        title={m.deleteTitle(toDelete?.folder.name ?? "")}
        confirmLabel={m.deleteConfirm}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.folder.id })}
      >
        <p>
          {subfolders > 0 && m.subfoldersGo(subfolders)}
          {unfiled > 0 ? (
            <>
              <strong>{m.unfiledDocuments(unfiled)}</strong>
              {m.willBeUnfiled(unfiled)}
            </>
          ) : (
            <>{m.noneFiled}</>
          )}
        </p>
      </ConfirmDialog>
    </nav>
  );
}

interface BranchProps {
  node: FolderNode;
  currentId: string | null;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
}

function FolderBranch({ node, currentId, collapsed, onToggle, onSelect }: BranchProps) {
  const m = useMessages(messages);
  const { folder, children } = node;
  const open = !collapsed.has(folder.id);
  const groupId = useId();
  return (
    <li>
      <div className="folder-row" style={{ paddingLeft: `${(node.depth - 1) * 14}px` }}>
        {children.length > 0 ? (
          <button
            type="button"
            className="folder-toggle"
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={open ? m.collapse(folder.name) : m.expand(folder.name)}
            onClick={() => onToggle(folder.id)}
          >
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" className={open ? "chevron-open" : undefined}>
              <path d="m6 4 4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
        ) : (
          <span className="folder-toggle-space" aria-hidden="true" />
        )}
        <button
          type="button"
          className="folder-item"
          aria-current={currentId === folder.id ? "true" : undefined}
          onClick={() => onSelect(folder.id)}
          title={node.path}
          data-folder-id={folder.id}
        >
          <FolderIcon open={currentId === folder.id} />
          <span className="folder-name">{folder.name}</span>
          {folder.documentCount > 0 && (
            <span className="folder-count">
              <span className="visually-hidden">, </span>
              {formatNumber(folder.documentCount)}
              <span className="visually-hidden"> {m.documentsWord(folder.documentCount)}</span>
            </span>
          )}
        </button>
      </div>
      {children.length > 0 && open && (
        <ul id={groupId} className="folder-tree" aria-label={m.subfoldersOf(folder.name)}>
          {children.map((c) => (
            <FolderBranch key={c.folder.id} node={c} currentId={currentId} collapsed={collapsed} onToggle={onToggle} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

function FolderForm({ editing, onClose, onCreated }: { editing: NonNullable<Editing>; onClose: () => void; onCreated: (id: string) => void }) {
  const m = useMessages(messages);
  const inputId = useId();
  const [name, setName] = useState(editing.mode === "rename" ? editing.node.folder.name : "");
  const create = useMutation(
    trpc.folders.create.mutationOptions({
      onSuccess: async (folder) => {
        // Refresh first, so that the new folder is in the tree when it opens.
        await invalidateFolders();
        onCreated(folder.id);
      },
    }),
  );
  const rename = useMutation(
    trpc.folders.rename.mutationOptions({
      onSuccess: async () => {
        onClose();
        await invalidateFolders();
      },
    }),
  );
  const save = editing.mode === "create" ? create : rename;
  const nameError = fieldErrors(save.error).name;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (editing.mode === "create") create.mutate({ name, parentId: editing.parent?.folder.id ?? null });
    else rename.mutate({ id: editing.node.folder.id, name });
  }

  const label = editing.mode === "rename" ? m.renameFolder(editing.node.folder.name) : editing.parent ? m.newFolderIn(editing.parent.folder.name) : m.newFolderLabel;
  return (
    <form className="folder-form" onSubmit={submit} aria-label={label}>
      <label htmlFor={inputId} className="small">
        {label}
      </label>
      <input
        id={inputId}
        value={name}
        maxLength={LIMITS.folderNameMax}
        autoFocus
        autoComplete="off"
        aria-invalid={save.isError || undefined}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
        }}
      />
      {nameError ? <p className="inline-error small">{nameError}</p> : <InlineError error={save.error} />}
      <div className="folder-form-actions">
        <button type="button" className="btn btn-ghost btn-xs" onClick={onClose}>
          {m.cancel}
        </button>
        <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending || !name.trim()}>
          {save.isPending ? m.saving : editing.mode === "rename" ? m.rename : m.create}
        </button>
      </div>
    </form>
  );
}

function FolderIcon({ open }: { open: boolean }) {
  return (
    <svg className="folder-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        d={open ? "M1.5 4.5v8h11l2-5.5h-11l-2 5.5M1.5 4.5v-1h4l1.5 1.5h5.5v2" : "M1.5 3.5h4l1.5 1.5h7.5v7.5h-13z"}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </svg>
  );
}
