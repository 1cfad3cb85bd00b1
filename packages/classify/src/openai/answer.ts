import { z } from "zod";
import type { ProposedTopic, TopicRef, TopicSuggestion } from "../types.ts";
import { verifiedQuote } from "./quotes.ts";

const answerSchema = z.object({ topics: z.array(z.unknown()), newTopic: z.unknown().optional() });
const choiceSchema = z.object({ name: z.string(), confidence: z.number(), quote: z.unknown().optional() });
const newTopicSchema = z.object({ name: z.string().trim().min(1).max(80), description: z.string().trim().max(500) });

export type ParsedAnswer =
  | { ok: true; suggestions: TopicSuggestion[]; proposedTopic: ProposedTopic | null }
  | { ok: false; reason: string };

/**
 * Checks the model's answer again on our side: the server may not enforce the
 * schema (many OpenAI-compatible servers don't). Unknown names and malformed
 * entries are dropped, confidences clamped, quotes kept only when they occur in
 * the document; only unparseable JSON or a wrong overall shape counts as a
 * failed answer. A proposed topic is read only when `allowNewTopics`.
 */
export function parseAnswer(
  content: string | null | undefined,
  topics: readonly TopicRef[],
  documentText: string,
  allowNewTopics = false,
): ParsedAnswer {
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
  const best = new Map<string, { confidence: number; quote: string | null }>();
  for (const item of answer.data.topics) {
    const choice = choiceSchema.safeParse(item);
    if (!choice.success) continue;
    const id = idOf(choice.data.name);
    if (id === undefined) continue;
    const confidence = Math.min(1, Math.max(0, choice.data.confidence));
    const previous = best.get(id);
    if (previous && previous.confidence >= confidence) continue;
    best.set(id, { confidence, quote: verifiedQuote(choice.data.quote, documentText) });
  }
  // Map keeps the model's order, and sort is stable, so ties stay as answered.
  const suggestions = [...best].map(([topicId, s]) => ({ topicId, confidence: s.confidence, quote: s.quote }));
  suggestions.sort((a, b) => b.confidence - a.confidence);
  return { ok: true, suggestions, proposedTopic: allowNewTopics ? proposed(answer.data.newTopic, idOf) : null };
}

/** A new topic that is really new: an existing name is not a proposal. */
function proposed(value: unknown, idOf: (name: string) => string | undefined): ProposedTopic | null {
  const parsed = newTopicSchema.safeParse(value);
  if (!parsed.success || idOf(parsed.data.name) !== undefined) return null;
  return parsed.data;
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
