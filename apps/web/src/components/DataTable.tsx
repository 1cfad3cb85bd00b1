import type { ReactNode, Ref } from "react";

export interface Column {
  label: ReactNode;
  className?: string;
  /** Named for screen readers only (a checkbox or buttons column). */
  hidden?: boolean;
}

/** The last column of most tables: a row's buttons. */
export const ACTIONS_COLUMN: Column = { label: "Actions", hidden: true };

interface Props {
  /** Added to "table", naming this table's own styles. */
  className: string;
  columns: readonly (string | Column)[];
  tableRef?: Ref<HTMLTableElement>;
  /** The rows. */
  children: ReactNode;
}

/** A scrollable table with one header row. */
export function DataTable({ className, columns, tableRef, children }: Props) {
  return (
    <div className="table-wrap">
      <table className={`table ${className}`} ref={tableRef}>
        <thead>
          <tr>
            {columns.map((column, i) => {
              const { label, className: thClassName, hidden }: Column = typeof column === "string" ? { label: column } : column;
              return (
                <th key={i} scope="col" className={thClassName}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
