// Who sent the document, on its page (issue 17, ADR 0030): how it was found (a rule, learned, the e-mail's
// sender, a person) with the words it came from, and a picker. A choice made here is final: the worker keeps it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "./Link.tsx";
import { ROUTES } from "../router.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { CorrespondentOptions } from "./SetCorrespondent.tsx";

const SOURCE: Record<string, string> = { rule: "found by its rule or its name", learned: "learned from documents you confirmed", sender: "the e-mail's sender", llm: "read by the LLM", person: "set by a person" };
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
      ? `${SOURCE[source] ?? source}${confidence !== null && source !== "rule" && source !== "person" ? ` (${Math.round(confidence * 100)} %)` : ""}${quote ? `: “${quote}”` : ""}`
      : "nobody found";
    return (
      <span data-testid="document-correspondent">
        From{" "}
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
          aria-label="Change the correspondent"
          onClick={() => {
            setDraft(correspondentId ?? NOBODY);
            save.reset();
            setEditing(true);
          }}
        >
          Change
        </button>
      </span>
    );
  }

  return (
    <form
      className="doc-date-form"
      aria-label="The document's correspondent"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id, correspondentId: draft === NOBODY ? null : draft });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setEditing(false);
      }}
    >
      <label htmlFor="doc-correspondent-input">From</label>{" "}
      <select id="doc-correspondent-input" value={draft} autoFocus onChange={(e) => setDraft(e.target.value)}>
        <option value={NOBODY}>Nobody</option>
        <CorrespondentOptions list={list.data} />
      </select>{" "}
      <button type="submit" className="btn btn-primary btn-xs" disabled={save.isPending || list.isPending}>
        {save.isPending ? "Saving…" : "Save"}
      </button>{" "}
      <button type="button" className="btn btn-ghost btn-xs" onClick={() => setEditing(false)}>
        Cancel
      </button>{" "}
      <Link href={ROUTES.correspondents} className="small">
        Manage…
      </Link>
      <InlineError error={save.error ?? list.error} />
    </form>
  );
}
