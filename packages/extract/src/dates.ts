// The document's own date (the letter's or the invoice's, not the upload's), found in its text offline with
// chrono-node's English, German, French, Spanish, Italian and Dutch parsers (issue 17). Dates near the top and
// after words such as "Date", "Datum", "Invoice date" win; due dates, birth dates and validity ends lose;
// dates in the future or before 1900 are never taken. All-numeric dates (03/04/2026) are read in the order
// the caller gives, or the one the document's own unambiguous dates show, or the language's usual one.
import { de, en, es, fr, it, nl, type Chrono } from "chrono-node";

export type DateOrder = "DMY" | "MDY" | "YMD";

export interface DocumentDate {
  /** YYYY-MM-DD */
  date: string;
  source: "text" | "filename";
  /** The words it was read from. */
  quote: string;
}

export interface FindDateOptions {
  /** How to read 03/04/2026; unset: the document's own unambiguous dates decide, else `defaultOrder`. */
  order?: DateOrder;
  defaultOrder?: DateOrder;
  filename?: string;
  /** Dates (YYYY-MM-DD) never taken: a company's founding date printed on every letter, say. */
  ignore?: readonly string[];
  now?: Date;
}

/** Only the start of a document is read: the date a letter is about sits near its top. */
const READ_CHARS = 6000;
const NEAR = 40;

const LABEL = /\b(date|dated|datum|rechnungsdatum|belegdatum|ausgestellt|fecha|data|le|den|invoice date|date de facture|fecha de factura|data fattura|factuurdatum)\s*:?\s*$/i;
const DISTRACTOR =
  /\b(due|payable|pay by|fällig|zahlbar|zahlungsziel|échéance|à payer avant|vencimiento|scadenza|vervaldatum|birth|born|dob|geboren|geburtsdatum|né|née|nacimiento|nato|nata|nascita|geboortedatum|valid until|expires?|gültig bis|valable jusqu|válido hasta|valido fino|geldig tot|until|bis|delivery|lieferdatum|livraison)\b[^\n]{0,25}$/i;

/** Locale parsers; English reads all-numeric dates month first, so its British variant is used for DMY. */
const parsers = (order: DateOrder): Chrono[] => [order === "MDY" ? en.strict : en.GB, de.strict, fr.strict, es.strict, it.strict, nl.strict];

const NUMERIC = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/;

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** An all-numeric date in the given order; two-digit years are 19xx/20xx around now. */
function numericDate(text: string, order: DateOrder, now: Date): string | null {
  const m = NUMERIC.exec(text.trim());
  if (!m) return null;
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  if (a.length === 4) return iso(Number(a), Number(b), Number(c)); // year first is never ambiguous
  let year = Number(c);
  if (c.length === 2) year += year + 2000 > now.getUTCFullYear() + 1 ? 1900 : 2000;
  else if (c.length !== 4) return null;
  return order === "MDY" ? iso(year, Number(a), Number(b)) : iso(year, Number(b), Number(a));
}

/** The order a document's own dates show: a first number over 12 is a day, a second one over 12 too. */
export function guessOrder(text: string): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.slice(0, READ_CHARS).matchAll(/\b(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dmy++;
    else if (Number(m[2]) > 12 && Number(m[1]) <= 12) mdy++;
  }
  return dmy > mdy ? "DMY" : mdy > dmy ? "MDY" : null;
}

interface Candidate {
  index: number;
  text: string;
  date: string;
  score: number;
}

export function findDocumentDate(text: string, opts: FindDateOptions = {}): DocumentDate | null {
  const now = opts.now ?? new Date();
  const latest = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  const ignored = new Set(opts.ignore ?? []);
  const usable = (date: string | null): date is string => date !== null && date >= "1900-01-01" && date <= latest && !ignored.has(date);
  const head = text.slice(0, READ_CHARS);
  const order = opts.order ?? guessOrder(head) ?? opts.defaultOrder ?? "DMY";

  const found = new Map<number, Candidate>();
  for (const parser of parsers(order)) {
    for (const r of parser.parse(head, now)) {
      if (found.has(r.index) || !["day", "month", "year"].every((c) => r.start.isCertain(c as "day"))) continue;
      const date = numericDate(r.text, order, now) ?? iso(r.start.get("year")!, r.start.get("month")!, r.start.get("day")!);
      if (!usable(date)) continue;
      const before = head.slice(Math.max(0, r.index - NEAR), r.index);
      let score = 1 - r.index / READ_CHARS;
      if (LABEL.test(before)) score += 1;
      if (DISTRACTOR.test(before)) score -= 1.5;
      found.set(r.index, { index: r.index, text: r.text, date, score });
    }
  }
  const best = [...found.values()].sort((a, b) => b.score - a.score || a.index - b.index)[0];
  if (best) return { date: best.date, source: "text", quote: best.text };
  const fromName = opts.filename ? dateInFilename(opts.filename, order, now) : null;
  return fromName && usable(fromName.date) ? fromName : null;
}

/** 2026-04-03, 20260403, 03.04.2026 or 03-04-2026 in a file name. */
function dateInFilename(filename: string, order: DateOrder, now: Date): DocumentDate | null {
  const compact = /(?:^|\D)((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)/.exec(filename);
  if (compact) {
    const date = iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (date) return { date, source: "filename", quote: `${compact[1]}${compact[2]}${compact[3]}` };
  }
  for (const m of filename.matchAll(/\d{1,4}[._-]\d{1,2}[._-]\d{1,4}/g)) {
    const date = numericDate(m[0].replace(/_/g, "-"), order, now);
    if (date) return { date, source: "filename", quote: m[0] };
  }
  return null;
}

/** The usual all-numeric order for a text-search language (SEARCH_LANGUAGE): month first only in English. */
export function defaultDateOrder(searchLanguage: string): DateOrder {
  return searchLanguage === "english" ? "MDY" : "DMY";
}
