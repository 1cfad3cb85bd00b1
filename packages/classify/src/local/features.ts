// What the local model sees of a text: its content words (stems) and the
// WordNet concepts they name, as counts, per sentence and in total.
import { type ConceptOptions, DOCUMENT_CONCEPTS, TOPIC_CONCEPTS, conceptFeatures } from "./concepts.ts";
import { tokenize } from "./tokenize.ts";

export interface Features {
  terms: Map<string, number>;
  concepts: Map<number, number>;
}

/** Longer texts are cut here: evidence saturates long before, and time should not grow without bound. */
export const MAX_TEXT_CHARS = 100_000;

export function emptyFeatures(): Features {
  return { terms: new Map(), concepts: new Map() };
}

export function textFeatures(text: string, options: ConceptOptions = DOCUMENT_CONCEPTS): Features {
  const terms = new Map<string, number>();
  for (const t of tokenize(text)) terms.set(t, (terms.get(t) ?? 0) + 1);
  return { terms, concepts: conceptFeatures(text, options) };
}

/** A topic's name and description; the name counts `nameWeight` times. */
export function topicFeatures(name: string, description: string, nameWeight: number): Features {
  const f = textFeatures(description, TOPIC_CONCEPTS);
  addFeatures(f, textFeatures(name.replace(/[/&+]/g, " "), TOPIC_CONCEPTS), nameWeight);
  return f;
}

export function addFeatures(into: Features, from: Features, weight = 1): void {
  addInto(into.terms, from.terms, weight);
  addInto(into.concepts, from.concepts, weight);
}

function addInto<K>(into: Map<K, number>, from: ReadonlyMap<K, number>, weight: number): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + weight * v);
}

/** 1 + ln(count): the tenth mention of a word says less than the first. */
export function sublinear(f: Features): Features {
  const damp = <K>(m: ReadonlyMap<K, number>) => new Map([...m].map(([k, v]) => [k, v > 1 ? 1 + Math.log(v) : v] as const));
  return { terms: damp(f.terms), concepts: damp(f.concepts) };
}

export interface Sentence {
  text: string;
  features: Features;
}

/** Sentences (or lines) of the text with their raw feature counts. */
export function sentenceFeatures(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of splitSentences(text.slice(0, MAX_TEXT_CHARS))) {
    const sentence = raw.trim();
    if (sentence) out.push({ text: sentence, features: textFeatures(sentence) });
  }
  return out;
}

export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'“(])|\n\s*\n|\n(?=\s*[-*•\d])/u);
}

/** Whole-document features: the sum over its sentences, damped. */
export function documentFeatures(sentences: readonly Sentence[]): Features {
  const total = emptyFeatures();
  for (const s of sentences) addFeatures(total, s.features);
  return sublinear(total);
}
