import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { passwordSchema } from "@docscan/shared";
import { replaceCsrfToken } from "../auth.ts";
import { fieldErrors, formError } from "../errors.ts";
import { schemaMessage } from "../form-validation.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { NewPasswordFields } from "./NewPasswordFields.tsx";
import { TextField } from "./TextField.tsx";

const messages = defineMessages({
  en: {
    enterCurrent: "Enter your current password.",
    chooseAnother: "Choose another password.",
    mismatch: "The passwords do not match.",
    title: "Change password",
    current: "Current password",
    newPassword: "New password",
    hint: "At least 10 characters. Other browsers signed in as you are signed out, and your API tokens end.",
    repeat: "Repeat the new password",
    changing: "Changing…",
    changed: "Password changed. Other sessions were signed out.",
  },
  de: {
    enterCurrent: "Geben Sie Ihr aktuelles Passwort ein.",
    chooseAnother: "Wählen Sie ein anderes Passwort.",
    mismatch: "Die Passwörter stimmen nicht überein.",
    title: "Passwort ändern",
    current: "Aktuelles Passwort",
    newPassword: "Neues Passwort",
    hint: "Mindestens 10 Zeichen. Andere Browser, in denen Sie angemeldet sind, werden abgemeldet, und Ihre API-Token enden.",
    repeat: "Neues Passwort wiederholen",
    changing: "Wird geändert…",
    changed: "Passwort geändert. Andere Sitzungen wurden abgemeldet.",
  },
});

/** Changing the password signs out every other browser; this one continues on a fresh session. */
export function PasswordChangeForm() {
  const m = useMessages(messages);
  const id = useId();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: ({ csrfToken }) => {
        replaceCsrfToken(csrfToken);
        setCurrent("");
        setNext("");
        setConfirm("");
        setDone(true);
      },
      onError: (err) => setErrors(fieldErrors(err)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = m.enterCurrent;
    const r = passwordSchema.safeParse(next);
    if (!r.success) found.newPassword = r.error.issues[0] ? schemaMessage(r.error.issues[0].message) : m.chooseAnother;
    else if (next !== confirm) found.confirm = m.mismatch;
    setErrors(found);
    if (Object.keys(found).length === 0) change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <form className="card card-pad" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.title}</h2>
      <TextField label={m.current} type="password" value={current} onChange={setCurrent} error={errors.currentPassword} autoComplete="current-password" required />
      <NewPasswordFields
        label={m.newPassword}
        value={next}
        onChange={setNext}
        error={errors.newPassword}
        hint={m.hint}
        repeat={{ label: m.repeat, value: confirm, onChange: setConfirm, error: errors.confirm }}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={change.isPending}>
          {change.isPending ? m.changing : m.title}
        </button>
      </div>
      <div aria-live="polite" className="form-outcome">
        {done && <p className="text-ok">{m.changed}</p>}
        <InlineError error={formError(change.error)} />
      </div>
    </form>
  );
}
