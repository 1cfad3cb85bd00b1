// The eighth HELD-OUT half of the fields dev set (issue 17), round 11: written and committed (with its JSONL)
// before any reader change of round 11, to measure the document-date, correspondent and total readers on documents
// nobody tuned on. Never read by training, never used to choose between variants before the one measurement.
// Written from the earlier halves' headers and templates only (not from the readers). Like heldout6 and heldout7,
// its mix follows what a household or a small office uploads, in proportions close to reality, in layouts and
// wordings no other half uses: receipts (a fuel station's with pump, litres and a card expiry MM/YY; a hardware
// store's with a return-by line; a pharmacy's with the prescription's earlier date; a restaurant bill with table,
// covers and opening and closing times; a car park's ticket with entry and exit, sometimes on the day before),
// invoices (a freelancer's with the service period and a due date; web hosting with the contract term and the next
// renewal — a US host in dollars with month-first dates; a plumber's with the call-out day; a dentist's with
// treatment days and the patient's birth date; an online subscription with the billing period, the next charge and
// the card's expiry — a US service in dollars), bills (internet with the minimum term's end and the debit date;
// gas with meter readings; water; council tax, property tax, IBI, TARI and municipal charges with instalments),
// bank letters (a savings account's annual interest notice for the year before; a loan statement with the period
// end, the next and the final instalment; a mortgage letter with the fixed rate's end and the new rate's start),
// letters from employers (a pay rise effective from a date; a confirmation of employment with the start and birth
// dates), landlords (a rent increase from a date, citing an earlier letter; the yearly service-charge statement),
// insurers (home-contents renewal with the cover period and premium; a claim settlement with the date of loss),
// authorities (a pension office's annual statement with birth and retirement dates; a tax office's request for
// documents by a deadline; a vehicle registration office's letter with first registration, the licence's issue
// date and an inspection due), contracts and order confirmations (a broadband contract signed at the foot with the
// start and the minimum term; a furniture order with the delivery week and a deposit), and a few less common kinds
// (a lab report with the sample's date and the birth date; a library's overdue notice; a boiler service record
// with the next service due). About one in twenty is a phone photo or scan dated only by its file name, one in
// twenty carries no date (label null). Dates as these senders print them: "3 March 2025", "3rd March 2025",
// "3 Mar 2025", "03/03/2025", "03.03.2025", "3. März 2025", "3.3.2025", "3 mars 2025", "le 3 mars 2025",
// "3 de marzo de 2025", "03/03/2025", "3-3-2025", "3 marzo 2025", "03.03.2025", "3 maart 2025", "03-03-2025",
// ISO dates from systems, times beside them; "03/05/2025" and "March 5, 2025" for 5 March only from US senders.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, pad, PEOPLE, randomDay, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, VAT, type Org, org, ord, cents, monthEnd, bare, bareAmt, cols, num, num2, usNum, usd, hm, home, totalOf, usTotal, turn, scannedAt } from "./common.ts";

/** The date as this half's (European) documents print it in running text and letter heads. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${ord(x.d)} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${M} ${x.y}`, `${x.d}.${x.m}.${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${x.d}-${x.m}-${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    nl: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d}-${x.m}-${x.y}`],
  };
  return r.pick(forms[lang]);
}
/** A letter's place-and-date line. */
const placeDate = (city: string, x: Day, lang: Lang, r: Rng) =>
  ({ en: dt(x, lang, r), de: `${city}, ${dt(x, lang, r)}`, fr: `${city}, le ${dt(x, lang, r)}`, es: `${city}, ${dt(x, lang, r)}`, it: `${city}, ${dt(x, lang, r)}`, nl: `${city}, ${dt(x, lang, r)}` })[lang];
const usLong = (x: Day, r: Rng) => (r.chance(0.5) ? `${MONTHS.en[x.m - 1]!} ${x.d}, ${x.y}` : `${MONTHS_ABBR.en[x.m - 1]!} ${x.d}, ${x.y}`);
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `£${amount(v, "en")}`, `GBP ${amount(v, "en")}`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`]);
  if (lang === "nl") return r.pick([`€ ${amount(v, "de")}`, `€ ${amount(v, "de")}`, `EUR ${amount(v, "de")}`]);
  return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);
}
const born = (r: Rng, from = 1950, to = 2002): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
const prevMonth = (x: Day): Day => (x.m === 1 ? { y: x.y - 1, m: 12, d: 1 } : { y: x.y, m: x.m - 1, d: 1 });
const mmyy = (r: Rng, x: Day) => `${pad(r.int(1, 12))}/${String(x.y + r.int(1, 4)).slice(2)}`;
const scanned = scannedAt(0.25, 0.03);
const salute = (person: string, lang: Lang) => {
  const name = bare(person);
  const last = name.split(" ").pop()!;
  return {
    en: `Dear ${person.replace(/^(Mr|Ms|Mrs|Dr) .* /, "$1 ")}`.trim() + ",",
    de: `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${last},`,
    fr: person.startsWith("Mme") ? "Madame," : "Monsieur,",
    es: `Estimado/a Sr./Sra. ${last}:`,
    it: `Gentile ${person.startsWith("Sig.ra") ? "Signora" : "Signor"} ${last},`,
    nl: `Geachte ${person.startsWith("Mevr") ? "mevrouw" : "heer"} ${last},`,
  }[lang];
};
const regards: PerLang<string> = { en: "Yours sincerely,", de: "Mit freundlichen Grüßen", fr: "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.", es: "Atentamente,", it: "Cordiali saluti,", nl: "Met vriendelijke groet," };

// ─── Receipts ────────────────────────────────────────────────────────────────────────────────────────────────────

const FUEL: PerLang<Org> = {
  en: org("Esso Ringwood Road", "Ringwood Road Service Station, Ferndown BH22 9AN", "Operated by MFG Ltd · VAT No. GB 249 7712 53", "Ferndown"),
  de: org("Aral Tankstelle", "Inh. M. Demir · Kasseler Straße 140 · 34123 Kassel", "St.-Nr. 026/245/31877", "Kassel"),
  fr: org("Station TotalEnergies Relais de la Forêt", "RN 10, 78120 Rambouillet", "SIRET 542 034 921 00087", "Rambouillet"),
  es: org("Estación de Servicio Repsol Las Rozas", "Ctra. A-6 km 18,5, 28232 Las Rozas", "CIF B-83445521", "Las Rozas"),
  it: org("Stazione di servizio Eni", "Via Emilia Ovest 312, 41123 Modena", "P.IVA 02918730366", "Modena"),
  nl: org("Tinq Zwolle Hanzelaan", "Hanzelaan 60, 8017 JE Zwolle", "KvK 27154880", "Zwolle"),
};
const DIY: PerLang<Org> = {
  en: org("Screwfix Direct Ltd", "Unit 3, Riverside Trade Park, Exeter EX2 8DP", "VAT Reg No. 232 9478 20", "Exeter"),
  de: org("Hornbach Baumarkt AG", "Filiale Karlsruhe-Grünwinkel · Durmersheimer Str. 70 · 76185 Karlsruhe", "USt-IdNr. DE 143 491 102", "Karlsruhe"),
  fr: org("Castorama", "Zone commerciale du Grand Frais, 38130 Échirolles", "SAS Castorama France · RCS Lille 451 678 973", "Échirolles"),
  es: org("Bricomart", "Avda. de la Industria 22, 28823 Coslada", "CIF A-60977873", "Coslada"),
  it: org("Bricoman Italia S.r.l.", "Via dell'Artigianato 9, 35129 Padova", "P.IVA 07837460963", "Padova"),
  nl: org("Praxis Doe-het-zelf Center", "Kanaalweg 18, 3526 KL Utrecht", "Maxeda DIY B.V. · KvK 34219876", "Utrecht"),
};
const PHARMA: PerLang<Org> = {
  en: org("Lloyds Pharmacy", "112 Northgate Street, Chester CH1 2HT", "GPhC Reg. 1039871 · VAT GB 211 4420 96", "Chester"),
  de: org("Löwen-Apotheke", "Apothekerin Birgit Haas e.K. · Marktstraße 9 · 72070 Tübingen", "IK 308103457 · USt-IdNr. DE 146 778 310", "Tübingen"),
  fr: org("Pharmacie des Halles", "2 place des Halles, 37000 Tours", "SELARL Pharmacie des Halles · SIRET 803 112 447 00016 · FINESS 370012345", "Tours"),
  es: org("Farmacia Ldo. Jorge Beltrán", "Calle Real 41, 15003 A Coruña", "NIF 32781456-K", "A Coruña"),
  it: org("Farmacia San Marco Dr. Pozzi", "Campo San Luca 4590, 30124 Venezia", "P.IVA 03771290275", "Venezia"),
  nl: org("Apotheek De Linde", "Lindelaan 3, 6821 GN Arnhem", "AGB 06010233 · KvK 09155672", "Arnhem"),
};
const RESTO: PerLang<Org> = {
  en: org("The Anchor Inn", "Quay Street, Falmouth TR11 3HH", "Anchor Inns Ltd · VAT 196 4430 71", "Falmouth"),
  de: org("Ristorante Da Vinci", "Schillerplatz 5 · 70173 Stuttgart", "Inh. G. Russo · St.-Nr. 99012/44719", "Stuttgart"),
  fr: org("Le Bistrot du Port", "11 quai Saint-Pierre, 06400 Cannes", "SARL Bistrot du Port · SIRET 488 902 113 00022", "Cannes"),
  es: org("Taberna El Pilón", "Calle Estafeta 12, 31001 Pamplona", "CIF B-31887621", "Pamplona"),
  it: org("Osteria del Ponte", "Via Ponte Vecchio 3, 37121 Verona", "P.IVA 04221350233", "Verona"),
  nl: org("Brasserie Het Veerhuis", "Veerweg 2, 4191 KJ Geldermalsen", "KvK 11067234", "Geldermalsen"),
};
const PARK: PerLang<Org> = {
  en: org("NCP Car Parks", "Manchester Piccadilly Station MSCP", "National Car Parks Ltd · VAT GB 232 2240 15", "Manchester"),
  de: org("APCOA PARKING Deutschland GmbH", "Parkhaus Hauptbahnhof · Bahnhofplatz 3 · 28195 Bremen", "USt-IdNr. DE 147 823 099", "Bremen"),
  fr: org("Indigo Parking Gare Part-Dieu", "Boulevard Vivier-Merle, 69003 Lyon", "Indigo Infra France SAS · RCS Nanterre 440 348 975", "Lyon"),
  es: org("Aparcamiento Empark Plaza Mayor", "Calle Mayor 1, 28012 Madrid", "Empark Aparcamientos y Servicios S.A. · CIF A-78177863", "Madrid"),
  it: org("Parcheggio Saba Stazione Centrale", "Piazza Duca d'Aosta 1, 20124 Milano", "Saba Italia S.p.A. · P.IVA 05764481006", "Milano"),
  nl: org("Q-Park Centrum", "Vredenburg 40, 3511 BD Utrecht", "Q-Park Operations Netherlands B.V. · KvK 14105731", "Utrecht"),
};

// T1 — receipts in five kinds, taken in turn: a fuel station's, a hardware store's, a pharmacy's, a restaurant's
// bill with table and covers, a car park's exit receipt.
let receiptTurn = 0;
const receipts: Template = (r, lang) => {
  const k = turn(receiptTurn++, 5);
  const x = randomDay(r);
  const t = hm(r, 7, 21);
  if (k === 0) {
    const s = FUEL[lang];
    const litres = r.int(1800, 6200) / 100;
    const price = r.int(1589, 1929) / 1000;
    const fuel = cents(litres * price);
    const extra = r.chance(0.4) ? r.pick([2.5, 3.99, 1.8]) : 0;
    const total = cents(fuel + extra);
    const L = {
      en: { pump: "Pump", prod: "Unleaded", per: "£/L", ex: "Coffee Medium", tot: "TOTAL", card: "CONTACTLESS VISA", exp: "EXP", vat: "VAT 20.00% incl.", bye: "Thank you for visiting Esso" },
      de: { pump: "Säule", prod: "Super E10", per: "EUR/L", ex: "Kaffee to go", tot: "Summe EUR", card: "girocard kontaktlos", exp: "gültig bis", vat: "MwSt. 19 % enthalten", bye: "Gute Fahrt!" },
      fr: { pump: "Pompe", prod: "SP95-E10", per: "€/L", ex: "Café grand", tot: "TOTAL TTC", card: "CB SANS CONTACT", exp: "FIN VAL", vat: "dont TVA 20 %", bye: "Merci et bonne route" },
      es: { pump: "Surtidor", prod: "Gasolina 95", per: "€/L", ex: "Café con leche", tot: "TOTAL", card: "TARJETA VISA", exp: "CAD", vat: "IVA 21 % incluido", bye: "Gracias por su visita" },
      it: { pump: "Erogatore", prod: "Benzina SP", per: "€/L", ex: "Caffè", tot: "TOTALE", card: "CARTA MASTERCARD", exp: "SCAD", vat: "di cui IVA 22%", bye: "Grazie e buon viaggio" },
      nl: { pump: "Pomp", prod: "Euro 95 E10", per: "€/l", ex: "Koffie", tot: "TOTAAL", card: "PIN CONTACTLOOS", exp: "Geldig t/m", vat: "Incl. 21% btw", bye: "Bedankt en goede reis" },
    }[lang];
    const head = r.chance(0.5);
    const stamp = `${num(x, lang)}  ${t}  #${r.int(1000, 9999)}`;
    const lines = [
      s.name,
      s.addr,
      s.foot,
      "",
      ...(head ? [stamp, ""] : []),
      `${L.pump} ${r.int(1, 12)}  ${L.prod}`,
      cols(`  ${amount(litres, lang === "en" ? "plain-dot" : "plain-comma")} L x ${lang === "en" ? price.toFixed(3) : price.toFixed(3).replace(".", ",")} ${L.per}`, bareAmt(fuel, lang), 34),
      ...(extra ? [cols(L.ex, bareAmt(extra, lang), 34)] : []),
      cols(L.tot, bareAmt(total, lang), 34),
      L.vat,
      "",
      `${L.card}  **** **** **** ${r.int(1000, 9999)}`,
      `${L.exp} ${mmyy(r, x)}`,
      ...(head ? [] : ["", stamp]),
      L.bye,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "fuel-receipt", lang }, r, 0.35);
  }
  if (k === 1) {
    const s = DIY[lang];
    const L = {
      en: { items: ["4x50mm Wood Screws 200pk", "Polyfilla 1kg", "Dulux Matt White 5L", "Masking Tape 25mm", "Stanley Knife Blades 10pk", "Timber 2x4 2.4m"], tot: "Total", pay: "Card", ret: "Changed your mind? Return unused items by", till: "Till", staff: "Served by" },
      de: { items: ["Spax Schrauben 4x40 200 St.", "Silikon sanitär weiß", "Kreppband 30 mm", "Dübel 8 mm 50 St.", "Wandfarbe weiß 10 l", "Cuttermesser Ersatzklingen"], tot: "Zu zahlen", pay: "EC-Karte", ret: "Rückgabe originalverpackter Ware bis", till: "Kasse", staff: "Kassierer" },
      fr: { items: ["Vis agglo 4x40 x200", "Mastic silicone blanc", "Ruban de masquage", "Chevilles 8 mm x50", "Peinture blanc mat 10 L", "Lames cutter x10"], tot: "Total TTC", pay: "Carte bancaire", ret: "Retour des articles non utilisés jusqu'au", till: "Caisse", staff: "Hôtesse" },
      es: { items: ["Tornillo madera 4x40 200u", "Silicona blanca", "Cinta carrocero", "Tacos 8 mm 50u", "Pintura plástica blanca 15 L", "Cuchillas cúter 10u"], tot: "Total", pay: "Tarjeta", ret: "Devolución de artículos sin usar hasta el", till: "Caja", staff: "Cajero/a" },
      it: { items: ["Viti legno 4x40 conf. 200", "Silicone bianco", "Nastro carta 30 mm", "Tasselli 8 mm conf. 50", "Idropittura bianca 14 L", "Lame cutter conf. 10"], tot: "Totale", pay: "Carta", ret: "Reso merce non utilizzata entro il", till: "Cassa", staff: "Cassiere" },
      nl: { items: ["Spaanplaatschroeven 4x40 200st", "Siliconenkit wit", "Afplaktape 30 mm", "Pluggen 8 mm 50st", "Muurverf wit 10 l", "Afbreekmesjes 10st"], tot: "Totaal", pay: "PIN", ret: "Ongebruikte artikelen retour tot", till: "Kassa", staff: "Medewerker" },
    }[lang];
    const picks = L.items.filter(() => r.chance(0.5));
    const items = (picks.length ? picks : L.items.slice(0, 2)).map((d) => ({ d, q: r.chance(0.3) ? r.int(2, 4) : 1, p: r.int(149, 4999) / 100 }));
    const total = cents(items.reduce((a, i) => a + i.q * i.p, 0));
    const days = { en: 90, de: 30, fr: 60, es: 30, it: 30, nl: 30 }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      ...items.flatMap((i) => (i.q > 1 ? [i.d, cols(`   ${i.q} @ ${bareAmt(i.p, lang)}`, bareAmt(cents(i.q * i.p), lang), 36)] : [cols(i.d, bareAmt(i.p, lang), 36)])),
      "-".repeat(44),
      cols(L.tot, bareAmt(total, lang), 36),
      cols(L.pay, bareAmt(total, lang), 36),
      "",
      `${L.till} ${pad(r.int(1, 14))}   ${L.staff} ${r.int(100, 999)}   ${num(x, lang)} ${t}`,
      `${L.ret} ${num(addDays(x, days), lang)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "hardware-receipt", lang }, r, 0.3);
  }
  if (k === 2) {
    const s = PHARMA[lang];
    const rx = addDays(x, -r.int(1, 20));
    const L = {
      en: { rx: "NHS prescription dated", chg: "Prescription charge", items: ["Paracetamol 500mg 16 tabs", "Cetirizine 10mg 30 tabs", "Vitamin C 1000mg", "Throat lozenges"], tot: "TOTAL", pay: "Debit card" },
      de: { rx: "Rezept vom", chg: "Zuzahlung Rezept", items: ["Ibuprofen 400 mg 20 St.", "Bepanthen Wundsalbe 20 g", "Magnesium 400 Brausetabl.", "Halstabletten"], tot: "Summe", pay: "Karte" },
      fr: { rx: "Ordonnance du", chg: "Reste à charge ordonnance", items: ["Doliprane 1000 mg", "Sérum physiologique x40", "Vitamine D3 gouttes", "Pastilles gorge"], tot: "TOTAL", pay: "CB" },
      es: { rx: "Receta electrónica de", chg: "Aportación receta", items: ["Ibuprofeno 600 mg 40 comp.", "Suero fisiológico", "Vitamina C efervescente", "Pastillas garganta"], tot: "TOTAL", pay: "Tarjeta" },
      it: { rx: "Ricetta del", chg: "Ticket ricetta", items: ["Tachipirina 500 mg", "Soluzione fisiologica", "Integratore magnesio", "Pastiglie gola"], tot: "TOTALE", pay: "Bancomat" },
      nl: { rx: "Recept d.d.", chg: "Eigen bijdrage recept", items: ["Paracetamol 500 mg 20 st", "Neusspray zout", "Vitamine D 25 mcg", "Keelpastilles"], tot: "TOTAAL", pay: "PIN" },
    }[lang];
    const charge = { en: 9.9, de: 5, fr: 2.8, es: 4.15, it: 3.5, nl: 6.5 }[lang];
    const hasRx = r.chance(0.6);
    const items = L.items.filter(() => r.chance(0.45)).map((d) => ({ d, p: r.int(199, 1499) / 100 }));
    if (!hasRx && !items.length) items.push({ d: L.items[0]!, p: 3.49 });
    const total = cents(items.reduce((a, i) => a + i.p, 0) + (hasRx ? charge : 0));
    const lines = [
      s.name,
      s.addr,
      s.foot,
      "",
      cols(num(x, lang), t, 30),
      "",
      ...(hasRx ? [`${L.rx} ${num(rx, lang)}`, cols(`  ${L.chg}`, bareAmt(charge, lang), 36)] : []),
      ...items.map((i) => cols(i.d, bareAmt(i.p, lang), 36)),
      cols(L.tot, bareAmt(total, lang), 36),
      cols(L.pay, bareAmt(total, lang), 36),
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "pharmacy-receipt", lang }, r, 0.3);
  }
  if (k === 3) {
    const s = RESTO[lang];
    const covers = r.int(2, 6);
    const L = {
      en: { table: "Table", cov: "Covers", server: "Server", items: ["Fish & Chips", "Steak & Ale Pie", "Pint Doom Bar", "Sticky Toffee Pudding", "Glass House White", "Sparkling Water"], sub: "Subtotal", svc: "Service 12.5% (discretionary)", tot: "TOTAL", open: "Opened", close: "Printed", promo: "Book again before" , promo2: "and enjoy a free dessert" },
      de: { table: "Tisch", cov: "Personen", server: "Bedienung", items: ["Pizza Margherita", "Spaghetti Carbonara", "Insalata Mista", "Tiramisu", "Hauswein rot 0,25", "Mineralwasser 0,75"], sub: "Zwischensumme", svc: "", tot: "Summe", open: "Geöffnet", close: "Gedruckt", promo: "Gutschein 10 % gültig bis", promo2: "" },
      fr: { table: "Table", cov: "Couverts", server: "Serveur", items: ["Menu du jour", "Moules frites", "Salade niçoise", "Café gourmand", "Pichet rosé 50 cl", "Eau pétillante"], sub: "Sous-total", svc: "Service compris", tot: "TOTAL TTC", open: "Ouverture", close: "Édition", promo: "Offre fidélité valable jusqu'au", promo2: "" },
      es: { table: "Mesa", cov: "Comensales", server: "Camarero", items: ["Pimientos del piquillo", "Chistorra", "Chuletón 1 kg", "Cuajada", "Rioja crianza botella", "Agua mineral"], sub: "Base imponible", svc: "IVA 10 % incluido", tot: "TOTAL", open: "Apertura", close: "Impreso", promo: "", promo2: "" },
      it: { table: "Tavolo", cov: "Coperti", server: "Cameriere", items: ["Coperto", "Bigoli all'anatra", "Risotto all'Amarone", "Pastissada", "Valpolicella 1/2 l", "Acqua frizzante"], sub: "Subtotale", svc: "", tot: "TOTALE", open: "Apertura", close: "Chiusura", promo: "", promo2: "" },
      nl: { table: "Tafel", cov: "Couverts", server: "Bediening", items: ["Uitsmijter ham-kaas", "Biefstuk met friet", "Vissoep", "Dame Blanche", "Huiswijn wit glas", "Spa rood"], sub: "Subtotaal", svc: "", tot: "TOTAAL", open: "Geopend", close: "Afgedrukt", promo: "Kortingsbon geldig t/m", promo2: "" },
    }[lang];
    const items = L.items.map((d) => ({ d, q: r.int(0, covers), p: r.int(250, 2600) / 100 })).filter((i) => i.q > 0);
    if (!items.length) items.push({ d: L.items[1]!, q: covers, p: 14.5 });
    const sub = cents(items.reduce((a, i) => a + i.q * i.p, 0));
    const svc = lang === "en" && r.chance(0.6) ? cents(sub * 0.125) : 0;
    const total = cents(sub + svc);
    const opened = `${pad(r.int(12, 20))}:${pad(r.int(0, 59))}`;
    const closed = `${pad(Math.min(23, Number(opened.slice(0, 2)) + r.int(1, 2)))}:${pad(r.int(0, 59))}`;
    const promo = L.promo && r.chance(0.5) ? [`${L.promo} ${num(addDays(x, r.pick([30, 60, 90])), lang)}${L.promo2 ? ` ${L.promo2}` : ""}`] : [];
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.table} ${r.int(1, 40)}   ${L.cov}: ${covers}   ${L.server}: ${r.pick(["Kim", "Luca", "Marie", "Jordi", "Femke", "Sam"])}`,
      `${L.open} ${num2(x, lang)} ${opened}`,
      "",
      ...items.map((i) => cols(`${i.q} ${i.d}`, bareAmt(cents(i.q * i.p), lang), 34)),
      "",
      cols(L.sub, bareAmt(sub, lang), 34),
      ...(svc ? [cols(L.svc, bareAmt(svc, lang), 34)] : L.svc ? [L.svc] : []),
      cols(L.tot, bareAmt(total, lang), 34),
      "",
      `${L.close} ${num2(x, lang)} ${closed}`,
      ...promo,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "restaurant-bill", lang }, r, 0.3);
  }
  const s = PARK[lang];
  const nights = r.chance(0.3) ? r.int(1, 3) : 0;
  const entry = addDays(x, -nights);
  const total = nights ? cents(nights * r.int(1800, 3200) / 100 + r.int(200, 900) / 100) : cents(r.int(2, 9) * r.pick([1.5, 2, 2.4, 3.2]));
  const L = {
    en: { t: "PAY ON FOOT RECEIPT", in: "Entry", out: "Exit", dur: "Duration", fee: "Amount paid", ex: "Please exit within 15 minutes", vat: "Includes VAT" },
    de: { t: "Quittung Parkgebühr", in: "Einfahrt", out: "Bezahlt", dur: "Parkdauer", fee: "Betrag", ex: "Ausfahrt innerhalb von 15 Min.", vat: "inkl. 19 % MwSt." },
    fr: { t: "REÇU DE STATIONNEMENT", in: "Entrée", out: "Sortie", dur: "Durée", fee: "Montant réglé", ex: "Sortie dans les 15 minutes", vat: "TVA 20 % incluse" },
    es: { t: "JUSTIFICANTE DE PAGO", in: "Entrada", out: "Salida", dur: "Tiempo", fee: "Importe", ex: "Dispone de 15 minutos para salir", vat: "IVA incluido" },
    it: { t: "RICEVUTA SOSTA", in: "Ingresso", out: "Uscita", dur: "Durata", fee: "Importo pagato", ex: "Uscire entro 15 minuti", vat: "IVA inclusa" },
    nl: { t: "BETAALBEWIJS PARKEREN", in: "Inrit", out: "Uitrit", dur: "Parkeerduur", fee: "Betaald", ex: "Uitrijden binnen 15 minuten", vat: "Incl. btw" },
  }[lang];
  const inT = hm(r, 6, 12);
  const lines = [
    L.t,
    s.name,
    s.addr,
    "",
    `Ticket ${r.int(100000000, 999999999)}`,
    cols(`${L.in}:`, `${num(entry, lang)} ${inT}`, 14),
    cols(`${L.out}:`, `${num(x, lang)} ${hm(r, 13, 22)}`, 14),
    cols(`${L.dur}:`, nights ? `${nights}d ${r.int(1, 23)}h` : `${r.int(1, 8)}h ${pad(r.int(0, 59))}m`, 14),
    cols(`${L.fee}:`, `${lang === "en" ? "£" : "€"} ${bareAmt(total, lang)}`, 14),
    L.vat,
    "",
    L.ex,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: nights ? "parking-receipt-multiday" : "parking-receipt", lang }, r, 0.3);
};

// ─── Invoices ────────────────────────────────────────────────────────────────────────────────────────────────────

const FREELANCE: PerLang<Org> = {
  en: org("Hannah Moss Design", "Studio 4, 19 Fountain Street, Nottingham NG1 6JU", "Sole trader · UTR 61122 40937", "Nottingham"),
  de: org("Übersetzungsbüro Katja Roth", "Eichendorffstraße 22 · 99096 Erfurt", "Steuernummer 151/245/12093", "Erfurt"),
  fr: org("Thomas Lemaire Photographie", "6 rue des Carmes, 14000 Caen", "Entrepreneur individuel · SIRET 841 227 390 00015", "Caen"),
  es: org("Marta Olmedo · Diseño web", "Calle Zurbano 9, 2º, 28010 Madrid", "NIF 50327788-R", "Madrid"),
  it: org("Dott. Paolo Neri — Consulente informatico", "Via Saragozza 71, 40123 Bologna", "P.IVA 03984110377 · C.F. NREPLA81D22A944K", "Bologna"),
  nl: org("Tekstbureau Sanne Mulder", "Oudegracht 180, 3511 NP Utrecht", "KvK 74123345 · btw-id NL002345678B42", "Utrecht"),
};
const HOST: PerLang<Org> = {
  en: org("Bluepeak Hosting, Inc.", "600 Congress Ave, Suite 1400, Austin, TX 78701", "billing@bluepeak.example · 1-866-555-0177", "Austin"),
  de: org("Netcup Webservices GmbH", "Daimlerstraße 25 · 76185 Karlsruhe", "Amtsgericht Mannheim HRB 705891 · USt-IdNr. DE 262 123 981", "Karlsruhe"),
  fr: org("Gandhost SAS", "63-65 boulevard Masséna, 75013 Paris", "RCS Paris 423 093 459 · TVA FR 81 423 093 459", "Paris"),
  es: org("Dinahosting S.L.", "Rúa das Hedras 4, 15895 Ames (A Coruña)", "CIF B-15869741", "Ames"),
  it: org("Aruba S.p.A.", "Via San Clemente 53, 24036 Ponte San Pietro (BG)", "P.IVA 01573850516", "Ponte San Pietro"),
  nl: org("Vimexx B.V.", "Industrieweg 22, 3401 MA IJsselstein", "KvK 63845212 · btw NL855333098B01", "IJsselstein"),
};
const PLUMBER: PerLang<Org> = {
  en: org("A. Patel Plumbing & Heating", "41 Ashgrove Road, Leicester LE3 0AB", "Gas Safe Reg. 544129 · VAT 318 2201 44", "Leicester"),
  de: org("Sanitär Kowalski GmbH", "Gewerbestraße 7 · 45881 Gelsenkirchen", "HRB 13987 Gelsenkirchen · USt-IdNr. DE 312 004 771", "Gelsenkirchen"),
  fr: org("Plomberie Girard Fils", "14 impasse des Lilas, 31200 Toulouse", "SARL au capital de 8 000 € · SIRET 502 118 743 00029", "Toulouse"),
  es: org("Fontanería Hermanos Prieto S.L.", "Calle Doctor Fleming 33, 47006 Valladolid", "CIF B-47556120", "Valladolid"),
  it: org("Idraulica Ferri Snc", "Via Castiglione 12, 40124 Bologna", "P.IVA 02844911203", "Bologna"),
  nl: org("Loodgietersbedrijf Van Leeuwen", "Ambachtsweg 5, 2222 AK Katwijk", "KvK 28071133 · btw NL001122334B01", "Katwijk"),
};
const DENTIST: PerLang<Org> = {
  en: org("Riverside Dental Practice", "8 Riverside Walk, Shrewsbury SY1 1PH", "Dr K. Okafor BDS · GDC No. 112904", "Shrewsbury"),
  de: org("Zahnarztpraxis Dr. Meike Vogt", "Königstraße 31 · 90402 Nürnberg", "Privatliquidation nach GOZ", "Nürnberg"),
  fr: org("Cabinet dentaire Dr Hélène Roux", "21 cours Mirabeau, 13100 Aix-en-Provence", "N° RPPS 10003987412 · Conventionné secteur 1", "Aix-en-Provence"),
  es: org("Clínica Dental Ortega", "Gran Vía 58, 1º, 48011 Bilbao", "CIF B-95112874 · Reg. Sanitario CS 14720", "Bilbao"),
  it: org("Studio Dentistico Dott.ssa Lucia Conti", "Corso Italia 140, 56125 Pisa", "P.IVA 01987460501", "Pisa"),
  nl: org("Tandartspraktijk Oosterpoort", "Oosterstraat 44, 9711 NW Groningen", "AGB-code 12034567", "Groningen"),
};
const SUBS: PerLang<Org> = {
  en: org("Lumen Notes, Inc.", "548 Market St, PMB 72119, San Francisco, CA 94104", "support@lumennotes.example", "San Francisco"),
  de: org("Zeitungsverlag Niederrhein GmbH", "Abo-Service · Postfach 10 11 22 · 47011 Duisburg", "HRB 4478 Duisburg · USt-IdNr. DE 119 345 221", "Duisburg"),
  fr: org("Le Courrier de l'Ouest Numérique", "Service abonnés, 4 boulevard Albert-Blanchoin, 49100 Angers", "SAS au capital de 1 500 000 € · RCS Angers 301 122 856", "Angers"),
  es: org("Filmoteca Plus S.L.", "Calle Orense 16, 28020 Madrid", "CIF B-88412077", "Madrid"),
  it: org("Musica Libera S.r.l.", "Via Tortona 37, 20144 Milano", "P.IVA 10822190961", "Milano"),
  nl: org("Leesclub Digitaal B.V.", "Postbus 5221, 1007 AE Amsterdam", "KvK 70112983 · btw NL858112233B01", "Amsterdam"),
};

// T2 — invoices in five kinds, taken in turn: a freelancer's, web hosting (the English one from a US host, in
// dollars with month-first dates), a plumber's, a dentist's, an online subscription (the English one from a US
// service, in dollars).
let invTurn = 0;
const invoices: Template = (r, lang) => {
  const k = turn(invTurn++, 5);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const no = `${x.y}-${pad(r.int(1, 480), 3)}`;
  if (k === 0) {
    const s = FREELANCE[lang];
    const from = prevMonth(x);
    const to = monthEnd(from);
    const due = addDays(x, r.pick([14, 30]));
    const qty = r.int(6, 40);
    const rate = { en: 45, de: 0.14, fr: 60, es: 35, it: 50, nl: 0.16 }[lang];
    const units = lang === "de" || lang === "nl" ? qty * 350 : qty;
    const net = cents(units * rate);
    const vat = lang === "en" ? 0 : lang === "it" ? cents(net * 0.22) : cents((net * VAT[lang]) / 100);
    const total = cents(net + vat);
    const L = {
      en: { h: "INVOICE", no: "Invoice number", dt: "Invoice date", per: "Period", desc: `Design work: ${qty} hours @ £${rate}/h`, net: "Amount", vat: "", tot: "Total due", due: "Payment due", bank: "Sort code 20-45-77 · Account 43117790" },
      de: { h: "Rechnung", no: "Rechnungsnummer", dt: "Rechnungsdatum", per: "Leistungszeitraum", desc: `Fachübersetzung EN>DE, ${units} Wörter à 0,14 €`, net: "Netto", vat: "zzgl. 19 % USt.", tot: "Rechnungsbetrag", due: "Bitte überweisen Sie den Betrag bis zum", bank: "IBAN DE44 8205 1000 0163 2277 10" },
      fr: { h: "FACTURE", no: "N° de facture", dt: "Date de facturation", per: "Prestation réalisée du", desc: `Reportage photo, ${qty} heures × 60 €`, net: "Total HT", vat: "TVA 20 %", tot: "Total TTC", due: "Date d'échéance", bank: "IBAN FR76 1027 8022 3300 0203 1150 144" },
      es: { h: "FACTURA", no: "N.º de factura", dt: "Fecha de expedición", per: "Periodo de prestación", desc: `Mantenimiento web, ${qty} horas × 35 €`, net: "Base imponible", vat: "IVA 21 %", tot: "Total factura", due: "Vencimiento", bank: "IBAN ES12 2100 0418 4502 0005 1332" },
      it: { h: "FATTURA", no: "Fattura n.", dt: "Data documento", per: "Periodo di riferimento", desc: `Consulenza sistemistica, ${qty} ore × 50 €`, net: "Imponibile", vat: "IVA 22%", tot: "Totale documento", due: "Scadenza pagamento", bank: "IBAN IT60 X054 2811 1010 0000 0123 456" },
      nl: { h: "FACTUUR", no: "Factuurnummer", dt: "Factuurdatum", per: "Periode", desc: `Copywriting, ${units} woorden à € 0,16`, net: "Subtotaal", vat: "Btw 21%", tot: "Totaal te betalen", due: "Vervaldatum", bank: "IBAN NL91 ABNA 0417 1643 00" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.no}:`, no, 24),
      cols(`${L.dt}:`, dt(x, lang, r), 24),
      cols(`${L.per}:`, `${num(from, lang)} – ${num(to, lang)}`, 24),
      "",
      cols(L.desc, bareAmt(net, lang), 52),
      cols(L.net, bareAmt(net, lang), 52),
      ...(L.vat ? [cols(L.vat, bareAmt(vat, lang), 52)] : []),
      cols(L.tot, money(total, lang, r), 52),
      "",
      `${L.due}${lang === "de" ? "" : ":"} ${dt(due, lang, r)}`,
      L.bank,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "freelancer-invoice", lang }, r, 0.15);
  }
  if (k === 1) {
    const s = HOST[lang];
    const years = r.int(1, 2);
    const end = addDays({ y: x.y + years, m: x.m, d: x.d }, -1);
    const price = r.int(3600, 18000) / 100;
    const domain = r.int(899, 1899) / 100;
    if (lang === "en") {
      const tax = 0;
      const total = cents(price * years + domain + tax);
      const lines = [
        s.name,
        s.addr,
        "",
        `Invoice #BP-${r.int(1000000, 9999999)}`,
        `Invoice Date: ${usNum(x)}`,
        `Due Date: ${usNum(x)} (auto-pay)`,
        "",
        `Bill to: ${bare(person)}`,
        "",
        cols(`Shared Hosting Plus — ${years} yr (${usNum(x)} - ${usNum(end)})`, usd(cents(price * years)), 64),
        cols(`Domain renewal brightnest.example (1 yr)`, usd(domain), 64),
        cols("Sales tax", usd(tax), 64),
        cols("Total", `${usd(total)} USD`, 64),
        "",
        `Paid by Visa ending ${r.int(1000, 9999)} (exp ${mmyy(r, x)}) on ${usLong(x, r)}.`,
        `Your plan renews automatically on ${usLong(addDays(end, 1), r)}.`,
        s.foot,
      ];
      return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-hosting-invoice", lang }, r, 0.05);
    }
    const net = cents(price * years + domain);
    const vat = cents((net * VAT[lang]) / 100);
    const total = cents(net + vat);
    const L = {
      de: { h: "Rechnung", no: "Rechnungs-Nr.", dt: "Rechnungsdatum", cust: "Kundennummer", plan: "Webhosting 4000", dom: "Domain .de", term: "Laufzeit", net: "Summe netto", vat: "USt. 19 %", tot: "Gesamtbetrag", pay: "Der Betrag wird per SEPA-Lastschrift frühestens am", pay2: "von Ihrem Konto eingezogen.", ren: "Die Vertragslaufzeit verlängert sich automatisch; nächste Verlängerung:" },
      fr: { h: "Facture", no: "Numéro", dt: "Date", cust: "Identifiant client", plan: "Hébergement Simple", dom: "Nom de domaine .fr", term: "Période", net: "Total HT", vat: "TVA 20 %", tot: "Total TTC", pay: "Prélèvement SEPA le", pay2: "", ren: "Prochain renouvellement :" },
      es: { h: "Factura", no: "Número", dt: "Fecha", cust: "Cliente", plan: "Hosting Profesional", dom: "Dominio .es", term: "Periodo", net: "Base imponible", vat: "IVA 21 %", tot: "Total", pay: "Cargo en cuenta el", pay2: "", ren: "Próxima renovación:" },
      it: { h: "Fattura elettronica", no: "Numero", dt: "Data", cust: "Codice cliente", plan: "Hosting Linux Easy", dom: "Dominio .it", term: "Periodo di validità", net: "Imponibile", vat: "IVA 22%", tot: "Totale", pay: "Addebito su carta il", pay2: "", ren: "Rinnovo automatico il" },
      nl: { h: "Factuur", no: "Factuurnummer", dt: "Factuurdatum", cust: "Klantnummer", plan: "Webhosting Basic", dom: "Domeinnaam .nl", term: "Looptijd", net: "Subtotaal", vat: "Btw 21%", tot: "Totaal", pay: "Het bedrag wordt op", pay2: "automatisch afgeschreven.", ren: "Volgende verlenging:" },
    }[lang];
    const debit = addDays(x, r.int(3, 10));
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.no}`, `${r.int(10000000, 99999999)}`, 22),
      cols(`${L.dt}`, num(x, lang), 22),
      cols(`${L.cust}`, `${r.int(100000, 999999)}`, 22),
      "",
      cols(`${L.plan} — ${L.term} ${num(x, lang)} – ${num(end, lang)}`, bareAmt(cents(price * years), lang), 64),
      cols(L.dom, bareAmt(domain, lang), 64),
      cols(L.net, bareAmt(net, lang), 64),
      cols(L.vat, bareAmt(vat, lang), 64),
      cols(L.tot, money(total, lang, r), 64),
      "",
      `${L.pay} ${num(debit, lang)}${L.pay2 ? ` ${L.pay2}` : "."}`,
      `${L.ren} ${num(addDays(end, 1), lang)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "hosting-invoice", lang }, r, 0.1);
  }
  if (k === 2) {
    const s = PLUMBER[lang];
    const job = addDays(x, -r.int(0, 9));
    const due = addDays(x, r.pick([7, 14, 30]));
    const hrs = r.int(1, 6);
    const rate = { en: 60, de: 68, fr: 52, es: 38, it: 40, nl: 62 }[lang];
    const parts = r.int(800, 26000) / 100;
    const net = cents(hrs * rate + parts);
    const vr = lang === "fr" ? 10 : lang === "it" ? 10 : VAT[lang];
    const vat = cents((net * vr) / 100);
    const total = cents(net + vat);
    const L = {
      en: { h: "Invoice", job: "Job", jd: "Attended", what: "Blocked kitchen waste cleared; replaced trap and compression fittings.", lab: `Labour ${hrs} hr`, parts: "Materials", vat: `VAT ${vr}%`, tot: "Amount due", dt: "Invoice date", pay: "Please pay by" },
      de: { h: "Rechnung", job: "Auftrag", jd: "Einsatz am", what: "Rohrverstopfung Küche beseitigt, Siphon und Eckventil erneuert.", lab: `Arbeitszeit ${hrs} Std.`, parts: "Material", vat: `MwSt. ${vr} %`, tot: "Endbetrag", dt: "Rechnungsdatum", pay: "Zahlbar bis" },
      fr: { h: "Facture", job: "Chantier", jd: "Intervention le", what: "Recherche de fuite, remplacement du flexible et du robinet d'arrêt.", lab: `Main d'œuvre ${hrs} h`, parts: "Fournitures", vat: `TVA ${vr} %`, tot: "Net à payer", dt: "Date de facture", pay: "À régler avant le" },
      es: { h: "Factura", job: "Obra", jd: "Fecha de la intervención", what: "Desatasco de fregadero y cambio de sifón y llave de paso.", lab: `Mano de obra ${hrs} h`, parts: "Materiales", vat: `IVA ${vr} %`, tot: "Total a pagar", dt: "Fecha factura", pay: "Pagar antes del" },
      it: { h: "Fattura", job: "Lavoro", jd: "Intervento eseguito il", what: "Disostruzione scarico cucina, sostituzione sifone e rubinetto d'arresto.", lab: `Manodopera ${hrs} h`, parts: "Materiali", vat: `IVA ${vr}%`, tot: "Totale da pagare", dt: "Data fattura", pay: "Scadenza" },
      nl: { h: "Factuur", job: "Opdracht", jd: "Uitgevoerd op", what: "Verstopping keukenafvoer verholpen, sifon en stopkraan vervangen.", lab: `Arbeidsloon ${hrs} uur`, parts: "Materiaal", vat: `Btw ${vr}%`, tot: "Te betalen", dt: "Factuurdatum", pay: "Graag voldoen vóór" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      s.foot,
      "",
      `${L.h} ${no}`,
      `${L.dt}: ${num(x, lang)}`,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.job}: ${L.jd} ${dt(job, lang, r)}`,
      L.what,
      cols(L.lab, bareAmt(hrs * rate, lang), 40),
      cols(L.parts, bareAmt(parts, lang), 40),
      cols(L.vat, bareAmt(vat, lang), 40),
      cols(L.tot, money(total, lang, r), 40),
      "",
      `${L.pay} ${dt(due, lang, r)}.`,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "plumber-invoice", lang }, r, 0.3);
  }
  if (k === 3) {
    const s = DENTIST[lang];
    const v1 = addDays(x, -r.int(10, 40));
    const v2 = addDays(v1, r.int(7, 9));
    const b = born(r);
    const p1 = r.int(4000, 12000) / 100;
    const p2 = r.int(6000, 48000) / 100;
    const total = cents(p1 + p2);
    const due = addDays(x, 30);
    const L = {
      en: { h: "Statement of account", pat: "Patient", dob: "Date of birth", t1: "Examination and scale & polish", t2: "Composite filling UR6", tot: "Balance due", dt: "Date", pay: "Payment within 30 days, by", next: "Your next check-up is due in six months." },
      de: { h: "Privatrechnung nach GOZ", pat: "Patient", dob: "geb.", t1: "Eingehende Untersuchung (GOZ 0010), PZR", t2: "Kompositfüllung Zahn 16 (GOZ 2080)", tot: "Rechnungsbetrag", dt: "Rechnungsdatum", pay: "Bitte überweisen Sie bis", next: "" },
      fr: { h: "Note d'honoraires", pat: "Patient", dob: "Né(e) le", t1: "Consultation et détartrage", t2: "Inlay-core et couronne céramique 26 (dépassement)", tot: "Total honoraires", dt: "Date", pay: "Règlement avant le", next: "" },
      es: { h: "Factura", pat: "Paciente", dob: "Fecha de nacimiento", t1: "Revisión e higiene dental", t2: "Empaste composite pieza 16", tot: "Total", dt: "Fecha de emisión", pay: "Fecha límite de pago", next: "" },
      it: { h: "Fattura sanitaria", pat: "Paziente", dob: "Nato/a il", t1: "Visita e igiene orale", t2: "Otturazione in composito elemento 16", tot: "Totale (esente IVA art. 10)", dt: "Data", pay: "Pagamento entro il", next: "" },
      nl: { h: "Nota tandheelkundige zorg", pat: "Patiënt", dob: "Geboortedatum", t1: "Periodieke controle en gebitsreiniging (C11, M03)", t2: "Composietvulling 16 (V93)", tot: "Totaal", dt: "Notadatum", pay: "Te betalen vóór", next: "" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      s.foot,
      "",
      L.h,
      `${L.dt}: ${dt(x, lang, r)}`,
      `${L.pat}: ${bare(person)}   ${L.dob} ${num(b, lang)}`,
      "",
      cols(`${num(v1, lang)}  ${L.t1}`, bareAmt(p1, lang), 62),
      cols(`${num(v2, lang)}  ${L.t2}`, bareAmt(p2, lang), 62),
      cols(L.tot, money(total, lang, r), 62),
      "",
      `${L.pay} ${num(due, lang)}.`,
      ...(L.next ? [L.next] : []),
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "dentist-invoice", lang }, r, 0.25);
  }
  const s = SUBS[lang];
  const next = addDays(x, r.chance(0.5) ? 30 : 365);
  if (lang === "en") {
    const price = r.pick([8.99, 11.99, 99.99, 119.99]);
    const tax = cents(price * 0.0863);
    const total = cents(price + tax);
    const lines = [
      "Receipt from Lumen Notes",
      s.name,
      s.addr,
      "",
      `Receipt #${r.int(1000, 9999)}-${r.int(1000, 9999)}`,
      `Date paid: ${usLong(x, r)}`,
      `Payment method: Mastercard – ${r.int(1000, 9999)} (expires ${mmyy(r, x)})`,
      "",
      cols(`Lumen Notes Pro (${usNum(x)} – ${usNum(addDays(next, -1))})`, usd(price), 56),
      cols("Tax", usd(tax), 56),
      cols("Amount paid", usd(total), 56),
      "",
      `Your subscription renews on ${usLong(next, r)}. Cancel anytime before then.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-subscription-receipt", lang }, r, 0.05);
  }
  const total = r.pick([9.99, 12.9, 14.99, 19.9, 129]);
  const L = {
    de: { h: "Rechnung zu Ihrem Digital-Abo", dt: "Rechnungsdatum", per: "Bezugszeitraum", pay: "Abbuchung per Kreditkarte", exp: "gültig bis", next: "Nächste Abbuchung am", tot: "Gesamt inkl. 7 % MwSt." },
    fr: { h: "Facture abonnement numérique", dt: "Date de facture", per: "Période", pay: "Paiement par carte", exp: "expire fin", next: "Prochain prélèvement le", tot: "Total TTC (TVA 2,1 %)" },
    es: { h: "Factura de suscripción", dt: "Fecha", per: "Periodo de facturación", pay: "Cobro en tarjeta", exp: "caduca", next: "Próximo cobro el", tot: "Total (IVA incluido)" },
    it: { h: "Ricevuta abbonamento", dt: "Data", per: "Periodo", pay: "Pagamento con carta", exp: "scad.", next: "Prossimo rinnovo il", tot: "Totale IVA inclusa" },
    nl: { h: "Factuur abonnement", dt: "Factuurdatum", per: "Periode", pay: "Betaald met creditcard", exp: "geldig t/m", next: "Volgende incasso op", tot: "Totaal incl. btw" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    `${L.dt}: ${dt(x, lang, r)}`,
    `${L.per}: ${num(x, lang)} – ${num(addDays(next, -1), lang)}`,
    "",
    cols(L.tot, money(total, lang, r), 40),
    `${L.pay} **** ${r.int(1000, 9999)} (${L.exp} ${mmyy(r, x)})`,
    `${L.next} ${num(next, lang)}.`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "subscription-invoice", lang }, r, 0.1);
};

// ─── Bills ───────────────────────────────────────────────────────────────────────────────────────────────────────

const ISP: PerLang<Org> = {
  en: org("Hyperoptic Ltd", "Trinity Court, 34 West Street, Sutton SM1 1SH", "Registered in England No. 07222448", "Sutton"),
  de: org("NetCologne GmbH", "Am Coloneum 9 · 50829 Köln", "HRB 25580 Köln", "Köln"),
  fr: org("Bouygues Telecom", "Service clients, 60436 Noailles Cedex", "SA au capital de 712 588 399 € · RCS Nanterre 397 480 930", "Noailles"),
  es: org("Digi Spain Telecom S.L.U.", "Calle Francisco Gervás 4, 28108 Alcobendas", "CIF B-84919760", "Alcobendas"),
  it: org("Fastweb S.p.A.", "Piazza Adriano Olivetti 1, 20139 Milano", "P.IVA 12878470157", "Milano"),
  nl: org("Delta Fiber Nederland B.V.", "Postbus 1014, 4330 KA Middelburg", "KvK 61190078", "Middelburg"),
};
const GAS: PerLang<Org> = {
  en: org("Ovo Energy Ltd", "1 Rivergate, Temple Quay, Bristol BS1 6ED", "Registered in England No. 06890795", "Bristol"),
  de: org("Stadtwerke Münster GmbH", "Hafenplatz 1 · 48155 Münster", "HRB 4219 Münster", "Münster"),
  fr: org("Engie", "TSA 21522, 75901 Paris Cedex 15", "SA au capital de 2 435 285 011 € · RCS Nanterre 542 107 651", "Paris"),
  es: org("Naturgy Iberia S.A.", "Avda. de América 38, 28028 Madrid", "CIF A-08431090", "Madrid"),
  it: org("Hera Comm S.p.A.", "Via Molino Rosso 8, 40026 Imola (BO)", "P.IVA 03819031208", "Imola"),
  nl: org("Eneco", "Postbus 1000, 3000 BA Rotterdam", "Eneco Consumenten B.V. · KvK 24342919", "Rotterdam"),
};
const WATER: PerLang<Org> = {
  en: org("Severn Trent Water", "PO Box 5310, Coventry CV3 9FJ", "Severn Trent Water Ltd, reg. no. 02366686", "Coventry"),
  de: org("Wasserverband Südholstein", "Hauptstraße 82 · 25462 Rellingen", "Körperschaft des öffentlichen Rechts", "Rellingen"),
  fr: org("Eau du Grand Lyon", "TSA 11020, 69214 Lyon Cedex 02", "Régie publique · SIRET 200 046 977 00021", "Lyon"),
  es: org("Canal de Isabel II S.A.", "Calle Santa Engracia 125, 28003 Madrid", "CIF A-86488087", "Madrid"),
  it: org("Acea Ato 2 S.p.A.", "Piazzale Ostiense 2, 00154 Roma", "P.IVA 05984811002", "Roma"),
  nl: org("Vitens N.V.", "Postbus 1205, 8001 BE Zwolle", "KvK 05060190", "Zwolle"),
};
const COUNCIL: PerLang<Org> = {
  en: org("Cheshire West and Chester Council", "Council Tax, PO Box 5, Winsford CW7 9BP", "www.cheshirewestandchester.gov.uk/counciltax", "Winsford"),
  de: org("Stadt Freiburg im Breisgau", "Amt für Liegenschaften und Steuern · Fahnenbergplatz 4 · 79098 Freiburg", "Steuerbescheid nach KAG", "Freiburg"),
  fr: org("Direction générale des Finances publiques", "Centre des finances publiques de Nantes, 2 rue Général Margottin, 44000 Nantes", "impots.gouv.fr", "Nantes"),
  es: org("Ayuntamiento de Málaga — Gestión Tributaria", "Avda. de Cervantes 4, 29016 Málaga", "NIF P-2906700-F", "Málaga"),
  it: org("Comune di Padova — Settore Tributi", "Via Municipio 1, 35122 Padova", "C.F. 00644060287", "Padova"),
  nl: org("Gemeente Eindhoven", "Afdeling Belastingen, Postbus 90150, 5600 RB Eindhoven", "Aanslagbiljet gemeentelijke belastingen", "Eindhoven"),
};

// T3 — bills in four kinds, taken in turn: internet, gas (meter readings), water, council or municipal taxes.
let billTurn = 0;
const bills: Template = (r, lang) => {
  const k = turn(billTurn++, 4);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const acct = `${r.int(100000, 999999)}${r.int(1000, 9999)}`;
  if (k === 0) {
    const s = ISP[lang];
    const from = { y: x.y, m: x.m, d: 1 };
    const to = monthEnd(x);
    const debit = addDays(x, r.int(5, 12));
    const minEnd: Day = { y: x.y + r.int(0, 1), m: r.int(1, 12), d: r.int(1, 28) };
    const total = cents(r.pick([25, 30, 35, 40, 45]) - r.pick([0, 0.01, 0.05]) + (r.chance(0.3) ? r.int(100, 900) / 100 : 0));
    const L = {
      en: { h: "Your bill", dt: "Bill date", acc: "Account number", per: "Broadband 500 Mbps, charges for", tot: "Total to pay", dd: "We'll collect this by Direct Debit on or after", min: "Minimum term ends" },
      de: { h: "Ihre Rechnung", dt: "Rechnungsdatum", acc: "Kundennummer", per: "Glasfaser 250, monatliche Grundgebühr für den Zeitraum", tot: "Rechnungsbetrag", dd: "Abbuchung per Lastschrift am", min: "Mindestvertragslaufzeit bis" },
      fr: { h: "Votre facture", dt: "Date de facture", acc: "Référence client", per: "Box Fibre, abonnement du", tot: "Montant à payer", dd: "Prélevé sur votre compte le", min: "Fin d'engagement le" },
      es: { h: "Tu factura", dt: "Fecha de emisión", acc: "N.º de cliente", per: "Fibra 1 Gb, cuota del periodo", tot: "Total a pagar", dd: "Se cargará en tu cuenta el", min: "Permanencia hasta el" },
      it: { h: "La tua bolletta", dt: "Data emissione", acc: "Codice cliente", per: "Fibra Casa, canone dal", tot: "Totale da pagare", dd: "Addebito SDD il", min: "Vincolo contrattuale fino al" },
      nl: { h: "Uw factuur", dt: "Factuurdatum", acc: "Klantnummer", per: "Glasvezel 500 Mbit/s, abonnementskosten", tot: "Totaal", dd: "Wij schrijven dit bedrag af op of rond", min: "Contract loopt tot" },
    }[lang];
    const lines = [
      s.name,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, dt(x, lang, r), 22),
      cols(`${L.acc}:`, acct, 22),
      "",
      cols(`${L.per} ${num(from, lang)} – ${num(to, lang)}`, bareAmt(total, lang), 64),
      cols(L.tot, money(total, lang, r), 64),
      "",
      `${L.dd} ${dt(debit, lang, r)}.`,
      `${L.min} ${num(minEnd, lang)}.`,
      s.addr,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "internet-bill", lang }, r, 0.15);
  }
  if (k === 1 || k === 2) {
    const water = k === 2;
    const s = water ? WATER[lang] : GAS[lang];
    const days = water ? r.pick([91, 182]) : r.pick([30, 31, 92]);
    const end = addDays(x, -r.int(3, 12));
    const start = addDays(end, -days);
    const r0 = r.int(1000, 40000);
    const used = water ? r.int(15, 90) : r.int(80, 1400);
    const unit = water ? (lang === "en" ? 3.12 : 2.4) : lang === "en" ? 0.068 : 0.11;
    const standing = cents(days * (water ? 0.2 : 0.3));
    const net = cents(used * (water ? unit : unit * 10.9) + standing);
    const vr = lang === "en" ? (water ? 0 : 5) : water ? { de: 7, fr: 5.5, es: 10, it: 10, nl: 9, en: 0 }[lang] : VAT[lang];
    const total = cents(net * (1 + vr / 100));
    const due = addDays(x, r.pick([14, 21, 28]));
    const L = {
      en: { h: water ? "Water and sewerage bill" : "Your gas statement", dt: "Statement date", per: "Billing period", prev: "Previous reading", cur: "Latest reading", est: "(actual)", use: water ? "m³" : "m³ = kWh converted", st: "Standing charge", vat: `VAT ${vr}%`, tot: "Amount due", due: "Please pay by" },
      de: { h: water ? "Abrechnung Trinkwasser/Abwasser" : "Jahresverbrauchsabrechnung Erdgas", dt: "Datum", per: "Abrechnungszeitraum", prev: "Zählerstand alt", cur: "Zählerstand neu", est: "(abgelesen)", use: "m³", st: "Grundpreis", vat: `USt. ${vr} %`, tot: "Zu zahlender Betrag", due: "Fällig am" },
      fr: { h: water ? "Facture d'eau" : "Facture de gaz naturel", dt: "Date d'émission", per: "Période de consommation", prev: "Ancien index", cur: "Nouvel index", est: "(relevé réel)", use: "m³", st: "Abonnement", vat: `TVA ${vr} %`, tot: "Montant TTC", due: "À payer avant le" },
      es: { h: water ? "Factura de agua" : "Factura de gas natural", dt: "Fecha de factura", per: "Periodo de facturación", prev: "Lectura anterior", cur: "Lectura actual", est: "(real)", use: "m³", st: "Término fijo", vat: `IVA ${vr} %`, tot: "Importe total", due: "Fecha de cargo" },
      it: { h: water ? "Bolletta servizio idrico" : "Bolletta gas", dt: "Data emissione", per: "Periodo di fatturazione", prev: "Lettura precedente", cur: "Lettura attuale", est: "(rilevata)", use: "Smc", st: "Quota fissa", vat: `IVA ${vr}%`, tot: "Totale bolletta", due: "Scadenza" },
      nl: { h: water ? "Waterrekening" : "Jaarnota gas", dt: "Datum", per: "Periode", prev: "Vorige meterstand", cur: "Nieuwe meterstand", est: "(opgenomen)", use: "m³", st: "Vastrecht", vat: `Btw ${vr}%`, tot: "Te betalen", due: "Uiterste betaaldatum" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      `${L.dt}: ${dt(x, lang, r)}`,
      `${L.per}: ${num(start, lang)} – ${num(end, lang)}`,
      "",
      cols(`${L.prev} ${num(start, lang)}`, `${r0}`, 40),
      cols(`${L.cur} ${num(end, lang)} ${L.est}`, `${r0 + used}`, 40),
      cols(`${used} ${L.use}`, bareAmt(cents(net - standing), lang), 40),
      cols(`${L.st} (${days})`, bareAmt(standing, lang), 40),
      ...(vr ? [cols(L.vat, bareAmt(cents(total - net), lang), 40)] : []),
      cols(L.tot, money(total, lang, r), 40),
      "",
      `${L.due}: ${dt(due, lang, r)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: water ? "water-bill" : "gas-bill", lang }, r, 0.2);
  }
  const s = COUNCIL[lang];
  const total = cents(r.int(45000, 260000) / 100);
  const n = lang === "en" ? 10 : lang === "nl" ? r.pick([1, 10]) : lang === "fr" ? 1 : lang === "de" ? 4 : 2;
  const inst = cents(total / n);
  const year = x.y;
  const firstDue = addDays(x, r.int(20, 40));
  const dues = Array.from({ length: Math.min(n, 4) }, (_, i) => ({ y: firstDue.y + Math.floor((firstDue.m - 1 + i * (n === 10 ? 1 : 3)) / 12), m: ((firstDue.m - 1 + i * (n === 10 ? 1 : 3)) % 12) + 1, d: lang === "en" ? 1 : 15 }));
  const L = {
    en: { h: `Council Tax Bill ${year}/${String(year + 1).slice(2)}`, dt: "Date of issue", band: `Band ${r.pick(["B", "C", "D", "E"])}`, per: `Charge for the period 1 April ${year} to 31 March ${year + 1}`, tot: "Total amount payable", inst: "Instalments due on", ref: "Account reference" },
    de: { h: `Grundbesitzabgabenbescheid ${year}`, dt: "Bescheiddatum", band: "Grundsteuer B, Abfall, Straßenreinigung", per: `Festsetzung für das Kalenderjahr ${year}`, tot: "Jahresbetrag", inst: "Fälligkeiten", ref: "Kassenzeichen" },
    fr: { h: `Avis d'impôt taxe foncière ${year}`, dt: "Date d'établissement", band: "Propriétés bâties", per: `Impôt au titre de l'année ${year}`, tot: "Montant de votre impôt", inst: "Date limite de paiement", ref: "Référence de l'avis" },
    es: { h: `Impuesto sobre Bienes Inmuebles ${year}`, dt: "Fecha de emisión", band: "Urbana — Uso residencial", per: `Periodo impositivo ${year}`, tot: "Cuota total", inst: "Plazos de pago", ref: "Referencia catastral" },
    it: { h: `Avviso di pagamento TARI ${year}`, dt: "Data di emissione", band: "Utenza domestica, 3 componenti", per: `Tassa rifiuti anno ${year}`, tot: "Importo complessivo", inst: "Scadenze rate", ref: "Codice avviso" },
    nl: { h: `Aanslagbiljet gemeentelijke belastingen ${year}`, dt: "Dagtekening", band: "OZB eigenaar, afvalstoffenheffing, rioolheffing", per: `Belastingjaar ${year}`, tot: "Totaal aanslag", inst: "Vervaldata termijnen", ref: "Aanslagnummer" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    L.h,
    cols(`${L.dt}:`, dt(x, lang, r), 26),
    cols(`${L.ref}:`, `${r.int(10000000, 99999999)}`, 26),
    "",
    L.band,
    L.per,
    cols(L.tot, money(total, lang, r), 46),
    "",
    `${L.inst}: ${dues.map((d) => num(d, lang)).join(", ")}${n > 4 ? " …" : ""}${n > 1 ? ` (${n} × ${bareAmt(inst, lang)})` : ""}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "municipal-tax-bill", lang }, r, 0.2);
};

// ─── Letters ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** A letter as an organisation prints it: head, address, reference line, place and date, subject, body, sign-off. */
function letter(s: Org, person: string, x: Day, lang: Lang, r: Rng, subject: string, body: string[], ref: string, sign: string): string {
  const dateLine = placeDate(s.city, x, lang, r);
  const atTop = r.chance(0.5);
  return [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(atTop ? [ref, `${" ".repeat(40)}${dateLine}`] : [cols(ref, dateLine, 44)]),
    "",
    subject,
    "",
    salute(person, lang),
    "",
    ...body,
    "",
    regards[lang],
    sign,
    "",
    s.foot,
  ].join("\n");
}
const refWord: PerLang<string> = { en: "Our ref:", de: "Unser Zeichen:", fr: "Réf. :", es: "Ref.:", it: "Rif.:", nl: "Ons kenmerk:" };

const BANK: PerLang<Org> = {
  en: org("Nationwide Building Society", "Nationwide House, Pipers Way, Swindon SN38 1NW", "Authorised by the PRA, FRN 106078", "Swindon"),
  de: org("Volksbank Mittelhessen eG", "Schiffenberger Weg 110 · 35394 Gießen", "Genossenschaftsregister Gießen GnR 284", "Gießen"),
  fr: org("Crédit Mutuel de Bretagne", "1 rue Louis Lichou, 29480 Le Relecq-Kerhuon", "SA coopérative · RCS Brest 775 559 404 · ORIAS 07 025 479", "Le Relecq-Kerhuon"),
  es: org("Caja Rural del Sur", "Calle Murillo 2, 41001 Sevilla", "CIF F-91119065 · Registro Banco de España 3187", "Sevilla"),
  it: org("Banca Popolare di Sondrio", "Piazza Garibaldi 16, 23100 Sondrio", "ABI 5696 · P.IVA 00053810149", "Sondrio"),
  nl: org("Rabobank Utrechtse Heuvelrug", "Postbus 40, 3940 AA Doorn", "KvK 30046259", "Doorn"),
};

// T4 — bank letters in three kinds, taken in turn: a savings account's annual interest notice (the year before),
// a loan statement (period end, next and final instalment), a mortgage letter (fixed rate ends, new rate from).
let bankTurn = 0;
const bankLetters: Template = (r, lang) => {
  const k = turn(bankTurn++, 3);
  const s = BANK[lang];
  const person = r.pick(PEOPLE[lang]);
  const ref = `${refWord[lang]} ${r.pick(["KS", "HY", "SV", "LN"])}/${r.int(10000, 99999)}`;
  if (k === 0) {
    const yr = r.int(2023, 2025);
    const x: Day = { y: yr + 1, m: r.int(1, 3), d: r.int(2, 28) };
    const bal = r.int(200000, 4500000) / 100;
    const rate = r.pick([1.25, 2.1, 3.05, 0.75]);
    const intr = cents((bal * rate) / 100);
    const L = {
      en: { s: `Annual interest statement — tax year ending 5 April ${yr + 1}`, b: [`Between 6 April ${yr} and 5 April ${yr + 1} your Flex Saver account ending ${r.int(1000, 9999)} earned gross interest of £${amount(intr, "en")}.`, `Interest was paid on 31 December ${yr}. The balance on 31 December ${yr} was £${amount(bal, "en")}.`, "Keep this statement for your records; you may need it for your Self Assessment return."] },
      de: { s: `Jahressteuerbescheinigung und Zinsmitteilung ${yr}`, b: [`für Ihr Tagesgeldkonto Nr. ${r.int(1000000, 9999999)} wurden im Zeitraum 01.01.${yr} bis 31.12.${yr} Zinsen in Höhe von ${amount(intr, "de")} EUR gutgeschrieben (Zinssatz ${amount(rate, "de")} % p. a.).`, `Kontostand zum 31.12.${yr}: ${amount(bal, "de")} EUR. Ihr Freistellungsauftrag vom ${num({ y: yr - 3, m: r.int(1, 12), d: r.int(1, 28) }, lang)} wurde berücksichtigt.`] },
      fr: { s: `Relevé annuel des intérêts — Livret ${yr}`, b: [`Nous vous informons que votre livret n° ${r.int(10000000, 99999999)} a produit ${amount(intr, "fr")} € d'intérêts au titre de l'année ${yr}, capitalisés au 31/12/${yr}.`, `Solde au 31 décembre ${yr} : ${amount(bal, "fr")} €. Taux en vigueur depuis le 01/02/${yr} : ${amount(rate, "fr")} %.`] },
      es: { s: `Información fiscal — Cuenta de ahorro, ejercicio ${yr}`, b: [`Le comunicamos que durante el ejercicio ${yr} (01/01/${yr} a 31/12/${yr}) su cuenta de ahorro ha generado unos intereses brutos de ${amount(intr, "de")} €, con una retención del 19 %.`, `Saldo a 31/12/${yr}: ${amount(bal, "de")} €.`] },
      it: { s: `Comunicazione annuale interessi — conto deposito, anno ${yr}`, b: [`Le comunichiamo che sul Suo conto deposito n. ${r.int(100000, 999999)} sono maturati nel periodo 01/01/${yr}–31/12/${yr} interessi lordi per € ${amount(intr, "de")} (tasso ${amount(rate, "de")}% annuo), accreditati con valuta 31/12/${yr}.`, `Saldo al 31/12/${yr}: € ${amount(bal, "de")}.`] },
      nl: { s: `Jaaroverzicht rente spaarrekening ${yr}`, b: [`Over ${yr} heeft u op uw spaarrekening ${r.int(100000000, 999999999)} € ${amount(intr, "de")} rente ontvangen. De rente is bijgeschreven op 1 januari ${yr + 1}.`, `Saldo per 31 december ${yr}: € ${amount(bal, "de")}. Dit bedrag heeft u nodig voor uw aangifte inkomstenbelasting (box 3).`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, "Customer Services"), documentDate: isoDay(x), correspondent: s.name, kind: "savings-interest-notice", lang }, r, 0.2);
  }
  if (k === 1) {
    const x = randomDay(r);
    const end = monthEnd(prevMonth(x));
    const start: Day = { y: end.y, m: end.m, d: 1 };
    const nextPay: Day = { y: x.m === 12 ? x.y + 1 : x.y, m: (x.m % 12) + 1, d: r.pick([1, 15, 28]) };
    const finalPay: Day = { y: x.y + r.int(1, 5), m: nextPay.m, d: nextPay.d };
    const started: Day = { y: x.y - r.int(1, 4), m: r.int(1, 12), d: r.int(1, 28) };
    const bal = r.int(150000, 2400000) / 100;
    const inst = r.int(9000, 45000) / 100;
    const L = {
      en: { h: "Personal Loan Statement", sd: "Statement date", per: "Period", open: "Loan start date", bal: "Balance outstanding", inst: "Monthly repayment", next: "Next repayment", fin: "Final repayment" },
      de: { h: "Kontoauszug Ratenkredit", sd: "Auszugsdatum", per: "Zeitraum", open: "Vertragsbeginn", bal: "Restschuld", inst: "Monatliche Rate", next: "Nächste Rate fällig am", fin: "Letzte Rate" },
      fr: { h: "Relevé de prêt personnel", sd: "Date du relevé", per: "Période", open: "Date de mise en place", bal: "Capital restant dû", inst: "Échéance mensuelle", next: "Prochaine échéance", fin: "Dernière échéance" },
      es: { h: "Extracto de préstamo personal", sd: "Fecha del extracto", per: "Periodo", open: "Fecha de formalización", bal: "Capital pendiente", inst: "Cuota mensual", next: "Próxima cuota", fin: "Vencimiento final" },
      it: { h: "Estratto conto prestito personale", sd: "Data estratto", per: "Periodo", open: "Data erogazione", bal: "Debito residuo", inst: "Rata mensile", next: "Prossima rata", fin: "Ultima rata" },
      nl: { h: "Overzicht persoonlijke lening", sd: "Datum overzicht", per: "Periode", open: "Ingangsdatum lening", bal: "Openstaand saldo", inst: "Maandtermijn", next: "Volgende termijn", fin: "Laatste termijn" },
    }[lang];
    const stmt = r.chance(0.5) ? end : x;
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.sd}:`, num(stmt, lang), 28),
      cols(`${L.per}:`, `${num(start, lang)} – ${num(end, lang)}`, 28),
      cols(`${L.open}:`, num(started, lang), 28),
      "",
      cols(L.bal, money(bal, lang, r), 28),
      cols(L.inst, money(inst, lang, r), 28),
      cols(`${L.next}:`, num(nextPay, lang), 28),
      cols(`${L.fin}:`, num(finalPay, lang), 28),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(stmt), correspondent: s.name, kind: "loan-statement", lang }, r, 0.2);
  }
  const x = randomDay(r);
  const fixEnd = addDays(x, r.int(60, 150));
  const newFrom = addDays(fixEnd, 1);
  const reply = addDays(x, r.int(21, 42));
  const rate = r.pick([3.49, 3.89, 4.19, 2.95]);
  const L = {
    en: { s: "Your fixed rate is coming to an end", b: [`Your fixed rate of 1.79% on mortgage account ending ${r.int(1000, 9999)} ends on ${dt(fixEnd, lang, r)}.`, `If you do nothing, from ${dt(newFrom, lang, r)} your mortgage will move to our Standard Variable Rate, currently ${rate}%.`, `To choose a new product without a gap, please contact us by ${dt(reply, lang, r)}.`] },
    de: { s: "Ende der Sollzinsbindung Ihres Immobiliendarlehens", b: [`die Sollzinsbindung Ihres Darlehens Nr. ${r.int(1000000, 9999999)} endet am ${dt(fixEnd, lang, r)}.`, `Gern unterbreiten wir Ihnen ein Prolongationsangebot; ohne Vereinbarung gilt ab dem ${dt(newFrom, lang, r)} ein variabler Zinssatz von derzeit ${amount(rate, "de")} % p. a.`, `Bitte teilen Sie uns Ihre Entscheidung bis zum ${dt(reply, lang, r)} mit.`] },
    fr: { s: "Révision du taux de votre prêt immobilier", b: [`La période à taux fixe de votre prêt n° ${r.int(1000000, 9999999)} prend fin le ${dt(fixEnd, lang, r)}.`, `À compter du ${dt(newFrom, lang, r)}, le taux révisé sera de ${amount(rate, "fr")} %.`, `Pour toute renégociation, merci de prendre rendez-vous avant le ${dt(reply, lang, r)}.`] },
    es: { s: "Revisión del tipo de interés de su préstamo hipotecario", b: [`Le informamos de que el periodo de interés fijo de su préstamo hipotecario finaliza el ${dt(fixEnd, lang, r)}.`, `A partir del ${dt(newFrom, lang, r)} se aplicará el tipo variable Euríbor + 0,99 % (actualmente ${amount(rate, "de")} %).`, `Si desea estudiar otras opciones, contacte con su oficina antes del ${dt(reply, lang, r)}.`] },
    it: { s: "Scadenza del periodo a tasso fisso del Suo mutuo", b: [`Le ricordiamo che il periodo a tasso fisso del mutuo n. ${r.int(1000000, 9999999)} termina il ${dt(fixEnd, lang, r)}.`, `Dal ${dt(newFrom, lang, r)} si applicherà il tasso variabile, oggi pari al ${amount(rate, "de")}%.`, `Per una surroga o rinegoziazione La invitiamo a contattarci entro il ${dt(reply, lang, r)}.`] },
    nl: { s: "Uw rentevaste periode loopt af", b: [`De rentevaste periode van uw hypotheek (leningdeel ${r.int(10, 99)}) eindigt op ${dt(fixEnd, lang, r)}.`, `Kiest u niets, dan geldt vanaf ${dt(newFrom, lang, r)} de variabele rente van ${amount(rate, "de")}%.`, `Geef uw keuze uiterlijk ${dt(reply, lang, r)} aan ons door via Mijn Rabobank.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Mortgage Services", de: "Baufinanzierung", fr: "Service crédits immobiliers", es: "Departamento Hipotecario", it: "Ufficio Mutui", nl: "Afdeling Hypotheken" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "mortgage-letter", lang }, r, 0.2);
};

const EMPLOYER: PerLang<Org> = {
  en: org("Brackenridge Logistics Ltd", "Unit 9, Meridian Business Park, Leicester LE19 1WX", "Registered in England No. 05518823", "Leicester"),
  de: org("Weber Maschinenbau GmbH", "Personalabteilung · Industriestraße 40 · 73728 Esslingen", "HRB 210044 Stuttgart", "Esslingen"),
  fr: org("Groupe Arvel SAS", "Direction des ressources humaines, 18 rue de la Gare, 67000 Strasbourg", "RCS Strasbourg 512 903 118", "Strasbourg"),
  es: org("Distribuciones Levante S.A.", "Departamento de RR. HH., Polígono Fuente del Jarro, 46988 Paterna", "CIF A-46221190", "Paterna"),
  it: org("Officine Meccaniche Sarti S.p.A.", "Ufficio Personale, Via dell'Industria 8, 42124 Reggio Emilia", "P.IVA 00155430355", "Reggio Emilia"),
  nl: org("Van den Berg Installatietechniek B.V.", "Afdeling HR, Industrieweg 31, 3044 AS Rotterdam", "KvK 24311092", "Rotterdam"),
};
const LANDLORD: PerLang<Org> = {
  en: org("Castlegate Lettings", "3 Castle Street, Norwich NR2 1PE", "Client money protection: Propertymark C0012987", "Norwich"),
  de: org("Wohnungsbaugenossenschaft Freie Scholle eG", "Jöllenbecker Straße 123 · 33613 Bielefeld", "GnR 45 Amtsgericht Bielefeld", "Bielefeld"),
  fr: org("Foncia Gestion Lyon", "25 rue Servient, 69003 Lyon", "Carte professionnelle CPI 6901 2016 000 012 345", "Lyon"),
  es: org("Gestión de Alquileres Mediterráneo S.L.", "Calle Colón 18, 46004 Valencia", "CIF B-98761234", "Valencia"),
  it: org("Immobiliare Vesta S.r.l.", "Via Cernaia 30, 10122 Torino", "P.IVA 11244560011", "Torino"),
  nl: org("Woonstichting De Key", "Postbus 2158, 1000 CD Amsterdam", "KvK 41202587", "Amsterdam"),
};

// T5 — employers' and landlords' letters, taken in turn: a pay rise effective from a date; a confirmation of
// employment (start date, birth date); a rent increase from a date, citing the tenancy's start and an earlier
// letter; the yearly service-charge statement (the period, a balance to pay by a date; no total labelled).
let homeTurn = 0;
const workAndHome: Template = (r, lang) => {
  const k = turn(homeTurn++, 4);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const ref = `${refWord[lang]} ${r.pick(["HR", "PA", "MV", "NK"])}-${r.int(1000, 9999)}`;
  if (k <= 1) {
    const s = EMPLOYER[lang];
    const from: Day = addDays(monthEnd(x), 1);
    const since: Day = { y: x.y - r.int(1, 15), m: r.int(1, 12), d: 1 };
    const b = born(r, 1962, 2001);
    const sal = r.int(2400, 5200) * 12;
    const L = k === 0
      ? {
          en: { s: "Salary review", b: [`I am pleased to confirm that, following this year's review, your annual salary will increase to £${amount(sal, "en")} with effect from ${dt(from, lang, r)}.`, "All other terms of your contract remain unchanged."] },
          de: { s: "Anpassung Ihres Gehalts", b: [`wir freuen uns, Ihnen mitzuteilen, dass Ihr monatliches Bruttogehalt mit Wirkung vom ${dt(from, lang, r)} auf ${amount(sal / 12, "de")} EUR angehoben wird.`, "Alle übrigen Bestimmungen Ihres Arbeitsvertrages bleiben unverändert."] },
          fr: { s: "Objet : revalorisation de votre rémunération", b: [`Nous avons le plaisir de vous informer que votre salaire mensuel brut sera porté à ${amount(sal / 12, "fr")} € à compter du ${dt(from, lang, r)}.`, "Les autres clauses de votre contrat de travail demeurent inchangées."] },
          es: { s: "Asunto: actualización salarial", b: [`Nos complace comunicarle que, con efectos desde el ${dt(from, lang, r)}, su salario bruto anual será de ${amount(sal, "de")} €.`, "El resto de condiciones de su contrato se mantienen."] },
          it: { s: "Oggetto: adeguamento retributivo", b: [`siamo lieti di comunicarLe che a decorrere dal ${dt(from, lang, r)} la Sua retribuzione annua lorda sarà pari a € ${amount(sal, "de")}.`, "Restano invariate le altre condizioni del contratto."] },
          nl: { s: "Onderwerp: salarisaanpassing", b: [`Met genoegen laten wij u weten dat uw bruto maandsalaris met ingang van ${dt(from, lang, r)} wordt verhoogd naar € ${amount(sal / 12, "de")}.`, "Alle overige arbeidsvoorwaarden blijven ongewijzigd."] },
        }[lang]
      : {
          en: { s: "To whom it may concern — confirmation of employment", b: [`This is to confirm that ${bare(person)}, born ${dt(b, lang, r)}, has been employed by us since ${dt(since, lang, r)} on a permanent, full-time contract.`, `Current gross annual salary: £${amount(sal, "en")}.`] },
          de: { s: "Arbeitgeberbescheinigung", b: [`hiermit bestätigen wir, dass ${bare(person)}, geboren am ${num(b, lang)}, seit dem ${num(since, lang)} in einem unbefristeten Vollzeitarbeitsverhältnis bei uns beschäftigt ist.`, "Das Arbeitsverhältnis ist ungekündigt."] },
          fr: { s: "Attestation employeur", b: [`Nous soussignés certifions que ${bare(person)}, né(e) le ${num(b, lang)}, est employé(e) au sein de notre société depuis le ${num(since, lang)} en contrat à durée indéterminée.`, "Attestation délivrée pour servir et valoir ce que de droit."] },
          es: { s: "Certificado de empresa", b: [`Certificamos que ${bare(person)}, nacido/a el ${num(b, lang)}, presta servicios en esta empresa desde el ${num(since, lang)} con contrato indefinido a jornada completa.`, "Y para que conste, se expide el presente certificado."] },
          it: { s: "Dichiarazione del datore di lavoro", b: [`Si dichiara che ${bare(person)}, nato/a il ${num(b, lang)}, è dipendente della scrivente società dal ${num(since, lang)} con contratto a tempo indeterminato.`, "Si rilascia su richiesta dell'interessato per gli usi consentiti."] },
          nl: { s: "Werkgeversverklaring", b: [`Hierbij verklaren wij dat ${bare(person)}, geboren op ${num(b, lang)}, sinds ${num(since, lang)} bij ons in vaste dienst is.`, "Er is geen sprake van een proeftijd of een voornemen tot beëindiging."] },
        }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, r.pick(["Claire Hughes", "S. Albrecht", "N. Ferrand", "I. Marín", "R. Galli", "M. Smit"])), documentDate: isoDay(x), correspondent: s.name, kind: k === 0 ? "pay-rise-letter" : "employment-confirmation", lang }, r, 0.2);
  }
  const s = LANDLORD[lang];
  if (k === 2) {
    const from = addDays(monthEnd(addDays(monthEnd(x), 1)), 1);
    const began: Day = { y: x.y - r.int(2, 9), m: r.int(1, 12), d: 1 };
    const earlier = addDays(x, -r.int(30, 400));
    const oldRent = r.int(550, 1400);
    const rent = cents(oldRent * 1.03);
    const L = {
      en: { s: "Notice of rent increase (Section 13)", b: [`Further to our letter of ${dt(earlier, lang, r)}, we give notice that the rent for the above property, let to you since ${dt(began, lang, r)}, will increase from £${amount(oldRent, "en")} to £${amount(rent, "en")} per month, starting on ${dt(from, lang, r)}.`] },
      de: { s: "Mieterhöhung nach § 558 BGB", b: [`Bezug nehmend auf unser Schreiben vom ${dt(earlier, lang, r)} bitten wir Sie um Zustimmung zur Erhöhung der Nettokaltmiete von ${amount(oldRent, "de")} € auf ${amount(rent, "de")} € monatlich ab dem ${dt(from, lang, r)}.`, `Das Mietverhältnis besteht seit dem ${num(began, lang)}.`] },
      fr: { s: "Révision annuelle du loyer", b: [`Conformément à la clause de révision de votre bail prenant effet le ${dt(began, lang, r)} et suite à notre courrier du ${dt(earlier, lang, r)}, votre loyer hors charges passera de ${amount(oldRent, "fr")} € à ${amount(rent, "fr")} € à compter du ${dt(from, lang, r)} (indice IRL).`] },
      es: { s: "Actualización de la renta", b: [`En relación con nuestra comunicación del ${dt(earlier, lang, r)}, le informamos de que la renta de su contrato de ${dt(began, lang, r)} se actualizará de ${amount(oldRent, "de")} € a ${amount(rent, "de")} € mensuales a partir del ${dt(from, lang, r)}.`] },
      it: { s: "Aggiornamento ISTAT del canone", b: [`Facendo seguito alla nostra del ${dt(earlier, lang, r)}, Le comunichiamo che il canone del contratto decorrente dal ${dt(began, lang, r)} passerà da € ${amount(oldRent, "de")} a € ${amount(rent, "de")} mensili a partire dal ${dt(from, lang, r)}.`] },
      nl: { s: "Huurverhoging", b: [`In aansluiting op onze brief van ${dt(earlier, lang, r)} delen wij u mee dat de kale huur van uw woning (huurovereenkomst ingegaan op ${dt(began, lang, r)}) per ${dt(from, lang, r)} wordt verhoogd van € ${amount(oldRent, "de")} naar € ${amount(rent, "de")} per maand.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Property Management", de: "Ihre Hausverwaltung", fr: "Le service gestion locative", es: "Departamento de Administración", it: "L'Amministrazione", nl: "Afdeling Verhuur" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "rent-increase-letter", lang }, r, 0.2);
  }
  const yr = x.y - 1;
  const xd: Day = { y: x.y, m: r.int(4, 10), d: r.int(1, 28) };
  const bal = r.int(2000, 60000) / 100;
  const by = addDays(xd, 30);
  const L = {
    en: { s: `Service charge reconciliation for the year ended 31 December ${yr}`, b: [`The actual service charge expenditure for 1 January ${yr} to 31 December ${yr} exceeded the budget. Your share of the shortfall is £${amount(bal, "en")}.`, `Please pay this amount by ${dt(by, "en", r)}.`] },
    de: { s: `Betriebskostenabrechnung ${yr}`, b: [`anbei erhalten Sie die Abrechnung der Betriebskosten für den Zeitraum 01.01.${yr} bis 31.12.${yr}. Es ergibt sich eine Nachzahlung von ${amount(bal, "de")} €.`, `Bitte überweisen Sie den Betrag bis zum ${dt(by, lang, r)}.`] },
    fr: { s: `Régularisation des charges ${yr}`, b: [`Veuillez trouver ci-joint le décompte des charges locatives pour la période du 01/01/${yr} au 31/12/${yr}. Il reste à votre charge ${amount(bal, "fr")} €.`, `Ce montant sera appelé avec l'échéance du ${dt(by, lang, r)}.`] },
    es: { s: `Liquidación de gastos de comunidad ${yr}`, b: [`Le remitimos la liquidación de gastos del periodo 01/01/${yr} – 31/12/${yr}. El saldo a su cargo asciende a ${amount(bal, "de")} €.`, `Le rogamos lo abone antes del ${dt(by, lang, r)}.`] },
    it: { s: `Rendiconto oneri accessori ${yr}`, b: [`Le trasmettiamo il rendiconto delle spese condominiali relative al periodo 01/01/${yr} – 31/12/${yr}, da cui risulta un conguaglio a Suo carico di € ${amount(bal, "de")}.`, `Il pagamento è richiesto entro il ${dt(by, lang, r)}.`] },
    nl: { s: `Jaarafrekening servicekosten ${yr}`, b: [`Bijgaand ontvangt u de afrekening van de servicekosten over de periode 1 januari ${yr} tot en met 31 december ${yr}. U dient € ${amount(bal, "de")} bij te betalen.`, `Wij verzoeken u dit bedrag vóór ${dt(by, lang, r)} over te maken.`] },
  }[lang];
  return scanned({ text: letter(s, person, xd, lang, r, L.s, L.b, ref, { en: "Accounts Department", de: "Abteilung Betriebskosten", fr: "Le service comptabilité", es: "Departamento de Administración", it: "Ufficio Amministrazione", nl: "Afdeling Servicekosten" }[lang]), documentDate: isoDay(xd), correspondent: s.name, kind: "service-charge-statement", lang }, r, 0.2);
};

const INSURER: PerLang<Org> = {
  en: org("Ageas Insurance Limited", "Ageas House, Hampshire Corporate Park, Eastleigh SO53 3YA", "Authorised by the PRA, FRN 202039", "Eastleigh"),
  de: org("HUK-COBURG Versicherungsgruppe", "Bahnhofsplatz · 96444 Coburg", "HUK-COBURG Allgemeine Versicherung AG · HRB 100 Coburg", "Coburg"),
  fr: org("MAIF", "200 avenue Salvador Allende, 79038 Niort Cedex 9", "Société d'assurance mutuelle à cotisations variables · RCS Niort 775 709 702", "Niort"),
  es: org("Mapfre España S.A.", "Carretera de Pozuelo 50, 28222 Majadahonda", "CIF A-28141935", "Majadahonda"),
  it: org("UnipolSai Assicurazioni S.p.A.", "Via Stalingrado 45, 40128 Bologna", "P.IVA 03740811207 · Albo imprese IVASS 1.00006", "Bologna"),
  nl: org("Centraal Beheer", "Postbus 9150, 7300 HZ Apeldoorn", "Achmea Schadeverzekeringen N.V. · KvK 08053410", "Apeldoorn"),
};

// T6 — insurers' letters, taken in turn: a home-contents renewal (cover period, premium; the premium is the total)
// and a claim settlement (the date of loss and of the claim, the payment; no total labelled).
let insTurn = 0;
const insurance: Template = (r, lang) => {
  const k = turn(insTurn++, 2);
  const s = INSURER[lang];
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const pol = `${r.pick(["HC", "HR", "PH"])}${r.int(1000000, 9999999)}`;
  if (k === 0) {
    const start = addDays(x, r.int(21, 35));
    const end = addDays({ y: start.y + 1, m: start.m, d: start.d }, -1);
    const prem = r.int(9000, 42000) / 100;
    const L = {
      en: { s: "Your home insurance renewal", b: [`Policy number: ${pol}`, `Period of cover: ${dt(start, lang, r)} to ${dt(end, lang, r)}`, `Annual premium (including Insurance Premium Tax): £${amount(prem, "en")}`, "You don't need to do anything — we'll renew automatically and collect your first monthly payment after the renewal date."] },
      de: { s: "Beitragsrechnung Hausratversicherung", b: [`Versicherungsschein-Nr.: ${pol}`, `Versicherungsjahr: ${num(start, lang)} bis ${num(end, lang)}`, `Jahresbeitrag inkl. Versicherungsteuer: ${amount(prem, "de")} €`, `Der Beitrag ist fällig zum ${num(start, lang)} und wird von Ihrem Konto abgebucht.`] },
      fr: { s: "Avis d'échéance — assurance habitation", b: [`Contrat n° ${pol}`, `Période garantie : du ${num(start, lang)} au ${num(end, lang)}`, `Cotisation annuelle TTC : ${amount(prem, "fr")} €`, "Elle sera prélevée en 10 mensualités."] },
      es: { s: "Renovación de su seguro de hogar", b: [`Póliza n.º ${pol}`, `Periodo de cobertura: del ${num(start, lang)} al ${num(end, lang)}`, `Prima total anual: ${amount(prem, "de")} €`, "El recibo se cargará en su cuenta en la fecha de efecto."] },
      it: { s: "Avviso di scadenza — polizza casa", b: [`Polizza n. ${pol}`, `Periodo di copertura: dal ${num(start, lang)} al ${num(end, lang)}`, `Premio annuo lordo: € ${amount(prem, "de")}`, "Il premio può essere pagato in agenzia o tramite addebito diretto."] },
      nl: { s: "Verlenging inboedelverzekering", b: [`Polisnummer ${pol}`, `Verzekeringsperiode: ${num(start, lang)} t/m ${num(end, lang)}`, `Jaarpremie incl. assurantiebelasting: € ${amount(prem, "de")}`, "Wij schrijven de premie automatisch af."] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${pol}`, { en: "Customer Service Team", de: "Ihr Kundenservice", fr: "Votre service clients", es: "Atención al Cliente", it: "Servizio Clienti", nl: "Klantenservice" }[lang]), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(prem, lang), kind: "home-insurance-renewal", lang }, r, 0.2);
  }
  const loss = addDays(x, -r.int(20, 80));
  const claimed = addDays(loss, r.int(1, 6));
  const paid = r.int(20000, 380000) / 100;
  const L = {
    en: { s: `Claim ${pol}-C — escape of water on ${dt(loss, lang, r)}`, b: [`Thank you for your claim, reported on ${dt(claimed, lang, r)}.`, `We have agreed to settle it for £${amount(paid, "en")}, after the £250 policy excess. The payment will reach your account within five working days.`] },
    de: { s: `Schadenfall vom ${num(loss, lang)} — Leitungswasserschaden`, b: [`vielen Dank für Ihre Schadenmeldung vom ${dt(claimed, lang, r)}.`, `Wir regulieren den Schaden mit ${amount(paid, "de")} € (nach Abzug der Selbstbeteiligung von 150 €) und überweisen den Betrag in den nächsten Tagen.`] },
    fr: { s: `Sinistre dégât des eaux du ${num(loss, lang)}`, b: [`Suite à votre déclaration du ${dt(claimed, lang, r)} et au rapport de l'expert, nous vous adressons une indemnité de ${amount(paid, "fr")} €, franchise déduite.`] },
    es: { s: `Siniestro por daños por agua de fecha ${num(loss, lang)}`, b: [`En relación con el parte comunicado el ${dt(claimed, lang, r)}, le informamos de que procederemos a indemnizarle con ${amount(paid, "de")} €.`] },
    it: { s: `Sinistro del ${num(loss, lang)} — danni da acqua condotta`, b: [`con riferimento alla denuncia del ${dt(claimed, lang, r)}, Le comunichiamo la liquidazione di € ${amount(paid, "de")}, al netto della franchigia.`] },
    nl: { s: `Schademelding waterschade van ${num(loss, lang)}`, b: [`Naar aanleiding van uw melding op ${dt(claimed, lang, r)} keren wij € ${amount(paid, "de")} uit, na aftrek van het eigen risico.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${pol}-S`, { en: "Claims Team", de: "Ihre Schadenabteilung", fr: "Le service sinistres", es: "Departamento de Siniestros", it: "Ufficio Sinistri", nl: "Afdeling Schade" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "claim-settlement-letter", lang }, r, 0.2);
};

const PENSION: PerLang<Org> = {
  en: org("The Pension Service", "Wolverhampton Pension Centre, Mail Handling Site A, Wolverhampton WV98 1AF", "Department for Work and Pensions", "Wolverhampton"),
  de: org("Deutsche Rentenversicherung Bund", "10704 Berlin", "www.deutsche-rentenversicherung.de", "Berlin"),
  fr: org("Assurance retraite — Carsat Rhône-Alpes", "35 rue Maurice Flandin, 69436 Lyon Cedex 03", "Caisse d'assurance retraite et de la santé au travail", "Lyon"),
  es: org("Instituto Nacional de la Seguridad Social", "Dirección Provincial de Valencia, Calle Bailén 42, 46007 Valencia", "Ministerio de Inclusión, Seguridad Social y Migraciones", "Valencia"),
  it: org("INPS — Istituto Nazionale Previdenza Sociale", "Direzione Provinciale di Torino, Via XX Settembre 34, 10121 Torino", "www.inps.it", "Torino"),
  nl: org("Sociale Verzekeringsbank", "Postbus 18041, 3501 CA Utrecht", "www.svb.nl", "Utrecht"),
};
const TAXOFFICE: PerLang<Org> = {
  en: org("HM Revenue and Customs", "Self Assessment, BX9 1AS", "www.gov.uk/hmrc", "BX9 1AS"),
  de: org("Finanzamt Bochum-Mitte", "Castroper Straße 40-42 · 44791 Bochum", "Steuernummer bei Antwort angeben", "Bochum"),
  fr: org("Service des impôts des particuliers de Rennes", "Cité administrative, 35000 Rennes", "Direction générale des Finances publiques", "Rennes"),
  es: org("Agencia Tributaria — Delegación de Zaragoza", "Calle Albareda 16, 50004 Zaragoza", "Procedimiento de comprobación limitada", "Zaragoza"),
  it: org("Agenzia delle Entrate — Direzione Provinciale di Bari", "Via Amendola 201/7, 70126 Bari", "Ufficio Controlli", "Bari"),
  nl: org("Belastingdienst", "Postbus 9050, 7300 GM Apeldoorn", "Particulieren", "Apeldoorn"),
};
const VEHICLE: PerLang<Org> = {
  en: org("DVLA", "Swansea SA99 1BA", "Driver and Vehicle Licensing Agency", "Swansea"),
  de: org("Landratsamt Rems-Murr-Kreis — Zulassungsstelle", "Alter Postplatz 10 · 71332 Waiblingen", "Öffnungszeiten Mo–Fr 7:30–12:00", "Waiblingen"),
  fr: org("Agence nationale des titres sécurisés", "Service certificat d'immatriculation, 37 rue de la Briqueterie, 60000 Beauvais", "ANTS · Ministère de l'Intérieur", "Beauvais"),
  es: org("Dirección General de Tráfico — Jefatura Provincial de Murcia", "Calle Puerta Nueva 6, 30008 Murcia", "Ministerio del Interior", "Murcia"),
  it: org("Motorizzazione Civile — UMC Firenze", "Via dell'Arcovata 6, 50127 Firenze", "Ministero delle Infrastrutture e dei Trasporti", "Firenze"),
  nl: org("RDW", "Postbus 30000, 9640 RA Veendam", "Rijksdienst voor het Wegverkeer", "Veendam"),
};

// T7 — authorities, taken in turn: the pension office's annual statement (birth date, retirement date), the tax
// office's request for documents by a deadline (the tax year, an earlier return), the vehicle registration office
// (first registration, the licence's issue date, an inspection due).
let authTurn = 0;
const authorities: Template = (r, lang) => {
  const k = turn(authTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const ref = `${refWord[lang]} ${r.int(10, 99)} ${r.int(100000, 999999)} ${String.fromCharCode(65 + r.int(0, 25))}`;
  if (k === 0) {
    const s = PENSION[lang];
    const b = born(r, 1958, 1985);
    const ret: Day = { y: b.y + 67, m: b.m === 12 ? 12 : b.m + 1, d: 1 };
    const amt = r.int(90000, 240000) / 100;
    const L = {
      en: { s: "Your State Pension forecast", b: [`Date of birth: ${dt(b, lang, r)}`, `You can get your State Pension on ${dt(ret, lang, r)}.`, `Your forecast is £${amount(amt / 4.3, "en")} a week, based on your National Insurance record up to 5 April ${x.y - 1}.`] },
      de: { s: "Renteninformation", b: [`Versicherungsnummer ${r.int(10, 99)} ${pad(b.d)}${pad(b.m)}${String(b.y).slice(2)} ${String.fromCharCode(65 + r.int(0, 25))} ${r.int(100, 999)}, geboren am ${num(b, lang)}`, `Ihre Regelaltersrente beginnt am ${num(ret, lang)}.`, `Die Höhe Ihrer künftigen Regelaltersrente beträgt nach heutigem Stand ${amount(amt, "de")} €.`] },
      fr: { s: "Votre relevé de situation individuelle", b: [`Né(e) le ${num(b, lang)}`, `Âge légal de départ : à partir du ${dt(ret, lang, r)}.`, `Relevé des trimestres validés arrêté au 31/12/${x.y - 1}.`] },
      es: { s: "Informe de previsión de jubilación", b: [`Fecha de nacimiento: ${num(b, lang)}`, `Fecha prevista de jubilación ordinaria: ${num(ret, lang)}.`, `Cotizaciones computadas hasta el 31/12/${x.y - 1}. Pensión estimada: ${amount(amt, "de")} € mensuales.`] },
      it: { s: "Estratto conto contributivo", b: [`Data di nascita: ${num(b, lang)}`, `Data presunta di pensionamento di vecchiaia: ${num(ret, lang)}.`, `Contributi accreditati fino al 31/12/${x.y - 1}.`] },
      nl: { s: "Uw AOW-overzicht", b: [`Geboortedatum: ${dt(b, lang, r)}`, `Uw AOW gaat in op ${dt(ret, lang, r)}.`, `U heeft tot en met 31 december ${x.y - 1} AOW opgebouwd.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, ""), documentDate: isoDay(x), correspondent: s.name, kind: "pension-statement", lang }, r, 0.2);
  }
  if (k === 1) {
    const s = TAXOFFICE[lang];
    const yr = x.y - 1;
    const filed = addDays(x, -r.int(20, 120));
    const by = addDays(x, r.pick([14, 21, 30]));
    const L = {
      en: { s: `Self Assessment tax return ${yr}–${String(yr + 1).slice(2)}: we need more information`, b: [`We are checking the tax return you sent us on ${dt(filed, lang, r)}.`, `Please send copies of your rental income records and receipts for allowable expenses by ${dt(by, lang, r)}.`] },
      de: { s: `Einkommensteuererklärung ${yr}`, b: [`zur Bearbeitung Ihrer am ${dt(filed, lang, r)} eingegangenen Erklärung benötige ich noch folgende Unterlagen: Nachweise über Handwerkerleistungen, Spendenbescheinigungen.`, `Bitte reichen Sie diese bis zum ${dt(by, lang, r)} ein.`] },
      fr: { s: `Demande de renseignements — revenus ${yr}`, b: [`Votre déclaration reçue le ${dt(filed, lang, r)} appelle des précisions concernant les frais réels déduits.`, `Merci de nous transmettre vos justificatifs avant le ${dt(by, lang, r)} via votre espace particulier.`] },
      es: { s: `Requerimiento de documentación — IRPF ejercicio ${yr}`, b: [`En relación con la autoliquidación presentada el ${dt(filed, lang, r)}, se le requiere para que aporte justificantes de la deducción por alquiler de vivienda.`, `Plazo: hasta el ${dt(by, lang, r)}.`] },
      it: { s: `Richiesta documenti — Modello 730/${yr + 1}, redditi ${yr}`, b: [`In relazione alla dichiarazione trasmessa il ${dt(filed, lang, r)}, La invitiamo a esibire la documentazione delle spese sanitarie detratte.`, `Termine per la consegna: ${dt(by, lang, r)}.`] },
      nl: { s: `Informatieverzoek aangifte inkomstenbelasting ${yr}`, b: [`Wij behandelen uw aangifte die wij op ${dt(filed, lang, r)} ontvingen. Stuur ons de bewijsstukken van uw aftrekposten.`, `Wij moeten de gegevens uiterlijk ${dt(by, lang, r)} hebben.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Officer 114, Individuals Compliance", de: "Sachgebiet 21", fr: "Le contrôleur des finances publiques", es: "Unidad de Gestión", it: "Il Funzionario", nl: "Team Particulieren" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "tax-office-request", lang }, r, 0.2);
  }
  const s = VEHICLE[lang];
  const first: Day = { y: x.y - r.int(2, 14), m: r.int(1, 12), d: r.int(1, 28) };
  const lic: Day = { y: x.y - r.int(1, 20), m: r.int(1, 12), d: r.int(1, 28) };
  const insp: Day = { y: x.y + r.int(0, 1), m: r.int(1, 12), d: 1 };
  const L = {
    en: { s: "V5C registration certificate — change of keeper confirmed", b: [`Vehicle: ${r.pick(["FORD FOCUS", "VAUXHALL CORSA", "TOYOTA YARIS"])}, date of first registration ${dt(first, lang, r)}.`, `Your driving licence (issued ${num(lic, lang)}) is recorded against this vehicle. Its MOT expires on ${num(insp, lang)}.`] },
    de: { s: "Umschreibung Ihres Fahrzeugs", b: [`Fahrzeug ${r.pick(["VW Golf", "Opel Astra", "Skoda Octavia"])}, Erstzulassung ${num(first, lang)}.`, `Führerschein ausgestellt am ${num(lic, lang)}. Nächste Hauptuntersuchung: ${pad(insp.m)}/${insp.y}.`] },
    fr: { s: "Votre certificat d'immatriculation", b: [`Véhicule ${r.pick(["Peugeot 208", "Renault Clio", "Citroën C3"])}, date de première immatriculation : ${num(first, lang)}.`, `Permis de conduire délivré le ${num(lic, lang)}. Prochain contrôle technique avant le ${num(insp, lang)}.`] },
    es: { s: "Cambio de titularidad del vehículo", b: [`Vehículo ${r.pick(["SEAT Ibiza", "Renault Megane", "Kia Ceed"])}, fecha de primera matriculación: ${num(first, lang)}.`, `Permiso de conducción expedido el ${num(lic, lang)}. Próxima ITV: ${num(insp, lang)}.`] },
    it: { s: "Aggiornamento della carta di circolazione", b: [`Veicolo ${r.pick(["Fiat Panda", "Lancia Ypsilon", "Fiat Tipo"])}, prima immatricolazione ${num(first, lang)}.`, `Patente rilasciata il ${num(lic, lang)}. Prossima revisione entro ${pad(insp.m)}/${insp.y}.`] },
    nl: { s: "Tenaamstelling voertuig", b: [`Voertuig ${r.pick(["Volkswagen Polo", "Toyota Aygo", "Kia Picanto"])}, datum eerste toelating ${num(first, lang)}.`, `Rijbewijs afgegeven op ${num(lic, lang)}. APK vervalt op ${num(insp, lang)}.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, ""), documentDate: isoDay(x), correspondent: s.name, kind: "vehicle-registration-letter", lang }, r, 0.2);
};

// ─── Contracts, orders and the rest ──────────────────────────────────────────────────────────────────────────────

const TELCO: PerLang<Org> = {
  en: org("Community Fibre Ltd", "The Tower, 2 Kings Cross Road, London WC1X 9QS", "Registered in England No. 06103738", "London"),
  de: org("M-net Telekommunikations GmbH", "Frankfurter Ring 158 · 80807 München", "HRB 121251 München", "München"),
  fr: org("Free", "Service abonnés, 75371 Paris Cedex 08", "Free SAS · RCS Paris 421 938 861", "Paris"),
  es: org("Avatel Telecom S.A.", "Calle Severo Ochoa 45, 29590 Málaga", "CIF A-93321456", "Málaga"),
  it: org("Tiscali Italia S.p.A.", "Loc. Sa Illetta, 09123 Cagliari", "P.IVA 02508100928", "Cagliari"),
  nl: org("Odido Netherlands B.V.", "Postbus 16300, 2500 BH Den Haag", "KvK 14043981", "Den Haag"),
};
const FURNITURE: PerLang<Org> = {
  en: org("Barker and Stonehouse", "Team Valley Trading Estate, Gateshead NE11 0BE", "Company No. 00347541 · VAT 192 4377 16", "Gateshead"),
  de: org("Möbel Martin GmbH & Co. KG", "Hohenzollernstraße 100 · 66117 Saarbrücken", "HRA 11211 Saarbrücken", "Saarbrücken"),
  fr: org("Roche Bobois Bordeaux", "24 cours Clemenceau, 33000 Bordeaux", "SAS Ameublement Aquitaine · RCS Bordeaux 399 001 773", "Bordeaux"),
  es: org("Muebles Boom", "Avda. de Andalucía 120, 14014 Córdoba", "CIF B-14332871", "Córdoba"),
  it: org("Mondo Convenienza", "Via della Pisana 1406, 00163 Roma", "P.IVA 07291941005", "Roma"),
  nl: org("Leen Bakker", "Postbus 2026, 5300 CA Zaltbommel", "KvK 16035093", "Zaltbommel"),
};

// T8 — contracts and order confirmations, taken in turn: a broadband contract signed at the foot (the service
// starts later, a minimum term; the signing date is the document's), a furniture order confirmation (the order
// date; a delivery week, a deposit paid; the total).
let contractTurn = 0;
const contractsAndOrders: Template = (r, lang) => {
  const k = turn(contractTurn++, 2);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const s = TELCO[lang];
    const start = addDays(x, r.int(7, 21));
    const months = r.pick([12, 18, 24]);
    const end = addDays({ y: start.y + Math.floor((start.m - 1 + months) / 12), m: ((start.m - 1 + months) % 12) + 1, d: start.d > 28 ? 28 : start.d }, -1);
    const b = born(r);
    const price = r.pick([25, 29.99, 34.99, 39.99]);
    const L = {
      en: { h: "Broadband Service Agreement", cust: "Customer", dob: "Date of birth", plan: "Package", start: "Service start date", term: `Minimum term ${months} months, ending`, price: "Monthly charge", sign: "Signed by the customer", on: "Date" },
      de: { h: "Auftrag Internet & Telefon", cust: "Vertragspartner", dob: "Geburtsdatum", plan: "Tarif", start: "Gewünschter Anschlusstermin", term: `Mindestlaufzeit ${months} Monate, bis`, price: "Monatlicher Grundpreis", sign: "Unterschrift Kunde", on: "Ort, Datum" },
      fr: { h: "Contrat d'abonnement Fibre", cust: "Titulaire", dob: "Date de naissance", plan: "Offre", start: "Date de mise en service", term: `Engagement ${months} mois, jusqu'au`, price: "Prix mensuel", sign: "Signature du client, précédée de la mention « lu et approuvé »", on: "Fait le" },
      es: { h: "Contrato de servicios de fibra", cust: "Titular", dob: "Fecha de nacimiento", plan: "Tarifa", start: "Fecha de alta prevista", term: `Permanencia ${months} meses, hasta`, price: "Cuota mensual", sign: "Firma del cliente", on: "Fecha" },
      it: { h: "Proposta di contratto — Fibra", cust: "Intestatario", dob: "Data di nascita", plan: "Offerta", start: "Data attivazione prevista", term: `Durata minima ${months} mesi, fino al`, price: "Canone mensile", sign: "Firma del cliente", on: "Luogo e data" },
      nl: { h: "Overeenkomst Internet", cust: "Klant", dob: "Geboortedatum", plan: "Abonnement", start: "Ingangsdatum", term: `Looptijd ${months} maanden, tot`, price: "Maandbedrag", sign: "Handtekening klant", on: "Datum" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.cust}:`, bare(person), 30),
      cols(`${L.dob}:`, num(b, lang), 30),
      cols(`${L.plan}:`, r.pick(["Fibre 500", "Fibre 1000", "Fibre 150"]), 30),
      cols(`${L.start}:`, num(start, lang), 30),
      cols(`${L.term}`, num(end, lang), 30),
      cols(`${L.price}:`, money(price, lang, r), 30),
      "",
      `${L.on}: ${lang === "de" || lang === "it" ? `${home(r, lang).split("\n")[1]!.replace(/^\d+ /, "")}, ` : ""}${num(x, lang)}`,
      `${L.sign}: ____________________`,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "broadband-contract", lang }, r, 0.25);
  }
  const s = FURNITURE[lang];
  const week = addDays(x, r.int(28, 84));
  const items = [
    { d: { en: "Sofa 3-seater, fabric Slate", de: "Polstergarnitur 3-2-1, Stoff anthrazit", fr: "Canapé 3 places cuir", es: "Sofá chaise longue", it: "Divano 3 posti", nl: "Hoekbank Milaan" }[lang], p: r.int(69900, 249900) / 100 },
    { d: { en: "Delivery and assembly", de: "Lieferung und Montage", fr: "Livraison et installation", es: "Transporte y montaje", it: "Trasporto e montaggio", nl: "Bezorgen en monteren" }[lang], p: r.pick([49, 79, 99]) },
  ];
  const total = cents(items.reduce((a, i) => a + i.p, 0));
  const dep = cents(Math.round(total * 0.3));
  const L = {
    en: { h: "ORDER CONFIRMATION", no: "Order no.", dt: "Order date", tot: "Order total", dep: "Deposit paid", bal: "Balance due before delivery", del: "Estimated delivery: week commencing" },
    de: { h: "Auftragsbestätigung", no: "Auftrags-Nr.", dt: "Auftragsdatum", tot: "Gesamtpreis", dep: "Anzahlung erhalten", bal: "Restbetrag bei Lieferung", del: "Voraussichtliche Lieferung: KW ab" },
    fr: { h: "Bon de commande", no: "Commande n°", dt: "Date de commande", tot: "Total TTC", dep: "Acompte versé", bal: "Solde à la livraison", del: "Livraison prévue semaine du" },
    es: { h: "Confirmación de pedido", no: "Pedido n.º", dt: "Fecha de pedido", tot: "Total", dep: "Entrega a cuenta", bal: "Pendiente a la entrega", del: "Entrega prevista semana del" },
    it: { h: "Conferma d'ordine", no: "Ordine n.", dt: "Data ordine", tot: "Totale", dep: "Acconto versato", bal: "Saldo alla consegna", del: "Consegna prevista settimana del" },
    nl: { h: "Orderbevestiging", no: "Ordernummer", dt: "Besteldatum", tot: "Totaal", dep: "Aanbetaling ontvangen", bal: "Restant bij levering", del: "Verwachte levering: week van" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    cols(`${L.no}`, `${r.int(100000, 999999)}`, 24),
    cols(`${L.dt}`, dt(x, lang, r), 24),
    "",
    bare(person),
    home(r, lang),
    "",
    ...items.map((i) => cols(i.d, bareAmt(i.p, lang), 44)),
    cols(L.tot, money(total, lang, r), 44),
    cols(L.dep, bareAmt(dep, lang), 44),
    cols(L.bal, bareAmt(cents(total - dep), lang), 44),
    "",
    `${L.del} ${num(week, lang)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "furniture-order", lang }, r, 0.2);
};

const LAB: PerLang<Org> = {
  en: org("Pathology Department, Royal Devon University Hospital", "Barrack Road, Exeter EX2 5DW", "Royal Devon University Healthcare NHS Foundation Trust", "Exeter"),
  de: org("MVZ Labor Dr. Limbach & Kollegen", "Im Breitspiel 16 · 69126 Heidelberg", "Ärztlicher Leiter: Dr. med. R. Weiß", "Heidelberg"),
  fr: org("Laboratoire Cerballiance Nantes Centre", "9 rue de Bréa, 44000 Nantes", "SELAS Cerballiance Atlantique · FINESS 440054321", "Nantes"),
  es: org("Laboratorio Análisis Clínicos Dr. Bastida", "Calle Colón 40, 46004 Valencia", "Reg. Sanitario 5521", "Valencia"),
  it: org("Laboratorio Analisi Cliniche Synlab", "Via Monza 38, 20127 Milano", "Direttore Sanitario Dott. F. Mauri", "Milano"),
  nl: org("Star-shl Medisch Diagnostisch Centrum", "Postbus 8641, 3009 AP Rotterdam", "AGB 25370010", "Rotterdam"),
};
const LIBRARY: PerLang<Org> = {
  en: org("Hampshire Library Service", "Basingstoke Discovery Centre, Festival Place, Basingstoke RG21 7LE", "Hampshire County Council", "Basingstoke"),
  de: org("Stadtbibliothek Bremen", "Am Wall 201 · 28195 Bremen", "Eigenbetrieb der Stadtgemeinde Bremen", "Bremen"),
  fr: org("Médiathèque José Cabanis", "1 allée Jacques Chaban-Delmas, 31500 Toulouse", "Bibliothèque de Toulouse", "Toulouse"),
  es: org("Biblioteca Pública Municipal de Gijón", "Calle Jovellanos 21, 33201 Gijón", "Ayuntamiento de Gijón", "Gijón"),
  it: org("Biblioteca Civica di Bergamo", "Piazza Vecchia 15, 24129 Bergamo", "Comune di Bergamo", "Bergamo"),
  nl: org("Bibliotheek Rotterdam", "Hoogstraat 110, 3011 PV Rotterdam", "Stichting Bibliotheek Rotterdam", "Rotterdam"),
};
const BOILER: PerLang<Org> = {
  en: org("HeatRight Services", "22 Mill Lane, Derby DE1 1GH", "Gas Safe Reg. 611207", "Derby"),
  de: org("Schornsteinfegermeister Uwe Brandt", "Bezirk Kassel 12 · Lindenweg 3 · 34117 Kassel", "Bevollmächtigter Bezirksschornsteinfeger", "Kassel"),
  fr: org("Chauffage Services Dupuis", "8 rue du Commerce, 21000 Dijon", "SIRET 480 112 337 00019 · Qualigaz", "Dijon"),
  es: org("Servicio Técnico Calderas Norte", "Calle Uría 55, 33003 Oviedo", "Empresa instaladora RITE 33/0451", "Oviedo"),
  it: org("Termoidraulica Bassi", "Via Emilia 220, 43125 Parma", "Manutentore abilitato DM 37/08 · P.IVA 02119370346", "Parma"),
  nl: org("CV-Service Brabant", "Ringbaan-Oost 102, 5013 CD Tilburg", "KvK 18077123 · Erkend installateur", "Tilburg"),
};

// T9 — less common kinds, taken in turn: a lab report (the sample's date, the birth date; the report date is the
// document's), a library's overdue notice (items' due dates; the notice date), a boiler or chimney service record
// (the visit's date is the document's; the next service due, the appliance's installation year).
let rareTurn = 0;
const rare: Template = (r, lang) => {
  const k = turn(rareTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const s = LAB[lang];
    const sample = addDays(x, -r.int(1, 4));
    const b = born(r);
    const L = {
      en: { h: "Clinical Biochemistry Report", pat: "Patient", dob: "DOB", col: "Collected", rep: "Reported", req: "Requested by Dr A. Fraser, Heavitree Surgery" },
      de: { h: "Laborbefund", pat: "Patient", dob: "geb.", col: "Probenentnahme", rep: "Befunddatum", req: "Einsender: Praxis Dr. Lang, Heidelberg" },
      fr: { h: "Compte rendu d'analyses", pat: "Patient", dob: "Né(e) le", col: "Prélèvement du", rep: "Édité le", req: "Prescripteur : Dr Morel" },
      es: { h: "Informe de laboratorio", pat: "Paciente", dob: "F. nac.", col: "Fecha de extracción", rep: "Fecha de informe", req: "Solicitante: Dr. Aguirre, C.S. Ruzafa" },
      it: { h: "Referto analisi", pat: "Paziente", dob: "Nato/a il", col: "Data prelievo", rep: "Data referto", req: "Medico richiedente: Dott. Colombo" },
      nl: { h: "Uitslag laboratoriumonderzoek", pat: "Patiënt", dob: "Geb.", col: "Afname", rep: "Rapportagedatum", req: "Aanvrager: huisartsenpraktijk Kralingen" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      `${L.pat}: ${bare(person)}   ${L.dob} ${num(b, lang)}`,
      `${L.col}: ${num(sample, lang)} ${hm(r, 7, 11)}`,
      `${L.rep}: ${num(x, lang)}`,
      L.req,
      "",
      `HbA1c              ${r.int(32, 52)} mmol/mol   (20-42)`,
      `${{ en: "Cholesterol", de: "Cholesterin", fr: "Cholestérol", es: "Colesterol", it: "Colesterolo", nl: "Cholesterol" }[lang].padEnd(19)}${amount(r.int(38, 72) / 10, lang === "en" ? "plain-dot" : "plain-comma")} mmol/L`,
      `TSH                ${amount(r.int(5, 40) / 10, lang === "en" ? "plain-dot" : "plain-comma")} mU/L      (0.4-4.0)`,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "lab-report", lang }, r, 0.25);
  }
  if (k === 1) {
    const s = LIBRARY[lang];
    const due1 = addDays(x, -r.int(7, 30));
    const due2 = addDays(due1, r.int(0, 5));
    const fine = r.int(50, 600) / 100;
    const L = {
      en: { h: "Overdue items reminder", b: "Our records show that the following items are overdue. Please return or renew them as soon as possible.", due: "due back", fee: "Charges to date" },
      de: { h: "Mahnung — Leihfristüberschreitung", b: "die folgenden Medien haben die Leihfrist überschritten. Bitte geben Sie sie umgehend zurück.", due: "fällig am", fee: "Säumnisgebühren bisher" },
      fr: { h: "Rappel — documents en retard", b: "Les documents suivants auraient dû être rendus. Merci de les rapporter rapidement.", due: "à rendre le", fee: "Pénalités à ce jour" },
      es: { h: "Aviso de préstamo vencido", b: "Los siguientes documentos han superado el plazo de préstamo. Le rogamos los devuelva.", due: "devolución", fee: "Sanción acumulada" },
      it: { h: "Sollecito restituzione prestiti", b: "I seguenti documenti risultano scaduti. La preghiamo di restituirli al più presto.", due: "scadenza", fee: "Penali maturate" },
      nl: { h: "Herinnering te laat", b: "De volgende materialen hadden al ingeleverd moeten zijn. Wilt u ze zo snel mogelijk terugbrengen of verlengen?", due: "inleverdatum", fee: "Boete tot nu toe" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h}                    ${num(x, lang)}`,
      "",
      L.b,
      "",
      `1. ${r.pick(["The Salt Path", "Der Schwarm", "L'Étranger", "La sombra del viento", "Il nome della rosa", "Het Achterhuis"])} — ${L.due} ${num(due1, lang)}`,
      `2. ${r.pick(["Lonely Planet Portugal", "Kochen für Anfänger", "Atlas du monde", "Guía de Asturias", "Guida alle Dolomiti", "Fietsroutes Zeeland"])} — ${L.due} ${num(due2, lang)}`,
      "",
      `${L.fee}: ${money(fine, lang, r)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "library-overdue-notice", lang }, r, 0.25);
  }
  const s = BOILER[lang];
  const next = addDays({ y: x.y + 1, m: x.m, d: 1 }, -1);
  const inst = x.y - r.int(3, 18);
  const L = {
    en: { h: "Landlord/Homeowner Gas Safety Record", v: "Inspection date", app: `Boiler: Worcester Greenstar 30i, installed ${inst}`, res: "Result: SAFE TO USE", next: "Next safety check due by" },
    de: { h: "Bescheinigung über die Feuerstättenschau / Abgaswegeüberprüfung", v: "Datum der Überprüfung", app: `Gas-Brennwerttherme Vaillant ecoTEC, Baujahr ${inst}`, res: "Ergebnis: ohne Mängel", next: "Nächste Überprüfung fällig bis" },
    fr: { h: "Attestation d'entretien de chaudière", v: "Date de la visite", app: `Chaudière gaz Saunier Duval, mise en service ${inst}`, res: "Résultat : conforme", next: "Prochain entretien avant le" },
    es: { h: "Certificado de revisión de caldera", v: "Fecha de revisión", app: `Caldera Junkers Cerapur, instalada en ${inst}`, res: "Resultado: favorable", next: "Próxima revisión antes de" },
    it: { h: "Rapporto di controllo di efficienza energetica", v: "Data del controllo", app: `Caldaia Baxi Luna, installata nel ${inst}`, res: "Esito: impianto idoneo", next: "Prossimo controllo entro il" },
    nl: { h: "Onderhoudsrapport cv-ketel", v: "Datum onderhoud", app: `Cv-ketel Remeha Avanta, bouwjaar ${inst}`, res: "Resultaat: goedgekeurd", next: "Volgend onderhoud uiterlijk" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    s.foot,
    "",
    L.h,
    cols(`${L.v}:`, num(x, lang), 30),
    bare(person),
    home(r, lang),
    "",
    L.app,
    L.res,
    `${L.next}: ${num(next, lang)}`,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "boiler-service-record", lang }, r, 0.25);
};

// T10 — what a phone or a scanner app hands over without a printed date: a parking meter's ticket photographed with
// its head torn off, a handwritten receipt for cash, a car's odometer, dated only by the file name
// ("PXL_20250303_143210123.jpg", "IMG-20250303-WA0007.jpg", "Scan 3 Mar 2025.pdf", "Document_2025-03-03.pdf",
// "20250303_143210.heic"); and pages with no date at all (label null): a product's instructions, a recipe, a
// children's drawing's back, a business card, a leaflet. Taken in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  if (turn(n, 2) === 0) {
    const texts: PerLang<string[]> = {
      en: ["PAY & DISPLAY\nTariff 2 hrs £3.40\nPAID £3.40\nDISPLAY ON DASHBOARD", "Received with thanks £120 cash\nfor decorating hallway — M. Byrne", "Odometer 084 512 mi"],
      de: ["PARKSCHEIN\nParkzeit 1 Std. 30 Min.\nBetrag 2,50 EUR\nGut sichtbar auslegen", "Betrag von 35 € bar erhalten\nfür Nachhilfe Mathe, 2 Std.\nL. Schmitt", "Kilometerstand 102 334 km"],
      fr: ["HORODATEUR\nDurée 2h00\nMontant 3,60 €\nÀ placer derrière le pare-brise", "Reçu 90 € en espèces\npour garde d'enfants\nÉlodie", "Kilométrage 88 210 km"],
      es: ["ORA — ESTACIONAMIENTO REGULADO\nTiempo 1 h 30 min\nImporte 1,85 €", "He recibido 60 € en efectivo\npor clases de guitarra\nRaúl", "Cuentakilómetros 145 023 km"],
      it: ["PARCOMETRO\nSosta 2 ore\nImporto € 3,00\nEsporre sul cruscotto", "Ricevuti € 50 in contanti\nper ripetizioni di latino\nChiara", "Contachilometri 076 455 km"],
      nl: ["PARKEERKAARTJE\nParkeerduur 2 uur\nBedrag € 5,60\nAchter de voorruit leggen", "€ 25 contant ontvangen\nvoor oppassen\nLotte", "Kilometerstand 131 870 km"],
    };
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const hh = pad(r.int(7, 21)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const shape = Math.floor(n / 2) % 5;
    const filename = [`PXL_${ymd}_${hh}${mi}${ss}${r.int(100, 999)}.jpg`, `IMG-${ymd}-WA${pad(r.int(0, 99), 4)}.jpg`, `Scan ${x.d} ${MONTHS_ABBR.en[x.m - 1]!} ${x.y}.pdf`, `Document_${isoDay(x)}.pdf`, `${ymd}_${hh}${mi}${ss}.heic`][shape]!;
    return { text: r.pick(texts[lang]), filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["pixel", "whatsapp", "scan-mon", "document-iso", "heic"][shape]}`, lang };
  }
  const texts: PerLang<string[]> = {
    en: ["Assembly instructions\nStep 1: Attach legs (A) to the frame with screws (C).\nStep 2: Tighten all bolts after 2 weeks of use.", "Grandma's scones\n225g self-raising flour, 55g butter, 150ml milk\nBake at 220°C for 12 minutes", "Sarah Evans · Chartered Physiotherapist\n07700 900 412 · sarah@physio.example"],
    de: ["Montageanleitung\nSchritt 1: Beine (A) mit Schrauben (C) am Gestell befestigen.\nSchritt 2: Nach 2 Wochen alle Schrauben nachziehen.", "Omas Apfelkuchen\n250 g Mehl, 125 g Butter, 1 Ei, 4 Äpfel\n45 Minuten bei 180 °C", "Markus Feld · Steuerberater\nTel. 0711 555 2290 · feld@stb.example"],
    fr: ["Notice de montage\nÉtape 1 : fixer les pieds (A) avec les vis (C).\nÉtape 2 : resserrer après 2 semaines.", "Crêpes de Mamie\n250 g de farine, 4 œufs, 50 cl de lait\nRepos 1 heure", "Julie Marchand · Ostéopathe D.O.\n06 12 34 56 78"],
    es: ["Instrucciones de montaje\nPaso 1: fije las patas (A) con los tornillos (C).\nPaso 2: reapriete tras 2 semanas.", "Tortilla de la abuela\n6 huevos, 4 patatas, 1 cebolla, aceite", "Carlos Núñez · Fisioterapeuta\n612 345 678"],
    it: ["Istruzioni di montaggio\nFase 1: fissare le gambe (A) con le viti (C).\nFase 2: serrare di nuovo dopo 2 settimane.", "Tiramisù della nonna\n500 g mascarpone, 4 uova, savoiardi, caffè", "Arch. Elena Ricci\n333 123 4567 · ricci@studio.example"],
    nl: ["Montagehandleiding\nStap 1: bevestig de poten (A) met schroeven (C).\nStap 2: na 2 weken alle bouten natrekken.", "Appeltaart van oma\n300 g bloem, 200 g boter, 1 kg appels, kaneel", "Pieter de Wit · Fysiotherapeut\n06 1234 5678"],
  };
  return { text: r.pick(texts[lang]), filename: r.pick(["IMG_0192.jpg", "Scan.pdf", "document (2).pdf", "foto.jpg", "scan_0004.pdf", "Nieuw document.pdf"]), documentDate: null, correspondent: null, kind: "undated-page", lang };
};

export const HELDOUT8_TEMPLATES: Template[] = [receipts, invoices, bills, bankLetters, workAndHome, insurance, authorities, contractsAndOrders, rare, photosAndScans];
export const heldout8Langs = (): Lang[] => ALL;
