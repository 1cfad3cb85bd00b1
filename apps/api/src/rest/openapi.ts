// The REST routes and their OpenAPI 3.1 description come from one declaration (ADR 0022): a route names
// the zod schemas of its path parameters, query and JSON body; the handler gets them parsed by exactly
// those schemas, and the document at /api/openapi.json is generated from the same ones. A route cannot be
// registered without being documented.
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { z } from "zod";
import { requireAdmin, requireUser, type AuthEnv } from "../auth/middleware.ts";
import { parseInput, readJsonBody, smallJsonBody } from "./json-body.ts";

type Method = "get" | "post" | "patch" | "put" | "delete";

/** What every JSON error answer looks like. */
export const errorSchema = z
  .object({
    error: z.string().describe("What went wrong, for a person to read."),
    issues: z
      .object({ formErrors: z.array(z.string()), fieldErrors: z.record(z.string(), z.array(z.string())) })
      .optional()
      .describe("With 400 for invalid input: the messages per field."),
  })
  .meta({ example: { error: "document not found" } });

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid input: the message names the fields.",
  401: "No valid token or session: send `Authorization: Bearer <token>`.",
  403: "Signed in, but not allowed (e.g. admins only), or a cross-origin write.",
  404: "Not found — or not yours: another user's document looks exactly like one that does not exist.",
  409: "Conflict with the current state (a name already taken, a changed document).",
  413: "Too large (the request body, or the owner's quota).",
  415: "Unsupported file type.",
  429: "Too many attempts: wait the seconds in `Retry-After`.",
  500: "Unexpected error: the message names the request id to quote.",
  503: "The database or the object store is unavailable: retry after `Retry-After` seconds.",
};

export interface ResponseSpec {
  description: string;
  /** JSON answer's schema (validated against answers in tests). */
  schema?: z.ZodType;
  /** A non-JSON answer (a file): its media type. */
  contentType?: string;
  headers?: Record<string, string>;
}

export interface RouteSpec<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined> {
  method: Method;
  /** Hono path below the group's base, e.g. `/:id`. */
  path: string;
  summary: string;
  description?: string;
  /** Path parameters (an object schema). */
  params?: P;
  query?: Q;
  /** A JSON request body (at most 16 KiB unless `bodyLimit` says otherwise). */
  body?: B;
  /** A request body the handler reads itself (multipart uploads): documented only. */
  rawBody?: { contentType: string; schema: z.ZodType; description: string };
  bodyLimit?: MiddlewareHandler;
  /** Who may call it, checked before any input is read: anyone, a signed-in user (the default), or an admin. */
  access?: "public" | "user" | "admin";
  responses: Record<number, ResponseSpec>;
  /** Error statuses besides the ones every route may answer (400 with input, 401 unless public, 500, 503). */
  errors?: number[];
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
}

export interface Operation extends Omit<RouteSpec<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined>, "bodyLimit"> {
  /** The full Hono path (`/api/documents/:id`). */
  fullPath: string;
  tag: string;
}

/** A group of REST routes under one base path: a Hono sub-app plus the operations it documents. */
export class RestRoutes {
  readonly app = new Hono<AuthEnv>();
  readonly operations: Operation[] = [];

  constructor(
    readonly base: string,
    readonly tag: string,
  ) {}

  route<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<P, Q, B>,
    handler: (c: Context<AuthEnv>, input: RouteInput<P, Q, B>) => Response | Promise<Response>,
  ): void {
    const { bodyLimit, ...doc } = spec;
    this.operations.push({ ...doc, fullPath: `${this.base}${spec.path === "/" ? "" : spec.path}` || "/", tag: this.tag });
    const limit = bodyLimit ?? (spec.body ? smallJsonBody : null);
    const handle: MiddlewareHandler<AuthEnv> = async (c) => {
      if (spec.access === "admin") requireAdmin(c);
      else if (spec.access !== "public") requireUser(c);
      const input = {
        params: spec.params ? parseInput(spec.params, c.req.param()) : undefined,
        query: spec.query ? parseInput(spec.query, c.req.query()) : undefined,
        body: spec.body ? await readJsonBody(c, spec.body) : undefined,
      } as RouteInput<P, Q, B>;
      return handler(c, input);
    };
    if (limit) this.app.on(spec.method.toUpperCase(), spec.path, limit, handle);
    else this.app.on(spec.method.toUpperCase(), spec.path, handle);
  }
}

// ---------------------------------------------------------------- the document

type JsonSchema = Record<string, unknown>;

/** JSON Schema (2020-12, OpenAPI 3.1's dialect) of a zod schema, as a request (`input`) or an answer (`output`) sees it. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    // Dates travel as ISO strings; a transform's far side is the server's business.
    unrepresentable: "any",
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === "date") Object.assign(ctx.jsonSchema, { type: "string", format: "date-time" });
    },
    // Shared pieces (`.meta({ id })`) stay inline: each operation's schema is then self-contained.
    reused: "inline",
    cycles: "ref",
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

function parameters(op: Operation): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema) continue;
    const js = jsonSchemaOf(schema, "input");
    const required = new Set((js.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries((js.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const { description, examples, example, ...propSchema } = prop;
      out.push({
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(description ? { description } : {}),
        schema: propSchema,
        ...(example !== undefined ? { example } : Array.isArray(examples) && examples.length > 0 ? { example: examples[0] } : {}),
      });
    }
  }
  return out;
}

const errorResponse = (status: number): JsonSchema => ({
  description: ERROR_TEXT[status] ?? "Error.",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function responses(op: Operation): JsonSchema {
  const out: JsonSchema = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const headers = r.headers ? { headers: Object.fromEntries(Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: "string" } }])) } : {};
    if (r.schema) out[status] = { description: r.description, ...headers, content: { "application/json": { schema: jsonSchemaOf(r.schema, "output") } } };
    else if (r.contentType) out[status] = { description: r.description, ...headers, content: { [r.contentType]: { schema: { type: "string", contentMediaType: r.contentType } } } };
    else out[status] = { description: r.description, ...headers };
  }
  const errors = new Set([...(op.errors ?? []), 500, 503]);
  if (op.params || op.query || op.body || op.rawBody) errors.add(400);
  if (op.access !== "public") errors.add(401);
  if (op.access === "admin") errors.add(403);
  for (const status of [...errors].sort()) out[String(status)] ??= errorResponse(status);
  return out;
}

function operationObject(op: Operation): JsonSchema {
  const body = op.body
    ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(op.body, "input") } } } }
    : op.rawBody
      ? { requestBody: { required: true, description: op.rawBody.description, content: { [op.rawBody.contentType]: { schema: jsonSchemaOf(op.rawBody.schema, "input") } } } }
      : {};
  return {
    operationId: `${op.method}${op.fullPath.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : ""))}`,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.access === "public" ? { security: [] } : {}),
    ...(op.access === "admin" ? { "x-docscan-access": "admins only" } : {}),
    parameters: parameters(op),
    ...body,
    responses: responses(op),
  };
}

/** An outgoing request docscan makes (OpenAPI 3.1 `webhooks`): what a receiver gets. */
export interface OutgoingSpec {
  summary: string;
  description: string;
  headers: Record<string, string>;
  body: z.ZodType;
}

/** The OpenAPI 3.1 document of `operations` (and of the webhook requests docscan sends). */
export function openApiDocument(operations: Operation[], info: { version: string }, outgoing: Record<string, OutgoingSpec> = {}): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[toOpenApiPath(op.fullPath)] ??= {})[op.method] = operationObject(op);
  const webhooks = Object.fromEntries(
    Object.entries(outgoing).map(([name, w]) => [
      name,
      {
        post: {
          summary: w.summary,
          description: w.description,
          parameters: Object.entries(w.headers).map(([header, description]) => ({ name: header, in: "header", required: true, description, schema: { type: "string" } })),
          requestBody: { required: true, content: { "application/json": { schema: jsonSchemaOf(w.body, "output") } } },
          responses: { "200": { description: "Any 2xx answer within the timeout counts as delivered; anything else is retried." } },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "docscan API",
      version: info.version,
      description:
        "REST API for scripts and other tools. Authenticate with an API token (`POST /api/auth/tokens`, or the console's account page) " +
        "sent as `Authorization: Bearer <token>`. Errors are JSON `{ error }`. Webhook deliveries and their signatures: see docs/api.md.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    ...(Object.keys(webhooks).length > 0 ? { webhooks } : {}),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (`ds_…`)." } },
      schemas: { Error: jsonSchemaOf(errorSchema, "output") },
    },
  };
}
