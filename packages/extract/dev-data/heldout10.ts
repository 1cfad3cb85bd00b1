// The tenth HELD-OUT half of the fields dev set (issue 17), round 13: written and committed (with its JSONL) before any
// reader change of round 13, to measure the document-date, correspondent and total readers on documents nobody tuned
// on. Never read by training, never used to choose between variants before the one measurement. Written from the
// earlier halves' headers and generators only (not from the readers). Like heldout6 to heldout9, its mix follows what a
// household or a small office uploads, in proportions close to reality, in layouts, senders and wordings no other half
// uses: receipts (a bakery's till slip with the date and time at the foot — a German one with its fiscal TSE block of
// ISO start and stop times, an Italian "documento commerciale" — and a cake's collection day ahead; a garden centre's
// with the date over the items, a loyalty balance and a plant guarantee until; a bike shop's with the frame number, the
// first free service due by and the model year; a florist's order slip with the delivery day ahead and a card message;
// a swimming pool's with an ISO stamp and a ten-visit card valid until), invoices of other trades (a chimney sweep's
// with the visit and the next sweep due; a photographer's with the shoot and the gallery's delivery — the English one a
// US photographer's in dollars with month-first dates; a certified translator's with the translated certificate's old
// date, the order and the delivery; a physiotherapist's with dated sessions, the doctor's referral and the patient's
// birth date; a locksmith's night call-out with date and time and a cylinder's guarantee), bills (EV charging with
// dated sessions and the billing period — the English one a US network's in dollars; an owners' association's quarterly
// call for funds with the budget's general meeting and the next one; a season ticket's monthly invoice with the month
// of validity and the debit day; an alarm monitoring company's bill for the quarter ahead with the last maintenance
// visit), bank, card and pension letters (a state pension's yearly adjustment from a day ahead with the birth date and
// the pension's start; a card issuer's dispute outcome with the transaction, the dispute and a temporary credit; an
// account closure confirmation with the day closed, the opening years before and the balance's transfer; a dividend
// advice with ex-date, record date and payment date), letters from employers, landlords and schools (a resignation
// acknowledged, citing the resignation letter, with the last working day ahead; a tenant's notice acknowledged with the
// tenancy's end and the handover appointment; a school place offered for the school year ahead with the child's birth
// date and a reply-by date), insurers' letters (legal expenses cover confirmed with the dispute's date and the
// notification; a premium in arrears with a deadline — the amount to pay labelled; a dental treatment plan approved
// with the plan's date, valid until and the insured's birth date), doctors' and authorities' letters (a sports or
// driving medical certificate, valid until, with the birth date and the last ECG; a bulky-waste collection booked for a
// day ahead; a European health insurance card issued, applied for earlier, valid five years), contracts, order and
// booking confirmations (a holiday cottage booked months ahead with the deposit, the balance's due day and the total
// price; a grocery delivery order with the slot and the edit deadline; a parking-space lease signed at the foot, from
// the first of a month; a nursery's childcare contract signed at the foot with the child's birth date and the
// settling-in start) and a few less common kinds (a civil register's certified extract issued on a day, the birth or
// marriage decades before; a first-aid course certificate with the course days and valid until; an allotment
// association's yearly rent notice with the meter's reading day and a pay-by date). Letters carry their date in a
// column beside the addressee, at the top over the addressee, or under the signature. About one in twenty is a
// screenshot or photo dated only by its file name in shapes no other half uses (Windows "Screenshot 2025-03-03
// 143210.png", Viber "viber_image_2025-03-03_14-32-10-123.jpg", GNOME "Screenshot from 2025-03-03 14-32-10.png", KDE
// "Screenshot_20250303_143210.png", a user's own "Zaehlerstand_03-03-2025.jpg" for a meter reading), one in twenty
// carries no date (label null). Dates as these senders print them: "3 March 2025", "03 Mar 2025", "3rd March 2025",
// "03/03/2025", "03.03.2025", "3. März 2025", "3. Jan. 2025", "3 mars 2025", "3 janv. 2025", "3 de marzo de 2025", "3
// mar. 2025", "3 marzo 2025", "03.03.2025", "3 maart 2025", "3-3-2025", "03-03-2025", weekdays before appointments,
// two-digit years on tills ("03.03.25 07:42"), ISO stamps from systems and fiscal modules, days without a year for
// deliveries and collections; "03/05/2025" and "March 5, 2025" for 5 March only from US senders in dollars.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, pad, PEOPLE, randomDay, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, VAT, type Org, org, ord, cents, sum, lastDay, monthEnd, addMonths, firstOf, dow, workday, weekday, bare, bareAmt, cols, num, num2, dayMonth, usNum, usd, hm, home, totalOf, usTotal, turn, scannedAt, slot, type Item, some } from "./common.ts";

/** The date as this half's (European) documents print it in running text and letter heads. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${pad(x.d)} ${A} ${x.y}`, `${ord(x.d)} ${M} ${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${M} ${x.y}`, `${x.d}. ${A} ${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${x.d} ${A} ${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    nl: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d}-${x.m}-${x.y}`],
  };
  return r.pick(forms[lang]);
}
const SHORT_WD: PerLang<string[]> = {
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  de: ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."],
  fr: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
  es: ["dom.", "lun.", "mar.", "mié.", "jue.", "vie.", "sáb."],
  it: ["dom.", "lun.", "mar.", "mer.", "gio.", "ven.", "sab."],
  nl: ["zo.", "ma.", "di.", "wo.", "do.", "vr.", "za."],
};
const wdShort = (x: Day, lang: Lang) => SHORT_WD[lang][dow(x)]!;
/** A day of the week and the long date, as an appointment is announced: "Tuesday 11 March 2025", "mardi 11 mars 2025". */
const longDay = (x: Day, lang: Lang) => {
  const M = MONTHS[lang][x.m - 1]!;
  return { en: `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, de: `${weekday(x, lang)}, ${x.d}. ${M} ${x.y}`, fr: `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, es: `${weekday(x, lang)}, ${x.d} de ${M} de ${x.y}`, it: `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, nl: `${weekday(x, lang)} ${x.d} ${M} ${x.y}` }[lang];
};
/** A letter's place-and-date line. */
const placeDate = (city: string, x: Day, lang: Lang, r: Rng) =>
  ({ en: dt(x, lang, r), de: `${city}, ${dt(x, lang, r)}`, fr: `${city}, le ${dt(x, lang, r)}`, es: `${city}, a ${dt(x, lang, r)}`, it: `${city}, ${dt(x, lang, r)}`, nl: `${city}, ${dt(x, lang, r)}` })[lang];
const usLong = (x: Day, r: Rng) => (r.chance(0.5) ? `${MONTHS.en[x.m - 1]!} ${x.d}, ${x.y}` : `${MONTHS_ABBR.en[x.m - 1]!} ${x.d}, ${x.y}`);
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `£${amount(v, "en")}`, `GBP ${amount(v, "en")}`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`]);
  if (lang === "nl") return r.pick([`€ ${amount(v, "de")}`, `€ ${amount(v, "de")}`, `EUR ${amount(v, "de")}`]);
  return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);
}
/** The surname as a letter addresses it: the first of two Spanish surnames, a Dutch name with its "de" or "van". */
const surname = (p: string, lang?: Lang) => {
  const t = bare(p).split(" ");
  if (lang === "es" && t.length >= 3) return t[1]!;
  if (lang === "nl" && t.length >= 3) return t.slice(1).join(" ");
  return t[t.length - 1]!;
};
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const born = (r: Rng, from = 1950, to = 2002): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
/** A clock time as this half's French documents print it ("14h30"; Dutch ones keep the colon here). */
const frTime = (t: string, lang: Lang) => (lang === "fr" ? t.replace(":", "h") : t);
const scanned = scannedAt(0.38, 0.03);
const salute = (person: string, lang: Lang) => {
  const last = cap(surname(person, lang));
  return {
    en: `Dear ${person.replace(/^(Mr|Ms|Mrs|Dr) .* /, "$1 ")}`.trim() + ",",
    de: `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${last},`,
    fr: person.startsWith("Mme") ? "Chère Madame," : "Cher Monsieur,",
    es: `${person.startsWith("Dña") ? "Estimada Sra." : "Estimado Sr."} ${last}:`,
    it: `${person.startsWith("Sig.ra") ? "Gentile Signora" : "Egregio Signor"} ${last},`,
    nl: `Beste ${person.startsWith("Mevr") ? "mevrouw" : "heer"} ${last},`,
  }[lang];
};
const regards: PerLang<string> = { en: "Yours sincerely,", de: "Mit freundlichen Grüßen", fr: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", es: "Atentamente,", it: "Cordiali saluti", nl: "Hoogachtend," };

// ─── Receipts ────────────────────────────────────────────────────────────────────────────────────────────────────

const BAKERY: PerLang<Org> = {
  en: org("Hobbs & Crumb Bakery", "21 Fore Street, Totnes TQ9 5DA", "VAT Reg No 311 8842 06", "Totnes"),
  de: org("Bäckerei Wiesinger", "Filiale Westend · Landsberger Straße 112 · 80339 München", "Bäckerei Wiesinger GmbH & Co. KG · St.-Nr. 143/551/20871", "München"),
  fr: org("Boulangerie Pâtisserie Au Blé d'Or", "56 rue Nationale, 37000 Tours", "SARL Au Blé d'Or · SIRET 488 120 337 00016", "Tours"),
  es: org("Panadería Hermanos Ibáñez", "Calle Real 19, 15003 A Coruña", "CIF B-15442081", "A Coruña"),
  it: org("Forno Pasticceria Lanzoni", "Via Saragozza 48, 40123 Bologna", "P.IVA 03188470376", "Bologna"),
  nl: org("Bakkerij Van der Linden", "Hoogstraat 40, 3011 PT Rotterdam", "KvK 24366120 · btw NL001558821B01", "Rotterdam"),
};
const GARDEN: PerLang<Org> = {
  en: org("Bramblewood Garden Centre", "Ashford Road, Tenterden TN30 6LA", "Bramblewood Nurseries Ltd · VAT 402 7719 38", "Tenterden"),
  de: org("Gartencenter Holzapfel", "Am Gewächshaus 3 · 33609 Bielefeld", "Holzapfel Gartenbau KG · USt-IdNr. DE 124 775 310", "Bielefeld"),
  fr: org("Jardinerie Les Quatre Saisons", "Route de Nantes, 49000 Angers", "SAS Quatre Saisons · SIRET 419 552 780 00028", "Angers"),
  es: org("Vivero Garden Los Almendros", "Carretera de Valencia km 4, 03690 San Vicente del Raspeig", "CIF B-03771245", "San Vicente del Raspeig"),
  it: org("Garden Center Il Melograno", "Via Emilia Ovest 120, 41123 Modena", "P.IVA 03011940361", "Modena"),
  nl: org("Tuincentrum De Boerenhoeve", "Rijksweg 88, 6581 EP Malden", "KvK 10042733", "Malden"),
};
const BIKES: PerLang<Org> = {
  en: org("Pedal Power Cycles", "88 Mill Road, Cambridge CB1 2AS", "Pedal Power (Cambridge) Ltd · VAT 219 3347 80", "Cambridge"),
  de: org("Zweirad Feldmann", "Meisterbetrieb · Hammer Straße 140 · 48153 Münster", "Inh. Ralf Feldmann · USt-IdNr. DE 126 881 204", "Münster"),
  fr: org("Cycles Lebrun", "14 avenue Jean Jaurès, 67100 Strasbourg", "SARL Cycles Lebrun · SIRET 438 220 119 00021", "Strasbourg"),
  es: org("Bicicletas Arrieta", "Calle Zabalbide 22, 48006 Bilbao", "CIF B-48991023", "Bilbao"),
  it: org("Cicli Bertolazzi", "Viale Monza 77, 20125 Milano", "P.IVA 07433120965", "Milano"),
  nl: org("Rijwielhandel Jansen", "Nieuwstraat 61, 6511 PS Nijmegen", "KvK 09112354 · BOVAG-lid", "Nijmegen"),
};
const FLORIST: PerLang<Org> = {
  en: org("Petals & Stems", "5 Church Street, Harrogate HG1 1RE", "Petals & Stems Florist Ltd · VAT 355 0182 47", "Harrogate"),
  de: org("Blumen Lenz", "Floristmeisterin Katrin Lenz · Schillerplatz 2 · 55116 Mainz", "St.-Nr. 26/207/11408", "Mainz"),
  fr: org("Fleurs de Lys", "Artisan fleuriste · 33 rue Saint-Rome, 31000 Toulouse", "EI Lys Martin · SIRET 842 117 603 00012", "Toulouse"),
  es: org("Floristería La Camelia", "Calle Colón 15, 36201 Vigo", "NIF 36112298-K", "Vigo"),
  it: org("Fioreria Il Glicine", "Via Cavour 21, 37121 Verona", "P.IVA 04421780232", "Verona"),
  nl: org("Bloemsierkunst Anemoon", "Oudegracht 150, 3511 AZ Utrecht", "KvK 30219877", "Utrecht"),
};
const POOL: PerLang<Org> = {
  en: org("Riverside Leisure Centre", "Tonbridge Road, Maidstone ME16 8JF", "Operated by Serco Leisure Operating Ltd · VAT 768 0102 77", "Maidstone"),
  de: org("Hallenbad Nord", "Städtische Bäder Kassel GmbH · Wolfhager Straße 140 · 34127 Kassel", "Amtsgericht Kassel HRB 4411", "Kassel"),
  fr: org("Centre aquatique L'Odyssée", "Avenue des Sports, 21000 Dijon", "Régie municipale des sports · SIRET 212 102 313 00098", "Dijon"),
  es: org("Centro Deportivo Municipal La Almozara", "Avenida de Puerta Sancho 30, 50003 Zaragoza", "Zaragoza Deporte Municipal S.A.U. · CIF A-50802219", "Zaragoza"),
  it: org("Piscina Comunale Sandro Pertini", "Via Rismondo 1, 35131 Padova", "Gestione Sport Padova S.S.D. a r.l. · P.IVA 04512350288", "Padova"),
  nl: org("Zwembad De Wetering", "Sportlaan 10, 6881 VS Velp", "Sportbedrijf Rheden · KvK 73199220", "Velp"),
};

// T1 — receipts in five kinds, taken in turn: a bakery's till slip (the date and time at the foot, in Germany with
// the fiscal module's ISO start and stop, in Italy a "documento commerciale"; a cake's collection day ahead without
// a year), a garden centre's (the date over the items, a loyalty balance, a plant guarantee until a year on), a bike
// shop's (a frame number, the model year, the first free service due by), a florist's order slip (the delivery day
// ahead, a card message), a swimming pool's (an ISO stamp, a ten-visit card valid until).
let receiptTurn = 0;
const receipts: Template = (r, lang) => {
  const k = turn(receiptTurn++, 5);
  const x = randomDay(r);
  const t = hm(r, 7, 18);
  if (k === 0) {
    const s = BAKERY[lang];
    const L = {
      en: { items: [["Sourdough loaf", 4.2], ["Cheese & onion pasty", 3.65], ["Almond croissant", 2.9], ["Cinnamon bun", 2.75], ["Flat white", 3.3], ["Seeded rye", 3.95]] as Item[], dep: "Deposit — celebration cake", col: "Cake ready to collect", tot: "TOTAL", pay: "Contactless", vat: "VAT 20% on hot food & drinks", bye: "Thank you — see you tomorrow!" },
      de: { items: [["Laugenbrezel", 0.95], ["Roggenmischbrot 750 g", 4.1], ["Körnerbrötchen", 0.85], ["Butterbrezel", 1.95], ["Apfeltasche", 2.2], ["Kaffee to go", 2.6]] as Item[], dep: "Anzahlung Torte (Bestellung)", col: "Torte abholbereit", tot: "SUMME EUR", pay: "Bar", vat: "MwSt 7 % (außer Haus)", bye: "Vielen Dank für Ihren Einkauf!" },
      fr: { items: [["Baguette tradition", 1.3], ["Croissant", 1.2], ["Pain au chocolat", 1.35], ["Flan pâtissier", 3.2], ["Pain de campagne", 3.6], ["Éclair café", 2.9]] as Item[], dep: "Acompte entremets sur commande", col: "Entremets à retirer le", tot: "TOTAL", pay: "Espèces", vat: "TVA 5,5 %", bye: "Merci et à bientôt" },
      es: { items: [["Barra de pan", 0.9], ["Empanada gallega (porción)", 3.5], ["Croissant", 1.4], ["Pan de maíz", 2.8], ["Tarta de Santiago (porción)", 3.9], ["Café con leche", 1.6]] as Item[], dep: "Señal tarta por encargo", col: "Recoger tarta el", tot: "TOTAL", pay: "Efectivo", vat: "IVA 10 % incluido", bye: "Gracias por su visita" },
      it: { items: [["Pane comune 1/2 kg", 2.4], ["Cornetto", 1.3], ["Crescenta", 3.5], ["Torta di riso (fetta)", 3], ["Pizza rossa", 2.2], ["Caffè", 1.2]] as Item[], dep: "Acconto torta su ordinazione", col: "Ritiro torta", tot: "TOTALE COMPLESSIVO", pay: "Pagamento contante", vat: "di cui IVA 10%", bye: "Grazie e arrivederci" },
      nl: { items: [["Volkoren brood", 3.45], ["Krentenbol", 0.95], ["Appelflap", 2.1], ["Tompouce", 2.45], ["Kaiserbroodje", 0.75], ["Koffie", 2.6]] as Item[], dep: "Aanbetaling taart", col: "Taart ophalen", tot: "TOTAAL", pay: "Pin", vat: "Btw 9%", bye: "Bedankt en tot ziens!" },
    }[lang];
    const rate = { en: 20, de: 7, fr: 5.5, es: 10, it: 10, nl: 9 }[lang];
    const items = some(r, L.items).map(([d, p]) => ({ d, p, q: p < 2 ? r.int(1, 6) : r.int(1, 2) }));
    const cake = r.chance(0.35) ? { dep: { en: 10, de: 15, fr: 15, es: 10, it: 10, nl: 10 }[lang], day: addDays(x, r.int(2, 9)) } : null;
    const total = sum([...items.map((i) => i.q * i.p), cake ? cake.dep : 0]);
    const taxed = lang === "en" ? sum(items.filter((i) => /pasty|Flat white/.test(i.d)).map((i) => i.q * i.p)) : total;
    const vat = cents((taxed * rate) / (100 + rate));
    const foot = {
      en: [`${num2(x, lang)} ${t}   Till 1   Trans ${r.int(1000, 9999)}`],
      de: [`Bon-Nr. ${r.int(1000, 9999)}   Kasse 2   Bed. ${r.pick(["Sandra", "Mehmet", "Uschi"])}`, `${num2(x, lang)} ${t}`, `TSE-Transaktion: ${r.int(10000, 99999)}`, `TSE-Start: ${isoDay(x)}T${t}:${pad(r.int(0, 29))}.000`, `TSE-Stop:  ${isoDay(x)}T${t}:${pad(r.int(30, 59))}.000`, `TSE-Seriennr.: ${r.int(100000, 999999)}a7f${r.int(1000, 9999)}`],
      fr: [`Ticket ${pad(r.int(1, 999), 4)} - Caisse 1 - ${num2(x, lang)} ${frTime(t, lang)}`],
      es: [`FACTURA SIMPLIFICADA N.º T-${r.int(100000, 999999)}`, `${num(x, lang)} ${t}`],
      it: [`${pad(x.d)}-${pad(x.m)}-${x.y} ${t}`, `DOC.N. ${pad(r.int(1, 300), 4)}-${pad(r.int(1, 200), 4)}`, `RT 99MEX${r.int(100000, 999999)}`],
      nl: [`${num(x, lang)} ${t}   Bon ${r.int(1000, 9999)}   Kassa 1`],
    }[lang];
    const lines = [
      s.name,
      s.addr,
      ...(lang === "it" ? ["DOCUMENTO COMMERCIALE", "di vendita o prestazione"] : []),
      "",
      ...items.map((i) => cols(i.q > 1 ? `${i.q} x ${i.d} ${bareAmt(i.p, lang)}` : i.d, bareAmt(cents(i.q * i.p), lang), 36)),
      ...(cake ? [cols(L.dep, bareAmt(cake.dep, lang), 36)] : []),
      cols(L.tot, bareAmt(total, lang), 36),
      cols(L.pay, bareAmt(total, lang), 36),
      cols(L.vat, bareAmt(vat, lang), 36),
      ...(cake ? [`${L.col} ${wdShort(cake.day, lang)} ${dayMonth(cake.day, lang)} ${frTime(slot(r, 9, 16), lang)}`] : []),
      "",
      ...foot,
      L.bye,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "bakery-receipt", lang }, r);
  }
  if (k === 1) {
    const s = GARDEN[lang];
    const L = {
      en: { head: ["Date", "Time", "Till", "Op"], items: [["Multi-purpose compost 50L", 7.99], ["Hydrangea macrophylla 3L", 14.99], ["Lavender Hidcote 2L", 6.99], ["Terracotta pot 30cm", 12.5], ["Bird seed mix 2kg", 5.49], ["Seed potatoes Charlotte 2kg", 4.99]] as Item[], tot: "TOTAL", pay: "Visa", card: "Rewards card", pts: "points earned", bal: "balance", gu: "Hardy plants bought today are guaranteed for 12 months. Guarantee valid until", keep: "Please keep your receipt." },
      de: { head: ["Datum", "Uhrzeit", "Kasse", "Bed."], items: [["Blumenerde torffrei 40 l", 8.99], ["Hortensie 'Endless Summer' 5 l", 19.99], ["Lavendel 'Hidcote' 2 l", 5.99], ["Terrakottatopf Ø 30 cm", 14.95], ["Vogelfutter 2,5 kg", 6.49], ["Pflanzkartoffeln 'Linda' 2,5 kg", 4.99]] as Item[], tot: "SUMME", pay: "Karte", card: "Kundenkarte", pts: "Punkte heute", bal: "Punktestand", gu: "Anwachsgarantie auf winterharte Gehölze: 1 Jahr, gültig bis", keep: "Bitte Kassenbon aufbewahren." },
      fr: { head: ["Date", "Heure", "Caisse", "Vendeur"], items: [["Terreau universel 50 L", 9.9], ["Hortensia pot 4 L", 17.9], ["Lavande 'Hidcote' pot 2 L", 6.5], ["Pot terre cuite 30 cm", 14.9], ["Graines pour oiseaux 2 kg", 5.9], ["Plants de pommes de terre 2 kg", 5.5]] as Item[], tot: "TOTAL TTC", pay: "CB", card: "Carte fidélité", pts: "points gagnés", bal: "solde", gu: "Garantie reprise végétaux 1 an, valable jusqu'au", keep: "Conservez votre ticket." },
      es: { head: ["Fecha", "Hora", "Caja", "Cajero"], items: [["Sustrato universal 50 L", 7.95], ["Hortensia maceta 20 cm", 15.9], ["Lavanda maceta 17 cm", 4.95], ["Maceta terracota 30 cm", 13.5], ["Mezcla para pájaros 2 kg", 5.2], ["Semillas de tomate", 2.45]] as Item[], tot: "TOTAL", pay: "Tarjeta", card: "Tarjeta cliente", pts: "puntos obtenidos", bal: "saldo", gu: "Garantía de arraigo 12 meses, válida hasta el", keep: "Conserve el ticket." },
      it: { head: ["Data", "Ora", "Cassa", "Op."], items: [["Terriccio universale 50 L", 8.9], ["Ortensia vaso 20", 16.9], ["Lavanda vaso 14", 4.5], ["Vaso in cotto 30 cm", 13.9], ["Miscela per uccelli 2 kg", 5.5], ["Bulbi di tulipano x20", 6.9]] as Item[], tot: "TOTALE", pay: "Carta", card: "Carta fedeltà", pts: "punti della spesa", bal: "saldo punti", gu: "Garanzia di attecchimento 12 mesi, valida fino al", keep: "Conservare lo scontrino." },
      nl: { head: ["Datum", "Tijd", "Kassa", "Mdw"], items: [["Potgrond universeel 40 L", 6.99], ["Hortensia pot 19 cm", 14.99], ["Lavendel 'Hidcote' P17", 4.99], ["Terracotta pot 30 cm", 12.99], ["Strooivoer 2,5 kg", 5.99], ["Pootaardappelen 2 kg", 4.49]] as Item[], tot: "TOTAAL", pay: "PIN", card: "Voordeelpas", pts: "punten gespaard", bal: "saldo", gu: "Groeigarantie op vaste planten en heesters: 1 jaar, geldig t/m", keep: "Bewaar uw kassabon." },
    }[lang];
    const items = some(r, L.items, 0.4).map(([d, p]) => ({ d, p, q: r.int(1, 3) }));
    const total = sum(items.map((i) => i.q * i.p));
    const pts = Math.floor(total);
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.head[0]} ${num(x, lang)}   ${L.head[1]} ${t}   ${L.head[2]} ${pad(r.int(1, 9))}   ${L.head[3]} ${r.int(100, 199)}`,
      "",
      ...items.map((i) => cols(`${i.q} @ ${bareAmt(i.p, lang)} ${i.d}`, bareAmt(cents(i.q * i.p), lang), 46)),
      "",
      cols(L.tot, bareAmt(total, lang), 46),
      cols(L.pay, bareAmt(total, lang), 46),
      "",
      `${L.card} ****${r.int(1000, 9999)} · ${pts} ${L.pts} · ${L.bal} ${pts + r.int(50, 1500)}`,
      `${L.gu} ${num(addDays(addMonths(x, 12), -1), lang)}.`,
      L.keep,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "garden-centre-receipt", lang }, r);
  }
  if (k === 2) {
    const s = BIKES[lang];
    const L = {
      en: { h: "SALES RECEIPT", no: "Receipt", dt: "Date", bikes: ["Trek FX 2 Disc hybrid, size L", "Specialized Rockhopper Sport 29", "Brompton C Line Explore", "Raleigh Motus Grand Tour e-bike"], fr: "Frame no.", my: "Model year", acc: [["D-lock Kryptonite", 49.99], ["Front & rear lights USB", 34.99], ["Helmet Giro Register", 44.99], ["Mudguards fitted", 25]] as Item[], trade: "Part exchange (old bike)", tot: "TOTAL", pay: "Debit card", svc: "Free 6-week service — please book it before", wr: "Frame guarantee: lifetime for the original owner." },
      de: { h: "KAUFBELEG", no: "Beleg", dt: "Datum", bikes: ["Cube Kathmandu Hybrid One 625, RH 54", "Kalkhoff Endeavour 5.B Move, 55 cm", "Gazelle Paris C7, 53 cm", "Cube Aim Race 29\""], fr: "Rahmennr.", my: "Modelljahr", acc: [["Faltschloss Abus Bordo", 89.95], ["Lichtset StVZO", 39.9], ["Helm Uvex", 59.95], ["Fahrradkorb vorne", 29.95]] as Item[], trade: "Inzahlungnahme Altrad", tot: "Gesamt inkl. 19 % MwSt.", pay: "girocard", svc: "Kostenlose 1. Inspektion nach 300 km, spätestens bis", wr: "Gewährleistung 2 Jahre ab Kaufdatum." },
      fr: { h: "TICKET DE VENTE", no: "Ticket", dt: "Date", bikes: ["Vélo de ville Peugeot LC01 N7, taille M", "VTC Btwin Riverside 500", "VAE O2feel iSwan City Up 5.1", "VTT Lapierre Edge 3.9"], fr: "N° de cadre", my: "Millésime", acc: [["Antivol U Abus", 54.9], ["Éclairage avant/arrière", 29.9], ["Casque urbain", 49.9], ["Panier avant", 24.9]] as Item[], trade: "Reprise ancien vélo", tot: "TOTAL TTC", pay: "CB", svc: "Première révision offerte — à faire avant le", wr: "Marquage Bicycode effectué." },
      es: { h: "TICKET DE VENTA", no: "Ticket", dt: "Fecha", bikes: ["Orbea Vector 30, talla M", "BH Atom Street, talla L", "Conor 8500 29\"", "Orbea Katu-E 50"], fr: "N.º de cuadro", my: "Año modelo", acc: [["Candado en U", 39.9], ["Luces delantera y trasera", 24.9], ["Casco urbano", 44.9], ["Guardabarros", 19.9]] as Item[], trade: "Entrega bicicleta usada", tot: "TOTAL (IVA incl.)", pay: "Tarjeta", svc: "Primera revisión gratuita antes del", wr: "Garantía de 3 años según RDL 1/2007." },
      it: { h: "DOCUMENTO COMMERCIALE", no: "Doc.", dt: "Data", bikes: ["City bike Bianchi Spillo Cobalto, tg. 53", "Atala B-Easy A8 e-bike", "Olmo Freeway 28\"", "Bianchi Magma 9.2"], fr: "Telaio n.", my: "Anno modello", acc: [["Lucchetto ad arco", 44.9], ["Kit luci USB", 27.9], ["Casco urbano", 49.9], ["Cestino anteriore", 22.9]] as Item[], trade: "Permuta bici usata", tot: "TOTALE COMPLESSIVO", pay: "Pagamento elettronico", svc: "Primo tagliando gratuito entro il", wr: "Garanzia legale 24 mesi." },
      nl: { h: "KASSABON", no: "Bon", dt: "Datum", bikes: ["Gazelle Esprit C7, 57 cm", "Batavus Finez E-go Power, 53 cm", "Cortina U4 Transport, 50 cm", "Sparta c-Grid e-bike, 53 cm"], fr: "Framenr.", my: "Modeljaar", acc: [["ART-2 kettingslot", 69.95], ["Verlichtingsset", 29.95], ["Fietstassen dubbel", 59.95], ["Kinderzitje achter", 89.95]] as Item[], trade: "Inruil oude fiets", tot: "TOTAAL incl. btw", pay: "PIN", svc: "Gratis eerste onderhoudsbeurt — graag inplannen vóór", wr: "Fiets geregistreerd in het FIN-register." },
    }[lang];
    const bike = r.pick(L.bikes);
    const price = /e-bike|Hybrid One|Kalkhoff|VAE|Katu-E|B-Easy|E-go|c-Grid|Atom/.test(bike) ? r.pick([2499, 2799, 2999, 3299]) : r.pick([549, 699, 849, 1099, 1299]);
    const acc = r.chance(0.7) ? some(r, L.acc, 0.4) : [];
    const trade = r.chance(0.25) ? r.pick([50, 75, 100, 150]) : 0;
    const total = sum([price, ...acc.map(([, p]) => p), -trade]);
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.h}   ${L.no} ${r.int(10000, 99999)}`,
      `${L.dt}: ${num(x, lang)}  ${t}`,
      "",
      cols(bike, bareAmt(price, lang), 48),
      `  ${L.fr} ${r.pick(["WTU", "WBK", "GZ", "CB", "BH"])}${r.int(100000, 999999)}${String.fromCharCode(65 + r.int(0, 25))} · ${L.my} ${x.y - r.int(0, 1)}`,
      ...acc.map(([d, p]) => cols(d, bareAmt(p, lang), 48)),
      ...(trade ? [cols(L.trade, `-${bareAmt(trade, lang)}`, 48)] : []),
      cols(L.tot, bareAmt(total, lang), 48),
      cols(L.pay, bareAmt(total, lang), 48),
      "",
      `${L.svc} ${num(addDays(x, r.pick([42, 60, 90])), lang)}.`,
      L.wr,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "bike-shop-receipt", lang }, r);
  }
  if (k === 3) {
    const s = FLORIST[lang];
    const del = addDays(x, r.int(0, 6));
    const occ = r.pick([0, 1, 2]);
    const L = {
      en: { h: "ORDER RECEIPT", ord: "Ordered", del: "Delivery", to: "Deliver to", msg: "Card message", msgs: ["Happy 40th birthday, love from us all x", "With deepest sympathy", "Congratulations on the new arrival!"], items: [["Hand-tied bouquet, seasonal", 45], ["Glass vase", 12], ["Luxury chocolates", 9.5]] as Item[], fee: "Local delivery", tot: "Total paid", pay: "Mastercard" },
      de: { h: "AUFTRAGSBELEG", ord: "Bestellt am", del: "Zustellung", to: "Empfänger", msg: "Kartentext", msgs: ["Alles Liebe zum 40. Geburtstag!", "In stiller Anteilnahme", "Herzlichen Glückwunsch zur Geburt!"], items: [["Strauß nach Saison", 39.5], ["Glasvase", 14.9], ["Pralinen", 8.9]] as Item[], fee: "Zustellung Stadtgebiet", tot: "Gesamtbetrag", pay: "EC-Karte" },
      fr: { h: "BON DE COMMANDE", ord: "Commandé le", del: "Livraison", to: "Destinataire", msg: "Message", msgs: ["Joyeux anniversaire !", "Sincères condoléances", "Félicitations aux heureux parents"], items: [["Bouquet de saison", 42], ["Vase en verre", 15], ["Chocolats", 9.9]] as Item[], fee: "Frais de livraison", tot: "Total TTC réglé", pay: "CB" },
      es: { h: "HOJA DE PEDIDO", ord: "Pedido", del: "Entrega", to: "Destinatario", msg: "Tarjeta", msgs: ["¡Feliz cumpleaños!", "Nuestro más sentido pésame", "¡Enhorabuena por el bebé!"], items: [["Ramo de temporada", 38], ["Jarrón de cristal", 12], ["Bombones", 8.5]] as Item[], fee: "Envío en Vigo", tot: "Total pagado", pay: "Tarjeta" },
      it: { h: "RICEVUTA ORDINE", ord: "Ordinato il", del: "Consegna", to: "Destinatario", msg: "Biglietto", msgs: ["Buon compleanno!", "Sentite condoglianze", "Benvenuto al nuovo arrivato!"], items: [["Mazzo di stagione", 40], ["Vaso in vetro", 14], ["Cioccolatini", 9]] as Item[], fee: "Consegna a domicilio", tot: "Totale pagato", pay: "Carta" },
      nl: { h: "ORDERBON", ord: "Besteld", del: "Bezorging", to: "Bezorgen bij", msg: "Kaartje", msgs: ["Gefeliciteerd met je 40e verjaardag!", "Veel sterkte", "Gefeliciteerd met jullie zoon!"], items: [["Boeket seizoensbloemen", 37.5], ["Glazen vaas", 12.95], ["Bonbons", 8.95]] as Item[], fee: "Bezorgkosten", tot: "Totaal betaald", pay: "PIN" },
    }[lang];
    const picked = [L.items[0]!, ...L.items.slice(1).filter(() => r.chance(0.4))];
    const fee = { en: 7.95, de: 8, fr: 9, es: 6, it: 8, nl: 7.5 }[lang];
    const total = sum([...picked.map(([, p]) => p), fee]);
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.h} #${r.int(1000, 9999)}`,
      cols(`${L.ord}:`, `${num(x, lang)} ${t}`, 16),
      cols(`${L.del}:`, `${wdShort(del, lang)} ${dayMonth(del, lang)} ${r.pick(["AM", "PM", "09-13", "13-18"])}`, 16),
      cols(`${L.to}:`, `${bare(r.pick(PEOPLE[lang]))}, ${home(r, lang).split("\n")[0]!}`, 16),
      cols(`${L.msg}:`, `"${L.msgs[occ]!}"`, 16),
      "",
      ...picked.map(([d, p]) => cols(d, bareAmt(p, lang), 40)),
      cols(L.fee, bareAmt(fee, lang), 40),
      cols(L.tot, bareAmt(total, lang), 40),
      cols(L.pay, bareAmt(total, lang), 40),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "florist-order-receipt", lang }, r);
  }
  const s = POOL[lang];
  const L = {
    en: { items: [["Adult swim", 5.6], ["Junior swim", 3.2], ["Sauna & steam add-on", 4.5], ["10-visit swim card", 50]] as Item[], tot: "Total", pay: "Card", card: "Your 10-visit card no.", valid: "valid until", exit: "Please leave the pool area by" },
    de: { items: [["Einzelkarte Erwachsene", 5], ["Einzelkarte Kinder/Jugendl.", 3], ["Saunazuschlag", 6], ["10er-Karte Erwachsene", 45]] as Item[], tot: "Summe", pay: "girocard", card: "10er-Karte Nr.", valid: "gültig bis", exit: "Badezeit endet um" },
    fr: { items: [["Entrée adulte", 4.9], ["Entrée enfant", 3.1], ["Espace bien-être", 6], ["Carte 10 entrées", 42]] as Item[], tot: "Total", pay: "CB", card: "Carte 10 entrées n°", valid: "valable jusqu'au", exit: "Sortie des bassins avant" },
    es: { items: [["Entrada adulto", 4.5], ["Entrada infantil", 2.8], ["Spa", 5.5], ["Bono 10 baños", 38]] as Item[], tot: "Total", pay: "Tarjeta", card: "Bono n.º", valid: "válido hasta", exit: "Salida del vaso antes de las" },
    it: { items: [["Ingresso adulti", 6.5], ["Ingresso ridotto", 4.5], ["Area benessere", 7], ["Tessera 10 ingressi", 55]] as Item[], tot: "Totale", pay: "Carta", card: "Tessera 10 ingressi n.", valid: "valida fino al", exit: "Uscita dalla vasca entro le" },
    nl: { items: [["Entree volwassene", 6.1], ["Entree kind", 4.3], ["Sauna toeslag", 5.5], ["10-badenkaart", 52]] as Item[], tot: "Totaal", pay: "PIN", card: "10-badenkaart nr.", valid: "geldig t/m", exit: "Zwemtijd eindigt om" },
  }[lang];
  const items = some(r, L.items, 0.4).map(([d, p]) => ({ d, p, q: p < 10 ? r.int(1, 3) : 1 }));
  const total = sum(items.map((i) => i.q * i.p));
  const card = items.some((i) => i.p > 30);
  const hh = r.int(9, 19);
  const lines = [
    s.name,
    s.addr,
    "",
    `${isoDay(x)} ${pad(hh)}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}   ${{ en: "Till", de: "Kasse", fr: "Caisse", es: "Caja", it: "Cassa", nl: "Kassa" }[lang]} ${r.int(1, 3)}   #${r.int(100000, 999999)}`,
    "",
    ...items.map((i) => cols(`${i.q} x ${i.d}`, bareAmt(cents(i.q * i.p), lang), 40)),
    cols(L.tot, bareAmt(total, lang), 40),
    cols(L.pay, bareAmt(total, lang), 40),
    "",
    ...(card ? [`${L.card} ${r.int(100000, 999999)} ${L.valid} ${num(addDays(addMonths(x, 12), -1), lang)}`] : []),
    `${L.exit} ${frTime(`${pad(Math.min(hh + 2, 21))}:${pad(r.int(0, 59))}`, lang)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "swimming-pool-receipt", lang }, r);
};

// ─── Invoices ────────────────────────────────────────────────────────────────────────────────────────────────────

const SWEEP: PerLang<Org> = {
  en: org("Clean Flues Chimney Sweeps", "Holly Cottage, Mill Lane, Ludlow SY8 1BB", "Member of the National Association of Chimney Sweeps, cert. no. 2231", "Ludlow"),
  de: org("Bezirksschornsteinfegermeister Jürgen Pfeiffer", "Kehrbezirk Bamberg IV · Hainstraße 12 · 96047 Bamberg", "USt-IdNr. DE 132 778 401", "Bamberg"),
  fr: org("Ramonage Savoyard", "73 route de Chambéry, 73000 Barberaz", "EI Thierry Gachet · SIRET 510 224 117 00014", "Barberaz"),
  es: org("Deshollinadores del Pirineo", "Calle Mayor 5, 22700 Jaca", "CIF B-22390021", "Jaca"),
  it: org("Spazzacamino Dolomiti di Pellegrini Luca", "Via Roma 14, 32043 Cortina d'Ampezzo (BL)", "P.IVA 01133490256", "Cortina d'Ampezzo"),
  nl: org("Schoorsteenveger Brandveilig", "Dorpsstraat 17, 3881 BB Putten", "KvK 08172245 · btw NL001823340B01", "Putten"),
};
const PHOTO: PerLang<Org> = {
  en: org("Lena Ortiz Photography LLC", "1450 Larimer St, Suite 204, Denver, CO 80202", "lena@ortizphoto.example · (720) 555-0137", "Denver"),
  de: org("Fotostudio Lichtblick", "Inh. Miriam Sommer · Körnerstraße 8 · 04107 Leipzig", "St.-Nr. 231/245/10872 · USt-IdNr. DE 301 448 219", "Leipzig"),
  fr: org("Atelier Photo Clair-Obscur", "12 rue des Carmes, 45000 Orléans", "EI Julie Perrin · SIRET 853 221 004 00012", "Orléans"),
  es: org("Estudio Fotográfico Luz del Sur", "Calle Tetuán 9, 11003 Cádiz", "NIF 31867742-B", "Cádiz"),
  it: org("Studio Fotografico Gallo", "Corso Garibaldi 40, 84123 Salerno", "P.IVA 05344220655", "Salerno"),
  nl: org("Fotografie Anouk Smit", "Korte Boschstraat 3, 4811 EG Breda", "KvK 70112398 · btw NL002178331B55", "Breda"),
};
const TRANSLATOR: PerLang<Org> = {
  en: org("Clarity Translations", "Suite 5, 40 George Street, Edinburgh EH2 2LE", "Clarity Language Services Ltd · VAT 168 3309 21", "Edinburgh"),
  de: org("Übersetzungsbüro Dr. Elena Petrova", "Öffentlich bestellte und allgemein beeidigte Übersetzerin · Kaiserstraße 15 · 60311 Frankfurt am Main", "USt-IdNr. DE 244 118 730", "Frankfurt am Main"),
  fr: org("Lingua Juris Traductions", "Traductrice assermentée près la cour d'appel de Rennes · 6 quai Duguay-Trouin, 35000 Rennes", "SIRET 520 887 441 00023", "Rennes"),
  es: org("Traducciones Juradas Ferrer", "Traductora-Intérprete Jurada de inglés n.º 4412 · Gran Via de les Corts Catalanes 620, 08007 Barcelona", "NIF 46771230-S", "Barcelona"),
  it: org("Agenzia Traduzioni Asseverate Conti", "Via Etnea 88, 95124 Catania", "P.IVA 04998120874", "Catania"),
  nl: org("Vertaalbureau Beëdigd Vertaald", "Stationsweg 22, 2312 AV Leiden", "KvK 28191433 · btw NL001882119B33", "Leiden"),
};
const PHYSIO: PerLang<Org> = {
  en: org("Moorside Physiotherapy Clinic", "12 Moor Road, Headingley, Leeds LS6 4BL", "HCPC registered PH91822", "Leeds"),
  de: org("Praxis für Physiotherapie Anke Brandt", "Bismarckstraße 21 · 24534 Neumünster", "IK 591234567 · St.-Nr. 20/112/30556", "Neumünster"),
  fr: org("Cabinet de kinésithérapie Duval", "3 rue Paul Bert, 87000 Limoges", "N° RPPS 10101234567", "Limoges"),
  es: org("Fisioterapia Atlas", "Avenida de Madrid 31, 23003 Jaén", "CIF B-23661178 · Reg. sanitario CS/23/2211", "Jaén"),
  it: org("Studio di Fisioterapia Dott.ssa Sara Fontana", "Via XX Settembre 50, 06121 Perugia", "P.IVA 03441950548 · Albo FNOFI Perugia n. 512", "Perugia"),
  nl: org("Fysiotherapie De Linde", "Lindelaan 4, 5611 KL Eindhoven", "KvK 17221190 · AGB-code 04012345", "Eindhoven"),
};
const LOCKSMITH: PerLang<Org> = {
  en: org("Keyline Locksmiths", "Unit 3, Canal Wharf, Birmingham B1 2JT", "Keyline Security Ltd · VAT 402 1187 39", "Birmingham"),
  de: org("Schlüsseldienst Akbulut", "Notdienst 24 h · Herner Straße 88 · 44787 Bochum", "Inh. Kemal Akbulut · St.-Nr. 306/5112/2277", "Bochum"),
  fr: org("Serrurerie Mistral", "22 boulevard Longchamp, 13001 Marseille", "SAS Mistral Serrurerie · SIRET 801 330 921 00018", "Marseille"),
  es: org("Cerrajería Urgente Guzmán", "Calle San Jacinto 41, 41010 Sevilla", "NIF 28774412-R", "Sevilla"),
  it: org("Fabbro Pronto Intervento Ruggiero", "Via Toledo 220, 80134 Napoli", "P.IVA 07881230634", "Napoli"),
  nl: org("Slotenmaker Snel & Zeker", "Amsterdamsestraatweg 301, 3551 CG Utrecht", "KvK 62114590 · btw NL854102337B01", "Utrecht"),
};

// T2 — invoices of other trades in five kinds, taken in turn: a chimney sweep's (the visit with its time, the next
// sweep due), a certified translator's (the translated certificate's old date, the order received, the delivery), a
// photographer's (the shoot, the gallery's delivery, a due date; the English one a US photographer's in dollars with
// month-first dates), a physiotherapist's (the doctor's referral, dated sessions, the patient's birth date), a
// locksmith's night call-out (the call's date and time, sometimes the day before, a cylinder's guarantee).
let invTurn = 0;
const invoices: Template = (r, lang) => {
  const k = turn(invTurn++, 5);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = SWEEP[lang];
    const visit = addDays(x, -r.int(0, 12));
    const next = addMonths(visit, 12);
    const due = addDays(x, 14);
    const L = {
      en: { h: "INVOICE", no: "Invoice No.", dt: "Date", vis: "Sweep carried out", items: [["Sweep wood burner flue, incl. smoke draw test", 75], ["Certificate of sweeping (for insurer)", 0], ["Remove bird's nest from pot", 45], ["Bird guard supplied & fitted", 65]] as Item[], vat: "VAT @ 20%", tot: "Total due", nx: "Next sweep recommended by", pay: "Payment within 14 days, by", bank: "Sort code 40-11-62 · Account 71832904" },
      de: { h: "Rechnung", no: "Rechnungs-Nr.", dt: "Rechnungsdatum", vis: "Kehrung / Überprüfung am", items: [["Kehren Abgasanlage Kaminofen (Pos. 1.1 KÜO)", 38.6], ["Überprüfung Verbindungsstück", 14.2], ["Abgaswegeüberprüfung Gasfeuerstätte", 42.8], ["Arbeitswert Fahrtkosten", 9.4]] as Item[], vat: "19 % USt.", tot: "Rechnungsbetrag", nx: "Nächste Kehrung laut Feuerstättenbescheid fällig bis", pay: "Zahlbar bis", bank: "Sparkasse Bamberg · IBAN DE43 7705 0000 0302 1188 47" },
      fr: { h: "FACTURE", no: "Facture n°", dt: "Date", vis: "Intervention du", items: [["Ramonage conduit poêle à bois", 70], ["Certificat de ramonage", 0], ["Hérisson tubage inox", 25], ["Dépose nid d'oiseaux", 40]] as Item[], vat: "TVA 10 %", tot: "Net à payer", nx: "Prochain ramonage obligatoire avant le", pay: "Échéance", bank: "IBAN FR76 1820 6000 4211 2233 4455 617" },
      es: { h: "FACTURA", no: "Factura n.º", dt: "Fecha", vis: "Servicio realizado el", items: [["Limpieza de chimenea y conducto", 90], ["Certificado de limpieza", 0], ["Retirada de nido en sombrerete", 35], ["Revisión con cámara", 45]] as Item[], vat: "IVA 21 %", tot: "Total factura", nx: "Próxima limpieza recomendada antes del", pay: "Vencimiento", bank: "IBAN ES12 2085 2071 1103 3012 2345" },
      it: { h: "FATTURA", no: "Fattura n.", dt: "Data", vis: "Intervento eseguito il", items: [["Pulizia canna fumaria stufa a legna", 80], ["Rilascio rapporto di controllo", 0], ["Videoispezione canna fumaria", 60], ["Rimozione nido dal comignolo", 35]] as Item[], vat: "IVA 22%", tot: "Totale da pagare", nx: "Prossima pulizia consigliata entro il", pay: "Scadenza", bank: "IBAN IT22 P062 3061 1100 0004 4112 233" },
      nl: { h: "FACTUUR", no: "Factuurnummer", dt: "Factuurdatum", vis: "Geveegd op", items: [["Vegen rookkanaal houtkachel", 69.5], ["Veegcertificaat voor verzekeraar", 0], ["Rookgasproef", 25], ["Vogelkap leveren en plaatsen", 59]] as Item[], vat: "Btw 21%", tot: "Totaal te betalen", nx: "Volgende veegbeurt vóór", pay: "Betalen vóór", bank: "IBAN NL61 RABO 0318 2245 90" },
    }[lang];
    const rate = { en: 20, de: 19, fr: 10, es: 21, it: 22, nl: 21 }[lang];
    const items = [L.items[0]!, ...L.items.slice(1).filter(() => r.chance(0.5))];
    const net = sum(items.map(([, p]) => p));
    const vat = cents((net * rate) / 100);
    const total = cents(net + vat);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      cols(`${L.h}`, `${L.no} ${r.int(2000, 9999)}`, 40),
      cols("", `${L.dt}: ${num(x, lang)}`, 40),
      "",
      `${L.vis}: ${wdShort(visit, lang)} ${num(visit, lang)}, ${frTime(slot(r, 8, 16), lang)}`,
      "",
      ...items.map(([d, p]) => cols(d, p ? bareAmt(p, lang) : "—", 52)),
      cols(L.vat, bareAmt(vat, lang), 52),
      cols(L.tot, money(total, lang, r), 52),
      "",
      `${L.nx} ${lang === "en" ? `${MONTHS.en[next.m - 1]!} ${next.y}` : num(addDays(next, -1), lang)}.`,
      `${L.pay} ${dt(due, lang, r)}.`,
      L.bank,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "chimney-sweep-invoice", lang }, r, 0.3);
  }
  if (k === 2) {
    const s = PHOTO[lang];
    const shoot = addDays(x, -r.int(10, 40));
    const gallery = addDays(shoot, r.int(5, 9));
    const due = addDays(x, r.pick([14, 30]));
    if (lang === "en") {
      const session = r.pick([350, 425, 550]);
      const files = r.pick([0, 200, 300]);
      const prints = r.int(0, 4);
      const printSub = prints * 25;
      const tax = cents(printSub * 0.0881);
      const total = sum([session, files, printSub, tax]);
      const lines = [
        s.name,
        s.addr,
        s.foot,
        "",
        `INVOICE #${x.y}-${r.int(100, 199)}`,
        `Invoice date: ${usNum(x)}`,
        `Due date: ${usNum(due)}`,
        "",
        "Bill to:",
        bare(person),
        r.pick(["350 W 42nd St Apt 5B, New York, NY 10036", "2211 S Clarkson St, Denver, CO 80210", "78 Maple Ave, Boulder, CO 80304"]),
        "",
        cols(`Family session (90 min) — ${usLong(shoot, r)}, Wash Park`, usd(session), 64),
        ...(files ? [cols(`Full-resolution digital files, gallery delivered ${usNum(gallery)}`, usd(files), 64)] : []),
        ...(prints ? [cols(`8x10 fine art prints x ${prints}`, usd(printSub), 64), cols("Sales tax on prints (8.81%)", usd(tax), 64)] : []),
        cols("TOTAL DUE", usd(total), 64),
        "",
        "Pay online via the client portal or by check payable to Lena Ortiz Photography LLC.",
      ];
      return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-photographer-invoice", lang }, r, 0.1);
    }
    const L = {
      de: { h: "Rechnung", no: "Rechnungsnummer", dt: "Rechnungsdatum", ld: "Leistungsdatum (Shooting)", gal: "Online-Galerie bereitgestellt am", items: [["Familien-Shooting im Freien, 90 Min.", 290], ["15 bearbeitete Bilddateien in voller Auflösung", 180], ["Fotobuch A4 quer, 30 Seiten", 89]] as Item[], vat: 19, vl: "zzgl. 19 % USt.", net: "Nettobetrag", tot: "Gesamtbetrag", due: "Bitte überweisen Sie den Betrag bis zum" },
      fr: { h: "Facture", no: "Facture n°", dt: "Date d'émission", ld: "Date de la séance", gal: "Galerie en ligne livrée le", items: [["Séance photo famille en extérieur (1 h 30)", 250], ["Fichiers numériques HD (20 photos)", 150], ["Tirages 20x30 (x3)", 45]] as Item[], vat: 0, vl: "TVA non applicable, art. 293 B du CGI", net: "Total HT", tot: "Net à payer", due: "Date d'échéance :" },
      es: { h: "Factura", no: "Factura n.º", dt: "Fecha de factura", ld: "Fecha de la sesión", gal: "Galería online entregada el", items: [["Sesión de fotos familiar en exterior (90 min)", 220], ["Archivos digitales editados (20)", 140], ["Álbum 30x30, 20 páginas", 120]] as Item[], vat: 21, vl: "IVA 21 %", net: "Base imponible", tot: "Total", due: "Fecha de vencimiento:" },
      it: { h: "Fattura", no: "Fattura n.", dt: "Data documento", ld: "Data servizio fotografico", gal: "Galleria online consegnata il", items: [["Servizio fotografico famiglia in esterna (90 min)", 260], ["20 file digitali ritoccati", 160], ["Album 30x30, 20 pagine", 130]] as Item[], vat: 22, vl: "IVA 22%", net: "Imponibile", tot: "Totale documento", due: "Scadenza pagamento:" },
      nl: { h: "Factuur", no: "Factuurnummer", dt: "Factuurdatum", ld: "Datum fotoshoot", gal: "Online galerij opgeleverd op", items: [["Gezinsshoot buiten, 90 minuten", 275], ["20 bewerkte foto's in hoge resolutie", 150], ["Fotoboek 30x30, 24 pagina's", 95]] as Item[], vat: 21, vl: "Btw 21%", net: "Subtotaal", tot: "Totaal", due: "Graag betalen vóór" },
    }[lang];
    const items = [L.items[0]!, ...L.items.slice(1).filter(() => r.chance(0.6))];
    const net = sum(items.map(([, p]) => p));
    const vat = cents((net * L.vat) / 100);
    const total = cents(net + vat);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.no}`, `${x.y}-${pad(r.int(1, 140), 3)}`, 34),
      cols(`${L.dt}`, num(x, lang), 34),
      cols(`${L.ld}`, num(shoot, lang), 34),
      "",
      ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 56)),
      cols(L.net, bareAmt(net, lang), 56),
      L.vat ? cols(L.vl, bareAmt(vat, lang), 56) : L.vl,
      cols(L.tot, money(total, lang, r), 56),
      "",
      `${L.gal} ${dt(gallery, lang, r)}.`,
      `${L.due} ${dt(due, lang, r)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "photographer-invoice", lang }, r, 0.15);
  }
  if (k === 1) {
    const s = TRANSLATOR[lang];
    const ordered = addDays(x, -r.int(4, 16));
    const delivered = addDays(x, -r.int(0, 3));
    const issued = born(r, 1962, 2016);
    const pages = r.int(1, 4);
    const L = {
      en: { h: "Invoice", no: "Invoice number", dt: "Invoice date", ord: "Order received", del: "Delivered", docs: [`Birth certificate issued ${num(issued, lang)}, Polish > English`, `Marriage certificate dated ${num(issued, lang)}, Spanish > English`, `Degree certificate of ${num(issued, lang)}, Italian > English`], pp: "per page", cert: "Certification statement & stamp", post: "Royal Mail Special Delivery", vat: "VAT 20%", tot: "Amount due", pay: "Payable within 14 days of the invoice date." },
      de: { h: "Rechnung", no: "Rechnungsnummer", dt: "Rechnungsdatum", ord: "Auftrag vom", del: "Lieferung am", docs: [`Geburtsurkunde vom ${num(issued, lang)}, Russisch > Deutsch`, `Heiratsurkunde vom ${num(issued, lang)}, Englisch > Deutsch`, `Hochschulzeugnis vom ${num(issued, lang)}, Russisch > Deutsch`], pp: "je Normseite", cert: "Beglaubigung der Übersetzung", post: "Versand Einschreiben", vat: "19 % USt.", tot: "Rechnungsbetrag", pay: "Zahlbar innerhalb von 14 Tagen ohne Abzug." },
      fr: { h: "Facture", no: "Facture n°", dt: "Date", ord: "Commande reçue le", del: "Livraison le", docs: [`Acte de naissance délivré le ${num(issued, lang)}, anglais > français`, `Acte de mariage du ${num(issued, lang)}, espagnol > français`, `Diplôme du ${num(issued, lang)}, anglais > français`], pp: "la page", cert: "Certification et cachet", post: "Envoi recommandé", vat: "TVA 20 %", tot: "Total TTC", pay: "Paiement à réception de facture." },
      es: { h: "Factura", no: "Factura n.º", dt: "Fecha", ord: "Encargo recibido el", del: "Entregado el", docs: [`Certificado de nacimiento expedido el ${num(issued, lang)}, inglés > español`, `Certificado de matrimonio de ${num(issued, lang)}, inglés > español`, `Título universitario de ${num(issued, lang)}, inglés > español`], pp: "por página", cert: "Certificación jurada y sello", post: "Envío certificado", vat: "IVA 21 %", tot: "Total a pagar", pay: "Pago por transferencia en 15 días." },
      it: { h: "Fattura", no: "Fattura n.", dt: "Data", ord: "Incarico ricevuto il", del: "Consegnato il", docs: [`Certificato di nascita rilasciato il ${num(issued, lang)}, inglese > italiano`, `Atto di matrimonio del ${num(issued, lang)}, tedesco > italiano`, `Diploma di laurea del ${num(issued, lang)}, inglese > italiano`], pp: "a cartella", cert: "Asseverazione in tribunale", post: "Marca da bollo (2 x € 16,00)", vat: "IVA 22%", tot: "Totale fattura", pay: "Pagamento a vista." },
      nl: { h: "Factuur", no: "Factuurnummer", dt: "Factuurdatum", ord: "Opdracht ontvangen", del: "Geleverd", docs: [`Geboorteakte afgegeven op ${num(issued, lang)}, Pools > Nederlands`, `Huwelijksakte van ${num(issued, lang)}, Engels > Nederlands`, `Diploma d.d. ${num(issued, lang)}, Spaans > Nederlands`], pp: "per pagina", cert: "Beëdiging en stempel", post: "Aangetekende verzending", vat: "Btw 21%", tot: "Totaal", pay: "Betaling binnen 14 dagen na factuurdatum." },
    }[lang];
    const pp = { en: 35, de: 42, fr: 38, es: 40, it: 30, nl: 45 }[lang];
    const cert = { en: 15, de: 5, fr: 10, es: 10, it: 50, nl: 15 }[lang];
    const post = { en: 8.75, de: 3.95, fr: 7.5, es: 6.2, it: 32, nl: 9.5 }[lang];
    const lineAmt = cents(pages * pp);
    const net = sum([lineAmt, cert, lang === "it" ? 0 : post]);
    const vat = cents((net * VAT[lang]) / 100);
    const total = cents(net + vat + (lang === "it" ? post : 0));
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h}`,
      cols(`${L.no}:`, `T${x.y}${pad(r.int(1, 999), 3)}`, 24),
      cols(`${L.dt}:`, dt(x, lang, r), 24),
      cols(`${L.ord}:`, num(ordered, lang), 24),
      cols(`${L.del}:`, num(delivered, lang), 24),
      "",
      r.pick(L.docs),
      cols(`  ${pages} x ${bareAmt(pp, lang)} ${L.pp}`, bareAmt(lineAmt, lang), 56),
      cols(`  ${L.cert}`, bareAmt(cert, lang), 56),
      ...(lang === "it" ? [] : [cols(`  ${L.post}`, bareAmt(post, lang), 56)]),
      cols(L.vat, bareAmt(vat, lang), 56),
      ...(lang === "it" ? [cols(`  ${L.post}`, bareAmt(post, lang), 56)] : []),
      cols(L.tot, money(total, lang, r), 56),
      "",
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "translator-invoice", lang }, r, 0.2);
  }
  if (k === 3) {
    const s = PHYSIO[lang];
    const n = r.int(4, 8);
    const last = addDays(x, -r.int(1, 6));
    const sessions: Day[] = [last];
    for (let i = 1; i < n; i++) sessions.unshift(addDays(sessions[0]!, -r.pick([3, 4, 7])));
    const referral = addDays(sessions[0]!, -r.int(3, 20));
    const b = born(r, 1945, 2005);
    const fee = { en: 55, de: 32.4, fr: 16.13, es: 35, it: 45, nl: 42.5 }[lang];
    const stamp = lang === "it" && n * fee > 77.47 ? 2 : 0;
    const total = cents(n * fee + stamp);
    const doctor = { en: "Dr R. Hughes (GP)", de: "Dr. med. K. Janssen (Orthopädie)", fr: "Dr M. Roche", es: "Dra. E. Lozano (traumatología)", it: "Dott. P. Ricci (ortopedico)", nl: "huisarts J. Visser" }[lang];
    const L = {
      en: { h: "INVOICE", no: "Invoice", dt: "Date", pt: "Patient", dob: "DOB", ref: `Referred by ${doctor} on`, tr: "Treatment: lower back pain — manual therapy and exercise programme", row: "Follow-up session (45 min)", tot: "Total", vat: "Physiotherapy services are exempt from VAT.", pay: "Payment due within 30 days. Please quote the invoice number." },
      de: { h: "Privatrechnung", no: "Rechnungs-Nr.", dt: "Datum", pt: "Patient/in", dob: "geb. am", ref: `Ärztliche Verordnung von ${doctor} vom`, tr: "Heilmittel: Krankengymnastik (KG), Diagnose M54.5", row: "KG Einzelbehandlung", tot: "Rechnungsbetrag", vat: "Heilbehandlungen sind nach § 4 Nr. 14 UStG umsatzsteuerfrei.", pay: "Bitte überweisen Sie den Betrag innerhalb von 30 Tagen." },
      fr: { h: "Note d'honoraires", no: "N°", dt: "Date", pt: "Patient(e)", dob: "né(e) le", ref: `Prescription du ${doctor} du`, tr: "Rééducation du rachis lombaire (AMK 7,5)", row: "Séance de kinésithérapie", tot: "Total honoraires", vat: "Exonération de TVA, art. 261-4-1° du CGI.", pay: "Acquitté le jour de la dernière séance." },
      es: { h: "Factura", no: "N.º", dt: "Fecha", pt: "Paciente", dob: "Fecha de nacimiento", ref: `Derivación: ${doctor}, informe de`, tr: "Tratamiento: lumbalgia — terapia manual y ejercicio terapéutico", row: "Sesión de fisioterapia (50 min)", tot: "Total", vat: "Operación exenta de IVA (art. 20.Uno.3.º Ley 37/1992).", pay: "Abonado con tarjeta." },
      it: { h: "Fattura", no: "N.", dt: "Data", pt: "Paziente", dob: "nato/a il", ref: `Prescrizione del ${doctor} del`, tr: "Trattamento riabilitativo: lombalgia, terapia manuale ed esercizio", row: "Seduta di fisioterapia", tot: "Totale", vat: "Operazione esente IVA ai sensi dell'art. 10 c. 18 DPR 633/72. Imposta di bollo assolta € 2,00.", pay: "Pagamento ricevuto tramite POS." },
      nl: { h: "Nota", no: "Notanummer", dt: "Datum", pt: "Patiënt", dob: "geboortedatum", ref: `Verwijzing ${doctor} d.d.`, tr: "Behandeling: lage rugklachten, manuele therapie", row: "Zitting fysiotherapie (1000)", tot: "Totaal", vat: "Vrijgesteld van btw.", pay: "Wij verzoeken u het bedrag binnen 30 dagen te voldoen." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      cols(`${L.h} ${L.no} ${r.int(1000, 9999)}`, `${L.dt}: ${num(x, lang)}`, 40),
      `${L.pt}: ${bare(person)}, ${L.dob} ${num(b, lang)}`,
      `${L.ref} ${num(referral, lang)}`,
      L.tr,
      "",
      ...sessions.map((d) => cols(`${num(d, lang)}  ${L.row}`, bareAmt(fee, lang), 48)),
      ...(stamp ? [cols("Marca da bollo", bareAmt(stamp, lang), 48)] : []),
      cols(L.tot, money(total, lang, r), 48),
      "",
      L.vat,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "physio-invoice", lang }, r, 0.3);
  }
  const s = LOCKSMITH[lang];
  const late = r.chance(0.5);
  const call = late ? addDays(x, -1) : x;
  const callT = late ? `${pad(r.int(21, 23))}:${pad(r.int(0, 59))}` : `${pad(r.int(0, 4))}:${pad(r.int(0, 59))}`;
  const L = {
    en: { h: "INVOICE / RECEIPT", no: "No.", dt: "Date", call: "Call received", job: "Locked out — front door, key snapped in lock", items: [["Emergency call-out (out of hours)", 95], ["Non-destructive entry", 60], ["Euro cylinder 35/35 anti-snap, 3 keys", 48], ["Extra key cut", 6]] as Item[], net: "Subtotal", vat: "VAT 20%", tot: "TOTAL", paid: "Paid in full by card — thank you", gu: "Cylinder guaranteed 24 months from fitting." },
    de: { h: "Rechnung / Quittung", no: "Nr.", dt: "Datum", call: "Auftrag telefonisch angenommen", job: "Türöffnung Wohnungstür, Schlüssel abgebrochen", items: [["Anfahrt Notdienst (Nacht-/Feiertagszuschlag)", 89], ["Türöffnung zerstörungsfrei", 79], ["Profilzylinder 30/35 mit 3 Schlüsseln", 54.5], ["Nachschlüssel", 8.5]] as Item[], net: "Netto", vat: "MwSt. 19 %", tot: "Gesamt", paid: "Betrag per Karte vor Ort erhalten", gu: "2 Jahre Gewährleistung auf den Zylinder." },
    fr: { h: "FACTURE ACQUITTÉE", no: "N°", dt: "Date", call: "Appel reçu le", job: "Ouverture de porte claquée, clé cassée dans la serrure", items: [["Déplacement urgence nuit", 90], ["Ouverture fine sans dégât", 85], ["Cylindre européen 30x30, 3 clés", 65], ["Clé supplémentaire", 9]] as Item[], net: "Total HT", vat: "TVA 10 %", tot: "Total TTC", paid: "Réglé par CB sur place", gu: "Cylindre garanti 2 ans." },
    es: { h: "FACTURA", no: "N.º", dt: "Fecha", call: "Aviso recibido", job: "Apertura de puerta, llave partida en el bombín", items: [["Desplazamiento urgente nocturno", 80], ["Apertura sin daños", 70], ["Bombín de seguridad 30x30, 3 llaves", 45], ["Copia de llave", 5]] as Item[], net: "Base imponible", vat: "IVA 21 %", tot: "TOTAL", paid: "Pagado con tarjeta", gu: "Garantía del bombín: 2 años." },
    it: { h: "FATTURA QUIETANZATA", no: "N.", dt: "Data", call: "Chiamata ricevuta", job: "Apertura porta blindata, chiave spezzata nel cilindro", items: [["Uscita notturna pronto intervento", 90], ["Apertura senza danni", 80], ["Cilindro europeo antibumping, 5 chiavi", 70], ["Duplicato chiave", 8]] as Item[], net: "Imponibile", vat: "IVA 22%", tot: "Totale", paid: "Pagato con POS", gu: "Cilindro garantito 24 mesi." },
    nl: { h: "FACTUUR", no: "Nr.", dt: "Datum", call: "Oproep ontvangen", job: "Deur geopend, sleutel afgebroken in cilinder", items: [["Voorrijkosten spoed (avond/nacht)", 85], ["Deur openen zonder schade", 75], ["SKG** cilinder 30/30 met 3 sleutels", 59], ["Extra sleutel", 7.5]] as Item[], net: "Subtotaal", vat: "Btw 21%", tot: "Totaal", paid: "Voldaan per pin", gu: "Garantie op de cilinder: 2 jaar." },
  }[lang];
  const rate = { en: 20, de: 19, fr: 10, es: 21, it: 22, nl: 21 }[lang];
  const items = [L.items[0]!, L.items[1]!, ...L.items.slice(2).filter(() => r.chance(0.55))];
  const net = sum(items.map(([, p]) => p));
  const vat = cents((net * rate) / 100);
  const total = cents(net + vat);
  const lines = [
    s.name,
    s.addr,
    "",
    `${L.h}   ${L.no} ${r.int(10000, 99999)}`,
    `${L.dt}: ${num(x, lang)}`,
    `${L.call}: ${num(call, lang)} ${frTime(callT, lang)}`,
    bare(person) + ", " + home(r, lang).replace("\n", ", "),
    L.job,
    "",
    ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 50)),
    cols(L.net, bareAmt(net, lang), 50),
    cols(L.vat, bareAmt(vat, lang), 50),
    cols(L.tot, money(total, lang, r), 50),
    "",
    L.paid,
    L.gu,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "locksmith-invoice", lang }, r, 0.3);
};

// ─── Bills ───────────────────────────────────────────────────────────────────────────────────────────────────────

const CHARGING: PerLang<Org> = {
  en: org("VoltWay Charging, Inc.", "3000 Lava Ridge Ct, Roseville, CA 95661", "Customer care 1-888-555-0164 · voltway.example", "Roseville"),
  de: org("Ladenetz Rhein-Main GmbH", "Mainzer Landstraße 200 · 60327 Frankfurt am Main", "Amtsgericht Frankfurt am Main HRB 119922 · USt-IdNr. DE 298 441 103", "Frankfurt am Main"),
  fr: org("Charge'Ouest", "15 boulevard Guist'hau, 44000 Nantes", "SAS au capital de 200 000 € · RCS Nantes 888 120 443", "Nantes"),
  es: org("Recarga Verde S.L.", "Avinguda Diagonal 211, 08018 Barcelona", "CIF B-67112093", "Barcelona"),
  it: org("Elettro Mobilità Italia S.r.l.", "Via Gattamelata 34, 20149 Milano", "P.IVA 11022450961", "Milano"),
  nl: org("LaadPaal Nederland B.V.", "Westervoortsedijk 73, 6827 AV Arnhem", "KvK 81234210 · btw NL862044119B01", "Arnhem"),
};
const CONDO: PerLang<Org> = {
  en: org("Castlegate Block Management Ltd", "Managing agents for Albion Court RTM Company · 3 Queen Square, Bath BA1 2HA", "Registered in England No. 07715523", "Bath"),
  de: org("Kramer & Partner WEG-Verwaltung GmbH", "Theresienstraße 40 · 93047 Regensburg", "Amtsgericht Regensburg HRB 15566", "Regensburg"),
  fr: org("Cabinet Gestimmo Syndic", "18 cours Mirabeau, 13100 Aix-en-Provence", "SAS · Carte professionnelle CPI 1310 2019 000 041 223 · RCS Aix 510 220 876", "Aix-en-Provence"),
  es: org("Administración de Fincas Soler", "Calle Colón 44, 3.º, 46004 València", "Colegiado CAF n.º 2871 · NIF 22561870-L", "València"),
  it: org("Studio Amministrazioni Condominiali Ferri", "Via Marconi 11, 50131 Firenze", "Amministratore: Rag. Paolo Ferri · C.F. FRRPLA68C12D612X", "Firenze"),
  nl: org("VvE Beheer Noord B.V.", "Zuiderdiep 60, 9711 HK Groningen", "KvK 02098812", "Groningen"),
};
const TRANSIT: PerLang<Org> = {
  en: org("Nexus", "Nexus House, 33 St James' Boulevard, Newcastle upon Tyne NE1 4AX", "Tyne and Wear Passenger Transport Executive", "Newcastle upon Tyne"),
  de: org("Rheinbahn AG", "Abo-Center · Hansaallee 1 · 40549 Düsseldorf", "Amtsgericht Düsseldorf HRB 566 · USt-IdNr. DE 119 312 233", "Düsseldorf"),
  fr: org("Tisséo Voyageurs", "4 impasse Paul Mesplé, 31100 Toulouse", "Régie des transports · SIRET 311 020 229 00024", "Toulouse"),
  es: org("EMT València", "Empresa Municipal de Transportes de València · Plaza del Correo Viejo 5, 46001 València", "CIF A-46095873", "València"),
  it: org("GTT Gruppo Torinese Trasporti S.p.A.", "Corso Turati 19/6, 10128 Torino", "P.IVA 08555280018", "Torino"),
  nl: org("NS Reizigers B.V.", "Postbus 2025, 3500 HA Utrecht", "KvK 30124359", "Utrecht"),
};
const ALARM: PerLang<Org> = {
  en: org("Sentinel Alarm Monitoring Ltd", "Sentinel House, Rushmills, Northampton NN4 7YB", "NSI Gold approved · VAT 544 3210 98", "Northampton"),
  de: org("Sicherheitstechnik Wachmann GmbH", "Notruf- und Serviceleitstelle · Industriestraße 8 · 70565 Stuttgart", "Amtsgericht Stuttgart HRB 73312 · USt-IdNr. DE 147 220 381", "Stuttgart"),
  fr: org("Protectys Télésurveillance", "ZI des Paluds, 13400 Aubagne", "SAS · RCS Marseille 532 110 987 · Autorisation CNAPS AUT-013-2118-03-22", "Aubagne"),
  es: org("Alarmas Centinela S.A.", "Calle de Orense 70, 28020 Madrid", "CIF A-82114433 · Registro DGP n.º 3211", "Madrid"),
  it: org("Vigilanza Argo S.r.l.", "Via della Liberazione 9, 25062 Concesio (BS)", "P.IVA 03877420987", "Concesio"),
  nl: org("Alarmcentrale Waakzaam B.V.", "Spoorstraat 44, 7201 JC Zutphen", "KvK 08155432 · btw NL811320944B01", "Zutphen"),
};

// T3 — bills in four kinds, taken in turn: an EV charging network's monthly bill (dated sessions with times, the
// billing period of the month before, a debit date; the English one a US network's in dollars with month-first
// dates), an owners' association's call for funds (the budget approved at a general meeting, the quarter's due day,
// the next meeting), a season ticket's monthly invoice (the month of validity, the debit day, subscribed since, the
// holder's birth date), an alarm monitoring company's quarterly bill (the quarter ahead, the last maintenance visit,
// the contract's start, the debit day).
let billTurn = 0;
const bills: Template = (r, lang) => {
  const k = turn(billTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const base = randomDay(r);
    const start = firstOf(addMonths(firstOf(base), -1));
    const end = monthEnd(start);
    const x = addDays(end, r.int(2, 8));
    const s = CHARGING[lang];
    const n = r.int(3, 7);
    const price = { en: 0.39, de: 0.59, fr: 0.45, es: 0.49, it: 0.59, nl: 0.55 }[lang];
    const sub = { en: 4.99, de: 0, fr: 2.5, es: 0, it: 3.99, nl: 0 }[lang];
    const places = { en: ["Roseville Galleria P3", "Folsom Premium Outlets", "Sacramento Downtown Commons", "Home charger (shared plan)"], de: ["Frankfurt, Hanauer Landstraße 131", "Offenbach, Kaiserleistraße 8", "Rastanlage Weiskirchen Nord", "Wiesbaden, Rheinstraße 20"], fr: ["Nantes — parking Commerce", "Saint-Herblain Atlantis", "Aire de Vitré (A11)", "Rezé — Hôtel de ville"], es: ["Barcelona — Pl. Catalunya", "L'Hospitalet — Gran Via 2", "Área de La Jonquera (AP-7)", "Sabadell — Eix Macià"], it: ["Milano — Piazzale Cadorna", "Sesto San Giovanni — Via Carducci", "Area di servizio Lodi Ovest (A1)", "Monza — Viale Lombardia"], nl: ["Arnhem — Jansbuitensingel", "Nijmegen — Keizer Karelplein", "Tankstation A12 De Poort", "Ede — Stationsplein"] }[lang];
    const rows = Array.from({ length: n }, () => ({ d: { y: start.y, m: start.m, d: r.int(1, end.d) }, kwh: r.int(80, 620) / 10, t: hm(r, 6, 22), where: r.pick(places) })).sort((a, b) => a.d.d - b.d.d);
    const energy = sum(rows.map((w) => cents(w.kwh * price)));
    const debit = addDays(x, r.int(5, 12));
    if (lang === "en") {
      const tax = cents(energy * 0.0725);
      const total = sum([energy, sub, tax]);
      const lines = [
        s.name,
        s.addr,
        "",
        "MONTHLY CHARGING STATEMENT",
        `Statement date: ${usNum(x)}`,
        `Billing period: ${usNum(start)} - ${usNum(end)}`,
        `Member: ${bare(person)} · Account VW-${r.int(100000, 999999)}`,
        "",
        "Date        Start   Location                         kWh     Amount",
        ...rows.map((w) => cols(`${usNum(w.d)}  ${w.t}   ${w.where.padEnd(32)} ${w.kwh.toFixed(1).padStart(5)}`, usd(cents(w.kwh * price)), 64)),
        "",
        cols(`Energy @ $${price}/kWh`, usd(energy), 64),
        cols("VoltWay Plus membership", usd(sub), 64),
        cols("Sales tax", usd(tax), 64),
        cols("Total charged", usd(total), 64),
        "",
        `Your card ending ${r.int(1000, 9999)} will be charged on ${usLong(debit, r)}.`,
        s.foot,
      ];
      return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-ev-charging-bill", lang }, r, 0.05);
    }
    const total = sum([energy, sub]);
    const L = {
      de: { h: "Rechnung Ladevorgänge", dt: "Rechnungsdatum", per: "Abrechnungszeitraum", cust: "Vertragskonto", cols: "Datum      Beginn  Ladepunkt", sub: "Grundgebühr", tot: "Rechnungsbetrag (inkl. 19 % MwSt.)", deb: "Der Betrag wird per SEPA-Lastschrift abgebucht am" },
      fr: { h: "Facture de recharge", dt: "Date de facture", per: "Période", cust: "N° client", cols: "Date       Début   Borne", sub: "Abonnement mensuel", tot: "Total TTC (TVA 20 %)", deb: "Prélèvement le" },
      es: { h: "Factura de recargas", dt: "Fecha de emisión", per: "Periodo de facturación", cust: "Cliente", cols: "Fecha      Inicio  Punto de recarga", sub: "Cuota", tot: "Total (IVA 21 % incl.)", deb: "Se cargará en su cuenta el" },
      it: { h: "Fattura ricariche", dt: "Data emissione", per: "Periodo", cust: "Codice cliente", cols: "Data       Inizio  Colonnina", sub: "Canone mensile", tot: "Totale IVA 22% inclusa", deb: "Addebito SDD il" },
      nl: { h: "Factuur laadsessies", dt: "Factuurdatum", per: "Periode", cust: "Klantnummer", cols: "Datum      Start   Laadpunt", sub: "Abonnement", tot: "Totaal incl. 21% btw", deb: "Wij schrijven het bedrag af op" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, num(x, lang), 26),
      cols(`${L.per}:`, `${num(start, lang)} – ${num(end, lang)}`, 26),
      cols(`${L.cust}:`, `${r.int(10000000, 99999999)}`, 26),
      "",
      `${L.cols.padEnd(52)}kWh     EUR`,
      ...rows.map((w) => cols(`${num(w.d, lang)} ${w.t}   ${w.where.padEnd(34)} ${bareAmt(w.kwh, lang).replace(/0$/, "").padStart(6)}`, bareAmt(cents(w.kwh * price), lang), 66)),
      "",
      ...(sub ? [cols(L.sub, bareAmt(sub, lang), 66)] : []),
      cols(L.tot, money(total, lang, r), 66),
      "",
      `${L.deb} ${dt(debit, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "ev-charging-bill", lang }, r, 0.1);
  }
  const x = randomDay(r);
  if (k === 1) {
    const s = CONDO[lang];
    const qStart = firstOf(addMonths(firstOf(x), 3 - ((x.m - 1) % 3)));
    const qEnd = monthEnd(addMonths(qStart, 2));
    const agm = addDays(x, -r.int(20, 150));
    const nextAgm = addDays(agm, r.int(360, 370));
    const share = r.int(40, 160);
    const ord1 = r.int(18000, 95000) / 100;
    const fund = cents(ord1 * r.pick([0.05, 0.1]));
    const total = cents(ord1 + fund);
    const q = Math.floor((qStart.m - 1) / 3) + 1;
    const bldg = { en: "Albion Court, Bath BA2 4QN", de: "WEG Prüfeninger Straße 61, Regensburg", fr: "Résidence Les Platanes, 7 avenue Victor Hugo, Aix-en-Provence", es: "Comunidad de Propietarios Calle Cirilo Amorós 38", it: "Condominio Via Bolognese 102, Firenze", nl: "VvE Residentie De Wilg, Groningen" }[lang];
    const L = {
      en: { h: "SERVICE CHARGE DEMAND", dt: "Date of demand", unit: "Flat", per: "Period", ord: "Service charge (on account), per budget", fund: "Contribution to reserve fund", tot: "Total payable", due: "Due on", agm: "Budget approved at the AGM held on", nx: "The next AGM is provisionally arranged for", note: "This demand is accompanied by a Summary of Tenants' Rights and Obligations." },
      de: { h: "Hausgeldanforderung", dt: "Datum", unit: "Wohnung", per: "Zeitraum", ord: "Hausgeld lt. Wirtschaftsplan", fund: "Zuführung Erhaltungsrücklage", tot: "Zahlbetrag", due: "Fällig am", agm: "Wirtschaftsplan beschlossen in der Eigentümerversammlung vom", nx: "Die nächste ordentliche Eigentümerversammlung ist geplant für den", note: "Bitte geben Sie im Verwendungszweck Ihre Objekt- und Wohnungsnummer an." },
      fr: { h: "APPEL DE FONDS", dt: "Date", unit: "Lot", per: "Période", ord: "Provision sur budget prévisionnel", fund: "Fonds de travaux (art. 14-2 loi 1965)", tot: "Montant à régler", due: "Exigible le", agm: "Budget voté en assemblée générale du", nx: "Prochaine assemblée générale prévue le", note: "Quote-part calculée sur les tantièmes généraux." },
      es: { h: "RECIBO DE CUOTA DE COMUNIDAD", dt: "Fecha", unit: "Piso", per: "Periodo", ord: "Cuota ordinaria según presupuesto", fund: "Fondo de reserva", tot: "Total a pagar", due: "Vencimiento", agm: "Presupuesto aprobado en Junta General Ordinaria de", nx: "Próxima Junta General prevista para el", note: "Se girará al cobro en la cuenta domiciliada." },
      it: { h: "AVVISO DI PAGAMENTO RATA CONDOMINIALE", dt: "Data", unit: "Unità", per: "Periodo", ord: "Rata spese ordinarie da preventivo", fund: "Fondo speciale lavori", tot: "Totale da versare", due: "Scadenza", agm: "Preventivo approvato dall'assemblea del", nx: "Prossima assemblea ordinaria prevista per il", note: "Pagamento con bollettino MAV o bonifico sul conto condominiale." },
      nl: { h: "VOORSCHOTNOTA SERVICEKOSTEN / VVE-BIJDRAGE", dt: "Datum", unit: "Appartementsrecht", per: "Periode", ord: "Bijdrage volgens begroting", fund: "Reservefonds onderhoud", tot: "Te betalen", due: "Vervaldatum", agm: "Begroting vastgesteld in de ALV van", nx: "De volgende ALV staat gepland op", note: "Het bedrag wordt automatisch geïncasseerd." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      bldg,
      cols(`${L.dt}:`, dt(x, lang, r), 22),
      cols(`${L.unit}:`, `${r.int(1, 48)} (${share}/1000)`, 22),
      cols(`${L.per}:`, lang === "en" ? `${num(qStart, lang)} to ${num(addDays(addMonths(qStart, 6), -1), lang)}` : `${{ de: `${q}. Quartal`, fr: `${q}e trimestre`, es: `${q}.º trimestre`, it: `${q}° trimestre`, nl: `kwartaal ${q}` }[lang]} ${qStart.y} (${num(qStart, lang)} – ${num(qEnd, lang)})`, 22),
      "",
      cols(L.ord, bareAmt(ord1, lang), 56),
      cols(L.fund, bareAmt(fund, lang), 56),
      cols(L.tot, money(total, lang, r), 56),
      cols(`${L.due}:`, num(qStart, lang), 56),
      "",
      `${L.agm} ${num(agm, lang)}.`,
      `${L.nx} ${num(nextAgm, lang)}.`,
      L.note,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "owners-association-call", lang }, r, 0.15);
  }
  if (k === 2) {
    const s = TRANSIT[lang];
    const valid = firstOf(addMonths(firstOf(x), 1));
    const validEnd = monthEnd(valid);
    const debit = addDays(valid, r.int(0, 4));
    const since = { y: x.y - r.int(0, 3), m: r.int(1, 12), d: 1 };
    const b = born(r, 1955, 2006);
    const price = { en: 66.2, de: 58, fr: 56, es: 40, it: 42, nl: 115 }[lang];
    const rate = { en: 0, de: 7, fr: 10, es: 10, it: 10, nl: 9 }[lang];
    const vat = cents((price * rate) / (100 + rate));
    const mName = MONTHS[lang][valid.m - 1]!;
    const L = {
      en: { h: "Pop Pay As You Go — Monthly Metro Pass invoice", dt: "Invoice date", card: "Pop card", prod: `All Zones monthly pass, ${mName} ${valid.y}`, val: "Valid", tot: "Amount to be collected", deb: "by Direct Debit on or just after", vat: "Zero-rated for VAT", since: "Customer since", dob: "Date of birth" },
      de: { h: "Rechnung Deutschlandticket im Abo", dt: "Rechnungsdatum", card: "Chipkarte", prod: `Deutschlandticket ${mName} ${valid.y}`, val: "Gültig", tot: "Rechnungsbetrag", deb: "Abbuchung per SEPA-Lastschrift am", vat: "enthaltene MwSt. 7 %", since: "Abo seit", dob: "Geburtsdatum" },
      fr: { h: "Facture abonnement Pastel", dt: "Date de facture", card: "Carte Pastel n°", prod: `Abonnement mensuel Tous publics — ${mName} ${valid.y}`, val: "Validité", tot: "Montant prélevé", deb: "Prélèvement SEPA le", vat: "dont TVA 10 %", since: "Abonné(e) depuis le", dob: "Date de naissance" },
      es: { h: "Factura bono mensual SUMA", dt: "Fecha de factura", card: "Tarjeta Móbilis", prod: `SUMA mensual, ${mName} de ${valid.y}`, val: "Validez", tot: "Importe", deb: "Se cargará en su cuenta el", vat: "IVA 10 % incluido", since: "Alta desde", dob: "Fecha de nacimiento" },
      it: { h: "Fattura abbonamento mensile", dt: "Data fattura", card: "Tessera BIP n.", prod: `Abbonamento mensile urbano — ${mName} ${valid.y}`, val: "Validità", tot: "Totale", deb: "Addebito SDD il", vat: "di cui IVA 10%", since: "Cliente dal", dob: "Data di nascita" },
      nl: { h: "Factuur NS-abonnement", dt: "Factuurdatum", card: "OV-chipkaart", prod: `Dal Vrij + Traject Vrij, ${mName} ${valid.y}`, val: "Geldigheid", tot: "Totaal", deb: "Automatische incasso op of rond", vat: "Waarvan 9% btw", since: "Klant sinds", dob: "Geboortedatum" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, num(x, lang), 24),
      cols(`${L.card}:`, `${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`, 24),
      cols(`${L.dob}:`, num(b, lang), 24),
      cols(`${L.since}:`, num(since, lang), 24),
      "",
      cols(L.prod, bareAmt(price, lang), 56),
      `  ${L.val}: ${num(valid, lang)} – ${num(validEnd, lang)}`,
      rate ? cols(`  ${L.vat}`, bareAmt(vat, lang), 56) : `  ${L.vat}`,
      cols(L.tot, money(price, lang, r), 56),
      "",
      `${L.deb} ${dt(debit, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(price, lang), kind: "season-ticket-bill", lang }, r, 0.1);
  }
  const s = ALARM[lang];
  const qStart = firstOf(addMonths(firstOf(x), 1));
  const qEnd = monthEnd(addMonths(qStart, 2));
  const since = born(r, x.y - 8, x.y - 1);
  const visit = addDays(x, -r.int(30, 200));
  const debit = addDays(qStart, r.int(0, 5));
  const mon = { en: 24.5, de: 29.9, fr: 34.9, es: 36.5, it: 32, nl: 27.5 }[lang];
  const key = r.chance(0.5) ? { en: 6, de: 7.5, fr: 8, es: 5, it: 6, nl: 6.5 }[lang] : 0;
  const net = sum([mon * 3, key * 3]);
  const vat = cents((net * VAT[lang]) / 100);
  const total = cents(net + vat);
  const L = {
    en: { h: "TAX INVOICE", no: "Invoice", dt: "Invoice date", per: "Service period", mon: "24-hour monitoring, 3 months @", key: "Keyholding & response, 3 months @", vat: "VAT 20%", tot: "Total", since: "Contract start", vis: "Last maintenance visit", deb: "Direct Debit collection on" },
    de: { h: "RECHNUNG", no: "Rechnungs-Nr.", dt: "Rechnungsdatum", per: "Leistungszeitraum", mon: "Aufschaltung Notruf- und Serviceleitstelle, 3 Monate à", key: "Schlüsseldepot und Intervention, 3 Monate à", vat: "zzgl. 19 % MwSt.", tot: "Rechnungsbetrag", since: "Vertragsbeginn", vis: "Letzte Wartung durchgeführt am", deb: "Abbuchung erfolgt am" },
    fr: { h: "FACTURE", no: "Facture n°", dt: "Date de facture", per: "Période de service", mon: "Télésurveillance 24h/24, 3 mois à", key: "Intervention sur alarme, 3 mois à", vat: "TVA 20 %", tot: "Total TTC", since: "Date d'effet du contrat", vis: "Dernière visite de maintenance", deb: "Prélèvement le" },
    es: { h: "FACTURA", no: "Factura n.º", dt: "Fecha de factura", per: "Periodo facturado", mon: "Conexión a Central Receptora de Alarmas, 3 meses a", key: "Custodia de llaves y acuda, 3 meses a", vat: "IVA 21 %", tot: "Total factura", since: "Fecha de alta", vis: "Última revisión de mantenimiento", deb: "Cargo en cuenta el" },
    it: { h: "FATTURA", no: "Fattura n.", dt: "Data fattura", per: "Periodo di competenza", mon: "Collegamento centrale operativa 24h, 3 mesi a", key: "Servizio pronto intervento, 3 mesi a", vat: "IVA 22%", tot: "Totale fattura", since: "Decorrenza contratto", vis: "Ultima manutenzione eseguita il", deb: "Addebito RID il" },
    nl: { h: "FACTUUR", no: "Factuurnummer", dt: "Factuurdatum", per: "Periode", mon: "Doormelding alarmcentrale, 3 maanden à", key: "Sleutelbeheer en opvolging, 3 maanden à", vat: "Btw 21%", tot: "Totaal", since: "Ingangsdatum contract", vis: "Laatste onderhoudsbeurt", deb: "Incasso op" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    cols(L.h, `${L.no} ${r.int(100000, 999999)}`, 40),
    cols(`${L.dt}:`, num(x, lang), 26),
    cols(`${L.per}:`, `${num(qStart, lang)} – ${num(qEnd, lang)}`, 26),
    cols(`${L.since}:`, num(since, lang), 26),
    "",
    cols(`${L.mon} ${bareAmt(mon, lang)}`, bareAmt(cents(mon * 3), lang), 64),
    ...(key ? [cols(`${L.key} ${bareAmt(key, lang)}`, bareAmt(cents(key * 3), lang), 64)] : []),
    cols(L.vat, bareAmt(vat, lang), 64),
    cols(L.tot, money(total, lang, r), 64),
    "",
    `${L.vis}: ${num(visit, lang)}`,
    `${L.deb} ${dt(debit, lang, r)}.`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "alarm-monitoring-bill", lang }, r, 0.15);
};

// ─── Letters ─────────────────────────────────────────────────────────────────────────────────────────────────────

const refWord: PerLang<string> = { en: "Our ref:", de: "Unser Zeichen:", fr: "Réf. :", es: "Referencia:", it: "Rif.:", nl: "Ons kenmerk:" };
const dateWord: PerLang<string> = { en: "Date:", de: "Datum:", fr: "Date :", es: "Fecha:", it: "Data:", nl: "Datum:" };
const subjWord: PerLang<string> = { en: "", de: "", fr: "Objet : ", es: "Asunto: ", it: "Oggetto: ", nl: "Onderwerp: " };
const contactWord: PerLang<[string, string]> = { en: ["Contact:", "Tel:"], de: ["Ihr Ansprechpartner:", "Telefon:"], fr: ["Votre interlocuteur :", "Tél. :"], es: ["Le atiende:", "Tel.:"], it: ["Referente:", "Tel.:"], nl: ["Contactpersoon:", "Telefoon:"] };
const CONTACTS: PerLang<string[]> = {
  en: ["Sarah Mitchell", "Tom Ashworth", "Gemma Price"],
  de: ["Frau Kessler", "Herr Yilmaz", "Frau Dr. Brandt"],
  fr: ["Mme Roussel", "M. Garnier", "Mme Benali"],
  es: ["Ana Muñoz", "Jorge Navarro", "Elena Castro"],
  it: ["Dott.ssa Colombo", "Sig. Marini", "Sig.ra De Luca"],
  nl: ["M. Hendriks", "K. de Boer", "S. Willems"],
};
const phone = (r: Rng, lang: Lang) => ({ en: `0${r.int(113, 161)} ${r.int(100, 999)} ${r.int(1000, 9999)}`, de: `0${r.int(30, 911)} ${r.int(100, 999)}-${r.int(100, 999)}`, fr: `0${r.int(1, 5)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`, es: `9${r.int(10, 88)} ${r.int(100, 999)} ${r.int(100, 999)}`, it: `0${r.int(10, 99)} ${r.int(100, 999)} ${r.int(1000, 9999)}`, nl: `0${r.int(10, 79)} ${r.int(100, 999)} ${r.int(1000, 9999)}` })[lang];
/**
 * A letter as an organisation prints it, with its date in one of three places: in an information column beside the
 * addressee (contact, telephone, reference, date), as a place-and-date line at the top over the addressee, or with
 * the place under the signature.
 */
function letter(s: Org, person: string, x: Day, lang: Lang, r: Rng, subject: string, body: string[], ref: string, sign: string): string {
  const where = r.int(0, 2);
  const addr = [person, ...home(r, lang).split("\n")];
  let head: string[];
  if (where === 0) {
    const info = [`${contactWord[lang][0]} ${r.pick(CONTACTS[lang])}`, `${contactWord[lang][1]} ${phone(r, lang)}`, ref, `${dateWord[lang]} ${dt(x, lang, r)}`];
    head = Array.from({ length: Math.max(addr.length, info.length) }, (_, i) => cols(addr[i] ?? "", info[i] ?? "", 46).trimEnd());
  } else if (where === 1) head = [`${" ".repeat(46)}${placeDate(s.city, x, lang, r)}`, "", ...addr, "", ref];
  else head = [...addr, "", ref];
  return [s.name, s.addr, "", ...head, "", `${subjWord[lang]}${subject}`, "", salute(person, lang), "", ...body, "", regards[lang], "", sign, ...(where === 2 ? ["", placeDate(s.city, x, lang, r)] : []), "", s.foot].join("\n");
}

const PENSION: PerLang<Org> = {
  en: org("The Pension Service", "Pension Service 9, Post Handling Site B, Wolverhampton WV99 1LU", "Department for Work and Pensions · www.gov.uk/contact-pension-service", "Wolverhampton"),
  de: org("Deutsche Rentenversicherung Bund", "10704 Berlin", "Rentenservice · Servicetelefon 0800 1000 4800", "Berlin"),
  fr: org("L'Assurance retraite", "Caisse nationale d'assurance vieillesse · 75951 Paris Cedex 19", "www.lassuranceretraite.fr · 3960", "Paris"),
  es: org("Instituto Nacional de la Seguridad Social", "Dirección Provincial de Málaga · Avenida de Andalucía 23, 29007 Málaga", "Ministerio de Inclusión, Seguridad Social y Migraciones", "Málaga"),
  it: org("INPS — Istituto Nazionale della Previdenza Sociale", "Direzione provinciale di Genova · Via Cesarea 12, 16121 Genova", "www.inps.it · Contact center 803 164", "Genova"),
  nl: org("Sociale Verzekeringsbank", "Postbus 1100, 1180 BH Amstelveen", "SVB · www.svb.nl", "Amstelveen"),
};
const CARDCO: PerLang<Org> = {
  en: org("Barclaycard", "Disputes Team, 1234 Pavilion Drive, Northampton NN4 7SG", "Barclaycard is a trading name of Barclays Bank UK PLC · FRN 759676", "Northampton"),
  de: org("Hanseatic Bank GmbH & Co KG", "Bramfelder Chaussee 101 · 22177 Hamburg", "Amtsgericht Hamburg HRA 126431", "Hamburg"),
  fr: org("Crédit Agricole Sud Rhône Alpes", "Service Réclamations Cartes · 15-17 rue Paul Claudel, 38100 Grenoble", "SA coopérative · RCS Grenoble 402 121 958 · ORIAS 07 023 262", "Grenoble"),
  es: org("Bankinter Consumer Finance, E.F.C., S.A.", "Avenida de Bruselas 12, 28108 Alcobendas", "CIF A-82650672", "Alcobendas"),
  it: org("Nexi Payments S.p.A.", "Corso Sempione 55, 20149 Milano", "P.IVA 10542790968", "Milano"),
  nl: org("International Card Services B.V.", "Postbus 23225, 1100 DS Diemen", "KvK 33200596", "Diemen"),
};
const CLOSEBANK: PerLang<Org> = {
  en: org("Nationwide Building Society", "Nationwide House, Pipers Way, Swindon SN38 1NW", "Authorised by the PRA, FRN 106078", "Swindon"),
  de: org("Volksbank Mittelhessen eG", "Schiffenberger Weg 110 · 35394 Gießen", "Genossenschaftsregister Gießen GnR 287", "Gießen"),
  fr: org("LCL — Le Crédit Lyonnais", "Agence Bordeaux Intendance, 4 cours de l'Intendance, 33000 Bordeaux", "SA · RCS Lyon 954 509 741 · ORIAS 07 001 878", "Bordeaux"),
  es: org("Kutxabank, S.A.", "Calle Portuetxe 10, 20018 Donostia-San Sebastián", "CIF A-95653077", "Donostia-San Sebastián"),
  it: org("BPER Banca S.p.A.", "Filiale di Reggio Emilia, Via Emilia San Pietro 4, 42121 Reggio Emilia", "ABI 05387 · P.IVA 03830780361", "Reggio Emilia"),
  nl: org("SNS", "Croeselaan 1, 3521 BJ Utrecht", "de Volksbank N.V. · KvK 16062338", "Utrecht"),
};
const DIVBROKER: PerLang<Org> = {
  en: org("AJ Bell Youinvest", "4 Exchange Quay, Salford Quays, Manchester M5 3EE", "AJ Bell Securities Limited · FCA FRN 155593", "Manchester"),
  de: org("comdirect", "eine Marke der Commerzbank AG · Pascalkehre 15 · 25451 Quickborn", "Commerzbank AG · Amtsgericht Frankfurt am Main HRB 32000", "Quickborn"),
  fr: org("Bourse Direct", "374 rue Saint-Honoré, 75001 Paris", "SA · RCS Paris 408 790 608", "Paris"),
  es: org("Renta 4 Banco, S.A.", "Paseo de la Habana 74, 28036 Madrid", "CIF A-82473018", "Madrid"),
  it: org("Directa SIM S.p.A.", "Via Bruno Buozzi 5, 10121 Torino", "P.IVA 06837440012", "Torino"),
  nl: org("Rabobank Beleggen", "Croeselaan 18, 3521 CB Utrecht", "Coöperatieve Rabobank U.A. · KvK 30046259", "Utrecht"),
};

// T4 — bank, card and pension letters in four kinds, taken in turn: a state pension's yearly adjustment (from a day
// ahead, the birth date, the pension's start years before, the next payment), a card issuer's dispute outcome (the
// transaction, the dispute received, a temporary credit, a re-debit ahead), an account closure confirmation (the
// customer's request, the day closed, the account opened years before, the balance transferred), a dividend advice
// (ex-date, record date, payment date; the advice dated on or after the payment).
let bankTurn = 0;
const bankLetters: Template = (r, lang) => {
  const k = turn(bankTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const s = PENSION[lang];
    const effM = { en: 4, de: 7, fr: 1, es: 1, it: 1, nl: 1 }[lang];
    const effD = lang === "en" ? 7 : 1;
    const eff: Day = { y: r.int(effM === 1 ? 2024 : 2023, 2026), m: effM, d: effD };
    const x = addDays(eff, -r.int(12, 55));
    const b = born(r, 1938, 1956);
    const start: Day = { y: Math.min(b.y + r.int(65, 67), x.y - 1), m: (b.m % 12) + 1, d: 1 };
    const old = { en: r.int(16000, 23000) / 100, de: r.int(90000, 210000) / 100, fr: r.int(80000, 190000) / 100, es: r.int(90000, 240000) / 100, it: r.int(80000, 200000) / 100, nl: r.int(130000, 150000) / 100 }[lang];
    const pctUp = r.pick([2.6, 3.74, 4.1, 4.57, 5.4]);
    const neu = cents(old * (1 + pctUp / 100));
    const pay = lang === "de" ? monthEnd(eff) : lang === "en" ? addDays(eff, r.int(3, 20)) : addDays(eff, r.int(2, 25));
    const p = (v: number) => money(v, lang, r);
    const L = {
      en: { s: "Your State Pension is going up", b: [`National Insurance number: QQ ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} C · Date of birth: ${num(b, lang)}`, `From ${dt(eff, lang, r)} your State Pension will increase from ${p(old)} to ${p(neu)} a week.`, `You have been getting your State Pension since ${dt(start, lang, r)}. We pay it every 4 weeks in arrears; your first payment at the new rate will be on ${dt(pay, lang, r)}.`, "You do not need to do anything. Keep this letter, as you may need it for tax purposes."], sign: "The Pension Service" },
      de: { s: `Rentenanpassung zum ${num(eff, lang)}`, b: [`Versicherungsnummer ${r.int(10, 65)} ${pad(b.d)}${pad(b.m)}${String(b.y).slice(2)} ${String.fromCharCode(65 + r.int(0, 25))} ${r.int(100, 999)} · Geburtsdatum ${num(b, lang)}`, `die Renten werden zum ${dt(eff, lang, r)} um ${String(pctUp).replace(".", ",")} % angehoben. Ihre Regelaltersrente (Rentenbeginn ${num(start, lang)}) beträgt ab diesem Zeitpunkt monatlich ${p(neu)} brutto (bisher ${p(old)}).`, `Die Rente wird am Ende des Monats gezahlt; die erste Zahlung in neuer Höhe erfolgt am ${num(pay, lang)}.`, "Die Beiträge zur Kranken- und Pflegeversicherung der Rentner werden entsprechend angepasst."], sign: "Deutsche Rentenversicherung Bund" },
      fr: { s: "Revalorisation de votre retraite", b: [`N° de sécurité sociale : ${r.int(1, 2)} ${String(b.y).slice(2)} ${pad(b.m)} ${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)} · Né(e) le ${num(b, lang)}`, `Au ${dt(eff, lang, r)}, votre retraite de base est revalorisée de ${String(pctUp).replace(".", ",")} %. Son montant mensuel brut passe de ${p(old)} à ${p(neu)}.`, `Votre retraite a pris effet le ${num(start, lang)}. Le premier paiement au nouveau montant interviendra le ${num(pay, lang)}.`], sign: "Votre caisse de retraite" },
      es: { s: `Revalorización de su pensión para ${eff.y}`, b: [`DNI ${r.int(10000000, 99999999)}-${String.fromCharCode(65 + r.int(0, 25))} · Fecha de nacimiento: ${num(b, lang)}`, `Le comunicamos que, con efectos de ${dt(eff, lang, r)}, su pensión de jubilación se revaloriza un ${String(pctUp).replace(".", ",")} %. La cuantía mensual pasa de ${p(old)} a ${p(neu)} (14 pagas).`, `Fecha de efectos económicos de la pensión: ${num(start, lang)}. El primer abono con la nueva cuantía se realizará el ${num(pay, lang)}.`], sign: "La Directora Provincial" },
      it: { s: `Rivalutazione della pensione dal ${num(eff, lang)}`, b: [`Codice fiscale ${r.pick(["BNCMRC", "ESPGLI", "RMNLCU", "GRCFNC"])}${String(b.y).slice(2)}A${pad(b.d)}D969${String.fromCharCode(65 + r.int(0, 25))} · Nato/a il ${num(b, lang)}`, `La informiamo che dal ${dt(eff, lang, r)} la Sua pensione di vecchiaia (decorrenza ${num(start, lang)}) è rivalutata del ${String(pctUp).replace(".", ",")} %. L'importo lordo mensile passa da ${p(old)} a ${p(neu)}.`, `Il primo pagamento con il nuovo importo sarà effettuato il ${num(pay, lang)}. La certificazione di pensione (ObisM) è disponibile su www.inps.it.`], sign: "Il Direttore provinciale" },
      nl: { s: `Uw AOW-pensioen per ${dt(eff, lang, r)}`, b: [`Burgerservicenummer ${r.int(100000000, 999999999)} · Geboortedatum ${num(b, lang)}`, `Op ${dt(eff, lang, r)} gaat uw AOW-pensioen omhoog met ${String(pctUp).replace(".", ",")}%. U krijgt dan ${p(neu)} bruto per maand (was ${p(old)}).`, `U ontvangt AOW sinds ${num(start, lang)}. De eerste betaling van het nieuwe bedrag is op of rond ${num(pay, lang)}.`], sign: "Sociale Verzekeringsbank" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.pick(["RA", "PA", "UP"])}-${r.int(100000, 999999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "pension-adjustment-notice", lang }, r, 0.3);
  }
  const x = randomDay(r);
  if (k === 1) {
    const s = CARDCO[lang];
    const tx = addDays(x, -r.int(45, 120));
    const disp = addDays(tx, r.int(6, 25));
    const cred = addDays(disp, r.int(1, 4));
    const won = r.chance(0.6);
    const redebit = addDays(x, r.int(7, 14));
    const amt = r.int(3000, 60000) / 100;
    const merchant = { en: "SKYHIGH FLIGHTS LTD", de: "FERIENWOHNUNG-24 GMBH", fr: "MEUBLES DUPRÉ SAS", es: "VIAJES MARINA SL", it: "ELETTROSHOP SRL", nl: "FIETSWINKEL ONLINE BV" }[lang];
    const m = money(amt, lang, r);
    const L = {
      en: { s: "Your disputed transaction — outcome", b: [`You told us on ${dt(disp, lang, r)} that you did not receive the goods or services for a transaction of ${m} with ${merchant} on ${dt(tx, lang, r)} (card ending ${r.int(1000, 9999)}). We gave you a temporary credit on ${dt(cred, lang, r)}.`, won ? "We have now completed our investigation and the credit is final. You do not need to do anything further." : `The merchant has provided evidence that the goods were delivered. We will therefore re-apply the transaction to your account on ${dt(redebit, lang, r)}.`] },
      de: { s: "Ihre Reklamation eines Kartenumsatzes — Ergebnis", b: [`Sie haben am ${dt(disp, lang, r)} die Belastung vom ${num(tx, lang)} über ${m} (${merchant}, Karte endet auf ${r.int(1000, 9999)}) beanstandet. Am ${num(cred, lang)} haben wir Ihnen den Betrag vorläufig gutgeschrieben.`, won ? "Das Rückbuchungsverfahren ist abgeschlossen: die Gutschrift ist endgültig." : `Der Händler hat einen Liefernachweis vorgelegt. Die vorläufige Gutschrift wird daher am ${num(redebit, lang)} wieder belastet.`] },
      fr: { s: "Contestation d'une opération carte — suite donnée", b: [`Vous avez contesté le ${dt(disp, lang, r)} le paiement de ${m} effectué le ${num(tx, lang)} auprès de ${merchant}. Un crédit provisoire a été porté sur votre compte le ${num(cred, lang)}.`, won ? "Après instruction, ce remboursement vous est définitivement acquis." : `Le commerçant ayant justifié de la livraison, l'opération sera de nouveau débitée le ${num(redebit, lang)}.`] },
      es: { s: "Resolución de su reclamación de operación con tarjeta", b: [`El ${dt(disp, lang, r)} nos comunicó su disconformidad con el cargo de ${m} de ${merchant} de fecha ${num(tx, lang)}. El ${num(cred, lang)} le abonamos provisionalmente el importe.`, won ? "Una vez finalizada la gestión, el abono tiene carácter definitivo." : `El comercio ha aportado justificante de la prestación del servicio, por lo que el importe se volverá a cargar el ${num(redebit, lang)}.`] },
      it: { s: "Esito della contestazione di un'operazione con carta", b: [`In data ${dt(disp, lang, r)} ha contestato l'addebito di ${m} del ${num(tx, lang)} presso ${merchant}. Il ${num(cred, lang)} Le abbiamo riconosciuto un accredito provvisorio.`, won ? "La pratica di chargeback si è conclusa a Suo favore: l'accredito è definitivo." : `L'esercente ha fornito prova della consegna; l'importo sarà quindi nuovamente addebitato il ${num(redebit, lang)}.`] },
      nl: { s: "Uitkomst van uw betwiste transactie", b: [`U heeft op ${dt(disp, lang, r)} de transactie van ${m} bij ${merchant} van ${num(tx, lang)} betwist. Op ${num(cred, lang)} hebben wij het bedrag voorlopig teruggeboekt.`, won ? "Ons onderzoek is afgerond: de terugboeking is definitief." : `De winkel heeft aangetoond dat de bestelling is geleverd. Wij boeken het bedrag daarom op ${num(redebit, lang)} opnieuw af.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} CB${r.int(1000000, 9999999)}`, { en: "Disputes Team", de: "Ihr Kartenservice", fr: "Service Réclamations Cartes", es: "Servicio de Atención al Cliente", it: "Ufficio Contestazioni", nl: "Afdeling Disputes" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "card-dispute-letter", lang }, r, 0.3);
  }
  if (k === 2) {
    const s = CLOSEBANK[lang];
    const req = addDays(x, -r.int(6, 25));
    const closed = addDays(x, -r.int(0, 4));
    const opened = born(r, 1995, x.y - 2);
    const bal = r.int(500, 250000) / 100;
    const iban = { en: "sort code 20-45-77, account 63018842", de: "DE89 3704 0044 0532 0130 00", fr: "FR76 3000 4000 0312 3456 7890 143", es: "ES91 2100 0418 4502 0005 1332", it: "IT60 X054 2811 1010 0000 0123 456", nl: "NL91 ABNA 0417 1643 00" }[lang];
    const L = {
      en: { s: "Confirmation that your account has been closed", b: [`Thank you for your letter of ${dt(req, lang, r)}. As you asked, we closed your FlexAccount ending ${r.int(1000, 9999)}, opened on ${dt(opened, lang, r)}, on ${dt(closed, lang, r)}.`, `The closing balance of £${amount(bal, "en")}, including interest to the date of closure, was sent to ${iban} on the same day.`, "Please destroy any cards and unused cheques. A final statement will follow in the post."] },
      de: { s: "Bestätigung der Kontoauflösung", b: [`gemäß Ihrem Auftrag vom ${dt(req, lang, r)} haben wir Ihr Girokonto Nr. ${r.int(1000000, 9999999)} (eröffnet am ${num(opened, lang)}) zum ${num(closed, lang)} aufgelöst.`, `Das Restguthaben von ${amount(bal, "de")} EUR einschließlich Zinsen wurde auf das Konto ${iban} überwiesen.`, "Bitte vernichten Sie Ihre girocard. Den Rechnungsabschluss erhalten Sie gesondert."] },
      fr: { s: "Clôture de votre compte", b: [`Suite à votre courrier du ${dt(req, lang, r)}, nous vous confirmons la clôture au ${num(closed, lang)} de votre compte de dépôt n° ${r.int(10000000, 99999999)}, ouvert le ${num(opened, lang)}.`, `Le solde créditeur de ${amount(bal, "fr")} € a été viré sur le compte ${iban}.`, "Nous vous remercions de détruire vos moyens de paiement."] },
      es: { s: "Confirmación de cancelación de cuenta", b: [`Atendiendo a su solicitud de fecha ${dt(req, lang, r)}, le confirmamos que su cuenta n.º ${r.int(1000000, 9999999)}, abierta el ${num(opened, lang)}, quedó cancelada el ${num(closed, lang)}.`, `El saldo resultante de ${amount(bal, "de")} € ha sido transferido a la cuenta ${iban}.`] },
      it: { s: "Conferma di estinzione del conto corrente", b: [`Facendo seguito alla Sua richiesta del ${dt(req, lang, r)}, Le confermiamo che il conto corrente n. ${r.int(100000, 999999)}, aperto il ${num(opened, lang)}, è stato estinto in data ${num(closed, lang)}.`, `Il saldo di chiusura di € ${amount(bal, "de")} è stato bonificato sull'IBAN ${iban}.`, "Le chiediamo di distruggere la carta di debito collegata."] },
      nl: { s: "Bevestiging opheffen rekening", b: [`Naar aanleiding van uw verzoek van ${dt(req, lang, r)} hebben wij uw betaalrekening, geopend op ${num(opened, lang)}, per ${num(closed, lang)} opgeheven.`, `Het saldo van € ${amount(bal, "de")} inclusief rente is overgemaakt naar ${iban}.`, "Wilt u uw betaalpas doorknippen?"] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.int(100000, 999999)}/${x.y}`, { en: "Customer Support", de: "Ihre Volksbank Mittelhessen", fr: "Votre conseiller LCL", es: "Su oficina Kutxabank", it: "La Filiale", nl: "SNS Klantenservice" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "account-closure-letter", lang }, r, 0.35);
  }
  const s = DIVBROKER[lang];
  const pay = addDays(x, -r.int(0, 1));
  const rec = addDays(pay, -r.int(14, 35));
  const ex = addDays(rec, -1);
  const stock = { en: ["Legal & General Group plc", "GB0005603997", 0.1462, "GBP"], de: ["Allianz SE vink. Namens-Aktien", "DE0008404005", 15.4, "EUR"], fr: ["TotalEnergies SE", "FR0000120271", 0.79, "EUR"], es: ["Iberdrola, S.A.", "ES0144580Y14", 0.231, "EUR"], it: ["Enel S.p.A.", "IT0003128367", 0.215, "EUR"], nl: ["Koninklijke Ahold Delhaize N.V.", "NL0011794037", 0.5, "EUR"] }[lang] as [string, string, number, string];
  const qty = r.int(20, 900);
  const gross = cents(qty * stock[2]);
  const wht = { en: 0, de: 0.26375, fr: 0.128, es: 0.19, it: 0.26, nl: 0.15 }[lang];
  const tax = cents(gross * wht);
  const net = cents(gross - tax);
  const L = {
    en: { h: "DIVIDEND CONFIRMATION", dt: "Date", acc: "Account", sec: "Stock", ex: "Ex-dividend date", rec: "Record date", pay: "Payment date", q: "Holding", dps: "Dividend per share", gr: "Gross amount", tx: "Tax deducted", nt: "Net amount credited to your Stocks and shares ISA" },
    de: { h: "Dividendengutschrift", dt: "Datum", acc: "Depot-Nr.", sec: "Wertpapier", ex: "Ex-Tag", rec: "Record-Date", pay: "Zahltag", q: "Stück", dps: "Dividende pro Stück", gr: "Bruttobetrag", tx: "Kapitalertragsteuer inkl. Solidaritätszuschlag", nt: "Gutschrift auf Verrechnungskonto (Valuta Zahltag)" },
    fr: { h: "AVIS DE DÉTACHEMENT — DIVIDENDE", dt: "Date", acc: "Compte-titres", sec: "Valeur", ex: "Date de détachement", rec: "Date d'arrêté des positions", pay: "Date de paiement", q: "Quantité", dps: "Dividende unitaire", gr: "Montant brut", tx: "Prélèvement forfaitaire non libératoire 12,8 %", nt: "Net crédité" },
    es: { h: "ABONO DE DIVIDENDOS", dt: "Fecha", acc: "Cuenta de valores", sec: "Valor", ex: "Fecha ex-dividendo", rec: "Fecha de registro", pay: "Fecha de pago", q: "Títulos", dps: "Importe bruto por acción", gr: "Importe bruto", tx: "Retención IRPF 19 %", nt: "Importe líquido abonado" },
    it: { h: "ACCREDITO DIVIDENDI", dt: "Data", acc: "Dossier titoli", sec: "Titolo", ex: "Data stacco", rec: "Record date", pay: "Data pagamento", q: "Quantità", dps: "Dividendo unitario", gr: "Importo lordo", tx: "Ritenuta 26%", nt: "Netto accreditato" },
    nl: { h: "DIVIDENDNOTA", dt: "Datum", acc: "Beleggingsrekening", sec: "Fonds", ex: "Ex-dividenddatum", rec: "Registratiedatum", pay: "Betaaldatum", q: "Aantal", dps: "Dividend per aandeel", gr: "Bruto bedrag", tx: "Dividendbelasting 15%", nt: "Netto bijgeschreven" },
  }[lang];
  const c = stock[3] === "GBP" ? "£" : "€";
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    L.h,
    cols(`${L.dt}:`, num(x, lang), 30),
    cols(`${L.acc}:`, `${r.int(1000000, 9999999)}`, 30),
    "",
    cols(`${L.sec}:`, `${stock[0]} (ISIN ${stock[1]})`, 30),
    cols(`${L.ex}:`, num(ex, lang), 30),
    cols(`${L.rec}:`, num(rec, lang), 30),
    cols(`${L.pay}:`, num(pay, lang), 30),
    cols(`${L.q}:`, String(qty), 30),
    cols(`${L.dps}:`, `${c} ${String(stock[2]).replace(".", lang === "en" ? "." : ",")}`, 30),
    "",
    cols(L.gr, `${c} ${bareAmt(gross, lang)}`, 56),
    cols(L.tx, `${c} ${bareAmt(tax, lang)}`, 56),
    cols(L.nt, `${c} ${bareAmt(net, lang)}`, 56),
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "dividend-advice", lang }, r, 0.1);
};

const EMPLOYER: PerLang<Org> = {
  en: org("Fairway Logistics Ltd", "People Team, Unit 9, Lakeside Business Park, Sandhurst GU47 9DN", "Registered in England No. 05522187", "Sandhurst"),
  de: org("Brauerei Hofmann GmbH & Co. KG", "Personalabteilung · Brauhausstraße 3 · 91550 Dinkelsbühl", "Amtsgericht Ansbach HRA 1122", "Dinkelsbühl"),
  fr: org("Transports Morin & Fils", "Service du personnel, ZA de la Lande, 22400 Lamballe", "SAS au capital de 150 000 € · RCS Saint-Brieuc 389 402 117", "Lamballe"),
  es: org("Conservas Ría de Arousa S.A.", "Departamento de Recursos Humanos, Polígono de Sete Pías, 36620 Vilanova de Arousa", "CIF A-36004512", "Vilanova de Arousa"),
  it: org("Officine Meccaniche Valtellina S.r.l.", "Ufficio Personale, Via Stelvio 70, 23100 Sondrio", "P.IVA 00633470146", "Sondrio"),
  nl: org("Bouwbedrijf Van Leeuwen B.V.", "Afdeling HR, Nijverheidsweg 12, 3771 ME Barneveld", "KvK 09055122", "Barneveld"),
};
const LETTING: PerLang<Org> = {
  en: org("Harbourside Lettings", "22 Princess Street, Plymouth PL1 2EX", "Harbourside Lettings Ltd, Co. No. 08812290 · Propertymark member", "Plymouth"),
  de: org("Wohnungsgenossenschaft Elbaue eG", "Vermietung · Leipziger Straße 90 · 39112 Magdeburg", "Genossenschaftsregister Stendal GnR 118", "Magdeburg"),
  fr: org("Agence Immobilière Côte Basque", "9 rue Gambetta, 64100 Bayonne", "SARL au capital de 20 000 € · Carte professionnelle CPI 6401 2018 000 033 412", "Bayonne"),
  es: org("Alquileres Sur Gestión Inmobiliaria S.L.", "Calle Recogidas 27, 18005 Granada", "CIF B-18554093", "Granada"),
  it: org("Immobiliare Gestioni Riva S.r.l.", "Piazza della Loggia 6, 25121 Brescia", "P.IVA 03211780178", "Brescia"),
  nl: org("Woningcorporatie Het Baken", "Postbus 210, 7500 AE Enschede", "KvK 06045511", "Enschede"),
};
const PRIMARY: PerLang<Org> = {
  en: org("Hillcrest Primary School", "Meadow Lane, Loughborough LE11 1JY", "Headteacher: Mrs A. Patel · Leicestershire County Council", "Loughborough"),
  de: org("Grundschule am Schlosspark", "Schlossallee 5 · 06618 Naumburg (Saale)", "Schulleitung: Frau R. Winkler", "Naumburg"),
  fr: org("École élémentaire Jean Moulin", "2 rue des Écoles, 86000 Poitiers", "Académie de Poitiers · Circonscription Poitiers Centre", "Poitiers"),
  es: org("CEIP Miguel Hernández", "Calle Maestro Serrano 3, 03201 Elche", "Conselleria de Educación · Código de centro 03009889", "Elche"),
  it: org("Istituto Comprensivo Statale Don Milani", "Via dei Mille 14, 56126 Pisa", "C.M. PIIC81300A · C.F. 93049870504", "Pisa"),
  nl: org("Openbare Basisschool De Regenboog", "Schoolstraat 8, 8911 BK Leeuwarden", "Stichting Openbaar Onderwijs Leeuwarden", "Leeuwarden"),
};

// T5 — letters from employers, landlords and schools in three kinds, taken in turn: a resignation acknowledged
// (the employee's letter, employed since, the last working day ahead, leave to be taken), a tenant's notice
// acknowledged (the notice's date and its receipt, the tenancy's start years before, its end, the handover
// appointment), a school place offered (the application, the child's birth date, the first day of the school year
// ahead, a reply-by date and an information evening).
let workTurn = 0;
const workHomeSchool: Template = (r, lang) => {
  const k = turn(workTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const x = randomDay(r);
    const s = EMPLOYER[lang];
    const rl = addDays(x, -r.int(1, 9));
    const since = born(r, x.y - 14, x.y - 1);
    const end = monthEnd(addMonths(x, r.int(1, 3)));
    const leave = r.int(3, 21);
    const L = {
      en: { s: "Acknowledgement of your resignation", b: [`Thank you for your letter dated ${dt(rl, lang, r)}, giving notice of your resignation from your position as Warehouse Supervisor, which you have held since ${dt(since, lang, r)}.`, `In line with your contract, your notice period ends and your last working day will be ${dt(end, lang, r)}. You have ${leave} days of annual leave remaining, which we ask you to take before that date; please agree the dates with your manager.`, "Your final salary, including any outstanding holiday pay, will be paid with the normal payroll, and your P45 will follow. Please return your pass and company phone on your last day."], sign: "Rachel Dunmore\nHR Business Partner" },
      de: { s: "Bestätigung Ihrer Kündigung", b: [`wir bestätigen den Eingang Ihrer Kündigung vom ${dt(rl, lang, r)}. Ihr Arbeitsverhältnis als Brauer und Mälzer, das seit dem ${num(since, lang)} besteht, endet unter Einhaltung der Kündigungsfrist mit Ablauf des ${dt(end, lang, r)}.`, `Ihr Resturlaub von ${leave} Tagen wird Ihnen bis zum Ende des Arbeitsverhältnisses gewährt. Ihr qualifiziertes Arbeitszeugnis und die Arbeitsbescheinigung erhalten Sie mit der letzten Entgeltabrechnung.`, "Wir danken Ihnen für Ihre Mitarbeit und wünschen Ihnen für Ihre Zukunft alles Gute."], sign: "i. A. Monika Seidel\nPersonalleitung" },
      fr: { s: "Accusé de réception de votre démission", b: [`Nous accusons réception de votre lettre du ${dt(rl, lang, r)} par laquelle vous nous informez de votre démission du poste de chauffeur poids lourd que vous occupez depuis le ${num(since, lang)}.`, `Compte tenu de votre préavis, votre contrat prendra fin le ${dt(end, lang, r)}. Il vous reste ${leave} jours de congés payés, à solder avant cette date.`, "Votre certificat de travail, votre solde de tout compte et votre attestation France Travail vous seront remis à votre départ."], sign: "Le Directeur des ressources humaines\nPatrick Morin" },
      es: { s: "Acuse de recibo de su baja voluntaria", b: [`Acusamos recibo de su escrito de fecha ${dt(rl, lang, r)}, por el que nos comunica su baja voluntaria en la empresa, en la que presta servicios desde el ${num(since, lang)}.`, `Respetando el preaviso establecido en el convenio, la extinción de su contrato será efectiva el ${dt(end, lang, r)}. Le quedan ${leave} días de vacaciones pendientes, que podrá disfrutar antes de esa fecha.`, "Su liquidación y finiquito se abonarán junto con la última nómina y recibirá el certificado de empresa."], sign: "Departamento de Recursos Humanos" },
      it: { s: "Presa d'atto delle Sue dimissioni", b: [`Prendiamo atto delle dimissioni da Lei rassegnate tramite procedura telematica in data ${dt(rl, lang, r)} dal rapporto di lavoro in essere dal ${num(since, lang)}.`, `Nel rispetto del periodo di preavviso previsto dal CCNL, il rapporto cesserà il ${dt(end, lang, r)}. Le restano ${leave} giorni di ferie da fruire entro tale data.`, "Il TFR e le competenze di fine rapporto Le saranno liquidati con la busta paga del mese di cessazione."], sign: "Ufficio Personale" },
      nl: { s: "Bevestiging van uw ontslag", b: [`Wij hebben uw brief van ${dt(rl, lang, r)} ontvangen, waarin u uw arbeidsovereenkomst opzegt. U bent sinds ${num(since, lang)} bij ons in dienst als uitvoerder.`, `Met inachtneming van de opzegtermijn is uw laatste werkdag ${dt(end, lang, r)}. U heeft nog ${leave} vakantiedagen, die u vóór die datum kunt opnemen.`, "Uw eindafrekening, inclusief vakantiegeld, ontvangt u met de laatste salarisbetaling."], sign: "Afdeling HR" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} HR/${r.int(1000, 9999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "resignation-acknowledgement", lang }, r, 0.3);
  }
  if (k === 1) {
    const x = randomDay(r);
    const s = LETTING[lang];
    const nd = addDays(x, -r.int(3, 14));
    const nr = addDays(nd, r.int(1, 2));
    const since = born(r, x.y - 12, x.y - 1);
    const end = monthEnd(addMonths(x, r.int(1, 3)));
    const handover = workday(addDays(end, -r.int(0, 3)));
    const tm = frTime(slot(r, 9, 17), lang);
    const L = {
      en: { s: "Your notice to end your tenancy", b: [`We acknowledge your notice dated ${dt(nd, lang, r)}, which we received on ${dt(nr, lang, r)}. Your tenancy, which began on ${dt(since, lang, r)}, will therefore end on ${dt(end, lang, r)}.`, `We have booked the check-out inspection for ${longDay(handover, lang)} at ${tm}. Please have all keys ready and leave the property clean and empty; we will take the meter readings at that visit.`, "Your deposit is protected with the Deposit Protection Service and will be returned once the inspection has been completed and any deductions agreed."], sign: "Lettings Team" },
      de: { s: "Ihre Kündigung der Wohnung", b: [`wir bestätigen den Eingang Ihrer Kündigung vom ${dt(nd, lang, r)} (eingegangen am ${num(nr, lang)}). Das seit dem ${num(since, lang)} bestehende Mietverhältnis endet mit Ablauf des ${dt(end, lang, r)}.`, `Für die Wohnungsübergabe mit Ablesung der Zähler haben wir folgenden Termin vorgesehen: ${longDay(handover, lang)}, ${tm} Uhr.`, "Über die Genossenschaftsanteile und die Kaution rechnen wir nach der Übergabe ab."], sign: "Ihre Wohnungsgenossenschaft Elbaue eG\nVermietung" },
      fr: { s: "Congé de votre logement — état des lieux de sortie", b: [`Nous accusons réception de votre lettre de congé du ${dt(nd, lang, r)}, reçue le ${num(nr, lang)}. Le bail qui a pris effet le ${num(since, lang)} prendra fin le ${dt(end, lang, r)}.`, `L'état des lieux de sortie et la remise des clés auront lieu le ${longDay(handover, lang)} à ${tm}.`, "Le dépôt de garantie vous sera restitué dans un délai d'un mois à compter de la remise des clés, déduction faite des éventuelles réparations locatives."], sign: "Le service gestion locative" },
      es: { s: "Resolución del contrato de arrendamiento", b: [`Acusamos recibo de su comunicación de fecha ${dt(nd, lang, r)}, recibida el ${num(nr, lang)}, por la que nos notifica su voluntad de no continuar con el arrendamiento iniciado el ${num(since, lang)}.`, `El contrato quedará resuelto el ${dt(end, lang, r)}. La entrega de llaves y la revisión de la vivienda se realizarán el ${longDay(handover, lang)} a las ${tm}.`, "La fianza le será devuelta una vez comprobado el estado de la vivienda y abonados los suministros pendientes."], sign: "Departamento de Alquileres" },
      it: { s: "Disdetta del contratto di locazione", b: [`Confermiamo di aver ricevuto in data ${num(nr, lang)} la Sua disdetta del ${dt(nd, lang, r)} relativa al contratto di locazione decorrente dal ${num(since, lang)}.`, `Il contratto cesserà il ${dt(end, lang, r)}. La riconsegna dell'immobile con verbale e lettura dei contatori è fissata per ${longDay(handover, lang)} alle ore ${tm}.`, "Il deposito cauzionale Le sarà restituito dopo la verifica dello stato dell'immobile."], sign: "Ufficio Locazioni" },
      nl: { s: "Bevestiging huuropzegging", b: [`Wij hebben uw opzegging van ${dt(nd, lang, r)} op ${num(nr, lang)} ontvangen. De huurovereenkomst die is ingegaan op ${num(since, lang)} eindigt op ${dt(end, lang, r)}.`, `De eindinspectie en sleuteloverdracht plannen wij op ${longDay(handover, lang)} om ${tm} uur. Vooraf komt een medewerker langs voor een voorinspectie.`, "Uw waarborgsom ontvangt u terug na de eindafrekening."], sign: "Team Verhuur" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.pick(["T", "MV", "LOC"])}-${r.int(10000, 99999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "notice-to-quit-acknowledgement", lang }, r, 0.3);
  }
  const s = PRIMARY[lang];
  const sy = r.int(2023, 2026);
  const x: Day = { y: sy, m: r.int(3, 6), d: r.int(1, 28) };
  const applied = addDays(x, -r.int(20, 90));
  const child = r.pick({ en: ["Oliver", "Amelia", "Noah"], de: ["Paul", "Emilia", "Ben"], fr: ["Louis", "Jade", "Gabriel"], es: ["Hugo", "Martina", "Leo"], it: ["Leonardo", "Sofia", "Tommaso"], nl: ["Daan", "Julia", "Sem"] }[lang]);
  const kid: Day = { y: sy - { en: 4, de: 6, fr: 6, es: 3, it: 6, nl: 4 }[lang], m: r.int(1, 12), d: r.int(1, 28) };
  const first = workday({ y: sy, m: lang === "de" || lang === "nl" ? 8 : 9, d: { en: 4, de: r.int(15, 28), fr: 2, es: 8, it: r.int(10, 16), nl: r.int(18, 31) }[lang] });
  const reply = addDays(x, r.int(10, 21));
  const evening = addDays(x, r.int(25, 60));
  const tm = frTime(slot(r, 17, 19), lang);
  const name = `${child} ${surname(person, lang)}`;
  const L = {
    en: { s: `Offer of a Reception place for ${name}`, b: [`Following your application of ${dt(applied, lang, r)}, we are pleased to offer ${child} (date of birth ${num(kid, lang)}) a place in our Reception class starting in September ${sy}.`, `Please accept or decline this offer by ${dt(reply, lang, r)} through the council's admissions portal. Children start on ${longDay(first, lang)}, with staggered part-time sessions in the first week.`, `We warmly invite you to our new parents' evening on ${longDay(evening, lang)} at ${tm}.`], sign: "Mrs A. Patel\nHeadteacher" },
    de: { s: `Aufnahme von ${name} zum Schuljahr ${sy}/${String(sy + 1).slice(2)}`, b: [`wir freuen uns, Ihnen mitteilen zu können, dass Ihr Kind ${child} (geb. ${num(kid, lang)}) nach Ihrer Anmeldung vom ${num(applied, lang)} zum Schuljahr ${sy}/${String(sy + 1).slice(2)} in unsere Schule aufgenommen wird.`, `Die Einschulungsfeier findet am ${longDay(first, lang)} statt. Bitte bestätigen Sie die Aufnahme bis zum ${dt(reply, lang, r)} mit dem beiliegenden Formular.`, `Zum Elternabend der zukünftigen ersten Klassen laden wir Sie am ${num(evening, lang)} um ${tm} Uhr herzlich ein.`], sign: "R. Winkler\nSchulleiterin" },
    fr: { s: `Inscription de ${name} en CP — rentrée ${sy}`, b: [`Suite à votre demande d'inscription du ${dt(applied, lang, r)}, nous avons le plaisir de vous confirmer l'admission de ${child}, né(e) le ${num(kid, lang)}, en classe de CP pour l'année scolaire ${sy}-${sy + 1}.`, `La rentrée aura lieu le ${longDay(first, lang)}. Merci de nous retourner la fiche de renseignements complétée avant le ${dt(reply, lang, r)}.`, `Une réunion d'information pour les parents se tiendra le ${num(evening, lang)} à ${tm}.`], sign: "La directrice" },
    es: { s: `Admisión de ${name} en 1.º de Educación Infantil`, b: [`En relación con su solicitud de admisión presentada el ${dt(applied, lang, r)}, le comunicamos que ${child}, nacido/a el ${num(kid, lang)}, ha obtenido plaza en nuestro centro para el curso ${sy}-${sy + 1}.`, `Deberá formalizar la matrícula antes del ${dt(reply, lang, r)}. El curso comenzará el ${longDay(first, lang)}, con periodo de adaptación.`, `Les convocamos a una reunión informativa el ${num(evening, lang)} a las ${tm}.`], sign: "La Dirección" },
    it: { s: `Iscrizione di ${name} alla classe prima — a.s. ${sy}/${sy + 1}`, b: [`Con riferimento alla domanda di iscrizione presentata il ${dt(applied, lang, r)}, si comunica che l'alunno/a ${child}, nato/a il ${num(kid, lang)}, è stato/a ammesso/a alla classe prima della scuola primaria per l'a.s. ${sy}/${sy + 1}.`, `Le lezioni avranno inizio ${longDay(first, lang)}. Si prega di confermare la scelta del tempo scuola entro il ${dt(reply, lang, r)}.`, `L'assemblea dei genitori delle classi prime si terrà il ${num(evening, lang)} alle ore ${tm}.`], sign: "Il Dirigente Scolastico\nProf.ssa L. Bartolini" },
    nl: { s: `Plaatsing van ${name} in groep 1`, b: [`Naar aanleiding van uw aanmelding van ${dt(applied, lang, r)} laten wij u graag weten dat ${child} (geboren ${num(kid, lang)}) bij ons op school geplaatst is.`, `${child} start na de zomervakantie op ${longDay(first, lang)}. Wilt u het inschrijfformulier vóór ${dt(reply, lang, r)} ondertekend retourneren?`, `Op ${num(evening, lang)} om ${tm} uur is er een informatieavond voor nieuwe ouders.`], sign: "Directie OBS De Regenboog" },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.int(100, 999)}/${sy}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "school-place-offer", lang }, r, 0.3);
};

const LEGALINS: PerLang<Org> = {
  en: org("Shield Legal Expenses Insurance Ltd", "Shield House, 7 Temple Back, Bristol BS1 6DZ", "Authorised by the PRA, FRN 202106", "Bristol"),
  de: org("ADVOCARD Rechtsschutzversicherung AG", "Besenbinderhof 43 · 20097 Hamburg", "Amtsgericht Hamburg HRB 6488", "Hamburg"),
  fr: org("Juridica", "1 place Victorien Sardou, 78160 Marly-le-Roi", "SA · RCS Versailles 572 079 150 · Entreprise régie par le Code des assurances", "Marly-le-Roi"),
  es: org("DAS Seguros de Defensa Jurídica", "Avinguda Diagonal 640, 08017 Barcelona", "CIF A-08055194", "Barcelona"),
  it: org("ARAG SE Rappresentanza Generale per l'Italia", "Viale del Commercio 59, 37135 Verona", "P.IVA 04299820238", "Verona"),
  nl: org("DAS Rechtsbijstand", "Postbus 23000, 1100 DM Amsterdam", "KvK 33060234", "Amsterdam"),
};
const PREMIUMINS: PerLang<Org> = {
  en: org("Admiral Insurance", "Capital Tower, Greyfriars Road, Cardiff CF10 3AZ", "EUI Limited · FRN 309378", "Cardiff"),
  de: org("HUK-COBURG", "Bahnhofsplatz · 96444 Coburg", "HUK-COBURG Allgemeine Versicherung AG · Amtsgericht Coburg HRB 100", "Coburg"),
  fr: org("MAIF", "200 avenue Salvador Allende, 79038 Niort Cedex 9", "Société d'assurance mutuelle à cotisations variables · RCS Niort 775 709 702", "Niort"),
  es: org("Mutua Madrileña", "Paseo de la Castellana 33, 28046 Madrid", "CIF V-28027118", "Madrid"),
  it: org("UnipolSai Assicurazioni S.p.A.", "Via Stalingrado 45, 40128 Bologna", "P.IVA 00818570012", "Bologna"),
  nl: org("Centraal Beheer", "Postbus 9150, 7300 HZ Apeldoorn", "Achmea Schadeverzekeringen N.V. · KvK 08053410", "Apeldoorn"),
};
const DENTALINS: PerLang<Org> = {
  en: org("Brightsmile Dental Insurance Ltd", "Brightsmile House, 1 Priory Way, Andover SP10 1LQ", "Authorised by the PRA, FRN 208764", "Andover"),
  de: org("AOK Niedersachsen", "Hildesheimer Straße 273 · 30519 Hannover", "Die Gesundheitskasse", "Hannover"),
  fr: org("Harmonie Mutuelle", "143 rue Blomet, 75015 Paris", "Mutuelle soumise au livre II du Code de la mutualité · SIREN 538 976 451", "Paris"),
  es: org("Sanitas S.A. de Seguros", "Calle Ribera del Loira 52, 28042 Madrid", "CIF A-28037042", "Madrid"),
  it: org("UniSalute S.p.A.", "Via Larga 8, 40138 Bologna", "P.IVA 03843680376", "Bologna"),
  nl: org("CZ Zorgverzekeringen", "Postbus 90152, 5000 LD Tilburg", "KvK 18054757", "Tilburg"),
};

// T6 — insurers' letters in three kinds, taken in turn: legal expenses cover confirmed (the dispute's date, the
// notification, the policy's start), a premium in arrears (the premium due on an earlier day, a reminder fee, a
// deadline ahead; the amount to pay labelled), a dental treatment plan approved (the dentist's plan, its receipt,
// valid until, the insured's birth date).
let insTurn = 0;
const insurance: Template = (r, lang) => {
  const k = turn(insTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  const pol = `${r.pick(["LP", "RS", "PJ", "DJ", "TL", "RB"])}${r.int(1000000, 9999999)}`;
  if (k === 0) {
    const s = LEGALINS[lang];
    const ev = addDays(x, -r.int(30, 300));
    const nf = addDays(x, -r.int(3, 20));
    const since = born(r, x.y - 10, x.y - 1);
    const excess = { en: 100, de: 150, fr: 0, es: 0, it: 250, nl: 0 }[lang];
    const L = {
      en: { s: "Your legal expenses claim — cover confirmed", b: [`Policy ${pol} (home emergency and legal, in force since ${dt(since, lang, r)}).`, `Thank you for telling us on ${dt(nf, lang, r)} about your dispute with your former landlord over the deposit, which arose on ${dt(ev, lang, r)}.`, `We are pleased to confirm cover for legal costs up to £50,000, subject to the policy excess of £${excess}. We have appointed Lawson & Reid Solicitors to act for you; they will contact you within 5 working days.`] },
      de: { s: "Deckungszusage", b: [`Versicherungsschein-Nr. ${pol}, Versicherungsbeginn ${num(since, lang)}`, `Sie haben uns am ${dt(nf, lang, r)} über die arbeitsrechtliche Auseinandersetzung mit Ihrem Arbeitgeber informiert. Als Rechtsschutzfall sehen wir den ${num(ev, lang)} an (Zugang der Abmahnung).`, `Wir erteilen Deckungszusage für die außergerichtliche Interessenwahrnehmung und die erste Instanz vor dem Arbeitsgericht. Ihre Selbstbeteiligung beträgt ${excess} €.`] },
      fr: { s: "Prise en charge de votre litige", b: [`Contrat protection juridique n° ${pol}, souscrit le ${num(since, lang)}.`, `Vous nous avez déclaré le ${dt(nf, lang, r)} un litige vous opposant au vendeur de votre véhicule d'occasion, acheté le ${num(ev, lang)}.`, "Nous vous confirmons notre accord de prise en charge, dans la limite des plafonds contractuels. Vous conservez le libre choix de votre avocat."] },
      es: { s: "Aceptación del siniestro de defensa jurídica", b: [`Póliza n.º ${pol}, en vigor desde el ${num(since, lang)}.`, `Le confirmamos la recepción el ${dt(nf, lang, r)} de su declaración relativa a la reclamación frente a la comunidad de propietarios por los daños por agua ocurridos el ${num(ev, lang)}.`, "Le comunicamos la aceptación de la cobertura para la reclamación extrajudicial y, en su caso, judicial, hasta 6.000 €."] },
      it: { s: "Conferma di copertura del sinistro", b: [`Polizza tutela legale n. ${pol}, decorrenza ${num(since, lang)}.`, `Abbiamo ricevuto in data ${dt(nf, lang, r)} la denuncia relativa alla controversia con l'impresa edile per i lavori di ristrutturazione terminati il ${num(ev, lang)}.`, `Le confermiamo la copertura per la fase stragiudiziale e giudiziale, con una franchigia di € ${excess}.`] },
      nl: { s: "Uw aanvraag voor rechtsbijstand", b: [`Polisnummer ${pol}, ingangsdatum ${num(since, lang)}.`, `U heeft ons op ${dt(nf, lang, r)} gevraagd om u bij te staan in het geschil met de aannemer over de verbouwing die op ${num(ev, lang)} is opgeleverd.`, "Wij nemen uw zaak in behandeling. Uw juriste, mr. E. Vos, neemt binnen vijf werkdagen contact met u op."] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.int(10, 99)}-${r.int(100000, 999999)}`, { en: "Claims Team", de: "Ihre ADVOCARD — Schadenservice", fr: "Votre juriste", es: "Departamento de Siniestros", it: "Ufficio Sinistri", nl: "Afdeling Rechtshulp" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "legal-cover-confirmation", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = PREMIUMINS[lang];
    const due = addDays(x, -r.int(14, 45));
    const by = addDays(x, 14);
    const prem = r.int(3500, 68000) / 100;
    const fee = { en: 0, de: 5, fr: 0, es: 0, it: 0, nl: 7.5 }[lang];
    const total = cents(prem + fee);
    const what = { en: "car insurance", de: "Kfz-Versicherung", fr: "contrat habitation", es: "seguro de automóvil", it: "polizza RC Auto", nl: "inboedel- en opstalverzekering" }[lang];
    const L = {
      en: { s: "We haven't received your payment", b: [`Policy number ${pol} — ${what}`, `Your monthly instalment of £${amount(prem, "en")}, due on ${dt(due, lang, r)}, was returned unpaid by your bank.`, `Please pay £${amount(total, "en")} by ${dt(by, lang, r)} online or by phone. If we don't receive it, we may cancel your policy and you would be driving uninsured.`] },
      de: { s: "Zahlungserinnerung mit Fristsetzung nach § 38 VVG", b: [`Versicherungsnummer ${pol} — ${what}`, `der Folgebeitrag von ${amount(prem, "de")} €, fällig am ${num(due, lang)}, ist bei uns bisher nicht eingegangen. Zuzüglich Mahnkosten von ${amount(fee, "de")} € ergibt sich ein offener Betrag von ${amount(total, "de")} €.`, `Bitte zahlen Sie diesen Betrag bis spätestens ${dt(by, lang, r)}. Tritt nach Ablauf dieser Frist ein Versicherungsfall ein, sind wir von der Leistung frei.`] },
      fr: { s: "Lettre de mise en demeure — cotisation impayée", b: [`Contrat n° ${pol} — ${what}`, `Votre cotisation de ${amount(prem, "fr")} €, échue le ${num(due, lang)}, reste impayée à ce jour.`, `Conformément à l'article L.113-3 du Code des assurances, à défaut de paiement de la somme de ${amount(total, "fr")} € dans un délai de 30 jours, vos garanties seront suspendues, puis votre contrat résilié dix jours plus tard.`] },
      es: { s: "Recibo pendiente de pago", b: [`Póliza n.º ${pol} — ${what}`, `Le informamos de que el recibo de ${amount(prem, "de")} € con vencimiento ${num(due, lang)} ha sido devuelto por su entidad bancaria.`, `Le rogamos abone ${amount(total, "de")} € antes del ${dt(by, lang, r)}. Transcurrido un mes desde el vencimiento sin pago, la cobertura quedará en suspenso.`] },
      it: { s: "Sollecito di pagamento del premio", b: [`Polizza n. ${pol} — ${what}`, `Non risulta ancora pagato il premio di € ${amount(prem, "de")} con scadenza ${num(due, lang)}.`, `La invitiamo a versare € ${amount(total, "de")} entro il ${dt(by, lang, r)}. Trascorsi 15 giorni dalla scadenza la garanzia resta sospesa fino al pagamento.`] },
      nl: { s: "Herinnering: premie nog niet betaald", b: [`Polisnummer ${pol} — ${what}`, `Wij hebben de premie van € ${amount(prem, "de")}, die op ${num(due, lang)} betaald had moeten worden, nog niet ontvangen. Met de administratiekosten van € ${amount(fee, "de")} staat er € ${amount(total, "de")} open.`, `Betaal dit bedrag uiterlijk ${dt(by, lang, r)}. Anders schorsen wij de dekking vanaf de dag daarna.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${pol}/M${r.int(1, 3)}`, { en: "Admiral Customer Services", de: "HUK-COBURG Beitragsservice", fr: "Service Cotisations", es: "Departamento de Recibos", it: "Ufficio Amministrazione Portafoglio", nl: "Centraal Beheer" }[lang]), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "premium-arrears-notice", lang }, r, 0.3);
  }
  const s = DENTALINS[lang];
  const plan = addDays(x, -r.int(7, 25));
  const rc = addDays(plan, r.int(2, 5));
  const valid = addMonths(plan, 6);
  const b = born(r, 1950, 2006);
  const cost = r.int(80000, 450000) / 100;
  const share = cents(cost * r.pick([0.5, 0.6, 0.65, 0.75]));
  const dentist = { en: "Dr K. Evans, Abbey Dental Care", de: "Zahnarztpraxis Dr. S. Ahrens", fr: "Dr L. Mercier, chirurgien-dentiste", es: "Clínica Dental Dra. R. Gil", it: "Studio Dentistico Dott. F. Moretti", nl: "Tandartspraktijk Van Rijn" }[lang];
  const L = {
    en: { s: "Your treatment plan has been approved", b: [`Insured person: ${bare(person)}, born ${num(b, lang)} · Policy ${pol}`, `We have reviewed the treatment plan from ${dentist} dated ${dt(plan, lang, r)}, received on ${dt(rc, lang, r)} (estimated cost £${amount(cost, "en")}).`, `We will pay up to £${amount(share, "en")} towards this treatment. This approval is valid for treatment completed by ${dt(valid, lang, r)}. Please send us the final invoice when treatment is finished.`] },
    de: { s: "Genehmigung Ihres Heil- und Kostenplans", b: [`Versicherte/r: ${bare(person)}, geb. ${num(b, lang)}`, `der Heil- und Kostenplan von ${dentist} vom ${num(plan, lang)} ist am ${num(rc, lang)} bei uns eingegangen. Wir bewilligen einen Festzuschuss von ${amount(share, "de")} € (voraussichtliche Gesamtkosten ${amount(cost, "de")} €).`, `Bitte beachten Sie: Der Plan ist gültig bis ${dt(valid, lang, r)}. Die Behandlung muss innerhalb dieser Frist abgeschlossen sein.`] },
    fr: { s: "Accord de prise en charge — devis dentaire", b: [`Adhérent(e) : ${bare(person)}, né(e) le ${num(b, lang)} · Contrat ${pol}`, `Nous avons étudié le devis établi le ${dt(plan, lang, r)} par ${dentist}, reçu le ${num(rc, lang)}, d'un montant de ${amount(cost, "fr")} €.`, `Notre participation s'élèvera à ${amount(share, "fr")} €, en complément du remboursement de l'Assurance Maladie. Cet accord est valable jusqu'au ${num(valid, lang)}.`] },
    es: { s: "Autorización de tratamiento dental", b: [`Asegurado/a: ${bare(person)}, nacido/a el ${num(b, lang)} · Póliza ${pol}`, `Hemos recibido el ${num(rc, lang)} el presupuesto de ${dentist} de fecha ${dt(plan, lang, r)}, por importe de ${amount(cost, "de")} €.`, `Le comunicamos que el tratamiento queda autorizado con una cobertura de ${amount(share, "de")} €. La autorización es válida hasta el ${dt(valid, lang, r)}.`] },
    it: { s: "Autorizzazione piano di cure odontoiatriche", b: [`Assicurato/a: ${bare(person)}, nato/a il ${num(b, lang)} · Polizza ${pol}`, `Abbiamo ricevuto il ${num(rc, lang)} il preventivo del ${dt(plan, lang, r)} redatto da ${dentist}, di importo pari a € ${amount(cost, "de")}.`, `Le confermiamo l'autorizzazione con un rimborso massimo di € ${amount(share, "de")}. L'autorizzazione è valida fino al ${num(valid, lang)}.`] },
    nl: { s: "Machtiging tandheelkundige behandeling", b: [`Verzekerde: ${bare(person)}, geboren ${num(b, lang)} · Polis ${pol}`, `Op ${num(rc, lang)} ontvingen wij het behandelplan en de begroting van ${dentist} van ${dt(plan, lang, r)} (geraamde kosten € ${amount(cost, "de")}).`, `Wij geven toestemming en vergoeden maximaal € ${amount(share, "de")}. Deze machtiging is geldig tot ${dt(valid, lang, r)}.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ZE-${r.int(100000, 999999)}`, { en: "Claims Department", de: "Ihre AOK — Zahnärztliche Leistungen", fr: "Service Prestations", es: "Departamento de Autorizaciones", it: "Ufficio Liquidazioni", nl: "Afdeling Machtigingen" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "treatment-plan-approval", lang }, r, 0.3);
};

// ─── Doctors and authorities ─────────────────────────────────────────────────────────────────────────────────────

const FITDOC: PerLang<Org> = {
  en: org("Castle Medical Group", "Castle Street, Clitheroe BB7 2BX", "GP practice · ODS code P81042", "Clitheroe"),
  de: org("Arbeitsmedizin Dr. med. Stefan Vogt", "Facharzt für Arbeitsmedizin · Wilhelmstraße 9 · 72764 Reutlingen", "Praxis-Nr. 52 118 330", "Reutlingen"),
  fr: org("Dr Nathalie Fabre", "Médecin du sport · 11 avenue de la Gare, 64000 Pau", "RPPS 10003456789", "Pau"),
  es: org("Centro de Reconocimiento de Conductores Tráfico Norte", "Calle Real 8, 39003 Santander", "CRC autorizado n.º 39/0112", "Santander"),
  it: org("Centro di Medicina dello Sport Salus", "Viale Europa 30, 55100 Lucca", "Struttura accreditata Regione Toscana · P.IVA 02088140461", "Lucca"),
  nl: org("Keuringsartsen Noord", "Praediniussingel 20, 9711 AG Groningen", "KvK 01133498", "Groningen"),
};
const WASTE: PerLang<Org> = {
  en: org("Sheffield City Council", "Waste Management Services, Town Hall, Pinstone Street, Sheffield S1 2HH", "www.sheffield.gov.uk/bins", "Sheffield"),
  de: org("AWB Abfallwirtschaftsbetriebe Köln GmbH", "Maarweg 271 · 50825 Köln", "Amtsgericht Köln HRB 28893", "Köln"),
  fr: org("Métropole du Grand Nancy", "Service Collecte des encombrants · 22-24 viaduc Kennedy, 54035 Nancy Cedex", "Numéro vert 0 800 54 00 54", "Nancy"),
  es: org("Ayuntamiento de Murcia", "Servicio de Limpieza Viaria y Residuos · Glorieta de España 1, 30004 Murcia", "Recogida gratuita de enseres", "Murcia"),
  it: org("AMSA — Gruppo A2A", "Via Olgettina 25, 20132 Milano", "Amsa S.p.A. · P.IVA 10803870155", "Milano"),
  nl: org("Gemeente Amersfoort", "Afvalservice · Postbus 4000, 3800 EA Amersfoort", "www.amersfoort.nl/grofvuil", "Amersfoort"),
};
const HEALTHCARD: PerLang<Org> = {
  en: org("NHS Business Services Authority", "Overseas Healthcare Services, Bridge House, 152 Pilgrim Street, Newcastle upon Tyne NE1 6SN", "UK Global Health Insurance Card", "Newcastle upon Tyne"),
  de: org("Techniker Krankenkasse", "Bramfelder Straße 140 · 22305 Hamburg", "Körperschaft des öffentlichen Rechts", "Hamburg"),
  fr: org("Assurance Maladie — CPAM de la Gironde", "Place de l'Europe, 33085 Bordeaux Cedex", "Caisse primaire d'assurance maladie · ameli.fr", "Bordeaux"),
  es: org("Instituto Nacional de la Seguridad Social", "Dirección Provincial de Valladolid · Calle Gamazo 5, 47004 Valladolid", "Ministerio de Inclusión, Seguridad Social y Migraciones", "Valladolid"),
  it: org("Sistema Tessera Sanitaria", "Ministero dell'Economia e delle Finanze · Via XX Settembre 97, 00187 Roma", "in collaborazione con l'Agenzia delle Entrate", "Roma"),
  nl: org("Coöperatie VGZ U.A.", "Postbus 5040, 6802 EA Arnhem", "KvK 09155072", "Arnhem"),
};

// T7 — doctors' and authorities' letters in three kinds, taken in turn: a medical fitness certificate (a driving
// licence's medical or a sports certificate: the examination, valid until, the birth date, the last ECG), a
// bulky-waste collection booked (the booking's date and time, the collection day ahead with its weekday), a
// European health insurance card issued (applied for, valid until years ahead, the birth date).
let civicTurn = 0;
const doctorsAndAuthorities: Template = (r, lang) => {
  const k = turn(civicTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = FITDOC[lang];
    const b = born(r, 1958, 2006);
    const ecg = addDays(x, -r.int(0, 400));
    const valid = { en: addDays(addMonths(x, 4), -1), de: addDays(addMonths(x, 12), -1), fr: addDays(addMonths(x, 12), -1), es: addDays(x, 89), it: addDays(addMonths(x, 12), -1), nl: addDays(addMonths(x, 4), -1) }[lang];
    const L = {
      en: { h: "D4 MEDICAL EXAMINATION REPORT — summary for the applicant", nm: "Applicant", dob: "Date of birth", ex: "Date of examination", ecg: "Last ECG on file", res: "Outcome: meets the Group 2 medical standards (categories C, C1, D, D1).", val: "Please send the report to DVLA promptly: it is valid until", sign: "Dr M. Farrell, GMC 6112347" },
      de: { h: "Ärztliche Bescheinigung nach Anlage 5 Nr. 1 FeV (Klassen C/CE)", nm: "Name", dob: "Geburtsdatum", ex: "Untersuchung am", ecg: "Letztes Ruhe-EKG", res: "Befund: Es bestehen keine Bedenken gegen die körperliche und geistige Eignung.", val: "Die Bescheinigung ist bei Vorlage gültig bis", sign: "Dr. med. S. Vogt" },
      fr: { h: "CERTIFICAT MÉDICAL DE NON CONTRE-INDICATION À LA PRATIQUE DU SPORT", nm: "Nom", dob: "Né(e) le", ex: "Examiné(e) le", ecg: "ECG de repos réalisé le", res: "Je soussignée certifie que l'intéressé(e) ne présente pas, à ce jour, de contre-indication à la pratique du triathlon en compétition.", val: "Certificat valable jusqu'au", sign: "Dr N. Fabre" },
      es: { h: "CERTIFICADO MÉDICO OFICIAL — APTITUD PARA CONDUCIR", nm: "Solicitante", dob: "Fecha de nacimiento", ex: "Fecha de reconocimiento", ecg: "Último electrocardiograma", res: "Resultado: APTO para los permisos B y C1.", val: "Este informe tiene validez para su presentación en Tráfico hasta el", sign: "Dr. A. Villar, colegiado 39/04112" },
      it: { h: "CERTIFICATO DI IDONEITÀ ALL'ATTIVITÀ SPORTIVA AGONISTICA", nm: "Cognome e nome", dob: "Nato/a il", ex: "Visita del", ecg: "ECG sotto sforzo eseguito il", res: "Sport: calcio — esito: IDONEO.", val: "Il presente certificato ha validità fino al", sign: "Dott. G. Pieri, specialista in medicina dello sport" },
      nl: { h: "RAPPORT MEDISCHE KEURING RIJBEWIJS (C/D)", nm: "Naam", dob: "Geboortedatum", ex: "Keuringsdatum", ecg: "Laatste ECG", res: "Uitslag: geen medische bezwaren gevonden.", val: "Het keuringsrapport moet vóór de volgende datum bij het CBR binnen zijn", sign: "J. Postma, keuringsarts" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      "",
      cols(`${L.nm}:`, bare(person), 28),
      cols(`${L.dob}:`, num(b, lang), 28),
      cols(`${L.ex}:`, `${num(x, lang)} ${hm(r, 8, 17)}`, 28),
      cols(`${L.ecg}:`, num(ecg, lang), 28),
      "",
      L.res,
      `${L.val} ${dt(valid, lang, r)}.`,
      "",
      placeDate(s.city, x, lang, r),
      L.sign,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "medical-fitness-certificate", lang }, r, 0.35);
  }
  if (k === 1) {
    const s = WASTE[lang];
    const pick = workday(addDays(x, r.int(5, 25)));
    const t = hm(r, 7, 22);
    const L = {
      en: { h: "Bulky waste collection — booking confirmation", bk: "Booking reference", on: "Booked on", col: "Collection day", addr: "Collection address", items: ["Sofa (3-seater)", "Fridge freezer", "Mattress (double)", "Wardrobe, dismantled"], it: "Items", note: "Please put your items out by 7am on the collection day, at the front boundary of your property. We cannot enter your home." },
      de: { h: "Bestätigung Ihrer Sperrmüllanmeldung", bk: "Auftragsnummer", on: "Anmeldung vom", col: "Abholtermin", addr: "Abholadresse", items: ["Sofa", "Kleiderschrank (zerlegt)", "Matratze", "Teppich (gerollt)", "Kühlschrank"], it: "Gegenstände", note: "Bitte stellen Sie den Sperrmüll erst am Vorabend ab 18 Uhr, spätestens aber am Abholtag um 6 Uhr an den Straßenrand." },
      fr: { h: "Confirmation de votre demande d'enlèvement d'encombrants", bk: "N° de demande", on: "Demande enregistrée le", col: "Date de collecte", addr: "Adresse", items: ["Canapé", "Matelas", "Sommier", "Lave-linge", "Armoire démontée"], it: "Objets déclarés", note: "Merci de sortir vos encombrants la veille au soir sur le trottoir devant votre domicile." },
      es: { h: "Confirmación de cita para recogida de enseres", bk: "Localizador", on: "Solicitud registrada el", col: "Día de recogida", addr: "Dirección", items: ["Sofá", "Colchón", "Somier", "Lavadora", "Armario desmontado"], it: "Enseres", note: "Deposite los enseres junto a su portal la noche anterior a partir de las 21:00 horas." },
      it: { h: "Conferma prenotazione ritiro ingombranti", bk: "Codice prenotazione", on: "Prenotazione effettuata il", col: "Data del ritiro", addr: "Indirizzo di ritiro", items: ["Divano", "Materasso", "Rete a doghe", "Lavatrice", "Armadio smontato"], it: "Materiali", note: "Gli ingombranti devono essere esposti a piano strada entro le ore 6:00 del giorno del ritiro." },
      nl: { h: "Bevestiging afspraak grofvuil", bk: "Afspraaknummer", on: "Aangemeld op", col: "Ophaaldag", addr: "Ophaaladres", items: ["Bank", "Matras", "Kast (gedemonteerd)", "Wasmachine", "Vloerkleed"], it: "Spullen", note: "Zet het grofvuil op de ophaaldag vóór 7.30 uur aan de straat, bij de container." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      "",
      cols(`${L.bk}:`, `${r.pick(["SP", "BW", "GV", "EN"])}-${x.y}-${r.int(100000, 999999)}`, 26),
      cols(`${L.on}:`, `${num(x, lang)} ${frTime(t, lang)}`, 26),
      cols(`${L.addr}:`, `${bare(person)}, ${home(r, lang).replace("\n", ", ")}`, 26),
      cols(`${L.col}:`, longDay(pick, lang), 26),
      cols(`${L.it}:`, some(r, L.items, 0.4).join(", "), 26),
      "",
      L.note,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "bulky-waste-booking", lang }, r, 0.15);
  }
  const s = HEALTHCARD[lang];
  const applied = addDays(x, -r.int(5, 30));
  const b = born(r, 1950, 2010);
  const valid = { en: addDays(addMonths(x, 60), -1), de: { y: x.y + r.int(4, 6), m: 12, d: 31 }, fr: addDays(addMonths(x, 24), -1), es: addDays(addMonths(x, 24), -1), it: addDays(addMonths(x, 72), -1), nl: { y: x.y + 5, m: x.m, d: lastDay(x.y + 5, x.m) } }[lang];
  const card = `${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`;
  const L = {
    en: { s: "Your UK Global Health Insurance Card (GHIC)", b: [`Thank you for your application received on ${dt(applied, lang, r)}. Your GHIC is enclosed.`, `Card holder: ${bare(person)}, date of birth ${num(b, lang)}`, `Personal identification number: ${card}`, `Your card is valid until ${dt(valid, lang, r)}. It gives you access to state healthcare in EU countries and some other countries; it is not a replacement for travel insurance.`] },
    de: { s: "Ihre neue elektronische Gesundheitskarte", b: [`Sie erhalten Ihre neue Gesundheitskarte mit Ihrem Foto. Auf der Rückseite finden Sie die Europäische Krankenversichertenkarte (EHIC).`, `Versicherte/r: ${bare(person)}, geb. am ${num(b, lang)}`, `Karte gültig bis ${num(valid, lang)}. Ihr Antrag vom ${num(applied, lang)} ist damit erledigt.`, "Bitte vernichten Sie Ihre alte Karte."] },
    fr: { s: "Votre carte européenne d'assurance maladie", b: [`Suite à votre demande du ${dt(applied, lang, r)}, vous trouverez ci-joint votre carte européenne d'assurance maladie.`, `Bénéficiaire : ${bare(person)}, né(e) le ${num(b, lang)}`, `Elle est valable jusqu'au ${dt(valid, lang, r)}. Pensez à la renouveler avant chaque départ si elle arrive à échéance.`] },
    es: { s: "Tarjeta Sanitaria Europea", b: [`En respuesta a su solicitud de ${dt(applied, lang, r)}, le remitimos su Tarjeta Sanitaria Europea.`, `Titular: ${bare(person)}, fecha de nacimiento ${num(b, lang)}`, `Número de identificación personal: ${card}. La tarjeta es válida hasta el ${dt(valid, lang, r)}.`] },
    it: { s: "Invio della Tessera Sanitaria — TEAM", b: [`Le inviamo la nuova Tessera Sanitaria, che sul retro riporta la Tessera Europea di Assicurazione Malattia (TEAM).`, `Intestatario: ${bare(person)}, nato/a il ${num(b, lang)}`, `La tessera, richiesta il ${num(applied, lang)}, è valida fino al ${dt(valid, lang, r)}. La precedente non è più utilizzabile.`] },
    nl: { s: "Uw nieuwe zorgpas met EHIC", b: [`Hierbij ontvangt u uw nieuwe zorgpas, aangevraagd op ${dt(applied, lang, r)}. Op de achterkant staat de Europese gezondheidskaart (EHIC).`, `Verzekerde: ${bare(person)}, geboortedatum ${num(b, lang)}`, `De pas is geldig tot en met ${dt(valid, lang, r)}.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.int(1000000, 9999999)}`, { en: "Overseas Healthcare Services", de: "Ihre Techniker Krankenkasse", fr: "Votre caisse d'Assurance Maladie", es: "Dirección Provincial del INSS", it: "Sistema Tessera Sanitaria", nl: "VGZ Klantenservice" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "health-card-letter", lang }, r, 0.3);
};

// ─── Contracts, orders, bookings and the rest ────────────────────────────────────────────────────────────────────

const COTTAGE: PerLang<Org> = {
  en: org("Cornish Cottage Holidays", "The Old Dairy, Trewithen Road, Penzance TR18 4LS", "Cornish Cottage Holidays Ltd · Co. No. 04471290", "Penzance"),
  de: org("Ferienhof Sonnenwiese", "Familie Gruber · Dorfstraße 22 · 83727 Schliersee", "St.-Nr. 139/244/60118", "Schliersee"),
  fr: org("Gîtes de France Dordogne", "Service Réservation · 25 rue Wilson, 24000 Périgueux", "Relais départemental · IM024100012", "Périgueux"),
  es: org("Casas Rurales Sierra de Cazorla", "Calle Hilario Marco 12, 23470 Cazorla", "CIF B-23618890 · Reg. Turismo de Andalucía CR/JA/00412", "Cazorla"),
  it: org("Agriturismo Il Poggio", "Località Poggio alle Mura 3, 53024 Montalcino (SI)", "P.IVA 01233450528", "Montalcino"),
  nl: org("Vakantiepark De Veluwse Hoeve", "Hoeveweg 5, 6731 BH Otterlo", "KvK 09188321", "Otterlo"),
};
const GROCER: PerLang<Org> = {
  en: org("Ocado", "Ocado Retail Ltd, Buildings One & Two, Trident Place, Hatfield AL10 9UL", "VAT No. GB 333 4398 56", "Hatfield"),
  de: org("Knuspr", "Knuspr.de GmbH · Taunusstraße 32 · 80807 München", "Amtsgericht München HRB 264531", "München"),
  fr: org("Chronodrive", "Chronodrive SAS · 1 rue de la Haye, 95700 Roissy-en-France", "RCS Pontoise 437 733 769", "Roissy-en-France"),
  es: org("El Corte Inglés Supermercado Online", "Calle Hermosilla 112, 28009 Madrid", "El Corte Inglés, S.A. · CIF A-28017895", "Madrid"),
  it: org("Esselunga a casa", "Esselunga S.p.A. · Via Giambologna 1, 20096 Limito di Pioltello (MI)", "P.IVA 01255720169", "Pioltello"),
  nl: org("Picnic", "Picnic B.V. · Van Marwijk Kooystraat 15, 1114 AG Amsterdam-Duivendrecht", "KvK 61023457", "Amsterdam"),
};
const PARKING: PerLang<Org> = {
  en: org("Citygate Parking Ltd", "Citygate House, 40 Bath Street, Glasgow G2 1HG", "Registered in Scotland SC412338", "Glasgow"),
  de: org("Immobilienverwaltung Sommer GmbH", "Leopoldstraße 18 · 76133 Karlsruhe", "Amtsgericht Mannheim HRB 712233", "Karlsruhe"),
  fr: org("SCI Les Tilleuls", "représentée par son gérant, M. Patrick Roux · 5 rue Thiers, 59000 Lille", "RCS Lille Métropole 812 334 908", "Lille"),
  es: org("Parkings Levante S.L.", "Avenida Maisonnave 33, 03003 Alicante", "CIF B-53998812", "Alicante"),
  it: org("Box Auto Centro S.r.l.", "Via Roma 80, 09124 Cagliari", "P.IVA 03312210921", "Cagliari"),
  nl: org("Parkeergarage De Kolk B.V.", "Nieuwezijds Kolk 10, 1012 PV Amsterdam", "KvK 34277190", "Amsterdam"),
};
const NURSERY: PerLang<Org> = {
  en: org("Little Acorns Day Nursery", "2 Orchard Way, Harpenden AL5 2BH", "Little Acorns Nurseries Ltd · Ofsted URN EY498812", "Harpenden"),
  de: org("Kita Regenbogen", "Träger: AWO Kreisverband Freiburg e. V. · Wiesentalstraße 4 · 79115 Freiburg", "Vereinsregister Freiburg VR 1190", "Freiburg"),
  fr: org("Crèche Les Petits Loups", "14 rue des Lilas, 57000 Metz", "Association loi 1901 · SIRET 443 912 002 00017 · Agrément PMI n° 57-118", "Metz"),
  es: org("Escuela Infantil Pequeños Pasos", "Calle Arturo Soria 210, 28043 Madrid", "CIF B-87441120 · Centro autorizado n.º 28071122", "Madrid"),
  it: org("Asilo Nido Il Girotondo", "Via Cavour 15, 21100 Varese", "Società Cooperativa Sociale Girotondo · P.IVA 03299150128", "Varese"),
  nl: org("Kinderdagverblijf Het Kabouterhuis", "Kastanjelaan 3, 3833 AN Leusden", "KvK 32112098 · LRK-nummer 184302119", "Leusden"),
};
const signLine: PerLang<[string, string]> = { en: ["Signed (Licensee)", "Signed for the Company"], de: ["Unterschrift Mieter/in", "Unterschrift Vermieter"], fr: ["Le Preneur (lu et approuvé)", "Le Bailleur"], es: ["El arrendatario", "El arrendador"], it: ["Il Conduttore", "Il Locatore"], nl: ["Huurder", "Verhuurder"] };

// T8 — contracts, order and booking confirmations in four kinds, taken in turn: a holiday cottage's booking (booked
// on a day with a time, arrival and departure months ahead, the deposit paid, the balance due six weeks before
// arrival; the total price labelled), a grocery delivery order (placed on a day and time, the delivery slot ahead
// without a year, the edit deadline; the order total labelled), a parking-space lease signed at the foot (from the
// first of a month ahead, the notice period, the lessee's birth date in some), a nursery's childcare contract signed
// at the foot (the child's birth date, the settling-in start ahead).
let orderTurn = 0;
const contractsAndOrders: Template = (r, lang) => {
  const k = turn(orderTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = COTTAGE[lang];
    const arr = addDays(x, r.int(60, 220));
    const nights = r.pick([3, 4, 7, 7, 14]);
    const dep = addDays(arr, nights);
    const bal = addDays(arr, -42);
    const nightly = { en: 118, de: 95, fr: 82, es: 90, it: 135, nl: 105 }[lang];
    const rent = cents(nights * nightly);
    const clean = { en: 60, de: 55, fr: 50, es: 40, it: 70, nl: 65 }[lang];
    const adults = r.int(2, 4);
    const tax = cents(({ en: 0, de: 2.3, fr: 0.88, es: 0, it: 2, nl: 2.25 }[lang]) * adults * nights);
    const total = sum([rent, clean, tax]);
    const deposit = cents(Math.round(total * 0.3));
    const bt = hm(r, 7, 23);
    const L = {
      en: { h: "Booking confirmation", ref: "Booking ref.", on: "Booked on", prop: "Property: Gull's Rest, Mousehole (sleeps 4)", arr: "Arrival", dep: "Departure", ci: "check-in from 4pm", co: "check-out by 10am", g: `${adults} adults`, rent: `Rental, ${nights} nights`, cl: "Cleaning fee", tx: "", tot: "Total price", dp: "Deposit paid today", bal: "Balance due by" },
      de: { h: "Buchungsbestätigung", ref: "Buchungsnr.", on: "Gebucht am", prop: "Ferienwohnung „Bergblick“, 2 Schlafzimmer", arr: "Anreise", dep: "Abreise", ci: "ab 15:00 Uhr", co: "bis 10:00 Uhr", g: `${adults} Erwachsene`, rent: `Mietpreis ${nights} Nächte`, cl: "Endreinigung", tx: `Kurbeitrag ${adults} Pers. × ${nights} Nächte`, tot: "Gesamtpreis", dp: "Anzahlung (30 %) erhalten", bal: "Restzahlung fällig bis" },
      fr: { h: "Confirmation de réservation", ref: "N° de réservation", on: "Réservé le", prop: "Gîte n° 24G1187 « La Borie », Sarlat-la-Canéda", arr: "Arrivée", dep: "Départ", ci: "à partir de 16 h", co: "avant 10 h", g: `${adults} adultes`, rent: `Location ${nights} nuits`, cl: "Forfait ménage", tx: "Taxe de séjour", tot: "Prix total du séjour", dp: "Acompte versé", bal: "Solde à régler avant le" },
      es: { h: "Confirmación de reserva", ref: "Localizador", on: "Fecha de reserva", prop: "Casa rural «El Olivar», capacidad 4 personas", arr: "Llegada", dep: "Salida", ci: "a partir de las 16:00", co: "antes de las 12:00", g: `${adults} adultos`, rent: `Alojamiento ${nights} noches`, cl: "Limpieza final", tx: "", tot: "Importe total", dp: "Señal abonada", bal: "Resto a abonar antes del" },
      it: { h: "Conferma di prenotazione", ref: "Prenotazione n.", on: "Prenotato il", prop: "Appartamento «Il Fienile», 2 camere", arr: "Arrivo", dep: "Partenza", ci: "dalle ore 15:00", co: "entro le ore 10:00", g: `${adults} adulti`, rent: `Soggiorno ${nights} notti`, cl: "Pulizia finale", tx: `Imposta di soggiorno ${adults} pers. × ${nights} notti`, tot: "Totale soggiorno", dp: "Caparra confirmatoria versata", bal: "Saldo entro il" },
      nl: { h: "Reserveringsbevestiging", ref: "Reserveringsnummer", on: "Geboekt op", prop: "Boshuisje Eekhoorn, 4 personen", arr: "Aankomst", dep: "Vertrek", ci: "vanaf 15.00 uur", co: "vóór 10.00 uur", g: `${adults} volwassenen`, rent: `Huur ${nights} nachten`, cl: "Eindschoonmaak", tx: `Toeristenbelasting ${adults} pers. × ${nights} nachten`, tot: "Totaalbedrag", dp: "Aanbetaling ontvangen", bal: "Restbetaling uiterlijk" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.ref}:`, `${{ en: "CCH", de: "FH", fr: "GDF", es: "CR", it: "AGR", nl: "VH" }[lang]}${r.int(100000, 999999)}`, 22),
      cols(`${L.on}:`, `${num(x, lang)} ${frTime(bt, lang)}`, 22),
      cols("", bare(person), 22).trim(),
      "",
      L.prop,
      cols(`${L.arr}:`, `${longDay(arr, lang)}, ${L.ci}`, 14),
      cols(`${L.dep}:`, `${longDay(dep, lang)}, ${L.co}`, 14),
      L.g,
      "",
      cols(L.rent, bareAmt(rent, lang), 50),
      cols(L.cl, bareAmt(clean, lang), 50),
      ...(tax ? [cols(L.tx, bareAmt(tax, lang), 50)] : []),
      cols(L.tot, money(total, lang, r), 50),
      cols(L.dp, bareAmt(deposit, lang), 50),
      cols(`${L.bal} ${num(bal, lang)}`, bareAmt(cents(total - deposit), lang), 50),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "holiday-let-booking", lang }, r, 0.1);
  }
  if (k === 1) {
    const s = GROCER[lang];
    const del = addDays(x, r.int(1, 5));
    const edit = addDays(del, -1);
    const t = hm(r, 6, 23);
    const from = r.int(7, 20);
    const L = {
      en: { h: "Thanks for your order", no: "Order number", placed: "Order placed", slot: "Delivery", edit: "You can change your order until 11:59pm on", items: [["Semi-skimmed milk 4 pints", 1.65], ["Hovis Seed Sensations loaf", 1.9], ["Free range eggs x12", 3.75], ["Chicken breast fillets 650g", 6.25], ["Bananas x5", 0.95], ["Ocado Italian coffee beans 1kg", 11], ["Cathedral City mature cheddar 350g", 3.95]] as Item[], del: "Delivery charge", tot: "Order total", pay: "We'll charge your card when your order is picked." },
      de: { h: "Vielen Dank für Ihre Bestellung", no: "Bestellnummer", placed: "Bestellt am", slot: "Lieferung", edit: "Änderungen sind möglich bis", items: [["Frische Vollmilch 3,5 % 1 l", 1.29], ["Bio-Eier 10 Stück", 3.99], ["Bauernbrot 1 kg", 3.49], ["Hähnchenbrustfilet 600 g", 7.99], ["Bananen 1 kg", 1.69], ["Kaffee ganze Bohne 1 kg", 13.99], ["Gouda mittelalt 400 g", 3.79]] as Item[], del: "Liefergebühr", tot: "Gesamtsumme", pay: "Die Zahlung wird bei Auslieferung belastet." },
      fr: { h: "Votre commande est confirmée", no: "Commande n°", placed: "Passée le", slot: "Retrait au drive", edit: "Modifiable jusqu'au", items: [["Lait demi-écrémé 6 x 1 L", 5.94], ["Œufs plein air x12", 3.89], ["Baguette précuite x2", 1.49], ["Filets de poulet 600 g", 7.49], ["Bananes 1 kg", 1.99], ["Café en grains 1 kg", 12.9], ["Comté AOP 300 g", 5.45]] as Item[], del: "Frais de préparation", tot: "Total TTC", pay: "Paiement par CB au moment de la commande." },
      es: { h: "Confirmación de su pedido", no: "Pedido n.º", placed: "Fecha del pedido", slot: "Entrega", edit: "Puede modificar su pedido hasta el", items: [["Leche semidesnatada 6 x 1 l", 5.7], ["Huevos camperos docena", 3.45], ["Pan de molde integral", 1.95], ["Pechuga de pollo 600 g", 6.9], ["Plátano de Canarias 1 kg", 2.49], ["Café en grano 1 kg", 14.5], ["Queso manchego curado 250 g", 5.25]] as Item[], del: "Gastos de envío", tot: "Total del pedido", pay: "El cargo se realizará en el momento de la entrega." },
      it: { h: "Grazie per il tuo ordine", no: "Ordine n.", placed: "Ordine effettuato il", slot: "Consegna", edit: "Puoi modificare l'ordine fino al", items: [["Latte fresco intero 1 l", 1.69], ["Uova fresche x6", 2.39], ["Pane casereccio 500 g", 2.2], ["Petto di pollo 600 g", 7.9], ["Banane 1 kg", 1.79], ["Caffè in grani 1 kg", 15.9], ["Parmigiano Reggiano 300 g", 6.4]] as Item[], del: "Costo di consegna", tot: "Totale ordine", pay: "L'addebito avverrà al momento della consegna." },
      nl: { h: "Je bestelling is bevestigd", no: "Bestelnummer", placed: "Besteld op", slot: "Bezorging", edit: "Je kunt je bestelling aanpassen tot", items: [["Halfvolle melk 1,5 l", 1.69], ["Scharreleieren 10 st", 3.29], ["Volkoren brood heel", 2.59], ["Kipfilet 600 g", 7.49], ["Bananen 5 st", 1.49], ["Koffiebonen 1 kg", 12.99], ["Goudse kaas jong belegen 500 g", 6.79]] as Item[], del: "Bezorgkosten", tot: "Totaal", pay: "We schrijven het bedrag af na de bezorging." },
    }[lang];
    const items = some(r, L.items, 0.55).map(([d, p]) => ({ d, p, q: r.int(1, 3) }));
    const fee = r.pick({ en: [0, 1.99, 3.99], de: [0, 2.99], fr: [0, 2], es: [0, 7.9], it: [0, 4.9], nl: [0, 1.5, 2.5] }[lang]);
    const total = sum([...items.map((i) => i.q * i.p), fee]);
    const lines = [
      s.name,
      "",
      L.h,
      cols(`${L.no}:`, `${r.int(100000000, 999999999)}`, 22),
      cols(`${L.placed}:`, `${num(x, lang)} ${frTime(t, lang)}`, 22),
      cols(`${L.slot}:`, `${weekday(del, lang)} ${dayMonth(del, lang)}, ${frTime(`${pad(from)}:00`, lang)}–${frTime(`${pad(from + 1)}:00`, lang)}`, 22),
      "",
      ...items.map((i) => cols(`${i.q} × ${i.d}`, bareAmt(cents(i.q * i.p), lang), 50)),
      cols(L.del, bareAmt(fee, lang), 50),
      cols(L.tot, money(total, lang, r), 50),
      "",
      `${L.edit} ${dt(edit, lang, r)}${lang === "en" ? "" : ` ${frTime("23:59", lang)}`}.`,
      L.pay,
      s.addr,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "grocery-delivery-order", lang }, r, 0.05);
  }
  if (k === 2) {
    const s = PARKING[lang];
    const start = firstOf(addMonths(firstOf(x), r.int(1, 2)));
    const rent = { en: 95, de: 75, fr: 80, es: 70, it: 90, nl: 185 }[lang];
    const dep = rent * r.pick([1, 2]);
    const b = born(r, 1955, 2002);
    const space = `${r.pick(["B1", "U2", "P-1", "-2"])}/${r.int(1, 140)}`;
    const L = {
      en: { h: "RESIDENTIAL PARKING LICENCE AGREEMENT", p1: "between Citygate Parking Ltd (the Company) and", p2: "", sp: `Space ${space}, Citygate Residences car park, 21 Pitt Street, Glasgow`, st: "The licence starts on", term: "and continues month to month until ended by either party giving one month's written notice.", fee: `Licence fee: £${amount(rent, "en")} per month, payable in advance by standing order on the 1st of each month. Deposit for the access fob: £${amount(dep, "en")}.`, on: "Date" },
      de: { h: "MIETVERTRAG ÜBER EINEN TIEFGARAGENSTELLPLATZ", p1: "zwischen der Immobilienverwaltung Sommer GmbH (Vermieter) und", p2: "", sp: `Stellplatz Nr. ${space}, Tiefgarage Kriegsstraße 112, Karlsruhe`, st: "Das Mietverhältnis beginnt am", term: "und läuft auf unbestimmte Zeit. Es kann mit einer Frist von drei Monaten zum Monatsende gekündigt werden.", fee: `Miete: ${amount(rent, "de")} € monatlich zzgl. gesetzlicher USt., fällig jeweils am dritten Werktag. Kaution: ${amount(dep, "de")} €.`, on: "Ort, Datum" },
      fr: { h: "CONTRAT DE LOCATION D'UN EMPLACEMENT DE STATIONNEMENT", p1: "Entre la SCI Les Tilleuls (le Bailleur) et", p2: `né(e) le ${num(b, lang)}`, sp: `Emplacement n° ${space}, parking souterrain, 18 rue Nationale, 59000 Lille`, st: "La location prend effet le", term: "pour une durée d'un an renouvelable par tacite reconduction, chaque partie pouvant y mettre fin avec un préavis d'un mois.", fee: `Loyer mensuel : ${amount(rent, "fr")} € charges comprises, payable d'avance. Dépôt de garantie : ${amount(dep, "fr")} €.`, on: "Fait à Lille, le" },
      es: { h: "CONTRATO DE ARRENDAMIENTO DE PLAZA DE GARAJE", p1: "De una parte, Parkings Levante S.L. (arrendador), y de otra", p2: `con DNI ${r.int(10000000, 99999999)}-${String.fromCharCode(65 + r.int(0, 25))}, nacido/a el ${num(b, lang)}`, sp: `Plaza n.º ${space}, garaje de la calle Pintor Aparicio 14, Alicante`, st: "El contrato entra en vigor el", term: "por un plazo de un año prorrogable. El arrendatario podrá desistir avisando con 30 días de antelación.", fee: `Renta: ${amount(rent, "de")} € mensuales más IVA, pagaderos en los cinco primeros días de cada mes. Fianza: ${amount(dep, "de")} €.`, on: "En Alicante, a" },
      it: { h: "CONTRATTO DI LOCAZIONE DI BOX AUTO", p1: "tra Box Auto Centro S.r.l. (locatore) e", p2: `nato/a il ${num(b, lang)}`, sp: `Box n. ${space}, autorimessa di Via Sonnino 45, Cagliari`, st: "La locazione decorre dal", term: "con durata di un anno, tacitamente rinnovabile; recesso con preavviso di tre mesi.", fee: `Canone: € ${amount(rent, "de")} mensili, da versare entro il giorno 5 di ogni mese. Deposito cauzionale: € ${amount(dep, "de")}.`, on: "Cagliari," },
      nl: { h: "HUUROVEREENKOMST PARKEERPLAATS", p1: "tussen Parkeergarage De Kolk B.V. (verhuurder) en", p2: "", sp: `Parkeerplaats ${space}, Parkeergarage De Kolk, Amsterdam`, st: "De huur gaat in op", term: "en geldt voor onbepaalde tijd met een opzegtermijn van één maand.", fee: `Huurprijs: € ${amount(rent, "de")} per maand incl. btw, vooruit te betalen. Borg toegangspas: € ${amount(dep, "de")}.`, on: "Amsterdam," },
    }[lang];
    const onLine = lang === "en" ? `${L.on}: ${dt(x, lang, r)}` : lang === "de" ? `${L.on}: ${s.city}, ${num(x, lang)}` : lang === "es" ? `${L.on} ${dt(x, lang, r)}` : `${L.on} ${lang === "fr" ? dt(x, lang, r) : num(x, lang)}`;
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      "",
      L.p1,
      `${bare(person)}, ${home(r, lang).replace("\n", ", ")}${L.p2 ? `, ${L.p2}` : ""}`,
      "",
      `1. ${L.sp}`,
      `2. ${L.st} ${dt(start, lang, r)} ${L.term}`,
      `3. ${L.fee}`,
      "",
      onLine,
      "",
      `${signLine[lang][0]}: ____________________     ${signLine[lang][1]}: ____________________`,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "parking-space-lease", lang }, r, 0.25);
  }
  const s = NURSERY[lang];
  const start = workday(firstOf(addMonths(firstOf(x), r.int(1, 4))));
  const kid = addDays(start, -r.int(200, 900));
  const child = r.pick({ en: ["Freya", "Arlo"], de: ["Mia", "Finn"], fr: ["Léa", "Hugo"], es: ["Vega", "Mateo"], it: ["Aurora", "Edoardo"], nl: ["Noor", "Luuk"] }[lang]);
  const fee = { en: 1340, de: 285, fr: 410, es: 495, it: 520, nl: 1680 }[lang];
  const L = {
    en: { h: "PARENT CONTRACT", ch: "Child", dob: "Date of birth", st: "Start date (settling-in sessions)", days: "Sessions: Monday, Tuesday, Thursday, 8am – 6pm", fee: `Monthly fee: £${amount(fee, "en")}, payable in advance by the 1st. Funded hours will be deducted where eligible.`, nt: "Either party may end this contract by giving one calendar month's notice in writing.", sg: ["Parent/carer signature", "Nursery manager"], on: "Date" },
    de: { h: "BETREUUNGSVERTRAG", ch: "Kind", dob: "Geburtsdatum", st: "Beginn der Betreuung (Eingewöhnung)", days: "Betreuungszeit: Montag bis Freitag, 7:30 – 14:30 Uhr (35 Std./Woche)", fee: `Elternbeitrag: ${amount(fee, "de")} € monatlich zzgl. Verpflegungsgeld, Einzug per Lastschrift zum 5. des Monats.`, nt: "Der Vertrag kann mit einer Frist von vier Wochen zum Monatsende gekündigt werden.", sg: ["Unterschrift Personensorgeberechtigte", "Unterschrift Kita-Leitung"], on: "Ort, Datum" },
    fr: { h: "CONTRAT D'ACCUEIL RÉGULIER", ch: "Enfant", dob: "Né(e) le", st: "Début de l'accueil (période d'adaptation)", days: "Jours d'accueil : lundi, mardi, jeudi, vendredi — 8 h 00 à 18 h 00", fee: `Participation familiale mensualisée : ${amount(fee, "fr")} € (barème CNAF).`, nt: "Préavis d'un mois en cas de départ anticipé.", sg: ["Signature des parents", "La directrice"], on: "Fait à Metz, le" },
    es: { h: "CONTRATO DE PRESTACIÓN DE SERVICIOS EDUCATIVOS", ch: "Alumno/a", dob: "Fecha de nacimiento", st: "Fecha de incorporación (periodo de adaptación)", days: "Horario: de lunes a viernes, de 9:00 a 16:00, con comedor", fee: `Cuota mensual: ${amount(fee, "de")} € (incluye comedor), domiciliada los cinco primeros días de cada mes.`, nt: "La baja deberá comunicarse por escrito con un mes de antelación.", sg: ["Firma del padre/madre/tutor", "La Dirección"], on: "En Madrid, a" },
    it: { h: "CONTRATTO DI INSERIMENTO AL NIDO", ch: "Bambino/a", dob: "Nato/a il", st: "Inizio della frequenza (ambientamento)", days: "Orario: tempo pieno, dal lunedì al venerdì, 7:30 – 16:30", fee: `Retta mensile: € ${amount(fee, "de")}, da versare entro il giorno 10 di ogni mese.`, nt: "Il ritiro va comunicato per iscritto con 30 giorni di preavviso.", sg: ["Firma del genitore", "La Coordinatrice"], on: "Varese," },
    nl: { h: "PLAATSINGSOVEREENKOMST KINDEROPVANG", ch: "Kind", dob: "Geboortedatum", st: "Ingangsdatum (wennen)", days: "Opvangdagen: maandag, dinsdag en donderdag, 7.30 – 18.30 uur", fee: `Maandbedrag: € ${amount(fee, "de")} (uurprijs € 10,25), automatische incasso rond de 1e van de maand.`, nt: "Opzeggen kan schriftelijk met een opzegtermijn van één maand.", sg: ["Handtekening ouder/verzorger", "Namens het kinderdagverblijf"], on: "Leusden," },
  }[lang];
  const onLine = lang === "en" ? `${L.on}: ${num(x, lang)}` : lang === "de" ? `${L.on}: ${s.city}, ${num(x, lang)}` : `${L.on} ${lang === "es" ? dt(x, lang, r) : num(x, lang)}`;
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    "",
    cols(`${L.ch}:`, `${child} ${surname(person, lang)}`, 40),
    cols(`${L.dob}:`, num(kid, lang), 40),
    cols(`${L.st}:`, dt(start, lang, r), 40),
    L.days,
    L.fee,
    L.nt,
    "",
    onLine,
    `${L.sg[0]}: ____________________`,
    `${L.sg[1]}: ____________________`,
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "childcare-contract", lang }, r, 0.25);
};

const REGISTRY: PerLang<Org> = {
  en: org("General Register Office", "PO Box 2, Southport PR8 2JD", "HM Passport Office", "Southport"),
  de: org("Standesamt Lübeck", "Hansestadt Lübeck · Breite Straße 62 · 23552 Lübeck", "Bereich Bürgerservice", "Lübeck"),
  fr: org("Mairie d'Avignon — Service de l'état civil", "Hôtel de Ville, place de l'Horloge, 84000 Avignon", "Ville d'Avignon", "Avignon"),
  es: org("Registro Civil de Salamanca", "Gran Vía 37, 37001 Salamanca", "Ministerio de Justicia", "Salamanca"),
  it: org("Comune di Trieste — Ufficio di Stato Civile", "Piazza dell'Unità d'Italia 4, 34121 Trieste", "Servizi Demografici", "Trieste"),
  nl: org("Gemeente Maastricht", "Burgerzaken · Mosae Forum 10, 6211 DW Maastricht", "Burgerlijke stand", "Maastricht"),
};
const FIRSTAID: PerLang<Org> = {
  en: org("St John Ambulance", "27 St John's Lane, London EC1M 4BU", "Registered charity no. 1077265", "London"),
  de: org("Deutsches Rotes Kreuz Kreisverband Göttingen e. V.", "Zollstock 17 · 37081 Göttingen", "Ermächtigte Stelle für Erste-Hilfe-Ausbildung", "Göttingen"),
  fr: org("Croix-Rouge française — Unité locale de Caen", "10 rue de Bretagne, 14000 Caen", "Association reconnue d'utilité publique", "Caen"),
  es: org("Cruz Roja Española — Asamblea Local de Logroño", "Calle Beneficencia 2, 26005 Logroño", "CIF Q-2866001-G", "Logroño"),
  it: org("Croce Rossa Italiana — Comitato di Lecco", "Via Pergola 3, 23900 Lecco", "C.F. 92070510138", "Lecco"),
  nl: org("Het Oranje Kruis", "Postbus 90604, 2509 LP Den Haag", "Nationaal Instituut voor Eerste Hulp", "Den Haag"),
};
const ALLOTMENT: PerLang<Org> = {
  en: org("Hollybush Lane Allotment Association", "c/o 14 Hollybush Lane, Welwyn Garden City AL7 4JS", "Affiliated to the National Allotment Society", "Welwyn Garden City"),
  de: org("Kleingärtnerverein Am Südpark e. V.", "Vereinsheim Südparkweg 2 · 99084 Erfurt", "Vereinsregister Erfurt VR 1622", "Erfurt"),
  fr: org("Jardins Familiaux de Reims", "12 rue du Jard, 51100 Reims", "Association loi 1901", "Reims"),
  es: org("Huertos Urbanos de Olarizu", "Centro de Estudios Ambientales · Casa de la Dehesa de Olarizu, 01006 Vitoria-Gasteiz", "Ayuntamiento de Vitoria-Gasteiz", "Vitoria-Gasteiz"),
  it: org("Associazione Orti Urbani Parco Nord", "Via Clerici 150, 20092 Cinisello Balsamo (MI)", "C.F. 97411230150", "Cinisello Balsamo"),
  nl: org("Volkstuinvereniging Ons Buiten", "Postbus 1022, 3600 BA Maarssen", "KvK 40479111", "Maarssen"),
};

// T9 — less common kinds, taken in turn: a civil register's certified extract (the birth or marriage decades
// before, its registration, the extract issued on a day; the English one "Given at the General Register Office …
// the 3rd day of March 2025"), a first-aid course certificate (the course days, issued on, valid until, the birth
// date), an allotment association's yearly rent notice (the water meter's reading day, the pay-by date, the general
// meeting; a total).
let rareTurn = 0;
const rare: Template = (r, lang) => {
  const k = turn(rareTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = REGISTRY[lang];
    const marriage = r.chance(0.5);
    const ev = born(r, 1952, 2018);
    const reg = addDays(ev, r.int(1, 20));
    const place = s.city;
    const who = bare(person);
    const other = bare(r.pick(PEOPLE[lang].filter((p) => p !== person)));
    const L = {
      en: { h: marriage ? "CERTIFIED COPY OF AN ENTRY OF MARRIAGE" : "CERTIFIED COPY OF AN ENTRY OF BIRTH", ev: marriage ? "When married" : "Date and place of birth", reg: "When registered", nm: marriage ? `${who} and ${other}` : who, foot: `Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the ${ord(x.d)} day of ${MONTHS.en[x.m - 1]!} ${x.y}` },
      de: { h: marriage ? "Eheurkunde" : "Geburtsurkunde", ev: marriage ? "Tag der Eheschließung" : "Tag und Ort der Geburt", reg: "Beurkundet am", nm: marriage ? `${who} und ${other}` : who, foot: `${place}, den ${num(x, lang)}\nDer Standesbeamte\n(Siegel)` },
      fr: { h: marriage ? "EXTRAIT D'ACTE DE MARIAGE" : "EXTRAIT D'ACTE DE NAISSANCE avec filiation", ev: marriage ? "Mariage célébré le" : "Né(e) le", reg: "Acte dressé le", nm: marriage ? `${who} et ${other}` : who, foot: `Délivré à ${place}, le ${dt(x, lang, r)}\nL'officier de l'état civil` },
      es: { h: marriage ? "CERTIFICACIÓN LITERAL DE MATRIMONIO" : "CERTIFICACIÓN LITERAL DE NACIMIENTO", ev: marriage ? "Fecha de celebración" : "Fecha y lugar de nacimiento", reg: "Fecha de inscripción", nm: marriage ? `${who} y ${other}` : who, foot: `${place}, a ${dt(x, lang, r)}\nEl Encargado del Registro Civil` },
      it: { h: marriage ? "ESTRATTO PER RIASSUNTO DELL'ATTO DI MATRIMONIO" : "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", ev: marriage ? "Matrimonio celebrato il" : "Nato/a il", reg: "Atto iscritto il", nm: marriage ? `${who} e ${other}` : who, foot: `${place}, lì ${num(x, lang)}\nL'Ufficiale dello Stato Civile` },
      nl: { h: marriage ? "UITTREKSEL UIT DE BASISREGISTRATIE — HUWELIJKSAKTE" : "AFSCHRIFT VAN DE GEBOORTEAKTE", ev: marriage ? "Datum huwelijk" : "Geboren op", reg: "Datum akte", nm: marriage ? `${who} en ${other}` : who, foot: `${place}, ${dt(x, lang, r)}\nDe ambtenaar van de burgerlijke stand` },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      `${{ en: "Entry No.", de: "Registernummer", fr: "Acte n°", es: "Tomo/Página", it: "Atto n.", nl: "Aktenummer" }[lang]} ${lang === "es" ? `${r.int(100, 400)}/${r.int(1, 300)}` : r.int(1, 2400)}`,
      "",
      cols(`${L.ev}:`, `${dt(ev, lang, r)}, ${place}`, 30),
      cols({ en: "Name(s):", de: "Name(n):", fr: "Nom(s) :", es: "Nombre(s):", it: "Nome/i:", nl: "Naam/namen:" }[lang], L.nm, 30),
      cols(`${L.reg}:`, num(reg, lang), 30),
      "",
      L.foot,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "civil-register-extract", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = FIRSTAID[lang];
    const last = addDays(x, -r.int(0, 10));
    const twoDays = lang === "en" || lang === "es";
    const first = twoDays ? addDays(last, -1) : last;
    const b = born(r, 1960, 2008);
    const years = { en: 3, de: 2, fr: 0, es: 2, it: 3, nl: 2 }[lang];
    const valid = addDays(addMonths(x, 12 * years), -1);
    const L = {
      en: { h: "CERTIFICATE — Emergency First Aid at Work", nm: "This is to certify that", dob: "date of birth", c: "attended the course held on", iss: "Date of issue", val: "Valid until", no: "Certificate no." },
      de: { h: "TEILNAHMEBESCHEINIGUNG Erste-Hilfe-Ausbildung (9 UE)", nm: "Hiermit wird bestätigt, dass", dob: "geb. am", c: "an der Ausbildung teilgenommen hat am", iss: "Ausgestellt am", val: "Gültig für betriebliche Ersthelfer bis", no: "Nr." },
      fr: { h: "CERTIFICAT DE COMPÉTENCES — Prévention et secours civiques de niveau 1 (PSC1)", nm: "Délivré à", dob: "né(e) le", c: "ayant suivi la formation du", iss: "Délivré le", val: "", no: "N° d'attestation" },
      es: { h: "CERTIFICADO — Curso de Primeros Auxilios Básicos (8 h)", nm: "Se certifica que", dob: "nacido/a el", c: "ha superado el curso realizado los días", iss: "Fecha de expedición", val: "Se recomienda reciclaje antes del", no: "N.º de registro" },
      it: { h: "ATTESTATO — Corso di Primo Soccorso (D.M. 388/03, gruppo B/C)", nm: "Si attesta che", dob: "nato/a il", c: "ha frequentato il corso in data", iss: "Rilasciato il", val: "Aggiornamento entro il", no: "Attestato n." },
      nl: { h: "DIPLOMA EERSTE HULP", nm: "Uitgereikt aan", dob: "geboren", c: "die met goed gevolg het examen heeft afgelegd op", iss: "Datum van uitgifte", val: "Geldig tot", no: "Diplomanummer" },
    }[lang];
    const course = twoDays ? `${num(first, lang)} ${lang === "en" ? "and" : "y"} ${num(last, lang)}` : num(last, lang);
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      "",
      `${L.nm} ${bare(person)}, ${L.dob} ${num(b, lang)},`,
      `${L.c} ${course}.`,
      "",
      cols(`${L.iss}:`, dt(x, lang, r), 26),
      ...(years && L.val ? [cols(`${L.val}:`, num(valid, lang), 26)] : []),
      cols(`${L.no}:`, `${{ en: "EFAW", de: "EH", fr: "PSC1", es: "PA", it: "PS", nl: "EHBO" }[lang]}-${r.int(100000, 999999)}`, 26),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "first-aid-certificate", lang }, r, 0.3);
  }
  const s = ALLOTMENT[lang];
  const read = addDays(x, -r.int(5, 40));
  const by = addDays(x, r.int(21, 42));
  const agm = addDays(x, r.int(30, 90));
  const m3 = r.int(8, 45);
  const meterOld = r.int(100, 900);
  const water = cents(m3 * { en: 1.85, de: 2.1, fr: 3.9, es: 1.2, it: 2.4, nl: 1.1 }[lang]);
  const rentV = { en: 62, de: 0.32 * 300, fr: 75, es: 40, it: 90, nl: 48 }[lang];
  const member = { en: 5, de: 38, fr: 15, es: 0, it: 20, nl: 17.5 }[lang];
  const ins = { en: 0, de: 12.5, fr: 0, es: 0, it: 0, nl: 4.75 }[lang];
  const total = sum([rentV, water, member, ins]);
  const plot = r.int(1, 180);
  const L = {
    en: { h: "Annual rent notice", dt: "Date", plot: "Plot", yr: `Rent for the year ${x.y}/${String(x.y + 1).slice(2)}`, w: "Water", mr: "Meter read on", mem: "Association membership", ins: "", tot: "Total due", by: "Please pay by", agm: "Annual General Meeting:" },
    de: { h: "Jahresrechnung Pacht und Nebenkosten", dt: "Datum", plot: "Parzelle", yr: `Pacht ${x.y} (300 m² × 0,32 €)`, w: "Wasser", mr: "Zählerablesung am", mem: "Mitgliedsbeitrag", ins: "Gartenversicherung (Umlage)", tot: "Gesamtbetrag", by: "Zahlbar bis", agm: "Jahreshauptversammlung:" },
    fr: { h: "Appel de cotisation annuelle", dt: "Date", plot: "Parcelle", yr: `Redevance ${x.y}`, w: "Eau", mr: "Relevé du compteur le", mem: "Adhésion à l'association", ins: "", tot: "Total à régler", by: "À régler avant le", agm: "Assemblée générale :" },
    es: { h: "Liquidación anual del huerto", dt: "Fecha", plot: "Parcela", yr: `Canon anual ${x.y}`, w: "Agua", mr: "Lectura del contador", mem: "", ins: "", tot: "Total a pagar", by: "Fecha límite de pago", agm: "Reunión de hortelanos:" },
    it: { h: "Avviso di pagamento annuale", dt: "Data", plot: "Lotto", yr: `Canone annuo ${x.y}`, w: "Acqua", mr: "Lettura contatore del", mem: "Quota associativa", ins: "", tot: "Totale da versare", by: "Da versare entro il", agm: "Assemblea dei soci:" },
    nl: { h: "Jaarnota tuinhuur", dt: "Datum", plot: "Tuin", yr: `Tuinhuur ${x.y}`, w: "Water", mr: "Meterstand opgenomen op", mem: "Contributie", ins: "Verzekering opstal", tot: "Totaal te betalen", by: "Te voldoen vóór", agm: "Algemene ledenvergadering:" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    L.h,
    cols(`${L.dt}:`, dt(x, lang, r), 16),
    cols(`${L.plot}:`, String(plot), 16),
    "",
    cols(L.yr, bareAmt(rentV, lang), 56),
    cols(`${L.w} ${meterOld} → ${meterOld + m3} m³ (${L.mr} ${num(read, lang)})`, bareAmt(water, lang), 56),
    ...(member ? [cols(L.mem, bareAmt(member, lang), 56)] : []),
    ...(ins ? [cols(L.ins, bareAmt(ins, lang), 56)] : []),
    cols(L.tot, money(total, lang, r), 56),
    "",
    `${L.by} ${dt(by, lang, r)}.`,
    `${L.agm} ${longDay(agm, lang)}, ${frTime(slot(r, 18, 19), lang)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "allotment-rent-notice", lang }, r, 0.3);
};

// T10 — what a computer, a messenger or a phone hands over without a printed date of its own: a web shop's tracking
// page, a photographed cleaning rota, a restaurant's table confirmation, a router's status page, a meter reading,
// dated only by the file name in shapes no other half uses (Windows "Screenshot 2025-03-03 143210.png", Viber
// "viber_image_2025-03-03_14-32-10-123.jpg", GNOME "Screenshot from 2025-03-03 14-32-10.png", KDE
// "Screenshot_20250303_143210.png", a user's own "Zaehlerstand_03-03-2025.jpg"); and pages with no date at all
// (label null): laundry symbols, a recycling guide, a bus timetable, a recipe card, a school supplies list. Taken
// in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  if (turn(n, 2) === 0) {
    const shape = Math.floor(n / 2) % 5;
    const texts: PerLang<string[]> = {
      en: ["Order status\nOut for delivery\nYour parcel will arrive between 11:05 and 12:05\nTrack another parcel", "CLEANING ROTA\nKitchen — Sam\nBathroom — Priya\nHoover & bins — Josh\nSwap weekly!", "Your table is booked\nThe Olive Tree · 4 people · 19:30\nWe'll hold your table for 15 minutes", "Router status\nInternet: Connected\nUptime: 3 days 04:12:55\nWi-Fi clients: 9", "Electricity 48213.6 kWh\nGas 10234.512 m³"],
      de: ["Sendungsverfolgung\nIn Zustellung\nVoraussichtlich zwischen 11:05 und 12:05 Uhr", "PUTZPLAN WG\nKüche — Lena\nBad — Tarek\nMüll & Flur — Jonas\nWöchentlich tauschen!", "Ihre Reservierung ist bestätigt\nTrattoria da Enzo · 4 Personen · 19:30 Uhr\nWir halten den Tisch 15 Minuten für Sie frei", "FRITZ!Box Übersicht\nInternet: verbunden seit 3 Tagen\nWLAN-Geräte: 9", "Strom 48213,6 kWh\nGas 10234,512 m³\nWasser 812,44 m³"],
      fr: ["Suivi de colis\nEn cours de livraison\nEntre 11h05 et 12h05", "PLANNING MÉNAGE\nCuisine — Chloé\nSalle de bain — Karim\nPoubelles — Lucas", "Votre table est réservée\nLe Petit Zinc · 4 couverts · 19h30", "Livebox — État\nInternet : connecté\nAppareils connectés : 9", "Électricité HP 31240 kWh\nHC 17012 kWh\nEau 812 m³"],
      es: ["Seguimiento del envío\nEn reparto\nEntre las 11:05 y las 12:05", "TURNOS DE LIMPIEZA\nCocina — Marta\nBaño — Iker\nBasura — Pablo", "Reserva confirmada\nTaberna El Puerto · 4 personas · 21:30", "Estado del router\nInternet: conectado\nDispositivos Wi-Fi: 9", "Luz 48213 kWh\nGas 10234 m³\nAgua 812 m³"],
      it: ["Stato della spedizione\nIn consegna\nTra le 11:05 e le 12:05", "TURNI PULIZIE\nCucina — Giorgia\nBagno — Matteo\nSpazzatura — Ale", "Prenotazione confermata\nOsteria del Ponte · 4 persone · 20:30", "Stato modem\nInternet: connesso\nDispositivi Wi-Fi: 9", "Luce 48213 kWh\nGas 10234 Smc\nAcqua 812 m³"],
      nl: ["Track & Trace\nOnderweg naar jou\nTussen 11:05 en 12:05", "SCHOONMAAKROOSTER\nKeuken — Sanne\nBadkamer — Bram\nVuilnis — Joost", "Je reservering is bevestigd\nCafé De Zwaan · 4 personen · 19:30", "Modem status\nInternet: verbonden\nWifi-apparaten: 9", "Stroom T1 18213 kWh\nT2 20456 kWh\nGas 10234 m³"],
    };
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const iso = isoDay(x);
    const hh = pad(r.int(7, 22)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const word = { en: "meter-reading", de: "Zaehlerstand", fr: "releve-compteur", es: "lectura-contador", it: "lettura-contatore", nl: "meterstand" }[lang];
    const filename = [`Screenshot ${iso} ${hh}${mi}${ss}.png`, `viber_image_${iso}_${hh}-${mi}-${ss}-${pad(r.int(0, 999), 3)}.jpg`, `Screenshot from ${iso} ${hh}-${mi}-${ss}.png`, `Screenshot_${ymd}_${hh}${mi}${ss}.png`, `${word}_${pad(x.d)}-${pad(x.m)}-${x.y}.jpg`][shape]!;
    return { text: texts[lang][shape]!, filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["windows-snip", "viber", "gnome-screenshot", "kde-screenshot", "user-dmy"][shape]}`, lang };
  }
  const texts: PerLang<string[]> = {
    en: ["CARE SYMBOLS\nTub 30 = machine wash cool\nCrossed triangle = do not bleach\nOne dot iron = low heat", "WHAT GOES IN YOUR BLUE BIN\nPaper, card, cans, plastic bottles\nNo food, no nappies, no glass", "Route 21 — Mondays to Saturdays\nTown Centre 06:45 07:15 07:45 then every 20 min\nHospital 06:58 07:28 07:58", "Granny's scones\n225 g self-raising flour, 50 g butter, 150 ml milk\n220°C for 12 minutes", "Year 3 stationery list\nHB pencils x4, ruler, glue stick, PE kit, named water bottle"],
    de: ["PFLEGESYMBOLE\nBottich 30 = Feinwäsche 30 °C\nDreieck durchgestrichen = nicht bleichen\nBügeleisen 1 Punkt = niedrige Temperatur", "WAS GEHÖRT IN DIE GELBE TONNE?\nVerpackungen aus Kunststoff, Metall, Verbundstoffen\nKein Papier, kein Glas", "Linie 21 — Montag bis Freitag\nHauptbahnhof 6:45 7:15 7:45 dann alle 20 Min.\nKlinikum 6:58 7:28 7:58", "Omas Apfelkuchen\n250 g Mehl, 125 g Butter, 100 g Zucker, 1 Ei\n180 °C Umluft, 45 Minuten", "Materialliste Klasse 3\nBleistifte HB, Lineal 30 cm, Klebestift, Turnbeutel"],
    fr: ["SYMBOLES D'ENTRETIEN\nCuve 30 = lavage délicat\nTriangle barré = pas d'eau de Javel", "CONSIGNES DE TRI\nBac jaune : emballages, papiers, cartons\nVerre : colonne à verre", "Ligne 21 — du lundi au samedi\nGare 6h45 7h15 7h45 puis toutes les 20 min", "Quatre-quarts de mamie\n3 œufs, même poids de farine, beurre et sucre\n180 °C pendant 40 min", "Liste de fournitures CE2\nCahiers 96 pages, stylos bleus, règle, colle, trousse"],
    es: ["SÍMBOLOS DE LAVADO\nCubeta 30 = lavado delicado\nTriángulo tachado = no usar lejía", "¿QUÉ VA AL CONTENEDOR AMARILLO?\nEnvases de plástico, latas y briks\nNo papel ni vidrio", "Línea 21 — laborables\nEstación 6:45 7:15 7:45 y cada 20 min", "Bizcocho de yogur\n1 yogur, 3 medidas de harina, 2 de azúcar, 3 huevos\n180 °C 35 minutos", "Material escolar 3.º de Primaria\nLápices, goma, regla, pegamento, estuche"],
    it: ["SIMBOLI DI LAVAGGIO\nVaschetta 30 = lavaggio delicato\nTriangolo barrato = non candeggiare", "RACCOLTA DIFFERENZIATA\nPlastica e metalli: sacco giallo\nCarta: bidone bianco\nUmido: bidone marrone", "Linea 21 — feriale\nStazione 6:45 7:15 7:45 poi ogni 20 minuti", "Torta della nonna\n300 g farina, 150 g zucchero, 3 uova, crema pasticcera\n180 °C per 40 minuti", "Corredo scolastico classe terza\nQuaderni a quadretti, matite, righello, colla"],
    nl: ["WASSYMBOLEN\nKuip 30 = fijne was\nDoorgestreepte driehoek = niet bleken", "WAT MAG IN DE PMD-ZAK?\nPlastic verpakkingen, blik, drinkpakken\nGeen papier of glas", "Lijn 21 — maandag t/m vrijdag\nCentraal Station 6.45 7.15 7.45 daarna elke 20 min", "Oma's appeltaart\n300 g bloem, 200 g boter, 150 g suiker, 1 ei\n175 °C, 60 minuten", "Spullenlijst groep 5\nPotloden, gum, liniaal, lijmstift, gymtas"],
  };
  return { text: r.pick(texts[lang]), filename: r.pick(["scan0001.pdf", "Document (3).pdf", "IMG_4471.JPG", "untitled.pdf", "foto.jpg", "Scan_0012.pdf"]), documentDate: null, correspondent: null, kind: "undated-page", lang };
};

export const HELDOUT10_TEMPLATES: Template[] = [receipts, invoices, bills, bankLetters, workHomeSchool, insurance, doctorsAndAuthorities, contractsAndOrders, rare, photosAndScans];
export const heldout10Langs = (): Lang[] => ALL;
