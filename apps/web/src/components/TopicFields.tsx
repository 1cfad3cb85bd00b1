import { useId } from "react";
import { LIMITS } from "@docscan/shared";

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
  const id = useId();
  return (
    <div className="topic-fields">
      <div className="field field-name">
        <label htmlFor={`${id}-name`}>Name</label>
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
        <label htmlFor={`${id}-color`}>Colour</label>
        <div className="color-input">
          <input id={`${id}-color`} type="color" value={draft.color} onChange={(e) => onChange({ ...draft, color: e.target.value })} />
          <code>{draft.color}</code>
        </div>
        {errors.color && <p className="field-error">{errors.color}</p>}
      </div>
      <div className="field field-threshold">
        <label htmlFor={`${id}-threshold`}>Threshold</label>
        <div className="percent-input">
          <input
            id={`${id}-threshold`}
            type="text"
            inputMode="decimal"
            value={draft.threshold}
            placeholder={globalThreshold === undefined ? "Global" : `Global (${Math.round(globalThreshold * 100)})`}
            autoComplete="off"
            aria-invalid={errors.threshold ? true : undefined}
            aria-describedby={`${id}-threshold-hint${errors.threshold ? ` ${id}-threshold-err` : ""}`}
            onChange={(e) => onChange({ ...draft, threshold: e.target.value })}
          />
          <span aria-hidden="true">%</span>
        </div>
        <p id={`${id}-threshold-hint`} className="hint">
          Confidence needed to apply this topic. Empty uses the global one.
        </p>
        {errors.threshold && (
          <p id={`${id}-threshold-err`} className="field-error">
            {errors.threshold}
          </p>
        )}
      </div>
      <div className="field field-description">
        <label htmlFor={`${id}-description`}>Description</label>
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
          What belongs here? The classifier matches documents against it.
        </p>
        {errors.description && <p className="field-error">{errors.description}</p>}
      </div>
    </div>
  );
}
