// Correspondents for scripts: the same use-cases and rules as tRPC's correspondents.* (issue 17, ADR 0030).
import { listCorrespondents } from "@docscan/db/correspondents";
import { correspondentCreateSchema, correspondentUpdateSchema } from "@docscan/shared";
import { restAudit } from "../audit.ts";
import { requireUser } from "../auth/middleware.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { changeCorrespondent, createCorrespondentFor, removeCorrespondent } from "../services/correspondents.ts";
import { RestRoutes } from "./openapi.ts";
import { correspondentListSchema, correspondentSchema, idParams } from "./schemas.ts";

const RULES =
  "`algorithm`: `auto` (learned from the documents whose correspondent you confirmed; the default), `any` (one of the words; a \"quoted phrase\" counts as one), `all` (every word), `exact` (the phrase), `regex` (RE2 syntax: no look-around or back-references, matching time linear in the text), `none`. A rule RE2 cannot run is a 400 with the reason.";

export function correspondentRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/correspondents", "correspondents");

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "Correspondents: the global ones and yours",
      responses: { 200: { description: "By name, with how many of the documents you can see come from each.", schema: correspondentListSchema } },
    },
    async (c) => {
      const user = requireUser(c);
      return c.json(await listCorrespondents(deps.db, { userId: user.id, scope: documentScope(user) }));
    },
  );

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Create a correspondent",
      description: `An admin's correspondent is global unless \`personal: true\`; a member's is always their own. ${RULES} A name that exists already (any case) is a 409.`,
      body: correspondentCreateSchema.meta({ example: { name: "Stadtwerke Musterstadt", algorithm: "any", match: "stadtwerke musterstadt" } }),
      responses: { 201: { description: "Created.", schema: correspondentSchema } },
      errors: [409],
    },
    async (c, { body }) => c.json(await createCorrespondentFor(deps.db, restAudit(deps, c), requireUser(c), body), 201),
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      summary: "Change a correspondent",
      description: `Only the fields sent change. Yours; global ones only as an admin. ${RULES}`,
      params: idParams,
      body: correspondentUpdateSchema.omit({ id: true }).meta({ example: { algorithm: "regex", match: "Kundennr\\.?\\s*VF-\\d{6}" } }),
      responses: { 200: { description: "The correspondent as it is now.", schema: correspondentSchema } },
      errors: [403, 404, 409],
    },
    async (c, { params, body }) => c.json(await changeCorrespondent(deps.db, restAudit(deps, c), requireUser(c), params.id, body)),
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      summary: "Delete a correspondent",
      description: "Its documents are left without a correspondent. Yours; global ones only as an admin.",
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      errors: [403, 404],
    },
    async (c, { params }) => {
      await removeCorrespondent(deps.db, restAudit(deps, c), requireUser(c), params.id);
      return c.body(null, 204);
    },
  );

  return routes;
}
