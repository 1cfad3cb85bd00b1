// The review inbox for scripts: the same use-cases as tRPC's review.* (ADR 0010).
import { requireUser } from "../auth/middleware.ts";
import type { AppDeps } from "../context.ts";
import { restAudit } from "../audit.ts";
import {
  acceptCorrespondents,
  acceptInputSchema,
  acceptReview,
  dismissCorrespondents,
  proposalIdsSchema,
  rejectReview,
  reviewInbox,
  reviewListInputSchema,
  suggestionIdsSchema,
} from "../services/review.ts";
import { RestRoutes } from "./openapi.ts";
import { acceptedCorrespondentsSchema, acceptedSchema, dismissedSchema, rejectedSchema, reviewPageSchema } from "./schemas.ts";

export function reviewRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/review", "review");

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "The review inbox",
      description:
        "Suggestions below the confidence threshold, proposed new topics and proposed correspondents, one item per document (yours; an admin's: everyone's), newest first.",
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

  routes.route(
    {
      method: "post",
      path: "/correspondents/accept",
      summary: "Add and set proposed correspondents",
      description:
        "For each document (`documentId` of an item with a `proposedCorrespondent`): the correspondent of that name its owner may use, else a new one (an admin's global, a member's own, learned from its documents), set as a person's choice. A document outside yours or without a proposal waiting refuses the whole call (404).",
      body: proposalIdsSchema,
      responses: { 200: { description: "How many were set, and how many correspondents were created.", schema: acceptedCorrespondentsSchema } },
      errors: [404],
    },
    async (c, { body }) => c.json(await acceptCorrespondents(deps.db, restAudit(deps, c), requireUser(c), body.ids)),
  );

  routes.route(
    {
      method: "post",
      path: "/correspondents/dismiss",
      summary: "Dismiss proposed correspondents",
      description: "The proposals leave the inbox, and those names are not proposed for those documents again. All or nothing, like accept.",
      body: proposalIdsSchema,
      responses: { 200: { description: "How many were dismissed.", schema: dismissedSchema } },
      errors: [404],
    },
    async (c, { body }) => c.json(await dismissCorrespondents(deps.db, restAudit(deps, c), requireUser(c), body.ids)),
  );

  return routes;
}
