// Per-user nested folders. Every query takes the owner: someone else's folder is "folder not found".
import { and, asc, eq, getTableColumns, isNull, sql } from "drizzle-orm";
import { ConflictError, InvalidInputError, LIMITS, NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { documents, folders, type FolderRow } from "../schema/index.ts";

export interface FolderSummary extends FolderRow {
  /** Documents filed directly in this folder (not in its subfolders). */
  documentCount: number;
}

/** Throws "folder not found" unless the folder exists and belongs to `ownerId`. */
export async function assertFolderOwned(db: DbOrTx, ownerId: string, folderId: string): Promise<void> {
  const [row] = await db
    .select({ id: folders.id })
    .from(folders)
    .where(and(eq(folders.id, folderId), eq(folders.ownerId, ownerId)));
  if (!row) throw new NotFoundError("folder");
}

/** All of the owner's folders, flat (the console builds the tree from `parentId`). */
export async function listFolders(db: DbOrTx, ownerId: string): Promise<FolderSummary[]> {
  return db
    .select({ ...getTableColumns(folders), documentCount: sql<number>`count(${documents.id})::int` })
    .from(folders)
    // Trashed documents keep their folder (restoring puts them back) but are not counted in it.
    .leftJoin(documents, and(eq(documents.folderId, folders.id), isNull(documents.trashedAt)))
    .where(eq(folders.ownerId, ownerId))
    .groupBy(folders.id)
    .orderBy(asc(sql`lower(${folders.name})`), asc(folders.id));
}

/** How deep the owner's folder sits (a top-level folder is 1), or null if it is not theirs. */
async function folderDepth(db: DbOrTx, ownerId: string, folderId: string): Promise<number | null> {
  const rows = await db.execute<{ depth: number | null }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 1 from folders where id = ${folderId} and owner_id = ${ownerId}
      union all
      select f.id, f.parent_id, up.depth + 1 from folders f join up on f.id = up.parent_id
    )
    select max(depth)::int as depth from up`);
  return rows[0]?.depth ?? null;
}

function siblingNamed(ownerId: string, parentId: string | null, name: string) {
  return and(
    eq(folders.ownerId, ownerId),
    parentId === null ? isNull(folders.parentId) : eq(folders.parentId, parentId),
    sql`lower(${folders.name}) = lower(${name})`,
  );
}

function nameTaken(name: string): ConflictError {
  return new ConflictError(`a folder named "${name}" already exists here`);
}

/** A new folder at the top level or under one of the owner's folders, at most LIMITS.folderDepthMax deep. */
export async function createFolder(db: DbOrTx, ownerId: string, fields: { name: string; parentId: string | null }): Promise<FolderRow> {
  if (fields.parentId !== null) {
    const parentDepth = await folderDepth(db, ownerId, fields.parentId);
    if (parentDepth === null) throw new NotFoundError("folder");
    if (parentDepth >= LIMITS.folderDepthMax) {
      throw new InvalidInputError(`folders nest at most ${LIMITS.folderDepthMax} levels deep`);
    }
  }
  // The unique index (owner, parent, lower(name)) is the arbiter, also between concurrent requests.
  const [row] = await db
    .insert(folders)
    .values({ ownerId, parentId: fields.parentId, name: fields.name })
    .onConflictDoNothing()
    .returning();
  if (!row) throw nameTaken(fields.name);
  return row;
}

export async function renameFolder(db: DbOrTx, ownerId: string, id: string, name: string): Promise<FolderRow> {
  const [current] = await db
    .select({ parentId: folders.parentId })
    .from(folders)
    .where(and(eq(folders.id, id), eq(folders.ownerId, ownerId)));
  if (!current) throw new NotFoundError("folder");
  const [clash] = await db
    .select({ id: folders.id })
    .from(folders)
    .where(and(siblingNamed(ownerId, current.parentId, name), sql`${folders.id} <> ${id}`));
  if (clash) throw nameTaken(name);
  const [row] = await db
    .update(folders)
    .set({ name })
    .where(and(eq(folders.id, id), eq(folders.ownerId, ownerId)))
    .returning();
  if (!row) throw new NotFoundError("folder");
  return row;
}

/**
 * Deletes the folder and its subfolders (FK cascade); their documents move to no folder (FK set null).
 * Returns how many documents that unfiled, counted in the same statement as the delete.
 */
export async function deleteFolder(db: DbOrTx, ownerId: string, id: string): Promise<{ unfiledDocuments: number }> {
  const rows = await db.execute<{ unfiled: number }>(sql`
    with recursive subtree(id) as (
      select id from folders where id = ${id} and owner_id = ${ownerId}
      union all
      select f.id from folders f join subtree s on f.parent_id = s.id
    ),
    unfiled as (select count(*)::int as n from documents where folder_id in (select id from subtree) and trashed_at is null)
    delete from folders where id = ${id} and owner_id = ${ownerId}
    returning (select n from unfiled) as unfiled`);
  const row = rows[0];
  if (!row) throw new NotFoundError("folder");
  return { unfiledDocuments: row.unfiled };
}
