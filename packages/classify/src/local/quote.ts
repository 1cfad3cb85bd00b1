// The quote shown with an offline suggestion: the sentence that shares the most words typical of the topic
// (its name, description and confirmed examples, weighted by how specific each word is to this topic).
// Word counting only: a quote costs no encoding.
import { shortenQuote } from "../quote-text.ts";
import type { LabeledExample, TopicRef } from "../types.ts";
import { tokenize } from "./tokenize.ts";
import { distinctWords } from "./word-sets.ts";

/** Words per topic with their weight in (0, 1]. */
export type Vocabulary = ReadonlyMap<string, number>;

const MAX_EXAMPLES_PER_TOPIC = 200;
const MAX_EXAMPLE_CHARS = 2_000;

export function vocabularies(topics: readonly TopicRef[], examples: readonly LabeledExample[]): Vocabulary[] {
  const counts = topics.map(() => new Map<string, number>());
  const seen = topics.map(() => 0);
  const index = new Map(topics.map((t, i) => [t.id, i]));
  const addText = (i: number, text: string, weight: number) => {
    for (const w of distinctWords(text, MAX_EXAMPLE_CHARS)) counts[i]!.set(w, (counts[i]!.get(w) ?? 0) + weight);
  };
  topics.forEach((t, i) => addText(i, `${t.name} ${t.description}`, 3));
  for (const e of examples) {
    for (const id of e.topicIds) {
      const i = index.get(id);
      if (i === undefined || seen[i]! >= MAX_EXAMPLES_PER_TOPIC) continue;
      seen[i]!++;
      addText(i, e.text, 1);
    }
  }
  const total = new Map<string, number>();
  for (const c of counts) for (const [w, n] of c) total.set(w, (total.get(w) ?? 0) + n);
  return counts.map((c) => new Map([...c].map(([w, n]) => [w, n / (total.get(w)! + 1)])));
}

/** The sentence (or line) with the most of the topic's words, shortened; null when none shares a word. */
export function bestQuote(text: string, vocabulary: Vocabulary): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const sentence of text.slice(0, 20_000).split(/(?<=[.!?])\s+|\n+/)) {
    let score = 0;
    for (const w of new Set(tokenize(sentence))) score += vocabulary.get(w) ?? 0;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best === null ? null : shortenQuote(best);
}
