import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { Readable } from "node:stream";
import { makeObjectKey } from "../src/index.ts";

export function newKey(ext = ".pdf"): string {
  return makeObjectKey({ owner: randomUUID(), documentId: randomUUID(), ext });
}

/** Every byte value, so text decoding anywhere on the way would show. */
export function binaryBytes(): Buffer {
  return Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256));
}

export function streamOf(bytes: Buffer, chunkSize = 1024): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    })(),
  );
}

/** `size` random bytes made chunk by chunk as they are read (never one big buffer); sha256 is ready once the stream ended. */
export function generatedStream(size: number, chunkSize = 64 * 1024): { stream: Readable; sha256: () => string } {
  const hash = createHash("sha256");
  let produced = 0;
  const stream = new Readable({
    read() {
      if (produced >= size) return void this.push(null);
      const chunk = randomBytes(Math.min(chunkSize, size - produced));
      produced += chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, sha256: () => hash.copy().digest("hex") };
}

/** Emits `beforeError` bytes, then fails like a dropped upload. */
export function failingStream(beforeError: number): Readable {
  return Readable.from(
    (async function* () {
      yield randomBytes(beforeError);
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error("client went away");
    })(),
  );
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  if (address === null || typeof address === "string") throw new Error("no port bound");
  return address.port;
}
