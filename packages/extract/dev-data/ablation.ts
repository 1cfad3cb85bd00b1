// The ablation tables of ADR 0039: document-date and total accuracy per half for the hand rules and the learned
// rankers with all their features, without the hand rules' indicators, and without the word features. The variants
// are trained like the committed rankers (their halves and L2 penalty); those weights are read from their files.
//   node --import tsx packages/extract/dev-data/ablation.ts
import { ALL_DATE_FEATURES, type DateFeatureSet, learnedRanker, rankDatesLearned } from "../src/date-ranker.ts";
import { rankByHandRules, type RankDates } from "../src/dates.ts";
import type { MoneyTotal } from "../src/money.ts";
import { trainRanker } from "../src/ranker.ts";
import { ALL_TOTAL_FEATURES, findTotal, findTotalWith, type TotalFeatureSet } from "../src/total-ranker.ts";
import trained from "../src/date-ranker-weights.json" with { type: "json" };
import trainedTotals from "../src/total-ranker-weights.json" with { type: "json" };
import { DATE_TRAIN_HALVES, DEV_HALVES, HELDOUT_HALVES, readHalf } from "./halves.ts";
import { dateAccuracy, dateExamples, handTotal, totalAccuracy, totalExamples } from "./train-rankers.ts";

const halves = [...DEV_HALVES, ...HELDOUT_HALVES].map(readHalf);
const dev = halves.filter((h) => (DEV_HALVES as readonly string[]).includes(h.name));
// The date variants learn from the halves the committed date ranker learns from (round 7: dev-a … dev-e, heldout, heldout2, heldout3).
const dateDev = halves.filter((h) => (DATE_TRAIN_HALVES as readonly string[]).includes(h.name));
const options = { l2: trained.l2, iterations: trained.iterations, learningRate: trained.learningRate };
const variant = (set: DateFeatureSet): RankDates => learnedRanker(trainRanker(dateExamples(dateDev, set), options), set);

const rows: [string, RankDates][] = [
  ["hand rules", rankByHandRules],
  ["learned, all features", variant(ALL_DATE_FEATURES)],
  ["learned, without the hand rules' indicators", variant({ ...ALL_DATE_FEATURES, hand: false })],
  ["learned, without word features (committed weights, shipped)", rankDatesLearned],
];
const pct = (a: { correct: number; n: number }) => `${((100 * a.correct) / a.n).toFixed(1)} % (${a.correct}/${a.n})`;
process.stdout.write(`| document date | ${halves.map((h) => h.name).join(" | ")} |\n|---|${halves.map(() => "---").join("|")}|\n`);
for (const [name, rank] of rows) process.stdout.write(`| ${name} | ${halves.map((h) => pct(dateAccuracy(h, rank))).join(" | ")} |\n`);

const totalOptions = { l2: trainedTotals.l2, iterations: trainedTotals.iterations, learningRate: trainedTotals.learningRate };
const totalVariant = (set: TotalFeatureSet) => {
  const weights = trainRanker(totalExamples(dev, set), totalOptions);
  return (text: string) => findTotalWith(text, weights, set);
};
const totalRows: [string, (text: string) => MoneyTotal | null][] = [
  ["hand rules (shipped before)", handTotal],
  ["learned, all features (committed weights)", findTotal],
  ["learned, without the hand rules' indicators", totalVariant({ ...ALL_TOTAL_FEATURES, hand: false })],
  ["learned, without word features", totalVariant({ ...ALL_TOTAL_FEATURES, words: false })],
];
process.stdout.write(`\n| total | ${halves.map((h) => h.name).join(" | ")} |\n|---|${halves.map(() => "---").join("|")}|\n`);
for (const [name, find] of totalRows) process.stdout.write(`| ${name} | ${halves.map((h) => pct(totalAccuracy(h, find))).join(" | ")} |\n`);
