import { textColorOn } from "../format.ts";

interface ChipTopic {
  name: string;
  color: string;
  source?: "ai" | "manual";
  confidence?: number | null;
}

function describe(t: ChipTopic): string | undefined {
  if (t.source === "manual") return "Set manually";
  if (t.source === "ai") return t.confidence == null ? "Suggested by the classifier" : `Suggested by the classifier (${Math.round(t.confidence * 100)}% confidence)`;
  return undefined;
}

export function TopicChip({ topic }: { topic: ChipTopic }) {
  return (
    <span className="topic-chip" style={{ background: topic.color, color: textColorOn(topic.color) }} title={describe(topic)}>
      {topic.name}
      {topic.source === "manual" && <span className="visually-hidden"> (set manually)</span>}
    </span>
  );
}
