// Signing out ends the session on the api; any call that reaches the api after that is refused (401). A
// page's first load, a retry, a poll or a render racing the sign-out could each send one. So sign-out
// closes this gate first: calls already sent are answered before `auth.logout` goes out, later calls are
// held, and once signed out they end unsent, as do any until the next sign-in (here, or in another tab:
// seen when auth.status answers with a user). A failed sign-out sends the held calls.
import { TRPCClientError, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import type { AppRouter } from "@docscan/api/router";

/** The calls that work without a session, and the sign-out itself: never held. */
const SESSION_CALLS = new Set(["auth.status", "auth.login", "auth.setup", "auth.logout"]);
/** A call that hangs must not keep the user signed in; past this, sign-out goes ahead anyway. */
const MAX_WAIT_MS = 10_000;

type Held = { send: () => void; drop: () => void };
type GateState = "open" | "closing" | "signed-out";

let state: GateState = "open";
let inFlight = 0;
const held = new Set<Held>();
/** The sign-out waiting for the calls in flight to end (there is one sign-out at a time). */
let onIdle: (() => void) | null = null;

/** Why a call or an upload was never sent. */
export const NOT_SENT_SIGNED_OUT = "not sent: you signed out";

function notSent(): TRPCClientError<AppRouter> {
  return TRPCClientError.from(new Error(NOT_SENT_SIGNED_OUT));
}

export const sessionGateLink: TRPCLink<AppRouter> = () => {
  return ({ op, next }) =>
    observable((observer) => {
      if (SESSION_CALLS.has(op.path)) {
        return next(op).subscribe({
          next: (value) => {
            // Signed in meanwhile (in another tab; this one notices on its next auth.status): open again.
            if (state === "signed-out" && op.path === "auth.status" && (value.result as { data?: { user?: unknown } }).data?.user) state = "open";
            observer.next(value);
          },
          error: (err) => observer.error(err),
          complete: () => observer.complete(),
        });
      }
      if (state === "signed-out") {
        observer.error(notSent());
        return;
      }
      let unsubscribe: (() => void) | undefined;
      let counted = false;
      const finish = () => {
        if (!counted) return;
        counted = false;
        inFlight--;
        if (inFlight === 0) onIdle?.();
      };
      const send = () => {
        counted = true;
        inFlight++;
        const sub = next(op).subscribe({
          next: (value) => observer.next(value),
          error: (err) => {
            finish();
            observer.error(err);
          },
          complete: () => {
            finish();
            observer.complete();
          },
        });
        unsubscribe = () => {
          finish();
          sub.unsubscribe();
        };
      };
      if (state === "open") {
        send();
        return () => unsubscribe?.();
      }
      const entry: Held = { send, drop: () => observer.error(notSent()) };
      held.add(entry);
      return () => {
        held.delete(entry);
        unsubscribe?.();
      };
    });
};

/** Sign-out begins: holds new calls, then waits (a few seconds at most) for the calls already sent. */
export async function closeSessionGate(): Promise<void> {
  state = "closing";
  if (inFlight === 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, MAX_WAIT_MS);
    onIdle = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  onIdle = null;
}

/** Sign-out failed: the session goes on, and the held calls are sent. */
export function reopenSessionGate(): void {
  state = "open";
  for (const entry of takeHeld()) entry.send();
}

/** Signed out: the held calls, and any until the next sign-in, end unsent. */
export function sessionGateSignedOut(): void {
  state = "signed-out";
  for (const entry of takeHeld()) entry.drop();
}

/** A new session. */
export function openSessionGate(): void {
  state = "open";
}

function takeHeld(): Held[] {
  const entries = [...held];
  held.clear();
  return entries;
}
