import { beforeAll, describe, expect, it } from "vitest";
import { createClassifier, trainLocalModel } from "../src/index.ts";
import { background } from "../src/local/background.ts";
import { rankTopics, suggest } from "../src/local/classifier.ts";
import { DOCUMENT_CONCEPTS, TOPIC_CONCEPTS, conceptFeatures } from "../src/local/concepts.ts";
import { modelKey, train } from "../src/local/model.ts";
import { stem, tokenize } from "../src/local/tokenize.ts";
import { FINANCE, HEALTH, INVOICE_TEXT, SPORTS, TOPICS } from "./fixtures.ts";
import { OFF_TOPIC_TEXTS } from "./off-topic.ts";
import { PROJECT_TOPICS, syntheticExamples } from "./synthetic.ts";

// WordNet and the background statistics load once per process (a few seconds).
beforeAll(() => void background(DOCUMENT_CONCEPTS), 60_000);

const local = createClassifier({ provider: "local", apiKey: null, baseUrl: null, model: "" });
const top = async (text: string, topics = TOPICS, examples = syntheticExamples(0)) => (await rankTopics({ text, filename: "", topics, examples }))[0];

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

describe("WordNet concepts", () => {
  it("lets a document share concepts with a topic without sharing a word", () => {
    const topic = conceptFeatures("countries and athletes", TOPIC_CONCEPTS);
    const shared = (text: string) => [...conceptFeatures(text, DOCUMENT_CONCEPTS).keys()].filter((c) => topic.has(c)).length;
    expect(shared("Iraq")).toBeGreaterThan(0); // Iraq is an Asian country is a country
    expect(shared("the quarterback")).toBeGreaterThan(0); // a football player is an athlete
    expect(shared("a bowl of soup")).toBe(0);
  });
});

describe("local classifier", () => {
  it("ranks Finance first for an invoice, with a quote from the text", async () => {
    const result = await local.classify({ text: INVOICE_TEXT, filename: "scan-0042.pdf", topics: TOPICS });
    expect(result).toMatchObject({ provider: "local", model: null, usage: null, costUsd: null, proposedTopic: null });
    const [first] = result.suggestions;
    expect(first?.topicId).toBe(FINANCE.id);
    expect(first!.confidence).toBeGreaterThan(0.5);
    expect(INVOICE_TEXT).toContain(first!.quote);
    const conf = (id: string) => result.suggestions.find((s) => s.topicId === id)?.confidence ?? 0;
    expect(conf(SPORTS.id)).toBeLessThan(0.5);
  });

  it("gives every topic a low confidence when no word is shared", async () => {
    const text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.";
    for (const s of await rankTopics({ text, filename: "lorem.txt", topics: TOPICS })) {
      expect(s.confidence).toBeLessThan(0.2);
      expect(s.quote).toBeNull();
    }
  });

  it("is more confident with more evidence", async () => {
    const weak = await top("A receipt.");
    const strong = await top(INVOICE_TEXT);
    expect(weak?.topicId).toBe(FINANCE.id);
    expect(strong!.confidence).toBeGreaterThan(weak!.confidence);
  });

  it("uses the file name", async () => {
    const [first] = await rankTopics({ text: "", filename: "vaccination-record_2023.pdf", topics: TOPICS });
    expect(first?.topicId).toBe(HEALTH.id);
  });

  it("returns only ids from the input, confidences in [0, 1], best first, verbatim quotes", async () => {
    const text = "Tennis club membership fees invoice.\n\nThe doctor's prescription for the knee after training.";
    const suggestions = await rankTopics({ text, filename: "mixed.pdf", topics: TOPICS });
    expect(suggestions.length).toBeGreaterThan(1);
    const ids = new Set(TOPICS.map((t) => t.id));
    for (const s of suggestions) {
      expect(ids.has(s.topicId)).toBe(true);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      if (s.quote !== null) expect(text).toContain(s.quote);
    }
    const confidences = suggestions.map((s) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(suggestions.find((s) => s.topicId === HEALTH.id)?.quote).toBe("The doctor's prescription for the knee after training.");
  });

  it("has no suggestions without topics", async () => {
    const result = await local.classify({ text: INVOICE_TEXT, filename: "x.pdf", topics: [] });
    expect(result.suggestions).toEqual([]);
  });

  it("damps a single mention in a long document", async () => {
    const filler = "Lorem ipsum dolor sit amet consectetur adipiscing elit. ".repeat(200);
    const short = (await top("One receipt."))?.confidence ?? 0;
    const long = (await top(`${filler} One receipt.`))?.confidence ?? 0;
    expect(long).toBeLessThan(short);
  });

  it("abstains on documents outside every topic", async () => {
    const tops = await Promise.all(OFF_TOPIC_TEXTS.map((text) => top(text)));
    const abstained = tops.filter((t) => (t?.confidence ?? 0) < 0.5).length;
    expect(abstained / OFF_TOPIC_TEXTS.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("learning from confirmed examples", () => {
  const test = syntheticExamples(12, 5);
  const accuracy = async (examples: ReturnType<typeof syntheticExamples>) => {
    const model = await trainLocalModel(PROJECT_TOPICS, examples);
    let correct = 0;
    for (const d of test) {
      const [first] = await suggest(model, d.text);
      if (first && first.confidence >= 0.5 && first.topicId === d.topicIds[0]) correct++;
    }
    return correct / test.length;
  };

  it("learns topics whose names say nothing about their documents", async () => {
    const before = await accuracy([]);
    const after = await accuracy(syntheticExamples(5));
    // The names give the sentence encoder a little to go on; the examples teach the rest.
    expect(before).toBeLessThan(0.4);
    expect(after).toBeGreaterThanOrEqual(0.9);
  });

  it("still abstains on off-topic documents after training", async () => {
    const model = await trainLocalModel(PROJECT_TOPICS, syntheticExamples(5));
    const firsts = await Promise.all(OFF_TOPIC_TEXTS.map(async (text) => (await suggest(model, text))[0]));
    const abstained = firsts.filter((f) => (f?.confidence ?? 0) < 0.5).length;
    expect(abstained / OFF_TOPIC_TEXTS.length).toBeGreaterThanOrEqual(0.9);
  });

  it("suggests both topics for a document like multi-label examples", async () => {
    const both = [FINANCE.id, SPORTS.id];
    const examples = [
      { text: "Invoice: annual membership fee for the tennis club, 120 EUR, due in March.", topicIds: both },
      { text: "Football club membership fee invoice for the youth team, please pay by transfer.", topicIds: both },
      { text: "Invoice for the squash club season fee and court hire, payable within 14 days.", topicIds: both },
      { text: "Bank statement for March: salary, rent and card payments.", topicIds: [FINANCE.id] },
      { text: "Training plan for the under-12 football team: drills on Tuesday and Thursday.", topicIds: [SPORTS.id] },
      { text: "Lab results from the hospital: blood count within normal range.", topicIds: [HEALTH.id] },
    ];
    const text = "Invoice: membership fee for the rowing club season, 95 EUR, please pay within 30 days.";
    const confidences = async (ex: typeof examples) =>
      Object.fromEntries((await rankTopics({ text, filename: "", topics: TOPICS, examples: ex })).map((s) => [s.topicId, s.confidence]));
    const multi = await confidences(examples);
    expect(multi[FINANCE.id]).toBeGreaterThanOrEqual(0.5);
    expect(multi[SPORTS.id]).toBeGreaterThanOrEqual(0.5);
    // The same documents confirmed under one topic each: the two topics compete again.
    const single = await confidences(examples.map((e, i) => (i < 3 ? { ...e, topicIds: [i % 2 ? FINANCE.id : SPORTS.id] } : e)));
    const weaker = (c: Record<string, number>) => Math.min(c[FINANCE.id] ?? 0, c[SPORTS.id] ?? 0);
    expect(weaker(single)).toBeLessThan(weaker(multi) - 0.1);
  });

  it("ignores examples that name only unknown topics, keeps confirmed 'no topic' ones", async () => {
    const model = await trainLocalModel(TOPICS, [
      { text: "Recipe: bake the bread for an hour.", topicIds: [] },
      { text: "Something filed under a deleted topic.", topicIds: ["gone"] },
    ]);
    expect(model.exampleCount).toBe(1);
  });

  it("is deterministic, independent of topic order, and cached by content", async () => {
    const examples = syntheticExamples(4);
    const a = await train("k", PROJECT_TOPICS, examples);
    const b = await train("k", [...PROJECT_TOPICS].reverse(), examples);
    expect(b).toEqual(a);
    expect(await trainLocalModel(PROJECT_TOPICS, examples)).toBe(await trainLocalModel([...PROJECT_TOPICS].reverse(), examples));
    expect(modelKey(PROJECT_TOPICS, examples)).not.toBe(modelKey(PROJECT_TOPICS, examples.slice(1)));
    const text = "Inspection of the gearbox and the nacelle.";
    expect(await suggest(a, text)).toEqual(await suggest(b, text));
  });
});
