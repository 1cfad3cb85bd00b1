// Deleting moves documents to the trash (ADR 0021): the notice after a delete offers to take them back.
import { errorMessage } from "./errors.ts";
import type { Notice } from "./components/Notice.tsx";
import { plural } from "./format.ts";
import { refreshAfterDocumentsDeleted, trpcClient } from "./trpc.ts";

/** "Deleted 2 documents. …" with an Undo that restores them; `show` displays the outcome of the undo too. */
export function deletedNotice(ids: readonly string[], show: (n: Notice) => void): Notice {
  const what = plural(ids.length, "document");
  return {
    kind: "ok",
    text: `Deleted ${what}. ${ids.length === 1 ? "It is" : "They are"} in the trash until emptied.`,
    action: {
      label: "Undo",
      run: () => {
        trpcClient.documents.restore
          .mutate({ ids: [...ids] })
          .then(async () => {
            show({ kind: "ok", text: `Restored ${what}.` });
            await refreshAfterDocumentsDeleted();
          })
          .catch((err: unknown) => show({ kind: "error", text: `Could not restore: ${errorMessage(err)}` }));
      },
    },
  };
}
