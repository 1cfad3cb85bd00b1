import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useIsAdmin } from "../auth.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { ACTIONS_COLUMN, DataTable } from "../components/DataTable.tsx";
import { ownerLabel } from "../components/DocumentTable.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { NoticeBar, type Notice } from "../components/Notice.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { errorMessage } from "../errors.ts";
import { formatBytes, formatDate } from "../format.ts";
import { refreshAfterDocumentsDeleted, trpc, type RouterOutputs } from "../trpc.ts";
import { useOwnerNames } from "./DocumentsPage.tsx";

type Trashed = RouterOutputs["documents"]["trash"]["items"][number];

/** Deleted documents (ADR 0021): restorable with their topics, folder and text until the trash is emptied. */
export function TrashPage() {
  const trash = useQuery(trpc.documents.trash.queryOptions());
  const ownerNames = useOwnerNames(useIsAdmin());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [forGood, setForGood] = useState<Trashed | null>(null);
  const restore = useMutation(
    trpc.documents.restore.mutationOptions({
      onSuccess: async (_, { ids }) => {
        setNotice({ kind: "ok", text: `Restored ${ids.length === 1 ? "the document" : `${ids.length} documents`}.` });
        await refreshAfterDocumentsDeleted();
      },
      onError: (err) => setNotice({ kind: "error", text: `Could not restore: ${errorMessage(err)}` }),
    }),
  );
  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async () => {
        setNotice({ kind: "ok", text: `Deleted “${forGood?.filename}” for good.` });
        setForGood(null);
        await refreshAfterDocumentsDeleted();
      },
    }),
  );
  const days = trash.data?.trashDays;

  return (
    <Page title="Trash" intro={`Deleted documents stay here${days ? ` for ${days} days` : ""}, then they and their files are removed for good.`}>
      <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
      <div className="card">
        <QueryState
          query={trash}
          loading="Loading the trash…"
          errorTitle="Could not load the trash"
          isEmpty={(t) => t.items.length === 0}
          empty={<Empty title="The trash is empty." />}
        >
          {(t) => (
            <DataTable
              className="trash-table"
              columns={["File", ...(ownerNames ? ["Owner"] : []), "Deleted", "Removed for good", { label: "Size", className: "num" }, ACTIONS_COLUMN]}
            >
              {t.items.map((d) => (
                <tr key={d.id} data-document-id={d.id}>
                  <td className="cell-file" data-label="File">
                    <span className="file-name">{d.filename}</span>
                  </td>
                  {ownerNames && (
                    <td className="cell-owner small" data-label="Owner">
                      {ownerLabel(ownerNames, d.ownerId)}
                    </td>
                  )}
                  <td data-label="Deleted">{formatDate(d.trashedAt)}</td>
                  <td data-label="Removed for good">{formatDate(d.purgeAt)}</td>
                  <td className="num" data-label="Size">
                    {formatBytes(d.size)}
                  </td>
                  <td className="cell-actions">
                    <div className="row-actions">
                      <button type="button" className="btn btn-secondary btn-xs" disabled={restore.isPending} onClick={() => restore.mutate({ ids: [d.id] })} aria-label={`Restore ${d.filename}`}>
                        Restore
                      </button>
                      <button type="button" className="btn btn-danger-ghost btn-xs" onClick={() => setForGood(d)} aria-label={`Delete ${d.filename} for good`}>
                        Delete for good
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
      </div>
      <ConfirmDialog
        open={forGood !== null}
        title="Delete for good?"
        confirmLabel="Delete for good"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setForGood(null);
          remove.reset();
        }}
        onConfirm={() => forGood && remove.mutate({ id: forGood.id, permanent: true })}
      >
        <p>
          <strong>{forGood?.filename}</strong>, its file and its text are removed now. This cannot be undone.
        </p>
      </ConfirmDialog>
    </Page>
  );
}
