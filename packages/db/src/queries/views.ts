// Saved views (ADR 0031): a member sees their own and the shared ones, and changes only their own.
import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@docscan/shared";
import { VIEW_LIMITS, viewFiltersSchema, type ViewFilters } from "@docscan/shared/views";
import type { DbOrTx } from "../client.ts";
import { savedViews, users, type SavedViewRow } from "../schema/index.ts";

export interface SavedView {
  id: string;
  name: string;
  ownerId: string;
  ownerEmail: string;
  /** The documents.list input it stands for; null when stored filters no longer pass today's schema. */
  filters: ViewFilters | null;
  shared: boolean;
  pinned: boolean;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The stored JSON back through the list's own schema (dates come back as Date, defaults filled in). */
function filtersOf(stored: unknown): ViewFilters | null {
  const parsed = viewFiltersSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

const columns = {
  id: savedViews.id,
  name: savedViews.name,
  ownerId: savedViews.ownerId,
  ownerEmail: users.email,
  filters: savedViews.filters,
  shared: savedViews.shared,
  pinned: savedViews.pinned,
  position: savedViews.position,
  createdAt: savedViews.createdAt,
  updatedAt: savedViews.updatedAt,
};

/** The caller's own views and everyone's shared ones: pinned first in their order, then by name. */
export async function listViews(db: DbOrTx, userId: string, opts: { pinnedOnly?: boolean } = {}): Promise<SavedView[]> {
  const visible = or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true));
  const rows = await db
    .select(columns)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(opts.pinnedOnly ? and(visible, eq(savedViews.pinned, true)) : visible)
    .orderBy(desc(savedViews.pinned), asc(savedViews.position), asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
  return rows.map((r) => ({ ...r, filters: filtersOf(r.filters) }));
}

/** One view the caller can see (own or shared), else "view not found". */
export async function getView(db: DbOrTx, userId: string, id: string): Promise<SavedView> {
  const [row] = await db
    .select(columns)
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(and(eq(savedViews.id, id), or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true))));
  if (!row) throw new NotFoundError("view");
  return { ...row, filters: filtersOf(row.filters) };
}

const nameTaken = (name: string) => new ConflictError(`you already have a view named "${name}"`);

/** A folder is its owner's alone: a view that filters by one cannot be shared. */
function assertShareable(filters: ViewFilters | null): void {
  if (filters?.folder) throw new InvalidInputError("a view of a folder cannot be shared: folders are personal");
}

export async function createView(db: DbOrTx, ownerId: string, fields: { name: string; filters: ViewFilters; pinned: boolean }): Promise<SavedViewRow> {
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(savedViews).where(eq(savedViews.ownerId, ownerId));
  if (n >= VIEW_LIMITS.perOwnerMax) throw new InvalidInputError(`you have ${VIEW_LIMITS.perOwnerMax} saved views already: delete one first`);
  // New pinned views go last; the unique index (owner, lower(name)) is the arbiter between concurrent requests.
  const [row] = await db
    .insert(savedViews)
    .values({
      ownerId,
      name: fields.name,
      filters: fields.filters as unknown as Record<string, unknown>,
      pinned: fields.pinned,
      position: sql`(select coalesce(max(position) + 1, 0) from saved_views where owner_id = ${ownerId})`,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw nameTaken(fields.name);
  return row;
}

export interface ViewChanges {
  name?: string;
  filters?: ViewFilters;
  pinned?: boolean;
  position?: number;
  shared?: boolean;
}

/**
 * Changes the owner's view. Someone else's view is "view not found" when they cannot see it, and 403
 * naming the owner when it is shared with them (they see it, but it is not theirs to change).
 */
export async function updateView(db: DbOrTx, userId: string, id: string, changes: ViewChanges): Promise<SavedViewRow> {
  const current = await getView(db, userId, id);
  if (current.ownerId !== userId) throw new ForbiddenError(`only its owner (${current.ownerEmail}) can change this view`);
  if (changes.shared ?? current.shared) assertShareable(changes.filters ?? current.filters);
  if (changes.name !== undefined && changes.name.toLowerCase() !== current.name.toLowerCase()) {
    const [clash] = await db
      .select({ id: savedViews.id })
      .from(savedViews)
      .where(and(eq(savedViews.ownerId, userId), sql`lower(${savedViews.name}) = lower(${changes.name})`));
    if (clash) throw nameTaken(changes.name);
  }
  const set: Partial<typeof savedViews.$inferInsert> = { updatedAt: new Date() };
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.filters !== undefined) set.filters = changes.filters as unknown as Record<string, unknown>;
  if (changes.pinned !== undefined) set.pinned = changes.pinned;
  if (changes.position !== undefined) set.position = changes.position;
  if (changes.shared !== undefined) set.shared = changes.shared;
  const [row] = await db
    .update(savedViews)
    .set(set)
    .where(and(eq(savedViews.id, id), eq(savedViews.ownerId, userId)))
    .returning();
  if (!row) throw new NotFoundError("view");
  return row;
}

/** Deletes the owner's view (a shared one of someone else's: refused, like updateView). */
export async function deleteView(db: DbOrTx, userId: string, id: string): Promise<SavedViewRow> {
  const current = await getView(db, userId, id);
  if (current.ownerId !== userId) throw new ForbiddenError(`only its owner (${current.ownerEmail}) can delete this view`);
  const [row] = await db.delete(savedViews).where(and(eq(savedViews.id, id), eq(savedViews.ownerId, userId))).returning();
  if (!row) throw new NotFoundError("view");
  return row;
}
