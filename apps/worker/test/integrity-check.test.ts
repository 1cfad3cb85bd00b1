// The weekly integrity check as the real worker runs it: queued under its task name (the cron does the
// same on Sundays), it repairs a wrong quota counter and keeps its report for the admin dashboard.
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { parseCronItems } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLastCheck } from "@docscan/integrity";
import { INTEGRITY_CHECK_CRON, INTEGRITY_CHECK_TASK } from "../src/tasks/integrity-check.ts";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
beforeAll(async () => {
  h = await startWorkerHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("integrity check job", () => {
  it("is a weekly cron item", () => {
    expect(parseCronItems([INTEGRITY_CHECK_CRON])[0]!.task).toBe(INTEGRITY_CHECK_TASK);
  });

  it("runs the check with its safe repairs and saves the report", async () => {
    const [user] = (await h.database.db.execute(sql`insert into users (email, password_hash, used_documents, used_bytes) values ('weekly@example.test', 'x', 3, 300) returning id`)) as unknown as { id: string }[];
    await h.database.db.execute(sql`select graphile_worker.add_job(${INTEGRITY_CHECK_TASK}, '{}'::json, max_attempts => 1)`);
    const deadline = Date.now() + 60_000;
    let report = await readLastCheck(h.database.db);
    while (!report && Date.now() < deadline) {
      await sleep(250);
      report = await readLastCheck(h.database.db);
    }
    expect(report).toMatchObject({ repair: true, ok: true, counters: { found: 1, repaired: 1 } });
    const [row] = (await h.database.db.execute(sql`select used_documents, used_bytes::int from users where id = ${user!.id}`)) as unknown as { used_documents: number; used_bytes: number }[];
    expect(row).toEqual({ used_documents: 0, used_bytes: 0 });
  });
});
