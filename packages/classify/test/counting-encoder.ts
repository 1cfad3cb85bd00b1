// A stand-in for the sentence encoder with the same interface: a hashed bag of words, so that texts sharing
// words lie close together. It records every text it is asked to encode.
import { createHash } from "node:crypto";
import type { SentenceEncoder } from "../src/index.ts";
import { EMBEDDING_DIMENSIONS } from "../src/index.ts";

export interface CountingEncoder extends SentenceEncoder {
  /** Every text encoded, in order. */
  readonly encoded: string[];
}

export function countingEncoder(inner: SentenceEncoder = hashingEncoder()): CountingEncoder {
  const encoded: string[] = [];
  return {
    encoded,
    async embed(texts) {
      encoded.push(...texts);
      return inner.embed(texts);
    },
  };
}

export function hashingEncoder(): SentenceEncoder {
  return { embed: async (texts) => texts.map(hashVector) };
}

export function hashVector(text: string): Float32Array {
  const v = new Float32Array(EMBEDDING_DIMENSIONS);
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    const h = createHash("sha1").update(word).digest();
    for (let k = 0; k < 3; k++) v[h.readUInt16BE(k * 2) % EMBEDDING_DIMENSIONS]! += h[10 + k]! & 1 ? 1 : -1;
  }
  let n = 0;
  for (const x of v) n += x * x;
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= Math.sqrt(n);
  return v;
}
