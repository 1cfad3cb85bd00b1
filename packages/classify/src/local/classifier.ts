import type { Classifier, ClassifyInput, ClassifyResult, TopicSuggestion } from "../types.ts";
import { modelFromTopics } from "./model.ts";
import { toConfidences, topicEvidence } from "./score.ts";
import { tokenize } from "./tokenize.ts";

/** Suggestions below this are noise, not worth storing. */
const MIN_CONFIDENCE = 0.01;

/** Offline zero-shot classifier: matches the document's words against topic names and descriptions. */
export class LocalClassifier implements Classifier {
  readonly provider = "local" as const;

  async classify(input: ClassifyInput): Promise<ClassifyResult> {
    const started = performance.now();
    const suggestions = rankTopics(input);
    return { provider: "local", model: null, suggestions, usage: null, latencyMs: performance.now() - started };
  }
}

export function rankTopics(input: ClassifyInput): TopicSuggestion[] {
  if (input.topics.length === 0) return [];
  const model = modelFromTopics(input.topics);
  const tokens = tokenize(`${stripExtension(input.filename)}\n${input.text}`);
  const confidences = toConfidences(topicEvidence(model, tokens));
  return model.topics
    .map((topic, index) => ({ topicId: topic.id, confidence: confidences[index] ?? 0, index }))
    .filter((s) => s.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || a.index - b.index)
    .map(({ topicId, confidence }) => ({ topicId, confidence }));
}

function stripExtension(filename: string): string {
  return filename.replace(/\.[^./\\]{1,5}$/, "");
}
