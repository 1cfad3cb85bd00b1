// Checks answers against the OpenAPI document the app serves: the status must be documented for the
// route, and a JSON answer must validate against its documented schema (ADR 0022).
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";
import type { InMemoryApp } from "./helpers.ts";

type Json = Record<string, unknown>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

export interface DocumentedCheck {
  document: Json;
  /** Fails unless `res` (an answer to `method path`, a Hono path like `/api/documents/:id`) is as documented. Returns the parsed JSON body, if any. */
  check(route: string, res: Response): Promise<unknown>;
}

export async function loadDocument(app: InMemoryApp): Promise<DocumentedCheck> {
  const res = await app.request("/api/openapi.json");
  expect(res.status).toBe(200);
  const document = (await res.json()) as Json;
  const components = (document.components as { schemas: Json }).schemas;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const inlineRefs = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(inlineRefs);
    if (!schema || typeof schema !== "object") return schema;
    const ref = (schema as { $ref?: string }).$ref;
    if (ref?.startsWith("#/components/schemas/")) return inlineRefs(components[ref.slice("#/components/schemas/".length)]);
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inlineRefs(v)]));
  };

  return {
    document,
    async check(route, res) {
      const [method, path] = route.split(" ") as [string, string];
      const openApiPath = path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
      const operation = ((document.paths as Record<string, Record<string, Json>>)[openApiPath] ?? {})[method.toLowerCase()];
      expect(operation, `${route} is in the OpenAPI document`).toBeDefined();
      const responses = operation!.responses as Record<string, { content?: Record<string, { schema: unknown }> }>;
      const documented = responses[String(res.status)];
      expect(documented, `${route}: status ${res.status} is documented (${Object.keys(responses).join(", ")})`).toBeDefined();
      const schema = documented!.content?.["application/json"]?.schema;
      if (!schema) return undefined;
      expect(res.headers.get("content-type") ?? "", `${route} ${res.status} answers JSON`).toMatch(/^application\/json/);
      const body = (await res.clone().json()) as unknown;
      const key = `${route} ${res.status}`;
      let validate = compiled.get(key);
      if (!validate) compiled.set(key, (validate = ajv.compile(inlineRefs(schema) as Json)));
      const valid = validate(body);
      expect(valid ? [] : validate.errors, `${key}: the answer matches its documented schema`).toEqual([]);
      return body;
    },
  };
}
