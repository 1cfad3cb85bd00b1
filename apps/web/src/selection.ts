// Which documents of the list are selected for a bulk action. The selection survives paging but not a
// change of filters: rows selected under other filters would be acted on unseen.
import { useRef, useState } from "react";

const NONE: ReadonlySet<string> = new Set();

export interface Selection {
  ids: ReadonlySet<string>;
  /** Selects or unselects one row; with `range`, every row from the last one clicked to this one. */
  toggle: (id: string, on: boolean, range: boolean, pageIds: readonly string[]) => void;
  /** Selects or unselects every row of the page. */
  setPage: (pageIds: readonly string[], on: boolean) => void;
  /** Drops these ids (deleted documents), or everything. */
  remove: (ids: readonly string[]) => void;
  clear: () => void;
}

export function useSelection(scopeKey: string): Selection {
  const [state, setState] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: scopeKey, ids: NONE });
  const anchor = useRef<string | null>(null);
  const ids = state.key === scopeKey ? state.ids : NONE;

  return {
    ids,
    toggle(id, on, range, pageIds) {
      const from = range && anchor.current ? pageIds.indexOf(anchor.current) : -1;
      const to = pageIds.indexOf(id);
      const span = from >= 0 && to >= 0 ? pageIds.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
      setState({ key: scopeKey, ids: toggleIds(ids, span, on) });
      anchor.current = id;
    },
    setPage(pageIds, on) {
      setState({ key: scopeKey, ids: toggleIds(ids, pageIds, on) });
    },
    remove(gone) {
      setState({ key: scopeKey, ids: toggleIds(ids, gone, false) });
    },
    clear() {
      anchor.current = null;
      setState({ key: scopeKey, ids: NONE });
    },
  };
}

/** A copy of `ids` with `changed` added (`on`) or taken out: the next state of a set of checkboxes. */
export function toggleIds(ids: ReadonlySet<string>, changed: Iterable<string>, on: boolean): ReadonlySet<string> {
  const next = new Set(ids);
  for (const id of changed) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
