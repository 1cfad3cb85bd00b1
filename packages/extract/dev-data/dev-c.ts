// Development half C of the fields dev set (issue 17). Written as the second held-out half after the first
// (now dev-b.ts) had been looked at, committed before any reader change and reported in docs/fields-quality.md
// (round 1); then — its misses read — moved to the development side, and heldout.ts was written anew. Layouts: tax notices, hotel folios, fines, purchase orders, offers, card statements, lab reports,
// school letters, restaurant and till slips, official letters with a reference table, three-column invoice
// totals, phone and messenger file names, flyers with only future dates.
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
  weekday,
  type Day,
  type LabelledDoc,
  type Lang,
  type Rng,
} from "./common.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;
const ALL: Lang[] = ["en", "de", "fr", "es", "it", "nl"];

const sep: Record<Lang, string> = { en: "/", de: ".", fr: "/", es: "/", it: "/", nl: "-" };
const n = (x: Day, lang: Lang) => `${pad(x.d)}${sep[lang]}${pad(x.m)}${sep[lang]}${x.y}`;
const long = (x: Day, lang: Lang) =>
  ({
    en: `${x.d} ${MONTHS.en[x.m - 1]} ${x.y}`,
    de: `${x.d}. ${MONTHS.de[x.m - 1]} ${x.y}`,
    fr: `${x.d} ${MONTHS.fr[x.m - 1]} ${x.y}`,
    es: `${x.d} de ${MONTHS.es[x.m - 1]} de ${x.y}`,
    it: `${x.d} ${MONTHS.it[x.m - 1]} ${x.y}`,
    nl: `${x.d} ${MONTHS.nl[x.m - 1]} ${x.y}`,
  })[lang];
const either = (x: Day, lang: Lang, r: Rng) => (r.chance(0.5) ? n(x, lang) : long(x, lang));
const eur = (v: number, lang: Lang, r: Rng) =>
  lang === "en" ? r.pick([`£${amount(v, "en")}`, `${amount(v, "en")} GBP`]) : lang === "fr" ? `${amount(v, "fr")} €` : r.pick([`${amount(v, "de")} €`, `EUR ${amount(v, "de")}`]);
const cur = (lang: Lang) => (lang === "en" ? "GBP" : "EUR");

// F1 — tax notice: the notice date alone on a line right of the address, tax year, return received, pay by.
const taxNotice: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r, 2023, 2026);
  const received = addDays(x, -r.int(20, 120));
  const pay = addDays(x, 31);
  const W = {
    en: ["Notice of assessment", "Tax year", "We received your return on", "Please pay the balance by"],
    de: ["Bescheid über Einkommensteuer", "Veranlagungszeitraum", "Ihre Erklärung ist am", "Die Abschlusszahlung ist fällig am"],
    fr: ["Avis d'imposition", "Revenus de l'année", "Déclaration reçue le", "Date limite de paiement :"],
    es: ["Liquidación provisional", "Ejercicio", "Su declaración fue presentada el", "Plazo de ingreso hasta el"],
    it: ["Avviso di accertamento", "Anno d'imposta", "Dichiarazione presentata il", "Versare entro il"],
    nl: ["Aanslag inkomstenbelasting", "Belastingjaar", "Uw aangifte is ontvangen op", "Betalen vóór"],
  }[lang];
  const text = [
    s.name,
    s.street,
    s.city,
    "",
    `${r.pick(PEOPLE[lang])}${" ".repeat(20)}${either(x, lang, r)}`,
    r.pick(STREETS[lang]),
    "",
    `${W[0]} — ${W[1]} ${x.y - 1}`,
    `${W[2]} ${n(received, lang)}${lang === "de" ? " eingegangen." : "."}`,
    `${W[3]} ${n(pay, lang)}.`,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "tax-notice", lang };
};

// F2 — hotel folio: arrival and departure, printed at departure; balance paid.
const hotel: Template = (r, lang) => {
  const s = { name: r.pick(["Hotel Bellevue", "Grand Hotel Europa", "Hôtel du Parc", "Hotel Miramar", "Albergo Roma", "Hotel De Kroon"]), city: r.pick(STREETS[lang]).split("\n")[1]! };
  const dep = randomDay(r);
  const nights = r.int(1, 6);
  const arr = addDays(dep, -nights);
  const rate = r.int(6000, 25000) / 100;
  const tax = r.int(100, 500) / 100;
  const total = Math.round((rate * nights + tax * nights) * 100) / 100;
  const W = {
    en: ["Guest", "Arrival", "Departure", "Room", "City tax", "Balance", "Printed"],
    de: ["Gast", "Anreise", "Abreise", "Zimmer", "Kurtaxe", "Saldo", "Gedruckt"],
    fr: ["Client", "Arrivée", "Départ", "Chambre", "Taxe de séjour", "Solde", "Imprimé le"],
    es: ["Huésped", "Llegada", "Salida", "Habitación", "Tasa turística", "Saldo", "Impreso"],
    it: ["Ospite", "Arrivo", "Partenza", "Camera", "Tassa di soggiorno", "Saldo", "Stampato il"],
    nl: ["Gast", "Aankomst", "Vertrek", "Kamer", "Toeristenbelasting", "Saldo", "Afgedrukt"],
  }[lang];
  const totalWord = { en: "Total", de: "Gesamt", fr: "Total TTC", es: "Total", it: "Totale", nl: "Totaal" }[lang];
  const text = [
    s.name,
    s.city,
    "",
    `${W[0]}: ${r.pick(PEOPLE[lang])}`,
    `${W[1]}: ${n(arr, lang)}    ${W[2]}: ${n(dep, lang)}`,
    "",
    ...Array.from({ length: nights }, (_, i) => `${n(addDays(arr, i), lang)}  ${W[3]} ${r.int(101, 420)}   ${eur(rate, lang, r)}\n${n(addDays(arr, i), lang)}  ${W[4]}   ${eur(tax, lang, r)}`),
    "",
    `${totalWord}: ${eur(total, lang, r)}`,
    `${W[5]}: ${eur(0, lang, r)}`,
    "",
    `${W[6]} ${n(dep, lang)} ${pad(r.int(6, 12))}:${pad(r.int(0, 59))}`,
  ].join("\n");
  return { text, documentDate: isoDay(dep), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: cur(lang) }) }, kind: "hotel-folio", lang };
};

// F3 — fine: the offence happened before the notice date; a payment deadline follows.
const fine: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const offence = addDays(x, -r.int(5, 40));
  const W = {
    en: ["PENALTY CHARGE NOTICE", "Date of notice", "Date of contravention", "Pay within 28 days"],
    de: ["Anhörung im Bußgeldverfahren", "Datum", "Tattag", "Zahlung innerhalb von 14 Tagen"],
    fr: ["AVIS DE CONTRAVENTION", "Date d'envoi", "Date de l'infraction", "Paiement sous 45 jours"],
    es: ["NOTIFICACIÓN DE DENUNCIA", "Fecha de notificación", "Fecha de la infracción", "Pago en 20 días naturales"],
    it: ["VERBALE DI CONTESTAZIONE", "Data verbale", "Data violazione", "Pagamento entro 60 giorni"],
    nl: ["BESCHIKKING", "Dagtekening", "Datum overtreding", "Betalen binnen 8 weken"],
  }[lang];
  const noticeFirst = r.chance(0.5);
  const a = `${W[1]}: ${either(x, lang, r)}`;
  const b = `${W[2]}: ${n(offence, lang)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
  const text = [s.name, W[0], "", ...(noticeFirst ? [a, b] : [b, a]), `Ref. ${r.int(100000, 999999)}`, "", W[3], s.reg].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "fine", lang };
};

// F4 — purchase order: order date, then a requested delivery date and a quote it refers to.
const purchaseOrder: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const quote = addDays(x, -r.int(3, 20));
  const deliver = addDays(x, r.int(5, 30));
  const W = {
    en: ["PURCHASE ORDER", "PO date", "Your quotation dated", "Deliver by"],
    de: ["BESTELLUNG", "Bestelldatum", "Ihr Angebot vom", "Liefertermin"],
    fr: ["BON DE COMMANDE", "Date de commande", "Votre devis du", "Livraison souhaitée le"],
    es: ["PEDIDO", "Fecha del pedido", "Su presupuesto del", "Entrega antes del"],
    it: ["ORDINE D'ACQUISTO", "Data ordine", "Vs. preventivo del", "Consegna entro il"],
    nl: ["INKOOPORDER", "Orderdatum", "Uw offerte van", "Leveren vóór"],
  }[lang];
  const text = [`${W[0]}  ${r.int(4500000, 4599999)}`, s.name, "", `${W[2]} ${n(quote, lang)}`, `${W[1]}: ${n(x, lang)}`, `${W[3]}: ${n(deliver, lang)}`, "", `10  ${r.int(1, 50)} pcs  ART-${r.int(1000, 9999)}`].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "purchase-order", lang };
};

// F5 — offer: dated, valid for a while, no total labelled (an offer is not a bill).
const offer: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const valid = addDays(x, 30);
  const W = {
    en: ["Quotation", "valid until"],
    de: ["Angebot", "gültig bis"],
    fr: ["Devis", "valable jusqu'au"],
    es: ["Presupuesto", "válido hasta el"],
    it: ["Preventivo", "valido fino al"],
    nl: ["Offerte", "geldig tot"],
  }[lang];
  const text = [s.name, `${s.street}, ${s.city}`, "", `${W[0]} ${r.int(100, 999)}/${x.y} — ${long(x, lang)}`, `(${W[1]} ${n(valid, lang)})`, "", r.pick(PEOPLE[lang]), "", s.reg].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "offer", lang };
};

// F6 — card statement: closing date, due date, transactions written "03 MAR" without a year.
const cardStatement: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const due = addDays(x, 21);
  const W = {
    en: ["Credit card statement", "Statement closing date", "Payment due date", "New balance"],
    de: ["Kreditkartenabrechnung", "Abrechnungsdatum", "Belastung am", "Neuer Saldo"],
    fr: ["Relevé carte", "Date d'arrêté", "Prélèvement le", "Nouveau solde"],
    es: ["Extracto de tarjeta", "Fecha de cierre", "Fecha de cargo", "Nuevo saldo"],
    it: ["Estratto conto carta", "Data chiusura", "Addebito il", "Nuovo saldo"],
    nl: ["Creditcardoverzicht", "Afschriftdatum", "Incassodatum", "Nieuw saldo"],
  }[lang];
  const tx = Array.from({ length: r.int(2, 5) }, (_, i) => {
    const t = addDays(x, -25 + i * 5);
    return `${pad(t.d)} ${MONTHS_ABBR.en[t.m - 1]!.toUpperCase()}  ${r.pick(["AMAZON", "SHELL", "REWE", "SNCF", "RENFE", "TRENITALIA", "NS"])} ${r.int(1000, 9999)}   ${eur(r.int(500, 20000) / 100, lang, r)}`;
  });
  const text = [s.name, W[0], `${W[1]}: ${n(x, lang)}`, `${W[2]}: ${n(due, lang)}`, "", ...tx, "", `${W[3]}: ${eur(r.int(1000, 200000) / 100, lang, r)}`].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "card-statement", lang };
};

// F7 — lab report: patient born, sample taken, report date at the foot.
const labReport: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const taken = addDays(x, -r.int(1, 4));
  const b = { y: r.int(1940, 2010), m: r.int(1, 12), d: r.int(1, 28) };
  const W = {
    en: ["LABORATORY REPORT", "Patient", "DOB", "Sample collected", "Reported"],
    de: ["LABORBEFUND", "Patient", "Geb.-Datum", "Probenentnahme", "Befunddatum"],
    fr: ["COMPTE RENDU D'ANALYSES", "Patient", "Date de naissance", "Prélevé le", "Validé le"],
    es: ["INFORME DE LABORATORIO", "Paciente", "F. nacimiento", "Fecha de extracción", "Fecha de informe"],
    it: ["REFERTO DI LABORATORIO", "Paziente", "Data di nascita", "Data prelievo", "Data referto"],
    nl: ["LABORATORIUMUITSLAG", "Patiënt", "Geb. datum", "Afname", "Datum uitslag"],
  }[lang];
  const text = [
    s.name,
    W[0],
    `${W[1]}: ${r.pick(PEOPLE[lang])}   ${W[2]}: ${n(b, lang)}`,
    `${W[3]}: ${n(taken, lang)} ${pad(r.int(7, 11))}:${pad(r.int(0, 59))}`,
    "",
    `Hb 14.1 g/dl   (13.5-17.5)`,
    `CRP 3 mg/l     (<5)`,
    "",
    `${W[4]}: ${n(x, lang)}`,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "lab-report", lang };
};

// F8 — school letter (English, US style): long date on top, events later in the month without a year.
const schoolLetter: Template = (r) => {
  const x = randomDay(r);
  const ev = addDays(x, r.int(3, 20));
  const school = r.pick(["Lincoln Elementary School", "Riverside Middle School", "Westfield High School"]);
  const text = [
    school,
    "Office of the Principal",
    "",
    `${MONTHS.en[x.m - 1]} ${x.d}, ${x.y}`,
    "",
    "Dear Parents and Guardians,",
    "",
    `Our fall open house takes place on ${weekday(ev, "en")}, ${MONTHS.en[ev.m - 1]} ${ev.d}. Report cards will be sent home on ${ev.m}/${ev.d}.`,
    "",
    "Sincerely,",
    "The Principal",
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: school, kind: "school-letter", lang: "en" };
};

// F9 — restaurant or till slip: date and time in one field, tip, total; sometimes scanned badly.
const slip: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const items = Array.from({ length: r.int(1, 4) }, () => r.int(250, 3500) / 100);
  const sum = Math.round(items.reduce((a, b) => a + b, 0) * 100) / 100;
  const tip = r.chance(0.5) ? r.int(100, 500) / 100 : 0;
  const total = Math.round((sum + tip) * 100) / 100;
  const a = (v: number) => (lang === "en" ? amount(v, "en") : amount(v, "plain-comma"));
  const W = {
    en: ["Subtotal", "Tip", "TOTAL GBP", "Thank you!"],
    de: ["Zwischensumme", "Trinkgeld", "GESAMT EUR", "Vielen Dank!"],
    fr: ["Sous-total", "Pourboire", "TOTAL EUR", "Merci !"],
    es: ["Subtotal", "Propina", "TOTAL EUR", "¡Gracias!"],
    it: ["Subtotale", "Mancia", "TOTALE EURO", "Grazie!"],
    nl: ["Subtotaal", "Fooi", "TOTAAL EUR", "Bedankt!"],
  }[lang];
  const stamp = r.pick([`${n(x, lang)} ${pad(r.int(11, 23))}:${pad(r.int(0, 59))}`, `${isoDay(x)}T${pad(r.int(11, 23))}:${pad(r.int(0, 59))}`, `${pad(x.d)}-${pad(x.m)}-${x.y} ore ${pad(r.int(11, 23))}:${pad(r.int(0, 59))}`]);
  const lines = [
    s.name,
    s.city,
    `Tisch/Table ${r.int(1, 30)}   Bon ${r.int(1000, 9999)}`,
    ...items.map((v, i) => `${i + 1} x ${r.pick(["Pizza", "Pasta", "Menu", "Wine", "Espresso"])}${" ".repeat(12)}${a(v)}`),
    `${W[0]}   ${a(sum)}`,
    ...(tip ? [`${W[1]}   ${a(tip)}`] : []),
    `${W[2]}   ${a(total)}`,
    stamp,
    W[3],
  ];
  let text = lines.join("\n");
  const noisy = r.chance(0.35);
  if (noisy) text = ocrNoise(text, r, 0.07);
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: cur(lang) }) }, kind: noisy ? "slip-ocr" : "slip", lang };
};

// F10 — official letter with a reference table: "Datum 3 maart 2025" without a colon among other rows.
const officialTable: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const their = addDays(x, -r.int(7, 50));
  const W = {
    en: ["Our reference", "Your reference", "Date", "Subject", "Contact"],
    de: ["Unser Zeichen", "Ihr Schreiben vom", "Datum", "Betreff", "Ansprechpartner"],
    fr: ["Nos références", "Votre lettre du", "Date", "Objet", "Contact"],
    es: ["Nuestra referencia", "Su escrito de", "Fecha", "Asunto", "Contacto"],
    it: ["Ns. riferimento", "Vs. comunicazione del", "Data", "Oggetto", "Referente"],
    nl: ["Ons kenmerk", "Uw brief van", "Datum", "Onderwerp", "Contactpersoon"],
  }[lang];
  const text = [
    s.name,
    "",
    r.pick(PEOPLE[lang]),
    r.pick(STREETS[lang]),
    "",
    `${W[0]!.padEnd(24)}${r.int(10000, 99999)}/${x.y}`,
    `${W[1]!.padEnd(24)}${lang === "en" ? `letter of ${either(their, lang, r)}` : either(their, lang, r)}`,
    `${W[2]!.padEnd(24)}${either(x, lang, r)}`,
    `${W[3]!.padEnd(24)}${r.int(100, 999)}`,
    `${W[4]!.padEnd(24)}${r.pick(PEOPLE[lang])}`,
    "",
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "official-table", lang };
};

// F11 — invoice whose totals are a three-column row under a header; the date top right unlabelled or labelled.
const columnTotals: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const net = r.int(5000, 300000) / 100;
  const rate = { en: 0.2, de: 0.19, fr: 0.2, es: 0.21, it: 0.22, nl: 0.21 }[lang];
  const vat = Math.round(net * rate * 100) / 100;
  const gross = Math.round((net + vat) * 100) / 100;
  const W = {
    en: ["Invoice", "Net", "VAT", "Gross"],
    de: ["Rechnung", "Netto", "MwSt", "Brutto"],
    fr: ["Facture", "HT", "TVA", "TTC"],
    es: ["Factura", "Base", "IVA", "Total"],
    it: ["Fattura", "Imponibile", "IVA", "Totale"],
    nl: ["Factuur", "Netto", "Btw", "Totaal"],
  }[lang];
  const f = (v: number) => (lang === "en" ? amount(v, "en") : lang === "fr" ? amount(v, "fr") : amount(v, "de"));
  const text = [
    `${s.name}${" ".repeat(10)}${s.city.split(" ").slice(-1)[0]}, ${either(x, lang, r)}`,
    "",
    `${W[0]} ${r.int(1000, 9999)}`,
    "",
    `${W[1]!.padEnd(16)}${W[2]!.padEnd(16)}${W[3]} (${cur(lang)})`,
    `${f(net).padEnd(16)}${f(vat).padEnd(16)}${f(gross)}`,
    "",
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: gross, currency: cur(lang) }) }, kind: "column-totals", lang };
};

// F12 — photos and messenger files dated only in the name; flyers whose only dates are in the future.
const namesAndFlyers: Template = (r, lang) => {
  const x = randomDay(r);
  const pickKind = r.int(0, 2);
  const blurb = { en: "Spring sale", de: "Frühjahrsaktion", fr: "Soldes de printemps", es: "Rebajas de primavera", it: "Saldi di primavera", nl: "Voorjaarsactie" }[lang];
  if (pickKind === 0) {
    const future = { y: 2027, m: r.int(1, 12), d: r.int(1, 28) };
    const until = { en: "Offer ends", de: "Angebot gültig bis", fr: "Offre valable jusqu'au", es: "Oferta válida hasta el", it: "Offerta valida fino al", nl: "Actie geldig t/m" }[lang];
    return { text: `${blurb}\n${until} ${either(future, lang, r)}\n© ${r.int(2019, 2025)} Shop`, filename: "flyer.pdf", documentDate: null, correspondent: null, kind: "future-only", lang };
  }
  const filename = r.pick([
    `IMG-${x.y}${pad(x.m)}${pad(x.d)}-WA${pad(r.int(0, 99), 4)}.jpg`,
    `Screenshot_${x.y}-${pad(x.m)}-${pad(x.d)}-${pad(r.int(0, 23))}-${pad(r.int(0, 59))}-${pad(r.int(0, 59))}.png`,
    `${x.y}_${pad(x.m)}_${pad(x.d)}_scan.pdf`,
  ]);
  const text = { en: "signed - see page 2", de: "unterschrieben, s. Seite 2", fr: "signé, voir page 2", es: "firmado, ver página 2", it: "firmato, vedi pagina 2", nl: "getekend, zie pagina 2" }[lang];
  return { text, filename, documentDate: isoDay(x), correspondent: null, kind: "filename-date", lang };
};

export const DEV_C_TEMPLATES: Template[] = [taxNotice, hotel, fine, purchaseOrder, offer, cardStatement, labReport, schoolLetter, slip, officialTable, columnTotals, namesAndFlyers];
export const devCLangs = (t: Template): Lang[] => (t === schoolLetter ? ["en"] : ALL);
