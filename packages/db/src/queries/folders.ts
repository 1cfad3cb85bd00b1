import { and, eq } from "drizzle-orm";
import { NotFoundError } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { folders } from "../schema/index.ts";

/** Throws "folder not found" unless the folder exists and belongs to `ownerId`. */
export async function assertFolderOwned(db: DbOrTx, ownerId: string, folderId: string): Promise<void> {
  const [row] = await db
    .select({ id: folders.id })
    .from(folders)
    .where(and(eq(folders.id, folderId), eq(folders.ownerId, ownerId)));
  if (!row) throw new NotFoundError("folder");
}
