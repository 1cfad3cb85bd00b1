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

/**
 * Who chose a topic: a person ("Manual"), the offline classifier ("offline") or the LLM (its model's name).
 * `classifiedBy` is null when no run says (then "classifier").
 */
export function SourceBadge({ source, classifiedBy = null }: { source: "ai" | "manual"; classifiedBy?: string | null }) {
  if (source === "manual") {
    return (
      <span className="source-badge source-manual" title="Set or confirmed by a person">
        Manual
      </span>
    );
  }
  const title = classifiedBy === "offline" ? "Chosen by the offline classifier" : classifiedBy ? `Chosen by the model ${classifiedBy}` : "Chosen by the classifier";
  return (
    <span className="source-badge source-ai" title={title}>
      {classifiedBy ?? "classifier"}
    </span>
  );
}
