// Evidence for a topic, in nats: how much better the topic's word and concept
// distributions explain the document than general English does. Each word is
// either the topic's (probability λ) or general English; so a word the topic
// never saw costs a little, a word typical of the topic earns a lot, and a
// word that neither knows (a name, a typo, random letters) counts for nothing.
import type { Background } from "./background.ts";
import type { Features } from "./features.ts";

/** Token mass at which a topic's model is taken to explain half of a typical document. */
export const TERM_HALF_MASS = 400;
export const CONCEPT_HALF_MASS = 400;
/** Concepts overlap (a word and its hypernyms), so they count less than words. */
export const CONCEPT_WEIGHT = 0.5;

export interface TopicCounts {
  terms: ReadonlyMap<string, number>;
  concepts: ReadonlyMap<number, number>;
  termTotal: number;
  conceptTotal: number;
}

/** Evidence of `doc` for `topic`; `without` removes one training document (leave-one-out). */
export function evidenceFor(topic: TopicCounts, doc: Pick<TopicCounts, "terms" | "concepts">, bg: Background, without?: TopicCounts): number {
  const termTotal = topic.termTotal - (without?.termTotal ?? 0);
  const lambda = termTotal / (termTotal + TERM_HALF_MASS);
  let e = 0;
  if (termTotal > 0) for (const [term, x] of doc.terms) {
    const count = Math.max(0, (topic.terms.get(term) ?? 0) - (without?.terms.get(term) ?? 0));
    const general = bg.term(term);
    if (general === undefined && count < 1e-9) continue;
    e += x * Math.log((lambda * count) / termTotal / (general ?? bg.termFloor) + 1 - lambda);
  }
  const conceptTotal = topic.conceptTotal - (without?.conceptTotal ?? 0);
  if (conceptTotal <= 0) return e;
  const mu = conceptTotal / (conceptTotal + CONCEPT_HALF_MASS);
  let c = 0;
  for (const [concept, x] of doc.concepts) {
    const count = Math.max(0, (topic.concepts.get(concept) ?? 0) - (without?.concepts.get(concept) ?? 0));
    c += x * Math.log((mu * count) / conceptTotal / bg.concept(concept) + 1 - mu);
  }
  return e + CONCEPT_WEIGHT * c;
}

export function countsOf(f: Features): TopicCounts {
  return { terms: f.terms, concepts: f.concepts, termTotal: sum(f.terms), conceptTotal: sum(f.concepts) };
}

function sum(m: ReadonlyMap<unknown, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}
