// A process's first topic trial (ADR 0029, Performance, third pass; ADR 0045): the text features the worker stores
// stand in for the texts, and a warm-up — started when the api starts, and when the Topics page opens — reads what
// the trial would read, in the background. Both give exactly the preview a cold trial that reads and tokenises every
// text gives.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDING_VERSION, sourceSha256Of, TEXT_FEATURES_VERSION, textFeatures } from "@docscan/classify";
import { backfillTextFeatures } from "@docscan/db";
import { type TrialResult, warmUpTrialsAtStart } from "../src/services/topic-trials.ts";
import { createHarness, type Harness, type TestUser } from "./helpers.ts";
import { makeDoc, reclassifyAll, TEXTS } from "./trial-fixtures.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;
let travel: string;
let bills: string;
const docs = new Map<string, string>();

/** What a trial answers about the library (not its id, time, or how much it had to read). */
const preview = ({ id: _id, ms: _ms, createdAt: _c, read: _r, ...rest }: TrialResult) => rest;
const change = () => ({ change: { kind: "update" as const, id: travel, description: "recipes, cooking, baking, soups, cakes" }, samples: 20 });

/**
 * The same vectors and text features under a new source hash: to the process, documents it has not kept (as after
 * a re-extraction that gave the same text), so the next trial or warm-up reads them again.
 */
async function restamp(ownerId: string, suffix: string): Promise<void> {
  const mine = sql`(select id from documents where owner_id = ${ownerId})`;
  await h.database.db.execute(sql`update document_vectors set source_sha256 = source_sha256 || ${suffix} where document_id in ${mine}`);
  await h.database.db.execute(sql`update document_text_features set source_sha256 = source_sha256 || ${suffix} where document_id in ${mine}`);
}

const backfill = () =>
  backfillTextFeatures(h.database.db, {
    version: EMBEDDING_VERSION,
    featuresVersion: TEXT_FEATURES_VERSION,
    compute: (text, filename) => ({ sourceSha256: sourceSha256Of(text, filename), features: textFeatures(text) }),
    batch: 4,
  });

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice-warm@example.test");
  bob = await h.addUser("bob-warm@example.test");
  // Alice's own topics: her trials and her warm-up concern her documents only.
  await alice.caller.topics.create({ name: "Invoices", description: "invoices, bills, amounts due, payment terms", color: "#6366f1" });
  travel = (await alice.caller.topics.create({ name: "Travel", description: "flights, hotels, trips, bookings, holidays", color: "#10b981" })).topic.id;
  for (const [name, text] of Object.entries(TEXTS)) docs.set(name, await makeDoc(h, alice, name, text));
  docs.set("bob-1", await makeDoc(h, bob, "bob-1", TEXTS["inv-1"]!));
  bills = (await bob.caller.topics.create({ name: "Bills", description: "bills, invoices, amounts due", color: "#f59e0b" })).topic.id;
  await reclassifyAll(h, alice.user.id);
  await reclassifyAll(h, bob.user.id);
}, 300_000);

afterAll(async () => {
  await h?.close();
});

let cold: TrialResult;

describe("topic trial: stored text features", () => {
  it("the backfill stores what scoring reads of each text, in batches, and leaves a document whose text changed since its vector", async () => {
    cold = await alice.caller.topics.trial(change());
    // The first trial of these documents read every one of them (and, without stored features, their texts).
    expect(cold.read).toBe(cold.scanned);
    expect(cold.scanned).toBe(Object.keys(TEXTS).length);
    expect(cold.listed).toBeGreaterThan(0);

    // A text changed after its vector was made: its features wait for its reclassification.
    await h.database.db.execute(sql`update documents set text = text || ' (edited)' where id = ${docs.get("bob-1")!}`);
    expect(await backfill()).toBe(docs.size - 1);
    expect(await backfill()).toBe(0);
    const rows = await h.database.db.execute<{ document_id: string; too_little: boolean; text_key: string; words: string; source_sha256: string; text: string; filename: string }>(
      sql`select f.*, d.text, d.filename from document_text_features f join documents d on d.id = f.document_id`,
    );
    expect(rows.map((r) => r.document_id).sort()).toEqual([...docs.entries()].filter(([k]) => k !== "bob-1").map(([, id]) => id).sort());
    for (const r of rows) {
      const f = textFeatures(r.text);
      expect({ tooLittle: r.too_little, textKey: r.text_key, words: r.words.split(" "), sourceSha256: r.source_sha256 }).toEqual({
        ...f,
        words: [...f.words],
        sourceSha256: sourceSha256Of(r.text, r.filename),
      });
    }
  }, 300_000);

  it("a trial that reads the stored features instead of the texts previews exactly what the cold trial did", async () => {
    await restamp(alice.user.id, "-2");
    const fromFeatures = await alice.caller.topics.trial(change());
    expect(fromFeatures.read).toBe(cold.scanned);
    expect(preview(fromFeatures)).toEqual(preview(cold));
  }, 300_000);
});

describe("topic trial: warm-up", () => {
  it("is shared, not run twice; a trial arriving meanwhile waits for it, reads nothing more, and previews exactly what a cold trial does", async () => {
    await restamp(alice.user.id, "-3");
    const [first, second] = await Promise.all([alice.caller.topics.warmTrial(), alice.caller.topics.warmTrial()]);
    expect([first, second]).toEqual([{ started: true }, { started: false }]);
    const warm = await alice.caller.topics.trial(change());
    expect(warm.read).toBe(0);
    expect(preview(warm)).toEqual(preview(cold));
  }, 300_000);

  it("reads only what the caller's trials may read: a member's own documents, an admin's every owner's", async () => {
    await restamp(alice.user.id, "-4");
    // Bob's warm-up keeps Bob's documents: Alice's trial (which waits for it) still reads all of hers.
    expect(await bob.caller.topics.warmTrial()).toEqual({ started: true });
    const afterBob = await alice.caller.topics.trial(change());
    expect(afterBob.read).toBe(afterBob.scanned);
    expect(preview(afterBob)).toEqual(preview(cold));

    await restamp(alice.user.id, "-5");
    expect(await h.caller.topics.warmTrial()).toEqual({ started: true });
    const afterAdmin = await alice.caller.topics.trial(change());
    expect(afterAdmin.read).toBe(0);
    expect(preview(afterAdmin)).toEqual(preview(cold));
  }, 300_000);

  it("at the api's start keeps every owner's documents (TRIAL_WARM_UP_AT_START): the first trial reads none", async () => {
    await restamp(alice.user.id, "-6");
    await restamp(bob.user.id, "-6");
    expect(await warmUpTrialsAtStart(h.deps)).toEqual({ kept: docs.size });
    const first = await alice.caller.topics.trial(change());
    expect(first.read).toBe(0);
    expect(preview(first)).toEqual(preview(cold));
    const bobs = await bob.caller.topics.trial({ change: { kind: "update", id: bills, description: "bills, invoices, amounts due, receipts" }, samples: 5 });
    expect(bobs.scanned).toBe(1);
    expect(bobs.read).toBe(0);
  }, 300_000);

  it("at the start of an instance with nothing to score keeps nothing", async () => {
    const empty = await createHarness();
    try {
      expect(await warmUpTrialsAtStart(empty.deps)).toEqual({ skipped: "empty", documents: 0 });
    } finally {
      await empty.close();
    }
  }, 300_000);
});
