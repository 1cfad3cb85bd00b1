import { describe, expect, it } from "vitest";
import { conditionSchema, firstMatchingRule, ruleSchema, unsafePattern, type MessageFacts } from "../src/rules.ts";

const facts: MessageFacts = { from: "ACME Billing <billing@acme.example>", to: "inbox@docscan.example", subject: "Rechnung März 2026", body: "Anbei Ihre Rechnung.", attachmentNames: ["invoice-31.pdf", "logo.png"] };
const rule = (conditions: unknown[]) => ruleSchema.parse({ conditions });

describe("mail rules", () => {
  it("takes the first rule whose conditions all match, case-insensitively", () => {
    const rules = [
      rule([{ field: "from", op: "contains", value: "ACME" }, { field: "subject", op: "contains", value: "offer" }]),
      rule([{ field: "attachment", op: "regex", value: "^invoice-\\d+\\.pdf$" }]),
      rule([]),
    ];
    expect(firstMatchingRule(rules, facts)?.index).toBe(1);
    expect(firstMatchingRule([rule([{ field: "subject", op: "contains", value: "märz" }])], facts)?.index).toBe(0);
    expect(firstMatchingRule([rule([{ field: "body", op: "regex", value: "^invoice" }])], facts)).toBeNull();
    expect(firstMatchingRule([rule([])], facts)?.index).toBe(0);
  });

  it("refuses regular expressions that can backtrack for ever, and over-long or invalid ones", () => {
    for (const p of ["(a+)+$", "(.*a){10}", "(\\w+\\s?)*$", "(a|aa)+(b)\\2"]) expect(unsafePattern(p), p).not.toBeNull();
    for (const p of ["^invoice-\\d{4}", "rechnung|invoice", "(?:acme|globex)\\.example$", "[a-z]+@acme"]) expect(unsafePattern(p), p).toBeNull();
    expect(conditionSchema.safeParse({ field: "subject", op: "regex", value: "(" }).success).toBe(false);
    expect(conditionSchema.safeParse({ field: "subject", op: "regex", value: "a".repeat(201) }).success).toBe(false);
    expect(ruleSchema.safeParse({ after: "move" }).error?.issues[0]?.message).toBe("name the folder to move messages to");
  });

  it("matches only the first 64 KiB of a long body, so a huge mail cannot make matching slow", () => {
    const long = { ...facts, body: `${"x".repeat(70_000)}needle` };
    expect(firstMatchingRule([rule([{ field: "body", op: "contains", value: "needle" }])], long)).toBeNull();
  });
});
