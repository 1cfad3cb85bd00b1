import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceDocumentTopics } from "@docscan/db";
import { toTRPCError } from "../src/errors.ts";
import { createHarness, uploadPdf, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const uploadOne = (name?: string) => uploadPdf(h, name);

async function codeOf(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return (err as TRPCError).code;
}

describe("topics", () => {
  it("creates, de-duplicates case-insensitively, updates, counts and deletes", async () => {
    const created = await h.caller.topics.create({ name: "Invoices", description: "Bills we pay" });
    expect(created).toMatchObject({ created: true, topic: { name: "Invoices", color: "#6366f1" } });
    const again = await h.caller.topics.create({ name: "INVOICES" });
    expect(again).toMatchObject({ created: false, topic: { id: created.topic.id } });

    const updated = await h.caller.topics.update({ id: created.topic.id, color: "#10b981", description: "Supplier bills" });
    expect(updated).toMatchObject({ name: "Invoices", color: "#10b981", description: "Supplier bills" });
    // A partial update changes only what it names: no default colour or empty description sneaks in.
    const renamed = await h.caller.topics.update({ id: created.topic.id, name: "Invoices 2025" });
    expect(renamed).toMatchObject({ name: "Invoices 2025", color: "#10b981", description: "Supplier bills" });
    expect(await h.caller.topics.update({ id: created.topic.id, threshold: 0.8 })).toMatchObject({ color: "#10b981", description: "Supplier bills", threshold: 0.8 });

    const docId = await uploadOne();
    await h.caller.documents.setTopics({ id: docId, topicIds: [created.topic.id] });
    expect((await h.caller.topics.list()).find((t) => t.id === created.topic.id)?.documentCount).toBe(1);

    await expect(h.caller.topics.delete({ id: created.topic.id })).resolves.toEqual({ detached: 1 });
    expect((await h.caller.documents.get({ id: docId })).topics).toEqual([]);
  });

  it("answers BAD_REQUEST, NOT_FOUND and CONFLICT for user mistakes", async () => {
    expect(await codeOf(h.caller.topics.create({ name: "" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.topics.create({ name: "X", color: "blue" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.topics.create({ name: "Nul\u0000name" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.list({ q: "tax\u0000" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.topics.update({ id: "nope", name: "Y" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.topics.update({ id: randomUUID(), name: "Y" }))).toBe("NOT_FOUND");
    expect(await codeOf(h.caller.topics.delete({ id: randomUUID() }))).toBe("NOT_FOUND");
    const a = await h.caller.topics.create({ name: "Alpha" });
    await h.caller.topics.create({ name: "Beta" });
    expect(await codeOf(h.caller.topics.update({ id: a.topic.id, name: "beta" }))).toBe("CONFLICT");
  });
});

describe("documents", () => {
  it("refuses a manual topic choice made on topics that changed meanwhile (the classifier finished)", async () => {
    const [a, b] = [(await h.caller.topics.create({ name: "Alpha docs" })).topic, (await h.caller.topics.create({ name: "Beta docs" })).topic];
    const id = await uploadOne("raced.pdf");
    // The person opened the picker while the document had no topics; the classifier then added Alpha.
    await replaceDocumentTopics(h.database.db, id, "ai", [{ topicId: a.id, confidence: 0.9 }]);
    expect(await codeOf(h.caller.documents.setTopics({ id, topicIds: [b.id], expectedTopicIds: [] }))).toBe("CONFLICT");
    expect((await h.caller.documents.get({ id })).topics.map((t) => [t.name, t.source])).toEqual([["Alpha docs", "ai"]]);
    // Chosen again with what is there now, it goes through.
    const saved = await h.caller.documents.setTopics({ id, topicIds: [a.id, b.id], expectedTopicIds: [a.id] });
    expect(saved.topics.map((t) => [t.name, t.source]).sort()).toEqual([["Alpha docs", "manual"], ["Beta docs", "manual"]]);
  });

  it("lists, gets, overrides topics manually, reclassifies and deletes", async () => {
    const { topic } = await h.caller.topics.create({ name: "Contracts" });
    const id = await uploadOne("contract.pdf");
    const list = await h.caller.documents.list({ perPage: 5 });
    expect(list.items[0]?.id).toBe(id);

    const withTopic = await h.caller.documents.setTopics({ id, topicIds: [topic.id, topic.id] });
    expect(withTopic.topics).toEqual([expect.objectContaining({ id: topic.id, source: "manual", confidence: null })]);
    expect((await h.caller.documents.list({ topic: topic.id })).items.map((d) => d.id)).toEqual([id]);
    const found = await h.caller.documents.list({ q: "contr", topic: topic.id });
    expect(found).toMatchObject({ sort: "relevance", total: { value: 1, exact: true }, nextCursor: null });
    expect(found.items.map((d) => d.id)).toEqual([id]);
    expect((await h.caller.documents.list({ q: "contract -contract" })).items).toEqual([]);

    // No text yet: reclassify runs the whole pipeline again.
    await expect(h.caller.documents.reclassify({ id })).resolves.toEqual({ status: "pending", keptManual: 1, keptRejected: 0 });
    await h.database.db.execute(sql`update documents set text = 'some text', status = 'done' where id = ${id}`);
    await expect(h.caller.documents.reclassify({ id })).resolves.toEqual({ status: "classifying", keptManual: 1, keptRejected: 0 });

    await h.caller.documents.delete({ id });
    expect(await codeOf(h.caller.documents.get({ id }))).toBe("NOT_FOUND");
  });

  it("adds and removes topics on a selection as manual choices, all or nothing", async () => {
    const { topic: a } = await h.caller.topics.create({ name: "Bulk A" });
    const { topic: b } = await h.caller.topics.create({ name: "Bulk B" });
    const { topic: c } = await h.caller.topics.create({ name: "Bulk C" });
    const [d1, d2, d3] = [await uploadOne("d1.pdf"), await uploadOne("d2.pdf"), await uploadOne("d3.pdf")];
    await replaceDocumentTopics(h.database.db, d1, "ai", [
      { topicId: b.id, confidence: 0.9 },
      { topicId: c.id, confidence: 0.8 },
    ]);
    const linksOf = async (id: string) => (await h.caller.documents.get({ id })).topics.map((t) => [t.name, t.source]);

    await expect(h.caller.documents.addTopics({ ids: [d1, d2, d1], topicIds: [a.id, b.id] })).resolves.toEqual({ updated: 2 });
    expect(await linksOf(d1)).toEqual([["Bulk A", "manual"], ["Bulk B", "manual"], ["Bulk C", "ai"]]);
    expect(await linksOf(d2)).toEqual([["Bulk A", "manual"], ["Bulk B", "manual"]]);

    // d1 loses C: what it keeps is confirmed (manual), as setTopics would record it. d3 had nothing to lose.
    await h.database.db.execute(sql`update document_topics set source = 'ai' where document_id = ${d1} and topic_id = ${b.id}`);
    await expect(h.caller.documents.removeTopics({ ids: [d1, d3], topicIds: [c.id] })).resolves.toEqual({ updated: 1 });
    expect(await linksOf(d1)).toEqual([["Bulk A", "manual"], ["Bulk B", "manual"]]);
    expect(await linksOf(d3)).toEqual([]);

    // One unknown document or topic: nothing changes.
    expect(await codeOf(h.caller.documents.addTopics({ ids: [d3, randomUUID()], topicIds: [a.id] }))).toBe("NOT_FOUND");
    expect(await codeOf(h.caller.documents.addTopics({ ids: [d3], topicIds: [a.id, randomUUID()] }))).toBe("NOT_FOUND");
    expect(await codeOf(h.caller.documents.removeTopics({ ids: [d1, randomUUID()], topicIds: [a.id] }))).toBe("NOT_FOUND");
    expect(await linksOf(d3)).toEqual([]);
    expect(await linksOf(d1)).toEqual([["Bulk A", "manual"], ["Bulk B", "manual"]]);
  });

  it("deletes a selection to the trash, or for good (rows and stored bytes), or nothing at all", async () => {
    const [a, b] = [await uploadOne("gone-a.pdf"), await uploadOne("gone-b.pdf")];
    const keys = [(await h.caller.documents.get({ id: a })).objectKey, (await h.caller.documents.get({ id: b })).objectKey];
    expect(await codeOf(h.caller.documents.deleteMany({ ids: [a, randomUUID()] }))).toBe("NOT_FOUND");
    await expect(h.caller.documents.get({ id: a })).resolves.toMatchObject({ id: a });
    await expect(h.caller.documents.deleteMany({ ids: [a, b, a] })).resolves.toEqual({ deleted: 2 });
    expect(await codeOf(h.caller.documents.get({ id: b }))).toBe("NOT_FOUND");
    // In the trash the bytes stay; deleting for good removes them.
    for (const key of keys) expect(await h.deps.storage.head(key)).not.toBeNull();
    await expect(h.caller.documents.deleteMany({ ids: [a, b], permanent: true })).resolves.toEqual({ deleted: 2 });
    for (const key of keys) expect(await h.deps.storage.head(key)).toBeNull();
  });

  it("caps and validates bulk selections", async () => {
    const many = Array.from({ length: 501 }, () => randomUUID());
    expect(await codeOf(h.caller.documents.deleteMany({ ids: many }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.deleteMany({ ids: [] }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.move({ ids: ["nope"], folderId: null }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.addTopics({ ids: [randomUUID()], topicIds: [] }))).toBe("BAD_REQUEST");
  });

  it("validates every input", async () => {
    expect(await codeOf(h.caller.documents.get({ id: "x" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.list({ perPage: 1000 }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.list({ cursor: "garbage" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.list({ sort: "relevance" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.documents.setTopics({ id: randomUUID(), topicIds: [] }))).toBe("NOT_FOUND");
    const id = await uploadOne();
    expect(await codeOf(h.caller.documents.setTopics({ id, topicIds: [randomUUID()] }))).toBe("NOT_FOUND");
    expect(await codeOf(h.caller.documents.reclassify({ id: randomUUID() }))).toBe("NOT_FOUND");
    expect(await codeOf(h.caller.documents.delete({ id: randomUUID() }))).toBe("NOT_FOUND");
  });
});

describe("settings", () => {
  it("never returns the API key in clear", async () => {
    expect(await h.caller.settings.get()).toMatchObject({ provider: "auto", effectiveProvider: "local", apiKeyMasked: null });
    const s = await h.caller.settings.update({ apiKey: "sk-test-abcdef987654", model: "gpt-4o-mini", baseUrl: "http://127.0.0.1:1/v1" });
    expect(s).toMatchObject({ apiKeyMasked: "sk-…7654", effectiveProvider: "openai" });
    expect(JSON.stringify(s)).not.toContain("abcdef987654");
    expect(await codeOf(h.caller.settings.update({ threshold: 2 }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.settings.update({ baseUrl: "not a url" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.settings.update({ baseUrl: "file:///etc/passwd" }))).toBe("BAD_REQUEST");
    expect(await codeOf(h.caller.settings.update({ baseUrl: "https://attacker.example/v1" }))).toBe("BAD_REQUEST");
    const conn = await h.caller.settings.testConnection();
    expect(conn).toMatchObject({ ok: false, provider: "openai" });
    await h.caller.settings.update({ apiKey: null });
    expect((await h.caller.settings.get()).effectiveProvider).toBe("local");
  });
});

describe("over HTTP", () => {
  it("maps input errors to 400 with flattened field errors, never 500", async () => {
    const res = await h.request("/trpc/topics.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { name: "", color: "nope" } }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { json: { data: { zodError: { fieldErrors: Record<string, string[]> } } } } };
    expect(Object.keys(body.error.json.data.zodError.fieldErrors).sort()).toEqual(["color", "name"]);
  });

  it("refuses a body over 1 MiB with 413 before reading it, and a job id beyond bigint with 400", async () => {
    const huge = await h.request("/trpc/topics.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { name: "x", description: "d".repeat(2 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: "the request body is too large" });
    expect(await codeOf(h.caller.jobs.retry({ ids: ["9223372036854775808"] }))).toBe("BAD_REQUEST");
    await expect(h.caller.jobs.retry({ ids: ["9223372036854775807"] })).resolves.toEqual({ retried: 0 });
  });

  it("maps a reference to a row deleted meanwhile (a foreign-key violation) to 409, not 500", async () => {
    const id = await uploadOne("refers.pdf");
    // What a topic deleted between the check and the write leaves: a link to a topic that is gone.
    const err = await replaceDocumentTopics(h.database.db, id, "manual", [{ topicId: randomUUID(), confidence: null }]).catch((e: unknown) => e);
    expect(toTRPCError(err)).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/deleted meanwhile/) });
  });

  it("answers 404 for an unknown document through tRPC", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { id: randomUUID() } }));
    const res = await h.request(`/trpc/documents.get?input=${input}`);
    expect(res.status).toBe(404);
  });
});
