// Token counting with the model's real tokenizer (js-tiktoken and the ranks
// it ships; nothing is downloaded). An encoding is loaded on first use only:
// building one takes a moment and tens of MB.
import { createRequire } from "node:module";
import { Tiktoken, type TiktokenBPE } from "js-tiktoken/lite";

export type EncodingName = "o200k_base" | "cl100k_base";

/** Head share of a truncated document; the rest of the budget goes to its end. */
export const HEAD_SHARE = 0.7;

/**
 * The longest token in o200k_base and cl100k_base is 128 bytes (128 spaces), and
 * a string's UTF-16 length never exceeds its UTF-8 length: n tokens never span
 * more than n × MAX_TOKEN_CHARS characters.
 */
export const MAX_TOKEN_CHARS = 128;

/**
 * js-tiktoken's byte-pair merge is quadratic in the length of one pre-tokenized
 * word (a run of letters, of punctuation or of whitespace): 8 000 "a"s take
 * seconds, 1 MB a day. A run longer than the longest token is therefore encoded
 * in pieces of at most that many UTF-8 bytes, which keeps encoding linear. Such a
 * run (a 300-letter "word", 200 KB of "=") can count a token or so per piece more
 * or less than the API would; shorter runs, separator lines and column gaps
 * included, tokenize exactly as before.
 */
const MAX_RUN_BYTES = MAX_TOKEN_CHARS;
/** Runs of one character class that may be longer than MAX_RUN_BYTES (a code point is at most 4 bytes). */
const MIN_LONG_RUN = MAX_RUN_BYTES / 4 + 1;
const LONG_RUN = new RegExp(String.raw`[\p{L}\p{M}]{${MIN_LONG_RUN},}|[^\s\p{L}\p{N}]{${MIN_LONG_RUN},}|\s{${MIN_LONG_RUN},}`, "gu");
/** Longest pre-tokenized word given the cut above (a prefix, a run, trailing newlines), rounded up. */
const MAX_WORD_CHARS = 4 * MAX_RUN_BYTES;
/** Encodings of run pieces: a run of one repeated character is encoded once, not once per piece. */
const PIECE_CACHE_SIZE = 4096;

const encoders = new Map<EncodingName, Tiktoken>();
const pieceCaches = new Map<EncodingName, Map<string, number[]>>();
const require = createRequire(import.meta.url);

/** o200k_base for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and o-series families; cl100k_base otherwise. */
export function encodingFor(model: string): EncodingName {
  const name = model.trim().toLowerCase().replace(/^openai\//, "");
  return /^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|chatgpt-4o|o\d)/.test(name) ? "o200k_base" : "cl100k_base";
}

function encoder(model: string): Tiktoken {
  const name = encodingFor(model);
  let enc = encoders.get(name);
  if (!enc) {
    const ranks = require(`js-tiktoken/ranks/${name}`) as TiktokenBPE | { default: TiktokenBPE };
    enc = new Tiktoken("default" in ranks ? ranks.default : ranks);
    encoders.set(name, enc);
  }
  return enc;
}

/**
 * Special-token strings in a document are ordinary text, not control tokens.
 * Decoding the result gives back `text` exactly.
 */
function encode(text: string, model: string): number[] {
  const enc = encoder(model);
  const pieces = splitLongRuns(text);
  if (pieces.length === 1) return enc.encode(text, [], []);
  const name = encodingFor(model);
  let cache = pieceCaches.get(name);
  if (!cache) pieceCaches.set(name, (cache = new Map()));
  const out: number[] = [];
  for (const [start, end, inRun] of pieces) {
    const piece = text.slice(start, end);
    let tokens = inRun ? cache.get(piece) : undefined;
    if (!tokens) {
      tokens = enc.encode(piece, [], []);
      if (inRun) {
        if (cache.size >= PIECE_CACHE_SIZE) cache.clear();
        cache.set(piece, tokens);
      }
    }
    for (const t of tokens) out.push(t);
  }
  return out;
}

/**
 * `text` as [start, end, inRun] pieces, cut only inside runs longer than
 * MAX_RUN_BYTES; `inRun` marks a piece that is all inside one run.
 */
function splitLongRuns(text: string): [number, number, boolean][] {
  const pieces: [number, number, boolean][] = [];
  let from = 0;
  for (const run of text.matchAll(LONG_RUN)) {
    const end = run.index + run[0].length;
    let bytes = 0;
    let inRun = false;
    for (let i = run.index; i < end; ) {
      const cp = text.codePointAt(i)!;
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > MAX_RUN_BYTES) {
        pieces.push([from, i, inRun]);
        from = i;
        bytes = 0;
        inRun = true;
      }
      bytes += size;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  pieces.push([from, text.length, false]);
  return pieces;
}

export function countTokens(text: string, model: string): number {
  return encode(text, model).length;
}

export interface Truncation {
  /** The text cut to the budget; the input itself when it fits. */
  text: string;
  /** Tokens in the whole input: counted, or estimated when only its ends were tokenized. */
  tokens: number;
  estimated: boolean;
}

/**
 * Cuts `text` to at most `maxTokens` tokens, keeping the first ~70% and the
 * last ~30% of the budget with a marker between them that says how much was
 * left out. Text within the budget comes back unchanged.
 */
export function truncateToTokens(text: string, maxTokens: number, model: string): string {
  return fitToTokens(text, maxTokens, model).text;
}

/** truncateToTokens, with the size of the whole text; tokenizes it once, and only its ends when it is long. */
export function fitToTokens(text: string, maxTokens: number, model: string): Truncation {
  // The kept head is at most ⌈maxTokens × HEAD_SHARE⌉ tokens and no token is longer than
  // MAX_TOKEN_CHARS, so it lies within that many times MAX_TOKEN_CHARS characters from the start,
  // plus one word that the cut may have split; the tail likewise from the end. Tokenizing only those
  // ends keeps the same text. (A factor like 8 would not do: tokens of spaces or dashes reach 128.)
  const reach = (share: number) => Math.ceil(Math.max(0, maxTokens) * share) * MAX_TOKEN_CHARS + MAX_WORD_CHARS;
  const headReach = reach(HEAD_SHARE);
  const tailReach = reach(1 - HEAD_SHARE);
  let head: number[];
  let tail: number[];
  let total: number;
  let estimated = false;
  if (text.length <= headReach + tailReach) {
    head = tail = encode(text, model);
    total = head.length;
    if (total <= maxTokens) return { text, tokens: total, estimated };
  } else {
    const headEnd = codePointBoundary(text, headReach);
    const tailStart = codePointBoundary(text, text.length - tailReach);
    head = encode(text.slice(0, headEnd), model);
    tail = encode(text.slice(tailStart), model);
    // The middle is assumed to be as dense as the two ends.
    total = Math.round(((head.length + tail.length) * text.length) / (headEnd + text.length - tailStart));
    estimated = true;
  }
  const enc = encoder(model);
  const omitted = (n: number) => `\n\n[… ${n} tokens omitted …]\n\n`;
  let budget = maxTokens;
  // Re-encoding the joined parts can differ by a token or two; shrink until it fits.
  for (let attempt = 0; attempt < 5; attempt++) {
    const markerTokens = countTokens(omitted(total), model);
    const room = Math.max(0, budget - markerTokens);
    const headTokens = Math.ceil(room * HEAD_SHARE);
    const tailTokens = room - headTokens;
    const out =
      cleanEdge(enc.decode(head.slice(0, headTokens)), "end") +
      omitted(Math.max(0, total - headTokens - tailTokens)) +
      cleanEdge(enc.decode(tail.slice(tail.length - tailTokens)), "start");
    const over = countTokens(out, model) - maxTokens;
    if (over <= 0) return { text: out, tokens: total, estimated };
    budget -= over;
  }
  return { text: cleanEdge(enc.decode(head.slice(0, maxTokens)), "end"), tokens: total, estimated };
}

/** `i`, moved past the second half of a surrogate pair it would split. */
function codePointBoundary(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i + 1 : i;
}

/** A cut inside a multi-byte character decodes to U+FFFD; drop it. */
function cleanEdge(text: string, edge: "start" | "end"): string {
  return edge === "end" ? text.replace(/\uFFFD+$/, "") : text.replace(/^\uFFFD+/, "");
}
