// Account creation for admins' scripts (Bearer token or console session).
import { Hono } from "hono";
import { newUserSchema } from "@docscan/shared";
import { requireAdmin, type AuthEnv } from "../auth/middleware.ts";
import { createUser } from "../auth/service.ts";
import type { AppDeps } from "../context.ts";
import { readJsonBody, smallJsonBody } from "./json-body.ts";

export function userRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.post("/", smallJsonBody, async (c) => {
    requireAdmin(c);
    const user = await createUser(deps, await readJsonBody(c, newUserSchema));
    return c.json({ id: user.id, email: user.email, role: user.role }, 201);
  });

  return app;
}
