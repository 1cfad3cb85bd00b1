// The document's own date on its page (issue 17): where it was read from, and an editor. A date set here is a
// person's choice: re-extraction keeps it.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { documentDateSchema } from "@docscan/shared";
import { formatDate } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";

const SOURCE: Record<string, string> = { text: "read from the text", filename: "read from the file name", llm: "read by the LLM", person: "set by a person" };

interface Props {
  id: string;
  date: string | null;
  source: string | null;
  quote: string | null;
}

export function DocumentDate({ id, date, source, quote }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(
    trpc.documents.setDate.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
    }),
  );

  if (draft === null) {
    const how = source ? `${SOURCE[source] ?? source}${quote ? `: “${quote}”` : ""}` : "no date found in the text";
    return (
      <span data-testid="document-date">
        Dated{" "}
        {date ? (
          <time dateTime={date} title={how}>
            {formatDate(new Date(`${date}T00:00:00`))}
          </time>
        ) : (
          <span className="muted" title={how}>
            —
          </span>
        )}{" "}
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(date ?? "")} aria-label="Change the document's date">
          Change
        </button>
      </span>
    );
  }

  function submit(value: string) {
    if (value === "") return save.mutate({ id, date: null });
    const parsed = documentDateSchema.safeParse(value);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "not a valid date");
    setProblem(null);
    save.mutate({ id, date: parsed.data });
  }

  return (
    <form
      className="doc-date-form"
      aria-label="The document's date"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setDraft(null);
      }}
    >
      <label htmlFor="doc-date-input">Dated</label>{" "}
      <input id="doc-date-input" type="date" value={draft} min="1900-01-01" autoFocus onChange={(e) => setDraft(e.target.value)} />{" "}
      <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save"}
      </button>{" "}
      <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(null)}>
        Cancel
      </button>
      <InlineError error={problem ? new Error(problem) : save.error} />
    </form>
  );
}
