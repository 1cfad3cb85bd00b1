import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@docscan/db";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import {
  claimWorkerLiveness,
  enqueue,
  enqueueForDocument,
  enqueueForDocuments,
  insertQueued,
  jobCounts,
  listJobs,
  parsePayload,
  releaseJobsOfDeadWorkers,
  retryJobs,
  unlockJobsOfStoppedWorkers,
} from "../src/index.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

async function queued() {
  return t.db.execute<{ task_identifier: string; payload: unknown; key: string | null }>(
    // The public jobs view hides payloads, so read the queue's own table.
    sql`select t.identifier as task_identifier, j.payload, j.key
        from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
        order by j.id`,
  );
}

describe("enqueue", () => {
  it("queues a typed job with an id-only payload", async () => {
    const documentId = randomUUID();
    await enqueue(t.db, "extract_text", { documentId });
    const rows = await queued();
    expect(rows.at(-1)).toMatchObject({ task_identifier: "extract_text", payload: { documentId } });
  });

  it("rejects a malformed payload before it reaches the queue", async () => {
    await expect(enqueue(t.db, "extract_text", { documentId: "nope" })).rejects.toThrow();
    expect(() => parsePayload("classify_document", { documentId: 3 })).toThrow();
  });

  it("de-duplicates document jobs by key", async () => {
    const documentId = randomUUID();
    await enqueueForDocument(t.db, "classify_document", documentId);
    await enqueueForDocument(t.db, "classify_document", documentId);
    const rows = (await queued()).filter((r) => r.key === `classify_document:${documentId}`);
    expect(rows).toHaveLength(1);
  });

  it("queues one keyed job per selected document in one statement", async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const values = sql.join(ids.map((id) => sql`(${id}::uuid)`), sql`, `);
    const n = await enqueueForDocuments(t.db, "classify_document", sql`select id from (values ${values}) v(id)`);
    expect(n).toBe(3);
    const again = await enqueueForDocuments(t.db, "classify_document", sql`select id from (values ${values}) v(id)`);
    expect(again).toBe(3);
    const rows = (await queued()).filter((r) => ids.some((id) => r.key === `classify_document:${id}`));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => (r.payload as { documentId: string }).documentId).sort()).toEqual([...ids].sort());
  });

  it("inserts rows and queues a keyed job for each in one statement, or neither", async () => {
    await t.db.execute(sql`create table if not exists insert_queued_probe (id uuid primary key, label text not null)`);
    const ids = [randomUUID(), randomUUID()];
    const insert = (rows: { id: string; label: string | null }[]) =>
      sql`insert into insert_queued_probe (id, label) values ${sql.join(
        rows.map((r) => sql`(${r.id}::uuid, ${r.label})`),
        sql`, `,
      )} returning id, upper(label) as "shout"`;

    const rows = await insertQueued<{ id: string; shout: string }>(t.db, "extract_text", insert(ids.map((id, i) => ({ id, label: `file ${i}` }))));
    expect(rows).toEqual([
      { id: ids[0], shout: "FILE 0" },
      { id: ids[1], shout: "FILE 1" },
    ]);
    const keys = (await queued()).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(ids.map((id) => `extract_text:${id}`)));

    // The second row breaks the NOT NULL: the first row and its job go with it.
    const before = (await queued()).length;
    const failing = [randomUUID(), randomUUID()];
    await expect(insertQueued(t.db, "extract_text", insert([{ id: failing[0]!, label: "fine" }, { id: failing[1]!, label: null }]))).rejects.toThrow();
    expect(await queued()).toHaveLength(before);
    const [left] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from insert_queued_probe where id in (${failing[0]!}::uuid, ${failing[1]!}::uuid)`);
    expect(left?.n).toBe(0);
  });

  it("unlocks the jobs a stopped run left locked", async () => {
    const documentId = randomUUID();
    await enqueueForDocument(t.db, "extract_text", documentId);
    const key = `extract_text:${documentId}`;
    // What a worker stopped mid-job leaves behind.
    await t.db.execute(sql`update graphile_worker._private_jobs set locked_by = 'worker-gone', locked_at = now() where key = ${key}`);
    expect(await unlockJobsOfStoppedWorkers(t.db)).toBe(1);
    const [row] = await t.db.execute<{ locked_by: string | null }>(sql`select locked_by from graphile_worker._private_jobs where key = ${key}`);
    expect(row).toEqual({ locked_by: null });
    expect(await unlockJobsOfStoppedWorkers(t.db)).toBe(0);
  });

  it("joins the caller's transaction: a rolled-back insert leaves no job", async () => {
    const documentId = randomUUID();
    const before = (await queued()).length;
    await t.db
      .transaction(async (tx) => {
        await enqueue(tx, "extract_text", { documentId });
        throw new Error("rollback");
      })
      .catch(() => {});
    expect((await queued()).length).toBe(before);
  });
});

describe("worker liveness", () => {
  /** A job locked by `workerId`, `ageSeconds` ago. */
  async function lockedJob(workerId: string, ageSeconds: number): Promise<string> {
    const documentId = randomUUID();
    await enqueueForDocument(t.db, "extract_text", documentId);
    const key = `extract_text:${documentId}`;
    await t.db.execute(sql`update graphile_worker._private_jobs set locked_by = ${workerId}, locked_at = now() - make_interval(secs => ${ageSeconds}) where key = ${key}`);
    return key;
  }
  const lockedBy = async (key: string) =>
    (await t.db.execute<{ locked_by: string | null }>(sql`select locked_by from graphile_worker._private_jobs where key = ${key}`))[0]?.locked_by;

  it("returns the jobs of a worker whose process is gone to the queue, and leaves live and fresh ones", async () => {
    const session = createDatabase(t.url, { max: 1 });
    try {
      expect(await claimWorkerLiveness(session.db, "worker-alive")).toBe(true);
      expect(await claimWorkerLiveness(session.db, "worker-alive")).toBe(true); // again: already held, not taken twice
      const alive = await lockedJob("worker-alive", 600);
      const dead = await lockedJob("worker-dead", 600);
      const fresh = await lockedJob("worker-just-started", 5);
      expect(await releaseJobsOfDeadWorkers(t.db, 60)).toEqual({ workers: 1, exhausted: [] });
      expect([await lockedBy(alive), await lockedBy(dead), await lockedBy(fresh)]).toEqual(["worker-alive", null, "worker-just-started"]);

      // Another session cannot claim a live worker's id.
      const other = createDatabase(t.url, { max: 1 });
      try {
        expect(await claimWorkerLiveness(other.db, "worker-alive")).toBe(false);
      } finally {
        await other.close();
      }
    } finally {
      await session.close();
    }
    // The process holding the lock is gone (its connection closed): its jobs go back too.
    await expect.poll(async () => (await releaseJobsOfDeadWorkers(t.db, 60)).workers, { timeout: 60_000 }).toBe(1);
    await t.db.execute(sql`delete from graphile_worker._private_jobs where locked_by is not null`);
  });

  it("names the released jobs that have no attempt left (their worker died on every try)", async () => {
    const last = await lockedJob("worker-dead-again", 600);
    await t.db.execute(sql`update graphile_worker._private_jobs set attempts = max_attempts where key = ${last}`);
    const another = await lockedJob("worker-dead-again", 600);
    expect(await releaseJobsOfDeadWorkers(t.db, 60)).toEqual({ workers: 1, exhausted: [last] });
    expect([await lockedBy(last), await lockedBy(another)]).toEqual([null, null]);
    await t.db.execute(sql`delete from graphile_worker._private_jobs where key in (${last}, ${another})`);
  });
});

describe("activity", () => {
  it("lists jobs with their state and document, and retries failed ones", async () => {
    const documentId = randomUUID();
    await enqueueForDocument(t.db, "extract_text", documentId);
    const [job] = (await listJobs(t.db, { limit: 100 })).filter((j) => j.documentId === documentId);
    expect(job).toMatchObject({ task: "extract_text", state: "queued", attempts: 0 });

    // What graphile-worker leaves behind after the last attempt failed.
    await t.db.execute(sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'storage down' where id = ${job!.id}::bigint`);
    const failed = await listJobs(t.db, { state: "failed", limit: 10 });
    expect(failed.map((j) => [j.id, j.lastError])).toEqual([[job!.id, "storage down"]]);
    expect((await jobCounts(t.db)).failed).toBe(1);

    expect(await retryJobs(t.db, [job!.id, "999999"])).toBe(1);
    expect((await listJobs(t.db, { state: "failed", limit: 10 })).length).toBe(0);
  });
});
