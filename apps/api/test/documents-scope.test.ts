// Documents are scoped per user (ADR 0010): members see and touch their own, admins all; anything else
// is "document not found". Uploads count against the owner's quota and leave nothing behind when refused.
import { readdirSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceDocumentPages } from "@docscan/db";
import { createHarness, TINY_PDF, uploadForm, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;
let aliceDoc: string;
let bobDoc: string;

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@example.test");
  bob = await h.addUser("bob@example.test");
  aliceDoc = await uploadPdf(alice, "alice-zebracorn.pdf");
  bobDoc = await uploadPdf(bob, "bob-zebracorn.pdf");
  await h.database.db.execute(sql`update documents set text = 'zebracorn ledger' where id in (${aliceDoc}, ${bobDoc})`);
  await replaceDocumentPages(h.database.db, bobDoc, [{ text: "zebracorn ledger", method: "text-layer", ocrConfidence: null }]);
});
afterAll(async () => {
  await h?.close();
});

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return { code: (err as TRPCError).code, message: (err as TRPCError).message };
}
const DOCUMENT_NOT_FOUND = { code: "NOT_FOUND", message: "document not found" };
const FOLDER_NOT_FOUND = { code: "NOT_FOUND", message: "folder not found" };

/** Every file the object store holds (objects and their metadata). */
function storedFiles(): string[] {
  return readdirSync(h.storageRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`)
    .sort();
}

async function documentRow(id: string) {
  const [row] = await h.database.db.execute<{ status: string; folder_id: string | null; topics: number }>(
    sql`select status, folder_id, (select count(*)::int from document_topics where document_id = d.id) as topics from documents d where id = ${id}`,
  );
  return row;
}

async function ownedBy(user: TestUser): Promise<string[]> {
  const rows = await h.database.db.execute<{ id: string }>(sql`select id from documents where owner_id = ${user.user.id} order by id`);
  return rows.map((r) => r.id);
}

describe("another member's document", () => {
  it("is not found through any procedure, and stays unchanged", async () => {
    const { topic } = await h.caller.topics.create({ name: "Ledgers" });
    const before = await documentRow(bobDoc);
    const calls: [string, () => Promise<unknown>][] = [
      ["get", () => alice.caller.documents.get({ id: bobDoc })],
      ["pages", () => alice.caller.documents.pages({ id: bobDoc })],
      ["history", () => alice.caller.documents.history({ id: bobDoc })],
      ["setTopics", () => alice.caller.documents.setTopics({ id: bobDoc, topicIds: [topic.id] })],
      ["reclassify", () => alice.caller.documents.reclassify({ id: bobDoc })],
      ["reextract", () => alice.caller.documents.reextract({ id: bobDoc })],
      ["delete", () => alice.caller.documents.delete({ id: bobDoc })],
    ];
    for (const [name, call] of calls) expect(await failure(call()), name).toEqual(DOCUMENT_NOT_FOUND);
    expect(await documentRow(bobDoc)).toEqual(before);
    // The owner and the admin reach it.
    await expect(bob.caller.documents.pages({ id: bobDoc })).resolves.toHaveLength(1);
    await expect(h.caller.documents.get({ id: bobDoc })).resolves.toMatchObject({ id: bobDoc });
  });

  it("makes a bulk action fail as a whole, leaving the caller's own documents unchanged too", async () => {
    const { topic } = await h.caller.topics.create({ name: "Receipts" });
    const folder = await alice.caller.folders.create({ name: "Mixed" });
    const both = [aliceDoc, bobDoc];
    const before = [await documentRow(aliceDoc), await documentRow(bobDoc)];
    const calls: [string, () => Promise<unknown>][] = [
      ["addTopics", () => alice.caller.documents.addTopics({ ids: both, topicIds: [topic.id] })],
      ["removeTopics", () => alice.caller.documents.removeTopics({ ids: both, topicIds: [topic.id] })],
      ["move", () => alice.caller.documents.move({ ids: both, folderId: folder.id })],
      ["move out", () => alice.caller.documents.move({ ids: both, folderId: null })],
      ["reclassifyMany", () => alice.caller.documents.reclassifyMany({ ids: both })],
      ["deleteMany", () => alice.caller.documents.deleteMany({ ids: both })],
    ];
    for (const [name, call] of calls) expect(await failure(call()), name).toEqual(DOCUMENT_NOT_FOUND);
    expect([await documentRow(aliceDoc), await documentRow(bobDoc)]).toEqual(before);
  });

  it("is not listed, searched or counted", async () => {
    const ids = async (u: TestUser, input: Parameters<Harness["caller"]["documents"]["list"]>[0]) => (await u.caller.documents.list(input)).items.map((d) => d.id).sort();
    expect(await ids(alice, {})).toEqual([aliceDoc]);
    expect(await ids(alice, { q: "zebracorn" })).toEqual([aliceDoc]);
    expect((await alice.caller.documents.list({ q: "zebracorn" })).total).toEqual({ value: 1, exact: true });
    expect(await ids(h.admin, { q: "zebracorn" })).toEqual([aliceDoc, bobDoc].sort());
    // owner=me: an admin's own documents only (a script's duplicate check); a member's view is that already.
    expect(await ids(h.admin, { q: "zebracorn", owner: "me" })).toEqual([]);
    expect(await ids(alice, { q: "zebracorn", owner: "me" })).toEqual([aliceDoc]);
    // owner=<id>: an admin's owner filter; a member naming another owner sees nothing of theirs.
    expect(await ids(h.admin, { q: "zebracorn", owner: bob.user.id })).toEqual([bobDoc]);
    expect(await ids(alice, { q: "zebracorn", owner: bob.user.id })).toEqual([]);

    const progress = async (u: TestUser) => (await u.caller.documents.progress()).pending;
    await h.database.db.execute(sql`update documents set status = 'pending'`);
    expect(await progress(alice)).toBe((await ownedBy(alice)).length);
    expect(await progress(bob)).toBe((await ownedBy(bob)).length);
    expect(await progress(h.admin)).toBe((await progress(alice)) + (await progress(bob)) + (await ownedBy(h.admin)).length);
  });

  it("queues only the caller's own documents when reclassifying everything", async () => {
    await h.database.db.execute(sql`update documents set status = 'done'`);
    await expect(alice.caller.documents.reclassifyMany({ all: true })).resolves.toMatchObject({ queued: 1 });
    expect((await documentRow(aliceDoc))?.status).toBe("classifying");
    expect((await documentRow(bobDoc))?.status).toBe("done");
  });

  it("answers 404 on every REST route, like a document that does not exist", async () => {
    for (const path of ["", "/file", "/thumbnail", "/preview"]) {
      const res = await alice.request(`/api/documents/${bobDoc}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.json(), path).toEqual({ error: "document not found" });
    }
    expect((await alice.request(`/api/documents/${bobDoc}`, { method: "DELETE" })).status).toBe(404);
    // Its owner gets the real answers: the file, no thumbnail yet, no inline preview for a PDF.
    expect((await bob.request(`/api/documents/${bobDoc}/file`)).status).toBe(200);
    expect((await bob.request(`/api/documents/${bobDoc}/thumbnail`)).status).toBe(404);
    expect((await bob.request(`/api/documents/${bobDoc}/preview`)).status).toBe(415);
    const list = (await (await alice.request("/api/documents?q=zebracorn")).json()) as { items: { id: string }[]; total: { value: number } };
    expect(list.items.map((d) => d.id)).toEqual([aliceDoc]);
    expect(list.total.value).toBe(1);
    expect(await ownedBy(bob)).toContain(bobDoc);
  });
});

describe("anonymous callers", () => {
  it("get 401 from every documents procedure and route", async () => {
    expect((await failure(h.anonymous.caller.documents.list({}))).code).toBe("UNAUTHORIZED");
    expect((await failure(h.anonymous.caller.documents.progress())).code).toBe("UNAUTHORIZED");
    expect((await failure(h.anonymous.caller.documents.get({ id: aliceDoc }))).code).toBe("UNAUTHORIZED");
    for (const path of ["", `/${aliceDoc}`, `/${aliceDoc}/file`, `/${aliceDoc}/thumbnail`, `/${aliceDoc}/preview`]) {
      expect((await h.anonymous.request(`/api/documents${path}`)).status, path).toBe(401);
    }
    expect((await h.anonymous.request(`/api/documents/${aliceDoc}`, { method: "DELETE" })).status).toBe(401);
    const files = storedFiles();
    const res = await h.anonymous.request("/api/documents", { method: "POST", body: uploadForm({ name: "x.pdf", bytes: TINY_PDF }) });
    expect(res.status).toBe(401);
    expect(storedFiles()).toEqual(files);
  });
});

describe("topics on documents", () => {
  it("are the global ones and the owner's personal ones, also when an admin sets them", async () => {
    const bobs = await bob.caller.topics.create({ name: "Bob's own" });
    const admins = await h.caller.topics.create({ name: "Admin's own", personal: true });
    expect(await failure(alice.caller.documents.setTopics({ id: aliceDoc, topicIds: [bobs.topic.id] }))).toEqual({ code: "NOT_FOUND", message: "topic not found" });
    expect(await failure(alice.caller.documents.addTopics({ ids: [aliceDoc], topicIds: [bobs.topic.id] }))).toEqual({ code: "NOT_FOUND", message: "topic not found" });
    expect(await failure(h.caller.documents.setTopics({ id: bobDoc, topicIds: [admins.topic.id] }))).toEqual({ code: "NOT_FOUND", message: "topic not found" });
    const set = await h.caller.documents.setTopics({ id: bobDoc, topicIds: [bobs.topic.id] });
    expect(set.topics.map((t) => t.id)).toEqual([bobs.topic.id]);
  });
});

describe("folders", () => {
  it("filter the list to documents filed directly in one of the caller's folders", async () => {
    const folder = await alice.caller.folders.create({ name: "Filed" });
    const inside = await uploadPdf(alice, "inside.pdf");
    await expect(alice.caller.documents.move({ ids: [inside, inside], folderId: folder.id })).resolves.toEqual({ moved: 1 });
    const listed = await alice.caller.documents.list({ folder: folder.id });
    expect(listed.items.map((d) => d.id)).toEqual([inside]);
    expect(listed.total).toEqual({ value: 1, exact: true });
    expect((await alice.caller.documents.list({ folder: folder.id, q: "inside" })).items.map((d) => d.id)).toEqual([inside]);

    const bobsFolder = await bob.caller.folders.create({ name: "Bob's" });
    expect(await failure(alice.caller.documents.list({ folder: bobsFolder.id }))).toEqual(FOLDER_NOT_FOUND);
    expect(await failure(h.caller.documents.list({ folder: folder.id }))).toEqual(FOLDER_NOT_FOUND);
    expect((await alice.request(`/api/documents?folder=${bobsFolder.id}`)).status).toBe(404);
    expect((await alice.request(`/api/documents?folder=${folder.id}`)).status).toBe(200);
  });

  it("take only their owner's documents: others' folders and others' documents are not found", async () => {
    const mine = await alice.caller.folders.create({ name: "Mine" });
    const bobsFolder = await bob.caller.folders.create({ name: "Bob's box" });
    const adminsFolder = await h.caller.folders.create({ name: "Admin's box" });
    expect(await failure(alice.caller.documents.move({ ids: [aliceDoc], folderId: bobsFolder.id }))).toEqual(FOLDER_NOT_FOUND);
    // An admin sees Bob's document, but cannot file it in the admin's own folder (and is told why), nor in Bob's.
    expect(await failure(h.caller.documents.move({ ids: [bobDoc], folderId: adminsFolder.id }))).toEqual({
      code: "BAD_REQUEST",
      message: "your folders hold only your own documents: leave other users' documents out of the selection",
    });
    // A document that does not exist at all is still just not found.
    expect(await failure(h.caller.documents.move({ ids: [bobDoc, "00000000-0000-4000-8000-000000000000"], folderId: adminsFolder.id }))).toEqual(DOCUMENT_NOT_FOUND);
    expect(await failure(h.caller.documents.move({ ids: [bobDoc], folderId: bobsFolder.id }))).toEqual(FOLDER_NOT_FOUND);
    expect((await documentRow(aliceDoc))?.folder_id).toBeNull();
    expect((await documentRow(bobDoc))?.folder_id).toBeNull();

    await alice.caller.documents.move({ ids: [aliceDoc], folderId: mine.id });
    expect((await documentRow(aliceDoc))?.folder_id).toBe(mine.id);
    await expect(alice.caller.documents.move({ ids: [aliceDoc], folderId: null })).resolves.toEqual({ moved: 1 });
    expect((await documentRow(aliceDoc))?.folder_id).toBeNull();
  });

  it("receive uploads with ?folder= (the caller's own only)", async () => {
    const folder = await alice.caller.folders.create({ name: "Inbox" });
    const res = await alice.request(`/api/documents?folder=${folder.id}`, { method: "POST", body: uploadForm({ name: "filed.pdf", bytes: TINY_PDF }) });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
    expect((await documentRow(id))?.folder_id).toBe(folder.id);

    const bobsFolder = await bob.caller.folders.create({ name: "Bob's inbox" });
    const files = storedFiles();
    const rows = await ownedBy(alice);
    const refused = await alice.request(`/api/documents?folder=${bobsFolder.id}`, { method: "POST", body: uploadForm({ name: "x.pdf", bytes: TINY_PDF }) });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: "folder not found" });
    expect((await alice.request("/api/documents?folder=nope", { method: "POST", body: uploadForm({ name: "x.pdf", bytes: TINY_PDF }) })).status).toBe(400);
    expect(storedFiles()).toEqual(files);
    expect(await ownedBy(alice)).toEqual(rows);
  });
});

describe("quotas", () => {
  async function setQuota(user: TestUser, quota: { bytes?: number | null; documents?: number | null }) {
    await h.database.db.execute(sql`update users set quota_bytes = ${quota.bytes ?? null}, quota_documents = ${quota.documents ?? null} where id = ${user.user.id}`);
  }
  const upload = (user: TestUser, ...files: { name: string; bytes: Buffer }[]) => user.request("/api/documents", { method: "POST", body: uploadForm(...files) });

  it("refuse an upload over the storage quota, storing nothing", async () => {
    const carol = await h.addUser("carol@example.test");
    await uploadPdf(carol, "first.pdf");
    await setQuota(carol, { bytes: TINY_PDF.length + 10 });
    const files = storedFiles();
    const res = await upload(carol, { name: "x.pdf", bytes: TINY_PDF });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: `"x.pdf" would exceed your storage quota (${TINY_PDF.length} bytes of ${TINY_PDF.length + 10} bytes used)` });
    expect(storedFiles()).toEqual(files);
    expect(await ownedBy(carol)).toHaveLength(1);
    // Within the quota again, uploads go through.
    await setQuota(carol, { bytes: 2 * TINY_PDF.length });
    expect((await upload(carol, { name: "fits.pdf", bytes: TINY_PDF })).status).toBe(201);
  });

  it("refuse an upload before reading it when the quota is used up, and stop reading one that outgrows the room left", async () => {
    const gail = await h.addUser("gail@example.test");
    await setQuota(gail, { documents: 0 });
    const full = await upload(gail, { name: "any.pdf", bytes: TINY_PDF });
    expect(full.status).toBe(413);
    expect(await full.json()).toEqual({ error: "your quota of 0 documents is used up" });
    await setQuota(gail, { bytes: 100 * 1024 });
    const large = Buffer.concat([TINY_PDF, Buffer.alloc(500 * 1024, 32)]);
    const files = storedFiles();
    const res = await upload(gail, { name: "too-big.pdf", bytes: large });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: `"too-big.pdf" would exceed your storage quota (0 bytes of 100 KB used)` });
    expect(storedFiles()).toEqual(files);
  });

  it("refuse a request whose files together exceed the document quota, storing none of them", async () => {
    const dave = await h.addUser("dave@example.test");
    await setQuota(dave, { documents: 1 });
    const files = storedFiles();
    const res = await upload(dave, { name: "a.pdf", bytes: TINY_PDF }, { name: "b.pdf", bytes: TINY_PDF });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: `"b.pdf" would exceed your quota of 1 document (0 stored)` });
    expect(storedFiles()).toEqual(files);
    expect(await ownedBy(dave)).toEqual([]);
    await expect(dave.caller.documents.list({})).resolves.toMatchObject({ total: { value: 0, exact: true } });
  });

  it("are checked again with the user locked, so a concurrent upload cannot overshoot", async () => {
    const erin = await h.addUser("erin@example.test");
    await setQuota(erin, { documents: 1 });
    const files = storedFiles();
    // Hold erin's row as a concurrent upload would while it commits, and let that upload use the last slot.
    let pending: Promise<Response> | undefined;
    await h.database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from users where id = ${erin.user.id} for update`);
      pending = upload(erin, { name: "late.pdf", bytes: TINY_PDF });
      await waitForLockWait();
      // The upload has passed the first check and stored its bytes, and now waits for the row.
      expect(storedFiles().length).toBeGreaterThan(files.length);
      await tx.execute(sql`update users set used_documents = 1 where id = ${erin.user.id}`);
    });
    const outcome = await pending!;
    expect(outcome.status).toBe(413);
    expect(((await outcome.json()) as { error: string }).error).toMatch(/"late.pdf" would exceed your quota of 1 document \(1 stored\)/);
    expect(storedFiles()).toEqual(files);
    expect(await ownedBy(erin)).toEqual([]);
  });

  it("let exactly one of two racing uploads take the last slot", async () => {
    const gus = await h.addUser("gus@example.test");
    await setQuota(gus, { documents: 1 });
    const files = storedFiles();
    const outcomes = await Promise.all([upload(gus, { name: "left.pdf", bytes: TINY_PDF }), upload(gus, { name: "right.pdf", bytes: Buffer.concat([TINY_PDF, Buffer.from("\n")]) })]);
    expect(outcomes.map((r) => r.status).sort()).toEqual([201, 413]);
    expect(await ownedBy(gus)).toHaveLength(1);
    // One object kept (the fs store writes a ~meta.json beside it), the refused one removed.
    expect(storedFiles().filter((f) => !files.includes(f) && !f.endsWith("~meta.json"))).toHaveLength(1);
    await expect(gus.caller.auth.status()).resolves.toMatchObject({ user: { usedDocuments: 1 } });
  });

  it("hold for a quota an admin sets while the upload is in flight", async () => {
    const fay = await h.addUser("fay@example.test");
    const files = storedFiles();
    let pending: Promise<Response> | undefined;
    await h.database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from users where id = ${fay.user.id} for update`);
      pending = upload(fay, { name: "unlimited.pdf", bytes: TINY_PDF }); // no quota when it starts
      await waitForLockWait();
      await tx.execute(sql`update users set quota_documents = 0 where id = ${fay.user.id}`);
    });
    const outcome = await pending!;
    expect(outcome.status).toBe(413);
    expect(((await outcome.json()) as { error: string }).error).toBe(`"unlimited.pdf" would exceed your quota of 0 documents (0 stored)`);
    expect(storedFiles()).toEqual(files);
    expect(await ownedBy(fay)).toEqual([]);
    await expect(fay.caller.auth.status()).resolves.toMatchObject({ user: { usedDocuments: 0 } });
  });
});

/** Waits until some session of the test database is blocked on a row lock. */
async function waitForLockWait(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const rows = await h.database.db.execute(sql`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if (rows.length > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the upload never waited for the user's row");
}
