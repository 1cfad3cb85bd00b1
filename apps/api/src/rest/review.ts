// The review inbox for scripts: the same use-cases as tRPC's review.* (ADR 0010).
import { requireUser } from "../auth/middleware.ts";
import type { AppDeps } from "../context.ts";
import { restAudit } from "../audit.ts";
import { acceptInputSchema, acceptReview, rejectReview, reviewInbox, reviewListInputSchema, suggestionIdsSchema } from "../services/review.ts";
import { RestRoutes } from "./openapi.ts";
import { acceptedSchema, rejectedSchema, reviewPageSchema } from "./schemas.ts";

export function reviewRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/review", "review");

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "The review inbox",
      description: "Suggestions below the confidence threshold and proposed new topics, one item per document (yours; an admin's: everyone's), newest first.",
      query: reviewListInputSchema,
      responses: { 200: { description: "Documents with their suggestions, the most confident first.", schema: reviewPageSchema } },
    },
    async (c, { query }) => c.json(await reviewInbox(deps.db, requireUser(c), query)),
  );

  routes.route(
    {
      method: "post",
      path: "/accept",
      summary: "Accept suggestions",
      description: "Accepted topics become a person's choice; a proposed topic is created. One id outside your documents refuses the whole call (404).",
      body: acceptInputSchema,
      responses: { 200: { description: "How many were accepted (and rejected with `rejectRest`).", schema: acceptedSchema } },
      errors: [404],
    },
    async (c, { body }) => c.json(await acceptReview(deps.db, restAudit(deps, c), requireUser(c), body)),
  );

  routes.route(
    {
      method: "post",
      path: "/reject",
      summary: "Reject suggestions",
      description: "A rejected topic is never suggested to that document again. All or nothing, like accept.",
      body: suggestionIdsSchema,
      responses: { 200: { description: "How many were rejected.", schema: rejectedSchema } },
      errors: [404],
    },
    async (c, { body }) => c.json(await rejectReview(deps.db, restAudit(deps, c), requireUser(c), body.ids)),
  );

  return routes;
}
