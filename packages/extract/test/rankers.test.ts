// The learned rankers (ADR 0039): training is deterministic, the committed weights are exactly what
// dev-data/train-rankers.ts makes of the development halves, and the total reader reads totals whose labels no hand
// rule knows.
import { describe, expect, it } from "vitest";
import dateWeights from "../src/date-ranker-weights.json" with { type: "json" };
import totalWeights from "../src/total-ranker-weights.json" with { type: "json" };
import { ALL_DATE_FEATURES, findDocumentDate } from "../src/date-ranker.ts";
import { findTotalByRules, formatTotal } from "../src/money.ts";
import { type Features, trainRanker } from "../src/ranker.ts";
import { ALL_TOTAL_FEATURES, findTotal } from "../src/total-ranker.ts";
import { DATE_TRAIN_HALVES, DEV_HALVES, readHalf } from "../dev-data/halves.ts";
import { dateExamples, totalExamples } from "../dev-data/train-rankers.ts";

const f = (entries: [string, number][]): Features => new Map(entries);
const options = (w: { l2: number; iterations: number; learningRate: number }) => ({ l2: w.l2, iterations: w.iterations, learningRate: w.learningRate });

describe("trainRanker", () => {
  it("learns which feature marks the right candidate, the same weights every time", () => {
    const examples = Array.from({ length: 20 }, (_, i) => ({
      candidates: [f([["label", 1], ["first", 1]]), f([["label", 0], ["first", 0], ["late", i / 20]])],
      right: [true, false],
    }));
    const a = trainRanker(examples, { l2: 0.001, iterations: 200, learningRate: 0.5 });
    expect(a.label! + a.first!).toBeGreaterThan(1);
    expect(trainRanker(examples, { l2: 0.001, iterations: 200, learningRate: 0.5 })).toEqual(a);
  });
});

describe("the committed weights", () => {
  const dev = DEV_HALVES.map(readHalf);
  it("of the total ranker are what training on dev-a … dev-e gives", () => {
    expect(totalWeights.trainedOn).toEqual([...DEV_HALVES]);
    expect(trainRanker(totalExamples(dev, ALL_TOTAL_FEATURES), options(totalWeights))).toEqual(totalWeights.weights);
  }, 300_000);
  it("of the date ranker are what training on dev-a … dev-e and heldout … heldout11 gives", () => {
    expect(dateWeights.trainedOn).toEqual([...DATE_TRAIN_HALVES]);
    expect(dateWeights.features).toEqual({ ...ALL_DATE_FEATURES, words: false });
    expect(trainRanker(dateExamples(DATE_TRAIN_HALVES.map(readHalf), dateWeights.features), options(dateWeights))).toEqual(dateWeights.weights);
  }, 300_000);
});

describe("findTotal, the learned total reader", () => {
  const read = (text: string) => {
    const t = findTotal(text);
    return t && formatTotal(t);
  };
  it("reads totals under labels no hand rule lists (renewal price, a gift's amount, a penalty before its reduction)", () => {
    const renewal = "The Weekly Ledger\nYour subscription renews on 1 March 2026.\nCurrent price   £89.00\nRenewal price   £99.00\nNo action needed.";
    const gift = "Hope for Paws Trust\nThank you for your gift.\nAmount of gift: £25.00\nGift Aid adds £6.25";
    const penalty = "Kingsbridge Borough Council\nPenalty charge: £70.00\nReduced to £35.00 if paid within 14 days";
    expect([read(renewal), read(gift), read(penalty)]).toEqual(["99.00 GBP", "25.00 GBP", "70.00 GBP"]);
    // The hand rules it replaces read none of them right.
    expect([findTotalByRules(renewal), findTotalByRules(gift), findTotalByRules(penalty)?.value]).toEqual([null, null, 35]);
  });
  it("finds nothing where the text has no amount", () => {
    expect(read("Corner shop\nThank you")).toBeNull();
  });
});

describe("findDocumentDate, the shipped date reader (the learned ranker over the reader's candidates, ADR 0042)", () => {
  const now = new Date("2026-12-05T12:00:00Z");
  it("takes the document's own date over due, birth and period dates, the file name's when the text has none", () => {
    const invoice = ["Stadtwerke", "Geburtsdatum: 12.05.1961", "Rechnungsdatum: 02.03.2026", "Zeitraum 01.01.2026 bis 28.02.2026", "Zahlbar bis 16.03.2026"].join("\n");
    expect(findDocumentDate(invoice, { now })).toMatchObject({ date: "2026-03-02", source: "text" });
    expect(findDocumentDate("Meeting notes without any date", { now, filename: "scan_20260214_0001.pdf" })).toMatchObject({ date: "2026-02-14", source: "filename" });
    expect(findDocumentDate("Shopping list: milk, eggs", { now })).toBeNull();
  });
  it("takes a certificate's 'Created on' at the foot over its tax year, and a service visit over the previous one (round 7)", () => {
    const certificate = ["Pennine Savings", "ANNUAL STATEMENT OF INTEREST", "Tax year 2024", "Period: 1 JAN 2024 to 31/12/24", "Account opened 02/03/2011", "Gross interest  £120.00", "", "Created on 5 Jan 2025"].join("\n");
    expect(findDocumentDate(certificate, { now })?.date).toBe("2025-01-05");
    const report = ["Fenwick Heating", "Previous service: 01/06/2023", "Job no. 4471 · Date of visit: 13/06/2024", "Next service due: 13/06/2025"].join("\n");
    expect(findDocumentDate(report, { now })?.date).toBe("2024-06-13");
  });
});
