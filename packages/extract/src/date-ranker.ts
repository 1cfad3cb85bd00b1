// The learned ranker of document-date candidates (ADR 0039): features of each candidate — the hand rules'
// indicators, where it stands (position, line, order among the candidates), the words before and after it and on
// the line above (a heading row over values), the line's shape, how the date is written, and how it relates to the
// other candidates' dates — weighed by `date-ranker-weights.json`, trained by dev-data/train-rankers.ts on the
// development halves and the read held-out halves (never heldout12). Shipped since round 6 without the word features
// (ADR 0042); retrained in round 7 on the reader's new indicators, heldout3 added; in rounds 8 to 15 again, heldout4 to heldout11 added.
import { type DateCandidate, type DocumentDate, type FindDateOptions, findDocumentDateByRules, type RankDates, READ_CHARS } from "./dates.ts";
import { type Features, type Weights, scoreOf, wordsOf } from "./ranker.ts";
import trained from "./date-ranker-weights.json" with { type: "json" };

/** Which feature groups to use (the ablation turns groups off; the shipped ranker uses all). */
export interface DateFeatureSet {
  hand: boolean;
  words: boolean;
}
export const ALL_DATE_FEATURES: DateFeatureSet = { hand: true, words: true };

export function dateFeatures(candidates: readonly DateCandidate[], set: DateFeatureSet = ALL_DATE_FEATURES): Features[] {
  const dates = candidates.map((c) => c.date).sort();
  const count = new Map<string, number>();
  for (const d of dates) count.set(d, (count.get(d) ?? 0) + 1);
  return candidates.map((c, k) => {
    const f: Features = new Map();
    const on = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
    if (set.hand) {
      if (c.label) on("hand:label");
      if (c.weak) on("hand:weak");
      if (c.strong) on("hand:strong");
      if (c.distractor) on("hand:distractor");
      if (c.money) on("hand:money");
      if (c.period) on("hand:period");
    }
    on("pos", c.index / READ_CHARS);
    on("line", Math.log1p(c.lineNo) / 4);
    if (c.lineNo < 6) on("top-lines");
    on(`order:${Math.min(k, 3)}`);
    if (k === candidates.length - 1 && k > 0) on("order:last");
    if (candidates.length === 1) on("only");
    // Line shape.
    const alone = !c.line.trim() && !c.rest.trim();
    if (alone) on("shape:alone");
    else if (!c.line.trim()) on("shape:starts-line");
    else if (!c.rest.trim()) on("shape:ends-line");
    if (/:\s*$/.test(c.line)) on("shape:colon");
    if (/\s{6,}$/.test(c.line)) on("shape:gap-before");
    if (/\d/.test(c.rest)) on("shape:digits-after");
    if (/\d/.test(c.line)) on("shape:digits-before");
    if (/^\s*[-–—]|\b(?:to|bis|au|al|a|t\/m|tot)\s*$/i.test(c.rest.slice(0, 8))) on("shape:range-after");
    // How the date is written (a time after it is not part of its form: "03.05.2025 13:50" has no short year).
    const written = c.text.trim().replace(/\s+\d{1,2}[:.h]\d{2}(?::\d{2})?$/, "");
    if (/\p{L}{3}/u.test(written)) on("form:month-name");
    else if (/^\d{4}/.test(written)) on("form:year-first");
    else if (/\D\d{2}$/.test(written)) on("form:short-year");
    // Its date among the others'.
    if (c.date === dates[dates.length - 1] && dates.length > 1) on("date:latest");
    if (c.date === dates[0] && dates.length > 1) on("date:earliest");
    if ((count.get(c.date) ?? 0) > 1) on("date:repeated");
    if (set.words) {
      const before = wordsOf(c.line).slice(-3);
      before.forEach((w, i) => on(i === before.length - 1 ? `b1:${w}` : `b:${w}`));
      if (!c.line.trim()) for (const w of wordsOf(c.before).slice(-2)) on(`bl:${w}`);
      for (const w of wordsOf(c.rest).slice(0, 2)) on(`a:${w}`);
      for (const w of wordsOf(c.above).slice(0, 6)) on(`up:${w}`);
    }
    return f;
  });
}

/** A ranker with these weights over these features. */
export function learnedRanker(weights: Weights, set: DateFeatureSet = ALL_DATE_FEATURES): RankDates {
  return (candidates) => dateFeatures(candidates, set).map((f) => scoreOf(f, weights));
}

/** The shipped weights and the feature groups they were trained with (round 6: the hand rules' indicators, no words). */
const shipped = trained as { weights: Weights; features: DateFeatureSet };
export const SHIPPED_DATE_FEATURES: DateFeatureSet = shipped.features;
export const rankDatesLearned: RankDates = learnedRanker(shipped.weights, SHIPPED_DATE_FEATURES);

/**
 * The document's own date, as the worker and `eval fields` read it: the reader's candidates (dates.ts) ranked by the
 * learned ranker; with no date in the text, the file name's. The hand rules alone are `findDocumentDateByRules`.
 */
export function findDocumentDate(text: string, opts: FindDateOptions = {}): DocumentDate | null {
  return findDocumentDateByRules(text, { ...opts, rank: rankDatesLearned });
}
