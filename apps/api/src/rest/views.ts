// Saved views for scripts: the same use-cases and rules as tRPC's views.* (ADR 0031).
import { z } from "zod";
import { createViewInputSchema, viewFiltersSchema, viewNameSchema } from "@docscan/shared/views";
import { restAudit } from "../audit.ts";
import { requireUser } from "../auth/middleware.ts";
import type { AppDeps } from "../context.ts";
import { changeView, createViewFor, pinnedViewCounts, removeView, viewsFor } from "../services/views.ts";
import { RestRoutes } from "./openapi.ts";
import { idParams } from "./schemas.ts";

const id = z.string().describe("UUID");
const timestamp = z.iso.datetime({ offset: true }).describe("ISO 8601 instant");
const filters = z
  .record(z.string(), z.unknown())
  .describe("The `GET /api/documents` query this view stands for (`q`, `sort`, `topic`, `status`, `folder`, `owner`, dates, `perPage`), as JSON.")
  .meta({ example: { status: "failed", sort: "newest", perPage: 25 } });
const viewFields = { id, ownerId: id, name: z.string().meta({ example: "Unpaid invoices" }), shared: z.boolean(), pinned: z.boolean(), position: z.number().int(), createdAt: timestamp, updatedAt: timestamp };
const viewSchema = z.object({ ...viewFields, filters });
const viewListSchema = z.array(
  z.object({
    ...viewFields,
    filters: filters.nullable().describe("Null when the stored filters no longer pass today's rules (save the view again)."),
    ownerEmail: z.string(),
    mine: z.boolean().describe("Yours to change; the others are views an admin shared."),
  }),
);
const countsSchema = z.array(
  z.object({
    id,
    count: z.object({ value: z.number().int(), exact: z.boolean().describe("False: more than 10 000, the planner's estimate.") }).nullable(),
    problem: z.string().nullable().describe("Why a view could not be counted (its folder was deleted)."),
  }),
);
const viewChangeSchema = z
  .object({
    name: viewNameSchema.optional(),
    filters: viewFiltersSchema.optional(),
    pinned: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    shared: z.boolean().optional().describe("Admins only: list the view for every user."),
  })
  .meta({ example: { name: "Failed this month", pinned: true } });

export function viewRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/views", "views");

  routes.route(
    { method: "get", path: "/", summary: "Saved views: yours and the shared ones", responses: { 200: { description: "Pinned first in their order, then by name.", schema: viewListSchema } } },
    async (c) => c.json(await viewsFor(deps, requireUser(c))),
  );

  routes.route(
    {
      method: "get",
      path: "/counts",
      summary: "How many documents each pinned view holds for you",
      description: "Exact up to 10 000, the planner's estimate beyond (like `total` of `GET /api/documents`); at most 12 views are counted.",
      responses: { 200: { description: "One entry per pinned view, in their order.", schema: countsSchema } },
    },
    async (c) => c.json(await pinnedViewCounts(deps, requireUser(c))),
  );

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Save a view",
      description: "`filters` takes exactly what `GET /api/documents` takes (without `cursor` and `page`), and is checked by the same rules.",
      body: createViewInputSchema.meta({ example: { name: "Failed documents", filters: { status: "failed" } } }),
      responses: { 201: { description: "Saved.", schema: viewSchema } },
      errors: [409],
    },
    async (c, { body }) => c.json(await createViewFor(deps, restAudit(deps, c), requireUser(c), body), 201),
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      summary: "Change a view of yours",
      description: "Only the fields sent change. A view shared with you is not yours to change (403); `shared` is for admins.",
      params: idParams,
      body: viewChangeSchema,
      responses: { 200: { description: "The view as it is now.", schema: viewSchema } },
      errors: [403, 404, 409],
    },
    async (c, { params, body }) => c.json(await changeView(deps, restAudit(deps, c), requireUser(c), params.id, body)),
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      summary: "Delete a view of yours",
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      errors: [403, 404],
    },
    async (c, { params }) => {
      await removeView(deps, restAudit(deps, c), requireUser(c), params.id);
      return c.body(null, 204);
    },
  );

  return routes;
}
