import { createHash } from "node:crypto";
import { Transform } from "node:stream";

/** A pass-through stream that counts and hashes (SHA-256) what flows through it; read `result()` at the end. */
export function hashingStream(): { stream: Transform; result(): { sha256: string; size: number } } {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest("hex"), size }) };
}
