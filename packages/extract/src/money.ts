// The grand total of an invoice or receipt, read offline from its text (issue 17): lines labelled "Total",
// "Gesamtbetrag", "Gesamtsumme", "Montant TTC", "Total a pagar", "Totale", "Totaal", … win, and "Amount paid",
// "Bezahlt", "Betaald" where no total is labelled; subtotals, net amounts, VAT lines, instalments and amounts
// already paid, cash given and change lose. Amounts in 1.234,56 / 1,234.56 / 1 234,56 / 1'234.56 / 1234,56 with a
// currency symbol or ISO code before or after; the currency is the line's, else the one the document uses most, else that of
// the country its registrations name.

export interface MoneyTotal {
  /** In the currency's units, e.g. 1234.56 */
  value: number;
  /** ISO 4217 code, or null when the document names none. */
  currency: string | null;
  /** The line it was read from. */
  quote: string;
}

const SYMBOLS: Record<string, string> = { EURO: "EUR", EUROS: "EUR", "€": "EUR", "£": "GBP", $: "USD", "US$": "USD", "Fr.": "CHF", "¥": "JPY", zł: "PLN", kr: "SEK" };
const CODES = ["EUR", "GBP", "USD", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF"];
/** A symbol, or an ISO code standing as a word of its own (not the "CAD" in "MERCADONA"). */
const CURRENCY = new RegExp(`(?:${["US\\$", "€", "£", "\\$", "¥"].join("|")}|(?<![\\p{L}])(?:EUROS?|${CODES.join("|")})(?![\\p{L}]))`, "u");

/** A number with thousands groups (. , space, no-break space, ') and an optional two-digit decimal part. */
const NUMBER = /(?<![\d.,'])(\d{1,3}(?:(?:[.,'’]|[ \u00a0\u202f])\d{3})+|\d+)(?:([.,])(\d{2}))?(?![\d]|[.,]\d)/gu;

/**
 * Label matching runs on a folded line, so OCR's doubled letters and digits inside words still match
 * ("TOOTALE", "T0TAL", "SUMMME"): lower case, 0/1/5 next to a letter read as o/l/s, runs of a letter as one.
 */
export function foldLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/(?<=\p{L})[015]|[015](?=\p{L})/gu, (d) => ({ "0": "o", "1": "l", "5": "s" })[d]!)
    .replace(/(\p{L})\1+/gu, "$1");
}
const EDGE_START = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_END = String.raw`(?![\p{L}\p{N}])`;
const labels = (list: string[], edges: boolean) =>
  new RegExp(`${edges ? EDGE_START : ""}(?:${list.map((w) => foldLabel(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})${edges ? EDGE_END : ""}`, "u");

/** Grand-total labels. */
const STRONG = labels(
  [
    "grand total", "total amount", "amount due", "amount payable", "balance due", "total due", "total to pay",
    "gesamtbetrag", "rechnungsbetrag", "endbetrag", "zahlbetrag", "zu zahlen",
    "montant ttc", "total ttc", "net à payer", "montant total", "total à payer",
    "total a pagar", "total factura", "importe total",
    "totale documento", "totale da pagare", "totale fattura", "totale complessivo",
    "totaal te betalen", "te betalen", "totaalbedrag",
    "amount to pay", "montant à payer", "montant dû", "importe a pagar", "importo da pagare", "zu zahlender betrag",
  ],
  false,
);
/** What was paid, on a receipt that shows no other total: "Amount paid", "Bezahlt", "Montant payé", "Betaald". */
const PAID = labels(["amount paid", "total paid", "paid", "bezahlt", "gezahlt", "montant payé", "payé", "importe pagado", "pagado", "importo pagato", "pagato", "betaald"], true);
/** German compounds of a whole and a sum: "Gesamtsumme", "Endsumme", "Gesamtpreis", "Bruttobetrag". */
const COMPOUND_TOTAL = new RegExp(`${EDGE_START}(?:gesamt|end|brutto|rechnungs)(?:${["summe", "betrag", "preis"].map(foldLabel).join("|")})${EDGE_END}`, "u");
const WEAK_WORDS = ["total", "totale", "totaal", "summe", "gesamt", "suma", "somme", "importe", "betrag", "bedrag"];
const WEAK = labels(WEAK_WORDS, true);
/** Long weak labels that OCR may have misread by one letter ("Totol", "Totaie"), folded. */
const FUZZY_WEAK = WEAK_WORDS.map(foldLabel).filter((w) => w.length >= 5);
const oneLetterOff = (a: string, b: string) => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;
const fuzzyWeak = (folded: string) => [...folded.matchAll(/\p{L}{5,}/gu)].some(([w]) => FUZZY_WEAK.some((label) => oneLetterOff(w, label)));
/** Lines that are parts of the total or what was handed over, never the total itself. */
const NOT_TOTAL = labels(
  [
    "subtotal", "sub-total", "sub total", "zwischensumme", "netto", "nettobetrag", "net amount", "before vat", "before tax", "excl", "exkl",
    "hors taxe", "hors taxes", "ht", "base imponible", "imponibile", "subtotale", "subtotaal", "sous-total",
    "vat", "mwst", "ust", "tva", "iva", "btw", "tax",
    "cash", "bar", "change", "rückgeld", "gegeben", "espèces", "especes", "rendu", "efectivo", "cambio", "contanti", "resto", "contant", "wisselgeld",
    "already paid", "paid to date", "bereits bezahlt", "bereits gezahlt", "anzahlung", "abschlag", "abschläge", "acompte", "acomptes", "déjà payé",
    "ya pagado", "anticipo", "già pagato", "acconto", "acconti", "reeds betaald", "al betaald", "aanbetaling", "deposit",
    "tip", "trinkgeld", "pourboire", "propina", "mancia", "fooi", "discount", "rabatt", "remise", "descuento", "sconto", "korting",
    // what a tax is assessed on, and the damage a settlement starts from: not what is owed or paid
    "valor catastral", "base liquidable", "base d'imposition", "valeur locative", "rateable value", "assessed value", "taxable value",
    "einheitswert", "bemessungsgrundlage", "grundsteuermessbetrag", "rendita catastale", "woz-waarde",
    "cost of repairs", "damage", "schaden", "dommages", "daños", "danni", "schade",
  ],
  true,
);

interface Amount {
  value: number;
  currency: string | null;
}

function parseNumber(int: string, sep: string | undefined, dec: string | undefined): number | null {
  const digits = int.replace(/[.,'’ \u00a0\u202f]/g, "");
  if (!/^\d+$/.test(digits)) return null;
  return Number(dec !== undefined && sep ? `${digits}.${dec}` : digits);
}

/** Amounts on one line, each with the currency written next to it (if any). */
export function amountsIn(line: string): Amount[] {
  return amountsAt(line).map(({ value, currency }) => ({ value, currency }));
}

/** Amounts with where each starts on the line (for reading a table by its columns). */
export function amountsAt(line: string): (Amount & { index: number })[] {
  const found: (Amount & { index: number })[] = [];
  for (const m of line.matchAll(NUMBER)) {
    const [whole, int, sep, dec] = m as unknown as [string, string, string | undefined, string | undefined];
    // "1.234" or "1,234" without decimals is ambiguous and rarely a total; a plain integer needs a currency.
    const value = parseNumber(int, sep, dec);
    if (value === null) continue;
    const before = line.slice(Math.max(0, m.index - 5), m.index);
    const after = line.slice(m.index + whole.length, m.index + whole.length + 5);
    const cur = currencyOf(before, "before") ?? currencyOf(after, "after");
    if (dec === undefined && !cur) continue;
    found.push({ value, currency: cur, index: m.index });
  }
  return found;
}

function currencyOf(s: string, side: "before" | "after"): string | null {
  const re = side === "before" ? new RegExp(`(${CURRENCY.source})\\s?$`, "u") : new RegExp(`^\\s?(${CURRENCY.source})`, "u");
  const m = re.exec(s);
  if (!m) return null;
  return SYMBOLS[m[1]!] ?? m[1]!;
}

/** The currency a document names most often (symbols and codes), for a total line that names none. */
export function documentCurrency(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(CURRENCY.source, "gu"))) {
    const code = SYMBOLS[m[0]] ?? m[0];
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The currency of the country a document's registrations name, for a receipt that prints no currency at all:
 * a British VAT number or company registration, an American EIN or state and ZIP code, the register and tax
 * numbers of euro countries (SIRET, RCS, CIF, NIF, P.IVA, KvK, BTW, HRB, USt-IdNr., Steuernummer). None when
 * the document names none, or more than one country's.
 */
const COUNTRY_CURRENCY: [RegExp, string][] = [
  [/\bVAT\s*(?:reg(?:istration)?\.?\s*)?(?:no\.?|number)?\s*:?\s*GB\s?\d|\bregistered in (?:england|scotland|wales)\b|\bcompanies house\b/i, "GBP"],
  [/\bEIN\s*\d|,\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/, "USD"],
  [/\b(?:SIRET|SIREN|RCS|CIF|NIF|P\.\s?IVA|partita IVA|KvK|BTW|HRB|HRA|USt-?IdNr|Steuernummer|St\.-Nr)\b/i, "EUR"],
];
export function countryCurrency(text: string): string | null {
  const found = new Set(COUNTRY_CURRENCY.filter(([re]) => re.test(text)).map(([, code]) => code));
  return found.size === 1 ? [...found][0]! : null;
}

const VAT_INCLUDED = new RegExp(
  `${EDGE_START}(?:incl|inkl|inclu|inbegr|compr)\\p{L}*\\.?\\s*(?:\\p{L}+\\.?\\s*){0,2}|(?:vat|mwst|ust|tva|iva|btw|tax)\\p{L}*\\.?\\s*(?:\\p{L}+\\s*)?(?:incl|inkl|inclu|inbegr|compr)\\p{L}*`,
  "gu",
);

/** Headings of a totals row: "Net | VAT | Gross", "Netto  MwSt  Brutto", "HT  TVA  TTC", "Base  IVA  Total". */
const COLUMN_TOTAL = new RegExp(`${EDGE_START}(?:total|totale|totaal|gross|brutto|bruto|lordo|ttc|summe|gesamt)${EDGE_END}`, "giu");

/** What the hand rules see on a line (ADR 0039's ranker weighs the same indicators with other features). */
export function totalLineIndicators(line: string): { strong: boolean; paid: boolean; weak: boolean; notTotal: boolean; heading: boolean } {
  const folded = foldLabel(line);
  const strong = STRONG.test(folded) || COMPOUND_TOTAL.test(folded);
  const paid = !strong && PAID.test(folded);
  const weak = WEAK.test(folded) || fuzzyWeak(folded);
  // "TOTAL (IVA incluido)", "Summe inkl. MwSt": the VAT is inside the total, not the line's subject.
  // A bracket after the label qualifies it ("TOTAL (IVA iricluido)", OCR-damaged), unless it excludes something.
  const qualified = folded.replace(/\([^)]*\)/g, (q) => (/excl|exkl|hors|sans|sin |senza|zonder|net/.test(q) ? q : ""));
  const notTotal = NOT_TOTAL.test(qualified.replace(STRONG, "").replace(VAT_INCLUDED, ""));
  return { strong, paid, weak, notTotal, heading: HEADING.test(line) };
}

const HEADING = new RegExp(COLUMN_TOTAL.source, "iu");

/**
 * The hand rules (ADR 0028's sibling): the amount after the strongest total label, the larger between equals. Since
 * ADR 0039 the reader is the learned ranker (`findTotal` in total-ranker.ts), which weighs these rules' indicators.
 */
export function findTotalByRules(text: string): MoneyTotal | null {
  const lines = text.split(/\r?\n/);
  let best: { score: number; amount: Amount; index: number; quote: string } | null = null;
  const consider = (score: number, amount: Amount, index: number, quote: string) => {
    // Stronger label first; between equals the larger amount (a total is at least its parts), then the later line.
    if (!best || score > best.score || (score === best.score && amount.value >= best.amount.value)) best = { score, amount, index, quote };
  };
  lines.forEach((line, i) => {
    // A row of headings over a row of amounts: the amount under the total's heading.
    const below = lines[i + 1] === undefined ? [] : amountsAt(lines[i + 1]!);
    if (below.length > 1 && !amountsAt(line).length) {
      const heading = [...line.matchAll(COLUMN_TOTAL)].at(-1);
      if (!heading) return;
      const under = below.reduce((a, b) => (Math.abs(b.index - heading.index) < Math.abs(a.index - heading.index) ? b : a));
      consider(1.5, under, i, `${line.trim()} ${lines[i + 1]!.trim()}`);
      return;
    }
    const { strong, paid, weak, notTotal } = totalLineIndicators(line);
    if ((!strong && !paid && !weak) || notTotal) return;
    // The amount sits on the label's line, or on the next line of a two-line table.
    let amounts = amountsIn(line);
    let quote = line.trim();
    if (!amounts.length && lines[i + 1] !== undefined) {
      amounts = amountsIn(lines[i + 1]!);
      quote = `${quote} ${lines[i + 1]!.trim()}`;
    }
    const amount = amounts.at(-1);
    // What was paid is the total of a receipt with no total line, but not over a labelled total.
    if (amount) consider(strong ? 2 : paid ? 0.5 : 1, amount, i, quote);
  });
  if (!best) return null;
  const { amount, quote } = best as { amount: Amount; quote: string };
  return { value: amount.value, currency: amount.currency ?? documentCurrency(text) ?? countryCurrency(text), quote };
}

/** "1234.50 EUR" — how the eval labels and compares totals. */
export const formatTotal = (t: Pick<MoneyTotal, "value" | "currency">) => `${t.value.toFixed(2)}${t.currency ? ` ${t.currency}` : ""}`;
