import { describe, expect, it } from "vitest";
import { ClassificationError, createClassifier, resolveProvider } from "../src/index.ts";

describe("resolveProvider", () => {
  it("picks openai for auto only when a key is set", () => {
    expect(resolveProvider({ provider: "auto", apiKey: "sk-abc" })).toBe("openai");
    expect(resolveProvider({ provider: "auto", apiKey: null })).toBe("local");
    expect(resolveProvider({ provider: "auto", apiKey: "  " })).toBe("local");
  });

  it("keeps an explicit choice", () => {
    expect(resolveProvider({ provider: "local", apiKey: "sk-abc" })).toBe("local");
    expect(resolveProvider({ provider: "openai", apiKey: null })).toBe("openai");
  });
});

describe("createClassifier", () => {
  const base = { baseUrl: null, model: "gpt-4o-mini" };

  it("creates the provider resolveProvider names", () => {
    expect(createClassifier({ ...base, provider: "auto", apiKey: null }).provider).toBe("local");
    expect(createClassifier({ ...base, provider: "auto", apiKey: "sk-abc" }).provider).toBe("openai");
  });

  it("refuses openai without an API key", () => {
    const make = () => createClassifier({ ...base, provider: "openai", apiKey: null, baseUrl: null });
    expect(make).toThrow(ClassificationError);
    expect(make).toThrow("OpenAI provider needs an API key");
    expect(createClassifier({ ...base, provider: "openai", apiKey: null, baseUrl: "http://localhost:11434/v1" }).provider).toBe("openai");
  });

  it("refuses openai without a model", () => {
    expect(() => createClassifier({ ...base, provider: "openai", apiKey: "sk-abc", model: " " })).toThrow(
      "OpenAI provider needs a model name",
    );
  });
});
