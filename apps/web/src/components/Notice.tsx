import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({ en: { dismiss: "Dismiss message" }, de: { dismiss: "Meldung schließen" } });

/** A one-line outcome of an action the user took (bulk actions, folders): success or failure. */
export interface Notice {
  kind: "ok" | "error";
  text: string;
  /** A button beside the message, e.g. Undo after a delete. */
  action?: { label: string; run: () => void };
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const m = useMessages(messages);
  // The live region stays mounted so screen readers announce each new message.
  return (
    <div className="notice-region" aria-live="polite">
      {notice && (
        <div className={`alert ${notice.kind === "ok" ? "alert-ok" : "alert-error"}`} role={notice.kind === "ok" ? "status" : "alert"}>
          <p>{notice.text}</p>
          {notice.action && (
            <button type="button" className="btn btn-secondary btn-xs" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="btn btn-ghost btn-xs" onClick={onDismiss} aria-label={m.dismiss}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
