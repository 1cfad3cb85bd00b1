// The ablation table of docs/classification-quality.md: each part of the offline classifier taken away in
// turn, on the AG News sample and the abstention corpus.
//   pnpm --filter @docscan/classify exec tsx eval/ablation.ts <ag-news dir> [--vector-cache FILE]
// Scores are raw similarities (or the linear model's choice with the similarity deciding abstention), so
// the parts are compared before calibration: "accuracy at 90 %" is the accuracy on test.jsonl when the
// similarity threshold is the lowest that keeps ≥ 90 % of eval/abstention/holdout.jsonl's texts with content
// (content-free ones are gated before any score) below it; an abstention counts as wrong. "+ word evidence"
// adds the naive Bayes log-posterior of the examples' words to the ranking score (lexical.ts; × LEXICAL_WEIGHT); the
// similarity to the chosen topic still decides abstention. "+ best item" makes a topic's similarity
// (1 − ITEM_WEIGHT) × its cosine + ITEM_WEIGHT × the cosine to its best-matching description item (ADR 0026).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { documentText } from "../src/embed.ts";
import { diskCachedEmbed } from "../src/eval-cache.ts";
import { type Embed, parseJsonl, parseTopicsFile } from "../src/evaluate.ts";
import { hasTooLittleContent } from "../src/local/content.ts";
import { EMBEDDING_DIMENSIONS, addInto, cosine, normalize, sentenceEncoder } from "../src/local/encoder.ts";
import { type LexicalModel, lexicalScores, trainLexical } from "../src/local/lexical.ts";
import { predictLinear, trainLinear } from "../src/local/linear.ts";
import { DESCRIPTION_WEIGHT, ITEM_WEIGHT, LEXICAL_WEIGHT, centre, descriptionItems, trainUncached } from "../src/local/model.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { "vector-cache": { type: "string" } } });
const dir = positionals[0];
if (!dir) throw new Error("usage: tsx eval/ablation.ts <ag-news dir> [--vector-cache FILE]");
const embed: Embed = values["vector-cache"] ? await diskCachedEmbed(values["vector-cache"]) : async (t) => (await sentenceEncoder()).embed(t);

const topics = parseTopicsFile(readFileSync(`${dir}/topics.json`, "utf8"));
const train = parseJsonl(readFileSync(`${dir}/train.jsonl`, "utf8"));
const test = parseJsonl(readFileSync(`${dir}/test.jsonl`, "utf8"));
const offTopic = parseJsonl(readFileSync(fileURLToPath(new URL("./abstention/holdout.jsonl", import.meta.url)), "utf8")).filter((d) => !hasTooLittleContent(d.text));
const names = topics.map((t) => t.name);
const trainY = train.map((d) => names.indexOf(d.label!));
const testY = test.map((d) => names.indexOf(d.label!));
const trainV = await embed(train.map((d) => documentText(d.text)));
const testV = await embed(test.map((d) => documentText(d.text)));
const offV = await embed(offTopic.map((d) => documentText(d.text)));
const itemVectors = await Promise.all(topics.map((t) => embed([t.name, ...descriptionItems(t.description)])));
const sentenceVectors = await embed(topics.map((t) => `${t.name}. ${t.description}`));
const mean = (vs: readonly Float32Array[]) => {
  const m = new Float32Array(EMBEDDING_DIMENSIONS);
  for (const v of vs) addInto(m, v);
  return normalize(m);
};
const identity = (v: Float32Array) => v;
const rank = new Map<string | null, number>();
const rankInTopic = train.map((d) => {
  const k = rank.get(d.label) ?? 0;
  rank.set(d.label, k + 1);
  return k;
});

type Scorer = (v: Float32Array, text: string) => { topic: number; similarity: number };
function row(name: string, scorer: Scorer): void {
  const off = offV.map((v, i) => scorer(v, offTopic[i]!.text).similarity).sort((a, b) => a - b);
  const threshold = off[Math.min(off.length - 1, Math.ceil(0.9 * off.length) - 1)]!;
  const scored = testV.map((v, i) => scorer(v, test[i]!.text));
  const top1 = scored.filter((s, i) => s.topic === testY[i]).length / scored.length;
  const acc = scored.filter((s, i) => s.similarity > threshold && s.topic === testY[i]).length / scored.length;
  console.log(`| ${name} | ${top1.toFixed(3)} | ${acc.toFixed(3)} |`);
}
const argmax = (xs: readonly number[]) => xs.indexOf(Math.max(...xs));
const centredItems = itemVectors.map((vs) => vs.map(centre));
/** A centred vector's similarity to each topic, with or without the best-matching item. */
const similarity = (topicVectors: readonly Float32Array[], c: Float32Array, items: boolean) =>
  topicVectors.map((t, i) => (items ? (1 - ITEM_WEIGHT) * cosine(c, t) + ITEM_WEIGHT * Math.max(...centredItems[i]!.map((x) => cosine(c, x))) : cosine(c, t)));
/** The nearest topic vector; with word evidence, the best similarity + LEXICAL_WEIGHT.similarity × log-posterior. */
function nearest(topicVectors: readonly Float32Array[], prep: (v: Float32Array) => Float32Array, words: LexicalModel | null = null, items = false): Scorer {
  return (v, text) => {
    const s = items ? similarity(topicVectors, prep(v), true) : topicVectors.map((t) => cosine(prep(v), t));
    const l = words ? lexicalScores(words, text, topics.length) : null;
    const topic = argmax(l ? s.map((x, t) => x + LEXICAL_WEIGHT.similarity * l[t]!) : s);
    return { topic, similarity: s[topic]! };
  };
}
const lexical = (k: number) =>
  trainLexical(
    topics.map((t) => `${t.name} ${t.description}`),
    train.flatMap((d, i) => (rankInTopic[i]! < k ? [{ text: d.text, topics: [trainY[i]!] }] : [])),
  );
function topicVectors(k: number, descriptionWeight: number, prep = centre): Float32Array[] {
  return topics.map((_, t) => {
    const sum = new Float32Array(EMBEDDING_DIMENSIONS);
    addInto(sum, prep(mean(itemVectors[t]!)), descriptionWeight);
    trainV.forEach((v, i) => trainY[i] === t && rankInTopic[i]! < k && addInto(sum, prep(v)));
    return normalize(sum);
  });
}
const encoder = { embed };
const modelTopics = topics.map((t, i) => ({ id: `t${i}`, ...t }));
const examples = (k: number) =>
  train.flatMap((d, i) => (rankInTopic[i]! < k ? [{ text: d.text, topicIds: [`t${names.indexOf(d.label!)}`], vector: trainV[i]! }] : []));
/** Self-trained as the model trains (which uses the best item, ADR 0026); scored with or without it. */
async function selfTrained(k: number, words = false, items = false): Promise<Scorer> {
  const model = await trainUncached({ topics: modelTopics, examples: examples(k), library: trainV }, encoder);
  return nearest(model.topicVectors, centre, words ? lexical(k) : null, items);
}
/** The linear model chooses, with `wordWeight` × the word evidence (0: none); the similarity abstains. */
function linear(k: number, withSimilarity: Float32Array[], wordWeight = 0, items = false): Scorer {
  const rows = trainV.flatMap((v, i) => (rankInTopic[i]! < k ? [{ vector: centre(v), topic: trainY[i]!, rejected: [] }] : []));
  const model = trainLinear(rows, topics.length);
  const wordModel = wordWeight ? lexical(k) : null;
  return (v, text) => {
    const c = centre(v);
    const logp = predictLinear(model, c).map((p) => Math.log(Math.max(p, 1e-12)));
    const l = wordModel ? lexicalScores(wordModel, text, topics.length) : null;
    const topic = argmax(l ? logp.map((x, t) => x + wordWeight * l[t]!) : logp);
    return { topic, similarity: similarity(withSimilarity, c, items)[topic]! };
  };
}

console.log("| variant | top-1 | accuracy at 90 % |\n|---|---|---|");
row("zero-shot: whole description sentence, not centred", nearest(sentenceVectors, identity));
row("zero-shot: name + listed items, not centred", nearest(itemVectors.map(mean), identity));
row("zero-shot: whole description sentence, centred", nearest(sentenceVectors.map(centre), centre));
row("zero-shot: name + listed items, centred", nearest(topicVectors(0, 1), centre));
row("**zero-shot: name + listed items, centred, + best item**", nearest(topicVectors(0, 1), centre, null, true));
row("zero-shot + self-training on the 800 training texts (unlabelled)", await selfTrained(0));
row("**zero-shot + self-training, + best item**", await selfTrained(0, false, true));
const bold = (name: string, ships: boolean) => (ships ? `**${name}**` : name);
/** The linear model's word weight of ADR 0018, for the row that shows what ADR 0038's weight changed. */
const BEFORE_LINEAR_WORD_WEIGHT = 0.15;
for (const k of [20, 200]) {
  const centroid = topicVectors(k, DESCRIPTION_WEIGHT);
  const words = lexical(k);
  row(`${k}/topic: centroid of examples only, centred`, nearest(topicVectors(k, 0), centre));
  row(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, not centred`, nearest(topicVectors(k, DESCRIPTION_WEIGHT, identity), identity));
  row(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, centred`, nearest(centroid, centre));
  row(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, centred, + word evidence`, nearest(centroid, centre, words));
  row(bold(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, centred, + word evidence + best item`, k === 20), nearest(centroid, centre, words, true));
  row(`${k}/topic: word evidence alone (naive Bayes), centred similarity abstains`, (v, text) => {
    const l = lexicalScores(words, text, topics.length);
    const topic = argmax(l);
    return { topic, similarity: cosine(centre(v), centroid[topic]!) };
  });
  row(`${k}/topic: + self-training`, await selfTrained(k));
  row(`${k}/topic: + self-training + word evidence`, await selfTrained(k, true));
  row(bold(`${k}/topic: + self-training + word evidence + best item`, k === 20), await selfTrained(k, true, true));
  row(`${k}/topic: linear model chooses, centred similarity abstains`, linear(k, centroid));
  row(`${k}/topic: linear model + ${BEFORE_LINEAR_WORD_WEIGHT} × word evidence choose (before ADR 0038), centred similarity + best item abstains`, linear(k, centroid, BEFORE_LINEAR_WORD_WEIGHT, true));
  row(`${k}/topic: linear model + ${LEXICAL_WEIGHT.linear} × word evidence choose, centred similarity abstains`, linear(k, centroid, LEXICAL_WEIGHT.linear));
  row(bold(`${k}/topic: linear model + ${LEXICAL_WEIGHT.linear} × word evidence choose, centred similarity + best item abstains`, k === 200), linear(k, centroid, LEXICAL_WEIGHT.linear, true));
}
