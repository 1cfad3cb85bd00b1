// The API's own description: the OpenAPI document and an interactive reference page (Swagger UI, served
// from the swagger-ui-dist package on this server, within the console's CSP: no CDN, no inline script).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@docscan/shared";
import { openApiDocument, RestRoutes, type Operation, type OutgoingSpec } from "./openapi.ts";
import { webhookEventSchema } from "./schemas.ts";

const WEBHOOK_REQUEST: Omit<OutgoingSpec, "summary"> = {
  description:
    "Sent to your registered URL. Verify X-Docscan-Signature: `sha256=` + hex HMAC-SHA256 under your secret of `<X-Docscan-Timestamp>.<raw body>`, and refuse timestamps more than 300 s from your clock.",
  headers: {
    "X-Docscan-Event": "The event name.",
    "X-Docscan-Delivery": "The delivery id (the same on retries).",
    "X-Docscan-Timestamp": "Unix seconds when this attempt was signed.",
    "X-Docscan-Signature": "sha256=<hex HMAC-SHA256(secret, timestamp + '.' + body)>",
  },
  body: webhookEventSchema,
};
const OUTGOING = Object.fromEntries(WEBHOOK_EVENTS.map((event) => [event, { ...WEBHOOK_REQUEST, summary: `${event} (webhook)` }]));

const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const ASSETS = {
  "swagger-ui.css": { file: "swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { file: "swagger-ui-bundle.js", type: "text/javascript; charset=utf-8" },
  "favicon-32x32.png": { file: "favicon-32x32.png", type: "image/png" },
} as const;
type Asset = keyof typeof ASSETS;

// Start-up script of the page: an external file, since the CSP runs no inline script.
const INIT_JS = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null, tryItOutEnabled: false });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>docscan API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

/** `/api/openapi.json` and `/api/docs`; `operations` are every other route's, read when the document is asked for. */
export function referenceRoutes(operations: () => Operation[]): RestRoutes {
  const routes = new RestRoutes("/api", "reference");
  const cache = new Map<string, Promise<Buffer>>();
  let document: Record<string, unknown> | null = null;

  routes.route(
    {
      method: "get",
      path: "/openapi.json",
      summary: "This document (OpenAPI 3.1)",
      access: "public",
      responses: { 200: { description: "The OpenAPI document.", schema: z.record(z.string(), z.unknown()) } },
    },
    (c) => {
      document ??= openApiDocument(operations(), { version: "1" }, OUTGOING);
      return c.json(document);
    },
  );

  routes.route(
    { method: "get", path: "/docs", summary: "The interactive API reference (HTML)", access: "public", responses: { 200: { description: "The page.", contentType: "text/html" } } },
    (c) => c.html(PAGE),
  );

  routes.route(
    {
      method: "get",
      path: "/docs/:file",
      summary: "The reference page's script and styles",
      access: "public",
      params: z.object({ file: z.enum([...(Object.keys(ASSETS) as Asset[]), "init.js"]) }),
      responses: { 200: { description: "A static file of the page.", contentType: "application/octet-stream" } },
    },
    async (c, { params }) => {
      const headers = { "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" };
      if (params.file === "init.js") return c.body(INIT_JS, 200, { ...headers, "Content-Type": "text/javascript; charset=utf-8" });
      const asset = ASSETS[params.file];
      let bytes = cache.get(asset.file);
      if (!bytes) cache.set(asset.file, (bytes = readFile(join(SWAGGER_DIR, asset.file))));
      return c.body(new Uint8Array(await bytes), 200, { ...headers, "Content-Type": asset.type });
    },
  );

  return routes;
}
