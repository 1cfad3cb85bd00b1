// `pnpm docscan eval classify`: measures a provider on labelled files with the worker's own classification code.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { evaluate, parseJsonl, parseTopicsFile, type EvalReport } from "@docscan/classify";
import type { CliEnv } from "./env.ts";

export const EVAL_USAGE = `  pnpm docscan eval classify --topics <topics.json> --test <test.jsonl> [--train <train.jsonl>]
                             [--provider local|openai] [--threshold 0.5] [--json]
      Accuracy, per-topic precision/recall, abstention, tokens and cost of a classifier.
      topics.json: [{"name","description"}]; JSONL lines: {"text","label"} (label null = no topic).
      --provider openai uses OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL.`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(r: EvalReport): string {
  const lines = [
    `documents:      ${r.n}`,
    `accuracy:       ${pct(r.accuracy)}`,
    `top-1 accuracy: ${pct(r.top1Accuracy)} (if it never abstained)`,
    `abstained:      ${pct(r.abstainedRate)}`,
    `tokens:         ${r.inputTokens} in, ${r.outputTokens} out`,
    `cost:           ${r.costUsd === null ? "unknown for this model" : `$${r.costUsd.toFixed(4)}`}`,
    "",
    "topic                      precision  recall  support",
  ];
  for (const [name, s] of Object.entries(r.perTopic)) {
    lines.push(`${name.padEnd(26)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${String(s.support).padStart(8)}`);
  }
  return lines.join("\n");
}

export async function runEval(args: string[], env: CliEnv): Promise<number> {
  const [what, ...rest] = args;
  if (what !== "classify") throw new Error(`unknown eval target "${what ?? ""}"; try: eval classify`);
  const { values } = parseArgs({
    args: rest,
    options: {
      topics: { type: "string" },
      test: { type: "string" },
      train: { type: "string" },
      provider: { type: "string", default: "local" },
      threshold: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.topics || !values.test) throw new Error("--topics and --test are required");
  if (values.provider !== "local" && values.provider !== "openai") throw new Error("--provider must be local or openai");
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error("--threshold must be a number from 0 to 1");
  if (values.provider === "openai" && !env.OPENAI_API_KEY) throw new Error("--provider openai needs OPENAI_API_KEY");

  // Paths are relative to where the user ran `pnpm docscan`, not the repo root pnpm runs scripts in.
  const read = (p: string) => readFile(resolve(env.INIT_CWD ?? process.cwd(), p), "utf8");
  const report = await evaluate(
    {
      topics: parseTopicsFile(await read(values.topics)),
      test: parseJsonl(await read(values.test)),
      train: values.train ? parseJsonl(await read(values.train)) : undefined,
      provider: values.provider,
      openai: env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL ?? null, model: env.OPENAI_MODEL } : undefined,
      threshold,
    },
    (done, total) => {
      if (!values.json && process.stderr.isTTY) process.stderr.write(`\r${done}/${total}`);
    },
  );
  if (!values.json && process.stderr.isTTY) process.stderr.write("\n");
  const { accuracy, n, abstainedRate, perTopic, inputTokens, outputTokens, costUsd } = report;
  process.stdout.write(
    values.json ? `${JSON.stringify({ accuracy, n, abstainedRate, perTopic, inputTokens, outputTokens, costUsd, top1Accuracy: report.top1Accuracy })}\n` : `${formatReport(report)}\n`,
  );
  return 0;
}
