import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import type { FolderTree } from "../folder-tree.ts";
import { plural } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import { FolderOptions } from "./FolderOptions.tsx";
import type { Notice } from "./Notice.tsx";

const WIDTH = 320;
/** The <select> value standing for "no folder". */
const UNFILED = "";

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
  const popoverId = useId();
  const selectId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState(UNFILED);

  const move = useMutation(
    trpc.documents.move.mutationOptions({
      onSuccess: async ({ moved }, { folderId }) => {
        popoverRef.current?.hidePopover();
        const what = plural(moved, "document");
        const path = folderId ? tree.byId.get(folderId)?.path : undefined;
        onDone({ kind: "ok", text: path ? `Moved ${what} to “${path}”.` : `Took ${what} out of their folders.` });
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
        Move to folder…
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} aria-label="Move the selected documents">
          <div className="field">
            <label htmlFor={selectId}>Move {plural(ids.length, "document")} to</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value={UNFILED}>No folder</option>
              <FolderOptions tree={tree} />
            </select>
            {tree.roots.length === 0 && <p className="hint">No folders yet: create one in the Folders panel.</p>}
          </div>
          <InlineError error={move.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={move.isPending}>
              {move.isPending ? "Moving…" : "Move"}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
