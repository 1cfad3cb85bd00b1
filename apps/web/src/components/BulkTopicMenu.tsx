import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import type { Notice } from "./Notice.tsx";
import { TopicChecklist } from "./TopicChecklist.tsx";

const WIDTH = 300;

interface Props {
  mode: "add" | "remove";
  ids: readonly string[];
  topics: readonly Topic[];
  disabled?: boolean;
  onDone: (notice: Notice) => void;
}

const messages = defineMessages({
  en: {
    /** `topic`: the one topic's name, else null for `topics` of them. */
    added: (topic: string | null, topics: number, documents: number) =>
      `Added ${topic !== null ? `“${topic}”` : topics === 1 ? "1 topic" : `${topics} topics`} to ${documents === 1 ? "1 document" : `${documents} documents`}.`,
    removed: (topic: string | null, topics: number, documents: number) =>
      `Removed ${topic !== null ? `“${topic}”` : topics === 1 ? "1 topic" : `${topics} topics`} from ${documents === 1 ? "1 document" : `${documents} documents`}.`,
    addButton: "Add topic…",
    removeButton: "Remove topic…",
    addAction: (n: number) => `Add to ${n === 1 ? "1 document" : `${n} documents`}`,
    removeAction: (n: number) => `Remove from ${n === 1 ? "1 document" : `${n} documents`}`,
    addForm: "Add topics to the selected documents",
    removeForm: "Remove topics from the selected documents",
    addLegend: (n: number) => `Add topics to ${n === 1 ? "1 document" : `${n} documents`}`,
    removeLegend: (n: number) => `Remove topics from ${n === 1 ? "1 document" : `${n} documents`}`,
    cancel: "Cancel",
    saving: "Saving…",
  },
  de: {
    added: (topic: string | null, topics: number, documents: number) =>
      `${topic !== null ? `„${topic}“` : topics === 1 ? "1 Thema" : `${formatNumber(topics)} Themen`} zu ${documents === 1 ? "1 Dokument" : `${formatNumber(documents)} Dokumenten`} hinzugefügt.`,
    removed: (topic: string | null, topics: number, documents: number) =>
      `${topic !== null ? `„${topic}“` : topics === 1 ? "1 Thema" : `${formatNumber(topics)} Themen`} von ${documents === 1 ? "1 Dokument" : `${formatNumber(documents)} Dokumenten`} entfernt.`,
    addButton: "Thema hinzufügen…",
    removeButton: "Thema entfernen…",
    addAction: (n: number) => `Zu ${n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumenten`} hinzufügen`,
    removeAction: (n: number) => `Von ${n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumenten`} entfernen`,
    addForm: "Themen zu den ausgewählten Dokumenten hinzufügen",
    removeForm: "Themen von den ausgewählten Dokumenten entfernen",
    addLegend: (n: number) => `Themen zu ${n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumenten`} hinzufügen`,
    removeLegend: (n: number) => `Themen von ${n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumenten`} entfernen`,
    cancel: "Abbrechen",
    saving: "Wird gespeichert…",
  },
});

/** "Add topic…" / "Remove topic…" of the bulk action bar: a popover of topic checkboxes. */
export function BulkTopicMenu({ mode, ids, topics, disabled, onDone }: Props) {
  const m = useMessages(messages);
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  async function onSuccess(_: unknown, { ids: done, topicIds }: { ids: string[]; topicIds: string[] }) {
    popoverRef.current?.hidePopover();
    const names = topics.filter((t) => topicIds.includes(t.id)).map((t) => t.name);
    const one = names.length === 1 ? names[0]! : null;
    onDone({ kind: "ok", text: (mode === "add" ? m.added : m.removed)(one, names.length, done.length) });
    await Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.topics.pathFilter())]);
  }
  const add = useMutation(trpc.documents.addTopics.mutationOptions({ onSuccess }));
  const remove = useMutation(trpc.documents.removeTopics.mutationOptions({ onSuccess }));
  const save = mode === "add" ? add : remove;
  useAnchoredPopover(buttonRef, popoverRef, {
    width: WIDTH,
    onOpen: () => {
      setChosen(new Set());
      save.reset();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ ids: [...ids], topicIds: [...chosen] });
  }

  const label = mode === "add" ? m.addButton : m.removeButton;
  const action = mode === "add" ? m.addAction(ids.length) : m.removeAction(ids.length);
  return (
    <>
      <button ref={buttonRef} type="button" className="btn btn-secondary btn-sm" popoverTarget={popoverId} disabled={disabled}>
        {label}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} aria-label={mode === "add" ? m.addForm : m.removeForm}>
          <TopicChecklist
            legend={mode === "add" ? m.addLegend(ids.length) : m.removeLegend(ids.length)}
            topics={topics}
            checked={chosen}
            setChecked={setChosen}
          />
          <InlineError error={save.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              {m.cancel}
            </button>
            <button type="submit" className={`btn btn-sm ${mode === "add" ? "btn-primary" : "btn-danger"}`} disabled={save.isPending || chosen.size === 0}>
              {save.isPending ? m.saving : action}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
