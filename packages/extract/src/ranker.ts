// A small learned ranker (ADR 0039): a linear score over named features, one softmax over a document's candidates
// (a conditional logit), trained by full-batch gradient descent from zero weights — deterministic: the same data
// and settings give the same weights on any machine. Shared by the document date and the total readers.

/** A candidate's features: name → value (absent means 0). */
export type Features = Map<string, number>;
export type Weights = Record<string, number>;

export function scoreOf(features: Features, weights: Weights): number {
  let s = 0;
  for (const [name, value] of features) s += (weights[name] ?? 0) * value;
  return s;
}

/** A document to learn from: its candidates' features and which of them are right (at least one). */
export interface RankingExample {
  candidates: Features[];
  right: boolean[];
}

export interface TrainOptions {
  /** L2 penalty per example (the sum over examples is divided by their number). */
  l2: number;
  iterations: number;
  learningRate: number;
}

/**
 * Weights that make a right candidate the softmax's choice: minimises the mean of −log Σ_right p over the examples,
 * plus l2/2·|w|². Features are visited in a sorted order, so floating-point sums are the same on every run.
 */
export function trainRanker(examples: readonly RankingExample[], opts: TrainOptions): Weights {
  const usable = examples.filter((e) => e.right.some(Boolean) && e.candidates.length > 1);
  const names = [...new Set(usable.flatMap((e) => e.candidates.flatMap((c) => [...c.keys()])))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = usable.map((e) => ({
    right: e.right,
    candidates: e.candidates.map((c) => [...c].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, v]) => [index.get(n)!, v] as const)),
  }));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    for (const row of rows) {
      const scores = row.candidates.map((c) => c.reduce((s, [i, v]) => s + w[i]! * v, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightTotal = exp.reduce((a, e, k) => a + (row.right[k] ? e : 0), 0);
      row.candidates.forEach((c, k) => {
        // d(−log Σ_right p)/d score_k = p_k − (right_k ? e_k / Σ_right e : 0)
        const g = exp[k]! / total - (row.right[k] ? exp[k]! / rightTotal : 0);
        if (g !== 0) for (const [i, v] of c) grad[i]! += g * v;
      });
    }
    for (let i = 0; i < w.length; i++) w[i]! -= opts.learningRate * (grad[i]! / rows.length + opts.l2 * w[i]!);
  }
  const weights: Weights = {};
  names.forEach((n, i) => {
    const rounded = Math.round(w[i]! * 1e4) / 1e4;
    if (Math.abs(rounded) >= 1e-3) weights[n] = rounded;
  });
  return weights;
}

/** Lower-case words of letters only (accents dropped), for word features. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/\p{L}{2,}/gu) ?? []
  );
}
