// Sign-in for scripts (email and password in, an API token out), and the caller's tokens.
import { deleteApiToken, listApiTokens } from "@docscan/db";
import { loginSchema, tokenNameSchema } from "@docscan/shared";
import { clientIp, requireUser } from "../auth/middleware.ts";
import { issueApiToken, signIn } from "../auth/service.ts";
import { restAudit, tokenEvent } from "../audit.ts";
import type { AppDeps } from "../context.ts";
import { RestRoutes } from "./openapi.ts";
import { idParams, newTokenSchema, tokenListSchema } from "./schemas.ts";

const tokenRequestSchema = loginSchema
  .extend({ name: tokenNameSchema.default("API token").describe("To recognise the token in the list.") })
  .meta({ example: { email: "me@example.com", password: "a long passphrase", name: "backup script" } });

export function authRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/auth", "tokens");

  // Same limits and answers as the console's sign-in (429 with Retry-After after too many failures).
  routes.route(
    {
      method: "post",
      path: "/tokens",
      summary: "Get an API token with email and password",
      access: "public",
      body: tokenRequestSchema,
      responses: { 201: { description: "The new token: shown once.", schema: newTokenSchema } },
      errors: [401, 429],
    },
    async (c, { body }) => {
      const audit = restAudit(deps, c);
      const { user, guard } = await signIn(deps, body.email, body.password, clientIp(c, deps.trustProxy), audit);
      // Only if the password just checked is still the user's (a reset meanwhile ends it).
      const { token, info } = await issueApiToken(deps, user.id, body.name, guard);
      await audit(tokenEvent("token.create", info), { userId: user.id, email: user.email });
      return c.json({ token }, 201);
    },
  );

  return routes;
}

/** The caller's own API tokens (admins too: tokens are personal). */
export function tokenRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/tokens", "tokens");

  routes.route(
    { method: "get", path: "/", summary: "Your API tokens", responses: { 200: { description: "Newest first; never the token itself.", schema: tokenListSchema } } },
    async (c) => c.json(await listApiTokens(deps.db, requireUser(c).id)),
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      summary: "Revoke one of your API tokens",
      description: "It stops working at once (also when it is the token of this request).",
      params: idParams,
      responses: { 204: { description: "Revoked." } },
      errors: [404],
    },
    async (c, { params }) => {
      await restAudit(deps, c)(tokenEvent("token.revoke", await deleteApiToken(deps.db, requireUser(c).id, params.id)));
      return c.body(null, 204);
    },
  );

  return routes;
}

