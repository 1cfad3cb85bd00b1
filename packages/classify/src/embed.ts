// A document's vector: computed once per document (the worker stores it), then reused by training,
// self-training, "similar documents" and every later classification without encoding again.
import { createHash } from "node:crypto";
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

/** What a stored vector (and the text features stored with it) was computed from: sha256 of the file name and text. */
export function sourceSha256Of(text: string, filename: string): string {
  return createHash("sha256").update(filename).update("\u0000").update(text).digest("hex");
}
