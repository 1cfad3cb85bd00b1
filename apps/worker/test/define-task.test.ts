// A job that fails on its last attempt marks its document failed with a reason its owner can read; the
// details (SQL, parameters, server paths) go to the worker's log only.
import { randomUUID } from "node:crypto";
import type { JobHelpers } from "graphile-worker";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_DOCUMENTS, getDocument, insertDocument } from "@docscan/db";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { makeObjectKey } from "@docscan/storage";
import { defineTask } from "../src/define-task.ts";
import type { WorkerDeps } from "../src/deps.ts";

describe("defineTask", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("stores a generic reason for an unexpected error on the last attempt, and logs the detail with the job and document", async () => {
    const id = randomUUID();
    await insertDocument(database.db, { id, ownerId: null, filename: "a.pdf", objectKey: makeObjectKey({ owner: null, documentId: id, ext: ".pdf" }), contentType: "application/pdf", size: 1, sha256: "0".repeat(64), storageBackend: "fs" });
    const logged: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, unknown>) });
    // Only the database and the log are used on this path.
    const deps = { db: database.db, log } as unknown as WorkerDeps;
    const task = defineTask(
      "extract_text",
      async () => {
        // A real database error: drizzle's message carries the SQL and its parameters.
        await database.db.execute(sql`select * from no_such_table where path = ${"/tmp/docscan-extract-x/original"}`);
      },
      deps,
    );
    const helpers = { job: { id: "4711", attempts: 3, max_attempts: 3 } } as unknown as JobHelpers;
    await expect(task({ documentId: id }, helpers)).rejects.toThrow(/no_such_table/);

    const doc = await getDocument(database.db, id, ALL_DOCUMENTS);
    expect(doc.status).toBe("failed");
    expect(doc.error).toBe("extract text failed after 3 attempts because of an internal error (the worker's log has the details, job 4711)");
    expect(doc.error).not.toMatch(/select|no_such_table|\/tmp/i);
    const entry = logged.find((l) => l.jobId === "4711");
    expect(entry).toMatchObject({ documentId: id, task: "extract_text", err: { message: expect.stringMatching(/no_such_table/) } });
  });

  it("leaves the document alone on an earlier attempt (it is retried)", async () => {
    const id = randomUUID();
    await insertDocument(database.db, { id, ownerId: null, filename: "a.pdf", objectKey: makeObjectKey({ owner: null, documentId: id, ext: ".pdf" }), contentType: "application/pdf", size: 1, sha256: "0".repeat(64), storageBackend: "fs" });
    const task = defineTask("extract_text", () => Promise.reject(new Error("ECONNRESET")), { db: database.db, log: pino({ level: "silent" }) } as unknown as WorkerDeps);
    await expect(task({ documentId: id }, { job: { id: "1", attempts: 1, max_attempts: 3 } } as unknown as JobHelpers)).rejects.toThrow();
    expect((await getDocument(database.db, id, ALL_DOCUMENTS)).status).toBe("pending");
  });
});
