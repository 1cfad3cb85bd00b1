// The trash (ADR 0021): a delete moves documents there, hidden from lists, search, review, counts and
// topic counts but with their row, topics, folder, text and bytes kept; restoring brings all of it back;
// `permanent` deletes for good (from the trash too). Members see their own trash, admins everyone's.
import { readdirSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@docscan/db/schema";
import { loadDocument, type DocumentedCheck } from "./documented.ts";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;
let api: DocumentedCheck;

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@example.test");
  bob = await h.addUser("bob@example.test");
  api = await loadDocument(h.app);
});
afterAll(async () => {
  await h?.close();
});

function storedFiles(): string[] {
  return readdirSync(h.storageRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`);
}

/** A done document of `user` with text, one topic and a folder. */
async function filedDocument(user: TestUser, name: string) {
  const id = await uploadPdf(user, name);
  await h.database.db.execute(sql`update documents set text = 'quokka expense report', status = 'done' where id = ${id}`);
  const folder = await user.caller.folders.create({ name: `Folder of ${name}` });
  await user.caller.documents.move({ ids: [id], folderId: folder.id });
  const { topic } = await user.caller.topics.create({ name: `Topic of ${name}`, personal: true });
  await user.caller.documents.setTopics({ id, topicIds: [topic.id] });
  return { id, folderId: folder.id, topicId: topic.id };
}

const listed = async (user: TestUser, q?: string) => (await user.caller.documents.list(q ? { q } : {})).items.map((d) => d.id);
const trashIds = async (user: TestUser) => (await user.caller.documents.trash()).items.map((d) => d.id);

describe("deleting a document", () => {
  it("moves it to the trash: gone from lists, search and counts, restorable with its topics, folder and text", async () => {
    const doc = await filedDocument(alice, "quokka.pdf");
    const filesBefore = storedFiles().length;
    const quotaUse = async () => [...(await h.database.db.execute(sql`select used_documents, used_bytes from users where id = ${alice.user.id}`))];
    const usageBefore = await quotaUse();

    await alice.caller.documents.delete({ id: doc.id });
    expect(await listed(alice)).not.toContain(doc.id);
    expect(await listed(alice, "quokka")).not.toContain(doc.id);
    expect((await alice.caller.topics.list()).find((t) => t.id === doc.topicId)?.documentCount).toBe(0);
    expect((await alice.caller.folders.list()).find((f) => f.id === doc.folderId)?.documentCount).toBe(0);
    await expect(alice.caller.documents.get({ id: doc.id })).rejects.toThrow("document not found");
    // The bytes stay, and so does the quota they take (emptying the trash frees it).
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(await quotaUse()).toEqual(usageBefore);

    const trash = await alice.caller.documents.trash();
    const item = trash.items.find((d) => d.id === doc.id)!;
    expect(item.trashedBy).toBe(alice.user.id);
    expect(item.purgeAt.getTime() - item.trashedAt.getTime()).toBe(30 * 86_400_000);
    // Others' trash stays theirs; admins see everyone's.
    expect(await trashIds(bob)).not.toContain(doc.id);
    expect(await trashIds(h.admin)).toContain(doc.id);
    await expect(bob.caller.documents.restore({ ids: [doc.id] })).rejects.toThrow("document not found");

    await alice.caller.documents.restore({ ids: [doc.id] });
    const back = await alice.caller.documents.get({ id: doc.id });
    expect({ folderId: back.folderId, topics: back.topics.map((t) => t.id), text: back.text, trashedAt: back.trashedAt }).toEqual({
      folderId: doc.folderId,
      topics: [doc.topicId],
      text: "quokka expense report",
      trashedAt: null,
    });
    expect(await listed(alice, "quokka")).toContain(doc.id);
    expect(await trashIds(alice)).not.toContain(doc.id);
  });

  it("refuses to restore what is not in the trash, and to trash twice", async () => {
    const id = await uploadPdf(alice, "twice.pdf");
    const failure = await alice.caller.documents.restore({ ids: [id] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TRPCError);
    expect((failure as TRPCError).code).toBe("NOT_FOUND");
    await alice.caller.documents.deleteMany({ ids: [id] });
    await expect(alice.caller.documents.delete({ id })).rejects.toThrow("document not found");
  });

  it("for good (permanent) removes the row and the bytes, from the list or from the trash", async () => {
    // REST: DELETE means "to the trash"; ?permanent=true deletes for good.
    const viaRest = await uploadPdf(bob, "rest.pdf");
    expect((await bob.request(`/api/documents/${viaRest}`, { method: "DELETE" })).status).toBe(204);
    expect(await trashIds(bob)).toContain(viaRest);
    expect((await bob.request(`/api/documents/${viaRest}?permanent=maybe`, { method: "DELETE" })).status).toBe(400);
    expect((await bob.request(`/api/documents/${viaRest}?permanent=true`, { method: "DELETE" })).status).toBe(204);
    expect(await trashIds(bob)).not.toContain(viaRest);

    const live = await uploadPdf(bob, "live.pdf");
    const inTrash = await uploadPdf(bob, "in-trash.pdf");
    await bob.caller.documents.delete({ id: inTrash });
    const files = storedFiles().length;
    await bob.caller.documents.delete({ id: live, permanent: true });
    await bob.caller.documents.deleteMany({ ids: [inTrash], permanent: true });
    const rows = await h.database.db.execute(sql`select id from documents where id in (${live}, ${inTrash})`);
    expect([...rows]).toEqual([]);
    expect(storedFiles().length).toBeLessThan(files);
  });

  it("queues a document trashed before the worker read it again when it is restored", async () => {
    const id = await uploadPdf(alice, "queued.pdf");
    await alice.caller.documents.delete({ id });
    await h.database.db.execute(sql`delete from graphile_worker._private_jobs`);
    await alice.caller.documents.restore({ ids: [id] });
    const jobs = await h.database.db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker._private_jobs where payload->>'documentId' = ${id}`);
    expect(jobs[0]!.n).toBe(1);
  });
});

describe("the trash over REST", () => {
  type Trash = { trashDays: number; items: { id: string; ownerId: string; trashedBy: string; folderId: string | null; trashedAt: string; purgeAt: string }[] };
  const trashOf = async (user: { request: TestUser["request"] }) => {
    const res = await user.request("/api/trash");
    expect(res.status).toBe(200);
    return (await api.check("GET /api/trash", res)) as Trash;
  };
  const restore = async (user: { request: TestUser["request"] }, id: string) => {
    const res = await user.request(`/api/documents/${id}/restore`, { method: "POST" });
    await api.check("POST /api/documents/:id/restore", res);
    return res;
  };

  it("GET /api/trash lists the caller's trash (admins: everyone's); POST .../restore brings a document back, audited", async () => {
    const doc = await filedDocument(alice, "wombat.pdf");
    expect((await alice.request(`/api/documents/${doc.id}`, { method: "DELETE" })).status).toBe(204);

    const mine = await trashOf(alice);
    const item = mine.items.find((d) => d.id === doc.id)!;
    expect(item).toMatchObject({ ownerId: alice.user.id, trashedBy: alice.user.id, folderId: doc.folderId });
    expect(Date.parse(item.purgeAt) - Date.parse(item.trashedAt)).toBe(mine.trashDays * 86_400_000);
    expect((await trashOf(bob)).items.map((d) => d.id)).not.toContain(doc.id);
    expect((await trashOf(h.admin)).items.map((d) => d.id)).toContain(doc.id);
    expect((await h.anonymous.request("/api/trash")).status).toBe(401);

    // Someone else's trashed document is "not found", as in tRPC; it stays in the trash.
    const refused = await restore(bob, doc.id);
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([404, "document not found"]);
    expect(await trashIds(alice)).toContain(doc.id);

    const restored = await restore(alice, doc.id);
    expect([restored.status, await restored.json()]).toEqual([200, { restored: 1 }]);
    const back = await alice.caller.documents.get({ id: doc.id });
    expect({ folderId: back.folderId, topics: back.topics.map((t) => t.id), trashedAt: back.trashedAt }).toEqual({ folderId: doc.folderId, topics: [doc.topicId], trashedAt: null });
    const [entry] = await h.database.db.select().from(auditLog).where(eq(auditLog.objectId, doc.id)).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: "document.restore", actorId: alice.user.id, tokenId: expect.any(String) });
    // Not in the trash (any more): 404; a malformed id: 400.
    expect((await restore(alice, doc.id)).status).toBe(404);
    expect((await restore(alice, "not-a-uuid")).status).toBe(400);
  });

  it("an admin restores a member's document", async () => {
    const id = await uploadPdf(bob, "admin-restores.pdf");
    await bob.caller.documents.delete({ id });
    expect((await restore(h.admin, id)).status).toBe(200);
    expect(await trashIds(bob)).not.toContain(id);
  });
});
