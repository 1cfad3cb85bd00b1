import type { ClassifyResult } from "@docscan/classify";

/** Suggestions below this confidence are noise, not worth a person's time in review. */
export const REVIEW_MIN_CONFIDENCE = 0.2;

export interface Decision {
  apply: { topicId: string; confidence: number; quote: string | null }[];
  review: { topicId: string | null; proposedName?: string; proposedDescription?: string; confidence: number; quote: string | null }[];
  outcome: "applied" | "review" | "none";
}

/** At or above a topic's threshold (its own, else the global one) a topic is applied; below, it waits in review. */
export function decide(result: ClassifyResult, thresholds: Map<string, number | null>, globalThreshold: number): Decision {
  const apply: Decision["apply"] = [];
  const review: Decision["review"] = [];
  for (const s of result.suggestions) {
    const threshold = thresholds.get(s.topicId) ?? globalThreshold;
    if (s.confidence >= threshold) apply.push({ topicId: s.topicId, confidence: s.confidence, quote: s.quote });
    else if (s.confidence >= REVIEW_MIN_CONFIDENCE) review.push({ topicId: s.topicId, confidence: s.confidence, quote: s.quote });
  }
  // A proposed topic is never created silently.
  if (result.proposedTopic) {
    review.push({ topicId: null, proposedName: result.proposedTopic.name, proposedDescription: result.proposedTopic.description, confidence: 0.5, quote: null });
  }
  return { apply, review, outcome: apply.length ? "applied" : review.length ? "review" : "none" };
}
