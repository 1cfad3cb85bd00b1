// Deleting moves documents to the trash (ADR 0021): the notice after a delete offers to take them back.
import { errorMessage } from "./errors.ts";
import type { Notice } from "./components/Notice.tsx";
import { formatNumber } from "./format.ts";
import { defineMessages, messagesOf } from "./i18n.ts";
import { refreshAfterDocumentsDeleted, trpcClient } from "./trpc.ts";

const messages = defineMessages({
  en: {
    deleted: (n: number) => `Deleted ${n === 1 ? "1 document" : `${formatNumber(n)} documents`}. ${n === 1 ? "It is" : "They are"} in the trash until emptied.`,
    undo: "Undo",
    restored: (n: number) => `Restored ${n === 1 ? "1 document" : `${formatNumber(n)} documents`}.`,
    couldNotRestore: (error: string) => `Could not restore: ${error}`,
  },
  de: {
    deleted: (n: number) =>
      n === 1 ? "1 Dokument gelöscht. Es liegt im Papierkorb, bis dieser geleert wird." : `${formatNumber(n)} Dokumente gelöscht. Sie liegen im Papierkorb, bis dieser geleert wird.`,
    undo: "Rückgängig",
    restored: (n: number) => (n === 1 ? "1 Dokument wiederhergestellt." : `${formatNumber(n)} Dokumente wiederhergestellt.`),
    couldNotRestore: (error: string) => `Wiederherstellen fehlgeschlagen: ${error}`,
  },
});

/** "Deleted 2 documents. …" with an Undo that restores them; `show` displays the outcome of the undo too. */
export function deletedNotice(ids: readonly string[], show: (n: Notice) => void): Notice {
  const m = messagesOf(messages);
  return {
    kind: "ok",
    text: m.deleted(ids.length),
    action: {
      label: m.undo,
      run: () => {
        trpcClient.documents.restore
          .mutate({ ids: [...ids] })
          .then(async () => {
            show({ kind: "ok", text: messagesOf(messages).restored(ids.length) });
            await refreshAfterDocumentsDeleted();
          })
          .catch((err: unknown) => show({ kind: "error", text: messagesOf(messages).couldNotRestore(errorMessage(err)) }));
      },
    },
  };
}

/** Documents deleted on a page that then left for the list (the document page), whose notice the list shows. */
let handedOver: readonly string[] | null = null;

/** Call before leaving for the list: the list shows the "Deleted … Undo" notice for these documents once. */
export function showDeletedOnList(ids: readonly string[]): void {
  handedOver = ids;
}

/** The notice handed over by showDeletedOnList, once (null when there is none). */
export function takeDeletedNotice(show: (n: Notice) => void): Notice | null {
  const ids = handedOver;
  // Cleared after this render rather than at once: React's StrictMode calls a state initializer twice.
  queueMicrotask(() => {
    handedOver = null;
  });
  return ids ? deletedNotice(ids, show) : null;
}
