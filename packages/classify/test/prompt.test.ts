// Prompts for pathological documents: js-tiktoken's merge is quadratic within one
// unbroken run, so before the fix 200 KB of "a" took about an hour, synchronously.
import { beforeAll, describe, expect, it } from "vitest";
import { countTokens } from "../src/index.ts";
import { DEFAULT_MAX_INPUT_TOKENS, EXAMPLE_TOKENS, type PromptOptions, systemPrompt, userMessage } from "../src/openai/prompt.ts";
import { FINANCE, TOPICS } from "./fixtures.ts";

const model = "gpt-4o-mini";
const options: PromptOptions = { model, maxInputTokens: DEFAULT_MAX_INPUT_TOKENS, allowNewTopics: false };
/** For a loaded CI machine, where the work (a second or two on a quiet one) can take ten; before the fix it took about an hour. */
const SLOW = 60_000;
const KB200 = 200_000;

/** Deterministic lowercase letters: one "word" to the tokenizer, and no two pieces of it alike. */
function letters(n: number): string {
  let seed = 42;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(String.fromCharCode(97 + Math.floor((seed / 2147483648) * 26)));
  }
  return out.join("");
}

function sentText(user: string): string {
  return /"""\n([\s\S]*)\n"""$/.exec(user)![1]!;
}

beforeAll(() => {
  countTokens("warm up", model); // loading the tokenizer takes a moment
});

describe("userMessage with pathological documents", () => {
  const cases: [string, string][] = [
    ["200 KB of one repeated letter", "a".repeat(KB200)],
    ["200 KB of one repeated symbol", "=".repeat(KB200)],
    ["200 KB of letters without spaces", letters(KB200)],
  ];

  for (const [name, text] of cases) {
    it(`keeps ${name} within the token budget, beginning and end included`, () => {
      const user = userMessage({ text, filename: "dump.txt", topics: TOPICS }, options);
      const sent = sentText(user);
      expect(countTokens(sent, model)).toBeLessThanOrEqual(DEFAULT_MAX_INPUT_TOKENS);
      expect(countTokens(sent, model)).toBeGreaterThan(DEFAULT_MAX_INPUT_TOKENS - 40);
      expect(sent.startsWith(text.slice(0, 500))).toBe(true);
      expect(sent.endsWith(text.slice(-200))).toBe(true);
      expect(sent).toMatch(/tokens omitted/);
      expect(user).toMatch(/tokens in full\):/);
    }, SLOW);
  }

  it("keeps the beginning and the end of a long normal text, with an honest size", () => {
    const text = Array.from({ length: 25_000 }, (_, i) => `Sentence number ${i} of the long report, page ${i >> 5}.`).join(" ");
    expect(text.length).toBeGreaterThan(1_000_000);
    const user = userMessage({ text, filename: "report.txt", topics: TOPICS }, { ...options, maxInputTokens: 500 });
    const sent = sentText(user);
    expect(countTokens(sent, model)).toBeLessThanOrEqual(500);
    expect(countTokens(sent, model)).toBeGreaterThan(480);
    expect(sent.startsWith("Sentence number 0 of the long report, page 0. Sentence number 1 ")).toBe(true);
    expect(sent.endsWith("Sentence number 24999 of the long report, page 781.")).toBe(true);
    // Only the ends of so long a text are tokenized; its size is estimated from them, and says so.
    const full = countTokens(text, model);
    const said = Number(/\(beginning and end; about (\d+) tokens in full\)/.exec(user)![1]);
    expect(Math.abs(said - full) / full).toBeLessThan(0.05);
  }, SLOW);

  it("counts a text it tokenizes whole exactly", () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Line ${i} of the annual report.`).join("\n");
    const user = userMessage({ text, filename: "report.txt", topics: TOPICS }, { ...options, maxInputTokens: 600 });
    expect(user).toContain(`(beginning and end; ${countTokens(text, model)} tokens in full)`);
  });
});

describe("systemPrompt's excerpts of confirmed examples", () => {
  // German compound words split differently under o200k_base and cl100k_base, so the same example gets a different
  // excerpt per model: an excerpt made for one model must not be shown for another (excerpts are kept between requests).
  const text = "Rechnungsnummer Kundennummer Umsatzsteueridentifikationsnummer Lieferschein Zahlungsbedingungen Gesamtbetrag Überweisung Mahnung Steuerbescheid Einkommensteuererklärung ".repeat(4);
  const shownFor = (m: string) => /"Finance": "(.*)…"/.exec(systemPrompt(TOPICS, { ...options, model: m }, [{ text, topicIds: [FINANCE.id] }]))![1]!;

  it("cuts each model's excerpt with that model's tokenizer, however often it is asked", () => {
    for (let round = 0; round < 2; round++) {
      for (const m of ["gpt-4o-mini", "gpt-3.5-turbo"]) {
        const shown = shownFor(m);
        expect(text.startsWith(shown)).toBe(true);
        expect(countTokens(shown, m)).toBeLessThanOrEqual(EXAMPLE_TOKENS - 1);
        expect(text[shown.length]).toBe(" "); // cut at a word boundary
      }
    }
    expect(shownFor("gpt-4o-mini")).not.toBe(shownFor("gpt-3.5-turbo"));
  });

  it("cuts a long example by its own beginning: two that differ only there get their own excerpts", () => {
    // Longer than EXAMPLE_TOKENS × MAX_TOKEN_CHARS: only the beginning truncateHead reads decides the excerpt.
    const tail = " and the rest of a long statement".repeat(400);
    const shown = (head: string) => /"Finance": "(.*)…"/.exec(systemPrompt(TOPICS, options, [{ text: `${head}${tail}`, topicIds: [FINANCE.id] }]))![1]!;
    const a = shown("Statement for March, account 12345.");
    const b = shown("Statement for April, account 12345.");
    expect(a.startsWith("Statement for March")).toBe(true);
    expect(b.startsWith("Statement for April")).toBe(true);
    expect(shown("Statement for March, account 12345.")).toBe(a);
  });

  it("shows a short example whole, and a longer one with the same beginning cut", () => {
    const short = "Invoice 42 from ACME, paid.";
    expect(systemPrompt(TOPICS, options, [{ text: short, topicIds: [FINANCE.id] }])).toContain(`"Finance": "${short}"`);
    const longer = `${short} ${"More lines of the same invoice follow here. ".repeat(40)}`;
    expect(systemPrompt(TOPICS, options, [{ text: longer, topicIds: [FINANCE.id] }])).toMatch(/"Finance": "Invoice 42 from ACME, paid\. More[^"]*…"/);
  });
});

describe("systemPrompt with a pathological confirmed example", () => {
  for (const [name, text] of [
    ["200 KB of one repeated letter", "a".repeat(KB200)],
    ["200 KB of letters without spaces", letters(KB200)],
  ] as const) {
    it(`shows a short excerpt of ${name}`, () => {
      const system = systemPrompt(TOPICS, options, [{ text, topicIds: [FINANCE.id] }]);
      const shown = /"Finance": "([a-z]+)…"/.exec(system)![1]!;
      expect(text.startsWith(shown)).toBe(true);
      expect(countTokens(shown, model)).toBeLessThanOrEqual(EXAMPLE_TOKENS);
      expect(shown.length).toBeGreaterThan(EXAMPLE_TOKENS);
    }, SLOW);
  }
});
