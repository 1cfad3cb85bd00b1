import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ROUTES } from "../router.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { Link } from "./Link.tsx";

const WIDTH = 280;

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
}

/** A popover of checkboxes that sets a document's topics by hand (documents.setTopics). */
export function TopicPicker({ doc, topics, buttonLabel = "✎ Topics", buttonClassName = "btn btn-ghost btn-xs" }: Props) {
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const save = useMutation(
    trpc.documents.setTopics.mutationOptions({
      onSuccess: async () => {
        popoverRef.current?.hidePopover();
        await Promise.all([
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
          queryClient.invalidateQueries(trpc.topics.pathFilter()),
        ]);
      },
    }),
  );
  const { reset } = save;
  const currentIds = doc.topics.map((t) => t.id).join(",");

  useEffect(() => {
    const popover = popoverRef.current;
    const button = buttonRef.current;
    if (!popover || !button) return;
    const close = () => popover.hidePopover();
    function place() {
      const r = button!.getBoundingClientRect();
      const height = popover!.offsetHeight;
      const below = r.bottom + 6;
      const top = below + height > window.innerHeight - 8 && r.top - height - 6 > 8 ? r.top - height - 6 : below;
      popover!.style.top = `${Math.max(8, top)}px`;
      popover!.style.left = `${Math.max(8, Math.min(r.right - WIDTH, window.innerWidth - WIDTH - 8))}px`;
    }
    function onBeforeToggle(e: Event) {
      if ((e as ToggleEvent).newState !== "open") return;
      setSelected(new Set(currentIds ? currentIds.split(",") : []));
      reset();
    }
    function onToggle(e: Event) {
      if ((e as ToggleEvent).newState === "open") {
        place();
        popover!.querySelector<HTMLInputElement>("input, a")?.focus();
        window.addEventListener("scroll", close, { passive: true });
        window.addEventListener("resize", close);
      } else {
        // Saving disables the focused button; hand focus back to the opener instead of <body>.
        if (document.activeElement === document.body || popover!.contains(document.activeElement)) button!.focus();
        window.removeEventListener("scroll", close);
        window.removeEventListener("resize", close);
      }
    }
    popover.addEventListener("beforetoggle", onBeforeToggle);
    popover.addEventListener("toggle", onToggle);
    return () => {
      popover.removeEventListener("beforetoggle", onBeforeToggle);
      popover.removeEventListener("toggle", onToggle);
      window.removeEventListener("scroll", close);
      window.removeEventListener("resize", close);
    };
  }, [currentIds, reset]);

  function toggle(id: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ id: doc.id, topicIds: [...selected] });
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        popoverTarget={popoverId}
        aria-label={`Edit topics of ${doc.filename}`}
        title="Edit topics"
      >
        {buttonLabel}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit}>
          <fieldset className="picker">
            <legend>Topics for {doc.filename}</legend>
            {topics.length === 0 ? (
              <p className="muted">
                No topics yet. <Link href={ROUTES.topics}>Create one</Link>.
              </p>
            ) : (
              <div className="picker-list">
                {topics.map((t) => (
                  <label key={t.id} className="check">
                    <input type="checkbox" checked={selected.has(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
                    <span className="swatch swatch-sm" style={{ background: t.color }} aria-hidden="true" />
                    <span>{t.name}</span>
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <InlineError error={save.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending || topics.length === 0}>
              {save.isPending ? "Saving…" : "Save"}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
