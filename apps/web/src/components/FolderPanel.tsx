import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "@docscan/shared";
import { fieldErrors } from "../errors.ts";
import { subtree, type FolderNode, type FolderTree } from "../folder-tree.ts";
import { plural } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { ErrorBox, InlineError } from "./Feedback.tsx";
import type { Notice } from "./Notice.tsx";

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
        onNotice({ kind: "ok", text: `Deleted folder “${gone?.folder.name ?? id}”${unfiledDocuments > 0 ? `; ${plural(unfiledDocuments, "document")} no longer filed` : ""}.` });
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
    <nav className="card folder-panel" aria-label="Folders">
      <div className="folder-panel-head">
        <h2>Folders</h2>
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEditing({ mode: "create", parent: null })}>
          + New folder
        </button>
      </div>

      {editing?.mode === "create" && editing.parent === null && <FolderForm key={formKey(editing)} editing={editing} onClose={() => setEditing(null)} onCreated={created} />}

      <ul className="folder-tree">
        <li>
          <button type="button" className="folder-item" aria-current={currentId === null ? "true" : undefined} onClick={() => select(null)}>
            <FolderIcon open={currentId === null} />
            <span className="folder-name">All documents</span>
          </button>
        </li>
        {tree.roots.map((node) => (
          <FolderBranch key={node.folder.id} node={node} currentId={currentId} collapsed={collapsed} onToggle={toggleCollapsed} onSelect={select} />
        ))}
      </ul>

      {loading && <p className="muted small folder-note">Loading folders…</p>}
      {Boolean(error) && <ErrorBox error={error} title="Could not load folders" onRetry={onRetry} />}
      {!loading && !error && tree.roots.length === 0 && <p className="muted small folder-note">No folders yet. Folders are yours alone.</p>}

      {current && (
        <div className="folder-actions" aria-label={`Folder ${current.folder.name}`} role="group">
          {editing && (editing.mode === "rename" || editing.parent) ? (
            <FolderForm key={formKey(editing)} editing={editing} onClose={() => setEditing(null)} onCreated={created} />
          ) : (
            <div className="folder-action-buttons">
              <button
                type="button"
                className="btn btn-ghost btn-xs"
                disabled={current.depth >= LIMITS.folderDepthMax}
                title={current.depth >= LIMITS.folderDepthMax ? `Folders nest at most ${LIMITS.folderDepthMax} levels deep` : undefined}
                onClick={() => setEditing({ mode: "create", parent: current })}
              >
                + Subfolder
              </button>
              <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEditing({ mode: "rename", node: current })}>
                Rename
              </button>
              <button
                type="button"
                className="btn btn-danger-ghost btn-xs"
                onClick={() => {
                  remove.reset();
                  setToDelete(current);
                }}
              >
                Delete
              </button>
            </div>
          )}
        </div>
      )}

      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete folder “${toDelete?.folder.name ?? ""}”?`}
        confirmLabel="Delete folder"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.folder.id })}
      >
        <p>
          {subfolders > 0 && (subfolders === 1 ? "Its subfolder goes too. " : `Its ${subfolders} subfolders go too. `)}
          {unfiled > 0 ? (
            <>
              <strong>{plural(unfiled, "document")}</strong> in it will be unfiled: they stay in All documents, in no folder.
            </>
          ) : (
            <>No documents are filed in it.</>
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
            aria-label={`${open ? "Collapse" : "Expand"} ${folder.name}`}
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
              {folder.documentCount.toLocaleString()}
              <span className="visually-hidden"> {folder.documentCount === 1 ? "document" : "documents"}</span>
            </span>
          )}
        </button>
      </div>
      {children.length > 0 && open && (
        <ul id={groupId} className="folder-tree" aria-label={`Subfolders of ${folder.name}`}>
          {children.map((c) => (
            <FolderBranch key={c.folder.id} node={c} currentId={currentId} collapsed={collapsed} onToggle={onToggle} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

function FolderForm({ editing, onClose, onCreated }: { editing: NonNullable<Editing>; onClose: () => void; onCreated: (id: string) => void }) {
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

  const label =
    editing.mode === "rename" ? `Rename “${editing.node.folder.name}”` : editing.parent ? `New folder in “${editing.parent.folder.name}”` : "New folder";
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
          Cancel
        </button>
        <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending || !name.trim()}>
          {save.isPending ? "Saving…" : editing.mode === "rename" ? "Rename" : "Create"}
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
