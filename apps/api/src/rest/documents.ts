// Plain HTTP for scripts and non-TypeScript clients; same use-cases as the tRPC procedures.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Context } from "hono";
import { z } from "zod";
import { documentFamily } from "@docscan/db/attachments";
import { documentFieldValues } from "@docscan/db/fields";
import { bulkSetFieldInputSchema, fieldValueInputSchema } from "@docscan/shared/fields";
import { addNote, assertFolderOwned, deleteNote, documentsInScopeOrThrow, getDocument, listNotes, readQuota, setDocumentDate, setDocumentTitle, setManualTopics, type DocumentSummary } from "@docscan/db";
import { bulkCorrespondentInputSchema, documentDateSchema, documentTitleSchema, idSchema, LIMITS, listDocumentsInputSchema, moveDocumentsInputSchema, noteTextSchema } from "@docscan/shared";
import { attachmentDisposition, ObjectNotFoundError } from "@docscan/storage";
import { audited, dateEvent, noteEvent, restAudit, titleEvent, topicsEvent } from "../audit.ts";
import { requireUser, type AuthEnv } from "../auth/middleware.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { setCorrespondentFor } from "../services/correspondents.ts";
import { setFieldFor } from "../services/fields.ts";
import { listDocumentsFor, moveDocuments, removeDocument, restoreFromTrash, sniffAll, storeDocuments, uploadRoom } from "../services/documents.ts";
import { MAX_FILES_PER_REQUEST, removeSpooled, spoolMultipart, sweepSpoolHourly } from "../services/spool.ts";
import { RestRoutes } from "./openapi.ts";
import { documentDetailSchema, documentFieldsSchema, documentFamilySchema, documentPageSchema, idParams, movedSchema, noteSchema, restoredSchema, uploadResultSchema } from "./schemas.ts";
import { resolveTopicRefs, topicRefSchema } from "./topic-refs.ts";

/** The caller's document; anyone else's is 404 like one that does not exist. */
function documentOf(deps: AppDeps, c: Context<AuthEnv>, id: string) {
  return getDocument(deps.db, id, documentScope(requireUser(c)));
}

/** How a person's value of a custom field is written, by the field's type (ADR 0033). */
const FIELD_VALUES =
  'The value is a person\'s: final, no reader or model changes it afterwards; `null` clears it (final too). Written by type: number `1234.5`, monetary `123.45 EUR` (the ISO code optional), date `2026-03-16`, boolean `true`/`false`, select one of its options, url an http(s) URL, text anything. A value the type refuses is a 400 that says why.';

function detail(d: Awaited<ReturnType<typeof getDocument>>) {
  return {
    ...summary(d),
    sha256: d.sha256,
    pageCount: d.pageCount,
    updatedAt: d.updatedAt,
    text: d.text,
    correspondentSource: d.correspondentSource,
    correspondentConfidence: d.correspondentConfidence,
    correspondentQuote: d.correspondentQuote,
    proposedCorrespondent: d.proposedCorrespondent === null ? null : { name: d.proposedCorrespondent, quote: d.proposedCorrespondentQuote },
    searchablePdf: d.searchablePdfKey !== null,
    searchablePdfError: d.searchablePdfError,
  };
}

function summary(d: DocumentSummary) {
  return {
    id: d.id,
    filename: d.filename,
    status: d.status,
    error: d.error,
    contentType: d.contentType,
    size: d.size,
    title: d.title,
    documentDate: d.documentDate,
    folderId: d.folderId,
    correspondent: d.correspondentName,
    correspondentId: d.correspondentId,
    topics: d.topics.map(({ id, name, color, source, confidence, quote, classifiedBy }) => ({ id, name, color, source, confidence, quote, classifiedBy })),
    ocrLowConfidence: d.ocrLowConfidence,
    createdAt: d.createdAt,
  };
}

/** The listing's query; `topic` also takes a topic's name. */
const listQuerySchema = listDocumentsInputSchema.safeExtend({ topic: topicRefSchema.optional() });

const uploadQuerySchema = z.object({ folder: idSchema.optional().describe("File the uploads in this folder of yours.") });

const documentUpdateSchema = z
  .object({
    topics: z.array(topicRefSchema).max(100).optional().describe("The document gets exactly these topics (ids or names), as a person's choice."),
    expectedTopics: z
      .array(idSchema)
      .max(100)
      .optional()
      .describe("The topic ids you saw: if the document's differ by now (its classification finished meanwhile), 409 and nothing changes."),
    folderId: idSchema.nullable().optional().describe("File it in this folder of yours; null: in no folder."),
    title: documentTitleSchema.optional().describe("Rename the document (one line; the file name stays as it was)."),
    documentDate: documentDateSchema.nullable().optional().describe("The date the document is about (YYYY-MM-DD), as a person's choice; null: it has none. The text never overrides it."),
    correspondentId: idSchema.nullable().optional().describe("Who sent it (a correspondent's id), as a person's choice; null: nobody. No rule or learned model overrides it."),
  })
  .meta({ example: { topics: ["Invoices", "Taxes"] } });

const noteBodySchema = z.object({ text: noteTextSchema.describe("The note: plain text, searchable with the document.") }).meta({ example: { text: "Paid by bank transfer on 3 March." } });

const fileHeaders = { "Content-Disposition": "attachment; filename=…", "X-Content-Type-Options": "nosniff" };

/** `permanent=true`: delete for good (also a document already in the trash); otherwise to the trash (ADR 0021). */
const deleteQuerySchema = z.object({
  permanent: z
    .enum(["true", "false"], { message: "permanent must be true or false" })
    .default("false")
    .transform((v) => v === "true"),
});

export function documentRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/documents", "documents");
  // Upload temp files of a process that crashed mid-request: removed at start, then hourly.
  sweepSpoolHourly(deps.log);

  // `?folder=<id>` is a query parameter rather than a multipart field, so it is checked before a single byte of the body is read.
  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Upload documents",
      description: `Multipart form with one or more \`file\` fields (at most ${MAX_FILES_PER_REQUEST} files). The type is sniffed from the bytes. All files of a request are stored, or none (bad type, quota). Processing runs in the background: poll \`GET /api/documents/{id}\` until \`status\` is \`done\` or \`failed\`, or register a webhook.`,
      query: uploadQuerySchema,
      rawBody: {
        contentType: "multipart/form-data",
        description: "The files, each in a field named `file`.",
        schema: z.object({ file: z.array(z.string().meta({ format: "binary" })) }),
      },
      responses: { 201: { description: "Stored; processing is queued.", schema: uploadResultSchema } },
      errors: [404, 413, 415],
    },
    async (c, { query }) => {
      const user = requireUser(c);
      const folderId = query.folder ?? null;
      if (folderId) await assertFolderOwned(deps.db, user.id, folderId);
      const quota = await readQuota(deps.db, user.id);
      const files = await spoolMultipart(Object.fromEntries(c.req.raw.headers), c.req.raw.body as WebReadableStream<Uint8Array> | null, {
        maxFileBytes: deps.maxUploadBytes,
        maxTotalBytes: uploadRoom(quota),
      });
      try {
        const stored = await storeDocuments(audited(deps, c), await sniffAll(files), { ownerId: user.id, folderId, quota });
        return c.json({ documents: stored.map(({ id, filename, status, duplicateOf }) => ({ id, filename, status, duplicateOf })) }, 201);
      } finally {
        await removeSpooled(files);
      }
    },
  );

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "List and search documents",
      description:
        "`q`: full-text search (web-search syntax: `\"exact phrase\"`, `or`, `-excluded`; the last word matches as a prefix). Page with `cursor` = the previous answer's `nextCursor`. `page` (offset paging) works only 10 000 rows deep.",
      query: listQuerySchema,
      responses: { 200: { description: "One page of documents.", schema: documentPageSchema } },
      errors: [404],
    },
    async (c, { query }) => {
      const user = requireUser(c);
      const topic = query.topic === undefined ? undefined : (await resolveTopicRefs(deps.db, user, [query.topic]))[0];
      const page = await listDocumentsFor(deps, user, { ...query, topic });
      return c.json({ ...page, items: page.items.map((d) => ({ ...summary(d), snippet: d.snippet })) });
    },
  );

  routes.route(
    {
      method: "post",
      path: "/move",
      summary: "File documents in a folder",
      description: "Moves the documents into one of your folders (`folderId: null`: out of any folder). All or nothing.",
      body: moveDocumentsInputSchema,
      responses: { 200: { description: "How many moved.", schema: movedSchema } },
      errors: [404],
    },
    async (c, { body }) => c.json(await moveDocuments(audited(deps, c), requireUser(c), body.ids, body.folderId)),
  );

  routes.route(
    {
      method: "post",
      path: "/correspondent",
      summary: "Set the correspondent of documents",
      description: "The correspondent (`correspondentId: null`: none) of every document named, as a person's choice: no rule or learned model changes it afterwards. All or nothing.",
      body: bulkCorrespondentInputSchema.meta({ example: { ids: ["5b1c3a52-6a8f-4f39-9a3e-2f2f0a6b9d11"], correspondentId: "0e8f7a10-3c1d-4d3e-9b8a-1a2b3c4d5e6f" } }),
      responses: { 200: { description: "How many documents were set.", schema: z.object({ updated: z.number().int() }) } },
      errors: [404],
    },
    async (c, { body }) => c.json(await setCorrespondentFor(deps.db, restAudit(deps, c), body.ids, body.correspondentId, documentScope(requireUser(c)))),
  );

  routes.route(
    {
      method: "post",
      path: "/fields",
      summary: "Set a custom field of documents",
      description: `${FIELD_VALUES} The value of every document named, as a person's. All or nothing.`,
      body: bulkSetFieldInputSchema.meta({ example: { ids: ["5b1c3a52-6a8f-4f39-9a3e-2f2f0a6b9d11"], fieldId: "9d0c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", value: "119.00 EUR" } }),
      responses: { 200: { description: "How many documents were set.", schema: z.object({ updated: z.number().int() }) } },
      errors: [404],
    },
    async (c, { body }) => c.json(await setFieldFor(deps.db, restAudit(deps, c), body.ids, body.fieldId, body.value, documentScope(requireUser(c)))),
  );

  routes.route(
    {
      method: "put",
      path: "/:id/fields/:fieldId",
      summary: "Set a custom field of a document",
      description: FIELD_VALUES,
      params: z.object({ id: idSchema.describe("UUID"), fieldId: idSchema.describe("The field's UUID") }),
      body: z.object({ value: fieldValueInputSchema }).meta({ example: { value: "119.00 EUR" } }),
      responses: { 200: { description: "The document's fields as they are now.", schema: documentFieldsSchema } },
      errors: [404],
    },
    async (c, { params, body }) => {
      await setFieldFor(deps.db, restAudit(deps, c), [params.id], params.fieldId, body.value, documentScope(requireUser(c)));
      return c.json(await documentFieldValues(deps.db, params.id));
    },
  );

  routes.route(
    {
      method: "get",
      path: "/:id",
      summary: "A document: metadata, topics and extracted text",
      params: idParams,
      responses: { 200: { description: "The document.", schema: documentDetailSchema } },
      errors: [404],
    },
    async (c, { params }) => {
      const doc = await documentOf(deps, c, params.id);
      return c.json({ ...detail(doc), fields: await documentFieldValues(deps.db, doc.id) });
    },
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      summary: "Change a document's title, date, correspondent, topics or folder",
      description: "Topics set here are a person's choice: reclassification keeps them, and removed topics are not applied again.",
      params: idParams,
      body: documentUpdateSchema,
      responses: { 200: { description: "The document as it is now.", schema: documentDetailSchema } },
      errors: [404, 409],
    },
    async (c, { params, body }) => {
      const user = requireUser(c);
      const scope = documentScope(user);
      if (body.title !== undefined) await restAudit(deps, c)(titleEvent(await setDocumentTitle(deps.db, params.id, body.title, scope)));
      if (body.documentDate !== undefined) await restAudit(deps, c)(dateEvent(await setDocumentDate(deps.db, params.id, body.documentDate, scope)));
      if (body.correspondentId !== undefined) await setCorrespondentFor(deps.db, restAudit(deps, c), [params.id], body.correspondentId, scope);
      if (body.topics !== undefined) {
        const topicIds = [...new Set(await resolveTopicRefs(deps.db, user, body.topics))];
        await setManualTopics(deps.db, params.id, topicIds, scope, body.expectedTopics, user.id);
        await restAudit(deps, c)(topicsEvent(params.id, topicIds, body.expectedTopics));
      }
      if (body.folderId !== undefined) await moveDocuments(audited(deps, c), user, [params.id], body.folderId);
      return c.json({ ...detail(await getDocument(deps.db, params.id, scope)), fields: await documentFieldValues(deps.db, params.id) });
    },
  );

  routes.route(
    {
      method: "get",
      path: "/:id/family",
      summary: "An e-mail's attachments, or the e-mail an attachment came in",
      description: "Each attachment of an uploaded or imported e-mail (.eml, .msg) of a type docscan reads becomes a document of its own, linked to the mail.",
      params: idParams,
      responses: { 200: { description: "The linked documents.", schema: documentFamilySchema } },
      errors: [404],
    },
    async (c, { params }) => {
      const scope = documentScope(requireUser(c));
      await documentsInScopeOrThrow(deps.db, [params.id], scope);
      return c.json(await documentFamily(deps.db, params.id, scope));
    },
  );

  // Notes (ADR 0025): everyone who can see the document reads and adds them; a note is deleted by its author or an admin.
  const noteActor = (c: Context<AuthEnv>) => {
    const user = requireUser(c);
    return { id: user.id, admin: user.role === "admin" };
  };
  routes.route(
    {
      method: "get",
      path: "/:id/notes",
      summary: "A document's notes, oldest first",
      params: idParams,
      responses: { 200: { description: "The notes.", schema: z.array(noteSchema) } },
      errors: [404],
    },
    async (c, { params }) => {
      const actor = noteActor(c);
      const notes = await listNotes(deps.db, params.id, documentScope(requireUser(c)));
      return c.json(notes.map((n) => ({ ...n, canDelete: actor.admin || n.authorId === actor.id })));
    },
  );

  routes.route(
    {
      method: "post",
      path: "/:id/notes",
      summary: "Add a note to a document",
      description: `Plain text, at most ${LIMITS.noteMax} characters; a document holds at most ${LIMITS.notesPerDocument} notes. Search finds the document by its notes.`,
      params: idParams,
      body: noteBodySchema,
      responses: { 201: { description: "The note.", schema: noteSchema } },
      errors: [404],
    },
    async (c, { params, body }) => {
      const note = await addNote(deps.db, params.id, body.text, noteActor(c), documentScope(requireUser(c)));
      await restAudit(deps, c)(noteEvent("document.note_add", { id: note.id, documentId: params.id, text: body.text }));
      return c.json({ ...note, canDelete: true }, 201);
    },
  );

  routes.route(
    {
      method: "delete",
      path: "/notes/:id",
      summary: "Delete a note (your own; admins: any)",
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      errors: [403, 404],
    },
    async (c, { params }) => {
      await restAudit(deps, c)(noteEvent("document.note_delete", await deleteNote(deps.db, params.id, noteActor(c), documentScope(requireUser(c)))));
      return c.body(null, 204);
    },
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      summary: "Move a document to the trash (restorable for TRASH_DAYS), or with permanent=true delete it and its bytes for good",
      params: idParams,
      query: deleteQuerySchema,
      responses: { 204: { description: "In the trash, or deleted for good." } },
      errors: [404],
    },
    async (c, { params, query }) => {
      const user = requireUser(c);
      await removeDocument(audited(deps, c), params.id, documentScope(user), { permanent: query.permanent, by: user.id });
      return c.body(null, 204);
    },
  );

  routes.route(
    {
      method: "post",
      path: "/:id/restore",
      summary: "Take a document out of the trash, with its topics, folder and text",
      description: "Yours (an admin: anyone's). A document that is not in the trash, or not yours, is 404. List the trash with `GET /api/trash`.",
      params: idParams,
      responses: { 200: { description: "Back where it was.", schema: restoredSchema } },
      errors: [404],
    },
    async (c, { params }) => c.json(await restoreFromTrash(audited(deps, c), [params.id], documentScope(requireUser(c)))),
  );

  // Always an attachment with the sniffed type, nosniff and a sandbox CSP: an uploaded file can never run script in our origin.
  routes.route(
    {
      method: "get",
      path: "/:id/file",
      summary: "Download the original bytes",
      params: idParams,
      responses: { 200: { description: "The file as uploaded, as an attachment.", contentType: "application/octet-stream", headers: fileHeaders } },
      errors: [404],
    },
    async (c, { params }) => {
      const d = await documentOf(deps, c, params.id);
      const res = await storedObject(deps, c, d.objectKey, {
        "Content-Type": d.contentType,
        "Content-Length": String(d.size),
        "Content-Disposition": attachmentDisposition(d.filename),
        "Cache-Control": "private, no-store",
      });
      // Once the stored bytes are on their way (a HEAD request reads none).
      if (c.req.method === "GET") await restAudit(deps, c)({ action: "document.download", objectType: "document", objectId: d.id, objectLabel: d.filename });
      return res;
    },
  );

  // The original pages with an invisible text layer under the OCR'd words (issue 14, ADR 0034), made by the
  // worker for scans and photos. Served like the original: whoever may download the original may download it.
  routes.route(
    {
      method: "get",
      path: "/:id/searchable.pdf",
      summary: "Download the searchable PDF of a scan or photo",
      description:
        "The original's pages (a PDF's own pages; an image as a page) with invisible text under the words OCR recognised, as OCRmyPDF makes it: search and copy work in any PDF reader. Made in the same OCR pass as the text, for documents whose pages were read by OCR. 404 when the document has none: not a scan or photo, not extracted yet, or it could not be made (`searchablePdfError` in `GET /api/documents/{id}` says why).",
      params: idParams,
      responses: { 200: { description: "The searchable PDF, as an attachment.", contentType: "application/pdf", headers: fileHeaders } },
      errors: [404],
    },
    async (c, { params }) => {
      const d = await documentOf(deps, c, params.id);
      if (!d.searchablePdfKey) {
        const why = d.searchablePdfError ? `: ${d.searchablePdfError}` : " (only scans and photos get one, once their text is extracted)";
        return c.json({ error: `this document has no searchable PDF${why}` }, 404);
      }
      const info = await deps.storage.head(d.searchablePdfKey);
      if (!info) throw new ObjectNotFoundError(d.searchablePdfKey);
      const res = await storedObject(deps, c, d.searchablePdfKey, {
        "Content-Type": "application/pdf",
        "Content-Length": String(info.size),
        "Content-Disposition": attachmentDisposition(searchableName(d.filename)),
        "Cache-Control": "private, no-store",
      });
      if (c.req.method === "GET") await restAudit(deps, c)({ action: "document.download_searchable", objectType: "document", objectId: d.id, objectLabel: d.filename });
      return res;
    },
  );

  // Our own rendering of the first page, made by the worker. A new rendering gets a new key, so the key is
  // the ETag; the browser asks again each time (another account may use this browser next) and gets a 304.
  routes.route(
    {
      method: "get",
      path: "/:id/thumbnail",
      summary: "A small image of the first page",
      params: idParams,
      responses: {
        200: { description: "PNG or WebP.", contentType: "image/webp", headers: { ETag: "Changes with each new rendering." } },
        304: { description: "Not modified (If-None-Match)." },
      },
      errors: [404],
    },
    async (c, { params }) => {
      const d = await documentOf(deps, c, params.id);
      if (!d.thumbnailKey) return c.json({ error: "this document has no thumbnail (yet)" }, 404);
      const etag = `"${d.thumbnailKey}"`;
      const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
      if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
      return storedObject(deps, c, d.thumbnailKey, { ...headers, "Content-Type": d.thumbnailKey.endsWith(".png") ? "image/png" : "image/webp" });
    },
  );

  // Inline view of raster images only (types a browser renders without running anything). PDFs are
  // rendered in the console by pdf.js from /file; everything else is download-only.
  routes.route(
    {
      method: "get",
      path: "/:id/preview",
      summary: "View an image inline",
      description: "Raster images only; other types answer 415 (download them from /file).",
      params: idParams,
      responses: { 200: { description: "The image, inline.", contentType: "image/*" } },
      errors: [404, 415],
    },
    async (c, { params }) => {
      const d = await documentOf(deps, c, params.id);
      if (!INLINE_TYPES.has(d.contentType)) return c.json({ error: `no inline preview for ${d.contentType}; download it instead` }, 415);
      const res = await storedObject(deps, c, d.objectKey, {
        "Content-Type": d.contentType,
        "Content-Length": String(d.size),
        "Content-Disposition": "inline",
        "Cache-Control": "private, no-store",
      });
      if (c.req.method === "GET") await restAudit(deps, c)({ action: "document.view", objectType: "document", objectId: d.id, objectLabel: d.filename });
      return res;
    },
  );

  return routes;
}

/**
 * A stored object as the response, sandboxed (nosniff, a CSP that runs nothing). HEAD gets the headers
 * alone: Hono answers HEAD through the GET route and drops the body, which would leave the object's
 * stream (a file handle, an S3 connection) open.
 */
/** "scan.jpg" → "scan.searchable.pdf"; "letter.pdf" → "letter.searchable.pdf". */
export function searchableName(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return `${dot > 0 ? filename.slice(0, dot) : filename}.searchable.pdf`;
}

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
