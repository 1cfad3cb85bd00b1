// Saved views (issue 16, ADR 0031), behind both the tRPC procedures and the REST routes: a member sees their
// own and the shared ones and changes only their own; only admins share. Every change is one audit entry.
// The dashboard's number for a view is the document list's own capped/estimated count (ADR 0009), so a
// dashboard at a million documents costs a few index probes per card, never an unbounded count(*).
import { createView, deleteView, listViews, updateView, type AuthUser, type SavedView, type ViewChanges } from "@docscan/db";
import { ForbiddenError, NotFoundError } from "@docscan/shared";
import { VIEW_LIMITS, type ViewFilters } from "@docscan/shared/views";
import { viewEvent, type Audit } from "../audit.ts";
import type { AppDeps } from "../context.ts";
import { countDocumentsFor } from "./documents.ts";

/** The views the caller sees, each saying whether it is theirs to change. */
export async function viewsFor(deps: AppDeps, user: AuthUser): Promise<(SavedView & { mine: boolean })[]> {
  return (await listViews(deps.db, user.id)).map((v) => ({ ...v, mine: v.ownerId === user.id }));
}

export async function createViewFor(deps: AppDeps, audit: Audit, user: AuthUser, input: { name: string; filters: ViewFilters; pinned: boolean }) {
  const view = await createView(deps.db, user.id, input);
  await audit(viewEvent("view.create", view, { after: { filters: view.filters, pinned: view.pinned } }));
  return view;
}

/** What a change is called in the audit log: a rename, a share, or any other change. */
function changeAction(changes: ViewChanges): "view.rename" | "view.share" | "view.update" {
  const keys = Object.keys(changes).filter((k) => changes[k as keyof ViewChanges] !== undefined);
  if (keys.length === 1 && keys[0] === "name") return "view.rename";
  if (keys.length === 1 && keys[0] === "shared") return "view.share";
  return "view.update";
}

/** Renames, refilters, pins, moves or (admins) shares the caller's own view. */
export async function changeView(deps: AppDeps, audit: Audit, user: AuthUser, id: string, changes: ViewChanges) {
  if (changes.shared !== undefined && user.role !== "admin") throw new ForbiddenError("only admins can share views");
  const view = await updateView(deps.db, user.id, id, changes);
  const action = changeAction(changes);
  await audit(viewEvent(action, view, action === "view.rename" ? {} : { after: { ...changes } }));
  return view;
}

export async function removeView(deps: AppDeps, audit: Audit, user: AuthUser, id: string): Promise<void> {
  const view = await deleteView(deps.db, user.id, id);
  await audit(viewEvent("view.delete", view));
}

export interface ViewCount {
  id: string;
  /** Null when the view cannot be counted for the caller: its filters are no longer valid, or its folder is gone. */
  count: { value: number; exact: boolean } | null;
  problem: string | null;
}

/** Counts the first VIEW_LIMITS.countedMax pinned views the caller sees, one after another (each bounded). */
export async function pinnedViewCounts(deps: AppDeps, user: AuthUser): Promise<ViewCount[]> {
  const views = (await listViews(deps.db, user.id, { pinnedOnly: true })).slice(0, VIEW_LIMITS.countedMax);
  const out: ViewCount[] = [];
  for (const view of views) {
    if (!view.filters) {
      out.push({ id: view.id, count: null, problem: "its filters are no longer valid: open it and save it again" });
      continue;
    }
    try {
      out.push({ id: view.id, count: await countDocumentsFor(deps, user, view.filters), problem: null });
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      // The only thing a list input names that can vanish: a folder (deleted since the view was saved).
      out.push({ id: view.id, count: null, problem: "its folder no longer exists" });
    }
  }
  return out;
}
