// Turns what the user typed into the parts of a Postgres tsquery: web-search syntax for everything,
// plus the last word as a prefix so results appear while the user is still typing.

/** A last word shorter than this is matched whole: a 1–2 letter prefix expands to a large part of the vocabulary. */
export const MIN_PREFIX_LENGTH = 3;

export interface ParsedSearch {
  /** Input for `websearch_to_tsquery` (quotes, `or`, `-exclusion`); may be empty. */
  head: string;
  /** The last word, to match as a prefix (letters and digits only); null when the query doesn't end in one. */
  prefix: string | null;
  /** How the prefix joins the head: `a b` → and, `a or b` → or. */
  join: "and" | "or";
}

const LAST_WORD = /(^|\s)(-?)([\p{L}\p{N}]+)$/u;
/**
 * Hyphens, dots, slashes and underscores inside a word become spaces: `northwind-invoice.pdf` searches
 * for `northwind invoice pdf`. Postgres indexes `northwind-invoice-2024` as the compound plus its parts,
 * and a query for a different compound (or a whole file name) would only match that exact token.
 */
const JOINERS = /(?<=[\p{L}\p{N}])[-._/\\]+(?=[\p{L}\p{N}])/gu;
const TRAILING_OR = /(^|\s)or$/i;

export function parseSearch(input: string): ParsedSearch {
  const q = input.trim().replace(JOINERS, " ");
  const whole: ParsedSearch = { head: q, prefix: null, join: "and" };
  // Inside an unclosed quote the user is typing a phrase: leave it to websearch_to_tsquery.
  if ((q.match(/"/g)?.length ?? 0) % 2 === 1) return whole;
  const m = LAST_WORD.exec(q);
  if (!m) return whole;
  const [, , minus, word] = m as unknown as [string, string, string, string];
  // "-inv" is an exclusion being typed, "a or" an operator: neither is a prefix.
  if (minus || word.toLowerCase() === "or" || [...word].length < MIN_PREFIX_LENGTH) return whole;
  let head = q.slice(0, m.index + m[1]!.length).trimEnd();
  let join: ParsedSearch["join"] = "and";
  if (TRAILING_OR.test(head)) {
    head = head.replace(TRAILING_OR, "").trimEnd();
    join = "or";
  }
  return { head, prefix: word, join };
}

/** The `to_tsquery` literal for a prefix word (letters and digits only, so no quoting issues). */
export function prefixLiteral(word: string): string {
  if (!/^[\p{L}\p{N}]+$/u.test(word)) throw new Error("a prefix must be letters and digits");
  return `'${word}':*`;
}

/** The lexemes a tsquery's text form mentions, without negated ones (`!'x'`): used to place snippets. */
export function queryLexemes(tsquery: string): string[] {
  const out = new Set<string>();
  for (const m of tsquery.matchAll(/(!?)\s*'((?:[^']|'')*)'/g)) {
    if (!m[1]) out.add(m[2]!.replaceAll("''", "'"));
  }
  return [...out];
}
