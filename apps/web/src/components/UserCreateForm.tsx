import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { newUserSchema, ROLES, type Role } from "@docscan/shared";
import { fieldErrors, formError } from "../errors.ts";
import { issuesByField } from "../form-validation.ts";
import { queryClient, trpc } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { NewPasswordFields } from "./NewPasswordFields.tsx";
import { TextField } from "./TextField.tsx";

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", member: "Member" };

/** The options of a role <select>. */
export function RoleOptions() {
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {ROLE_LABELS[r]}
    </option>
  ));
}

/** An admin adds an account and tells its owner the password (they can change it on their Account page). */
export function UserCreateForm() {
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);

  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        setCreated(`Created ${user.email} (${ROLE_LABELS[user.role].toLowerCase()}). Give them the password; they can change it on their Account page.`);
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
      <h2 id={`${id}-title`}>New user</h2>
      <p className="muted small user-create-intro">Members see only their own documents. Admins see everything and manage users and settings.</p>
      <div className="user-create-fields">
        <TextField label="Email" type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="off" required />
        <NewPasswordFields label="Password" value={password} onChange={setPassword} error={errors.password} hint="At least 10 characters." />
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create user"}
        </button>
      </div>
      <div aria-live="polite" className="form-outcome">
        {created && <p className="text-ok">{created}</p>}
        <InlineError error={formError(create.error)} />
      </div>
    </form>
  );
}
