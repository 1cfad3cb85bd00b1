import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { LIMITS } from "@docscan/shared";
import type { FolderTree } from "../folder-tree.ts";
import { errorMessage } from "../errors.ts";
import { plural } from "../format.ts";
import { queryClient, refreshAfterDocumentsDeleted, trpc, type Topic } from "../trpc.ts";
import { deletedNotice } from "../undo-delete.ts";
import { BulkTopicMenu } from "./BulkTopicMenu.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { InlineError } from "./Feedback.tsx";
import { MoveToFolder } from "./MoveToFolder.tsx";
import type { Notice } from "./Notice.tsx";
import { SetCorrespondent } from "./SetCorrespondent.tsx";
import { SetField } from "./SetField.tsx";

/** The api takes at most this many ids per bulk call (all-or-nothing). */
const BULK_MAX = LIMITS.bulkDocumentsMax;

interface Props {
  ids: readonly string[];
  topics: readonly Topic[];
  tree: FolderTree;
  currentFolderId: string | null;
  onClear: () => void;
  /** An action finished: show its outcome; `clear` when the selected documents are gone or moved away. */
  onDone: (notice: Notice, opts?: { clear?: boolean }) => void;
}

/** The sticky bar over the documents table while documents are selected. */
export function BulkActions({ ids, topics, tree, currentFolderId, onClear, onDone }: Props) {
  const [confirming, setConfirming] = useState(false);
  const tooMany = ids.length > BULK_MAX;

  const reclassify = useMutation(
    trpc.documents.reclassifyMany.mutationOptions({
      onSuccess: async ({ queued, keptManual, keptRejected }) => {
        const kept = [keptManual > 0 && `${plural(keptManual, "topic")} you chose`, keptRejected > 0 && `${plural(keptRejected, "topic")} you removed`].filter(Boolean);
        onDone({ kind: "ok", text: `Reclassifying ${plural(queued, "document")} in the background${kept.length > 0 ? `; your decisions stay (${kept.join(", ")})` : ""}.` });
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
      onError: (err) => onDone({ kind: "error", text: `Could not reclassify: ${errorMessage(err)}` }),
    }),
  );
  const remove = useMutation(
    trpc.documents.deleteMany.mutationOptions({
      onSuccess: async (_, { ids: deleted }) => {
        setConfirming(false);
        onDone(deletedNotice(deleted, (n) => onDone(n)), { clear: true });
        await refreshAfterDocumentsDeleted();
      },
    }),
  );

  const busy = reclassify.isPending || remove.isPending;
  const count = plural(ids.length, "document");
  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <p className="bulk-count" aria-live="polite">
        <strong data-testid="selected-count">{ids.length.toLocaleString()} selected</strong>
        {tooMany && <span className="text-warn small"> · at most {BULK_MAX} at a time</span>}
      </p>
      <div className="bulk-buttons">
        <BulkTopicMenu mode="add" ids={ids} topics={topics} disabled={tooMany} onDone={onDone} />
        <BulkTopicMenu mode="remove" ids={ids} topics={topics} disabled={tooMany} onDone={onDone} />
        <SetCorrespondent ids={ids} disabled={tooMany} onDone={onDone} />
        <SetField ids={ids} disabled={tooMany} onDone={onDone} />
        <MoveToFolder ids={ids} tree={tree} currentFolderId={currentFolderId} disabled={tooMany} onDone={(n) => onDone(n, { clear: currentFolderId !== null })} />
        <button type="button" className="btn btn-secondary btn-sm" disabled={tooMany || busy} onClick={() => reclassify.mutate({ ids: [...ids] })}>
          {reclassify.isPending ? "Queueing…" : "Reclassify"}
        </button>
        <button
          type="button"
          className="btn btn-danger-ghost btn-sm"
          disabled={tooMany || busy}
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          Delete…
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClear}>
          Clear selection
        </button>
      </div>

      <ConfirmDialog
        open={confirming}
        title={`Delete ${count}?`}
        confirmLabel={`Delete ${count}`}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ ids: [...ids] })}
      >
        <p>They go to the trash with their topics, folder and text; Undo or the Trash page brings them back until the trash is emptied.</p>
      </ConfirmDialog>
    </div>
  );
}
