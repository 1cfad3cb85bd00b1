// "General English": how often words and concepts occur in WordNet's own
// definitions and examples. A topic's evidence is measured against this, so
// that words every text uses (or that a recipe uses) do not count for a topic.
import { type ConceptOptions, conceptFeatures } from "./concepts.ts";
import { type Features, sublinear, textFeatures } from "./features.ts";
import { tokenize } from "./tokenize.ts";
import { wordNet } from "./wordnet.ts";

/** Short texts of general English (a few definitions each) that belong under no topic: calibration's negatives. */
export const ANCHOR_COUNT = 200;
const GLOSSES_PER_ANCHOR = 3;

export interface Background {
  /** Probability of a term (stem) in general English; undefined for a term never seen there. */
  term(term: string): number | undefined;
  /** What an unseen term is taken to have when a topic knows it. */
  readonly termFloor: number;
  /** Probability mass of a concept among the concepts general English mentions. */
  concept(concept: number): number;
  /** ANCHOR_COUNT texts spread evenly over WordNet, as damped features. */
  anchors(): readonly Features[];
  /** The same texts, as text. */
  anchorTexts(): readonly string[];
}

const cache = new WeakMap<ConceptOptions, Background>();

export function background(concepts: ConceptOptions): Background {
  let bg = cache.get(concepts);
  if (!bg) cache.set(concepts, (bg = build(concepts)));
  return bg;
}

function build(options: ConceptOptions): Background {
  const wn = wordNet();
  const terms = new Map<string, number>();
  const words = new Map<string, number>();
  let termTotal = 0;
  for (const gloss of wn.glosses) {
    for (const t of tokenize(gloss)) {
      terms.set(t, (terms.get(t) ?? 0) + 1);
      termTotal++;
    }
    for (const [w] of gloss.toLowerCase().matchAll(/[a-z]+/g)) words.set(w, (words.get(w) ?? 0) + 1);
  }
  // Concepts per distinct word, not per occurrence: the same answer, far fewer lookups.
  const concepts = new Map<number, number>();
  let conceptTotal = 0;
  for (const [word, count] of words) {
    for (const [c, w] of conceptFeatures(word, options, wn)) {
      concepts.set(c, (concepts.get(c) ?? 0) + count * w);
      conceptTotal += count * w;
    }
  }
  // A concept no definition reaches is still possible, just rare.
  const conceptFloor = 0.5 / conceptTotal;
  let anchors: Features[] | undefined;
  let texts: string[] | undefined;
  return {
    term: (t) => {
      const n = terms.get(t);
      return n === undefined ? undefined : n / termTotal;
    },
    termFloor: 0.5 / termTotal,
    concept: (c) => Math.max(conceptFloor, (concepts.get(c) ?? 0) / conceptTotal),
    anchorTexts: () => (texts ??= anchorTexts(wn.glosses)),
    anchors: () => (anchors ??= anchorTexts(wn.glosses).map((text) => sublinear(textFeatures(text)))),
  };
}

function anchorTexts(glosses: readonly string[]): string[] {
  const step = Math.floor(glosses.length / ANCHOR_COUNT);
  return Array.from({ length: ANCHOR_COUNT }, (_, i) =>
    glosses.slice(i * step, i * step + GLOSSES_PER_ANCHOR).join(" ").replace(/"/g, ""),
  );
}
