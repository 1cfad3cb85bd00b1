// Plain HTTP for scripts and non-TypeScript clients; same use-cases as the tRPC procedures.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Hono } from "hono";
import { getDocument, listDocuments, type DocumentSummary } from "@docscan/db";
import { idSchema, InvalidInputError, listDocumentsInputSchema } from "@docscan/shared";
import { attachmentDisposition } from "@docscan/storage";
import type { AppDeps } from "../context.ts";
import { removeDocument, sniffAll, storeDocument, type StoredUpload } from "../services/documents.ts";
import { removeSpooled, spoolMultipart } from "../services/spool.ts";

function parseId(raw: string): string {
  const r = idSchema.safeParse(raw);
  if (!r.success) throw new InvalidInputError("malformed id: expected a UUID");
  return r.data;
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

export function documentRoutes(deps: AppDeps): Hono {
  const app = new Hono();

  app.post("/", async (c) => {
    const files = await spoolMultipart(
      Object.fromEntries(c.req.raw.headers),
      c.req.raw.body as WebReadableStream<Uint8Array> | null,
      deps.maxUploadBytes,
    );
    try {
      const stored: StoredUpload[] = [];
      for (const { file, type } of await sniffAll(files)) stored.push(await storeDocument(deps, file, type));
      return c.json({ documents: stored.map(({ id, filename, status, duplicateOf }) => ({ id, filename, status, duplicateOf })) }, 201);
    } finally {
      await removeSpooled(files);
    }
  });

  // ?q= full-text search, &sort=, &cursor= (the previous page's nextCursor), filters; `page` still works
  // for old scripts but only LIMITS.offsetMax rows deep. `total` is { value, exact }.
  app.get("/", async (c) => {
    const input = listDocumentsInputSchema.parse(c.req.query());
    const page = await listDocuments(deps.db, input);
    return c.json({ ...page, items: page.items.map((d) => ({ ...summary(d), title: d.title, snippet: d.snippet })) });
  });

  app.get("/:id", async (c) => {
    const d = await getDocument(deps.db, parseId(c.req.param("id")));
    return c.json({ ...summary(d), sha256: d.sha256, pageCount: d.pageCount, updatedAt: d.updatedAt, text: d.text });
  });

  app.delete("/:id", async (c) => {
    await removeDocument(deps, parseId(c.req.param("id")));
    return c.body(null, 204);
  });

  // Always an attachment with the sniffed type, nosniff and a sandbox CSP: an uploaded file can never run script in our origin.
  app.get("/:id/file", async (c) => {
    const d = await getDocument(deps.db, parseId(c.req.param("id")));
    const body = await deps.storage.get(d.objectKey);
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        "Content-Type": d.contentType,
        "Content-Length": String(d.size),
        "Content-Disposition": attachmentDisposition(d.filename),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  });

  // Our own rendering of the first page, made by the worker.
  app.get("/:id/thumbnail", async (c) => {
    const d = await getDocument(deps.db, parseId(c.req.param("id")));
    if (!d.thumbnailKey) return c.json({ error: "this document has no thumbnail (yet)" }, 404);
    const info = await deps.storage.head(d.thumbnailKey);
    const body = await deps.storage.get(d.thumbnailKey);
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        "Content-Type": info?.contentType ?? "image/webp",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, max-age=3600",
      },
    });
  });

  // Inline view of raster images only (types a browser renders without running anything). PDFs are
  // rendered in the console by pdf.js from /file; everything else is download-only.
  app.get("/:id/preview", async (c) => {
    const d = await getDocument(deps.db, parseId(c.req.param("id")));
    if (!INLINE_TYPES.has(d.contentType)) return c.json({ error: `no inline preview for ${d.contentType}; download it instead` }, 415);
    const body = await deps.storage.get(d.objectKey);
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        "Content-Type": d.contentType,
        "Content-Length": String(d.size),
        "Content-Disposition": "inline",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  });

  return app;
}

const INLINE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"]);
