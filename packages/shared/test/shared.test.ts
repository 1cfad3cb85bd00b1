import { describe, expect, it } from "vitest";
import { ALLOWED_EXTENSIONS, isAcceptedType, listDocumentsInputSchema, maskSecret, SNIPPET_MARK_END as E, SNIPPET_MARK_START as S, splitSnippet, topicInputSchema } from "../src/index.ts";

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

  it("splits a snippet on the match markers into plain text parts", () => {
    expect(splitSnippet(`the ${S}invoice${E} is ${S}due${E}`)).toEqual([
      { text: "the ", match: false },
      { text: "invoice", match: true },
      { text: " is ", match: false },
      { text: "due", match: true },
    ]);
    // Unbalanced markers never leak into the text.
    expect(splitSnippet(`a${E}b ${S}c`)).toEqual([
      { text: "ab ", match: false },
      { text: "c", match: true },
    ]);
    expect(splitSnippet("<b>not html</b>")).toEqual([{ text: "<b>not html</b>", match: false }]);
  });

  it("reads list input from query strings: blanks are absent, dates coerce, deep offsets are refused", () => {
    expect(listDocumentsInputSchema.parse({ q: "  ", cursor: "", perPage: "10", createdFrom: "2024-01-01" })).toEqual({
      perPage: 10,
      createdFrom: new Date("2024-01-01"),
    });
    expect(listDocumentsInputSchema.safeParse({ page: "401", perPage: "25" }).success).toBe(false);
    expect(listDocumentsInputSchema.safeParse({ page: "400", perPage: "25" }).success).toBe(true);
    expect(listDocumentsInputSchema.safeParse({ page: "1", cursor: "abc" }).success).toBe(false);
  });

  it("rejects bad topic colours with a message", () => {
    const r = topicInputSchema.safeParse({ name: "Tax", color: "red" });
    expect(r.success).toBe(false);
    expect(topicInputSchema.parse({ name: " Tax " })).toEqual({ name: "Tax", description: "", color: "#6366f1" });
  });
});
