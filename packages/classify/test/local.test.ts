import { describe, expect, it } from "vitest";
import { createClassifier } from "../src/index.ts";
import { rankTopics } from "../src/local/classifier.ts";
import { buildTopicModel, modelFromTopics, topicVector } from "../src/local/model.ts";
import { toConfidences, topicEvidence } from "../src/local/score.ts";
import { stem, tokenize } from "../src/local/tokenize.ts";
import { FINANCE, HEALTH, INVOICE_TEXT, SPORTS, TOPICS } from "./fixtures.ts";

const local = createClassifier({ provider: "local", apiKey: null, baseUrl: null, model: "" });

describe("tokenize", () => {
  it("lower-cases, keeps unicode letters and digits, drops stop words", () => {
    expect(tokenize("The Größe of THE café, 2024!")).toEqual(["größe", "café", "2024"]);
  });

  it("folds plurals and -ing/-ed forms onto one stem", () => {
    const forms = ["invoice", "invoices", "invoicing", "invoiced"].map(stem);
    expect(new Set(forms).size).toBe(1);
    expect(stem("taxes")).toBe(stem("tax"));
    expect(stem("companies")).toBe(stem("company"));
    expect(stem("stopped")).toBe("stop");
    expect(stem("billing")).toBe("bill");
    expect(stem("news")).not.toBe(stem("new"));
    expect(stem("status")).toBe("status");
  });
});

describe("topic model", () => {
  it("weights name words above description words and rates shared words lower", () => {
    const v = topicVector(FINANCE);
    expect(v.terms.get(stem("finance"))).toBeGreaterThan(v.terms.get(stem("receipts"))!);
    const model = buildTopicModel([
      topicVector({ id: "a", name: "A", description: "insurance invoices" }),
      topicVector({ id: "b", name: "B", description: "insurance claims" }),
    ]);
    expect(model.idf.get(stem("invoices"))).toBe(1);
    expect(model.idf.get(stem("insurance"))).toBeLessThan(1);
  });

  it("gives a topic without evidence exactly zero confidence", () => {
    const model = modelFromTopics(TOPICS);
    const conf = toConfidences(topicEvidence(model, tokenize("tennis match")));
    expect(conf[0]).toBe(0);
    expect(conf[1]).toBeGreaterThan(0);
    expect(toConfidences([1e4, 0])[0]).toBeCloseTo(1);
  });
});

describe("local classifier", () => {
  it("ranks Finance above Sports for an invoice", async () => {
    const result = await local.classify({ text: INVOICE_TEXT, filename: "scan-0042.pdf", topics: TOPICS });
    expect(result).toMatchObject({ provider: "local", model: null, usage: null });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.suggestions[0]?.topicId).toBe(FINANCE.id);
    const conf = (id: string) => result.suggestions.find((s) => s.topicId === id)?.confidence ?? 0;
    expect(conf(FINANCE.id)).toBeGreaterThan(0.5);
    expect(conf(FINANCE.id)).toBeGreaterThan(conf(SPORTS.id));
  });

  it("gives every topic a low confidence when no word is shared", () => {
    const text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.";
    const suggestions = rankTopics({ text, filename: "lorem.txt", topics: TOPICS });
    for (const s of suggestions) expect(s.confidence).toBeLessThan(0.2);
  });

  it("is more confident with more evidence", () => {
    const weak = rankTopics({ text: "A receipt.", filename: "a.txt", topics: TOPICS })[0];
    const strong = rankTopics({ text: INVOICE_TEXT, filename: "a.txt", topics: TOPICS })[0];
    expect(weak?.topicId).toBe(FINANCE.id);
    expect(strong!.confidence).toBeGreaterThan(weak!.confidence);
  });

  it("uses the file name", () => {
    const [top] = rankTopics({ text: "", filename: "vaccination-record_2023.pdf", topics: TOPICS });
    expect(top?.topicId).toBe(HEALTH.id);
  });

  it("is deterministic and independent of topic order", () => {
    const input = { text: INVOICE_TEXT, filename: "x.pdf", topics: TOPICS };
    expect(rankTopics(input)).toEqual(rankTopics(input));
    const reversed = rankTopics({ ...input, topics: [...TOPICS].reverse() });
    expect(reversed).toEqual(rankTopics(input));
  });

  it("returns only ids from the input, confidences in [0, 1], best first", () => {
    const text = "Tennis club membership fees invoice and the doctor's prescription for the knee after training.";
    const suggestions = rankTopics({ text, filename: "mixed.pdf", topics: TOPICS });
    expect(suggestions.length).toBeGreaterThan(1);
    const ids = new Set(TOPICS.map((t) => t.id));
    for (const s of suggestions) {
      expect(ids.has(s.topicId)).toBe(true);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    const confidences = suggestions.map((s) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it("has no suggestions without topics", async () => {
    const result = await local.classify({ text: INVOICE_TEXT, filename: "x.pdf", topics: [] });
    expect(result.suggestions).toEqual([]);
  });

  it("damps a single mention in a long document", () => {
    const filler = "Lorem ipsum dolor sit amet consectetur adipiscing elit. ".repeat(200);
    const short = rankTopics({ text: "One receipt.", filename: "a.txt", topics: TOPICS })[0]?.confidence ?? 0;
    const long = rankTopics({ text: `${filler} One receipt.`, filename: "a.txt", topics: TOPICS })[0]?.confidence ?? 0;
    expect(long).toBeLessThan(short);
  });
});
