// The learned ranker of total candidates (ADR 0039): every amount of the document is a candidate, with the hand
// rules' indicators of its line and of the line above (a label over its amount, a heading row), its words, where it
// stands, its size among the document's amounts and its currency; weighed by `total-ranker-weights.json`, trained by
// dev-data/train-rankers.ts on the development halves only.
import { amountsAt, countryCurrency, documentCurrency, type MoneyTotal, totalLineIndicators } from "./money.ts";
import { type Features, type Weights, scoreOf, wordsOf } from "./ranker.ts";
import trained from "./total-ranker-weights.json" with { type: "json" };

export interface TotalCandidate {
  value: number;
  currency: string | null;
  lineNo: number;
  quote: string;
  features: Features;
}

export interface TotalFeatureSet {
  hand: boolean;
  words: boolean;
}
export const ALL_TOTAL_FEATURES: TotalFeatureSet = { hand: true, words: true };

export function totalCandidates(text: string, set: TotalFeatureSet = ALL_TOTAL_FEATURES): TotalCandidate[] {
  const lines = text.split(/\r?\n/);
  const found: Omit<TotalCandidate, "features">[] = [];
  const raw: { line: string; above: string; index: number; k: number; n: number; negative: boolean }[] = [];
  lines.forEach((line, i) => {
    const amounts = amountsAt(line);
    amounts.forEach((a, k) => {
      found.push({ value: a.value, currency: a.currency, lineNo: i, quote: line.trim() });
      raw.push({ line, above: lines[i - 1] ?? "", index: a.index, k, n: amounts.length, negative: /[-−(]\s*(?:[€£$]|[A-Z]{3})?\s*$/.test(line.slice(0, a.index)) });
    });
  });
  const values = found.map((c) => c.value).sort((a, b) => b - a);
  return found.map((c, j) => {
    const r = raw[j]!;
    const f: Features = new Map();
    const on = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
    if (set.hand) {
      const here = totalLineIndicators(r.line);
      const up = totalLineIndicators(r.above);
      for (const [k, v] of Object.entries(here)) if (v) on(`hand:${k}`);
      for (const [k, v] of Object.entries(up)) if (v) on(`hand-up:${k}`);
    }
    on("pos", c.lineNo / Math.max(1, lines.length));
    if (c.lineNo >= lines.length - 6) on("bottom-lines");
    if (r.k === r.n - 1) on("last-on-line");
    if (r.n > 2) on("row-of-amounts");
    if (r.negative) on("negative");
    if (c.currency) on("has-currency");
    const rank = values.indexOf(c.value);
    on(`size:${Math.min(rank, 3)}`);
    if (values.filter((v) => v === c.value).length > 1) on("repeated");
    on("lines-after", Math.min(8, found.filter((o) => o.lineNo > c.lineNo).length) / 8);
    if (set.words) {
      for (const w of wordsOf(r.line.slice(0, r.index)).slice(-4)) on(`b:${w}`);
      for (const w of wordsOf(r.line.slice(0, r.index)).slice(0, 1)) on(`first:${w}`);
      if (!wordsOf(r.line.slice(0, r.index)).length) for (const w of wordsOf(r.above).slice(-3)) on(`up:${w}`);
    }
    return { ...c, features: f };
  });
}

/** The best-scoring amount, with the currency rules of findTotalByRules when its line names none. */
export function findTotalWith(text: string, weights: Weights, set: TotalFeatureSet = ALL_TOTAL_FEATURES): MoneyTotal | null {
  let best: { c: TotalCandidate; score: number } | null = null;
  for (const c of totalCandidates(text, set)) {
    const score = scoreOf(c.features, weights);
    if (!best || score > best.score) best = { c, score };
  }
  if (!best) return null;
  return { value: best.c.value, currency: best.c.currency ?? documentCurrency(text) ?? countryCurrency(text), quote: best.c.quote };
}

/**
 * The document's total as the worker and `eval fields` read it: the learned ranker with the committed weights. It
 * beat the hand rules on both held-out halves (ADR 0039). Unlike them it answers whenever the text has an amount
 * (custom fields ask for a total only on documents of topics that have one).
 */
export const findTotal = (text: string): MoneyTotal | null => findTotalWith(text, (trained as { weights: Weights }).weights);
