// Fits the confidence calibration (src/local/calibrate.ts) and writes the coefficients there.
//   tsx eval/fit-calibration.ts <ag-news dir> [--vector-cache FILE]
// Rows: every text scored, with every topic's features and the topic (if any) that is its label; the fit maximises the
// likelihood of each (text, topic) pair being right or wrong under confidencesOf.
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
import { type Calibration, type ConfidenceFeatures, type ModelKind, confidencesOf } from "../src/local/calibrate.ts";
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

/** One scored text: every topic's features, the index of its label (null: about none of the topics), its weight. */
type Row = { features: ConfidenceFeatures[]; label: number | null; weight: number };
async function rows(examples: LabeledExample[], library: Float32Array[], scoreTrain: (i: number) => boolean): Promise<Row[]> {
  const model = await trainLocalModel({ topics, examples, library }, encoder);
  const out: Row[] = [];
  const add = (v: Float32Array, text: string, y: string | null, weight: number) => {
    const at = y === null ? -1 : model.topicIds.indexOf(y);
    out.push({ features: topicFeatures(model, v, text), label: at < 0 ? null : at, weight });
  };
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

/**
 * Maximum likelihood of every (text, topic) pair being right or wrong under confidencesOf, over intercept,
 * aboveReference and log(sharpness): Newton's method on numerical derivatives with a step halved until the
 * likelihood improves, lightly regularised; deterministic.
 */
function fit(data: Row[], start: Calibration): Calibration {
  const of = (w: number[]): Calibration => ({ intercept: w[0]!, aboveReference: w[1]!, sharpness: Math.exp(w[2]!) });
  const loss = (w: number[]) => {
    const c = of(w);
    let l = 1e-3 * (w[0]! ** 2 + w[1]! ** 2) / 2;
    for (const r of data) {
      confidencesOf(c, r.features).forEach((p, t) => {
        const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        l -= r.weight * (t === r.label ? Math.log(q) : Math.log(1 - q));
      });
    }
    return l;
  };
  let w = [start.intercept, start.aboveReference, Math.log(start.sharpness)];
  let current = loss(w);
  const h = 1e-4;
  for (let iter = 0; iter < 60; iter++) {
    const at = (d: number[]) => loss(w.map((v, k) => v + d[k]!));
    const unit = (k: number, s: number) => [0, 1, 2].map((j) => (j === k ? s : 0));
    const g = [0, 1, 2].map((k) => (at(unit(k, h)) - at(unit(k, -h))) / (2 * h));
    const H = [0, 1, 2].map((a) =>
      [0, 1, 2].map((b) => {
        const d = (sa: number, sb: number) => at([0, 1, 2].map((j) => (j === a ? sa * h : 0) + (j === b ? sb * h : 0)));
        return (d(1, 1) - d(1, -1) - d(-1, 1) + d(-1, -1)) / (4 * h * h);
      }),
    );
    for (let a = 0; a < 3; a++) H[a]![a]! += 1e-6;
    let step = solve(H, g);
    if (step.some((x) => !Number.isFinite(x)) || g.reduce((s, x, k) => s + x * step[k]!, 0) <= 0) step = g.map((x) => x * 1e-3);
    let t = 1;
    let next = w.map((v, k) => v - t * step[k]!);
    let value = loss(next);
    while (value > current && t > 1e-6) {
      t /= 2;
      next = w.map((v, k) => v - t * step[k]!);
      value = loss(next);
    }
    if (value > current) break;
    const done = current - value < 1e-9 * Math.max(1, Math.abs(current));
    w = next;
    current = value;
    if (done) break;
  }
  const r = (v: number) => Number(v.toPrecision(4));
  const c = of(w);
  return { intercept: r(c.intercept), aboveReference: r(c.aboveReference), sharpness: r(c.sharpness) };
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

const similarityStart: Calibration = { intercept: 0, aboveReference: 10, sharpness: 20 };
const fitted: Record<ModelKind, Calibration> = {
  description: fit(description, similarityStart),
  documents: fit(documents, similarityStart),
  linear: fit(linear, { intercept: 0, aboveReference: 10, sharpness: 1 }),
};
const file = fileURLToPath(new URL("../src/local/calibrate.ts", import.meta.url));
let source = readFileSync(file, "utf8");
for (const [kind, c] of Object.entries(fitted)) source = source.replace(new RegExp(`  ${kind}: \\{[^}]*\\},`), `  ${kind}: ${literal(c)},`);
writeFileSync(file, source);
console.log({ rows: { description: description.length, documents: documents.length, linear: linear.length }, fitted });

function literal(c: Calibration): string {
  return `{ intercept: ${c.intercept}, aboveReference: ${c.aboveReference}, sharpness: ${c.sharpness} }`;
}
