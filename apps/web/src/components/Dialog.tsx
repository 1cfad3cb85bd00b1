import { useEffect, useId, useRef, type ReactNode } from "react";
import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({ en: { cancel: "Cancel" }, de: { cancel: "Abbrechen" } });

export interface DialogProps {
  open: boolean;
  title: string;
  /** While busy, Escape and Cancel do nothing: the request under way decides how the dialog closes. */
  busy?: boolean;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal <dialog> with its title: the browser traps focus, dims the page behind and turns Escape into cancel. */
export function Dialog({ open, title, busy, onCancel, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** Cancel, then the dialog's own action button. */
export function DialogActions({ busy, onCancel, children }: { busy?: boolean; onCancel: () => void; children: ReactNode }) {
  const m = useMessages(messages);
  return (
    <div className="dialog-actions">
      <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
        {m.cancel}
      </button>
      {children}
    </div>
  );
}
