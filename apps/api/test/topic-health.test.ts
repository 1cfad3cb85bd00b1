// Topic health (issue 20): per topic, its documents and who filed them, suggestions waiting in review, how often
// people take it off, and what they file those documents under instead — over the documents the viewer can see.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@example.test");
});
afterAll(async () => {
  await h?.close();
});

/** A link as the classifier leaves it. */
const classified = (documentId: string, topicId: string) =>
  h.database.db.execute(sql`insert into document_topics (document_id, topic_id, source, confidence) values (${documentId}, ${topicId}, 'ai', 0.9)`);

it("counts documents, the classifier's share, review, removals and the topics people chose instead", async () => {
  const { topic: tax } = await h.caller.topics.create({ name: "Tax" });
  const { topic: invoices } = await h.caller.topics.create({ name: "Invoices" });
  const { topic: travel } = await h.caller.topics.create({ name: "Travel" });

  const [a, b, c, d] = [await uploadPdf(h, "a.pdf"), await uploadPdf(h, "b.pdf"), await uploadPdf(h, "c.pdf"), await uploadPdf(alice, "d.pdf")];
  await classified(a, tax.id);
  await classified(b, tax.id);
  await classified(c, tax.id);
  await classified(d, tax.id);
  // A person takes Tax off two documents and files them under Invoices (one) and Travel (the other).
  await h.caller.documents.setTopics({ id: b, topicIds: [invoices.id] });
  await h.caller.documents.setTopics({ id: c, topicIds: [travel.id] });
  // And files a under Invoices by hand, beside Tax.
  await h.caller.documents.setTopics({ id: a, topicIds: [tax.id, invoices.id] });
  await h.database.db.execute(sql`insert into topic_suggestions (document_id, topic_id, confidence) values (${c}, ${invoices.id}, 0.6), (${d}, ${invoices.id}, 0.55)`);

  const health = await h.caller.topics.health();
  const of = (id: string) => health.find((t) => t.topicId === id)!;
  expect(of(tax.id)).toEqual({
    topicId: tax.id,
    name: "Tax",
    documents: 2, // a (kept by the person) and Alice's d
    automatic: 1, // d; a is a person's choice now
    inReview: 0,
    removed: 2,
    removalRate: 0.5,
    confusedWith: [
      { topicId: invoices.id, name: "Invoices", documents: 1 },
      { topicId: travel.id, name: "Travel", documents: 1 },
    ],
  });
  expect(of(invoices.id)).toMatchObject({ documents: 2, automatic: 0, inReview: 2, removed: 0, removalRate: 0, confusedWith: [] });
  expect(of(travel.id)).toMatchObject({ documents: 1, removed: 0 });

  // A member counts over their own documents only: Alice has d, classified under Tax, and one suggestion.
  const own = await alice.caller.topics.health();
  expect(own.find((t) => t.topicId === tax.id)).toMatchObject({ documents: 1, automatic: 1, removed: 0, removalRate: 0, confusedWith: [] });
  expect(own.find((t) => t.topicId === invoices.id)).toMatchObject({ documents: 0, inReview: 1, removalRate: null });

  // REST says the same.
  const res = await h.request("/api/topics/health");
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual(JSON.parse(JSON.stringify(health)));
});
