import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTopics, isChatRequest, messageText, requestedTopicNames, startFakeOpenAI, type FakeOpenAI, type FakeRequest } from "@docscan/classify/testing";
import { createTopic, insertDocument, insertUser, listDocumentRuns, replaceDocumentTopics, updateAiSettings, type Db } from "@docscan/db";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

// ADR 0010: a document is classified against the global topics plus its owner's personal ones, and the
// model only ever sees confirmed examples of the same owner.
let h: WorkerHarness;
let llm: FakeOpenAI;
const owners = { alice: "", bob: "" };

/** A document someone filed by hand: a confirmed example the classifiers learn from. */
async function confirmedExample(db: Db, ownerId: string | null, text: string, topicIds: string[]) {
  const id = randomUUID();
  await insertDocument(db, { id, ownerId, filename: "example.txt", objectKey: `examples/${id}.txt`, contentType: "text/plain", size: 1, sha256: "0".repeat(64), storageBackend: "fs", status: "done", text });
  await replaceDocumentTopics(db, id, "manual", topicIds.map((topicId) => ({ topicId, confidence: null })));
}

beforeAll(async () => {
  // The model picks every topic it is offered, so the applied topics show exactly the offered set.
  llm = await startFakeOpenAI(answerTopics((request) => ({ topics: requestedTopicNames(request).map((name) => ({ name, confidence: 0.9 })) })));
  h = await startWorkerHarness({
    prepare: async ({ database: { db }, deps }) => {
      owners.alice = (await insertUser(db, { email: "alice@example.test", passwordHash: "not-a-real-hash", role: "member" })).id;
      owners.bob = (await insertUser(db, { email: "bob@example.test", passwordHash: "not-a-real-hash", role: "member" })).id;
      const { topic: invoices } = await createTopic(db, { name: "Invoices", description: "Bills", color: "#ef4444" });
      const { topic: garden } = await createTopic(db, { name: "Garden", description: "Alice's plants", color: "#22c55e", ownerId: owners.alice });
      await createTopic(db, { name: "Health", description: "Bob's medical letters", color: "#3b82f6", ownerId: owners.bob });
      // Examples under a global topic: without the owner rule each would reach every user's prompt.
      await confirmedExample(db, owners.alice, "Alice example: invoice for giraffe food", [invoices.id]);
      await confirmedExample(db, owners.alice, "Alice example: planting tulips", [garden.id]);
      await confirmedExample(db, owners.bob, "Bob example: invoice from the zebra clinic", [invoices.id]);
      await confirmedExample(db, null, "Unowned example: invoice for walrus tickets", [invoices.id]);
      await updateAiSettings(db, deps.secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.5 });
    },
  });
});

afterAll(async () => {
  await h?.close();
  await llm?.close();
});

/** Classifies `text` as a document of `ownerId` and returns it with the one model request it caused. */
async function classify(text: string, ownerId: string | null): Promise<{ topics: string[]; request: FakeRequest; topicSetVersion: string }> {
  const seen = llm.requests.length;
  const doc = await h.settled(await h.queue(Buffer.from(text), "text/plain", ".txt", "note.txt", ownerId));
  expect(doc.status).toBe("done");
  const requests = llm.requests.slice(seen).filter(isChatRequest);
  expect(requests).toHaveLength(1);
  const [run] = await listDocumentRuns(h.database.db, doc.id);
  return { topics: doc.topics.map((t) => t.name), request: requests[0]!, topicSetVersion: run!.topicSetVersion };
}

const examplesIn = (request: FakeRequest) => ["giraffe", "tulips", "zebra", "walrus"].filter((word) => messageText(request, "system").includes(word));

describe("classification per owner", () => {
  it("offers a document only the global topics and its owner's, with only that owner's examples", async () => {
    const alice = await classify("Invoice 17 for garden tools, amount due 40 EUR.", owners.alice);
    expect(requestedTopicNames(alice.request).sort()).toEqual(["Garden", "Invoices"]);
    expect(alice.topics).toEqual(["Garden", "Invoices"]);
    expect(examplesIn(alice.request)).toEqual(["giraffe", "tulips"]);

    const unowned = await classify("Invoice 18 for office chairs, amount due 90 EUR.", null);
    expect(requestedTopicNames(unowned.request)).toEqual(["Invoices"]);
    expect(unowned.topics).toEqual(["Invoices"]);
    expect(examplesIn(unowned.request)).toEqual(["walrus"]);
    expect(unowned.topicSetVersion).not.toBe(alice.topicSetVersion);
  });

  it("does not answer one owner from the cache filled for another's topics", async () => {
    const text = "Letter 42: follow-up appointment and the invoice for it.";
    const alice = await classify(text, owners.alice);
    expect(alice.topics).toEqual(["Garden", "Invoices"]);
    // Bob's document asks the model itself, is offered Bob's set and shows only Bob's example.
    const bob = await classify(text, owners.bob);
    expect(requestedTopicNames(bob.request).sort()).toEqual(["Health", "Invoices"]);
    expect(bob.topics).toEqual(["Health", "Invoices"]);
    expect(examplesIn(bob.request)).toEqual(["zebra"]);
    expect(bob.topicSetVersion).not.toBe(alice.topicSetVersion);
  });
});
