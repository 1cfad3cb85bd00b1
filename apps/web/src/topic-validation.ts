import { topicInputSchema } from "@docscan/shared";
import type { TopicDraft } from "./components/TopicFields.tsx";

/** The same schema the api applies, so the form can answer before a round trip. */
export function validateTopic(draft: TopicDraft): Record<string, string> {
  const r = topicInputSchema.safeParse(draft);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
