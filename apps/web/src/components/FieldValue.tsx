// A custom field's value in the console (issue 17, ADR 0033): an input that fits the field's type, the text
// the api takes from it, and how a stored value reads. Shared by the document page and the bulk bar.
import { FIELD_LIMITS, type FieldSource, type FieldType } from "@docscan/shared/fields";
import { formatAmount, formatAmountInput, formatDate, numberInputToApi } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import "./FieldValue.css";

/** What a person is typing: the value, and for monetary fields the currency beside the amount. */
export interface ValueDraft {
  text: string;
  currency: string;
}

export const EMPTY_DRAFT: ValueDraft = { text: "", currency: "" };

/** Each field type's name, keyed by the type: `useMessages(TYPE_LABELS)[type]`. */
export const TYPE_LABELS = defineMessages({
  en: {
    text: "Text",
    number: "Number",
    monetary: "Amount of money",
    date: "Date",
    boolean: "Yes or no",
    select: "One of a list",
    url: "Web address (URL)",
  } satisfies Record<FieldType, string>,
  de: {
    text: "Text",
    number: "Zahl",
    monetary: "Geldbetrag",
    date: "Datum",
    boolean: "Ja oder nein",
    select: "Auswahl aus einer Liste",
    url: "Webadresse (URL)",
  },
});

const messages = defineMessages({
  en: {
    noValue: "No value",
    yes: "Yes",
    no: "No",
    currency: (name: string) => `${name}: currency`,
    readOffline: "Read offline",
    readOfflineTitle: "Found in the text by docscan's offline reader",
    readByLlm: "Read by the LLM",
    readByLlmTitle: "Read by the language model in the call that chose the topic; checked for the field's type, the quote is in the text",
    setByPerson: "Set by a person",
    setByPersonTitle: "A person's value: the worker never changes it",
    clearedByPerson: "Cleared by a person",
  },
  de: {
    noValue: "Kein Wert",
    yes: "Ja",
    no: "Nein",
    currency: (name) => `${name}: Währung`,
    readOffline: "Offline gelesen",
    readOfflineTitle: "Vom Offline-Leser von docscan im Text gefunden",
    readByLlm: "Vom LLM gelesen",
    readByLlmTitle: "Vom Sprachmodell gelesen, im selben Aufruf, der das Thema gewählt hat; auf den Typ des Felds geprüft, das Zitat steht im Text",
    setByPerson: "Von einer Person gesetzt",
    setByPersonTitle: "Der Wert einer Person: docscan ändert ihn nie",
    clearedByPerson: "Von einer Person geleert",
  },
});

/** The types a list can filter by range (from–to). */
export const RANGE_TYPES: ReadonlySet<FieldType> = new Set(["number", "monetary", "date"]);

/** The draft for editing a stored value. */
export function draftOf(type: FieldType, v: { value: string | null; amount: number | null; currency: string | null }): ValueDraft {
  if (type === "monetary") return { text: v.amount === null ? "" : formatAmountInput(v.amount), currency: v.currency ?? "" };
  return { text: v.value ?? "", currency: "" };
}

/** The value as the api takes it ("119.50 EUR", "2026-03-16", "true"); null for a blank one, which clears. */
export function valueOf(type: FieldType, draft: ValueDraft): string | null {
  const text = draft.text.trim();
  if (!text) return null;
  if (type === "number") return numberInputToApi(text);
  if (type !== "monetary") return text;
  const currency = draft.currency.trim().toUpperCase();
  const amount = numberInputToApi(text);
  return currency ? `${amount} ${currency}` : amount;
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
  const m = useMessages(messages);
  const common = { id, autoFocus, "aria-invalid": errorId ? true : undefined, "aria-describedby": errorId } as const;
  const setText = (text: string) => onChange({ ...draft, text });
  switch (field.type) {
    case "boolean":
    case "select":
      return (
        <select {...common} value={draft.text} onChange={(e) => setText(e.target.value)}>
          <option value="">{m.noValue}</option>
          {field.type === "boolean" ? (
            <>
              <option value="true">{m.yes}</option>
              <option value="false">{m.no}</option>
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
            aria-label={m.currency(field.name)}
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

/** A stored value as a person reads it: sums and dates in the console's format, booleans as Yes/No, URLs as links. */
export function FieldValueText({ type, value, amount, currency }: { type: FieldType; value: string | null; amount?: number | null; currency?: string | null }) {
  const m = useMessages(messages);
  if (value === null) return <span className="muted">—</span>;
  if (type === "monetary" && amount != null) return <>{`${formatAmount(amount)}${currency ? ` ${currency}` : ""}`}</>;
  if (type === "date") return <time dateTime={value}>{formatDate(new Date(`${value}T00:00:00`))}</time>;
  if (type === "boolean") return <>{value === "true" ? m.yes : m.no}</>;
  if (type === "url" && /^https?:\/\//i.test(value)) {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer" className="field-url">
        {value}
      </a>
    );
  }
  return <>{value}</>;
}

/** Who set the value; a person's clearing is final too, and says so. */
export function FieldSourceBadge({ source, cleared }: { source: FieldSource; cleared: boolean }) {
  const m = useMessages(messages);
  const sourceLabels: Record<FieldSource, { label: string; title: string }> = {
    offline: { label: m.readOffline, title: m.readOfflineTitle },
    llm: { label: m.readByLlm, title: m.readByLlmTitle },
    person: { label: m.setByPerson, title: m.setByPersonTitle },
  };
  const { label, title } = sourceLabels[source];
  return (
    <span className={`source-badge ${source === "person" ? "source-manual" : "source-ai"}`} title={title} data-testid="field-source">
      {source === "person" && cleared ? m.clearedByPerson : label}
    </span>
  );
}
