// Custom fields (issue 17, ADR 0033): after classification, the fields of the document's topics are filled — by the
// LLM's answer when this run has one (the same call that chose the topics), else or where it gave none by the
// offline readers. Precedence: a person's value > the LLM's > an offline reader's. A person's value is never touched.
import type { FieldAnswer } from "@docscan/classify";
import { fieldsOfDocumentTopics, saveFoundFieldValues, type CustomFieldRow, type FoundFieldValue } from "@docscan/db/fields";
import type { DbOrTx } from "@docscan/db";
import { isValidIban, readField, type FieldReading, type ReadFieldOptions } from "@docscan/extract/fields";
import { FieldValueError, normaliseFieldValue, type FieldType } from "@docscan/shared/fields";

/** A reading as the text its field stores: "123.45 EUR" for money, the plain amount for a number field. */
function asRaw(reading: FieldReading, type: FieldType): string | null {
  if (reading.amount !== undefined) {
    if (type === "number") return reading.amount.toFixed(2);
    return `${reading.amount.toFixed(2)}${reading.currency ? ` ${reading.currency}` : ""}`;
  }
  return reading.date ?? reading.text ?? null;
}

/** The value normalised for its field, or null when its type refuses it. */
function normalised(field: CustomFieldRow, raw: string | null): ReturnType<typeof normaliseFieldValue> | null {
  try {
    const value = normaliseFieldValue(field, raw);
    return value.value === null ? null : value;
  } catch (err) {
    if (err instanceof FieldValueError) return null;
    throw err;
  }
}

/**
 * The LLM's value for `field`, checked again against the definition as it is now. A field the IBAN reader fills
 * takes only an IBAN that passes the checksum (written without spaces, as the reader writes it): the model
 * miscopying a digit must not win over the reader's verified one.
 */
function fromLlm(field: CustomFieldRow, answer: FieldAnswer | undefined): FoundFieldValue | null {
  if (!answer) return null;
  let raw = answer.value;
  if (field.extract === "iban") {
    raw = raw.replace(/\s+/g, "").toUpperCase();
    if (!isValidIban(raw)) return null;
  }
  const value = normalised(field, raw);
  return value && { fieldId: field.id, value, source: "llm", confidence: answer.confidence, quote: answer.quote.slice(0, 500) };
}

function fromReader(field: CustomFieldRow, text: string, opts: ReadFieldOptions): FoundFieldValue | null {
  if (field.extract === "none") return null;
  const reading = readField(field.extract, text, opts);
  if (!reading) return null;
  // A reader whose output the field's type refuses (a select field, say) fills nothing.
  const value = normalised(field, asRaw(reading, field.type));
  return value && { fieldId: field.id, value, source: "offline", confidence: reading.confidence, quote: reading.quote.slice(0, 500) };
}

/**
 * Fills every field the document's topics (as `tx` sees them now) have. `llm`: this run's LLM answer for the
 * fields, null when the run had none (the offline provider, or the LLM failed) — then LLM values of an earlier
 * run stay while their field is still the document's, and offline readers fill the other fields. Values are
 * saved with their source, confidence and quote. Returns how many were found.
 */
export async function fillDocumentFields(tx: DbOrTx, doc: { id: string; text: string }, opts: ReadFieldOptions, llm: readonly FieldAnswer[] | null = null): Promise<number> {
  const answers = new Map((llm ?? []).map((a) => [a.fieldId, a]));
  const fields = await fieldsOfDocumentTopics(tx, doc.id);
  const found: FoundFieldValue[] = [];
  for (const field of fields) {
    const value = fromLlm(field, answers.get(field.id)) ?? fromReader(field, doc.text, opts);
    if (value) found.push(value);
  }
  await saveFoundFieldValues(tx, doc.id, found, llm === null ? { keepLlmOf: fields.map((f) => f.id) } : {});
  return found.length;
}
