// The document's custom fields on its page (issue 17, ADR 0033): those of its topics and any with a value,
// each with who set it (the offline reader, the LLM, a person), how sure the reader was and the words it came
// from. A person's value, or a person's clearing, is final: the worker keeps it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useIsAdmin } from "../auth.ts";
import { errorMessage } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import type { DocumentDetail } from "../pages/DocumentPage.tsx";
import { ROUTES } from "../router.ts";
import { queryClient, trpc } from "../trpc.ts";
import { Confidence } from "./Confidence.tsx";
import { InlineError } from "./Feedback.tsx";
import { draftOf, FieldSourceBadge, FieldValueInput, FieldValueText, valueOf, type ValueDraft } from "./FieldValue.tsx";
import { Link } from "./Link.tsx";

type FieldEntry = DocumentDetail["fields"][string];

const messages = defineMessages({
  en: {
    title: "Fields",
    manage: "Manage fields…",
    none: (admin: boolean) => `No fields: none is attached to this document's topics${admin ? " (attach them on the Fields page)" : ""}.`,
    listLabel: "Fields of this document",
    changeName: (name: string) => `Change ${name}`,
    change: "Change",
    clearName: (name: string) => `Clear ${name}`,
    clearTitle: "Clear it for good: the worker will not fill it again",
    clear: "Clear",
    newValue: (name: string) => `${name}: new value`,
    saving: "Saving…",
    save: "Save",
    cancel: "Cancel",
  },
  de: {
    title: "Felder",
    manage: "Felder verwalten…",
    none: (admin) => `Keine Felder: Den Themen dieses Dokuments ist keines zugeordnet${admin ? " (ordnen Sie sie auf der Seite „Felder“ zu)" : ""}.`,
    listLabel: "Felder dieses Dokuments",
    changeName: (name) => `${name} ändern`,
    change: "Ändern",
    clearName: (name) => `${name} leeren`,
    clearTitle: "Endgültig leeren: docscan füllt es nicht erneut aus",
    clear: "Leeren",
    newValue: (name) => `${name}: neuer Wert`,
    saving: "Wird gespeichert…",
    save: "Speichern",
    cancel: "Abbrechen",
  },
});

export function DocumentFields({ id, fields }: { id: string; fields: DocumentDetail["fields"] }) {
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  // The definitions, for a select field's options.
  const definitions = useQuery(trpc.fields.list.queryOptions());
  const entries = Object.entries(fields);
  return (
    <section className="card card-pad" aria-labelledby="doc-fields-title">
      <div className="card-head">
        <h2 id="doc-fields-title">{m.title}</h2>
        {isAdmin && (
          <Link href={ROUTES.fields} className="small">
            {m.manage}
          </Link>
        )}
      </div>
      {entries.length === 0 ? (
        <p className="muted">{m.none(isAdmin)}</p>
      ) : (
        <ul className="doc-topics" aria-label={m.listLabel}>
          {entries.map(([name, f]) => (
            <FieldItem key={f.fieldId} documentId={id} name={name} field={f} options={definitions.data?.find((d) => d.id === f.fieldId)?.options ?? []} />
          ))}
        </ul>
      )}
      <InlineError error={definitions.error} />
    </section>
  );
}

function FieldItem({ documentId, name, field: f, options }: { documentId: string; name: string; field: FieldEntry; options: readonly string[] }) {
  const m = useMessages(messages);
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<ValueDraft | null>(null);
  const save = useMutation(
    trpc.documents.setField.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        // The value, and the History card's new entry.
        await Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.audit.document.queryFilter({ id: documentId }))]);
      },
    }),
  );
  const problem = save.error ? errorMessage(save.error) : null;
  const set = (value: string | null) => save.mutate({ id: documentId, fieldId: f.fieldId, value });

  return (
    <li className="doc-field" data-field={name}>
      <div className="doc-topic-head">
        <span className="doc-field-name">{name}</span>
        {draft === null && (
          <span className="doc-field-value" data-testid="field-value">
            <FieldValueText type={f.type} value={f.value} amount={f.amount} currency={f.currency} />
          </span>
        )}
        {f.source && <FieldSourceBadge source={f.source} cleared={f.value === null} />}
        {f.confidence !== null && f.source !== "person" && <Confidence value={f.confidence} />}
        {draft === null && (
          <span className="doc-field-actions">
            <button
              type="button"
              className="btn btn-ghost btn-xs"
              aria-label={m.changeName(name)}
              onClick={() => {
                save.reset();
                setDraft(draftOf(f.type, f));
              }}
            >
              {m.change}
            </button>
            {f.value !== null && (
              <button type="button" className="btn btn-ghost btn-xs" aria-label={m.clearName(name)} title={m.clearTitle} disabled={save.isPending} onClick={() => set(null)}>
                {m.clear}
              </button>
            )}
          </span>
        )}
      </div>
      {draft !== null && (
        <form
          className="doc-field-form"
          aria-label={m.newValue(name)}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            set(valueOf(f.type, draft));
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") setDraft(null);
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            {name}
          </label>
          <FieldValueInput id={inputId} field={{ name, type: f.type, options }} draft={draft} onChange={setDraft} errorId={problem ? errorId : undefined} autoFocus />
          <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending}>
            {save.isPending ? m.saving : m.save}
          </button>
          <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(null)}>
            {m.cancel}
          </button>
        </form>
      )}
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {f.quote && f.source !== "person" && <blockquote className="quote">{f.quote}</blockquote>}
    </li>
  );
}
