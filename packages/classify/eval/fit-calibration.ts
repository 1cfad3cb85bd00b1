// Fits the confidence calibration (src/local/calibrate.ts) and writes the coefficients there.
//   tsx eval/fit-calibration.ts <ag-news dir> [--vector-cache FILE]
// Rows: for every text scored and every topic, (features of that topic, whether it is the text's label).
// Texts: the AG News *training* texts (never the test texts the docs report) that the model in question was
// not trained on, scored by models trained as users train them — zero-shot, zero-shot with the training
// texts as an unlabelled library, 20 per topic with and without it, and (for the linear calibration) two
// folds of 100 per topic each scoring the other fold — plus eval/abstention/calibration.jsonl
// (texts with content: every topic is wrong for them) under each of those models.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { documentText } from "../src/embed.ts";
import { diskCachedEmbed } from "../src/eval-cache.ts";
import { type Embed, parseJsonl, parseTopicsFile } from "../src/evaluate.ts";
import type { Calibration, ConfidenceFeatures, ModelKind } from "../src/local/calibrate.ts";
import { topicFeatures } from "../src/local/model.ts";
import { hasTooLittleContent } from "../src/local/content.ts";
import { sentenceEncoder } from "../src/local/encoder.ts";
import { trainLocalModel } from "../src/local/model.ts";
import type { LabeledExample, TopicRef } from "../src/types.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { "vector-cache": { type: "string" } } });
const dir = positionals[0];
if (!dir) throw new Error("usage: tsx eval/fit-calibration.ts <ag-news dir> [--vector-cache FILE]");
const embed: Embed = values["vector-cache"] ? await diskCachedEmbed(values["vector-cache"]) : async (t) => (await sentenceEncoder()).embed(t);
const encoder = { embed };

const topics: TopicRef[] = parseTopicsFile(readFileSync(`${dir}/topics.json`, "utf8")).map((t, i) => ({ id: `t${i}`, ...t }));
const train = parseJsonl(readFileSync(`${dir}/train.jsonl`, "utf8"));
const corpus = readFileSync(fileURLToPath(new URL("./abstention/calibration.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string })
  .filter((d) => !hasTooLittleContent(d.text));
const label = (name: string | null) => (name === null ? null : `t${topics.findIndex((t) => t.name === name)}`);
const trainVectors = await embed(train.map((d) => documentText(d.text)));
const corpusVectors = await embed(corpus.map((d) => documentText(d.text)));
const rankInTopic = (() => {
  const seen = new Map<string | null, number>();
  return train.map((d) => {
    const k = seen.get(d.label) ?? 0;
    seen.set(d.label, k + 1);
    return k;
  });
})();
const examplesWhere = (keep: (i: number) => boolean): LabeledExample[] =>
  train.flatMap((d, i) => (keep(i) ? [{ text: d.text, topicIds: [label(d.label)!], vector: trainVectors[i]! }] : []));

/**
 * Texts about none of the topics weigh as much, together, as this share of all texts scored: a library is
 * not only news, and the 76 general texts alone would be outweighed ten to one by the news texts.
 */
const OFF_TOPIC_SHARE = Number(process.env.OFF_TOPIC_SHARE ?? 0.3);

type Row = ConfidenceFeatures & { y: number; weight: number };
async function rows(examples: LabeledExample[], library: Float32Array[], scoreTrain: (i: number) => boolean): Promise<Row[]> {
  const model = await trainLocalModel({ topics, examples, library }, encoder);
  const out: Row[] = [];
  const add = (v: Float32Array, text: string, y: string | null, weight: number) =>
    topicFeatures(model, v, text).forEach((f, t) => out.push({ ...f, y: model.topicIds[t] === y ? 1 : 0, weight }));
  const scored = train.filter((_, i) => scoreTrain(i)).length;
  train.forEach((d, i) => scoreTrain(i) && add(trainVectors[i]!, d.text, label(d.label), 1));
  const negativeWeight = (OFF_TOPIC_SHARE / (1 - OFF_TOPIC_SHARE)) * (scored / corpusVectors.length);
  corpusVectors.forEach((v, k) => add(v, corpus[k]!.text, null, negativeWeight));
  return out;
}

const description = await rows([], [], () => true);
const documents = [
  ...(await rows([], trainVectors, () => true)),
  ...(await rows(examplesWhere((i) => rankInTopic[i]! < 20), [], (i) => rankInTopic[i]! >= 20)),
  ...(await rows(examplesWhere((i) => rankInTopic[i]! < 20), trainVectors, (i) => rankInTopic[i]! >= 20)),
];
const linear = [
  ...(await rows(examplesWhere((i) => rankInTopic[i]! % 2 === 0), [], (i) => rankInTopic[i]! % 2 === 1)),
  ...(await rows(examplesWhere((i) => rankInTopic[i]! % 2 === 1), [], (i) => rankInTopic[i]! % 2 === 0)),
];

/** Logistic regression by Newton's method (4 parameters), lightly regularised; deterministic. */
function fit(data: Row[], useLinear: boolean): Calibration {
  // With a linear model its log-odds lead replaces the similarity lead, so the ranking is the linear model's.
  const x = (r: Row) => [1, r.aboveReference, useLinear ? 0 : r.lead, useLinear ? r.linearLead : 0];
  let w = [0, 0, 0, 0];
  for (let iter = 0; iter < 50; iter++) {
    const g = [0, 0, 0, 0];
    const H = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
    for (const r of data) {
      const xi = x(r);
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, k) => s + v * w[k]!, 0)));
      for (let a = 0; a < 4; a++) {
        g[a]! += r.weight * (p - r.y) * xi[a]!;
        for (let b = 0; b < 4; b++) H[a]![b]! += r.weight * p * (1 - p) * xi[a]! * xi[b]!;
      }
    }
    for (let a = 0; a < 4; a++) {
      g[a]! += 1e-3 * w[a]!;
      H[a]![a]! += 1e-3;
    }
    w = w.map((v, k) => v - solve(H, g)[k]!);
  }
  const r = (v: number) => Number(v.toPrecision(4));
  return { intercept: r(w[0]!), aboveReference: r(w[1]!), lead: r(w[2]!), linearLead: r(w[3]!) };
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    if (Math.abs(M[c]![c]!) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

const fitted: Record<ModelKind, Calibration> = { description: fit(description, false), documents: fit(documents, false), linear: fit(linear, true) };
const file = fileURLToPath(new URL("../src/local/calibrate.ts", import.meta.url));
let source = readFileSync(file, "utf8");
for (const [kind, c] of Object.entries(fitted)) source = source.replace(new RegExp(`  ${kind}: \\{[^}]*\\},`), `  ${kind}: ${literal(c)},`);
writeFileSync(file, source);
console.log({ rows: { description: description.length, documents: documents.length, linear: linear.length }, fitted });

function literal(c: Calibration): string {
  return `{ intercept: ${c.intercept}, aboveReference: ${c.aboveReference}, lead: ${c.lead}, linearLead: ${c.linearLead} }`;
}
