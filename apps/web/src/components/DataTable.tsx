import { useLayoutEffect, useRef, type ReactNode, type Ref } from "react";
import { defineMessages, messagesOf } from "../i18n.ts";

const messages = defineMessages({ en: { actions: "Actions" }, de: { actions: "Aktionen" } });

export interface Column {
  label: ReactNode;
  className?: string;
  /** Named for screen readers only (a checkbox or buttons column). */
  hidden?: boolean;
}

/** The last column of most tables: a row's buttons. */
export const ACTIONS_COLUMN: Column = {
  // Read when a table renders, so it is in the console's language of the moment.
  get label() {
    return messagesOf(messages).actions;
  },
  hidden: true,
};

interface Props {
  /** Added to "table", naming this table's own styles. */
  className: string;
  columns: readonly (string | Column)[];
  tableRef?: Ref<HTMLTableElement>;
  /** The rows. */
  children: ReactNode;
}

/**
 * A table with one header row. On a phone each row becomes a card (narrow.css) and the header row goes; so every
 * cell after the row's first named column gets its column's name as `data-label`, shown before the value.
 */
export function DataTable({ className, columns, tableRef, children }: Props) {
  const wrapRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const labels = columns.map((c) => (typeof c === "string" ? c : !c.hidden && typeof c.label === "string" ? c.label : null));
    const first = labels.findIndex((l) => l !== null);
    for (const row of wrapRef.current?.querySelectorAll("tbody > tr") ?? []) {
      [...row.children].forEach((cell, i) => {
        const label = labels[i];
        if (i > first && label && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", label);
      });
    }
  });
  return (
    <div className="table-wrap" ref={wrapRef}>
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
