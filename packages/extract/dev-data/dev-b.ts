// Development half B of the fields dev set (issue 17). Written as the held-out half before any parser result
// was looked at, in a different style from dev-a.ts; run once against the unchanged parser (its figures are in
// docs/fields-quality.md), then — having been looked at — moved to the development side, and heldout.ts was
// written as the new held-out half. Layouts: memos, utility bills with column tables, certificates, payslips, forwarded
// mails, letters with place-and-date lines and weekdays, contracts signed at the end, till receipts with
// two-digit years.
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
  type Money,
  type Rng,
} from "./common.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;

const CITY: Record<Lang, string[]> = {
  en: ["London", "Leeds", "Bristol"],
  de: ["München", "Berlin", "Hamburg", "Köln"],
  fr: ["Paris", "Lyon", "Toulouse"],
  es: ["Madrid", "Barcelona", "Valencia"],
  it: ["Milano", "Roma", "Torino"],
  nl: ["Amsterdam", "Rotterdam", "Utrecht"],
};

/** Written dates in the held-out style: weekdays, "1er", "1º", dashes with month abbreviations, two-digit years. */
function written(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const wd = weekday(x, lang);
  switch (lang) {
    case "en":
      return r.pick([`${wd}, ${x.d} ${M} ${x.y}`, `${pad(x.d)}-${A}-${x.y}`, `${x.d}${ord(x.d)} of ${M}, ${x.y}`, `${A}. ${x.d}, ${x.y}`, `${M} ${x.d}, ${x.y}`]);
    case "de":
      return r.pick([`${wd}, ${x.d}. ${M} ${x.y}`, `${pad(x.d)}. ${A} ${x.y}`, `${x.d}.${M}${" "}${x.y}`, `${pad(x.d)}.${pad(x.m)}.${String(x.y).slice(2)}`]);
    case "fr":
      return r.pick([`${wd} ${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`]);
    case "es":
      return r.pick([`${wd}, ${x.d === 1 ? "1º" : x.d} de ${M} de ${x.y}`, `${x.d}-${A.replace(".", "")}-${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} del ${x.y}`]);
    case "it":
      return r.pick([`${wd} ${x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`]);
    case "nl":
      return r.pick([`${wd} ${x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`]);
  }
}
const ord = (d: number) => (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");

/** Numeric dates as a form would print them: day first everywhere but in the US documents. */
const num = (x: Day, lang: Lang, us = false) =>
  us ? `${pad(x.m)}/${pad(x.d)}/${x.y}` : lang === "de" ? `${pad(x.d)}.${pad(x.m)}.${x.y}` : lang === "nl" ? `${pad(x.d)}-${pad(x.m)}-${x.y}` : `${pad(x.d)}/${pad(x.m)}/${x.y}`;

const money = (v: number, lang: Lang, r: Rng, currency = lang === "en" ? r.pick(["GBP", "USD"]) : "EUR"): [string, Money] => {
  const m = { value: v, currency };
  const sym = currency === "GBP" ? "£" : currency === "USD" ? "$" : "€";
  if (lang === "en") return [r.pick([`${sym}${amount(v, "en")}`, `${currency} ${amount(v, "en")}`]), m];
  if (lang === "fr") return [r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`, `${amount(v, "plain-comma")}€`]), m];
  return [r.pick([`${amount(v, "de")} €`, `EUR ${amount(v, "de")}`, `€ ${amount(v, "de")}`, `${amount(v, "plain-comma")} EUR`]), m];
};

const birth = (r: Rng): Day => ({ y: r.int(1940, 1999), m: r.int(1, 12), d: r.int(1, 28) });

// H1 — memo (English, US or UK), date in a header block, an earlier letter and a benefit end in the body.
const memo: Template = (r) => {
  const s = r.pick(SENDERS.en);
  const x = randomDay(r);
  const us = s.city.includes(", ");
  const earlier = addDays(x, -r.int(10, 90));
  const end = addDays(x, r.int(30, 200));
  const dateText = us ? r.pick([`${MONTHS.en[x.m - 1]} ${x.d}, ${x.y}`, num(x, "en", true)]) : written(x, "en", r);
  const text = [
    s.name.toUpperCase(),
    "MEMORANDUM",
    "",
    `TO:      ${r.pick(PEOPLE.en)}`,
    `FROM:    Customer Relations, ${s.name}`,
    `DATE:    ${dateText}`,
    `RE:      Your enquiry of ${us ? num(earlier, "en", true) : written(earlier, "en", r)}`,
    "",
    `Thank you for getting in touch. As discussed, your current plan remains active and the benefits described in`,
    `the schedule end on ${us ? num(end, "en", true) : written(end, "en", r)} unless renewed.`,
    "",
    `Questions? Call ${s.phone}.`,
    "",
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "memo", lang: "en" };
};

// H2 — utility bill with a column table: labels on one line, values on the next.
const utilityBill: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const due = addDays(x, r.int(10, 21));
  const from = addDays(x, -r.int(35, 40));
  const to = addDays(x, -r.int(3, 6));
  const net = r.int(2000, 40000) / 100;
  const vat = Math.round(net * (lang === "de" ? 0.19 : lang === "fr" ? 0.2 : lang === "es" ? 0.21 : lang === "it" ? 0.22 : lang === "nl" ? 0.21 : 0.05) * 100) / 100;
  const total = Math.round((net + vat) * 100) / 100;
  const [netT] = money(net, lang, r, lang === "en" ? "GBP" : "EUR");
  const [vatT] = money(vat, lang, r, lang === "en" ? "GBP" : "EUR");
  const [totT, totM] = money(total, lang, r, lang === "en" ? "GBP" : "EUR");
  const L = {
    en: ["Account number", "Bill date", "Payment due", "Billing period", "Charges before VAT", "VAT", "Total amount due"],
    de: ["Kundennummer", "Rechnungsdatum", "Fällig am", "Abrechnungszeitraum", "Nettobetrag", "USt.", "Rechnungsbetrag"],
    fr: ["N° client", "Date de facture", "Date limite", "Période de consommation", "Montant HT", "TVA", "Montant TTC"],
    es: ["Nº cliente", "Fecha factura", "Fecha de cargo", "Periodo de facturación", "Base imponible", "IVA", "Total factura"],
    it: ["Codice cliente", "Data emissione", "Scadenza", "Periodo di fornitura", "Imponibile", "IVA", "Totale da pagare"],
    nl: ["Klantnummer", "Factuurdatum", "Vervaldatum", "Verbruiksperiode", "Bedrag excl. btw", "Btw", "Totaal te betalen"],
  }[lang];
  const acct = String(r.int(10000000, 99999999));
  const text = [
    `${s.name}  |  ${s.street}  |  ${s.city}`,
    "",
    r.pick(PEOPLE[lang]),
    r.pick(STREETS[lang]),
    "",
    `${L[0]!.padEnd(18)}${L[1]!.padEnd(20)}${L[2]}`,
    `${acct.padEnd(18)}${num(x, lang).padEnd(20)}${num(due, lang)}`,
    "",
    `${L[3]}: ${num(from, lang)} - ${num(to, lang)}`,
    "",
    `${L[4]!.padEnd(30)}${netT}`,
    `${L[5]!.padEnd(30)}${vatT}`,
    `${L[6]!.padEnd(30)}${totT}`,
    "",
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel(totM) }, kind: "utility-bill", lang };
};

// H3 — insurance certificate: period and birth date first, the issue date last.
const certificate: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const start = { y: x.y, m: 1, d: 1 };
  const end = { y: x.y, m: 12, d: 31 };
  const b = birth(r);
  const city = r.pick(CITY[lang]);
  const L = {
    en: ["CERTIFICATE OF INSURANCE", "Insured person", "Date of birth", "Period of cover", "from", "to", `Issued in ${city} on`],
    de: ["VERSICHERUNGSBESTÄTIGUNG", "Versicherte Person", "Geburtsdatum", "Versicherungszeitraum", "vom", "bis", `Ausgestellt in ${city} am`],
    fr: ["ATTESTATION D'ASSURANCE", "Assuré", "Date de naissance", "Période de garantie", "du", "au", `Fait à ${city}, le`],
    es: ["CERTIFICADO DE SEGURO", "Asegurado", "Fecha de nacimiento", "Periodo de cobertura", "desde el", "hasta el", `Expedido en ${city}, a`],
    it: ["CERTIFICATO DI ASSICURAZIONE", "Assicurato", "Data di nascita", "Periodo di copertura", "dal", "al", `Rilasciato a ${city} il`],
    nl: ["VERZEKERINGSBEWIJS", "Verzekerde", "Geboortedatum", "Verzekeringsperiode", "van", "tot en met", `Afgegeven te ${city} op`],
  }[lang];
  const issued = lang === "en" ? written(x, lang, r) : num(x, lang);
  const text = [
    s.name,
    s.street,
    s.city,
    "",
    L[0],
    "",
    `${L[1]}: ${r.pick(PEOPLE[lang]).replace(/^(Herrn|Frau|M\.|Mme|D\.|Dña\.|Sig\.ra|Sig\.|Dott\.|Dhr\.|Mevr\.|Mr|Ms|Mrs|Dr) /, "")}`,
    `${L[2]}: ${num(b, lang)}`,
    `${L[3]}: ${L[4]} ${num(start, lang)} ${L[5]} ${num(end, lang)}`,
    "",
    `${L[6]} ${issued}`,
    "",
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "certificate", lang };
};

// H4 — payslip: pay period, then the pay date.
const payslip: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const y = r.int(2023, 2026);
  const m = r.int(1, y === 2026 ? 10 : 12);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pay = { y, m, d: last };
  const L = {
    en: ["PAYSLIP", "Employee", "Pay period", "Pay date", "Gross pay", "Net pay"],
    de: ["Entgeltabrechnung", "Mitarbeiter", "Abrechnungsmonat", "Auszahlung am", "Gesamtbrutto", "Auszahlungsbetrag"],
    fr: ["BULLETIN DE PAIE", "Salarié", "Période", "Payé le", "Salaire brut", "Net à payer"],
    es: ["NÓMINA", "Trabajador", "Periodo de liquidación", "Fecha de pago", "Total devengado", "Líquido a percibir"],
    it: ["BUSTA PAGA", "Dipendente", "Periodo di paga", "Data pagamento", "Totale lordo", "Netto in busta"],
    nl: ["SALARISSTROOK", "Werknemer", "Periode", "Uitbetaaldatum", "Brutoloon", "Netto uit te betalen"],
  }[lang];
  const gross = r.int(200000, 600000) / 100;
  const text = [
    s.name,
    L[0],
    `${L[1]}: ${r.pick(PEOPLE[lang])}`,
    `${L[2]}: ${num({ y, m, d: 1 }, lang)} - ${num(pay, lang)}`,
    `${L[3]}: ${num(pay, lang)}`,
    "",
    `${L[4]}: ${money(gross, lang, r)[0]}`,
    `${L[5]}: ${money(Math.round(gross * 62) / 100, lang, r)[0]}`,
  ].join("\n");
  return { text, documentDate: isoDay(pay), correspondent: s.name, kind: "payslip", lang };
};

// H5 — letter with a place-and-date line (weekday or not) after a reference block naming an earlier letter.
const placeLetter: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const earlier = addDays(x, -r.int(5, 60));
  const meet = addDays(x, r.int(-20, 20));
  const city = r.pick(CITY[lang]);
  const W = written(x, lang, r);
  const placeDate = {
    en: `${city}, ${W}`,
    de: `${city}, ${r.pick(["den ", ""])}${W}`,
    fr: `${city}, le ${W}`,
    es: `${city}, ${r.pick(["a ", ""])}${W}`,
    it: `${city}, ${r.pick(["lì ", ""])}${W}`,
    nl: `${city}, ${W}`,
  }[lang];
  const ref = {
    en: `Your ref: AB/${r.int(100, 999)}   Your letter of ${num(earlier, lang)}`,
    de: `Ihr Zeichen: ${r.int(100, 999)}/kb   Ihre Nachricht vom ${num(earlier, lang)}   Unser Zeichen: VS-${r.int(1000, 9999)}`,
    fr: `V/Réf. : ${r.int(100, 999)}   V/courrier du ${num(earlier, lang)}   N/Réf. : DG/${r.int(10, 99)}`,
    es: `Su ref.: ${r.int(100, 999)}   Su escrito de ${num(earlier, lang)}`,
    it: `Vs. rif.: ${r.int(100, 999)}   Vs. lettera del ${num(earlier, lang)}`,
    nl: `Uw kenmerk: ${r.int(100, 999)}   Uw brief van ${num(earlier, lang)}`,
  }[lang];
  const body = {
    en: `Further to our meeting on ${written(meet, lang, r)}, please find the revised schedule enclosed.`,
    de: `Bezug nehmend auf unser Gespräch am ${num(meet, lang)} übersenden wir Ihnen die geänderten Unterlagen.`,
    fr: `Suite à notre entretien du ${num(meet, lang)}, nous vous adressons les documents modifiés.`,
    es: `En relación con nuestra reunión del ${num(meet, lang)}, le remitimos la documentación revisada.`,
    it: `Facendo seguito all'incontro del ${num(meet, lang)}, Le inviamo la documentazione aggiornata.`,
    nl: `Naar aanleiding van ons gesprek op ${num(meet, lang)} sturen wij u de aangepaste stukken.`,
  }[lang];
  const lines = [s.name, `${s.street} · ${s.city} · ${s.phone}`, "", r.pick(PEOPLE[lang]), r.pick(STREETS[lang]), "", ref, "", placeDate, "", body, "", s.reg];
  let text = lines.join("\n");
  const noisy = r.chance(0.3);
  if (noisy) text = ocrNoise(text, r);
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: noisy ? "place-letter-ocr" : "place-letter", lang };
};

// H6 — forwarded e-mail: the top message's date, an older one quoted below.
const forwarded: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const older = addDays(x, -r.int(1, 30));
  const time = `${r.int(7, 18)}:${pad(r.int(0, 59))}`;
  const H = {
    en: ["From", "Sent", "To", "Subject", "-----Original Message-----"],
    de: ["Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"],
    fr: ["De", "Envoyé", "À", "Objet", "-----Message d'origine-----"],
    es: ["De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----"],
    it: ["Da", "Inviato", "A", "Oggetto", "-----Messaggio originale-----"],
    nl: ["Van", "Verzonden", "Aan", "Onderwerp", "-----Oorspronkelijk bericht-----"],
  }[lang];
  const mail = s.name.toLowerCase().replace(/[^a-z]+/g, "").slice(0, 14);
  const text = [
    `${H[0]}: ${s.name} <service@${mail}.example>`,
    `${H[1]}: ${written(x, lang, r)} ${time}`,
    `${H[2]}: ${r.pick(PEOPLE[lang])}`,
    `${H[3]}: RE: ${r.int(100000, 999999)}`,
    "",
    lang === "en" ? "Thanks, we have updated your record." : lang === "de" ? "Danke, wir haben Ihre Daten aktualisiert." : lang === "fr" ? "Merci, votre dossier a été mis à jour." : lang === "es" ? "Gracias, hemos actualizado sus datos." : lang === "it" ? "Grazie, abbiamo aggiornato i Suoi dati." : "Bedankt, wij hebben uw gegevens bijgewerkt.",
    "",
    H[4],
    `${H[0]}: ${r.pick(PEOPLE[lang])}`,
    `${H[1]}: ${written(older, lang, r)} ${time}`,
    `${H[3]}: ${r.int(100000, 999999)}`,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "forwarded-mail", lang };
};

// H7 — till receipt: two-digit years, time, tax lines, cash given and change.
const till: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const items = Array.from({ length: r.int(2, 6) }, () => r.int(49, 2999) / 100);
  const total = Math.round(items.reduce((a, b) => a + b, 0) * 100) / 100;
  const cur = lang === "en" ? "GBP" : "EUR";
  const fmt = (v: number) => (lang === "en" ? amount(v, "en") : amount(v, "plain-comma"));
  const given = Math.ceil(total / 10) * 10 + (r.chance(0.5) ? 10 : 0);
  const W = {
    en: ["TOTAL", "VAT 20%", "CASH", "CHANGE"],
    de: ["SUMME", "MwSt 19%", "BAR", "RÜCKGELD"],
    fr: ["TOTAL TTC", "TVA 20%", "ESPECES", "RENDU"],
    es: ["TOTAL", "IVA 21%", "EFECTIVO", "CAMBIO"],
    it: ["TOTALE COMPLESSIVO", "di cui IVA 22%", "CONTANTI", "RESTO"],
    nl: ["TOTAAL", "BTW 21%", "CONTANT", "WISSELGELD"],
  }[lang];
  const d2 = `${pad(x.d)}${lang === "de" ? "." : lang === "nl" ? "-" : "/"}${pad(x.m)}${lang === "de" ? "." : lang === "nl" ? "-" : "/"}${String(x.y).slice(2)}`;
  const lines = [
    s.name.toUpperCase(),
    s.street,
    s.city,
    "",
    ...items.map((v, i) => `ART ${pad(i + 1)} ${"x".repeat(0)}${"".padEnd(14)}${fmt(v).padStart(9)}`),
    "-".repeat(30),
    `${W[0]!.padEnd(20)} ${cur} ${fmt(total)}`,
    `${W[1]!.padEnd(20)} ${fmt(Math.round(total * 16.67) / 100)}`,
    `${W[2]!.padEnd(20)} ${fmt(given)}`,
    `${W[3]!.padEnd(20)} ${fmt(Math.round((given - total) * 100) / 100)}`,
    "",
    `${d2}  ${pad(r.int(8, 20))}:${pad(r.int(0, 59))}  #${r.int(1000, 9999)}  K${r.int(1, 9)}`,
  ];
  let text = lines.join("\n");
  const noisy = r.chance(0.4);
  if (noisy) text = ocrNoise(text, r, 0.06);
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: cur }) }, kind: noisy ? "till-ocr" : "till", lang };
};

// H8 — invoice whose number and date share a line, with delivery date and a pay-by date.
const invoiceOf: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const delivered = addDays(x, -r.int(1, 10));
  const payBy = addDays(x, 30);
  const cur = lang === "en" ? r.pick(["GBP", "USD"]) : "EUR";
  const qty = r.int(1, 5);
  const unit = r.int(1000, 90000) / 100;
  const net = Math.round(qty * unit * 100) / 100;
  const rate = lang === "en" ? 0.2 : lang === "de" ? 0.19 : 0.21;
  const vat = Math.round(net * rate * 100) / 100;
  const gross = Math.round((net + vat) * 100) / 100;
  const f = (v: number) => money(v, lang, r, cur)[0];
  const no = `${x.y}-${pad(r.int(1, 999), 4)}`;
  const W = {
    en: [`Invoice ${no} of ${written(x, lang, r)}`, `Delivered on ${num(delivered, lang)}`, "Subtotal", `VAT ${rate * 100}%`, "Amount payable", `Please pay by ${num(payBy, lang)}.`],
    de: [`Rechnung Nr. ${no} vom ${written(x, lang, r)}`, `Leistungsdatum: ${num(delivered, lang)}`, "Zwischensumme", `zzgl. ${rate * 100}% MwSt.`, "Gesamtbetrag", `Bitte überweisen Sie bis zum ${num(payBy, lang)}.`],
    fr: [`Facture n° ${no} du ${written(x, lang, r)}`, `Livré le ${num(delivered, lang)}`, "Sous-total HT", `TVA ${rate * 100} %`, "Net à payer", `À régler avant le ${num(payBy, lang)}.`],
    es: [`Factura nº ${no} de ${written(x, lang, r)}`, `Entregado el ${num(delivered, lang)}`, "Subtotal", `IVA ${rate * 100}%`, "Total a pagar", `Pagar antes del ${num(payBy, lang)}.`],
    it: [`Fattura n. ${no} del ${written(x, lang, r)}`, `Consegna del ${num(delivered, lang)}`, "Imponibile", `IVA ${rate * 100}%`, "Totale documento", `Pagamento entro il ${num(payBy, lang)}.`],
    nl: [`Factuur ${no} d.d. ${written(x, lang, r)}`, `Geleverd op ${num(delivered, lang)}`, "Subtotaal", `Btw ${rate * 100}%`, "Te betalen", `Graag betalen vóór ${num(payBy, lang)}.`],
  }[lang];
  const text = [
    `${s.name} — ${s.street}, ${s.city}`,
    "",
    r.pick(PEOPLE[lang]),
    r.pick(STREETS[lang]),
    "",
    W[0],
    W[1],
    "",
    `${qty} x ${"Service".padEnd(20)} ${f(unit)}   ${f(net)}`,
    "",
    `${W[2]}: ${f(net)}`,
    `${W[3]}: ${f(vat)}`,
    `${W[4]}: ${f(gross)}`,
    "",
    W[5],
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: gross, currency: cur }) }, kind: "invoice-of", lang };
};

// H9 — contract: parties with birth dates, a start and end, signed at the end with place and date.
const signedContract: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const start = addDays(x, r.int(1, 30));
  const end = addDays(start, 365 * r.int(1, 3) - 1);
  const b = birth(r);
  const city = r.pick(CITY[lang]);
  const W = {
    en: ["TENANCY AGREEMENT", "between", "born", "The tenancy begins on", "and ends on", `Signed at ${city} on`],
    de: ["MIETVERTRAG", "zwischen", "geb. am", "Das Mietverhältnis beginnt am", "und endet am", `${city}, den`],
    fr: ["CONTRAT DE LOCATION", "entre", "né(e) le", "Le bail prend effet le", "et se termine le", `Fait à ${city}, le`],
    es: ["CONTRATO DE ARRENDAMIENTO", "entre", "nacido el", "El arrendamiento comienza el", "y finaliza el", `En ${city}, a`],
    it: ["CONTRATTO DI LOCAZIONE", "tra", "nato il", "La locazione decorre dal", "e termina il", `Letto, confermato e sottoscritto a ${city}, il`],
    nl: ["HUUROVEREENKOMST", "tussen", "geboren op", "De huur gaat in op", "en eindigt op", `Getekend te ${city} op`],
  }[lang];
  const tenant = r.pick(PEOPLE[lang]);
  const text = [
    W[0],
    "",
    `${W[1]} ${s.name}, ${s.street}, ${s.city}`,
    `${lang === "en" ? "and" : lang === "de" ? "und" : lang === "fr" ? "et" : lang === "es" ? "y" : lang === "it" ? "e" : "en"} ${tenant}, ${W[2]} ${num(b, lang)}`,
    "",
    `§1 ${W[3]} ${num(start, lang)} ${W[4]} ${num(end, lang)}.`,
    `§2 ${lang === "en" ? "Rent" : "Miete / loyer / renta / canone / huur"}: ${money(r.int(500, 2000), lang, r)[0]}`,
    "",
    `${W[5]} ${lang === "en" ? written(x, lang, r) : num(x, lang)}`,
    "",
    "______________________        ______________________",
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "signed-contract", lang };
};

// H10 — photos and scans: date only in the file name (phone camera or scanner style), or nowhere.
const photoOrNote: Template = (r, lang) => {
  const x = randomDay(r);
  const noDate = r.chance(0.45);
  const note = {
    en: ["Reminder: bring the blue folder and the spare key.", "Meter reading kitchen 04512 / hall 11870", "Notes from the parents' evening – ask about the trip."],
    de: ["Zählerstand Keller 23887, Garten 00412", "Bitte Unterlagen für die Steuer sammeln: Spenden, Handwerker.", "Einkaufsliste: Milch, Brot, Kaffee"],
    fr: ["Relevé compteur : 012345 kWh", "Penser à rapporter le badge et les clés.", "Liste : pain, lait, café"],
    es: ["Lectura del contador: 045612", "Recordar llevar el DNI y la tarjeta sanitaria.", "Lista: pan, leche, café"],
    it: ["Lettura contatore: 012998", "Ricordarsi la tessera sanitaria.", "Lista: pane, latte, caffè"],
    nl: ["Meterstand: 034412", "Niet vergeten: paspoort en verzekeringspas.", "Boodschappen: brood, melk, koffie"],
  }[lang];
  const text = r.pick(note);
  if (noDate) return { text, filename: r.pick(["note.jpg", "scan0007.pdf", "Document.pdf", "IMG_4471.HEIC"]), documentDate: null, correspondent: null, kind: "no-date", lang };
  const filename = r.pick([
    `IMG_${x.y}${pad(x.m)}${pad(x.d)}_${pad(r.int(0, 23))}${pad(r.int(0, 59))}${pad(r.int(0, 59))}.jpg`,
    `Scan ${isoDay(x)} ${pad(r.int(0, 23))}.${pad(r.int(0, 59))}.pdf`,
    `PXL_${x.y}${pad(x.m)}${pad(x.d)}_${r.int(100000000, 999999999)}.jpg`,
  ]);
  return { text, filename, documentDate: isoDay(x), correspondent: null, kind: "filename-date", lang };
};

export const DEV_B_TEMPLATES: Template[] = [memo, utilityBill, certificate, payslip, placeLetter, forwarded, till, invoiceOf, signedContract, photoOrNote];
/** Which languages a template writes (memo is English only). */
export const devBLangs = (t: Template): Lang[] => (t === memo ? ["en"] : ["en", "de", "fr", "es", "it", "nl"]);
