import { documentText } from "../embed.ts";
import type { Classifier, ClassifyInput, ClassifyResult, TopicSuggestion } from "../types.ts";
import { CALIBRATIONS, confidencesOf } from "./calibrate.ts";
import { hasTooLittleContent } from "./content.ts";
import { type SentenceEncoder, sentenceEncoder } from "./encoder.ts";
import { type LocalModel, textKey, topicFeatures, trainLocalModel, vectorKey } from "./model.ts";
import { bestQuote } from "./quote.ts";
import { lexicalWords } from "./lexical.ts";

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
 * `quotes: false` leaves every quote null (the confidences are the same): the topic trial scores a whole
 * library twice and finds quotes only for the documents it lists (ADR 0029).
 */
export function suggest(model: LocalModel, text: string | TextFeatures, vector: Float32Array, options: { quotes?: boolean } = {}): TopicSuggestion[] {
  const features = typeof text === "string" ? null : text;
  const quotes = typeof text === "string" && (options.quotes ?? true);
  const rejected = new Set([...(model.rejectedFor.get(vectorKey(vector)) ?? []), ...(model.rejectedFor.get(features?.key ?? textKey(text as string)) ?? [])]);
  return confidencesOf(CALIBRATIONS[model.kind], topicFeatures(model, vector, features?.words ?? (text as string)))
    .map((confidence, i) => ({ i, topicId: model.topicIds[i]!, confidence }))
    .filter((s) => s.confidence >= MIN_CONFIDENCE && !rejected.has(s.topicId))
    .sort((a, b) => b.confidence - a.confidence || (a.topicId < b.topicId ? -1 : 1))
    .map((s) => ({ topicId: s.topicId, confidence: s.confidence, quote: quotes ? bestQuote(text as string, model.vocabularies[s.i]!) : null }));
}

/**
 * What scoring reads of a document's text besides its vector: whether it has too little content, its words
 * for the word evidence, and its key (a person's rejection on an example with the same text). Kept by the
 * topic trial per document, so that a second trial reads no text (ADR 0029); `suggest` takes them in the
 * text's place (without quotes).
 */
export interface TextFeatures {
  tooLittleContent: boolean;
  words: readonly string[];
  key: string;
}

export function textFeatures(text: string): TextFeatures {
  const tooLittleContent = hasTooLittleContent(text);
  return { tooLittleContent, words: lexicalWords(text), key: textKey(text) };
}
