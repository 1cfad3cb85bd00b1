// The content gate: a page with too little to read (a test page, a blank form, a one-liner, lorem ipsum, OCR
// noise, a log or a listing of code) gets no topic, whatever its vector says. Cheap rules on the text, run
// before anything else, so such a page never costs an encoding either.
import { STOP_WORDS } from "./stopwords.ts";

/** Distinct content words (≥ 3 letters, not a function or filler word) a page needs to be classified. */
export const MIN_CONTENT_WORDS = 8;
/** Share of a page's word-like tokens that must be clean words (letters only): below this it is noise. */
const MIN_CLEAN_SHARE = 0.6;

/** Words that say a page is a placeholder, a test or a form, not what it is about. */
const FILLER = new Set(
  `test tests testing tested sample samples example dummy placeholder hello world untitled document documents file files
  page pages blank intentionally left ignore please thanks thank attached attachment find see draft final version copy
  scan scanned scanner print printed printer new notes note meeting signed signature sheet discard upload uploaded
  lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna aliqua enim
  minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo consequat duis aute irure reprehenderit
  voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat proident sunt culpa qui officia
  deserunt mollit anim est laborum curabitur pretium tincidunt lacus gravida orci odio nullam varius turpis pharetra
  eros bibendum nec luctus felis sollicitudin mauris quick brown fox jumps lazy dog`.split(/\s+/),
);

/** A form field with no value: "Name: ____", "Date:", "IBAN [      ]", "Amount: ......". */
const EMPTY_FIELD = /^[^:\n]{1,60}(:\s*([_.\-/ ]*)|\s*\[\s*\]\s*)$/u;
const BLANK_RUN = /_{3,}|\.{5,}|\[\s+\]/u;
/** A log line: starts with a timestamp, an IP address, or a bracketed time/level. */
const LOG_LINE = /^(\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{1,3}(\.\d{1,3}){3}\s|\[[^\]]{0,40}\]\s*(info|warn|error|debug)|\s*(info|warn|warning|error|debug|trace)\b[:\]])/iu;
/** A line of code, markup or data: braces, semicolons, assignments, tags, or a keyword that opens a statement. */
const CODE_LINE =
  /(^\s*(import|export|const|let|var|function|def|class|return|if|elif|else|for|while|fn|func|public|private|package|#include|#!|select|from|where|order by|limit|set|do|done|then|fi)\b.*[(){}=;:<>[\]]\S*$)|[{};]\s*$|^\s*[}\])]|=>|==|\)\s*\{|<\/?[a-z][^>]*>|^\s*"[^"]+"\s*:|^\s*[\w.-]+:\s*$|^\s+-\s|^\s*(File ".*", line \d+|Traceback)/iu;

const SQL_LINE = /^\s*(SELECT|FROM|WHERE|AND|OR|ORDER BY|GROUP BY|LIMIT|INSERT INTO|VALUES|UPDATE|DELETE FROM|JOIN|LEFT JOIN|CREATE TABLE)\b/u;
const MAX_CODE_LINE = 160;

/** Entities decoded and tags dropped, as text extracted from HTML-ish sources often carries them. */
function decodeMarkup(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/&(quot|#39|#36|nbsp);|\b(quot|#39);/g, " ")
    .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/giu, " ");
}

export interface ContentCheck {
  /** Distinct content words on lines that are prose (not code, logs or empty form fields). */
  contentWords: number;
  /** Share of word-like tokens that are clean words (letters only, with a vowel). */
  cleanShare: number;
  /** True when the page should get no topic. */
  tooLittle: boolean;
}

export function checkContent(text: string): ContentCheck {
  const lines = decodeMarkup(text.normalize("NFKC")).split(/\r?\n/);
  const prose = lines.filter((line) => {
    const l = line.trim();
    if (!l) return false;
    if (EMPTY_FIELD.test(l) || (BLANK_RUN.test(l) && l.replace(/[_.[\]]/g, "").trim().split(/\s+/).length <= 6)) return false;
    // A long line is prose even with a stray semicolon or bracket in it.
    if (l.length <= MAX_CODE_LINE && (LOG_LINE.test(l) || CODE_LINE.test(line) || SQL_LINE.test(line))) return false;
    return true;
  });
  const tokens = prose.join(" ").split(/\s+/).filter((t) => /\p{L}/u.test(t));
  const clean = tokens.filter((t) => /^[("'“‘]?\p{L}+(['’-]\p{L}+)*[)"'”’.,;:!?]*$/u.test(t) && /[aeiouyäöüéèáíóúàâêîôûåæøœ]/iu.test(t));
  const cleanShare = tokens.length ? clean.length / tokens.length : 0;
  const content = new Set<string>();
  for (const t of clean) {
    const w = t.toLowerCase().replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/gu, "");
    if (w.length >= 3 && !STOP_WORDS.has(w) && !FILLER.has(w)) content.add(w);
  }
  return { contentWords: content.size, cleanShare, tooLittle: content.size < MIN_CONTENT_WORDS || cleanShare < MIN_CLEAN_SHARE };
}

/** True when a page has too little content to file under any topic. */
export function hasTooLittleContent(text: string): boolean {
  return checkContent(text).tooLittle;
}
