// The twelfth HELD-OUT half of the fields dev set (issue 17), round 15: written and committed (with its JSONL) before
// any reader change of round 15, to measure the document-date, correspondent and total readers on documents nobody
// tuned on. Never read by training, never used to choose between variants before the one measurement. Written from
// the earlier halves' headers and generators only (not from the readers). Like heldout6 to heldout11, its mix follows
// what a household or a small office uploads, in proportions close to reality, in layouts, senders and wordings no
// other half uses: receipts (an organic grocer's with bottle deposits returned, a reduced item's best-before day
// without a year and a register footer line of till, receipt number, two-digit-year date and time; a car wash's with
// the programme, a wash card's balance valid to MM/YY and a code for the next wash valid thirty days; a toy shop's
// gift receipt with no prices, so no total, and an exchange period until a day), things bought on a day for later (a
// rail operator's purchase receipt, bought on a day at a time, with outward and return journeys ahead and a railcard
// valid until; a food delivery platform's e-mailed order receipt with the order's day and time, a restaurant named in
// it, delivery and service fees, a rider tip and a promo code valid until), tradesmen's invoices (a window cleaner's
// with the last two cleans and the next round without a year; a roofer's with the invoice date in a box at the top
// right, the inspection and the quotation before and the work from one day to another, a guarantee of years; a carpet
// cleaner's with the service day — the English one a US firm's in dollars with month-first dates, net 15 or due upon
// receipt and a warranty "valid through"), an online photo shop's invoice (order days before, invoice dated with the
// dispatch, delivery expected without a year, the photos' upload as an ISO date), bills (a mobile operator's with an
// "at a glance" box of bill date, period and total, roaming rows with days and times without a year and the debit day
// ahead; a home-cleaning agency's monthly invoice for the month before, dated early in the month, with the weekly
// visits — the French one with the tax credit's share), statements that print their own date (a bank's statement as
// a statement printer or the post prints it: its number and date in the heading, rows with days and no year, the old
// balance as at the last statement's day, the new as at this one; a pay-later provider's monthly statement with the
// purchases' days and instalments ahead — no amount labelled on either), insurers' letters (a pet policy's renewal
// with the new policy year ahead, the pet's birth date and a past vet visit; a home claim for an escape of water
// acknowledged, with the loss, the report, the loss adjuster's visit ahead and photos to send by a day), tax and
// traffic authorities (a tax office's reminder of tax unpaid since an earlier day, with a surcharge, penalty or costs
// and the amount to pay labelled; a speed camera's notice with the offence's day and time, the fine and its costs
// labelled, not the reduced amount for paying early), an employer's (a payslip with the payment day labelled, the
// birth date and the start years before; a part-time request granted, citing the request, from the first of a month
// ahead with a review a year on), a housing association's smoke and CO alarm check ahead, a school's closure day for
// staff training ahead with a reply slip by a day (dated at the top right or at the foot with the place), a GP's
// retirement letter (the last surgery ahead, the successor from a day, the patient's birth date, an objection by a
// day) and a piano rental agreement signed at the foot (delivery, rent from, minimum term's end, purchase option).
// Letters carry their date on a labelled line under the subject, as the last line of a reference box at the top right
// over the addressee, or under the signature with the place ("Fait à Nantes, le …", "En Madrid, a …", "Bologna, lì …",
// "Mannheim, den …"). About one in twenty is a photo or a scan dated only by its file name in shapes no other half uses
// ("Adobe Scan 03 Mar 2025.pdf", "Evernote Snapshot 20250303 143210.jpg", a user's own with a two-digit year
// "Kassenbon 03.03.25.jpg", WhatsApp Desktop's "WhatsApp Image 2025-03-03 at 14.32.10_1a2b3c4d.jpg", a user's own
// with underscores "2025_03_03 Zählerstand.jpg"), one in twenty carries no date (label null; a shop's opening-hours
// leaflet keeps its sender). Dates as these senders print them: "3 March 2025", "03 March 2025", "3rd Mar 2025",
// "03/03/2025", "03.03.2025", "3. März 2025", "3. Jan. 2025", "03/03/2025", "1er mars 2025", "3 MARS 2025",
// "03.03.2025" in French, "3 de marzo de 2025", "3 de marzo del 2025", "03-mar-2025", "3 marzo 2025", "3 Marzo 2025",
// "03-03-2025", "3 maart 2025", "03.03.2025" in Dutch, "3 mrt. 2025", weekdays before appointments and journeys ("el
// lunes 3 de marzo" without a year), two-digit years on tills ("03.03.25 14:32"), ISO dates from systems, days without
// a year for offers, deliveries, rows and instalments; "03/05/2025", "3/5/26" and "Mar 5, 2025" for 5 March only from
// a US sender in dollars.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, pad, PEOPLE, randomDay, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, VAT, type Org, org, ord, cents, sum, lastDay, monthEnd, addMonths, firstOf, dow, workday, weekday, bare, bareAmt, cols, num, num2, dayMonth, usNum, usd, hm, home, totalOf, usTotal, turn, scannedAt, slot, frTime, type Item, some } from "./common.ts";

/** The date as this half's (European) senders print it in running text and letter heads. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)} ${M} ${x.y}`, `${ord(x.d)} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${M} ${x.y}`, `${x.d}. ${A} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d} ${M.toUpperCase()} ${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${x.d} de ${M} del ${x.y}`, `${pad(x.d)}-${A.replace(".", "")}-${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${x.d} ${cap(M)} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
    nl: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d} ${A} ${x.y}`],
  };
  return r.pick(forms[lang]);
}
const SHORT_WD: PerLang<string[]> = {
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  de: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
  fr: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
  es: ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
  it: ["dom", "lun", "mar", "mer", "gio", "ven", "sab"],
  nl: ["zo", "ma", "di", "wo", "do", "vr", "za"],
};
const wdShort = (x: Day, lang: Lang) => SHORT_WD[lang][dow(x)]!;
/** A weekday and the long date, as an appointment is announced. */
const longDay = (x: Day, lang: Lang) => {
  const M = MONTHS[lang][x.m - 1]!;
  return { en: `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, de: `${weekday(x, lang)}, ${x.d}. ${M} ${x.y}`, fr: `${weekday(x, lang)} ${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, es: `el ${weekday(x, lang)} ${x.d} de ${M}`, it: `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, nl: `${weekday(x, lang)} ${x.d} ${M} ${x.y}` }[lang];
};
/** A letter's place-and-date line. */
const placeDate = (city: string, x: Day, lang: Lang, r: Rng) =>
  ({ en: dt(x, lang, r), de: `${city}, den ${dt(x, lang, r)}`, fr: `Fait à ${city}, le ${dt(x, lang, r)}`, es: `En ${city}, a ${dt(x, lang, r)}`, it: `${city}, lì ${dt(x, lang, r)}`, nl: `${city}, ${dt(x, lang, r)}` })[lang];
const usShort = (x: Day) => `${x.m}/${x.d}/${String(x.y).slice(2)}`;
const usLong = (x: Day) => `${MONTHS_ABBR.en[x.m - 1]!} ${x.d}, ${x.y}`;
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `£${amount(v, "en")}`, `GBP ${amount(v, "en")}`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`]);
  if (lang === "nl") return r.pick([`€ ${amount(v, "de")}`, `€${amount(v, "de")}`]);
  return r.pick([`${amount(v, "de")} €`, `${amount(v, "de")} EUR`, `EUR ${amount(v, "de")}`]);
}
const dec = (v: number, lang: Lang, digits = 2) => (lang === "en" ? v.toFixed(digits) : v.toFixed(digits).replace(".", ","));
const surname = (p: string, lang?: Lang) => {
  const t = bare(p).split(" ");
  if (lang === "es" && t.length >= 3) return t[1]!;
  if (lang === "nl" && t.length >= 3) return t.slice(1).join(" ");
  return t[t.length - 1]!;
};
function cap(w: string) {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
const born = (r: Rng, from = 1950, to = 2002): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
const scanned = scannedAt(0.36, 0.03);
const salute = (person: string, lang: Lang) => {
  const last = cap(surname(person, lang));
  return {
    en: `Dear ${person.replace(/^(Mr|Ms|Mrs|Dr) .* /, "$1 ")}`.trim() + ",",
    de: `${person.startsWith("Frau") ? "Sehr geehrte Frau" : "Sehr geehrter Herr"} ${last},`,
    fr: person.startsWith("Mme") ? "Chère Madame," : "Cher Monsieur,",
    es: `${person.startsWith("Dña") ? "Apreciada Sra." : "Apreciado Sr."} ${last}:`,
    it: `${person.startsWith("Sig.ra") ? "Egregia Signora" : "Egregio Signor"} ${last},`,
    nl: `Beste ${person.startsWith("Mevr") ? "mevrouw" : "meneer"} ${last},`,
  }[lang];
};
const regards: PerLang<string[]> = {
  en: ["Yours faithfully,", "With best wishes,"],
  de: ["Mit freundlichen Grüßen", "Viele Grüße"],
  fr: ["Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.", "Avec nos salutations les meilleures,"],
  es: ["Atentamente,", "Quedamos a su disposición. Saludos cordiales,"],
  it: ["Cordiali saluti", "Con i migliori saluti"],
  nl: ["Hartelijke groet,", "Met vriendelijke groet,"],
};
const subjWord: PerLang<string> = { en: "Re:", de: "Betreff:", fr: "Objet :", es: "Asunto:", it: "Oggetto:", nl: "Onderwerp:" };
/**
 * A letter with its date in one of three places no earlier half uses this way: on a line of its own under the
 * subject ("Date: …" labelled), as the last line of a reference box at the top right over the addressee, or under
 * the signature with the place.
 */
function letter(s: Org, person: string, x: Day, lang: Lang, r: Rng, subject: string, body: string[], refs: [string, string][], sign: string): string {
  const where = r.int(0, 2);
  const addr = [bare(person), ...home(r, lang).split("\n")];
  const dWord = { en: "Date", de: "Datum", fr: "Date", es: "Fecha", it: "Data", nl: "Datum" }[lang];
  const box = [...refs, ...(where === 1 ? ([[dWord, dt(x, lang, r)]] as [string, string][]) : [])].map(([k, v]) => `${" ".repeat(44)}${k}: ${v}`);
  const top = [s.name, s.addr, "", ...box, "", ...addr, ""];
  const subj = `${subjWord[lang]} ${subject}`;
  const mid = where === 0 ? [subj, `${dWord}: ${dt(x, lang, r)}`] : [subj];
  const foot = where === 2 ? ["", placeDate(s.city, x, lang, r)] : [];
  return [...top, ...mid, "", salute(person, lang), "", ...body, "", r.pick(regards[lang]), "", sign, ...foot, "", s.foot].join("\n");
}

// ─── Receipts ────────────────────────────────────────────────────────────────────────────────────────────────────

const ORGANIC: PerLang<Org> = {
  en: org("Hungry Hedgehog Wholefoods", "31 Gloucester Road, Bristol BS7 8AE", "Hungry Hedgehog Co-operative Ltd · VAT 344 1027 81", "Bristol"),
  de: org("Naturkost Kornblume", "Bioladen · Wilhelmstraße 22 · 79098 Freiburg im Breisgau", "Kornblume Naturkost eG · USt-IdNr. DE 142 118 907", "Freiburg im Breisgau"),
  fr: org("Biocoop La Gambille", "15 rue Lafayette, 63000 Clermont-Ferrand", "SAS La Gambille · SIRET 490 553 128 00024", "Clermont-Ferrand"),
  es: org("Herbolario y Ecotienda La Garbancita", "Calle San Bernardo 71, 28015 Madrid", "Ecotienda Garbancita S.L. · CIF B-87330154", "Madrid"),
  it: org("NaturaSì Bottega Bio", "Via Emilia Est 112, 41121 Modena", "Bottega Bio Modena S.r.l. · P.IVA 03811920368", "Modena"),
  nl: org("Natuurwinkel De Groene Weg", "Nobelstraat 29, 3512 EM Utrecht", "De Groene Weg Biologisch B.V. · KvK 30229144", "Utrecht"),
};
const CARWASH: PerLang<Org> = {
  en: org("Splash Hand Car Wash", "Unit 2, Mill Lane Retail Park, Doncaster DN4 5NN", "Splash Valeting Ltd · VAT 390 1184 02", "Doncaster"),
  de: org("Mr. Clean Waschpark Mainz", "Rheinallee 140 · 55120 Mainz", "Waschpark Mainz GmbH · HRB 48812 Mainz", "Mainz"),
  fr: org("Éléphant Bleu Perpignan Sud", "Avenue d'Espagne, 66100 Perpignan", "SAS Lavage Sud · SIRET 502 118 903 00017", "Perpignan"),
  es: org("Lavadero Autolavado El Faro", "Avenida de Andalucía 210, 29006 Málaga", "Autolavado El Faro S.L. · CIF B-29800431", "Málaga"),
  it: org("Autolavaggio Self Service Arcobaleno", "Via Nazionale Adriatica 55, 65125 Pescara", "Arcobaleno Car Wash S.r.l. · P.IVA 02188900685", "Pescara"),
  nl: org("Autowasstraat Wasco Hoorn", "Dampten 4, 1624 NZ Hoorn", "Wasco B.V. · KvK 37094412", "Hoorn"),
};
const TOYS: PerLang<Org> = {
  en: org("The Curious Owl Toy Shop", "6 Sheep Street, Stratford-upon-Avon CV37 6EF", "Curious Owl Toys Ltd · VAT 225 0983 17", "Stratford-upon-Avon"),
  de: org("Spielwaren Kasperle", "Obere Hauptstraße 9 · 85354 Freising", "Inh. Tobias Rauch · USt-IdNr. DE 128 440 193", "Freising"),
  fr: org("La Boîte à Joujoux", "4 rue de la Monnaie, 35000 Rennes", "SARL BAJ · SIRET 431 220 718 00036", "Rennes"),
  es: org("Juguetería El Tren de Papel", "Calle Real 18, 15003 A Coruña", "NIF 32799014-K", "A Coruña"),
  it: org("Giocattoli Il Cavallino a Dondolo", "Via Mazzini 40, 37121 Verona", "P.IVA 04180330230", "Verona"),
  nl: org("Speelgoedwinkel De Tol", "Nieuwstraat 33, 7411 LM Deventer", "KvK 38077126", "Deventer"),
};

// T1 — shop receipts in three kinds, taken in turn: an organic grocer's (a register footer line with the till, the
// receipt number, the two-digit-year date and the time; bottle deposits returned as a negative line and a
// best-before day on a reduced item), a car wash's (the programme, a wash card's balance valid to a month and year,
// a code for the next wash valid for thirty days), a toy shop's gift receipt (no prices printed, so no total: the
// date, the exchange period until a day, the sale's number).
let receiptTurn = 0;
const receipts: Template = (r, lang) => {
  const k = turn(receiptTurn++, 3);
  const x = randomDay(r);
  const t = hm(r, 8, 19);
  if (k === 0) {
    const s = ORGANIC[lang];
    const L = {
      en: { items: [["Sourdough loaf", 3.8], ["Oat milk 1L", 1.95], ["Free-range eggs x6", 3.4], ["Cheddar, mature 250g", 4.6], ["Loose carrots", 1.12], ["Peanut butter 340g", 3.99], ["Refill: chickpeas", 2.37]] as Item[], dep: "Milk bottle returned", bb: "Reduced: yoghurt, best before", tot: "TOTAL", pay: "CARD", till: "Till", rec: "Rcpt", staff: "Op", bye: "Members' dividend added to card" },
      de: { items: [["Dinkelvollkornbrot 750g", 4.6], ["Hafermilch 1l", 2.19], ["Eier Freiland 6er", 3.79], ["Bergkäse am Stück", 5.48], ["Möhren lose", 1.34], ["Erdnussmus 250g", 4.49], ["Linsen rot 500g", 2.99]] as Item[], dep: "Leergut Pfand", bb: "Reduziert: Joghurt, MHD", tot: "SUMME", pay: "EC-CASH", till: "Kasse", rec: "Bon", staff: "Bed.", bye: "Danke für Ihren Einkauf!" },
      fr: { items: [["Pain au levain 500g", 3.9], ["Boisson avoine 1L", 2.15], ["Œufs plein air x6", 3.6], ["Comté 18 mois", 6.12], ["Carottes vrac", 1.28], ["Purée de cacahuète", 4.3], ["Lentilles vertes vrac", 2.46]] as Item[], dep: "Consigne bouteilles", bb: "Remisé : yaourt, DLC", tot: "TOTAL", pay: "CB", till: "Caisse", rec: "Ticket", staff: "Hôte", bye: "Merci et à bientôt" },
      es: { items: [["Pan de masa madre", 3.5], ["Bebida de avena 1L", 1.99], ["Huevos camperos x6", 3.2], ["Queso manchego curado", 5.9], ["Zanahorias a granel", 1.15], ["Crema de cacahuete", 4.25], ["Garbanzos a granel", 2.2]] as Item[], dep: "Devolución envase", bb: "Rebajado: yogur, consumo pref.", tot: "TOTAL", pay: "TARJETA", till: "Caja", rec: "Tique", staff: "Cajero", bye: "Gracias por su visita" },
      it: { items: [["Pane di grani antichi", 4.2], ["Bevanda d'avena 1L", 2.09], ["Uova da allevamento all'aperto x6", 3.5], ["Parmigiano 24 mesi", 6.8], ["Carote sfuse", 1.22], ["Crema di arachidi", 4.4], ["Ceci sfusi", 2.3]] as Item[], dep: "Reso vuoto a rendere", bb: "Ribassato: yogurt, da consumarsi entro", tot: "TOTALE", pay: "PAGAMENTO ELETTRONICO", till: "Cassa", rec: "Scontrino", staff: "Op.", bye: "Grazie e arrivederci" },
      nl: { items: [["Desembrood heel", 4.25], ["Haverdrank 1L", 2.09], ["Scharreleieren 6 st", 3.69], ["Boerenkaas belegen", 5.36], ["Winterpeen los", 1.18], ["Pindakaas 350g", 3.89], ["Kikkererwten 500g", 2.29]] as Item[], dep: "Statiegeld retour", bb: "Afgeprijsd: yoghurt, THT", tot: "TOTAAL", pay: "PIN", till: "Kassa", rec: "Bon", staff: "Mdw", bye: "Bedankt en tot ziens" },
    }[lang];
    const items = some(r, L.items, 0.45).map(([d, p]) => ({ d, p, q: p < 2.5 ? r.int(1, 3) : 1 }));
    const deposit = r.chance(0.4) ? -cents(r.pick([0.15, 0.25, 0.3]) * r.int(2, 6)) : 0;
    const bbDay = addDays(x, r.int(0, 2));
    const bbPrice = r.chance(0.5) ? cents(r.pick([0.79, 0.99, 1.19])) : 0;
    const total = sum([...items.map((i) => i.q * i.p), deposit, bbPrice]);
    const lines = [
      s.name.toUpperCase(),
      s.addr,
      "",
      ...items.map((i) => cols(i.q > 1 ? `${i.d}  ${i.q} x ${bareAmt(i.p, lang)}` : i.d, bareAmt(cents(i.q * i.p), lang), 40)),
      ...(bbPrice ? [cols(`${L.bb} ${dayMonth(bbDay, lang)}`, bareAmt(bbPrice, lang), 40)] : []),
      ...(deposit ? [cols(L.dep, bareAmt(deposit, lang), 40)] : []),
      "-".repeat(46),
      cols(L.tot, bareAmt(total, lang), 40),
      cols(L.pay, bareAmt(total, lang), 40),
      "",
      `${L.till} 2  ${L.rec} ${r.int(1000, 9999)}  ${L.staff} ${r.int(1, 9)}  ${num2(x, lang)} ${t}`,
      L.bye,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "organic-grocer-receipt", lang }, r);
  }
  if (k === 1) {
    const s = CARWASH[lang];
    const progs: PerLang<Item[]> = {
      en: [["Mini valet", 15], ["Full valet", 35], ["Wash & wax", 22], ["Exterior only", 10]],
      de: [["Programm Basis", 9.9], ["Programm Premium", 15.9], ["Programm Platin + Heißwachs", 19.9], ["Innenraumreinigung", 12]],
      fr: [["Lavage Haute Pression 10 min", 6], ["Programme Prestige", 15], ["Aspirateur 5 min", 2], ["Lustrage cire", 4]],
      es: [["Lavado exterior básico", 8], ["Lavado completo", 18], ["Aspirado", 3], ["Encerado", 5]],
      it: [["Lavaggio esterno", 9], ["Lavaggio completo", 20], ["Aspirapolvere 5 min", 2], ["Cera protettiva", 4]],
      nl: [["Wasprogramma Basis", 9.95], ["Wasprogramma Super", 14.95], ["Wasprogramma Exclusief", 19.95], ["Velgenreiniging", 3]],
    };
    const items = some(r, progs[lang], 0.35);
    const total = sum(items.map((i) => i[1]));
    const card = r.chance(0.5);
    const cardBal = cents(r.int(0, 60) + r.pick([0, 0.5, 0.95]));
    const cardTo = addMonths(x, r.int(8, 24));
    const code = addDays(x, 30);
    const L = {
      en: { h: "CUSTOMER RECEIPT", reg: "Reg", tot: "AMOUNT PAID", paid: card ? "Wash card" : "Contactless", bal: "Card balance", valid: "valid to", code: "Next wash code", until: "use by", vat: "incl. VAT 20%" },
      de: { h: "KUNDENBELEG", reg: "Kennz.", tot: "BETRAG", paid: card ? "Waschkarte" : "girocard kontaktlos", bal: "Restguthaben", valid: "gültig bis", code: "Waschcode für die nächste Wäsche", until: "einlösbar bis", vat: "inkl. 19% MwSt." },
      fr: { h: "TICKET CLIENT", reg: "Immat.", tot: "MONTANT", paid: card ? "Carte de lavage" : "CB sans contact", bal: "Solde carte", valid: "valable jusqu'à", code: "Code lavage offert", until: "à utiliser avant le", vat: "TVA 20% incluse" },
      es: { h: "TICKET CLIENTE", reg: "Matrícula", tot: "IMPORTE", paid: card ? "Tarjeta de lavado" : "Tarjeta", bal: "Saldo tarjeta", valid: "válida hasta", code: "Código próximo lavado", until: "válido hasta el", vat: "IVA 21% incluido" },
      it: { h: "RICEVUTA CLIENTE", reg: "Targa", tot: "IMPORTO", paid: card ? "Tessera lavaggi" : "Carta contactless", bal: "Credito residuo", valid: "valida fino a", code: "Codice prossimo lavaggio", until: "da usare entro il", vat: "IVA 22% inclusa" },
      nl: { h: "KLANTBON", reg: "Kenteken", tot: "BEDRAG", paid: card ? "Waspas" : "Contactloos", bal: "Saldo waspas", valid: "geldig t/m", code: "Code volgende wasbeurt", until: "geldig t/m", vat: "incl. 21% btw" },
    }[lang];
    const stamp = { en: `${num(x, lang)}  ${t}`, de: `${num(x, lang)}  ${t} Uhr`, fr: `LE ${num(x, lang)} A ${frTime(t, lang)}`, es: `${num(x, lang)}  ${t}`, it: `${num(x, lang)} ORE ${t}`, nl: `${num(x, lang)}  ${t}` }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      stamp,
      `${L.reg}: ${r.pick(["KX71 HBD", "MZ-AB 412", "GH-218-KL", "4471 KPR", "FG 128 TL", "K-412-ZP"])}`,
      "",
      ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 36)),
      cols(L.tot, bareAmt(total, lang), 36),
      cols(L.paid, bareAmt(total, lang), 36),
      L.vat,
      ...(card ? [`${L.bal}: ${bareAmt(cardBal, lang)}  ${L.valid} ${pad(cardTo.m)}/${String(cardTo.y).slice(2)}`] : []),
      "",
      `${L.code}: ${r.int(100000, 999999)}  ${L.until} ${num(code, lang)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "car-wash-receipt", lang }, r);
  }
  const s = TOYS[lang];
  const until = addDays(x, r.pick([28, 30, 60]));
  const L = {
    en: { h: "GIFT RECEIPT", items: ["Wooden train set", "Jigsaw 500 pcs", "Plush fox", "Science kit: crystals", "Card game: Sushi Go", "Marble run"], note: `Items may be exchanged or refunded as a credit note until ${dt(until, lang, r)} with this receipt.`, no: "Transaction", d: "Date" },
    de: { h: "GESCHENKBELEG", items: ["Holzeisenbahn Starterset", "Puzzle 500 Teile", "Kuscheltier Fuchs", "Experimentierkasten Kristalle", "Kartenspiel Ligretto", "Kugelbahn"], note: `Umtausch gegen Gutschein mit diesem Beleg bis zum ${num(until, lang)}.`, no: "Vorgang", d: "Datum" },
    fr: { h: "TICKET CADEAU", items: ["Train en bois", "Puzzle 500 pièces", "Peluche renard", "Coffret cristaux", "Jeu de cartes Dobble", "Circuit à billes"], note: `Échange ou avoir sur présentation de ce ticket jusqu'au ${num(until, lang)}.`, no: "Transaction", d: "Date" },
    es: { h: "TIQUE REGALO", items: ["Tren de madera", "Puzle 500 piezas", "Peluche zorro", "Kit de cristales", "Juego de cartas Virus", "Circuito de canicas"], note: `Cambios o vale con este tique hasta el ${num(until, lang)}.`, no: "Operación", d: "Fecha" },
    it: { h: "SCONTRINO CORTESIA", items: ["Trenino in legno", "Puzzle 500 pezzi", "Peluche volpe", "Kit cristalli", "Gioco di carte Uno", "Pista per biglie"], note: `Cambio o buono entro il ${num(until, lang)} presentando questo scontrino.`, no: "Transazione", d: "Data" },
    nl: { h: "CADEAUBON-KASSABON", items: ["Houten treinset", "Puzzel 500 stukjes", "Knuffel vos", "Kristallen kweekset", "Kaartspel Regenwormen", "Knikkerbaan"], note: `Ruilen of tegoedbon met deze bon tot en met ${num(until, lang)}.`, no: "Transactie", d: "Datum" },
  }[lang];
  const items = some(r, L.items, 0.35);
  const lines = [s.name, s.addr, "", `*** ${L.h} ***`, "", ...items.map((i) => `1  ${i}`), "", `${L.d}: ${num(x, lang)} ${t}   ${L.no} ${r.int(10000, 99999)}`, "", L.note, s.foot];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "gift-receipt", lang }, r);
};

const RAIL: PerLang<Org> = {
  en: org("LNER", "London North Eastern Railway · PO Box 21, York YO1 6HT", "London North Eastern Railway Ltd · Registered in England No. 04659712", "York"),
  de: org("DB Fernverkehr AG", "Stephensonstraße 1 · 60326 Frankfurt am Main", "Sitz Frankfurt am Main · Registergericht Frankfurt am Main HRB 83206", "Frankfurt am Main"),
  fr: org("SNCF Voyageurs", "9 rue Jean-Philippe Rameau, 93200 Saint-Denis", "SA au capital de 157 789 960 € · RCS Bobigny 519 037 584", "Saint-Denis"),
  es: org("Renfe Viajeros S.M.E., S.A.", "Avenida Pío XII 110, 28036 Madrid", "CIF A-86868189", "Madrid"),
  it: org("Trenitalia S.p.A.", "Piazza della Croce Rossa 1, 00161 Roma", "Società con socio unico · P.IVA 05403151003", "Roma"),
  nl: org("NS Reizigers B.V.", "Postbus 2025, 3500 HA Utrecht", "KvK 30124359", "Utrecht"),
};
const DELIVERY: PerLang<Org> = {
  en: org("Deliveroo", "Roofoods Ltd, The River Building, 1 Cousin Lane, London EC4R 3TE", "Roofoods Ltd · VAT GB 170 4413 04", "London"),
  de: org("Lieferando.de", "yd. yourdelivery GmbH · Cuvrystraße 50-52 · 10997 Berlin", "Amtsgericht Charlottenburg HRB 119167 B", "Berlin"),
  fr: org("Uber Eats", "Uber Eats France SAS, 21 rue de la Paix, 75002 Paris", "RCS Paris 833 592 603", "Paris"),
  es: org("Glovo", "Glovoapp23, S.A., Calle Pallars 190, 08005 Barcelona", "CIF A-66362906", "Barcelona"),
  it: org("Just Eat", "Just Eat Italy S.r.l., Via Cesare Battisti 1, 20122 Milano", "P.IVA 06708300967", "Milano"),
  nl: org("Thuisbezorgd.nl", "Takeaway.com Nederland B.V., Piet Heinkade 61, 1019 GM Amsterdam", "KvK 74312170", "Amsterdam"),
};

// T2 — bought on a day for something later: a rail operator's purchase receipt (bought on a day with a time, the
// outward and return journeys ahead with weekdays and times, a railcard valid until), a food delivery platform's
// order receipt by e-mail (the order placed on a day at a time, delivered that evening, a restaurant's name, a
// delivery fee, a service fee and a rider tip, a promo code valid until a day ahead).
let ticketTurn = 0;
const ticketsAndOrders: Template = (r, lang) => {
  const k = turn(ticketTurn++, 2);
  const x = randomDay(r);
  const t = hm(r, 7, 22);
  if (k === 0) {
    const s = RAIL[lang];
    const out = addDays(x, r.int(2, 40));
    const ret = r.chance(0.6) ? addDays(out, r.int(0, 6)) : null;
    const routes: PerLang<[string, string]> = { en: ["London Kings Cross", "Edinburgh"], de: ["Hamburg Hbf", "München Hbf"], fr: ["Paris Gare de Lyon", "Marseille St-Charles"], es: ["Madrid-Puerta de Atocha", "Sevilla-Santa Justa"], it: ["Milano Centrale", "Napoli Centrale"], nl: ["Amsterdam Centraal", "Maastricht"] };
    const [a, b] = routes[lang];
    const fareOut = cents(r.int(19, 129) + r.pick([0, 0.5, 0.9]));
    const fareRet = ret ? cents(r.int(19, 129) + r.pick([0, 0.5, 0.9])) : 0;
    const seat = r.chance(0.5) ? (lang === "en" ? 0 : r.pick([4.9, 5.9, 3])) : 0;
    const nSeats = ret ? 2 : 1;
    const total = sum([fareOut, fareRet, seat * nSeats]);
    const card = addMonths(x, r.int(2, 11));
    const dep1 = slot(r, 6, 18);
    const dep2 = slot(r, 8, 20);
    const jr = (d: Day, from: string, to: string, tm: string) => ({ en: `${wdShort(d, lang)} ${pad(d.d)} ${MONTHS_ABBR.en[d.m - 1]!} ${d.y}  ${tm}  ${from} → ${to}`, de: `${wdShort(d, lang)}, ${num(d, lang)}  ab ${tm}  ${from} → ${to}`, fr: `${weekday(d, lang)} ${d.d} ${MONTHS[lang][d.m - 1]!}  départ ${frTime(tm, lang)}  ${from} → ${to}`, es: `${wdShort(d, lang)} ${num(d, lang)}  salida ${tm}  ${from} → ${to}`, it: `${wdShort(d, lang)} ${num(d, lang)}  partenza ${tm}  ${from} → ${to}`, nl: `${wdShort(d, lang)} ${num(d, lang)}  vertrek ${frTime(tm, lang)}  ${from} → ${to}` })[lang];
    const L = {
      en: { h: "Ticket receipt", bought: "Purchased", ref: "Booking reference", out: "Outward", ret: "Return", fare: "Advance Single, Standard", seat: "Seat reservation", tot: "Total paid", pay: "Paid by Visa Debit ending", rc: "16-25 Railcard applied, valid until", note: "Advance tickets are only valid on the booked train." },
      de: { h: "Buchungsbestätigung / Rechnung", bought: "Buchungsdatum", ref: "Auftragsnummer", out: "Hinfahrt", ret: "Rückfahrt", fare: "Flexpreis / Sparpreis 2. Kl.", seat: "Sitzplatzreservierung", tot: "Gesamtpreis", pay: "Bezahlt mit Kreditkarte, endet auf", rc: "BahnCard 25 berücksichtigt, gültig bis", note: "Im Preis enthalten: 7 % MwSt." },
      fr: { h: "Justificatif de voyage", bought: "Commande du", ref: "Référence dossier", out: "Aller", ret: "Retour", fare: "TGV INOUI, 2de classe", seat: "Option placement", tot: "Montant total", pay: "Payé par CB se terminant par", rc: "Carte Avantage appliquée, valable jusqu'au", note: "Billet échangeable sans frais jusqu'à 3 jours avant le départ." },
      es: { h: "Justificante de compra", bought: "Fecha de compra", ref: "Localizador", out: "Ida", ret: "Vuelta", fare: "AVE, tarifa Básico", seat: "Selección de asiento", tot: "Importe total", pay: "Pagado con tarjeta terminada en", rc: "Tarjeta Más Renfe aplicada, válida hasta el", note: "IVA incluido." },
      it: { h: "Ricevuta di acquisto", bought: "Data acquisto", ref: "Codice PNR", out: "Andata", ret: "Ritorno", fare: "Frecciarossa, Standard Economy", seat: "Scelta posto", tot: "Importo totale", pay: "Pagato con carta terminante in", rc: "CartaFRECCIA applicata, valida fino al", note: "Il biglietto è valido solo per il treno indicato." },
      nl: { h: "Aankoopbewijs", bought: "Aankoopdatum", ref: "Bestelnummer", out: "Heenreis", ret: "Terugreis", fare: "Enkele reis, 2e klas", seat: "Reservering", tot: "Totaal betaald", pay: "Betaald met iDEAL / pas eindigend op", rc: "Dal Voordeel toegepast, geldig t/m", note: "Let op: reis je buiten de daluren, dan betaal je het volle tarief." },
    }[lang];
    const bought = lang === "en" ? `${pad(x.d)} ${MONTHS.en[x.m - 1]!} ${x.y} at ${t}` : lang === "fr" ? `${num(x, lang)} à ${frTime(t, lang)}` : `${num(x, lang)} ${t}`;
    const lines = [
      s.name,
      "",
      L.h,
      `${L.bought}: ${bought}`,
      `${L.ref}: ${["H", "K", "Q", "Z"][r.int(0, 3)]}${r.int(1000000, 9999999)}`,
      "",
      `${L.out}: ${jr(out, a, b, dep1)}`,
      cols(`  ${L.fare}`, bareAmt(fareOut, lang), 50),
      ...(ret ? [`${L.ret}: ${jr(ret, b, a, dep2)}`, cols(`  ${L.fare}`, bareAmt(fareRet, lang), 50)] : []),
      ...(seat ? [cols(`  ${L.seat} x${nSeats}`, bareAmt(cents(seat * nSeats), lang), 50)] : []),
      "",
      cols(L.tot, money(total, lang, r), 50),
      `${L.pay} ${r.int(1000, 9999)}`,
      ...(r.chance(0.4) ? [`${L.rc} ${num(card, lang)}`] : []),
      L.note,
      "",
      s.addr,
      s.foot,
    ];
    return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "rail-ticket-receipt", lang };
  }
  const s = DELIVERY[lang];
  const rest = r.pick({ en: ["Wagamama Islington", "Itsu Angel", "Tokyo Diner Soho"], de: ["Pizzeria Bella Napoli", "L'Osteria Mitte", "Trattoria Da Enzo"], fr: ["Big Mamma Bastille", "Pizza Rossi", "Del Arte Montparnasse"], es: ["Goiko Grill Malasaña", "TGB The Good Burger", "Hamburguesería Lúpulo"], it: ["Pizzeria Da Michele", "Rossopomodoro", "Pizzeria Sorbillo"], nl: ["New York Pizza Centrum", "Domino's Oost", "Pizzeria Da Vinci"] }[lang]);
  const menu: PerLang<Item[]> = {
    en: [["Chicken katsu curry", 13.95], ["Yaki soba", 12.5], ["Edamame", 5.25], ["Gyoza x5", 6.95], ["Bottled water", 2.2]],
    de: [["Pizza Margherita 30 cm", 9.5], ["Pizza Diavola 30 cm", 11.9], ["Tiramisu", 5.5], ["Insalata mista", 6.9], ["Cola 1,0 l", 3.5]],
    fr: [["Pizza Margherita", 13], ["Lasagnes maison", 16], ["Burrata", 11], ["Tiramisu", 8], ["San Pellegrino 50cl", 4]],
    es: [["Hamburguesa clásica", 11.9], ["Patatas bravas", 5.5], ["Nachos", 7.9], ["Tarta de queso", 5.9], ["Refresco 33cl", 2.5]],
    it: [["Pizza margherita", 6.5], ["Pizza capricciosa", 9], ["Poke salmone", 12.9], ["Tiramisù", 5], ["Acqua naturale 0,5 l", 1.5]],
    nl: [["Pizza Margherita medium", 11.99], ["Pizza Pepperoni medium", 14.49], ["Knoflookbrood", 4.99], ["Ben & Jerry's 465ml", 8.49], ["Cola 1,5 l", 3.99]],
  };
  const items = some(r, menu[lang], 0.45).map(([d, p]) => ({ d, p, q: r.int(1, 2) }));
  const fee = r.pick([0, 0.99, 1.99, 2.49]);
  const service = cents(r.pick([0.99, 1.49, 1.99]));
  const tip = r.chance(0.5) ? r.pick([1, 1.5, 2, 3]) : 0;
  const total = sum([...items.map((i) => i.q * i.p), fee, service, tip]);
  const promo = addDays(x, r.int(7, 30));
  const eta = `${pad(Math.min(23, Number(t.slice(0, 2)) + 1))}:${t.slice(3)}`;
  const L = {
    en: { hi: "Thanks for your order!", from: "Your order from", placed: "Order placed", del: "Delivered at", sub: "Subtotal", fee: "Delivery fee", svc: "Service fee", tip: "Rider tip", tot: "Total", pay: "Charged to Apple Pay", promo: `Get £5 off your next order with code HELLO5 — valid until ${dt(promo, lang, r)}.` },
    de: { hi: "Danke für deine Bestellung!", from: "Deine Bestellung bei", placed: "Bestellt am", del: "Geliefert um", sub: "Zwischensumme", fee: "Lieferkosten", svc: "Servicegebühr", tip: "Trinkgeld für den Fahrer", tot: "Gesamt", pay: "Bezahlt mit PayPal", promo: `Spare 5 € bei deiner nächsten Bestellung mit dem Code HALLO5 – gültig bis ${num(promo, lang)}.` },
    fr: { hi: "Merci pour votre commande !", from: "Votre commande chez", placed: "Commandé le", del: "Livré à", sub: "Sous-total", fee: "Frais de livraison", svc: "Frais de service", tip: "Pourboire", tot: "Total", pay: "Payé avec Visa ••••", promo: `5 € offerts sur votre prochaine commande avec le code MERCI5, valable jusqu'au ${num(promo, lang)}.` },
    es: { hi: "¡Gracias por tu pedido!", from: "Tu pedido de", placed: "Pedido realizado el", del: "Entregado a las", sub: "Subtotal", fee: "Envío", svc: "Tarifa de servicio", tip: "Propina", tot: "Total", pay: "Pagado con tarjeta", promo: `5 € de descuento en tu próximo pedido con el código HOLA5, válido hasta el ${num(promo, lang)}.` },
    it: { hi: "Grazie per il tuo ordine!", from: "Il tuo ordine da", placed: "Ordine effettuato il", del: "Consegnato alle", sub: "Subtotale", fee: "Costo di consegna", svc: "Costo del servizio", tip: "Mancia al rider", tot: "Totale", pay: "Pagato con Satispay", promo: `5 € di sconto sul prossimo ordine con il codice CIAO5, valido fino al ${num(promo, lang)}.` },
    nl: { hi: "Bedankt voor je bestelling!", from: "Je bestelling bij", placed: "Besteld op", del: "Bezorgd om", sub: "Subtotaal", fee: "Bezorgkosten", svc: "Servicekosten", tip: "Fooi bezorger", tot: "Totaal", pay: "Betaald met iDEAL", promo: `€ 5 korting op je volgende bestelling met code HOI5, geldig t/m ${num(promo, lang)}.` },
  }[lang];
  const placed = lang === "en" ? `${wdShort(x, lang)} ${x.d} ${MONTHS_ABBR.en[x.m - 1]!} ${x.y}, ${t}` : lang === "fr" ? `${x.d} ${MONTHS_ABBR.fr[x.m - 1]!} ${x.y} à ${frTime(t, lang)}` : lang === "es" ? `${x.d} ${MONTHS_ABBR.es[x.m - 1]!} ${x.y}, ${t}` : `${num(x, lang)}, ${t}`;
  const sub = sum(items.map((i) => i.q * i.p));
  const c = (v: number) => (lang === "en" ? `£${bareAmt(v, lang)}` : lang === "nl" ? `€ ${bareAmt(v, lang)}` : `${bareAmt(v, lang)} €`);
  const lines = [
    s.name,
    "",
    L.hi,
    `${L.from} ${rest}`,
    `${L.placed}: ${placed}`,
    `${L.del} ${eta}`,
    `#${r.int(100000000, 999999999)}`,
    "",
    ...items.map((i) => cols(`${i.q}x ${i.d}`, c(cents(i.q * i.p)), 40)),
    "",
    cols(L.sub, c(sub), 40),
    cols(L.fee, c(fee), 40),
    cols(L.svc, c(service), 40),
    ...(tip ? [cols(L.tip, c(tip), 40)] : []),
    cols(L.tot, c(total), 40),
    L.pay,
    "",
    L.promo,
    "",
    s.addr,
    s.foot,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "food-delivery-receipt", lang };
};

// ─── Invoices ────────────────────────────────────────────────────────────────────────────────────────────────────

const WINDOWS: PerLang<Org> = {
  en: org("Crystal Clear Window Cleaning", "18 Orchard Way, Harrogate HG2 9LT", "Proprietor: Gary Dunn · not VAT registered", "Harrogate"),
  de: org("Glas- und Gebäudereinigung Pohl", "Meisterbetrieb · Ahornweg 5 · 48155 Münster", "Inh. Sandra Pohl · USt-IdNr. DE 261 440 813", "Münster"),
  fr: org("Net Vitres Service", "22 rue du Général Leclerc, 67000 Strasbourg", "EI Karim Haddad · SIRET 891 226 004 00012", "Strasbourg"),
  es: org("Limpiezas Cristalbrill", "Calle Ronda 8, bajo, 47001 Valladolid", "Cristalbrill S.L.U. · CIF B-47719833", "Valladolid"),
  it: org("Pulizie Vetri Lucente", "Via Roma 88, 35122 Padova", "di Salvatore Ferri · P.IVA 05122870288", "Padova"),
  nl: org("Glazenwassersbedrijf Helder", "Industrieweg 21, 2712 LB Zoetermeer", "KvK 27188403 · btw NL001922417B03", "Zoetermeer"),
};
const ROOFER: PerLang<Org> = {
  en: org("Peak Roofing & Guttering", "Unit 7, Bessemer Way, Sheffield S9 3AQ", "Peak Roofing (Yorkshire) Ltd · Company No. 09118422 · VAT 219 6670 48", "Sheffield"),
  de: org("Dachdeckerei Lorenz", "Dach · Wand · Abdichtung · Am Ziegelhof 3 · 49074 Osnabrück", "Inh. Dachdeckermeister Jens Lorenz · USt-IdNr. DE 117 882 304", "Osnabrück"),
  fr: org("Couverture Zinguerie Perrin", "ZA des Granges, 38500 Voiron", "SARL Perrin · SIRET 514 280 336 00018 · Garantie décennale SMABTP", "Voiron"),
  es: org("Cubiertas y Tejados Navarro", "Polígono El Pino, calle C, nave 4, 30007 Murcia", "Navarro Cubiertas S.L. · CIF B-30447120", "Murcia"),
  it: org("Coperture Edili Marchetti", "Via dell'Artigianato 12, 60131 Ancona", "Marchetti Coperture S.r.l. · P.IVA 02477810424", "Ancona"),
  nl: org("Dakdekkersbedrijf De Nok", "Handelsweg 14, 6541 CT Nijmegen", "KvK 09211354 · btw NL001829933B01", "Nijmegen"),
};
const CARPET: PerLang<Org> = {
  en: org("Heartland Carpet & Upholstery Care", "4410 N Broadway, Kansas City, MO 64116", "IICRC Certified Firm #41128 · (816) 555-0173", "Kansas City"),
  de: org("Teppich- und Polsterreinigung Sauber", "Gutenbergstraße 19 · 44139 Dortmund", "Inh. Murat Yıldız · USt-IdNr. DE 303 118 427", "Dortmund"),
  fr: org("Pressing Tapis Moquette Net", "9 boulevard de Strasbourg, 31000 Toulouse", "SAS Moquette Net · SIRET 813 449 220 00019", "Toulouse"),
  es: org("Limpieza de Alfombras Oasis", "Calle Doctor Fleming 14, 03690 San Vicente del Raspeig", "CIF B-54882117", "San Vicente del Raspeig"),
  it: org("Lavaggio Tappeti e Divani Splendor", "Via Emilia 201, 29122 Piacenza", "P.IVA 01744320332", "Piacenza"),
  nl: org("Tapijtreiniging Fris", "Kanaalweg 30, 5611 VW Eindhoven", "KvK 17244108 · btw NL001744812B01", "Eindhoven"),
};

// T3 — tradesmen's invoices in three kinds, taken in turn: a window cleaner's (the cleans of the last weeks listed
// with their days, the next round without a year, paid in cash or by transfer), a roofer's (the invoice date in a
// box at the top right over the addressee, the inspection days before, the quotation's date, the work done from one
// day to another, a guarantee of years from completion), a carpet cleaner's (the English one a US firm's in dollars
// with month-first dates: the service day, the invoice day, a "due upon receipt" or net 15 date).
let tradeTurn = 0;
const tradesInvoices: Template = (r, lang) => {
  const k = turn(tradeTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  const nr = `${r.int(100, 999)}${r.chance(0.5) ? `/${String(x.y).slice(2)}` : ""}`;
  if (k === 0) {
    const s = WINDOWS[lang];
    const every = r.pick([28, 42, 56]);
    const cleans = [addDays(x, -every), addDays(x, -r.int(0, 2))];
    const next = addDays(cleans[1]!, every);
    const price = r.pick([18, 22, 25, 30, 35]);
    const extras = r.chance(0.4) ? r.pick([8, 10, 15]) : 0;
    const vat = lang === "en" ? 0 : VAT[lang];
    const net = price * 2 + extras;
    const tax = cents((net * vat) / 100);
    const total = sum([net, tax]);
    const L = {
      en: { h: "INVOICE", no: "No.", d: "Date", row: "Windows front & back, frames & sills", ex: "Conservatory roof", tot: "Amount due", nx: "Next round around", pay: "Cash, cheque or BACS 40-11-62 / 71032958. Thank you!" },
      de: { h: "Rechnung", no: "Nr.", d: "Datum", row: "Fensterreinigung innen/außen inkl. Rahmen", ex: "Wintergartendach", tot: "Rechnungsbetrag", nx: "Nächste Reinigung voraussichtlich am", pay: "Bitte überweisen Sie den Betrag innerhalb von 10 Tagen." },
      fr: { h: "Facture", no: "N°", d: "Date", row: "Nettoyage vitres intérieur/extérieur", ex: "Véranda", tot: "Total TTC", nx: "Prochain passage vers le", pay: "Règlement à réception par virement ou chèque." },
      es: { h: "Factura", no: "N.º", d: "Fecha", row: "Limpieza de cristales interior/exterior", ex: "Claraboya y terraza", tot: "Total", nx: "Próxima limpieza hacia el", pay: "Pago por transferencia a la recepción de la factura." },
      it: { h: "Fattura", no: "N.", d: "Data", row: "Pulizia vetri interni/esterni e infissi", ex: "Veranda", tot: "Totale documento", nx: "Prossimo passaggio verso il", pay: "Pagamento a vista tramite bonifico." },
      nl: { h: "Factuur", no: "Nr.", d: "Datum", row: "Glasbewassing binnen en buiten, kozijnen", ex: "Serre dak", tot: "Totaal te voldoen", nx: "Volgende ronde rond", pay: "Graag binnen 14 dagen voldoen." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h}  ${L.no} ${nr}      ${L.d}: ${dt(x, lang, r)}`,
      "",
      ...cleans.map((c) => cols(`${num(c, lang)}  ${L.row}`, bareAmt(price, lang), 58)),
      ...(extras ? [cols(`${num(cleans[1]!, lang)}  ${L.ex}`, bareAmt(extras, lang), 58)] : []),
      ...(vat ? [cols(`${lang === "de" ? "MwSt." : lang === "fr" ? "TVA" : lang === "es" ? "IVA" : lang === "it" ? "IVA" : "Btw"} ${vat}%`, bareAmt(tax, lang), 58)] : []),
      cols(L.tot, money(total, lang, r), 58),
      "",
      `${L.nx} ${dayMonth(next, lang)}`,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "window-cleaner-invoice", lang }, r, 0.36);
  }
  if (k === 1) {
    const s = ROOFER[lang];
    const insp = addDays(x, -r.int(40, 90));
    const quote = addDays(insp, r.int(2, 6));
    const start = addDays(x, -r.int(6, 20));
    const end = addDays(start, r.int(1, 4));
    const years = r.pick([5, 10]);
    const L = {
      en: { h: "TAX INVOICE", box: ["Invoice no.", "Invoice date", "Account"], rows: [["Replace slipped & broken tiles (approx. 25)", 420], ["Re-bed ridge tiles in mortar", 680], ["Renew lead flashing to chimney", 540], ["Clear and reseal gutters, 2 downpipes", 185], ["Scaffold hire, erect & dismantle", 650]] as Item[], vat: "VAT", net: "Net", tot: "Total due", q: "Work as per our quotation of", done: "Work carried out", g: `Workmanship guaranteed for ${years} years from completion.`, pay: "Payment terms: 14 days." },
      de: { h: "RECHNUNG", box: ["Rechnungs-Nr.", "Rechnungsdatum", "Kunden-Nr."], rows: [["Austausch beschädigter Dachziegel (ca. 25 St.)", 460], ["Firstziegel neu vermörtelt", 720], ["Kaminverwahrung in Blei erneuert", 590], ["Dachrinnen gereinigt und abgedichtet", 210], ["Gerüststellung inkl. Auf- und Abbau", 690]] as Item[], vat: "MwSt.", net: "Nettobetrag", tot: "Rechnungsbetrag", q: "Ausführung gemäß unserem Angebot vom", done: "Leistungszeitraum", g: `Gewährleistung ${years} Jahre ab Abnahme.`, pay: "Zahlbar innerhalb von 14 Tagen ohne Abzug." },
      fr: { h: "FACTURE", box: ["Facture n°", "Date de facture", "Client"], rows: [["Remplacement de tuiles cassées (env. 25)", 480], ["Reprise du faîtage au mortier", 720], ["Réfection des solins de cheminée", 560], ["Nettoyage et étanchéité des gouttières", 190], ["Échafaudage, montage et démontage", 650]] as Item[], vat: "TVA 10 %", net: "Total HT", tot: "Total TTC", q: "Travaux selon notre devis du", done: "Travaux réalisés du", g: `Garantie décennale ; garantie de parfait achèvement ${years === 5 ? "et biennale" : ""} à compter de la réception.`, pay: "Paiement à 30 jours." },
      es: { h: "FACTURA", box: ["N.º factura", "Fecha factura", "Cliente"], rows: [["Sustitución de tejas rotas (aprox. 25)", 390], ["Recibido de caballete con mortero", 640], ["Renovación de remate de chimenea", 510], ["Limpieza y sellado de canalones", 170], ["Andamio, montaje y desmontaje", 600]] as Item[], vat: "IVA", net: "Base imponible", tot: "Total factura", q: "Trabajos según nuestro presupuesto de", done: "Trabajos realizados", g: `Garantía de ${years} años desde la finalización.`, pay: "Vencimiento: 30 días." },
      it: { h: "FATTURA", box: ["Fattura n.", "Data fattura", "Cliente"], rows: [["Sostituzione coppi rotti (circa 25)", 420], ["Rifacimento colmo con malta", 690], ["Rifacimento scossaline camino", 530], ["Pulizia e sigillatura grondaie", 180], ["Ponteggio, montaggio e smontaggio", 640]] as Item[], vat: "IVA 10%", net: "Imponibile", tot: "Totale fattura", q: "Lavori come da nostro preventivo del", done: "Lavori eseguiti dal", g: `Garanzia di ${years} anni dalla fine lavori.`, pay: "Pagamento: bonifico a 30 gg d.f." },
      nl: { h: "FACTUUR", box: ["Factuurnummer", "Factuurdatum", "Debiteur"], rows: [["Vervangen gebroken dakpannen (ca. 25)", 440], ["Nokvorsten opnieuw ingesmeerd", 700], ["Loodslabben schoorsteen vernieuwd", 560], ["Dakgoten gereinigd en gekit", 195], ["Steiger plaatsen en afbreken", 660]] as Item[], vat: "Btw 21%", net: "Subtotaal", tot: "Totaal", q: "Werkzaamheden volgens onze offerte van", done: "Uitgevoerd van", g: `Garantie op uitvoering: ${years} jaar na oplevering.`, pay: "Betaling binnen 14 dagen." },
    }[lang];
    const rows = some(r, L.rows, 0.5);
    const net = sum(rows.map((i) => i[1]));
    const rate = lang === "fr" || lang === "it" ? 10 : VAT[lang];
    const tax = cents((net * rate) / 100);
    const total = sum([net, tax]);
    const period = { en: `${L.done} ${dt(start, lang, r)} – ${dt(end, lang, r)}`, de: `${L.done}: ${num(start, lang)} – ${num(end, lang)}`, fr: `${L.done} ${num(start, lang)} au ${num(end, lang)}`, es: `${L.done} del ${num(start, lang)} al ${num(end, lang)}`, it: `${L.done} ${num(start, lang)} al ${num(end, lang)}`, nl: `${L.done} ${num(start, lang)} t/m ${num(end, lang)}` }[lang];
    const inspLine = { en: `Roof inspected on ${dt(insp, lang, r)}.`, de: `Dachbegehung am ${num(insp, lang)}.`, fr: `Visite technique du ${num(insp, lang)}.`, es: `Inspección de la cubierta el ${num(insp, lang)}.`, it: `Sopralluogo del ${num(insp, lang)}.`, nl: `Dakinspectie op ${num(insp, lang)}.` }[lang];
    const box = [[L.box[0], nr], [L.box[1], num(x, lang)], [L.box[2], `${r.int(10000, 99999)}`]].map(([a, b]) => `${" ".repeat(46)}${a!.padEnd(16)}${b}`);
    const lines = [
      s.name,
      s.addr,
      "",
      ...box,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      `${L.q} ${num(quote, lang)}. ${inspLine}`,
      period,
      "",
      ...rows.map(([d, p]) => cols(d, bareAmt(p, lang), 56)),
      "",
      cols(L.net, bareAmt(net, lang), 56),
      cols(lang === "en" || lang === "de" || lang === "es" ? `${L.vat} ${rate}%` : L.vat, bareAmt(tax, lang), 56),
      cols(L.tot, money(total, lang, r), 56),
      "",
      L.g,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "roofer-invoice", lang }, r, 0.36);
  }
  const s = CARPET[lang];
  const svc = addDays(x, -r.int(0, 5));
  if (lang === "en") {
    const rooms = r.int(2, 5);
    const rows: Item[] = [[`Hot water extraction, ${rooms} rooms`, rooms * 45], ...(r.chance(0.5) ? ([["Stairs & landing", 65]] as Item[]) : []), ...(r.chance(0.5) ? ([["Sofa, 3-seat, upholstery clean", 119]] as Item[]) : []), ...(r.chance(0.4) ? ([["Pet odor treatment", 39]] as Item[]) : [])];
    const sub = sum(rows.map((i) => i[1]));
    const tax = cents(sub * 0.0873);
    const total = sum([sub, tax]);
    const net15 = r.chance(0.5);
    const lines = [
      s.name,
      s.addr,
      s.foot,
      "",
      `INVOICE #${r.int(20000, 29999)}`,
      `Invoice Date: ${usNum(x)}`,
      `Service Date: ${usNum(svc)}   Technician: ${r.pick(["Marcus", "Dee", "Luis"])}`,
      `Terms: ${net15 ? `Net 15 — due ${usNum(addDays(x, 15))}` : "Due upon receipt"}`,
      "",
      "Bill To:",
      r.pick(["Karen Whitfield", "Tom & Lisa Brandt", "Office of Dr. R. Patel"]),
      r.pick(["1820 NE Vivion Rd", "77 W 63rd St", "5300 Main St, Suite 4"]),
      "Kansas City, MO 641" + pad(r.int(10, 58)),
      "",
      ...rows.map(([d, p]) => cols(d, usd(p), 48)),
      cols("Subtotal", usd(sub), 48),
      cols("Sales Tax 8.73%", usd(tax), 48),
      cols("TOTAL", usd(total), 48),
      "",
      `Stain protection warranty valid through ${usLong(addMonths(svc, 6))}. Book your next clean before ${usShort(addMonths(x, 12))} for 10% off.`,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-carpet-cleaner-invoice", lang }, r, 0.36);
  }
  const L = {
    de: { h: "Rechnung", d: "Rechnungsdatum", sd: "Leistungsdatum", rows: [["Teppichboden Wohnzimmer, Sprühextraktion", 89], ["Treppe (14 Stufen)", 70], ["Sofa 3-Sitzer, Polsterreinigung", 119], ["Fleckenbehandlung", 25]] as Item[], tax: "zzgl. 19 % USt.", tot: "Gesamtbetrag", due: "Zahlbar bis" },
    fr: { h: "Facture", d: "Date de facture", sd: "Date d'intervention", rows: [["Moquette séjour, injection-extraction", 95], ["Escalier (14 marches)", 75], ["Canapé 3 places", 129], ["Détachage", 25]] as Item[], tax: "TVA 20 %", tot: "Total TTC", due: "À régler avant le" },
    es: { h: "Factura", d: "Fecha factura", sd: "Fecha del servicio", rows: [["Moqueta salón, inyección-extracción", 80], ["Escalera (14 peldaños)", 60], ["Sofá 3 plazas", 99], ["Tratamiento de manchas", 20]] as Item[], tax: "IVA 21 %", tot: "Total", due: "Vencimiento" },
    it: { h: "Fattura", d: "Data fattura", sd: "Data intervento", rows: [["Moquette soggiorno, iniezione-estrazione", 90], ["Scala (14 gradini)", 70], ["Divano 3 posti", 110], ["Smacchiatura", 20]] as Item[], tax: "IVA 22%", tot: "Totale", due: "Scadenza" },
    nl: { h: "Factuur", d: "Factuurdatum", sd: "Datum behandeling", rows: [["Tapijt woonkamer, sproei-extractie", 85], ["Trap (14 treden)", 65], ["Bank 3-zits", 109], ["Vlekbehandeling", 22.5]] as Item[], tax: "Btw 21%", tot: "Totaal", due: "Te betalen vóór" },
  }[lang];
  const rows = some(r, L.rows, 0.5);
  const net = sum(rows.map((i) => i[1]));
  const tax = cents((net * VAT[lang]) / 100);
  const total = sum([net, tax]);
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    `${L.h} ${nr}`,
    cols(`${L.d}:`, num(x, lang), 24),
    cols(`${L.sd}:`, num(svc, lang), 24),
    "",
    ...rows.map(([d, p]) => cols(d, bareAmt(p, lang), 50)),
    cols(L.tax, bareAmt(tax, lang), 50),
    cols(L.tot, money(total, lang, r), 50),
    "",
    `${L.due} ${num(addDays(x, 14), lang)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "carpet-cleaner-invoice", lang }, r, 0.36);
};

// ─── Online shop invoices and bills ──────────────────────────────────────────────────────────────────────────────

const PHOTOBOOK: PerLang<Org> = {
  en: org("Photobox", "Photobox Ltd, 2nd Floor, 1 Brunel Way, Slough SL1 1FQ", "Company No. 03781889 · VAT GB 740 1216 08", "Slough"),
  de: org("CEWE Fotoservice", "CEWE Stiftung & Co. KGaA · Meerweg 30-32 · 26133 Oldenburg", "Amtsgericht Oldenburg HRB 208214 · USt-IdNr. DE 811 182 386", "Oldenburg"),
  fr: org("Photoweb", "Photoweb SAS, 5 rue Hector Berlioz, 38600 Fontaine", "RCS Grenoble 432 106 286 · TVA FR 36 432 106 286", "Fontaine"),
  es: org("Hofmann", "Hofmann S.L.U., Calle Sierra de Gata 9, 46980 Paterna", "CIF B-46107513", "Paterna"),
  it: org("Photosì", "Photosì S.p.A., Via Ravegnana 68, 48018 Faenza", "P.IVA 02070800392", "Faenza"),
  nl: org("albelli", "Albumprinter B.V., Singel 250, 1016 AB Amsterdam", "KvK 34174376 · btw NL8116.25.906.B01", "Amsterdam"),
};
const MOBILE: PerLang<Org> = {
  en: org("Three", "Hutchison 3G UK Ltd, 450 Longwater Avenue, Green Park, Reading RG2 6GF", "Registered in England No. 03885486", "Reading"),
  de: org("congstar", "congstar GmbH · Weinsbergstraße 70 · 50823 Köln", "Amtsgericht Köln HRB 53287", "Köln"),
  fr: org("Bouygues Telecom", "37-39 rue Boissière, 75116 Paris", "SA au capital de 1 089 879 588 € · RCS Paris 397 480 930", "Paris"),
  es: org("Yoigo", "Xfera Móviles, S.A.U., Avenida de Bruselas 38, 28108 Alcobendas", "CIF A-82528548", "Alcobendas"),
  it: org("WINDTRE", "Wind Tre S.p.A., Largo Metropolitana 5, 20017 Rho (MI)", "P.IVA 13378520152", "Rho"),
  nl: org("Odido", "Odido Netherlands B.V., Waldorpstraat 60, 2521 CC Den Haag", "KvK 14092998", "Den Haag"),
};
const CLEANING: PerLang<Org> = {
  en: org("Helping Hands Home Cleaning", "Suite 3, 12 Bridge Street, Guildford GU1 4RY", "Helping Hands (Surrey) Ltd · VAT 402 1183 55", "Guildford"),
  de: org("Blitzblank Haushaltsservice", "Luisenstraße 41 · 65185 Wiesbaden", "Blitzblank Dienstleistungen GmbH · HRB 30412 Wiesbaden", "Wiesbaden"),
  fr: org("Vitamine Ménage", "Agence de Nancy, 18 rue Saint-Dizier, 54000 Nancy", "SAS Vitamine · SIRET 799 443 015 00021 · Agrément SAP n° SAP799443015", "Nancy"),
  es: org("Limpiezas Hogar Feliz", "Calle Gran Vía 27, 48001 Bilbao", "Hogar Feliz Servicios S.L. · CIF B-95881240", "Bilbao"),
  it: org("Casa Pulita Servizi Domestici", "Corso Francia 140, 10143 Torino", "Casa Pulita Soc. Coop. · P.IVA 11203460017", "Torino"),
  nl: org("Huishoudhulp Zuid", "Wilhelminaweg 3, 4811 GL Breda", "Huishoudhulp Zuid B.V. · KvK 20166431", "Breda"),
};

// T4 — an online photo shop's invoice (the order placed days before, the invoice dated with the dispatch, a delivery
// expected without a year, the photos' upload), a mobile operator's bill with "at a glance" figures (the bill date,
// the period of the month before, roaming rows with days and times, the debit day ahead), a home-cleaning agency's
// monthly invoice for the month before (the visits in a table, the French one with the tax credit's share, the
// invoice dated early in the month, a debit day).
let billTurn = 0;
const onlineAndBills: Template = (r, lang) => {
  const k = turn(billTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = PHOTOBOOK[lang];
    const ordered = addDays(x, -r.int(2, 6));
    const upload = addDays(ordered, -r.int(1, 20));
    const arrive = addDays(x, r.int(2, 5));
    const L = {
      en: { h: "VAT INVOICE", inv: "Invoice date (tax point)", ord: "Order date", no: "Order no.", items: [["Large landscape photo book, hardcover, 40 pages", 44.99], ["Extra pages x10", 9.99], ["Photo prints 6x4 x 48", 6.72], ["Wall calendar A3", 19.99], ["Canvas 30x40", 34.99]] as Item[], disc: "Voucher SPRING30", ship: "Standard delivery", tot: "Total paid", exp: "Expected delivery:", up: "Photos uploaded" },
      de: { h: "RECHNUNG", inv: "Rechnungs- und Lieferdatum", ord: "Bestelldatum", no: "Auftragsnr.", items: [["CEWE FOTOBUCH Groß, Hardcover, 40 Seiten", 45.95], ["Zusatzseiten x10", 9.9], ["Fotoabzüge 10x15 x 48", 9.12], ["Wandkalender A3", 24.95], ["Leinwand 30x40", 29.95]] as Item[], disc: "Gutschein FRUEHLING", ship: "Versand Standard", tot: "Rechnungsbetrag", exp: "Voraussichtliche Zustellung:", up: "Bilder hochgeladen am" },
      fr: { h: "FACTURE", inv: "Date de facture", ord: "Date de commande", no: "Commande n°", items: [["Livre photo A4 paysage, couverture rigide, 40 pages", 42.9], ["Pages supplémentaires x10", 9.9], ["Tirages 10x15 x 48", 7.68], ["Calendrier mural A3", 21.9], ["Toile 30x40", 32.9]] as Item[], disc: "Code PRINTEMPS", ship: "Livraison Colissimo", tot: "Total TTC", exp: "Livraison estimée :", up: "Photos importées le" },
      es: { h: "FACTURA", inv: "Fecha factura", ord: "Fecha pedido", no: "Pedido n.º", items: [["Fotolibro grande apaisado, tapa dura, 40 páginas", 39.95], ["Páginas extra x10", 8.95], ["Copias 10x15 x 48", 7.2], ["Calendario de pared A3", 19.95], ["Lienzo 30x40", 29.95]] as Item[], disc: "Cupón PRIMAVERA", ship: "Envío estándar", tot: "Total", exp: "Entrega prevista:", up: "Fotos subidas el" },
      it: { h: "FATTURA", inv: "Data fattura", ord: "Data ordine", no: "Ordine n.", items: [["Fotolibro grande orizzontale, copertina rigida, 40 pagine", 41.9], ["Pagine aggiuntive x10", 9.9], ["Stampe 10x15 x 48", 7.68], ["Calendario da parete A3", 22.9], ["Tela 30x40", 31.9]] as Item[], disc: "Codice PRIMAVERA", ship: "Spedizione standard", tot: "Totale", exp: "Consegna prevista:", up: "Foto caricate il" },
      nl: { h: "FACTUUR", inv: "Factuurdatum", ord: "Besteldatum", no: "Ordernummer", items: [["Fotoboek groot liggend, hardcover, 40 pagina's", 42.99], ["Extra pagina's x10", 9.99], ["Foto-afdrukken 10x15 x 48", 7.68], ["Wandkalender A3", 22.99], ["Canvas 30x40", 32.99]] as Item[], disc: "Kortingscode LENTE", ship: "Verzending", tot: "Totaal", exp: "Verwachte levering:", up: "Foto's geüpload op" },
    }[lang];
    const items = some(r, L.items, 0.4);
    const sub = sum(items.map((i) => i[1]));
    const disc = r.chance(0.35) ? -cents(sub * 0.3) : 0;
    const ship = r.pick([3.99, 4.95, 5.99]);
    const total = sum([sub, disc, ship]);
    const vatPart = cents((total * VAT[lang]) / (100 + VAT[lang]));
    const vatW = { en: "incl. VAT", de: "enthaltene MwSt.", fr: "dont TVA", es: "IVA incluido", it: "di cui IVA", nl: "waarvan btw" }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.inv}:`, num(x, lang), 30),
      cols(`${L.ord}:`, num(ordered, lang), 30),
      cols(`${L.no}:`, `${r.int(10000000, 99999999)}`, 30),
      "",
      bare(person),
      home(r, lang),
      "",
      ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 60)),
      ...(disc ? [cols(`${L.disc} (-30%)`, bareAmt(disc, lang), 60)] : []),
      cols(L.ship, bareAmt(ship, lang), 60),
      cols(L.tot, money(total, lang, r), 60),
      cols(`${vatW} ${VAT[lang]}%`, bareAmt(vatPart, lang), 60),
      "",
      `${L.exp} ${wdShort(arrive, lang)} ${dayMonth(arrive, lang)}`,
      `${L.up} ${isoDay(upload)}`,
      s.foot,
    ];
    return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "photo-shop-invoice", lang };
  }
  if (k === 1) {
    const s = MOBILE[lang];
    const pEnd = addDays(x, -r.int(1, 4));
    const pStart = addDays(addMonths(pEnd, -1), 1);
    const debit = addDays(x, r.int(8, 14));
    const plan = r.pick([10, 12, 15, 18, 20, 25]);
    const roam = r.chance(0.6) ? Array.from({ length: r.int(1, 3) }, () => ({ d: addDays(pStart, r.int(0, 25)), t: hm(r, 7, 22), v: cents(r.pick([0.49, 1.2, 2.4, 3.99])) })) : [];
    const device = r.chance(0.4) ? r.pick([15, 22.5, 31]) : 0;
    const total = sum([plan, device, ...roam.map((o) => o.v)]);
    const L = {
      en: { h: "Your bill at a glance", bd: "Bill date", per: "Bill period", acc: "Account number", plan: "Unlimited data airtime plan", dev: "Device plan, month", extra: "Calls to non-EU numbers while abroad", tot: "Total to pay", db: "We'll take this by Direct Debit on or after" },
      de: { h: "Ihre Rechnung im Überblick", bd: "Rechnungsdatum", per: "Abrechnungszeitraum", acc: "Kundennummer", plan: "Allnet Flat M", dev: "Smartphone-Rate, Monat", extra: "Verbindungen im Ausland (Nicht-EU)", tot: "Rechnungsbetrag", db: "Abbuchung von Ihrem Konto ab dem" },
      fr: { h: "Votre facture en un coup d'œil", bd: "Date de facture", per: "Période", acc: "N° de compte", plan: "Forfait B&You 100 Go", dev: "Paiement échelonné mobile, mois", extra: "Communications hors UE", tot: "Montant à payer", db: "Prélevé sur votre compte à partir du" },
      es: { h: "Tu factura de un vistazo", bd: "Fecha de emisión", per: "Periodo de facturación", acc: "N.º de cliente", plan: "Tarifa La Sinfín", dev: "Pago a plazos terminal, mes", extra: "Llamadas en roaming fuera de la UE", tot: "Total a pagar", db: "Se cargará en tu cuenta a partir del" },
      it: { h: "La tua bolletta in sintesi", bd: "Data emissione", per: "Periodo di riferimento", acc: "Codice cliente", plan: "Offerta GO 150 Flash", dev: "Rata smartphone, mese", extra: "Traffico in roaming extra UE", tot: "Totale da pagare", db: "Addebito sul conto a partire dal" },
      nl: { h: "Je rekening in het kort", bd: "Factuurdatum", per: "Periode", acc: "Klantnummer", plan: "Onbeperkt Basis", dev: "Toestelkrediet, maand", extra: "Bellen buiten de EU", tot: "Totaal te betalen", db: "We schrijven dit af vanaf" },
    }[lang];
    const lines = [
      s.name,
      "",
      bare(person),
      home(r, lang),
      "",
      `┌ ${L.h}`,
      `│ ${cols(L.bd, dt(x, lang, r), 26)}`,
      `│ ${cols(L.per, `${num(pStart, lang)} - ${num(pEnd, lang)}`, 26)}`,
      `│ ${cols(L.acc, `${r.int(100000000, 999999999)}`, 26)}`,
      `│ ${cols(L.tot, money(total, lang, r), 26)}`,
      "└",
      "",
      cols(L.plan, bareAmt(plan, lang), 56),
      ...(device ? [cols(`${L.dev} ${r.int(3, 22)}/24`, bareAmt(device, lang), 56)] : []),
      ...(roam.length ? [L.extra, ...roam.map((o) => cols(`  ${dayMonth(o.d, lang)} ${o.t}  +1 ${r.int(200, 989)} 555 ${r.int(1000, 9999)}`, bareAmt(o.v, lang), 56))] : []),
      "",
      `${L.db} ${num(debit, lang)}.`,
      "",
      s.addr,
      s.foot,
    ];
    return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "mobile-phone-bill", lang };
  }
  const s = CLEANING[lang];
  const inv: Day = { y: x.y, m: x.m, d: r.int(1, 6) };
  const prev = addMonths(firstOf(inv), -1);
  const wd = r.int(1, 5);
  const visits: Day[] = [];
  for (let d = 1; d <= lastDay(prev.y, prev.m); d++) {
    const day = { y: prev.y, m: prev.m, d };
    if (dow(day) === wd) visits.push(day);
  }
  const hrs = r.pick([2, 3, 3.5, 4]);
  const rate = { en: 19.5, de: 32, fr: 26, es: 15, it: 17, nl: 27.5 }[lang];
  const total = sum(visits.map(() => hrs * rate));
  const debit = addDays(inv, 10);
  const L = {
    en: { h: "INVOICE", d: "Invoice date", m: "Service month", c: "Cleaner", tot: "Total (incl. VAT)", db: "Collected by Direct Debit on", extra: "" },
    de: { h: "RECHNUNG", d: "Rechnungsdatum", m: "Leistungsmonat", c: "Haushaltshilfe", tot: "Gesamtbetrag inkl. MwSt.", db: "Der Betrag wird eingezogen am", extra: "Haushaltsnahe Dienstleistung nach § 35a EStG: Arbeitskosten 100 %." },
    fr: { h: "FACTURE", d: "Date de facture", m: "Mois de prestation", c: "Intervenante", tot: "Total TTC", db: "Prélèvement le", extra: `Crédit d'impôt de 50 % : coût réel après crédit d'impôt ${bareAmt(cents(total / 2), lang)} €.` },
    es: { h: "FACTURA", d: "Fecha de factura", m: "Mes de servicio", c: "Empleada", tot: "Total (IVA incl.)", db: "Se domiciliará el", extra: "" },
    it: { h: "FATTURA", d: "Data documento", m: "Mese di riferimento", c: "Collaboratrice", tot: "Totale", db: "Addebito SDD il", extra: "" },
    nl: { h: "FACTUUR", d: "Factuurdatum", m: "Maand", c: "Hulp", tot: "Totaal incl. btw", db: "Automatische incasso op", extra: "" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    L.h,
    `${L.d}: ${dt(inv, lang, r)}`,
    `${L.m}: ${lang === "en" ? MONTHS.en[prev.m - 1] : cap(MONTHS[lang][prev.m - 1]!)} ${prev.y}`,
    `${L.c}: ${r.pick(["Agnieszka", "Maria", "Fatima", "Rosa", "Elena"])}`,
    "",
    ...visits.map((v) => cols(`${wdShort(v, lang)} ${num(v, lang)}   ${dec(hrs, lang, 1)} h x ${bareAmt(rate, lang)}`, bareAmt(cents(hrs * rate), lang), 50)),
    cols(L.tot, money(total, lang, r), 50),
    "",
    `${L.db} ${num(debit, lang)}.`,
    ...(L.extra ? [L.extra] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(inv), correspondent: s.name, fields: totalOf(total, lang), kind: "cleaning-agency-invoice", lang }, r, 0.36);
};

// ─── Bank and card statements ────────────────────────────────────────────────────────────────────────────────────

const STMTBANK: PerLang<Org> = {
  en: org("Nationwide Building Society", "Nationwide House, Pipers Way, Swindon SN38 1NW", "Authorised by the PRA · FRN 106078", "Swindon"),
  de: org("Kreissparkasse Ludwigsburg", "Schillerplatz 6 · 71638 Ludwigsburg", "Anstalt des öffentlichen Rechts · BLZ 604 500 50", "Ludwigsburg"),
  fr: org("Crédit Mutuel de Bretagne", "Caisse de Quimper Centre, 1 rue du Parc, 29000 Quimper", "RCS Brest 775 577 017 · ORIAS 07 025 646", "Quimper"),
  es: org("Unicaja Banco", "Avenida de Andalucía 10-12, 29007 Málaga", "CIF A-93139053", "Málaga"),
  it: org("Crédit Agricole Italia", "Via Università 1, 43121 Parma", "ABI 06230 · P.IVA 02886650346", "Parma"),
  nl: org("SNS", "de Volksbank N.V., Croeselaan 1, 3521 BJ Utrecht", "KvK 16062338", "Utrecht"),
};
const BNPL: PerLang<Org> = {
  en: org("Klarna", "Klarna Financial Services UK Limited, 10 York Road, London SE1 7ND", "FRN 987816", "London"),
  de: org("Klarna", "Klarna Bank AB (publ), Zweigniederlassung Berlin · Chausseestraße 117 · 10115 Berlin", "Bolagsverket 556737-0431", "Berlin"),
  fr: org("Oney", "Oney Bank SA, 34 avenue de Flandre, 59170 Croix", "RCS Lille Métropole 546 380 197 · ORIAS 07 023 261", "Croix"),
  es: org("Aplazame", "Aplazame, S.L., Calle Serrano 41, 28001 Madrid", "CIF B-87210451", "Madrid"),
  it: org("Scalapay", "Scalapay S.r.l., Via Nervesa 21, 20139 Milano", "P.IVA 10845010969", "Milano"),
  nl: org("in3", "in3 B.V., Rivium Quadrant 75, 2909 LC Capelle aan den IJssel", "KvK 55216262 · AFM-vergunning", "Capelle aan den IJssel"),
};

// T5 — statements that print their own date: a bank's statement as a branch statement printer or the post prints it
// (the statement's number and date in its heading, the rows' days without a year, the old balance as at the last
// statement's day, the new balance as at the statement's day), a pay-later provider's monthly statement (the
// statement date in a corner, the purchases with their days, the instalments due ahead; no amount labelled, it is a
// statement, not a bill).
let stmtTurn = 0;
const statements: Template = (r, lang) => {
  const k = turn(stmtTurn++, 2);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = STMTBANK[lang];
    const prev = addDays(x, -r.int(25, 35));
    const n = r.int(4, 8);
    const rowsD = Array.from({ length: n }, () => addDays(prev, r.int(1, 24))).sort((a, b) => (isoDay(a) < isoDay(b) ? -1 : 1));
    const texts: PerLang<string[]> = {
      en: ["CARD PAYMENT TESCO STORES 2041", "DIRECT DEBIT BRITISH GAS", "BANK CREDIT ACME PAYROLL", "TRANSFER TO SAVINGS", "CASH WITHDRAWAL LINK ATM", "DIRECT DEBIT COUNCIL TAX"],
      de: ["Kartenzahlung EDEKA SAGT DANKE", "Lastschrift Stadtwerke Ludwigsburg", "Gehalt/Rente Bosch GmbH", "Dauerauftrag Miete", "Bargeldauszahlung GA", "Lastschrift Rundfunk ARD ZDF"],
      fr: ["PAIEMENT CB LECLERC QUIMPER", "PRLV SEPA EDF", "VIR SALAIRE", "VIR PERMANENT LOYER", "RETRAIT DAB", "PRLV SEPA FREE MOBILE"],
      es: ["COMPRA TARJ. MERCADONA", "RECIBO ENDESA", "NÓMINA", "TRANSFERENCIA ALQUILER", "REINTEGRO CAJERO", "RECIBO COMUNIDAD PROP."],
      it: ["PAGAMENTO POS ESSELUNGA", "ADDEBITO SDD ENEL ENERGIA", "ACCREDITO STIPENDIO", "BONIFICO AFFITTO", "PRELIEVO BANCOMAT", "ADDEBITO SDD TIM"],
      nl: ["BEA JUMBO 4412", "INCASSO VATTENFALL", "SALARIS", "OVERBOEKING HUUR", "GEA GELDAUTOMAAT", "INCASSO ZIGGO"],
    };
    const rows = rowsD.map((d, i) => {
      const t = i === Math.floor(n / 2) ? texts[lang][2]! : r.pick(texts[lang].filter((_, j) => j !== 2));
      const credit = /PAYROLL|Gehalt|SALAIRE|NÓMINA|STIPENDIO|SALARIS/.test(t);
      return { d, t, v: credit ? cents(r.int(1800, 3400) + r.int(0, 99) / 100) : -cents(r.int(5, 900) + r.int(0, 99) / 100) };
    });
    const old = cents(r.int(200, 5000) + r.int(0, 99) / 100);
    const neu = sum([old, ...rows.map((o) => o.v)]);
    const no = r.int(1, 12);
    const sgn = (v: number) => (lang === "en" ? `${bareAmt(Math.abs(v), lang)}${v < 0 ? " DR" : ""}` : `${bareAmt(Math.abs(v), lang)} ${v < 0 ? "-" : "+"}`);
    const L = {
      en: { h: `FlexAccount statement  No. ${no + 100}  Date ${dt(x, lang, r)}`, cols: "Date    Description                          Paid out / in", old: "Balance brought forward from", neu: "Balance carried forward at", page: "Sheet 1 of 1" },
      de: { h: `Kontoauszug ${no}/${x.y}  vom ${num(x, lang)}  Blatt 1`, cols: "Bu-Tag  Wert   Vorgang                               Betrag EUR", old: "alter Kontostand vom", neu: "neuer Kontostand vom", page: "Bitte beachten Sie die Hinweise auf der Rückseite." },
      fr: { h: `RELEVÉ DE COMPTE n° ${no}  arrêté au ${num(x, lang)}`, cols: "Date    Opération                              Débit / Crédit", old: "Ancien solde au", neu: "Nouveau solde au", page: "Page 1/1" },
      es: { h: `EXTRACTO N.º ${no}  Fecha ${num(x, lang)}`, cols: "F.Oper. Concepto                               Importe", old: "Saldo anterior a", neu: "Saldo a", page: "Hoja 1 de 1" },
      it: { h: `ESTRATTO CONTO n. ${no}/${x.y}  al ${num(x, lang)}`, cols: "Data    Descrizione                            Importo", old: "Saldo iniziale al", neu: "Saldo finale al", page: "Pag. 1 di 1" },
      nl: { h: `Rekeningafschrift ${no}  Datum ${num(x, lang)}`, cols: "Datum   Omschrijving                           Bedrag", old: "Vorig saldo per", neu: "Nieuw saldo per", page: "Blad 1 van 1" },
    }[lang];
    const rowDay = (d: Day) => (lang === "en" ? `${pad(d.d)} ${MONTHS_ABBR.en[d.m - 1]!}` : lang === "de" ? `${dayMonth(d, lang)} ${dayMonth(addDays(d, r.int(0, 1)), lang)}` : dayMonth(d, lang));
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      `IBAN ${lang === "en" ? "GB29 NAIA 0701 1620 4421 88" : lang === "de" ? "DE44 6045 0050 0012 3344 55" : lang === "fr" ? "FR76 1558 9297 1200 0712 3445 521" : lang === "es" ? "ES91 2103 0722 8100 3344 5566" : lang === "it" ? "IT60 X062 3012 7000 0004 4512 338" : "NL42 SNSB 0912 3345 67"}`,
      "",
      L.cols,
      cols(`${L.old} ${num(prev, lang)}`, sgn(old), 56),
      ...rows.map((o) => cols(`${rowDay(o.d)}  ${o.t}`, sgn(o.v), 56)),
      cols(`${L.neu} ${num(x, lang)}`, sgn(neu), 56),
      "",
      L.page,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "bank-statement-print", lang }, r, 0.36);
  }
  const s = BNPL[lang];
  const shops = { en: ["ASOS", "Currys", "IKEA", "JD Sports"], de: ["Zalando", "MediaMarkt", "IKEA", "Otto"], fr: ["Boulanger", "Cdiscount", "Fnac", "Leroy Merlin"], es: ["El Corte Inglés", "PcComponentes", "IKEA", "Decathlon"], it: ["Zalando", "Unieuro", "IKEA", "Trony"], nl: ["Coolblue", "Bol.com", "Wehkamp", "IKEA"] }[lang];
  const buys = some(r, shops, 0.5).map((shop) => ({ shop, d: addDays(x, -r.int(3, 55)), v: cents(r.int(30, 700) + r.pick([0, 0.95, 0.99])) }));
  const parts = lang === "fr" || lang === "es" ? 4 : 3;
  const due = buys.map((b) => ({ ...b, inst: cents(b.v / parts), next: addDays(b.d, 30) })).map((b) => ({ ...b, next: isoDay(b.next) <= isoDay(x) ? addDays(b.next, 30) : b.next }));
  const L = {
    en: { h: "Monthly statement", sd: "Statement date", sh: "Purchases", nx: "Upcoming payments", on: "on", note: "Payments are collected automatically from your linked card.", cust: "Customer" },
    de: { h: "Monatsübersicht", sd: "Datum der Übersicht", sh: "Einkäufe", nx: "Anstehende Zahlungen", on: "am", note: "Die Raten werden automatisch von deinem hinterlegten Konto eingezogen.", cust: "Kundin/Kunde" },
    fr: { h: "Relevé mensuel", sd: "Date du relevé", sh: "Achats", nx: "Prochaines échéances", on: "le", note: "Les échéances sont prélevées automatiquement sur votre carte.", cust: "Client" },
    es: { h: "Extracto mensual", sd: "Fecha del extracto", sh: "Compras", nx: "Próximos pagos", on: "el", note: "Los plazos se cargan automáticamente en tu tarjeta.", cust: "Cliente" },
    it: { h: "Riepilogo mensile", sd: "Data del riepilogo", sh: "Acquisti", nx: "Prossime rate", on: "il", note: "Le rate vengono addebitate automaticamente sulla carta collegata.", cust: "Cliente" },
    nl: { h: "Maandoverzicht", sd: "Datum overzicht", sh: "Aankopen", nx: "Komende betalingen", on: "op", note: "Termijnen worden automatisch afgeschreven.", cust: "Klant" },
  }[lang];
  const lines = [
    `${s.name}${" ".repeat(40)}${L.sd}: ${num(x, lang)}`,
    "",
    L.h,
    `${L.cust}: ${bare(person)}`,
    "",
    L.sh,
    ...buys.map((b) => cols(`  ${num(b.d, lang)}  ${b.shop}  (${parts} x ${bareAmt(cents(b.v / parts), lang)})`, bareAmt(b.v, lang), 56)),
    "",
    L.nx,
    ...due.map((b) => cols(`  ${b.shop} ${L.on} ${dayMonth(b.next, lang)}`, bareAmt(b.inst, lang), 56)),
    "",
    L.note,
    s.addr,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "pay-later-statement", lang }, r, 0.36);
};

// ─── Insurance ───────────────────────────────────────────────────────────────────────────────────────────────────

const PETINS: PerLang<Org> = {
  en: org("Petplan", "Allianz Insurance plc, 57 Ladymead, Guildford GU1 1DB", "Petplan is a trading name of Pet Plan Ltd · FRN 311987", "Guildford"),
  de: org("Uelzener Versicherungen", "Veerßer Straße 65/67 · 29525 Uelzen", "Uelzener Allgemeine Versicherungs-Gesellschaft a.G. · HRB 100116", "Uelzen"),
  fr: org("SantéVet", "30 boulevard Vivier Merle, 69003 Lyon", "SAS de courtage d'assurances · RCS Lyon 444 212 872 · ORIAS 07 000 580", "Lyon"),
  es: org("Santévet España", "Calle Goya 6, 28001 Madrid", "Correduría de seguros · CIF B-86980322 · DGSFP J-3411", "Madrid"),
  it: org("Prima Assicurazioni Pet", "Prima Assicurazioni S.p.A., Piazzale Loreto 17, 20131 Milano", "P.IVA 08879250964 · RUI A000494207", "Milano"),
  nl: org("PetSecur", "Postbus 10, 3900 AA Veenendaal", "Onderdeel van Aegon · KvK 30128954", "Veenendaal"),
};
const HOMEINS: PerLang<Org> = {
  en: org("LV= General Insurance", "57 Ladymead, Guildford GU1 1DB", "Liverpool Victoria Insurance Company Ltd · FRN 202965", "Guildford"),
  de: org("VHV Versicherungen", "VHV-Platz 1 · 30177 Hannover", "VHV Allgemeine Versicherung AG · HRB 57331 Hannover", "Hannover"),
  fr: org("MAIF", "200 avenue Salvador Allende, 79038 Niort Cedex 9", "Mutuelle d'assurance · Entreprise régie par le Code des assurances", "Niort"),
  es: org("Línea Directa Aseguradora", "Calle Isaac Newton 7, 28760 Tres Cantos", "CIF A-80871031", "Tres Cantos"),
  it: org("Reale Mutua Assicurazioni", "Via Corte d'Appello 11, 10122 Torino", "Iscritta all'Albo Imprese IVASS n. 1.00008", "Torino"),
  nl: org("Centraal Beheer", "Prins Willem-Alexanderlaan 651, 7311 NT Apeldoorn", "Achmea Schadeverzekeringen N.V. · KvK 08053410", "Apeldoorn"),
};

// T6 — insurers' letters in two kinds, taken in turn: a pet policy's renewal (the new policy year ahead from one day
// to the day before a year on, the pet's birth date, last year's and the new premium, the vet visit of a past claim)
// and a home policy's claim acknowledged (the escape of water on a day, reported on a later day, the loss adjuster's
// visit ahead with its weekday and a time, the claim number, photos to send by a day).
let insTurn = 0;
const insurance: Template = (r, lang) => {
  const k = turn(insTurn++, 2);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  const p = (v: number) => money(v, lang, r);
  if (k === 0) {
    const s = PETINS[lang];
    const from = addDays(x, r.int(21, 35));
    const to = addDays(addMonths(from, 12), -1);
    const pet = born(r, 2012, 2023);
    const name = r.pick(["Bella", "Luna", "Max", "Milo", "Nala", "Oscar"]);
    const old = cents(r.int(180, 520) + r.pick([0.4, 0.88, 0.12]));
    const neu = cents(old * (1 + r.int(4, 19) / 100));
    const vet = addDays(x, -r.int(60, 250));
    const L = {
      en: { s: `Your renewal — ${name}'s Covered for Life policy`, b: [`${name} (date of birth ${num(pet, lang)}) is covered until ${dt(addDays(from, -1), lang, r)}. We will renew your policy automatically for the year ${num(from, lang)} to ${num(to, lang)}.`, `Last year's premium: ${p(old)}. Your new annual premium: ${p(neu)}, or ${p(cents(neu / 12))} a month.`, `Your premium has changed partly because of ${name}'s age and the claim for the vet visit on ${dt(vet, lang, r)}.`, "You do not need to do anything if you are happy to renew."], sign: "Petplan Customer Care" },
      de: { s: `Beitragsanpassung Ihrer Tierkrankenversicherung für ${name}`, b: [`zum ${num(from, lang)} beginnt ein neues Versicherungsjahr (bis ${num(to, lang)}). Versichertes Tier: ${name}, geboren am ${num(pet, lang)}.`, `Bisheriger Jahresbeitrag: ${p(old)}. Neuer Jahresbeitrag: ${p(neu)}.`, `Berücksichtigt wurde unter anderem die Erstattung für die Behandlung vom ${num(vet, lang)}.`, "Sie haben ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieses Schreibens."], sign: "Ihre Uelzener" },
      fr: { s: `Avis d'échéance — contrat santé animale de ${name}`, b: [`Votre contrat arrive à échéance. Il sera reconduit pour la période du ${num(from, lang)} au ${num(to, lang)}. Animal assuré : ${name}, né(e) le ${num(pet, lang)}.`, `Cotisation annuelle précédente : ${p(old)}. Nouvelle cotisation annuelle : ${p(neu)}.`, `Cette évolution tient compte de l'âge de votre animal et du remboursement de la consultation du ${num(vet, lang)}.`], sign: "Le service Adhérents SantéVet" },
      es: { s: `Renovación del seguro de salud de ${name}`, b: [`Su póliza se renovará para el periodo del ${num(from, lang)} al ${num(to, lang)}. Mascota asegurada: ${name}, nacida el ${num(pet, lang)}.`, `Prima anual anterior: ${p(old)}. Nueva prima anual: ${p(neu)}.`, `La variación refleja la edad de su mascota y el siniestro de la consulta veterinaria del ${num(vet, lang)}.`], sign: "Departamento de Clientes" },
      it: { s: `Rinnovo della polizza salute per ${name}`, b: [`La Sua polizza sarà rinnovata per il periodo dal ${num(from, lang)} al ${num(to, lang)}. Animale assicurato: ${name}, nato il ${num(pet, lang)}.`, `Premio annuo precedente: ${p(old)}. Nuovo premio annuo: ${p(neu)}.`, `Il premio tiene conto dell'età dell'animale e del sinistro relativo alla visita del ${num(vet, lang)}.`], sign: "Servizio Clienti" },
      nl: { s: `Verlenging dierenverzekering ${name}`, b: [`Uw verzekering wordt verlengd voor de periode ${num(from, lang)} tot en met ${num(to, lang)}. Verzekerd dier: ${name}, geboren op ${num(pet, lang)}.`, `Vorige jaarpremie: ${p(old)}. Nieuwe jaarpremie: ${p(neu)}.`, `Bij de premie is rekening gehouden met de leeftijd van ${name} en de declaratie van het dierenartsbezoek op ${num(vet, lang)}.`], sign: "PetSecur Klantenservice" },
    }[lang];
    const refs: [string, string][] = [[{ en: "Policy number", de: "Vertragsnummer", fr: "N° de contrat", es: "N.º de póliza", it: "Polizza n.", nl: "Polisnummer" }[lang], `${r.int(10000000, 99999999)}`]];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, refs, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "pet-insurance-renewal", lang }, r, 0.36);
  }
  const s = HOMEINS[lang];
  const loss = addDays(x, -r.int(5, 20));
  const rep = addDays(loss, r.int(0, 3));
  const visit = workday(addDays(x, r.int(5, 16)));
  const t = slot(r, 8, 16);
  const photos = addDays(x, 14);
  const claim = `${r.pick(["CL", "SCH", "SIN", "HOG", "SIN", "SCH"])}-${r.int(1000000, 9999999)}`;
  const L = {
    en: { s: "Your home insurance claim — escape of water", b: [`Thank you for telling us on ${dt(rep, lang, r)} about the escape of water at your home on ${dt(loss, lang, r)}.`, `We have appointed a loss adjuster, who will visit you on ${longDay(visit, lang)} at ${t}. Please let us know if this is not convenient.`, `Please send us photos of the damage and any repair estimates by ${dt(photos, lang, r)}. Your policy excess is £350.`], sign: "LV= Home Claims Team" },
    de: { s: "Ihr Leitungswasserschaden", b: [`vielen Dank für Ihre Schadenmeldung vom ${num(rep, lang)} zum Leitungswasserschaden vom ${num(loss, lang)}.`, `Unser Schadenregulierer besucht Sie am ${longDay(visit, lang)} um ${t} Uhr.`, `Bitte senden Sie uns Fotos und Kostenvoranschläge bis zum ${num(photos, lang)}. Selbstbeteiligung laut Vertrag: 250 €.`], sign: "Ihre VHV Schadenabteilung" },
    fr: { s: "Déclaration de sinistre dégât des eaux", b: [`Nous accusons réception de votre déclaration du ${num(rep, lang)} concernant le dégât des eaux survenu le ${num(loss, lang)}.`, `Un expert passera à votre domicile le ${longDay(visit, lang)} à ${frTime(t, lang)}.`, `Merci de nous transmettre vos photos et devis avant le ${num(photos, lang)}.`], sign: "Votre gestionnaire sinistres" },
    es: { s: "Su siniestro de daños por agua", b: [`Hemos recibido su comunicación del ${num(rep, lang)} sobre los daños por agua ocurridos el ${num(loss, lang)}.`, `Un perito le visitará ${longDay(visit, lang)} a las ${t} horas.`, `Le rogamos nos envíe fotografías y presupuestos antes del ${num(photos, lang)}.`], sign: "Departamento de Siniestros Hogar" },
    it: { s: "Denuncia di sinistro — danni da acqua", b: [`Abbiamo ricevuto la Sua denuncia del ${num(rep, lang)} relativa ai danni da acqua condotta verificatisi il ${num(loss, lang)}.`, `Il perito incaricato effettuerà il sopralluogo ${longDay(visit, lang)} alle ore ${t}.`, `La preghiamo di inviarci foto e preventivi entro il ${num(photos, lang)}. Franchigia: 150 €.`], sign: "Ufficio Sinistri" },
    nl: { s: "Uw schademelding waterschade", b: [`Bedankt voor uw melding van ${num(rep, lang)} over de waterschade op ${num(loss, lang)}.`, `Een schade-expert komt bij u langs op ${longDay(visit, lang)} om ${frTime(t, lang)} uur.`, `Wilt u foto's en offertes vóór ${num(photos, lang)} naar ons sturen? Uw eigen risico is € 250.`], sign: "Centraal Beheer Schadeservice" },
  }[lang];
  const refs: [string, string][] = [[{ en: "Claim no.", de: "Schadennummer", fr: "N° de sinistre", es: "N.º de siniestro", it: "Sinistro n.", nl: "Schadenummer" }[lang], claim]];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, refs, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "home-claim-acknowledgement", lang }, r, 0.36);
};

// ─── Tax and authorities ─────────────────────────────────────────────────────────────────────────────────────────

const TAXOFF: PerLang<Org> = {
  en: org("HM Revenue & Customs", "Self Assessment, BX9 1AS", "www.gov.uk/pay-self-assessment-tax-bill", "Newcastle"),
  de: org("Finanzamt Osnabrück-Land", "Hannoversche Straße 12 · 49084 Osnabrück", "Finanzkasse: IBAN DE95 2500 0000 0026 5015 05", "Osnabrück"),
  fr: org("Direction générale des Finances publiques", "Service des impôts des particuliers de Tours, 94 boulevard Béranger, 37000 Tours", "Service de gestion du recouvrement", "Tours"),
  es: org("Agencia Tributaria", "Delegación de Zaragoza, Calle Albareda 16, 50004 Zaragoza", "Dependencia Regional de Recaudación", "Zaragoza"),
  it: org("Agenzia delle Entrate", "Direzione Provinciale di Bergamo, Via Gabriele Rosa 2, 24125 Bergamo", "Ufficio Controlli", "Bergamo"),
  nl: org("Belastingdienst", "Postbus 9049, 7300 GK Apeldoorn", "Belastingtelefoon 0800 0543", "Apeldoorn"),
};
const FINES: PerLang<Org> = {
  en: org("Thames Valley Police", "Central Ticket Office, PO Box 1045, Kidlington OX5 9BN", "Safer Roads Partnership · www.thamesvalley.police.uk", "Kidlington"),
  de: org("Zentrale Bußgeldstelle im Polizeiverwaltungsamt", "Alaunstraße 9 · 01099 Dresden", "Freistaat Sachsen", "Dresden"),
  fr: org("Agence nationale de traitement automatisé des infractions", "CS 41101, 35911 Rennes Cedex 9", "ANTAI — www.antai.gouv.fr", "Rennes"),
  es: org("Dirección General de Tráfico", "Centro de Tratamiento de Denuncias Automatizadas, Avenida de Portugal s/n, 24009 León", "Ministerio del Interior", "León"),
  it: org("Polizia Locale di Firenze", "Ufficio Verbali, Piazzale delle Cascine 6, 50144 Firenze", "Comune di Firenze", "Firenze"),
  nl: org("Centraal Justitieel Incassobureau", "Postbus 1794, 8901 CB Leeuwarden", "CJIB · Ministerie van Justitie en Veiligheid", "Leeuwarden"),
};

// T7 — tax and traffic authorities in two kinds, taken in turn: a tax office's reminder of tax unpaid (the tax due on
// an earlier day, a late-payment surcharge or penalty, the amount to pay labelled, a pay-by day ahead, the tax year),
// a speed camera's penalty notice (the offence's day and time, the notice's date, the keeper's details, a
// pay-by day; the fine with its costs labelled, not a reduced amount for paying early).
let authTurn = 0;
const authorities: Template = (r, lang) => {
  const k = turn(authTurn++, 2);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = TAXOFF[lang];
    const late = r.int(20, 70);
    const dueWas = addDays(x, -late);
    const tax = cents(r.int(300, 4800) + r.int(0, 99) / 100);
    const rate = { en: 5, de: 1, fr: 10, es: 10, it: 3, nl: 0 }[lang];
    const pen = cents(lang === "de" ? Math.floor(tax / 50) * 50 * 0.01 * Math.ceil(late / 30) : (tax * rate) / 100);
    const fee = lang === "nl" ? 9 : 0;
    const total = sum([tax, pen, fee]);
    const payBy = addDays(x, lang === "de" ? 7 : 30);
    const ty = dueWas.m <= 6 ? dueWas.y - 2 : dueWas.y - 1;
    const L = {
      en: { h: "You have not paid your Self Assessment tax", rows: [["Balancing payment " + `${ty}-${String(ty + 1).slice(2)}`, tax], ["Late payment penalty (5%)", pen]] as Item[], tot: "Total amount now due", txt: [`The balancing payment for the tax year ${ty} to ${ty + 1} was due on ${dt(dueWas, lang, r)} and remains unpaid.`, `Pay the total shown now, and by ${dt(payBy, lang, r)} at the latest, to avoid further penalties and interest.`], ref: "UTR", sign: "Debt Management" },
      de: { h: "Mahnung", rows: [[`Einkommensteuer ${ty}, fällig gewesen am ${num(dueWas, lang)}`, tax], ["Säumniszuschläge (§ 240 AO)", pen]] as Item[], tot: "Zu zahlender Betrag", txt: [`die oben aufgeführten Beträge sind trotz Fälligkeit noch nicht entrichtet.`, `Bitte zahlen Sie den Gesamtbetrag bis zum ${num(payBy, lang)}. Andernfalls müssen Sie mit Vollstreckungsmaßnahmen rechnen.`], ref: "Steuernummer", sign: "Finanzkasse" },
      fr: { h: "LETTRE DE RELANCE", rows: [[`Impôt sur le revenu ${ty}, date limite de paiement ${num(dueWas, lang)}`, tax], ["Majoration de 10 %", pen]] as Item[], tot: "Montant total à payer", txt: [`Sauf erreur de notre part, l'impôt ci-dessous n'a pas été réglé à la date limite.`, `Nous vous invitons à régler le montant total avant le ${num(payBy, lang)} sur impots.gouv.fr.`], ref: "Référence de l'avis", sign: "Le comptable public" },
      es: { h: "PROVIDENCIA DE APREMIO", rows: [[`IRPF ${ty}, fin de periodo voluntario ${num(dueWas, lang)}`, tax], ["Recargo de apremio reducido (10 %)", pen]] as Item[], tot: "Importe a ingresar", txt: [`Finalizado el periodo voluntario de ingreso sin que se haya satisfecho la deuda, se dicta providencia de apremio.`, `Plazo de ingreso: hasta el ${num(payBy, lang)}.`], ref: "N.º de liquidación", sign: "El Jefe de la Dependencia de Recaudación" },
      it: { h: "COMUNICAZIONE DI IRREGOLARITÀ", rows: [[`IRPEF saldo ${ty}, scadenza ${num(dueWas, lang)}`, tax], ["Sanzione ridotta (3%)", pen]] as Item[], tot: "Totale da versare", txt: [`Dal controllo della dichiarazione risulta un versamento omesso.`, `Può regolarizzare versando il totale entro il ${num(payBy, lang)} con il modello F24 allegato.`], ref: "Protocollo", sign: "Il Capo Ufficio" },
      nl: { h: "Aanmaning", rows: [[`Inkomstenbelasting ${ty}, te betalen vóór ${num(dueWas, lang)}`, tax], ["Aanmaningskosten", fee]] as Item[], tot: "Totaal te betalen", txt: [`U hebt de aanslag niet op tijd betaald.`, `Betaal het totaalbedrag uiterlijk ${num(payBy, lang)}. Anders sturen wij een dwangbevel, met extra kosten.`], ref: "Aanslagnummer", sign: "Belastingdienst/Inning" },
    }[lang];
    const rows = L.rows.filter((i) => i[1] > 0);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.ref}: ${r.int(1000000000, 9999999999)}`,
      `${{ en: "Issue date", de: "Datum", fr: "Date d'édition", es: "Fecha", it: "Data", nl: "Dagtekening" }[lang]}: ${dt(x, lang, r)}`,
      "",
      L.h,
      "",
      ...(lang === "de" ? [salute(person, lang), ""] : []),
      L.txt[0]!,
      "",
      ...rows.map(([d, v]) => cols(d, bareAmt(v, lang), 62)),
      cols(L.tot, money(total, lang, r), 62),
      "",
      L.txt[1]!,
      "",
      L.sign,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "tax-payment-reminder", lang }, r, 0.36);
  }
  const s = FINES[lang];
  const off = addDays(x, -r.int(8, 30));
  const t = hm(r, 6, 22);
  const limit = r.pick([30, 50, 70]);
  const speed = limit + r.int(8, 24);
  const place = { en: "A34 Oxford Road northbound, Kidlington", de: "B 170, Dresden, Bautzner Straße, stadteinwärts", fr: "RN 165, Quimperlé, sens Lorient > Quimper", es: "A-6, km 22,4, Las Rozas, sentido creciente", it: "Viale Guidoni, direzione aeroporto", nl: "A2 hmp 45,3 Li, Utrecht" }[lang];
  const plate = { en: "KX19 ZHD", de: "DD-MK 4120", fr: "GB-412-TZ", es: "4410 LKT", it: "GF 118 KL", nl: "K-882-VR" }[lang];
  const fine = { en: 100, de: lang === "de" ? r.pick([50, 70, 115]) : 0, fr: 135, es: 100, it: 173, nl: r.pick([112, 148, 189]) }[lang];
  const costs = { en: 0, de: 28.5 + 3.5, fr: 0, es: 0, it: 16.7, nl: 9 }[lang];
  const total = sum([fine, costs]);
  const payBy = addDays(x, { en: 28, de: 14, fr: 45, es: 20, it: 60, nl: 56 }[lang]);
  const L = {
    en: { h: "NOTICE OF INTENDED PROSECUTION AND CONDITIONAL OFFER OF FIXED PENALTY", d: "Date of notice", b: [`It is alleged that on ${dt(off, lang, r)} at ${t} the vehicle ${plate} was driven at ${speed} mph on ${place}, where the limit is ${limit} mph.`, `As registered keeper you must name the driver within 28 days. To accept the conditional offer, pay the fixed penalty of £100.00 and accept 3 penalty points by ${dt(payBy, lang, r)}.`], tot: "Amount payable" },
    de: { h: "Bußgeldbescheid", d: "Datum", b: [`Ihnen wird vorgeworfen, am ${num(off, lang)} um ${t} Uhr in ${place} als Führer des Pkw ${plate} die zulässige Höchstgeschwindigkeit innerorts um ${speed - limit} km/h überschritten zu haben (gemessen ${speed} km/h, zulässig ${limit} km/h).`, `Geldbuße ${bareAmt(fine, lang)} €, Gebühr 28,50 €, Auslagen 3,50 €. Der Bescheid wird rechtskräftig, wenn nicht innerhalb von zwei Wochen nach Zustellung Einspruch eingelegt wird. Zahlbar bis ${num(payBy, lang)}.`], tot: "Gesamtbetrag" },
    fr: { h: "AVIS DE CONTRAVENTION", d: "Date d'émission", b: [`Infraction : excès de vitesse inférieur à 20 km/h, vitesse retenue ${speed - 5} km/h pour ${limit} km/h. Le ${num(off, lang)} à ${frTime(t, lang)}, ${place}. Véhicule ${plate}.`, `Amende forfaitaire minorée : 90 € si paiement dans les 15 jours. Amende forfaitaire : 135 €, à payer avant le ${num(payBy, lang)}.`], tot: "Montant de l'amende forfaitaire" },
    es: { h: "NOTIFICACIÓN DE DENUNCIA", d: "Fecha de notificación", b: [`El vehículo ${plate} circulaba el ${num(off, lang)} a las ${t} por ${place} a ${speed} km/h, siendo la velocidad máxima ${limit} km/h.`, `Multa: 100 €. Si abona dentro de los 20 días naturales siguientes, reducción del 50 % (50 €). Plazo: ${num(payBy, lang)}.`], tot: "Importe de la multa" },
    it: { h: "VERBALE DI ACCERTAMENTO DI VIOLAZIONE", d: "Data verbale", b: [`Il giorno ${num(off, lang)} alle ore ${t}, in ${place}, il veicolo targato ${plate} circolava alla velocità di ${speed} km/h (limite ${limit} km/h), art. 142 c. 8 C.d.S.`, `Sanzione: 173,00 € + spese di procedimento e notifica 16,70 €. Pagamento ridotto del 30% entro 5 giorni dalla notifica. Termine: ${num(payBy, lang)}.`], tot: "Totale da pagare" },
    nl: { h: "Beschikking", d: "Datum beschikking", b: [`Op ${num(off, lang)} om ${frTime(t, lang)} uur reed het voertuig met kenteken ${plate} op ${place} ${speed} km/h waar ${limit} km/h is toegestaan (gecorrigeerd: ${speed - 3} km/h).`, `Sanctie € ${bareAmt(fine, lang)} + administratiekosten € 9,00. Betaal vóór ${num(payBy, lang)}.`], tot: "Totaal te betalen" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    L.h,
    `${L.d}: ${lang === "en" ? dt(x, lang, r) : num(x, lang)}     ${{ en: "Ref", de: "Az.", fr: "N° d'avis", es: "Expediente", it: "Verbale n.", nl: "CJIB-nummer" }[lang]}: ${r.int(100000000, 999999999)}`,
    "",
    ...L.b,
    "",
    cols(L.tot, money(total, lang, r), 50),
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "speed-camera-fine", lang }, r, 0.36);
};

// ─── Work ────────────────────────────────────────────────────────────────────────────────────────────────────────

const EMPLOYER: PerLang<Org> = {
  en: org("Brambleworth Foods Ltd", "Canal Side Works, Wharf Street, Warrington WA1 2HT", "Registered in England No. 02219844", "Warrington"),
  de: org("Heinrich Kessler Maschinenbau GmbH", "Industriepark West 14 · 33332 Gütersloh", "Amtsgericht Gütersloh HRB 4412 · Geschäftsführer: Dr. A. Kessler", "Gütersloh"),
  fr: org("Groupe Lemoine Distribution", "ZI des Pâtis, 49100 Angers", "SAS au capital de 2 000 000 € · RCS Angers 398 557 011", "Angers"),
  es: org("Talleres Mecánicos Ebro, S.A.", "Polígono Malpica, calle F 22, 50016 Zaragoza", "CIF A-50110932", "Zaragoza"),
  it: org("Officine Meccaniche Bassi S.p.A.", "Via dell'Industria 30, 36100 Vicenza", "P.IVA 00844120243", "Vicenza"),
  nl: org("Van der Meulen Logistiek B.V.", "Transportweg 11, 4761 RD Zevenbergen", "KvK 20044128", "Zevenbergen"),
};

// T8 — from an employer in two kinds, taken in turn: a payslip in two columns (the month, the payment day labelled,
// the employee's birth date and start years before, the tax code or class, year-to-date figures; labelled with the
// payment day), a part-time request granted (the request's date, the new hours from the first of a month ahead, a
// review a year on; dated in the letter's head, in a box or under the signature).
let workTurn = 0;
const work: Template = (r, lang) => {
  const k = turn(workTurn++, 2);
  const person = r.pick(PEOPLE[lang]);
  const s = EMPLOYER[lang];
  const x = randomDay(r);
  if (k === 0) {
    const pay = workday(addDays(monthEnd(x), -r.int(0, 4)));
    const payDay = isoDay(pay) > "2026-10-31" ? { y: 2026, m: 10, d: 30 } : pay;
    const bd = born(r, 1965, 2002);
    const start = { y: r.int(2008, payDay.y - 1), m: r.int(1, 12), d: 1 };
    const gross = cents(r.int(2200, 5400) + r.pick([0, 0.5]));
    const tax = cents(gross * r.int(12, 22) / 100);
    const soc = cents(gross * ({ en: 8, de: 20.5, fr: 22, es: 6.35, it: 9.19, nl: 11 }[lang] / 100));
    const net = cents(gross - tax - soc);
    const mo = lang === "en" ? MONTHS.en[payDay.m - 1]! : cap(MONTHS[lang][payDay.m - 1]!);
    const L = {
      en: { h: `PAYSLIP  ${mo} ${payDay.y}  (Month ${((payDay.m + 8) % 12) + 1})`, l: ["Basic salary", "Income tax", "National Insurance"], code: `Tax code 1257L  NI no. QQ ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} C`, born: "Date of birth", st: "Start date", pd: "Payment date", net: "NET PAY" },
      de: { h: `Verdienstabrechnung ${mo} ${payDay.y}`, l: ["Gehalt", "Lohnsteuer/Soli/KiSt", "SV-Beiträge AN"], code: `StKl. ${r.pick(["I", "III", "IV"])}  SV-Nr. ${r.int(10, 99)} ${pad(bd.d)}${pad(bd.m)}${String(bd.y).slice(2)} ${bare(person)[0]} ${r.int(100, 999)}`, born: "Geb.-Datum", st: "Eintritt", pd: "Auszahlung am", net: "AUSZAHLUNGSBETRAG" },
      fr: { h: `BULLETIN DE PAIE  ${mo} ${payDay.y}`, l: ["Salaire de base", "Prélèvement à la source", "Cotisations salariales"], code: `Coefficient 240 · N° SS ${r.int(1, 2)} ${String(bd.y).slice(2)} ${pad(bd.m)} ${r.int(10, 95)} ${r.int(100, 999)} ${r.int(100, 999)}`, born: "Né(e) le", st: "Date d'entrée", pd: "Payé le", net: "NET À PAYER" },
      es: { h: `RECIBO DE SALARIOS  ${mo} ${payDay.y}`, l: ["Salario base", "Retención IRPF", "Cotización Seguridad Social"], code: `Grupo cotización 5 · N.º afiliación 50/${r.int(10000000, 99999999)}`, born: "Fecha nacimiento", st: "Antigüedad", pd: "Fecha de pago", net: "LÍQUIDO A PERCIBIR" },
      it: { h: `CEDOLINO PAGA  ${mo} ${payDay.y}`, l: ["Retribuzione", "IRPEF", "Contributi INPS"], code: `Livello 5° CCNL Metalmeccanici · Matricola ${r.int(1000, 9999)}`, born: "Data di nascita", st: "Data assunzione", pd: "Data pagamento", net: "NETTO IN BUSTA" },
      nl: { h: `LOONSTROOK  ${mo} ${payDay.y}`, l: ["Salaris", "Loonheffing", "Pensioenpremie/WW"], code: `Loonheffingskorting: ja · Periode ${payDay.m}`, born: "Geboortedatum", st: "In dienst", pd: "Betaaldatum", net: "NETTO TE BETALEN" },
    }[lang];
    const w = 46;
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      `${bare(person)}   ${L.born}: ${num(bd, lang)}   ${L.st}: ${num(start, lang)}`,
      L.code,
      "",
      cols(L.l[0]!, bareAmt(gross, lang), w),
      cols(L.l[1]!, `-${bareAmt(tax, lang)}`, w),
      cols(L.l[2]!, `-${bareAmt(soc, lang)}`, w),
      "-".repeat(w + 10),
      cols(L.net, bareAmt(net, lang), w),
      "",
      cols(`${L.pd}:`, num(payDay, lang), 20),
      cols(lang === "en" ? "Gross to date" : lang === "de" ? "Gesamtbrutto lfd. Jahr" : lang === "fr" ? "Cumul brut annuel" : lang === "es" ? "Acumulado bruto" : lang === "it" ? "Imponibile progressivo" : "Cumulatief bruto", bareAmt(cents(gross * payDay.m), lang), w),
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(payDay), correspondent: s.name, kind: "payslip", lang }, r, 0.36);
  }
  const req = addDays(x, -r.int(10, 40));
  const from = firstOf(addMonths(x, r.int(1, 3)));
  const review = addMonths(from, 12);
  const hrs = r.pick([20, 24, 28, 30, 32]);
  const L = {
    en: { s: "Your flexible working request", b: [`Thank you for your request dated ${dt(req, lang, r)} to reduce your working hours.`, `I am pleased to confirm that your hours will change to ${hrs} hours a week, Monday to Thursday, with effect from ${dt(from, lang, r)}. Your salary and holiday entitlement will be adjusted pro rata.`, `We will review the arrangement with you around ${dt(review, lang, r)}. This letter forms a variation to your contract of employment.`], sign: "Rachel Monaghan\nHR Business Partner" },
    de: { s: "Ihr Antrag auf Verringerung der Arbeitszeit (§ 8 TzBfG)", b: [`Ihrem Antrag vom ${num(req, lang)} auf Verringerung Ihrer Arbeitszeit stimmen wir zu.`, `Ab dem ${num(from, lang)} beträgt Ihre regelmäßige wöchentliche Arbeitszeit ${hrs} Stunden. Ihr Entgelt wird entsprechend angepasst.`, `Über eine Überprüfung der Regelung sprechen wir im ${cap(MONTHS.de[review.m - 1]!)} ${review.y}.`], sign: "i. A. Sabine Roth\nPersonalabteilung" },
    fr: { s: "Votre demande de passage à temps partiel", b: [`Suite à votre demande du ${num(req, lang)}, nous vous confirmons votre passage à temps partiel à ${hrs} heures hebdomadaires à compter du ${dt(from, lang, r)}.`, `Un avenant à votre contrat de travail vous sera remis. Un point sera fait avec votre responsable avant le ${num(review, lang)}.`], sign: "Nathalie Guérin\nResponsable des ressources humaines" },
    es: { s: "Solicitud de reducción de jornada", b: [`En relación con su solicitud de fecha ${num(req, lang)}, le comunicamos que se acepta la reducción de su jornada a ${hrs} horas semanales con efectos ${num(from, lang)}.`, `El salario se reducirá proporcionalmente. La medida se revisará a partir del ${num(review, lang)}.`], sign: "Departamento de Recursos Humanos" },
    it: { s: "Accoglimento della richiesta di part-time", b: [`Con riferimento alla Sua richiesta del ${num(req, lang)}, Le comunichiamo la trasformazione del rapporto di lavoro a tempo parziale orizzontale di ${hrs} ore settimanali con decorrenza ${num(from, lang)}.`, `La retribuzione sarà riproporzionata. L'accordo potrà essere rivisto dal ${num(review, lang)}.`], sign: "Ufficio Personale" },
    nl: { s: "Uw verzoek om aanpassing van de arbeidsduur", b: [`Op ${num(req, lang)} heeft u verzocht om minder uren te werken. Wij stemmen hiermee in.`, `Met ingang van ${dt(from, lang, r)} werkt u ${hrs} uur per week. Uw salaris en vakantie-uren worden naar rato aangepast.`, `Wij evalueren de afspraak rond ${num(review, lang)}.`], sign: "Afdeling HR" },
  }[lang];
  const refs: [string, string][] = [[{ en: "Employee no.", de: "Personalnummer", fr: "Matricule", es: "N.º empleado", it: "Matricola", nl: "Personeelsnummer" }[lang], `${r.int(1000, 99999)}`]];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, refs, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "part-time-request-granted", lang }, r, 0.36);
};

// ─── Landlords, schools, doctors and a contract ─────────────────────────────────────────────────────────────────

const HOUSING: PerLang<Org> = {
  en: org("Riverside Vale Housing Association", "Vale House, 3 Quay Street, Gloucester GL1 2JA", "Registered Provider No. L4412 · Charity No. 1099218", "Gloucester"),
  de: org("Wohnungsgenossenschaft Lindenhof eG", "Lindenhofstraße 40 · 68163 Mannheim", "Genossenschaftsregister Mannheim GnR 311", "Mannheim"),
  fr: org("Habitat 44", "Office public de l'habitat, 9 rue Guy Mollet, 44000 Nantes", "OPH · SIRET 272 440 014 00027", "Nantes"),
  es: org("Empresa Municipal de la Vivienda", "Calle Ribera del Manzanares 20, 28008 Madrid", "EMVS Madrid, S.A. · CIF A-28135813", "Madrid"),
  it: org("ACER Bologna", "Piazza della Resistenza 4, 40122 Bologna", "Azienda Casa Emilia-Romagna · P.IVA 00322270370", "Bologna"),
  nl: org("Woonstichting De Key", "Postbus 2345, 1000 CH Amsterdam", "KvK 41208176 · Toegelaten instelling volkshuisvesting", "Amsterdam"),
};
const SCHOOL: PerLang<Org> = {
  en: org("St Aidan's Church of England Primary School", "Moor Lane, Harrogate HG3 1PN", "Headteacher: Mrs J. Pickering", "Harrogate"),
  de: org("Grundschule am Sonnenhügel", "Sonnenhügelweg 2 · 49088 Osnabrück", "Schulleitung: Frau B. Hartmann", "Osnabrück"),
  fr: org("École élémentaire Jean Jaurès", "3 rue de l'École, 21000 Dijon", "Direction : Mme V. Collin", "Dijon"),
  es: org("CEIP Miguel de Cervantes", "Calle Alfonso X 12, 30008 Murcia", "Consejería de Educación · Código de centro 30008901", "Murcia"),
  it: org("Istituto Comprensivo Statale Leonardo da Vinci", "Via Manzoni 14, 25126 Brescia", "C.F. 98156220176 · Codice mecc. BSIC88300G", "Brescia"),
  nl: org("Openbare Basisschool De Regenboog", "Schoolstraat 5, 3772 KE Barneveld", "Stichting Openbaar Onderwijs Gelderse Vallei", "Barneveld"),
};
const PRACTICE: PerLang<Org> = {
  en: org("Castlegate Medical Practice", "41 Castlegate, Knaresborough HG5 8AR", "NHS Practice Code B82044", "Knaresborough"),
  de: org("Hausarztpraxis Dr. med. Ulrich Brandt", "Facharzt für Allgemeinmedizin · Marktplatz 7 · 31785 Hameln", "BSNR 391122400", "Hameln"),
  fr: org("Cabinet du Docteur Philippe Marchand", "Médecine générale, 12 place du Marché, 86000 Poitiers", "N° RPPS 10002341177", "Poitiers"),
  es: org("Consulta Médica Dra. Carmen Ibáñez", "Calle Real 44, 1.º, 39001 Santander", "Colegiada n.º 39/2812", "Santander"),
  it: org("Studio Medico Dott. Giorgio Fabbri", "Medicina generale, Via XX Settembre 19, 47121 Forlì", "Convenzionato SSN · Cod. reg. 080112", "Forlì"),
  nl: org("Huisartsenpraktijk Kloosterveen", "Kloosterveste 12, 9404 LA Assen", "AGB-code 01012277", "Assen"),
};
const PIANO: PerLang<Org> = {
  en: org("Forsyth Pianos", "126 Deansgate, Manchester M3 2GR", "Forsyth Brothers Ltd · Company No. 00078231", "Manchester"),
  de: org("Piano-Haus Kemmler", "Neckarstraße 55 · 70190 Stuttgart", "Kemmler Pianos e.K. · HRA 720144 Stuttgart", "Stuttgart"),
  fr: org("Pianos Hanlet", "2 rue de Rome, 75008 Paris", "SARL Pianos Hanlet · SIRET 572 188 011 00019", "Paris"),
  es: org("Pianos Tejada", "Calle Doctor Fourquet 29, 28012 Madrid", "Tejada Instrumentos S.L. · CIF B-28440127", "Madrid"),
  it: org("Pianoforti Griffa", "Via Po 18, 10123 Torino", "Griffa & Figli S.r.l. · P.IVA 05512330018", "Torino"),
  nl: org("Pianohandel Van Urk", "Vredenburg 22, 3511 BA Utrecht", "KvK 30155018", "Utrecht"),
};

// T9 — letters from a landlord, a school and a doctor, and a contract, taken in turn: a housing association's notice
// of the yearly smoke and CO alarm check (the visit ahead with a window of hours, the last check a year before), a
// school's notice of a closure day for staff training (the day ahead, the term's start, a reply slip by a day), a GP
// practice's letter that the doctor retires (the last surgery day ahead, the successor from a day, the patient's
// birth date, an objection to the records' transfer by a day), a piano rental agreement signed at the foot (the
// delivery day, the rent from a day, the minimum term's end, the purchase option's window).
let lettersTurn = 0;
const lettersAndContract: Template = (r, lang) => {
  const k = turn(lettersTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = HOUSING[lang];
    const visit = workday(addDays(x, r.int(10, 28)));
    const last = addDays(visit, -r.int(350, 380));
    const win = r.pick(["08:00-12:00", "12:00-16:00", "09:00-13:00"]);
    const L = {
      en: { s: "Annual smoke and carbon monoxide alarm check", b: [`Our contractor, Safelink Fire Services, will visit your home on ${longDay(visit, lang)} between ${win} to test your smoke and carbon monoxide alarms. Your alarms were last checked on ${dt(last, lang, r)}.`, "Please make sure an adult is at home. If the appointment is not suitable, call us on 0300 123 4412 at least two working days before."], sign: "Neighbourhood Services Team" },
      de: { s: "Jährliche Wartung der Rauchwarnmelder", b: [`die Firma Brandschutz Weber wird am ${longDay(visit, lang)} zwischen ${win} Uhr die Rauchwarnmelder in Ihrer Wohnung prüfen. Die letzte Prüfung erfolgte am ${num(last, lang)}.`, "Sollten Sie verhindert sein, hinterlegen Sie bitte einen Schlüssel bei Nachbarn oder vereinbaren Sie einen Ersatztermin."], sign: "Ihre Hausbewirtschaftung" },
      fr: { s: "Vérification annuelle des détecteurs de fumée", b: [`L'entreprise Sécurifeu interviendra dans votre logement le ${longDay(visit, lang)} entre ${win.replace(/:00/g, "h")} pour contrôler le détecteur de fumée. Dernier contrôle : ${num(last, lang)}.`, "Merci d'assurer votre présence ou de confier vos clés à un voisin."], sign: "Votre chargé de clientèle" },
      es: { s: "Revisión anual de detectores de humo y gas", b: [`La empresa Protecfuego realizará la revisión de los detectores de su vivienda ${longDay(visit, lang)} de ${visit.y} en horario de ${win.replace("-", " a ")}. La última revisión se realizó el ${num(last, lang)}.`, "Si no puede estar presente, llame al 914 44 12 00 para cambiar la cita."], sign: "Servicio de Mantenimiento" },
      it: { s: "Verifica annuale dei rilevatori di fumo e gas", b: [`La ditta Sicurtecnica effettuerà il controllo dei rilevatori nel Suo alloggio ${longDay(visit, lang)} nella fascia ${win}. L'ultima verifica risale al ${num(last, lang)}.`, "In caso di assenza La preghiamo di contattare il numero 051 292 111 per fissare un nuovo appuntamento."], sign: "Servizio Manutenzione" },
      nl: { s: "Jaarlijkse controle rookmelders", b: [`Op ${longDay(visit, lang)} tussen ${win.replace(/:/g, ".")} uur controleert ons onderhoudsbedrijf de rookmelders in uw woning. De vorige controle was op ${num(last, lang)}.`, "Kunt u niet thuis zijn? Bel ons dan uiterlijk twee werkdagen vooraf."], sign: "Team Onderhoud" },
    }[lang];
    const refs: [string, string][] = [[{ en: "Tenancy ref.", de: "Mitgliedsnr.", fr: "Réf. locataire", es: "Contrato", it: "Cod. assegnatario", nl: "Huurdernummer" }[lang], `${r.int(100000, 999999)}`]];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, refs, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "alarm-check-notice", lang }, r, 0.36);
  }
  if (k === 1) {
    const s = SCHOOL[lang];
    const closed = workday(addDays(x, r.int(12, 40)));
    const reply = addDays(x, r.int(5, 9));
    const child = r.pick(["Mia", "Noah", "Lea", "Leo", "Emma", "Luca"]);
    const L = {
      en: [`Dear Parents and Carers,`, `School will be closed to pupils on ${longDay(closed, lang)} for a staff training day. Wraparound care will run as usual at the Scout Hut from 8am.`, `If you would like a place, please return the slip below by ${dt(reply, lang, r)}.`, `Yours sincerely,\nMrs J. Pickering, Headteacher`, "---------------------------------------------", `Child: ${child}   Class: ${r.int(1, 6)}   I would like a wraparound place: yes / no`],
      de: [`Liebe Eltern,`, `am ${longDay(closed, lang)} findet ein schulinterner Fortbildungstag statt. Der Unterricht entfällt; eine Notbetreuung ist von 8 bis 13 Uhr eingerichtet.`, `Bitte geben Sie den Rückmeldeabschnitt bis zum ${num(reply, lang)} bei der Klassenleitung ab.`, `Mit freundlichen Grüßen\nB. Hartmann, Rektorin`, "✂ - - - - - - - - - - - - - - - - - - - - - -", `Name des Kindes: ${child}   Klasse: ${r.int(1, 4)}${r.pick(["a", "b"])}   Notbetreuung benötigt: ja / nein`],
      fr: [`Madame, Monsieur,`, `En raison d'une journée pédagogique, l'école sera fermée le ${longDay(closed, lang)}. L'accueil périscolaire sera assuré par la mairie.`, `Merci de retourner le coupon ci-dessous avant le ${num(reply, lang)}.`, `La directrice,\nV. Collin`, "- - - - - - - - - - - - - - - - - - - - - - - -", `Élève : ${child}   Classe : CE${r.int(1, 2)}   Inscription à l'accueil : oui / non`],
      es: [`Estimadas familias:`, `Les informamos de que ${longDay(closed, lang)} no habrá clases por jornada de formación del profesorado. El servicio de madrugadores funcionará con normalidad.`, `Rogamos devuelvan la autorización antes del ${num(reply, lang)}.`, `La Dirección`, "- - - - - - - - - - - - - - - - - - - - - - - -", `Alumno/a: ${child}   Curso: ${r.int(1, 6)}.º   Necesita servicio: sí / no`],
      it: [`Ai genitori degli alunni`, `Si comunica che ${longDay(closed, lang)} le lezioni sono sospese per attività di formazione del personale docente.`, `Si prega di restituire il tagliando firmato entro il ${num(reply, lang)}.`, `Il Dirigente Scolastico\nProf.ssa L. Ferrari`, "- - - - - - - - - - - - - - - - - - - - - - - -", `Alunno/a: ${child}   Classe: ${r.int(1, 5)}ª   Per presa visione: ____________`],
      nl: [`Beste ouders en verzorgers,`, `Op ${longDay(closed, lang)} hebben de leerkrachten een studiedag. Alle leerlingen zijn die dag vrij; de BSO is open vanaf 7.30 uur.`, `Wilt u het strookje uiterlijk ${num(reply, lang)} inleveren bij de leerkracht?`, `Met vriendelijke groet,\nhet team van De Regenboog`, "- - - - - - - - - - - - - - - - - - - - - - - -", `Naam kind: ${child}   Groep: ${r.int(1, 8)}   Opvang nodig: ja / nee`],
    }[lang];
    const where = r.int(0, 1);
    const d = where === 0 ? dt(x, lang, r) : placeDate(s.city, x, lang, r);
    const lines = [s.name, s.addr, "", ...(where === 0 ? [`${" ".repeat(44)}${d}`, ""] : []), L[0]!, "", L[1]!, "", L[2]!, "", L[3]!, ...(where === 1 ? ["", d] : []), "", L[4]!, L[5]!, "", s.foot];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "school-closure-notice", lang }, r, 0.35);
  }
  if (k === 2) {
    const s = PRACTICE[lang];
    const lastDayD = workday(addDays(x, r.int(40, 100)));
    const succ = workday(addDays(lastDayD, r.int(1, 5)));
    const obj = addDays(x, 28);
    const bd = born(r, 1940, 2005);
    const since = r.int(1987, 1999);
    const L = {
      en: { s: "Dr Harrison's retirement", b: [`After ${x.y - since} years at Castlegate, Dr Harrison will retire. His last surgery will be on ${longDay(lastDayD, lang)}.`, `From ${dt(succ, lang, r)} Dr Aisha Rahman will take over his list, and you do not need to re-register. Patient: ${bare(person)}, date of birth ${num(bd, lang)}.`, `Your records stay with the practice. If you would rather register elsewhere, please tell reception by ${dt(obj, lang, r)}.`], sign: "Practice Manager" },
      de: { s: "Praxisübergabe", b: [`nach über ${x.y - since} Jahren gebe ich meine Praxis ab. Letzter Sprechstundentag ist ${longDay(lastDayD, lang)}.`, `Ab dem ${num(succ, lang)} führt Frau Dr. med. Julia Neumann die Praxis in denselben Räumen weiter. Patient/in: ${bare(person)}, geb. ${num(bd, lang)}.`, `Ihre Patientenakte geht an die Nachfolgerin über, sofern Sie nicht bis zum ${num(obj, lang)} widersprechen.`], sign: "Dr. med. Ulrich Brandt" },
      fr: { s: "Départ en retraite du Dr Marchand", b: [`Après ${x.y - since} ans d'exercice, je cesserai mon activité. Ma dernière consultation aura lieu le ${longDay(lastDayD, lang)}.`, `Le Dr Élodie Roussel me succédera à compter du ${num(succ, lang)}. Patient : ${bare(person)}, né(e) le ${num(bd, lang)}.`, `Votre dossier médical lui sera transmis, sauf opposition de votre part avant le ${num(obj, lang)}. Pensez à modifier votre médecin traitant sur ameli.fr.`], sign: "Dr Philippe Marchand" },
      es: { s: "Jubilación y cambio de médico", b: [`Tras ${x.y - since} años de consulta, me jubilo. El último día de consulta será ${longDay(lastDayD, lang)} de ${lastDayD.y}.`, `A partir del ${num(succ, lang)} le atenderá el Dr. Andrés Solana en la misma dirección. Paciente: ${bare(person)}, fecha de nacimiento ${num(bd, lang)}.`, `Su historia clínica se trasladará al nuevo médico salvo que se oponga antes del ${num(obj, lang)}.`], sign: "Dra. Carmen Ibáñez" },
      it: { s: "Cessazione dell'attività e nuovo medico", b: [`Dopo ${x.y - since} anni di attività vado in pensione. L'ultimo giorno di ambulatorio sarà ${longDay(lastDayD, lang)}.`, `Dal ${num(succ, lang)} subentrerà la Dott.ssa Chiara Montanari. Assistito: ${bare(person)}, nato/a il ${num(bd, lang)}.`, `La cartella clinica sarà trasferita salvo Sua opposizione entro il ${num(obj, lang)}.`], sign: "Dott. Giorgio Fabbri" },
      nl: { s: "Afscheid van dokter Postma", b: [`Na ${x.y - since} jaar stopt dokter Postma met de praktijk. Haar laatste spreekuur is op ${longDay(lastDayD, lang)}.`, `Vanaf ${num(succ, lang)} neemt huisarts Tim de Graaf de praktijk over. U hoeft zich niet opnieuw in te schrijven. Patiënt: ${bare(person)}, geboren ${num(bd, lang)}.`, `Uw medisch dossier gaat over naar de nieuwe huisarts, tenzij u vóór ${num(obj, lang)} bezwaar maakt.`], sign: "Huisartsenpraktijk Kloosterveen" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, [], L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "gp-retirement-letter", lang }, r, 0.36);
  }
  const s = PIANO[lang];
  const deliv = workday(addDays(x, r.int(5, 20)));
  const rentFrom = deliv.d === 1 ? deliv : firstOf(addMonths(deliv, 1));
  const minEnd = addDays(addMonths(rentFrom, 12), -1);
  const optEnd = addDays(addMonths(rentFrom, 36), -1);
  const rent = r.pick([39, 45, 49, 55, 65]);
  const model = r.pick(["Yamaha b1", "Kawai K-15", "Schimmel C 116", "Yamaha U1 (reconditioned)"]);
  const serial = r.int(100000, 6999999);
  const L = {
    en: { h: "PIANO RENTAL AGREEMENT", b: [`Instrument: ${model}, serial no. ${serial}`, `Delivery to the hirer's address on ${longDay(deliv, lang)}; delivery charge £95.00 payable on delivery.`, `Rent: £${rent}.00 per month, payable monthly in advance by Direct Debit, from ${dt(rentFrom, lang, r)}.`, `Minimum hire period: 12 months, ending ${dt(minEnd, lang, r)}; thereafter one month's notice.`, `Purchase option: rent paid until ${dt(optEnd, lang, r)} is credited in full against the purchase price.`], sig: "Signed for Forsyth Pianos ______________    Hirer ______________", at: "Date" },
    de: { h: "MIETVERTRAG KLAVIER", b: [`Instrument: ${model}, Seriennummer ${serial}`, `Anlieferung am ${longDay(deliv, lang)}; Transportpauschale 120,00 €.`, `Mietzins: ${rent},00 € monatlich im Voraus per Lastschrift, beginnend am ${num(rentFrom, lang)}.`, `Mindestmietzeit 12 Monate bis ${num(minEnd, lang)}, danach monatlich kündbar.`, `Kaufoption: Bis zum ${num(optEnd, lang)} gezahlte Mieten werden voll auf den Kaufpreis angerechnet.`], sig: "Vermieter ______________    Mieter ______________", at: "Ort, Datum" },
    fr: { h: "CONTRAT DE LOCATION DE PIANO", b: [`Instrument : ${model}, n° de série ${serial}`, `Livraison le ${longDay(deliv, lang)} ; frais de livraison 150,00 €.`, `Loyer : ${rent},00 € par mois, payable d'avance par prélèvement, à compter du ${num(rentFrom, lang)}.`, `Durée minimale : 12 mois, soit jusqu'au ${num(minEnd, lang)}, puis résiliable avec un mois de préavis.`, `Option d'achat : les loyers versés jusqu'au ${num(optEnd, lang)} sont déduits du prix d'achat.`], sig: "Le loueur ______________    Le locataire (« lu et approuvé ») ______________", at: "Fait à" },
    es: { h: "CONTRATO DE ALQUILER DE PIANO", b: [`Instrumento: ${model}, n.º de serie ${serial}`, `Entrega ${longDay(deliv, lang)} de ${deliv.y}; portes 110,00 €.`, `Cuota: ${rent},00 € mensuales por domiciliación, desde el ${num(rentFrom, lang)}.`, `Duración mínima: 12 meses, hasta el ${num(minEnd, lang)}.`, `Opción de compra: las cuotas abonadas hasta el ${num(optEnd, lang)} se descuentan del precio.`], sig: "El arrendador ______________    El arrendatario ______________", at: "En" },
    it: { h: "CONTRATTO DI NOLEGGIO PIANOFORTE", b: [`Strumento: ${model}, matricola ${serial}`, `Consegna ${longDay(deliv, lang)}; trasporto 130,00 €.`, `Canone: ${rent},00 € mensili anticipati tramite SDD, a decorrere dal ${num(rentFrom, lang)}.`, `Durata minima: 12 mesi, fino al ${num(minEnd, lang)}.`, `Riscatto: i canoni versati fino al ${num(optEnd, lang)} sono scalati dal prezzo di acquisto.`], sig: "Il locatore ______________    Il conduttore ______________", at: "Luogo e data" },
    nl: { h: "HUUROVEREENKOMST PIANO", b: [`Instrument: ${model}, serienummer ${serial}`, `Levering op ${longDay(deliv, lang)}; transportkosten € 125,00.`, `Huur: € ${rent},00 per maand, vooruit te voldoen via automatische incasso, ingaande ${num(rentFrom, lang)}.`, `Minimale huurtermijn 12 maanden, tot en met ${num(minEnd, lang)}; daarna maandelijks opzegbaar.`, `Koopoptie: huur betaald tot ${num(optEnd, lang)} wordt volledig verrekend met de koopprijs.`], sig: "Verhuurder ______________    Huurder ______________", at: "Plaats en datum" },
  }[lang];
  const signLine = { en: `${L.at}: ${dt(x, lang, r)}`, de: `${L.at}: ${s.city}, ${num(x, lang)}`, fr: `${L.at} ${s.city}, le ${num(x, lang)}`, es: `${L.at} ${s.city}, a ${dt(x, lang, r)}`, it: `${L.at}: ${s.city}, ${num(x, lang)}`, nl: `${L.at}: ${s.city}, ${dt(x, lang, r)}` }[lang];
  const lines = [s.name, s.addr, "", L.h, "", `${{ en: "Hirer", de: "Mieter", fr: "Locataire", es: "Arrendatario", it: "Conduttore", nl: "Huurder" }[lang]}: ${bare(person)}, ${home(r, lang).replace("\n", ", ")}`, "", ...L.b.map((b, i) => `${i + 1}. ${b}`), "", signLine, L.sig, "", s.foot];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "piano-rental-agreement", lang }, r, 0.36);
};

// T10 — what a phone or a scanner app hands over without a printed date of its own, dated only by the file name in
// shapes no other half uses ("Adobe Scan 03 Mar 2025.pdf", "Evernote Snapshot 20250303 143210.jpg", a user's own
// with a two-digit year "Kassenbon 03.03.25.jpg", WhatsApp Desktop's "WhatsApp Image 2025-03-03 at 14.32.10_1a2b3c4d.jpg",
// a user's own with underscores "2025_03_03 Zählerstand.jpg"); and pages with no date at all (label null): a shop's
// leaflet of opening hours (its sender named), a recipe card, a parking permit's rules, a bin collection sticker's
// rules, a product's care label text. Taken in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  if (turn(n, 2) === 0) {
    const shape = Math.floor(n / 2) % 5;
    const texts: PerLang<string[]> = {
      en: ["Handwritten receipt\nReceived from Mrs Walsh £60 cash\nfor 3 sessions babysitting\nThanks! — Chloe", "SHOPPING LIST\nmilk, eggs, bread\nbin bags\nbirthday card for Tom", "1 Flat White  3.45\n1 Croissant  2.20\nTOTAL  5.65\nCard", "Meter: E 10K 4412\nReading 51 208", "Plumber's note: stopcock under sink, bleed radiators upstairs first"],
      de: ["Quittung\nErhalten von Fam. Krüger 60,00 € bar\nfür 3x Babysitten\nDanke! Lina", "EINKAUF\nMilch, Eier, Brot\nMüllbeutel\nGeburtstagskarte für Opa", "2 Brötchen 0,90\n1 Butterbrezel 1,60\nSUMME 2,50\nBAR", "Zähler Nr. 1ESY1160 4412\nStand 51208,4 kWh", "Hausmeister: Hauptwasserhahn im Keller links, Heizkörper oben zuerst entlüften"],
      fr: ["Reçu\nReçu de Mme Lefèvre 60 € en espèces\npour 3 gardes d'enfants\nMerci ! Chloé", "COURSES\nlait, œufs, pain\nsacs poubelle\ncarte d'anniversaire Papi", "1 baguette 1,20\n2 croissants 2,40\nTOTAL 3,60\nCB", "Compteur Linky 0211 4412\nIndex 51208", "Plombier : vanne d'arrêt sous l'évier, purger d'abord les radiateurs de l'étage"],
      es: ["Recibí\nde Dña. Lucía Sánchez 60 € en efectivo\npor 3 tardes de canguro\n¡Gracias! Paula", "LISTA DE LA COMPRA\nleche, huevos, pan\nbolsas de basura\ntarjeta cumpleaños abuelo", "2 cafés con leche 3,00\n1 tostada 2,20\nTOTAL 5,20\nEfectivo", "Contador n.º 4412\nLectura 51208", "Fontanero: llave de paso bajo el fregadero, purgar primero los radiadores de arriba"],
      it: ["Ricevuta\nRicevuto dalla Sig.ra Esposito 60 € in contanti\nper 3 serate di babysitting\nGrazie! Sara", "LISTA SPESA\nlatte, uova, pane\nsacchi immondizia\nbiglietto compleanno nonno", "2 cappuccini 3,00\n2 cornetti 2,40\nTOTALE 5,40\nContanti", "Contatore n. 4412\nLettura 51208", "Idraulico: rubinetto generale sotto il lavello, sfiatare prima i termosifoni di sopra"],
      nl: ["Kwitantie\nOntvangen van mevr. Jansen € 60 contant\nvoor 3x oppassen\nDank je! Fleur", "BOODSCHAPPEN\nmelk, eieren, brood\nvuilniszakken\nverjaardagskaart opa", "2 krentenbollen 1,90\n1 brood 3,25\nTOTAAL 5,15\nPIN", "Meter nr. 4412\nStand 51208", "Loodgieter: hoofdkraan onder het aanrecht, eerst radiatoren boven ontluchten"],
    };
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const hh = pad(r.int(7, 22)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const word = { en: ["receipt", "meter reading"], de: ["Kassenbon", "Zählerstand"], fr: ["ticket", "relevé compteur"], es: ["ticket", "lectura contador"], it: ["scontrino", "lettura contatore"], nl: ["bonnetje", "meterstand"] }[lang];
    const hex = Array.from({ length: 8 }, () => "0123456789abcdef"[r.int(0, 15)]).join("");
    const filename = [`Adobe Scan ${pad(x.d)} ${MONTHS_ABBR.en[x.m - 1]!} ${x.y}.pdf`, `Evernote Snapshot ${ymd} ${hh}${mi}${ss}.jpg`, `${word[0]} ${pad(x.d)}.${pad(x.m)}.${String(x.y).slice(2)}.jpg`, `WhatsApp Image ${x.y}-${pad(x.m)}-${pad(x.d)} at ${hh}.${mi}.${ss}_${hex}.jpg`, `${x.y}_${pad(x.m)}_${pad(x.d)} ${word[1]}.jpg`][shape]!;
    return { text: texts[lang][shape]!, filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["adobe-scan", "evernote-snapshot", "user-two-digit-year", "whatsapp-desktop", "user-underscored-date"][shape]}`, lang };
  }
  const shape = Math.floor(n / 2) % 5;
  const shop = { en: "Hungry Hedgehog Wholefoods", de: "Naturkost Kornblume", fr: "Biocoop La Gambille", es: "Herbolario y Ecotienda La Garbancita", it: "NaturaSì Bottega Bio", nl: "Natuurwinkel De Groene Weg" }[lang];
  const texts: PerLang<string[]> = {
    en: [`${shop}\nOPENING HOURS\nMon–Fri 8am–7pm · Sat 8am–6pm · Sun 10am–4pm\nRefill station · Bring your own containers`, "GRANDMA'S FLAPJACKS\n250g oats, 125g butter, 125g sugar, 3 tbsp golden syrup\n180°C for 20–25 minutes", "RESIDENTS' PARKING\nDisplay permit clearly in the windscreen.\nPermits are not valid in pay & display bays.", "Bins: green = garden waste only. No plastic bags. Lid must close.", "Care: wash at 30°C, do not tumble dry, iron on low heat."],
    de: [`${shop}\nÖFFNUNGSZEITEN\nMo–Fr 8–19 Uhr · Sa 8–18 Uhr\nUnverpackt-Station · Bitte eigene Behälter mitbringen`, "OMAS HAFERFLOCKENKEKSE\n250 g Haferflocken, 125 g Butter, 125 g Zucker, 1 Ei\n180 °C, 15 Minuten", "ANWOHNERPARKEN\nAusweis gut sichtbar hinter der Windschutzscheibe auslegen.\nGilt nicht auf Parkscheinplätzen.", "Biotonne: keine Plastiktüten, auch keine kompostierbaren. Deckel muss schließen.", "Pflegehinweis: 30 °C Schonwaschgang, nicht im Trockner trocknen."],
    fr: [`${shop}\nHORAIRES\nLun–sam 9h–19h30 · Dim 9h–12h30\nRayon vrac · Apportez vos contenants`, "GÂTEAU AU YAOURT DE MAMIE\n1 pot de yaourt, 2 pots de sucre, 3 pots de farine, 3 œufs\n180 °C, 35 minutes", "STATIONNEMENT RÉSIDENTIEL\nApposer la vignette derrière le pare-brise.\nNon valable sur les places livraison.", "Bac vert : déchets végétaux uniquement. Pas de sacs plastiques.", "Entretien : lavage à 30 °C, pas de sèche-linge, repassage doux."],
    es: [`${shop}\nHORARIO\nLunes a sábado 9:30–14:00 y 17:00–20:30\nProductos a granel · Trae tu envase`, "BIZCOCHO DE LA ABUELA\n1 yogur, 2 medidas de azúcar, 3 de harina, 3 huevos\n180 °C, 35 minutos", "ESTACIONAMIENTO RESIDENTES\nColoque la tarjeta visible en el parabrisas.\nNo válida en zona azul.", "Contenedor marrón: solo orgánico. Sin bolsas de plástico.", "Cuidado: lavar a 30 °C, no usar secadora."],
    it: [`${shop}\nORARI\nLun–sab 8:30–19:30 · Dom chiuso\nAngolo sfuso · Porta i tuoi contenitori`, "CIAMBELLONE DELLA NONNA\n300 g farina, 200 g zucchero, 3 uova, 1 bustina di lievito\n180 °C per 40 minuti", "PARCHEGGIO RESIDENTI\nEsporre il contrassegno in modo ben visibile.\nNon valido sulle strisce blu.", "Umido: solo sacchetti compostabili. Chiudere il coperchio.", "Manutenzione: lavare a 30 °C, non asciugare in asciugatrice."],
    nl: [`${shop}\nOPENINGSTIJDEN\nma–za 8.30–18.00 · koopavond do tot 21.00\nTapstation · Neem je eigen potten mee`, "OMA'S APPELTAART\n300 g bloem, 200 g boter, 150 g suiker, 1 kg appels\n175 °C, 60 minuten", "VERGUNNINGPARKEREN\nVergunning zichtbaar achter de voorruit.\nNiet geldig op laadplekken.", "GFT-container: geen plastic zakken. Deksel moet dicht kunnen.", "Wasvoorschrift: 30 °C, niet in de droger."],
  };
  return { text: texts[lang][shape]!, filename: r.pick(["scan0004.pdf", "IMG_E2291.JPG", "Scanned Document 7.pdf", "image (2).png", "received_10226418.jpeg", "DSC_0412.JPG"]), documentDate: null, correspondent: shape === 0 ? shop : null, kind: "undated-page", lang };
};

export const HELDOUT12_TEMPLATES: Template[] = [receipts, ticketsAndOrders, tradesInvoices, onlineAndBills, statements, insurance, authorities, work, lettersAndContract, photosAndScans];
export const heldout12Langs = (): Lang[] => ALL;
