import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDocument, insertRun, replaceDocumentTopics, replaceSuggestions, type NewSuggestion } from "@docscan/db";
import { createHarness, type Harness, type TestUser } from "./helpers.ts";

// ADR 0010: global and personal topics, the review inbox per scope, and the admin-only areas.
let h: Harness;
let ann: TestUser;
let ben: TestUser;

beforeAll(async () => {
  h = await createHarness();
  ann = await h.addUser("ann@example.test");
  ben = await h.addUser("ben@example.test");
});
afterAll(async () => {
  await h?.close();
});

/** The tRPC error code a call fails with (or "ok"). */
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

/** A document of `owner` (with text, classified): straight into the database, as the tests here are about topics. */
async function documentOf(owner: TestUser): Promise<string> {
  const id = randomUUID();
  await insertDocument(h.database.db, {
    id,
    ownerId: owner.user.id,
    filename: `${owner.user.email}.pdf`,
    objectKey: `${owner.user.id}/${id}/x.pdf`,
    contentType: "application/pdf",
    size: 10,
    sha256: "0".repeat(64),
    storageBackend: "fs",
    status: "done",
    text: "some text",
  });
  return id;
}

async function suggest(documentId: string, suggestions: NewSuggestion[]): Promise<void> {
  const run = await insertRun(h.database.db, { documentId, provider: "openai", model: "m", promptVersion: "p", topicSetVersion: "t", outcome: "review" });
  await replaceSuggestions(h.database.db, documentId, run.id, suggestions);
}

const names = async (as: TestUser) => (await as.caller.topics.list()).map((t) => t.name);

describe("personal topics", () => {
  it("a member's topic is personal, visible and changeable only by them (404 for everyone else, admins too)", async () => {
    const { topic, created } = await ann.caller.topics.create({ name: "Garden", personal: false });
    expect(created).toBe(true);
    expect(topic.ownerId).toBe(ann.user.id);
    expect((await ann.caller.topics.list()).find((t) => t.id === topic.id)).toMatchObject({ personal: true, documentCount: 0 });
    expect(await names(ben)).not.toContain("Garden");
    expect(await names(h.admin)).not.toContain("Garden");

    for (const other of [ben, h.admin]) {
      expect(await codeOf(other.caller.topics.update({ id: topic.id, name: "Mine now" }))).toBe("NOT_FOUND");
      expect(await codeOf(other.caller.topics.delete({ id: topic.id }))).toBe("NOT_FOUND");
    }
    expect((await ann.caller.topics.update({ id: topic.id, color: "#123456" })).color).toBe("#123456");
  });

  it("keeps names unique per owner: the same name is another topic for another owner", async () => {
    const { topic: global } = await h.caller.topics.create({ name: "Tax" });
    const annTax = await ann.caller.topics.create({ name: "Tax" });
    expect(annTax).toMatchObject({ created: true, topic: { ownerId: ann.user.id } });
    expect(annTax.topic.id).not.toBe(global.id);
    expect(await ann.caller.topics.create({ name: "TAX" })).toMatchObject({ created: false, topic: { id: annTax.topic.id } });
    expect(await h.caller.topics.create({ name: "tax" })).toMatchObject({ created: false, topic: { id: global.id } });
    const benTax = await ben.caller.topics.create({ name: "tax" });
    expect(benTax.created).toBe(true);
    expect(benTax.topic.id).not.toBe(annTax.topic.id);

    const { topic: annBills } = await ann.caller.topics.create({ name: "Bills" });
    expect(await codeOf(ann.caller.topics.update({ id: annBills.id, name: "tax" }))).toBe("CONFLICT");
    await ben.caller.topics.create({ name: "Letters" });
    expect((await ann.caller.topics.update({ id: annBills.id, name: "Letters" })).name).toBe("Letters");
  });

  it("an admin creates global topics (or personal ones on request); members may not change global ones", async () => {
    const { topic: global } = await h.caller.topics.create({ name: "Insurance" });
    expect(global.ownerId).toBeNull();
    expect((await ben.caller.topics.list()).find((t) => t.id === global.id)).toMatchObject({ personal: false });
    expect(await codeOf(ben.caller.topics.update({ id: global.id, name: "Mine" }))).toBe("FORBIDDEN");
    expect(await codeOf(ben.caller.topics.delete({ id: global.id }))).toBe("FORBIDDEN");
    expect((await h.caller.topics.update({ id: global.id, description: "Policies" })).description).toBe("Policies");

    const { topic: own } = await h.caller.topics.create({ name: "Admin notes", personal: true });
    expect(own.ownerId).toBe(h.admin.user.id);
    expect(await names(ben)).not.toContain("Admin notes");
    expect(await h.caller.topics.delete({ id: own.id })).toEqual({ detached: 0 });
    expect(await h.caller.topics.delete({ id: global.id })).toEqual({ detached: 0 });
  });

  it("counts only the documents in the caller's scope, and delete reports the documents it detached", async () => {
    const { topic: shared } = await h.caller.topics.create({ name: "Shared" });
    const { topic: annOnly } = await ann.caller.topics.create({ name: "Ann only" });
    const annDoc = await documentOf(ann);
    const benDoc = await documentOf(ben);
    await replaceDocumentTopics(h.database.db, annDoc, "manual", [{ topicId: shared.id, confidence: null }, { topicId: annOnly.id, confidence: null }]);
    await replaceDocumentTopics(h.database.db, benDoc, "ai", [{ topicId: shared.id, confidence: 0.9 }]);

    const count = async (as: TestUser, id: string) => (await as.caller.topics.list()).find((t) => t.id === id)?.documentCount;
    expect(await count(ann, shared.id)).toBe(1);
    expect(await count(ben, shared.id)).toBe(1);
    expect(await count(h.admin, shared.id)).toBe(2);
    expect(await count(ann, annOnly.id)).toBe(1);

    expect(await ann.caller.topics.delete({ id: annOnly.id })).toEqual({ detached: 1 });
    expect(await h.caller.topics.delete({ id: shared.id })).toEqual({ detached: 2 });
  });

  it("needs a signed-in user", async () => {
    expect(await codeOf(h.anonymous.caller.topics.list())).toBe("UNAUTHORIZED");
    expect(await codeOf(h.anonymous.caller.topics.create({ name: "Anon" }))).toBe("UNAUTHORIZED");
  });
});

describe("review inbox per scope", () => {
  it("lists and counts suggestions on the caller's documents only; one id outside the scope fails the whole call", async () => {
    const { topic: topicA } = await h.caller.topics.create({ name: "Review A" });
    const annDoc = await documentOf(ann);
    const benDoc = await documentOf(ben);
    await suggest(annDoc, [
      { topicId: topicA.id, confidence: 0.4, quote: null },
      { topicId: null, proposedName: "Ann proposal", proposedDescription: "from Ann's document", confidence: 0.5, quote: null },
    ]);
    await suggest(benDoc, [
      { topicId: topicA.id, confidence: 0.3, quote: null },
      { topicId: null, proposedName: "Ben proposal", proposedDescription: "", confidence: 0.5, quote: null },
    ]);

    // One row per document, its suggestions ranked; counts are documents.
    const annInbox = await ann.caller.review.list();
    expect(annInbox.total).toBe(1);
    expect(annInbox.items.map((i) => i.documentId)).toEqual([annDoc]);
    expect(annInbox.items[0]!.suggestions.map((s) => s.confidence)).toEqual([0.5, expect.closeTo(0.4, 5)]);
    expect(annInbox.owners).toBeNull(); // the owner filter is an admin's
    const benInbox = await ben.caller.review.list();
    expect(benInbox.total).toBe(1);
    const adminInbox = await h.caller.review.list({ limit: 500 });
    expect(adminInbox.items.filter((i) => i.documentId === annDoc || i.documentId === benDoc).map((i) => i.ownerEmail)).toEqual(
      expect.arrayContaining([ann.user.email, ben.user.email]),
    );
    expect(adminInbox.owners).toEqual(expect.arrayContaining([{ ownerId: ann.user.id, ownerEmail: ann.user.email, documents: 1 }]));
    const annOnly = await h.caller.review.list({ owner: ann.user.id });
    expect(annOnly.items.map((i) => i.documentId)).toEqual([annDoc]);
    expect(annOnly.total).toBe(1);
    // A member naming another owner sees nothing of theirs.
    expect((await ann.caller.review.list({ owner: ben.user.id })).items).toEqual([]);

    const annSuggestions = annInbox.items[0]!.suggestions;
    const benSuggestions = benInbox.items[0]!.suggestions;
    const [annTopicSuggestion, annProposal] = [
      annSuggestions.find((i) => i.topicId === topicA.id)!,
      annSuggestions.find((i) => i.proposedName === "Ann proposal")!,
    ];
    const benTopicSuggestion = benSuggestions.find((i) => i.topicId === topicA.id)!;
    expect(await codeOf(ann.caller.review.accept({ ids: [annTopicSuggestion.id, benTopicSuggestion.id] }))).toBe("NOT_FOUND");
    expect(await codeOf(ann.caller.review.reject({ ids: [annTopicSuggestion.id, benTopicSuggestion.id] }))).toBe("NOT_FOUND");
    expect((await ann.caller.review.list()).total).toBe(1);
    expect((await ben.caller.review.list()).total).toBe(1);

    // A member's accepted proposal becomes their personal topic.
    expect(await ann.caller.review.accept({ ids: [annTopicSuggestion.id, annProposal.id] })).toEqual({ accepted: 2, rejected: 0 });
    expect((await ann.caller.topics.list()).find((t) => t.name === "Ann proposal")).toMatchObject({ ownerId: ann.user.id, personal: true, documentCount: 1 });
    expect(await names(ben)).not.toContain("Ann proposal");
    expect((await ann.caller.review.list()).total).toBe(0);

    // An admin's, on anyone's document, a global topic.
    const benProposal = benSuggestions.find((i) => i.proposedName === "Ben proposal")!;
    expect(await h.caller.review.accept({ ids: [benProposal.id] })).toEqual({ accepted: 1, rejected: 0 });
    expect((await ben.caller.topics.list()).find((t) => t.name === "Ben proposal")).toMatchObject({ ownerId: null, personal: false, documentCount: 1 });
    expect(await ben.caller.review.reject({ ids: [benTopicSuggestion.id] })).toEqual({ rejected: 1 });
    expect((await ben.caller.review.list()).total).toBe(0);
  });

  it("needs a signed-in user", async () => {
    expect(await codeOf(h.anonymous.caller.review.list())).toBe("UNAUTHORIZED");
  });
});

describe("admin-only areas", () => {
  it("refuses settings, usage and jobs to members (403) and to anonymous callers (401)", async () => {
    const calls = (as: Pick<TestUser, "caller">) => [
      as.caller.settings.get(),
      as.caller.settings.update({ threshold: 0.1 }),
      as.caller.settings.testConnection(),
      as.caller.usage.summary(),
      as.caller.jobs.list(),
      as.caller.jobs.retry({ ids: ["1"] }),
    ];
    expect(await Promise.all(calls(ann).map(codeOf))).toEqual(Array(6).fill("FORBIDDEN"));
    expect(await Promise.all(calls(h.anonymous).map(codeOf))).toEqual(Array(6).fill("UNAUTHORIZED"));
    expect((await h.caller.settings.get()).threshold).not.toBe(0.1);
    expect(await codeOf(h.caller.usage.summary())).toBe("ok");
  });
});
