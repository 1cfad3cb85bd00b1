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
import { formatBytes, formatDate, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { refreshAfterDocumentsDeleted, trpc, type RouterOutputs } from "../trpc.ts";
import { useOwnerNames } from "./DocumentsPage.tsx";

const messages = defineMessages({
  en: {
    restored: (n: number) => `Restored ${n === 1 ? "the document" : `${n} documents`}.`,
    couldNotRestore: (error: string) => `Could not restore: ${error}`,
    deletedForGood: (filename: string) => `Deleted “${filename}” for good.`,
    title: "Trash",
    intro: (days: number | undefined) => `Deleted documents stay here${days ? ` for ${days} days` : ""}, then they and their files are removed for good.`,
    loading: "Loading the trash…",
    couldNotLoad: "Could not load the trash",
    empty: "The trash is empty.",
    more: (n: number) => `Showing the ${n} most recently deleted documents; older ones are still in the trash and appear here as these leave it.`,
    file: "File",
    owner: "Owner",
    deleted: "Deleted",
    removedForGood: "Removed for good",
    size: "Size",
    restoreFile: (filename: string) => `Restore ${filename}`,
    restore: "Restore",
    deleteFile: (filename: string) => `Delete ${filename} for good`,
    deleteForGood: "Delete for good",
    confirmTitle: "Delete for good?",
    confirmBody: ", its file and its text are removed now. This cannot be undone.",
  },
  de: {
    restored: (n: number) => (n === 1 ? "Das Dokument wurde wiederhergestellt." : `${formatNumber(n)} Dokumente wurden wiederhergestellt.`),
    couldNotRestore: (error: string) => `Wiederherstellen fehlgeschlagen: ${error}`,
    deletedForGood: (filename: string) => `„${filename}“ endgültig gelöscht.`,
    title: "Papierkorb",
    intro: (days: number | undefined) =>
      `Gelöschte Dokumente bleiben hier${days ? ` ${formatNumber(days)} Tage lang` : ""}, dann werden sie mit ihren Dateien endgültig entfernt.`,
    loading: "Der Papierkorb wird geladen…",
    couldNotLoad: "Der Papierkorb konnte nicht geladen werden",
    empty: "Der Papierkorb ist leer.",
    more: (n: number) =>
      `Angezeigt werden die ${formatNumber(n)} zuletzt gelöschten Dokumente; ältere liegen weiter im Papierkorb und erscheinen hier, sobald diese ihn verlassen.`,
    file: "Datei",
    owner: "Eigentümer",
    deleted: "Gelöscht",
    removedForGood: "Endgültig entfernt",
    size: "Größe",
    restoreFile: (filename: string) => `${filename} wiederherstellen`,
    restore: "Wiederherstellen",
    deleteFile: (filename: string) => `${filename} endgültig löschen`,
    deleteForGood: "Endgültig löschen",
    confirmTitle: "Endgültig löschen?",
    confirmBody: ", seine Datei und sein Text werden jetzt entfernt. Das lässt sich nicht rückgängig machen.",
  },
});

type Trashed = RouterOutputs["documents"]["trash"]["items"][number];

/** Deleted documents (ADR 0021): restorable with their topics, folder and text until the trash is emptied. */
export function TrashPage() {
  const m = useMessages(messages);
  const trash = useQuery(trpc.documents.trash.queryOptions());
  const ownerNames = useOwnerNames(useIsAdmin());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [forGood, setForGood] = useState<Trashed | null>(null);
  const restore = useMutation(
    trpc.documents.restore.mutationOptions({
      onSuccess: async (_, { ids }) => {
        setNotice({ kind: "ok", text: m.restored(ids.length) });
        await refreshAfterDocumentsDeleted();
      },
      onError: (err) => setNotice({ kind: "error", text: m.couldNotRestore(errorMessage(err)) }),
    }),
  );
  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async () => {
        setNotice({ kind: "ok", text: m.deletedForGood(forGood?.filename ?? "") });
        setForGood(null);
        await refreshAfterDocumentsDeleted();
      },
    }),
  );
  const days = trash.data?.trashDays;

  return (
    <Page title={m.title} intro={m.intro(days)}>
      <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
      <div className="card">
        <QueryState
          query={trash}
          loading={m.loading}
          errorTitle={m.couldNotLoad}
          isEmpty={(t) => t.items.length === 0}
          empty={<Empty title={m.empty} />}
        >
          {(t) => (
            <>
              {t.more && <p className="muted small">{m.more(t.items.length)}</p>}
              <DataTable
                className="trash-table"
                columns={[m.file, ...(ownerNames ? [m.owner] : []), m.deleted, m.removedForGood, { label: m.size, className: "num" }, ACTIONS_COLUMN]}
              >
                {t.items.map((d) => (
                  <tr key={d.id} data-document-id={d.id}>
                    <td className="cell-file" data-label={m.file}>
                      <span className="file-name">{d.filename}</span>
                    </td>
                    {ownerNames && (
                      <td className="cell-owner small" data-label={m.owner}>
                        {ownerLabel(ownerNames, d.ownerId)}
                      </td>
                    )}
                    <td data-label={m.deleted}>{formatDate(d.trashedAt)}</td>
                    <td data-label={m.removedForGood}>{formatDate(d.purgeAt)}</td>
                    <td className="num" data-label={m.size}>
                      {formatBytes(d.size)}
                    </td>
                    <td className="cell-actions">
                      <div className="row-actions">
                        <button type="button" className="btn btn-secondary btn-xs" disabled={restore.isPending} onClick={() => restore.mutate({ ids: [d.id] })} aria-label={m.restoreFile(d.filename)}>
                          {m.restore}
                        </button>
                        <button type="button" className="btn btn-danger-ghost btn-xs" onClick={() => setForGood(d)} aria-label={m.deleteFile(d.filename)}>
                          {m.deleteForGood}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </QueryState>
      </div>
      <ConfirmDialog
        open={forGood !== null}
        title={m.confirmTitle}
        confirmLabel={m.deleteForGood}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setForGood(null);
          remove.reset();
        }}
        onConfirm={() => forGood && remove.mutate({ id: forGood.id, permanent: true })}
      >
        <p>
          <strong>{forGood?.filename}</strong>
          {m.confirmBody}
        </p>
      </ConfirmDialog>
    </Page>
  );
}
