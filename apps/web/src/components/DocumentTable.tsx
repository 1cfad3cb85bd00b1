import type { Selection } from "../selection.ts";
import type { DocumentItem, Topic } from "../trpc.ts";
import { DocumentRow } from "./DocumentRow.tsx";

interface Props {
  items: readonly DocumentItem[];
  topics: readonly Topic[];
  selection: Selection;
  /** Where a document is filed, when the list spans folders; undefined to leave it out. */
  folderPathOf: (doc: DocumentItem) => string | undefined;
  onDelete: (doc: DocumentItem) => void;
}

/** One page of the document list, with a checkbox per row and one for the whole page. */
export function DocumentTable({ items, topics, selection, folderPathOf, onDelete }: Props) {
  const pageIds = items.map((d) => d.id);
  const selectedHere = pageIds.filter((id) => selection.ids.has(id)).length;
  const allHere = selectedHere === pageIds.length && pageIds.length > 0;

  return (
    <div className="table-wrap">
      <table className="table documents-table">
        <thead>
          <tr>
            <th scope="col" className="col-check">
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={allHere}
                ref={(el) => {
                  if (el) el.indeterminate = selectedHere > 0 && !allHere;
                }}
                onChange={(e) => selection.setPage(pageIds, e.target.checked)}
              />
            </th>
            <th scope="col" className="cell-thumb">
              <span className="visually-hidden">Preview</span>
            </th>
            <th scope="col">File</th>
            <th scope="col">Status</th>
            <th scope="col">Topics</th>
            <th scope="col" className="num col-size">
              Size
            </th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <DocumentRow
              key={d.id}
              doc={d}
              topics={topics}
              selected={selection.ids.has(d.id)}
              onSelect={(on, range) => selection.toggle(d.id, on, range, pageIds)}
              folderPath={folderPathOf(d)}
              onDelete={() => onDelete(d)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
