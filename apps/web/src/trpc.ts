// The console's one tRPC client: batched HTTP to /trpc with superjson, wired into TanStack Query.
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import type { AppRouter } from "@docscan/api/router";
import { errorCode } from "./errors.ts";
import { sessionGateLink } from "./session-gate.ts";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type DocumentItem = RouterOutputs["documents"]["list"]["items"][number];
export type Topic = RouterOutputs["topics"]["list"][number];
export type Settings = RouterOutputs["settings"]["get"];
export type AuthStatus = RouterOutputs["auth"]["status"];

/** Answers that another try cannot change. */
const FINAL_CODES = new Set(["UNAUTHORIZED", "FORBIDDEN"]);

/**
 * After a 401 (the session ended: signed out elsewhere, expired, user disabled) or a 403 (a new session
 * from another tab has its own CSRF token; the role changed): ask the api who we are now. The console
 * then shows the sign-in page, or carries on with the fresh token and role.
 */
export function recheckSession(): void {
  void queryClient.invalidateQueries({ queryKey: trpc.auth.status.queryKey() });
}

function onCallError(err: unknown): void {
  const code = errorCode(err);
  if (code === "UNAUTHORIZED" || code === "FORBIDDEN") recheckSession();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onCallError }),
  mutationCache: new MutationCache({ onError: onCallError }),
  defaultOptions: {
    // staleTime 0: a page shown again refetches in the background (counts change as the worker runs).
    queries: { retry: (failures, err) => failures < 1 && !FINAL_CODES.has(errorCode(err) ?? ""), staleTime: 0 },
  },
});

/** The session's CSRF token, which every cookie-authenticated write must echo (ADR 0010). */
export function csrfHeaders(): Record<string, string> {
  const token = queryClient.getQueryData<AuthStatus>(trpc.auth.status.queryKey())?.csrfToken;
  return token ? { "x-csrf-token": token } : {};
}

/** The plain client, for calls outside React Query (e.g. Undo in a notice). */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [sessionGateLink, httpBatchLink({ url: "/trpc", transformer: superjson, headers: csrfHeaders })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/** After documents were deleted: everything that lists or counts them, the review inbox and its badge included. */
export function refreshAfterDocumentsDeleted(): Promise<unknown> {
  return Promise.all(
    [trpc.documents, trpc.topics, trpc.folders, trpc.review, trpc.usage].map((router) => queryClient.invalidateQueries(router.pathFilter())),
  );
}
