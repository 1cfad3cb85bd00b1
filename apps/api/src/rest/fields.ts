// Custom fields for scripts: the same use-cases and rules as tRPC's fields.* (issue 17, ADR 0033).
import { z } from "zod";
import { listFields } from "@docscan/db/fields";
import { idSchema } from "@docscan/shared";
import { fieldCreateSchema, fieldPatchSchema } from "@docscan/shared/fields";
import { restAudit } from "../audit.ts";
import type { AppDeps } from "../context.ts";
import { changeField, createFieldFor, linkField, removeField } from "../services/fields.ts";
import { RestRoutes } from "./openapi.ts";
import { customFieldListSchema, customFieldSchema, idParams } from "./schemas.ts";

const TYPES =
  "`type`: text, number, monetary (an amount and its currency), date, boolean, select (with `options`), url. `extract`: the offline reader that fills it — `total` (monetary or number), `due_date` (date), `invoice_number` or `iban` (text), `none`. Both default from the name (\"Total\" → monetary, total; \"Due date\" → date, due_date).";
const topicParams = z.object({ id: idSchema.describe("The field's UUID"), topicId: idSchema.describe("A global topic's UUID") });

export function fieldRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/fields", "fields");

  routes.route(
    { method: "get", path: "/", summary: "Custom fields", responses: { 200: { description: "By name, with the topics each is attached to.", schema: customFieldListSchema } } },
    async (c) => c.json(await listFields(deps.db)),
  );

  routes.route(
    {
      method: "post",
      path: "/",
      access: "admin",
      summary: "Define a custom field (admins)",
      description: `${TYPES} A name that exists (any case) is a 409.`,
      body: fieldCreateSchema.meta({ example: { name: "Total" } }),
      responses: { 201: { description: "Created.", schema: customFieldSchema } },
      errors: [403, 409],
    },
    async (c, { body }) => c.json(await createFieldFor(deps.db, restAudit(deps, c), body), 201),
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      access: "admin",
      summary: "Change a custom field (admins)",
      description: `Only what is sent changes. ${TYPES} The type cannot change once documents have values (409), nor may a select field drop an option in use (409).`,
      params: idParams,
      body: fieldPatchSchema.meta({ example: { name: "Grand total" } }),
      responses: { 200: { description: "The field as it is now.", schema: customFieldSchema } },
      errors: [403, 404, 409],
    },
    async (c, { params, body }) => c.json(await changeField(deps.db, restAudit(deps, c), params.id, body)),
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      access: "admin",
      summary: "Delete a custom field (admins)",
      description: "Its topic links and every document's value go with it.",
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      errors: [403, 404],
    },
    async (c, { params }) => {
      await removeField(deps.db, restAudit(deps, c), params.id);
      return c.body(null, 204);
    },
  );

  for (const [method, attach] of [
    ["put", true],
    ["delete", false],
  ] as const) {
    routes.route(
      {
        method,
        path: "/:id/topics/:topicId",
        access: "admin",
        summary: attach ? "Attach a custom field to a topic (admins)" : "Detach a custom field from a topic (admins)",
        description: attach
          ? "Documents filed under the (global) topic get the field; its reader fills it at their next classification."
          : "Documents keep the values they have; offline values go at their next classification.",
        params: topicParams,
        responses: { 200: { description: "`changed`: false when it already was (not) attached.", schema: z.object({ changed: z.boolean() }) } },
        errors: [403, 404],
      },
      async (c, { params }) => c.json(await linkField(deps.db, restAudit(deps, c), { topicId: params.topicId, fieldId: params.id }, attach)),
    );
  }

  return routes;
}
