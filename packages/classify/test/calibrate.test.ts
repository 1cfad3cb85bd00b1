// The factored confidence (ADR 0026): P(some topic fits) from the similarity above the reference, times
// P(this topic | one fits) from the ranking scores.
import { describe, expect, it } from "vitest";
import { CALIBRATIONS, confidencesOf } from "../src/local/calibrate.ts";

const calibration = CALIBRATIONS.documents;

describe("confidencesOf", () => {
  it("splits a document that sits between two topics instead of pushing both below every threshold", () => {
    const [a, b, c] = confidencesOf(calibration, [
      { aboveReference: 0.3, ranking: 0.5 },
      { aboveReference: 0.3, ranking: 0.5 },
      { aboveReference: 0, ranking: 0.1 },
    ]);
    expect(a).toBeCloseTo(b!, 12);
    expect(a).toBeGreaterThan(0.4);
    expect(a).toBeLessThanOrEqual(0.5);
    expect(c).toBeLessThan(0.05);
  });

  it("gives a clear winner nearly all of the 'some topic fits' probability", () => {
    const [best, other] = confidencesOf(calibration, [
      { aboveReference: 0.3, ranking: 0.6 },
      { aboveReference: 0.1, ranking: 0.1 },
    ]);
    expect(best).toBeGreaterThan(0.95);
    expect(other).toBeLessThan(0.01);
  });

  it("keeps a document far from every topic low, however clear its ranking", () => {
    const confidences = confidencesOf(calibration, [
      { aboveReference: -0.2, ranking: 0.4 },
      { aboveReference: -0.4, ranking: -0.2 },
    ]);
    for (const c of confidences) expect(c).toBeLessThan(0.1);
  });

  it("with one topic, is the probability that it fits; confidences never sum above 1", () => {
    const [only] = confidencesOf(calibration, [{ aboveReference: 0.2, ranking: 0.3 }]);
    expect(only).toBeCloseTo(1 / (1 + Math.exp(-(calibration.intercept + calibration.aboveReference * 0.2))), 12);
    for (const kind of ["description", "documents", "linear"] as const) {
      const sum = confidencesOf(CALIBRATIONS[kind], [
        { aboveReference: 0.5, ranking: -0.1 },
        { aboveReference: 0.4, ranking: -0.3 },
        { aboveReference: 0.6, ranking: -2 },
      ]).reduce((s, c) => s + c, 0);
      expect(sum).toBeLessThanOrEqual(1);
    }
  });
});
