import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { passwordSchema } from "@docscan/shared";
import { bytesToInput, BYTE_UNITS, parseBytes, parseCount, type ByteUnit } from "../quota-input.ts";
import { trpc, type RouterOutputs } from "../trpc.ts";
import { FormDialog } from "./FormDialog.tsx";
import { NewPasswordFields } from "./NewPasswordFields.tsx";
import { TextField } from "./TextField.tsx";

export type UserItem = RouterOutputs["users"]["list"][number];

interface Props {
  user: UserItem;
  onCancel: () => void;
  /** Called with a one-line description of what changed. */
  onDone: (message: string) => void;
}

/** A quota's input: free text, since blank means no limit. */
const LIMIT_INPUT = { type: "text", placeholder: "No limit", autoComplete: "off" } as const;

/** Storage (with a unit) and document limits; blank means no limit. */
export function QuotaDialog({ user, onCancel, onDone }: Props) {
  const initial = bytesToInput(user.quotaBytes);
  const [amount, setAmount] = useState(initial.amount);
  const [unit, setUnit] = useState<ByteUnit>(initial.unit);
  const [documents, setDocuments] = useState(user.quotaDocuments === null ? "" : String(user.quotaDocuments));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: () => onDone(`Saved the quotas of ${user.email}.`) }));

  function submit() {
    const bytes = parseBytes(amount, unit);
    const count = parseCount(documents);
    const found: Record<string, string> = {};
    if ("error" in bytes) found.bytes = bytes.error;
    if ("error" in count) found.documents = count.error;
    setErrors(found);
    if ("value" in bytes && "value" in count) update.mutate({ id: user.id, quotaBytes: bytes.value, quotaDocuments: count.value });
  }

  return (
    <FormDialog open title={`Quotas for ${user.email}`} submitLabel="Save quotas" busy={update.isPending} error={update.error} onSubmit={submit} onCancel={onCancel}>
      <TextField
        {...LIMIT_INPUT}
        label="Storage limit"
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        hint="Empty for no limit. Uploads that would go over it are refused."
        error={errors.bytes}
        inputRow={{
          className: "quota-input",
          after: (
            <select aria-label="Storage unit" value={unit} onChange={(e) => setUnit(e.target.value as ByteUnit)}>
              {Object.keys(BYTE_UNITS).map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          ),
        }}
      />
      <TextField {...LIMIT_INPUT} label="Document limit" inputMode="numeric" value={documents} onChange={setDocuments} hint="Empty for no limit." error={errors.documents} />
    </FormDialog>
  );
}

/** There is no self-service reset: an admin sets a new password, which signs the user out everywhere. */
export function ResetPasswordDialog({ user, onCancel, onDone }: Props) {
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({ onSuccess: () => onDone(`Set a new password for ${user.email}; they were signed out everywhere.`) }),
  );

  function submit() {
    const r = passwordSchema.safeParse(password);
    setError(r.success ? undefined : r.error.issues[0]?.message);
    if (r.success) reset.mutate({ id: user.id, password });
  }

  return (
    <FormDialog open title={`New password for ${user.email}`} submitLabel="Set password" busy={reset.isPending} error={reset.error} onSubmit={submit} onCancel={onCancel}>
      <NewPasswordFields
        label="New password"
        value={password}
        onChange={setPassword}
        error={error}
        hint="At least 10 characters. Their sessions and API tokens end: they sign in again with the new password and make new tokens."
      />
    </FormDialog>
  );
}
