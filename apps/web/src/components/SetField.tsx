// The list's custom-field filter (a field, and a from–to range for numbers, amounts and dates) and "Field…" of
// the bulk action bar: one person's value for every selected document (issue 17, ADR 0033).
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { formatNumber, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import { EMPTY_DRAFT, FieldValueInput, RANGE_TYPES, valueOf, type ValueDraft } from "./FieldValue.tsx";
import type { Notice } from "./Notice.tsx";

const WIDTH = 320;

/** "bei 3 Dokumenten": German counts documents in the dative here. */
const dokumenten = (n: number) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumenten`);

const messages = defineMessages({
  en: {
    field: "Field",
    noFilter: "No field filter",
    hasValue: (name: string) => `${name} (has a value)`,
    from: (name: string) => `${name} from`,
    to: "to",
    toLabel: (name: string) => `${name} to`,
    theField: "the field",
    cleared: (name: string, n: number) => `Cleared “${name}” on ${plural(n, "document")}.`,
    setTo: (name: string, value: string, n: number) => `Set “${name}” to ${value} on ${plural(n, "document")}.`,
    button: "Field…",
    formLabel: "Set a field of the selected documents",
    fieldOf: (n: number) => `Field of ${plural(n, "document")}`,
    choose: "Choose a field",
    noneYet: "No fields yet: admins define them on the Fields page.",
    value: "Value",
    clearingHint: "Empty: the value is cleared, and the worker will not fill it again.",
    keepHint: "A person's value: the worker keeps it.",
    cancel: "Cancel",
    setting: "Setting…",
    clear: "Clear",
    set: "Set",
  },
  de: {
    field: "Feld",
    noFilter: "Kein Feldfilter",
    hasValue: (name) => `${name} (hat einen Wert)`,
    from: (name) => `${name} von`,
    to: "bis",
    toLabel: (name) => `${name} bis`,
    theField: "Feld",
    cleared: (name, n) => `„${name}“ bei ${dokumenten(n)} geleert.`,
    setTo: (name, value, n) => `„${name}“ bei ${dokumenten(n)} auf ${value} gesetzt.`,
    button: "Feld…",
    formLabel: "Ein Feld der ausgewählten Dokumente setzen",
    fieldOf: (n) => `Feld von ${dokumenten(n)}`,
    choose: "Feld wählen",
    noneYet: "Noch keine Felder: Administratoren legen sie auf der Seite „Felder“ an.",
    value: "Wert",
    clearingHint: "Leer: Der Wert wird geleert, und docscan füllt ihn nicht erneut aus.",
    keepHint: "Ein von Hand gesetzter Wert: docscan behält ihn bei.",
    cancel: "Abbrechen",
    setting: "Wird gesetzt…",
    clear: "Leeren",
    set: "Setzen",
  },
});

interface FilterProps {
  id: string;
  /** The URL's `field`, `fmin` and `fmax`. */
  field: string;
  min: string;
  max: string;
  /** `replace` while typing a bound, so Back skips every keystroke. */
  onChange: (changes: Record<string, string | null>, replace?: boolean) => void;
}

/**
 * The list's "Field" filter: only documents with a value of the field, and for number, monetary and date
 * fields within from–to (inclusive; amounts compare whatever their currency). In the URL as `field`, `fmin`, `fmax`.
 */
export function FieldFilter({ id, field, min, max, onChange }: FilterProps) {
  const m = useMessages(messages);
  const list = useQuery(trpc.fields.list.queryOptions());
  const current = list.data?.find((f) => f.id === field);
  const kind = current && RANGE_TYPES.has(current.type) ? (current.type === "date" ? "date" : "number") : null;
  return (
    <>
      <div className="inline-field">
        <label htmlFor={id}>{m.field}</label>
        <select id={id} value={field} onChange={(e) => onChange({ field: e.target.value, fmin: null, fmax: null })} disabled={!list.data || list.data.length === 0}>
          <option value="">{m.noFilter}</option>
          {list.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {RANGE_TYPES.has(f.type) ? f.name : m.hasValue(f.name)}
            </option>
          ))}
        </select>
      </div>
      {current && kind && (
        <>
          <div className="inline-field date-field range-field">
            <label htmlFor={`${id}-min`}>{m.from(current.name)}</label>
            <input
              id={`${id}-min`}
              type={kind}
              step={kind === "number" ? "any" : undefined}
              value={min}
              max={(kind === "date" && max) || undefined}
              onChange={(e) => onChange({ fmin: e.target.value }, true)}
            />
          </div>
          <div className="inline-field date-field range-field">
            <label htmlFor={`${id}-max`}>{m.to}</label>
            <input
              id={`${id}-max`}
              aria-label={m.toLabel(current.name)}
              type={kind}
              step={kind === "number" ? "any" : undefined}
              value={max}
              min={(kind === "date" && min) || undefined}
              onChange={(e) => onChange({ fmax: e.target.value }, true)}
            />
          </div>
        </>
      )}
    </>
  );
}

interface SetProps {
  ids: readonly string[];
  disabled?: boolean;
  onDone: (notice: Notice) => void;
}

/** "Field…" of the bulk bar: a person's value (or a clearing, empty) of one field for the selected documents. */
export function SetField({ ids, disabled, onDone }: SetProps) {
  const m = useMessages(messages);
  const popoverId = useId();
  const fieldSelectId = useId();
  const valueId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [fieldId, setFieldId] = useState("");
  const [draft, setDraft] = useState<ValueDraft>(EMPTY_DRAFT);
  const list = useQuery(trpc.fields.list.queryOptions());
  const field = list.data?.find((f) => f.id === fieldId);

  const set = useMutation(
    trpc.documents.setFieldMany.mutationOptions({
      onSuccess: async ({ updated }, { value }) => {
        popoverRef.current?.hidePopover();
        const name = field?.name ?? m.theField;
        onDone({ kind: "ok", text: value === null ? m.cleared(name, updated) : m.setTo(name, String(value), updated) });
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
    }),
  );
  useAnchoredPopover(buttonRef, popoverRef, {
    width: WIDTH,
    onOpen: () => {
      set.reset();
      setDraft(EMPTY_DRAFT);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!field) return;
    set.mutate({ ids: [...ids], fieldId: field.id, value: valueOf(field.type, draft) });
  }

  const clearing = field !== undefined && valueOf(field.type, draft) === null;
  return (
    <>
      <button ref={buttonRef} type="button" className="btn btn-secondary btn-sm" popoverTarget={popoverId} disabled={disabled}>
        {m.button}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} noValidate aria-label={m.formLabel}>
          <div className="field">
            <label htmlFor={fieldSelectId}>{m.fieldOf(ids.length)}</label>
            <select
              id={fieldSelectId}
              value={fieldId}
              onChange={(e) => {
                setFieldId(e.target.value);
                setDraft(EMPTY_DRAFT);
                set.reset();
              }}
            >
              <option value="">{m.choose}</option>
              {list.data?.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            {list.data?.length === 0 && <p className="hint">{m.noneYet}</p>}
          </div>
          {field && (
            <div className="field">
              <label htmlFor={valueId}>{m.value}</label>
              <div className="doc-field-form">
                <FieldValueInput id={valueId} field={field} draft={draft} onChange={setDraft} />
              </div>
              <p className="hint">{clearing ? m.clearingHint : m.keepHint}</p>
            </div>
          )}
          <InlineError error={set.error ?? list.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              {m.cancel}
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={!field || set.isPending}>
              {set.isPending ? m.setting : clearing ? m.clear : m.set}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
