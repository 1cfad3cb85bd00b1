// Small helpers shared by the benchmarks: timing loops bounded in count and time, percentiles, tables.

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), mean };
}

/** The middle sample (the upper one of the two middles for an even count), as the benchmarks' "median" columns. */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs `fn` sequentially after `warmup` runs, until `maxRuns` runs or `maxMs` elapsed; returns ms per run. */
export async function timeRuns(fn: () => Promise<unknown>, opts: { warmup?: number; maxRuns: number; maxMs: number }): Promise<number[]> {
  for (let i = 0; i < (opts.warmup ?? 3); i++) await fn();
  const samples: number[] = [];
  const deadline = performance.now() + opts.maxMs;
  while (samples.length < opts.maxRuns && performance.now() < deadline) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

export const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : "–");
export const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");

/** A Markdown table (also readable on a terminal). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map((r) => line(r.map(String)))].join("\n");
}
