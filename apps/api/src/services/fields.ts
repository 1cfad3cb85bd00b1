// Custom-field use-cases behind both the tRPC procedures and the REST routes (issue 17, ADR 0033). Admins
// define fields and attach them to (global) topics; everyone reads them; a person's value on a document they
// may change is final and audited.
import type { Db, ListScope } from "@docscan/db";
import { attachField, createField, deleteField, detachField, getField, setDocumentsField, updateField, type CustomFieldRow, type FieldDefinition } from "@docscan/db/fields";
import type { Audit, AuditEvent } from "../audit.ts";

const definitionOf = (f: CustomFieldRow) => ({ name: f.name, type: f.type, options: f.options, extract: f.extract });
const event = (action: "field.create" | "field.update" | "field.delete" | "field.attach" | "field.detach", f: CustomFieldRow, fields: Pick<AuditEvent, "before" | "after">): AuditEvent => ({
  action,
  objectType: "field",
  objectId: f.id,
  objectLabel: f.name,
  ...fields,
});

export async function createFieldFor(db: Db, audit: Audit, def: FieldDefinition): Promise<CustomFieldRow> {
  const created = await createField(db, def);
  await audit(event("field.create", created, { after: definitionOf(created) }));
  return created;
}

export async function changeField(db: Db, audit: Audit, id: string, patch: Partial<FieldDefinition>): Promise<CustomFieldRow> {
  const { before, after } = await updateField(db, id, patch);
  await audit(event("field.update", after, { before: definitionOf(before), after: definitionOf(after) }));
  return after;
}

/** Deletes the field, its topic links and every document's value of it. */
export async function removeField(db: Db, audit: Audit, id: string): Promise<void> {
  const gone = await deleteField(db, id);
  await audit(event("field.delete", gone, { before: definitionOf(gone) }));
}

/** Attaches or detaches; an entry only when something changed. */
export async function linkField(db: Db, audit: Audit, input: { topicId: string; fieldId: string }, attach: boolean): Promise<{ changed: boolean }> {
  const field = await getField(db, input.fieldId);
  const changed = attach ? await attachField(db, input.topicId, input.fieldId) : await detachField(db, input.topicId, input.fieldId);
  if (changed) await audit(event(attach ? "field.attach" : "field.detach", field, { after: { topicId: input.topicId } }));
  return { changed };
}

/** A person's value (null clears it, finally) for documents in scope, all or nothing; one audit entry per document. */
export async function setFieldFor(db: Db, audit: Audit, ids: string[], fieldId: string, value: string | number | boolean | null, scope: ListScope): Promise<{ updated: number }> {
  const { field, value: stored, before } = await setDocumentsField(db, ids, fieldId, value, scope);
  const was = new Map(before.map((b) => [b.documentId, b]));
  await audit(
    [...new Set(ids)].map((id) => ({
      action: "document.field" as const,
      objectType: "document" as const,
      objectId: id,
      before: was.has(id) ? { field: field.name, value: was.get(id)!.value, source: was.get(id)!.source } : { field: field.name, value: null },
      after: { field: field.name, value: stored.value },
    })),
  );
  return { updated: new Set(ids).size };
}
