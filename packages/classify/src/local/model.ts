// The trained local model: per topic, word and concept counts from its name
// and description (a small prior) plus its confirmed examples; which topics
// the examples confirm together; and the calibration fitted to the examples.
// Training is deterministic and cached by a hash of its inputs.
import { createHash } from "node:crypto";
import type { LabeledExample, TopicRef } from "../types.ts";
import { background } from "./background.ts";
import { type Calibration, type CalibrationPoint, DEFAULT_CALIBRATION, fitCalibration, margins } from "./calibrate.ts";
import { DOCUMENT_CONCEPTS } from "./concepts.ts";
import { type TopicCounts, countsOf, evidenceFor } from "./evidence.ts";
import { sentenceEncoder } from "./encoder.ts";
import { type Features, addFeatures, emptyFeatures, sublinear, textFeatures, topicFeatures } from "./features.ts";
import { BASELINE_TEXTS, englishWeight, type SemanticModel, semanticEvidence, trainSemantic } from "./semantic.ts";

/** Bump when training changes, so cached models are not reused across versions. */
export const MODEL_VERSION = 2;
/** A word in a topic's name counts this many times a word in its description. */
export const NAME_WEIGHT = 3;
/** The name and description weigh as much as this many words of examples: a prior that examples outgrow. */
export const PRIOR_MASS = 5;
/** Only the beginning of a long example is learnt from. */
export const MAX_EXAMPLE_CHARS = 20_000;
const CACHE_SIZE = 8;

export interface LocalModel {
  /** Content hash of the topics and examples the model was trained on. */
  readonly key: string;
  /** Sorted by id, so that the input order does not matter. */
  readonly topicIds: readonly string[];
  readonly counts: readonly TopicCounts[];
  readonly semantic: SemanticModel;
  /** together[i][j]: share of the rarer topic's examples that also carry the other one. */
  readonly together: readonly (readonly number[])[];
  readonly calibration: Calibration;
  /** Examples used (those naming unknown topics only are skipped). */
  readonly exampleCount: number;
}

const cache = new Map<string, Promise<LocalModel>>();

/**
 * Trains (or returns the cached) model for these topics and confirmed examples.
 * The worker may call it per document: the same inputs give the same model from the cache.
 */
export function trainLocalModel(topics: readonly TopicRef[], examples: readonly LabeledExample[] = []): Promise<LocalModel> {
  const key = modelKey(topics, examples);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: most recently used last
    cache.set(key, hit);
    return hit;
  }
  const model = train(key, topics, examples);
  cache.set(key, model);
  model.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return model;
}

export function modelKey(topics: readonly TopicRef[], examples: readonly LabeledExample[]): string {
  // One string, one update: per-example updates cost more than the hashing itself.
  const parts = [`v${MODEL_VERSION}`, JSON.stringify(sortTopics(topics).map((t) => [t.id, t.name, t.description]))];
  for (const e of examples) {
    const text = e.text.length > MAX_EXAMPLE_CHARS ? e.text.slice(0, MAX_EXAMPLE_CHARS) : e.text;
    parts.push(`${e.topicIds.length > 1 ? [...e.topicIds].sort().join("\u0001") : (e.topicIds[0] ?? "")}\u0002${text}`);
  }
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

function sortTopics(topics: readonly TopicRef[]): TopicRef[] {
  const byId = new Map<string, TopicRef>();
  for (const t of topics) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Training without the cache. */
export async function train(key: string, input: readonly TopicRef[], examples: readonly LabeledExample[]): Promise<LocalModel> {
  const topics = sortTopics(input);
  const index = new Map(topics.map((t, i) => [t.id, i]));
  const bg = background(DOCUMENT_CONCEPTS);
  const totals = topics.map((t) => prior(topicFeatures(t.name, t.description, NAME_WEIGHT)));

  const used: { text: string; counts: TopicCounts; topics: number[] }[] = [];
  for (const e of examples) {
    const ids = [...new Set(e.topicIds.map((id) => index.get(id)).filter((i) => i !== undefined))];
    if (ids.length === 0 && e.topicIds.length > 0) continue; // only topics that no longer exist
    const text = e.text.slice(0, MAX_EXAMPLE_CHARS);
    const f = sublinear(textFeatures(text));
    for (const i of ids) addFeatures(totals[i]!, f);
    used.push({ text, counts: countsOf(f), topics: ids });
  }
  const counts = totals.map(countsOf);
  const together = cooccurrence(topics.length, used.map((u) => u.topics));

  const encoder = await sentenceEncoder();
  const exampleVectors = await encoder.embed(used.map((u) => u.text));
  const semantic = await trainSemantic(
    encoder,
    topics,
    used.map((u, k) => ({ vector: exampleVectors[k]!, topics: u.topics })),
    bg.anchorTexts(),
  );

  const points: CalibrationPoint[] = [];
  used.forEach((example, k) => {
    // Each example is scored by a model trained without it.
    const weight = englishWeight(example.text, bg);
    const evidence = counts.map(
      (c, i) =>
        evidenceFor(c, example.counts, bg, example.topics.includes(i) ? example.counts : undefined) +
        semanticEvidence(semantic, exampleVectors[k]!, i, weight, semantic.members[i]!.has(k) ? exampleVectors[k] : undefined),
    );
    margins(evidence, together).forEach((margin, i) =>
      points.push({ evidence: evidence[i]!, margin, positive: example.topics.includes(i) }),
    );
  });
  // Confirmed examples say nothing about documents outside every topic, so as
  // many snippets of general English as there are examples (up to the
  // semantic baseline's texts) join them as negatives for every topic.
  const anchorCount = Math.min(used.length, BASELINE_TEXTS);
  const anchorVectors = await encoder.embed(bg.anchorTexts().slice(0, anchorCount));
  bg.anchors()
    .slice(0, anchorCount)
    .forEach((anchor, k) => {
      const f = countsOf(anchor);
      const weight = englishWeight(bg.anchorTexts()[k]!, bg);
      const evidence = counts.map((c, i) => evidenceFor(c, f, bg) + semanticEvidence(semantic, anchorVectors[k]!, i, weight));
      margins(evidence, together).forEach((margin, i) => points.push({ evidence: evidence[i]!, margin, positive: false }));
    });
  const calibration = points.length > 0 ? fitCalibration(points) : DEFAULT_CALIBRATION;
  return { key, topicIds: topics.map((t) => t.id), counts, semantic, together, calibration, exampleCount: used.length };
}

/** The name and description scaled to PRIOR_MASS (terms and concepts each). */
function prior(f: Features): Features {
  const out = emptyFeatures();
  const scale = <K>(from: ReadonlyMap<K, number>, into: Map<K, number>) => {
    let total = 0;
    for (const v of from.values()) total += v;
    if (total > 0) for (const [k, v] of from) into.set(k, (PRIOR_MASS * v) / total);
  };
  scale(f.terms, out.terms);
  scale(f.concepts, out.concepts);
  return out;
}

function cooccurrence(n: number, labels: readonly number[][]): number[][] {
  const single = new Array<number>(n).fill(0);
  const both = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const ids of labels) {
    for (const i of ids) {
      single[i]!++;
      for (const j of ids) if (j !== i) both[i]![j]!++;
    }
  }
  return both.map((row, i) => row.map((count, j) => (count === 0 ? 0 : count / Math.min(single[i]!, single[j]!))));
}
