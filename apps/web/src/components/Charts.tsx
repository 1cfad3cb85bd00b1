// Two small hand-rolled SVG charts (no chart library): bars per day, and horizontal bars per label.
import { useId } from "react";
import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: {
    summary: (total: string, days: number, busiest: string) => `${total} in total over ${days} days; the busiest day had ${busiest}.`,
    day: (day: string, parts: readonly (readonly [value: string, series: string])[]) => `${day}: ${parts.map(([value, series]) => `${value} ${series.toLowerCase()}`).join(", ")}`,
  },
  de: {
    summary: (total: string, days: number, busiest: string) => `${total} insgesamt über ${days} Tage; der stärkste Tag hatte ${busiest}.`,
    day: (day: string, parts: readonly (readonly [value: string, series: string])[]) => `${day}: ${parts.map(([value, series]) => `${value} ${series}`).join(", ")}`,
  },
});

/** The smallest "round" number (1, 2, 2.5, 5 × 10ⁿ) at or above `max`, so axis labels read well. */
export function niceCeil(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

export interface Series {
  label: string;
  color: string;
  values: readonly number[];
}

const W = 640;
const H = 170;
const PAD = { top: 10, right: 8, bottom: 24, left: 56 };

/** Vertical bars, one per day, with the series stacked. `labels` are the x positions' names (e.g. dates). */
export function DailyBars({ title, labels, series, format, tickLabel }: { title: string; labels: readonly string[]; series: readonly Series[]; format: (n: number) => string; tickLabel: (label: string) => string }) {
  const m = useMessages(messages);
  const titleId = useId();
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const top = niceCeil(Math.max(0, ...totals));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, labels.length);
  const barW = Math.max(2, slot * 0.68);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [0, top / 2, top];
  const xTicks = [0, Math.floor((labels.length - 1) / 2), labels.length - 1].filter((v, i, a) => a.indexOf(v) === i && v >= 0);
  const sum = totals.reduce((a, b) => a + b, 0);

  return (
    <figure className="chart">
      <figcaption className="chart-head">
        <span id={titleId} className="chart-title">
          {title}
        </span>
        <span className="chart-legend">
          {series.map((s) => (
            <span key={s.label}>
              <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart-svg" role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-sum`}>
        <desc id={`${titleId}-sum`}>
          {m.summary(format(sum), labels.length, format(Math.max(0, ...totals)))}
        </desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={t === 0 ? "chart-axis" : "chart-grid"} />
            <text x={PAD.left - 8} y={y(t)} className="chart-tick" textAnchor="end" dominantBaseline="middle">
              {format(t)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          let base = 0;
          const x = PAD.left + i * slot + (slot - barW) / 2;
          return (
            <g key={label} className="chart-bar">
              <title>{m.day(tickLabel(label), series.map((s) => [format(s.values[i] ?? 0), s.label] as const))}</title>
              {/* A transparent full-height target, so even empty days show their tooltip. */}
              <rect x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} fill="transparent" />
              {series.map((s) => {
                const v = s.values[i] ?? 0;
                if (v <= 0) return null;
                const y0 = y(base);
                base += v;
                const y1 = y(base);
                return <rect key={s.label} x={x} y={y1} width={barW} height={Math.max(1, y0 - y1)} fill={s.color} rx={1.5} />;
              })}
            </g>
          );
        })}
        {xTicks.map((i) => (
          <text key={i} x={PAD.left + i * slot + slot / 2} y={H - 6} className="chart-tick" textAnchor={i === 0 ? "start" : i === labels.length - 1 ? "end" : "middle"}>
            {tickLabel(labels[i]!)}
          </text>
        ))}
      </svg>
    </figure>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  color: string;
}

/** Horizontal bars with their label and value, longest first as given. */
export function HorizontalBars({ title, bars, unit }: { title: string; bars: readonly Bar[]; unit: (n: number) => string }) {
  const titleId = useId();
  const width = 320;
  const row = 28;
  const labelW = 110;
  const valueW = 40;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = width - labelW - valueW;
  const height = bars.length * row;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg hbars" role="img" aria-labelledby={titleId}>
      <title id={titleId}>{`${title}: ${bars.map((b) => `${b.label} ${unit(b.value)}`).join(", ")}`}</title>
      {bars.map((b, i) => {
        const w = b.value === 0 ? 0 : Math.max(3, (b.value / max) * plot);
        const cy = i * row + row / 2;
        return (
          <g key={b.key} data-bar={b.label}>
            <title>{`${b.label}: ${unit(b.value)}`}</title>
            <text x={labelW - 8} y={cy} textAnchor="end" dominantBaseline="middle" className="hbar-label">
              {b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label}
            </text>
            <rect x={labelW} y={cy - 8} width={plot} height={16} rx={3} className="hbar-track" />
            {w > 0 && <rect x={labelW} y={cy - 8} width={w} height={16} rx={3} fill={b.color} className="hbar-fill" />}
            <text x={labelW + plot + 8} y={cy} dominantBaseline="middle" className="hbar-value">
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
