import { textColorOn } from "../format.ts";

interface ChipTopic {
  name: string;
  color: string;
  source?: "ai" | "manual";
  confidence?: number | null;
}

/** The tooltip: the whole name (a long one is cut short in the chip) and where the link came from. */
function describe(t: ChipTopic): string {
  if (t.source === "manual") return `${t.name}: set manually`;
  if (t.source === "ai") return t.confidence == null ? `${t.name}: suggested by the classifier` : `${t.name}: suggested by the classifier (${Math.round(t.confidence * 100)}% confidence)`;
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
