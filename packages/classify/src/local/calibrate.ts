// Confidence = a calibrated probability that the topic is right, as the product of two parts:
//   P(some topic fits) = σ(intercept + aboveReference · (similarity − the topic set's reference)),
//   P(this topic | some topic fits) = softmax over the topics of sharpness × ranking score.
// The first is the embedding's call on whether the document is about this topic at all; the second says
// which topic, from the ranking score (similarity, or the linear model's log-probability, plus word
// evidence). A document that sits between two topics keeps half its "fits" probability on each instead of
// being pushed below every threshold. The coefficients are fitted offline by eval/fit-calibration.ts on the
// AG News training texts and eval/abstention/calibration.jsonl (never on the data the docs report).

export interface Calibration {
  intercept: number;
  /** Per unit of (similarity − reference). */
  aboveReference: number;
  /** Multiplies the ranking score inside the softmax over topics. */
  sharpness: number;
}

/**
 * One calibration per kind of model, as their similarities and ranking scores live on different scales:
 * topic vectors from descriptions only, from descriptions and documents (confirmed examples and/or
 * self-training), and with a linear model choosing among topics.
 */
export type ModelKind = "description" | "documents" | "linear";
export const CALIBRATIONS: Record<ModelKind, Calibration> = {
  description: { intercept: 0.412, aboveReference: 31.21, sharpness: 24.39 },
  documents: { intercept: -1.236, aboveReference: 21.88, sharpness: 17.82 },
  linear: { intercept: -1.394, aboveReference: 23.57, sharpness: 1.071 },
};

/** Per topic (in the model's topic order). */
export interface ConfidenceFeatures {
  aboveReference: number;
  /** Similarity (+ word evidence), or the linear model's log-probability (+ word evidence). */
  ranking: number;
}

/** Each topic's confidence; they need not sum to 1 (the rest is "no topic fits"). */
export function confidencesOf(c: Calibration, features: readonly ConfidenceFeatures[]): number[] {
  const out = new Float64Array(features.length);
  confidencesInto(
    c,
    Float64Array.from(features, (f) => f.aboveReference),
    Float64Array.from(features, (f) => f.ranking),
    out,
  );
  return Array.from(out);
}

/**
 * confidencesOf with the features as two arrays (topic t: `aboveReference[t]`, `ranking[t]`), written into `out`
 * (one confidence per topic): scoring many documents reuses the same arrays instead of making objects per topic.
 */
export function confidencesInto(c: Calibration, aboveReference: Float64Array, ranking: Float64Array, out: Float64Array): Float64Array {
  const n = out.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, ranking[i]!);
  // The exponentials wait in `out`; their sum is taken in topic order.
  let z = 0;
  for (let i = 0; i < n; i++) z += out[i] = Math.exp(c.sharpness * (ranking[i]! - max));
  for (let i = 0; i < n; i++) out[i] = out[i]! / z / (1 + Math.exp(-(c.intercept + c.aboveReference * aboveReference[i]!)));
  return out;
}
