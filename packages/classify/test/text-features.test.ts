// The topic trial scores a document from its stored vector and the features of its text, read once
// (ADR 0029): the confidences must be exactly those of scoring the text itself, with examples (word
// evidence) and a person's rejection on an example of the same text.
import { describe, expect, it } from "vitest";
import { suggest, textFeatures } from "../src/local/classifier.ts";
import { trainLocalModel } from "../src/local/model.ts";
import { hashingEncoder, hashVector } from "./counting-encoder.ts";
import { INVOICE_TEXT, TOPICS } from "./fixtures.ts";

describe("textFeatures", () => {
  it("gives suggest the same confidences as the text, without quotes", async () => {
    const encoder = hashingEncoder();
    const examples = [
      { text: "Match report: the home team won 3-1 in the league final.", topicIds: [TOPICS[1]!.id] },
      { text: "Blood test results and the prescription from the doctor.", topicIds: [TOPICS[2]!.id] },
      { text: INVOICE_TEXT, topicIds: [], rejectedTopicIds: [TOPICS[2]!.id] },
      { text: "Invoice for the football club membership, amount due in 14 days.", topicIds: [TOPICS[0]!.id, TOPICS[1]!.id] },
    ];
    const model = await trainLocalModel({ topics: TOPICS, examples }, encoder);
    expect(model.lexical).not.toBeNull();
    const texts = [INVOICE_TEXT, "The tennis tournament ended with a tie-break in the final set.", "Your doctor prescribed two tablets a day."];
    for (const text of texts) {
      const vector = hashVector(text);
      const fromText = suggest(model, text, vector);
      const fromFeatures = suggest(model, textFeatures(text), vector);
      expect(fromFeatures.map((s) => [s.topicId, s.confidence]), text).toEqual(fromText.map((s) => [s.topicId, s.confidence]));
      expect(fromFeatures.every((s) => s.quote === null)).toBe(true);
    }
    // The rejection made on an example with the same text holds through the features' key.
    expect(suggest(model, textFeatures(INVOICE_TEXT), hashVector("another vector")).map((s) => s.topicId)).not.toContain(TOPICS[2]!.id);
    expect(textFeatures("test test").tooLittleContent).toBe(true);
  });
});
