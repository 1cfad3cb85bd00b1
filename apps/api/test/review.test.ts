import { randomUUID } from "node:crypto";
import type { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertRun, replaceSuggestions } from "@docscan/db";
import { saveProposedCorrespondent } from "@docscan/db/correspondents";
import { createHarness, uploadPdf, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const uploadOne = () => uploadPdf(h);

describe("review inbox", () => {
  it("accepts a suggestion as a confirmed topic and a proposal as a new topic; rejects others", async () => {
    const { topic: tax } = await h.caller.topics.create({ name: "Tax" });
    const { topic: travel } = await h.caller.topics.create({ name: "Travel" });
    const docId = await uploadOne();
    const run = await insertRun(h.database.db, { documentId: docId, provider: "openai", model: "m", promptVersion: "p", topicSetVersion: "t", outcome: "review" });
    await replaceSuggestions(h.database.db, docId, run.id, [
      { topicId: tax.id, confidence: 0.4, quote: "tax return 2025" },
      { topicId: travel.id, confidence: 0.3, quote: null },
      { topicId: null, proposedName: "Receipts", proposedDescription: "Shop receipts", confidence: 0.5, quote: null },
    ]);

    const inbox = await h.caller.review.list();
    expect(inbox.total).toBe(1); // one document
    const [row] = inbox.items;
    expect(row).toMatchObject({ documentId: docId, filename: "doc.pdf", ownerId: h.admin.user.id, ownerEmail: h.admin.user.email });
    // Ranked: the most confident first.
    expect(row!.suggestions.map((s) => s.topicName ?? s.proposedName)).toEqual(["Receipts", "Tax", "Travel"]);
    const byName = (n: string) => row!.suggestions.find((i) => (i.topicName ?? i.proposedName) === n)!;
    expect(byName("Tax")).toMatchObject({ confidence: expect.closeTo(0.4, 5), quote: "tax return 2025" });

    await h.caller.review.accept({ ids: [byName("Tax").id, byName("Receipts").id] });
    await h.caller.review.reject({ ids: [byName("Travel").id] });
    expect((await h.caller.review.list()).total).toBe(0);

    const doc = await h.caller.documents.get({ id: docId });
    expect(doc.topics.map((t) => [t.name, t.source, t.quote]).sort()).toEqual([
      ["Receipts", "manual", null],
      ["Tax", "manual", "tax return 2025"],
    ]);
    // Accepted by an admin, a proposal becomes a global topic.
    expect((await h.caller.topics.list()).find((t) => t.name === "Receipts")).toMatchObject({ ownerId: null, personal: false });
    const history = await h.caller.documents.history({ id: docId });
    expect(history.runs.map((r) => r.outcome)).toEqual(["review"]);
  });

  it("accepts one suggestion and rejects the rest of its document in one call", async () => {
    const { topic: a } = await h.caller.topics.create({ name: "Rest A" });
    const { topic: b } = await h.caller.topics.create({ name: "Rest B" });
    const { topic: c } = await h.caller.topics.create({ name: "Rest C" });
    const docId = await uploadOne();
    const other = await uploadOne();
    await replaceSuggestions(h.database.db, docId, null, [
      { topicId: a.id, confidence: 0.45, quote: "a" },
      { topicId: b.id, confidence: 0.3, quote: "b" },
    ]);
    await replaceSuggestions(h.database.db, other, null, [{ topicId: c.id, confidence: 0.3, quote: "c" }]);
    const row = (await h.caller.review.list()).items.find((i) => i.documentId === docId)!;
    expect(await h.caller.review.accept({ ids: [row.suggestions[0]!.id], rejectRest: true })).toEqual({ accepted: 1, rejected: 1 });
    const inbox = await h.caller.review.list();
    expect(inbox.items.map((i) => i.documentId)).toEqual([other]); // the other document's suggestion stays
    expect((await h.caller.documents.get({ id: docId })).topics.map((t) => [t.name, t.source])).toEqual([["Rest A", "manual"]]);
    await h.caller.review.reject({ ids: inbox.items[0]!.suggestions.map((s) => s.id) });
  });

  it("shows proposed correspondents beside topic suggestions: add and set, dismiss, owner scoping; a proposal leaves once the correspondent exists or a person set one", async () => {
    const db = h.database.db;
    const member = await h.addUser("review-proposals@example.test");
    const { topic: letters } = await h.caller.topics.create({ name: "Letters 39" });
    const bakery = await uploadOne(); // a proposal only
    const mixed = await uploadOne(); // a topic suggestion and a proposal
    const exists = await uploadOne(); // its sender is added on the Correspondents page meanwhile
    const chosen = await uploadOne(); // a person sets another correspondent meanwhile
    const mine = await uploadPdf(member, "member.pdf");
    await saveProposedCorrespondent(db, bakery, { name: "Bäckerei Sonnenschein", quote: "Bäckerei Sonnenschein, Marktplatz 3" });
    await saveProposedCorrespondent(db, mixed, { name: "Acme Ltd", quote: "Acme Ltd" });
    await replaceSuggestions(db, mixed, null, [{ topicId: letters.id, confidence: 0.4, quote: null }]);
    await saveProposedCorrespondent(db, exists, { name: "Northwind Traders", quote: "Northwind Traders" });
    await saveProposedCorrespondent(db, chosen, { name: "Globex", quote: "Globex" });
    await saveProposedCorrespondent(db, mine, { name: "Stadtwerke Musterstadt", quote: "Stadtwerke Musterstadt" });
    const inbox = async (caller = h.caller) => new Map((await caller.review.list()).items.map((i) => [i.documentId, i]));

    let items = await inbox();
    expect(items.get(bakery)).toMatchObject({ suggestions: [], proposedCorrespondent: { name: "Bäckerei Sonnenschein", quote: "Bäckerei Sonnenschein, Marktplatz 3" } });
    expect(items.get(mixed)).toMatchObject({ suggestions: [{ topicName: "Letters 39" }], proposedCorrespondent: { name: "Acme Ltd" } });
    expect(items.get(mine)?.ownerEmail).toBe("review-proposals@example.test");
    // A member sees only their own; the admin's owner filter counts documents with proposals too.
    expect([...(await inbox(member.caller)).keys()]).toEqual([mine]);
    expect((await h.caller.review.list()).owners?.find((o) => o.ownerId === member.user.id)).toMatchObject({ documents: 1 });

    // The correspondent exists now (any case), or a person chose one: both leave the inbox.
    const northwind = await h.caller.correspondents.create({ name: "northwind traders" });
    await h.caller.documents.setCorrespondent({ id: chosen, correspondentId: northwind.id });
    items = await inbox();
    expect(items.has(exists)).toBe(false);
    expect(items.has(chosen)).toBe(false);
    // The document page no longer offers it either.
    expect((await h.caller.documents.get({ id: exists })).proposedCorrespondent).toBeNull();

    // Add and set, as an admin: a new global correspondent, set as a person's choice; the proposal is gone.
    expect(await h.caller.review.acceptCorrespondents({ ids: [bakery] })).toEqual({ accepted: 1, created: 1 });
    const doc = await h.caller.documents.get({ id: bakery });
    expect(doc).toMatchObject({ correspondentName: "Bäckerei Sonnenschein", correspondentSource: "person", proposedCorrespondent: null });
    expect((await h.caller.correspondents.list()).find((c) => c.name === "Bäckerei Sonnenschein")).toMatchObject({ ownerId: null, algorithm: "auto" });
    expect((await inbox()).has(bakery)).toBe(false);
    const [entry] = await db.execute(sql`select after from audit_log where object_id = ${bakery} and action = 'document.correspondent' order by at desc, id desc limit 1`);
    expect(entry?.after).toMatchObject({ correspondent: "Bäckerei Sonnenschein", via: "review" });

    // Dismiss: the proposal goes, the topic suggestion stays; that name is not proposed for the document again.
    expect(await h.caller.review.dismissCorrespondents({ ids: [mixed] })).toEqual({ dismissed: 1 });
    expect((await inbox()).get(mixed)).toMatchObject({ suggestions: [{ topicName: "Letters 39" }], proposedCorrespondent: null });
    await saveProposedCorrespondent(db, mixed, { name: "ACME LTD", quote: "Acme Ltd" });
    expect((await inbox()).get(mixed)?.proposedCorrespondent).toBeNull();
    await saveProposedCorrespondent(db, mixed, { name: "Acme Holding", quote: "Acme Ltd" });
    expect((await inbox()).get(mixed)?.proposedCorrespondent).toMatchObject({ name: "Acme Holding" });

    // Scoped like the suggestions: a member cannot decide another's proposal (all or nothing); their own
    // accepted proposal becomes their own correspondent, which only they see.
    const refused = await member.caller.review.acceptCorrespondents({ ids: [mine, mixed] }).catch((e: unknown) => e);
    expect((refused as TRPCError).code).toBe("NOT_FOUND");
    expect((await inbox(member.caller)).get(mine)?.proposedCorrespondent).toMatchObject({ name: "Stadtwerke Musterstadt" });
    expect(await member.caller.review.acceptCorrespondents({ ids: [mine] })).toEqual({ accepted: 1, created: 1 });
    expect((await member.caller.correspondents.list()).find((c) => c.name === "Stadtwerke Musterstadt")).toMatchObject({ ownerId: member.user.id, personal: true });
    expect((await member.caller.documents.get({ id: mine })).correspondentSource).toBe("person");
    // Decided already: nothing waits any more.
    const again = await h.caller.review.dismissCorrespondents({ ids: [bakery] }).catch((e: unknown) => e);
    expect((again as TRPCError).code).toBe("NOT_FOUND");
    await h.caller.review.reject({ ids: (await inbox()).get(mixed)!.suggestions.map((s) => s.id) });
    await h.caller.review.dismissCorrespondents({ ids: [mixed] });
    expect((await inbox()).has(mixed)).toBe(false);
  });

  it("answers NOT_FOUND for unknown suggestions and BAD_REQUEST for empty selections", async () => {
    const err = await h.caller.review.accept({ ids: [randomUUID()] }).catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("NOT_FOUND");
    const empty = await h.caller.review.reject({ ids: [] }).catch((e: unknown) => e);
    expect((empty as TRPCError).code).toBe("BAD_REQUEST");
    const badOwner = await h.caller.review.list({ owner: "someone" }).catch((e: unknown) => e);
    expect((badOwner as TRPCError).code).toBe("BAD_REQUEST");
    const badRest = await h.caller.review.accept({ ids: [randomUUID()], rejectRest: "yes" as unknown as boolean }).catch((e: unknown) => e);
    expect((badRest as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("a person's decisions (ADR 0014)", () => {
  it("records topics removed on the page, in bulk or in review; reclassify says how many decisions it keeps", async () => {
    const { topic: tax } = await h.caller.topics.create({ name: "Tax 14" });
    const { topic: bills } = await h.caller.topics.create({ name: "Bills 14" });
    const { topic: trips } = await h.caller.topics.create({ name: "Trips 14" });
    const id = await uploadOne();
    await h.database.db.execute(sql`update documents set text = 'x', status = 'done' where id = ${id}`);
    await h.caller.documents.addTopics({ ids: [id], topicIds: [tax.id, bills.id] });
    await h.caller.documents.setTopics({ id, topicIds: [bills.id] }); // unticks Tax
    const rejected = async () =>
      (await h.database.db.execute(sql`select topic_id from document_topic_rejections where document_id = ${id} order by topic_id`)).map((r) => r.topic_id);
    expect(await rejected()).toEqual([tax.id]);
    await expect(h.caller.documents.reclassify({ id })).resolves.toEqual({ status: "classifying", keptManual: 1, keptRejected: 1 });

    const run = await insertRun(h.database.db, { documentId: id, provider: "local", promptVersion: "p", topicSetVersion: "t", outcome: "review" });
    await replaceSuggestions(h.database.db, id, run.id, [{ topicId: trips.id, confidence: 0.4, quote: "a trip" }]);
    const [suggestion] = (await h.caller.review.list()).items.filter((i) => i.documentId === id);
    await h.caller.review.reject({ ids: [suggestion!.suggestions[0]!.id] });
    expect(await rejected()).toEqual([tax.id, trips.id].sort());

    await h.caller.documents.removeTopics({ ids: [id], topicIds: [bills.id] });
    await h.caller.documents.addTopics({ ids: [id], topicIds: [tax.id] }); // a manual add clears the removal
    expect(await rejected()).toEqual([bills.id, trips.id].sort());
    await expect(h.caller.documents.reclassifyMany({ ids: [id] })).resolves.toEqual({ queued: 1, keptManual: 1, keptRejected: 2 });
  });
});

describe("bulk reclassify, re-extract and progress", () => {
  it("queues classification for a selection or everything with text, and re-extraction for one", async () => {
    const a = await uploadOne();
    const b = await uploadOne();
    await h.database.db.execute(sql`update documents set text = 'x', status = 'done' where id in (${a}, ${b})`);
    expect(await h.caller.documents.reclassifyMany({ ids: [a, a] })).toEqual({ queued: 1, keptManual: 0, keptRejected: 0 });
    expect((await h.caller.documents.get({ id: a })).status).toBe("classifying");
    const all = await h.caller.documents.reclassifyMany({ all: true });
    expect(all.queued).toBeGreaterThanOrEqual(2);
    expect((await h.caller.documents.progress()).classifying).toBeGreaterThanOrEqual(2);

    expect(await h.caller.documents.reextract({ id: b })).toEqual({ status: "pending" });
    const err = await h.caller.documents.reextract({ id: randomUUID() }).catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("NOT_FOUND");
  });
});

describe("usage", () => {
  it("sums tokens and cost per day and month and reports the budget", async () => {
    const docId = await uploadOne();
    const before = (await h.caller.usage.summary()).daily.at(-1) ?? { inputTokens: 0, outputTokens: 0, llmCalls: 0, cachedRuns: 0, costUsd: 0 };
    for (const cost of [0.01, 0.02]) {
      await insertRun(h.database.db, { documentId: docId, provider: "openai", model: "gpt-4o-mini", promptVersion: "p", topicSetVersion: "t", outcome: "applied", inputTokens: 1000, outputTokens: 50, costUsd: cost });
    }
    await insertRun(h.database.db, { documentId: docId, provider: "openai", model: "gpt-4o-mini", promptVersion: "p", topicSetVersion: "t", outcome: "applied", cached: true, costUsd: 0 });
    await h.caller.settings.update({ monthlyBudgetUsd: 0.02 });
    const u = await h.caller.usage.summary();
    const today = u.daily.at(-1)!;
    expect({
      inputTokens: today.inputTokens - before.inputTokens,
      outputTokens: today.outputTokens - before.outputTokens,
      llmCalls: today.llmCalls - before.llmCalls,
      cachedRuns: today.cachedRuns - before.cachedRuns,
    }).toEqual({ inputTokens: 2000, outputTokens: 100, llmCalls: 2, cachedRuns: 1 });
    expect(today.costUsd - before.costUsd).toBeCloseTo(0.03, 6);
    expect(u.thisMonth).toMatchObject({ budgetUsd: 0.02, budgetReached: true });
    expect(u.monthly.at(-1)!.costUsd).toBeGreaterThanOrEqual(0.03);
  });
});

describe("jobs", () => {
  it("lists queued jobs with their document and validates retry ids", async () => {
    const id = await uploadOne();
    const { items, counts } = await h.caller.jobs.list({ limit: 500 });
    expect(items.find((j) => j.documentId === id)).toMatchObject({ task: "extract_text", state: "queued" });
    expect(counts.queued).toBeGreaterThanOrEqual(1);
    expect(await h.caller.jobs.retry({ ids: ["12345678"] })).toEqual({ retried: 0 });
    const err = await h.caller.jobs.retry({ ids: ["1; drop table documents"] }).catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });
});
