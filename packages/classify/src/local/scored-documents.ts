// What the topic trial (ADR 0029) keeps of each document it scores, for the process: the centred vector, what
// scoring reads of the text (the content gate's verdict, the words of the word evidence as ids, the keys a
// person's rejection on an example is found by), and per document the parts of a score that a model shares with
// other models, kept by their content: the cosine to every topic and description item vector it was scored
// against (items are shared by the owners' models, and today's and the changed topics share most vectors), and the
// sum of each topic's word log-counts over its words (lexical.ts: a changed topic leaves the other topics' sums as
// they were, even when it brings a word no example has); and each model's suggestions. A document is kept under a
// stamp (its vector's version and source hash): a new text is a new entry. A trial then reads no vector and no
// text it has seen, and scores with array walks what `suggest` scores from the text and the vector — the same
// numbers, by the same functions (model.ts, lexical.ts).
import { createHash } from "node:crypto";
import type { TopicSuggestion } from "../types.ts";
import { CALIBRATIONS, confidencesInto } from "./calibrate.ts";
import { rejectedFor, suggestionsOf } from "./classifier.ts";
import { EMBEDDING_DIMENSIONS } from "./encoder.ts";
import { knownCountOfIds, lexicalPosteriorInto, lexicalSumOfIds, withTotals } from "./lexical.ts";
import { type FeatureArrays, type LocalModel, centreInPlace, featureArrays, featuresInto, similarityOf, vectorKey } from "./model.ts";
import type { TextFeatures } from "./text-features.ts";

const D = EMBEDDING_DIMENSIONS;
/** Documents per block of the vector store. */
const BLOCK = 4096;
/**
 * Vectors whose cosines are kept for a new model to find (one array over the documents each: 256 × 8 bytes per
 * document) besides those a living model's view holds; the least recently used go first.
 */
const MAX_COLUMNS = 256;
/**
 * Topics' word log-count tables whose sums are kept for a new model to find (8 bytes per document each)
 * besides those a living model's view holds: today's models of every owner (up to 15 topics each) and the
 * changed ones.
 */
const MAX_WORD_COLUMNS = 128;

/** A number per document, computed when first asked for (NaN: not computed yet); `vector`: a cosine column's vector. */
class Column {
  values = new Float64Array(0);
  constructor(
    readonly compute: (slot: number) => number,
    readonly vector: Float32Array | null = null,
  ) {}
  /** Whether the slot's number is still to be computed. */
  missing(slot: number): boolean {
    if (slot >= this.values.length) {
      // Doubling: a first trial fills every column slot by slot, and growing by one block each time copied and
      // filled each column's array once per block (12 times over 50 000 documents, for ~250 columns).
      const grown = new Float64Array(Math.max((Math.floor(slot / BLOCK) + 1) * BLOCK, 2 * this.values.length)).fill(Number.NaN);
      grown.set(this.values);
      this.values = grown;
    }
    return Number.isNaN(this.values[slot]!);
  }
  at(slot: number): number {
    if (this.missing(slot)) this.values[slot] = this.compute(slot);
    return this.values[slot]!;
  }
}

interface ModelView {
  /**
   * Per topic, the sum of its log-counts over each document's known words, and how many words it knows; `rows`:
   * the model's row of each word id (-1: a word it does not know); `tables`: each topic's log-counts by row; null
   * without word evidence.
   */
  lexical: { topics: Column[]; known: Column; rows: Int32Array; tables: Float64Array[]; logTotals: Float64Array; interleaved?: Float64Array } | null;
  topics: Column[];
  items: Column[][];
  /** The topic and item columns, each once. */
  cosines: Column[];
  suggestions: (TopicSuggestion[] | undefined)[];
  /** Per topic: what `suggest` computes for one document, reused for the next. */
  scratch: { similarity: Float64Array; sums: Float64Array; words: Float64Array; features: FeatureArrays; confidences: Float64Array };
}

/** Tables of one length side by side: row r's values of every table, then row r + 1's. */
function interleave(tables: readonly Float64Array[]): Float64Array {
  const T = tables.length;
  const out = new Float64Array(T * (tables[0]?.length ?? 0));
  tables.forEach((table, t) => {
    for (let r = 0; r < table.length; r++) out[r * T + t] = table[r]!;
  });
  return out;
}

/**
 * Columns by their content key. The `max` most recently asked for are held here; any other is still found while a
 * model's view holds it (a model lives in model.ts's cache): today's models are trained anew after a person's
 * decision with mostly the same topic vectors and word tables, and their columns must be found even when many
 * changed models' columns came since (a least-recently-used map alone dropped them, and every document's word sums
 * and cosines were computed again).
 */
export class Columns<T extends object> {
  readonly #recent = new Map<string, T>();
  readonly #held = new Map<string, WeakRef<T>>();
  readonly #collected = new FinalizationRegistry<string>((key) => {
    if (!this.#held.get(key)?.deref()) this.#held.delete(key);
  });
  constructor(readonly max: number) {}

  get(key: string, make: () => T): T {
    let column = this.#recent.get(key) ?? this.#held.get(key)?.deref();
    if (!column) {
      column = make();
      this.#held.set(key, new WeakRef(column));
      this.#collected.register(column, key);
    }
    this.#recent.delete(key);
    this.#recent.set(key, column);
    if (this.#recent.size > this.max) this.#recent.delete(this.#recent.keys().next().value!);
    return column;
  }
}

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const contentKey = (a: ArrayBufferView) => createHash("sha1").update(bytesOf(a)).digest("base64");

/** A topic's logCounts by word id, without the words it has no count for (log 1 = 0): `ids` ascending, `table` by row. */
function countsKey(ids: Int32Array, table: Float64Array): string {
  let counted = 0;
  for (let r = 0; r < table.length; r++) if (table[r] !== 0) counted++;
  const keptIds = new Int32Array(counted);
  const values = new Float64Array(counted);
  for (let r = 0, k = 0; r < table.length; r++) {
    if (table[r] === 0) continue;
    keptIds[k] = ids[r]!;
    values[k++] = table[r]!;
  }
  return createHash("sha1").update(bytesOf(keptIds)).update(bytesOf(values)).digest("base64");
}

export class ScoredDocuments {
  readonly #slots = new Map<string, { slot: number; stamp: string }>();
  readonly #blocks: Float32Array[] = [];
  readonly #words: Int32Array[] = [];
  readonly #tooLittle: boolean[] = [];
  readonly #keys: { vector: string; text: string }[] = [];
  readonly #dictionary = new Map<string, number>();
  readonly #columns = new Columns<Column>(MAX_COLUMNS);
  readonly #wordColumns = new Columns<Column>(MAX_WORD_COLUMNS);
  /** Per model, while it lives (model.ts caches today's models for the next trial, and with them their suggestions here). */
  readonly #views = new WeakMap<LocalModel, ModelView>();

  /** Documents kept (including ones kept under an older stamp). */
  get size(): number {
    return this.#words.length;
  }

  /** The document's entry if it is kept under this stamp. */
  slotOf(id: string, stamp: string): number | undefined {
    const hit = this.#slots.get(id);
    return hit?.stamp === stamp ? hit.slot : undefined;
  }

  /** Keeps a document (its stored vector, not centred, and what scoring reads of its text: `textFeatures`); returns its entry. */
  add(id: string, stamp: string, vector: Float32Array, text: TextFeatures): number {
    const known = this.slotOf(id, stamp);
    if (known !== undefined) return known;
    const slot = this.#words.length;
    if (slot % BLOCK === 0) this.#blocks.push(new Float32Array(BLOCK * D));
    // Centred where it is kept: no array per document for the collector.
    const offset = (slot % BLOCK) * D;
    const kept = this.#blocks[Math.floor(slot / BLOCK)]!.subarray(offset, offset + vector.length);
    kept.set(vector);
    centreInPlace(kept);
    const words = new Int32Array(text.words.length);
    for (let i = 0; i < words.length; i++) words[i] = this.#wordId(text.words[i]!);
    this.#words.push(words);
    this.#tooLittle.push(text.tooLittle);
    this.#keys.push({ vector: vectorKey(vector), text: text.textKey });
    this.#slots.set(id, { slot, stamp });
    return slot;
  }

  /** The content gate's verdict on the document's text. */
  tooLittleContent(slot: number): boolean {
    return this.#tooLittle[slot]!;
  }

  /** `suggest(model, text, vector, { quotes: false })` for a kept document, from what is kept. */
  suggest(model: LocalModel, slot: number): TopicSuggestion[] {
    const view = this.#view(model);
    const hit = view.suggestions[slot];
    if (hit) return hit;
    this.#fillCosines(slot, view.cosines);
    // What `similarities`, `lexicalScores`, `featuresFrom` and `confidencesOf` compute, in the view's arrays: one
    // document after the other, no array or object per topic for the collector.
    const { similarity, sums, words, features, confidences } = view.scratch;
    view.topics.forEach((topic, t) => {
      let best = -Infinity;
      for (const item of view.items[t]!) best = Math.max(best, item.at(slot));
      similarity[t] = similarityOf(topic.at(slot), best);
    });
    if (view.lexical) {
      this.#fillWordSums(slot, view.lexical);
      for (let t = 0; t < sums.length; t++) sums[t] = view.lexical.topics[t]!.at(slot);
      const known = view.lexical.known.at(slot);
      lexicalPosteriorInto(withTotals(sums, known, view.lexical.logTotals), known, words);
    }
    featuresInto(model, this.#centred(slot), similarity, view.lexical ? words : null, features);
    confidencesInto(CALIBRATIONS[model.kind], features.aboveReference, features.ranking, confidences);
    const out = suggestionsOf(model, confidences, rejectedFor(model, () => this.#keys[slot]!), null);
    view.suggestions[slot] = out;
    return out;
  }

  /**
   * Computes at once, for many kept documents, the cosines and word sums `suggest(model, slot)` reads and that are
   * still missing (a first trial misses every one of today's models'): the cosines two documents and four vectors per
   * pass over the two documents' vectors, each sum the same additions in the same order as `#cosine`, so the same
   * numbers; `suggest` then finds them. A page's documents in one call: the pass reads each vector once for two
   * documents, and the loop stays hot.
   */
  prepare(model: LocalModel, slots: readonly number[]): void {
    const view = this.#view(model);
    const todo = slots.filter((slot) => !view.suggestions[slot]);
    let k = 0;
    for (; k + 2 <= todo.length; k += 2) this.#fillCosinePair(todo[k]!, todo[k + 1]!, view.cosines);
    for (; k < todo.length; k++) this.#fillCosines(todo[k]!, view.cosines);
    if (view.lexical) for (const slot of todo) this.#fillWordSums(slot, view.lexical);
  }

  /** `#fillCosines` for two documents: the columns both miss in one pass, then each one's others. */
  #fillCosinePair(a: number, b: number, columns: readonly Column[]): void {
    const both = columns.filter((col) => col.missing(a) && col.missing(b));
    const blockA = this.#blocks[Math.floor(a / BLOCK)]!;
    const blockB = this.#blocks[Math.floor(b / BLOCK)]!;
    const oa = (a % BLOCK) * D;
    const ob = (b % BLOCK) * D;
    let k = 0;
    for (; k + 4 <= both.length; k += 4) {
      const c0 = both[k]!;
      const c1 = both[k + 1]!;
      const c2 = both[k + 2]!;
      const c3 = both[k + 3]!;
      const v0 = c0.vector!;
      const v1 = c1.vector!;
      const v2 = c2.vector!;
      const v3 = c3.vector!;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let b0 = 0;
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      for (let i = 0; i < D; i++) {
        const x = blockA[oa + i]!;
        const y = blockB[ob + i]!;
        const w0 = v0[i]!;
        const w1 = v1[i]!;
        const w2 = v2[i]!;
        const w3 = v3[i]!;
        a0 += x * w0;
        a1 += x * w1;
        a2 += x * w2;
        a3 += x * w3;
        b0 += y * w0;
        b1 += y * w1;
        b2 += y * w2;
        b3 += y * w3;
      }
      c0.values[a] = a0;
      c1.values[a] = a1;
      c2.values[a] = a2;
      c3.values[a] = a3;
      c0.values[b] = b0;
      c1.values[b] = b1;
      c2.values[b] = b2;
      c3.values[b] = b3;
    }
    this.#fillCosines(a, columns);
    this.#fillCosines(b, columns);
  }

  #centred(slot: number): Float32Array {
    const offset = (slot % BLOCK) * D;
    return this.#blocks[Math.floor(slot / BLOCK)]!.subarray(offset, offset + D);
  }

  /**
   * The slot's cosines that are still missing, four vectors per pass over the document's vector (the vectors a
   * changed model does not share with today's: about 12 per owner). Each sum takes the same additions in the same
   * order as `#cosine` (and encoder.ts's `cosine`), so the same number.
   */
  #fillCosines(slot: number, columns: readonly Column[]): void {
    if (!columns.some((col) => col.missing(slot))) return;
    const todo = columns.filter((col) => col.missing(slot));
    const block = this.#blocks[Math.floor(slot / BLOCK)]!;
    const offset = (slot % BLOCK) * D;
    let k = 0;
    for (; k + 4 <= todo.length; k += 4) {
      const [c0, c1, c2, c3] = [todo[k]!, todo[k + 1]!, todo[k + 2]!, todo[k + 3]!];
      const [v0, v1, v2, v3] = [c0.vector!, c1.vector!, c2.vector!, c3.vector!];
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < D; i++) {
        const x = block[offset + i]!;
        s0 += x * v0[i]!;
        s1 += x * v1[i]!;
        s2 += x * v2[i]!;
        s3 += x * v3[i]!;
      }
      c0.values[slot] = s0;
      c1.values[slot] = s1;
      c2.values[slot] = s2;
      c3.values[slot] = s3;
    }
    for (; k < todo.length; k++) todo[k]!.at(slot);
  }

  /**
   * The slot's word sums that are still missing, in one pass over its words (a first trial misses every topic's):
   * each topic's sum takes the same additions in the same order as `lexicalSumOfIds`, so the same number.
   */
  #fillWordSums(slot: number, lexical: NonNullable<ModelView["lexical"]>): void {
    // This model's own tables and rows: a column found by its counts may have been made by a model whose rows differ.
    let missing = 0;
    for (const col of lexical.topics) if (col.missing(slot)) missing++;
    if (missing < 2) return; // one (a changed topic's) is summed by its own column
    const todo: number[] = [];
    lexical.topics.forEach((col, t) => col.missing(slot) && todo.push(t));
    const { rows } = lexical;
    const ids = this.#words[slot]!;
    if (todo.length === lexical.topics.length) {
      // Every topic's (a first trial): the tables side by side, a word's row in one place instead of one per topic.
      const T = todo.length;
      const table = (lexical.interleaved ??= interleave(lexical.tables));
      const sums = new Float64Array(T);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const row = id < rows.length ? rows[id]! : -1;
        if (row >= 0) for (let t = 0, at = row * T; t < T; t++) sums[t]! += table[at + t]!;
      }
      lexical.topics.forEach((col, t) => (col.values[slot] = sums[t]!));
      return;
    }
    const tables = todo.map((t) => lexical.tables[t]!);
    const sums = new Float64Array(todo.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const row = id < rows.length ? rows[id]! : -1;
      if (row >= 0) for (let t = 0; t < tables.length; t++) sums[t]! += tables[t]![row]!;
    }
    todo.forEach((t, k) => (lexical.topics[t]!.values[slot] = sums[k]!));
  }

  /** cosine(the document's centred vector, v), read in place: the same additions in the same order. */
  #cosine(slot: number, v: Float32Array): number {
    const block = this.#blocks[Math.floor(slot / BLOCK)]!;
    const offset = (slot % BLOCK) * D;
    let s = 0;
    for (let i = 0; i < D; i++) s += block[offset + i]! * v[i]!;
    return s;
  }

  #wordId(word: string): number {
    let id = this.#dictionary.get(word);
    if (id === undefined) this.#dictionary.set(word, (id = this.#dictionary.size));
    return id;
  }

  #view(model: LocalModel): ModelView {
    let view = this.#views.get(model);
    if (view) return view;
    let lexical: ModelView["lexical"] = null;
    if (model.lexical) {
      // Every word the model knows gets an id first, so a document kept later finds it by its id (and a word id
      // beyond `rows` is one the model does not know). The model's words are its rows in the order of their ids:
      // equal word sets are equal bytes (the known counts' key), and a topic's counted words with their log-counts
      // are equal bytes for equal counts (its sums' key, whatever else the vocabulary holds).
      const { rowOf, logCounts } = model.lexical;
      const idOfRow = new Int32Array(rowOf.size);
      rowOf.forEach((r, w) => (idOfRow[r] = this.#wordId(w)));
      const ids = Int32Array.from(idOfRow).sort();
      const rows = new Int32Array(this.#dictionary.size).fill(-1);
      for (let r = 0; r < ids.length; r++) rows[ids[r]!] = r;
      const T = model.topicIds.length;
      const tables = model.topicIds.map(() => new Float64Array(ids.length));
      for (let q = 0; q < idOfRow.length; q++) {
        const r = rows[idOfRow[q]!]!;
        for (let t = 0; t < T; t++) tables[t]![r] = logCounts[q * T + t]!;
      }
      lexical = {
        // A topic's sums are found by the words it has counts for (a word without adds 0, and x + 0 is x): a word
        // new to the vocabulary leaves the other topics' sums as they were.
        topics: tables.map((table) =>
          this.#wordColumns.get(`w:${countsKey(ids, table)}`, () => new Column((slot) => lexicalSumOfIds(rows, table, this.#words[slot]!))),
        ),
        known: this.#wordColumns.get(`k:${contentKey(ids)}`, () => new Column((slot) => knownCountOfIds(rows, this.#words[slot]!))),
        rows,
        tables,
        logTotals: model.lexical.logTotals,
      };
    }
    const column = (v: Float32Array) => this.#columns.get(contentKey(v), () => new Column((slot) => this.#cosine(slot, v), v));
    const topics = model.topicVectors.map(column);
    const items = model.itemVectors.map((vectors) => vectors.map(column));
    const T = model.topicIds.length;
    const scratch = { similarity: new Float64Array(T), sums: new Float64Array(T), words: new Float64Array(T), features: featureArrays(T), confidences: new Float64Array(T) };
    view = { lexical, topics, items, cosines: [...new Set([...topics, ...items.flat()])], suggestions: [], scratch };
    this.#views.set(model, view);
    return view;
  }
}

/** Documents kept for the process before it starts afresh (then the next trial reads every vector and text again). */
export const SCORED_DOCUMENTS_LIMIT = 100_000;
let current = new ScoredDocuments();

/**
 * The process's kept documents. A trial takes them once and keeps using that object: when they have grown past
 * SCORED_DOCUMENTS_LIMIT, a new, empty one is handed out and the old one goes when its last trial ends.
 */
export function scoredDocuments(): ScoredDocuments {
  if (current.size >= SCORED_DOCUMENTS_LIMIT) current = new ScoredDocuments();
  return current;
}
