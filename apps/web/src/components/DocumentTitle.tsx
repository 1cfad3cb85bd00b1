// The document page's heading: its title (the file name until someone renames it), with an inline editor.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { documentTitleSchema } from "@docscan/shared";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import "./DocumentNotes.css";

export function DocumentTitle({ id, title, filename }: { id: string; title: string; filename: string }) {
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
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(title)} aria-label="Rename the document">
          Rename
        </button>
        {title !== filename && <p className="muted small doc-filename">File: {filename}</p>}
      </div>
    );
  }

  function submit() {
    const parsed = documentTitleSchema.safeParse(draft);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "not a valid title");
    setProblem(null);
    save.mutate({ id, title: parsed.data });
  }

  return (
    <form
      className="doc-title-form"
      aria-label="Rename the document"
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
        Title
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
        {save.isPending ? "Saving…" : "Save"}
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft(null)}>
        Cancel
      </button>
      {draft !== filename && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft(filename)} title="Use the file name again">
          Use file name
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
