import { useId, type InputHTMLAttributes, type ReactNode } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id"> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  /** Puts the input in a row (styled by `className`) between `before` and `after`, e.g. a currency sign or a unit. */
  inputRow?: { className: string; before?: ReactNode; after?: ReactNode };
};

/** A labelled input with its hint and error wired up for assistive technology. */
export function TextField({ label, value, onChange, error, hint, inputRow, className, ...input }: Props) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-err`].filter(Boolean).join(" ") || undefined;
  const field = <input {...input} id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />;
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {inputRow ? (
        <div className={inputRow.className}>
          {inputRow.before}
          {field}
          {inputRow.after}
        </div>
      ) : (
        field
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
