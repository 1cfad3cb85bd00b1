import { shortenQuote } from "../quote-text.ts";

/**
 * The model's quote if it really occurs in the document (ignoring case,
 * whitespace, and quotation marks or an ellipsis around it), shortened;
 * otherwise null. Models paraphrase; we show only what is there.
 */
export function verifiedQuote(quote: unknown, documentText: string): string | null {
  if (typeof quote !== "string") return null;
  const trimmed = quote
    .trim()
    .replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, "")
    .replace(/^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$/g, "")
    .trim();
  if (trimmed.length < 3) return null;
  const short = shortenQuote(trimmed);
  return normalise(documentText).includes(normalise(short)) ? short : null;
}

function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
