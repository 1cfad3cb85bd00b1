// Where the last check's report is kept: one settings row, read by the api for the admin dashboard and /healthz.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@docscan/db";
import type { CheckReport } from "./check.ts";

const KEY = "integrity_check";

export async function saveLastCheck(db: DbOrTx, report: CheckReport): Promise<void> {
  await db.execute(sql`
    insert into settings (key, value, updated_at) values (${KEY}, ${JSON.stringify(report)}::jsonb, now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`);
}

export async function readLastCheck(db: DbOrTx): Promise<CheckReport | null> {
  const [row] = (await db.execute(sql`select value from settings where key = ${KEY}`)) as unknown as { value: CheckReport }[];
  return row?.value ?? null;
}
