// Who sent the document, on its page (issue 17, ADR 0030): how it was found (a rule, learned, the e-mail's
// sender, a person) with the words it came from, and a picker. A choice made here is final: the worker keeps it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "./Link.tsx";
import { percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { CorrespondentOptions } from "./SetCorrespondent.tsx";

/** How the correspondent was found, by the api's `source`. */
const SOURCES = defineMessages({
  en: { rule: "found by its rule or its name", learned: "learned from documents you confirmed", sender: "the e-mail's sender", llm: "read by the LLM", person: "set by a person" },
  de: { rule: "über seine Regel oder seinen Namen gefunden", learned: "gelernt aus Dokumenten, die Sie bestätigt haben", sender: "der Absender der E-Mail", llm: "vom LLM gelesen", person: "von einer Person gesetzt" },
});
const messages = defineMessages({
  en: {
    confidence: (confidence: number) => ` (${Math.round(confidence * 100)} %)`,
    quote: (quote: string) => `: “${quote}”`,
    nobodyFound: "nobody found",
    from: "From",
    changeLabel: "Change the correspondent",
    change: "Change",
    formLabel: "The document's correspondent",
    nobody: "Nobody",
    saving: "Saving…",
    save: "Save",
    cancel: "Cancel",
    manage: "Manage…",
  },
  de: {
    confidence: (confidence) => ` (${percent(confidence)})`,
    quote: (quote) => `: „${quote}“`,
    nobodyFound: "niemand gefunden",
    from: "Von",
    changeLabel: "Korrespondent ändern",
    change: "Ändern",
    formLabel: "Korrespondent des Dokuments",
    nobody: "Niemand",
    saving: "Wird gespeichert…",
    save: "Speichern",
    cancel: "Abbrechen",
    manage: "Verwalten…",
  },
});
const NOBODY = "";

interface Props {
  id: string;
  correspondentId: string | null;
  name: string | null;
  source: string | null;
  confidence: number | null;
  quote: string | null;
}

export function DocumentCorrespondent({ id, correspondentId, name, source, confidence, quote }: Props) {
  const m = useMessages(messages);
  const sources: Record<string, string> = useMessages(SOURCES);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(NOBODY);
  const list = useQuery({ ...trpc.correspondents.list.queryOptions(), enabled: editing });
  const save = useMutation(
    trpc.documents.setCorrespondent.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.correspondents.pathFilter())]);
      },
    }),
  );

  if (!editing) {
    const how = source
      ? `${sources[source] ?? source}${confidence !== null && source !== "rule" && source !== "person" ? m.confidence(confidence) : ""}${quote ? m.quote(quote) : ""}`
      : m.nobodyFound;
    return (
      <span data-testid="document-correspondent">
        {m.from}{" "}
        {name ? (
          <span title={how}>
            <strong>{name}</strong>
          </span>
        ) : (
          <span className="muted" title={how}>
            —
          </span>
        )}{" "}
        <button
          type="button"
          className="btn btn-ghost btn-xs"
          aria-label={m.changeLabel}
          onClick={() => {
            setDraft(correspondentId ?? NOBODY);
            save.reset();
            setEditing(true);
          }}
        >
          {m.change}
        </button>
      </span>
    );
  }

  return (
    <form
      className="doc-date-form"
      aria-label={m.formLabel}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id, correspondentId: draft === NOBODY ? null : draft });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setEditing(false);
      }}
    >
      <label htmlFor="doc-correspondent-input">{m.from}</label>{" "}
      <select id="doc-correspondent-input" value={draft} autoFocus onChange={(e) => setDraft(e.target.value)}>
        <option value={NOBODY}>{m.nobody}</option>
        <CorrespondentOptions list={list.data} />
      </select>{" "}
      <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending || list.isPending}>
        {save.isPending ? m.saving : m.save}
      </button>{" "}
      <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEditing(false)}>
        {m.cancel}
      </button>{" "}
      <Link href={ROUTES.correspondents} className="small">
        {m.manage}
      </Link>
      <InlineError error={save.error ?? list.error} />
    </form>
  );
}
