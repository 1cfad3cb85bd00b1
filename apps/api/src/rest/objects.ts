// Presigned GETs of the local-folder store (S3 presigns against the S3 server itself).
import { Readable } from "node:stream";
import { z } from "zod";
import { verifyPresignedFsUrl } from "@docscan/storage";
import type { AppDeps } from "../context.ts";
import { RestRoutes } from "./openapi.ts";

const linkQuerySchema = z.object({
  expires: z.string().max(20).default(""),
  signature: z.string().max(200).default(""),
  filename: z.string().max(1000).optional(),
});

export function objectRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/objects", "documents");
  routes.route(
    {
      method: "get",
      path: "/:key",
      summary: "A presigned download link (local-folder storage)",
      description: "The signature is the credential: no token needed. Links come from the console.",
      access: "public",
      params: z.object({ key: z.string().min(1).max(1000) }),
      query: linkQuerySchema,
      responses: { 200: { description: "The stored bytes, as an attachment.", contentType: "application/octet-stream" } },
      errors: [403, 404],
    },
    async (c, { params, query }) => {
      const link = { key: params.key, expires: query.expires, signature: query.signature, filename: query.filename };
      if (deps.storage.backend !== "fs" || !deps.fsSigningSecret || !verifyPresignedFsUrl(deps.fsSigningSecret, link)) {
        return c.json({ error: "invalid or expired link" }, 403);
      }
      const body = await deps.storage.get(link.key);
      return new Response(Readable.toWeb(body) as ReadableStream, {
        headers: { "Content-Type": "application/octet-stream", "X-Content-Type-Options": "nosniff", "Content-Disposition": "attachment" },
      });
    },
  );
  return routes;
}
