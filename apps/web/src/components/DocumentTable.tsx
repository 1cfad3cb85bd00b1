import type { Selection } from "../selection.ts";
import type { DocumentItem, Topic } from "../trpc.ts";
import { ACTIONS_COLUMN, DataTable } from "./DataTable.tsx";
import { DocumentRow } from "./DocumentRow.tsx";

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
  const pageIds = items.map((d) => d.id);
  const selectedHere = pageIds.filter((id) => selection.ids.has(id)).length;
  const allHere = selectedHere === pageIds.length && pageIds.length > 0;

  return (
    <DataTable
      className="documents-table"
      columns={[
        {
          label: (
            <input
              type="checkbox"
              aria-label="Select all on this page"
              checked={allHere}
              ref={(el) => {
                if (el) el.indeterminate = selectedHere > 0 && !allHere;
              }}
              onChange={(e) => selection.setPage(pageIds, e.target.checked)}
            />
          ),
          className: "col-check",
        },
        { label: "Preview", className: "cell-thumb", hidden: true },
        "File",
        "Status",
        "Topics",
        ...(ownerNames ? ["Owner"] : []),
        { label: "Size", className: "num col-size" },
        "Added",
        ACTIONS_COLUMN,
      ]}
    >
      {items.map((d) => (
        <DocumentRow
          key={d.id}
          doc={d}
          topics={topics}
          selected={selection.ids.has(d.id)}
          onSelect={(on, range) => selection.toggle(d.id, on, range, pageIds)}
          folderPath={folderPathOf(d)}
          owner={ownerNames ? ownerLabel(ownerNames, d.ownerId) : undefined}
          onDelete={() => onDelete(d)}
        />
      ))}
    </DataTable>
  );
}

/** An owner's e-mail for the Owner column and the document page. */
export function ownerLabel(names: Map<string, string>, ownerId: string | null): string {
  return ownerId ? (names.get(ownerId) ?? "unknown user") : "No owner";
}
