// Scoped document queries (ADR 0010): one id outside the scope is "document not found" and changes nothing.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS, NotFoundError } from "@docscan/shared";
import {
  addManualTopics,
  ALL_DOCUMENTS,
  deleteDocuments,
  getDocumentPages,
  inProgressCounts,
  insertUser,
  markForReclassification,
  replaceDocumentPages,
} from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

async function newUser(): Promise<string> {
  return (await insertUser(t.db, { email: `${randomUUID()}@example.test`, passwordHash: "not-a-real-hash", role: "member" })).id;
}

/** `n` documents of `ownerId` with text, inserted in one statement; returns their ids. */
async function addDocs(ownerId: string, n: number, status = "done"): Promise<string[]> {
  const rows = await t.db.execute<{ id: string }>(sql`
    insert into documents (id, owner_id, filename, object_key, content_type, size, sha256, storage_backend, status, text)
    select gen_random_uuid(), ${ownerId}, 'doc-' || i || '.pdf', ${ownerId} || '/' || gen_random_uuid(), 'application/pdf', 10, repeat('0', 64), 'fs', ${status}, 'some text'
    from generate_series(1, ${n}) i
    returning id`);
  return rows.map((r) => r.id);
}

const countWhere = async (condition: ReturnType<typeof sql>) =>
  Number((await t.db.execute<{ n: number }>(sql`select count(*)::int as n from documents where ${condition}`))[0]?.n);

describe("scoped document queries", () => {
  it("delete all of a selection or, with one document outside the scope, none", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const [a1, a2] = await addDocs(alice, 2);
    const [b1] = await addDocs(bob, 1);
    await expect(deleteDocuments(t.db, [a1!, b1!], { ownerId: alice })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countWhere(sql`id in (${a1}, ${a2}, ${b1})`)).toBe(3);
    await expect(deleteDocuments(t.db, [a1!, a2!, a1!], { ownerId: alice })).resolves.toHaveLength(2);
    expect(await countWhere(sql`id in (${a1}, ${a2}, ${b1})`)).toBe(1);
  });

  it("count work in progress and mark for reclassification only within the scope", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await addDocs(alice, 2, "pending");
    const [b1] = await addDocs(bob, 3, "pending");
    expect(await inProgressCounts(t.db, { ownerId: alice })).toEqual({ pending: 2, extracting: 0, classifying: 0 });
    expect((await inProgressCounts(t.db, ALL_DOCUMENTS)).pending).toBeGreaterThanOrEqual(5);

    await expect(markForReclassification(t.db, [b1!], { ownerId: alice })).rejects.toBeInstanceOf(NotFoundError);
    await markForReclassification(t.db, null, { ownerId: alice });
    expect(await countWhere(sql`owner_id = ${alice} and status = 'classifying'`)).toBe(2);
    expect(await countWhere(sql`owner_id = ${bob} and status = 'pending'`)).toBe(3);
  });

  it("read pages only within the scope", async () => {
    const alice = await newUser();
    const [doc] = await addDocs(alice, 1);
    await replaceDocumentPages(t.db, doc!, [{ text: "page one", method: "text-layer", ocrConfidence: null }]);
    await expect(getDocumentPages(t.db, doc!, { ownerId: alice })).resolves.toHaveLength(1);
    await expect(getDocumentPages(t.db, doc!, { ownerId: await newUser() })).rejects.toThrow("document not found");
  });

  it("link the largest selection to the most topics in one call", async () => {
    const owner = await newUser();
    const ids = await addDocs(owner, LIMITS.bulkDocumentsMax);
    const topicRows = await t.db.execute<{ id: string }>(sql`insert into topics (name) select 'bulk topic ' || i from generate_series(1, 100) i returning id`);
    const topicIds = topicRows.map((r) => r.id);
    await expect(addManualTopics(t.db, ids, topicIds, { ownerId: owner })).resolves.toEqual({ updated: ids.length });
    const [row] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from document_topics where source = 'manual' and topic_id in (select id from topics where name like 'bulk topic %')`);
    expect(row?.n).toBe(ids.length * topicIds.length);
  });
});
