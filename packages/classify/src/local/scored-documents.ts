// What the topic trial (ADR 0029) keeps of each document it scores, for the process: the centred vector, what
// scoring reads of the text (the content gate's verdict, the words of the word evidence as ids, the keys a
// person's rejection on an example is found by), each document's cosine to every topic and description item
// vector it was scored against, by the vector's content (items are shared by the owners' models, and today's
// and the changed topics share most vectors), and each model's suggestions. A document is kept under a stamp (its vector's version and source hash): a new text is a
// new entry. A trial then reads no vector and no text it has seen, and scores with array walks what
// `suggest` scores from the text and the vector — the same numbers, by the same functions (model.ts, lexical.ts).
import { createHash } from "node:crypto";
import type { TopicSuggestion } from "../types.ts";
import { rejectedFor, suggestionsFrom } from "./classifier.ts";
import { hasTooLittleContent } from "./content.ts";
import { EMBEDDING_DIMENSIONS, cosine } from "./encoder.ts";
import { type WordTable, lexicalScoresOfIds, lexicalWords } from "./lexical.ts";
import { type LocalModel, centre, featuresFrom, similarities, textKey, vectorKey } from "./model.ts";

const D = EMBEDDING_DIMENSIONS;
/** Documents per block of the vector store. */
const BLOCK = 4096;
/**
 * Vectors whose cosines are kept for a new model to find (one array over the documents each: 256 × 8 bytes per
 * document); the least recently used go first. A model's own stay while the model lives.
 */
const MAX_COLUMNS = 256;

/** One topic's or description item's vector's cosine to each document (NaN: not computed yet). */
class Column {
  values = new Float64Array(0);
  constructor(readonly vector: Float32Array) {}
  at(slot: number, c: Float32Array): number {
    if (slot >= this.values.length) {
      const grown = new Float64Array((Math.floor(slot / BLOCK) + 1) * BLOCK).fill(Number.NaN);
      grown.set(this.values);
      this.values = grown;
    }
    let v = this.values[slot]!;
    if (Number.isNaN(v)) this.values[slot] = v = cosine(c, this.vector);
    return v;
  }
}

interface ModelView {
  /** Log-likelihoods by word id (lexical.ts); null without word evidence. */
  lexical: WordTable | null;
  topics: Column[];
  items: Column[][];
  suggestions: (TopicSuggestion[] | undefined)[];
}

export class ScoredDocuments {
  readonly #slots = new Map<string, { slot: number; stamp: string }>();
  readonly #blocks: Float32Array[] = [];
  readonly #words: Int32Array[] = [];
  readonly #tooLittle: boolean[] = [];
  readonly #keys: { vector: string; text: string }[] = [];
  readonly #dictionary = new Map<string, number>();
  readonly #columns = new Map<string, Column>();
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

  /** Keeps a document (its stored vector, not centred, and its text); returns its entry. */
  add(id: string, stamp: string, vector: Float32Array, text: string): number {
    const known = this.slotOf(id, stamp);
    if (known !== undefined) return known;
    const slot = this.#words.length;
    if (slot % BLOCK === 0) this.#blocks.push(new Float32Array(BLOCK * D));
    this.#blocks[Math.floor(slot / BLOCK)]!.set(centre(vector), (slot % BLOCK) * D);
    this.#words.push(Int32Array.from(lexicalWords(text), (w) => this.#wordId(w)));
    this.#tooLittle.push(hasTooLittleContent(text));
    this.#keys.push({ vector: vectorKey(vector), text: textKey(text) });
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
    const c = this.#centred(slot);
    const similarity = similarities(model, c, { topic: (i) => view.topics[i]!.at(slot, c), item: (i, j) => view.items[i]![j]!.at(slot, c) });
    const words = view.lexical ? lexicalScoresOfIds(view.lexical, this.#words[slot]!, similarity.length) : null;
    const out = suggestionsFrom(model, featuresFrom(model, c, similarity, words), rejectedFor(model, () => this.#keys[slot]!), null);
    view.suggestions[slot] = out;
    return out;
  }

  #centred(slot: number): Float32Array {
    const offset = (slot % BLOCK) * D;
    return this.#blocks[Math.floor(slot / BLOCK)]!.subarray(offset, offset + D);
  }

  #wordId(word: string): number {
    let id = this.#dictionary.get(word);
    if (id === undefined) this.#dictionary.set(word, (id = this.#dictionary.size));
    return id;
  }

  #view(model: LocalModel): ModelView {
    let view = this.#views.get(model);
    if (view) return view;
    let lexical: WordTable | null = null;
    if (model.lexical) {
      // Every word the model knows gets an id first, so a document kept later finds it by its id (and a word
      // id beyond the table is one the model does not know).
      const ids = [...model.lexical.logLikelihood.keys()].map((w) => this.#wordId(w));
      const rows = new Int32Array(this.#dictionary.size).fill(-1);
      const topics = model.topicIds.length;
      const values = new Float64Array(ids.length * topics);
      let r = 0;
      for (const l of model.lexical.logLikelihood.values()) {
        values.set(l, r * topics);
        rows[ids[r]!] = r++;
      }
      lexical = { rows, values };
    }
    const column = (v: Float32Array) => this.#column(v);
    view = { lexical, topics: model.topicVectors.map(column), items: model.itemVectors.map((items) => items.map(column)), suggestions: [] };
    this.#views.set(model, view);
    return view;
  }

  #column(vector: Float32Array): Column {
    const key = createHash("sha1").update(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength)).digest("base64");
    let column = this.#columns.get(key);
    if (column) this.#columns.delete(key);
    else column = new Column(vector);
    this.#columns.set(key, column);
    if (this.#columns.size > MAX_COLUMNS) this.#columns.delete(this.#columns.keys().next().value!);
    return column;
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
