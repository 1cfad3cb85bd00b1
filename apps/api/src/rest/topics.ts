// Topics for scripts: the same use-cases and rules as tRPC's topics.* (ADR 0010).
import { listTopics } from "@docscan/db";
import { topicCreateSchema, topicUpdateSchema } from "@docscan/shared";
import { restAudit } from "../audit.ts";
import { requireUser } from "../auth/middleware.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { changeTopic, createTopicFor, removeTopic } from "../services/topics.ts";
import { RestRoutes } from "./openapi.ts";
import { idParams, topicCreatedSchema, topicListSchema, topicSchema } from "./schemas.ts";

export function topicRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/topics", "topics");

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "Topics: the global ones and your personal ones",
      responses: { 200: { description: "With how many of the documents you can see have each.", schema: topicListSchema } },
    },
    async (c) => {
      const user = requireUser(c);
      return c.json(await listTopics(deps.db, { userId: user.id, scope: documentScope(user) }));
    },
  );

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Create a topic",
      description: "An admin's topic is global unless `personal: true`; a member's is always personal. A name that exists already (any case) returns that topic with `created: false` and status 200.",
      body: topicCreateSchema.meta({ example: { name: "Invoices", description: "Bills from suppliers", color: "#6366f1" } }),
      responses: { 201: { description: "Created.", schema: topicCreatedSchema }, 200: { description: "A topic of that name existed: it is returned.", schema: topicCreatedSchema } },
    },
    async (c, { body }) => {
      const out = await createTopicFor(deps.db, restAudit(deps, c), requireUser(c), body);
      return c.json(out, out.created ? 201 : 200);
    },
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      summary: "Change a topic",
      description: "Only the fields sent change. Your personal topics; global ones only as an admin.",
      params: idParams,
      body: topicUpdateSchema.omit({ id: true }).meta({ example: { color: "#10b981" } }),
      responses: { 200: { description: "The topic as it is now.", schema: topicSchema } },
      errors: [403, 404, 409],
    },
    async (c, { params, body }) => c.json(await changeTopic(deps.db, restAudit(deps, c), requireUser(c), params.id, body)),
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      summary: "Delete a topic",
      description: "Documents lose it. Your personal topics; global ones only as an admin.",
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      errors: [403, 404],
    },
    async (c, { params }) => {
      await removeTopic(deps.db, restAudit(deps, c), requireUser(c), params.id);
      return c.body(null, 204);
    },
  );

  return routes;
}
