// The ablation table of ADR 0039: document-date accuracy per half for the hand rules and the learned ranker with
// all its features, without the hand rules' indicators, and without the word features. The variants are trained
// like the shipped ranker (dev-a … dev-e, its L2 penalty); the shipped weights are read from their file.
//   node --import tsx packages/extract/dev-data/ablation.ts
import { ALL_DATE_FEATURES, type DateFeatureSet, learnedRanker, rankDatesLearned } from "../src/date-ranker.ts";
import { rankByHandRules, type RankDates } from "../src/dates.ts";
import { trainRanker } from "../src/ranker.ts";
import trained from "../src/date-ranker-weights.json" with { type: "json" };
import { DEV_HALVES, HELDOUT_HALVES, readHalf } from "./halves.ts";
import { dateAccuracy, dateExamples } from "./train-rankers.ts";

const halves = [...DEV_HALVES, ...HELDOUT_HALVES].map(readHalf);
const dev = halves.filter((h) => (DEV_HALVES as readonly string[]).includes(h.name));
const options = { l2: trained.l2, iterations: trained.iterations, learningRate: trained.learningRate };
const variant = (set: DateFeatureSet): RankDates => learnedRanker(trainRanker(dateExamples(dev, set), options), set);

const rows: [string, RankDates][] = [
  ["hand rules (shipped before)", rankByHandRules],
  ["learned, all features (shipped weights)", rankDatesLearned],
  ["learned, without the hand rules' indicators", variant({ ...ALL_DATE_FEATURES, hand: false })],
  ["learned, without word features", variant({ ...ALL_DATE_FEATURES, words: false })],
];
const pct = (a: { correct: number; n: number }) => `${((100 * a.correct) / a.n).toFixed(1)} % (${a.correct}/${a.n})`;
process.stdout.write(`| document date | ${halves.map((h) => h.name).join(" | ")} |\n|---|${halves.map(() => "---").join("|")}|\n`);
for (const [name, rank] of rows) process.stdout.write(`| ${name} | ${halves.map((h) => pct(dateAccuracy(h, rank))).join(" | ")} |\n`);
