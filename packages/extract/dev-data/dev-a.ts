// Development half A of the fields dev set (issue 17): the parser may be fixed against its misses. Layouts: business
// letters with a labelled date, invoices with line-item tables, shop receipts, bank statements, contracts,
// e-mails with headers, US letters, scans dated only in the file name, notes with no date.
import {
  addDays,
  amount,
  isoDay,
  MONTHS,
  MONTHS_ABBR,
  moneyLabel,
  ocrNoise,
  pad,
  PEOPLE,
  randomDay,
  SENDERS,
  STREETS,
  type Day,
  type LabelledDoc,
  type Lang,
  type Rng,
} from "./common.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;

/** A date as the language writes it: numeric, ISO, month name, abbreviated month, English ordinal. */
function fmt(x: Day, lang: Lang, r: Rng, us = false): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const numeric = us
    ? `${x.m}/${x.d}/${x.y}`
    : lang === "de"
      ? `${pad(x.d)}.${pad(x.m)}.${x.y}`
      : lang === "nl"
        ? r.pick([`${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d}-${x.m}-${x.y}`])
        : lang === "it"
          ? r.pick([`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`])
          : `${pad(x.d)}/${pad(x.m)}/${x.y}`;
  const named = {
    en: us ? r.pick([`${M} ${x.d}, ${x.y}`, `${A} ${x.d}, ${x.y}`]) : r.pick([`${x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`, `${x.d}${ordinal(x.d)} ${M} ${x.y}`]),
    de: r.pick([`${x.d}. ${M} ${x.y}`, `${x.d}. ${A} ${x.y}`]),
    fr: r.pick([`${x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`]),
    es: r.pick([`${x.d} de ${M} de ${x.y}`, `${x.d} ${A} ${x.y}`]),
    it: r.pick([`${x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`]),
    nl: r.pick([`${x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`]),
  }[lang];
  return r.pick([numeric, numeric, named, named, isoDay(x)]);
}
const ordinal = (d: number) => (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");

const CUR: Record<Lang, string> = { en: "GBP", de: "EUR", fr: "EUR", es: "EUR", it: "EUR", nl: "EUR" };
function price(v: number, lang: Lang, r: Rng, cur = CUR[lang]): string {
  const sym = cur === "GBP" ? "£" : cur === "USD" ? "$" : cur === "CHF" ? "CHF " : "€";
  switch (lang) {
    case "en":
      return r.pick([`${sym}${amount(v, "en")}`, `${amount(v, "en")} ${cur}`]);
    case "fr":
      return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} ${cur}`]);
    case "de":
      return r.pick([`${amount(v, "de")} €`, `${amount(v, "de")} EUR`, `EUR ${amount(v, "de")}`]);
    default:
      return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);
  }
}

const T = {
  date: { en: "Date", de: "Datum", fr: "Date", es: "Fecha", it: "Data", nl: "Datum" },
  yourLetter: { en: "Your letter of", de: "Ihr Schreiben vom", fr: "Votre courrier du", es: "Su carta del", it: "Vostra lettera del", nl: "Uw brief van" },
  appointment: {
    en: "We would be glad to see you at our office on",
    de: "Gerne erwarten wir Sie zu einem Termin am",
    fr: "Nous vous proposons un rendez-vous le",
    es: "Le proponemos una cita el",
    it: "Le proponiamo un appuntamento il",
    nl: "Wij nodigen u uit voor een afspraak op",
  },
  regards: { en: "Yours sincerely", de: "Mit freundlichen Grüßen", fr: "Veuillez agréer nos salutations distinguées.", es: "Atentamente", it: "Distinti saluti", nl: "Met vriendelijke groet" },
  invoice: { en: "INVOICE", de: "RECHNUNG", fr: "FACTURE", es: "FACTURA", it: "FATTURA", nl: "FACTUUR" },
  invoiceDate: { en: "Invoice date", de: "Rechnungsdatum", fr: "Date de facture", es: "Fecha de factura", it: "Data fattura", nl: "Factuurdatum" },
  due: { en: "Due date", de: "Fällig am", fr: "Date d'échéance", es: "Vencimiento", it: "Scadenza", nl: "Vervaldatum" },
  subtotal: { en: "Subtotal", de: "Zwischensumme netto", fr: "Total HT", es: "Base imponible", it: "Imponibile", nl: "Subtotaal" },
  vat: { en: "VAT 20%", de: "MwSt. 19%", fr: "TVA 20 %", es: "IVA 21%", it: "IVA 22%", nl: "BTW 21%" },
  total: { en: "Total", de: "Gesamtbetrag", fr: "Montant TTC", es: "Total a pagar", it: "Totale", nl: "Totaal" },
  rate: { en: 0.2, de: 0.19, fr: 0.2, es: 0.21, it: 0.22, nl: 0.21 },
};

const ITEMS: Record<Lang, string[]> = {
  en: ["Consulting (hours)", "Annual maintenance", "Replacement filter", "Call-out charge", "Cable 10 m"],
  de: ["Beratung (Std.)", "Wartungspauschale", "Ersatzfilter", "Anfahrt", "Kabel 10 m"],
  fr: ["Conseil (heures)", "Forfait entretien", "Filtre de rechange", "Déplacement", "Câble 10 m"],
  es: ["Consultoría (horas)", "Mantenimiento anual", "Filtro de repuesto", "Desplazamiento", "Cable 10 m"],
  it: ["Consulenza (ore)", "Manutenzione annuale", "Filtro di ricambio", "Uscita tecnico", "Cavo 10 m"],
  nl: ["Advies (uren)", "Jaarlijks onderhoud", "Vervangingsfilter", "Voorrijkosten", "Kabel 10 m"],
};

const letterhead = (r: Rng, lang: Lang) => {
  const s = r.pick(SENDERS[lang]);
  return { s, head: r.chance(0.5) ? [s.name, s.street, s.city, `Tel. ${s.phone}`] : [`${s.name} · ${s.street} · ${s.city}`] };
};

// D1 — business letter: labelled date, reference to an earlier letter, an appointment in the body.
const letter: Template = (r, lang) => {
  const { s, head } = letterhead(r, lang);
  const x = randomDay(r);
  const earlier = addDays(x, -r.int(3, 120));
  const appt = addDays(x, r.int(-30, 30));
  const refFirst = r.chance(0.5);
  const ref = `${T.yourLetter[lang]} ${fmt(earlier, lang, r)}`;
  const lines = [
    ...head,
    "",
    r.pick(PEOPLE[lang]),
    r.pick(STREETS[lang]),
    "",
    ...(refFirst ? [ref] : []),
    `${T.date[lang]}: ${fmt(x, lang, r)}`,
    ...(refFirst ? [] : [ref]),
    "",
    `${T.appointment[lang]} ${fmt(appt, lang, r)}.`,
    "",
    T.regards[lang],
    s.name,
    "",
    s.reg,
  ];
  let text = lines.join("\n");
  const noisy = r.chance(0.25);
  if (noisy) text = ocrNoise(text, r);
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: noisy ? "letter-ocr" : "letter", lang };
};

// D2 — invoice with a line-item table, subtotal, VAT and total; due date after the invoice date.
const invoice: Template = (r, lang) => {
  const { s, head } = letterhead(r, lang);
  const x = randomDay(r);
  const due = addDays(x, r.int(7, 30));
  const n = r.int(1, 4);
  const rows = Array.from({ length: n }, () => ({ item: r.pick(ITEMS[lang]), qty: r.int(1, 10), unit: r.int(500, 250000) / 100 }));
  const net = Math.round(rows.reduce((a, b) => a + b.qty * b.unit, 0) * 100) / 100;
  const vat = Math.round(net * T.rate[lang] * 100) / 100;
  const total = Math.round((net + vat) * 100) / 100;
  const cur = lang === "en" && r.chance(0.3) ? "USD" : CUR[lang];
  const p = (v: number) => price(v, lang, r, cur);
  const dueFirst = r.chance(0.3);
  const lines = [
    ...head,
    "",
    T.invoice[lang],
    `No. ${r.int(10000, 99999)}`,
    ...(dueFirst ? [`${T.due[lang]}: ${fmt(due, lang, r)}`] : []),
    `${T.invoiceDate[lang]}: ${fmt(x, lang, r)}`,
    ...(dueFirst ? [] : [`${T.due[lang]}: ${fmt(due, lang, r)}`]),
    "",
    r.pick(PEOPLE[lang]),
    r.pick(STREETS[lang]),
    "",
    ...rows.map((row) => `${row.item.padEnd(24)} ${String(row.qty).padStart(3)}  ${p(row.unit).padStart(14)}  ${p(Math.round(row.qty * row.unit * 100) / 100).padStart(14)}`),
    "",
    `${T.subtotal[lang].padEnd(30)} ${p(net)}`,
    `${T.vat[lang].padEnd(30)} ${p(vat)}`,
    `${T.total[lang].padEnd(30)} ${p(total)}`,
    "",
    `IBAN DE89 3704 0044 0532 0130 00`,
    s.reg,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: cur }) }, kind: "invoice", lang };
};

// D3 — shop receipt: date and time, items, total, card payment.
const receipt: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const items = Array.from({ length: r.int(1, 5) }, () => ({ name: r.pick(["Milch", "Pain", "Pan", "Pane", "Brood", "Coffee", "Apples", "Shampoo"]), v: r.int(50, 1999) / 100 }));
  const total = Math.round(items.reduce((a, b) => a + b.v, 0) * 100) / 100;
  const cur = CUR[lang];
  const a = (v: number) => (lang === "en" ? amount(v, "en") : amount(v, "plain-comma"));
  const totalWord = { en: "TOTAL", de: "SUMME", fr: "TOTAL", es: "TOTAL", it: "TOTALE", nl: "TOTAAL" }[lang];
  const card = { en: "Card payment", de: "Kartenzahlung", fr: "Paiement CB", es: "Pago con tarjeta", it: "Pagamento carta", nl: "Pinbetaling" }[lang];
  const dateLine = `${fmt(x, lang, r)} ${pad(r.int(8, 21))}:${pad(r.int(0, 59))}`;
  const top = r.chance(0.5);
  const lines = [
    s.name,
    s.street,
    s.city,
    ...(top ? [dateLine] : []),
    "",
    ...items.map((i) => `${i.name.padEnd(20)}${a(i.v).padStart(8)}`),
    `${totalWord.padEnd(14)}${cur} ${a(total)}`,
    `${card.padEnd(14)}${cur} ${a(total)}`,
    "",
    ...(top ? [] : [dateLine]),
    s.reg,
  ];
  let text = lines.join("\n");
  const noisy = r.chance(0.3);
  if (noisy) text = ocrNoise(text, r);
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: cur }) }, kind: noisy ? "receipt-ocr" : "receipt", lang };
};

// D4 — bank statement: statement date, period, transactions dated before it.
const statement: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const from = addDays(x, -30);
  const W = {
    en: ["Statement", "Statement date", "Period", "Opening balance", "Closing balance"],
    de: ["Kontoauszug", "Erstellt am", "Zeitraum", "Alter Kontostand", "Neuer Kontostand"],
    fr: ["Relevé de compte", "Date d'arrêté", "Période", "Ancien solde", "Nouveau solde"],
    es: ["Extracto de cuenta", "Fecha de emisión", "Periodo", "Saldo anterior", "Saldo final"],
    it: ["Estratto conto", "Data estratto", "Periodo", "Saldo iniziale", "Saldo finale"],
    nl: ["Rekeningafschrift", "Datum afschrift", "Periode", "Beginsaldo", "Eindsaldo"],
  }[lang];
  const tx = Array.from({ length: r.int(2, 5) }, (_, i) => `${fmt(addDays(from, 3 + i * 5), lang, r)}   ${r.pick(["SEPA", "POS", "ATM", "TRF"])} ${r.int(100, 9999)}   ${price(r.int(100, 90000) / 100, lang, r)}`);
  const lines = [
    s.name,
    `${W[0]} ${r.int(1, 12)}/${x.y}`,
    `IBAN XX${r.int(10, 99)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`,
    `${W[1]}: ${fmt(x, lang, r)}`,
    `${W[2]}: ${fmt(from, lang, r)} - ${fmt(x, lang, r)}`,
    "",
    `${W[3]}: ${price(r.int(0, 500000) / 100, lang, r)}`,
    ...tx,
    `${W[4]}: ${price(r.int(0, 500000) / 100, lang, r)}`,
    "",
    s.reg,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "statement", lang };
};

// D5 — contract: made on a date, parties with birth dates, a term that ends later.
const contract: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const b = { y: r.int(1945, 2000), m: r.int(1, 12), d: r.int(1, 28) };
  const end = addDays(x, 365 * r.int(1, 5));
  const W = {
    en: ["SERVICE AGREEMENT", "This agreement is dated", "born", "It remains valid until"],
    de: ["DIENSTLEISTUNGSVERTRAG", "Vertrag vom", "geboren am", "Der Vertrag ist gültig bis"],
    fr: ["CONTRAT DE PRESTATION", "Contrat conclu le", "né le", "Le contrat est valable jusqu'au"],
    es: ["CONTRATO DE SERVICIOS", "Contrato de fecha", "nacido el", "El contrato es válido hasta el"],
    it: ["CONTRATTO DI SERVIZIO", "Contratto stipulato in data", "nato il", "Il contratto è valido fino al"],
    nl: ["DIENSTVERLENINGSOVEREENKOMST", "Overeenkomst van", "geboren op", "De overeenkomst is geldig tot"],
  }[lang];
  const partyFirst = r.chance(0.5);
  const party = `${r.pick(PEOPLE[lang])}, ${W[2]} ${fmt(b, lang, r)}`;
  const lines = [W[0], "", ...(partyFirst ? [party] : []), `${W[1]} ${fmt(x, lang, r)}`, ...(partyFirst ? [] : [party]), `${s.name}, ${s.street}, ${s.city}`, "", `${W[3]} ${fmt(end, lang, r)}.`, "", s.reg];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "contract", lang };
};

// D6 — e-mail with headers.
const email: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const H = { en: ["From", "Date", "To", "Subject"], de: ["Von", "Datum", "An", "Betreff"], fr: ["De", "Date", "À", "Objet"], es: ["De", "Fecha", "Para", "Asunto"], it: ["Da", "Data", "A", "Oggetto"], nl: ["Van", "Datum", "Aan", "Onderwerp"] }[lang];
  const later = addDays(x, r.int(5, 40));
  const body = {
    en: `Your appointment is confirmed for ${fmt(later, lang, r)}.`,
    de: `Ihr Termin am ${fmt(later, lang, r)} ist bestätigt.`,
    fr: `Votre rendez-vous du ${fmt(later, lang, r)} est confirmé.`,
    es: `Su cita del ${fmt(later, lang, r)} está confirmada.`,
    it: `Il Suo appuntamento del ${fmt(later, lang, r)} è confermato.`,
    nl: `Uw afspraak op ${fmt(later, lang, r)} is bevestigd.`,
  }[lang];
  const domain = s.name.toLowerCase().replace(/[^a-z]+/g, "").slice(0, 12);
  const rfc = r.chance(0.4);
  const dateH = rfc ? `${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]}, ${x.d} ${MONTHS_ABBR.en[x.m - 1]} ${x.y} 09:${pad(r.int(0, 59))}:00 +0100` : `${fmt(x, lang, r)} 09:${pad(r.int(0, 59))}`;
  const text = [`${H[0]}: ${s.name} <info@${domain}.example>`, `${H[1]}: ${dateH}`, `${H[2]}: ${r.pick(PEOPLE[lang])}`, `${H[3]}: ${r.int(1000, 9999)}`, "", body, "", s.name].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "email", lang };
};

// D7 — US letter (English only): month-first dates, numeric m/d/y with a birth date and a deadline.
const usLetter: Template = (r) => {
  const s = r.pick(SENDERS.en.filter((x) => x.city.includes(", ")));
  const x = randomDay(r);
  const b = { y: r.int(1950, 1995), m: r.int(1, 12), d: r.int(1, 28) };
  const deadline = addDays(x, 30);
  const lines = [
    s.name,
    s.street,
    s.city,
    "",
    fmt(x, "en", r, true),
    "",
    r.pick(PEOPLE.en),
    "350 W 42nd St Apt 5B",
    "New York, NY 10036",
    "",
    `Patient DOB: ${b.m}/${b.d}/${b.y}`,
    "",
    `Please return the enclosed form by ${fmt(deadline, "en", r, true)}.`,
    "",
    "Sincerely,",
    s.name,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "us-letter", lang: "en" };
};

// D8 — scans dated only in the file name, and notes with no date at all.
const undated: Template = (r, lang) => {
  const x = randomDay(r);
  const texts = {
    en: "Please find the signed form attached.",
    de: "Anbei das unterschriebene Formular.",
    fr: "Veuillez trouver ci-joint le formulaire signé.",
    es: "Adjunto el formulario firmado.",
    it: "In allegato il modulo firmato.",
    nl: "Bijgaand het ondertekende formulier.",
  };
  if (r.chance(0.5)) return { text: texts[lang], filename: r.pick(["scan.pdf", "form.pdf", "doc1.pdf"]), documentDate: null, correspondent: null, kind: "no-date", lang };
  const filename = r.pick([`scan_${x.y}${pad(x.m)}${pad(x.d)}.pdf`, `${isoDay(x)} form.pdf`, `form ${pad(x.d)}.${pad(x.m)}.${x.y}.pdf`]);
  return { text: texts[lang], filename, documentDate: isoDay(x), correspondent: null, kind: "filename-date", lang };
};

export const DEV_A_TEMPLATES: Template[] = [letter, invoice, receipt, statement, contract, email, usLetter, undated];
export const devALangs = (t: Template): Lang[] => (t === usLetter ? ["en"] : ["en", "de", "fr", "es", "it", "nl"]);
