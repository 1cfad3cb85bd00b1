import { DEFAULT_REVIEW_FLOOR } from "./evaluate.ts";
import type { ClassifyResult } from "./types.ts";

/**
 * Suggestions below this confidence are not worth a person's time in review: they are dropped. One named
 * place to change it (ADR 0014). 0.5: below it a suggestion of the offline classifier is more often wrong
 * than right, and on the dev data 18–26 % of documents wait in review (docs/classification-quality.md).
 */
export const REVIEW_MIN_CONFIDENCE = DEFAULT_REVIEW_FLOOR;

export interface Decision {
  apply: { topicId: string; confidence: number; quote: string | null }[];
  review: { topicId: string | null; proposedName?: string; proposedDescription?: string; confidence: number; quote: string | null }[];
  outcome: "applied" | "review" | "none";
}

type PersonDecisions = { manual: readonly string[]; rejected: readonly string[] };
/** Whether a person chose, removed or rejected the topic on the document: then the classifier's say on it is void. */
const decidedByPerson = (decided: PersonDecisions, topicId: string) => decided.manual.includes(topicId) || decided.rejected.includes(topicId);

/**
 * A person's decisions are final (ADR 0014): the classifier's topics that a person chose already (manual
 * links, which stay as they are) or removed or rejected are taken out of its answer before anything is
 * decided, so neither is applied as an AI link nor suggested in review.
 */
export function keepPersonDecisions(result: ClassifyResult, decided: PersonDecisions): ClassifyResult {
  return { ...result, suggestions: result.suggestions.filter((s) => !decidedByPerson(decided, s.topicId)) };
}

/** At or above its topic's threshold (its own, else the global one) a suggestion is applied. */
const applies = (s: { topicId: string; confidence: number }, thresholds: Map<string, number | null>, globalThreshold: number) =>
  s.confidence >= (thresholds.get(s.topicId) ?? globalThreshold);

/**
 * The topics `decide(keepPersonDecisions(result, decided), thresholds, globalThreshold)` applies, in its order,
 * without building the decision: the topic trial asks it of every document under two models (ADR 0029).
 */
export function appliedTopicIds(
  suggestions: readonly { topicId: string; confidence: number }[],
  decided: PersonDecisions,
  thresholds: Map<string, number | null>,
  globalThreshold: number,
): readonly string[] {
  let out: string[] | null = null; // most documents get none: no array for the collector
  for (const s of suggestions) {
    if (!decidedByPerson(decided, s.topicId) && applies(s, thresholds, globalThreshold)) (out ??= []).push(s.topicId);
  }
  return out ?? NONE;
}
const NONE: readonly string[] = Object.freeze([]);

/** At or above a topic's threshold (its own, else the global one) a topic is applied; below, it waits in review. */
export function decide(result: ClassifyResult, thresholds: Map<string, number | null>, globalThreshold: number): Decision {
  const apply: Decision["apply"] = [];
  const review: Decision["review"] = [];
  for (const s of result.suggestions) {
    if (applies(s, thresholds, globalThreshold)) apply.push({ topicId: s.topicId, confidence: s.confidence, quote: s.quote });
    else if (s.confidence >= REVIEW_MIN_CONFIDENCE) review.push({ topicId: s.topicId, confidence: s.confidence, quote: s.quote });
  }
  // A proposed topic is never created silently.
  if (result.proposedTopic) {
    review.push({ topicId: null, proposedName: result.proposedTopic.name, proposedDescription: result.proposedTopic.description, confidence: 0.5, quote: null });
  }
  return { apply, review, outcome: apply.length ? "applied" : review.length ? "review" : "none" };
}
