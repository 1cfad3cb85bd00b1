import { TextField } from "./TextField.tsx";

interface Field {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

interface Props extends Field {
  hint: string;
  /** The same password typed again, when the person choosing it must remember it (not when an admin hands one over). */
  repeat?: Field;
}

/** A new password, and the field repeating it; browsers offer to generate and save one here. */
export function NewPasswordFields({ label, value, onChange, error, hint, repeat }: Props) {
  return (
    <>
      <TextField label={label} type="password" value={value} onChange={onChange} error={error} hint={hint} autoComplete="new-password" required />
      {repeat && <TextField {...repeat} type="password" autoComplete="new-password" required />}
    </>
  );
}

