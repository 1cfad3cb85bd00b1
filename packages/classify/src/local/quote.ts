import { shortenQuote } from "../quote-text.ts";
import type { Features, Sentence } from "./features.ts";

/** The sentence with the most evidence (if any is positive), shortened to a quote. */
export function bestQuote(sentences: readonly Sentence[], evidence: (f: Features) => number): string | null {
  let best: Sentence | null = null;
  let bestScore = 0;
  for (const s of sentences) {
    const score = evidence(s.features);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best ? shortenQuote(best.text) : null;
}
