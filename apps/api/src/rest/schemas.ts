// What the REST routes answer, as zod schemas: the OpenAPI document is generated from them and the tests
// validate real answers against that document (ADR 0022). Request schemas live with their use-cases.
import { z } from "zod";
import { FIELD_EXTRACTORS, FIELD_SOURCES, FIELD_TYPES } from "@docscan/shared/fields";
import { CORRESPONDENT_SOURCES, DOCUMENT_SORTS, DOCUMENT_STATUSES, idSchema, MATCH_ALGORITHMS, TOPIC_SOURCES, WEBHOOK_EVENTS } from "@docscan/shared";

const id = z.string().describe("UUID").meta({ example: "5b1c3a52-6a8f-4f39-9a3e-2f2f0a6b9d11" });
const timestamp = z.iso.datetime({ offset: true }).describe("ISO 8601 instant").meta({ example: "2026-03-01T09:30:00.000Z" });

/** A path with one `:id`. */
export const idParams = z.object({ id: idSchema.describe("UUID") });

export const topicLinkSchema = z.object({
  id,
  name: z.string().meta({ example: "Invoices" }),
  color: z.string().meta({ example: "#6366f1" }),
  source: z.enum(TOPIC_SOURCES).describe("`ai`: the classifier's choice; `manual`: a person's."),
  confidence: z.number().min(0).max(1).nullable().describe("The classifier's confidence (null for a person's choice)."),
  quote: z.string().nullable().describe("Text from the document that supports the topic."),
  classifiedBy: z.string().nullable().describe('"offline" or the model that chose an `ai` link; null for a person\'s.'),
});

const documentFields = {
  id,
  filename: z.string().meta({ example: "invoice-2026-03.pdf" }),
  title: z.string().describe("The document's name as people see it: the file name until someone edits it (`PATCH` with `title`)."),
  documentDate: z
    .string()
    .nullable()
    .meta({ example: "2026-03-31" })
    .describe("The date the document is about (letter, invoice, statement; YYYY-MM-DD), read from its text or file name, or set with `PATCH`; null when none was found."),
  status: z.enum(DOCUMENT_STATUSES).describe("pending → extracting → classifying → done, or failed (with `error`)."),
  error: z.string().nullable(),
  contentType: z.string().meta({ example: "application/pdf" }),
  size: z.number().int().describe("Bytes."),
  folderId: id.nullable(),
  correspondent: z.string().nullable().meta({ example: "Stadtwerke Musterstadt" }).describe("Who sent it (the correspondent's name); null when none was found or set."),
  correspondentId: id.nullable(),
  topics: z.array(topicLinkSchema),
  ocrLowConfidence: z.boolean().describe("A page read by OCR came out with low confidence: its text may be garbage (filter with `lowOcrConfidence=true`)."),
  createdAt: timestamp,
};

export const documentItemSchema = z.object({
  ...documentFields,
  snippet: z.string().nullable().describe("With a search: text around the first match, each match between U+E000 and U+E001."),
});

export const documentPageSchema = z.object({
  items: z.array(documentItemSchema),
  total: z.object({ value: z.number().int(), exact: z.boolean().describe("false: Postgres' estimate (many matches).") }),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  sort: z.enum(DOCUMENT_SORTS),
  perPage: z.number().int(),
  page: z.number().int().nullable(),
  rankWindow: z.number().int().nullable(),
});

/** One custom field of a document (ADR 0033). */
export const documentFieldValueSchema = z.object({
  fieldId: id,
  type: z.enum(FIELD_TYPES),
  value: z.string().nullable().describe('The value as text: "123.45 EUR" (monetary), "1234.5" (number), "2026-03-16" (date), "true"/"false", the option, the URL or the text. null: nothing found yet, or a person cleared it.'),
  amount: z.number().nullable().describe("Number and monetary fields: the amount as a number."),
  currency: z.string().nullable().describe("Monetary fields: the ISO 4217 code, or null when the document names none."),
  source: z.enum(FIELD_SOURCES).nullable().describe("`offline` (a reader: refreshed on every classification), `llm`, or `person` (final: the worker never changes it). null: no value yet."),
  confidence: z.number().min(0).max(1).nullable(),
  quote: z.string().nullable().describe("The words the value was read from."),
  updatedAt: z.string().nullable(),
});
export const documentFieldsSchema = z
  .record(z.string(), documentFieldValueSchema)
  .describe("The document's custom fields by name: every field of its topics (with or without a value) and every value set.")
  .meta({ example: { Total: { fieldId: "9d0c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", type: "monetary", value: "119.00 EUR", amount: 119, currency: "EUR", source: "offline", confidence: 0.8, quote: "Gesamtbetrag 119,00 EUR", updatedAt: "2026-03-02T10:00:00.000Z" } } });

export const customFieldSchema = z.object({
  id,
  name: z.string().meta({ example: "Total" }),
  type: z.enum(FIELD_TYPES),
  options: z.array(z.string()).describe("A select field's options."),
  extract: z.enum(FIELD_EXTRACTORS).describe("The offline reader that fills it: `total`, `due_date`, `invoice_number`, `iban`, or `none`."),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const customFieldListSchema = z.array(customFieldSchema.extend({ topicIds: z.array(id).describe("The topics whose documents have it.") }));

export const documentDetailSchema = z.object({
  ...documentFields,
  sha256: z.string(),
  pageCount: z.number().int().nullable(),
  updatedAt: timestamp,
  text: z.string().nullable().describe("The extracted text (null until extracted)."),
  correspondentSource: z
    .enum(CORRESPONDENT_SOURCES)
    .nullable()
    .describe("Who chose the correspondent: `rule` (a match rule), `learned` (from your confirmed documents), `sender` (the e-mail's sender), `llm` (the LLM read it in its classification call) or `person` (final: the worker never changes it)."),
  correspondentConfidence: z.number().min(0).max(1).nullable(),
  correspondentQuote: z.string().nullable().describe("The words it was found by."),
  proposedCorrespondent: z
    .object({ name: z.string(), quote: z.string().nullable() })
    .nullable()
    .describe("A sender the LLM read that is none of your correspondents: create it (`POST /api/correspondents`) and set it, or ignore it. Null otherwise."),
  searchablePdf: z.boolean().describe("A searchable PDF of this scan or photo is ready: `GET /api/documents/{id}/searchable.pdf`."),
  searchablePdfError: z.string().nullable().describe("Why the last extraction of this scan or photo made no searchable PDF (the text is there all the same)."),
  fields: documentFieldsSchema,
});

export const uploadResultSchema = z
  .object({
    documents: z.array(
      z.object({
        id,
        filename: z.string(),
        status: z.enum(DOCUMENT_STATUSES),
        duplicateOf: id.nullable().describe("An earlier document of yours with the same bytes (this one is stored all the same)."),
      }),
    ),
  })
  .meta({ example: { documents: [{ id: "5b1c3a52-6a8f-4f39-9a3e-2f2f0a6b9d11", filename: "invoice.pdf", status: "pending", duplicateOf: null }] } });

export const topicSchema = z.object({
  id,
  ownerId: id.nullable().describe("null: a global topic; else the user's personal topic."),
  name: z.string().meta({ example: "Invoices" }),
  description: z.string(),
  color: z.string(),
  threshold: z.number().nullable().describe("Overrides the global confidence threshold; null uses it."),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const topicListSchema = z.array(
  topicSchema.extend({
    documentCount: z.number().int().describe("Documents you can see that have the topic."),
    personal: z.boolean(),
  }),
);

export const topicCreatedSchema = z.object({ topic: topicSchema, created: z.boolean().describe("false: a topic of that name existed and is returned.") });

export const correspondentSchema = z.object({
  id,
  ownerId: id.nullable().describe("null: a global correspondent (admins manage it); else yours."),
  name: z.string().meta({ example: "Stadtwerke Musterstadt" }),
  match: z.string().describe("The words, phrase or RE2 pattern the rule looks for."),
  algorithm: z.enum(MATCH_ALGORITHMS),
  caseInsensitive: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const correspondentListSchema = z.array(
  correspondentSchema.extend({ documentCount: z.number().int().describe("Documents you can see from it."), personal: z.boolean() }),
);

export const folderSchema = z.object({ id, ownerId: id, parentId: id.nullable(), name: z.string().meta({ example: "Taxes 2026" }), createdAt: timestamp });
export const folderListSchema = z.array(folderSchema.extend({ documentCount: z.number().int().describe("Documents filed directly in it.") }));

export const movedSchema = z.object({ moved: z.number().int() });

/** The trash (ADR 0021): what was deleted, by whom and when, and when it goes for good. */
export const trashSchema = z.object({
  trashDays: z.number().int().describe("Days a document stays in the trash before it is deleted for good (`TRASH_DAYS`)."),
  items: z.array(
    z.object({
      id,
      filename: documentFields.filename,
      title: documentFields.title,
      status: documentFields.status,
      contentType: documentFields.contentType,
      size: documentFields.size,
      documentDate: documentFields.documentDate,
      folderId: id.nullable().describe("The folder it comes back to."),
      ownerId: id.nullable(),
      trashedAt: timestamp,
      trashedBy: id.nullable().describe("Who deleted it."),
      purgeAt: timestamp.describe("When the purge job deletes it and its bytes for good."),
      createdAt: timestamp,
    }),
  ),
  more: z.boolean().describe("The trash holds more documents than the 500 listed (older deletions); they stay restorable by id."),
});

export const restoredSchema = z.object({ restored: z.number().int().describe("Documents taken out of the trash.") });

const shareOf = (what: string) => z.number().min(0).max(1).nullable().describe(what);
export const topicHealthSchema = z.object({
  topicId: id,
  name: z.string(),
  documents: z.number().int().describe("Documents linked to the topic now."),
  automatic: z.number().int().describe("Of those, links the classifier set (applied above the threshold; a person may have kept them since)."),
  byPerson: z.number().int().describe("Of those, links a person set: accepted from review or chosen themselves."),
  automaticShare: shareOf("automatic / documents; null without documents."),
  applied: z.number().int().describe("Documents the classifier applied the topic to: automatic + removed."),
  reviewed: z.number().int().describe("Documents the classifier suggested it to below the threshold: waiting, accepted or turned down."),
  inReview: z.number().int().describe("Of those, suggestions still waiting in review."),
  reviewRate: shareOf("reviewed / (applied + reviewed); null when the classifier never picked the topic."),
  removed: z.number().int().describe("Documents a person took the topic off after the classifier applied it."),
  removalRate: shareOf("removed / applied; null when the classifier never applied it. High: the description draws the wrong documents."),
  confusedWith: z
    .array(z.object({ topicId: id, name: z.string(), documents: z.number().int() }))
    .describe("Topics a person chose on documents they took this one off (after the classifier applied or suggested it), most often first, at most three."),
});

const linkedDocumentSchema = z.object({ id, title: z.string(), contentType: z.string(), status: z.enum(DOCUMENT_STATUSES) });

export const documentFamilySchema = z.object({
  attachedTo: linkedDocumentSchema.nullable().describe("The e-mail this document came attached to; null when none (or it is in the trash)."),
  attachments: z.array(linkedDocumentSchema).describe("The documents made of this e-mail's attachments, in the mail's order."),
});

export const noteSchema = z.object({
  id,
  documentId: id,
  text: z.string().meta({ example: "Paid by bank transfer on 3 March." }),
  createdAt: timestamp,
  authorId: id.nullable().describe("Null once the author's account is gone."),
  authorEmail: z.string().nullable(),
  canDelete: z.boolean().describe("Whether you may delete it: your own note, or any as an admin."),
});

export const reviewPageSchema = z.object({
  items: z.array(
    z.object({
      documentId: id,
      filename: z.string(),
      title: z.string().nullable(),
      ownerId: id.nullable(),
      ownerEmail: z.string().nullable(),
      suggestedAt: timestamp,
      suggestions: z.array(
        z.object({
          id,
          topicId: id.nullable().describe("null: a proposed new topic (`proposedName`)."),
          topicName: z.string().nullable(),
          topicColor: z.string().nullable(),
          proposedName: z.string().nullable(),
          proposedDescription: z.string().nullable(),
          confidence: z.number(),
          quote: z.string().nullable(),
          createdAt: timestamp,
        }),
      ),
      proposedCorrespondent: z
        .object({ name: z.string(), quote: z.string().nullable() })
        .nullable()
        .describe("A sender the LLM read that is none of the owner's correspondents (ADR 0039), waiting to be added and set or dismissed; null: none."),
    }),
  ),
  total: z.number().int().describe("Documents with suggestions or a proposed correspondent waiting."),
  owners: z.array(z.object({ ownerId: id.nullable(), ownerEmail: z.string().nullable(), documents: z.number().int() })).nullable().describe("Admins: whose documents wait, for the `owner` filter."),
});

export const acceptedSchema = z.object({ accepted: z.number().int(), rejected: z.number().int() });
export const rejectedSchema = z.object({ rejected: z.number().int() });
export const acceptedCorrespondentsSchema = z.object({ accepted: z.number().int(), created: z.number().int().describe("Of those, correspondents that did not exist and were created.") });
export const dismissedSchema = z.object({ dismissed: z.number().int() });

export const tokenListSchema = z.array(
  z.object({ id, name: z.string().meta({ example: "backup script" }), prefix: z.string().describe("The token's first characters, to recognise it."), lastUsedAt: timestamp.nullable(), createdAt: timestamp }),
);
export const newTokenSchema = z.object({ token: z.string().describe("Shown once: docscan keeps only its hash.") });

const usageBucket = z.object({
  period: z.string().describe("YYYY-MM-DD or YYYY-MM (UTC)."),
  runs: z.number().int(),
  llmCalls: z.number().int(),
  cachedRuns: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number(),
});
export const usageSchema = z.object({
  daily: z.array(usageBucket).describe("The last 30 days."),
  monthly: z.array(usageBucket).describe("The last 12 months."),
  thisMonth: z.object({ costUsd: z.number(), budgetUsd: z.number().nullable(), budgetReached: z.boolean() }),
});

export const newUserResultSchema = z.object({ id, email: z.string(), role: z.enum(["admin", "member"]) });

export const webhookSchema = z.object({
  id,
  ownerId: id,
  url: z.string().meta({ example: "https://automations.example.com/docscan" }),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().describe("Why docscan switched it off (repeated failures); null otherwise."),
  consecutiveFailures: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const newWebhookSchema = webhookSchema.extend({
  secret: z.string().describe("The signing secret (`whsec_…`): shown once, in this answer only.").meta({ example: "whsec_3q2+7w…" }),
});
export const webhookDeliverySchema = z.object({
  id,
  endpointId: id,
  event: z.enum(WEBHOOK_EVENTS),
  documentId: id,
  body: z.string().nullable().describe("The JSON body as sent (null before the first attempt)."),
  state: z.enum(["pending", "succeeded", "failed", "skipped"]),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  latencyMs: z.number().int().nullable(),
  responseSnippet: z.string().nullable().describe("The first 500 characters of the receiver's answer."),
  error: z.string().nullable(),
  createdAt: timestamp,
  lastAttemptAt: timestamp.nullable(),
});

/** The JSON body of a webhook delivery (built by the worker's deliver_webhook task). */
export const webhookEventSchema = z.object({
  id: id.describe("The delivery's id (X-Docscan-Delivery): the same on retries, so receivers can ignore repeats."),
  event: z.enum(WEBHOOK_EVENTS),
  createdAt: timestamp,
  document: z
    .object({
      id,
      filename: z.string(),
      title: z.string().nullable().optional(),
      status: z.enum(DOCUMENT_STATUSES),
      error: z.string().nullable().optional(),
      contentType: z.string().optional(),
      size: z.number().int().optional(),
      ownerId: id.nullable(),
      folderId: id.nullable().optional(),
      topics: z.array(topicLinkSchema.pick({ id: true, name: true, source: true, confidence: true, quote: true })).optional(),
      createdAt: timestamp,
    })
    .describe("The document as it is at the first attempt; for document.deleted (or once it is gone) as it was: id, filename, status, ownerId, createdAt."),
});
