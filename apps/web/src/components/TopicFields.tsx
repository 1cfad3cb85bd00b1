import { useId } from "react";
import { LIMITS } from "@docscan/shared";
import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: {
    name: "Name",
    colour: "Colour",
    threshold: "Threshold",
    global: "Global",
    globalWith: (percent: number) => `Global (${percent})`,
    thresholdHint: "Confidence needed to apply this topic. Empty uses the global one.",
    description: "Description",
    descriptionHint: "What belongs here? The classifier matches documents against it.",
  },
  de: {
    name: "Name",
    colour: "Farbe",
    threshold: "Schwelle",
    global: "Global",
    globalWith: (percent) => `Global (${percent})`,
    thresholdHint: "Nötige Sicherheit, um dieses Thema zuzuweisen. Leer: die globale Schwelle.",
    description: "Beschreibung",
    descriptionHint: "Was gehört hierher? Der Klassifikator gleicht Dokumente damit ab.",
  },
});

export interface TopicDraft {
  name: string;
  description: string;
  color: string;
  /** Own confidence threshold as typed, in percent; empty uses the global threshold. */
  threshold: string;
}

interface Props {
  draft: TopicDraft;
  onChange: (d: TopicDraft) => void;
  errors: Record<string, string>;
  /** The global confidence threshold (0–1), shown as the default. */
  globalThreshold?: number | undefined;
}

/** Name, colour, threshold and description inputs shared by the create form and inline editing. */
export function TopicFields({ draft, onChange, errors, globalThreshold }: Props) {
  const m = useMessages(messages);
  const id = useId();
  return (
    <div className="topic-fields">
      <div className="field field-name">
        <label htmlFor={`${id}-name`}>{m.name}</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          maxLength={LIMITS.topicNameMax}
          required
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-err` : undefined}
          onChange={(e) => onChange({ ...draft, name: e.target.value })}
        />
        {errors.name && (
          <p id={`${id}-name-err`} className="field-error">
            {errors.name}
          </p>
        )}
      </div>
      <div className="field field-color">
        <label htmlFor={`${id}-color`}>{m.colour}</label>
        <div className="color-input">
          <input id={`${id}-color`} type="color" value={draft.color} onChange={(e) => onChange({ ...draft, color: e.target.value })} />
          <code>{draft.color}</code>
        </div>
        {errors.color && <p className="field-error">{errors.color}</p>}
      </div>
      <div className="field field-threshold">
        <label htmlFor={`${id}-threshold`}>{m.threshold}</label>
        <div className="percent-input">
          <input
            id={`${id}-threshold`}
            type="text"
            inputMode="decimal"
            value={draft.threshold}
            placeholder={globalThreshold === undefined ? m.global : m.globalWith(Math.round(globalThreshold * 100))}
            autoComplete="off"
            aria-invalid={errors.threshold ? true : undefined}
            aria-describedby={`${id}-threshold-hint${errors.threshold ? ` ${id}-threshold-err` : ""}`}
            onChange={(e) => onChange({ ...draft, threshold: e.target.value })}
          />
          <span aria-hidden="true">%</span>
        </div>
        <p id={`${id}-threshold-hint`} className="hint">
          {m.thresholdHint}
        </p>
        {errors.threshold && (
          <p id={`${id}-threshold-err`} className="field-error">
            {errors.threshold}
          </p>
        )}
      </div>
      <div className="field field-description">
        <label htmlFor={`${id}-description`}>{m.description}</label>
        <textarea
          id={`${id}-description`}
          value={draft.description}
          rows={2}
          maxLength={LIMITS.topicDescriptionMax}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={`${id}-description-hint`}
          onChange={(e) => onChange({ ...draft, description: e.target.value })}
        />
        <p id={`${id}-description-hint`} className="hint">
          {m.descriptionHint}
        </p>
        {errors.description && <p className="field-error">{errors.description}</p>}
      </div>
    </div>
  );
}
