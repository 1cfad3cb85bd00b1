import { documentText } from "../embed.ts";
import type { Classifier, ClassifyInput, ClassifyResult, TopicSuggestion } from "../types.ts";
import { CALIBRATIONS, type ConfidenceFeatures, confidencesOf } from "./calibrate.ts";
import { hasTooLittleContent } from "./content.ts";
import { type SentenceEncoder, sentenceEncoder } from "./encoder.ts";
import { type LocalModel, textKey, topicFeatures, trainLocalModel, vectorKey } from "./model.ts";
import { bestQuote } from "./quote.ts";

/** Suggestions below this are noise, not worth storing. */
export const MIN_CONFIDENCE = 0.05;

export interface LocalClassifierOptions {
  /** Loads the sentence encoder; the bundled Universal Sentence Encoder by default. */
  encoder?: () => Promise<SentenceEncoder>;
}

/**
 * Offline classifier (ADR 0013): sentence embeddings, topic vectors from descriptions and confirmed
 * examples, self-training on the owner's library, a linear model once examples are plentiful.
 */
export class LocalClassifier implements Classifier {
  readonly provider = "local" as const;
  readonly #encoder: () => Promise<SentenceEncoder>;

  constructor(options: LocalClassifierOptions = {}) {
    this.#encoder = options.encoder ?? sentenceEncoder;
  }

  async classify(input: ClassifyInput): Promise<ClassifyResult> {
    const started = performance.now();
    const suggestions = await rankTopics(input, await this.#encoder());
    return {
      provider: "local",
      model: null,
      suggestions,
      proposedTopic: null,
      usage: null,
      costUsd: null,
      latencyMs: Math.round(performance.now() - started),
    };
  }
}

/** Best first. A page with too little content gets nothing (and costs no encoding). */
export async function rankTopics(input: ClassifyInput, encoder: SentenceEncoder): Promise<TopicSuggestion[]> {
  if (input.topics.length === 0 || hasTooLittleContent(input.text)) return [];
  const model = await trainLocalModel(input, encoder);
  const vector = input.vector ?? (await encoder.embed([documentText(input.text, input.filename)]))[0]!;
  return suggest(model, input.text, vector);
}

/**
 * Scores a document's vector with a trained model; best first, ties by topic id. Applies no content gate.
 * `quotes: false` leaves every quote null (the confidences are the same).
 */
export function suggest(model: LocalModel, text: string, vector: Float32Array, options: { quotes?: boolean } = {}): TopicSuggestion[] {
  const quotes = options.quotes ?? true;
  return suggestionsFrom(model, topicFeatures(model, vector, text), rejectedFor(model, () => ({ vector: vectorKey(vector), text: textKey(text) })), quotes ? (i) => bestQuote(text, model.vocabularies[i]!) : null);
}

/** Topics a person rejected on an example with this vector or this text (by their keys, model.ts): their suggestions are dropped. */
export function rejectedFor(model: LocalModel, keys: () => { vector: string; text: string }): ReadonlySet<string> {
  if (model.rejectedFor.size === 0) return NONE;
  const { vector, text } = keys();
  return new Set([...(model.rejectedFor.get(vector) ?? []), ...(model.rejectedFor.get(text) ?? [])]);
}
const NONE: ReadonlySet<string> = new Set();

/** The suggestions from each topic's confidence features, without the rejected topics; `quoteOf(i)`: topic i's quote. */
export function suggestionsFrom(model: LocalModel, features: readonly ConfidenceFeatures[], rejected: ReadonlySet<string>, quoteOf: ((i: number) => string | null) | null): TopicSuggestion[] {
  return suggestionsOf(model, confidencesOf(CALIBRATIONS[model.kind], features), rejected, quoteOf);
}

/** suggestionsFrom, from each topic's confidence (calibrate.ts). */
export function suggestionsOf(model: LocalModel, confidences: ArrayLike<number>, rejected: ReadonlySet<string>, quoteOf: ((i: number) => string | null) | null): TopicSuggestion[] {
  const kept: { i: number; topicId: string; confidence: number }[] = [];
  for (let i = 0; i < confidences.length; i++) {
    const topicId = model.topicIds[i]!;
    const confidence = confidences[i]!;
    if (confidence >= MIN_CONFIDENCE && !rejected.has(topicId)) kept.push({ i, topicId, confidence });
  }
  return kept
    .sort((a, b) => b.confidence - a.confidence || (a.topicId < b.topicId ? -1 : 1))
    .map((s) => ({ topicId: s.topicId, confidence: s.confidence, quote: quoteOf ? quoteOf(s.i) : null }));
}
