// From evidence (nats) to a confidence that means what it says: a logistic
// function of the topic's evidence and of its margin over the strongest
// competitor (or over "no topic", whose evidence is 0). Its three numbers are
// fitted to the confirmed examples, each scored without itself, so a 0.8
// comes out right about 80% of the time on documents like the examples;
// without examples the defaults below apply.

export interface Calibration {
  /** Weight of the topic's evidence. */
  a: number;
  /** Weight of its margin over the competitors. */
  b: number;
  /** Offset. */
  c: number;
}

/**
 * Without examples: one distinctive word of a topic (≈ 2.5 nats, no competitor)
 * gives ~0.6, two give ~0.95, none ~0.12.
 */
export const DEFAULT_CALIBRATION: Calibration = { a: 0.5, b: 0.5, c: -2 };
/** How strongly the fit is pulled to the defaults: matters with a handful of examples, not with hundreds. */
const PRIOR_PRECISION = 1;
const LIMIT = 40;

export interface CalibrationPoint {
  evidence: number;
  margin: number;
  /** Whether the example belongs under the topic. */
  positive: boolean;
}

/**
 * Each topic's evidence minus the best competing evidence, "no topic" (0) included.
 * Topics that the examples often confirm together (`together[i][j]` ≥ 0.5) do not compete.
 */
export function margins(evidence: readonly number[], together: readonly (readonly number[])[]): number[] {
  return evidence.map((e, i) => {
    let best = 0;
    evidence.forEach((other, j) => {
      if (j !== i && (together[i]?.[j] ?? 0) < 0.5 && other > best) best = other;
    });
    return e - best;
  });
}

/** Never exactly 1: a lexical model is never certain, and 1.0 would clear any threshold. */
export const MAX_CONFIDENCE = 0.999;

export function confidence(cal: Calibration, evidence: number, margin: number): number {
  return Math.min(MAX_CONFIDENCE, sigmoid(cal.a * clamp(evidence) + cal.b * clamp(margin) + cal.c));
}

/** Maximum a-posteriori logistic fit (Newton's method), pulled towards DEFAULT_CALIBRATION. */
export function fitCalibration(points: readonly CalibrationPoint[]): Calibration {
  if (points.length === 0) return DEFAULT_CALIBRATION;
  const prior = [DEFAULT_CALIBRATION.a, DEFAULT_CALIBRATION.b, DEFAULT_CALIBRATION.c];
  const rows = points.map((p) => ({ z: [clamp(p.evidence), clamp(p.margin), 1], y: p.positive ? 1 : 0 }));
  const objective = (w: number[]) => {
    let loss = 0;
    for (const { z, y } of rows) {
      const s = dot(w, z);
      // log(1 + e^s) - y*s, computed stably
      loss += Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s))) - y * s;
    }
    return loss + (PRIOR_PRECISION / 2) * w.reduce((acc, v, i) => acc + (v - prior[i]!) ** 2, 0);
  };
  let w = [...prior];
  let current = objective(w);
  for (let iter = 0; iter < 30; iter++) {
    const g = w.map((v, i) => PRIOR_PRECISION * (v - prior[i]!));
    const h = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? PRIOR_PRECISION : 0)));
    for (const { z, y } of rows) {
      const p = sigmoid(dot(w, z));
      for (let i = 0; i < 3; i++) {
        g[i]! += (p - y) * z[i]!;
        for (let j = 0; j < 3; j++) h[i]![j]! += p * (1 - p) * z[i]! * z[j]!;
      }
    }
    const step = solve3(h, g);
    let t = 1;
    let next = w;
    let value = current;
    // Backtracking keeps every step an improvement.
    for (; t > 1e-4; t /= 2) {
      next = w.map((v, i) => v - t * step[i]!);
      value = objective(next);
      if (value <= current) break;
    }
    if (value > current) break;
    const moved = Math.abs(current - value);
    w = next;
    current = value;
    if (moved < 1e-9) break;
  }
  return { a: w[0]!, b: w[1]!, c: w[2]! };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function clamp(x: number): number {
  return Math.max(-LIMIT, Math.min(LIMIT, x));
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, v, i) => s + v * b[i]!, 0);
}

/** Solves h x = g for a symmetric positive definite 3x3 h (Gaussian elimination). */
function solve3(h: number[][], g: number[]): number[] {
  const m = h.map((row, i) => [...row, g[i]!]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < 3; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c < 4; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const x = [0, 0, 0];
  for (let r = 2; r >= 0; r--) {
    let s = m[r]![3]!;
    for (let c = r + 1; c < 3; c++) s -= m[r]![c]! * x[c]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}
