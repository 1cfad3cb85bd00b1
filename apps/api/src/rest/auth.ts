// Sign-in for scripts: email and password in, an API token out.
import { Hono } from "hono";
import { loginSchema, tokenNameSchema } from "@docscan/shared";
import { clientIp, type AuthEnv } from "../auth/middleware.ts";
import { issueApiToken, signIn } from "../auth/service.ts";
import type { AppDeps } from "../context.ts";
import { readJsonBody, smallJsonBody } from "./json-body.ts";

const tokenRequestSchema = loginSchema.extend({ name: tokenNameSchema.default("API token") });

export function authRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  // Same limits and answers as the console's sign-in (429 with Retry-After after too many failures).
  app.post("/tokens", smallJsonBody, async (c) => {
    const input = await readJsonBody(c, tokenRequestSchema);
    const { user, guard } = await signIn(deps, input.email, input.password, clientIp(c, deps.trustProxy));
    // Only if the password just checked is still the user's (a reset meanwhile ends it).
    const { token } = await issueApiToken(deps, user.id, input.name, guard);
    return c.json({ token }, 201);
  });

  return app;
}
