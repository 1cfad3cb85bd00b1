// A sender the LLM read that is none of the owner's correspondents (ADR 0039): shown under the document's
// correspondent with one button that adds it and sets it on this document as a person's choice, which also clears
// the proposal — the review inbox's "Add and set" (the correspondent of that name, else a new one: global for an
// admin, one's own for a member, learned from its documents).
import { useMutation } from "@tanstack/react-query";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";

const messages = defineMessages({
  en: {
    proposed: (name: string) => `The LLM read the sender as “${name}”, who is not among your correspondents.`,
    add: "Add and set",
    adding: "Adding…",
  },
  de: {
    proposed: (name) => `Das LLM hat „${name}“ als Absender gelesen; er ist nicht unter Ihren Korrespondenten.`,
    add: "Anlegen und setzen",
    adding: "Wird angelegt…",
  },
});

export function ProposedCorrespondent({ id, name }: { id: string; name: string }) {
  const m = useMessages(messages);
  const add = useMutation(
    trpc.review.acceptCorrespondents.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
          queryClient.invalidateQueries(trpc.correspondents.pathFilter()),
          queryClient.invalidateQueries(trpc.review.pathFilter()),
        ]),
    }),
  );
  const busy = add.isPending;
  return (
    <span data-testid="proposed-correspondent">
      {m.proposed(name)}{" "}
      <button type="button" className="btn btn-ghost btn-xs" disabled={busy} onClick={() => add.mutate({ ids: [id] })}>
        {busy ? m.adding : m.add}
      </button>
      <InlineError error={add.error} />
    </span>
  );
}
