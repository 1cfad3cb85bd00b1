// Measures a provider on a labelled collection: the shared core of the evaluation CLI. Training lines
// become confirmed examples, unlabelled lines the owner's library (self-training), off-topic lines texts
// that should get no topic. A prediction is the single most confident topic that clears the threshold, or
// none. Each text is encoded once (the local provider is handed the vector, as the worker hands it the
// stored one).
import { estimateCostUsd } from "./cost.ts";
import { documentText } from "./embed.ts";
import { createClassifier } from "./factory.ts";
import { createLimiter } from "./limiter.ts";
import { suggest } from "./local/classifier.ts";
import { hasTooLittleContent } from "./local/content.ts";
import { type SentenceEncoder, sentenceEncoder } from "./local/encoder.ts";
import { trainLocalModel } from "./local/model.ts";
import type { ClassifierConfig, LabeledExample, TopicRef, TopicSuggestion } from "./types.ts";

import type { LabeledText } from "./eval-files.ts";

export { type LabeledText, parseJsonl, parseTopicsFile, parseUnlabelled } from "./eval-files.ts";

/** Encodes document texts (already prefixed with a file name if any) to unit vectors. */
export type Embed = (texts: readonly string[]) => Promise<Float32Array[]>;

export interface EvalOptions {
  topics: { name: string; description: string }[];
  test: LabeledText[];
  train?: LabeledText[];
  /** The owner's other documents, without labels: the local provider self-trains on them. */
  unlabelled?: string[];
  /** Texts that belong under no topic (their labels are ignored): measured apart as `offTopic`. */
  offTopic?: LabeledText[];
  provider: "local" | "openai";
  openai?: { apiKey: string; baseUrl: string | null; model: string };
  /** Default DEFAULT_THRESHOLD (0.8). */
  threshold?: number;
  /** Default DEFAULT_REVIEW_FLOOR (0.5): suggestions from here up to the threshold go to review. */
  reviewFloor?: number;
  /** Documents classified at once; default 1 for local, 4 for openai. */
  concurrency?: number;
  /** How the local provider's texts are encoded; the bundled encoder by default (e.g. a disk cache around it). */
  embed?: Embed;
}

export interface TopicStats {
  precision: number;
  recall: number;
  support: number;
}

export interface ReliabilityBin {
  /** Confidences in [from, to). */
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  /** Share of these top suggestions that are the text's label. */
  precision: number;
}

export interface EvalReport {
  /** Correct predictions / n over `test`; a null label is correct when nothing is predicted. */
  accuracy: number;
  n: number;
  /** Share of test documents with no prediction. */
  abstainedRate: number;
  /** Accuracy if every document got its most confident topic (threshold 0): how well topics are ranked. */
  top1Accuracy: number;
  perTopic: Record<string, TopicStats>;
  /**
   * Over test and off-topic texts together: of the documents whose top suggestion is at or above the
   * threshold (a topic is applied), the share where it is the label. null when nothing is applied.
   */
  appliedPrecision: number | null;
  /** Share of test and off-topic texts that get a topic applied. */
  appliedRate: number;
  /** Share of test and off-topic texts with a suggestion from the review floor up to (not incl.) the threshold. */
  reviewRate: number;
  /**
   * Expected calibration error of the top suggestion's confidence, over the test and off-topic texts that
   * got any suggestion: Σ over ten equal-width bins of (bin size / total) · |precision − mean confidence|.
   */
  ece: number | null;
  reliability: ReliabilityBin[];
  /** Only with off-topic texts. */
  offTopic: {
    n: number;
    /** Share with no topic at or above the threshold. */
    abstainedRate: number;
    /** The same among the lines that are not content-free (null when all are). */
    withContentAbstainedRate: number | null;
    /** Lines whose `kind` starts with "content-free": how many, and the share that got no suggestion at all. */
    contentFree: { n: number; noSuggestionRate: number } | null;
  } | null;
  /** Library documents that joined a topic in self-training (local provider). */
  selfTrained: number;
  threshold: number;
  reviewFloor: number;
  inputTokens: number;
  outputTokens: number;
  /** null when the model's price is unknown; 0 for local. */
  costUsd: number | null;
}

/** The product's defaults (CLASSIFY_THRESHOLD, and the worker's review floor), so an evaluation measures what runs. */
export const DEFAULT_THRESHOLD = 0.8;
/** Below this a suggestion is more often wrong than right: it is dropped, not sent to review. */
export const DEFAULT_REVIEW_FLOOR = 0.5;

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
  const offTopic = opts.offTopic ?? [];
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const reviewFloor = opts.reviewFloor ?? DEFAULT_REVIEW_FLOOR;
  const texts = [...opts.test.map((t) => t.text), ...offTopic.map((t) => t.text)];
  const total = texts.length;

  let inputTokens = 0;
  let outputTokens = 0;
  let selfTrained = 0;
  let done = 0;
  const results: TopicSuggestion[][] = new Array(total).fill([]);
  let config: ClassifierConfig | null = null;

  if (opts.provider === "local") {
    // The same encoder interface the worker's classifier uses; a caller's `embed` (e.g. a disk cache) stands in for it.
    const encoder: SentenceEncoder = opts.embed ? { embed: opts.embed } : await sentenceEncoder();
    const vectorsOf = async (batch: readonly string[]) => (batch.length ? encoder.embed(batch) : []);
    const trainVectors = await vectorsOf(examples.map((e) => documentText(e.text)));
    const library = await vectorsOf((opts.unlabelled ?? []).filter((t) => !hasTooLittleContent(t)).map((t) => documentText(t)));
    // Training encodes only topic descriptions here (examples come with vectors); they are cached per process.
    const model = await trainLocalModel({ topics, examples: examples.map((e, i) => ({ ...e, vector: trainVectors[i]! })), library }, encoder);
    selfTrained = model.selfTrained;
    const todo = texts.map((text, i) => ({ text, i })).filter(({ text }) => !hasTooLittleContent(text));
    done = total - todo.length;
    for (let k = 0; k < todo.length; k += 64) {
      const batch = todo.slice(k, k + 64);
      const vectors = await vectorsOf(batch.map((d) => documentText(d.text)));
      batch.forEach((d, j) => (results[d.i] = suggest(model, d.text, vectors[j]!)));
      done += batch.length;
      onProgress?.(done, total);
    }
  } else {
    config = { provider: "openai", apiKey: opts.openai?.apiKey ?? null, baseUrl: opts.openai?.baseUrl ?? null, model: opts.openai?.model ?? "" };
    const limiter = createLimiter(Math.max(1, opts.concurrency ?? 4));
    const classifier = createClassifier({ ...config, limiter });
    await Promise.all(
      texts.map((text, i) =>
        limiter.run(async () => {
          const result = await classifier.classify({ text, filename: "", topics, examples });
          results[i] = result.suggestions;
          inputTokens += result.usage?.inputTokens ?? 0;
          outputTokens += result.usage?.outputTokens ?? 0;
          onProgress?.(++done, total);
        }),
      ),
    );
  }

  const labels = [...expected, ...offTopic.map(() => null)];
  const top = results.map((s) => s[0] ?? null);
  const predicted = top.map((t) => (t && t.confidence >= threshold ? t.topicId : null));
  const n = opts.test.length;
  const report = score(expected, predicted.slice(0, n), topics.map((t) => t.id));
  const perTopic: Record<string, TopicStats> = {};
  for (const [id, stats] of Object.entries(report.perTopic)) perTopic[nameOf.get(id)!] = stats;

  const applied = predicted.map((p, i) => ({ p, i })).filter(({ p }) => p !== null);
  const inReview = results.filter((s) => s.some((x) => x.confidence >= reviewFloor && x.confidence < threshold)).length;
  const { ece, reliability } = calibration(top.map((t, i) => (t ? { confidence: t.confidence, correct: t.topicId === labels[i] } : null)));
  const offPredicted = predicted.slice(n);
  const contentFree = offTopic.map((t, k) => ({ t, k })).filter(({ t }) => t.kind?.startsWith("content-free"));
  const withContent = offTopic.map((t, k) => ({ t, k })).filter(({ t }) => !t.kind?.startsWith("content-free"));
  return {
    ...report,
    top1Accuracy: score(expected, top.slice(0, n).map((t) => t?.topicId ?? null), []).accuracy,
    perTopic,
    appliedPrecision: applied.length ? applied.filter(({ p, i }) => p === labels[i]).length / applied.length : null,
    appliedRate: total ? applied.length / total : 0,
    reviewRate: total ? inReview / total : 0,
    ece,
    reliability,
    offTopic: offTopic.length
      ? {
          n: offTopic.length,
          abstainedRate: offPredicted.filter((p) => p === null).length / offTopic.length,
          withContentAbstainedRate: withContent.length ? withContent.filter(({ k }) => offPredicted[k] === null).length / withContent.length : null,
          contentFree: contentFree.length
            ? { n: contentFree.length, noSuggestionRate: contentFree.filter(({ k }) => results[n + k]!.length === 0).length / contentFree.length }
            : null,
        }
      : null,
    selfTrained,
    threshold,
    reviewFloor,
    inputTokens,
    outputTokens,
    costUsd: opts.provider === "local" ? 0 : estimateCostUsd(config!.model, inputTokens, outputTokens),
  };
}

/** ECE and a reliability table over ten equal-width confidence bins (the last one includes 1). */
export function calibration(points: readonly ({ confidence: number; correct: boolean } | null)[]): { ece: number | null; reliability: ReliabilityBin[] } {
  const bins = Array.from({ length: 10 }, (_, b) => ({ from: b / 10, to: (b + 1) / 10, n: 0, sumConfidence: 0, correct: 0 }));
  let total = 0;
  for (const p of points) {
    if (!p) continue;
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))]!;
    bin.n++;
    bin.sumConfidence += p.confidence;
    if (p.correct) bin.correct++;
    total++;
  }
  const reliability = bins
    .filter((b) => b.n > 0)
    .map((b) => ({ from: b.from, to: b.to, n: b.n, meanConfidence: b.sumConfidence / b.n, precision: b.correct / b.n }));
  const ece = total ? reliability.reduce((acc, b) => acc + (b.n / total) * Math.abs(b.precision - b.meanConfidence), 0) : null;
  return { ece, reliability };
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
