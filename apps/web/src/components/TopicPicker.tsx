import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { errorCode } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { useShortcuts } from "../shortcuts.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import { TopicChecklist } from "./TopicChecklist.tsx";

const WIDTH = 280;

const messages = defineMessages({
  en: {
    button: "✎ Topics",
    editTopicsOf: (filename: string) => `Edit topics of ${filename}`,
    editTopicsShortcut: "Edit topics (e)",
    editTopics: "Edit topics",
    topicsFor: (filename: string) => `Topics for ${filename}`,
    cancel: "Cancel",
    saving: "Saving…",
    save: "Save",
  },
  de: {
    button: "✎ Themen",
    editTopicsOf: (filename) => `Themen von ${filename} bearbeiten`,
    editTopicsShortcut: "Themen bearbeiten (e)",
    editTopics: "Themen bearbeiten",
    topicsFor: (filename) => `Themen für ${filename}`,
    cancel: "Abbrechen",
    saving: "Wird gespeichert…",
    save: "Speichern",
  },
});

/** What the picker needs of a document: a list item and the document page both fit. */
export interface PickerDocument {
  id: string;
  filename: string;
  topics: readonly { id: string }[];
}

interface Props {
  doc: PickerDocument;
  topics: readonly Topic[];
  /** The opener's text and classes; a compact "✎ Topics" by default (table rows). */
  buttonLabel?: string;
  buttonClassName?: string;
  /** The `e` key opens this picker (the document page; the highlighted row of a list). */
  shortcut?: boolean;
}

/** A popover of checkboxes that sets a document's topics by hand (documents.setTopics). */
export function TopicPicker({ doc, topics, buttonLabel, buttonClassName = "btn btn-ghost btn-xs", shortcut = false }: Props) {
  const m = useMessages(messages);
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The topics shown when the picker opened: the api refuses the save if the classifier changed them since.
  const [seen, setSeen] = useState<readonly string[]>([]);
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.topics.pathFilter())]);

  const save = useMutation(
    trpc.documents.setTopics.mutationOptions({
      onSuccess: async () => {
        popoverRef.current?.hidePopover();
        await refresh();
      },
      onError: (err) => {
        if (errorCode(err) === "CONFLICT") void refresh();
      },
    }),
  );
  const currentIds = doc.topics.map((t) => t.id);
  useAnchoredPopover(buttonRef, popoverRef, {
    width: WIDTH,
    onOpen: () => {
      setSelected(new Set(currentIds));
      setSeen(currentIds);
      save.reset();
    },
  });

  // After that refusal, once the document's new topics arrive, the picker shows them to choose from again.
  const currentKey = currentIds.join(",");
  const conflicted = errorCode(save.error) === "CONFLICT";
  useEffect(() => {
    if (!conflicted) return;
    const ids = currentKey ? currentKey.split(",") : [];
    setSelected(new Set(ids));
    setSeen(ids);
  }, [conflicted, currentKey]);

  useShortcuts((e) => {
    if (e.key !== "e" || !buttonRef.current) return false;
    buttonRef.current.click();
    return true;
  }, shortcut);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ id: doc.id, topicIds: [...selected], expectedTopicIds: [...seen] });
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        popoverTarget={popoverId}
        aria-label={m.editTopicsOf(doc.filename)}
        title={shortcut ? m.editTopicsShortcut : m.editTopics}
        aria-keyshortcuts={shortcut ? "e" : undefined}
      >
        {buttonLabel ?? m.button}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit}>
          <TopicChecklist legend={m.topicsFor(doc.filename)} topics={topics} checked={selected} setChecked={setSelected} />
          <InlineError error={save.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              {m.cancel}
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending || topics.length === 0}>
              {save.isPending ? m.saving : m.save}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
