// A custom field's value in the console (issue 17, ADR 0033): an input that fits the field's type, the text
// the api takes from it, and how a stored value reads. Shared by the document page and the bulk bar.
import { FIELD_LIMITS, type FieldSource, type FieldType } from "@docscan/shared/fields";
import { formatDate } from "../format.ts";
import "./FieldValue.css";

/** What a person is typing: the value, and for monetary fields the currency beside the amount. */
export interface ValueDraft {
  text: string;
  currency: string;
}

export const EMPTY_DRAFT: ValueDraft = { text: "", currency: "" };

export const TYPE_LABELS: Record<FieldType, string> = {
  text: "Text",
  number: "Number",
  monetary: "Amount of money",
  date: "Date",
  boolean: "Yes or no",
  select: "One of a list",
  url: "Web address (URL)",
};

/** The types a list can filter by range (from–to). */
export const RANGE_TYPES: ReadonlySet<FieldType> = new Set(["number", "monetary", "date"]);

/** The draft for editing a stored value. */
export function draftOf(type: FieldType, v: { value: string | null; amount: number | null; currency: string | null }): ValueDraft {
  if (type === "monetary") return { text: v.amount === null ? "" : v.amount.toFixed(2), currency: v.currency ?? "" };
  return { text: v.value ?? "", currency: "" };
}

/** The value as the api takes it ("119.50 EUR", "2026-03-16", "true"); null for a blank one, which clears. */
export function valueOf(type: FieldType, draft: ValueDraft): string | null {
  const text = draft.text.trim();
  if (!text) return null;
  if (type !== "monetary") return text;
  const currency = draft.currency.trim().toUpperCase();
  return currency ? `${text} ${currency}` : text;
}

interface InputProps {
  /** The id of the first input, for its label. */
  id: string;
  field: { name: string; type: FieldType; options: readonly string[] };
  draft: ValueDraft;
  onChange: (draft: ValueDraft) => void;
  /** The id of the message that explains what is wrong with it, when something is. */
  errorId?: string | undefined;
  autoFocus?: boolean;
}

/**
 * The input for a value of the field's type. Numbers and amounts are plain text fields (a decimal keyboard on
 * phones), so a mistake reaches the api and its message says how to write it.
 */
export function FieldValueInput({ id, field, draft, onChange, errorId, autoFocus }: InputProps) {
  const common = { id, autoFocus, "aria-invalid": errorId ? true : undefined, "aria-describedby": errorId } as const;
  const setText = (text: string) => onChange({ ...draft, text });
  switch (field.type) {
    case "boolean":
    case "select":
      return (
        <select {...common} value={draft.text} onChange={(e) => setText(e.target.value)}>
          <option value="">No value</option>
          {field.type === "boolean" ? (
            <>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </>
          ) : (
            field.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))
          )}
        </select>
      );
    case "date":
      return <input {...common} type="date" value={draft.text} onChange={(e) => setText(e.target.value)} />;
    case "monetary":
      return (
        <span className="value-money">
          <input {...common} inputMode="decimal" placeholder="123.45" autoComplete="off" value={draft.text} maxLength={32} onChange={(e) => setText(e.target.value)} />
          <input
            aria-label={`${field.name}: currency`}
            className="value-currency"
            placeholder="EUR"
            autoComplete="off"
            spellCheck={false}
            maxLength={3}
            value={draft.currency}
            onChange={(e) => onChange({ ...draft, currency: e.target.value.toUpperCase() })}
          />
        </span>
      );
    case "number":
      return <input {...common} inputMode="decimal" placeholder="1234.5" autoComplete="off" value={draft.text} maxLength={32} onChange={(e) => setText(e.target.value)} />;
    case "url":
      return <input {...common} type="url" placeholder="https://…" value={draft.text} maxLength={FIELD_LIMITS.valueMax} onChange={(e) => setText(e.target.value)} />;
    case "text":
      return <input {...common} value={draft.text} maxLength={FIELD_LIMITS.valueMax} onChange={(e) => setText(e.target.value)} />;
  }
}

/** A stored value as a person reads it: dates in the console's format, booleans as Yes/No, URLs as links. */
export function FieldValueText({ type, value }: { type: FieldType; value: string | null }) {
  if (value === null) return <span className="muted">—</span>;
  if (type === "date") return <time dateTime={value}>{formatDate(new Date(`${value}T00:00:00`))}</time>;
  if (type === "boolean") return <>{value === "true" ? "Yes" : "No"}</>;
  if (type === "url" && /^https?:\/\//i.test(value)) {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer" className="field-url">
        {value}
      </a>
    );
  }
  return <>{value}</>;
}

const SOURCE_LABELS: Record<FieldSource, { label: string; title: string }> = {
  offline: { label: "Read offline", title: "Found in the text by docscan's offline reader" },
  llm: { label: "Read by the LLM", title: "Read by the language model in the call that chose the topic; checked for the field's type, the quote is in the text" },
  person: { label: "Set by a person", title: "A person's value: the worker never changes it" },
};

/** Who set the value; a person's clearing is final too, and says so. */
export function FieldSourceBadge({ source, cleared }: { source: FieldSource; cleared: boolean }) {
  const { label, title } = SOURCE_LABELS[source];
  return (
    <span className={`source-badge ${source === "person" ? "source-manual" : "source-ai"}`} title={title} data-testid="field-source">
      {source === "person" && cleared ? "Cleared by a person" : label}
    </span>
  );
}
