// Measures a provider on a labelled collection: the shared core of the
// evaluation CLI. Training lines become confirmed examples; a prediction is the
// single most confident topic that clears the threshold, or none.
import { estimateCostUsd } from "./cost.ts";
import { createClassifier } from "./factory.ts";
import { type Limiter, createLimiter } from "./limiter.ts";
import { suggest } from "./local/classifier.ts";
import { trainLocalModel } from "./local/model.ts";
import type { ClassifierConfig, ClassifyResult, LabeledExample, TopicRef } from "./types.ts";

import type { LabeledText } from "./eval-files.ts";

export { type LabeledText, parseJsonl, parseTopicsFile } from "./eval-files.ts";

export interface EvalOptions {
  topics: { name: string; description: string }[];
  test: LabeledText[];
  train?: LabeledText[];
  provider: "local" | "openai";
  openai?: { apiKey: string; baseUrl: string | null; model: string };
  /** Default 0.5. */
  threshold?: number;
  /** Documents classified at once; default 1 for local, 4 for openai. */
  concurrency?: number;
}

export interface TopicStats {
  precision: number;
  recall: number;
  support: number;
}

export interface EvalReport {
  /** Correct predictions / n; a null label is correct when nothing is predicted. */
  accuracy: number;
  n: number;
  /** Share of test documents with no prediction. */
  abstainedRate: number;
  /** Accuracy if every document got its most confident topic (threshold 0): how well topics are ranked. */
  top1Accuracy: number;
  perTopic: Record<string, TopicStats>;
  inputTokens: number;
  outputTokens: number;
  /** null when the model's price is unknown; 0 for local. */
  costUsd: number | null;
}

export const DEFAULT_THRESHOLD = 0.5;

export async function evaluate(opts: EvalOptions, onProgress?: (done: number, total: number) => void): Promise<EvalReport> {
  const topics: TopicRef[] = opts.topics.map((t, i) => ({ id: `topic-${i + 1}`, name: t.name, description: t.description }));
  const idOf = new Map(topics.map((t) => [t.name, t.id]));
  const nameOf = new Map(topics.map((t) => [t.id, t.name]));
  const labelId = (item: LabeledText, where: string): string | null => {
    if (item.label === null) return null;
    const id = idOf.get(item.label);
    if (id === undefined) throw new RangeError(`${where}: label "${item.label}" is not one of the topics`);
    return id;
  };
  const examples: LabeledExample[] = (opts.train ?? []).map((item, i) => {
    const id = labelId(item, `train item ${i + 1}`);
    return { text: item.text, topicIds: id === null ? [] : [id] };
  });
  const expected = opts.test.map((item, i) => labelId(item, `test item ${i + 1}`));
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;

  const config: ClassifierConfig =
    opts.provider === "local"
      ? { provider: "local", apiKey: null, baseUrl: null, model: "" }
      : {
          provider: "openai",
          apiKey: opts.openai?.apiKey ?? null,
          baseUrl: opts.openai?.baseUrl ?? null,
          model: opts.openai?.model ?? "",
        };
  const limiter = createLimiter(Math.max(1, opts.concurrency ?? (opts.provider === "local" ? 1 : 4)));
  const classify = classifierFor(config, limiter, topics, examples);

  const predicted: (string | null)[] = new Array(opts.test.length).fill(null);
  const best: (string | null)[] = new Array(opts.test.length).fill(null);
  let inputTokens = 0;
  let outputTokens = 0;
  let done = 0;
  await Promise.all(
    opts.test.map((item, i) =>
      limiter.run(async () => {
        const result = await classify(item.text);
        const top = result.suggestions[0];
        predicted[i] = top && top.confidence >= threshold ? top.topicId : null;
        best[i] = top?.topicId ?? null;
        inputTokens += result.usage?.inputTokens ?? 0;
        outputTokens += result.usage?.outputTokens ?? 0;
        onProgress?.(++done, opts.test.length);
      }),
    ),
  );

  const report = score(expected, predicted, topics.map((t) => t.id));
  const perTopic: Record<string, TopicStats> = {};
  for (const [id, stats] of Object.entries(report.perTopic)) perTopic[nameOf.get(id)!] = stats;
  return {
    ...report,
    top1Accuracy: score(expected, best, []).accuracy,
    perTopic,
    inputTokens,
    outputTokens,
    costUsd: opts.provider === "local" ? 0 : estimateCostUsd(config.model, inputTokens, outputTokens),
  };
}

/**
 * The local provider is trained once here and then asked per document, which is
 * what LocalClassifier.classify does minus hashing the examples again for every
 * document to find the cached model.
 */
function classifierFor(
  config: ClassifierConfig,
  limiter: Limiter,
  topics: TopicRef[],
  examples: LabeledExample[],
): (text: string) => Promise<Pick<ClassifyResult, "suggestions" | "usage">> {
  if (config.provider === "local") {
    const model = trainLocalModel(topics, examples);
    return async (text) => ({ suggestions: await suggest(await model, text), usage: null });
  }
  const classifier = createClassifier({ ...config, limiter });
  return (text) => classifier.classify({ text, filename: "", topics, examples });
}

/** Accuracy, abstention and per-topic precision/recall (0 when undefined) of single-label predictions. */
export function score(
  expected: readonly (string | null)[],
  predicted: readonly (string | null)[],
  topicIds: readonly string[],
): Pick<EvalReport, "accuracy" | "n" | "abstainedRate" | "perTopic"> {
  const n = expected.length;
  let correct = 0;
  let abstained = 0;
  const perTopic: Record<string, TopicStats> = {};
  for (const id of topicIds) {
    let tp = 0;
    let predictedCount = 0;
    let support = 0;
    expected.forEach((e, i) => {
      if (e === id) support++;
      if (predicted[i] === id) predictedCount++;
      if (e === id && predicted[i] === id) tp++;
    });
    perTopic[id] = { precision: predictedCount ? tp / predictedCount : 0, recall: support ? tp / support : 0, support };
  }
  expected.forEach((e, i) => {
    if (predicted[i] === e) correct++;
    if (predicted[i] === null) abstained++;
  });
  return { accuracy: n ? correct / n : 0, n, abstainedRate: n ? abstained / n : 0, perTopic };
}
