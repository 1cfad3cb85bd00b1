import { percent } from "../format.ts";

/** A confidence (0–1) as a short bar and a percentage. */
export function Confidence({ value, threshold }: { value: number; threshold?: number | undefined }) {
  const level = value >= 0.75 ? "high" : value >= 0.45 ? "mid" : "low";
  return (
    <span
      className={`confidence confidence-${level}`}
      title={threshold === undefined ? `Confidence ${percent(value)}` : `Confidence ${percent(value)} (threshold ${percent(threshold)})`}
    >
      <span className="confidence-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(3, Math.round(value * 100))}%` }} />
      </span>
      <span className="confidence-value">
        <span className="visually-hidden">Confidence </span>
        {percent(value)}
      </span>
    </span>
  );
}

export function SourceBadge({ source }: { source: "ai" | "manual" }) {
  return (
    <span className={`source-badge source-${source}`} title={source === "ai" ? "Chosen by the classifier" : "Set or confirmed by a person"}>
      {source === "ai" ? "AI" : "Manual"}
    </span>
  );
}
