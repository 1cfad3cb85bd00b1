import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { newUserSchema } from "@docscan/shared";
import { signedIn } from "../auth.ts";
import { AuthScreen } from "../components/AuthScreen.tsx";
import { InlineError } from "../components/Feedback.tsx";
import { NewPasswordFields } from "../components/NewPasswordFields.tsx";
import { TextField } from "../components/TextField.tsx";
import { errorCode, fieldErrors, formError } from "../errors.ts";
import { issuesByField } from "../form-validation.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { recheckSession, trpc } from "../trpc.ts";

const messages = defineMessages({
  en: {
    title: "Create the first admin",
    intro: "docscan has no accounts yet. This admin can add other users, set their quotas and change every setting.",
    email: "Email",
    password: "Password",
    passwordHint: "At least 10 characters; a few unrelated words make a strong one.",
    repeatPassword: "Repeat the password",
    mismatch: "The passwords do not match.",
    creating: "Creating…",
    create: "Create admin and sign in",
  },
  de: {
    title: "Ersten Administrator anlegen",
    intro: "docscan hat noch keine Konten. Dieser Administrator kann weitere Benutzer anlegen, ihre Kontingente festlegen und alle Einstellungen ändern.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    passwordHint: "Mindestens 10 Zeichen; einige Wörter ohne Zusammenhang ergeben ein starkes Passwort.",
    repeatPassword: "Passwort wiederholen",
    mismatch: "Die Passwörter stimmen nicht überein.",
    creating: "Wird angelegt…",
    create: "Administrator anlegen und anmelden",
  },
});

/** The one-time setup of a docscan without accounts: the first admin, signed in at once. */
export function SetupPage() {
  const m = useMessages(messages);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setup = useMutation(
    trpc.auth.setup.mutationOptions({
      onSuccess: signedIn,
      onError: (err) => {
        setErrors(fieldErrors(err));
        if (errorCode(err) === "CONFLICT") recheckSession(); // someone else finished the setup: sign in instead
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = issuesByField(newUserSchema, { email, password, role: "admin" });
    if (!found.password && password !== confirm) found.confirm = m.mismatch;
    setErrors(found);
    if (Object.keys(found).length === 0) setup.mutate({ email, password });
  }

  return (
    <AuthScreen title={m.title} intro={m.intro}>
      <form onSubmit={submit} noValidate aria-label={m.title}>
        <TextField label={m.email} type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="username" autoFocus required />
        <NewPasswordFields
          label={m.password}
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={m.passwordHint}
          repeat={{ label: m.repeatPassword, value: confirm, onChange: setConfirm, error: errors.confirm }}
        />
        <InlineError error={formError(setup.error)} />
        <button type="submit" className="btn btn-primary auth-submit" disabled={setup.isPending}>
          {setup.isPending ? m.creating : m.create}
        </button>
      </form>
    </AuthScreen>
  );
}
