// Who is signed in: `auth.status` in the query cache is the one source of truth (the tRPC link reads the
// CSRF token from it too). Signing in or out swaps it without a reload.
import { hashKey, useQuery } from "@tanstack/react-query";
import { openSessionGate, sessionGateSignedOut } from "./session-gate.ts";
import { queryClient, trpc, type AuthStatus } from "./trpc.ts";
import { clearUploads } from "./uploads.ts";

export type Account = NonNullable<AuthStatus["user"]>;

const statusKey = () => trpc.auth.status.queryKey();

/** The console's session; kept fresh on window focus, so a session ended elsewhere shows the sign-in page. */
export function useAuthStatus() {
  return useQuery({ ...trpc.auth.status.queryOptions(), staleTime: 30_000 });
}

/** The signed-in account; only for components inside the signed-in console. */
export function useAccount(): Account {
  const user = useAuthStatus().data?.user;
  if (!user) throw new Error("useAccount() needs a signed-in user");
  return user;
}

export function useIsAdmin(): boolean {
  return useAuthStatus().data?.user?.role === "admin";
}

/** Another account's data must never show: drop everything cached but the session itself. */
function forgetCachedData(): void {
  queryClient.removeQueries({ predicate: (q) => q.queryHash !== hashKey(statusKey()) });
}

/**
 * After sign-in or setup: the answer is the new session. The uploads list is forgotten here, where no view
 * of it is mounted: at sign-out it would re-render the console once more, after its queries were dropped,
 * and that render would fetch them again without a session (401).
 */
export function signedIn(status: AuthStatus): void {
  openSessionGate();
  forgetCachedData();
  clearUploads();
  queryClient.setQueryData(statusKey(), status);
}

export function signedOut(): void {
  sessionGateSignedOut();
  forgetCachedData();
  queryClient.setQueryData(statusKey(), { needsSetup: false, user: null, csrfToken: null });
}

/** A password change starts a fresh session with its own CSRF token. */
export function replaceCsrfToken(csrfToken: string | null): void {
  queryClient.setQueryData(statusKey(), (old) => old && { ...old, csrfToken });
}

/** Re-reads the account (role, usage) after a change that may have touched it. */
export function refreshAccount(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: statusKey() });
}
