import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { plural } from "../format.ts";
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

function describe(mode: Props["mode"], topicNames: string[], documents: number): string {
  const what = topicNames.length === 1 ? `“${topicNames[0]}”` : plural(topicNames.length, "topic");
  return mode === "add" ? `Added ${what} to ${plural(documents, "document")}.` : `Removed ${what} from ${plural(documents, "document")}.`;
}

/** "Add topic…" / "Remove topic…" of the bulk action bar: a popover of topic checkboxes. */
export function BulkTopicMenu({ mode, ids, topics, disabled, onDone }: Props) {
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  async function onSuccess(_: unknown, { ids: done, topicIds }: { ids: string[]; topicIds: string[] }) {
    popoverRef.current?.hidePopover();
    const names = topics.filter((t) => topicIds.includes(t.id)).map((t) => t.name);
    onDone({ kind: "ok", text: describe(mode, names, done.length) });
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

  const label = mode === "add" ? "Add topic…" : "Remove topic…";
  const action = mode === "add" ? `Add to ${plural(ids.length, "document")}` : `Remove from ${plural(ids.length, "document")}`;
  return (
    <>
      <button ref={buttonRef} type="button" className="btn btn-secondary btn-sm" popoverTarget={popoverId} disabled={disabled}>
        {label}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} aria-label={mode === "add" ? "Add topics to the selected documents" : "Remove topics from the selected documents"}>
          <TopicChecklist
            legend={mode === "add" ? `Add topics to ${plural(ids.length, "document")}` : `Remove topics from ${plural(ids.length, "document")}`}
            topics={topics}
            checked={chosen}
            setChecked={setChosen}
          />
          <InlineError error={save.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              Cancel
            </button>
            <button type="submit" className={`btn btn-sm ${mode === "add" ? "btn-primary" : "btn-danger"}`} disabled={save.isPending || chosen.size === 0}>
              {save.isPending ? "Saving…" : action}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
