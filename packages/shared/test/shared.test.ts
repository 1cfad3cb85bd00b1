import { describe, expect, it } from "vitest";
import { ALLOWED_EXTENSIONS, isAcceptedType, maskSecret, topicInputSchema } from "../src/index.ts";

describe("shared", () => {
  it("masks secrets down to their last four characters", () => {
    expect(maskSecret("sk-proj-abcdefgh1234")).toBe("sk-…1234");
    expect(maskSecret("ollama-token-9876")).toBe("…9876");
  });

  it("accepts only allow-listed types", () => {
    expect(isAcceptedType("application/pdf")).toBe(true);
    expect(isAcceptedType("text/html")).toBe(false);
    expect(ALLOWED_EXTENSIONS).toContain(".pdf");
    expect(ALLOWED_EXTENSIONS.every((e) => e === e.toLowerCase())).toBe(true);
  });

  it("rejects bad topic colours with a message", () => {
    const r = topicInputSchema.safeParse({ name: "Tax", color: "red" });
    expect(r.success).toBe(false);
    expect(topicInputSchema.parse({ name: " Tax " })).toEqual({ name: "Tax", description: "", color: "#6366f1" });
  });
});
