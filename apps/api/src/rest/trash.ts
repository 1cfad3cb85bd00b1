// The trash for scripts (ADR 0021): the same listing and scope as tRPC's documents.trash. Restoring one
// document is POST /api/documents/{id}/restore (documents.ts).
import { requireUser } from "../auth/middleware.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { trashFor } from "../services/documents.ts";
import { RestRoutes } from "./openapi.ts";
import { trashSchema } from "./schemas.ts";

export function trashRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/trash", "documents");
  routes.route(
    {
      method: "get",
      path: "/",
      summary: "The trash: deleted documents, restorable until purged",
      description:
        "Your deleted documents (an admin: everyone's), most recently deleted first, at most 500. Each stays for `trashDays` after its deletion (`purgeAt`), then it and its bytes are deleted for good. Restore one with `POST /api/documents/{id}/restore`.",
      responses: { 200: { description: "The trash.", schema: trashSchema } },
    },
    async (c) => {
      const { trashDays, items, more } = await trashFor(deps, documentScope(requireUser(c)));
      return c.json({
        trashDays,
        more,
        items: items.map(({ id, filename, title, status, contentType, size, documentDate, folderId, ownerId, trashedAt, trashedBy, purgeAt, createdAt }) => ({
          id,
          filename,
          title,
          status,
          contentType,
          size,
          documentDate,
          folderId,
          ownerId,
          trashedAt,
          trashedBy,
          purgeAt,
          createdAt,
        })),
      });
    },
  );
  return routes;
}
