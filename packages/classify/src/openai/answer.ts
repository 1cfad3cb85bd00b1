import { z } from "zod";
import { FieldValueError, normaliseFieldValue } from "@docscan/shared/fields";
import type { CorrespondentAnswer, DateAnswer, FieldAnswer, FieldRef, ProposedTopic, TopicRef, TopicSuggestion } from "../types.ts";
import { verifiedQuote } from "./quotes.ts";

const answerSchema = z.object({
  topics: z.array(z.unknown()),
  newTopic: z.unknown().optional(),
  fields: z.unknown().optional(),
  documentDate: z.unknown().optional(),
  correspondent: z.unknown().optional(),
});
const dateSchema = z.object({ date: z.string(), confidence: z.number(), quote: z.unknown().optional() });
const correspondentSchema = z.object({ name: z.string().trim().min(2).max(200), confidence: z.number(), quote: z.unknown().optional() });
/** The reader's bounds (ADR 0028): nothing before 1900, nothing after tomorrow (time zones). */
const EARLIEST_YEAR = 1900;
const DAY_MS = 86_400_000;
const fieldSchema = z.object({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), confidence: z.number(), quote: z.unknown().optional() });
const choiceSchema = z.object({ name: z.string(), confidence: z.number(), quote: z.unknown().optional() });
const newTopicSchema = z.object({ name: z.string().trim().min(1).max(80), description: z.string().trim().max(500) });

export type ParsedAnswer =
  | {
      ok: true;
      suggestions: TopicSuggestion[];
      proposedTopic: ProposedTopic | null;
      fields: FieldAnswer[];
      documentDate: DateAnswer | null;
      correspondent: CorrespondentAnswer | null;
    }
  | { ok: false; reason: string };

/**
 * Checks the model's answer again on our side: the server may not enforce the
 * schema (many OpenAI-compatible servers don't). Unknown names and malformed
 * entries are dropped, confidences clamped, quotes kept only when they occur in
 * the document; only unparseable JSON or a wrong overall shape counts as a
 * failed answer. A proposed topic is read only when `allowNewTopics`. Field values: see `fieldAnswers`; the
 * document's date and sender are kept only when valid and quoted (`dateAnswer`, `correspondentAnswer`).
 */
export function parseAnswer(
  content: string | null | undefined,
  topics: readonly TopicRef[],
  documentText: string,
  allowNewTopics = false,
  fields: readonly FieldRef[] = [],
  now: Date = new Date(),
): ParsedAnswer {
  if (!content) return { ok: false, reason: "empty answer" };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : "unparseable" };
  }
  // Asked without topics, the answer has no topics array (and nothing but the date and sender counts).
  const answer = (topics.length > 0 ? answerSchema : answerSchema.extend({ topics: z.array(z.unknown()).default([]) })).safeParse(json);
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
  const chosen = new Set(suggestions.map((s) => s.topicId));
  return {
    ok: true,
    suggestions,
    proposedTopic: allowNewTopics && topics.length > 0 ? proposed(answer.data.newTopic, idOf) : null,
    fields: fieldAnswers(answer.data.fields, fields, chosen, documentText),
    documentDate: dateAnswer(answer.data.documentDate, documentText, now),
    correspondent: correspondentAnswer(answer.data.correspondent, documentText),
  };
}

/** The document's date if it is a real YYYY-MM-DD date from 1900 to tomorrow and its quote is in the document. */
function dateAnswer(value: unknown, documentText: string, now: Date): DateAnswer | null {
  const parsed = dateSchema.safeParse(value);
  if (!parsed.success) return null;
  const date = parsed.data.date.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  if (year < EARLIEST_YEAR || at.getTime() > now.getTime() + DAY_MS) return null;
  const quote = verifiedQuote(parsed.data.quote, documentText);
  return quote ? { date, confidence: clamp(parsed.data.confidence), quote } : null;
}

/** The sender's name as the model gave it, if its quote is in the document. */
function correspondentAnswer(value: unknown, documentText: string): CorrespondentAnswer | null {
  const parsed = correspondentSchema.safeParse(value);
  if (!parsed.success) return null;
  const quote = verifiedQuote(parsed.data.quote, documentText);
  return quote ? { name: parsed.data.name.replace(/\s+/g, " "), confidence: clamp(parsed.data.confidence), quote } : null;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The field values worth storing: of a field offered for a topic the model chose (at any confidence), valid
 * for the field's type by the same check a person's value gets (normalised: "1234.5 eur" → "1234.50 EUR", an
 * option as defined), with a quote that occurs in the document. Anything else is dropped, never repaired; the
 * first valid value of a field counts.
 */
function fieldAnswers(value: unknown, fields: readonly FieldRef[], chosen: ReadonlySet<string>, documentText: string): FieldAnswer[] {
  if (!Array.isArray(value) || fields.length === 0) return [];
  const byName = new Map(fields.map((f) => [f.name.trim().toLowerCase(), f]));
  const out = new Map<string, FieldAnswer>();
  for (const item of value) {
    const parsed = fieldSchema.safeParse(item);
    if (!parsed.success) continue;
    const field = byName.get(parsed.data.name.trim().toLowerCase());
    if (!field || out.has(field.id) || !field.topicIds.some((id) => chosen.has(id))) continue;
    const quote = verifiedQuote(parsed.data.quote, documentText);
    if (!quote) continue;
    let normalised: string | null;
    try {
      normalised = normaliseFieldValue(field, parsed.data.value).value;
    } catch (err) {
      if (err instanceof FieldValueError) continue;
      throw err;
    }
    if (normalised === null) continue;
    out.set(field.id, { fieldId: field.id, value: normalised, confidence: Math.min(1, Math.max(0, parsed.data.confidence)), quote });
  }
  return [...out.values()];
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
