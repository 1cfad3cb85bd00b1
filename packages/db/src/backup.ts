// Whole-table reads and writes for `pnpm docscan export` / `import` (ADR 0023). The tables are found in the
// catalog, not listed here, so a table or column added later is exported and restored without a change:
// rows travel as JSON (row_to_json out, json_populate_recordset in), which keeps every type exact
// (timestamps to the microsecond, bytea as hex, float4 in its shortest exact form).
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "./client.ts";

/**
 * Not exported: sign-in state (re-created by signing in), a cache, vectors and text features the worker
 * recomputes when missing, and the audit log, which stays the record of the instance it was written on (ADR 0024).
 */
export const TABLES_NOT_EXPORTED = ["sessions", "api_tokens", "classification_cache", "document_vectors", "document_text_features", "audit_log"] as const;

export interface ForeignKey {
  columns: string[];
  table: string;
  refColumns: string[];
}

export interface BackupTable {
  name: string;
  /** Columns a row is written with (generated ones left out: Postgres computes them again). */
  columns: string[];
  /** Of `columns`, those that may not be null. */
  notNull: string[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

type Row = Record<string, unknown>;

/**
 * The tables of the public schema that an export holds, parents before children (a table's foreign keys
 * point only at tables earlier in the list, self-references aside).
 */
export async function backupTables(db: DbOrTx): Promise<BackupTable[]> {
  const columns = (await db.execute(sql`
    select table_name as "table", column_name as "column", is_nullable = 'NO' as "notNull"
    from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER'
    order by table_name, ordinal_position`)) as unknown as { table: string; column: string; notNull: boolean }[];
  const keys = (await db.execute(sql`
    select c.conrelid::regclass::text as "table", c.contype as type, c.confrelid::regclass::text as "refTable",
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "refColumns"
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    where t.relnamespace = 'public'::regnamespace and c.contype in ('p', 'f')`)) as unknown as {
    table: string;
    type: "p" | "f";
    refTable: string;
    columns: string[];
    refColumns: string[];
  }[];
  const tables = new Map<string, BackupTable>();
  for (const { table, column, notNull } of columns) {
    if ((TABLES_NOT_EXPORTED as readonly string[]).includes(table)) continue;
    const t = tables.get(table) ?? { name: table, columns: [], notNull: [], primaryKey: [], foreignKeys: [] };
    t.columns.push(column);
    if (notNull) t.notNull.push(column);
    tables.set(table, t);
  }
  for (const k of keys) {
    const t = tables.get(k.table);
    if (!t) continue;
    if (k.type === "p") t.primaryKey = k.columns;
    else t.foreignKeys.push({ columns: k.columns, table: k.refTable, refColumns: k.refColumns });
  }
  // Parents first (depth-first on foreign keys; a cycle other than a self-reference is not expected).
  const ordered: BackupTable[] = [];
  const visiting = new Set<string>();
  const visit = (t: BackupTable) => {
    if (ordered.includes(t) || visiting.has(t.name)) return;
    visiting.add(t.name);
    for (const fk of t.foreignKeys) {
      const parent = tables.get(fk.table);
      if (parent && parent !== t) visit(parent);
    }
    ordered.push(t);
  };
  for (const t of [...tables.values()].sort((a, b) => a.name.localeCompare(b.name))) visit(t);
  return ordered;
}

const ident = (name: string) => sql.identifier(name);
const list = (names: string[]) => sql.join(names.map(ident), sql`, `);

/** Every row of the table (only `columns`), in primary-key order; `where` narrows it. */
export async function readRows(db: DbOrTx, table: BackupTable, opts: { columns?: string[]; where?: SQL } = {}): Promise<Row[]> {
  const cols = opts.columns ?? table.columns;
  const order = table.primaryKey.length ? table.primaryKey : cols;
  const [row] = (await db.execute(sql`
    select coalesce(json_agg(t), '[]'::json) as rows
    from (select ${list(cols)} from ${ident(table.name)} ${opts.where ? sql`where ${opts.where}` : sql``} order by ${list(order)}) t`)) as unknown as { rows: Row[] }[];
  return row!.rows;
}

/**
 * Inserts rows given as JSON objects into `columns` (default: all; a missing key is null, not the column's
 * default, so columns an export does not know are left out to get theirs). With
 * `skipConflicts`, rows that clash with a unique key already there are left out. Says how many went in.
 */
export async function insertRows(db: DbOrTx, table: BackupTable, rows: Row[], opts: { columns?: string[]; skipConflicts?: boolean } = {}): Promise<number> {
  if (rows.length === 0) return 0;
  const cols = opts.columns ?? table.columns;
  const inserted = (await db.execute(sql`
    insert into ${ident(table.name)} (${list(cols)})
    select ${list(cols)} from json_populate_recordset(null::${ident(table.name)}, ${JSON.stringify(rows)}::json)
    ${opts.skipConflicts ? sql`on conflict do nothing` : sql``}
    returning 1`)) as unknown as unknown[];
  return inserted.length;
}

/** Sets `columns` of existing rows (matched on the primary key) to the values in `rows`. */
export async function updateRows(db: DbOrTx, table: BackupTable, columns: string[], rows: Row[]): Promise<void> {
  if (rows.length === 0 || columns.length === 0) return;
  const sets = sql.join(
    columns.map((c) => sql`${ident(c)} = j.${ident(c)}`),
    sql`, `,
  );
  const match = sql.join(
    table.primaryKey.map((c) => sql`t.${ident(c)} = j.${ident(c)}`),
    sql` and `,
  );
  await db.execute(sql`
    update ${ident(table.name)} t set ${sets}
    from json_populate_recordset(null::${ident(table.name)}, ${JSON.stringify(rows)}::json) j
    where ${match}`);
}

/** Deletes every row of these tables, children first. */
export async function emptyTables(db: DbOrTx, tables: BackupTable[]): Promise<void> {
  for (const t of [...tables].reverse()) await db.execute(sql`delete from ${ident(t.name)}`);
}
