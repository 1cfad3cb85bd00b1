// Upload queue kept outside React so uploads carry on (and stay visible) while the user switches pages.
import { useSyncExternalStore } from "react";
import { queryClient, trpc } from "./trpc.ts";
import { uploadFile } from "./upload-request.ts";

/** A folder new uploads are filed into. */
export interface UploadTarget {
  folderId: string;
  /** For display: "Finance / 2025". */
  folderPath: string;
}

export interface Upload {
  key: string;
  name: string;
  /** The folder it is filed into, if any. */
  target: UploadTarget | null;
  size: number;
  loaded: number;
  state: "queued" | "uploading" | "done" | "error";
  error?: string;
  documentId?: string;
  duplicate?: boolean;
}

const MAX_PARALLEL = 3;
let uploads: readonly Upload[] = [];
const files = new Map<string, File>();
const listeners = new Set<() => void>();
let counter = 0;

function set(next: readonly Upload[]) {
  uploads = next;
  for (const l of listeners) l();
}

function update(key: string, patch: Partial<Upload>) {
  set(uploads.map((u) => (u.key === key ? { ...u, ...patch } : u)));
}

/** Sign-out under way: uploads still waiting are not started until it succeeds (cancelWaiting) or fails (releaseWaiting). */
let holding = false;

function pump() {
  if (holding) return;
  let running = uploads.filter((u) => u.state === "uploading").length;
  for (const u of uploads) {
    if (running >= MAX_PARALLEL) break;
    if (u.state !== "queued") continue;
    running++;
    start(u.key);
  }
}

function start(key: string) {
  const file = files.get(key);
  const upload = uploads.find((u) => u.key === key);
  if (!file || !upload) return;
  update(key, { state: "uploading", loaded: 0 });
  uploadFile(file, (loaded) => update(key, { loaded }), upload.target?.folderId ?? null)
    .then((doc) => {
      update(key, { state: "done", loaded: file.size, documentId: doc.id, duplicate: Boolean(doc.duplicateOf) });
      return Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.folders.pathFilter())]);
    })
    .catch((err: unknown) => {
      update(key, { state: "error", error: err instanceof Error ? err.message : String(err) });
    })
    .finally(() => {
      files.delete(key);
      pump();
    });
}

export function addFiles(list: Iterable<File>, target: UploadTarget | null = null): void {
  const added: Upload[] = [];
  for (const file of list) {
    const key = `u${++counter}`;
    files.set(key, file);
    added.push({ key, name: file.name, target, size: file.size, loaded: 0, state: "queued" });
  }
  if (added.length === 0) return;
  set([...added, ...uploads]);
  pump();
}

export function clearFinished(): void {
  set(uploads.filter((u) => u.state === "queued" || u.state === "uploading"));
}

export function dismiss(key: string): void {
  set(uploads.filter((u) => u.key !== key));
}

/**
 * Forgets every upload and every file still waiting, so the next account signed in to this tab sees none of
 * them. Nothing is aborted: an upload already on the wire finishes for the account that started it, unseen.
 */
export function clearUploads(): void {
  files.clear();
  set([]);
}

/** When sign-out starts: no waiting upload starts until it ends. Uploads already on the wire go on. */
export function holdWaiting(): void {
  holding = true;
}

/** Sign-out failed: the waiting uploads go out after all. */
export function releaseWaiting(): void {
  holding = false;
  pump();
}

/**
 * Signed out: files still waiting are never sent (they would go out without a session and fail with 401);
 * they show as not sent. Uploads already on the wire finish.
 */
export function cancelWaiting(reason: string): void {
  holding = false;
  for (const u of uploads) if (u.state === "queued") files.delete(u.key);
  set(uploads.map((u) => (u.state === "queued" ? { ...u, state: "error" as const, error: reason } : u)));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUploads(): readonly Upload[] {
  return useSyncExternalStore(subscribe, () => uploads);
}

// The folder that files dropped anywhere on the page go into: the one the documents list shows, if any.
let dropTarget: UploadTarget | null = null;

export function setDropTarget(target: UploadTarget | null): void {
  dropTarget = target;
}

export function getDropTarget(): UploadTarget | null {
  return dropTarget;
}
