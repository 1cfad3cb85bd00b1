import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { loginSchema } from "@docscan/shared";
import { signedIn } from "../auth.ts";
import { AuthScreen } from "../components/AuthScreen.tsx";
import { TextField } from "../components/TextField.tsx";
import { errorCode, errorMessage } from "../errors.ts";
import { issuesByField } from "../form-validation.ts";
import { defineMessages, messagesOf, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";

const messages = defineMessages({
  en: {
    signIn: "Sign in",
    wrongCredentials: "Wrong email or password.",
    email: "Email",
    password: "Password",
    signingIn: "Signing in…",
    forgotPassword: "Forgot your password? Ask an admin of this docscan to set a new one.",
  },
  de: {
    signIn: "Anmelden",
    wrongCredentials: "E-Mail-Adresse oder Passwort ist falsch.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    signingIn: "Anmelden…",
    forgotPassword: "Passwort vergessen? Bitten Sie einen Administrator dieses docscan, ein neues zu setzen.",
  },
});

/** Sign-in answers the same for an unknown email, a wrong password and a disabled account (ADR 0010). */
function signInFailure(err: unknown): string {
  return errorCode(err) === "UNAUTHORIZED" ? messagesOf(messages).wrongCredentials : errorMessage(err);
}

export function LoginPage() {
  const m = useMessages(messages);
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
    <AuthScreen title={m.signIn}>
      <form onSubmit={submit} noValidate aria-label={m.signIn}>
        {login.isError && (
          <div className="alert alert-error auth-error" role="alert">
            <p>{signInFailure(login.error)}</p>
          </div>
        )}
        <TextField label={m.email} type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="username" autoFocus required />
        <TextField label={m.password} type="password" value={password} onChange={setPassword} error={errors.password} autoComplete="current-password" required />
        <button type="submit" className="btn btn-primary auth-submit" disabled={login.isPending}>
          {login.isPending ? m.signingIn : m.signIn}
        </button>
        <p className="hint auth-foot">{m.forgotPassword}</p>
      </form>
    </AuthScreen>
  );
}
