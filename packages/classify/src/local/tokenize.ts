import { STOP_WORDS } from "./stopwords.ts";

const WORD = /[\p{L}\p{N}]+/gu;
const VOWEL = /[aeiouy]/;
const MIN_STEM = 3;
/** Plural-looking words whose stem would be a different, common word ("news" is not "new"). */
const KEEP_S = new Set(["news", "series", "species", "means", "always", "perhaps"]);

/** Lower-cased, stemmed content words of `text`, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.normalize("NFKC").toLowerCase().matchAll(WORD)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * A deliberately light English stemmer: folds plurals and -ing/-ed forms and a
 * final -e, so that "invoice", "invoices", "invoicing" and "invoiced" meet.
 * Words that are not plain ASCII letters are left alone.
 */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= MIN_STEM) return word;
  let w = word;
  if (w.endsWith("ies") || w.endsWith("ied")) {
    w = w.slice(0, -3) + "y";
  } else if (/(ss|x|z|ch|sh)es$/.test(w)) {
    w = w.slice(0, -2);
  } else if (w.endsWith("s") && !/(ss|us|is)$/.test(w) && !KEEP_S.has(w)) {
    w = w.slice(0, -1);
  } else if (w.endsWith("ing")) {
    w = stripSuffix(w, 3);
  } else if (w.endsWith("ed")) {
    w = stripSuffix(w, 2);
  }
  if (w.endsWith("e") && w.length > MIN_STEM) w = w.slice(0, -1);
  return w;
}

function stripSuffix(word: string, length: number): string {
  const base = word.slice(0, -length);
  if (base.length < MIN_STEM || !VOWEL.test(base)) return word;
  // stopped -> stop, running -> run; but billing -> bill, passed -> pass
  if (/([^aeiouylsz])\1$/.test(base)) return base.slice(0, -1);
  return base;
}
