// A topic's similarity counts its best-matching description item (ADR 0026): a document about one listed
// item is not pulled away by the description's mean of many items.
import { describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS } from "../src/local/encoder.ts";
import { GENERAL_CENTRE } from "../src/local/general.ts";
import { ITEM_WEIGHT, topicFeatures } from "../src/local/model.ts";

/** Unit vector from (dimension, weight) pairs. */
function vec(...parts: [number, number][]): Float32Array {
  const v = new Float32Array(EMBEDDING_DIMENSIONS);
  for (const [i, w] of parts) v[i] = w;
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}
/** A raw vector whose centred form (what the model compares) is `centred`. */
const raw = (centred: Float32Array) => centred.map((x, i) => x + GENERAL_CENTRE[i]!);

describe("item similarity", () => {
  // Topic 0 lists four items (dimensions 0–3); topic 1 is one thing, partly like item 0.
  const items0 = [0, 1, 2, 3].map((i) => vec([i, 1]));
  const model = {
    topicVectors: [vec([0, 1], [1, 1], [2, 1], [3, 1]), vec([0, 1], [4, 1.5])],
    itemVectors: [items0, [vec([0, 1], [4, 1.5])]],
    reference: 0.3,
    linear: null,
    lexical: null,
  };

  it("ranks a document about one listed item under that topic, though another topic's mean lies nearer", () => {
    const [first, second] = topicFeatures(model, raw(vec([0, 1])), "");
    // Means only: 0.5 against 0.555; with the best item: 0.75 · 0.5 + 0.25 · 1 = 0.625 against 0.555.
    expect(ITEM_WEIGHT).toBe(0.25);
    expect(first!.ranking).toBeCloseTo(0.625, 3);
    expect(second!.ranking).toBeCloseTo(1 / Math.sqrt(3.25), 3);
    expect(first!.aboveReference).toBeCloseTo(0.625 - 0.3, 3);
  });

  it("is the plain cosine for a topic without items", () => {
    const [only] = topicFeatures({ ...model, topicVectors: [model.topicVectors[0]!], itemVectors: [[]] }, raw(vec([0, 1])), "");
    expect(only!.ranking).toBeCloseTo(0.5, 3);
  });
});
