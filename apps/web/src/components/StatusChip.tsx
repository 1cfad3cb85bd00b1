import type { DocumentStatus } from "@docscan/shared";

const LABELS: Record<DocumentStatus, string> = {
  pending: "Pending",
  extracting: "Extracting",
  classifying: "Classifying",
  done: "Done",
  failed: "Failed",
};

export const BUSY_STATUSES: readonly DocumentStatus[] = ["pending", "extracting", "classifying"];

export function statusLabel(status: DocumentStatus): string {
  return LABELS[status];
}

export function StatusChip({ status, error }: { status: DocumentStatus; error?: string | null }) {
  const busy = BUSY_STATUSES.includes(status);
  return (
    <div className="status">
      <span className={`status-chip status-${status}`} data-status={status}>
        {busy && <span className="pulse" aria-hidden="true" />}
        {LABELS[status]}
      </span>
      {status === "failed" && error && <p className="status-error">{error}</p>}
    </div>
  );
}
