// The card listing a library's entries (Correspondents, Fields): a count, the last change's notice, one row per
// entry with Edit and Delete for those who may change it, and the entry's inline editor in place of its row.
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { defineMessages, useMessages } from "../i18n.ts";
import { QueryState } from "./QueryState.tsx";

// The noun comes from the page, in the console's language: "correspondents", German "Korrespondenten".
const messages = defineMessages({
  en: {
    all: (noun: string) => `All ${noun}`,
    loading: (noun: string) => `Loading ${noun}…`,
    couldNotLoad: (noun: string) => `Could not load ${noun}`,
    edit: "Edit",
    editName: (name: string) => `Edit ${name}`,
    delete: "Delete",
    deleteName: (name: string) => `Delete ${name}`,
    saving: "Saving…",
    save: "Save",
    cancel: "Cancel",
  },
  de: {
    all: (noun: string) => `Alle ${noun}`,
    loading: (noun: string) => `${noun} werden geladen…`,
    couldNotLoad: (noun: string) => `${noun} konnten nicht geladen werden`,
    edit: "Bearbeiten",
    editName: (name: string) => `${name} bearbeiten`,
    delete: "Löschen",
    deleteName: (name: string) => `${name} löschen`,
    saving: "Wird gespeichert…",
    save: "Speichern",
    cancel: "Abbrechen",
  },
});

interface Entry {
  id: string;
  name: string;
}

interface Props<T extends Entry> {
  /**
   * Plural, in the console's language ("correspondents", German "Korrespondenten"): the heading says "All …",
   * the spinner "Loading …" (German "Alle …", "… werden geladen…").
   */
  noun: string;
  query: UseQueryResult<T[], unknown>;
  empty: ReactNode;
  notice: string | null;
  /** `data-testid` of each row. */
  testId: string;
  editingId: string | null;
  editor: (entry: T) => ReactNode;
  /** The row's name and details. */
  main: (entry: T) => ReactNode;
  /** Under the row (e.g. an admin's topic checkboxes). */
  below?: (entry: T) => ReactNode;
  canChange: (entry: T) => boolean;
  onEdit: (entry: T) => void;
  onDelete: (entry: T) => void;
}

export function LibraryList<T extends Entry>({ noun, query, empty, notice, testId, editingId, editor, main, below, canChange, onEdit, onDelete }: Props<T>) {
  const m = useMessages(messages);
  return (
    <div className="card">
      <div className="card-head card-pad-x">
        <h2>
          {m.all(noun)} {query.data && <span className="count-badge">{query.data.length}</span>}
        </h2>
      </div>
      {notice && (
        <p className="alert alert-ok" role="status">
          {notice}
        </p>
      )}
      <QueryState query={query} loading={m.loading(noun)} errorTitle={m.couldNotLoad(noun)} isEmpty={(l) => l.length === 0} empty={empty}>
        {(l) => (
          <ul className="library-list">
            {l.map((entry) => (
              <li key={entry.id} data-testid={testId}>
                {editingId === entry.id ? (
                  editor(entry)
                ) : (
                  <>
                    <div className="library-row">
                      <div className="library-main">{main(entry)}</div>
                      {canChange(entry) && (
                        <div className="library-actions">
                          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onEdit(entry)} aria-label={m.editName(entry.name)}>
                            {m.edit}
                          </button>
                          <button type="button" className="btn btn-danger-ghost btn-sm" aria-label={m.deleteName(entry.name)} onClick={() => onDelete(entry)}>
                            {m.delete}
                          </button>
                        </div>
                      )}
                    </div>
                    {below?.(entry)}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}

/** The end of a library entry's form: Add (or Save and Cancel while editing), and what went wrong. */
export function LibraryFormActions({ saving, editing, addLabel, message, onCancel }: { saving: boolean; editing: boolean; addLabel: string; message: string | null; onCancel: () => void }) {
  const m = useMessages(messages);
  return (
    <div className="form-actions">
      <button type="submit" className="btn btn-primary" disabled={saving}>
        {saving ? m.saving : editing ? m.save : addLabel}
      </button>
      {editing && (
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {m.cancel}
        </button>
      )}
      <span aria-live="polite">
        {message && (
          <span className="inline-error" role="alert">
            {message}
          </span>
        )}
      </span>
    </div>
  );
}
