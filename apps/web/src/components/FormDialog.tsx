import { Dialog, DialogActions, type DialogProps } from "./Dialog.tsx";
import { InlineError } from "./Feedback.tsx";

interface Props extends DialogProps {
  submitLabel: string;
  error?: unknown;
  onSubmit: () => void;
}

/** A dialog holding a small form; Enter submits, Escape cancels, focus starts in the first field. */
export function FormDialog({ open, title, children, submitLabel, busy, error, onSubmit, onCancel }: Props) {
  return (
    <Dialog open={open} title={title} busy={busy} onCancel={onCancel}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        <div className="dialog-form">{children}</div>
        <InlineError error={error} />
        <DialogActions busy={busy} onCancel={onCancel}>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : submitLabel}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
