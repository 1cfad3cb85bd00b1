// Who sent a document (issue 17, ADR 0030), offline and deterministic: the owner's match rules first, then a
// model learned from the documents the owner confirmed, then an e-mail's sender. Pure functions: the worker and
// `pnpm docscan eval fields` call the same code.
//
// Patterns people write run on RE2 (re2js): matching time is linear in the text, whatever the pattern, so no
// pattern can backtrack catastrophically; RE2 refuses look-around and back-references, and programs too large.
import { RE2JS } from "re2js";
import type { MatchAlgorithm } from "@docscan/shared";

/** Rules read this much of the text (a letterhead, a reference number and a signature sit well within it). */
export const RULE_TEXT_CHARS = 20_000;
/** The learned model reads the head and the foot of a document: letterhead, and the sender's details in the footer. */
export const LEARN_HEAD_CHARS = 1500;
export const LEARN_FOOT_CHARS = 500;
/** Below this cosine similarity to every correspondent's confirmed documents, the model abstains. */
export const LEARN_MIN_SIMILARITY = 0.3;
/** Shorter words (le, la, et, of) say nothing about a sender. */
const LEARN_MIN_WORD = 3;
/** The quote kept with an assignment. */
const QUOTE_MAX = 200;

export interface CorrespondentRule {
  id: string;
  name: string;
  /** The words, phrase or pattern of the rule (unused by `none` and `auto`). */
  match: string;
  algorithm: MatchAlgorithm;
  caseInsensitive: boolean;
}

export interface CorrespondentAssignment {
  correspondentId: string;
  source: "rule" | "learned" | "sender";
  /** 1 for a rule; the similarity for the learned model; 0.9 for a sender whose name is a correspondent's. */
  confidence: number;
  /** The words it came from. */
  quote: string;
}

/** A confirmed document: its text (head and foot are enough), file name and the correspondent a person chose. */
export interface LearnedExample {
  correspondentId: string;
  text: string;
  filename: string;
}

/** Nearest centroid over tf-idf vectors of the examples' head and foot (see trainCorrespondentModel). */
export interface CorrespondentModel {
  idf: Map<string, number>;
  centroids: { correspondentId: string; vector: Map<string, number>; examples: number }[];
}

export class MatchRuleError extends Error {
  override name = "MatchRuleError";
}

// ---------------------------------------------------------------- rules

/** A word or phrase as a whole: not inside a longer word, in any script (RE2's \b knows ASCII only). */
const whole = (body: string) => `(?:^|[^\\p{L}\\p{N}_])(${body})(?:$|[^\\p{L}\\p{N}_])`;
/** A phrase's words, escaped, with any run of white space between them (line breaks in a letterhead). */
const phrase = (words: string[]) => words.map((w) => RE2JS.quote(w)).join("\\s+");
const wordsOf = (match: string) => match.split(/\s+/).filter(Boolean);
/** `"Acme Corp" invoice`: quoted phrases stay together (as in paperless-ngx). */
function termsOf(match: string): string[] {
  const terms: string[] = [];
  for (const m of match.matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? "").trim();
    if (t) terms.push(t);
  }
  return terms;
}
/** The compiled patterns of a rule: `any` matches one of them, `all` every one, the others the single one. */
function compileRule(r: Pick<CorrespondentRule, "match" | "algorithm" | "caseInsensitive">): RE2JS[] {
  const flags = r.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0;
  const match = r.match.trim();
  if (r.algorithm === "none" || r.algorithm === "auto" || !match) return [];
  try {
    if (r.algorithm === "regex") return [RE2JS.compile(match, flags)];
    if (r.algorithm === "exact") return [RE2JS.compile(whole(phrase(wordsOf(match))), flags)];
    return termsOf(match).map((t) => RE2JS.compile(whole(phrase(wordsOf(t))), flags));
  } catch (err) {
    throw new MatchRuleError(`the ${r.algorithm === "regex" ? "regular expression" : "match"} cannot be used: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Checks a rule before it is saved: a pattern RE2 refuses (look-around, back-references, too large a
 * program, a syntax error) is a MatchRuleError with RE2's reason; `any`, `all`, `exact` and `regex` need words.
 */
export function checkMatchRule(r: Pick<CorrespondentRule, "match" | "algorithm" | "caseInsensitive">): void {
  if (["any", "all", "exact", "regex"].includes(r.algorithm) && !r.match.trim()) {
    throw new MatchRuleError(`the ${r.algorithm} rule needs ${r.algorithm === "regex" ? "a pattern" : "words to look for"}`);
  }
  const compiled = compileRule(r);
  // A pattern that matches the empty string matches every document.
  if (r.algorithm === "regex" && compiled[0]!.matcher("").find()) throw new MatchRuleError("the regular expression matches empty text, so it would match every document");
}

/** Where the rule matches first in `text`, and what it matched; null when it does not. */
function ruleMatch(patterns: RE2JS[], algorithm: MatchAlgorithm, text: string): { at: number; quote: string } | null {
  if (patterns.length === 0) return null;
  let first: { at: number; quote: string } | null = null;
  for (const p of patterns) {
    const m = p.matcher(text);
    if (!m.find()) {
      if (algorithm === "all") return null;
      continue;
    }
    const group = algorithm === "regex" ? 0 : 1;
    const hit = { at: m.start(group), quote: m.group(group) ?? "" };
    if (!first || hit.at < first.at) first = hit;
  }
  return first;
}

/** The line around a match, bounded: what the console shows as "from the text". */
function quoteAround(text: string, at: number, matched: string): string {
  const start = text.lastIndexOf("\n", at) + 1;
  const endAt = text.indexOf("\n", at + matched.length);
  const line = text.slice(start, endAt < 0 ? undefined : endAt).replace(/\s+/g, " ").trim();
  return (line.length <= QUOTE_MAX ? line : matched.slice(0, QUOTE_MAX)) || matched.slice(0, QUOTE_MAX);
}

// ---------------------------------------------------------------- the learned model

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&@.\-_]*[\p{L}\p{N}]|[\p{L}\p{N}]{2,}/gu;
/** Digits alone change from letter to letter (amounts, dates); kept only when long (IBANs, register numbers). */
function tokens(text: string, filename: string): string[] {
  const head = text.length > LEARN_HEAD_CHARS + LEARN_FOOT_CHARS ? `${text.slice(0, LEARN_HEAD_CHARS)}\n${text.slice(-LEARN_FOOT_CHARS)}` : text;
  const out: string[] = [];
  for (const m of `${head}\n${filename.replace(/\.[a-z0-9]{1,5}$/i, "")}`.toLowerCase().matchAll(TOKEN)) {
    const t = m[0];
    if (/^[\d.\-_]+$/.test(t) && t.replace(/\D/g, "").length < 6) continue;
    if (t.length < LEARN_MIN_WORD) continue;
    out.push(t);
  }
  return out;
}

function termCounts(ts: string[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const t of ts) c.set(t, (c.get(t) ?? 0) + 1);
  return c;
}

/** Log-scaled term frequency times idf, unit length. */
function weigh(counts: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, n] of counts) {
    const w = (1 + Math.log(n)) * (idf.get(t) ?? 0);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/**
 * Learns each correspondent's words from the owner's confirmed documents: a tf-idf vector of each example's
 * head and foot (idf over the examples, so words every letter has weigh nothing), averaged per correspondent.
 * Deterministic; cost linear in the examples' (bounded) text.
 */
export function trainCorrespondentModel(examples: LearnedExample[]): CorrespondentModel {
  const docs = examples.map((e) => ({ id: e.correspondentId, counts: termCounts(tokens(e.text, e.filename)) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  // Smoothed idf without the usual +1: a word every example has ("please", "the", "form") weighs nothing, so a
  // document from nobody known is not pulled towards whoever writes the most boilerplate.
  for (const [t, n] of df) idf.set(t, Math.log((docs.length + 1) / (n + 1)));
  const sums = new Map<string, { vector: Map<string, number>; examples: number }>();
  for (const d of docs) {
    const s = sums.get(d.id) ?? { vector: new Map<string, number>(), examples: 0 };
    for (const [t, w] of weigh(d.counts, idf)) s.vector.set(t, (s.vector.get(t) ?? 0) + w);
    s.examples += 1;
    sums.set(d.id, s);
  }
  const centroids = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([correspondentId, s]) => {
      let norm = 0;
      for (const w of s.vector.values()) norm += w * w;
      norm = Math.sqrt(norm);
      const vector = new Map([...s.vector].map(([t, w]) => [t, norm > 0 ? w / norm : 0] as const));
      return { correspondentId, vector, examples: s.examples };
    });
  return { idf, centroids };
}

/** The nearest correspondent by the learned model, among `candidates`; null below LEARN_MIN_SIMILARITY. */
function predictLearned(model: CorrespondentModel, text: string, filename: string, candidates: Set<string>): CorrespondentAssignment | null {
  const ts = tokens(text, filename);
  const v = weigh(termCounts(ts), model.idf);
  let best: { id: string; sim: number } | null = null;
  for (const c of model.centroids) {
    if (!candidates.has(c.correspondentId)) continue;
    const sim = cosine(v, c.vector);
    if (!best || sim > best.sim) best = { id: c.correspondentId, sim };
  }
  if (!best || best.sim < LEARN_MIN_SIMILARITY) return null;
  const centroid = model.centroids.find((c) => c.correspondentId === best.id)!.vector;
  // The quote: the words that weighed most in the match, in the order the document has them.
  const top = new Set(
    [...v]
      .map(([t, w]) => [t, w * (centroid.get(t) ?? 0)] as const)
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 6)
      .map(([t]) => t),
  );
  const quote = [...new Set(ts.filter((t) => top.has(t)))].join(" ").slice(0, QUOTE_MAX);
  return { correspondentId: best.id, source: "learned", confidence: Math.round(Math.min(1, best.sim) * 1000) / 1000, quote };
}

// ---------------------------------------------------------------- the sender

/** The sender of an e-mail document: the `From:` line extraction writes at the top of a message's text. */
export function emailSender(text: string): { name: string; address: string } | null {
  const line = /^From:[ \t]*(.+)$/m.exec(text.slice(0, 2000));
  if (!line) return null;
  const raw = line[1]!.trim();
  const angle = /^"?([^"<]*)"?\s*<([^>]+)>/.exec(raw);
  if (angle) return { name: angle[1]!.trim(), address: angle[2]!.trim().toLowerCase() };
  return { name: "", address: raw.toLowerCase() };
}

const normalName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function senderMatch(text: string, correspondents: CorrespondentRule[]): CorrespondentAssignment | null {
  const sender = emailSender(text);
  if (!sender) return null;
  const name = normalName(sender.name);
  // The domain's name without its top level (billing@acme-energy.com → "acme energy").
  const domain = normalName(sender.address.split("@")[1]?.split(".").slice(0, -1).join(" ") ?? "");
  for (const c of [...correspondents].sort(byName)) {
    const cn = normalName(c.name);
    if (!cn) continue;
    if (cn === name || cn === domain) return { correspondentId: c.id, source: "sender", confidence: 0.9, quote: `From: ${sender.name ? `${sender.name} <${sender.address}>` : sender.address}`.slice(0, QUOTE_MAX) };
  }
  return null;
}

const byName = (a: CorrespondentRule, b: CorrespondentRule) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.id < b.id ? -1 : 1);

// ---------------------------------------------------------------- all together

/**
 * The document's correspondent, or null:
 * 1. a rule (`any`, `all`, `exact`, `regex`) that matches the text or the file name — of several, the one that
 *    matches earliest in the text (the letterhead comes first), then by name;
 * 2. else an `auto` correspondent whose name the text prints, as a whole phrase in any case (the earliest;
 *    source `rule`, since the name is the rule);
 * 3. else, among `auto` correspondents, the nearest by the model learned from confirmed documents;
 * 4. else, for an e-mail (or an attachment of one: `opts.mailText`, the message's text), the correspondent named
 *    like its sender (display name or domain).
 * A rule that cannot compile (saved before a check existed) is skipped, never fatal.
 */
export function assignCorrespondent(
  text: string,
  filename: string,
  correspondents: CorrespondentRule[],
  model: CorrespondentModel | null,
  opts: { mailText?: string } = {},
): CorrespondentAssignment | null {
  const head = text.slice(0, RULE_TEXT_CHARS);
  const haystack = `${head}\n${filename}`;
  let best: { c: CorrespondentRule; at: number; quote: string } | null = null;
  const sorted = [...correspondents].sort(byName);
  for (const c of sorted) {
    let patterns: RE2JS[];
    try {
      patterns = compileRule(c);
    } catch {
      continue;
    }
    const hit = ruleMatch(patterns, c.algorithm, haystack);
    if (hit && (!best || hit.at < best.at)) best = { c, ...hit };
  }
  if (best) return { correspondentId: best.c.id, source: "rule", confidence: 1, quote: quoteAround(haystack, best.at, best.quote) };

  // An `auto` correspondent whose name the text prints (a letterhead mostly does): the earliest such name.
  let named: { c: CorrespondentRule; at: number; quote: string } | null = null;
  for (const c of sorted) {
    if (c.algorithm !== "auto" || !wordsOf(c.name).length) continue;
    const hit = ruleMatch([RE2JS.compile(whole(phrase(wordsOf(c.name))), RE2JS.CASE_INSENSITIVE)], "exact", head);
    if (hit && (!named || hit.at < named.at)) named = { c, ...hit };
  }
  if (named) return { correspondentId: named.c.id, source: "rule", confidence: 1, quote: quoteAround(head, named.at, named.quote) };
  const auto = new Set(correspondents.filter((c) => c.algorithm === "auto").map((c) => c.id));
  const learned = model && auto.size > 0 ? predictLearned(model, text, filename, auto) : null;
  if (learned) return learned;

  return senderMatch(opts.mailText ?? text, correspondents);
}

// ---------------------------------------------------------------- a name read by someone else

/** Legal forms a letterhead adds to a name that a correspondents list often leaves out. */
const LEGAL_FORMS = new Set(
  "gmbh ag kg ohg ug ev e v mbh co ltd limited plc llc inc corp sa sas sarl srl spa s p a sl bv b v nv n v vof".split(" "),
);
const withoutLegalForm = (name: string) => {
  const words = normalName(name).split(" ");
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  return words.join(" ");
};

/**
 * The correspondent a sender's name (as the LLM read it from the letterhead) stands for, or null for a sender none
 * of them is: the same name (any case and punctuation, with or without a legal form such as "GmbH" or "Ltd."),
 * else a rule or an `auto` correspondent's name that matches the name and its quote, as `assignCorrespondent` reads
 * a text (the first two steps; the learned model and the e-mail sender need the whole document).
 */
export function correspondentNamed(name: string, quote: string, correspondents: CorrespondentRule[]): CorrespondentRule | null {
  const wanted = withoutLegalForm(name);
  if (!wanted) return null;
  const sorted = [...correspondents].sort(byName);
  const same = sorted.find((c) => withoutLegalForm(c.name) === wanted);
  if (same) return same;
  const found = assignCorrespondent(`${name}\n${quote}`, "", correspondents, null);
  return found ? (correspondents.find((c) => c.id === found.correspondentId) ?? null) : null;
}
