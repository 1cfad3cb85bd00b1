// Plain HTTP for scripts and non-TypeScript clients; same use-cases as the tRPC procedures.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Hono, type Context } from "hono";
import { assertFolderOwned, getDocument, readQuota, type DocumentSummary } from "@docscan/db";
import { idSchema, InvalidInputError, listDocumentsInputSchema } from "@docscan/shared";
import { attachmentDisposition, ObjectNotFoundError } from "@docscan/storage";
import { requireUser, type AuthEnv } from "../auth/middleware.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { listDocumentsFor, removeDocument, sniffAll, storeDocuments, uploadRoom } from "../services/documents.ts";
import { removeSpooled, spoolMultipart, sweepSpoolHourly } from "../services/spool.ts";
import { parseInput } from "./json-body.ts";

function parseId(raw: string, what = "id"): string {
  const r = idSchema.safeParse(raw);
  if (!r.success) throw new InvalidInputError(`malformed ${what}: expected a UUID`);
  return r.data;
}

/** The caller's document named in the path; anyone else's is 404 like one that does not exist. */
function documentOf(deps: AppDeps, c: Context<AuthEnv>) {
  const scope = documentScope(requireUser(c));
  return getDocument(deps.db, parseId(c.req.param("id") ?? ""), scope);
}

function summary(d: DocumentSummary) {
  return {
    id: d.id,
    filename: d.filename,
    status: d.status,
    error: d.error,
    contentType: d.contentType,
    size: d.size,
    topics: d.topics.map((t) => t.name),
    createdAt: d.createdAt,
  };
}

export function documentRoutes(deps: AppDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  // Upload temp files of a process that crashed mid-request: removed at start, then hourly.
  sweepSpoolHourly(deps.log);

  // The documents belong to the caller. `?folder=<id>` files them in one of the caller's folders: a query
  // parameter rather than a multipart field, so it is checked before a single byte of the body is read.
  // All files of a request are stored or none (bad type, quota).
  app.post("/", async (c) => {
    const user = requireUser(c);
    const rawFolder = c.req.query("folder");
    const folderId = rawFolder ? parseId(rawFolder, "folder id") : null;
    if (folderId) await assertFolderOwned(deps.db, user.id, folderId);
    const quota = await readQuota(deps.db, user.id);
    const files = await spoolMultipart(Object.fromEntries(c.req.raw.headers), c.req.raw.body as WebReadableStream<Uint8Array> | null, {
      maxFileBytes: deps.maxUploadBytes,
      maxTotalBytes: uploadRoom(quota),
    });
    try {
      const stored = await storeDocuments(deps, await sniffAll(files), { ownerId: user.id, folderId, quota });
      return c.json({ documents: stored.map(({ id, filename, status, duplicateOf }) => ({ id, filename, status, duplicateOf })) }, 201);
    } finally {
      await removeSpooled(files);
    }
  });

  // ?q= full-text search, &sort=, &cursor= (the previous page's nextCursor), filters; `page` still works
  // for old scripts but only LIMITS.offsetMax rows deep. `total` is { value, exact }.
  app.get("/", async (c) => {
    const user = requireUser(c);
    const page = await listDocumentsFor(deps, user, parseInput(listDocumentsInputSchema, c.req.query()));
    return c.json({ ...page, items: page.items.map((d) => ({ ...summary(d), title: d.title, snippet: d.snippet })) });
  });

  app.get("/:id", async (c) => {
    const d = await documentOf(deps, c);
    return c.json({ ...summary(d), sha256: d.sha256, pageCount: d.pageCount, updatedAt: d.updatedAt, text: d.text });
  });

  app.delete("/:id", async (c) => {
    const scope = documentScope(requireUser(c));
    await removeDocument(deps, parseId(c.req.param("id")), scope);
    return c.body(null, 204);
  });

  // Always an attachment with the sniffed type, nosniff and a sandbox CSP: an uploaded file can never run script in our origin.
  app.get("/:id/file", async (c) => {
    const d = await documentOf(deps, c);
    return storedObject(deps, c, d.objectKey, {
      "Content-Type": d.contentType,
      "Content-Length": String(d.size),
      "Content-Disposition": attachmentDisposition(d.filename),
      "Cache-Control": "private, no-store",
    });
  });

  // Our own rendering of the first page, made by the worker. A new rendering gets a new key, so the key is
  // the ETag; the browser asks again each time (another account may use this browser next) and gets a 304.
  app.get("/:id/thumbnail", async (c) => {
    const d = await documentOf(deps, c);
    if (!d.thumbnailKey) return c.json({ error: "this document has no thumbnail (yet)" }, 404);
    const etag = `"${d.thumbnailKey}"`;
    const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
    if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return storedObject(deps, c, d.thumbnailKey, { ...headers, "Content-Type": d.thumbnailKey.endsWith(".png") ? "image/png" : "image/webp" });
  });

  // Inline view of raster images only (types a browser renders without running anything). PDFs are
  // rendered in the console by pdf.js from /file; everything else is download-only.
  app.get("/:id/preview", async (c) => {
    const d = await documentOf(deps, c);
    if (!INLINE_TYPES.has(d.contentType)) return c.json({ error: `no inline preview for ${d.contentType}; download it instead` }, 415);
    return storedObject(deps, c, d.objectKey, {
      "Content-Type": d.contentType,
      "Content-Length": String(d.size),
      "Content-Disposition": "inline",
      "Cache-Control": "private, no-store",
    });
  });

  return app;
}

/**
 * A stored object as the response, sandboxed (nosniff, a CSP that runs nothing). HEAD gets the headers
 * alone: Hono answers HEAD through the GET route and drops the body, which would leave the object's
 * stream (a file handle, an S3 connection) open.
 */
async function storedObject(deps: AppDeps, c: Context, key: string, headers: Record<string, string>): Promise<Response> {
  const sandboxed = { ...headers, "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; sandbox" };
  if (c.req.method === "HEAD") {
    if (!(await deps.storage.head(key))) throw new ObjectNotFoundError(key);
    return new Response(null, { headers: sandboxed });
  }
  const body = await deps.storage.get(key);
  return new Response(Readable.toWeb(body) as ReadableStream, { headers: sandboxed });
}

const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"]);
