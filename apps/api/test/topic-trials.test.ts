import type { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decide, embedDocument, EMBEDDING_VERSION, keepPersonDecisions, LocalClassifier } from "@docscan/classify";
import {
  listAvailableTopics,
  ownerTrainingData,
  putDocumentVector,
  readAiSettings,
  rejectTopics,
  rejectedTopicsOf,
  replaceDocumentTopics,
  replaceSuggestions,
} from "@docscan/db";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

// Topic trials (issue 20, ADR 0029) against real Postgres and the real sentence encoder: the preview equals
// what the offline classifier does on reclassify, Apply touches exactly the listed documents, Undo restores
// every link exactly.
let h: Harness;
let alice: TestUser;
let bob: TestUser;
const docs = new Map<string, string>(); // name -> id

const TEXTS: Record<string, string> = {
  "tax-1": "Income tax return for the year 2025. Your tax office assessed the income tax due and the deductions claimed for the home office and commuting.",
  "tax-2": "Notice of tax assessment from the tax authority: the VAT return for the third quarter shows value added tax payable of 1 240 euros, due within one month.",
  "tax-3": "Annual tax statement: wage tax withheld by the employer, church tax and solidarity surcharge, to be filed with your income tax declaration before July.",
  "tax-4": "Property tax bill from the municipality: land tax for the plot and the house, payable in four quarterly instalments to the city treasury tax department.",
  "inv-1": "Invoice number 4471 from Northwind Office Supplies: printer paper, toner cartridges and folders, amount due 312.40 within 14 days, please pay by bank transfer.",
  "inv-2": "Invoice for consulting services in November, 12 hours at 95 per hour, total amount due 1 140, payment terms thirty days net, our bank account below.",
  "inv-3": "Bill from the plumber for the repair of the kitchen sink and the replacement of a valve, labour and parts, total due on receipt of this invoice.",
  "trv-1": "Flight booking confirmation: Lufthansa flight from Frankfurt to Lisbon on 12 May, seat 23A, one checked bag, boarding pass available online before the trip.",
  "trv-2": "Hotel reservation in Porto for three nights, double room with breakfast, check-in from 3 pm, free cancellation until two days before arrival for your holiday.",
  "rec-1": "Preheat the oven to 180 degrees. Mix flour, sugar, butter and eggs into a smooth dough, add the chopped apples and cinnamon, and bake the cake for forty minutes.",
  "rec-2": "For the soup, fry the onions and garlic in olive oil, add the tomatoes, basil and vegetable stock, simmer for twenty minutes and blend until smooth.",
};

let invoices: string;
let travel: string;

async function makeDoc(as: TestUser, name: string, text: string): Promise<string> {
  const id = await uploadPdf(as, `${name}.pdf`);
  await h.database.db.execute(sql`update documents set text = ${text}, status = 'done' where id = ${id}`);
  await putDocumentVector(h.database.db, id, { version: EMBEDDING_VERSION, sourceSha256: "test", vector: await embedDocument(text, `${name}.pdf`) });
  return id;
}

/** What a reclassify does to one document with today's topics: the worker's own pieces (classifier, training data, decide). */
async function offlineDecision(ownerId: string, documentId: string) {
  const db = h.database.db;
  const [doc] = await db.execute<{ text: string; filename: string }>(sql`select text, filename from documents where id = ${documentId}`);
  const topics = await listAvailableTopics(db, ownerId);
  const training = await ownerTrainingData(db, { ownerId, version: EMBEDDING_VERSION });
  const [v] = await db.execute<{ vector: Buffer }>(sql`select vector from document_vectors where document_id = ${documentId}`);
  const vector = new Float32Array(new Uint8Array(v!.vector).buffer.slice(v!.vector.byteOffset, v!.vector.byteOffset + v!.vector.byteLength));
  const result = await new LocalClassifier().classify({
    text: doc!.text,
    filename: doc!.filename,
    topics: topics.map((t) => ({ id: t.id, name: t.name, description: t.description })),
    examples: training.examples,
    library: training.library,
    vector,
  });
  const manual = (await db.execute<{ topic_id: string }>(sql`select topic_id from document_topics where document_id = ${documentId} and source = 'manual'`)).map((r) => r.topic_id);
  const rejected = await rejectedTopicsOf(db, documentId);
  const settings = await readAiSettings(db, h.deps.secretKey, h.deps.aiDefaults);
  return decide(keepPersonDecisions(result, { manual, rejected }), new Map(topics.map((t) => [t.id, t.threshold])), settings.threshold);
}

/** Files every document of the owner as a reclassify would (AI links and suggestions). */
async function reclassifyAll(ownerId: string): Promise<void> {
  const ids = (await h.database.db.execute<{ id: string }>(sql`select id from documents where owner_id = ${ownerId}`)).map((r) => r.id);
  for (const id of ids) {
    const d = await offlineDecision(ownerId, id);
    await replaceDocumentTopics(h.database.db, id, "ai", d.apply);
    await replaceSuggestions(h.database.db, id, null, d.review);
  }
}

/** Every link and suggestion of the owner's documents, exactly. */
async function state(ownerId: string) {
  const links = await h.database.db.execute(sql`
    select dt.document_id, dt.topic_id, dt.source, dt.confidence, dt.quote from document_topics dt join documents d on d.id = dt.document_id
    where d.owner_id = ${ownerId} order by 1, 2`);
  const suggestions = await h.database.db.execute(sql`
    select s.document_id, s.topic_id, s.confidence, s.quote from topic_suggestions s join documents d on d.id = s.document_id
    where d.owner_id = ${ownerId} order by 1, 2`);
  const rejections = await h.database.db.execute(sql`
    select r.document_id, r.topic_id from document_topic_rejections r join documents d on d.id = r.document_id where d.owner_id = ${ownerId} order by 1, 2`);
  return { links: [...links], suggestions: [...suggestions], rejections: [...rejections] };
}

const linkRowsOf = (s: Awaited<ReturnType<typeof state>>, id: string) => s.links.filter((l) => l.document_id === id);

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice-trial@example.test");
  bob = await h.addUser("bob-trial@example.test");
  invoices = (await h.caller.topics.create({ name: "Invoices", description: "invoices, bills, amounts due, payment terms", color: "#6366f1" })).topic.id;
  travel = (await h.caller.topics.create({ name: "Travel", description: "flights, hotels, trips, bookings, holidays", color: "#10b981" })).topic.id;
  for (const [name, text] of Object.entries(TEXTS)) docs.set(name, await makeDoc(alice, name, text));
  docs.set("bob-tax", await makeDoc(bob, "bob-tax", TEXTS["tax-2"]!.replace("third", "second")));
  // A person's decisions: one tax letter filed under Invoices by hand, one travel document kept out of Invoices.
  await alice.caller.documents.setTopics({ id: docs.get("tax-4")!, topicIds: [invoices] });
  await rejectTopics(h.database.db, [docs.get("trv-1")!], [invoices], alice.user.id);
  await reclassifyAll(alice.user.id);
  await reclassifyAll(bob.user.id);
}, 300_000);

afterAll(async () => {
  await h?.close();
});

describe("topic trial: a new topic", () => {
  it("lists the documents that would gain it, saves nothing, and Apply gives exactly those what a reclassify gives; Undo puts every link back", async () => {
    const before = await state(alice.user.id);
    const beforeBob = await state(bob.user.id);
    const trial = await h.caller.topics.trial({
      change: { kind: "create", name: "Tax", description: "taxes, tax returns, income tax, VAT, tax office, tax assessment", color: "#f59e0b" },
      samples: 20,
    });
    // Nothing changed but the trial itself.
    expect(await state(alice.user.id)).toEqual(before);
    expect((await h.caller.topics.list()).map((t) => t.name)).not.toContain("Tax");

    const tax = trial.topics.find((t) => t.topicId === trial.topicId);
    expect(tax?.gain).toBeGreaterThanOrEqual(3);
    const gained = [...trial.samples.gain, ...trial.samples.move].filter((s) => s.gains.includes(trial.topicId)).map((s) => s.documentId);
    expect(gained.length).toBe(tax!.gain);
    // Tax letters gain it; recipes and travel bookings are not touched.
    expect(gained).toEqual(expect.arrayContaining([docs.get("tax-1"), docs.get("tax-2"), docs.get("tax-3")]));
    for (const n of ["rec-1", "rec-2", "trv-1", "trv-2"]) expect(gained).not.toContain(docs.get(n));
    // Both owners are reached by a global topic; the admin sees them apart.
    expect(trial.owners.map((o) => o.email).sort()).toEqual(expect.arrayContaining(["alice-trial@example.test", "bob-trial@example.test"]));
    expect(trial.scanned).toBe(docs.size);
    const sample = trial.samples.gain.find((s) => s.documentId === docs.get("tax-1")) ?? trial.samples.move.find((s) => s.documentId === docs.get("tax-1"));
    const proposedTax = sample!.proposed.find((l) => l.topicId === trial.topicId)!;
    expect(proposedTax).toMatchObject({ name: "Tax", source: "ai" });
    expect(proposedTax.confidence).toBeGreaterThan(0.5);
    expect(proposedTax.quote).toMatch(/tax/i);

    // The LLM estimate: every listed document's request counted with the tokenizer, at the configured model's price.
    expect(trial.llm).toMatchObject({ documents: trial.listed, counted: trial.listed, inUse: false });
    expect(trial.llm.inputTokens).toBeGreaterThan(trial.listed * 100);
    expect(trial.llm.costUsd).toBeGreaterThan(0);
    expect(trial.llm.costUsd).toBeLessThan(0.01);

    const listedIds = new Set([...trial.samples.gain, ...trial.samples.lose, ...trial.samples.move].map((s) => s.documentId));
    expect(listedIds.size).toBe(trial.listed);

    const applied = await h.caller.topics.applyTrial({ id: trial.id });
    expect(applied).toEqual({ id: trial.id, topicId: trial.topicId, documents: trial.listed, via: "offline" });
    const after = await state(alice.user.id);
    for (const [name, id] of docs) {
      if (name === "bob-tax") continue;
      if (!listedIds.has(id)) {
        // Not listed: not touched at all.
        expect(linkRowsOf(after, id), name).toEqual(linkRowsOf(before, id));
        continue;
      }
      // Listed: exactly what a reclassify with the new topic decides.
      const expected = await offlineDecision(alice.user.id, id);
      const ai = linkRowsOf(after, id).filter((l) => l.source === "ai");
      expect(ai.map((l) => l.topic_id).sort(), name).toEqual(expected.apply.map((a) => a.topicId).sort());
      for (const a of expected.apply) expect(ai.find((l) => l.topic_id === a.topicId)?.confidence).toBeCloseTo(a.confidence, 5);
      // A person's decisions stay.
      expect(linkRowsOf(after, id).filter((l) => l.source === "manual")).toEqual(linkRowsOf(before, id).filter((l) => l.source === "manual"));
    }
    // And documents not listed are ones a reclassify would leave as they are.
    for (const [name, id] of docs) {
      if (name === "bob-tax" || listedIds.has(id)) continue;
      const expected = await offlineDecision(alice.user.id, id);
      expect(
        linkRowsOf(after, id)
          .filter((l) => l.source === "ai")
          .map((l) => l.topic_id)
          .sort(),
        name,
      ).toEqual(expected.apply.map((a) => a.topicId).sort());
    }
    expect(after.rejections).toEqual(before.rejections);

    // One audit entry for the whole change.
    const entries = await h.database.db.execute<{ action: string; after: { trial: string; documents: number } }>(
      sql`select action, after from audit_log where object_id = ${trial.topicId} order by at`,
    );
    expect(entries.map((e) => e.action)).toEqual(["topic.create"]);
    expect(entries[0]!.after).toMatchObject({ trial: trial.id, documents: trial.listed });

    expect(await h.caller.topics.lastTrial()).toMatchObject({ id: trial.id, topicName: "Tax" });
    await expect(h.caller.topics.applyTrial({ id: trial.id })).rejects.toMatchObject({ code: "CONFLICT" });

    await h.caller.topics.undoTrial({ id: trial.id });
    expect(await state(alice.user.id)).toEqual(before);
    expect(await state(bob.user.id)).toEqual(beforeBob);
    expect((await h.caller.topics.list()).map((t) => t.name)).not.toContain("Tax");
    expect(await h.caller.topics.lastTrial()).toBeNull();
    await expect(h.caller.topics.undoTrial({ id: trial.id })).rejects.toMatchObject({ code: "CONFLICT" });
  }, 300_000);
});

describe("topic trial: a deleted topic and an edited one", () => {
  it("deleting lists every document that has the topic; undo brings the topic back with its id, a person's link and the rest", async () => {
    const before = await state(alice.user.id);
    const trial = await h.caller.topics.trial({ change: { kind: "delete", id: invoices } });
    const withInvoices = new Set(before.links.filter((l) => l.topic_id === invoices).map((l) => l.document_id));
    expect(withInvoices.size).toBeGreaterThan(0);
    expect(trial.topics.find((t) => t.topicId === invoices)?.lose).toBe(withInvoices.size + (await countBobInvoices()));
    await h.caller.topics.applyTrial({ id: trial.id });
    expect((await h.caller.topics.list()).map((t) => t.id)).not.toContain(invoices);
    await h.caller.topics.undoTrial({ id: trial.id });
    expect((await h.caller.topics.list()).find((t) => t.id === invoices)?.name).toBe("Invoices");
    expect(await state(alice.user.id)).toEqual(before);
  }, 300_000);

  it("an edited description is previewed and applied like the others; a stale trial is refused", async () => {
    const trial = await h.caller.topics.trial({ change: { kind: "update", id: travel, description: "flights, hotels, trips, bookings, holidays, and also cooking recipes, baking and soups" } });
    const stale = await h.caller.topics.trial({ change: { kind: "update", id: travel, name: "Journeys" } });
    await h.caller.topics.applyTrial({ id: trial.id });
    // The library changed under the second trial (the topic it edits, and links): it must be run again.
    await expect(h.caller.topics.applyTrial({ id: stale.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await h.caller.topics.undoTrial({ id: trial.id });
    expect((await h.caller.topics.list()).find((t) => t.id === travel)?.description).toBe("flights, hotels, trips, bookings, holidays");
  }, 300_000);
});

async function countBobInvoices(): Promise<number> {
  const [r] = await h.database.db.execute<{ n: number }>(sql`select count(*)::int as n from document_topics dt join documents d on d.id = dt.document_id where d.owner_id = ${bob.user.id} and dt.topic_id = ${invoices}`);
  return r!.n;
}

describe("topic trial: rights and input", () => {
  it("takes the rights of topic editing: members only their own topics, and another's trial is not found", async () => {
    const err = await alice.caller.topics.trial({ change: { kind: "delete", id: travel } }).catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("FORBIDDEN");
    const own = await alice.caller.topics.trial({ change: { kind: "create", name: "Recipes", description: "recipes, cooking, baking, soups, cakes", color: "#ef4444" } });
    // A member's new topic is personal: only their documents are scored.
    expect(own.scanned).toBe(docs.size - 1);
    expect(own.owners).toHaveLength(1);
    const notMine = await bob.caller.topics.applyTrial({ id: own.id }).catch((e: unknown) => e);
    expect((notMine as TRPCError).code).toBe("NOT_FOUND");
    const bad = await alice.caller.topics.trial({ change: { kind: "update", id: "not-an-id" } } as never).catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    const clash = await h.caller.topics.trial({ change: { kind: "create", name: "travel", description: "x", color: "#ef4444" } }).catch((e: unknown) => e);
    expect((clash as TRPCError).code).toBe("CONFLICT");
  }, 300_000);

  it("REST: POST /api/topics/trials, then apply and undo", async () => {
    const res = await h.request("/api/topics/trials", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ change: { kind: "create", name: "Taxes", description: "taxes, tax returns, VAT, tax office", color: "#f59e0b" }, samples: 2 }),
    });
    expect(res.status).toBe(200);
    const trial = (await res.json()) as { id: string; listed: number; topicId: string };
    expect(trial.listed).toBeGreaterThan(0);
    const applied = await h.request(`/api/topics/trials/${trial.id}/apply`, { method: "POST" });
    expect(applied.status).toBe(200);
    expect(await applied.json()).toMatchObject({ documents: trial.listed });
    const undone = await h.request(`/api/topics/trials/${trial.id}/undo`, { method: "POST" });
    expect(undone.status).toBe(200);
    const bad = await h.request("/api/topics/trials", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ change: { kind: "merge" } }) });
    expect(bad.status).toBe(400);
    expect((await h.request("/api/topics/trials/00000000-0000-4000-8000-000000000000/apply", { method: "POST" })).status).toBe(404);
    expect((await h.anonymous.request(`/api/topics/trials/${trial.id}/undo`, { method: "POST" })).status).toBe(401);
  }, 300_000);
});
