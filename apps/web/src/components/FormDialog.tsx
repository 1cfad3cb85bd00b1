import { useEffect, useId, useRef, type ReactNode } from "react";
import { InlineError } from "./Feedback.tsx";

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  submitLabel: string;
  busy?: boolean;
  error?: unknown;
  onSubmit: () => void;
  onCancel: () => void;
}

/** A modal <dialog> holding a small form; Enter submits, Escape cancels, focus starts in the first field. */
export function FormDialog({ open, title, children, submitLabel, busy, error, onSubmit, onCancel }: Props) {
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
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-form">{children}</div>
        <InlineError error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
