import { Transform } from "node:stream";

/** Passes bytes through and errors as soon as the stream proves longer, or ends shorter, than `expected`. */
export function exactSize(expected: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > expected) callback(new Error(`body is longer than the declared size of ${expected} bytes`));
      else callback(null, chunk);
    },
    flush(callback) {
      if (seen !== expected) callback(new Error(`body is ${seen} bytes, expected ${expected}`));
      else callback();
    },
  });
}
