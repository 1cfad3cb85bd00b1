import { percent, textColorOn } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";

// "chosen by …": German puts the chooser in the dative ("vom Klassifikator"), so each language words it whole.
const messages = defineMessages({
  en: {
    offlineClassifier: "the offline classifier",
    model: (model: string) => `the model ${model}`,
    classifier: "the classifier",
    setManually: (name: string) => `${name}: set manually`,
    chosenBy: (name: string, chooser: string) => `${name}: chosen by ${chooser}`,
    chosenByWithConfidence: (name: string, chooser: string, confidence: string) => `${name}: chosen by ${chooser} (${confidence} confidence)`,
    setManuallyHidden: " (set manually)",
  },
  de: {
    offlineClassifier: "vom Offline-Klassifikator",
    model: (model) => `vom Modell ${model}`,
    classifier: "vom Klassifikator",
    setManually: (name) => `${name}: manuell gesetzt`,
    chosenBy: (name, chooser) => `${name}: gewählt ${chooser}`,
    chosenByWithConfidence: (name, chooser, confidence) => `${name}: gewählt ${chooser} (Sicherheit ${confidence})`,
    setManuallyHidden: " (manuell gesetzt)",
  },
});
type Messages = (typeof messages)["en"];

interface ChipTopic {
  name: string;
  color: string;
  source?: "ai" | "manual";
  confidence?: number | null;
  /** "offline", or the model's name (see SourceBadge). */
  classifiedBy?: string | null;
}

function chooser(t: ChipTopic, m: Messages): string {
  if (t.classifiedBy === "offline") return m.offlineClassifier;
  return t.classifiedBy ? m.model(t.classifiedBy) : m.classifier;
}

/** The tooltip: the whole name (a long one is cut short in the chip) and where the link came from. */
function describe(t: ChipTopic, m: Messages): string {
  if (t.source === "manual") return m.setManually(t.name);
  if (t.source === "ai") return t.confidence == null ? m.chosenBy(t.name, chooser(t, m)) : m.chosenByWithConfidence(t.name, chooser(t, m), percent(t.confidence));
  return t.name;
}

export function TopicChip({ topic }: { topic: ChipTopic }) {
  const m = useMessages(messages);
  return (
    <span className="topic-chip" style={{ background: topic.color, color: textColorOn(topic.color) }} title={describe(topic, m)}>
      {topic.name}
      {topic.source === "manual" && <span className="visually-hidden">{m.setManuallyHidden}</span>}
    </span>
  );
}
