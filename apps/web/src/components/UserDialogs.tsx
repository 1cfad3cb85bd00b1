import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { passwordSchema } from "@docscan/shared";
import { schemaMessage } from "../form-validation.ts";
import { defineMessages, useMessages } from "../i18n.ts";
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

const messages = defineMessages({
  en: {
    noLimit: "No limit",
    savedQuotas: (email: string) => `Saved the quotas of ${email}.`,
    quotasFor: (email: string) => `Quotas for ${email}`,
    saveQuotas: "Save quotas",
    storageLimit: "Storage limit",
    storageHint: "Empty for no limit. Uploads that would go over it are refused.",
    storageUnit: "Storage unit",
    documentLimit: "Document limit",
    documentHint: "Empty for no limit.",
    passwordSet: (email: string) => `Set a new password for ${email}; they were signed out everywhere.`,
    newPasswordFor: (email: string) => `New password for ${email}`,
    setPassword: "Set password",
    newPassword: "New password",
    newPasswordHint: "At least 10 characters. Their sessions and API tokens end: they sign in again with the new password and make new tokens.",
  },
  de: {
    noLimit: "Kein Limit",
    savedQuotas: (email: string) => `Kontingente von ${email} gespeichert.`,
    quotasFor: (email: string) => `Kontingente für ${email}`,
    saveQuotas: "Kontingente speichern",
    storageLimit: "Speicherlimit",
    storageHint: "Leer für kein Limit. Uploads, die es überschreiten würden, werden abgelehnt.",
    storageUnit: "Speichereinheit",
    documentLimit: "Dokumentlimit",
    documentHint: "Leer für kein Limit.",
    passwordSet: (email: string) => `Neues Passwort für ${email} gesetzt; die Person wurde überall abgemeldet.`,
    newPasswordFor: (email: string) => `Neues Passwort für ${email}`,
    setPassword: "Passwort setzen",
    newPassword: "Neues Passwort",
    newPasswordHint: "Mindestens 10 Zeichen. Ihre Sitzungen und API-Token enden: Sie meldet sich mit dem neuen Passwort wieder an und erstellt neue Token.",
  },
});

/** A quota's input: free text, since blank means no limit. */
const LIMIT_INPUT = { type: "text", autoComplete: "off" } as const;

/** Storage (with a unit) and document limits; blank means no limit. */
export function QuotaDialog({ user, onCancel, onDone }: Props) {
  const m = useMessages(messages);
  const initial = bytesToInput(user.quotaBytes);
  const [amount, setAmount] = useState(initial.amount);
  const [unit, setUnit] = useState<ByteUnit>(initial.unit);
  const [documents, setDocuments] = useState(user.quotaDocuments === null ? "" : String(user.quotaDocuments));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: () => onDone(m.savedQuotas(user.email)) }));

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
    <FormDialog open title={m.quotasFor(user.email)} submitLabel={m.saveQuotas} busy={update.isPending} error={update.error} onSubmit={submit} onCancel={onCancel}>
      <TextField
        {...LIMIT_INPUT}
        placeholder={m.noLimit}
        label={m.storageLimit}
        inputMode="decimal"
        value={amount}
        onChange={setAmount}
        hint={m.storageHint}
        error={errors.bytes}
        inputRow={{
          className: "quota-input",
          after: (
            <select aria-label={m.storageUnit} value={unit} onChange={(e) => setUnit(e.target.value as ByteUnit)}>
              {Object.keys(BYTE_UNITS).map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          ),
        }}
      />
      <TextField {...LIMIT_INPUT} placeholder={m.noLimit} label={m.documentLimit} inputMode="numeric" value={documents} onChange={setDocuments} hint={m.documentHint} error={errors.documents} />
    </FormDialog>
  );
}

/** There is no self-service reset: an admin sets a new password, which signs the user out everywhere. */
export function ResetPasswordDialog({ user, onCancel, onDone }: Props) {
  const m = useMessages(messages);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({ onSuccess: () => onDone(m.passwordSet(user.email)) }),
  );

  function submit() {
    const r = passwordSchema.safeParse(password);
    setError(r.success ? undefined : r.error.issues[0] && schemaMessage(r.error.issues[0].message));
    if (r.success) reset.mutate({ id: user.id, password });
  }

  return (
    <FormDialog open title={m.newPasswordFor(user.email)} submitLabel={m.setPassword} busy={reset.isPending} error={reset.error} onSubmit={submit} onCancel={onCancel}>
      <NewPasswordFields
        label={m.newPassword}
        value={password}
        onChange={setPassword}
        error={error}
        hint={m.newPasswordHint}
      />
    </FormDialog>
  );
}
