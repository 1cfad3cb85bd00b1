import { describe, expect, it } from "vitest";
import { countTokens, truncateToTokens } from "../src/index.ts";
import { encodingFor } from "../src/openai/tokens.ts";

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
