// Offline readers for custom fields (issue 17, ADR 0033): the grand total (findTotal), the due date, the
// invoice or reference number and the IBAN, each only where a label or a checksum makes it reliable, in English,
// German, French, Spanish, Italian and Dutch. Pure functions of the text.
import { datesIn, guessOrder, type DateOrder } from "./dates.ts";
import { findTotal } from "./total-ranker.ts";

export type FieldReader = "total" | "due_date" | "invoice_number" | "iban";

/** What a reader found: `amount` + `currency` (total), `date` (due_date) or `text` (numbers, IBAN). */
export interface FieldReading {
  amount?: number;
  currency?: string | null;
  date?: string;
  text?: string;
  /** How often a reading of this kind is right (a fixed prior per reader and label strength, not a model). */
  confidence: number;
  /** The words it was read from. */
  quote: string;
}

export interface ReadFieldOptions {
  order?: DateOrder;
  defaultOrder?: DateOrder;
  now?: Date;
}

/** Readers look at the first 20 000 characters: totals, due dates and numbers sit on the first pages. */
const READ_CHARS = 20_000;
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]");

// ---------------------------------------------------------------- due date

const DUE_LABELS = [
  "due date", "date due", "payment due", "due on", "due by", "due", "payable by", "payable on", "payable until", "pay by", "pay before", "payment date",
  "fälligkeitsdatum", "fälligkeit", "fällig am", "fällig bis", "fällig", "zahlbar bis", "zahlbar bis zum", "zahlbar am", "zahlungsziel", "zahlungsfrist", "bitte zahlen sie bis",
  "date d'échéance", "date d’échéance", "échéance", "à payer avant le", "à payer avant", "à régler avant le", "payable avant le", "date limite de paiement", "date limite de règlement",
  "fecha de vencimiento", "vencimiento", "vence el", "fecha límite de pago", "pagar antes del",
  "data di scadenza", "data scadenza", "scadenza", "da pagare entro il", "pagamento entro il", "entro il",
  "vervaldatum", "vervaldag", "te betalen vóór", "te betalen voor", "uiterlijk te betalen op", "betalen vóór", "betalen voor",
];
/** A due label, then at most a few words of filler ("on", ":", "le") up to the date; on the date's line. */
const DUE_BEFORE = new RegExp(`${START}(?:${DUE_LABELS.map(escape).join("|")})${END}[^\\n\\d]{0,20}$`, "iu");
/** A table's heading on the line above ("Due date" over "14.03.2026"). */
const DUE_HEADING = new RegExp(`${START}(?:${DUE_LABELS.map(escape).join("|")})${END}`, "iu");

/** The due date: a full date right after a due label, or under a due heading. The first such date wins. */
export function findDueDate(text: string, opts: ReadFieldOptions = {}): FieldReading | null {
  const head = text.slice(0, READ_CHARS);
  const order = opts.order ?? guessOrder(head) ?? opts.defaultOrder ?? "DMY";
  for (const d of datesIn(head, order, opts.now)) {
    const lineStart = head.lastIndexOf("\n", d.index - 1) + 1;
    const before = head.slice(lineStart, d.index);
    if (DUE_BEFORE.test(before)) return { date: d.date, confidence: 0.9, quote: `${before.trim()} ${d.text}`.trim() };
    // Under a heading: the date starts its line, or sits in the same column as the heading.
    if (lineStart > 0) {
      const prevStart = head.lastIndexOf("\n", lineStart - 2) + 1;
      const prev = head.slice(prevStart, lineStart - 1);
      const column = d.index - lineStart;
      const heading = DUE_HEADING.exec(prev);
      if (heading && !/\d/.test(prev.slice(heading.index)) && (!before.trim() || Math.abs(heading.index - column) <= 12))
        return { date: d.date, confidence: 0.75, quote: `${prev.trim()} ${d.text}` };
    }
  }
  return null;
}

// ---------------------------------------------------------------- invoice and reference numbers

const INVOICE_LABELS = [
  "invoice number", "invoice no", "invoice nr", "invoice #", "invoice n°", "invoice id", "invoice",
  "rechnungsnummer", "rechnungs-nr", "rechnungsnr", "rechnung nr", "rechnung", "beleg-nr", "belegnummer",
  "numéro de facture", "n° de facture", "no de facture", "nº de facture", "facture n°", "facture no", "facture nº", "facture",
  "número de factura", "nº de factura", "n° de factura", "no de factura", "num. factura", "factura nº", "factura n°", "factura no", "factura núm", "factura",
  "numero fattura", "numero di fattura", "n. fattura", "nº fattura", "fattura n", "fattura nr", "fattura",
  "factuurnummer", "factuurnr", "factuur nr", "factuur nummer", "factuur",
];
const REFERENCE_LABELS = [
  "reference number", "reference no", "reference", "our ref", "your ref", "ref no", "ref",
  "referenznummer", "referenz", "aktenzeichen", "kundennummer",
  "référence", "réf", "referencia", "ref. nº", "riferimento", "rif", "referentie", "kenmerk", "betalingskenmerk",
];
/** A label, its punctuation ("no.", ":", "#", "n°"), then the number: letters, digits and - / . _ with a digit in it. */
const numberAfter = (labels: string[]) =>
  new RegExp(`${START}(?:${labels.map(escape).join("|")})\\.?(?:\\s*(?:no|nr|n°|nº|num|núm|n)\\.?)?\\s*[:#.]?\\s*(?:[#:]\\s*)?([A-Z0-9][A-Z0-9/._-]{0,28}[A-Z0-9]|\\d)${END}`, "giu");
const INVOICE = numberAfter(INVOICE_LABELS);
const REFERENCE = numberAfter(REFERENCE_LABELS);
/** A date is never the number ("Invoice 12.03.2026"), nor a bare year, nor an amount. */
const NOT_A_NUMBER = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,3}(?:[.,]\d{3})*[.,]\d{2})$/;

function numberIn(text: string, re: RegExp): { value: string; quote: string } | null {
  for (const line of text.split(/\r?\n/)) {
    for (const m of line.matchAll(re)) {
      const value = m[1]!.replace(/[._-]+$/, "");
      if (!/\d/.test(value) || NOT_A_NUMBER.test(value)) continue;
      // Words after a bare "invoice" ("Invoice date 12.03.2026") are not its number: the label must reach the value.
      return { value, quote: line.trim() };
    }
  }
  return null;
}

/** The invoice number after an invoice label, else a reference number after a reference label. */
export function findInvoiceNumber(text: string): FieldReading | null {
  const head = text.slice(0, READ_CHARS);
  const invoice = numberIn(head, INVOICE);
  if (invoice) return { text: invoice.value, confidence: 0.85, quote: invoice.quote };
  const reference = numberIn(head, REFERENCE);
  return reference ? { text: reference.value, confidence: 0.7, quote: reference.quote } : null;
}

// ---------------------------------------------------------------- IBAN

/** IBAN lengths by country (the SEPA area and the common others); an unknown country is checked by mod 97 only. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GI: 23, GR: 27,
  HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
};

/** ISO 13616: move the first four characters to the end, letters to 10–35, the number mod 97 is 1. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const length = IBAN_LENGTHS[s.slice(0, 2)];
  if (length !== undefined && s.length !== length) return false;
  let rest = 0;
  for (const ch of s.slice(4) + s.slice(0, 4)) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** A candidate: country, check digits, then groups of letters and digits with single spaces between them. */
const IBAN_CANDIDATE = /(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30}(?![A-Z0-9])/giu;

/** The first IBAN whose checksum holds, written without spaces; an invalid one is never taken. */
export function findIban(text: string): FieldReading | null {
  const head = text.slice(0, READ_CHARS);
  for (const m of head.matchAll(IBAN_CANDIDATE)) {
    // A candidate may run into the next word ("DE89 3704 … 00 BIC"): try it shortened, longest first.
    const compact = m[0].replace(/[ \u00a0]/g, "").toUpperCase();
    for (let len = compact.length; len >= 15; len--) {
      const iban = compact.slice(0, len);
      if (isValidIban(iban)) {
        const line = head.slice(head.lastIndexOf("\n", m.index) + 1, head.indexOf("\n", m.index) === -1 ? head.length : head.indexOf("\n", m.index));
        return { text: iban, confidence: 0.99, quote: line.trim() };
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------- all readers

/** The grand total (findTotal: the learned ranker of ADR 0039, over the hand rules of money.ts). */
export function readTotal(text: string): FieldReading | null {
  const total = findTotal(text);
  return total ? { amount: total.value, currency: total.currency, confidence: 0.8, quote: total.quote } : null;
}

export function readField(reader: FieldReader, text: string, opts: ReadFieldOptions = {}): FieldReading | null {
  switch (reader) {
    case "total":
      return readTotal(text);
    case "due_date":
      return findDueDate(text, opts);
    case "invoice_number":
      return findInvoiceNumber(text);
    case "iban":
      return findIban(text);
  }
}
