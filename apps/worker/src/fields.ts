// Custom fields (issue 17, ADR 0033): after classification, the fields of the document's topics are filled by
// their offline readers. Machine values are refreshed on every run; a person's value is never touched.
import { fieldsOfDocumentTopics, saveFoundFieldValues, type FoundFieldValue } from "@docscan/db/fields";
import type { DbOrTx } from "@docscan/db";
import { readField, type FieldReading, type ReadFieldOptions } from "@docscan/extract/fields";
import { FieldValueError, normaliseFieldValue, type FieldType } from "@docscan/shared/fields";

/** A reading as the text its field stores: "123.45 EUR" for money, the plain amount for a number field. */
function asRaw(reading: FieldReading, type: FieldType): string | null {
  if (reading.amount !== undefined) {
    if (type === "number") return reading.amount.toFixed(2);
    return `${reading.amount.toFixed(2)}${reading.currency ? ` ${reading.currency}` : ""}`;
  }
  return reading.date ?? reading.text ?? null;
}

/**
 * Reads every field the document's topics (as `tx` sees them now) have and that names a reader, and saves the
 * values with source `offline`, confidence and quote. Returns how many were found.
 */
export async function fillDocumentFields(tx: DbOrTx, doc: { id: string; text: string }, opts: ReadFieldOptions): Promise<number> {
  const found: FoundFieldValue[] = [];
  for (const field of await fieldsOfDocumentTopics(tx, doc.id)) {
    if (field.extract === "none") continue;
    const reading = readField(field.extract, doc.text, opts);
    if (!reading) continue;
    try {
      const value = normaliseFieldValue(field, asRaw(reading, field.type));
      if (value.value !== null) found.push({ fieldId: field.id, value, source: "offline", confidence: reading.confidence, quote: reading.quote.slice(0, 500) });
    } catch (err) {
      // A reader whose output the field's type refuses (a select field, say) fills nothing.
      if (!(err instanceof FieldValueError)) throw err;
    }
  }
  await saveFoundFieldValues(tx, doc.id, found);
  return found.length;
}
