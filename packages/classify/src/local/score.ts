import type { TopicModel } from "./model.ts";

export interface ScoringParams {
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation (0 = none, 1 = full). */
  b: number;
  /** Documents longer than this (in content words) need more mentions for the same evidence. */
  referenceLength: number;
  /** Evidence a topic needs to be as likely as "no topic fits". */
  noTopicEvidence: number;
}

export const DEFAULT_SCORING: ScoringParams = { k1: 1.2, b: 0.75, referenceLength: 250, noTopicEvidence: 2 };

/**
 * BM25 with the document as the searched text and each topic's term vector as
 * the query: roughly "how many words that are distinctive for this topic does
 * the document use", one word unique to a topic's description counting ~1.
 */
export function topicEvidence(model: TopicModel, docTokens: readonly string[], params = DEFAULT_SCORING): number[] {
  const tf = new Map<string, number>();
  for (const t of docTokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const { k1, b, referenceLength } = params;
  // Only long documents are damped: one mention in a short note is still one mention.
  const norm = k1 * (1 - b + b * Math.max(1, docTokens.length / referenceLength));
  return model.topics.map((topic) => {
    let score = 0;
    for (const [term, weight] of topic.terms) {
      const f = tf.get(term);
      if (f === undefined) continue;
      score += (model.idf.get(term) ?? 0) * weight * ((f * (k1 + 1)) / (f + norm));
    }
    return score;
  });
}

/**
 * Turns evidence into confidences that mean the same across documents:
 * a softmax over the topics plus a "no topic" option with fixed evidence,
 * using e^E - 1 so that a topic without evidence gets exactly 0.
 * The topics then share what "no topic" does not take.
 */
export function toConfidences(evidence: readonly number[], params = DEFAULT_SCORING): number[] {
  const e0 = params.noTopicEvidence;
  const max = Math.max(e0, ...evidence);
  // Everything is scaled by e^-max to stay finite for very long documents.
  const floor = Math.exp(-max);
  const weights = evidence.map((e) => Math.max(0, Math.exp(e - max) - floor));
  const total = Math.exp(e0 - max) - floor + weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => (total > 0 ? w / total : 0));
}
