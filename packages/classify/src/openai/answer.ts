import { z } from "zod";
import type { TopicRef, TopicSuggestion } from "../types.ts";

const answerSchema = z.object({ topics: z.array(z.unknown()) });
const choiceSchema = z.object({ name: z.string(), confidence: z.number() });

export type ParsedAnswer = { ok: true; suggestions: TopicSuggestion[] } | { ok: false; reason: string };

/**
 * Checks the model's answer again on our side: the server may not enforce the
 * schema (many OpenAI-compatible servers don't). Unknown names and malformed
 * entries are dropped, confidences clamped; only unparseable JSON or a wrong
 * overall shape counts as a failed answer.
 */
export function parseAnswer(content: string | null | undefined, topics: readonly TopicRef[]): ParsedAnswer {
  if (!content) return { ok: false, reason: "empty answer" };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : "unparseable" };
  }
  const answer = answerSchema.safeParse(json);
  if (!answer.success) return { ok: false, reason: "no topics array" };

  const idOf = nameLookup(topics);
  const best = new Map<string, number>();
  for (const item of answer.data.topics) {
    const choice = choiceSchema.safeParse(item);
    if (!choice.success) continue;
    const id = idOf(choice.data.name);
    if (id === undefined) continue;
    const confidence = Math.min(1, Math.max(0, choice.data.confidence));
    best.set(id, Math.max(confidence, best.get(id) ?? 0));
  }
  // Map keeps the model's order, and sort is stable, so ties stay as answered.
  const suggestions = [...best].map(([topicId, confidence]) => ({ topicId, confidence }));
  suggestions.sort((a, b) => b.confidence - a.confidence);
  return { ok: true, suggestions };
}

/** Exact name first; then ignoring case and surrounding spaces, for servers that don't enforce the enum. */
function nameLookup(topics: readonly TopicRef[]): (name: string) => string | undefined {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const t of topics) {
    if (!exact.has(t.name)) exact.set(t.name, t.id);
    const key = t.name.trim().toLowerCase();
    if (!loose.has(key)) loose.set(key, t.id);
  }
  return (name) => exact.get(name) ?? loose.get(name.trim().toLowerCase());
}
