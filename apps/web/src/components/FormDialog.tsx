import { defineMessages, useMessages } from "../i18n.ts";
import { Dialog, DialogActions, type DialogProps } from "./Dialog.tsx";
import { InlineError } from "./Feedback.tsx";

const messages = defineMessages({ en: { saving: "Saving…" }, de: { saving: "Wird gespeichert…" } });

interface Props extends DialogProps {
  submitLabel: string;
  error?: unknown;
  onSubmit: () => void;
}

/** A dialog holding a small form; Enter submits, Escape cancels, focus starts in the first field. */
export function FormDialog({ open, title, children, submitLabel, busy, error, onSubmit, onCancel }: Props) {
  const m = useMessages(messages);
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
            {busy ? m.saving : submitLabel}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
