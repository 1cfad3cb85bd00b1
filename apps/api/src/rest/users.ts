// Account creation for admins' scripts (Bearer token or console session).
import { newUserSchema } from "@docscan/shared";
import { restAudit, userCreatedEvent } from "../audit.ts";
import { createUser } from "../auth/service.ts";
import type { AppDeps } from "../context.ts";
import { RestRoutes } from "./openapi.ts";
import { newUserResultSchema } from "./schemas.ts";

export function userRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/users", "users");

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Create a user (admins)",
      access: "admin",
      body: newUserSchema.meta({ example: { email: "sam@example.com", password: "a long passphrase", role: "member" } }),
      responses: { 201: { description: "The new account.", schema: newUserResultSchema } },
      errors: [409],
    },
    async (c, { body }) => {
      const user = await createUser(deps, body);
      await restAudit(deps, c)(userCreatedEvent(user));
      return c.json({ id: user.id, email: user.email, role: user.role }, 201);
    },
  );

  return routes;
}
