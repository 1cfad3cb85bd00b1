// The distinct words of a confirmed example's text, kept for the process: training tokenises every example of
// an owner for the word evidence and the quote vocabularies, and a topic trial (ADR 0029) trains the changed
// topics' models on the same examples again and again.
import { createHash } from "node:crypto";
import { tokenize } from "./tokenize.ts";

/** Texts kept; the least recently used go first. */
const MAX_TEXTS = 10_000;
const cache = new Map<string, readonly string[]>();

/** The distinct words (tokenize.ts) of the text's first `maxChars` characters, in the order they first occur. */
export function distinctWords(text: string, maxChars: number): readonly string[] {
  const slice = text.length > maxChars ? text.slice(0, maxChars) : text;
  const key = createHash("sha1").update(slice).digest("base64");
  let words = cache.get(key);
  if (words) cache.delete(key);
  else words = [...new Set(tokenize(slice))];
  cache.set(key, words);
  if (cache.size > MAX_TEXTS) cache.delete(cache.keys().next().value!);
  return words;
}
