// Browser-safe constants and schemas shared by the api, the worker and the console.
import { z } from "zod";

export const DOCUMENT_STATUSES = ["pending", "extracting", "classifying", "done", "failed"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);

export const TOPIC_SOURCES = ["ai", "manual"] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/** What a webhook can be told about (ADR 0022). */
export const WEBHOOK_EVENTS = ["document.created", "document.done", "document.failed", "document.topics_changed", "document.deleted"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const AI_PROVIDERS = ["auto", "local", "openai"] as const;
export type AiProviderSetting = (typeof AI_PROVIDERS)[number];

export const DEFAULT_TOPIC_COLOR = "#6366f1";
/** Distinct default topic colours, in the order new topics get them. */
export const TOPIC_COLORS = [DEFAULT_TOPIC_COLOR, "#ef4444", "#0ea5e9", "#22c55e", "#f59e0b", "#a855f7", "#ec4899", "#14b8a6", "#f97316", "#64748b"] as const;

/**
 * The colour for a new topic beside topics of these colours: the first palette colour none uses yet; once all
 * are used, they repeat in order. Every creation path (the Topics page, a topic trial, an LLM proposal, the
 * consume folder, the api without a colour) picks with this, so new topics do not all look alike.
 */
export function nextTopicColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return TOPIC_COLORS.find((c) => !taken.has(c)) ?? TOPIC_COLORS[used.length % TOPIC_COLORS.length]!;
}

/** Colours for `count` new topics created together (a split), each unlike the others and the `used` ones. */
export function nextTopicColors(used: readonly string[], count: number): string[] {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(nextTopicColor([...used, ...picked]));
  return picked;
}

/**
 * File types docscan accepts, keyed by the MIME type sniffed from the bytes.
 * `ext` is the canonical extension used in object keys (never the user's).
 */
export const ACCEPTED_TYPES = {
  "application/pdf": { ext: ".pdf", label: "PDF" },
  "image/png": { ext: ".png", label: "PNG image" },
  "image/jpeg": { ext: ".jpg", label: "JPEG image" },
  "image/tiff": { ext: ".tif", label: "TIFF image" },
  "image/gif": { ext: ".gif", label: "GIF image" },
  "image/bmp": { ext: ".bmp", label: "BMP image" },
  "image/webp": { ext: ".webp", label: "WebP image" },
  "image/heic": { ext: ".heic", label: "HEIC image" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: ".docx", label: "Word document" },
  "application/vnd.oasis.opendocument.text": { ext: ".odt", label: "OpenDocument text" },
  "text/plain": { ext: ".txt", label: "Plain text" },
  "text/html": { ext: ".html", label: "Web page" },
  "message/rfc822": { ext: ".eml", label: "E-mail" },
  "application/vnd.ms-outlook": { ext: ".msg", label: "Outlook message" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: ".xlsx", label: "Excel workbook" },
  "application/vnd.ms-excel": { ext: ".xls", label: "Excel 97–2003 workbook" },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { ext: ".pptx", label: "PowerPoint presentation" },
  "application/vnd.oasis.opendocument.spreadsheet": { ext: ".ods", label: "OpenDocument spreadsheet" },
  "application/vnd.oasis.opendocument.presentation": { ext: ".odp", label: "OpenDocument presentation" },
  "application/rtf": { ext: ".rtf", label: "Rich Text" },
} as const satisfies Record<string, { ext: string; label: string }>;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;
export const ALLOWED_EXTENSIONS: readonly string[] = Object.values(ACCEPTED_TYPES).map((t) => t.ext);

export function isAcceptedType(mime: string): mime is AcceptedType {
  return Object.hasOwn(ACCEPTED_TYPES, mime);
}

export const LIMITS = {
  perPageMax: 100,
  topicNameMax: 80,
  topicDescriptionMax: 2000,
  filenameMax: 255,
  /** Longest search query accepted. */
  searchQueryMax: 200,
  /** Offset paging (`page`) reaches at most this many rows deep; beyond it, use cursors. */
  offsetMax: 10_000,
  cursorMax: 1000,
  folderNameMax: 120,
  /** Folders nest at most this many levels deep. */
  folderDepthMax: 10,
  tokenNameMax: 80,
  /** Calls one batched tRPC request may carry. */
  trpcBatchMax: 20,
  /** Documents one bulk action (console multi-select) may name. */
  bulkDocumentsMax: 500,
  /** A document's title (ADR 0025). */
  titleMax: 300,
  /** One note's text, and how many notes a document may have: their copy in the search text stays bounded. */
  noteMax: 5000,
  notesPerDocument: 100,
} as const;

/**
 * Postgres text-search configurations a document can be indexed with (those built into Postgres 15+).
 * `simple` only lower-cases; the others also stem and drop stop words.
 */
export const SEARCH_LANGUAGES = [
  "simple",
  "arabic",
  "armenian",
  "basque",
  "catalan",
  "danish",
  "dutch",
  "english",
  "finnish",
  "french",
  "german",
  "greek",
  "hindi",
  "hungarian",
  "indonesian",
  "irish",
  "italian",
  "lithuanian",
  "nepali",
  "norwegian",
  "portuguese",
  "romanian",
  "russian",
  "serbian",
  "spanish",
  "swedish",
  "tamil",
  "turkish",
  "yiddish",
] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];
export const DEFAULT_SEARCH_LANGUAGE: SearchLanguage = "simple";

/** Orders the document list offers; each is served by an index. `relevance` needs a search query. */
export const DOCUMENT_SORTS = ["relevance", "newest", "oldest", "name", "name_desc", "largest", "smallest", "dated_newest", "dated_oldest", "correspondent", "correspondent_desc"] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/**
 * Search snippets come back as plain text with each match between these two characters (Unicode
 * private-use code points, removed from the text beforehand). Split on them; never render as HTML.
 */
export const SNIPPET_MARK_START = "\uE000";
export const SNIPPET_MARK_END = "\uE001";

/** Splits a snippet into plain-text segments, marking the ones that matched the query. */
export function splitSnippet(snippet: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  for (const [i, part] of snippet.split(SNIPPET_MARK_START).entries()) {
    if (i === 0) {
      if (part) out.push({ text: part.replaceAll(SNIPPET_MARK_END, ""), match: false });
      continue;
    }
    const end = part.indexOf(SNIPPET_MARK_END);
    const hit = end < 0 ? part : part.slice(0, end);
    const rest = end < 0 ? "" : part.slice(end + 1).replaceAll(SNIPPET_MARK_END, "");
    if (hit) out.push({ text: hit, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}

export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "colour must look like #6366f1");
export const idSchema = z.uuid({ message: "malformed id" });

/**
 * Text a person types, trimmed; Postgres cannot store NUL, and no other control character but tab and
 * line breaks belongs in a name, a description or a search.
 */
export function textSchema(max: number, required?: string) {
  const text = z.string().trim();
  return (required ? text.min(1, required) : text).max(max).refine((v) => !CONTROL_CHARACTERS.test(v), "must not contain control characters");
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A topic's fields without defaults, so an update changes only the fields it names. */
const topicFields = {
  name: textSchema(LIMITS.topicNameMax, "name is required"),
  description: textSchema(LIMITS.topicDescriptionMax),
  color: hexColorSchema,
  /** Overrides the global confidence threshold for this topic; null uses the global one. */
  threshold: z.number().min(0).max(1).nullable().optional(),
};
export const topicInputSchema = z.object({
  ...topicFields,
  description: topicFields.description.default(""),
  color: topicFields.color.default(DEFAULT_TOPIC_COLOR),
});
/** Only the fields sent change. */
export const topicUpdateSchema = z.object({ id: idSchema, ...z.object(topicFields).partial().shape });
export type TopicInput = z.input<typeof topicInputSchema>;
export const topicCreateSchema = topicInputSchema.extend({
  /** Without one the api picks a colour unlike the new owner's existing topics (nextTopicColor). */
  color: topicFields.color.optional(),
  /** Admins: create a personal topic instead of a global one. Members' topics are always personal. */
  personal: z.boolean().optional(),
});
export type TopicCreateInput = z.input<typeof topicCreateSchema>;

/** Blank strings (an empty search box, `?q=`) count as absent. */
const blankToUndefined = (v: string): string | undefined => (v === "" ? undefined : v);
/** Years 1–9999: what an ISO date spells with four digits, and what Postgres reads back. */
const optionalDate = (name: string) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .date({ message: `${name} must be a date` })
      .refine((d) => d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999, `${name} must fall between the years 1 and 9999`)
      .optional(),
  );

/** A calendar date, YYYY-MM-DD, that exists, from 1900 on. */
export const documentDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "the date must look like 2026-03-31")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900-01-01";
  }, "no such date (or before 1900)");
/** A custom field's range bound in a list filter: a decimal ("-12.5", "1000") or a day (YYYY-MM-DD). */
function fieldBoundSchema(name: string) {
  return z.preprocess(
    (v) => (v === "" ? undefined : typeof v === "number" ? String(v) : v),
    z
      .string()
      .regex(/^-?\d{1,15}(?:\.\d{1,6})?$|^\d{4}-\d{2}-\d{2}$/, `${name} must be a number (1234.5) or a date (YYYY-MM-DD)`)
      .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), `${name} is not a real date`)
      .optional(),
  );
}
export const listDocumentsInputSchema = z
  .object({
    /** Full-text search, web-search syntax: `"exact phrase"`, `or`, `-excluded`; the last word matches as a prefix. */
    q: textSchema(LIMITS.searchQueryMax).transform(blankToUndefined).optional(),
    /** Default: `relevance` with `q`, else `newest`. */
    sort: z.enum(DOCUMENT_SORTS).optional(),
    /** Opaque `nextCursor` of the previous page. */
    cursor: z.string().max(LIMITS.cursorMax).transform(blankToUndefined).optional(),
    /** Offset paging, kept for old scripts (at most `LIMITS.offsetMax` rows deep); prefer `cursor`. */
    page: z.coerce.number().int().min(1).optional(),
    perPage: z.coerce.number().int().min(1).max(LIMITS.perPageMax).default(25),
    topic: idSchema.optional(),
    status: documentStatusSchema.optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "sha256 must be 64 hex characters")
      .transform((v) => v.toLowerCase())
      .optional(),
    /** Only documents filed directly in this folder (the caller's own folders). */
    folder: idSchema.optional(),
    /** `me`: only the caller's own documents (an admin otherwise sees everyone's); a user's id: only theirs (admins). */
    // One check with one message: a union answered "owner: malformed id" to `owner=none`.
    owner: z
      .string()
      .refine((v) => v === "me" || idSchema.safeParse(v).success, "owner must be me or a user id")
      .optional(),
    /** Added at or after this instant. */
    createdFrom: optionalDate("createdFrom"),
    /** Added before this instant. */
    createdBefore: optionalDate("createdBefore"),
    /** The document's own date on or after this day (YYYY-MM-DD); undated documents are left out. */
    datedFrom: z.preprocess((v) => (v === "" ? undefined : v), documentDateSchema.optional()),
    /** The document's own date on or before this day (YYYY-MM-DD). */
    datedTo: z.preprocess((v) => (v === "" ? undefined : v), documentDateSchema.optional()),
    /** Only documents from this correspondent. */
    correspondent: idSchema.optional(),
    /** Only documents with a value of this custom field (ADR 0033), within fieldMin/fieldMax when given. */
    field: idSchema.optional(),
    /** Lowest value, inclusive: a decimal for number and monetary fields (the amount, any currency), YYYY-MM-DD for dates. */
    fieldMin: fieldBoundSchema("fieldMin"),
    /** Highest value, inclusive, written like fieldMin. */
    fieldMax: fieldBoundSchema("fieldMax"),
    /** `true`: only documents with a page OCR could barely read (low confidence); `false`: only the others. */
    lowOcrConfidence: z.union([z.boolean(), z.stringbool()], { message: "lowOcrConfidence must be true or false" }).optional(),
  })
  .check((ctx) => {
    const v = ctx.value;
    if ((v.fieldMin !== undefined || v.fieldMax !== undefined) && !v.field) ctx.issues.push({ code: "custom", input: v.fieldMin ?? v.fieldMax, path: ["field"], message: "fieldMin and fieldMax need a field" });
    if (v.fieldMin !== undefined && v.fieldMax !== undefined && v.fieldMin.includes("-", 1) !== v.fieldMax.includes("-", 1)) {
      ctx.issues.push({ code: "custom", input: v.fieldMax, path: ["fieldMax"], message: "fieldMin and fieldMax must both be numbers or both dates" });
    }
    if (v.sort === "relevance" && !v.q) ctx.issues.push({ code: "custom", input: v.sort, path: ["sort"], message: "sort=relevance needs a search query (q)" });
    if (v.page !== undefined && v.cursor !== undefined) ctx.issues.push({ code: "custom", input: v.page, path: ["page"], message: "use either page or cursor, not both" });
    if (v.page !== undefined && (v.page - 1) * v.perPage >= LIMITS.offsetMax) {
      ctx.issues.push({ code: "custom", input: v.page, path: ["page"], message: `page is too deep (offset paging stops at ${LIMITS.offsetMax} rows): follow nextCursor instead` });
    }
  });
export type ListDocumentsInput = z.output<typeof listDocumentsInputSchema>;

const unique = (ids: string[]): string[] => [...new Set(ids)];
/** A multi-selection of documents for a bulk action: duplicates dropped. */
export const documentIdsSchema = z
  .array(idSchema)
  .min(1, "select at least one document")
  .max(LIMITS.bulkDocumentsMax, `at most ${LIMITS.bulkDocumentsMax} documents at once`)
  .transform(unique);
/** Manual topic links on one document: exactly these topics. */
export const setTopicsInputSchema = z.object({
  id: idSchema,
  topicIds: z.array(idSchema).max(100).transform(unique),
  /** The topics the caller saw: if the document's differ by now (its classification finished), CONFLICT. */
  expectedTopicIds: z.array(idSchema).max(100).transform(unique).optional(),
});
/** Adds or removes manual topic links on every selected document. */
export const bulkTopicsInputSchema = z.object({ ids: documentIdsSchema, topicIds: z.array(idSchema).min(1, "pick at least one topic").max(100).transform(unique) });
/** Files the selected documents into one of the caller's folders (null: no folder). */
/** A document's title: one line (the file name until someone edits it). */
export const documentTitleSchema = textSchema(LIMITS.titleMax, "the title cannot be empty").refine((v) => !/[\r\n]/.test(v), "the title must be one line");
export const setTitleInputSchema = z.object({ id: idSchema, title: documentTitleSchema });
/** A person's date for the document (null: it has none); the text never overrides it. */
export const setDocumentDateInputSchema = z.object({ id: idSchema, date: documentDateSchema.nullable() });
export const noteTextSchema = textSchema(LIMITS.noteMax, "write the note first");
export const addNoteInputSchema = z.object({ documentId: idSchema, text: noteTextSchema });

export const moveDocumentsInputSchema = z.object({ ids: documentIdsSchema, folderId: idSchema.nullable() });

export const settingsUpdateSchema = z.object({
  provider: z.enum(AI_PROVIDERS).optional(),
  model: textSchema(200, "name a model").optional(),
  baseUrl: z.union([z.url({ protocol: /^https?$/, message: "base URL must be an http(s) URL" }), z.literal("")]).optional(),
  /** `null` clears the stored key; omitted leaves it unchanged. */
  apiKey: z.string().trim().min(1).max(500).nullable().optional(),
  threshold: z.number().min(0).max(1).optional(),
  /** Monthly spending cap for LLM calls in USD; null removes the cap. */
  monthlyBudgetUsd: z.number().min(0).max(1_000_000).nullable().optional(),
  /** Let the model propose new topics; proposals always wait in review. */
  allowNewTopics: z.boolean().optional(),
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** Shows only the shape and the last four characters of a secret: `sk-…abcd`; of a short one, nothing. */
export function maskSecret(secret: string): string {
  const prefix = secret.startsWith("sk-") ? "sk-" : "";
  return `${prefix}…${secret.length >= 12 ? secret.slice(-4) : ""}`;
}

// ---------------------------------------------------------------- accounts

export const ROLES = ["admin", "member"] as const;
export type Role = (typeof ROLES)[number];

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "enter a valid email address" }));
/** Length is what makes a password strong; the upper bound keeps hashing cheap to refuse. */
export const passwordSchema = z.string().min(10, "the password needs at least 10 characters").max(200, "the password is too long");

/** Per-user limits; null means unlimited. */
export const quotaSchema = z.object({
  quotaBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  quotaDocuments: z.number().int().min(0).max(1_000_000_000).nullable(),
});

export const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(ROLES).default("member"),
});
export type NewUserInput = z.input<typeof newUserSchema>;

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1, "enter your password").max(200) });

export const folderNameSchema = textSchema(LIMITS.folderNameMax, "name is required");

export const tokenNameSchema = textSchema(LIMITS.tokenNameMax, "name the token");

/** Domain errors; the api maps each to one HTTP/tRPC status in one place. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}
export class ConflictError extends Error {
  override name = "ConflictError";
}
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
}
/** The caller is not signed in, or their credentials are invalid (401). */
export class UnauthenticatedError extends Error {
  override name = "UnauthenticatedError";
}
/** Signed in, but the action needs another role (403). Never used for other users' documents: those are 404. */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}
/** The user's quota would be exceeded (413). */
export class QuotaExceededError extends Error {
  override name = "QuotaExceededError";
}
/** Too many attempts (429); `retryAfterSeconds` goes into Retry-After. */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- correspondents (issue 17, ADR 0030)

/**
 * How a correspondent is found in a document's text (paperless-ngx's matching algorithms): `none` never by
 * itself; `any` one of the words; `all` every word; `exact` the phrase; `regex` a regular expression (RE2
 * syntax: no look-around, no back-references); `auto` learned from the owner's confirmed documents.
 */
export const MATCH_ALGORITHMS = ["none", "any", "all", "exact", "regex", "auto"] as const;
export type MatchAlgorithm = (typeof MATCH_ALGORITHMS)[number];

/** Who chose a document's correspondent: a match rule, the learned model, the e-mail's sender, or a person (final). */
export const CORRESPONDENT_SOURCES = ["rule", "learned", "sender", "llm", "person"] as const;
export type CorrespondentSource = (typeof CORRESPONDENT_SOURCES)[number];

export const CORRESPONDENT_LIMITS = {
  nameMax: 128,
  /** A match rule's words or pattern. */
  matchMax: 500,
} as const;

const correspondentFields = {
  name: textSchema(CORRESPONDENT_LIMITS.nameMax, "name is required").refine((v) => !/[\r\n]/.test(v), "the name must be one line"),
  match: textSchema(CORRESPONDENT_LIMITS.matchMax),
  algorithm: z.enum(MATCH_ALGORITHMS, { message: `algorithm must be one of ${MATCH_ALGORITHMS.join(", ")}` }),
  caseInsensitive: z.boolean(),
};

/** A new correspondent: learned (`auto`) unless a rule is given; matching ignores case unless told. */
export const correspondentCreateSchema = z.object({
  name: correspondentFields.name,
  match: correspondentFields.match.default(""),
  algorithm: correspondentFields.algorithm.default("auto"),
  caseInsensitive: correspondentFields.caseInsensitive.default(true),
  /** Admins: a personal correspondent instead of a global one. Members' correspondents are always personal. */
  personal: z.boolean().optional(),
});
export type CorrespondentCreateInput = z.input<typeof correspondentCreateSchema>;
/** Only the fields sent change. */
export const correspondentUpdateSchema = z.object({ id: idSchema, ...z.object(correspondentFields).partial().shape });
export type CorrespondentUpdateInput = z.input<typeof correspondentUpdateSchema>;

/** A person's correspondent for one document (null: none); no rule or model overrides it. */
export const setCorrespondentInputSchema = z.object({ id: idSchema, correspondentId: idSchema.nullable() });
/** One correspondent (null: none) for every selected document, as a person's choice. */
export const bulkCorrespondentInputSchema = z.object({ ids: documentIdsSchema, correspondentId: idSchema.nullable() });
