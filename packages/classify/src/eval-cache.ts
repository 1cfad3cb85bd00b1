// A disk cache of document vectors for repeated evaluation runs (`eval classify --vector-cache FILE`):
// one JSON line per text, keyed by a hash of EMBEDDING_VERSION and the text, so a changed encoder never
// reuses old vectors. Not used by the worker, which stores each document's vector in the database.
import { createHash } from "node:crypto";
import { appendFile, readFile } from "node:fs/promises";
import { EMBEDDING_VERSION } from "./embed.ts";
import type { Embed } from "./evaluate.ts";
import { sentenceEncoder } from "./local/encoder.ts";

export async function diskCachedEmbed(file: string, inner?: Embed): Promise<Embed> {
  const known = new Map<string, Float32Array>();
  const text = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return "";
    throw err;
  });
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const [key, base64] = JSON.parse(line) as [string, string];
    known.set(key, new Float32Array(new Uint8Array(Buffer.from(base64, "base64")).buffer));
  }
  const encode: Embed = inner ?? (async (texts) => (await sentenceEncoder()).embed(texts));
  const keyOf = (t: string) => createHash("sha256").update(`${EMBEDDING_VERSION}\u0000${t}`).digest("base64");
  return async (texts) => {
    const missing = [...new Set(texts.filter((t) => !known.has(keyOf(t))))];
    if (missing.length) {
      const vectors = await encode(missing);
      const lines = missing.map((t, i) => {
        known.set(keyOf(t), vectors[i]!);
        return JSON.stringify([keyOf(t), Buffer.from(vectors[i]!.buffer, vectors[i]!.byteOffset, vectors[i]!.byteLength).toString("base64")]);
      });
      await appendFile(file, `${lines.join("\n")}\n`);
    }
    return texts.map((t) => known.get(keyOf(t))!);
  };
}
