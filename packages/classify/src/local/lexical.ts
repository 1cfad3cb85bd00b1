// Word evidence learned from confirmed examples (ADR 0018): a multinomial naive Bayes over the stemmed
// content words of the examples' texts, with each topic's name and description as a pseudo-example of
// weight DESCRIPTION_WEIGHT. It only ranks: its length-normalised log-posterior is added, with a small
// weight, to the embedding score (model.ts), and whether any topic fits at all stays the embedding
// similarity's call. Word counting only, so it costs no encoding.
import { tokenize } from "./tokenize.ts";
import { distinctWords } from "./word-sets.ts";

/** Additive (Laplace) smoothing of the word counts. */
const ALPHA = 1;
/** The description counts as this many examples' words. */
const DESCRIPTION_WEIGHT = 3;
/** Words read per text: a long document's evidence is capped, its cost bounded. */
const MAX_CHARS = 20_000;

/**
 * log P(word | topic) = logCounts(word)[topic] − logTotals[topic], kept apart: a word's part depends only on its
 * counts, so a word new to the vocabulary (a description's) changes the other topics' totals only, and the topic
 * trial keeps their sums over each document's words (scored-documents.ts, ADR 0029). A word no example of a topic
 * has brings log 1 = 0 to that topic's sum.
 */
export interface LexicalModel {
  /** Each known word's row in logCounts. */
  readonly rowOf: ReadonlyMap<string, number>;
  /**
   * Per word, log(its count in each topic's examples + ALPHA): row r (rowOf) holds every topic's, in topic order,
   * then row r + 1's. One array, not one per word: a topic trial trains several models per request (ADR 0029).
   */
  readonly logCounts: Float64Array;
  /** Per topic, log(the topic's total count + ALPHA × the vocabulary's size). */
  readonly logTotals: Float64Array;
}

export interface LexicalExample {
  text: string;
  /** Indexes of the topics it is an example of. */
  topics: readonly number[];
}

function words(text: string): Set<string> {
  return new Set(tokenize(text.slice(0, MAX_CHARS)));
}

/**
 * The distinct words of a text the word evidence reads, in the order `lexicalScores` reads them: the topic trial
 * keeps them per document (scored-documents.ts, ADR 0029).
 */
export function lexicalWords(text: string): readonly string[] {
  return [...words(text)];
}

/**
 * Trains on the examples (each distinct word once per example) and the topics' descriptions. The counts and the
 * log-likelihoods live in one array each (a row per word), as a topic trial trains several models per request.
 */
export function trainLexical(descriptions: readonly string[], examples: readonly LexicalExample[]): LexicalModel {
  const topicCount = descriptions.length;
  const rowOf = new Map<string, number>();
  let counts = new Float64Array(1024 * topicCount);
  const totals = new Float64Array(topicCount);
  const add = (text: string, topic: number, weight: number) => {
    for (const w of distinctWords(text, MAX_CHARS)) {
      let r = rowOf.get(w);
      if (r === undefined) {
        rowOf.set(w, (r = rowOf.size));
        if ((r + 1) * topicCount > counts.length) {
          const grown = new Float64Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      counts[r * topicCount + topic]! += weight;
      totals[topic]! += weight;
    }
  };
  descriptions.forEach((d, t) => add(d, t, DESCRIPTION_WEIGHT));
  for (const e of examples) for (const t of e.topics) add(e.text, t, 1);
  const vocabulary = rowOf.size + 1;
  const logCounts = new Float64Array(rowOf.size * topicCount);
  for (let i = 0; i < logCounts.length; i++) logCounts[i] = Math.log(counts[i]! + ALPHA);
  return { rowOf, logCounts, logTotals: Float64Array.from(totals, (total) => Math.log(total + ALPHA * vocabulary)) };
}

/**
 * Each topic's sum of log P(word | topic) over a text's known words, from the sum of their logCounts (in place):
 * `lexicalScores` and the topic trial's kept sums both end with it, so the same numbers.
 */
export function withTotals(sums: Float64Array, known: number, logTotals: Float64Array): Float64Array {
  for (let t = 0; t < sums.length; t++) sums[t] = sums[t]! - known * logTotals[t]!;
  return sums;
}

/**
 * log P(topic | text) under equal priors, divided by the square root of the number of known words the
 * text has (so a long document's posterior is not all-or-nothing); all 0 for a text with no known word.
 */
export function lexicalScores(model: LexicalModel, text: string | readonly string[], topicCount: number): number[] {
  const sums = new Float64Array(topicCount);
  let known = 0;
  for (const w of typeof text === "string" ? words(text) : text) {
    const r = model.rowOf.get(w);
    if (r === undefined) continue;
    known++;
    for (let t = 0, at = r * topicCount; t < topicCount; t++) sums[t]! += model.logCounts[at + t]!;
  }
  return posterior(withTotals(sums, known, model.logTotals), known);
}

/**
 * One topic's part of lexicalScores for a text given as word ids (the topic trial's form, scored-documents.ts):
 * the sum of the topic's logCounts of the text's known words, in the text's order — `table[rows[id]]`, where
 * `rows[id]` is -1 (or `id` beyond `rows`) for a word the model does not know. The same additions in the same
 * order as lexicalScores makes for that topic, so the same number.
 */
export function lexicalSumOfIds(rows: Int32Array, table: Float64Array, ids: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const row = id < rows.length ? rows[id]! : -1;
    if (row >= 0) sum += table[row]!;
  }
  return sum;
}

/** How many of the text's word ids the model knows (`rows[id]` ≥ 0), for lexicalPosteriorInto. */
export function knownCountOfIds(rows: Int32Array, ids: Int32Array): number {
  let n = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id < rows.length && rows[id]! >= 0) n++;
  }
  return n;
}

function posterior(sums: Float64Array, known: number): number[] {
  return Array.from(lexicalPosteriorInto(sums, known, new Float64Array(sums.length)));
}

/**
 * lexicalScores from each topic's sum over the known words (lexicalSumOfIds, then withTotals) and their number,
 * written into `out` (one number per topic): the same numbers.
 */
export function lexicalPosteriorInto(sums: Float64Array, known: number, out: Float64Array): Float64Array {
  if (known === 0) return out.fill(0);
  let max = -Infinity;
  for (let t = 0; t < sums.length; t++) max = Math.max(max, sums[t]!);
  let z = 0;
  for (let t = 0; t < sums.length; t++) z += Math.exp(sums[t]! - max);
  const norm = Math.sqrt(known);
  const logZ = Math.log(z);
  for (let t = 0; t < sums.length; t++) out[t] = (sums[t]! - max - logZ) / norm;
  return out;
}
