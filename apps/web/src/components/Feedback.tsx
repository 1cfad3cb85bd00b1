import type { ReactNode } from "react";
import { errorMessage } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: { loading: "Loading…", somethingWentWrong: "Something went wrong", tryAgain: "Try again" },
  de: { loading: "Wird geladen…", somethingWentWrong: "Etwas ist schiefgegangen", tryAgain: "Erneut versuchen" },
});

export function Spinner({ label }: { label?: string }) {
  const m = useMessages(messages);
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? m.loading}
    </div>
  );
}

export function ErrorBox({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const m = useMessages(messages);
  return (
    <div className="alert alert-error" role="alert">
      <div>
        <strong>{title ?? m.somethingWentWrong}</strong>
        <p>{errorMessage(error)}</p>
      </div>
      {onRetry && (
        <button type="button" className="btn btn-secondary btn-sm" onClick={onRetry}>
          {m.tryAgain}
        </button>
      )}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children && <div className="empty-body">{children}</div>}
    </div>
  );
}

export function InlineError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="inline-error" role="alert">
      {errorMessage(error)}
    </p>
  );
}
