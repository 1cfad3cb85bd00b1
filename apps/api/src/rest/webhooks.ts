// Webhooks for scripts (ADR 0022): each user's own endpoints (an admin's hears about every document, a
// member's about their own), their delivery log and redelivery.
import { z } from "zod";
import { idSchema } from "@docscan/shared";
import { restAudit, thingEvent } from "../audit.ts";
import { requireUser } from "../auth/middleware.ts";
import type { AppDeps } from "../context.ts";
import { changeWebhook, createWebhook, listWebhooks, redeliver, removeWebhook, webhookCreateSchema, webhookDeliveries, webhookUpdateSchema } from "../services/webhooks.ts";
import { RestRoutes } from "./openapi.ts";
import { idParams, newWebhookSchema, webhookDeliverySchema, webhookSchema } from "./schemas.ts";

const SIGNING = "Each delivery is a JSON POST signed with HMAC-SHA256: see docs/api.md (X-Docscan-Timestamp, X-Docscan-Signature, 5-minute replay window).";

export function webhookRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/webhooks", "webhooks");

  routes.route(
    { method: "get", path: "/", summary: "Your webhook endpoints", responses: { 200: { description: "Newest first; never the secret.", schema: z.array(webhookSchema) } } },
    async (c) => c.json(await listWebhooks(deps, requireUser(c))),
  );

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Register a webhook endpoint",
      description: `Admins' endpoints hear about every document, members' about their own. ${SIGNING}`,
      body: webhookCreateSchema,
      responses: { 201: { description: "Registered; the answer holds the signing secret, shown this once.", schema: newWebhookSchema } },
    },
    async (c, { body }) => {
      const hook = await createWebhook(deps, requireUser(c), body);
      await restAudit(deps, c)(thingEvent("webhook.create", { id: hook.id, label: hook.url }));
      return c.json(hook, 201);
    },
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      summary: "Change a webhook endpoint, or switch it on again",
      params: idParams,
      body: webhookUpdateSchema,
      responses: { 200: { description: "The endpoint as it is now.", schema: webhookSchema } },
      errors: [404],
    },
    async (c, { params, body }) => {
      const hook = await changeWebhook(deps, requireUser(c), params.id, body);
      await restAudit(deps, c)(thingEvent("webhook.update", { id: params.id, label: hook.url }));
      return c.json(hook);
    },
  );

  routes.route(
    { method: "delete", path: "/:id", summary: "Delete a webhook endpoint and its log", params: idParams, responses: { 204: { description: "Deleted." } }, errors: [404] },
    async (c, { params }) => {
      await removeWebhook(deps, requireUser(c), params.id);
      await restAudit(deps, c)(thingEvent("webhook.delete", { id: params.id }));
      return c.body(null, 204);
    },
  );

  routes.route(
    {
      method: "get",
      path: "/:id/deliveries",
      summary: "An endpoint's delivery log",
      params: idParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      responses: { 200: { description: "Newest first: status, latency and the start of each answer.", schema: z.array(webhookDeliverySchema) } },
      errors: [404],
    },
    async (c, { params, query }) => c.json(await webhookDeliveries(deps, requireUser(c), params.id, query.limit)),
  );

  routes.route(
    {
      method: "post",
      path: "/deliveries/:id/redeliver",
      summary: "Send a delivery again",
      description: "The same event and body with a fresh timestamp and signature (a switched-off endpoint must be switched on first).",
      params: z.object({ id: idSchema }),
      responses: { 200: { description: "Queued again.", schema: webhookDeliverySchema } },
      errors: [404],
    },
    async (c, { params }) => c.json(await redeliver(deps, requireUser(c), params.id)),
  );

  return routes;
}
