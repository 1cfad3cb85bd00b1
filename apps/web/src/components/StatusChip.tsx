import type { DocumentStatus } from "@docscan/shared";
import { defineMessages, messagesOf, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: {
    pending: "Pending",
    extracting: "Extracting",
    classifying: "Classifying",
    done: "Done",
    failed: "Failed",
  },
  de: {
    pending: "Wartet",
    extracting: "Texterkennung",
    classifying: "Wird eingeordnet",
    done: "Fertig",
    failed: "Fehlgeschlagen",
  },
});

export const BUSY_STATUSES: readonly DocumentStatus[] = ["pending", "extracting", "classifying"];

/** The status's name in the console's language (read when called). */
export function statusLabel(status: DocumentStatus): string {
  return messagesOf(messages)[status];
}

export function StatusChip({ status, error }: { status: DocumentStatus; error?: string | null }) {
  const m = useMessages(messages);
  const busy = BUSY_STATUSES.includes(status);
  return (
    <div className="status">
      <span className={`status-chip status-${status}`} data-status={status}>
        {busy && <span className="pulse" aria-hidden="true" />}
        {m[status]}
      </span>
      {status === "failed" && error && <p className="status-error">{error}</p>}
    </div>
  );
}
