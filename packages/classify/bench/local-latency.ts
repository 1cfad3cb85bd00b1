// Costs of the offline classifier on this machine, several runs each (min / median / max):
//   pnpm --filter @docscan/classify exec tsx bench/local-latency.ts <ag-news dir> [--runs 5]
// - encoding one document (embedDocument: what the worker does once per document and stores);
// - training a model (topic descriptions already cached; examples and library as stored vectors);
// - classifying one document from its stored vector with a trained (cached) model.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { documentText, embedDocument } from "../src/embed.ts";
import { parseJsonl, parseTopicsFile } from "../src/evaluate.ts";
import { rankTopics } from "../src/local/classifier.ts";
import { sentenceEncoder } from "../src/local/encoder.ts";
import { trainUncached } from "../src/local/model.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "5" } } });
const dir = positionals[0];
if (!dir) throw new Error("usage: tsx bench/local-latency.ts <ag-news dir> [--runs 5]");
const runs = Number(values.runs);
const topics = parseTopicsFile(readFileSync(`${dir}/topics.json`, "utf8")).map((t, i) => ({ id: `t${i}`, ...t }));
const train = parseJsonl(readFileSync(`${dir}/train.jsonl`, "utf8"));
const test = parseJsonl(readFileSync(`${dir}/test.jsonl`, "utf8"));

const loadStart = performance.now();
const encoder = await sentenceEncoder();
const loadMs = performance.now() - loadStart;
const trainVectors = await encoder.embed(train.map((d) => documentText(d.text)));
const examples = (k: number) => {
  const seen = new Map<string | null, number>();
  return train.flatMap((d, i) => {
    const n = seen.get(d.label) ?? 0;
    seen.set(d.label, n + 1);
    return n < k ? [{ text: d.text, topicIds: [`t${topics.findIndex((t) => t.name === d.label)}`], vector: trainVectors[i]! }] : [];
  });
};
await trainUncached({ topics }, encoder); // topic descriptions: encoded once, then cached

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(1)} / ${s[Math.floor(s.length / 2)]!.toFixed(1)} / ${s.at(-1)!.toFixed(1)} ms`;
};
const time = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

const lines: string[] = [`encoder load (first use in a process): ${loadMs.toFixed(0)} ms`];
// Per-document encoding: 20 texts not seen before in this process per run, average per text.
const perDoc: number[] = [];
for (let r = 0; r < runs; r++) {
  const batch = test.slice(r * 20, r * 20 + 20);
  perDoc.push((await time(async () => { for (const d of batch) await embedDocument(d.text); })) / batch.length);
}
lines.push(`encode one document (embedDocument, once per document): ${stats(perDoc)}`);
for (const [name, input] of [
  ["train: descriptions only", { topics }],
  ["train: 20 per topic", { topics, examples: examples(20) }],
  ["train: 20 per topic + library of 800", { topics, examples: examples(20), library: trainVectors }],
  ["train: 200 per topic (linear model)", { topics, examples: examples(200) }],
] as const) {
  const xs: number[] = [];
  for (let r = 0; r < runs; r++) xs.push(await time(() => trainUncached(input, encoder)));
  lines.push(`${name}: ${stats(xs)}`);
}
// Classifying with a stored vector and a cached model (hashing the inputs to find it included).
const vectors = await encoder.embed(test.slice(0, 50).map((d) => documentText(d.text)));
for (const [name, k] of [["classify, 20 per topic + library", 20], ["classify, 200 per topic", 200]] as const) {
  const input = { topics, examples: examples(k), library: k === 20 ? trainVectors : undefined, filename: "" };
  await rankTopics({ ...input, text: test[0]!.text, vector: vectors[0]! }, encoder); // trains and caches
  const xs: number[] = [];
  for (let r = 0; r < runs; r++) {
    xs.push((await time(async () => { for (let i = 0; i < 50; i++) await rankTopics({ ...input, text: test[i]!.text, vector: vectors[i]! }, encoder); })) / 50);
  }
  lines.push(`${name} (stored vector, cached model), per document: ${stats(xs)}`);
}
console.log(lines.join("\n"));
