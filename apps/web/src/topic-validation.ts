import { LIMITS, topicInputSchema, type TopicInput } from "@docscan/shared";
import type { TopicDraft } from "./components/TopicFields.tsx";
import { defineMessages, messagesOf } from "./i18n.ts";

// English shows the shared schema's own words (the api's); German says the same per field and kind of problem.
const messages = defineMessages({
  en: {
    threshold: "Enter a percentage from 0 to 100, or leave it empty to use the global threshold.",
    issue: (_field: string, _code: string, message: string) => message,
  },
  de: {
    threshold: "Geben Sie einen Prozentwert von 0 bis 100 ein, oder lassen Sie das Feld leer, um die globale Schwelle zu verwenden.",
    issue: (field, code) => {
      if (field === "color") return "Die Farbe muss wie #6366f1 aussehen.";
      if (code === "too_small") return "Bitte geben Sie einen Namen ein.";
      if (code === "too_big") return `Höchstens ${field === "name" ? LIMITS.topicNameMax : LIMITS.topicDescriptionMax} Zeichen.`;
      if (code === "custom") return "Darf keine Steuerzeichen enthalten.";
      return "Bitte prüfen Sie diese Eingabe.";
    },
  },
});

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
  const m = messagesOf(messages);
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= key === "threshold" ? m.threshold : m.issue(key, issue.code, issue.message);
  }
  return out;
}
