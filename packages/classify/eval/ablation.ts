// The ablation table of docs/classification-quality.md: each part of the offline classifier taken away in
// turn, on the AG News sample and the abstention corpus.
//   pnpm --filter @docscan/classify exec tsx eval/ablation.ts <ag-news dir> [--vector-cache FILE]
// Scores are raw similarities (or the linear model's choice with the similarity deciding abstention), so
// the parts are compared before calibration: "accuracy at 90 %" is the accuracy on test.jsonl when the
// similarity threshold is the lowest that keeps ≥ 90 % of eval/abstention/holdout.jsonl's texts with content
// (content-free ones are gated before any score) below it; an abstention counts as wrong. "+ word evidence"
// adds the naive Bayes log-posterior of the examples' words to the ranking score (lexical.ts); the
// similarity to the chosen topic still decides abstention.
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
import { DESCRIPTION_WEIGHT, LEXICAL_WEIGHT, centre, descriptionItems, trainUncached } from "../src/local/model.ts";

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
/** The nearest topic vector; with word evidence, the best similarity + LEXICAL_WEIGHT.similarity × log-posterior. */
function nearest(topicVectors: readonly Float32Array[], prep: (v: Float32Array) => Float32Array, words: LexicalModel | null = null): Scorer {
  return (v, text) => {
    const s = topicVectors.map((t) => cosine(prep(v), t));
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
async function selfTrained(k: number, words = false): Promise<Scorer> {
  const model = await trainUncached({ topics: modelTopics, examples: examples(k), library: trainV }, encoder);
  return nearest(model.topicVectors, centre, words ? lexical(k) : null);
}
function linear(k: number, withSimilarity: Float32Array[], words = false): Scorer {
  const rows = trainV.flatMap((v, i) => (rankInTopic[i]! < k ? [{ vector: centre(v), topic: trainY[i]!, rejected: [] }] : []));
  const model = trainLinear(rows, topics.length);
  const wordModel = words ? lexical(k) : null;
  return (v, text) => {
    const c = centre(v);
    const logp = predictLinear(model, c).map((p) => Math.log(Math.max(p, 1e-12)));
    const l = wordModel ? lexicalScores(wordModel, text, topics.length) : null;
    const topic = argmax(l ? logp.map((x, t) => x + LEXICAL_WEIGHT.linear * l[t]!) : logp);
    return { topic, similarity: cosine(c, withSimilarity[topic]!) };
  };
}

console.log("| variant | top-1 | accuracy at 90 % |\n|---|---|---|");
row("zero-shot: whole description sentence, not centred", nearest(sentenceVectors, identity));
row("zero-shot: name + listed items, not centred", nearest(itemVectors.map(mean), identity));
row("zero-shot: whole description sentence, centred", nearest(sentenceVectors.map(centre), centre));
row("**zero-shot: name + listed items, centred**", nearest(topicVectors(0, 1), centre));
row("**zero-shot + self-training on the 800 training texts (unlabelled)**", await selfTrained(0));
const bold = (name: string, ships: boolean) => (ships ? `**${name}**` : name);
for (const k of [20, 200]) {
  const centroid = topicVectors(k, DESCRIPTION_WEIGHT);
  const words = lexical(k);
  row(`${k}/topic: centroid of examples only, centred`, nearest(topicVectors(k, 0), centre));
  row(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, not centred`, nearest(topicVectors(k, DESCRIPTION_WEIGHT, identity), identity));
  row(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, centred`, nearest(centroid, centre));
  row(bold(`${k}/topic: centroid + ${DESCRIPTION_WEIGHT}× description, centred, + word evidence`, k === 20), nearest(centroid, centre, words));
  row(`${k}/topic: word evidence alone (naive Bayes), centred similarity abstains`, (v, text) => {
    const l = lexicalScores(words, text, topics.length);
    const topic = argmax(l);
    return { topic, similarity: cosine(centre(v), centroid[topic]!) };
  });
  row(`${k}/topic: + self-training`, await selfTrained(k));
  row(bold(`${k}/topic: + self-training + word evidence`, k === 20), await selfTrained(k, true));
  row(`${k}/topic: linear model chooses, centred similarity abstains`, linear(k, centroid));
  row(bold(`${k}/topic: linear model + word evidence choose, centred similarity abstains`, k === 200), linear(k, centroid, true));
}
