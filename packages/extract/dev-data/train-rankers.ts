// Trains the learned rankers (ADR 0039) of document-date and total candidates — dates on dev-a … dev-e and the read
// held-out halves heldout, heldout2 (round 6), heldout3 (round 7), heldout4 (round 8), heldout5 (round 9), heldout6 (round 10), heldout7 (round 11), heldout8 (round 12), heldout9 (round 13), heldout10 (round 14) and heldout11 (round 15), never heldout12; totals on dev-a … dev-e only — and writes their weights to src/date-ranker-weights.json and src/total-ranker-weights.json.
// Deterministic: the same files give the same weights.
//   node --import tsx packages/extract/dev-data/train-rankers.ts
// The L2 penalty is chosen by leaving one development half out at a time (never a held-out half).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_DATE_FEATURES, type DateFeatureSet, dateFeatures, learnedRanker } from "../src/date-ranker.ts";

/**
 * The date ranker's shipped feature groups (round 6, ADR 0042): the hand rules' indicators and the shape and position
 * features, no word features — the variant ADR 0039 named to try first on a next held-out half.
 */
export const SHIPPED_DATE_SET: DateFeatureSet = { ...ALL_DATE_FEATURES, words: false };
import { documentDateCandidates, findDocumentDateByRules, type RankDates } from "../src/dates.ts";
import { countryCurrency, documentCurrency, findTotalByRules, formatTotal, type MoneyTotal } from "../src/money.ts";
import { ALL_TOTAL_FEATURES, findTotalWith, type TotalFeatureSet, totalCandidates } from "../src/total-ranker.ts";
import { type RankingExample, type TrainOptions, type Weights, trainRanker } from "../src/ranker.ts";
import { DATE_TRAIN_HALVES, DEV_HALVES, type Half, here, readHalf } from "./halves.ts";

/**
 * The day the dev set is read as of. A date after the day a document is read cannot be its date, so which
 * candidates count depends on "now": the halves hold dates into December 2026, and read as of a later day they
 * train different weights. Pinned, the same files give the same weights on any day.
 */
export const READ_AS_OF = new Date("2026-12-07T12:00:00Z");

export const ITERATIONS = 400;
export const LEARNING_RATE = 0.5;
export const L2_GRID = [0.0003, 0.001, 0.003, 0.01];

/** What the date eval measures (`eval fields`): the label exactly; a null label only when nothing is found. */
export function dateAccuracy(half: Half, rank: RankDates): { correct: number; n: number } {
  let correct = 0;
  const docs = half.docs.filter((d) => d.documentDate !== undefined);
  for (const d of docs) {
    const found = findDocumentDateByRules(d.text, { defaultOrder: "DMY", filename: d.filename, rank, now: READ_AS_OF });
    if ((found?.date ?? null) === d.documentDate) correct++;
  }
  return { correct, n: docs.length };
}

export function dateExamples(halves: readonly Half[], set: DateFeatureSet): RankingExample[] {
  return halves.flatMap((h) =>
    h.docs
      .filter((d) => d.documentDate)
      .map((d) => {
        const { candidates } = documentDateCandidates(d.text, { defaultOrder: "DMY", filename: d.filename, now: READ_AS_OF });
        return { candidates: dateFeatures(candidates, set), right: candidates.map((c) => c.date === d.documentDate) };
      }),
  );
}

/** What the total eval measures: "1234.56 EUR" equal to the label (value and currency). */
export function totalAccuracy(half: Half, find: (text: string) => MoneyTotal | null): { correct: number; n: number } {
  const docs = half.docs.filter((d) => d.fields?.total !== undefined);
  let correct = 0;
  for (const d of docs) {
    const found = find(d.text);
    if ((found ? formatTotal(found) : null) === (d.fields!.total ?? null)) correct++;
  }
  return { correct, n: docs.length };
}
export const handTotal = findTotalByRules;

export function totalExamples(halves: readonly Half[], set: TotalFeatureSet): RankingExample[] {
  return halves.flatMap((h) =>
    h.docs
      .filter((d) => d.fields?.total)
      .map((d) => {
        const candidates = totalCandidates(d.text, set);
        const fallback = documentCurrency(d.text) ?? countryCurrency(d.text);
        return { candidates: candidates.map((c) => c.features), right: candidates.map((c) => formatTotal({ value: c.value, currency: c.currency ?? fallback }) === d.fields!.total) };
      }),
  );
}

/** The L2 penalty with the best accuracy summed over the leave-one-half-out folds, then weights on all the halves. */
function trainChosen(names: readonly string[], examples: (halves: readonly Half[]) => RankingExample[], accuracy: (half: Half, weights: Weights) => { correct: number; n: number }, log: (line: string) => void): { weights: Weights; options: TrainOptions } {
  const halves = names.map(readHalf);
  let best: { l2: number; correct: number } | null = null;
  for (const l2 of L2_GRID) {
    const options = { l2, iterations: ITERATIONS, learningRate: LEARNING_RATE };
    let correct = 0;
    let n = 0;
    for (const out of halves) {
      const a = accuracy(out, trainRanker(examples(halves.filter((h) => h !== out)), options));
      correct += a.correct;
      n += a.n;
    }
    log(`  l2 ${l2}: leave-one-half-out ${correct}/${n}`);
    if (!best || correct > best.correct) best = { l2, correct };
  }
  const options = { l2: best!.l2, iterations: ITERATIONS, learningRate: LEARNING_RATE };
  return { weights: trainRanker(examples(halves), options), options };
}

export const trainDates = (set: DateFeatureSet, log: (line: string) => void = () => {}) =>
  trainChosen(DATE_TRAIN_HALVES, (h) => dateExamples(h, set), (half, w) => dateAccuracy(half, learnedRanker(w, set)), log);
export const trainTotals = (set: TotalFeatureSet, log: (line: string) => void = () => {}) =>
  trainChosen(DEV_HALVES, (h) => totalExamples(h, set), (half, w) => totalAccuracy(half, (t) => findTotalWith(t, w, set)), log);

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const what = process.argv[2] ?? "both";
  for (const [name, train, trainedOn] of [["date", () => trainDates(SHIPPED_DATE_SET, log), DATE_TRAIN_HALVES], ["total", () => trainTotals(ALL_TOTAL_FEATURES, log), DEV_HALVES]] as const) {
    if (what !== "both" && what !== name) continue;
    log(`${name} ranker:`);
    const { weights, options } = train();
    const file = join(here, `../src/${name}-ranker-weights.json`);
    writeFileSync(file, `${JSON.stringify({ trainedOn, ...(name === "date" ? { features: SHIPPED_DATE_SET } : {}), ...options, weights }, null, 1)}\n`);
    log(`${name} ranker: l2 ${options.l2}, ${Object.keys(weights).length} weights → ${file}`);
  }
}
