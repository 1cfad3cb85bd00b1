import type { AppDeps } from "../context.ts";
import { usageSummary } from "../services/usage.ts";
import { RestRoutes } from "./openapi.ts";
import { usageSchema } from "./schemas.ts";

export function usageRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/usage", "usage");
  routes.route(
    {
      method: "get",
      path: "/",
      summary: "LLM usage and cost (admins)",
      description: "Classification runs, tokens and estimated cost per day and per month, and this month's budget state.",
      access: "admin",
      responses: { 200: { description: "The usage summary.", schema: usageSchema } },
    },
    async (c) => c.json(await usageSummary(deps)),
  );
  return routes;
}
