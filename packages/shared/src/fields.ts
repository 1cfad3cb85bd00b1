// Custom fields (issue 17, ADR 0033): admins define fields, attach them to topics, and a document's topics
// decide which fields it has. Browser-safe: the console validates with the same rules as the api.
import { z } from "zod";
import { documentIdsSchema, idSchema, textSchema } from "./index.ts";

export const FIELD_TYPES = ["text", "number", "monetary", "date", "boolean", "select", "url"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Which offline reader fills a field (`none`: only a person or the LLM). */
export const FIELD_EXTRACTORS = ["none", "total", "due_date", "invoice_number", "iban"] as const;
export type FieldExtractor = (typeof FIELD_EXTRACTORS)[number];

/** Who set a document's value: an offline reader, the LLM, or a person (final, like topics: ADR 0014). */
export const FIELD_SOURCES = ["offline", "llm", "person"] as const;
export type FieldSource = (typeof FIELD_SOURCES)[number];

/** The type each reader produces: a field's type must fit its reader. */
export const EXTRACTOR_TYPES: Record<Exclude<FieldExtractor, "none">, readonly FieldType[]> = {
  total: ["monetary", "number"],
  due_date: ["date"],
  invoice_number: ["text"],
  iban: ["text"],
};

export const FIELD_LIMITS = {
  nameMax: 64,
  optionMax: 100,
  optionsMax: 100,
  valueMax: 1000,
} as const;

/** A reader and a type guessed from a field's name ("Total" → total, "Due date" → due_date), for the form's default. */
export function defaultFieldSetup(name: string): { type: FieldType; extract: FieldExtractor } {
  const n = name.toLowerCase();
  if (/\b(total|amount|betrag|montant|importe|importo|bedrag|summe|sum)\b/u.test(n)) return { type: "monetary", extract: "total" };
  if (/\b(due|fällig|zahlbar|échéance|vencimiento|scadenza|vervaldatum)/u.test(n)) return { type: "date", extract: "due_date" };
  if (/\biban\b/u.test(n)) return { type: "text", extract: "iban" };
  if (/\b(invoice|reference|ref|rechnungs?|facture|factura|fattura|factuur)\b.*\b(no|nr|number|nummer|n°|nº|numéro|número|numero)\b|rechnungsnummer|factuurnummer/u.test(n))
    return { type: "text", extract: "invoice_number" };
  if (/\bdate\b|datum|fecha|\bdata\b/u.test(n)) return { type: "date", extract: "none" };
  return { type: "text", extract: "none" };
}

const fieldName = textSchema(FIELD_LIMITS.nameMax, "name is required").refine((v) => !/[\r\n]/.test(v), "the name must be one line");
const options = z.array(textSchema(FIELD_LIMITS.optionMax, "an option may not be empty")).max(FIELD_LIMITS.optionsMax);

/** Options are for select fields only, and a select field needs some; a reader must fit the type. */
function checkDefinition(v: { type?: FieldType; extract?: FieldExtractor; options?: string[] }, ctx: z.RefinementCtx) {
  if (v.type === "select" && v.options !== undefined && v.options.length === 0) ctx.addIssue({ code: "custom", path: ["options"], message: "a select field needs at least one option" });
  if (v.type && v.type !== "select" && v.options?.length) ctx.addIssue({ code: "custom", path: ["options"], message: "only select fields have options" });
  if (v.options && new Set(v.options.map((o) => o.toLowerCase())).size !== v.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "options must differ" });
  if (v.type && v.extract && v.extract !== "none" && !EXTRACTOR_TYPES[v.extract].includes(v.type))
    ctx.addIssue({ code: "custom", path: ["extract"], message: `the ${v.extract} reader fills ${EXTRACTOR_TYPES[v.extract].join(" or ")} fields, not ${v.type}` });
}

/** A new field: type and reader default from the name when not given. */
export const fieldCreateSchema = z
  .object({
    name: fieldName,
    type: z.enum(FIELD_TYPES, { message: `type must be one of ${FIELD_TYPES.join(", ")}` }).optional(),
    options: options.default([]),
    extract: z.enum(FIELD_EXTRACTORS, { message: `extract must be one of ${FIELD_EXTRACTORS.join(", ")}` }).optional(),
  })
  .transform((v) => {
    const guess = defaultFieldSetup(v.name);
    const type = v.type ?? guess.type;
    const extract = v.extract ?? (type === guess.type ? guess.extract : "none");
    return { name: v.name, type, options: v.options, extract };
  })
  .superRefine(checkDefinition);
export type FieldCreateInput = z.input<typeof fieldCreateSchema>;

const fieldPatchObject = z.object({
  name: fieldName.optional(),
  type: z.enum(FIELD_TYPES, { message: `type must be one of ${FIELD_TYPES.join(", ")}` }).optional(),
  options: options.optional(),
  extract: z.enum(FIELD_EXTRACTORS, { message: `extract must be one of ${FIELD_EXTRACTORS.join(", ")}` }).optional(),
});
/** Only what is sent changes; the type is fixed once values exist (checked by the api). REST's body. */
export const fieldPatchSchema = fieldPatchObject.superRefine(checkDefinition);
/** tRPC's fields.update: the patch and the field's id. */
export const fieldUpdateSchema = fieldPatchObject.extend({ id: idSchema }).superRefine(checkDefinition);
export type FieldUpdateInput = z.input<typeof fieldUpdateSchema>;

export const topicFieldInputSchema = z.object({ topicId: idSchema, fieldId: idSchema });

/** A person's value as sent: a string (numbers and booleans as JSON too), null clears it (and the clearing is final too). */
export const fieldValueInputSchema = z.union([z.string().max(FIELD_LIMITS.valueMax, `a value is at most ${FIELD_LIMITS.valueMax} characters`), z.number(), z.boolean(), z.null()]);
export const setFieldInputSchema = z.object({ id: idSchema, fieldId: idSchema, value: fieldValueInputSchema });
export const bulkSetFieldInputSchema = z.object({ ids: documentIdsSchema, fieldId: idSchema, value: fieldValueInputSchema });

/** A range over a number, monetary or date field (inclusive); dates as YYYY-MM-DD. */
export const fieldFilterSchema = z
  .object({
    fieldId: idSchema,
    min: z.string().trim().max(32).optional(),
    max: z.string().trim().max(32).optional(),
  })
  .refine((f) => f.min !== undefined || f.max !== undefined, "give min, max or both");
export type FieldFilter = z.infer<typeof fieldFilterSchema>;

/** A value stored for a document: the text shown, and typed columns for ranges. */
export interface NormalisedValue {
  value: string | null;
  number: number | null;
  currency: string | null;
  date: string | null;
}

export class FieldValueError extends Error {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** "123.45", "123.45 EUR", "EUR 123.45", "-7": a plain decimal with an optional ISO 4217 code. */
const MONEY = /^(?:([A-Z]{3})\s*)?(-?\d+(?:\.\d+)?)(?:\s*([A-Z]{3}))?$/;

/**
 * A value as a field of this type stores it, or FieldValueError with what is wrong (a 400). Numbers are plain
 * decimals ("1234.5"), dates YYYY-MM-DD, money "123.45 EUR" (the code is optional), booleans true/false,
 * URLs http(s), select values one of the options (matched case-insensitively, stored as defined).
 */
export function normaliseFieldValue(field: { name: string; type: FieldType; options: readonly string[] }, raw: string | number | boolean | null): NormalisedValue {
  const none: NormalisedValue = { value: null, number: null, currency: null, date: null };
  if (raw === null) return none;
  const s = String(raw).trim();
  if (!s) return none;
  const bad = (what: string): never => {
    throw new FieldValueError(`${field.name}: ${what}`);
  };
  switch (field.type) {
    case "text":
      return { ...none, value: s };
    case "number": {
      if (!/^-?\d+(?:\.\d+)?$/.test(s) || !Number.isFinite(Number(s))) bad(`"${s}" is not a number (write it like 1234.5)`);
      return { ...none, value: String(Number(s)), number: Number(s) };
    }
    case "monetary": {
      const m = MONEY.exec(s.toUpperCase());
      if (!m || (m[1] && m[3])) return bad(`"${s}" is not an amount (write it like 123.45 EUR)`);
      const amount = Number(m[2]);
      const currency = m[1] ?? m[3] ?? null;
      return { ...none, value: `${amount.toFixed(2)}${currency ? ` ${currency}` : ""}`, number: amount, currency };
    }
    case "date":
      if (!isIsoDate(s)) bad(`"${s}" is not a date (write it as YYYY-MM-DD)`);
      return { ...none, value: s, date: s };
    case "boolean": {
      const b = s.toLowerCase();
      if (b !== "true" && b !== "false") bad(`"${s}" is not true or false`);
      return { ...none, value: b };
    }
    case "select": {
      const option = field.options.find((o) => o.toLowerCase() === s.toLowerCase());
      if (!option) return bad(`"${s}" is not one of ${field.options.join(", ")}`);
      return { ...none, value: option };
    }
    case "url": {
      let url: URL | null = null;
      try {
        url = new URL(s);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) bad(`"${s}" is not an http(s) URL`);
      return { ...none, value: s };
    }
  }
}

/** How GET /api/documents/:id and documents.get show one field of a document. */
export interface DocumentFieldValue {
  fieldId: string;
  type: FieldType;
  /** The value as text ("123.45 EUR", "2026-03-01", "true"); null: none found, or a person cleared it. */
  value: string | null;
  /** Monetary and number fields: the amount as a number. */
  amount: number | null;
  /** Monetary fields: ISO 4217 code, or null when the document names none. */
  currency: string | null;
  /** Null: a field of the document's topics that has no value yet. */
  source: FieldSource | null;
  confidence: number | null;
  /** The words it was read from (offline and LLM values). */
  quote: string | null;
  updatedAt: string | null;
}
