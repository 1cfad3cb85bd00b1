// The term-vector model: which words speak for which topic, and how rare each
// word is across the topic set. Kept apart from scoring so that confirmed
// labels can later add their documents' terms to a topic's vector.
import type { TopicRef } from "../types.ts";
import { tokenize } from "./tokenize.ts";

/** A word in a topic's name counts this many times a word in its description. */
export const NAME_WEIGHT = 3;

export interface TopicVector {
  id: string;
  /** Term -> weight (> 0). */
  terms: ReadonlyMap<string, number>;
}

export interface TopicModel {
  topics: readonly TopicVector[];
  /** Term -> inverse topic frequency in (0, 1]; 1 = the term speaks for a single topic. */
  idf: ReadonlyMap<string, number>;
}

export function topicVector(topic: TopicRef): TopicVector {
  const terms = new Map<string, number>();
  addTerms(terms, tokenize(topic.name), NAME_WEIGHT);
  addTerms(terms, tokenize(topic.description), 1);
  return { id: topic.id, terms };
}

export function addTerms(terms: Map<string, number>, tokens: Iterable<string>, weight: number): void {
  for (const t of tokens) terms.set(t, (terms.get(t) ?? 0) + weight);
}

export function buildTopicModel(topics: readonly TopicVector[]): TopicModel {
  const topicCount = new Map<string, number>();
  for (const topic of topics) {
    for (const term of topic.terms.keys()) topicCount.set(term, (topicCount.get(term) ?? 0) + 1);
  }
  const n = topics.length;
  // BM25's idf, divided by its value for a term unique to one topic so that
  // the scale of evidence does not drift with the number of topics.
  const raw = (count: number) => Math.log(1 + (n - count + 0.5) / (count + 0.5));
  const unique = raw(1);
  const idf = new Map<string, number>();
  for (const [term, count] of topicCount) idf.set(term, raw(count) / unique);
  return { topics, idf };
}

export function modelFromTopics(topics: readonly TopicRef[]): TopicModel {
  return buildTopicModel(topics.map(topicVector));
}
