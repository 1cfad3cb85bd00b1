// `pnpm docscan eval fields`: per-field accuracy of the offline field readers (issue 17) on labelled documents,
// with the worker's own code: the document date (findDocumentDate, the learned date ranker of ADR 0042), the correspondent (assignCorrespondent, after
// learning from the first N documents of each) and the monetary total (findTotal, the learned ranker of ADR 0039). With --provider openai each
// field is what the worker stores with the LLM (ADR 0033, 0039): the value the classification call gives — the
// total of a monetary field of the chosen topic, the document's date, the sender matched against the
// correspondents — checked and quoted, else the offline reader's.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClassificationError, createClassifier, createLimiter, type Classifier, type FieldRef, type TokenUsage } from "@docscan/classify";
import { findDocumentDate } from "@docscan/extract/date";
import { defaultDateOrder, type DateOrder } from "@docscan/extract/dates";
import { formatTotal } from "@docscan/extract/money";
import { findTotal } from "@docscan/extract/total";
import { assignCorrespondent, correspondentNamed, trainCorrespondentModel, type CorrespondentRule } from "@docscan/extract/correspondents";
import { isIsoDate } from "@docscan/shared/fields";
import type { CliEnv } from "./env.ts";

export const EVAL_FIELDS_USAGE = `  pnpm docscan eval fields --test <test.jsonl> [--provider local|openai] [--date-order DMY|MDY|YMD]
                           [--language <SEARCH_LANGUAGE>] [--confirmed 5] [--as-of YYYY-MM-DD] [--json]
      Per-field accuracy of the offline field readers, with the misses.
      JSONL lines: {"text", "filename"?, "documentDate"?, "correspondent"?, "fields"?: {"total"?}};
      documentDate "YYYY-MM-DD" or null (no date: the reader must find none); total "123.45 EUR".
      A field is measured on the lines that carry its label. --date-order and --language read numeric
      dates as the worker does with DATE_ORDER and SEARCH_LANGUAGE (default simple: day first). The offline
      reader reads dates as on --as-of (default today; noon UTC) and takes none after the next day: with
      a fixed day a run gives the same figures whenever it is repeated.
      Correspondents: the first --confirmed documents of each (in file order) are taken as the owner's
      confirmed ones and learned from; measured on that correspondent's other documents (only where it has
      that many confirmed) and on the lines labelled null (no correspondent: none may be assigned).
      --provider openai (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL): each labelled line is classified
      once under one catch-all topic with a monetary "Total" field, as the worker's LLM path does; the LLM's
      checked and quoted total and date count, and its sender when it is one of the correspondents, else the
      offline reader's. Tokens and estimated cost are reported.`;

export interface FieldsDoc {
  line: number;
  text: string;
  filename?: string;
  documentDate?: string | null;
  correspondent?: string | null;
  total?: string | null;
  kind?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TOTAL = /^\d+\.\d{2}( [A-Z]{3})?$/;

/** Lines of a fields JSONL file; a bad line stops with its number and what is wrong. */
export function parseFieldsJsonl(content: string): FieldsDoc[] {
  const docs: FieldsDoc[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new Error(`line ${line}: not valid JSON`);
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`line ${line}: expected an object like {"text": "...", "documentDate": "2026-03-14"}`);
    const o = v as Record<string, unknown>;
    if (typeof o.text !== "string") throw new Error(`line ${line}: "text" must be a string`);
    if (o.filename !== undefined && typeof o.filename !== "string") throw new Error(`line ${line}: "filename" must be a string`);
    if (o.documentDate !== undefined && o.documentDate !== null && (typeof o.documentDate !== "string" || !ISO_DATE.test(o.documentDate)))
      throw new Error(`line ${line}: "documentDate" must be "YYYY-MM-DD" or null`);
    if (o.correspondent !== undefined && o.correspondent !== null && typeof o.correspondent !== "string") throw new Error(`line ${line}: "correspondent" must be a string or null`);
    let total: string | null | undefined;
    if (o.fields !== undefined) {
      if (typeof o.fields !== "object" || o.fields === null || Array.isArray(o.fields)) throw new Error(`line ${line}: "fields" must be an object`);
      total = (o.fields as Record<string, unknown>).total as string | null | undefined;
      if (total !== undefined && total !== null && (typeof total !== "string" || !TOTAL.test(total)))
        throw new Error(`line ${line}: "fields.total" must be like "123.45 EUR" (two decimals, a point, an ISO currency code) or null`);
    }
    docs.push({
      line,
      text: o.text,
      filename: o.filename as string | undefined,
      documentDate: o.documentDate as string | null | undefined,
      correspondent: o.correspondent as string | null | undefined,
      total,
      kind: typeof o.kind === "string" ? o.kind : undefined,
    });
  });
  if (!docs.length) throw new Error("the test file has no documents");
  return docs;
}

export interface FieldMiss {
  line: number;
  kind?: string;
  expected: string | null;
  got: string | null;
  quote?: string;
}

export interface FieldScore {
  n: number;
  correct: number;
  accuracy: number;
  misses: FieldMiss[];
  /** --provider openai: measured values the LLM gave (the rest are the offline readers'). */
  fromLlm?: number;
}

export interface CorrespondentScore extends FieldScore {
  /** Documents of each correspondent learned from before measuring. */
  confirmed: number;
  /** Labelled documents not measured: learned from, or of a correspondent with fewer confirmed ones. */
  learnedFrom: number;
  skipped: number;
}

export interface TotalScore extends FieldScore {
  /** Right amount whatever the currency (a receipt that prints none cannot have its currency read). */
  valueCorrect: number;
  valueAccuracy: number;
}

/** --provider openai: the calls made. */
export interface LlmUsage {
  model: string;
  calls: number;
  /** Calls that failed (the offline reader's value counted, as the worker's fallback does). */
  failed: number;
  inputTokens: number;
  outputTokens: number;
  /** Null when the model's price is unknown. */
  costUsd: number | null;
}

export interface FieldsReport {
  n: number;
  provider: "local" | "openai";
  documentDate: FieldScore | null;
  correspondent: CorrespondentScore | null;
  total: TotalScore | null;
  llm?: LlmUsage;
}

/** What the LLM gave for a document (already checked and quoted), null for none; per labelled line. */
export interface LlmReading {
  total: { value: string; quote: string } | null;
  date: { value: string; quote: string } | null;
  sender: { name: string; quote: string } | null;
}
export type LlmReadings = Map<FieldsDoc, LlmReading>;

export interface FieldsOptions {
  order?: DateOrder;
  defaultOrder: DateOrder;
  /** Confirmed documents per correspondent before its others are measured (default 5). */
  confirmed?: number;
  now?: Date;
  /** --provider openai: the LLM's readings; a field it gave nothing for falls back to the offline reader. */
  llm?: LlmReadings;
}

/** Counts the values a reading took from the LLM. */
function llmCounter(): { count: number; took<T>(value: T | null | undefined): value is T } {
  return {
    count: 0,
    took<T>(value: T | null | undefined): value is T {
      if (value === null || value === undefined) return false;
      this.count++;
      return true;
    },
  };
}

/**
 * As the worker would assign them once the owner has confirmed `confirmed` documents of each correspondent:
 * every named correspondent an `auto` one, learned from its first documents in file order.
 */
function scoreCorrespondents(docs: FieldsDoc[], confirmed: number, llm?: LlmReadings): CorrespondentScore | null {
  const labelled = docs.filter((d) => d.correspondent !== undefined);
  if (!labelled.length) return null;
  const key = (name: string) => name.trim().toLowerCase();
  const examples = new Map<string, FieldsDoc[]>();
  for (const d of labelled) {
    if (!d.correspondent) continue;
    const list = examples.get(key(d.correspondent)) ?? [];
    if (list.length < confirmed) examples.set(key(d.correspondent), [...list, d]);
  }
  const learned = new Set([...examples.values()].flat());
  const correspondents: CorrespondentRule[] = [...examples.keys()].map((id) => ({ id, name: id, match: "", algorithm: "auto", caseInsensitive: true }));
  const model = trainCorrespondentModel([...learned].map((d) => ({ correspondentId: key(d.correspondent!), text: d.text, filename: d.filename ?? "" })));
  const measured = labelled.filter((d) => !learned.has(d) && (d.correspondent === null || (examples.get(key(d.correspondent!))?.length ?? 0) >= confirmed));
  const fromLlm = llmCounter();
  const s = score(
    measured,
    (d) => (d.correspondent === null ? null : key(d.correspondent!)),
    (d) => {
      // As the worker: the LLM's sender when it is one of the correspondents (else a proposal: none assigned).
      const sender = llm?.get(d)?.sender;
      const named = sender ? correspondentNamed(sender.name, sender.quote, correspondents) : null;
      if (fromLlm.took(named)) return { got: named.id, quote: sender!.quote };
      const a = assignCorrespondent(d.text, d.filename ?? "", correspondents, model);
      return { got: a?.correspondentId ?? null, quote: a?.quote };
    },
  );
  const base = s ?? { n: 0, correct: 0, accuracy: 0, misses: [] };
  return { ...base, ...(llm ? { fromLlm: fromLlm.count } : {}), confirmed, learnedFrom: learned.size, skipped: labelled.length - measured.length - learned.size };
}

function score(docs: FieldsDoc[], expected: (d: FieldsDoc) => string | null | undefined, read: (d: FieldsDoc) => { got: string | null; quote?: string }): FieldScore | null {
  const labelled = docs.filter((d) => expected(d) !== undefined);
  if (!labelled.length) return null;
  const misses: FieldMiss[] = [];
  for (const d of labelled) {
    const { got, quote } = read(d);
    const want = expected(d) ?? null;
    if (got !== want) misses.push({ line: d.line, kind: d.kind, expected: want, got, quote });
  }
  const correct = labelled.length - misses.length;
  return { n: labelled.length, correct, accuracy: correct / labelled.length, misses };
}

function withValues(s: FieldScore | null): TotalScore | null {
  if (!s) return null;
  const value = (t: string | null) => t?.split(" ")[0] ?? null;
  const valueCorrect = s.correct + s.misses.filter((m) => m.got !== null && value(m.got) === value(m.expected)).length;
  return { ...s, valueCorrect, valueAccuracy: valueCorrect / s.n };
}

/** `score`, and with the LLM how many measured values came from it. */
function scoreWithLlm(docs: FieldsDoc[], llm: LlmReadings | undefined, expected: (d: FieldsDoc) => string | null | undefined, read: (d: FieldsDoc, took: ReturnType<typeof llmCounter>) => { got: string | null; quote?: string }): FieldScore | null {
  const fromLlm = llmCounter();
  const s = score(docs, expected, (d) => read(d, fromLlm));
  return s && (llm ? { ...s, fromLlm: fromLlm.count } : s);
}

export function evaluateFields(docs: FieldsDoc[], opts: FieldsOptions): FieldsReport {
  const llm = opts.llm;
  return {
    n: docs.length,
    provider: llm ? "openai" : "local",
    documentDate: scoreWithLlm(
      docs,
      llm,
      (d) => d.documentDate,
      (d, fromLlm) => {
        const given = llm?.get(d)?.date;
        if (fromLlm.took(given)) return { got: given.value, quote: given.quote };
        const found = findDocumentDate(d.text, { order: opts.order, defaultOrder: opts.defaultOrder, filename: d.filename, now: opts.now });
        return { got: found?.date ?? null, quote: found?.quote };
      },
    ),
    correspondent: scoreCorrespondents(docs, opts.confirmed ?? 5, llm),
    total: withValues(
      scoreWithLlm(
        docs,
        llm,
        (d) => d.total,
        (d, fromLlm) => {
          const given = llm?.get(d)?.total;
          if (fromLlm.took(given)) return { got: given.value, quote: given.quote };
          const found = findTotal(d.text);
          return { got: found ? formatTotal(found) : null, quote: found?.quote };
        },
      ),
    ),
  };
}

/** The catch-all topic and the monetary field the LLM is offered for every document (ids are local to the eval). */
const EVAL_TOPIC = { id: "eval-topic", name: "Documents", description: "Every document belongs here: choose it for any document." };
const EVAL_TOTAL: FieldRef = { id: "eval-total", name: "Total", type: "monetary", options: [], topicIds: [EVAL_TOPIC.id] };

/**
 * Classifies each labelled line once, offering the Total field, at most 4 calls at a time; the one answer gives
 * the total, the date and the sender. A failed call counts as no LLM value (the worker classifies offline then,
 * and its readers' values stand).
 */
export async function llmReadings(docs: FieldsDoc[], classifier: Classifier, model: string, progress?: (done: number, total: number) => void): Promise<{ readings: LlmReadings; usage: LlmUsage }> {
  const readings: LlmReadings = new Map();
  const usage: LlmUsage = { model, calls: 0, failed: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
  const labelled = docs.filter((d) => d.total !== undefined || d.documentDate !== undefined || d.correspondent !== undefined);
  let done = 0;
  await Promise.all(
    labelled.map(async (d) => {
      try {
        const result = await classifier.classify({ text: d.text, filename: d.filename ?? "document", topics: [EVAL_TOPIC], fields: [EVAL_TOTAL] });
        const total = result.fields?.find((f) => f.fieldId === EVAL_TOTAL.id) ?? null;
        readings.set(d, {
          total: total && { value: total.value, quote: total.quote },
          date: result.documentDate ? { value: result.documentDate.date, quote: result.documentDate.quote } : null,
          sender: result.correspondent ? { name: result.correspondent.name, quote: result.correspondent.quote } : null,
        });
        addUsage(usage, result.usage, result.costUsd);
      } catch (err) {
        if (!(err instanceof ClassificationError)) throw err;
        usage.failed++;
      }
      usage.calls++;
      progress?.(++done, labelled.length);
    }),
  );
  return { readings, usage };
}

function addUsage(usage: LlmUsage, tokens: TokenUsage | null, costUsd: number | null): void {
  usage.inputTokens += tokens?.inputTokens ?? 0;
  usage.outputTokens += tokens?.outputTokens ?? 0;
  usage.costUsd = usage.costUsd === null || costUsd === null ? null : usage.costUsd + costUsd;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatFieldsReport(r: FieldsReport): string {
  const lines = [`documents: ${r.n}`, "", "field          accuracy  correct/labelled"];
  const row = (name: string, s: FieldScore | null) => {
    if (s) lines.push(`${name.padEnd(14)} ${pct(s.accuracy).padStart(8)}  ${s.correct}/${s.n}${s.fromLlm === undefined ? "" : `  (${s.fromLlm} from the LLM, the rest offline)`}`);
  };
  row("documentDate", r.documentDate);
  row("correspondent", r.correspondent);
  if (r.correspondent)
    lines.push(`               (after ${r.correspondent.confirmed} confirmed each: ${r.correspondent.learnedFrom} learned from, ${r.correspondent.skipped} of correspondents with fewer not measured)`);
  row("total", r.total);
  if (r.total) lines.push(`${"  value only".padEnd(14)} ${pct(r.total.valueAccuracy).padStart(8)}  ${r.total.valueCorrect}/${r.total.n}`);
  if (r.llm) {
    const cost = r.llm.costUsd === null ? "cost unknown for this model" : `$${r.llm.costUsd.toFixed(4)}`;
    lines.push(`llm: ${r.llm.model}, ${r.llm.calls} calls (${r.llm.failed} failed), ${r.llm.inputTokens} tokens in, ${r.llm.outputTokens} out, ${cost}`);
  }
  for (const [name, s] of [["documentDate", r.documentDate], ["correspondent", r.correspondent], ["total", r.total]] as const) {
    if (!s?.misses.length) continue;
    lines.push("", `${name} misses:`);
    for (const m of s.misses) lines.push(`  line ${m.line}${m.kind ? ` (${m.kind})` : ""}: expected ${m.expected ?? "none"}, got ${m.got ?? "none"}${m.quote ? ` from "${m.quote}"` : ""}`);
  }
  return lines.join("\n");
}

const ORDERS = ["DMY", "MDY", "YMD"] as const;

export async function runEvalFields(args: string[], env: CliEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      test: { type: "string" },
      provider: { type: "string", default: "local" },
      "date-order": { type: "string" },
      language: { type: "string", default: "simple" },
      confirmed: { type: "string", default: "5" },
      "as-of": { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (!values.test) throw new Error("--test is required");
  if (values.provider !== "local" && values.provider !== "openai") throw new Error("--provider must be local or openai");
  if (values.provider === "openai" && !env.OPENAI_API_KEY) throw new Error("--provider openai needs OPENAI_API_KEY");
  const order = values["date-order"];
  if (order !== undefined && !(ORDERS as readonly string[]).includes(order)) throw new Error("--date-order must be DMY, MDY or YMD");
  const confirmed = Number(values.confirmed);
  if (!Number.isInteger(confirmed) || confirmed < 1 || confirmed > 100) throw new Error("--confirmed must be a whole number from 1 to 100");
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new Error("--as-of must be a day like 2026-12-07");
  const now = asOf === undefined ? undefined : new Date(`${asOf}T12:00:00Z`);
  const path = resolve(env.INIT_CWD ?? process.cwd(), values.test);
  const content = await readFile(path, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${path}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  });
  const docs = parseFieldsJsonl(content);
  let llm: { readings: LlmReadings; usage: LlmUsage } | undefined;
  if (values.provider === "openai") {
    const classifier = createClassifier({ provider: "openai", apiKey: env.OPENAI_API_KEY ?? null, baseUrl: env.OPENAI_BASE_URL ?? null, model: env.OPENAI_MODEL, limiter: createLimiter(4) });
    const tty = !values.json && process.stderr.isTTY;
    llm = await llmReadings(docs, classifier, env.OPENAI_MODEL, tty ? (done, total) => process.stderr.write(`\r${done}/${total}`) : undefined);
    if (tty) process.stderr.write("\n");
  }
  const report = evaluateFields(docs, { order: order as DateOrder | undefined, defaultOrder: defaultDateOrder(values.language), confirmed, now, llm: llm?.readings });
  if (llm) report.llm = llm.usage;
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatFieldsReport(report)}\n`);
  return 0;
}
