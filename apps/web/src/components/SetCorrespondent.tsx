// The list's correspondent filter, and "Correspondent…" of the bulk action bar (issue 17, ADR 0030): one correspondent (or none) for the selection,
// as a person's choice the worker never changes.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { plural } from "../format.ts";
import { queryClient, trpc } from "../trpc.ts";
import { useAnchoredPopover } from "./anchored-popover.ts";
import { InlineError } from "./Feedback.tsx";
import type { Notice } from "./Notice.tsx";

const WIDTH = 320;
/** The <select> value standing for "no correspondent". */
const NOBODY = "";

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
  const list = useQuery(trpc.correspondents.list.queryOptions());
  return (
    <div className="inline-field">
      <label htmlFor={id}>Correspondent</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={!list.data}>
        <option value="">All correspondents</option>
        <CorrespondentOptions list={list.data} />
      </select>
    </div>
  );
}

export function SetCorrespondent({ ids, disabled, onDone }: Props) {
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
        onDone({ kind: "ok", text: name ? `Set “${name}” as the correspondent of ${plural(updated, "document")}.` : `Took the correspondent off ${plural(updated, "document")}.` });
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
        Correspondent…
      </button>
      <div ref={popoverRef} id={popoverId} popover="auto" className="popover" style={{ width: WIDTH }}>
        <form onSubmit={submit} aria-label="Set the correspondent of the selected documents">
          <div className="field">
            <label htmlFor={selectId}>Correspondent of {plural(ids.length, "document")}</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value={NOBODY}>None</option>
              <CorrespondentOptions list={list.data} />
            </select>
            {list.data?.length === 0 && <p className="hint">No correspondents yet: add them on the Correspondents page.</p>}
          </div>
          <InlineError error={set.error ?? list.error} />
          <div className="popover-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => popoverRef.current?.hidePopover()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary btn-sm" disabled={set.isPending}>
              {set.isPending ? "Setting…" : "Set"}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
