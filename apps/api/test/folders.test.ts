import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDocument } from "@docscan/db";
import { documents } from "@docscan/db/schema";
import { LIMITS } from "@docscan/shared";
import { createHarness, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@example.test");
  bob = await h.addUser("bob@example.test");
});
afterAll(async () => {
  await h?.close();
});

/** A document of `owner` filed in `folderId` (stored directly: filing is the documents router's business). */
async function fileDocument(owner: TestUser, folderId: string | null): Promise<string> {
  const id = randomUUID();
  await insertDocument(h.deps.db, {
    id,
    ownerId: owner.user.id,
    folderId,
    filename: "doc.pdf",
    objectKey: `test/${id}.pdf`,
    contentType: "application/pdf",
    size: 10,
    sha256: "0".repeat(64),
    storageBackend: "fs",
  });
  return id;
}

async function folderOf(documentId: string): Promise<string | null> {
  const [row] = await h.deps.db.select({ folderId: documents.folderId }).from(documents).where(eq(documents.id, documentId));
  return row!.folderId;
}

describe("folders", () => {
  it("creates a tree and lists it flat with parents and direct document counts", async () => {
    const work = await alice.caller.folders.create({ name: "  Work " });
    expect(work).toMatchObject({ name: "Work", parentId: null, ownerId: alice.user.id });
    const invoices = await alice.caller.folders.create({ name: "Invoices", parentId: work.id });
    const home = await alice.caller.folders.create({ name: "home", parentId: null });
    await fileDocument(alice, invoices.id);
    await fileDocument(alice, invoices.id);
    await fileDocument(alice, work.id);
    await fileDocument(alice, null);

    const list = await alice.caller.folders.list();
    expect(list.map((f) => ({ name: f.name, parentId: f.parentId, documentCount: f.documentCount }))).toEqual([
      { name: "home", parentId: null, documentCount: 0 },
      { name: "Invoices", parentId: work.id, documentCount: 2 },
      { name: "Work", parentId: null, documentCount: 1 },
    ]);
    expect(list.map((f) => f.id)).toEqual([home.id, invoices.id, work.id]);
    // Folders are personal: nobody else sees them, admins included.
    expect(await bob.caller.folders.list()).toEqual([]);
    expect(await h.caller.folders.list()).toEqual([]);
  });

  it("refuses a duplicate name under the same parent (any case), allows it elsewhere", async () => {
    const parent = await bob.caller.folders.create({ name: "Taxes" });
    await bob.caller.folders.create({ name: "2024", parentId: parent.id });
    await expect(bob.caller.folders.create({ name: "TAXES" })).rejects.toMatchObject({ code: "CONFLICT", message: 'a folder named "TAXES" already exists here' });
    await expect(bob.caller.folders.create({ name: "2024", parentId: parent.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(bob.caller.folders.create({ name: "2024" })).resolves.toMatchObject({ parentId: null });
    // Another user's names do not clash.
    await expect(alice.caller.folders.create({ name: "Taxes" })).resolves.toMatchObject({ ownerId: alice.user.id });
  });

  it("renames, refusing a sibling's name but allowing a change of case", async () => {
    const a = await bob.caller.folders.create({ name: "Letters" });
    await bob.caller.folders.create({ name: "Receipts" });
    await expect(bob.caller.folders.rename({ id: a.id, name: "receipts" })).rejects.toMatchObject({ code: "CONFLICT", message: 'a folder named "receipts" already exists here' });
    expect(await bob.caller.folders.rename({ id: a.id, name: "LETTERS" })).toMatchObject({ id: a.id, name: "LETTERS" });
    expect(await bob.caller.folders.rename({ id: a.id, name: "Post" })).toMatchObject({ name: "Post" });
    await expect(bob.caller.folders.rename({ id: a.id, name: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(bob.caller.folders.rename({ id: a.id, name: "x".repeat(LIMITS.folderNameMax + 1) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("deletes a folder with its subfolders and unfiles their documents", async () => {
    const top = await alice.caller.folders.create({ name: "Archive" });
    const mid = await alice.caller.folders.create({ name: "Old", parentId: top.id });
    const leaf = await alice.caller.folders.create({ name: "Older", parentId: mid.id });
    const keep = await alice.caller.folders.create({ name: "Keep" });
    const inTop = await fileDocument(alice, top.id);
    const inLeaf = await fileDocument(alice, leaf.id);
    const inLeaf2 = await fileDocument(alice, leaf.id);
    const inKeep = await fileDocument(alice, keep.id);

    expect(await alice.caller.folders.delete({ id: mid.id })).toEqual({ unfiledDocuments: 2 });
    expect(await folderOf(inLeaf)).toBeNull();
    expect(await folderOf(inLeaf2)).toBeNull();
    expect(await folderOf(inTop)).toBe(top.id);
    const ids = (await alice.caller.folders.list()).map((f) => f.id);
    expect(ids).toContain(top.id);
    expect(ids).not.toContain(mid.id);
    expect(ids).not.toContain(leaf.id);

    expect(await alice.caller.folders.delete({ id: top.id })).toEqual({ unfiledDocuments: 1 });
    expect(await folderOf(inTop)).toBeNull();
    expect(await folderOf(inKeep)).toBe(keep.id);
    await expect(alice.caller.folders.delete({ id: top.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "folder not found" });
  });

  it("someone else's folder is 'folder not found', exactly like a missing one", async () => {
    const mine = await alice.caller.folders.create({ name: "Private" });
    const doc = await fileDocument(alice, mine.id);
    for (const id of [mine.id, randomUUID()]) {
      await expect(bob.caller.folders.rename({ id, name: "Mine now" })).rejects.toMatchObject({ code: "NOT_FOUND", message: "folder not found" });
      await expect(bob.caller.folders.delete({ id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "folder not found" });
      await expect(bob.caller.folders.create({ name: "Inside", parentId: id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "folder not found" });
      // Admins too: folders are personal.
      await expect(h.caller.folders.delete({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await alice.caller.folders.list()).find((f) => f.id === mine.id)).toMatchObject({ name: "Private", documentCount: 1 });
    expect(await folderOf(doc)).toBe(mine.id);
    await expect(bob.caller.folders.delete({ id: "not-a-uuid" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it(`nests at most ${LIMITS.folderDepthMax} levels deep`, async () => {
    let parentId: string | null = null;
    for (let depth = 1; depth <= LIMITS.folderDepthMax; depth++) {
      const f: { id: string } = await bob.caller.folders.create({ name: `level ${depth}`, parentId });
      parentId = f.id;
    }
    await expect(bob.caller.folders.create({ name: "too deep", parentId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `folders nest at most ${LIMITS.folderDepthMax} levels deep`,
    });
  });

  it("needs a signed-in user", async () => {
    await expect(h.anonymous.caller.folders.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(h.anonymous.caller.folders.create({ name: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await h.anonymous.request("/trpc/folders.list")).status).toBe(401);
  });
});
