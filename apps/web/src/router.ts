// A history-based switch over the console's pages; the api serves index.html for unknown paths.
import { useSyncExternalStore } from "react";

export const ROUTES = {
  documents: "/",
  upload: "/upload",
  topics: "/topics",
  settings: "/settings",
} as const;
export type RouteName = keyof typeof ROUTES;

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
  window.scrollTo(0, 0);
}

export function useRoute(): RouteName | null {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  const normalised = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const entry = Object.entries(ROUTES).find(([, p]) => p === normalised);
  return entry ? (entry[0] as RouteName) : null;
}
