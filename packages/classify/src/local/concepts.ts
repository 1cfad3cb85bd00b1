// Concept features: every noun (or noun-related adjective/verb) in a text
// stands for its WordNet concepts and, more weakly, for what those concepts
// are kinds of. Two texts that name different countries, sports or programs
// then share features although they share no word.
import { STOP_WORDS } from "./stopwords.ts";
import { type WordNet, wordNet } from "./wordnet.ts";

export interface ConceptOptions {
  /** How many hypernym steps to climb (0 = only the word's own concepts). */
  depth: number;
  /** Weight kept per step up. */
  decay: number;
  /** At most this many senses of a word, most frequent first. */
  senses: number;
}

export const DOCUMENT_CONCEPTS: ConceptOptions = { depth: 6, decay: 0.7, senses: 3 };
export const TOPIC_CONCEPTS: ConceptOptions = { depth: 0, decay: 0.7, senses: 3 };

const PART_WEIGHT = 0.5;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[.!?;:\n]/gu;

interface Word {
  lower: string;
  capitalised: boolean;
  /** First word of a sentence, where capitals say nothing. */
  initial: boolean;
}

/** Concept id -> weight, summed over the text's words. */
export function conceptFeatures(text: string, options: ConceptOptions, wn: WordNet = wordNet()): Map<number, number> {
  const out = new Map<number, number>();
  const words = splitWords(text);
  const add = (senses: readonly number[], weight: number) => {
    for (const [concept, w] of expandCached(senses, options, wn)) out.set(concept, (out.get(concept) ?? 0) + weight * w);
  };
  for (let i = 0; i < words.length; ) {
    const match = lookup(words, i, wn);
    add(match.senses, 1);
    // A phrase's words still count on their own ("football team" is also about football).
    if (match.length > 1) for (let k = i; k < i + match.length; k++) add(lookup(words.slice(k, k + 1), 0, wn).senses, PART_WEIGHT);
    i += match.length;
  }
  return out;
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let initial = true;
  for (const [token] of text.normalize("NFKC").matchAll(WORD)) {
    if (/^[.!?;:\n]$/.test(token)) {
      initial = true;
      continue;
    }
    const lower = token.toLowerCase().replace(/['’]s$/, "");
    words.push({ lower, capitalised: token !== lower && token[0] !== lower[0], initial });
    initial = false;
  }
  return words;
}

/** The longest WordNet phrase at `i` ("world cup", "prime minister"), else the single word. */
function lookup(words: readonly Word[], i: number, wn: WordNet): { length: number; senses: readonly number[] } {
  for (let n = Math.min(wn.maxPhrase, words.length - i); n >= 2; n--) {
    const phrase = words.slice(i, i + n).map((w) => w.lower).join("_");
    const senses = wn.nouns(phrase);
    if (senses.length > 0) return { length: n, senses: chooseSenses(senses, words[i]!, wn) };
  }
  const word = words[i]!;
  if (STOP_WORDS.has(word.lower) || word.lower.length < 3 || /\d/.test(word.lower)) return { length: 1, senses: [] };
  for (const lemma of nounLemmas(word.lower)) {
    const senses = wn.nouns(lemma);
    if (senses.length > 0) return { length: 1, senses: chooseSenses(senses, word, wn) };
  }
  for (const lemma of otherLemmas(word.lower)) {
    const related = wn.related(lemma);
    if (related.length > 0) return { length: 1, senses: related };
  }
  return { length: 1, senses: [] };
}

/** A capitalised word inside a sentence is likely a name: prefer proper-noun senses, and common senses otherwise. */
function chooseSenses(senses: readonly number[], word: Word, wn: WordNet): readonly number[] {
  if (word.initial) return senses;
  let split = splits.get(senses);
  if (!split) {
    const proper = senses.filter((s) => wn.isProper(s));
    const common = senses.filter((s) => !wn.isProper(s));
    split = { proper: proper.length > 0 ? proper : senses, common: common.length > 0 ? common : senses };
    splits.set(senses, split);
  }
  return word.capitalised ? split.proper : split.common;
}

const splits = new WeakMap<readonly number[], { proper: readonly number[]; common: readonly number[] }>();

/** WordNet's regular noun inflections ("countries" -> "country"), the word itself first. */
function nounLemmas(word: string): string[] {
  const out = [word];
  const rules: [string, string][] = [["ies", "y"], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["s", ""]];
  for (const [suffix, repl] of rules) if (word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + repl);
  return out;
}

/** Regular adjective/verb forms: "elected" -> "elect", "scoring" -> "score". */
function otherLemmas(word: string): string[] {
  const out = [word];
  const rules: [string, string][] = [["ies", "y"], ["es", "e"], ["es", ""], ["s", ""], ["ied", "y"], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]];
  for (const [suffix, repl] of rules) if (word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + repl);
  // doubled consonant: "stopped" -> "stop", "winning" -> "win"
  const doubled = /^(.*([bdglmnprt]))\2(?:ed|ing)$/.exec(word);
  if (doubled) out.push(doubled[1]!);
  return out;
}

const expansions = new WeakMap<ConceptOptions, Map<readonly number[], Map<number, number>>>();

/** Sense lists are shared arrays from the lexicon (or per-word filters), so they key a cache well. */
function expandCached(senses: readonly number[], options: ConceptOptions, wn: WordNet): Map<number, number> {
  let cache = expansions.get(options);
  if (!cache) expansions.set(options, (cache = new Map()));
  let hit = cache.get(senses);
  if (!hit) cache.set(senses, (hit = expand(senses, options, wn)));
  return hit;
}

/** Each sense and its ancestors, the sense weighted 1/rank and each step up by `decay`. */
function expand(senses: readonly number[], options: ConceptOptions, wn: WordNet): Map<number, number> {
  const chosen = senses.slice(0, options.senses);
  const total = chosen.reduce((sum, _, r) => sum + 1 / (r + 1), 0);
  const out = new Map<number, number>();
  chosen.forEach((sense, r) => {
    let frontier = [sense];
    let w = 1 / (r + 1) / total;
    for (let d = 0; d <= options.depth && frontier.length > 0; d++, w *= options.decay) {
      const next: number[] = [];
      for (const c of frontier) {
        if ((out.get(c) ?? 0) < w) out.set(c, w);
        next.push(...wn.parents(c), ...wn.domains(c));
      }
      frontier = next;
    }
  });
  return out;
}
