/** Quotes shown with a suggestion are at most this long. */
export const MAX_QUOTE_CHARS = 200;

/** Verbatim (only trimmed); a longer text is cut at the last space before `max`. */
export function shortenQuote(text: string, max = MAX_QUOTE_CHARS): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let cut = trimmed.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // half a surrogate pair
  const space = cut.search(/\s\S*$/);
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd();
}
