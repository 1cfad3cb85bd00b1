import type { ReactNode } from "react";
import { defineMessages, useMessages } from "../i18n.ts";
import { Dialog, DialogActions, type DialogProps } from "./Dialog.tsx";

const messages = defineMessages({ en: { working: "Working…" }, de: { working: "Wird ausgeführt…" } });

interface Props extends DialogProps {
  confirmLabel: string;
  error?: ReactNode;
  onConfirm: () => void;
}

/** Asks before something that cannot be undone; the action button is the danger one. */
export function ConfirmDialog({ open, title, children, confirmLabel, busy, error, onConfirm, onCancel }: Props) {
  const m = useMessages(messages);
  return (
    <Dialog open={open} title={title} busy={busy} onCancel={onCancel}>
      <div className="dialog-body">{children}</div>
      {error}
      <DialogActions busy={busy} onCancel={onCancel}>
        <button type="button" className="btn btn-danger" onClick={onConfirm} disabled={busy}>
          {busy ? m.working : confirmLabel}
        </button>
      </DialogActions>
    </Dialog>
  );
}
