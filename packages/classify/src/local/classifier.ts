import type { Classifier, ClassifyInput, ClassifyResult, TopicSuggestion } from "../types.ts";
import { background } from "./background.ts";
import { confidence, margins } from "./calibrate.ts";
import { DOCUMENT_CONCEPTS } from "./concepts.ts";
import { countsOf, evidenceFor } from "./evidence.ts";
import { type Sentence, documentFeatures, sentenceFeatures, sublinear, textFeatures } from "./features.ts";
import { type LocalModel, trainLocalModel } from "./model.ts";
import { bestQuote } from "./quote.ts";
import { sentenceEncoder } from "./encoder.ts";
import { englishWeight, semanticEvidence } from "./semantic.ts";

/** Suggestions below this are noise, not worth storing. */
const MIN_CONFIDENCE = 0.01;

/**
 * Offline classifier: topic names and descriptions as a prior, confirmed
 * examples as training data, WordNet as general knowledge of English.
 */
export class LocalClassifier implements Classifier {
  readonly provider = "local" as const;

  async classify(input: ClassifyInput): Promise<ClassifyResult> {
    const started = performance.now();
    const suggestions = await rankTopics(input);
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

export async function rankTopics(input: ClassifyInput): Promise<TopicSuggestion[]> {
  if (input.topics.length === 0) return [];
  const model = await trainLocalModel(input.topics, input.examples ?? []);
  return suggest(model, input.text, input.filename);
}

/** Scores a document with a trained model; best first, ties by topic id. */
export async function suggest(model: LocalModel, text: string, filename = ""): Promise<TopicSuggestion[]> {
  const bg = background(DOCUMENT_CONCEPTS);
  const sentences = sentenceFeatures(text);
  const name = stripExtension(filename).replace(/[-_.]+/g, " ");
  const withName: Sentence[] = name.trim() ? [...sentences, { text: name, features: textFeatures(name) }] : sentences;
  const doc = countsOf(documentFeatures(withName));
  const full = name.trim() ? `${name}. ${text}` : text;
  const [vector] = await (await sentenceEncoder()).embed([full]);
  const weight = englishWeight(full, bg);
  const evidence = model.counts.map((c, i) => evidenceFor(c, doc, bg) + semanticEvidence(model.semantic, vector!, i, weight));
  const scored = margins(evidence, model.together).map((margin, i) => ({
    i,
    topicId: model.topicIds[i]!,
    confidence: confidence(model.calibration, evidence[i]!, margin),
  }));
  return scored
    .filter((s) => s.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || (a.topicId < b.topicId ? -1 : 1))
    .map((s) => ({
      topicId: s.topicId,
      confidence: s.confidence,
      quote: bestQuote(sentences, (f) => evidenceFor(model.counts[s.i]!, countsOf(sublinear(f)), bg)),
    }));
}

function stripExtension(filename: string): string {
  return filename.replace(/\.[^./\\]{1,5}$/, "");
}
