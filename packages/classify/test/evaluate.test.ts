import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Embed, diskCachedEmbed, evaluate, parseJsonl, parseTopicsFile, parseUnlabelled } from "../src/index.ts";
import { calibration, score } from "../src/evaluate.ts";
import { sentenceEncoder } from "../src/local/encoder.ts";
import { type FakeOpenAI, answerTopics, messageText, startFakeOpenAI } from "../src/testing.ts";
import { hashVector } from "./counting-encoder.ts";

describe("score", () => {
  it("counts a null label as correct only when nothing is predicted", () => {
    const expected = ["a", "a", "b", null, null, "b"];
    const predicted = ["a", null, "a", null, "b", "b"];
    const report = score(expected, predicted, ["a", "b"]);
    expect(report.n).toBe(6);
    expect(report.accuracy).toBeCloseTo(3 / 6); // a, null, b
    expect(report.abstainedRate).toBeCloseTo(2 / 6);
    expect(report.perTopic).toEqual({
      a: { precision: 1 / 2, recall: 1 / 2, support: 2 },
      b: { precision: 1 / 2, recall: 1 / 2, support: 2 },
    });
  });

  it("gives 0 where precision or recall is undefined", () => {
    const report = score([null, null], [null, null], ["a"]);
    expect(report.accuracy).toBe(1);
    expect(report.perTopic.a).toEqual({ precision: 0, recall: 0, support: 0 });
    expect(score([], [], ["a"]).accuracy).toBe(0);
  });
});

describe("calibration", () => {
  it("bins top suggestions by confidence and weighs each bin's gap by its size", () => {
    const points = [
      { confidence: 0.95, correct: true },
      { confidence: 0.91, correct: true },
      { confidence: 0.93, correct: false },
      { confidence: 0.15, correct: false },
      { confidence: 1, correct: true }, // the last bin includes 1
      null, // no suggestion: not counted
    ];
    const { ece, reliability } = calibration(points);
    expect(reliability).toHaveLength(2);
    expect(reliability[0]).toMatchObject({ from: 0.1, n: 1, precision: 0 });
    expect(reliability[0]!.meanConfidence).toBeCloseTo(0.15);
    expect(reliability[1]).toMatchObject({ from: 0.9, n: 4, precision: 0.75 });
    expect(reliability[1]!.meanConfidence).toBeCloseTo(0.9475);
    expect(ece).toBeCloseTo((1 / 5) * 0.15 + (4 / 5) * Math.abs(0.75 - 0.9475));
    expect(calibration([null]).ece).toBeNull();
  });
});

describe("input files", () => {
  it("parses topics and JSONL, skipping blank lines", () => {
    expect(parseTopicsFile('[{"name":"Finance","description":"Money."},{"name":"Misc"}]')).toEqual([
      { name: "Finance", description: "Money." },
      { name: "Misc", description: "" },
    ]);
    expect(parseJsonl('{"text":"a","label":"Finance"}\n\n{"text":"b","label":null}\n')).toEqual([
      { text: "a", label: "Finance" },
      { text: "b", label: null },
    ]);
  });

  it("keeps a line's kind, and reads unlabelled texts with or without labels", () => {
    expect(parseJsonl('{"text":"a","label":null,"kind":"content-free:log"}')).toEqual([{ text: "a", label: null, kind: "content-free:log" }]);
    expect(parseUnlabelled('{"text":"a"}\n\n{"text":"b","label":"X"}\n')).toEqual(["a", "b"]);
    expect(() => parseUnlabelled('{"text":"a"}\n{"txt":"b"}')).toThrow(/^line 2: text: /);
  });

  it("names the line that is wrong", () => {
    expect(() => parseJsonl('{"text":"a","label":"X"}\n{"text":"b"}')).toThrow(/^line 2: label: /);
    expect(() => parseJsonl('{"text":"a","label":"X"}\n\n{oops')).toThrow(/^line 3: not valid JSON/);
    expect(() => parseTopicsFile('[{"name":""}]')).toThrow(/topics file: \[0\]\.name/);
    expect(() => parseTopicsFile('[{"name":"A"},{"name":"A"}]')).toThrow(/used twice/);
    expect(() => parseTopicsFile("{")).toThrow(/not valid JSON/);
  });
});

const topics = [
  { name: "Falcon", description: "Papers for the Falcon wind energy project: turbines, rotor blades and the offshore wind farm." },
  { name: "Club", description: "Papers from the rowing club: regattas, boats, crews and training on the river." },
];
const train = [
  { text: "Turbine gearbox inspection at the offshore wind farm: two rotor blades show cracks and the generator needs a new bearing.", label: "Falcon" },
  { text: "Rotor blade and nacelle replacement at the wind farm was delayed by storms; the crane vessel returns next week.", label: "Falcon" },
  { text: "Regatta entry for the rowing crew: the eight races on Saturday morning, boathouse keys are with the coach.", label: "Club" },
  { text: "Sculling lessons on the river for new members; oars and boats are provided, bring warm clothes and water.", label: "Club" },
];
const test = [
  { text: "Wind farm report: the turbine gearbox was repaired, the rotor blades were inspected and the generator output is back to normal.", label: "Falcon" },
  { text: "The rowing crew won the regatta on the river after a close race against the university boat club; celebrations at the boathouse.", label: "Club" },
  { text: "qwxzv plomtr ghaskel vrindo", label: null },
];
const offTopic = [
  { text: "Heat two tablespoons of olive oil in a large pan, fry the chopped onion and garlic until soft, add tomatoes and simmer for twenty minutes.", label: null, kind: "recipe" },
  { text: "This is a test document.", label: null, kind: "content-free:test-page" },
  { text: "Name: ______\nDate: ______\nSignature: ______", label: null, kind: "content-free:blank-form" },
];

describe("evaluate (local)", () => {
  let real: Embed;
  beforeAll(async () => {
    const encoder = await sentenceEncoder();
    real = (texts) => encoder.embed(texts);
  }, 300_000);

  it("learns from train lines and reports accuracy, abstention, applied precision, review rate and calibration", async () => {
    const encoded: string[] = [];
    const embed: Embed = (texts) => (encoded.push(...texts), real(texts));
    const progress: number[] = [];
    const report = await evaluate({ topics, test, train, offTopic, provider: "local", embed }, (done) => progress.push(done));
    expect(report).toMatchObject({ accuracy: 1, n: 3, abstainedRate: 1 / 3, inputTokens: 0, outputTokens: 0, costUsd: 0, threshold: 0.8, reviewFloor: 0.5 });
    expect(report.top1Accuracy).toBe(1); // the random string is gated: no topic even without a threshold
    expect(report.perTopic.Falcon).toEqual({ precision: 1, recall: 1, support: 1 });
    expect(progress.at(-1)).toBe(6);
    expect(report.offTopic).toEqual({ n: 3, abstainedRate: 1, withContentAbstainedRate: 1, contentFree: { n: 2, noSuggestionRate: 1 } });
    expect(report.appliedPrecision).toBe(1); // the two labelled texts, nothing else applied
    expect(report.appliedRate).toBeCloseTo(2 / 6);
    expect(report.ece).not.toBeNull();
    expect(report.reliability.reduce((n, b) => n + b.n, 0)).toBeGreaterThanOrEqual(2);
    // Each text with content encoded once (train, test, off-topic); content-free ones never.
    for (const t of [...train, ...test.slice(0, 2), offTopic[0]!]) expect(encoded.filter((e) => e === t.text)).toHaveLength(1);
    expect(encoded).not.toContain("This is a test document.");

    const strict = await evaluate({ topics, test, train, provider: "local", threshold: 1, embed: real });
    expect(strict.abstainedRate).toBe(1);
    expect(strict.accuracy).toBeCloseTo(1 / 3);
    expect(strict.appliedPrecision).toBeNull();
    expect(strict.appliedRate).toBe(0);
    expect(strict.reviewRate).toBeCloseTo(2 / 3); // both labelled texts wait in review
  });

  it("self-trains on unlabelled texts", async () => {
    const unlabelled = [...train.map((t) => t.text), ...test.map((t) => t.text)];
    const report = await evaluate({ topics, test, unlabelled, provider: "local", embed: real });
    expect(report.selfTrained).toBeGreaterThan(0);
    const none = await evaluate({ topics, test, provider: "local", embed: real });
    expect(none.selfTrained).toBe(0);
  });

  it("refuses a label that is not a topic", async () => {
    await expect(evaluate({ topics, test: [{ text: "x", label: "Nope" }], provider: "local", embed: real })).rejects.toThrow(
      'test item 1: label "Nope" is not one of the topics',
    );
  });
});

describe("diskCachedEmbed", () => {
  it("encodes a text once across runs and keys vectors by the embedding version", async () => {
    const dir = await mkdtemp(join(tmpdir(), "docscan-vectors-"));
    try {
      const file = join(dir, "vectors.jsonl");
      const seen: string[] = [];
      const inner: Embed = async (texts) => (seen.push(...texts), texts.map(hashVector));
      const first = await (await diskCachedEmbed(file, inner))(["a b c", "d e f", "a b c"]);
      const second = await (await diskCachedEmbed(file, inner))(["d e f", "a b c"]);
      expect(seen).toEqual(["a b c", "d e f"]);
      expect(second).toEqual([first[1], first[0]]);
      expect((await readFile(file, "utf8")).trim().split("\n")).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("evaluate (openai)", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI(
      answerTopics((req) => ({ topics: messageText(req).includes("regatta") ? [{ name: "Club", confidence: 0.9 }] : [] })),
    );
  });
  afterAll(() => fake.close());

  it("sums tokens and prices them", async () => {
    const report = await evaluate({
      topics,
      test: [
        { text: "The regatta is on Sunday.", label: "Club" },
        { text: "Gearbox report.", label: "Falcon" },
      ],
      provider: "openai",
      openai: { apiKey: "sk-test", baseUrl: fake.baseURL, model: "gpt-4o-mini" },
      concurrency: 2,
    });
    expect(report.accuracy).toBe(0.5);
    expect(report.abstainedRate).toBe(0.5);
    expect(report.inputTokens).toBeGreaterThan(0);
    expect(report.costUsd).toBeGreaterThan(0);
  });
});
