import { topicInputSchema, type TopicInput } from "@docscan/shared";
import type { TopicDraft } from "./components/TopicFields.tsx";

/** The form's draft as the api takes it: the threshold is typed as a percentage, empty meaning "use the global one". */
export function toTopicInput(draft: TopicDraft): TopicInput & { threshold: number | null } {
  const text = draft.threshold.trim().replace(/%$/, "").trim();
  return { name: draft.name, description: draft.description, color: draft.color, threshold: text === "" ? null : Number(text) / 100 };
}

/** A stored threshold (0–1 or null) as the form shows it. */
export function thresholdText(threshold: number | null | undefined): string {
  return threshold == null ? "" : String(Math.round(threshold * 1000) / 10);
}

/** The same schema the api applies, so the form can answer before a round trip. */
export function validateTopic(draft: TopicDraft): Record<string, string> {
  const r = topicInputSchema.safeParse(toTopicInput(draft));
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= key === "threshold" ? "Enter a percentage from 0 to 100, or leave it empty to use the global threshold." : issue.message;
  }
  return out;
}
