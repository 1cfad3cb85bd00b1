// Notes on a document (ADR 0025): who wrote what and when; everyone who sees the document reads and adds
// them, and search finds the document by them. A note is deleted by its author, or by an admin.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LIMITS, noteTextSchema } from "@docscan/shared";
import { formatDateTime, plural } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { ErrorBox, InlineError, Spinner } from "./Feedback.tsx";
import "./DocumentNotes.css";

export function DocumentNotes({ id }: { id: string }) {
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
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "not a valid note");
    setProblem(null);
    add.mutate({ documentId: id, text: parsed.data });
  }

  const list = notes.data ?? [];
  return (
    <section className="card doc-notes" aria-labelledby="doc-notes-title">
      <div className="card-head card-pad-x">
        <h2 id="doc-notes-title">Notes</h2>
        {list.length > 0 && <span className="count-badge">{list.length}</span>}
      </div>
      {notes.isPending ? (
        <Spinner label="Loading the notes…" />
      ) : notes.isError ? (
        <ErrorBox error={notes.error} title="Could not load the notes" onRetry={() => void notes.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted card-pad-x notes-empty">No notes yet. Notes are searchable, like the document's text.</p>
      ) : (
        <ol className="notes card-pad-x" aria-label={plural(list.length, "note")}>
          {list.map((n) => (
            <li key={n.id} className="note" data-note={n.id}>
              <p className="note-text">{n.text}</p>
              <p className="note-meta muted small">
                {n.authorEmail ?? "A deleted account"} · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                {n.canDelete && (
                  <button
                    type="button"
                    className="btn btn-danger-ghost btn-xs"
                    disabled={remove.isPending}
                    aria-label={`Delete the note “${n.text.slice(0, 40)}”`}
                    onClick={() => remove.mutate({ id: n.id })}
                  >
                    Delete
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
        aria-label="Add a note"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor="note-text" className="visually-hidden">
          New note
        </label>
        <textarea
          id="note-text"
          rows={2}
          value={text}
          maxLength={LIMITS.noteMax}
          placeholder="Add a note…"
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
          {add.isPending ? "Adding…" : "Add note"}
        </button>
      </form>
    </section>
  );
}
