// The word evidence learned from confirmed examples (src/local/lexical.ts): pure word counting, no encoder.
import { describe, expect, it } from "vitest";
import { lexicalScores, trainLexical } from "../src/local/lexical.ts";

const DESCRIPTIONS = ["Invoices: bills from suppliers", "Garden: plants and seeds"];
const EXAMPLES = [
  { text: "Invoice 2231 from Acme, amount due 450 EUR, payable within 30 days.", topics: [0] },
  { text: "Supplier bill: VAT 19 %, total amount due by 1 March.", topics: [0] },
  { text: "Sow the tomato seeds indoors in March; repot the seedlings in April.", topics: [1] },
  { text: "Roses need pruning in spring and compost in autumn.", topics: [1] },
];

describe("lexical model", () => {
  it("ranks the topic whose examples share the text's words first, as a log-posterior", () => {
    const model = trainLexical(DESCRIPTIONS, EXAMPLES);
    const bill = lexicalScores(model, "Amount due: 120 EUR, payable in 14 days (VAT included).", 2);
    const garden = lexicalScores(model, "When to prune roses and sow seeds", 2);
    expect(bill[1]).toBeLessThan(bill[0]! - 1);
    expect(garden[0]).toBeLessThan(garden[1]! - 1);
    // log P(topic | text) / √(known words): the two posteriors sum to 1
    const known = (s: number[], n: number) => Math.exp(s[0]! * Math.sqrt(n)) + Math.exp(s[1]! * Math.sqrt(n));
    expect(known(garden, 4)).toBeCloseTo(1, 6);
  });

  it("learns from the descriptions before any example, and multi-label examples count for each topic", () => {
    const described = trainLexical(DESCRIPTIONS, []);
    expect(lexicalScores(described, "a bill", 2)[1]).toBeLessThan(0);
    const both = trainLexical(DESCRIPTIONS, [{ text: "greenhouse heating", topics: [0, 1] }]);
    const s = lexicalScores(both, "greenhouse heating", 2);
    expect(s[0]).toBeCloseTo(s[1]!, 1);
  });

  it("gives no evidence (all 0) for a text without a known word", () => {
    const model = trainLexical(DESCRIPTIONS, EXAMPLES);
    expect(lexicalScores(model, "zzyzx qwerty", 2)).toEqual([0, 0]);
    expect(lexicalScores(model, "", 2)).toEqual([0, 0]);
  });

  it("is milder for a long text than summing its words would be (divided by the root of the known words)", () => {
    const model = trainLexical(DESCRIPTIONS, EXAMPLES);
    const one = lexicalScores(model, "invoice amount due", 2)[1]!;
    const many = lexicalScores(model, "invoice amount due supplier bill payable total", 2)[1]!;
    expect(many).toBeLessThan(one);
    expect(many).toBeGreaterThan(one * (7 / 3));
  });
});
