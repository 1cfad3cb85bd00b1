// Token counting with the model's real tokenizer (js-tiktoken and the ranks
// it ships; nothing is downloaded). An encoding is loaded on first use only:
// building one takes a moment and tens of MB.
import { createRequire } from "node:module";
import { Tiktoken, type TiktokenBPE } from "js-tiktoken/lite";

export type EncodingName = "o200k_base" | "cl100k_base";

/** Head share of a truncated document; the rest of the budget goes to its end. */
export const HEAD_SHARE = 0.7;

const encoders = new Map<EncodingName, Tiktoken>();
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

/** Special-token strings in a document are ordinary text, not control tokens. */
function encode(text: string, model: string): number[] {
  return encoder(model).encode(text, [], []);
}

export function countTokens(text: string, model: string): number {
  return encode(text, model).length;
}

/**
 * Cuts `text` to at most `maxTokens` tokens, keeping the first ~70% and the
 * last ~30% of the budget with a marker between them that says how much was
 * left out. Text within the budget comes back unchanged.
 */
export function truncateToTokens(text: string, maxTokens: number, model: string): string {
  const tokens = encode(text, model);
  if (tokens.length <= maxTokens) return text;
  const enc = encoder(model);
  let budget = maxTokens;
  // Re-encoding the joined parts can differ by a token or two; shrink until it fits.
  for (let attempt = 0; attempt < 5; attempt++) {
    const omitted = (n: number) => `\n\n[… ${n} tokens omitted …]\n\n`;
    const markerTokens = countTokens(omitted(tokens.length), model);
    const room = Math.max(0, budget - markerTokens);
    const head = Math.ceil(room * HEAD_SHARE);
    const tail = room - head;
    const out =
      cleanEdge(enc.decode(tokens.slice(0, head)), "end") +
      omitted(tokens.length - head - tail) +
      cleanEdge(enc.decode(tokens.slice(tokens.length - tail)), "start");
    const over = countTokens(out, model) - maxTokens;
    if (over <= 0) return out;
    budget -= over;
  }
  return enc.decode(tokens.slice(0, maxTokens));
}

/** A cut inside a multi-byte character decodes to U+FFFD; drop it. */
function cleanEdge(text: string, edge: "start" | "end"): string {
  return edge === "end" ? text.replace(/\uFFFD+$/, "") : text.replace(/^\uFFFD+/, "");
}
