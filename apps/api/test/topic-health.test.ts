// Topic health (issue 20 item 4, ADR 0035): planted documents where every measure has a known value. The
// classifier's answers are written by the worker's own functions (replaceDocumentTopics, replaceSuggestions);
// everything a person does goes through the API (setTopics, bulk add/remove, review accept/reject, trash).
import { replaceDocumentTopics, replaceSuggestions } from "@docscan/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
const t: Record<string, string> = {};
let alicePersonal: string;
let adminPersonal: string;

/** What the classifier leaves: links above the threshold, suggestions below it. */
async function classify(documentId: string, applied: string[], suggested: { topicId: string; confidence: number }[] = []) {
  await replaceDocumentTopics(h.database.db, documentId, "ai", applied.map((topicId) => ({ topicId, confidence: 0.9 })));
  await replaceSuggestions(h.database.db, documentId, null, suggested.map((s) => ({ ...s, quote: null })));
}

async function suggestionId(as: TestUser | Harness, documentId: string, topicId: string): Promise<string> {
  const inbox = await as.caller.review.list({ limit: 500 });
  return inbox.items.find((d) => d.documentId === documentId)!.suggestions.find((s) => s.topicId === topicId)!.id;
}

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@example.test");
  for (const name of ["Tax", "Invoices", "Travel", "Insurance", "Bills"]) t[name] = (await h.caller.topics.create({ name })).topic.id;
  alicePersonal = (await alice.caller.topics.create({ name: "Alice's letters" })).topic.id;
  adminPersonal = (await h.caller.topics.create({ name: "Admin notes", personal: true })).topic.id;

  const doc = async (as: Harness | TestUser, name: string, applied: string[], suggested: { topicId: string; confidence: number }[] = []) => {
    const id = await uploadPdf(as, `${name}.pdf`);
    await classify(id, applied, suggested);
    return id;
  };
  // The admin's documents.
  const a = await doc(h, "a", [t.Tax!]);
  await h.caller.documents.setTopics({ id: a, topicIds: [t.Tax!, t.Invoices!] }); // keeps Tax, adds Invoices
  const b = await doc(h, "b", [t.Tax!]);
  await h.caller.documents.setTopics({ id: b, topicIds: [t.Invoices!] }); // Tax off, Invoices instead
  const c = await doc(h, "c", [t.Tax!]);
  await h.caller.documents.setTopics({ id: c, topicIds: [t.Travel!] }); // Tax off, Travel instead
  await doc(h, "d", [t.Tax!]); // nobody looked
  const e = await doc(h, "e", [], [
    { topicId: t.Tax!, confidence: 0.4 },
    { topicId: t.Insurance!, confidence: 0.45 },
  ]);
  await h.caller.review.accept({ ids: [await suggestionId(h, e, t.Insurance!)], rejectRest: true }); // Insurance, not Tax
  await doc(h, "f", [], [{ topicId: t.Invoices!, confidence: 0.4 }]); // waits in review
  const g = await doc(h, "g", [t.Invoices!]);
  await h.caller.documents.removeTopics({ ids: [g], topicIds: [t.Invoices!, t.Travel!] }); // Invoices off; Travel was never there
  const hh = await doc(h, "h", [t.Tax!]);
  await h.caller.documents.removeTopics({ ids: [hh], topicIds: [t.Tax!] });
  await h.caller.documents.addTopics({ ids: [hh], topicIds: [t.Tax!] }); // taken off and put back: the classifier's still
  const i = await doc(h, "i", [t.Tax!]);
  await h.caller.documents.setTopics({ id: i, topicIds: [t.Bills!] }); // Tax off, Bills instead
  const trashed = await doc(h, "trashed", [t.Tax!]);
  await h.caller.documents.setTopics({ id: trashed, topicIds: [t.Invoices!] });
  await h.caller.documents.delete({ id: trashed }); // in the trash: not counted
  // Alice's documents.
  const m = await doc(alice, "m", [t.Tax!]);
  await alice.caller.documents.setTopics({ id: m, topicIds: [t.Travel!, alicePersonal] }); // Tax off, Travel and her own topic instead
  const n = await doc(alice, "n", [], [{ topicId: t.Travel!, confidence: 0.3 }]);
  await alice.caller.review.reject({ ids: [await suggestionId(alice, n, t.Travel!)] });
});
afterAll(async () => {
  await h?.close();
});

const none = { documents: 0, automatic: 0, byPerson: 0, automaticShare: null, applied: 0, reviewed: 0, inReview: 0, reviewRate: null, removed: 0, removalRate: null, confusedWith: [] };

describe("the whole library (an admin)", () => {
  it("counts each measure over every owner's documents outside the trash", async () => {
    const health = await h.caller.topics.health();
    const of = (name: string) => health.find((x) => x.name === name);
    expect(health.map((x) => x.name)).toEqual(["Admin notes", "Bills", "Insurance", "Invoices", "Tax", "Travel"]);
    // a (kept), d (untouched), h (taken off and put back): all the classifier's. Removed from b, c, i, m after it
    // applied them; turned down in review on e.
    expect(of("Tax")).toEqual({
      topicId: t.Tax,
      name: "Tax",
      documents: 3,
      automatic: 3,
      byPerson: 0,
      automaticShare: 1,
      applied: 7,
      reviewed: 1,
      inReview: 0,
      reviewRate: 1 / 8,
      removed: 4,
      removalRate: 4 / 7,
      // Travel on c and m; then one each of Alice's own topic (m: an admin sees it on her document), Bills (i),
      // Insurance (e, accepted instead) and Invoices (b) — by name, three at most.
      confusedWith: [
        { topicId: t.Travel, name: "Travel", documents: 2 },
        { topicId: alicePersonal, name: "Alice's letters", documents: 1 },
        { topicId: t.Bills, name: "Bills", documents: 1 },
      ],
    });
    // People filed a and b; the classifier applied it to g, where it was taken off; f's suggestion waits.
    expect(of("Invoices")).toEqual({ ...none, topicId: t.Invoices, name: "Invoices", documents: 2, byPerson: 2, automaticShare: 0, applied: 1, removed: 1, removalRate: 1, reviewed: 1, inReview: 1, reviewRate: 0.5 });
    // c and m by people; n's suggestion turned down (g's bulk removal took off nothing, and is not counted).
    expect(of("Travel")).toEqual({ ...none, topicId: t.Travel, name: "Travel", documents: 2, byPerson: 2, automaticShare: 0, reviewed: 1, reviewRate: 1 });
    expect(of("Insurance")).toEqual({ ...none, topicId: t.Insurance, name: "Insurance", documents: 1, byPerson: 1, automaticShare: 0, reviewed: 1, reviewRate: 1 });
    expect(of("Bills")).toEqual({ ...none, topicId: t.Bills, name: "Bills", documents: 1, byPerson: 1, automaticShare: 0 });
    expect(of("Admin notes")).toEqual({ ...none, topicId: adminPersonal, name: "Admin notes" });
  });

  it("narrows to one owner's documents and lists that owner's topics", async () => {
    const health = await h.caller.topics.health({ owner: alice.user.id });
    expect(health.map((x) => x.name)).toEqual(["Alice's letters", "Bills", "Insurance", "Invoices", "Tax", "Travel"]);
    expect(health).toEqual(await alice.caller.topics.health());
    const none_ = await h.caller.topics.health({ owner: "none" });
    expect(none_.map((x) => x.name)).toEqual(["Bills", "Insurance", "Invoices", "Tax", "Travel"]);
    expect(none_.every((x) => x.documents === 0 && x.applied === 0 && x.reviewed === 0)).toBe(true);
  });
});

describe("a member", () => {
  it("counts only their own documents, with the topics they can use", async () => {
    const health = await alice.caller.topics.health();
    const of = (name: string) => health.find((x) => x.name === name);
    expect(health.map((x) => x.name)).toEqual(["Alice's letters", "Bills", "Insurance", "Invoices", "Tax", "Travel"]);
    expect(of("Tax")).toEqual({
      ...none,
      topicId: t.Tax,
      name: "Tax",
      applied: 1,
      removed: 1,
      removalRate: 1,
      reviewRate: 0,
      confusedWith: [
        { topicId: alicePersonal, name: "Alice's letters", documents: 1 },
        { topicId: t.Travel, name: "Travel", documents: 1 },
      ],
    });
    expect(of("Travel")).toEqual({ ...none, topicId: t.Travel, name: "Travel", documents: 1, byPerson: 1, automaticShare: 0, reviewed: 1, reviewRate: 1 });
    expect(of("Invoices")).toEqual({ ...none, topicId: t.Invoices, name: "Invoices" });
  });

  it("naming another owner narrows to nothing rather than widening", async () => {
    const health = await alice.caller.topics.health({ owner: h.admin.user.id });
    expect(health.map((x) => x.name)).toEqual(["Alice's letters", "Bills", "Insurance", "Invoices", "Tax", "Travel"]);
    expect(health.every((x) => x.documents === 0 && x.applied === 0 && x.reviewed === 0)).toBe(true);
  });
});

describe("REST", () => {
  it("GET /api/topics/health says what topics.health says, and refuses a bad owner", async () => {
    const res = await h.request("/api/topics/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await h.caller.topics.health())));
    const mine = await alice.request(`/api/topics/health?owner=${alice.user.id}`);
    expect(await mine.json()).toEqual(JSON.parse(JSON.stringify(await alice.caller.topics.health())));
    const bad = await h.request("/api/topics/health?owner=someone");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("owner");
  });
});
