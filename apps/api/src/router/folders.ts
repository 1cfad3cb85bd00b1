import { z } from "zod";
import { createFolder, deleteFolder, listFolders, renameFolder } from "@docscan/db";
import { folderNameSchema, idSchema } from "@docscan/shared";
import { thingEvent } from "../audit.ts";
import { protectedProcedure, router } from "../trpc.ts";

/** The caller's own folders (admins too: folders are personal). Someone else's folder is "folder not found". */
export const foldersRouter = router({
  /** Flat, with `parentId` and how many documents each holds directly; the console builds the tree. */
  list: protectedProcedure.query(({ ctx }) => listFolders(ctx.db, ctx.user.id)),

  create: protectedProcedure
    .input(z.object({ name: folderNameSchema, parentId: idSchema.nullish() }))
    .mutation(async ({ ctx, input }) => {
      const folder = await createFolder(ctx.db, ctx.user.id, { name: input.name, parentId: input.parentId ?? null });
      await ctx.audit(thingEvent("folder.create", { id: folder.id, label: input.name }));
      return folder;
    }),

  rename: protectedProcedure
    .input(z.object({ id: idSchema, name: folderNameSchema }))
    .mutation(async ({ ctx, input }) => {
      const renamed = await renameFolder(ctx.db, ctx.user.id, input.id, input.name);
      await ctx.audit(thingEvent("folder.rename", { id: input.id, label: input.name }));
      return renamed;
    }),

  /** Subfolders go too; the documents inside move to no folder. Returns how many were unfiled. */
  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(async ({ ctx, input }) => {
    const unfiled = await deleteFolder(ctx.db, ctx.user.id, input.id);
    await ctx.audit(thingEvent("folder.delete", { id: input.id }));
    return unfiled;
  }),
});
