import { textColorOn } from "../format.ts";

interface ChipTopic {
  name: string;
  color: string;
  source?: "ai" | "manual";
  confidence?: number | null;
  /** "offline", or the model's name (see SourceBadge). */
  classifiedBy?: string | null;
}

function chooser(t: ChipTopic): string {
  if (t.classifiedBy === "offline") return "the offline classifier";
  return t.classifiedBy ? `the model ${t.classifiedBy}` : "the classifier";
}

/** The tooltip: the whole name (a long one is cut short in the chip) and where the link came from. */
function describe(t: ChipTopic): string {
  if (t.source === "manual") return `${t.name}: set manually`;
  if (t.source === "ai") return t.confidence == null ? `${t.name}: chosen by ${chooser(t)}` : `${t.name}: chosen by ${chooser(t)} (${Math.round(t.confidence * 100)}% confidence)`;
  return t.name;
}

export function TopicChip({ topic }: { topic: ChipTopic }) {
  return (
    <span className="topic-chip" style={{ background: topic.color, color: textColorOn(topic.color) }} title={describe(topic)}>
      {topic.name}
      {topic.source === "manual" && <span className="visually-hidden"> (set manually)</span>}
    </span>
  );
}
