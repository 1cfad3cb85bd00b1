// A history-based switch over the console's pages; the api serves index.html for unknown paths.
import { useMemo, useSyncExternalStore } from "react";

export const ROUTES = {
  dashboard: "/",
  documents: "/documents",
  upload: "/upload",
  review: "/review",
  topics: "/topics",
  correspondents: "/correspondents",
  fields: "/fields",
  activity: "/activity",
  settings: "/settings",
  users: "/users",
  account: "/account",
  trash: "/trash",
  mail: "/mail",
  audit: "/audit",
} as const;
/** Pages with a fixed path, and the document page (`/documents/:id`). */
export type RouteName = keyof typeof ROUTES | "document";

/** Pages only admins may open (the api refuses their data to members anyway). */
export const ADMIN_ROUTES: ReadonlySet<RouteName> = new Set(["activity", "settings", "users"]);

const DOCUMENT_PATH = /^\/documents\/([^/]+)$/;

export function documentPath(id: string): string {
  return `/documents/${encodeURIComponent(id)}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.search) return;
  window.history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
  window.scrollTo(0, 0);
}

/** The query string of the current URL (lists keep their state there: search, filters, sort, page). */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return useMemo(() => new URLSearchParams(search), [search]);
}

/**
 * Changes some query parameters of the current URL (null or "" removes one). `replace` rewrites the current
 * history entry (typing in a search field) instead of adding one (a filter chosen: Back undoes it).
 * `state` is kept with the entry (e.g. the cursors of the pages before this one).
 */
export function setSearchParams(changes: Record<string, string | number | null | undefined>, opts: { replace?: boolean; state?: unknown } = {}): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
  if (url === window.location.pathname + window.location.search && opts.state === undefined) return;
  if (opts.replace) window.history.replaceState(opts.state ?? null, "", url);
  else window.history.pushState(opts.state ?? null, "", url);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

function usePath(): string {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

export function useRoute(): RouteName | null {
  const normalised = usePath();
  if (DOCUMENT_PATH.test(normalised)) return "document";
  const entry = Object.entries(ROUTES).find(([, p]) => p === normalised);
  return entry ? (entry[0] as RouteName) : null;
}

/**
 * The document list lived at `/` until the dashboard took its place (ADR 0031): a bookmarked `/?q=…` opens
 * the list it names at `/documents?q=…` (replacing the history entry, so Back does not bounce).
 */
export function redirectOldListUrl(): void {
  if (window.location.pathname !== "/" || !window.location.search) return;
  window.history.replaceState(window.history.state, "", `${ROUTES.documents}${window.location.search}`);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/** The `:id` of `/documents/:id`, or null on any other page. */
export function useDocumentId(): string | null {
  const match = DOCUMENT_PATH.exec(usePath());
  return match ? decodeURIComponent(match[1]!) : null;
}

/**
 * Plain `<a href="/…">` links to console pages navigate without a reload too (the `Link` component does
 * this itself). Downloads, other windows, modified clicks and server routes are left to the browser.
 */
export function followInAppLinks(): () => void {
  function onClick(e: MouseEvent) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest("a") : null;
    if (!(a instanceof HTMLAnchorElement) || a.hasAttribute("download") || (a.target && a.target !== "_self")) return;
    const url = new URL(a.href, window.location.href);
    if (url.origin !== window.location.origin || /^\/(api|trpc|healthz)(\/|$)/.test(url.pathname)) return;
    if (url.pathname === window.location.pathname && url.hash) return; // in-page anchors, e.g. the skip link
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  }
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}
