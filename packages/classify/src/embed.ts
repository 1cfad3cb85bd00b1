// A document's vector: computed once per document (the worker stores it), then reused by training,
// self-training, "similar documents" and every later classification without encoding again.
import { EMBEDDING_DIMENSIONS, sentenceEncoder } from "./local/encoder.ts";

/** Changes whenever embedDocument would give a different vector for the same text: stored vectors of another version are recomputed. */
export const EMBEDDING_VERSION = "use-lite-1";
export { EMBEDDING_DIMENSIONS };

/** Unit length; the zero vector for a text without words. */
export async function embedDocument(text: string, filename = ""): Promise<Float32Array> {
  const [vector] = await (await sentenceEncoder()).embed([documentText(text, filename)]);
  return vector!;
}

/** What is encoded for a document: its file name (without extension, separators as spaces), then its text. */
export function documentText(text: string, filename = ""): string {
  const name = filename.replace(/\.[^./\\]{1,5}$/, "").replace(/[-_.]+/g, " ").trim();
  return name ? `${name}. ${text}` : text;
}
