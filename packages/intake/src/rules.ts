// Mail rules (ADR 0020): per account, evaluated in order; the first whose conditions all match decides what
// is imported, where it is filed and what happens to the message on the server. Browser-safe (zod only).
import { z } from "zod";

export const RULE_FIELDS = ["from", "to", "subject", "body", "attachment"] as const;
export const RULE_AFTER = ["none", "seen", "flag", "move", "delete"] as const;
export const RULE_IMPORT = ["attachments", "message", "both"] as const;

/** Longest pattern or text a condition may hold. */
export const PATTERN_MAX = 200;
/** Only the first this many characters of a field are matched (a huge body cannot make matching slow). */
export const MATCH_TEXT_MAX = 64 * 1024;

/**
 * Why a pattern is refused, or null. JavaScript regular expressions backtrack, so patterns that can take
 * exponential time are refused: a quantified group that itself contains a quantifier (`(a+)+`, `(.*a){5}`),
 * and back-references. Together with PATTERN_MAX and MATCH_TEXT_MAX this bounds the work of a match.
 */
export function unsafePattern(pattern: string): string | null {
  try {
    new RegExp(pattern, "iu");
  } catch (err) {
    return `not a valid regular expression (${(err as Error).message})`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return "back-references are not allowed";
  // A group containing a quantifier, followed by a quantifier.
  const stripped = pattern.replace(/\\./g, "x").replace(/\[[^\]]*\]/g, "x");
  const stack: boolean[] = [];
  for (let i = 0; i < stripped.length; i++) {
    const ch = stripped[i]!;
    if (ch === "(") stack.push(false);
    else if (ch === ")") {
      const inner = stack.pop() ?? false;
      if (inner && /^[*+{?]/.test(stripped.slice(i + 1)) && !/^\?[:=!<]/.test(stripped.slice(i + 1))) return "nested repetition such as (a+)+ can take exponential time";
      if (stack.length > 0 && (inner || /^[*+{]/.test(stripped.slice(i + 1)))) stack[stack.length - 1] = true;
    } else if ("*+{".includes(ch) || (ch === "?" && stripped[i - 1] !== "(")) {
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return null;
}

export const conditionSchema = z
  .object({
    field: z.enum(RULE_FIELDS),
    op: z.enum(["contains", "regex"]),
    value: z.string().trim().min(1, "say what to look for").max(PATTERN_MAX),
  })
  .superRefine((c, ctx) => {
    const problem = c.op === "regex" ? unsafePattern(c.value) : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
  });

export const ruleSchema = z
  .object({
    name: z.string().trim().max(100).default(""),
    /** All must match; none: every message. */
    conditions: z.array(conditionSchema).max(10).default([]),
    import: z.enum(RULE_IMPORT).default("attachments"),
    /** Attachments whose file name contains this (case-insensitive); empty: every attachment. */
    attachmentNameContains: z.string().trim().max(PATTERN_MAX).default(""),
    /** Smaller attachments (logos, signatures) are skipped. */
    minAttachmentBytes: z.number().int().min(0).max(1024 * 1024 * 1024).default(0),
    folderId: z.uuid().nullable().default(null),
    topicIds: z.array(z.uuid()).max(20).default([]),
    after: z.enum(RULE_AFTER).default("seen"),
    /** The mailbox folder for `after: "move"`. */
    moveTo: z.string().trim().max(200).default(""),
  })
  .superRefine((r, ctx) => {
    if (r.after === "move" && !r.moveTo) ctx.addIssue({ code: "custom", path: ["moveTo"], message: "name the folder to move messages to" });
  });

export const rulesSchema = z.array(ruleSchema).max(50);
export type MailCondition = z.infer<typeof conditionSchema>;
export type MailRule = z.infer<typeof ruleSchema>;

/** What a rule looks at in one message. */
export interface MessageFacts {
  from: string;
  to: string;
  subject: string;
  body: string;
  attachmentNames: string[];
}

function matchesText(c: MailCondition, text: string): boolean {
  const t = text.slice(0, MATCH_TEXT_MAX);
  if (c.op === "contains") return t.toLowerCase().includes(c.value.toLowerCase());
  return new RegExp(c.value, "iu").test(t);
}

export function conditionMatches(c: MailCondition, m: MessageFacts): boolean {
  if (c.field === "attachment") return m.attachmentNames.some((n) => matchesText(c, n));
  return matchesText(c, m[c.field]);
}

/** The first rule whose conditions all match, with its position; null when none does. */
export function firstMatchingRule(rules: MailRule[], m: MessageFacts): { rule: MailRule; index: number } | null {
  for (const [index, rule] of rules.entries()) {
    if (rule.conditions.every((c) => conditionMatches(c, m))) return { rule, index };
  }
  return null;
}
