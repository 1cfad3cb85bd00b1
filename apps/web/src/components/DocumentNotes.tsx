// Notes on a document (ADR 0025): who wrote what and when; everyone who sees the document reads and adds
// them, and search finds the document by them. A note is deleted by its author, or by an admin.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LIMITS, noteTextSchema } from "@docscan/shared";
import { formatDateTime, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { ErrorBox, InlineError, Spinner } from "./Feedback.tsx";
import "./DocumentNotes.css";

const messages = defineMessages({
  en: {
    /** The schema's message for the problem `code` (zod's issue code), as the api would answer. */
    invalid: (code: string, message: string) => message,
    notValid: "not a valid note",
    notes: "Notes",
    loading: "Loading the notes…",
    couldNotLoad: "Could not load the notes",
    none: "No notes yet. Notes are searchable, like the document's text.",
    count: (n: number) => (n === 1 ? "1 note" : `${n} notes`),
    deletedAccount: "A deleted account",
    deleteNote: (start: string) => `Delete the note “${start}”`,
    delete: "Delete",
    addANote: "Add a note",
    newNote: "New note",
    placeholder: "Add a note…",
    adding: "Adding…",
    add: "Add note",
  },
  de: {
    invalid: (code: string) =>
      code === "too_small" ? "Schreiben Sie zuerst die Notiz." : code === "too_big" ? "Die Notiz ist zu lang." : "Die Notiz darf keine Steuerzeichen enthalten.",
    notValid: "keine gültige Notiz",
    notes: "Notizen",
    loading: "Die Notizen werden geladen…",
    couldNotLoad: "Die Notizen konnten nicht geladen werden",
    none: "Noch keine Notizen. Notizen sind durchsuchbar, wie der Text des Dokuments.",
    count: (n: number) => (n === 1 ? "1 Notiz" : `${formatNumber(n)} Notizen`),
    deletedAccount: "Ein gelöschtes Konto",
    deleteNote: (start: string) => `Die Notiz „${start}“ löschen`,
    delete: "Löschen",
    addANote: "Notiz hinzufügen",
    newNote: "Neue Notiz",
    placeholder: "Notiz hinzufügen…",
    adding: "Wird hinzugefügt…",
    add: "Notiz hinzufügen",
  },
});

export function DocumentNotes({ id }: { id: string }) {
  const m = useMessages(messages);
  const notes = useQuery(trpc.documents.notes.queryOptions({ id }));
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  // Notes are searchable: lists (search results) change with them.
  const refresh = () => queryClient.invalidateQueries(trpc.documents.pathFilter());
  const add = useMutation(
    trpc.documents.addNote.mutationOptions({
      onSuccess: async () => {
        setText("");
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.documents.deleteNote.mutationOptions({ onSuccess: refresh }));

  function submit() {
    const parsed = noteTextSchema.safeParse(text);
    const issue = parsed.error?.issues[0];
    if (!parsed.success) return setProblem(issue ? m.invalid(issue.code, issue.message) : m.notValid);
    setProblem(null);
    add.mutate({ documentId: id, text: parsed.data });
  }

  const list = notes.data ?? [];
  return (
    <section className="card doc-notes" aria-labelledby="doc-notes-title">
      <div className="card-head card-pad-x">
        <h2 id="doc-notes-title">{m.notes}</h2>
        {list.length > 0 && <span className="count-badge">{list.length}</span>}
      </div>
      {notes.isPending ? (
        <Spinner label={m.loading} />
      ) : notes.isError ? (
        <ErrorBox error={notes.error} title={m.couldNotLoad} onRetry={() => void notes.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted card-pad-x notes-empty">{m.none}</p>
      ) : (
        <ol className="notes card-pad-x" aria-label={m.count(list.length)}>
          {list.map((n) => (
            <li key={n.id} className="note" data-note={n.id}>
              <p className="note-text">{n.text}</p>
              <p className="note-meta muted small">
                {n.authorEmail ?? m.deletedAccount} · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                {n.canDelete && (
                  <button
                    type="button"
                    className="btn btn-danger-ghost btn-xs"
                    disabled={remove.isPending}
                    aria-label={m.deleteNote(n.text.slice(0, 40))}
                    onClick={() => remove.mutate({ id: n.id })}
                  >
                    {m.delete}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <InlineError error={remove.error} />
      <form
        className="note-form card-pad-x"
        aria-label={m.addANote}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor="note-text" className="visually-hidden">
          {m.newNote}
        </label>
        <textarea
          id="note-text"
          rows={2}
          value={text}
          maxLength={LIMITS.noteMax}
          placeholder={m.placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "note-error" : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
        {problem && (
          <p id="note-error" className="field-error">
            {problem}
          </p>
        )}
        <InlineError error={add.error} />
        <button type="submit" className="btn btn-secondary btn-sm" disabled={add.isPending}>
          {add.isPending ? m.adding : m.add}
        </button>
      </form>
    </section>
  );
}
