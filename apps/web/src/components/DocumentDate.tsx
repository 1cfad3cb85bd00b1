// The document's own date on its page (issue 17): where it was read from, and an editor. A date set here is a
// person's choice: re-extraction keeps it.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { documentDateSchema } from "@docscan/shared";
import { formatDate } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";

/** Where the date came from, by the api's `source`. */
const SOURCES = defineMessages({
  en: { text: "read from the text", filename: "read from the file name", llm: "read by the LLM", person: "set by a person" },
  de: { text: "aus dem Text gelesen", filename: "aus dem Dateinamen gelesen", llm: "vom LLM gelesen", person: "von einer Person gesetzt" },
});
// English shows the shared date schema's own words; German says the same by the kind of problem.
const messages = defineMessages({
  en: {
    quote: (quote: string) => `: “${quote}”`,
    noDate: "no date found in the text",
    dated: "Dated",
    changeLabel: "Change the document's date",
    change: "Change",
    formLabel: "The document's date",
    problem: (_code: string | undefined, message: string | undefined) => message ?? "not a valid date",
    saving: "Saving…",
    save: "Save",
    cancel: "Cancel",
  },
  de: {
    quote: (quote) => `: „${quote}“`,
    noDate: "kein Datum im Text gefunden",
    dated: "Datum",
    changeLabel: "Dokumentdatum ändern",
    change: "Ändern",
    formLabel: "Dokumentdatum",
    problem: (code) => (code === "custom" ? "Dieses Datum gibt es nicht, oder es liegt vor 1900." : "Das Datum muss wie 2026-03-31 aussehen."),
    saving: "Wird gespeichert…",
    save: "Speichern",
    cancel: "Abbrechen",
  },
});

interface Props {
  id: string;
  date: string | null;
  source: string | null;
  quote: string | null;
}

export function DocumentDate({ id, date, source, quote }: Props) {
  const m = useMessages(messages);
  const sources: Record<string, string> = useMessages(SOURCES);
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
    const how = source ? `${sources[source] ?? source}${quote ? m.quote(quote) : ""}` : m.noDate;
    return (
      <span data-testid="document-date">
        {m.dated}{" "}
        {date ? (
          <time dateTime={date} title={how}>
            {formatDate(new Date(`${date}T00:00:00`))}
          </time>
        ) : (
          <span className="muted" title={how}>
            —
          </span>
        )}{" "}
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(date ?? "")} aria-label={m.changeLabel}>
          {m.change}
        </button>
      </span>
    );
  }

  function submit(value: string) {
    if (value === "") return save.mutate({ id, date: null });
    const parsed = documentDateSchema.safeParse(value);
    if (!parsed.success) return setProblem(m.problem(parsed.error.issues[0]?.code, parsed.error.issues[0]?.message));
    setProblem(null);
    save.mutate({ id, date: parsed.data });
  }

  return (
    <form
      className="doc-date-form"
      aria-label={m.formLabel}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setDraft(null);
      }}
    >
      <label htmlFor="doc-date-input">{m.dated}</label>{" "}
      <input id="doc-date-input" type="date" value={draft} min="1900-01-01" autoFocus onChange={(e) => setDraft(e.target.value)} />{" "}
      <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending}>
        {save.isPending ? m.saving : m.save}
      </button>{" "}
      <button type="button" className="btn btn-ghost btn-xs" onClick={() => setDraft(null)}>
        {m.cancel}
      </button>
      <InlineError error={problem ? new Error(problem) : save.error} />
    </form>
  );
}
