// The list's correspondent filter, and "Correspondent…" of the bulk action bar (issue 17, ADR 0030): one correspondent (or none) for the selection,
// as a person's choice the worker never changes.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { formatNumber, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import type { Notice } from "./Notice.tsx";

const WIDTH = 320;
/** The <select> value standing for "no correspondent". */
const NOBODY = "";

/** "von 3 Dokumenten": German counts documents in the dative here. */
const vonDokumenten = (n: number) => (n === 1 ? "von 1 Dokument" : `von ${formatNumber(n)} Dokumenten`);

const messages = defineMessages({
  en: {
    correspondent: "Correspondent",
    all: "All correspondents",
    setDone: (name: string, n: number) => `Set “${name}” as the correspondent of ${plural(n, "document")}.`,
    tookOff: (n: number) => `Took the correspondent off ${plural(n, "document")}.`,
    button: "Correspondent…",
    formLabel: "Set the correspondent of the selected documents",
    correspondentOf: (n: number) => `Correspondent of ${plural(n, "document")}`,
    none: "None",
    noneYet: "No correspondents yet: add them on the Correspondents page.",
    cancel: "Cancel",
    setting: "Setting…",
    set: "Set",
  },
  de: {
    correspondent: "Korrespondent",
    all: "Alle Korrespondenten",
    setDone: (name, n) => `„${name}“ ist jetzt der Korrespondent ${vonDokumenten(n)}.`,
    tookOff: (n) => `Korrespondent ${vonDokumenten(n)} entfernt.`,
    button: "Korrespondent…",
    formLabel: "Korrespondent der ausgewählten Dokumente festlegen",
    correspondentOf: (n) => `Korrespondent ${vonDokumenten(n)}`,
    none: "Keiner",
    noneYet: "Noch keine Korrespondenten: Legen Sie sie auf der Seite „Korrespondenten“ an.",
    cancel: "Abbrechen",
    setting: "Wird festgelegt…",
    set: "Festlegen",
  },
});

interface Props {
  ids: readonly string[];
  disabled?: boolean;
  onDone: (notice: Notice) => void;
}

/** The correspondents as <option>s of a select, by name. */
export function CorrespondentOptions({ list }: { list: readonly { id: string; name: string }[] | undefined }) {
  return list?.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
}

/** The list's "Correspondent" filter (in the URL as `correspondent`, like the other filters). */
export function CorrespondentFilter({ id, value, onChange }: { id: string; value: string; onChange: (id: string) => void }) {
  const m = useMessages(messages);
  const list = useQuery(trpc.correspondents.list.queryOptions());
  return (
    <div className="inline-field">
      <label htmlFor={id}>{m.correspondent}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={!list.data}>
        <option value="">{m.all}</option>
        <CorrespondentOptions list={list.data} />
      </select>
    </div>
  );
}

export function SetCorrespondent({ ids, disabled, onDone }: Props) {
  const m = useMessages(messages);
  const popoverId = useId();
  const selectId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState(NOBODY);
  const list = useQuery(trpc.correspondents.list.queryOptions());

  const set = useMutation(
    trpc.documents.setCorrespondentMany.mutationOptions({
      onSuccess: async ({ updated }, { correspondentId }) => {
        popoverRef.current?.hidePopover();
        const name = list.data?.find((c) => c.id === correspondentId)?.name;
        onDone({ kind: "ok", text: name ? m.setDone(name, updated) : m.tookOff(updated) });
        await Promise.all([queryClient.invalidateQueries(trpc.documents.pathFilter()), queryClient.invalidateQueries(trpc.correspondents.pathFilter())]);
      },
    }),
  );
  useAnchoredPopover(buttonRef, popoverRef, { width: WIDTH, onOpen: () => set.reset() });

  function submit(e: FormEvent) {
    e.preventDefault();
    set.mutate({ ids: [...ids], correspondentId: target === NOBODY ? null : target });
  }

  return (
    <>
      <button ref={buttonRef} type="button" className="btn btn-secondary btn-sm" popoverTarget={popoverId} disabled={disabled}>
        {m.button}
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} aria-label={m.formLabel}>
          <div className="field">
            <label htmlFor={selectId}>{m.correspondentOf(ids.length)}</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value={NOBODY}>{m.none}</option>
              <CorrespondentOptions list={list.data} />
            </select>
            {list.data?.length === 0 && <p className="hint">{m.noneYet}</p>}
          </div>
          <InlineError error={set.error ?? list.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              {m.cancel}
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={set.isPending}>
              {set.isPending ? m.setting : m.set}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
