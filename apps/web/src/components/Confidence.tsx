import { percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: {
    title: (value: string) => `Confidence ${value}`,
    titleWithThreshold: (value: string, threshold: string) => `Confidence ${value} (threshold ${threshold})`,
    /** Read before the figure by screen readers; the space is part of it. */
    word: "Confidence ",
    manual: "Manual",
    manualTitle: "Set or confirmed by a person",
    offlineTitle: "Chosen by the offline classifier",
    modelTitle: (model: string) => `Chosen by the model ${model}`,
    classifierTitle: "Chosen by the classifier",
    classifier: "classifier",
  },
  de: {
    title: (value) => `Sicherheit ${value}`,
    titleWithThreshold: (value, threshold) => `Sicherheit ${value} (Schwelle ${threshold})`,
    word: "Sicherheit ",
    manual: "Manuell",
    manualTitle: "Von einer Person gesetzt oder bestätigt",
    offlineTitle: "Vom Offline-Klassifikator gewählt",
    modelTitle: (model) => `Vom Modell ${model} gewählt`,
    classifierTitle: "Vom Klassifikator gewählt",
    classifier: "Klassifikator",
  },
});

/** A confidence (0–1) as a short bar and a percentage. */
export function Confidence({ value, threshold }: { value: number; threshold?: number | undefined }) {
  const m = useMessages(messages);
  const level = value >= 0.75 ? "high" : value >= 0.45 ? "mid" : "low";
  return (
    <span className={`confidence confidence-${level}`} title={threshold === undefined ? m.title(percent(value)) : m.titleWithThreshold(percent(value), percent(threshold))}>
      <span className="confidence-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(3, Math.round(value * 100))}%` }} />
      </span>
      <span className="confidence-value">
        <span className="visually-hidden">{m.word}</span>
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
  const m = useMessages(messages);
  if (source === "manual") {
    return (
      <span className="source-badge source-manual" title={m.manualTitle}>
        {m.manual}
      </span>
    );
  }
  const title = classifiedBy === "offline" ? m.offlineTitle : classifiedBy ? m.modelTitle(classifiedBy) : m.classifierTitle;
  return (
    <span className="source-badge source-ai" title={title}>
      {classifiedBy ?? m.classifier}
    </span>
  );
}
