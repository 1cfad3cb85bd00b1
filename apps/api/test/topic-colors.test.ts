// New topics do not all look alike (issue 16): every way a topic comes into being without a colour picks the
// next palette colour the new owner's topics (their own and the global ones) do not use yet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertRun, replaceSuggestions } from "@docscan/db";
import { topicsNamed } from "@docscan/intake/consume";
import { TOPIC_COLORS } from "@docscan/shared";
import { createHarness, uploadPdf, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("topic colours", () => {
  it("topics.create without a colour takes the next one unused among the topics the owner sees", async () => {
    const a = await h.caller.topics.create({ name: "Tax" });
    const b = await h.caller.topics.create({ name: "Travel", color: TOPIC_COLORS[3] });
    const c = await h.caller.topics.create({ name: "Health" });
    expect([a.topic.color, b.topic.color, c.topic.color]).toEqual([TOPIC_COLORS[0], TOPIC_COLORS[3], TOPIC_COLORS[1]]);
    // A member's personal topic is unlike the global ones they see as well as their own.
    const member = await h.addUser("colours@example.test");
    const mine = await member.caller.topics.create({ name: "Garden" });
    const mine2 = await member.caller.topics.create({ name: "Car" });
    expect([mine.topic.color, mine2.topic.color]).toEqual([TOPIC_COLORS[2], TOPIC_COLORS[4]]);
    // Another member's personal topics do not count for the admin's next global one.
    expect((await h.caller.topics.create({ name: "Pets" })).topic.color).toBe(TOPIC_COLORS[2]);
  });

  it("a proposal accepted in review and a consume-folder topic get distinct colours too", async () => {
    const used = new Set((await h.caller.topics.list()).map((t) => t.color));
    const docId = await uploadPdf(h);
    const run = await insertRun(h.database.db, { documentId: docId, provider: "openai", model: "m", promptVersion: "p", topicSetVersion: "t", outcome: "review" });
    await replaceSuggestions(h.database.db, docId, run.id, [{ topicId: null, proposedName: "Receipts", proposedDescription: "Shop receipts", confidence: 0.5, quote: null }]);
    const [item] = (await h.caller.review.list()).items;
    await h.caller.review.accept({ ids: [item!.suggestions[0]!.id] });
    const receipts = (await h.caller.topics.list()).find((t) => t.name === "Receipts")!;
    expect(used.has(receipts.color)).toBe(false);
    expect(receipts.color).toBe(TOPIC_COLORS[4]);

    const [folderTopic] = await topicsNamed(h.database.db, h.admin.user.id, ["Letters"]);
    const letters = (await h.caller.topics.list()).find((t) => t.id === folderTopic)!;
    // The consume folder's topic is the admin's own: unlike the global ones and the one just accepted.
    expect(letters.color).toBe(TOPIC_COLORS[5]);
  });
});
