import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { loginSchema } from "@docscan/shared";
import { signedIn } from "../auth.ts";
import { AuthScreen } from "../components/AuthScreen.tsx";
import { TextField } from "../components/TextField.tsx";
import { errorCode, errorMessage } from "../errors.ts";
import { issuesByField } from "../form-validation.ts";
import { trpc } from "../trpc.ts";

/** Sign-in answers the same for an unknown email, a wrong password and a disabled account (ADR 0010). */
function signInFailure(err: unknown): string {
  return errorCode(err) === "UNAUTHORIZED" ? "Wrong email or password." : errorMessage(err);
}

export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: signedIn }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = issuesByField(loginSchema, { email, password });
    setErrors(found);
    if (Object.keys(found).length === 0) login.mutate({ email, password });
  }

  return (
    <AuthScreen title="Sign in">
      <form onSubmit={submit} noValidate aria-label="Sign in">
        {login.isError && (
          <div className="alert alert-error auth-error" role="alert">
            <p>{signInFailure(login.error)}</p>
          </div>
        )}
        <TextField label="Email" type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="username" autoFocus required />
        <TextField label="Password" type="password" value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" required />
        <button type="submit" className="btn btn-primary auth-submit" disabled={login.isPending}>
          {login.isPending ? "Signing in…" : "Sign in"}
        </button>
        <p className="hint auth-foot">Forgot your password? Ask an admin of this docscan to set a new one.</p>
      </form>
    </AuthScreen>
  );
}
