// Tokens per document and cost per 1 000 documents for the OpenAI provider, counted with the real
// tokenizer on the exact messages the provider sends. No model is called, so the answer size is an
// estimate (one topic with a quote). Usage: pnpm --filter @docscan/classify bench:cost [topics.json test.jsonl]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { countTokens, estimateCostUsd, parseJsonl, parseTopicsFile, PRICES_AS_OF } from "../src/index.ts";
import { responseFormat, systemPrompt, topicNames, userMessage } from "../src/openai/prompt.ts";
import { DEFAULT_MAX_INPUT_TOKENS } from "../src/openai/prompt.ts";

const MODEL = process.env.OPENAI_MODEL ?? "gpt-4o-mini";
const root = resolve(import.meta.dirname, "../../..");
const [topicsPath = resolve(root, "../shared/data/ag-news/topics.json"), testPath = resolve(root, "../shared/data/ag-news/test.jsonl")] = process.argv.slice(2);

const topics = parseTopicsFile(readFileSync(topicsPath, "utf8")).map((t, i) => ({ id: String(i), ...t }));
const texts = parseJsonl(readFileSync(testPath, "utf8")).map((l) => l.text);
const options = { model: MODEL, maxInputTokens: DEFAULT_MAX_INPUT_TOKENS, allowNewTopics: false };
// Per-message overhead of the chat format (role markers), as OpenAI documents for its tokenizers.
const PER_MESSAGE = 4;
const fixed = countTokens(systemPrompt(topics, options), MODEL) + countTokens(JSON.stringify(responseFormat(topicNames(topics), false)), MODEL) + 3 * PER_MESSAGE;
const answer = countTokens(JSON.stringify({ topics: [{ name: topics[0]!.name, confidence: 0.87, quote: texts[0]!.slice(0, 150) }] }), MODEL);

function row(label: string, docs: string[]) {
  const inputs = docs.map((text) => fixed + countTokens(userMessage({ text, filename: "document.pdf", topics }, options), MODEL));
  const mean = inputs.reduce((a, b) => a + b, 0) / inputs.length;
  const per1000 = (estimateCostUsd(MODEL, mean, answer) ?? NaN) * 1000;
  return `| ${label} | ${docs.length} | ${Math.round(mean)} | ${answer} | $${per1000.toFixed(3)} |`;
}

// Longer documents made by joining sample texts: real archives hold pages, not headlines.
const joined = (n: number) => Array.from({ length: 50 }, (_, i) => texts.slice(i * n, i * n + n).join("\n\n"));
const lines = [
  `model ${MODEL}, prices as of ${PRICES_AS_OF}, document budget ${DEFAULT_MAX_INPUT_TOKENS} tokens, date ${new Date().toISOString().slice(0, 10)}`,
  "",
  "| documents | n | input tokens / doc | output tokens / doc (est.) | cost per 1 000 docs |",
  "|---|---|---|---|---|",
  row("sample texts (headline + summary)", texts),
  row("~1 page (10 texts joined)", joined(10)),
  row("~4 pages (40 texts joined)", joined(40)),
];
process.stdout.write(`${lines.join("\n")}\n`);
