import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { LIMITS } from "@docscan/shared";
import type { FolderTree } from "../folder-tree.ts";
import { errorMessage } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { keptDecisions } from "../kept-decisions.ts";
import { queryClient, refreshAfterDocumentsDeleted, trpc, type Topic } from "../trpc.ts";
import { deletedNotice } from "../undo-delete.ts";
import { BulkTopicMenu } from "./BulkTopicMenu.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { InlineError } from "./Feedback.tsx";
import { MoveToFolder } from "./MoveToFolder.tsx";
import type { Notice } from "./Notice.tsx";
import { SetCorrespondent } from "./SetCorrespondent.tsx";
import { SetField } from "./SetField.tsx";

const messages = defineMessages({
  en: {
    documents: (n: number) => (n === 1 ? "1 document" : `${formatNumber(n)} documents`),
    /** `kept`: keptDecisions(), "" when nothing was kept. */
    reclassifying: (n: number, kept: string) => `Reclassifying ${n === 1 ? "1 document" : `${formatNumber(n)} documents`} in the background${kept ? `; your decisions stay (${kept})` : ""}.`,
    couldNotReclassify: (error: string) => `Could not reclassify: ${error}`,
    bulkActions: "Bulk actions",
    selected: (n: number) => `${formatNumber(n)} selected`,
    atMost: (max: number) => ` · at most ${formatNumber(max)} at a time`,
    queueing: "Queueing…",
    reclassify: "Reclassify",
    delete: "Delete…",
    clearSelection: "Clear selection",
    deleteTitle: (documents: string) => `Delete ${documents}?`,
    deleteConfirm: (documents: string) => `Delete ${documents}`,
    deleteBody: "They go to the trash with their topics, folder and text; Undo or the Trash page brings them back until the trash is emptied.",
  },
  de: {
    documents: (n: number) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`),
    reclassifying: (n: number, kept: string) =>
      `${n === 1 ? "1 Dokument wird" : `${formatNumber(n)} Dokumente werden`} im Hintergrund neu eingeordnet${kept ? `; Ihre Entscheidungen bleiben (${kept})` : ""}.`,
    couldNotReclassify: (error: string) => `Neu einordnen fehlgeschlagen: ${error}`,
    bulkActions: "Aktionen für die Auswahl",
    selected: (n: number) => `${formatNumber(n)} ausgewählt`,
    atMost: (max: number) => ` · höchstens ${formatNumber(max)} auf einmal`,
    queueing: "Wird eingereiht…",
    reclassify: "Neu einordnen",
    delete: "Löschen…",
    clearSelection: "Auswahl aufheben",
    deleteTitle: (documents: string) => `${documents} löschen?`,
    deleteConfirm: (documents: string) => `${documents} löschen`,
    deleteBody:
      "Sie kommen mit ihren Themen, ihrem Ordner und ihrem Text in den Papierkorb; Rückgängig oder die Seite Papierkorb holt sie zurück, bis der Papierkorb geleert wird.",
  },
});

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
  const m = useMessages(messages);
  const [confirming, setConfirming] = useState(false);
  const tooMany = ids.length > BULK_MAX;

  const reclassify = useMutation(
    trpc.documents.reclassifyMany.mutationOptions({
      onSuccess: async ({ queued, keptManual, keptRejected }) => {
        onDone({ kind: "ok", text: m.reclassifying(queued, keptDecisions(keptManual, keptRejected)) });
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
      onError: (err) => onDone({ kind: "error", text: m.couldNotReclassify(errorMessage(err)) }),
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
  const count = m.documents(ids.length);
  return (
    <div className="bulk-bar" role="region" aria-label={m.bulkActions}>
      <p className="bulk-count" aria-live="polite">
        <strong data-testid="selected-count">{m.selected(ids.length)}</strong>
        {tooMany && <span className="text-warn small">{m.atMost(BULK_MAX)}</span>}
      </p>
      <div className="bulk-buttons">
        <BulkTopicMenu mode="add" ids={ids} topics={topics} disabled={tooMany} onDone={onDone} />
        <BulkTopicMenu mode="remove" ids={ids} topics={topics} disabled={tooMany} onDone={onDone} />
        <SetCorrespondent ids={ids} disabled={tooMany} onDone={onDone} />
        <SetField ids={ids} disabled={tooMany} onDone={onDone} />
        <MoveToFolder ids={ids} tree={tree} currentFolderId={currentFolderId} disabled={tooMany} onDone={(n) => onDone(n, { clear: currentFolderId !== null })} />
        <button type="button" className="btn btn-secondary btn-sm" disabled={tooMany || busy} onClick={() => reclassify.mutate({ ids: [...ids] })}>
          {reclassify.isPending ? m.queueing : m.reclassify}
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
          {m.delete}
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClear}>
          {m.clearSelection}
        </button>
      </div>

      <ConfirmDialog
        open={confirming}
        title={m.deleteTitle(count)}
        confirmLabel={m.deleteConfirm(count)}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ ids: [...ids] })}
      >
        <p>{m.deleteBody}</p>
      </ConfirmDialog>
    </div>
  );
}
