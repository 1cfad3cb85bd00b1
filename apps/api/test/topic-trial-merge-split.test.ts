import type { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectTopics } from "@docscan/db";
import { createHarness, type Harness, type TestUser } from "./helpers.ts";
import { auditOf, libraryState, listedOf, makeDoc, reclassifyAll, rowsOf, TEXTS, type LibraryState } from "./trial-fixtures.ts";

// Merge and split as one trial each (issue 20, ADR 0029), against real Postgres and the real sentence encoder: a
// planted library with a person's decisions; apply touches exactly the listed documents (a person's link to the
// merged topic becomes one to the kept topic), and undo restores every link, rejection and suggestion exactly.
let h: Harness;
let alice: TestUser;
let invoices: string;
let bills: string;
let travel: string;
const docs = new Map<string, string>();
const id = (name: string) => docs.get(name)!;
const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e as TRPCError).code);

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice-merge@example.test");
  invoices = (await h.caller.topics.create({ name: "Invoices", description: "invoices from suppliers, amounts due, payment terms", color: "#6366f1" })).topic.id;
  bills = (await h.caller.topics.create({ name: "Bills", description: "utility bills, electricity, water, meter readings", color: "#f59e0b" })).topic.id;
  travel = (await h.caller.topics.create({ name: "Travel", description: "flights, hotels, trains, trips, bookings, holidays", color: "#10b981" })).topic.id;
  for (const [name, text] of Object.entries(TEXTS)) docs.set(name, await makeDoc(h, alice, name, text));
  // A person's decisions: the plumber's bill filed under Bills (and kept out of Invoices), an invoice kept out of
  // Bills, a flight filed under Travel by hand.
  await alice.caller.documents.setTopics({ id: id("inv-3"), topicIds: [bills] });
  await rejectTopics(h.database.db, [id("inv-3")], [invoices], alice.user.id);
  await rejectTopics(h.database.db, [id("inv-1")], [bills], alice.user.id);
  await alice.caller.documents.setTopics({ id: id("trv-1"), topicIds: [travel] });
  await reclassifyAll(h, alice.user.id);
}, 300_000);

afterAll(async () => {
  await h?.close();
});

/** Documents not listed are untouched; listed ones carry exactly the proposed AI links beside a person's links. */
function expectExactlyListedTouched(before: LibraryState, after: LibraryState, listed: Map<string, string[]>, manualAfter: (documentId: string, manualBefore: string[]) => string[]) {
  for (const [name, documentId] of docs) {
    const was = rowsOf(before, documentId);
    const now = rowsOf(after, documentId);
    if (!listed.has(documentId)) {
      expect(now, name).toEqual(was);
      continue;
    }
    const ai = now.links.filter((l) => l.source === "ai").map((l) => l.topic_id);
    const manual = now.links.filter((l) => l.source === "manual").map((l) => l.topic_id);
    expect(manual.sort(), name).toEqual(
      manualAfter(
        documentId,
        was.links.filter((l) => l.source === "manual").map((l) => l.topic_id),
      ).sort(),
    );
    expect(ai.sort(), name).toEqual(listed.get(documentId)!.filter((t) => !manual.includes(t)));
  }
}

type FieldRow = { topic_id: string; field_id: string; created_at: string };
/** The topics' field attachments with their times to the microsecond. */
const topicFieldsOf = async (topicIds: string[]) =>
  (await h.database.db.execute(
    sql`select topic_id, field_id, created_at::text from topic_fields where topic_id in (${sql.join(topicIds.map((t) => sql`${t}`), sql`, `)}) order by topic_id, field_id`,
  )) as unknown as FieldRow[];
/** Every document's field values with who set them. */
const fieldValues = async () => h.database.db.execute(sql`select document_id, field_id, value, source, updated_at::text from document_fields order by document_id, field_id`);

describe("topic trial: merge", () => {
  it("is refused across owners, into itself and to members for global topics", async () => {
    const personal = (await alice.caller.topics.create({ name: "Mine", description: "my things", color: "#ef4444" })).topic.id;
    expect(await codeOf(h.caller.topics.trial({ change: { kind: "merge", id: invoices, from: invoices } }))).toBe("BAD_REQUEST");
    expect(await codeOf(alice.caller.topics.trial({ change: { kind: "merge", id: personal, from: bills } }))).toBe("FORBIDDEN");
    expect(await codeOf(alice.caller.topics.trial({ change: { kind: "merge", id: invoices, from: bills } }))).toBe("FORBIDDEN");
    await alice.caller.topics.delete({ id: personal });
  }, 300_000);

  it("previews Bills merged into Invoices as one trial; apply moves a person's link and Bills' custom fields, drops rejections of Bills, touches only the listed documents; undo restores all exactly", async () => {
    // Custom fields (ADR 0033): one of Bills only, one of both topics; a value of the first on the plumber's bill.
    const meter = (await h.caller.fields.create({ name: "Meter number", type: "text" })).id;
    const due = (await h.caller.fields.create({ name: "Amount due", type: "monetary" })).id;
    await h.caller.fields.attach({ topicId: bills, fieldId: meter });
    await h.caller.fields.attach({ topicId: invoices, fieldId: due });
    await h.caller.fields.attach({ topicId: bills, fieldId: due });
    await alice.caller.documents.setField({ id: id("inv-3"), fieldId: meter, value: "ZW-4711" });
    const fieldsBefore = await topicFieldsOf([invoices, bills]);
    const valuesBefore = await fieldValues();
    const before = await libraryState(h, alice.user.id);
    const withBills = new Set([...before.links, ...before.rejections].filter((l) => l.topic_id === bills).map((l) => l.document_id));
    expect(withBills.size).toBeGreaterThanOrEqual(3);
    const trial = await h.caller.topics.trial({ change: { kind: "merge", id: invoices, from: bills, description: "invoices and bills: suppliers, utilities, amounts due, payment terms" }, samples: 20 });
    expect(trial).toMatchObject({ kind: "merge", topicId: invoices, topicName: "Invoices" });
    // Nothing saved but the trial.
    expect(await libraryState(h, alice.user.id)).toEqual(before);
    expect((await h.caller.topics.list()).map((t) => t.id)).toContain(bills);

    const listed = await listedOf(h, trial.id);
    expect(listed.size).toBe(trial.listed);
    // Every document with Bills (linked or rejected) is listed: the merge takes Bills away from all of them.
    for (const d of withBills) expect(listed.has(d)).toBe(true);
    expect(trial.topics.find((t) => t.topicId === bills)?.lose).toBe(before.links.filter((l) => l.topic_id === bills).length);
    // The person's Bills on the plumber's bill is shown as a person's Invoices.
    const plumber = [...trial.samples.gain, ...trial.samples.lose, ...trial.samples.move].find((s) => s.documentId === id("inv-3"))!;
    expect(plumber.proposed.find((l) => l.topicId === invoices)).toMatchObject({ source: "manual", name: "Invoices" });

    const applied = await h.caller.topics.applyTrial({ id: trial.id });
    expect(applied).toEqual({ id: trial.id, topicId: invoices, documents: trial.listed, via: "offline" });
    const topics = await h.caller.topics.list();
    expect(topics.map((t) => t.id)).not.toContain(bills);
    expect(topics.find((t) => t.id === invoices)?.description).toBe("invoices and bills: suppliers, utilities, amounts due, payment terms");
    const after = await libraryState(h, alice.user.id);
    expectExactlyListedTouched(before, after, listed, (_d, manual) => [...new Set(manual.map((t) => (t === bills ? invoices : t)))]);
    // The person's link keeps who put it there and when; their rejection of Invoices on that document goes; the
    // rejection of Bills is dropped with the topic.
    const moved = after.links.find((l) => l.document_id === id("inv-3") && l.topic_id === invoices)!;
    const was = before.links.find((l) => l.document_id === id("inv-3") && l.topic_id === bills)!;
    expect({ ...moved, topic_id: bills }).toEqual({ ...was });
    expect(after.rejections.filter((r) => r.document_id === id("inv-3"))).toEqual([]);
    expect(after.rejections.filter((r) => r.document_id === id("inv-1"))).toEqual([]);
    // One audit entry.
    const entries = await auditOf(h, invoices);
    expect(entries.map((e) => e.action).slice(1)).toEqual(["topic.update"]);
    expect(entries.at(-1)!.after).toMatchObject({ trial: trial.id, documents: trial.listed, via: "offline", mergedFrom: { id: bills, name: "Bills" } });
    expect(await auditOf(h, bills)).toHaveLength(1); // its creation only
    // Bills' fields are Invoices' now (the attachment keeps its time); Invoices' own stays as it was; values stay.
    const attachedAt = (rows: FieldRow[], topicId: string, fieldId: string) => rows.find((r) => r.topic_id === topicId && r.field_id === fieldId)?.created_at;
    const fieldsMerged = await topicFieldsOf([invoices, bills]);
    expect(fieldsMerged.filter((r) => r.topic_id === bills)).toEqual([]);
    expect(fieldsMerged.filter((r) => r.topic_id === invoices).map((r) => r.field_id).sort()).toEqual([meter, due].sort());
    expect(attachedAt(fieldsMerged, invoices, meter)).toBe(attachedAt(fieldsBefore, bills, meter));
    expect(attachedAt(fieldsMerged, invoices, due)).toBe(attachedAt(fieldsBefore, invoices, due));
    expect(await fieldValues()).toEqual(valuesBefore);
    expect((await h.caller.fields.list()).find((f) => f.id === meter)?.topicIds).toEqual([invoices]);

    await h.caller.topics.undoTrial({ id: trial.id });
    expect(await libraryState(h, alice.user.id)).toEqual(before);
    // Undo: each topic's fields exactly as before (Bills' back with their times, Meter number off Invoices).
    expect(await topicFieldsOf([invoices, bills])).toEqual(fieldsBefore);
    expect(await fieldValues()).toEqual(valuesBefore);
    const back = (await h.caller.topics.list()).find((t) => t.id === bills);
    expect(back).toMatchObject({ name: "Bills", description: "utility bills, electricity, water, meter readings" });
    expect((await h.caller.topics.list()).find((t) => t.id === invoices)?.description).toBe("invoices from suppliers, amounts due, payment terms");
  }, 300_000);

  it("the kept topic may take the merged one's name; undo gives both their names back", async () => {
    const before = await libraryState(h, alice.user.id);
    const trial = await h.caller.topics.trial({ change: { kind: "merge", id: invoices, from: bills, name: "Bills" } });
    await h.caller.topics.applyTrial({ id: trial.id });
    expect((await h.caller.topics.list()).filter((t) => t.name === "Bills").map((t) => t.id)).toEqual([invoices]);
    await h.caller.topics.undoTrial({ id: trial.id });
    const names = new Map((await h.caller.topics.list()).map((t) => [t.id, t.name]));
    expect([names.get(invoices), names.get(bills)]).toEqual(["Invoices", "Bills"]);
    expect(await libraryState(h, alice.user.id)).toEqual(before);
  }, 300_000);
});

describe("topic trial: split", () => {
  it("splits Travel into Travel and Hotels as one trial: the offline model sends the hotel bookings to Hotels, a person's link stays; undo restores exactly", async () => {
    const before = await libraryState(h, alice.user.id);
    const trial = await h.caller.topics.trial({
      change: {
        kind: "split",
        id: travel,
        description: "flights, trains, boarding passes, seats, journeys",
        into: [{ name: "Hotels", description: "hotel reservations, rooms, nights, check-in, breakfast", color: "#0ea5e9" }],
      },
      samples: 20,
    });
    expect(trial.kind).toBe("split");
    const hotels = trial.topics.find((t) => t.name === "Hotels")!;
    expect(hotels.gain).toBeGreaterThanOrEqual(2);
    const listed = await listedOf(h, trial.id);
    for (const n of ["trv-2", "trv-4"]) expect(listed.get(id(n)), n).toContain(hotels.topicId);
    for (const n of ["rec-1", "rec-2", "inv-1"]) expect(listed.get(id(n)) ?? [], n).not.toContain(hotels.topicId);
    expect(await libraryState(h, alice.user.id)).toEqual(before);

    await h.caller.topics.applyTrial({ id: trial.id });
    const topics = await h.caller.topics.list();
    // The new topic has the id the trial promised, and the edited one its new description.
    expect(topics.find((t) => t.id === hotels.topicId)?.name).toBe("Hotels");
    expect(topics.find((t) => t.id === travel)?.description).toBe("flights, trains, boarding passes, seats, journeys");
    const after = await libraryState(h, alice.user.id);
    expectExactlyListedTouched(before, after, listed, (_d, manual) => manual);
    expect(after.links.find((l) => l.document_id === id("trv-1") && l.topic_id === travel)?.source).toBe("manual");
    const entries = await auditOf(h, travel);
    expect(entries.at(-1)).toMatchObject({ action: "topic.update", after: { trial: trial.id, splitInto: [{ id: hotels.topicId, name: "Hotels" }] } });
    expect(entries.filter((e) => (e.after as { trial?: string } | null)?.trial === trial.id)).toHaveLength(1);

    await h.caller.topics.undoTrial({ id: trial.id });
    expect(await libraryState(h, alice.user.id)).toEqual(before);
    const names = (await h.caller.topics.list()).map((t) => t.name);
    expect(names).not.toContain("Hotels");
    expect((await h.caller.topics.list()).find((t) => t.id === travel)?.description).toBe("flights, hotels, trains, trips, bookings, holidays");
  }, 300_000);

  it("refuses a new topic whose name is taken, and the same name twice", async () => {
    const into = (name: string) => ({ name, description: "x", color: "#0ea5e9" });
    expect(await codeOf(h.caller.topics.trial({ change: { kind: "split", id: travel, into: [into("invoices")] } }))).toBe("CONFLICT");
    expect(await codeOf(h.caller.topics.trial({ change: { kind: "split", id: travel, into: [into("Hotels"), into("hotels")] } }))).toBe("CONFLICT");
    expect(await codeOf(h.caller.topics.trial({ change: { kind: "split", id: travel, into: [] } }))).toBe("BAD_REQUEST");
  }, 300_000);
});
