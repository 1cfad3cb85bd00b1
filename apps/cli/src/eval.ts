// `pnpm docscan eval classify`: measures a provider on labelled files with the worker's own classification code.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { diskCachedEmbed, evaluate, parseJsonl, parseTopicsFile, parseUnlabelled, type EvalReport } from "@docscan/classify";
import type { CliEnv } from "./env.ts";
import { EVAL_FIELDS_USAGE, runEvalFields } from "./eval-fields.ts";

export const EVAL_USAGE = `  pnpm docscan eval classify --topics <topics.json> --test <test.jsonl> [--train <train.jsonl>]
                             [--unlabelled <library.jsonl>] [--off-topic <abstention.jsonl>]
                             [--provider local|openai] [--threshold 0.8] [--review-floor 0.5]
                             [--vector-cache <file>] [--json]
      Accuracy, per-topic precision/recall, abstention, applied precision, review rate, calibration (ECE),
      tokens and cost of a classifier.
      topics.json: [{"name","description"}]; JSONL lines: {"text","label"} (label null = no topic).
      --unlabelled: the owner's other documents, {"text"} lines (labels ignored): the local provider self-trains on them.
      --off-topic: texts that belong under no topic (labels ignored), measured apart; lines whose "kind"
        starts with "content-free" are counted apart again (packages/classify/eval/abstention.jsonl).
      --vector-cache: keep the local provider's document vectors in this file between runs.
      --provider openai uses OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL.
${EVAL_FIELDS_USAGE}`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const rate = (x: number | null) => (x === null ? "n/a" : pct(x));

export function formatReport(r: EvalReport): string {
  const lines = [
    `documents:         ${r.n}`,
    `accuracy:          ${pct(r.accuracy)} (threshold ${r.threshold})`,
    `top-1 accuracy:    ${pct(r.top1Accuracy)} (if it never abstained)`,
    `abstained:         ${pct(r.abstainedRate)}`,
  ];
  if (r.offTopic) {
    lines.push(`off-topic:         ${pct(r.offTopic.abstainedRate)} of ${r.offTopic.n} abstained (${rate(r.offTopic.withContentAbstainedRate)} of those with content)`);
    if (r.offTopic.contentFree) lines.push(`content-free:      ${pct(r.offTopic.contentFree.noSuggestionRate)} of ${r.offTopic.contentFree.n} got no suggestion at all`);
  }
  lines.push(
    `applied precision: ${rate(r.appliedPrecision)} (applied to ${pct(r.appliedRate)} of all texts)`,
    `review rate:       ${pct(r.reviewRate)} (a suggestion from ${r.reviewFloor} up to the threshold)`,
    `ECE:               ${r.ece === null ? "n/a" : r.ece.toFixed(3)}`,
  );
  if (r.selfTrained) lines.push(`self-trained:      ${r.selfTrained} library documents joined a topic`);
  lines.push(
    `tokens:            ${r.inputTokens} in, ${r.outputTokens} out`,
    `cost:              ${r.costUsd === null ? "unknown for this model" : `$${r.costUsd.toFixed(4)}`}`,
    "",
    "topic                      precision  recall  support",
  );
  for (const [name, s] of Object.entries(r.perTopic)) {
    lines.push(`${name.padEnd(26)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${String(s.support).padStart(8)}`);
  }
  if (r.reliability.length) {
    lines.push("", "confidence   top suggestions  mean confidence  precision");
    for (const b of r.reliability) {
      lines.push(`${`${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(12)} ${String(b.n).padStart(15)}  ${b.meanConfidence.toFixed(3).padStart(15)}  ${pct(b.precision).padStart(9)}`);
    }
  }
  return lines.join("\n");
}

export async function runEval(args: string[], env: CliEnv): Promise<number> {
  const [what, ...rest] = args;
  if (what === "fields") return runEvalFields(rest, env);
  if (what !== "classify") throw new Error(`unknown eval target "${what ?? ""}"; try: eval classify, eval fields`);
  const { values } = parseArgs({
    args: rest,
    options: {
      topics: { type: "string" },
      test: { type: "string" },
      train: { type: "string" },
      unlabelled: { type: "string" },
      "off-topic": { type: "string" },
      "review-floor": { type: "string" },
      "vector-cache": { type: "string" },
      provider: { type: "string", default: "local" },
      threshold: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.topics || !values.test) throw new Error("--topics and --test are required");
  if (values.provider !== "local" && values.provider !== "openai") throw new Error("--provider must be local or openai");
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error("--threshold must be a number from 0 to 1");
  const reviewFloor = values["review-floor"] === undefined ? undefined : Number(values["review-floor"]);
  if (reviewFloor !== undefined && !(reviewFloor >= 0 && reviewFloor <= 1)) throw new Error("--review-floor must be a number from 0 to 1");
  if (values.provider === "openai" && !env.OPENAI_API_KEY) throw new Error("--provider openai needs OPENAI_API_KEY");

  // Paths are relative to where the user ran `pnpm docscan`, not the repo root pnpm runs scripts in.
  const where = (p: string) => resolve(env.INIT_CWD ?? process.cwd(), p);
  const read = (p: string) => readFile(where(p), "utf8");
  const report = await evaluate(
    {
      topics: parseTopicsFile(await read(values.topics)),
      test: parseJsonl(await read(values.test)),
      train: values.train ? parseJsonl(await read(values.train)) : undefined,
      unlabelled: values.unlabelled ? parseUnlabelled(await read(values.unlabelled)) : undefined,
      offTopic: values["off-topic"] ? parseJsonl(await read(values["off-topic"])) : undefined,
      reviewFloor,
      embed: values["vector-cache"] ? await diskCachedEmbed(where(values["vector-cache"])) : undefined,
      provider: values.provider,
      openai: env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL ?? null, model: env.OPENAI_MODEL } : undefined,
      threshold,
    },
    (done, total) => {
      if (!values.json && process.stderr.isTTY) process.stderr.write(`\r${done}/${total}`);
    },
  );
  if (!values.json && process.stderr.isTTY) process.stderr.write("\n");
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
  return 0;
}
