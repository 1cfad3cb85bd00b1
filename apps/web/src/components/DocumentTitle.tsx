// The document page's heading: its title (the file name until someone renames it), with an inline editor.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { documentTitleSchema } from "@docscan/shared";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import "./DocumentNotes.css";

const messages = defineMessages({
  en: {
    /** The schema's message for the problem `code` (zod's issue code), as the api would answer. */
    invalid: (code: string, message: string) => message,
    notValid: "not a valid title",
    rename: "Rename the document",
    renameButton: "Rename",
    file: (filename: string) => `File: ${filename}`,
    title: "Title",
    saving: "Saving…",
    save: "Save",
    cancel: "Cancel",
    useFileNameTitle: "Use the file name again",
    useFileName: "Use file name",
  },
  de: {
    invalid: (code: string) =>
      code === "too_small" ? "Der Titel darf nicht leer sein." : code === "too_big" ? "Der Titel ist zu lang." : "Der Titel muss eine Zeile ohne Steuerzeichen sein.",
    notValid: "kein gültiger Titel",
    rename: "Dokument umbenennen",
    renameButton: "Umbenennen",
    file: (filename: string) => `Datei: ${filename}`,
    title: "Titel",
    saving: "Wird gespeichert…",
    save: "Speichern",
    cancel: "Abbrechen",
    useFileNameTitle: "Wieder den Dateinamen verwenden",
    useFileName: "Dateiname verwenden",
  },
});

export function DocumentTitle({ id, title, filename }: { id: string; title: string; filename: string }) {
  const m = useMessages(messages);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.documents.setTitle.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        // Lists sort and search by the title: refresh them and this page.
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
    }),
  );

  if (draft === null) {
    return (
      <div className="doc-title-row">
        <h1 id="doc-title" className="doc-title">
          {title}
        </h1>
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(title)} aria-label={m.rename}>
          {m.renameButton}
        </button>
        {title !== filename && <p className="muted small doc-filename">{m.file(filename)}</p>}
      </div>
    );
  }

  function submit() {
    const parsed = documentTitleSchema.safeParse(draft);
    const issue = parsed.error?.issues[0];
    if (!parsed.success) return setProblem(issue ? m.invalid(issue.code, issue.message) : m.notValid);
    setProblem(null);
    save.mutate({ id, title: parsed.data });
  }

  return (
    <form
      className="doc-title-form"
      aria-label={m.rename}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setDraft(null);
      }}
    >
      <h1 id="doc-title" className="visually-hidden">
        {title}
      </h1>
      <label htmlFor="doc-title-input" className="visually-hidden">
        {m.title}
      </label>
      <input
        id="doc-title-input"
        className="doc-title-input"
        value={draft}
        maxLength={400}
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "doc-title-error" : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
        {save.isPending ? m.saving : m.save}
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft(null)}>
        {m.cancel}
      </button>
      {draft !== filename && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft(filename)} title={m.useFileNameTitle}>
          {m.useFileName}
        </button>
      )}
      {problem && (
        <p id="doc-title-error" className="field-error">
          {problem}
        </p>
      )}
      <InlineError error={save.error} />
    </form>
  );
}
