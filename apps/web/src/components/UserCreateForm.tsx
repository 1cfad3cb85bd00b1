import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { newUserSchema, ROLES, type Role } from "@docscan/shared";
import { fieldErrors, formError } from "../errors.ts";
import { issuesByField } from "../form-validation.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { NewPasswordFields } from "./NewPasswordFields.tsx";
import { TextField } from "./TextField.tsx";

const roleMessages = defineMessages({
  en: { admin: "Admin", member: "Member" } satisfies Record<Role, string>,
  de: { admin: "Administrator", member: "Mitglied" },
});

/** Each role's name in the console's language. */
export function useRoleLabels(): Record<Role, string> {
  return useMessages(roleMessages);
}

const messages = defineMessages({
  en: {
    created: (email: string, role: string) => `Created ${email} (${role.toLowerCase()}). Give them the password; they can change it on their Account page.`,
    newUser: "New user",
    intro: "Members see only their own documents. Admins see everything and manage users and settings.",
    email: "Email",
    password: "Password",
    passwordHint: "At least 10 characters.",
    role: "Role",
    creating: "Creating…",
    createUser: "Create user",
  },
  de: {
    created: (email: string, role: string) => `${email} (${role}) angelegt. Teilen Sie das Passwort mit; es lässt sich auf der Kontoseite ändern.`,
    newUser: "Neuer Benutzer",
    intro: "Mitglieder sehen nur ihre eigenen Dokumente. Administratoren sehen alles und verwalten Benutzer und Einstellungen.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    passwordHint: "Mindestens 10 Zeichen.",
    role: "Rolle",
    creating: "Wird angelegt…",
    createUser: "Benutzer anlegen",
  },
});

/** The options of a role <select>. */
export function RoleOptions() {
  const labels = useRoleLabels();
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {labels[r]}
    </option>
  ));
}

/** An admin adds an account and tells its owner the password (they can change it on their Account page). */
export function UserCreateForm() {
  const m = useMessages(messages);
  const roleLabels = useRoleLabels();
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);

  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        setCreated(m.created(user.email, roleLabels[user.role]));
        setEmail("");
        setPassword("");
        setRole("member");
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
      },
      onError: (err) => setErrors(fieldErrors(err)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    const found = issuesByField(newUserSchema, { email, password, role });
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate({ email, password, role });
  }

  return (
    <form className="card card-pad" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.newUser}</h2>
      <p className="muted small user-create-intro">{m.intro}</p>
      <div className="user-create-fields">
        <TextField label={m.email} type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="off" required />
        <NewPasswordFields label={m.password} value={password} onChange={setPassword} error={errors.password} hint={m.passwordHint} />
        <div className="field">
          <label htmlFor={`${id}-role`}>{m.role}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? m.creating : m.createUser}
        </button>
      </div>
      <div aria-live="polite" className="form-outcome">
        {created && <p className="text-ok">{created}</p>}
        <InlineError error={formError(create.error)} />
      </div>
    </form>
  );
}
