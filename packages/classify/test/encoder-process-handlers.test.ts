// The sentence encoder's bundled WebAssembly runtime adds process-wide handlers that re-throw any unhandled
// rejection; loading it must leave the process's own handling as it was (issue 13, ADR 0015).
import { expect, it } from "vitest";
import { sentenceEncoder } from "../src/local/encoder.ts";

it("loading and running the sentence encoder adds no process-wide error handler", async () => {
  const count = () => [process.listenerCount("uncaughtException"), process.listenerCount("unhandledRejection")];
  const before = count();
  const encoder = await sentenceEncoder();
  const [vector] = await encoder.embed(["an invoice for office chairs"]);
  expect(vector).toHaveLength(512);
  expect(count()).toEqual(before);
});
