import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import type { FolderTree } from "../folder-tree.ts";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import { FolderOptions } from "./FolderOptions.tsx";
import type { Notice } from "./Notice.tsx";

const WIDTH = 320;
/** The <select> value standing for "no folder". */
const UNFILED = "";

const messages = defineMessages({
  en: {
    moved: (n: number, path: string) => `Moved ${n === 1 ? "1 document" : `${n} documents`} to “${path}”.`,
    tookOut: (n: number) => `Took ${n === 1 ? "1 document" : `${n} documents`} out of their folders.`,
    button: "Move to folder…",
    form: "Move the selected documents",
    moveTo: (n: number) => `Move ${n === 1 ? "1 document" : `${n} documents`} to`,
    noFolder: "No folder",
    noFoldersYet: "No folders yet: create one in the Folders panel.",
    cancel: "Cancel",
    moving: "Moving…",
    move: "Move",
  },
  de: {
    moved: (n: number, path: string) => `${n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`} nach „${path}“ verschoben.`,
    tookOut: (n: number) => (n === 1 ? "1 Dokument aus seinem Ordner genommen." : `${formatNumber(n)} Dokumente aus ihren Ordnern genommen.`),
    button: "In Ordner verschieben…",
    form: "Die ausgewählten Dokumente verschieben",
    moveTo: (n: number) => `${n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`} verschieben nach`,
    noFolder: "Kein Ordner",
    noFoldersYet: "Noch keine Ordner: Legen Sie einen im Bereich Ordner an.",
    cancel: "Abbrechen",
    moving: "Wird verschoben…",
    move: "Verschieben",
  },
});

interface Props {
  ids: readonly string[];
  tree: FolderTree;
  /** Preselected destination: the folder the list shows, if any. */
  currentFolderId: string | null;
  disabled?: boolean;
  onDone: (notice: Notice) => void;
}

/** "Move to folder…" of the bulk action bar: pick a folder (or none) and move the selection there. */
export function MoveToFolder({ ids, tree, currentFolderId, disabled, onDone }: Props) {
  const m = useMessages(messages);
  const popoverId = useId();
  const selectId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState(UNFILED);

  const move = useMutation(
    trpc.documents.move.mutationOptions({
      onSuccess: async ({ moved }, { folderId }) => {
        popoverRef.current?.hidePopover();
        const path = folderId ? tree.byId.get(folderId)?.path : undefined;
        onDone({ kind: "ok", text: path ? m.moved(moved, path) : m.tookOut(moved) });
        await Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.folders.pathFilter())]);
      },
    }),
  );
  useAnchoredPopover(buttonRef, popoverRef, {
    width: WIDTH,
    onOpen: () => {
      setTarget(currentFolderId ?? UNFILED);
      move.reset();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    move.mutate({ ids: [...ids], folderId: target === UNFILED ? null : target });
  }

  return (
    <>
      <button ref={buttonRef} type="button" className="btn btn-secondary btn-sm" popoverTarget={popoverId} disabled={disabled}>
        {m.button}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} aria-label={m.form}>
          <div className="field">
            <label htmlFor={selectId}>{m.moveTo(ids.length)}</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value={UNFILED}>{m.noFolder}</option>
              <FolderOptions tree={tree} />
            </select>
            {tree.roots.length === 0 && <p className="hint">{m.noFoldersYet}</p>}
          </div>
          <InlineError error={move.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              {m.cancel}
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={move.isPending}>
              {move.isPending ? m.moving : m.move}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
