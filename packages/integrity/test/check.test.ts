// The integrity check against planted faults, on real Postgres (with graphile-worker's queue) and the local store.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createObjectStore, makeObjectKey, type ObjectStore } from "@docscan/storage";
import { readLastCheck, runCheck, saveLastCheck } from "../src/index.ts";

let database: TestDatabase;
let store: ObjectStore;
const root = mkdtempSync(join(tmpdir(), "docscan-check-test-"));

beforeAll(async () => {
  database = await createTestDatabase();
  store = createObjectStore({ backend: "fs", root, signingSecret: "check-test-signing-secret", publicBaseUrl: "http://localhost:3000" });
  await store.ensureReady();
});
afterAll(async () => {
  await database?.drop();
  rmSync(root, { recursive: true, force: true });
});

const put = (key: string, bytes: Buffer) => store.put(key, Readable.from([bytes]), bytes.length, "text/plain");

async function document(owner: string, text: string, extra: { status?: string; thumbnail?: boolean; minutesAgo?: number } = {}): Promise<{ id: string; key: string; thumbnailKey: string | null }> {
  const id = randomUUID();
  const key = makeObjectKey({ owner, documentId: id, ext: ".txt" });
  const bytes = Buffer.from(text);
  await put(key, bytes);
  const thumbnailKey = extra.thumbnail ? makeObjectKey({ owner, documentId: id, ext: ".png" }) : null;
  if (thumbnailKey) await put(thumbnailKey, Buffer.from("png"));
  await database.db.execute(sql`
    insert into documents (id, owner_id, filename, object_key, content_type, size, sha256, storage_backend, status, text, thumbnail_key, updated_at)
    values (${id}, ${owner}, 'a.txt', ${key}, 'text/plain', ${bytes.length}, ${createHash("sha256").update(bytes).digest("hex")}, 'fs',
            ${extra.status ?? "done"}, ${extra.status && extra.status !== "done" ? null : text}, ${thumbnailKey}, now() - make_interval(mins => ${extra.minutesAgo ?? 0}))`);
  return { id, key, thumbnailKey };
}

describe("check", () => {
  it("finds each planted fault, repairs what is safe to repair, and never deletes a row whose original is gone", async () => {
    const [user] = (await database.db.execute(sql`insert into users (email, password_hash) values ('check@example.test', 'x') returning id`)) as unknown as { id: string }[];
    const owner = user!.id;
    const healthy = [];
    for (let i = 0; i < 25; i++) healthy.push(await document(owner, `healthy document ${i}`));
    const deleted = await document(owner, "its object will be deleted");
    await store.delete(deleted.key);
    const damaged = await document(owner, "its object will be changed");
    await store.delete(damaged.key);
    await put(damaged.key, Buffer.from("its object WILL be changed"));
    const thumbless = await document(owner, "its thumbnail will be deleted", { thumbnail: true });
    await store.delete(thumbless.thumbnailKey!);
    const stuck = await document(owner, "stuck mid-pipeline", { status: "extracting", minutesAgo: 120 });
    const queued = await document(owner, "waiting in the queue", { status: "pending", minutesAgo: 120 });
    await database.db.execute(sql`select graphile_worker.add_job('extract_text', json_build_object('documentId', ${queued.id}::text), job_key => ${`extract_text:${queued.id}`})`);
    await document(owner, "just uploaded", { status: "pending" });
    // In the trash mid-pipeline: the worker skips it on purpose (restoring queues it again), so it is not stuck; its bytes are still checked.
    const trashed = await document(owner, "trashed mid-pipeline", { status: "extracting", minutesAgo: 120 });
    await database.db.execute(sql`update documents set trashed_at = now() where id = ${trashed.id}`);
    const orphanKey = makeObjectKey({ owner, documentId: randomUUID(), ext: ".pdf" });
    await put(orphanKey, Buffer.from("%PDF- an upload whose row never committed"));
    await database.db.execute(sql`update users set used_bytes = used_bytes + 1000, used_documents = used_documents - 1 where id = ${owner}`);

    const found = await runCheck({ db: database.db, store }, { repair: false, orphanGraceMs: 0 });
    expect(found.ok).toBe(false);
    expect(found.documents).toBe(32);
    expect(found.originalsChecked).toBe(32);
    expect(found.missingOriginals.items.map((i) => i.id)).toEqual([deleted.id]);
    expect(found.damagedOriginals.items.map((i) => i.id)).toEqual([damaged.id]);
    expect(found.missingThumbnails.items.map((i) => i.id)).toEqual([thumbless.id]);
    expect(found.orphans.items.map((i) => i.id)).toEqual([orphanKey]);
    expect(found.stuckDocuments.items.map((i) => i.id)).toEqual([stuck.id]); // not the queued one, nor the young one
    expect(found.counters.items.map((i) => i.id)).toEqual([owner]);
    expect(found.counters.items[0]!.detail).toMatch(/^counts 31 documents, \d+ bytes; really 32, \d+$/);
    expect([found.missingOriginals, found.orphans, found.stuckDocuments, found.counters].every((s) => s.repaired === 0)).toBe(true);

    const repaired = await runCheck({ db: database.db, store }, { repair: true, orphanGraceMs: 0 });
    expect(repaired.orphans.repaired).toBe(1);
    expect(repaired.stuckDocuments.repaired).toBe(1);
    expect(repaired.counters.repaired).toBe(1);
    expect(repaired.missingThumbnails.repaired).toBe(1);
    expect(repaired.missingOriginals.repaired).toBe(0);
    expect(repaired.unrepaired).toEqual([
      "1 original(s) missing from storage: restore them from an export (the rows are kept)",
      "1 original(s) differ from their recorded size or SHA-256: restore them from an export",
    ]);
    expect(await store.head(orphanKey)).toBeNull();
    const [jobs] = (await database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs where key = ${`extract_text:${stuck.id}`}`)) as unknown as { n: number }[];
    expect(jobs!.n).toBe(1);
    const [counter] = (await database.db.execute(sql`select used_documents, used_bytes::int from users where id = ${owner}`)) as unknown as { used_documents: number; used_bytes: number }[];
    const [real] = (await database.db.execute(sql`select count(*)::int as n, sum(size)::int as bytes from documents where owner_id = ${owner}`)) as unknown as { n: number; bytes: number }[];
    expect(counter).toEqual({ used_documents: real!.n, used_bytes: real!.bytes });
    const [row] = (await database.db.execute(sql`select count(*)::int as n from documents where id = ${deleted.id}`)) as unknown as { n: number }[];
    expect(row!.n).toBe(1);

    // Afterwards only the originals that are gone or changed remain.
    const after = await runCheck({ db: database.db, store }, { repair: false, orphanGraceMs: 0 });
    expect([after.orphans.found, after.stuckDocuments.found, after.counters.found, after.missingThumbnails.found]).toEqual([0, 0, 0, 0]);
    expect([after.missingOriginals.found, after.damagedOriginals.found]).toEqual([1, 1]);

    // A sample checks that many originals; the last report is kept for the dashboard.
    const sample = await runCheck({ db: database.db, store }, { repair: false, sample: 5 });
    expect(sample.originalsChecked).toBe(5);
    expect(sample.sampled).toBe(true);
    await saveLastCheck(database.db, sample);
    expect(await readLastCheck(database.db)).toEqual(sample);
  });

  it("removes no orphan when the documents table is empty (a wrong DATABASE_URL)", async () => {
    const empty = await createTestDatabase();
    try {
      const report = await runCheck({ db: empty.db, store }, { repair: true, orphanGraceMs: 0 });
      expect(report.orphans.found).toBeGreaterThan(20);
      expect(report.orphans.repaired).toBe(0);
      expect(report.unrepaired.join("\n")).toMatch(/orphans not removed: the documents table is empty/);
    } finally {
      await empty.drop();
    }
  });
});
