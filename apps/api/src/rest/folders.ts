// The caller's own folders (admins too: folders are personal), like tRPC's folders.*.
import { z } from "zod";
import { createFolder, listFolders } from "@docscan/db";
import { folderNameSchema, idSchema } from "@docscan/shared";
import { restAudit, thingEvent } from "../audit.ts";
import { requireUser } from "../auth/middleware.ts";
import type { AppDeps } from "../context.ts";
import { RestRoutes } from "./openapi.ts";
import { folderListSchema, folderSchema } from "./schemas.ts";

const folderCreateSchema = z
  .object({ name: folderNameSchema, parentId: idSchema.nullish().describe("Inside this folder of yours; absent or null: at the top.") })
  .meta({ example: { name: "Taxes 2026" } });

export function folderRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/folders", "folders");

  routes.route(
    { method: "get", path: "/", summary: "Your folders (flat, with `parentId`)", responses: { 200: { description: "Your folders.", schema: folderListSchema } } },
    async (c) => c.json(await listFolders(deps.db, requireUser(c).id)),
  );

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Create a folder",
      description: "Move documents into it with `POST /api/documents/move` or `PATCH /api/documents/{id}`.",
      body: folderCreateSchema,
      responses: { 201: { description: "Created.", schema: folderSchema } },
      errors: [404, 409],
    },
    async (c, { body }) => {
      const folder = await createFolder(deps.db, requireUser(c).id, { name: body.name, parentId: body.parentId ?? null });
      await restAudit(deps, c)(thingEvent("folder.create", { id: folder.id, label: body.name }));
      return c.json(folder, 201);
    },
  );

  return routes;
}
