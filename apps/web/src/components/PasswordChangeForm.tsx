import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { passwordSchema } from "@docscan/shared";
import { replaceCsrfToken } from "../auth.ts";
import { fieldErrors, formError } from "../errors.ts";
import { trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { NewPasswordFields } from "./NewPasswordFields.tsx";
import { TextField } from "./TextField.tsx";

/** Changing the password signs out every other browser; this one continues on a fresh session. */
export function PasswordChangeForm() {
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
    if (!current) found.currentPassword = "Enter your current password.";
    const r = passwordSchema.safeParse(next);
    if (!r.success) found.newPassword = r.error.issues[0]?.message ?? "Choose another password.";
    else if (next !== confirm) found.confirm = "The passwords do not match.";
    setErrors(found);
    if (Object.keys(found).length === 0) change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <form className="card card-pad" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Change password</h2>
      <TextField label="Current password" type="password" value={current} onChange={setCurrent} error={errors.currentPassword} autoComplete="current-password" required />
      <NewPasswordFields
        label="New password"
        value={next}
        onChange={setNext}
        error={errors.newPassword}
        hint="At least 10 characters. Other browsers signed in as you are signed out, and your API tokens end."
        repeat={{ label: "Repeat the new password", value: confirm, onChange: setConfirm, error: errors.confirm }}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={change.isPending}>
          {change.isPending ? "Changing…" : "Change password"}
        </button>
      </div>
      <div aria-live="polite" className="form-outcome">
        {done && <p className="text-ok">Password changed. Other sessions were signed out.</p>}
        <InlineError error={formError(change.error)} />
      </div>
    </form>
  );
}
