// Audit-log retention as the real worker runs it: queued under its task name (the cron does the same
// daily), it deletes entries older than AUDIT_DAYS and keeps the rest.
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { parseCronItems } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRUNE_AUDIT_CRON, PRUNE_AUDIT_TASK } from "../src/tasks/prune-audit.ts";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness();
});
afterAll(async () => {
  await h?.close();
});

const labels = async () =>
  ((await h.database.db.execute(sql`select object_label from audit_log order by id`)) as unknown as { object_label: string }[]).map((r) => r.object_label);

describe("audit-log prune job", () => {
  it("is a daily cron item", () => {
    expect(parseCronItems([PRUNE_AUDIT_CRON])[0]!.task).toBe(PRUNE_AUDIT_TASK);
  });

  it("deletes entries past AUDIT_DAYS (365 here), and only those", async () => {
    await h.database.db.execute(sql`
      insert into audit_log (action, object_type, object_label, at) values
        ('auth.sign_in', 'user', 'two years ago', now() - interval '730 days'),
        ('auth.sign_in', 'user', 'a year and a day ago', now() - interval '366 days'),
        ('auth.sign_in', 'user', 'last month', now() - interval '30 days'),
        ('auth.sign_in', 'user', 'now', now())`);
    await h.database.db.execute(sql`select graphile_worker.add_job(${PRUNE_AUDIT_TASK}, '{}'::json, max_attempts => 1)`);
    const deadline = Date.now() + 60_000;
    while ((await labels()).length > 2 && Date.now() < deadline) await sleep(250);
    expect(await labels()).toEqual(["last month", "now"]);
  });
});
