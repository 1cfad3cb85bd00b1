import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALL_DOCUMENTS,
  bytesToVector,
  createTopic,
  getDocument,
  getDocumentVector,
  insertDocument,
  insertRun,
  listDocuments,
  ownerVectors,
  putDocumentVector,
  replaceDocumentTopics,
  vectorsOf,
  vectorToBytes,
} from "../src/index.ts";
import { documentVectors } from "../src/schema/index.ts";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

async function newDoc(): Promise<string> {
  const id = randomUUID();
  await insertDocument(t.db, { id, filename: "a.txt", objectKey: `k/${id}`, contentType: "text/plain", size: 1, sha256: "0".repeat(64), storageBackend: "fs", text: "x" });
  return id;
}

describe("stored vectors", () => {
  it("keep float32 values exactly, little-endian, 4 bytes each, and are read only for their version and source", async () => {
    const v = new Float32Array([0.5, -1.25, 3.4028234663852886e38, 1e-7]);
    const bytes = vectorToBytes(v);
    expect(bytes.byteLength).toBe(16);
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 0, 0x3f]); // 0.5 little-endian
    expect(bytesToVector(bytes)).toEqual(v);

    const id = await newDoc();
    await putDocumentVector(t.db, id, { version: "v1", sourceSha256: "h1", vector: v });
    expect(await getDocumentVector(t.db, id, "v1", "h1")).toEqual(v);
    expect(await getDocumentVector(t.db, id, "v2", "h1")).toBeNull();
    expect(await getDocumentVector(t.db, id, "v1", "other-text")).toBeNull();
    await putDocumentVector(t.db, id, { version: "v2", sourceSha256: "h2", vector: new Float32Array([1]) });
    expect(await getDocumentVector(t.db, id, "v2", "h2")).toEqual(new Float32Array([1]));
    // A document deleted meanwhile is skipped rather than an error.
    await expect(putDocumentVector(t.db, randomUUID(), { version: "v1", sourceSha256: "h", vector: v })).resolves.toBeUndefined();
  });
});

describe("stored vectors kept by the process (ADR 0044)", () => {
  it("are read again when the stored vector is replaced (another source or version), and left out once deleted", async () => {
    const [a, b] = [await newDoc(), await newDoc()];
    await putDocumentVector(t.db, a, { version: "k1", sourceSha256: "a1", vector: new Float32Array([1, 0]) });
    await putDocumentVector(t.db, b, { version: "k1", sourceSha256: "b1", vector: new Float32Array([0, 1]) });
    const library = async () => new Map((await ownerVectors(t.db, { ownerId: null, version: "k1", limit: 10 })).map((v) => [v.documentId, [...v.vector]]));
    // Read twice: the second from what the process keeps, the same vectors.
    for (let round = 0; round < 2; round++) {
      expect(await library()).toEqual(new Map([[a, [1, 0]], [b, [0, 1]]]));
      expect([...(await vectorsOf(t.db, [a, b], "k1"))].map(([id, v]) => [id, [...v]])).toEqual(expect.arrayContaining([[a, [1, 0]], [b, [0, 1]]]));
    }
    // The text changed and was encoded again: a new source, new values.
    await putDocumentVector(t.db, a, { version: "k1", sourceSha256: "a2", vector: new Float32Array([0.6, 0.8]) });
    expect((await library()).get(a)).toEqual([0.6000000238418579, 0.800000011920929]);
    expect([...(await vectorsOf(t.db, [a], "k1")).get(a)!]).toEqual([0.6000000238418579, 0.800000011920929]);
    // Another encoder version: the kept one is not taken for it.
    await putDocumentVector(t.db, b, { version: "k2", sourceSha256: "b1", vector: new Float32Array([-1, 0]) });
    expect((await library()).has(b)).toBe(false);
    expect([...(await vectorsOf(t.db, [b], "k2")).get(b)!]).toEqual([-1, 0]);
    await t.db.delete(documentVectors).where(eq(documentVectors.documentId, a));
    expect((await library()).has(a)).toBe(false);
    expect((await vectorsOf(t.db, [a], "k1")).has(a)).toBe(false);
  });
});

describe("who chose an AI topic", () => {
  it("is 'offline' for the offline classifier and the model's name for an LLM, in the document and in lists", async () => {
    const { topic } = await createTopic(t.db, { name: "Labelled", description: "", color: "#ef4444" });
    const offline = await newDoc();
    const llm = await newDoc();
    await insertRun(t.db, { documentId: offline, provider: "openai", model: "gpt-4o-mini", promptVersion: "p", topicSetVersion: "t", outcome: "applied" });
    await insertRun(t.db, { documentId: offline, provider: "local", promptVersion: "p", topicSetVersion: "t", outcome: "applied", fallback: true });
    await insertRun(t.db, { documentId: llm, provider: "openai", model: "llama3.1", promptVersion: "p", topicSetVersion: "t", outcome: "applied" });
    await insertRun(t.db, { documentId: llm, provider: "local", promptVersion: "p", topicSetVersion: "t", outcome: "failed" });
    for (const id of [offline, llm]) await replaceDocumentTopics(t.db, id, "ai", [{ topicId: topic.id, confidence: 0.9 }]);

    expect((await getDocument(t.db, offline, ALL_DOCUMENTS)).topics[0]).toMatchObject({ source: "ai", classifiedBy: "offline" });
    expect((await getDocument(t.db, llm, ALL_DOCUMENTS)).topics[0]).toMatchObject({ source: "ai", classifiedBy: "llama3.1" });
    const page = await listDocuments(t.db, { perPage: 50, topic: topic.id });
    expect(Object.fromEntries(page.items.map((d) => [d.id, d.topics[0]!.classifiedBy]))).toEqual({ [offline]: "offline", [llm]: "llama3.1" });

    await replaceDocumentTopics(t.db, llm, "ai", []);
    await replaceDocumentTopics(t.db, llm, "manual", [{ topicId: topic.id, confidence: null }]);
    expect((await getDocument(t.db, llm, ALL_DOCUMENTS)).topics[0]).toMatchObject({ source: "manual", classifiedBy: null });
  });
});
