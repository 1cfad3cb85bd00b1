// The trained offline model, embeddings only (ADR 0013). Every vector is centred: the mean vector of
// documents about nothing in particular (general.ts) is subtracted and the rest normalised, so a cosine
// measures what a text has in common with a topic beyond being a document at all.
//
// - A topic vector is its description (name and listed items, ×DESCRIPTION_WEIGHT) plus its confirmed
//   examples, minus the examples on which a person rejected it; with a library of the owner's unlabelled
//   documents, the ones it is confident about join it (one round of self-training).
// - A document's similarity to a topic is mostly its cosine to the topic vector, and partly (ITEM_WEIGHT) its
//   cosine to the best-matching item of the description (the name or one listed item): a document about one
//   item ("phones") is not pulled towards the others ("space", "research") by the description's mean.
// - `reference` is how close texts about none of the topics (general.ts) come to this topic set: the
//   ABSTENTION_QUANTILE of their best similarity. Confidence is measured from it (calibrate.ts).
// - Once every topic has LINEAR_MIN_EXAMPLES confirmed examples, a logistic regression ranks the topics
//   in the similarity's place.
// - With confirmed examples, word evidence learned from their texts (lexical.ts) is added to that ranking
//   score with a small weight (ADR 0018). The best similarity still decides whether any topic fits at all.
// Training is deterministic and cached by a hash of its inputs.
import { createHash } from "node:crypto";
import type { LabeledExample, TopicRef } from "../types.ts";
import { CALIBRATIONS, type ConfidenceFeatures, type ModelKind, confidencesInto } from "./calibrate.ts";
import { type SentenceEncoder, EMBEDDING_DIMENSIONS, addInto, cosine, normalize } from "./encoder.ts";
import { GENERAL_CENTRE, GENERAL_NEGATIVES } from "./general.ts";
import { type LexicalExample, type LexicalModel, lexicalScores, trainLexical } from "./lexical.ts";
import { type LinearExample, type LinearModel, predictLinearInto, trainLinear } from "./linear.ts";
import { type Vocabulary, vocabularies } from "./quote.ts";

/** Bump when training changes, so cached models and answers are not reused across versions. */
export const MODEL_VERSION = "embeddings-7";
/** The description counts as this many confirmed examples. */
export const DESCRIPTION_WEIGHT = 3;
/** An example on which a person rejected a topic pushes the topic's vector away with this weight. */
export const REJECTED_WEIGHT = 1;
/** The linear model chooses among topics once every topic has this many confirmed examples. */
export const LINEAR_MIN_EXAMPLES = 50;
/**
 * Weight of the best-matching description item in a topic's similarity (the rest: the topic vector). The
 * best of 0, 0.25 and 0.5 on the even half of the AG News test texts, zero-shot and at 20 per topic (ADR 0026).
 */
export const ITEM_WEIGHT = 0.25;
/** Share of the general texts that must fall below the reference similarity. */
export const ABSTENTION_QUANTILE = 0.9;
/** Self-training reads at most this many library vectors (the first ones given)... */
export const MAX_LIBRARY = 2_000;
/** ...and lets at most this many join each topic: the most confident, from this confidence up. */
export const SELF_TRAINING_PER_TOPIC = 200;
export const SELF_TRAINING_MIN_CONFIDENCE = 0.3;
/**
 * Weight of the word evidence's log-posterior (lexical.ts) added to a topic's similarity (chosen by
 * cross-validation within the AG News training texts, ADR 0018), and to the linear model's log-probability
 * (ADR 0038: the regression's first topic leads its second by a median of 2.4 in log-probability at 200 per
 * topic, so at 0.15 the words rarely decided; 0.5 ties 1 as the best on the even half of the AG News test
 * texts at 50, 100 and 200 per topic taken together).
 */
export const LEXICAL_WEIGHT = { similarity: 0.03, linear: 0.5 } as const;
// A topic trial holds two models per owner (today's topics and the changed ones, ADR 0029); today's are reused by the next trial.
const CACHE_SIZE = 16;

export interface LocalModel {
  /** Content hash of what the model was trained on. */
  readonly key: string;
  /** Sorted by id, so that the input order does not matter. */
  readonly topicIds: readonly string[];
  /** Centred, unit length, one per topic. */
  readonly topicVectors: readonly Float32Array[];
  /** Per topic, its name and each item its description lists: centred, unit length. */
  readonly itemVectors: readonly (readonly Float32Array[])[];
  /** Similarity that ABSTENTION_QUANTILE of general texts stay below. */
  readonly reference: number;
  readonly linear: LinearModel | null;
  /** Word evidence from the confirmed examples' texts; null without examples. */
  readonly lexical: LexicalModel | null;
  /** Which calibration applies (calibrate.ts). */
  readonly kind: ModelKind;
  /** Library documents that joined a topic in self-training. */
  readonly selfTrained: number;
  /** Topics a person rejected on an example, by the key of its vector and of its text. */
  readonly rejectedFor: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per topic, words for finding a quote: counted when first asked for (a topic trial quotes only the documents it lists). */
  readonly vocabularies: readonly Vocabulary[];
}

export interface TrainInput {
  topics: readonly TopicRef[];
  examples?: readonly LabeledExample[];
  library?: readonly Float32Array[];
}

const cache = new Map<string, Promise<LocalModel>>();

/** Trains (or returns the cached) model. The worker may call it per document: same inputs, same model. */
export function trainLocalModel(input: TrainInput, encoder: SentenceEncoder): Promise<LocalModel> {
  const key = modelKey(input);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: most recently used last
    cache.set(key, hit);
    return hit;
  }
  const model = trainUncached(input, encoder, key);
  cache.set(key, model);
  model.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return model;
}

export function modelKey({ topics, examples = [], library = [] }: TrainInput): string {
  const hash = createHash("sha256");
  hash.update(`${MODEL_VERSION}\u0000${JSON.stringify(sortTopics(topics).map((t) => [t.id, t.name, t.description]))}`);
  for (const e of examples) {
    hash.update(`\u0000${[...e.topicIds].sort().join("\u0001")}\u0002${[...(e.rejectedTopicIds ?? [])].sort().join("\u0001")}\u0002`);
    if (e.vector) hash.update(new Uint8Array(e.vector.buffer, e.vector.byteOffset, e.vector.byteLength));
    else hash.update(e.text);
  }
  hash.update("\u0003");
  for (const v of library.slice(0, MAX_LIBRARY)) hash.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  return hash.digest("hex");
}

function sortTopics(topics: readonly TopicRef[]): TopicRef[] {
  const byId = new Map<string, TopicRef>();
  for (const t of topics) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Training without the cache. */
export async function trainUncached(input: TrainInput, encoder: SentenceEncoder, key = modelKey(input)): Promise<LocalModel> {
  const topics = sortTopics(input.topics);
  const index = new Map(topics.map((t, i) => [t.id, i]));
  const examples = (input.examples ?? []).filter((e) => [...e.topicIds, ...(e.rejectedTopicIds ?? [])].some((id) => index.has(id)));

  const described = await describeTopics(encoder, topics);
  const descriptions = described.map((d) => d.mean);
  const itemVectors = described.map((d) => d.items.map(centre));
  const missing = examples.filter((e) => !e.vector).map((e) => e.text);
  const encoded = missing.length ? await encoder.embed(missing) : [];
  let next = 0;
  const vectors = examples.map((e) => e.vector ?? encoded[next++]!);

  const sums = descriptions.map((d) => scaled(centre(d), DESCRIPTION_WEIGHT));
  const linearRows: LinearExample[] = [];
  const confirmed = new Array<number>(topics.length).fill(0);
  const rejectedFor = new Map<string, Set<string>>();
  examples.forEach((e, k) => {
    // Examples' vectors are the kept ones (ADR 0044), the same arrays for every model trained on them: centred once.
    const c = centreTraining(vectors[k]!);
    const rejected = (e.rejectedTopicIds ?? []).map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    const positives = e.topicIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const i of positives) {
      addInto(sums[i]!, c);
      confirmed[i]!++;
      linearRows.push({ vector: c, topic: i, rejected });
    }
    for (const i of rejected) addInto(sums[i]!, c, -REJECTED_WEIGHT);
    if (rejected.length && positives.length === 0) linearRows.push({ vector: c, topic: null, rejected });
    if (e.rejectedTopicIds?.length) {
      for (const k2 of [vectorKey(vectors[k]!), textKey(e.text)]) {
        const set = rejectedFor.get(k2) ?? new Set<string>();
        for (const id of e.rejectedTopicIds) set.add(id);
        rejectedFor.set(k2, set);
      }
    }
  });

  let topicVectors = sums.map((s) => normalize(Float32Array.from(s)));
  // The vectors' keys for the kept cosines (keptSimilarities), hashed once per set of vectors.
  let keys = vectorKeys({ topicVectors, itemVectors });
  let reference = referenceSimilarity(topicVectors, itemVectors, keys);
  let selfTrained = 0;
  const library = (input.library ?? []).slice(0, MAX_LIBRARY);
  if (library.length && topics.length) {
    const joined = selfTrain({ topicVectors, itemVectors, reference, linear: null, lexical: null }, examples.length ? "documents" : "description", library, keys);
    selfTrained = joined.reduce((n, members) => n + members.length, 0);
    topicVectors = sums.map((s, i) => {
      const v = Float32Array.from(s);
      for (const m of joined[i]!) addInto(v, m);
      return normalize(v);
    });
    keys = { topics: topicVectors.map(vectorKey), items: keys.items };
    reference = referenceSimilarity(topicVectors, itemVectors, keys);
  }

  const lexicalExamples: LexicalExample[] = examples
    .map((e) => ({ text: e.text, topics: e.topicIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined) }))
    .filter((e) => e.topics.length > 0);
  const plentiful = topics.length > 1 && confirmed.every((n) => n >= LINEAR_MIN_EXAMPLES);
  const fromDocuments = examples.length > 0 || selfTrained > 0;
  let quoteWords: Vocabulary[] | undefined;
  return {
    kind: plentiful ? "linear" : fromDocuments ? "documents" : "description",
    key,
    topicIds: topics.map((t) => t.id),
    topicVectors,
    itemVectors,
    reference,
    linear: plentiful ? trainLinear(linearRows, topics.length) : null,
    lexical: lexicalExamples.length ? trainLexical(topics.map((t) => `${t.name} ${t.description}`), lexicalExamples) : null,
    selfTrained,
    rejectedFor,
    get vocabularies() {
      return (quoteWords ??= vocabularies(topics, examples));
    },
  };
}

/**
 * One round: each library document whose most likely topic has a confidence of at least
 * SELF_TRAINING_MIN_CONFIDENCE (under the model before self-training) is a candidate for that topic; the
 * SELF_TRAINING_PER_TOPIC most confident join it. Ties go to the earlier document, so the result depends
 * only on the inputs.
 */
function selfTrain(before: Scoring, kind: ModelKind, library: readonly Float32Array[], keys: VectorKeys): Float32Array[][] {
  const candidates = before.topicVectors.map(() => [] as { k: number; p: number }[]);
  const T = before.topicVectors.length;
  const features = featureArrays(T);
  const confidences = new Float64Array(T);
  library.forEach((v, k) => {
    // topicFeatures without words (`before` has no lexical model), from the kept centred vector and cosines.
    const c = centreTraining(v);
    featuresInto(before, c, Float64Array.from(keptSimilarities(before, keys, c)), null, features);
    confidencesInto(CALIBRATIONS[kind], features.aboveReference, features.ranking, confidences);
    const { best, bestIndex } = bestTwo(confidences);
    if (best >= SELF_TRAINING_MIN_CONFIDENCE) candidates[bestIndex]!.push({ k, p: best });
  });
  return candidates.map((c) =>
    c
      .sort((a, b) => b.p - a.p || a.k - b.k)
      .slice(0, SELF_TRAINING_PER_TOPIC)
      .map(({ k }) => centreTraining(library[k]!)),
  );
}

export function bestTwo(scores: readonly number[] | Float64Array): { best: number; second: number; bestIndex: number } {
  let best = -Infinity;
  let second = -Infinity;
  let bestIndex = -1;
  scores.forEach((s, i) => {
    if (s > best) {
      second = best;
      best = s;
      bestIndex = i;
    } else if (s > second) second = s;
  });
  return { best, second: Number.isFinite(second) ? second : 0, bestIndex };
}

/**
 * What the confidence of each topic (in topicIds order) is computed from (calibrate.ts): its similarity
 * above the reference, and its ranking score — the similarity (or, with a linear model, its
 * log-probability) plus the word evidence. `text`: the text, or its lexicalWords.
 */
export function topicFeatures(model: Scoring, vector: Float32Array, text: string | readonly string[]): ConfidenceFeatures[] {
  const c = centre(vector);
  const similarity = similarities(model, c);
  return featuresFrom(model, c, similarity, model.lexical ? lexicalScores(model.lexical, text, similarity.length) : null);
}

/**
 * topicFeatures from its parts: the centred vector, its similarities (`similarities`) and the word evidence
 * (`lexicalScores`, null without a lexical model). The topic trial computes the parts from what it keeps per
 * document (library.ts), and gets the same numbers.
 */
export function featuresFrom(model: Scoring, c: Float32Array, similarity: readonly number[], words: readonly number[] | null): ConfidenceFeatures[] {
  const out = featureArrays(similarity.length);
  featuresInto(model, c, Float64Array.from(similarity), words && Float64Array.from(words), out);
  return similarity.map((_, i) => ({ aboveReference: out.aboveReference[i]!, ranking: out.ranking[i]! }));
}

/** ConfidenceFeatures of every topic as two arrays (calibrate.ts, confidencesInto). */
export interface FeatureArrays {
  aboveReference: Float64Array;
  ranking: Float64Array;
}

export const featureArrays = (topics: number): FeatureArrays => ({ aboveReference: new Float64Array(topics), ranking: new Float64Array(topics) });

/** featuresFrom written into `out`: scoring many documents reuses the same arrays instead of making objects per topic. */
export function featuresInto(model: Scoring, c: Float32Array, similarity: Float64Array, words: Float64Array | null, out: FeatureArrays): FeatureArrays {
  const { ranking, aboveReference } = out;
  const n = similarity.length;
  if (model.linear) {
    predictLinearInto(model.linear, c, ranking);
    for (let i = 0; i < n; i++) {
      const x = Math.log(Math.max(ranking[i]!, 1e-12));
      ranking[i] = words ? x + LEXICAL_WEIGHT.linear * words[i]! : x;
    }
  } else for (let i = 0; i < n; i++) ranking[i] = words ? similarity[i]! + LEXICAL_WEIGHT.similarity * words[i]! : similarity[i]!;
  for (let i = 0; i < n; i++) aboveReference[i] = similarity[i]! - model.reference;
  return out;
}

type Scoring = Pick<LocalModel, "topicVectors" | "itemVectors" | "reference" | "linear" | "lexical">;

/**
 * A centred vector's similarity to each topic: to its vector, and (ITEM_WEIGHT) to its best-matching item.
 * `cosines`: the cosines to topic i's vector and to its item j, when the caller keeps them (scored-documents.ts).
 */
export function similarities(
  model: Pick<LocalModel, "topicVectors" | "itemVectors">,
  c: Float32Array,
  cosines?: { topic(i: number): number; item(i: number, j: number): number },
): number[] {
  return model.topicVectors.map((t, i) => {
    let best = -Infinity;
    const items = model.itemVectors[i]!;
    for (let j = 0; j < items.length; j++) best = Math.max(best, cosines ? cosines.item(i, j) : cosine(c, items[j]!));
    return similarityOf(cosines ? cosines.topic(i) : cosine(c, t), best);
  });
}

/** A topic's similarity from the cosine to its vector and to its best-matching item (-Infinity: it has no items). */
export const similarityOf = (toTopic: number, bestItem: number): number => (Number.isFinite(bestItem) ? (1 - ITEM_WEIGHT) * toTopic + ITEM_WEIGHT * bestItem : toTopic);

let negatives: Float32Array[] | undefined;
let generalCentre: Float32Array | undefined;

/** The vector minus the general centre, normalised (a new array). */
export function centre(v: Float32Array): Float32Array {
  return centreInPlace(Float32Array.from(v));
}

/**
 * `centre` of a training vector (an example's or a library document's), made once per array: an owner's examples and
 * library come from the vectors the process keeps (ADR 0044), the same arrays for every model trained on them.
 * Neither the input nor the result is ever changed.
 */
const centredTraining = new WeakMap<Float32Array, Float32Array>();
function centreTraining(v: Float32Array): Float32Array {
  let c = centredTraining.get(v);
  if (!c) centredTraining.set(v, (c = centre(v)));
  return c;
}

/**
 * Cosines of a training vector (a library document's, centred once; a general negative) to the topic and item
 * vectors of the models trained with it, by the other vector's content (ADR 0044): an owner's models share most of
 * them — a topic trial trains today's model and the changed one, which differ in a topic, and the worker trains
 * again when one example or document changed — so self-training and the abstention reference compute only the new
 * ones. The same `cosine` of the same arrays, so the same numbers. At most COSINES_PER_VECTOR are kept per vector
 * (then it starts afresh).
 */
const trainingCosines = new WeakMap<Float32Array, Map<string, number>>();
const COSINES_PER_VECTOR = 128;

interface VectorKeys {
  topics: string[];
  items: string[][];
}
const vectorKeys = (model: Pick<LocalModel, "topicVectors" | "itemVectors">): VectorKeys => ({
  topics: model.topicVectors.map(vectorKey),
  items: model.itemVectors.map((items) => items.map(vectorKey)),
});

/** `similarities(model, c)` from the cosines kept for `c`. */
function keptSimilarities(model: Pick<LocalModel, "topicVectors" | "itemVectors">, keys: VectorKeys, c: Float32Array): number[] {
  let kept = trainingCosines.get(c);
  if (!kept || kept.size > COSINES_PER_VECTOR) trainingCosines.set(c, (kept = new Map()));
  const known = kept;
  const cos = (key: string, u: Float32Array) => {
    let x = known.get(key);
    if (x === undefined) known.set(key, (x = cosine(c, u)));
    return x;
  };
  return similarities(model, c, { topic: (i) => cos(keys.topics[i]!, model.topicVectors[i]!), item: (i, j) => cos(keys.items[i]![j]!, model.itemVectors[i]![j]!) });
}

/** `centre` without a new array: `v` becomes the centred vector (the topic trial centres into its store, scored-documents.ts). */
export function centreInPlace(v: Float32Array): Float32Array {
  generalCentre ??= Float32Array.from(GENERAL_CENTRE);
  addInto(v, generalCentre, -1);
  return normalize(v);
}

/** Centred general texts, decoded once. */
function generalNegatives(): Float32Array[] {
  if (negatives) return negatives;
  const bytes = new Int8Array(Buffer.from(GENERAL_NEGATIVES.base64, "base64"));
  negatives = Array.from({ length: GENERAL_NEGATIVES.count }, (_, k) => {
    const v = new Float32Array(EMBEDDING_DIMENSIONS);
    for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) v[i] = bytes[k * EMBEDDING_DIMENSIONS + i]! * GENERAL_NEGATIVES.scales[k]!;
    return centre(normalize(v));
  });
  return negatives;
}

function referenceSimilarity(topicVectors: readonly Float32Array[], itemVectors: readonly (readonly Float32Array[])[], keys: VectorKeys): number {
  if (topicVectors.length === 0) return 0;
  const best = generalNegatives()
    .map((n) => Math.max(...keptSimilarities({ topicVectors, itemVectors }, keys, n)))
    .sort((a, b) => a - b);
  return best[Math.min(best.length - 1, Math.floor(ABSTENTION_QUANTILE * best.length))]!;
}

const descriptionCache = new WeakMap<SentenceEncoder, Map<string, Described>>();

interface Described {
  /** The mean of the name's and the items' vectors, unit length. */
  mean: Float32Array;
  /** The name's and each item's vector. */
  items: Float32Array[];
}

/**
 * A topic's description as one vector: the mean of its name and of each item the description lists
 * ("matches, scores, tournaments, athletes…"), which lies nearer to documents about any one item than the
 * whole sentence does; and the items' own vectors. Encoded once per topic text and encoder, then cached for
 * the process.
 */
async function describeTopics(encoder: SentenceEncoder, topics: readonly TopicRef[]): Promise<Described[]> {
  let known = descriptionCache.get(encoder);
  if (!known) descriptionCache.set(encoder, (known = new Map()));
  const keyOf = (t: TopicRef) => `${t.name}\u0000${t.description}`;
  const missing = topics.filter((t) => !known.has(keyOf(t)));
  if (missing.length) {
    const parts = missing.map((t) => [t.name, ...descriptionItems(t.description)]);
    const vectors = await encoder.embed(parts.flat());
    let k = 0;
    missing.forEach((t, i) => {
      const items = parts[i]!.map(() => vectors[k++]!);
      const v = new Float32Array(EMBEDDING_DIMENSIONS);
      for (const item of items) addInto(v, item);
      known.set(keyOf(t), { mean: normalize(v), items });
    });
  }
  return topics.map((t) => known.get(keyOf(t))!);
}

export function descriptionItems(description: string): string[] {
  return description
    .split(/[:;,.()]|\band\b|\bor\b/)
    .map((x) => x.trim())
    .filter((x) => /\p{L}/u.test(x));
}

/** Identifies a stored vector (an example's, or the document's when it is one of the examples). */
export function vectorKey(v: Float32Array): string {
  return `v:${createHash("sha1").update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).digest("base64")}`;
}

/** Identifies a text (whitespace-normalised). */
export function textKey(text: string): string {
  return `t:${createHash("sha1").update(text.replace(/\s+/g, " ").trim()).digest("base64")}`;
}

function scaled(v: Float32Array, w: number): Float32Array {
  const out = new Float32Array(v.length);
  addInto(out, v, w);
  return out;
}
