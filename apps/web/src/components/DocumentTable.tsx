import { useEffect, useRef, useState } from "react";
import { defineMessages, messagesOf, useMessages } from "../i18n.ts";
import { documentPath, navigate } from "../router.ts";
import type { Selection } from "../selection.ts";
import { isControl, useShortcuts } from "../shortcuts.ts";
import type { DocumentItem, Topic } from "../trpc.ts";
import { ACTIONS_COLUMN, DataTable } from "./DataTable.tsx";
import { DocumentRow } from "./DocumentRow.tsx";

const messages = defineMessages({
  en: {
    selectAll: "Select all on this page",
    preview: "Preview",
    file: "File",
    status: "Status",
    topics: "Topics",
    owner: "Owner",
    size: "Size",
    added: "Added",
    unknownUser: "unknown user",
    noOwner: "No owner",
  },
  de: {
    selectAll: "Alle auf dieser Seite auswählen",
    preview: "Vorschau",
    file: "Datei",
    status: "Status",
    topics: "Themen",
    owner: "Eigentümer",
    size: "Größe",
    added: "Hinzugefügt",
    unknownUser: "unbekannter Benutzer",
    noOwner: "Kein Eigentümer",
  },
});

interface Props {
  items: readonly DocumentItem[];
  topics: readonly Topic[];
  selection: Selection;
  /** Where a document is filed, when the list spans folders; undefined to leave it out. */
  folderPathOf: (doc: DocumentItem) => string | undefined;
  /** Admins: e-mails of owners by id, for the Owner column; null leaves the column out. */
  ownerNames?: Map<string, string> | null;
  onDelete: (doc: DocumentItem) => void;
}

/** One page of the document list, with a checkbox per row and one for the whole page. */
export function DocumentTable({ items, topics, selection, folderPathOf, ownerNames, onDelete }: Props) {
  const m = useMessages(messages);
  const pageIds = items.map((d) => d.id);
  const selectedHere = pageIds.filter((id) => selection.ids.has(id)).length;
  const allHere = selectedHere === pageIds.length && pageIds.length > 0;

  // The highlighted row: j/k move it, Enter opens its document, x selects it, e edits its topics (TopicPicker).
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = activeId !== null && pageIds.includes(activeId) ? activeId : null;
  const tableRef = useRef<HTMLTableElement>(null);
  const focusActive = useRef(false);
  useShortcuts((e) => {
    const at = active ? pageIds.indexOf(active) : -1;
    if (e.key === "j" || e.key === "k") {
      if (pageIds.length === 0) return false;
      const next = at < 0 ? 0 : Math.min(pageIds.length - 1, Math.max(0, at + (e.key === "j" ? 1 : -1)));
      focusActive.current = true;
      setActiveId(pageIds[next]!);
      return true;
    }
    if (!active) return false;
    if (e.key === "Enter" && !isControl(e.target)) {
      navigate(documentPath(active));
      return true;
    }
    if (e.key === "x") {
      selection.toggle(active, !selection.ids.has(active), false, pageIds);
      return true;
    }
    return false;
  });
  useEffect(() => {
    if (!focusActive.current || !active) return;
    focusActive.current = false;
    const row = tableRef.current?.querySelector<HTMLElement>(`tr[data-document-id="${active}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: "nearest" });
  }, [active]);

  return (
    <DataTable
      className="documents-table"
      tableRef={tableRef}
      columns={[
        {
          label: (
            <input
              type="checkbox"
              aria-label={m.selectAll}
              checked={allHere}
              ref={(el) => {
                if (el) el.indeterminate = selectedHere > 0 && !allHere;
              }}
              onChange={(e) => selection.setPage(pageIds, e.target.checked)}
            />
          ),
          className: "col-check",
        },
        { label: m.preview, className: "cell-thumb", hidden: true },
        m.file,
        m.status,
        m.topics,
        ...(ownerNames ? [m.owner] : []),
        { label: m.size, className: "num col-size" },
        m.added,
        ACTIONS_COLUMN,
      ]}
    >
      {items.map((d) => (
        <DocumentRow
          key={d.id}
          doc={d}
          topics={topics}
          selected={selection.ids.has(d.id)}
          active={d.id === active}
          onActivate={() => setActiveId(d.id)}
          onSelect={(on, range) => selection.toggle(d.id, on, range, pageIds)}
          folderPath={folderPathOf(d)}
          owner={ownerNames ? ownerLabel(ownerNames, d.ownerId) : undefined}
          onDelete={() => onDelete(d)}
        />
      ))}
    </DataTable>
  );
}

/** An owner's e-mail for the Owner column and the document page (read when called, in the console's language). */
export function ownerLabel(names: Map<string, string>, ownerId: string | null): string {
  const m = messagesOf(messages);
  return ownerId ? (names.get(ownerId) ?? m.unknownUser) : m.noOwner;
}
