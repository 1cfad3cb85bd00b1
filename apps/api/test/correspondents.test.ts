// Correspondents (issue 17, ADR 0030) through tRPC and REST: the list and its rules (bad ones are 400s, never
// 500s), a person's choice on one document and in bulk (audited), the list's filter and sort. Real Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@correspondents.test");
  bob = await h.addUser("bob@correspondents.test");
});
afterAll(async () => {
  await h?.close();
});

const json = (body: unknown, method = "POST"): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the correspondents list", () => {
  it("creates, changes and deletes with every rule type; names are unique per owner in any case", async () => {
    const made = [];
    for (const [algorithm, match] of [["any", "acme corp"], ["all", "acme invoice"], ["exact", "Acme Corp"], ["regex", "ACME-\\d{4}"], ["none", ""], ["auto", ""]] as const) {
      made.push(await alice.caller.correspondents.create({ name: `Acme ${algorithm}`, algorithm, match }));
    }
    expect(made.map((c) => c.ownerId)).toEqual(made.map(() => alice.user.id));
    await expect(alice.caller.correspondents.create({ name: "ACME ANY" })).rejects.toMatchObject({ code: "CONFLICT" });
    // Another member may use the same name for their own.
    expect((await bob.caller.correspondents.create({ name: "Acme any" })).ownerId).toBe(bob.user.id);
    expect((await alice.caller.correspondents.list()).map((c) => c.name)).toEqual(["Acme all", "Acme any", "Acme auto", "Acme exact", "Acme none", "Acme regex"]);

    const changed = await alice.caller.correspondents.update({ id: made[0]!.id, name: "Acme Corporation", caseInsensitive: false });
    expect(changed).toMatchObject({ name: "Acme Corporation", caseInsensitive: false, match: "acme corp" });
    expect(await alice.caller.correspondents.delete({ id: made[5]!.id })).toEqual({ detached: 0 });
    await expect(bob.caller.correspondents.delete({ id: made[4]!.id })).rejects.toThrow("correspondent not found");
  });

  it.each([
    [{ algorithm: "regex", match: "(a)\\1" }, "invalid escape sequence"],
    [{ algorithm: "regex", match: "(?=invoice)" }, "unsupported Perl syntax"],
    [{ algorithm: "regex", match: "[abc" }, "missing closing ]"],
    [{ algorithm: "regex", match: ".*" }, "matches empty text"],
    [{ algorithm: "any", match: "" }, "needs words"],
    [{ algorithm: "sometimes", match: "x" }, "algorithm must be one of"],
    [{ algorithm: "any", match: "x".repeat(501) }, "too big"],
  ] as const)("refuses %j with a 400 (%s), by tRPC and REST", async (rule, message) => {
    const name = `Refused ${Math.random()}`;
    await expect(alice.caller.correspondents.create({ name, ...(rule as { algorithm: "any"; match: string }) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const res = await alice.request("/api/correspondents", json({ name, ...rule }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json()).toLowerCase()).toContain(message.toLowerCase());
    expect((await alice.caller.correspondents.list()).some((c) => c.name === name)).toBe(false);
  });

  it("refuses a rule changed into one RE2 cannot run", async () => {
    const c = await alice.caller.correspondents.create({ name: "Patterned", algorithm: "regex", match: "INV-\\d+" });
    const res = await alice.request(`/api/correspondents/${c.id}`, json({ match: "(x+)\\1" }, "PATCH"));
    expect(res.status).toBe(400);
    expect((await alice.caller.correspondents.list()).find((x) => x.id === c.id)?.match).toBe("INV-\\d+");
  });
});

describe("a document's correspondent", () => {
  it("is set by a person (tRPC, REST PATCH, bulk), shown by GET, filtered and sorted by, and audited", async () => {
    const zeta = await alice.caller.correspondents.create({ name: "Zeta Insurance" });
    const alpha = await alice.caller.correspondents.create({ name: "Alpha Energy" });
    const [a, b, c] = [await uploadPdf(alice, "a.pdf"), await uploadPdf(alice, "b.pdf"), await uploadPdf(alice, "c.pdf")];

    expect(await alice.caller.documents.setCorrespondent({ id: a, correspondentId: zeta.id })).toMatchObject({ correspondentId: zeta.id, correspondentName: "Zeta Insurance", correspondentSource: "person" });
    const patched = await alice.request(`/api/documents/${b}`, json({ correspondentId: alpha.id }, "PATCH"));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ correspondent: "Alpha Energy", correspondentId: alpha.id, correspondentSource: "person" });
    expect(await (await alice.request(`/api/documents/${c}`)).json()).toMatchObject({ correspondent: null, correspondentId: null });

    // The list: filter and both sorts (no correspondent sorts first A→Z).
    expect((await alice.caller.documents.list({ correspondent: zeta.id })).items.map((d) => d.id)).toEqual([a]);
    const rest = (await (await alice.request(`/api/documents?correspondent=${alpha.id}`)).json()) as { items: { id: string; correspondent: string }[] };
    expect(rest.items).toEqual([expect.objectContaining({ id: b, correspondent: "Alpha Energy" })]);
    expect((await alice.caller.documents.list({ sort: "correspondent" })).items.map((d) => d.id)).toEqual([c, b, a]);
    const first = await alice.caller.documents.list({ sort: "correspondent_desc", perPage: 1 });
    expect(first.items.map((d) => d.id)).toEqual([a]);
    expect((await alice.caller.documents.list({ sort: "correspondent_desc", perPage: 2, cursor: first.nextCursor! })).items.map((d) => d.id)).toEqual([b, c]);

    // Bulk, all or nothing: Bob's document in the selection sets none.
    const bobs = await uploadPdf(bob, "bob.pdf");
    await expect(alice.caller.documents.setCorrespondentMany({ ids: [a, bobs], correspondentId: alpha.id })).rejects.toThrow("document not found");
    expect((await alice.caller.documents.get({ id: a })).correspondentId).toBe(zeta.id);
    expect(await alice.caller.documents.setCorrespondentMany({ ids: [a, c], correspondentId: alpha.id })).toEqual({ updated: 2 });
    const bulkRest = await alice.request("/api/documents/correspondent", json({ ids: [a], correspondentId: null }));
    expect(await bulkRest.json()).toEqual({ updated: 1 });
    expect(await alice.caller.documents.get({ id: a })).toMatchObject({ correspondentId: null, correspondentName: null, correspondentSource: "person" });

    // Bob cannot give his document Alice's correspondent, nor see it.
    await expect(bob.caller.documents.setCorrespondent({ id: bobs, correspondentId: alpha.id })).rejects.toThrow("correspondent not found");

    // Renaming moves the sort with it; deleting leaves its documents without one.
    await alice.caller.correspondents.update({ id: alpha.id, name: "Omega Energy" });
    expect((await alice.caller.documents.get({ id: b })).correspondentName).toBe("Omega Energy");
    expect(await alice.caller.correspondents.delete({ id: alpha.id })).toEqual({ detached: 2 });
    expect(await alice.caller.documents.get({ id: b })).toMatchObject({ correspondentId: null, correspondentName: null, correspondentSource: null });

    const log = await alice.caller.audit.list({ action: "document.correspondent" });
    expect(log.items.filter((e) => e.objectId === a).map((e) => e.after)).toEqual([
      { correspondentId: null, correspondent: null },
      { correspondentId: alpha.id, correspondent: "Alpha Energy" },
      { correspondentId: zeta.id, correspondent: "Zeta Insurance" },
    ]);
    expect((await alice.caller.audit.list({ action: "correspondent.delete" })).items.map((e) => e.objectLabel)).toContain("Omega Energy");
  });

  it("answers a malformed or unknown id with 4xx", async () => {
    const id = await uploadPdf(alice, "x.pdf");
    expect((await alice.request(`/api/documents/${id}`, json({ correspondentId: "nope" }, "PATCH"))).status).toBe(400);
    expect((await alice.request(`/api/documents/${id}`, json({ correspondentId: "00000000-0000-4000-8000-000000000000" }, "PATCH"))).status).toBe(404);
    expect((await alice.request("/api/documents?correspondent=nope")).status).toBe(400);
    expect((await alice.request("/api/correspondents/00000000-0000-4000-8000-000000000000", json({ match: "x" }, "PATCH"))).status).toBe(404);
  });
});
