import { describe, expect, it } from "vitest";
import { ALLOWED_EXTENSIONS, isAcceptedType, listDocumentsInputSchema, maskSecret, SNIPPET_MARK_END as E, SNIPPET_MARK_START as S, splitSnippet, textSchema, topicInputSchema, topicUpdateSchema } from "../src/index.ts";

describe("shared", () => {
  it("masks secrets down to their last four characters", () => {
    expect(maskSecret("sk-proj-abcdefgh1234")).toBe("sk-…1234");
    expect(maskSecret("ollama-token-9876")).toBe("…9876");
    expect(maskSecret("abcd")).toBe("…");
    expect(maskSecret("sk-12345")).toBe("sk-…");
  });

  it("accepts only allow-listed types", () => {
    expect(isAcceptedType("application/pdf")).toBe(true);
    expect(isAcceptedType("image/svg+xml")).toBe(false);
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

  it("fills topic defaults on create but not on update", () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect(topicUpdateSchema.parse({ id, name: " Tax " })).toEqual({ id, name: "Tax" });
    expect(topicUpdateSchema.safeParse({ id, name: " " }).success).toBe(false);
  });

  it("refuses control characters in typed text, keeping tabs and line breaks", () => {
    const text = textSchema(100, "required");
    expect(text.parse("  two\nlines\tand a tab ")).toBe("two\nlines\tand a tab");
    for (const bad of ["nul\u0000", "bell\u0007", "esc\u001b[31m", "del\u007f"]) {
      expect(text.safeParse(bad).error?.issues[0]?.message).toBe("must not contain control characters");
    }
    expect(text.safeParse("   ").error?.issues[0]?.message).toBe("required");
  });

  it("takes list dates only in years 1–9999, which Postgres reads back", () => {
    expect(listDocumentsInputSchema.safeParse({ createdFrom: "2025-01-31" }).success).toBe(true);
    for (const createdFrom of ["0000-06-01", "99999", "-000001-01-01T00:00:00Z", "not a date"]) {
      expect(listDocumentsInputSchema.safeParse({ createdFrom }).success, createdFrom).toBe(false);
    }
  });
});
