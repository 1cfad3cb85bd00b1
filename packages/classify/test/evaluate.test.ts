import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate, parseJsonl, parseTopicsFile } from "../src/index.ts";
import { score } from "../src/evaluate.ts";
import { background } from "../src/local/background.ts";
import { DOCUMENT_CONCEPTS } from "../src/local/concepts.ts";
import { type FakeOpenAI, answerTopics, messageText, startFakeOpenAI } from "../src/testing.ts";

beforeAll(() => void background(DOCUMENT_CONCEPTS), 60_000);

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

  it("names the line that is wrong", () => {
    expect(() => parseJsonl('{"text":"a","label":"X"}\n{"text":"b"}')).toThrow(/^line 2: label: /);
    expect(() => parseJsonl('{"text":"a","label":"X"}\n\n{oops')).toThrow(/^line 3: not valid JSON/);
    expect(() => parseTopicsFile('[{"name":""}]')).toThrow(/topics file: \[0\]\.name/);
    expect(() => parseTopicsFile('[{"name":"A"},{"name":"A"}]')).toThrow(/used twice/);
    expect(() => parseTopicsFile("{")).toThrow(/not valid JSON/);
  });
});

const topics = [
  { name: "Falcon", description: "Papers for the Falcon project." },
  { name: "Club", description: "Papers from the rowing club." },
];

describe("evaluate (local)", () => {
  it("learns from train lines and reports accuracy, abstention and per-topic figures", async () => {
    const train = [
      { text: "Turbine gearbox inspection for the wind farm.", label: "Falcon" },
      { text: "Rotor blade and nacelle replacement at the wind farm.", label: "Falcon" },
      { text: "Regatta entry for the rowing crew, boathouse keys.", label: "Club" },
      { text: "Sculling lessons on the river; oars and boats.", label: "Club" },
    ];
    const test = [
      { text: "Wind farm turbine gearbox report.", label: "Falcon" },
      { text: "The rowing crew won the regatta.", label: "Club" },
      { text: "qwxzv plomtr ghaskel vrindo", label: null },
    ];
    const progress: number[] = [];
    const report = await evaluate({ topics, test, train, provider: "local" }, (done) => progress.push(done));
    expect(report).toMatchObject({ accuracy: 1, n: 3, abstainedRate: 1 / 3, inputTokens: 0, outputTokens: 0, costUsd: 0 });
    expect(report.top1Accuracy).toBeCloseTo(2 / 3); // the null-labelled line gets a topic without the threshold
    expect(report.perTopic.Falcon).toEqual({ precision: 1, recall: 1, support: 1 });
    expect(progress).toEqual([1, 2, 3]);
    const strict = await evaluate({ topics, test, train, provider: "local", threshold: 1 });
    expect(strict.abstainedRate).toBe(1);
    expect(strict.accuracy).toBeCloseTo(1 / 3);
    expect(strict.top1Accuracy).toBeCloseTo(2 / 3);
  });

  it("refuses a label that is not a topic", async () => {
    await expect(evaluate({ topics, test: [{ text: "x", label: "Nope" }], provider: "local" })).rejects.toThrow(
      'test item 1: label "Nope" is not one of the topics',
    );
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
