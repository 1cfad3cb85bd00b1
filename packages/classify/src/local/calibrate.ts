// Confidence = a calibrated probability that the topic is right: a logistic function of how far the
// document's similarity to the topic lies above the topic set's reference (what texts about none of the
// topics reach), of its lead over the next topic, and, with a linear model, of that model's log-odds
// lead. The coefficients are fitted offline by eval/fit-calibration.ts on the AG News training texts and
// eval/abstention/calibration.jsonl (never on the data the docs report), then written here.

export interface Calibration {
  intercept: number;
  /** Per unit of (similarity − reference). */
  aboveReference: number;
  /** Per unit of (similarity − best other topic's similarity). */
  lead: number;
  /** Per unit of the linear model's log-odds lead (0 without one). */
  linearLead: number;
}

/**
 * One calibration per kind of model, as their similarities live on different scales: topic vectors from
 * descriptions only, from descriptions and documents (confirmed examples and/or self-training), and
 * with a linear model choosing among topics.
 */
export type ModelKind = "description" | "documents" | "linear";
export const CALIBRATIONS: Record<ModelKind, Calibration> = {
  description: { intercept: -1.492, aboveReference: 12.26, lead: 14.95, linearLead: 0 },
  documents: { intercept: -2.684, aboveReference: 7.709, lead: 10.79, linearLead: 0 },
  linear: { intercept: -3.057, aboveReference: 8.453, lead: 0, linearLead: 0.8198 },
};

export interface ConfidenceFeatures {
  aboveReference: number;
  lead: number;
  linearLead: number;
}

export function confidenceOf(c: Calibration, f: ConfidenceFeatures): number {
  return 1 / (1 + Math.exp(-(c.intercept + c.aboveReference * f.aboveReference + c.lead * f.lead + c.linearLead * f.linearLead)));
}
