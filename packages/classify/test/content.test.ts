// The content gate: pages with too little to read get no topic, whatever the topics, and cost no encoding.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LocalClassifier, checkContent, hasTooLittleContent } from "../src/index.ts";
import { countingEncoder } from "./counting-encoder.ts";
import { INVOICE_TEXT, TOPICS } from "./fixtures.ts";

const corpus = ["calibration", "holdout"].flatMap((split) =>
  readFileSync(fileURLToPath(new URL(`../eval/abstention/${split}.jsonl`, import.meta.url)), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: null; kind: string }),
);
const contentFree = corpus.filter((d) => d.kind.startsWith("content-free:"));

describe("the abstention corpus", () => {
  it("has at least 300 texts of many kinds, a content-free part among them, none with a label", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((d) => d.kind)).size).toBeGreaterThanOrEqual(12);
    expect(contentFree.length).toBeGreaterThanOrEqual(100);
    for (const d of corpus) expect(d.label).toBeNull();
  });
});

describe("content gate", () => {
  it("gives every content-free text of the corpus no suggestion at all, without encoding it", async () => {
    const encoder = countingEncoder();
    const classifier = new LocalClassifier({ encoder: async () => encoder });
    for (const d of contentFree) {
      const result = await classifier.classify({ text: d.text, filename: "", topics: TOPICS });
      expect(result.suggestions, `${d.kind}: ${d.text.slice(0, 60)}`).toEqual([]);
    }
    expect(encoder.encoded).toEqual([]);
  });

  it("passes real documents, short ones included", () => {
    const real = [
      INVOICE_TEXT,
      "US sends marines to Philippines. The US is sending up to 600 marines and relief supplies to flood-ravaged areas of the Philippines.",
      "Unhappy Robinson Rejoins 76ers (AP). AP - Unhappy he hasn't been traded, Glenn Robinson rejoined the Philadelphia 76ers on Tuesday.",
      "Dear Mr. Smith, your blood test results are normal. Please continue the medication and book a check-up in six months.",
      "Rental agreement between Anna Becker (landlord) and Tom Evans (tenant) for the flat at 12 Mill Lane, Leeds. Monthly rent 850 GBP, deposit 1,700 GBP, notice period three months.",
      "Boarding pass\nPassenger: Maria Lopez\nFlight LH 1234 Frankfurt to Lisbon\nDeparture 07:45, gate B22, seat 14C\nBoarding closes 20 minutes before departure.",
    ];
    for (const text of real) expect(checkContent(text), text).toMatchObject({ tooLittle: false });
  });

  it("reads through markup and keeps the prose of a page that also has code or log lines", () => {
    expect(hasTooLittleContent("Henman Sails at the Swiss Indoors. &lt;p&gt; BASEL (Reuters) - Britain's world number four Tim Henman won his opening match at the Swiss Indoors tennis tournament.&lt;/p&gt;")).toBe(false);
    const mixed = "2024-03-01T10:00:00Z INFO job started\nconst x = 1;\nThe quarterly maintenance report covers the heating system, the roof repairs and the new fire alarms in the east wing.";
    expect(checkContent(mixed).contentWords).toBeGreaterThanOrEqual(8);
    expect(hasTooLittleContent("2024-03-01T10:00:00Z INFO job started\n2024-03-01T10:00:01Z ERROR disk full on /var/lib/postgres\nconst x = 1;")).toBe(true);
  });
});
