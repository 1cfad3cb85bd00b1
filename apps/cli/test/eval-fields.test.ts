// `pnpm docscan eval fields` (issue 17): per-field accuracy on a small labelled JSONL file, through the real
// command line, and clear errors with a non-zero exit code for bad input.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTopics, isChatRequest, messageText, requestedFieldNames, startFakeOpenAI, type FakeOpenAI, type FieldChoice } from "@docscan/classify/testing";
import { loadCliEnv } from "../src/env.ts";
import { parseFieldsJsonl, runEvalFields } from "../src/eval-fields.ts";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
let dir: string;

/** Relative paths resolve against INIT_CWD, where the user ran `pnpm docscan`. */
function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runWith({}, ...args);
}

function runWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, "eval", "fields", ...args], { cwd: fileURLToPath(new URL("..", import.meta.url)), env: { ...process.env, INIT_CWD: dir, ...env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

const lines = [
  // Dates: three read right (one from the file name, one correctly none), one the reader cannot find.
  { text: "Northwind Energy Ltd\n14 Harbour Road\nInvoice date: 3 April 2026\nDue date: 30 April 2026\nTotal £1,200.00", documentDate: "2026-04-03", correspondent: "Northwind Energy Ltd", fields: { total: "1200.00 GBP" } },
  { text: "Northwind Energy Ltd\n14 Harbour Road\nInvoice date: 5 May 2026\nSubtotal £90.00\nVAT £18.00\nTotal £108.00", documentDate: "2026-05-05", correspondent: "northwind energy ltd", fields: { total: "108.00 GBP" } },
  { text: "Stadtwerke Lindenau GmbH\nBahnhofstraße 12\nBitte überweisen Sie den Betrag.\nGesamtbetrag 80,00 €", filename: "scan_20260214.pdf", documentDate: "2026-02-14", correspondent: "Stadtwerke Lindenau GmbH", fields: { total: "99.00 EUR" } },
  { text: "Stadtwerke Lindenau GmbH\nBahnhofstraße 12\nIhr Vertrag wurde verlängert.", documentDate: "2026-03-01", correspondent: "Stadtwerke Lindenau GmbH" },
  { text: "Einkaufsliste: Milch, Brot", documentDate: null },
  { text: "A line with no labels at all." },
  // A receipt that prints no currency: the amount is right, the currency cannot be read.
  { text: "KIOSK\nTOTAL   12,00", fields: { total: "12.00 EUR" } },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docscan-eval-fields-"));
  await writeFile(join(dir, "fields.jsonl"), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("pnpm docscan eval fields", () => {
  it("prints the accuracy of each labelled field as JSON, with the misses", async () => {
    const { code, stdout, stderr } = await run("--test", "fields.jsonl", "--confirmed", "1", "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.n).toBe(7);
    expect(report.documentDate).toMatchObject({ n: 5, correct: 4, accuracy: 0.8 });
    expect(report.documentDate.misses).toEqual([{ line: 4, expected: "2026-03-01", got: null }]);
    // One of each correspondent learned from, the other measured (names compared case-insensitively).
    expect(report.correspondent).toMatchObject({ n: 2, correct: 2, accuracy: 1, confirmed: 1, learnedFrom: 2 });
    expect(report.total).toMatchObject({ n: 4, correct: 2, accuracy: 0.5, valueCorrect: 3, valueAccuracy: 0.75 });
    expect(report.total.misses).toEqual([
      { line: 3, expected: "99.00 EUR", got: "80.00 EUR", quote: "Gesamtbetrag 80,00 €" },
      { line: 7, expected: "12.00 EUR", got: "12.00", quote: "TOTAL   12,00" },
    ]);
  });

  it("reads dates as on the day --as-of names", async () => {
    // On 1 April 2026 the April and May invoices lie in the future: the reader takes no date from them.
    const { code, stdout } = await run("--test", "fields.jsonl", "--confirmed", "1", "--as-of", "2026-04-01", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.documentDate).toMatchObject({ n: 5, correct: 2 });
    expect(report.documentDate.misses.map((m: { line: number }) => m.line)).toEqual([1, 2, 4]);
    expect(report.total).toMatchObject({ n: 4, correct: 2 });
  });

  it("prints a table for people", async () => {
    const { code, stdout } = await run("--test", "fields.jsonl", "--confirmed", "1");
    expect(code).toBe(0);
    expect(stdout).toMatch(/documentDate\s+80\.0%\s+4\/5/);
    expect(stdout).toMatch(/total\s+50\.0%\s+2\/4/);
    expect(stdout).toMatch(/value only\s+75\.0%\s+3\/4/);
    expect(stdout).toContain('line 3: expected 99.00 EUR, got 80.00 EUR from "Gesamtbetrag 80,00 €"');
  });

  it("stops with a clear message and exit code 1 on bad input", async () => {
    await writeFile(join(dir, "bad.jsonl"), '{"text": "ok", "documentDate": "2026-01-01"}\n{"text": "no closing brace"\n');
    const bad = await run("--test", "bad.jsonl");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe("docscan: line 2: not valid JSON\n");
  });

  it("names what is wrong with the arguments", async () => {
    const env = { ...loadCliEnv(), INIT_CWD: dir, OPENAI_API_KEY: undefined };
    await expect(runEvalFields(["--test", "nowhere.jsonl"], env)).rejects.toThrow(/cannot read .*nowhere\.jsonl: no such file/);
    await expect(runEvalFields(["--test", "fields.jsonl", "--provider", "openai"], env)).rejects.toThrow("--provider openai needs OPENAI_API_KEY");
    await expect(runEvalFields(["--test", "fields.jsonl", "--provider", "gpt"], env)).rejects.toThrow("--provider must be local or openai");
    await expect(runEvalFields([], env)).rejects.toThrow("--test is required");
    await expect(runEvalFields(["--test", "fields.jsonl", "--date-order", "YDM"], env)).rejects.toThrow("--date-order must be DMY, MDY or YMD");
    await expect(runEvalFields(["--test", "fields.jsonl", "--confirmed", "0"], env)).rejects.toThrow("--confirmed must be a whole number from 1 to 100");
    for (const day of ["2026-02-30", "2026-13-01", "1 April 2026", ""]) {
      await expect(runEvalFields(["--test", "fields.jsonl", "--as-of", day], env)).rejects.toThrow("--as-of must be a day like 2026-12-07");
    }
  });

  it("names the line and the field of a bad label", () => {
    expect(() => parseFieldsJsonl('{"text": "x", "documentDate": "14.03.2026"}')).toThrow('line 1: "documentDate" must be "YYYY-MM-DD" or null');
    expect(() => parseFieldsJsonl('\n{"documentDate": null}')).toThrow('line 2: "text" must be a string');
    expect(() => parseFieldsJsonl('{"text": "x", "fields": {"total": "12,00 €"}}')).toThrow('line 1: "fields.total" must be like "123.45 EUR"');
    expect(() => parseFieldsJsonl("[1, 2]")).toThrow("line 1: expected an object");
    expect(() => parseFieldsJsonl("\n\n")).toThrow("the test file has no documents");
  });
});

describe("pnpm docscan eval fields --provider openai", () => {
  let llm: FakeOpenAI;
  // The model's answers by a word of each document. Totals: one right where the reader misses (the receipt
  // printing no currency), one unquoted (dropped: the reader's counts), one in a form a person's value would be
  // refused in. Dates: one the reader cannot find, one in the future (dropped). Senders: a correspondent's name
  // with its legal form dropped (matched), and an unknown one (a proposal: none assigned, the reader's counts).
  type Answer = Omit<ReturnType<Parameters<typeof answerTopics>[0]>, "topics">;
  const answers: [string, Answer][] = [
    ["KIOSK", { fields: [{ name: "Total", value: "12.00 EUR", confidence: 0.9, quote: "TOTAL   12,00" }] }],
    [
      "Invoice date: 3 April",
      { fields: [{ name: "Total", value: "1300.00 GBP", confidence: 0.9, quote: "Total GBP 1300" }], documentDate: { date: "2999-04-03", confidence: 0.9, quote: "Invoice date: 3 April 2026" } },
    ],
    ["Gesamtbetrag 80", { fields: [{ name: "Total", value: "80,00 €", confidence: 0.9, quote: "Gesamtbetrag 80,00 €" } satisfies FieldChoice] }],
    ["Invoice date: 5 May", { correspondent: { name: "Northwind Energy", confidence: 0.9, quote: "Northwind Energy Ltd" } }],
    [
      "Vertrag wurde",
      { documentDate: { date: "2026-03-01", confidence: 0.6, quote: "Ihr Vertrag wurde verlängert." }, correspondent: { name: "Lindenau Holding", confidence: 0.9, quote: "Bahnhofstraße 12" } },
    ],
  ];
  beforeAll(async () => {
    llm = await startFakeOpenAI(
      answerTopics((request) => {
        const text = messageText(request);
        const found = answers.find(([word]) => text.includes(word));
        return { topics: [{ name: "Documents", confidence: 0.9, quote: "" }], ...found?.[1] };
      }),
    );
  });
  afterAll(() => llm?.close());

  it("counts the LLM's checked and quoted total, date and sender, else the reader's, with one call per labelled document", async () => {
    const { code, stdout, stderr } = await runWith({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: "gpt-4o-mini" }, "--test", "fields.jsonl", "--provider", "openai", "--confirmed", "1", "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.provider).toBe("openai");
    const chats = llm.requests.filter(isChatRequest);
    expect(chats).toHaveLength(6); // the six lines with a label
    expect(chats.every((r) => requestedFieldNames(r).join() === "Total")).toBe(true);
    expect(report.total).toMatchObject({ n: 4, correct: 3, fromLlm: 1 });
    expect(report.total.misses).toEqual([{ line: 3, expected: "99.00 EUR", got: "80.00 EUR", quote: "Gesamtbetrag 80,00 €" }]);
    // The reader missed line 4's date (80 % offline); the LLM's fills it; its future date on line 1 is dropped.
    expect(report.documentDate).toMatchObject({ n: 5, correct: 5, fromLlm: 1 });
    expect(report.correspondent).toMatchObject({ n: 2, correct: 2, fromLlm: 1 });
    expect(report.llm).toMatchObject({ model: "gpt-4o-mini", calls: 6, failed: 0 });
    expect(report.llm.inputTokens).toBeGreaterThan(0);
    expect(report.llm.costUsd).toBeGreaterThan(0);
  });
});
