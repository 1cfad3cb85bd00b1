import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@docscan/shared";
import {
  ALL_DOCUMENTS,
  createTopic,
  deleteDocument,
  deleteTopic,
  getDocument,
  insertDocument,
  listDocuments,
  listTopics,
  listTrash,
  readAiSettings,
  readPublicAiSettings,
  replaceDocumentTopics,
  setManualTopics,
  trashDocuments,
  updateAiSettings,
  updateTopic,
} from "../src/index.ts";
import { deriveSecretKey } from "../src/secrets.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

function newDoc(overrides: Partial<Parameters<typeof insertDocument>[1]> = {}) {
  const id = randomUUID();
  return {
    id,
    filename: "a.pdf",
    objectKey: `unowned/${id}/${randomUUID()}.pdf`,
    contentType: "application/pdf",
    size: 10,
    sha256: "0".repeat(64),
    storageBackend: "fs" as const,
    ...overrides,
  };
}

describe("migrations", () => {
  it("creates the app tables and the job queue schema", async () => {
    const rows = await t.db.execute<{ n: string }>(
      sql`select count(*)::text as n from information_schema.tables where table_schema = 'public' and table_name in ('documents','topics','document_topics','settings')`,
    );
    expect(rows[0]?.n).toBe("4");
    const queue = await t.db.execute(sql`select 1 from information_schema.schemata where schema_name = 'graphile_worker'`);
    expect(queue.length).toBe(1);
  });
});

describe("topics", () => {
  it("treats names case-insensitively: a duplicate create returns the existing topic", async () => {
    const a = await createTopic(t.db, { name: "Invoices", description: "bills", color: "#ff0000" });
    const b = await createTopic(t.db, { name: "invoices", description: "other", color: "#00ff00" });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.topic.id).toBe(a.topic.id);
    await expect(createTopic(t.db, { name: "Receipts", description: "", color: "#6366f1" })).resolves.toMatchObject({ created: true });
    await expect(updateTopic(t.db, a.topic.id, { name: "RECEIPTS" })).rejects.toThrow(/already exists/);
  });

  it("counts documents and detaches them on delete", async () => {
    const { topic } = await createTopic(t.db, { name: "Tax", description: "", color: "#6366f1" });
    const doc = await insertDocument(t.db, newDoc());
    await replaceDocumentTopics(t.db, doc.id, "ai", [{ topicId: topic.id, confidence: 0.9 }]);
    expect((await listTopics(t.db, { userId: null, scope: {} })).find((x) => x.id === topic.id)?.documentCount).toBe(1);
    await expect(deleteTopic(t.db, topic.id)).resolves.toEqual({ detached: 1 });
    expect((await getDocument(t.db, doc.id, ALL_DOCUMENTS)).topics).toEqual([]);
    await expect(deleteTopic(t.db, topic.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("documents", () => {
  it("keeps manual topics when AI topics are replaced, and lists newest first with filters", async () => {
    const { topic: manual } = await createTopic(t.db, { name: "Manual", description: "", color: "#6366f1" });
    const { topic: ai } = await createTopic(t.db, { name: "Ai", description: "", color: "#6366f1" });
    const older = await insertDocument(t.db, newDoc({ createdAt: new Date(Date.now() - 60_000) }));
    const newer = await insertDocument(t.db, newDoc({ status: "done" }));
    await setManualTopics(t.db, older.id, [manual.id], ALL_DOCUMENTS);
    await replaceDocumentTopics(t.db, older.id, "ai", [{ topicId: ai.id, confidence: 0.7 }]);
    await replaceDocumentTopics(t.db, older.id, "ai", [{ topicId: ai.id, confidence: 0.8 }]);
    const detail = await getDocument(t.db, older.id, ALL_DOCUMENTS);
    expect(detail.topics.map((x) => [x.name, x.source, x.confidence])).toEqual([
      ["Ai", "ai", expect.closeTo(0.8, 5)],
      ["Manual", "manual", null],
    ]);

    const all = await listDocuments(t.db, { page: 1, perPage: 100 });
    const ids = all.items.map((d) => d.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    const byTopic = await listDocuments(t.db, { page: 1, perPage: 10, topic: manual.id });
    expect(byTopic.items.map((d) => d.id)).toEqual([older.id]);
    expect(byTopic.total).toEqual({ value: 1, exact: true });
    const byStatus = await listDocuments(t.db, { page: 1, perPage: 10, status: "done" });
    expect(byStatus.items.map((d) => d.id)).toContain(newer.id);
    expect(byStatus.items.every((d) => d.status === "done")).toBe(true);

    await deleteDocument(t.db, older.id, ALL_DOCUMENTS);
    await expect(getDocument(t.db, older.id, ALL_DOCUMENTS)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rejects an unknown status at the database", async () => {
    await insertDocument(t.db, newDoc());
    const err: unknown = await t.db.execute(sql`update documents set status = 'bogus'`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).cause)).toMatch(/documents_status_check/);
  });
});

describe("settings", () => {
  const key = deriveSecretKey("a-test-secret-of-enough-length");
  const defaults = { apiKey: null, baseUrl: null, model: "gpt-4o-mini", threshold: 0.5 };

  it("stores the API key encrypted and only ever returns it masked to the public view", async () => {
    await updateAiSettings(t.db, key, { apiKey: "sk-live-secret-1234", provider: "openai" });
    const raw = await t.db.execute<{ value: unknown }>(sql`select value from settings where key = 'ai'`);
    expect(JSON.stringify(raw[0]?.value)).not.toContain("sk-live-secret-1234");
    expect(await readPublicAiSettings(t.db, key, defaults)).toMatchObject({
      apiKeyMasked: "sk-…1234",
      apiKeySource: "settings",
      provider: "openai",
    });
    expect((await readAiSettings(t.db, key, defaults)).apiKey).toBe("sk-live-secret-1234");
    await expect(readAiSettings(t.db, deriveSecretKey("another-secret-of-enough-len"), defaults)).rejects.toThrow();

    await updateAiSettings(t.db, key, { apiKey: null });
    expect(await readPublicAiSettings(t.db, key, { ...defaults, apiKey: "sk-env-key-9999" })).toMatchObject({
      apiKeyMasked: "sk-…9999",
      apiKeySource: "environment",
    });
  });

  it("sends a key only to the server it was entered for", async () => {
    await updateAiSettings(t.db, key, { apiKey: "sk-for-openai-0001", baseUrl: "" });
    // Pointing the stored key elsewhere needs the key again: an admin cannot redirect it to read it.
    await expect(updateAiSettings(t.db, key, { baseUrl: "https://elsewhere.example/v1" })).rejects.toThrow(/enter the API key again/);
    await updateAiSettings(t.db, key, { baseUrl: "" }); // unchanged: fine
    await updateAiSettings(t.db, key, { baseUrl: "https://elsewhere.example/v1", apiKey: "sk-for-elsewhere-02" });
    expect(await readAiSettings(t.db, key, defaults)).toMatchObject({ baseUrl: "https://elsewhere.example/v1", apiKey: "sk-for-elsewhere-02" });

    // The environment's key goes with the environment's endpoint only.
    await updateAiSettings(t.db, key, { apiKey: null });
    const env = { ...defaults, apiKey: "sk-env-0003", baseUrl: "https://env.example/v1" };
    expect((await readAiSettings(t.db, key, env)).apiKey).toBeNull();
    await updateAiSettings(t.db, key, { baseUrl: "https://env.example/v1" });
    expect((await readAiSettings(t.db, key, env)).apiKey).toBe("sk-env-0003");
    await updateAiSettings(t.db, key, { baseUrl: "" });
  });

  it("keeps every field of two updates made at the same time", async () => {
    await Promise.all([updateAiSettings(t.db, key, { model: "model-a" }), updateAiSettings(t.db, key, { threshold: 0.42 }), updateAiSettings(t.db, key, { allowNewTopics: true })]);
    expect(await readAiSettings(t.db, key, defaults)).toMatchObject({ model: "model-a", threshold: 0.42, allowNewTopics: true });
  });
});

describe("trash listing", () => {
  it("lists at most the limit, most recently deleted first, and says when the trash holds more", async () => {
    const before = (await listTrash(t.db, {}, 10_000)).items.length;
    const docs = [];
    for (let i = 0; i < 3; i++) {
      const doc = await insertDocument(t.db, newDoc());
      await trashDocuments(t.db, [doc.id], {}, null);
      docs.push(doc);
    }
    const cut = await listTrash(t.db, {}, before + 2);
    expect(cut.items).toHaveLength(before + 2);
    expect(cut.more).toBe(true);
    expect(cut.items[0]!.id).toBe(docs[2]!.id);
    const all = await listTrash(t.db, {}, before + 3);
    expect(all.items).toHaveLength(before + 3);
    expect(all.more).toBe(false);
  });
});
