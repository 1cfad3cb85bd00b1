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
import { recheckSession, trpc } from "../trpc.ts";

/** The one-time setup of a docscan without accounts: the first admin, signed in at once. */
export function SetupPage() {
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
    if (!found.password && password !== confirm) found.confirm = "The passwords do not match.";
    setErrors(found);
    if (Object.keys(found).length === 0) setup.mutate({ email, password });
  }

  return (
    <AuthScreen title="Create the first admin" intro="docscan has no accounts yet. This admin can add other users, set their quotas and change every setting.">
      <form onSubmit={submit} noValidate aria-label="Create the first admin">
        <TextField label="Email" type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="username" autoFocus required />
        <NewPasswordFields
          label="Password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint="At least 10 characters; a few unrelated words make a strong one."
          repeat={{ label: "Repeat the password", value: confirm, onChange: setConfirm, error: errors.confirm }}
        />
        <InlineError error={formError(setup.error)} />
        <button type="submit" className="btn btn-primary auth-submit" disabled={setup.isPending}>
          {setup.isPending ? "Creating…" : "Create admin and sign in"}
        </button>
      </form>
    </AuthScreen>
  );
}
