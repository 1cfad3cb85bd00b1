// Custom fields (issue 17, ADR 0033): typed fields — Total, Due date, Invoice number — attached to topics, so
// every document of a topic has them. Admins define, change, delete and attach them; everyone reads the list.
// A tab beside Topics and Correspondents, so the header stays as it is.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { defaultFieldSetup, EXTRACTOR_TYPES, FIELD_EXTRACTORS, FIELD_LIMITS, FIELD_TYPES, type FieldExtractor, type FieldType } from "@docscan/shared/fields";
import { useIsAdmin } from "../auth.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { TYPE_LABELS } from "../components/FieldValue.tsx";
import { LibraryFormActions, LibraryList } from "../components/LibraryList.tsx";
import { LibraryTabs } from "../components/LibraryTabs.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { errorMessage } from "../errors.ts";
import { defineMessages, messagesOf, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";
import { queryClient, trpc, type RouterOutputs, type Topic } from "../trpc.ts";
import "./fields.css";

type Field = RouterOutputs["fields"]["list"][number];

/** What the offline reader looks for, keyed by the extractor: `useMessages(EXTRACTOR_LABELS)[extractor]`. */
export const EXTRACTOR_LABELS = defineMessages({
  en: {
    none: "Nothing: set by hand",
    total: "The grand total",
    due_date: "The due date",
    invoice_number: "The invoice or reference number",
    iban: "An IBAN (only a valid one)",
  } satisfies Record<FieldExtractor, string>,
  de: {
    none: "Nichts: nur von Hand",
    total: "Gesamtbetrag",
    due_date: "Fälligkeitsdatum",
    invoice_number: "Rechnungs- oder Referenznummer",
    iban: "IBAN (nur eine gültige)",
  },
});

const messages = defineMessages({
  en: {
    added: (name: string) => `Added “${name}”.`,
    saved: (name: string) => `Saved “${name}”.`,
    nameIt: "Name it.",
    writeOptions: "Write the options, one per line.",
    editName: (name: string) => `Edit ${name}`,
    newField: "New field",
    name: "Name",
    type: "Type",
    monetaryHint: "Each value keeps its currency: 119.00 EUR. Ranges compare the amount.",
    typeFixed: "The type cannot change once documents have values.",
    options: "Options, one per line",
    readOffline: "Read offline",
    readOfflineHint: "After classification the worker fills it from the text of the documents of its topics; a value a person set stays.",
    add: "Add field",
    noSharedTopics: "No shared topics yet: create one on the Topics page to attach the field to.",
    topicsWith: (name: string) => `Topics with ${name}`,
    /** The list's line under a field's name; the reader's label is the option's, lower-cased in English. */
    readOfflineAs: (type: string, reader: string) => `${type} · read offline: ${reader.toLowerCase()}`,
    deleted: (name: string) => `Deleted “${name}” and its values.`,
    fieldFallback: "field",
    noun: "fields",
    empty: "No fields yet.",
    emptyAdmin: "Add one with the form, then tick the topics whose documents have it.",
    emptyMember: "Admins define them.",
    documentsWith: (name: string) => `Documents with a value of ${name}`,
    topics: (names: string) => `Topics: ${names}`,
    noTopic: "Attached to no topic",
    title: "Fields",
    intro: (admin: boolean) =>
      `Typed values beside a document's topics — an invoice's total, due date, number. A field attached to a topic appears on the page of every document of that topic, filled from its text where docscan can read it; a value a person sets stays. ${admin ? "Fields are shared by everyone." : "Admins define fields; you set their values on your documents."}`,
    confirmTitle: (name: string) => `Delete “${name}”?`,
    confirmLabel: "Delete field",
    confirmText: "Every document's value of it goes too, and its topics no longer have it. This cannot be undone.",
  },
  de: {
    added: (name) => `„${name}“ hinzugefügt.`,
    saved: (name) => `„${name}“ gespeichert.`,
    nameIt: "Bitte geben Sie einen Namen ein.",
    writeOptions: "Bitte geben Sie die Optionen ein, eine pro Zeile.",
    editName: (name) => `${name} bearbeiten`,
    newField: "Neues Feld",
    name: "Name",
    type: "Typ",
    monetaryHint: "Jeder Wert behält seine Währung: 119.00 EUR. Bereiche vergleichen den Betrag.",
    typeFixed: "Der Typ lässt sich nicht mehr ändern, sobald Dokumente Werte haben.",
    options: "Optionen, eine pro Zeile",
    readOffline: "Offline auslesen",
    readOfflineHint: "Nach der Einordnung füllt docscan es aus dem Text der Dokumente seiner Themen; ein von Hand gesetzter Wert bleibt.",
    add: "Feld hinzufügen",
    noSharedTopics: "Noch keine globalen Themen: Legen Sie auf der Seite „Themen“ eines an, um ihm das Feld zuzuordnen.",
    topicsWith: (name) => `Themen mit ${name}`,
    readOfflineAs: (type, reader) => `${type} · offline ausgelesen: ${reader}`,
    deleted: (name) => `„${name}“ und seine Werte gelöscht.`,
    fieldFallback: "Feld",
    noun: "Felder",
    empty: "Noch keine Felder.",
    emptyAdmin: "Legen Sie eines mit dem Formular an und haken Sie dann die Themen an, deren Dokumente es haben.",
    emptyMember: "Administratoren legen sie an.",
    documentsWith: (name) => `Dokumente mit einem Wert für ${name}`,
    topics: (names) => `Themen: ${names}`,
    noTopic: "Keinem Thema zugeordnet",
    title: "Felder",
    intro: (admin) =>
      `Typisierte Werte neben den Themen eines Dokuments — etwa Gesamtbetrag, Fälligkeitsdatum und Nummer einer Rechnung. Ein Feld, das einem Thema zugeordnet ist, erscheint auf der Seite jedes Dokuments dieses Themas, ausgefüllt aus dem Text, wo docscan ihn lesen kann; ein von Hand gesetzter Wert bleibt. ${admin ? "Felder gelten für alle." : "Administratoren legen Felder an; Sie setzen deren Werte bei Ihren Dokumenten."}`,
    confirmTitle: (name) => `„${name}“ löschen?`,
    confirmLabel: "Feld löschen",
    confirmText: "Die Werte aller Dokumente werden mitgelöscht, und seine Themen haben es nicht mehr. Das lässt sich nicht rückgängig machen.",
  },
});

/** The readers that can fill a field of this type ("none" always can). */
const readersFor = (type: FieldType) => FIELD_EXTRACTORS.filter((e) => e === "none" || EXTRACTOR_TYPES[e].includes(type));

interface Draft {
  name: string;
  type: FieldType;
  extract: FieldExtractor;
  /** A select field's options, one per line. */
  options: string;
  /** The admin chose the type or reader: the name no longer guesses them. */
  chosen: boolean;
}
const EMPTY: Draft = { name: "", type: "text", extract: "none", options: "", chosen: false };
const optionList = (text: string) =>
  text
    .split("\n")
    .map((o) => o.trim())
    .filter(Boolean);

/** The refresh after any change: the list, documents' fields, and the list filter's choices. */
const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.fields.pathFilter()), queryClient.invalidateQueries(trpc.documents.pathFilter())]);

/** The form of a new field, and of one being edited (`editing`). */
function FieldForm({ editing, onDone }: { editing?: Field; onDone: (text: string) => void }) {
  const m = useMessages(messages);
  const typeLabels = useMessages(TYPE_LABELS);
  const readerLabels = useMessages(EXTRACTOR_LABELS);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(
    editing ? { name: editing.name, type: editing.type, extract: editing.extract, options: editing.options.join("\n"), chosen: true } : EMPTY,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.fields.create.mutationOptions({
      onSuccess: async (f) => {
        setDraft(EMPTY);
        onDone(m.added(f.name));
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.fields.update.mutationOptions({
      onSuccess: async (f) => {
        onDone(m.saved(f.name));
        await refresh();
      },
    }),
  );
  const saving = create.isPending || update.isPending;
  const serverError = create.error ?? update.error;

  function submit(e: FormEvent) {
    e.preventDefault();
    const name = draft.name.trim();
    const options = draft.type === "select" ? optionList(draft.options) : [];
    if (!name) return setProblem(m.nameIt);
    if (draft.type === "select" && options.length === 0) return setProblem(m.writeOptions);
    setProblem(null);
    const fields = { name, type: draft.type, extract: draft.extract, options };
    if (editing) update.mutate({ id: editing.id, ...fields });
    else create.mutate(fields);
  }

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  // Until a type is chosen, the name suggests one ("Total" → an amount read as the grand total).
  const setName = (name: string) => set(draft.chosen ? { name } : { name, ...defaultFieldSetup(name) });
  const setType = (type: FieldType) => set({ type, chosen: true, extract: readersFor(type).includes(draft.extract) ? draft.extract : "none" });
  const message = problem ?? (serverError ? errorMessage(serverError) : null);
  return (
    <form className={editing ? "library-edit" : "card card-pad"} onSubmit={submit} noValidate aria-label={editing ? m.editName(editing.name) : m.newField}>
      {!editing && <h2>{m.newField}</h2>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{m.name}</label>
        <input id={`${id}-name`} value={draft.name} maxLength={FIELD_LIMITS.nameMax} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{m.type}</label>
        <select id={`${id}-type`} value={draft.type} onChange={(e) => setType(e.target.value as FieldType)}>
          {FIELD_TYPES.map((t) => (
            <option key={t} value={t}>
              {typeLabels[t]}
            </option>
          ))}
        </select>
        {draft.type === "monetary" && <p className="hint">{m.monetaryHint}</p>}
        {editing && <p className="hint">{m.typeFixed}</p>}
      </div>
      {draft.type === "select" && (
        <div className="field">
          <label htmlFor={`${id}-options`}>{m.options}</label>
          <textarea id={`${id}-options`} rows={4} value={draft.options} onChange={(e) => set({ options: e.target.value })} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-extract`}>{m.readOffline}</label>
        <select id={`${id}-extract`} value={draft.extract} onChange={(e) => set({ extract: e.target.value as FieldExtractor, chosen: true })}>
          {readersFor(draft.type).map((x) => (
            <option key={x} value={x}>
              {readerLabels[x]}
            </option>
          ))}
        </select>
        {draft.extract !== "none" && <p className="hint">{m.readOfflineHint}</p>}
      </div>
      <LibraryFormActions saving={saving} editing={editing !== undefined} addLabel={m.add} message={message} onCancel={() => onDone("")} />
    </form>
  );
}

/** An admin's checkboxes: the (global) topics whose documents have the field. */
function FieldTopics({ field, topics }: { field: Field; topics: readonly Topic[] }) {
  const m = useMessages(messages);
  // A box shows its change at once (set here, synchronously), until the list is fetched again.
  const [wanted, setWanted] = useState<{ topicId: string; on: boolean } | null>(null);
  const options = { onSettled: () => refresh().finally(() => setWanted(null)) };
  const attach = useMutation(trpc.fields.attach.mutationOptions(options));
  const detach = useMutation(trpc.fields.detach.mutationOptions(options));
  const global = topics.filter((t) => !t.personal);
  if (global.length === 0) return <p className="muted small">{m.noSharedTopics}</p>;
  return (
    <fieldset className="cf-topics">
      <legend className="small muted">{m.topicsWith(field.name)}</legend>
      {global.map((t) => (
        <label key={t.id} className="check">
          <input
            type="checkbox"
            checked={wanted?.topicId === t.id ? wanted.on : field.topicIds.includes(t.id)}
            disabled={wanted !== null}
            onChange={(e) => {
              attach.reset();
              detach.reset();
              setWanted({ topicId: t.id, on: e.target.checked });
              (e.target.checked ? attach : detach).mutate({ topicId: t.id, fieldId: field.id });
            }}
          />
          <span>{t.name}</span>
        </label>
      ))}
      <InlineError error={attach.error ?? detach.error} />
    </fieldset>
  );
}

/** The line under a field's name, in the console's language of the moment. */
function describe(f: Field): string {
  const typeLabels = messagesOf(TYPE_LABELS);
  const type = f.type === "select" ? `${typeLabels.select}: ${f.options.join(", ")}` : typeLabels[f.type];
  return f.extract === "none" ? type : messagesOf(messages).readOfflineAs(type, messagesOf(EXTRACTOR_LABELS)[f.extract]);
}

export function FieldsPage() {
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  const list = useQuery(trpc.fields.list.queryOptions());
  const topics = useQuery(trpc.topics.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Field | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation(
    trpc.fields.delete.mutationOptions({
      onSuccess: async () => {
        setNotice(m.deleted(toDelete?.name ?? m.fieldFallback));
        setToDelete(null);
        await refresh();
      },
    }),
  );
  const topicName = new Map(topics.data?.map((t) => [t.id, t.name]));

  const all = (
    <LibraryList
      noun={m.noun}
      query={list}
      notice={notice}
      testId="field-item"
      empty={
        <Empty title={m.empty}>
          <p className="muted">{isAdmin ? m.emptyAdmin : m.emptyMember}</p>
        </Empty>
      }
      editingId={editing}
      editor={(f) => (
        <FieldForm
          editing={f}
          onDone={(text) => {
            setEditing(null);
            setNotice(text || null);
          }}
        />
      )}
      main={(f) => (
        <>
          <Link href={`${ROUTES.documents}?field=${f.id}`} className="library-name" title={m.documentsWith(f.name)}>
            {f.name}
          </Link>
          <span className="muted small">{describe(f)}</span>
          {!isAdmin && (
            <span className="muted small">{f.topicIds.length ? m.topics(f.topicIds.map((t) => topicName.get(t) ?? "…").join(", ")) : m.noTopic}</span>
          )}
        </>
      )}
      below={(f) => isAdmin && topics.data && <FieldTopics field={f} topics={topics.data} />}
      canChange={() => isAdmin}
      onEdit={(f) => setEditing(f.id)}
      onDelete={(f) => {
        remove.reset();
        setToDelete(f);
      }}
    />
  );

  return (
    <Page
      title={m.title}
      intro={m.intro(isAdmin)}
    >
      <LibraryTabs current="fields" />
      <InlineError error={topics.error} />
      {isAdmin ? (
        <div className="topics-layout">
          <div className="topics-side">
            <FieldForm onDone={setNotice} />
          </div>
          {all}
        </div>
      ) : (
        all
      )}

      <ConfirmDialog
        open={toDelete !== null}
        title={m.confirmTitle(toDelete?.name ?? "")}
        confirmLabel={m.confirmLabel}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>{m.confirmText}</p>
      </ConfirmDialog>
    </Page>
  );
}
