// Saved views (issue 16, ADR 0031): a view is exactly a documents.list input, names are unique per owner,
// only admins share, a shared view is read-only for everyone but its owner, every change is audited, and
// the dashboard's count of a view is the list's own capped count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@docscan/db";
import { VIEW_LIMITS } from "@docscan/shared/views";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("views-alice@example.test");
  bob = await h.addUser("views-bob@example.test");
});
afterAll(async () => {
  await h?.close();
});

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (err) {
    return `${(err as { code?: string }).code}: ${(err as Error).message}`;
  }
}

describe("views over tRPC", () => {
  it("saves the list input (without cursor and page), lists it back as one, renames, refilters, unpins and deletes it — one audit entry each", async () => {
    const created = await alice.caller.views.create({ name: "  Failed uploads ", filters: { status: "failed", sort: "oldest", perPage: 50, cursor: "abc", createdFrom: new Date("2026-01-01T00:00:00Z") } });
    expect(created.name).toBe("Failed uploads");
    const [listed] = (await alice.caller.views.list()).filter((v) => v.id === created.id);
    expect(listed).toMatchObject({ name: "Failed uploads", pinned: true, shared: false, mine: true, ownerEmail: alice.user.email });
    expect(listed!.filters).toEqual({ status: "failed", sort: "oldest", perPage: 50, createdFrom: new Date("2026-01-01T00:00:00Z") });

    await alice.caller.views.rename({ id: created.id, name: "Failures" });
    await alice.caller.views.update({ id: created.id, filters: { q: "invoice" }, pinned: false });
    const [after] = (await alice.caller.views.list()).filter((v) => v.id === created.id);
    expect(after).toMatchObject({ name: "Failures", pinned: false, filters: { q: "invoice", perPage: 25 } });
    await alice.caller.views.delete({ id: created.id });
    expect((await alice.caller.views.list()).map((v) => v.id)).not.toContain(created.id);

    const audit = await listAuditEntries(h.database.db, { limit: 20, objectId: created.id });
    expect(audit.items.map((e) => [e.action, e.actorId, e.objectType]).reverse()).toEqual([
      ["view.create", alice.user.id, "view"],
      ["view.rename", alice.user.id, "view"],
      ["view.update", alice.user.id, "view"],
      ["view.delete", alice.user.id, "view"],
    ]);
  });

  it("refuses what the list would refuse, a second view of the same name (any case), and a blank name — as 4xx", async () => {
    expect(await refusal(alice.caller.views.create({ name: "Bad", filters: { sort: "relevance" } }))).toMatch(/^BAD_REQUEST: [\s\S]*sort=relevance needs a search query/);
    expect(await refusal(alice.caller.views.create({ name: "Bad", filters: { topic: "not-a-uuid" } }))).toMatch(/^BAD_REQUEST: [\s\S]*malformed id/);
    expect(await refusal(alice.caller.views.create({ name: "   ", filters: {} }))).toMatch(/^BAD_REQUEST: [\s\S]*name the view/);
    expect(await refusal(alice.caller.views.create({ name: "x".repeat(VIEW_LIMITS.nameMax + 1), filters: {} }))).toMatch(/^BAD_REQUEST/);
    await alice.caller.views.create({ name: "Receipts", filters: {} });
    expect(await refusal(alice.caller.views.create({ name: "RECEIPTS", filters: {} }))).toBe('CONFLICT: you already have a view named "RECEIPTS"');
    const other = await alice.caller.views.create({ name: "Other", filters: {} });
    expect(await refusal(alice.caller.views.rename({ id: other.id, name: "receipts" }))).toBe('CONFLICT: you already have a view named "receipts"');
    // Another owner may use the name.
    expect((await bob.caller.views.create({ name: "Receipts", filters: {} })).name).toBe("Receipts");
  });

  it("a member sees own and shared views, changes only own; only admins share, and never a folder's view", async () => {
    const mine = await bob.caller.views.create({ name: "Bob's own", filters: {} });
    expect(await refusal(bob.caller.views.share({ id: mine.id, shared: true }))).toBe("FORBIDDEN: only admins can share views");
    expect(await refusal(alice.caller.views.rename({ id: mine.id, name: "taken over" }))).toBe("NOT_FOUND: view not found");

    const team = await h.caller.views.create({ name: "Team: waiting", filters: { status: "classifying" } });
    expect((await alice.caller.views.list()).map((v) => v.id)).not.toContain(team.id);
    await h.caller.views.share({ id: team.id, shared: true });
    const seen = (await alice.caller.views.list()).find((v) => v.id === team.id);
    expect(seen).toMatchObject({ shared: true, mine: false, ownerEmail: h.admin.user.email });
    expect(await refusal(alice.caller.views.rename({ id: team.id, name: "mine now" }))).toBe(`FORBIDDEN: only its owner (${h.admin.user.email}) can change this view`);
    expect(await refusal(alice.caller.views.delete({ id: team.id }))).toBe(`FORBIDDEN: only its owner (${h.admin.user.email}) can delete this view`);

    const folder = await h.caller.folders.create({ name: "Admin's folder" });
    const folderView = await h.caller.views.create({ name: "A folder", filters: { folder: folder.id } });
    expect(await refusal(h.caller.views.share({ id: folderView.id, shared: true }))).toBe("BAD_REQUEST: a view of a folder cannot be shared: folders are personal");
    expect(await refusal(h.caller.views.update({ id: team.id, filters: { folder: folder.id } }))).toBe("BAD_REQUEST: a view of a folder cannot be shared: folders are personal");

    await h.caller.views.share({ id: team.id, shared: false });
    expect((await alice.caller.views.list()).map((v) => v.id)).not.toContain(team.id);
    const shares = await listAuditEntries(h.database.db, { limit: 5, objectId: team.id, action: "view.share" });
    expect(shares.items.map((e) => e.after)).toEqual([{ shared: false }, { shared: true }]);
  });

  it("counts each pinned view as the list counts it, in the caller's scope; a deleted folder is named, not a 500", async () => {
    const carol = await h.addUser("views-carol@example.test");
    const docs = [await uploadPdf(carol, "a.pdf"), await uploadPdf(carol, "b.pdf"), await uploadPdf(carol, "c.pdf")];
    const folder = await carol.caller.folders.create({ name: "Two of them" });
    await carol.caller.documents.move({ ids: docs.slice(0, 2), folderId: folder.id });
    const all = await carol.caller.views.create({ name: "All", filters: {} });
    const filed = await carol.caller.views.create({ name: "Filed", filters: { folder: folder.id } });
    const none = await carol.caller.views.create({ name: "None", filters: { q: "nothing-matches-this-word" } });
    await carol.caller.views.create({ name: "Not pinned", filters: {}, pinned: false });
    // An admin's shared view counts what each caller can see.
    await uploadPdf(h.admin, "admin's.pdf");
    const everyone = await h.caller.views.create({ name: "Everyone's", filters: {} });
    await h.caller.views.share({ id: everyone.id, shared: true });

    const counts = await carol.caller.views.counts();
    const byId = new Map(counts.map((c) => [c.id, c]));
    expect(byId.get(all.id)?.count).toEqual({ value: 3, exact: true });
    expect(byId.get(filed.id)?.count).toEqual({ value: 2, exact: true });
    expect(byId.get(none.id)?.count).toEqual({ value: 0, exact: true });
    expect(byId.get(everyone.id)?.count).toEqual({ value: 3, exact: true });
    expect(counts).toHaveLength(4);
    expect((await carol.caller.documents.list({})).total).toEqual(byId.get(all.id)?.count);
    expect(((await h.caller.views.counts()).find((c) => c.id === everyone.id)?.count?.value ?? 0) > 3).toBe(true);

    await carol.caller.folders.delete({ id: folder.id });
    expect((await carol.caller.views.counts()).find((c) => c.id === filed.id)).toEqual({ id: filed.id, count: null, problem: "its folder no longer exists" });
  });
});

describe("views over REST", () => {
  it("creates, lists, counts, changes and deletes; a member's share is 403; invalid filters are 400", async () => {
    const post = await alice.request("/api/views", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "REST view", filters: { status: "done", datedFrom: "2026-01-01" } }) });
    expect(post.status).toBe(201);
    const view = (await post.json()) as { id: string; filters: Record<string, unknown> };
    expect(view.filters).toEqual({ status: "done", datedFrom: "2026-01-01", perPage: 25 });

    const bad = await alice.request("/api/views", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Bad", filters: { datedFrom: "2026-02-30" } }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/no such date/);

    const share = await alice.request(`/api/views/${view.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ shared: true }) });
    expect(share.status).toBe(403);
    const rename = await alice.request(`/api/views/${view.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "REST renamed" }) });
    expect([rename.status, ((await rename.json()) as { name: string }).name]).toEqual([200, "REST renamed"]);

    const counts = (await (await alice.request("/api/views/counts")).json()) as { id: string; count: { value: number } | null }[];
    expect(counts.find((c) => c.id === view.id)?.count).toEqual({ value: 0, exact: true });
    expect((await alice.request(`/api/views/${view.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await alice.request(`/api/views/${view.id}`, { method: "DELETE" })).status).toBe(404);
  });
});
