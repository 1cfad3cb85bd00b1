import { Tiktoken } from "js-tiktoken/lite";
import cl100k from "js-tiktoken/ranks/cl100k_base";
import o200k from "js-tiktoken/ranks/o200k_base";
import { describe, expect, it } from "vitest";
import { countTokens, truncateToTokens } from "../src/index.ts";
import { encodingFor, fitToTokens, MAX_TOKEN_CHARS } from "../src/openai/tokens.ts";

describe("token counting", () => {
  it("picks the model family's encoding", () => {
    for (const m of ["gpt-4o-mini", "gpt-4o", "gpt-4.1-nano", "o4-mini", "o3", "gpt-5-mini"]) expect(encodingFor(m)).toBe("o200k_base");
    for (const m of ["gpt-4", "gpt-3.5-turbo", "llama3.1", "mistral"]) expect(encodingFor(m)).toBe("cl100k_base");
  });

  it("counts with the real tokenizers", () => {
    expect(countTokens("hello world", "gpt-4o-mini")).toBe(2);
    expect(countTokens("hello world", "gpt-4")).toBe(2);
    expect(countTokens("", "gpt-4o-mini")).toBe(0);
    // Special-token text in a document is ordinary text, not an error.
    expect(countTokens("<|endoftext|>", "gpt-4o-mini")).toBeGreaterThan(1);
  });
});

describe("truncateToTokens", () => {
  const model = "gpt-4o-mini";
  const text = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} of the long document.`).join(" ");

  it("leaves text within the budget alone", () => {
    expect(truncateToTokens("A short letter.", 100, model)).toBe("A short letter.");
  });

  it("keeps the beginning and the end within the budget, with a marker between", () => {
    const out = truncateToTokens(text, 500, model);
    expect(countTokens(out, model)).toBeLessThanOrEqual(500);
    expect(countTokens(out, model)).toBeGreaterThan(480);
    expect(out.startsWith("Sentence number 0 of the long document.")).toBe(true);
    expect(out.endsWith("Sentence number 2999 of the long document.")).toBe(true);
    expect(out).toMatch(/\[… \d+ tokens omitted …\]/);
    const [head, tail] = out.split(/\[… \d+ tokens omitted …\]/);
    expect(head!.length / (head!.length + tail!.length)).toBeCloseTo(0.7, 1);
  });

  it("never leaves half a character at the cut", () => {
    const out = truncateToTokens("żółć 🚀 ".repeat(2000), 300, "gpt-4");
    expect(out).not.toContain("\uFFFD");
    expect(countTokens(out, "gpt-4")).toBeLessThanOrEqual(300);
  });
});

describe("long unbroken runs", () => {
  const model = "gpt-4o-mini";
  /** js-tiktoken as it is, without the run pieces (quadratic: short inputs only). */
  const plain = new Tiktoken(o200k);
  const plainCount = (text: string) => plain.encode(text, [], []).length;

  it("rests on no token being longer than MAX_TOKEN_CHARS", () => {
    for (const ranks of [o200k, cl100k]) {
      const enc = new Tiktoken(ranks);
      let longest = 0;
      for (let rank = 0; rank < 201_000; rank++) longest = Math.max(longest, enc.decode([rank]).length);
      expect(longest).toBe(MAX_TOKEN_CHARS);
    }
  });

  it("counts runs up to the longest token exactly, and longer ones about right", () => {
    for (const text of ["-".repeat(80), " ".repeat(120) + "x", "=".repeat(96), "Donaudampfschifffahrtsgesellschaftskapitän"]) {
      expect(countTokens(text, model)).toBe(plainCount(text));
    }
    for (const run of ["a".repeat(2000), "=".repeat(2000), "abcdefghij".repeat(200)]) {
      expect(Math.abs(countTokens(run, model) - plainCount(run))).toBeLessThanOrEqual(run.length / 64);
    }
  });

  it("counts 1 MB of one character in linear time", () => {
    expect(countTokens("a".repeat(1_000_000), model)).toBe(125_000);
    expect(countTokens(" ".repeat(1_000_000), "gpt-4")).toBeLessThan(10_000);
  }, 300_000);

  it("fills the budget even where tokens are long (the character cut keeps enough)", () => {
    const text = Array.from({ length: 4000 }, (_, i) => `${"-".repeat(120)}\nRow ${i}`).join("\n");
    const cut = fitToTokens(text, 500, model);
    expect(cut.estimated).toBe(true);
    expect(countTokens(cut.text, model)).toBeGreaterThan(480);
    const [head, tail] = cut.text.split(/\n\n\[… \d+ tokens omitted …\]\n\n/);
    expect(text.startsWith(head!)).toBe(true);
    expect(text.endsWith(tail!)).toBe(true);
    expect(head!.length).toBeGreaterThan(7000); // 8 characters a token would have kept 2 800
  });
});
