// The list's custom-field filter (a field, and a from–to range for numbers, amounts and dates) and "Field…" of
// the bulk action bar: one person's value for every selected document (issue 17, ADR 0033).
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { plural } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import { EMPTY_DRAFT, FieldValueInput, RANGE_TYPES, valueOf, type ValueDraft } from "./FieldValue.tsx";
import type { Notice } from "./Notice.tsx";

const WIDTH = 320;

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
  const list = useQuery(trpc.fields.list.queryOptions());
  const current = list.data?.find((f) => f.id === field);
  const kind = current && RANGE_TYPES.has(current.type) ? (current.type === "date" ? "date" : "number") : null;
  return (
    <>
      <div className="inline-field">
        <label htmlFor={id}>Field</label>
        <select id={id} value={field} onChange={(e) => onChange({ field: e.target.value, fmin: null, fmax: null })} disabled={!list.data || list.data.length === 0}>
          <option value="">No field filter</option>
          {list.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {RANGE_TYPES.has(f.type) ? f.name : `${f.name} (has a value)`}
            </option>
          ))}
        </select>
      </div>
      {current && kind && (
        <>
          <div className="inline-field date-field range-field">
            <label htmlFor={`${id}-min`}>{current.name} from</label>
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
            <label htmlFor={`${id}-max`}>to</label>
            <input
              id={`${id}-max`}
              aria-label={`${current.name} to`}
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
        const name = field?.name ?? "the field";
        onDone({ kind: "ok", text: value === null ? `Cleared “${name}” on ${plural(updated, "document")}.` : `Set “${name}” to ${String(value)} on ${plural(updated, "document")}.` });
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
        Field…
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} noValidate aria-label="Set a field of the selected documents">
          <div className="field">
            <label htmlFor={fieldSelectId}>Field of {plural(ids.length, "document")}</label>
            <select
              id={fieldSelectId}
              value={fieldId}
              onChange={(e) => {
                setFieldId(e.target.value);
                setDraft(EMPTY_DRAFT);
                set.reset();
              }}
            >
              <option value="">Choose a field</option>
              {list.data?.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            {list.data?.length === 0 && <p className="hint">No fields yet: admins define them on the Fields page.</p>}
          </div>
          {field && (
            <div className="field">
              <label htmlFor={valueId}>Value</label>
              <div className="doc-field-form">
                <FieldValueInput id={valueId} field={field} draft={draft} onChange={setDraft} />
              </div>
              <p className="hint">{clearing ? "Empty: the value is cleared, and the worker will not fill it again." : "A person's value: the worker keeps it."}</p>
            </div>
          )}
          <InlineError error={set.error ?? list.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={!field || set.isPending}>
              {set.isPending ? "Setting…" : clearing ? "Clear" : "Set"}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
