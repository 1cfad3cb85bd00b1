// Custom fields (issue 17, ADR 0033): definitions (admins), their topics, a document's values with who set
// them. A person's value (source `person`, a cleared one included) is final: the worker never writes over it;
// the LLM's value wins over an offline reader's.
import { and, asc, eq, inArray, ne, notInArray, or, sql, type SQL } from "drizzle-orm";
import { ConflictError, InvalidInputError, NotFoundError } from "@docscan/shared";
import { normaliseFieldValue, type DocumentFieldValue, type FieldExtractor, type FieldSource, type FieldType, type NormalisedValue } from "@docscan/shared/fields";
import type { DbOrTx } from "../client.ts";
import { isForeignKeyViolation, isUniqueViolation } from "../errors.ts";
import { customFields, documentFields, documentTopics, topicFields, topics, type CustomFieldRow } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScopeOrThrow } from "./documents.ts";

export type { CustomFieldRow };
/** A definition with the topics it is attached to. */
export type CustomFieldWithTopics = CustomFieldRow & { topicIds: string[] };
export interface FieldDefinition {
  name: string;
  type: FieldType;
  options: string[];
  extract: FieldExtractor;
}

const nameTaken = (name: string) => new ConflictError(`a field named "${name}" already exists`);

export async function listFields(db: DbOrTx): Promise<CustomFieldWithTopics[]> {
  const rows = await db
    .select({ f: customFields, topicIds: sql<string[]>`coalesce(array_agg(${topicFields.topicId} order by ${topicFields.topicId}) filter (where ${topicFields.topicId} is not null), '{}')` })
    .from(customFields)
    .leftJoin(topicFields, eq(topicFields.fieldId, customFields.id))
    .groupBy(customFields.id)
    .orderBy(asc(sql`lower(${customFields.name})`), asc(customFields.id));
  return rows.map((r) => ({ ...r.f, topicIds: r.topicIds }));
}

export async function getField(db: DbOrTx, id: string): Promise<CustomFieldRow> {
  const [row] = await db.select().from(customFields).where(eq(customFields.id, id));
  if (!row) throw new NotFoundError("field");
  return row;
}

export async function createField(db: DbOrTx, def: FieldDefinition): Promise<CustomFieldRow> {
  const [row] = await db.insert(customFields).values(def).onConflictDoNothing().returning();
  if (!row) throw nameTaken(def.name);
  return row;
}

/**
 * Changes what is given. The type stays once a document has a value (its values were checked against it),
 * and a select field keeps every option a document uses.
 */
export async function updateField(db: DbOrTx, id: string, patch: Partial<FieldDefinition>): Promise<{ before: CustomFieldRow; after: CustomFieldRow }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(customFields).where(eq(customFields.id, id)).for("update");
    if (!before) throw new NotFoundError("field");
    const next = { ...before, ...patch };
    if (next.type === "select" && next.options.length === 0) throw new InvalidInputError("a select field needs at least one option");
    if (next.type !== "select" && next.options.length > 0) throw new InvalidInputError("only select fields have options");
    const used = (cond: SQL = sql`true`) =>
      tx
        .select({ value: documentFields.value })
        .from(documentFields)
        .where(and(eq(documentFields.fieldId, id), sql`${documentFields.value} is not null`, cond))
        .limit(1);
    if (patch.type !== undefined && patch.type !== before.type && (await used()).length) {
      throw new ConflictError(`documents have values of "${before.name}": its type cannot change`);
    }
    if (next.type === "select" && patch.options) {
      const [orphan] = await used(notInArray(documentFields.value, next.options));
      if (orphan) throw new ConflictError(`documents use the option "${orphan.value}": keep it`);
    }
    let after: CustomFieldRow | undefined;
    try {
      [after] = await tx
        .update(customFields)
        .set({ ...patch, options: next.options, updatedAt: sql`now()` })
        .where(eq(customFields.id, id))
        .returning();
    } catch (err) {
      if (isUniqueViolation(err)) throw nameTaken(patch.name ?? "");
      throw err;
    }
    return { before, after: after! };
  });
}

/** Deletes the definition, its topic links and every document's value of it. */
export async function deleteField(db: DbOrTx, id: string): Promise<CustomFieldRow> {
  const [row] = await db.delete(customFields).where(eq(customFields.id, id)).returning();
  if (!row) throw new NotFoundError("field");
  return row;
}

/** Attaches a field to a global topic (fields are global; a personal topic is "topic not found"). False if it was attached. */
export async function attachField(db: DbOrTx, topicId: string, fieldId: string): Promise<boolean> {
  const [topic] = await db.select({ id: topics.id }).from(topics).where(and(eq(topics.id, topicId), sql`${topics.ownerId} is null`));
  if (!topic) throw new NotFoundError("topic");
  try {
    const rows = await db.insert(topicFields).values({ topicId, fieldId }).onConflictDoNothing().returning();
    return rows.length > 0;
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new NotFoundError("field");
    throw err;
  }
}

/** Detaches it; documents keep the values they have. False if it was not attached. */
export async function detachField(db: DbOrTx, topicId: string, fieldId: string): Promise<boolean> {
  const rows = await db
    .delete(topicFields)
    .where(and(eq(topicFields.topicId, topicId), eq(topicFields.fieldId, fieldId)))
    .returning();
  return rows.length > 0;
}

/** The fields of the topics a document is filed under now (manual and AI links), each once. */
export async function fieldsOfDocumentTopics(db: DbOrTx, documentId: string): Promise<CustomFieldRow[]> {
  return db
    .selectDistinct({
      id: customFields.id,
      name: customFields.name,
      type: customFields.type,
      options: customFields.options,
      extract: customFields.extract,
      createdAt: customFields.createdAt,
      updatedAt: customFields.updatedAt,
    })
    .from(documentTopics)
    .innerJoin(topicFields, eq(topicFields.topicId, documentTopics.topicId))
    .innerJoin(customFields, eq(customFields.id, topicFields.fieldId))
    .where(eq(documentTopics.documentId, documentId))
    .orderBy(customFields.id);
}

/** A value a reader found, normalised for its field. */
export interface FoundFieldValue {
  fieldId: string;
  value: NormalisedValue;
  source: Exclude<FieldSource, "person">;
  confidence: number;
  quote: string;
}

/**
 * Saves what the machine found for a document (ADR 0033: a person's value > the LLM's > an offline reader's).
 * A person's value — a cleared one too — is never touched.
 * - A run with the LLM's answer (`keepLlmOf` absent): `found` is the whole machine answer; every other offline
 *   or LLM value is removed (no longer found, or of a topic the document lost).
 * - A run without it (offline provider, or the LLM failed; `keepLlmOf`: the fields of the document's topics now):
 *   offline values are replaced by `found`, but an LLM value stays while its field is among `keepLlmOf`, and an
 *   offline value never writes over it.
 */
export async function saveFoundFieldValues(db: DbOrTx, documentId: string, found: FoundFieldValue[], opts: { keepLlmOf?: readonly string[] } = {}): Promise<void> {
  const foundIds = found.map((f) => f.fieldId);
  const keepLlm = opts.keepLlmOf;
  const notFound = foundIds.length ? notInArray(documentFields.fieldId, foundIds) : undefined;
  await db
    .delete(documentFields)
    .where(
      and(
        eq(documentFields.documentId, documentId),
        keepLlm === undefined
          ? and(inArray(documentFields.source, ["offline", "llm"]), notFound)
          : or(
              and(eq(documentFields.source, "offline"), notFound),
              and(eq(documentFields.source, "llm"), keepLlm.length ? notInArray(documentFields.fieldId, [...keepLlm]) : undefined),
            ),
      ),
    );
  for (const f of found) {
    await db
      .insert(documentFields)
      .values({ documentId, fieldId: f.fieldId, ...f.value, source: f.source, confidence: f.confidence, quote: f.quote })
      .onConflictDoUpdate({
        target: [documentFields.documentId, documentFields.fieldId],
        set: { value: f.value.value, number: f.value.number, currency: f.value.currency, date: f.value.date, source: f.source, confidence: f.confidence, quote: f.quote, updatedAt: sql`now()` },
        setWhere: keepLlm === undefined ? ne(documentFields.source, "person") : eq(documentFields.source, "offline"),
      });
  }
}

/**
 * A person's value of `fieldId` for every one of `ids` (null clears it, and the clearing is final too), all
 * or nothing, checked against the field's type (InvalidInputError: a 400). Returns the values before, for the audit log.
 */
export async function setDocumentsField(
  db: DbOrTx,
  ids: string[],
  fieldId: string,
  raw: string | number | boolean | null,
  scope: ListScope,
): Promise<{ field: CustomFieldRow; value: NormalisedValue; before: { documentId: string; value: string | null; source: FieldSource }[] }> {
  return db.transaction(async (tx) => {
    const field = await getField(tx, fieldId);
    let value: NormalisedValue;
    try {
      value = normaliseFieldValue(field, raw);
    } catch (err) {
      throw new InvalidInputError((err as Error).message);
    }
    const docs = await documentsInScopeOrThrow(tx, ids, scope, { forUpdate: true });
    const docIds = docs.map((d) => d.id);
    const before = await tx
      .select({ documentId: documentFields.documentId, value: documentFields.value, source: documentFields.source })
      .from(documentFields)
      .where(and(eq(documentFields.fieldId, fieldId), inArray(documentFields.documentId, docIds)));
    await tx
      .insert(documentFields)
      .values(docIds.map((documentId) => ({ documentId, fieldId, ...value, source: "person" as const, confidence: null, quote: null })))
      .onConflictDoUpdate({
        target: [documentFields.documentId, documentFields.fieldId],
        set: { value: value.value, number: value.number, currency: value.currency, date: value.date, source: "person", confidence: null, quote: null, updatedAt: sql`now()` },
      });
    return { field, value, before };
  });
}

/**
 * A document's fields as `{ name: DocumentFieldValue }`: every field of its topics (value null and source
 * null when nothing was found) and every stored value, by name.
 */
export async function documentFieldValues(db: DbOrTx, documentId: string): Promise<Record<string, DocumentFieldValue>> {
  const rows = await db.execute<{
    field_id: string;
    name: string;
    type: FieldType;
    value: string | null;
    number: string | null;
    currency: string | null;
    source: FieldSource | null;
    confidence: number | null;
    quote: string | null;
    updated_at: string | null;
  }>(sql`
    select f.id as field_id, f.name, f.type, v.value, v.number::text as number, v.currency, v.source, v.confidence, v.quote, v.updated_at
    from ${customFields} f
    left join ${documentFields} v on v.field_id = f.id and v.document_id = ${documentId}
    where v.document_id is not null
       or exists (select 1 from ${topicFields} tf join ${documentTopics} dt on dt.topic_id = tf.topic_id where tf.field_id = f.id and dt.document_id = ${documentId})
    order by lower(f.name), f.id`);
  const out: Record<string, DocumentFieldValue> = {};
  for (const r of rows) {
    out[r.name] = {
      fieldId: r.field_id,
      type: r.type,
      value: r.value,
      amount: r.number === null ? null : Number(r.number),
      currency: r.currency,
      source: r.source,
      confidence: r.confidence,
      quote: r.quote,
      updatedAt: r.updated_at === null ? null : new Date(r.updated_at).toISOString(),
    };
  }
  return out;
}
