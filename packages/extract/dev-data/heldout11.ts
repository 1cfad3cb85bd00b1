// The eleventh HELD-OUT half of the fields dev set (issue 17), round 14: written and committed (with its JSONL) before
// any reader change of round 14, to measure the document-date, correspondent and total readers on documents nobody
// tuned on. Never read by training, never used to choose between variants before the one measurement. Written from
// the earlier halves' headers and generators only (not from the readers). Like heldout6 to heldout10, its mix follows
// what a household or a small office uploads, in proportions close to reality, in layouts, senders and wordings no
// other half uses: receipts (a butcher's till slip with weighed items under the weekday, date and time, cash and
// change, and this week's specials until a Saturday without a year — the Italian one a "documento commerciale" with
// the date at the foot; a hire shop's for skis in the Alps and the Pyrenees or bikes on Texel and in the Lakes,
// issued on a day, out from it or from the next morning, due back days later; a pet shop's with the date and the
// time on two labelled lines at the foot and a voucher valid to a month's end ahead; a cinema box office's, sold on a
// day with a time for a showing that evening or days later; a newsagent's with a two-digit-year stamp and a lottery
// ticket for the next draw), invoices of other trades (a gardener's with dated visits in a table and the next visit
// planned — the French one with the tax credit, the Italian one flat-rate with its stamp duty; an electrician's
// "Invoice 4412 dated …" with the day of the work, the quote before and the next inspection years ahead; a private
// tutor's for the month before with the lessons' weekdays and days — the English one a US company's in dollars with
// month-first dates; an IT support company's to a small office with headings over values, the month's period and
// tickets with ISO stamps; a painter's with the place and date at the top right, the quote's date and the work from
// one day to another), bills (a car-sharing club's monthly invoice with dated trips and the debit day ahead — the
// English one a US club's in dollars with two taxes; school meals with absences without a year and a credit carried
// forward, from a caterer, a school, a French town hall, an Italian town's pagoPA notice or a Dutch lunchtime club;
// an office water cooler service's with the quarter's rental ahead, delivery notes' dates and bottle deposits; a
// garden waste bin subscription with the season, the first collection and, in Germany, quarterly instalments), bank,
// loan and investment letters (a standing order confirmed with the instruction's date and the first payment ahead; a
// personal loan offer valid until a day, with the first and last repayments; a fund or share account's quarterly
// statement that prints only the day it is "as at", labelled with it, with the prices' date and dated purchases; an
// arranged overdraft's new limit from a day, with the review a year on), letters from employers, landlords and
// schools (parental leave confirmed with the request, the child's birth or due date, the leave and the return; a
// landlord's rent certificate for a benefits office or a lender, with the tenancy's start years before, the rent paid
// up to a month's end and the last increase, dated with the place at the foot or the top; a holiday club's place
// confirmed with the child's birth date and the weeks ahead), insurers' letters (a health insurer's reimbursement
// statement with the claim received, dated treatments and the payment day; a motor policy's named driver added from
// a day and a time, with the driver's birth and licence dates and the renewal; a bicycle policy's schedule with the
// cover, the purchase date and the debit day), vets', doctors' and authorities' letters (a vet's operation booked
// with the pet's birth date, the last booster and the day ahead; a specialist's clinic letter to the GP with the
// clinic day, the review months ahead and "dictated … typed …" at the foot; a dog licence, dog tax notice, category-2
// dog permit, dangerous-breed licence or pet registry certificate — the Northern Irish, German and Dutch ones with a
// fee to pay), contracts, bookings and appointments (a garage's service appointment with the car's first registration
// and last service; a ferry booking with crossings ahead and a child's birth date, the total paid labelled; a heat
// pump's contract signed at the foot with the survey, the quote, the installation week and the fourteen days to
// cancel; a hall's hire agreement signed at the foot with the event day ahead and the keys the day before) and a few
// less common kinds (a maker's tumble dryer recall with the registered purchase and the production period; a postal
// service's missed-delivery card dated by the attempt, ready the next day and kept until weeks later; a jury summons,
// a juror's session, witness summonses and a Dutch polling station appointment with the day ahead). Letters carry
// their date alone at the right under a window envelope's addressee (under the sender's return line), in a strip
// under the letterhead with the customer number and the page, or at the end of a row of references. About one in
// twenty is a photo, a screenshot or a scan dated only by its file name in shapes no other half uses ("Office Lens
// 20250303-143210.jpg", Samsung "Screenshot_20250303-143210_Banking.jpg", the Windows camera's
// "WIN_20250303_14_32_10_Pro.jpg", MIUI "Screenshot_2025-03-03-14-32-10-123_com.whatsapp.jpg", a user's own
// "2025.03.03 Schlüsselübergabe.pdf"), one in twenty carries no date (label null). Dates as these senders print them:
// "3 March 2025", "3rd March 2025", "03/03/2025", "3 Mar 2025", "03.03.2025", "03. März 2025", "3. März 2025",
// "3.3.2025", "3 mars 2025", "03 mars 2025", "3 janv. 2025", "3 de marzo de 2025", "3/3/2025", "03-03-2025",
// "1° marzo 2025", "03.03.2025", "3 maart 2025", "3-3-2025", "3 mrt. 2025", weekdays before appointments and
// crossings, two-digit years on tills ("03/03/25 14:32"), ISO stamps from systems, days without a year for offers and
// absences; "03/05/2025", "3/5/25" and "March 5, 2025" for 5 March only from US senders in dollars.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, pad, PEOPLE, randomDay, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, type Org, org, ord, cents, sum, lastDay, monthEnd, addMonths, firstOf, dow, workday, weekday, bare, bareAmt, cols, num, num2, dayMonth, usNum, usd, hm, home, totalOf, usTotal, turn, scannedAt, slot, frTime, type Item, some } from "./common.ts";

/** The date as this half's (European) senders print it in running text and letter heads. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${ord(x.d)} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${A} ${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${pad(x.d)}. ${M} ${x.y}`, `${x.d}. ${M} ${x.y}`, `${x.d}.${x.m}.${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${pad(x.d)} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${x.d}/${x.m}/${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1°" : x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}/${x.m}/${x.y}`],
    nl: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d}-${x.m}-${x.y}`, `${x.d} ${A} ${x.y}`],
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
/** The next given weekday strictly after a day (0 = Sunday). */
const nextDow = (x: Day, wd: number): Day => addDays(x, (wd - dow(x) + 7) % 7 || 7);
/** A weekday and the long date, as an appointment or a crossing is announced. */
const longDay = (x: Day, lang: Lang) => {
  const M = MONTHS[lang][x.m - 1]!;
  return { en: `${weekday(x, lang)}, ${x.d} ${M} ${x.y}`, de: `${weekday(x, lang)}, ${pad(x.d)}. ${M} ${x.y}`, fr: `${weekday(x, lang)} ${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, es: `${weekday(x, lang)} ${x.d} de ${M} de ${x.y}`, it: `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, nl: `${weekday(x, lang)} ${x.d} ${M} ${x.y}` }[lang];
};
/** A letter's place-and-date line. */
const placeDate = (city: string, x: Day, lang: Lang, r: Rng) =>
  ({ en: dt(x, lang, r), de: `${city}, ${dt(x, lang, r)}`, fr: `${city}, le ${dt(x, lang, r)}`, es: `${city}, ${dt(x, lang, r)}`, it: `${city}, ${dt(x, lang, r)}`, nl: `${city}, ${dt(x, lang, r)}` })[lang];
const usShort = (x: Day) => `${x.m}/${x.d}/${String(x.y).slice(2)}`;
const usLong = (x: Day, r: Rng) => (r.chance(0.5) ? `${MONTHS.en[x.m - 1]!} ${x.d}, ${x.y}` : `${MONTHS_ABBR.en[x.m - 1]!}. ${x.d}, ${x.y}`.replace("May.", "May"));
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `£${amount(v, "en")}`, `${amount(v, "en")} GBP`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} €`, `${amount(v, "fr")} euros`]);
  if (lang === "nl") return r.pick([`€ ${amount(v, "de")}`, `€ ${amount(v, "de")}`, `EUR ${amount(v, "de")}`]);
  if (lang === "es") return r.pick([`${amount(v, "de")} €`, `${amount(v, "de")} €`, `${amount(v, "de")} euros`]);
  return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);
}
const dec = (v: number, lang: Lang, digits = 2) => (lang === "en" ? v.toFixed(digits) : v.toFixed(digits).replace(".", ","));
/** The surname as a letter addresses it: the first of two Spanish surnames, a Dutch name with its "de" or "van". */
const surname = (p: string, lang?: Lang) => {
  const t = bare(p).split(" ");
  if (lang === "es" && t.length >= 3) return t[1]!;
  if (lang === "nl" && t.length >= 3) return t.slice(1).join(" ");
  return t[t.length - 1]!;
};
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const born = (r: Rng, from = 1950, to = 2002): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
/** A document's own date never falls after the last day the set allows (2026-10-31). */
const capDay = (x: Day): Day => (isoDay(x) > "2026-10-31" ? { y: 2026, m: 10, d: 30 } : x);
const scanned = scannedAt(0.33, 0.03);
const salute = (person: string, lang: Lang) => {
  const last = cap(surname(person, lang));
  return {
    en: `Dear ${person.replace(/^(Mr|Ms|Mrs|Dr) .* /, "$1 ")}`.trim() + ",",
    de: `${person.startsWith("Frau") ? "Sehr geehrte Frau" : "Sehr geehrter Herr"} ${last},`,
    fr: person.startsWith("Mme") ? "Madame," : "Monsieur,",
    es: `${person.startsWith("Dña") ? "Estimada señora" : "Estimado señor"} ${last}:`,
    it: `${person.startsWith("Sig.ra") ? "Gentile Sig.ra" : "Gentile Sig."} ${last},`,
    nl: `Geachte ${person.startsWith("Mevr") ? "mevrouw" : "heer"} ${last},`,
  }[lang];
};
const regards: PerLang<string[]> = {
  en: ["Kind regards,", "Yours sincerely,"],
  de: ["Freundliche Grüße", "Mit freundlichen Grüßen"],
  fr: ["Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.", "Bien cordialement,"],
  es: ["Un cordial saludo,", "Reciba un cordial saludo."],
  it: ["Distinti saluti", "Cordialmente"],
  nl: ["Met vriendelijke groet,", "Met vriendelijke groeten,"],
};
/** Cash handed over: the next note or round sum above a total. */
const tendered = (v: number) => [5, 10, 20, 50, 100, 200].find((n) => n >= v) ?? Math.ceil(v / 50) * 50;

// ─── Receipts ────────────────────────────────────────────────────────────────────────────────────────────────────

const BUTCHER: PerLang<Org> = {
  en: org("Hartley's Family Butchers", "7 Market Place, Malton YO17 7LX", "R. Hartley & Son Ltd · VAT Reg 284 5512 09", "Malton"),
  de: org("Metzgerei Huber", "Meisterbetrieb seit 1921 · Jakoberstraße 33 · 86152 Augsburg", "Metzgerei Huber GmbH · St.-Nr. 103/145/60231", "Augsburg"),
  fr: org("Boucherie Charcuterie Morel", "14 place Carnot, 21200 Beaune", "SARL Morel · SIRET 402 558 117 00019", "Beaune"),
  es: org("Carnicería Hermanos Sanz", "Mercado Central, puestos 112-114, 46001 Valencia", "CIF B-46822017", "Valencia"),
  it: org("Macelleria Salumeria Bortolotti", "Borgo Giacomo Tommasini 12, 43121 Parma", "P.IVA 02288140342", "Parma"),
  nl: org("Keurslager Van Rooij", "Markt 9, 5211 JV 's-Hertogenbosch", "KvK 16033127", "'s-Hertogenbosch"),
};
const HIRE: PerLang<Org> = {
  en: org("Windermere Bike Hire", "Lakeside Pavilion, Glebe Road, Bowness-on-Windermere LA23 3HE", "Lakes Cycle Hire Ltd · VAT 318 2270 45", "Bowness-on-Windermere"),
  de: org("Sport Rent Oberstdorf", "Skiverleih · Nebelhornstraße 10 · 87561 Oberstdorf", "Inh. Florian Gschwender · USt-IdNr. DE 128 803 441", "Oberstdorf"),
  fr: org("Location Ski Les Marmottes", "Galerie Les Cimes, 73440 Val Thorens", "SARL Les Marmottes · SIRET 393 118 224 00031", "Val Thorens"),
  es: org("Alquiler de Esquí Pirineo Nevado", "Urbanización Formigal, Edificio Sextas, 22640 Sallent de Gállego", "CIF B-22401338", "Sallent de Gállego"),
  it: org("Noleggio Sci Cervino Sport", "Via Jean-Antoine Carrel 5, 11021 Breuil-Cervinia (AO)", "P.IVA 01044120077", "Breuil-Cervinia"),
  nl: org("Fietsverhuur Texel Centrum", "Parkstraat 3, 1791 CS Den Burg", "KvK 37112064 · btw NL001622087B01", "Den Burg"),
};
const PETSHOP: PerLang<Org> = {
  en: org("Paws & Claws Pet Supplies", "Unit 4, Riverside Retail Park, Norwich NR1 1WR", "Paws & Claws (Norfolk) Ltd · VAT 288 4410 72", "Norwich"),
  de: org("Zoofachhandel Tierisch Gut", "Carl-Benz-Straße 7 · 68723 Schwetzingen", "Inh. Marion Keller · USt-IdNr. DE 267 101 338", "Schwetzingen"),
  fr: org("Animalerie Le Jardin des Bêtes", "ZA du Moulin, rue de la Marne, 56000 Vannes", "SARL JDB · SIRET 519 330 871 00025", "Vannes"),
  es: org("Mundo Mascota Benítez", "Calle Pintor Sorolla 21, 03001 Alicante", "NIF 21488307-M", "Alicante"),
  it: org("Pet Shop Zampe Felici", "Via Giuseppe Verdi 31, 25121 Brescia", "P.IVA 03877120981", "Brescia"),
  nl: org("Dierenspeciaalzaak De Hondenmand", "Dorpsstraat 55, 1182 JE Amstelveen", "KvK 34190772", "Amstelveen"),
};
const CINEMA: PerLang<Org> = {
  en: org("Regal Lights Cinema", "Northgate Street, Chester CH1 2HT", "Regal Lights Cinemas Ltd · VAT 411 3098 27", "Chester"),
  de: org("Filmpalast am Ring", "Ringstraße 9 · 67655 Kaiserslautern", "Filmpalast Betriebs GmbH · HRB 31120 Kaiserslautern", "Kaiserslautern"),
  fr: org("Cinéma Le Concorde", "8 rue Gambetta, 29000 Quimper", "SAS Le Concorde · SIRET 334 220 915 00018", "Quimper"),
  es: org("Cines Luna Multicines", "Avenida de Portugal 10, 37005 Salamanca", "Luna Exhibición S.L. · CIF B-37412201", "Salamanca"),
  it: org("Cinema Multisala Astra", "Corso Italia 52, 56125 Pisa", "Astra Spettacoli S.r.l. · P.IVA 01788450503", "Pisa"),
  nl: org("Bioscoop Lumière Zwolle", "Stationsplein 4, 8011 CW Zwolle", "Lumière Exploitatie B.V. · KvK 05066213", "Zwolle"),
};
const KIOSK: PerLang<Org> = {
  en: org("Patel's Newsagents", "62 High Street, Kettering NN16 8SY", "VAT Reg 197 6604 21", "Kettering"),
  de: org("Lotto-Toto Kiosk am Markt", "Am Markt 4 · 72070 Tübingen", "Inh. Ayşe Demir · St.-Nr. 86155/30221", "Tübingen"),
  fr: org("Tabac Presse Le Balto", "2 place de la Mairie, 59300 Valenciennes", "Débit de tabac n° 5900123 · SIRET 811 227 340 00015", "Valenciennes"),
  es: org("Papelería Prensa Los Arcos", "Calle Portales 40, 26001 Logroño", "NIF 16588142-D · Punto de venta LAE 26.015", "Logroño"),
  it: org("Tabaccheria Edicola Fontana", "Piazza del Popolo 8, 48121 Ravenna", "Rivendita n. 27 · P.IVA 02233190398", "Ravenna"),
  nl: org("Tabak & Lectuur Het Hoekje", "Langestraat 14, 3811 AD Amersfoort", "KvK 31044508", "Amersfoort"),
};

// T1 — receipts in five kinds, taken in turn: a butcher's till slip (the weekday, date and time over weighed items,
// cash handed over and change, this week's specials until a Saturday without a year), a hire shop's (bikes on Texel
// and in the Lakes, skis in the Alps and the Pyrenees: issued on a day, out from it or from the next morning, due back
// days later), a pet shop's (the date and the time on two labelled lines at the foot, a stamp card, a voucher valid
// to a month's end ahead), a cinema's box office (sold on a day with a time, the showing that evening or days later),
// a newsagent's (a two-digit-year stamp over the items, a lottery ticket for the next draw, stamps and a top-up).
let receiptTurn = 0;
const receipts: Template = (r, lang) => {
  const k = turn(receiptTurn++, 5);
  const x0 = randomDay(r);
  const x = x0;
  const t = hm(r, 8, 18);
  if (k === 0) {
    const s = BUTCHER[lang];
    const L = {
      en: { items: [["Sirloin steak", 32], ["Cumberland sausages", 11.5], ["Lamb mince", 14.8], ["Free-range chicken thighs", 8.9], ["Dry-cured back bacon", 15.6], ["Braising steak", 16.4]] as Item[], unit: "/kg", scale: "Scale", op: "Served by", tot: "BALANCE DUE", card: "Card", cash: "Cash", chg: "Change", offer: "This week's specials run until", vat: "Food zero-rated for VAT", bye: "Thank you for shopping local" },
      de: { items: [["Rinderhüftsteak", 34.9], ["Schweinenacken o. Kn.", 12.9], ["Hackfleisch gemischt", 11.9], ["Hähnchenbrustfilet", 15.9], ["Leberkäse", 14.9], ["Rinderrouladen", 22.9]] as Item[], unit: "€/kg", scale: "Waage", op: "Bed.", tot: "SUMME", card: "EC-Karte", cash: "Bar", chg: "Rückgeld", offer: "Unsere Wochenangebote gelten bis", vat: "Im Betrag enthalten: 7 % MwSt.", bye: "Vielen Dank und bis zum nächsten Mal!" },
      fr: { items: [["Entrecôte", 36.9], ["Côtes de porc", 13.5], ["Steak haché", 16.9], ["Poulet fermier Label Rouge", 9.8], ["Jambon blanc à l'os", 24.9], ["Bœuf bourguignon", 18.9]] as Item[], unit: "€/kg", scale: "Balance", op: "Vendeur", tot: "TOTAL", card: "CB", cash: "Espèces", chg: "Rendu", offer: "Promotions de la semaine valables jusqu'au", vat: "TVA 5,5 % incluse", bye: "Merci de votre visite" },
      es: { items: [["Entrecot de ternera", 28.9], ["Lomo de cerdo", 9.95], ["Carne picada mixta", 8.5], ["Pechuga de pollo", 8.95], ["Jamón serrano loncheado", 32], ["Costilla de cerdo", 7.9]] as Item[], unit: "€/kg", scale: "Balanza", op: "Le atendió", tot: "TOTAL", card: "Tarjeta", cash: "Efectivo", chg: "Cambio", offer: "Ofertas de la semana válidas hasta el", vat: "IVA incluido", bye: "Gracias por su compra" },
      it: { items: [["Fettine di vitello", 24.9], ["Salsiccia di suino", 11.9], ["Macinato scelto", 13.5], ["Petto di pollo", 12.9], ["Prosciutto di Parma 24 mesi", 36], ["Arrosto di lonza", 15.9]] as Item[], unit: "€/kg", scale: "Bilancia", op: "Operatore", tot: "TOTALE COMPLESSIVO", card: "Pagamento elettronico", cash: "Contante", chg: "Resto", offer: "Offerte della settimana valide fino a", vat: "di cui IVA", bye: "Grazie e arrivederci" },
      nl: { items: [["Biefstuk", 32.5], ["Slavinken", 13.9], ["Rundergehakt", 11.9], ["Kipfilet", 14.5], ["Ossenworst", 21.9], ["Speklappen", 10.9]] as Item[], unit: "€/kg", scale: "Weegschaal", op: "Medew.", tot: "TOTAAL", card: "PIN", cash: "Contant", chg: "Wisselgeld", offer: "Weekaanbiedingen geldig t/m", vat: "Btw 9% inbegrepen", bye: "Bedankt en tot de volgende keer!" },
    }[lang];
    const items = some(r, L.items, 0.4).map(([d, p]) => {
      const w = r.int(180, 1450) / 1000;
      return { d, p, w, v: cents(w * p) };
    });
    const total = sum(items.map((i) => i.v));
    const byCard = r.chance(0.5);
    const given = tendered(total);
    const sat = nextDow(x, 6);
    const head = {
      en: `${wdShort(x, lang)} ${num2(x, lang)} ${t}   ${L.scale} 2   ${L.op} Jo`,
      de: `${wdShort(x, lang)} ${num(x, lang)} ${t}   ${L.scale} 2   ${L.op} 04`,
      fr: `${wdShort(x, lang)} ${num(x, lang)} ${frTime(t, lang)}   ${L.scale} 2   ${L.op} 3`,
      es: `${wdShort(x, lang)} ${num(x, lang)} ${t}   ${L.scale} 2   ${L.op}: Rosa`,
      it: `DOCUMENTO COMMERCIALE di vendita o prestazione`,
      nl: `${wdShort(x, lang)} ${num(x, lang)} ${t}   ${L.scale} 2   ${L.op} 7`,
    }[lang];
    const wt = (w: number) => dec(w, lang, 3);
    const lines = [
      s.name,
      s.addr,
      "",
      head,
      "",
      ...items.flatMap((i) => [i.d, cols(lang === "en" ? `  ${wt(i.w)} kg @ £${bareAmt(i.p, lang)}${L.unit}` : `  ${wt(i.w)} kg x ${bareAmt(i.p, lang)} ${L.unit}`, bareAmt(i.v, lang), 40)]),
      "-".repeat(48),
      cols(L.tot, bareAmt(total, lang), 40),
      ...(byCard ? [cols(L.card, bareAmt(total, lang), 40)] : [cols(L.cash, bareAmt(given, lang), 40), cols(L.chg, bareAmt(cents(given - total), lang), 40)]),
      ...(lang === "it" ? [cols(`${L.vat} 10%`, bareAmt(cents((total * 10) / 110), lang), 40), "", `${pad(x.d)}-${pad(x.m)}-${x.y} ${t}`, `DOCUMENTO N. ${pad(r.int(1, 400), 4)}-${pad(r.int(1, 300), 4)}`, `RT 96SRT${r.int(100000, 999999)}`] : [L.vat]),
      "",
      `${L.offer} ${lang === "en" ? `Saturday ${ord(sat.d)}` : `${wdShort(sat, lang)} ${dayMonth(sat, lang)}`}`,
      L.bye,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "butcher-receipt", lang }, r);
  }
  if (k === 1) {
    const s = HIRE[lang];
    const ski = lang !== "en" && lang !== "nl";
    const x = ski ? (x0.m >= 5 && x0.m <= 11 ? { y: x0.y, m: r.pick([1, 2, 3]), d: Math.min(x0.d, 28) } : x0) : x0.m <= 3 || x0.m >= 11 ? { y: x0.y, m: r.pick([5, 6, 7, 8]), d: Math.min(x0.d, 28) } : x0;
    const days = r.int(1, 6);
    const eve = ski && r.chance(0.35);
    const out = eve ? addDays(x, 1) : x;
    const back = addDays(out, days - 1);
    const L = {
      en: { h: "HIRE RECEIPT", no: "No.", iss: "Issued", out: "Out", back: "Due back by", closing: "17:30", day: "day(s)", items: [["Hybrid bike", 25], ["E-bike", 45], ["Child's bike 20\"", 15], ["Child seat", 5], ["Pannier set", 4], ["Damage waiver", 3]] as Item[], tot: "TOTAL PAID", pay: "Visa contactless", dep: "Security: driving licence held until return", note: "Late returns are charged at the full daily rate." },
      de: { h: "LEIHSCHEIN / QUITTUNG", no: "Nr.", iss: "Ausgestellt", out: "Mietbeginn", back: "Rückgabe bis", closing: "18:00", day: "Tag(e)", items: [["Ski-Set Premium (Ski + Stöcke)", 32], ["Skischuhe Komfort", 14], ["Helm", 6], ["Snowboard + Boots", 35], ["Kinder-Ski-Set", 15], ["Bruch- und Diebstahlschutz", 4]] as Item[], tot: "GESAMT", pay: "girocard", dep: "Kaution: Personalausweis hinterlegt", note: eve ? "Abholung am Vorabend ohne Aufpreis." : "Verspätete Rückgabe wird als weiterer Miettag berechnet." },
      fr: { h: "BON DE LOCATION", no: "N°", iss: "Émis le", out: "Début de location", back: "Retour avant le", closing: "19h00", day: "jour(s)", items: [["Pack skis + bâtons Excellence", 38], ["Chaussures Confort", 16], ["Casque", 7], ["Pack snowboard + boots", 36], ["Pack enfant skis + chaussures", 18], ["Assurance casse/vol", 3.5]] as Item[], tot: "TOTAL TTC", pay: "CB", dep: "Caution : empreinte CB", note: eve ? "Matériel retiré la veille au soir, location comptée à partir du lendemain." : "Tout jour de retard sera facturé." },
      es: { h: "CONTRATO DE ALQUILER / TICKET", no: "N.º", iss: "Emitido", out: "Inicio alquiler", back: "Devolución hasta", closing: "18:00", day: "día(s)", items: [["Equipo esquí gama media", 29], ["Botas", 12], ["Casco", 5], ["Snowboard + botas", 30], ["Equipo infantil", 16], ["Seguro de rotura", 3]] as Item[], tot: "TOTAL", pay: "Tarjeta", dep: "Fianza: DNI depositado", note: eve ? "Recogida la tarde anterior sin coste adicional." : "Cada día de retraso se cobrará completo." },
      it: { h: "CONTRATTO DI NOLEGGIO", no: "N.", iss: "Emesso il", out: "Inizio noleggio", back: "Riconsegna entro", closing: "18:30", day: "giorno/i", items: [["Sci + bastoncini categoria Gold", 34], ["Scarponi", 13], ["Casco", 6], ["Snowboard + scarponi", 33], ["Kit bambino", 17], ["Garanzia rottura e furto", 3.5]] as Item[], tot: "TOTALE", pay: "Bancomat", dep: "Deposito: documento d'identità", note: eve ? "Ritiro la sera prima senza supplemento." : "Ogni giorno di ritardo viene addebitato." },
      nl: { h: "HUURBON", no: "Nr.", iss: "Uitgegeven", out: "Huur vanaf", back: "Inleveren vóór", closing: "18.00", day: "dag(en)", items: [["Stadsfiets 7 versnellingen", 11], ["Elektrische fiets", 27.5], ["Kinderfiets 20\"", 8], ["Kinderzitje", 3], ["Fietstassen", 2.5], ["Diefstaldekking", 2]] as Item[], tot: "TOTAAL", pay: "PIN", dep: "Borg: identiteitsbewijs", note: "Fietsen altijd op slot zetten, ook op het strand." },
    }[lang];
    const gear = some(r, L.items.slice(0, -1), 0.35).map(([d, p]) => ({ d, p, q: r.int(1, 3) }));
    const cover = L.items[L.items.length - 1]!;
    const items = r.chance(0.5) ? [...gear, { d: cover[0], p: cover[1], q: gear.reduce((a, i) => a + i.q, 0) }] : gear;
    const total = sum(items.map((i) => i.q * i.p * days));
    const showDay = (d: Day) => (lang === "en" ? `${wdShort(d, lang)} ${pad(d.d)} ${MONTHS_ABBR.en[d.m - 1]!} ${d.y}` : `${wdShort(d, lang)} ${num(d, lang)}`);
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.h}   ${L.no} ${r.int(1000, 9999)}`,
      `${L.iss}: ${num(x, lang)} ${frTime(t, lang)}`,
      `${L.out}: ${showDay(out)}   ${L.back}: ${showDay(back)} ${L.closing}`,
      "",
      ...items.map((i) => cols(`${i.q} x ${i.d} · ${days} ${L.day}`, bareAmt(cents(i.q * i.p * days), lang), 50)),
      "",
      cols(L.tot, bareAmt(total, lang), 50),
      cols(L.pay, bareAmt(total, lang), 50),
      "",
      L.dep,
      L.note,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "hire-shop-receipt", lang }, r);
  }
  if (k === 2) {
    const s = PETSHOP[lang];
    const L = {
      en: { items: [["Adult dry dog food 12kg", 42.99], ["Clumping cat litter 10L", 8.49], ["Dental chews x10", 4.99], ["Flea spot-on, 3 pipettes", 17.99], ["Meadow hay 1kg", 5.49], ["Tropical fish flakes 100ml", 6.29]] as Item[], sub: "Subtotal", tot: "Total", pay: "Mastercard", d: "Date:", tm: "Time:", stamp: "Loyalty card: stamps", vou: "Voucher: £5 off a £30 spend, valid until", ex: "Refunds within 28 days with this receipt." },
      de: { items: [["Hunde-Trockenfutter Adult 12 kg", 44.99], ["Klumpstreu 10 l", 7.99], ["Kaustangen 10 Stk.", 4.49], ["Spot-on gegen Flöhe, 3 Pip.", 18.99], ["Wiesenheu 1 kg", 4.99], ["Flockenfutter 100 ml", 5.99]] as Item[], sub: "Zwischensumme", tot: "Summe EUR", pay: "Kartenzahlung", d: "Datum:", tm: "Uhrzeit:", stamp: "Stempelkarte: Stempel", vou: "Gutschein 5 € ab 30 € Einkaufswert, einlösbar bis", ex: "Umtausch nur mit Kassenbon." },
      fr: { items: [["Croquettes chien adulte 12 kg", 45.9], ["Litière agglomérante 10 L", 8.9], ["Bâtonnets à mâcher x10", 4.9], ["Pipettes antipuces x3", 19.9], ["Foin de prairie 1 kg", 4.5], ["Nourriture poissons 100 ml", 5.9]] as Item[], sub: "Sous-total", tot: "Total TTC", pay: "CB sans contact", d: "Date :", tm: "Heure :", stamp: "Carte de fidélité : tampons", vou: "Bon de réduction 5 € dès 30 € d'achat, valable jusqu'au", ex: "Échange sous 30 jours sur présentation du ticket." },
      es: { items: [["Pienso perro adulto 12 kg", 39.95], ["Arena aglomerante 10 L", 7.5], ["Snacks dentales x10", 4.25], ["Pipetas antiparasitarias x3", 16.95], ["Heno 1 kg", 4.2], ["Comida peces 100 ml", 5.5]] as Item[], sub: "Subtotal", tot: "Total", pay: "Tarjeta", d: "Fecha:", tm: "Hora:", stamp: "Tarjeta de sellos:", vou: "Vale de 5 € por compras superiores a 30 €, válido hasta el", ex: "Cambios con ticket en 15 días." },
      it: { items: [["Crocchette cane adulto 12 kg", 41.9], ["Lettiera agglomerante 10 L", 7.9], ["Snack dentali x10", 4.5], ["Antiparassitario spot-on x3", 18.5], ["Fieno 1 kg", 4.9], ["Mangime in scaglie 100 ml", 5.5]] as Item[], sub: "Subtotale", tot: "Totale", pay: "Carta", d: "Data:", tm: "Ora:", stamp: "Tessera timbri:", vou: "Buono sconto 5 € su una spesa di 30 €, valido fino al", ex: "Cambi entro 14 giorni con scontrino." },
      nl: { items: [["Hondenbrokken adult 12 kg", 43.99], ["Klontvormende kattenbakvulling 10 l", 7.49], ["Kauwstaafjes 10 st.", 4.29], ["Vlooiendruppels 3 pipetten", 17.49], ["Weidehooi 1 kg", 4.49], ["Visvoer vlokken 100 ml", 5.79]] as Item[], sub: "Subtotaal", tot: "Totaal", pay: "Pinbetaling", d: "Datum:", tm: "Tijd:", stamp: "Spaarkaart: stempels", vou: "Tegoedbon € 5 bij besteding vanaf € 30, geldig t/m", ex: "Ruilen binnen 14 dagen met kassabon." },
    }[lang];
    const items = some(r, L.items, 0.45).map(([d, p]) => ({ d, p, q: p < 10 ? r.int(1, 3) : 1 }));
    const total = sum(items.map((i) => i.q * i.p));
    const vou = monthEnd(addMonths(x, 1));
    const lines = [
      s.name,
      s.addr,
      "",
      ...items.map((i) => cols(i.q > 1 ? `${i.d}  ${i.q} x ${bareAmt(i.p, lang)}` : i.d, bareAmt(cents(i.q * i.p), lang), 44)),
      cols(L.sub, bareAmt(total, lang), 44),
      cols(L.tot, bareAmt(total, lang), 44),
      cols(L.pay, bareAmt(total, lang), 44),
      "",
      `${L.stamp} ${r.int(1, 9)}/10`,
      ...(r.chance(0.6) ? [`${L.vou} ${num(vou, lang)}`] : []),
      L.ex,
      "",
      `${L.d} ${num(x, lang)}`,
      `${L.tm} ${t}:${pad(r.int(0, 59))}   #${r.int(1000, 9999)}/${r.int(1, 4)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "pet-shop-receipt", lang }, r);
  }
  if (k === 3) {
    const s = CINEMA[lang];
    const show = r.chance(0.5) ? x : addDays(x, r.int(1, 9));
    const st = r.pick(["17:30", "19:45", "20:15", "20:30", "21:00"]);
    const sold = show === x ? `${pad(r.int(10, 16))}:${pad(r.int(0, 59))}` : t;
    const L = {
      en: { h: "BOX OFFICE RECEIPT", sold: "Sold", till: "Till", film: r.pick(["The Last Lighthouse (12A)", "Paddington's Big Day Out (U)", "Northern Lights (15)"]), show: "Showing", sc: "Screen", row: "Row", seat: "Seats", items: [["Adult", 12.5], ["Child (under 15)", 9], ["Senior", 10.5]] as Item[], extra: [["Large popcorn", 6.95], ["Soft drink, regular", 3.8]] as Item[], tot: "TOTAL", pay: "Debit card", in: "Doors open 20 minutes before the programme." },
      de: { h: "KASSENBELEG", sold: "Verkauft am", till: "Kasse", film: r.pick(["Die Insel der Wale (FSK 6)", "Kommissar Brenner ermittelt (FSK 12)", "Nordlicht (FSK 16)"]), show: "Vorstellung", sc: "Saal", row: "Reihe", seat: "Platz", items: [["Erwachsene", 11.5], ["Kinder bis 11 J.", 7.5], ["Ermäßigt (Schüler/Stud.)", 9]] as Item[], extra: [["Popcorn groß", 6.5], ["Softdrink 0,5 l", 4.2]] as Item[], tot: "Summe", pay: "girocard", in: "Einlass 30 Minuten vor Beginn. Kein Umtausch." },
      fr: { h: "TICKET DE CAISSE", sold: "Vendu le", till: "Caisse", film: r.pick(["Le Phare des oubliés", "Les Vacances de Lulu", "Aurores boréales"]), show: "Séance", sc: "Salle", row: "Rang", seat: "Places", items: [["Plein tarif", 11.2], ["Moins de 14 ans", 5.5], ["Tarif réduit", 8.9]] as Item[], extra: [["Pop-corn grand", 6.2], ["Boisson 50 cl", 3.9]] as Item[], tot: "Total", pay: "CB", in: "Billets ni repris ni échangés." },
      es: { h: "TICKET TAQUILLA", sold: "Venta", till: "Taquilla", film: r.pick(["El último faro (+12)", "Las vacaciones de Lulú (TP)", "Auroras (+16)"]), show: "Sesión", sc: "Sala", row: "Fila", seat: "Butacas", items: [["Entrada general", 8.9], ["Infantil", 6.5], ["Día del espectador", 5.9]] as Item[], extra: [["Palomitas grandes", 6.4], ["Refresco mediano", 3.9]] as Item[], tot: "Total", pay: "Tarjeta", in: "No se admiten cambios ni devoluciones." },
      it: { h: "DOCUMENTO COMMERCIALE", sold: "Emesso il", till: "Cassa", film: r.pick(["L'ultimo faro", "Le vacanze di Lulù", "Aurora boreale (VM14)"]), show: "Spettacolo", sc: "Sala", row: "Fila", seat: "Posti", items: [["Intero", 9.5], ["Ridotto under 14", 6.5], ["Ridotto over 65", 7]] as Item[], extra: [["Popcorn grande", 6], ["Bibita media", 3.5]] as Item[], tot: "Totale", pay: "Pagamento elettronico", in: "Ingresso in sala 15 minuti prima." },
      nl: { h: "KASSABON", sold: "Verkocht", till: "Kassa", film: r.pick(["De laatste vuurtoren", "Lulu op vakantie", "Noorderlicht (16)"]), show: "Voorstelling", sc: "Zaal", row: "Rij", seat: "Stoel", items: [["Normaal", 12.75], ["Kind t/m 11 jaar", 9.75], ["CJP/student", 10.5]] as Item[], extra: [["Popcorn groot", 5.95], ["Frisdrank medium", 3.75]] as Item[], tot: "Totaal", pay: "PIN", in: "Kaartjes worden niet teruggenomen." },
    }[lang];
    const tickets = some(r, L.items, 0.5).map(([d, p]) => ({ d, p, q: r.int(1, 2) }));
    const snacks = r.chance(0.5) ? some(r, L.extra, 0.5).map(([d, p]) => ({ d, p, q: r.int(1, 2) })) : [];
    const all = [...tickets, ...snacks];
    const total = sum(all.map((i) => i.q * i.p));
    const n = tickets.reduce((a, i) => a + i.q, 0);
    const seat0 = r.int(3, 14);
    const showLine = lang === "en" ? `${wdShort(show, lang)} ${pad(show.d)} ${MONTHS_ABBR.en[show.m - 1]!} ${show.y} ${st}` : `${wdShort(show, lang)} ${num(show, lang)} ${frTime(st, lang)}`;
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      `${L.sold} ${num(x, lang)} ${frTime(sold, lang)}   ${L.till} ${r.int(1, 4)}   #${r.int(10000, 99999)}`,
      "",
      L.film,
      `${L.show}: ${showLine}`,
      `${L.sc} ${r.int(1, 8)} · ${L.row} ${r.int(3, 16)} · ${L.seat} ${Array.from({ length: n }, (_, i) => seat0 + i).join(", ")}`,
      "",
      ...all.map((i) => cols(`${i.q} x ${i.d}`, bareAmt(cents(i.q * i.p), lang), 40)),
      cols(L.tot, bareAmt(total, lang), 40),
      cols(L.pay, bareAmt(total, lang), 40),
      "",
      L.in,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "cinema-box-office-receipt", lang }, r);
  }
  const s = KIOSK[lang];
  const drawDow = { en: r.pick([3, 6]), de: r.pick([3, 6]), fr: r.pick([1, 3, 6]), es: r.pick([4, 6]), it: r.pick([2, 4, 6]), nl: 6 }[lang];
  const draw = nextDow(x, drawDow);
  const lines0 = r.int(2, 6);
  const drawShow = `${wdShort(draw, lang)} ${num(draw, lang)}`;
  const L = {
    en: { items: [["The Times", 2.8], ["Radio Times", 3.8], ["1st class stamps x 4", 6.6], ["Walkers crisps", 1.35], ["Vodafone top-up", 10]] as Item[], lot: `Lotto ${lines0} lines, draw ${drawShow}`, per: 2, tot: "TOTAL", pay: "Cash", chg: "Change" },
    de: { items: [["Schwäbisches Tagblatt", 2.3], ["Die Zeit", 6.8], ["Briefmarken 0,95 x 5", 4.75], ["Kaugummi", 1.2], ["Guthabenkarte 15 €", 15]] as Item[], lot: `Lotto 6aus49, ${lines0} Felder, Ziehung ${drawShow}`, per: 1.2, tot: "SUMME", pay: "Bar", chg: "Zurück" },
    fr: { items: [["La Voix du Nord", 1.5], ["Télé 7 Jours", 1.9], ["Timbres lettre verte x 10", 13.9], ["Paquet de chewing-gum", 1.6], ["Recharge mobile 15 €", 15]] as Item[], lot: `Loto ${lines0} grilles, tirage du ${drawShow}`, per: 2.2, tot: "TOTAL", pay: "Espèces", chg: "Rendu" },
    es: { items: [["La Rioja (diario)", 1.7], ["Pronto", 1.8], ["Sellos nacional x 5", 4.15], ["Chicles", 1.3], ["Recarga móvil 15 €", 15]] as Item[], lot: `La Primitiva, ${lines0} apuestas, sorteo ${drawShow}`, per: 1, tot: "TOTAL", pay: "Efectivo", chg: "Cambio" },
    it: { items: [["Il Resto del Carlino", 1.8], ["Sorrisi e Canzoni TV", 1.5], ["Marca da bollo", 16], ["Gomme da masticare", 1.5], ["Ricarica telefonica", 10]] as Item[], lot: `SuperEnalotto ${lines0} combinazioni, concorso del ${drawShow}`, per: 1, tot: "TOTALE", pay: "Contanti", chg: "Resto" },
    nl: { items: [["De Telegraaf", 3.2], ["Libelle", 4.99], ["Postzegels x 5", 7.3], ["Drop", 1.89], ["Beltegoed € 15", 15]] as Item[], lot: `Lotto ${lines0} kolommen, trekking ${drawShow}`, per: 1.5, tot: "TOTAAL", pay: "Contant", chg: "Wisselgeld" },
  }[lang];
  const items: Item[] = some(r, L.items, 0.4);
  const lot = r.chance(0.75) ? cents(lines0 * L.per) : 0;
  const total = sum([...items.map(([, p]) => p), lot]);
  const cash = r.chance(0.6);
  const given = tendered(total);
  const lines = [
    s.name,
    s.addr,
    "",
    `${num2(x, lang)} ${t}   ${{ en: "TILL", de: "KASSE", fr: "CAISSE", es: "CAJA", it: "CASSA", nl: "KASSA" }[lang]} 1   ${{ en: "TRANS", de: "BON", fr: "TICKET", es: "TICKET", it: "SCONTRINO", nl: "BON" }[lang]} ${r.int(1000, 9999)}`,
    "",
    ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 42)),
    ...(lot ? [cols(L.lot, bareAmt(lot, lang), 42)] : []),
    cols(L.tot, bareAmt(total, lang), 42),
    ...(cash ? [cols(L.pay, bareAmt(given, lang), 42), cols(L.chg, bareAmt(cents(given - total), lang), 42)] : [cols({ en: "Card", de: "Karte", fr: "CB", es: "Tarjeta", it: "Bancomat", nl: "PIN" }[lang], bareAmt(total, lang), 42)]),
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "newsagent-receipt", lang }, r);
};

// ─── Invoices ────────────────────────────────────────────────────────────────────────────────────────────────────

const GARDENER: PerLang<Org> = {
  en: org("Greenacre Garden Maintenance", "The Old Forge, Church Lane, Wymondham NR18 0PQ", "Mark Greenacre, sole trader · not VAT registered", "Wymondham"),
  de: org("Garten- und Landschaftsbau Kröger", "Moorweg 21 · 26131 Oldenburg", "Inh. Hauke Kröger · USt-IdNr. DE 811 402 557", "Oldenburg"),
  fr: org("Les Jardins de Mathis", "Paysagiste · 7 chemin des Vignes, 84000 Avignon", "EI Mathis Roux · SIRET 828 119 660 00014 · Déclaration SAP n° SAP828119660", "Avignon"),
  es: org("Jardinería y Paisajismo El Olivo", "Camino de la Fuensanta 14, 14010 Córdoba", "CIF B-14556902", "Córdoba"),
  it: org("Giardini Verdi di Lucchesi Paolo", "Via della Chiesa XXXII 8, 55100 Lucca", "P.IVA 02455610468 · Regime forfettario L. 190/2014", "Lucca"),
  nl: org("Hoveniersbedrijf Groenrijk", "Zandweg 7, 3454 HB De Meern", "KvK 30188412 · btw NL001932117B44", "De Meern"),
};
const ELECTRIC: PerLang<Org> = {
  en: org("Brightwire Electrical Services", "14 Tanner Street, Lincoln LN5 7BT", "NICEIC Approved Contractor No. 608812 · VAT 294 1187 06", "Lincoln"),
  de: org("Elektro Vogt GmbH", "Elektroinstallation · E-Check · Industriestraße 4 · 31134 Hildesheim", "Amtsgericht Hildesheim HRB 20118 · USt-IdNr. DE 813 557 290", "Hildesheim"),
  fr: org("Électricité Générale Bonnet", "19 avenue Victor Hugo, 26000 Valence", "SARL Bonnet Élec · SIRET 437 992 104 00022 · Qualifelec", "Valence"),
  es: org("Instalaciones Eléctricas Montero", "Polígono La Paz, nave 7, 44195 Teruel", "CIF B-44120557 · Empresa instaladora autorizada n.º 44-0221", "Teruel"),
  it: org("Impianti Elettrici Greco Antonio", "Via Sant'Anna 44, 89128 Reggio Calabria", "P.IVA 02771230803", "Reggio Calabria"),
  nl: org("Elektro Visser Installatietechniek", "Ambachtsweg 12, 1271 AM Huizen", "KvK 32099877 · btw NL001533908B12", "Huizen"),
};
const TUTOR: PerLang<Org> = {
  en: org("Bright Minds Tutoring LLC", "2100 Guadalupe St, Suite 210, Austin, TX 78705", "billing@brightminds.example · (512) 555-0164", "Austin"),
  de: org("Nachhilfe Lernwerk Sommer", "Inh. Dr. Katrin Sommer · Löhrstraße 3 · 56068 Koblenz", "Umsatzsteuerfrei nach § 4 Nr. 21 UStG · St.-Nr. 22/150/41127", "Koblenz"),
  fr: org("Prépa Sciences Cours Particuliers", "5 rue de la Monnaie, 59800 Lille", "SAS Prépa Sciences · SIRET 842 660 118 00011 · Organisme déclaré de services à la personne", "Lille"),
  es: org("Academia Pitágoras", "Calle Uría 40, 1.º, 33003 Oviedo", "Academia Pitágoras S.L. · CIF B-33881045", "Oviedo"),
  it: org("Doposcuola Il Quaderno", "Via Dante Alighieri 17, 70121 Bari", "di Annalisa Caputo · P.IVA 08122470725", "Bari"),
  nl: org("Bijlesinstituut Slim Leren", "Laat 71, 1811 EH Alkmaar", "KvK 37201166", "Alkmaar"),
};
const ITSUP: PerLang<Org> = {
  en: org("Cobalt IT Support Ltd", "Unit 9, Innovation Centre, Rennes Drive, Exeter EX4 4RN", "Company No. 08811204 · VAT 176 3342 19", "Exeter"),
  de: org("Brenner IT-Service", "Kolpingstraße 11 · 97070 Würzburg", "Brenner IT UG (haftungsbeschränkt) · Amtsgericht Würzburg HRB 14412", "Würzburg"),
  fr: org("Infogérance Atlantique", "3 rue du Château d'Eau, 17000 La Rochelle", "SAS au capital de 20 000 € · RCS La Rochelle 853 001 229", "La Rochelle"),
  es: org("Soporte Informático Levante S.L.", "Calle Colón 60, 12001 Castellón de la Plana", "CIF B-12773401 · Inscrita en el R.M. de Castellón, Hoja CS-40122", "Castellón de la Plana"),
  it: org("Neri & Vitale Assistenza Informatica S.n.c.", "Via Guglielmo Marconi 20, 61121 Pesaro", "P.IVA 02611990414", "Pesaro"),
  nl: org("ICT Beheer Noord B.V.", "Zuiderdiep 40, 9711 HG Groningen", "KvK 02099455 · btw NL858001224B01", "Groningen"),
};
const PAINTER: PerLang<Org> = {
  en: org("A. Kowalski Painting & Decorating", "42 Whitley Road, Whitley Bay NE26 2ND", "VAT No. 301 8824 16", "Whitley Bay"),
  de: org("Malermeister Rüdiger Haas", "Maler- und Lackierarbeiten · Blumenstraße 18 · 70182 Stuttgart", "USt-IdNr. DE 145 330 882 · Handwerkskammer Region Stuttgart", "Stuttgart"),
  fr: org("Peinture & Décoration Lemaire", "27 rue des Tanneurs, 80000 Amiens", "SARL Lemaire · SIRET 449 871 002 00027 · Décennale MAAF n° 118 223 440", "Amiens"),
  es: org("Pinturas Gómez e Hijos", "Calle Bailén 33, 18001 Granada", "Pinturas Gómez e Hijos S.L. · CIF B-18449012", "Granada"),
  it: org("Imbiancature Fratelli Costa", "Via Brennero 19, 38122 Trento", "Costa Fratelli S.n.c. · P.IVA 02188340224", "Trento"),
  nl: org("Schildersbedrijf Van Leeuwen", "Industrieweg 8, 8304 AD Emmeloord", "KvK 39044112 · btw NL001420338B01", "Emmeloord"),
};
const OFFICES: PerLang<string[]> = {
  en: ["Hollis & Reed Chartered Surveyors\n3 Cathedral Close, Exeter EX1 1EZ", "Dr S. Malik & Partners (GP surgery)\nHeavitree Road, Exeter EX1 2LD"],
  de: ["Steuerkanzlei Bauer & Partner mbB\nJuliuspromenade 12\n97070 Würzburg", "Zahnarztpraxis Dr. Lena Roth\nSemmelstraße 40\n97070 Würzburg"],
  fr: ["Cabinet d'architecture Leroux\n11 quai Louis Durand\n17000 La Rochelle", "Office notarial Maître Girard\n4 rue du Palais\n17000 La Rochelle"],
  es: ["Gestoría Ruiz Asesores, S.L.\nCalle Mayor 12\n12001 Castellón de la Plana", "Clínica Dental Benlloch\nAvenida del Rey Don Jaime 88\n12001 Castellón de la Plana"],
  it: ["Studio Dentistico Dott. Galli\nVia Rossini 40\n61121 Pesaro", "Studio Commercialista Renzi & Associati\nPiazzale Lazzarini 6\n61121 Pesaro"],
  nl: ["Notariskantoor Van den Berg\nOude Ebbingestraat 22\n9712 HL Groningen", "Tandartspraktijk Noorderplantsoen\nNieuwe Kijk in 't Jatstraat 5\n9712 SB Groningen"],
};

// T2 — invoices of other trades in five kinds, taken in turn: a gardener's (dated visits in a table, green waste
// loads, the next visit planned; the French one with the tax credit's share, the Italian one flat-rate with its
// stamp duty), an electrician's ("Invoice 4412 dated …" in one line, the day of the work, the installation
// certificate issued that day and the next inspection years ahead), a private tutor's monthly invoice (the lessons
// of the month before with weekdays and times; the English one a US tutoring company's in dollars with month-first
// dates), an IT support company's to a small office (headings over values, the period of the month, tickets with
// ISO time stamps, a due date), a painter's (the quote's earlier date, the work from one day to another, the date at
// the top right with the place).
let invTurn = 0;
const invoices: Template = (r, lang) => {
  const k = turn(invTurn++, 5);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = GARDENER[lang];
    const nVis = r.int(1, 3);
    const step = nVis === 3 ? 7 : r.pick([7, 14]);
    const first = addDays(x, -r.int(15, 30));
    const visits = Array.from({ length: nVis }, (_, i) => addDays(first, i * step));
    const nextV = addDays(visits[visits.length - 1]!, r.pick([14, 21, 28]));
    const L = {
      en: { h: "INVOICE", no: "Invoice no.", dt: "Date", head: ["Date", "Work carried out", "Hrs", "£"], jobs: ["Lawn mowed & edged, borders weeded", "Hedge trimmed (front & side)", "Leaves cleared, beds mulched", "Pruning of roses & shrubs"], rate: 28, waste: "Green waste removal, per load", wasteP: 20, vat: 0, vl: "", tot: "TOTAL DUE", nx: "Next visit planned:", pay: "Payment within 14 days by bank transfer: 20-17-68 / 30482291 (ref. your surname)" },
      de: { h: "RECHNUNG", no: "Rechnungs-Nr.", dt: "Rechnungsdatum", head: ["Datum", "Ausgeführte Arbeiten", "Std.", "EUR"], jobs: ["Rasen gemäht, Kanten gestochen", "Hecke geschnitten (Liguster, ca. 30 m)", "Laub entfernt, Beete gemulcht", "Obstbaumschnitt"], rate: 48, waste: "Grünschnittentsorgung je m³", wasteP: 35, vat: 19, vl: "zzgl. 19 % USt.", tot: "Rechnungsbetrag", nx: "Nächster Pflegetermin geplant:", pay: "Zahlbar innerhalb von 14 Tagen ohne Abzug. Lohnanteil nach § 35a EStG: siehe Stunden." },
      fr: { h: "FACTURE", no: "Facture n°", dt: "Date", head: ["Date", "Prestation", "H", "€"], jobs: ["Tonte et finitions", "Taille de haie (thuyas)", "Ramassage des feuilles, paillage", "Taille des rosiers et arbustes"], rate: 35, waste: "Évacuation des déchets verts (forfait)", wasteP: 25, vat: 20, vl: "TVA 20 %", tot: "Net à payer", nx: "Prochain passage prévu le", pay: "Éligible au crédit d'impôt de 50 % (art. 199 sexdecies du CGI) ; une attestation fiscale annuelle vous sera adressée." },
      es: { h: "FACTURA", no: "Factura n.º", dt: "Fecha", head: ["Fecha", "Trabajo realizado", "Horas", "€"], jobs: ["Corte de césped y bordes", "Poda de seto de ciprés", "Limpieza de hojas y acolchado", "Poda de rosales y arbustos"], rate: 25, waste: "Retirada de restos de poda (viaje)", wasteP: 30, vat: 21, vl: "IVA 21 %", tot: "Total factura", nx: "Próxima visita prevista:", pay: "Forma de pago: transferencia a ES66 0182 5722 4102 0150 8822" },
      it: { h: "FATTURA", no: "Fattura n.", dt: "Data", head: ["Data", "Lavori eseguiti", "Ore", "€"], jobs: ["Taglio prato e rifinitura bordi", "Potatura siepe di lauro", "Raccolta foglie e pacciamatura", "Potatura rose e arbusti"], rate: 30, waste: "Smaltimento sfalci (a viaggio)", wasteP: 25, vat: 0, vl: "Operazione senza applicazione dell'IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014", tot: "Totale da pagare", nx: "Prossimo intervento previsto:", pay: "Pagamento a mezzo bonifico: IBAN IT40 S054 2811 1010 0000 0123 456" },
      nl: { h: "FACTUUR", no: "Factuurnummer", dt: "Factuurdatum", head: ["Datum", "Werkzaamheden", "Uren", "€"], jobs: ["Gazon gemaaid en kanten gestoken", "Haag geknipt (liguster)", "Blad geruimd, borders afgedekt", "Snoeiwerk heesters en rozen"], rate: 47.5, waste: "Afvoer groenafval per aanhanger", wasteP: 32.5, vat: 21, vl: "Btw 21%", tot: "Totaal", nx: "Volgend onderhoud gepland:", pay: "Graag binnen 14 dagen overmaken op NL20 RABO 0301 4422 17 o.v.v. het factuurnummer." },
    }[lang];
    const rows = visits.map((v) => ({ v, job: r.pick(L.jobs), h: r.pick([2, 2.5, 3, 4, 5]) }));
    const loads = r.int(0, 2);
    const net = sum([...rows.map((w) => w.h * L.rate), loads * L.wasteP]);
    const vat = cents((net * L.vat) / 100);
    const bollo = lang === "it" && net > 77.47 ? 2 : 0;
    const total = sum([net, vat, bollo]);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h}   ${L.no} ${x.y}-${pad(r.int(1, 250), 3)}   ${L.dt}: ${num(x, lang)}`,
      "",
      `${L.head[0]!.padEnd(12)}${L.head[1]!.padEnd(40)}${L.head[2]!.padStart(5)}${L.head[3]!.padStart(10)}`,
      ...rows.map((w) => `${num(w.v, lang).padEnd(12)}${w.job.padEnd(40)}${dec(w.h, lang, 1).padStart(5)}${bareAmt(w.h * L.rate, lang).padStart(10)}`),
      ...(loads ? [`${"".padEnd(12)}${`${loads} x ${L.waste}`.padEnd(45)}${bareAmt(loads * L.wasteP, lang).padStart(10)}`] : []),
      "",
      ...(L.vat ? [cols(L.vl, bareAmt(vat, lang), 57)] : [L.vl].filter(Boolean)),
      ...(bollo ? [cols("Imposta di bollo assolta", bareAmt(bollo, lang), 57)] : []),
      cols(L.tot, money(total, lang, r), 57),
      ...(lang === "fr" ? [`Montant ouvrant droit au crédit d'impôt : ${bareAmt(total, lang)} €`] : []),
      "",
      `${L.nx} ${lang === "en" ? `${weekday(nextV, lang)} ${ord(nextV.d)} ${MONTHS.en[nextV.m - 1]!}` : num(nextV, lang)}`,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "gardener-invoice", lang }, r, 0.25);
  }
  if (k === 1) {
    const s = ELECTRIC[lang];
    const work = addDays(x, -r.int(0, 12));
    const quote = addDays(work, -r.int(10, 45));
    const nextY = r.pick([4, 5, 10]);
    const nextInsp = addMonths(work, nextY * 12);
    const rate = { en: 20, de: 19, fr: 10, es: 21, it: 10, nl: 21 }[lang];
    const L = {
      en: { h: (n: string, d: string) => `Invoice ${n} dated ${d}`, items: [["Replace consumer unit with 10-way RCBO board", 585], ["Supply & fit double sockets", 85], ["Outside light with PIR sensor", 120], ["Electrical Installation Condition Report", 180], ["Smoke & heat alarms, mains-wired, interlinked", 95]] as Item[], wk: "Work carried out on", quote: "as per our quotation of", cert: "Electrical Installation Certificate issued on completion. Next inspection recommended by", vl: `VAT ${rate}%`, tot: "Amount due", pay: "Terms: 14 days. BACS to Brightwire Electrical Services, 30-96-14 / 11873302." },
      de: { h: (n: string, d: string) => `Rechnung Nr. ${n} vom ${d}`, items: [["Zählerschrank erneuert, inkl. FI/LS-Schalter", 1180], ["Steckdose Aufputz/Unterputz liefern und montieren", 68], ["Außenleuchte mit Bewegungsmelder", 135], ["E-Check nach DIN VDE 0105-100", 165], ["Rauchwarnmelder Funk vernetzt", 79]] as Item[], wk: "Leistungsdatum", quote: "gemäß unserem Angebot vom", cert: "Prüfprotokoll nach DIN VDE 0100-600 übergeben. Nächste Wiederholungsprüfung empfohlen bis", vl: `${rate} % MwSt.`, tot: "Gesamtbetrag", pay: "Zahlbar innerhalb von 10 Tagen. Enthaltene Arbeitskosten i. S. d. § 35a EStG ausgewiesen auf Anfrage." },
      fr: { h: (n: string, d: string) => `Facture n° ${n} du ${d}`, items: [["Remplacement tableau électrique + différentiels 30 mA", 890], ["Fourniture et pose prise double", 72], ["Applique extérieure avec détecteur", 128], ["Diagnostic de l'installation", 150], ["Détecteurs de fumée reliés", 85]] as Item[], wk: "Date d'intervention", quote: "selon devis accepté du", cert: "Attestation de mise en sécurité remise ce jour. Prochain contrôle conseillé avant le", vl: "TVA 10 % (travaux dans un logement de plus de 2 ans)", tot: "Net à payer TTC", pay: "Règlement à réception. Pénalités de retard : 3 fois le taux d'intérêt légal." },
      es: { h: (n: string, d: string) => `Factura n.º ${n} de fecha ${d}`, items: [["Sustitución cuadro general con diferenciales", 640], ["Suministro e instalación de base de enchufe doble", 48], ["Aplique exterior con detector", 95], ["Revisión e informe de la instalación", 120], ["Detectores de humo", 65]] as Item[], wk: "Fecha de los trabajos", quote: "según presupuesto aceptado de", cert: "Certificado de instalación eléctrica (CIE) registrado. Próxima revisión recomendada antes del", vl: "IVA 21 %", tot: "Total factura", pay: "Pago por transferencia a 30 días." },
      it: { h: (n: string, d: string) => `Fattura n. ${n} del ${d}`, items: [["Sostituzione quadro elettrico con differenziali", 720], ["Fornitura e posa presa schuko doppia", 55], ["Applique esterna con sensore", 110], ["Verifica impianto e relazione tecnica", 140], ["Rilevatori di fumo", 70]] as Item[], wk: "Data intervento", quote: "come da preventivo accettato del", cert: "Dichiarazione di conformità (DM 37/2008) rilasciata. Prossima verifica consigliata entro il", vl: "IVA 10% (manutenzione su immobile abitativo)", tot: "Totale fattura", pay: "Pagamento con bonifico per detrazione 50% (art. 16-bis TUIR)." },
      nl: { h: (n: string, d: string) => `Factuur ${n} d.d. ${d}`, items: [["Groepenkast vervangen, 8 groepen + aardlekautomaten", 895], ["Wandcontactdoos dubbel geleverd en gemonteerd", 62], ["Buitenlamp met bewegingsmelder", 115], ["Inspectie elektrische installatie (NEN 8025)", 175], ["Rookmelders gekoppeld", 69]] as Item[], wk: "Uitvoeringsdatum", quote: "conform offerte van", cert: "Opleverrapport verstrekt. Volgende inspectie geadviseerd vóór", vl: "Btw 21%", tot: "Te betalen", pay: "Betaling binnen 14 dagen." },
    }[lang];
    const items = some(r, L.items, 0.4).map(([d, p]) => ({ d, p, q: p < 100 ? r.int(1, 4) : 1 }));
    const net = sum(items.map((i) => i.q * i.p));
    const vat = cents((net * rate) / 100);
    const total = cents(net + vat);
    const no = `${x.y % 100}${pad(r.int(1, 999), 3)}`;
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h(no, lang === "en" || lang === "nl" ? dt(x, lang, r) : num(x, lang)),
      `${L.wk}: ${num(work, lang)} · ${L.quote} ${num(quote, lang)}`,
      "",
      ...items.map((i) => cols(`${i.q} x ${i.d}`, bareAmt(cents(i.q * i.p), lang), 58)),
      cols(L.vl, bareAmt(vat, lang), 58),
      cols(L.tot, money(total, lang, r), 58),
      "",
      `${L.cert} ${lang === "en" ? `${MONTHS.en[nextInsp.m - 1]!} ${nextInsp.y}` : lang === "de" ? `${pad(nextInsp.m)}/${nextInsp.y}` : num(nextInsp, lang)}.`,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "electrician-invoice", lang }, r, 0.25);
  }
  if (k === 2) {
    const s = TUTOR[lang];
    const inv: Day = { y: x.y, m: x.m, d: r.int(1, 7) };
    const mon = addMonths(firstOf(inv), -1);
    const days = r.pick([[2, 4], [1, 3], [3], [5], [1, 4]]);
    const all: Day[] = [];
    for (let d = 1; d <= lastDay(mon.y, mon.m); d++) {
      const dd: Day = { y: mon.y, m: mon.m, d };
      if (days.includes(dow(dd)) && r.chance(0.85)) all.push(dd);
    }
    const lessons = all.length ? all : [{ y: mon.y, m: mon.m, d: 10 }];
    const mins = r.pick([60, 90]);
    const start = r.pick(["15:00", "15:30", "16:00", "16:30", "17:00"]);
    const child = { en: r.pick(["Ethan", "Sophia", "Mason"]), de: r.pick(["Jonas", "Mia", "Felix"]), fr: r.pick(["Hugo", "Léa", "Nathan"]), es: r.pick(["Hugo", "Lucía", "Martín"]), it: r.pick(["Tommaso", "Aurora", "Leonardo"]), nl: r.pick(["Daan", "Tess", "Sem"]) }[lang];
    const subj = { en: r.pick(["Algebra I", "SAT Math prep", "Chemistry"]), de: r.pick(["Mathematik", "Englisch", "Latein"]), fr: r.pick(["Mathématiques", "Physique-chimie", "Anglais"]), es: r.pick(["Matemáticas", "Física y Química", "Inglés"]), it: r.pick(["Matematica", "Latino", "Inglese"]), nl: r.pick(["Wiskunde B", "Natuurkunde", "Frans"]) }[lang];
    if (lang === "en") {
      const rate = r.pick([55, 60, 65]);
      const fee = cents((rate * mins) / 60);
      const reg = r.chance(0.3) ? 25 : 0;
      const total = sum([...lessons.map(() => fee), reg]);
      const due = addDays(inv, 15);
      const endT = mins === 60 ? `${Number(start.slice(0, 2)) - 12 + 1}:${start.slice(3)}` : `${Number(start.slice(0, 2)) - 12 + (start.slice(3) === "30" ? 2 : 1)}:${start.slice(3) === "30" ? "00" : "30"}`;
      const lines = [
        s.name,
        s.addr,
        s.foot,
        "",
        `INVOICE ${inv.y}${pad(inv.m)}-${r.int(100, 999)}`,
        `Date: ${usLong(inv, r)}`,
        `Due: ${usNum(due)}`,
        "",
        "Bill to:",
        bare(person),
        r.pick(["4410 Avenue B, Austin, TX 78751", "1207 W 34th St, Austin, TX 78705", "9800 Great Hills Trl, Apt 1120, Austin, TX 78759"]),
        `Student: ${child} · ${subj} · ${MONTHS.en[mon.m - 1]!} ${mon.y}`,
        "",
        ...lessons.map((d) => cols(`${SHORT_WD.en[dow(d)]!} ${usShort(d)}  ${Number(start.slice(0, 2)) - 12}:${start.slice(3)}–${endT} PM  (${mins} min)`, usd(fee), 56)),
        ...(reg ? [cols("Annual registration fee", usd(reg), 56)] : []),
        cols("TOTAL DUE", usd(total), 56),
        "",
        "Pay online at brightminds.example/pay or by check. Sessions cancelled with less than 24 hours' notice are billed in full.",
      ];
      return scanned({ text: lines.join("\n"), documentDate: isoDay(inv), correspondent: s.name, fields: usTotal(total), kind: "us-tutoring-invoice", lang }, r, 0.1);
    }
    const L = {
      de: { h: "Rechnung", no: "Rechnungsnummer", dt: "Datum", for: `Nachhilfe ${subj} für ${child} im ${MONTHS.de[mon.m - 1]!} ${mon.y}`, rate: 24, unit: "Einzelstunde", tax: "Gemäß § 4 Nr. 21 UStG wird keine Umsatzsteuer berechnet.", tot: "Rechnungsbetrag", pay: "Bitte überweisen Sie den Betrag bis zum", min: "Min." },
      fr: { h: "Facture", no: "N°", dt: "Date", for: `Soutien scolaire en ${subj.toLowerCase()} — ${child} — ${MONTHS.fr[mon.m - 1]!} ${mon.y}`, rate: 32, unit: "Cours à domicile", tax: "TVA non applicable, art. 261-4-4° du CGI. Ouvre droit au crédit d'impôt de 50 %.", tot: "Montant à régler", pay: "À régler avant le", min: "min" },
      es: { h: "Factura", no: "N.º", dt: "Fecha", for: `Clases particulares de ${subj} — alumno/a: ${child} — ${MONTHS.es[mon.m - 1]!} de ${mon.y}`, rate: 18, unit: "Clase individual", tax: "Operación exenta de IVA (art. 20.Uno.10.º Ley 37/1992).", tot: "Total", pay: "Domiciliación bancaria el", min: "min" },
      it: { h: "Fattura", no: "N.", dt: "Data", for: `Lezioni private di ${subj} — studente: ${child} — ${MONTHS.it[mon.m - 1]!} ${mon.y}`, rate: 20, unit: "Lezione individuale", tax: "Operazione esente IVA ai sensi dell'art. 10, n. 20, DPR 633/1972.", tot: "Totale da pagare", pay: "Pagamento entro il", min: "min" },
      nl: { h: "Factuur", no: "Factuurnummer", dt: "Factuurdatum", for: `Bijles ${subj} voor ${child}, ${MONTHS.nl[mon.m - 1]!} ${mon.y}`, rate: 35, unit: "Bijles 1-op-1", tax: "Vrijgesteld van btw (art. 11 lid 1 sub o Wet OB).", tot: "Te betalen", pay: "Graag voldoen vóór", min: "min." },
    }[lang];
    const fee = cents((L.rate * mins) / 60);
    const bollo = lang === "it" && fee * lessons.length > 77.47 ? 2 : 0;
    const total = sum([...lessons.map(() => fee), bollo]);
    const due = addDays(inv, r.pick([10, 14]));
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h}`,
      `${L.no}: ${inv.y}/${pad(r.int(10, 399), 3)}`,
      `${L.dt}: ${dt(inv, lang, r)}`,
      "",
      L.for,
      "",
      ...lessons.map((d) => cols(`${wdShort(d, lang)} ${dayMonth(d, lang)}  ${frTime(start, lang)}  ${L.unit} ${mins} ${L.min}`, bareAmt(fee, lang), 52)),
      ...(bollo ? [cols("Imposta di bollo", bareAmt(bollo, lang), 52)] : []),
      cols(L.tot, money(total, lang, r), 52),
      "",
      L.tax,
      `${L.pay} ${num(due, lang)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(inv), correspondent: s.name, fields: totalOf(total, lang), kind: "tutoring-invoice", lang }, r, 0.2);
  }
  if (k === 3) {
    const s = ITSUP[lang];
    const inv = capDay(workday(addDays(monthEnd(x), r.int(-1, 3))));
    const per = firstOf(x);
    const perEnd = monthEnd(x);
    const due = addDays(inv, r.pick([14, 30]));
    const seats = r.int(3, 12);
    const rate = { en: 20, de: 19, fr: 20, es: 21, it: 22, nl: 21 }[lang];
    const L = {
      en: { h: "TAX INVOICE", heads: ["Invoice date", "Invoice no.", "Account", "Due date"], mng: "Managed support, per workstation", lic: "Microsoft 365 Business Standard licence", hr: "Remote/on-site support outside contract (hrs)", per: "Period", tick: "Tickets", vl: `VAT ${rate}%`, net: "Net", tot: "Total due", pay: "Payable by BACS to 40-52-61 / 21887310.", rates: [45, 10.3, 75] },
      de: { h: "RECHNUNG", heads: ["Rechnungsdatum", "Rechnungsnr.", "Kundennr.", "Fällig am"], mng: "IT-Betreuung pauschal je Arbeitsplatz", lic: "Microsoft 365 Business Standard Lizenz", hr: "Supportleistungen außerhalb Pauschale (Std.)", per: "Leistungszeitraum", tick: "Tickets", vl: `USt. ${rate} %`, net: "Netto", tot: "Gesamtbetrag", pay: "Der Betrag wird per SEPA-Lastschrift zum Fälligkeitsdatum eingezogen.", rates: [39, 11.7, 89] },
      fr: { h: "FACTURE", heads: ["Date de facture", "N° de facture", "Code client", "Échéance"], mng: "Infogérance forfaitaire par poste", lic: "Licence Microsoft 365 Business Standard", hr: "Interventions hors forfait (h)", per: "Période", tick: "Tickets", vl: `TVA ${rate} %`, net: "Total HT", tot: "Total TTC", pay: "Paiement par prélèvement à échéance.", rates: [42, 11.7, 80] },
      es: { h: "FACTURA", heads: ["Fecha factura", "N.º factura", "Cliente", "Vencimiento"], mng: "Mantenimiento informático por puesto", lic: "Licencia Microsoft 365 Empresa Estándar", hr: "Asistencia fuera de contrato (h)", per: "Periodo", tick: "Incidencias", vl: `IVA ${rate} %`, net: "Base imponible", tot: "Total factura", pay: "Recibo domiciliado a su vencimiento.", rates: [35, 11.7, 55] },
      it: { h: "FATTURA", heads: ["Data fattura", "Numero", "Cod. cliente", "Scadenza"], mng: "Assistenza informatica a canone per postazione", lic: "Licenza Microsoft 365 Business Standard", hr: "Interventi extra canone (ore)", per: "Periodo", tick: "Ticket", vl: `IVA ${rate}%`, net: "Imponibile", tot: "Totale documento", pay: "Pagamento: RiBa a scadenza.", rates: [38, 11.7, 60] },
      nl: { h: "FACTUUR", heads: ["Factuurdatum", "Factuurnr.", "Debiteurnr.", "Vervaldatum"], mng: "Beheer per werkplek", lic: "Microsoft 365 Business Standard licentie", hr: "Support buiten contract (uur)", per: "Periode", tick: "Tickets", vl: `Btw ${rate}%`, net: "Subtotaal", tot: "Totaal", pay: "Het bedrag wordt op de vervaldatum automatisch geïncasseerd.", rates: [42, 11.7, 85] },
    }[lang];
    const nT = r.int(0, 3);
    const tickets = Array.from({ length: nT }, () => ({ d: addDays(per, r.int(0, perEnd.d - 1)), t: hm(r, 8, 17), h: r.pick([0.5, 0.75, 1, 1.5, 2]), n: r.int(10000, 99999) })).sort((a, b) => a.d.d - b.d.d);
    const hrs = sum(tickets.map((tk) => tk.h));
    const [mRate, lRate, hRate] = L.rates as [number, number, number];
    const lic = r.chance(0.7) ? seats : 0;
    const net = sum([seats * mRate, lic * lRate, hrs * hRate]);
    const vat = cents((net * rate) / 100);
    const total = cents(net + vat);
    const customer = r.pick(OFFICES[lang]);
    const values = [num(inv, lang), `${x.y}-${r.int(1000, 9999)}`, `K${r.int(100, 999)}`, num(due, lang)];
    const w = 18;
    const lines = [
      s.name,
      s.addr,
      "",
      ...customer.split("\n"),
      "",
      L.h,
      L.heads.map((h) => h.padEnd(w)).join(""),
      values.map((v) => v.padEnd(w)).join(""),
      "",
      `${L.per}: ${num(per, lang)} – ${num(perEnd, lang)}`,
      cols(`${seats} x ${L.mng}`, bareAmt(seats * mRate, lang), 60),
      ...(lic ? [cols(`${lic} x ${L.lic}`, bareAmt(cents(lic * lRate), lang), 60)] : []),
      ...(nT ? [cols(`${dec(hrs, lang)} x ${L.hr}`, bareAmt(cents(hrs * hRate), lang), 60), `  ${L.tick}:`, ...tickets.map((tk) => `  #${tk.n}  ${isoDay(tk.d)} ${tk.t}  ${dec(tk.h, lang)} h`)] : []),
      "",
      cols(L.net, bareAmt(net, lang), 60),
      cols(L.vl, bareAmt(vat, lang), 60),
      cols(L.tot, money(total, lang, r), 60),
      "",
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(inv), correspondent: s.name, fields: totalOf(total, lang), kind: "it-support-invoice", lang }, r, 0.1);
  }
  const s = PAINTER[lang];
  const end = addDays(x, -r.int(1, 12));
  const start = addDays(end, -r.int(0, 4));
  const quote = addDays(start, -r.int(20, 90));
  const L = {
    en: { h: "INVOICE", no: "Invoice no.", q: "Further to our quotation", of: "of", site: "Site: lounge, hallway and landing", per: "Works carried out", to: "to", labour: [["Walls: 2 coats emulsion (m²)", 6.5], ["Ceilings: 2 coats matt white (m²)", 7], ["Doors & frames: satinwood (each)", 65], ["Skirting boards (m)", 4.5]] as Item[], mat: "Materials (Dulux Trade)", vl: "VAT 20%", tot: "TOTAL", pay: "Payment due within 7 days. Thank you for your custom." },
    de: { h: "RECHNUNG", no: "Rechnung Nr.", q: "Gemäß unserem Angebot Nr.", of: "vom", site: "Bauvorhaben: Wohnzimmer, Flur, Treppenhaus", per: "Ausführungszeitraum", to: "bis", labour: [["Wandflächen 2x streichen, Dispersion weiß (m²)", 9.8], ["Deckenflächen streichen (m²)", 11.2], ["Türen inkl. Zargen lackieren (Stk.)", 145], ["Fußleisten lackieren (lfm)", 6.5]] as Item[], mat: "Material (Farben, Abdeckmaterial)", vl: "19 % MwSt.", tot: "Endbetrag", pay: "Zahlbar innerhalb von 8 Tagen netto." },
    fr: { h: "FACTURE", no: "Facture n°", q: "Suivant notre devis n°", of: "du", site: "Chantier : séjour, entrée et couloir", per: "Travaux réalisés du", to: "au", labour: [["Murs : 2 couches acrylique mat (m²)", 18], ["Plafonds : 2 couches (m²)", 21], ["Portes et huisseries laquées (u)", 120], ["Plinthes (ml)", 8]] as Item[], mat: "Fournitures (peintures, protections)", vl: "TVA 10 %", tot: "Net à payer TTC", pay: "Règlement à réception de la facture, par chèque ou virement." },
    es: { h: "FACTURA", no: "Factura n.º", q: "Según presupuesto n.º", of: "de", site: "Obra: salón, pasillo y dormitorio", per: "Trabajos realizados del", to: "al", labour: [["Paredes: dos manos plástico liso (m²)", 7.5], ["Techos: dos manos (m²)", 8.5], ["Puertas lacadas (ud.)", 110], ["Rodapié (ml)", 5]] as Item[], mat: "Material (pintura, cinta, plásticos)", vl: "IVA 21 %", tot: "Total", pay: "Pago al contado o por transferencia." },
    it: { h: "FATTURA", no: "Fattura n.", q: "Come da preventivo n.", of: "del", site: "Cantiere: soggiorno, ingresso e corridoio", per: "Lavori eseguiti dal", to: "al", labour: [["Tinteggiatura pareti due mani (m²)", 8], ["Tinteggiatura soffitti (m²)", 9], ["Verniciatura porte (cad.)", 120], ["Battiscopa (ml)", 5.5]] as Item[], mat: "Materiali (idropittura, nastri, teli)", vl: "IVA 10%", tot: "Totale fattura", pay: "Pagamento a vista fattura." },
    nl: { h: "FACTUUR", no: "Factuurnummer", q: "Conform offerte nr.", of: "van", site: "Project: woonkamer, hal en overloop", per: "Uitgevoerd van", to: "t/m", labour: [["Wanden 2x latex (m²)", 9], ["Plafonds 2x spuitwerk (m²)", 11], ["Deuren en kozijnen lakken (st.)", 135], ["Plinten (m¹)", 6]] as Item[], mat: "Materiaal (verf, afplaktape, stucloper)", vl: "", tot: "Totaal te betalen", pay: "Betaling binnen 14 dagen." },
  }[lang];
  const rows = some(r, L.labour, 0.6).map(([d, p]) => ({ d, p, q: p > 50 ? r.int(1, 6) : r.int(12, 85) }));
  const labour = sum(rows.map((w) => w.q * w.p));
  const mat = cents(r.int(60, 420) + r.pick([0, 0.5, 0.9]));
  const city = s.city;
  let vatLines: string[];
  let total: number;
  if (lang === "nl") {
    const v9 = cents(labour * 0.09);
    const v21 = cents(mat * 0.21);
    vatLines = [cols("Btw 9% over arbeidsloon", bareAmt(v9, lang), 58), cols("Btw 21% over materiaal", bareAmt(v21, lang), 58)];
    total = sum([labour, mat, v9, v21]);
  } else {
    const rate = { en: 20, de: 19, fr: 10, es: 21, it: 10 }[lang];
    const v = cents(((labour + mat) * rate) / 100);
    vatLines = [cols(L.vl, bareAmt(v, lang), 58)];
    total = sum([labour, mat, v]);
  }
  const lines = [
    s.name,
    s.addr,
    "",
    `${" ".repeat(40)}${placeDate(city, x, lang, r)}`,
    bare(person),
    home(r, lang),
    "",
    `${L.h} — ${L.no} ${r.int(100, 999)}/${String(x.y).slice(2)}`,
    `${L.q} ${r.int(10, 99)}-${r.int(100, 999)} ${L.of} ${num(quote, lang)}`,
    L.site,
    `${L.per} ${num(start, lang)} ${L.to} ${num(end, lang)}`,
    "",
    ...rows.map((w) => cols(`${w.d}: ${w.q} x ${bareAmt(w.p, lang)}`, bareAmt(cents(w.q * w.p), lang), 58)),
    cols(L.mat, bareAmt(mat, lang), 58),
    ...vatLines,
    cols(L.tot, money(total, lang, r), 58),
    ...(lang === "de" ? [`Im Rechnungsbetrag enthaltene Lohnkosten (§ 35a EStG): ${bareAmt(cents(labour * 1.19), lang)} €`] : []),
    "",
    L.pay,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "painter-invoice", lang }, r, 0.3);
};

// ─── Bills ───────────────────────────────────────────────────────────────────────────────────────────────────────

const CARSHARE: PerLang<Org> = {
  en: org("CityHop Carshare Inc.", "PO Box 7712, Seattle, WA 98111", "support@cityhop.example · 1-888-555-0172", "Seattle"),
  de: org("Carsharing Südwest eG", "Hauptstraße 55 · 79104 Freiburg im Breisgau", "Genossenschaftsregister Freiburg GnR 700418 · USt-IdNr. DE 142 117 903", "Freiburg im Breisgau"),
  fr: org("AutoPartage Métropole", "24 rue de Gerland, 69007 Lyon", "SCIC AutoPartage Métropole · RCS Lyon 789 331 220", "Lyon"),
  es: org("Muévete Carsharing S.L.", "Calle de Atocha 70, 28012 Madrid", "CIF B-88203417", "Madrid"),
  it: org("CondiviAuto Torino S.r.l.", "Corso Francia 24, 10143 Torino", "P.IVA 11873420016", "Torino"),
  nl: org("DeelAuto Collectief B.V.", "Jaarbeursplein 6, 3521 AL Utrecht", "KvK 68114022 · btw NL857442901B01", "Utrecht"),
};
const CANTEEN: PerLang<Org> = {
  en: org("Fresh Plate School Catering", "Unit 2, Brook Park, Shrewsbury SY2 6LG", "Fresh Plate Catering Ltd · Co. No. 07781236", "Shrewsbury"),
  de: org("Schulcatering Frischetopf GmbH", "Gewerbering 5 · 41372 Niederkrüchten", "Amtsgericht Mönchengladbach HRB 17720", "Niederkrüchten"),
  fr: org("Mairie de Saint-Herblain", "Direction Enfance-Éducation · 2 rue de l'Hôtel de Ville, 44800 Saint-Herblain", "Régie Enfance · www.saint-herblain.example", "Saint-Herblain"),
  es: org("Colegio Santa Teresa de Jesús", "Calle del Carmen 25, 47003 Valladolid", "Centro concertado · CIF R-4700118-J", "Valladolid"),
  it: org("Comune di Monza", "Servizi Educativi — Ufficio Ristorazione Scolastica · Piazza Trento e Trieste, 20900 Monza", "C.F. 02030880153", "Monza"),
  nl: org("Stichting Overblijven De Regenboog", "Schoolstraat 3, 6721 CA Bennekom", "KvK 41055389", "Bennekom"),
};
const WATERCO: PerLang<Org> = {
  en: org("AquaPure Water Coolers Ltd", "Unit 12, Westmead Industrial Estate, Swindon SN5 7YT", "Co. No. 05512098 · VAT 871 2033 46", "Swindon"),
  de: org("Kaffee- und Wasserservice Bohnenkraft GmbH", "Am Neumarkt 9 · 22041 Hamburg", "Amtsgericht Hamburg HRB 118330 · USt-IdNr. DE 301 774 560", "Hamburg"),
  fr: org("Fontaines Eau Claire Services", "ZI des Paluds, 160 avenue du Millet, 13400 Aubagne", "SAS · RCS Marseille 509 118 224", "Aubagne"),
  es: org("Aguas Manantial Serranía S.L.", "Polígono El Oliveral, calle H 12, 46394 Riba-roja de Túria", "CIF B-97441203", "Riba-roja de Túria"),
  it: org("Acqua & Caffè Ufficio S.r.l.", "Via dell'Artigianato 7, 24068 Seriate (BG)", "P.IVA 03990110165 · REA BG-431122", "Seriate"),
  nl: org("Koffie & Water Service Holland B.V.", "Edisonstraat 30, 7006 RD Doetinchem", "KvK 09177650 · btw NL818220334B01", "Doetinchem"),
};
const GREENBIN: PerLang<Org> = {
  en: org("Avonvale District Council", "Waste & Recycling Services, Civic Centre, Queen Elizabeth Drive, Pershore WR10 1PT", "www.avonvale.gov.example · 01386 565 000", "Pershore"),
  de: org("Abfallwirtschaftsbetrieb Landkreis Nahetal", "Anstalt des öffentlichen Rechts · Schloßallee 2 · 55756 Herrstein", "Gläubiger-ID DE44AWB00000112233", "Herrstein"),
  fr: org("Communauté de communes Cœur de Loire", "Service Déchets ménagers · 2 rue des Écoles, 45600 Sully-sur-Loire", "SIRET 200 070 175 00016", "Sully-sur-Loire"),
  es: org("Mancomunidad de Servicios Sierra Norte", "Plaza de España 1, 28740 Rascafría", "NIF P-2800017-C", "Rascafría"),
  it: org("Comune di Castelfranco Veneto", "Settore Ambiente · Via F. M. Preti 36, 31033 Castelfranco Veneto (TV)", "C.F. 00481880268", "Castelfranco Veneto"),
  nl: org("Afvalservice Rivierenland N.V.", "Nieuwe Steenstraat 9, 4003 BN Tiel", "KvK 11052218", "Tiel"),
};

// T3 — bills in four kinds, taken in turn: a car-sharing club's monthly invoice (the month before as the billing
// period, dated trips with start and end times, the debit day ahead; the English one a US club's in dollars with
// month-first dates and two taxes), school meals (the month's meals, absences without a year, a credit carried
// forward, a pay-by day; a French town hall's, an Italian town's pagoPA notice, a Dutch lunchtime club's), an
// office water and coffee service's invoice to a small office (the quarter's rental ahead, deliveries with their
// notes' dates, bottle deposits, a sanitising visit), a garden waste bin subscription from a council or a waste
// authority (the season, the first collection, the collection weekday, quarterly instalments in Germany).
let billTurn = 0;
const bills: Template = (r, lang) => {
  const k = turn(billTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  const x0 = randomDay(r);
  if (k === 0) {
    const s = CARSHARE[lang];
    const x: Day = { y: x0.y, m: x0.m, d: r.int(1, 6) };
    const per = addMonths(x, -1);
    const p0 = firstOf(per);
    const p1 = monthEnd(per);
    const nTrips = r.int(1, 5);
    const trips = Array.from({ length: nTrips }, () => {
      const d = addDays(p0, r.int(0, p1.d - 1));
      const h0 = r.int(7, 19);
      const m0 = r.int(0, 59);
      const mins = r.pick([45, 90, 150, 240, 330, 480, 1440]);
      const endAbs = h0 * 60 + m0 + mins;
      const d1 = addDays(d, Math.floor(endAbs / 1440));
      const t1 = `${pad(Math.floor((endAbs % 1440) / 60))}:${pad(endAbs % 60)}`;
      return { d, t0: `${pad(h0)}:${pad(m0)}`, d1, t1, mins, km: r.int(6, 220) };
    }).sort((a, b) => a.d.d - b.d.d);
    if (lang === "en") {
      const hr = 12.5;
      const mile = 0.45;
      const rows = trips.map((tp) => {
        const mi = Math.round(tp.km * 0.62);
        const time = cents(Math.min(tp.mins / 60, 9) * hr);
        const over = Math.max(0, mi - 180);
        return { ...tp, mi, time, over, amt: cents(time + over * mile) };
      });
      const plan = 9;
      const sub = sum([plan, ...rows.map((w) => w.amt)]);
      const t1 = cents(sub * 0.059);
      const t2 = cents(sub * 0.1035);
      const total = sum([sub, t1, t2]);
      const ampm = (t: string) => {
        const h = Number(t.slice(0, 2));
        return `${h % 12 === 0 ? 12 : h % 12}:${t.slice(3)} ${h < 12 ? "AM" : "PM"}`;
      };
      const lines = [
        s.name,
        s.addr,
        "",
        `Member: ${bare(person).replace(/^Dr /, "")} · Member ID ${r.int(1000000, 9999999)}`,
        `Invoice date: ${usLong(x, r)}`,
        `Billing period: ${usNum(p0)} - ${usNum(p1)}`,
        "",
        "TRIPS",
        ...rows.map((w) => `${usNum(w.d)} ${ampm(w.t0)} – ${usNum(w.d1)} ${ampm(w.t1)}  ${r.pick(["Toyota Prius", "Honda Civic", "Ford Escape"])}  ${w.mi} mi  ${usd(w.amt)}`),
        "",
        cols("Monthly plan (Occasional Driver)", usd(plan), 50),
        cols("Trips subtotal", usd(sum(rows.map((w) => w.amt))), 50),
        cols("WA rental car tax (5.9%)", usd(t1), 50),
        cols("Sales tax (10.35%)", usd(t2), 50),
        cols("Total charged", usd(total), 50),
        "",
        `Charged to Visa ending ${r.int(1000, 9999)} on ${usNum(x)}. Questions? Reply within 60 days of the invoice date.`,
      ];
      return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-carshare-invoice", lang }, r, 0.05);
    }
    const L = {
      de: { h: "Rechnung", no: "Rechnungsnummer", dt: "Rechnungsdatum", per: "Abrechnungszeitraum", head: "Fahrt Beginn          Ende                km", hRate: 2.9, kRate: 0.29, perMin: false, fee: "Monatsbeitrag", feeP: 5, vat: "Im Gesamtbetrag sind 19 % MwSt. enthalten:", vatR: 19, tot: "Gesamtbetrag", deb: "Der Betrag wird am {d} von Ihrem Konto abgebucht." },
      fr: { h: "Facture", no: "N° de facture", dt: "Date de facture", per: "Période", head: "Départ               Retour              km", hRate: 2.5, kRate: 0.35, perMin: false, fee: "Abonnement mensuel", feeP: 8, vat: "Dont TVA 20 % :", vatR: 20, tot: "Total TTC", deb: "Prélèvement SEPA le {d}." },
      es: { h: "Factura", no: "N.º de factura", dt: "Fecha de emisión", per: "Periodo de facturación", head: "Inicio               Fin                 km", hRate: 0.26, kRate: 0, perMin: true, fee: "Cuota mensual", feeP: 0, vat: "IVA 21 % incluido:", vatR: 21, tot: "Total", deb: "Cargo en su tarjeta el {d}." },
      it: { h: "Fattura", no: "Fattura n.", dt: "Data fattura", per: "Periodo di riferimento", head: "Inizio noleggio      Fine                km", hRate: 0.29, kRate: 0, perMin: true, fee: "Canone mensile", feeP: 0, vat: "di cui IVA 22%:", vatR: 22, tot: "Totale", deb: "Addebito sulla carta registrata il {d}." },
      nl: { h: "Factuur", no: "Factuurnummer", dt: "Factuurdatum", per: "Periode", head: "Start                Einde               km", hRate: 4.5, kRate: 0.3, perMin: false, fee: "Abonnement", feeP: 9.99, vat: "Waarvan btw 21%:", vatR: 21, tot: "Totaal", deb: "Wij schrijven het bedrag rond {d} af van uw rekening." },
    }[lang];
    const rows = trips.map((tp) => {
      const time = L.perMin ? cents(Math.min(tp.mins, 720) * L.hRate) : cents(Math.min(tp.mins / 60, 10) * L.hRate);
      const kmC = cents(tp.km * L.kRate);
      return { ...tp, amt: cents(time + kmC) };
    });
    const total = sum([L.feeP, ...rows.map((w) => w.amt)]);
    const vat = cents((total * L.vatR) / (100 + L.vatR));
    const deb = addDays(x, r.int(5, 12));
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h}`,
      cols(`${L.no}:`, `${x.y}${pad(x.m)}-${r.int(10000, 99999)}`, 22),
      cols(`${L.dt}:`, num(x, lang), 22),
      cols(`${L.per}:`, `${num(p0, lang)} – ${num(p1, lang)}`, 22),
      "",
      L.head,
      ...rows.map((w) => `${`${num(w.d, lang)} ${w.t0}`.padEnd(21)}${`${num(w.d1, lang)} ${w.t1}`.padEnd(20)}${String(w.km).padStart(3)}   ${bareAmt(w.amt, lang).padStart(8)}`),
      "",
      ...(L.feeP ? [cols(L.fee, bareAmt(L.feeP, lang), 52)] : []),
      cols(L.tot, money(total, lang, r), 52),
      cols(L.vat, bareAmt(vat, lang), 52),
      "",
      L.deb.replace("{d}", num(deb, lang)),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "carshare-invoice", lang }, r, 0.05);
  }
  if (k === 1) {
    const s = CANTEEN[lang];
    const x: Day = { y: x0.y, m: x0.m === 8 || x0.m === 9 ? 10 : x0.m, d: r.int(2, 12) };
    const mon = addMonths(firstOf(x), -1);
    const schoolDays: Day[] = [];
    const open = { en: [1, 2, 3, 4, 5], de: [1, 2, 3, 4, 5], fr: [1, 2, 4, 5], es: [1, 2, 3, 4, 5], it: [1, 2, 3, 4, 5], nl: [1, 2, 4] }[lang];
    for (let d = 1; d <= lastDay(mon.y, mon.m); d++) {
      const dd: Day = { y: mon.y, m: mon.m, d };
      if (open.includes(dow(dd))) schoolDays.push(dd);
    }
    const holiday = [7, 8, 12].includes(mon.m) ? r.int(8, 14) : r.int(0, 3);
    const eaten = schoolDays.slice(0, Math.max(2, schoolDays.length - holiday));
    const absent = eaten.filter(() => r.chance(0.08));
    const meals = eaten.length - absent.length;
    const child = { en: r.pick(["Oliver", "Amelia", "Noah"]), de: r.pick(["Paul", "Emma", "Ben"]), fr: r.pick(["Louis", "Jade", "Gabriel"]), es: r.pick(["Mateo", "Martina", "Daniel"]), it: r.pick(["Francesco", "Sofia", "Edoardo"]), nl: r.pick(["Luuk", "Julia", "Finn"]) }[lang];
    const L = {
      en: { h: "School meals statement", acc: "Parent account", pupil: "Pupil", cls: "St Anne's C of E Primary, Class 4B", month: "Meals taken in", price: 2.8, abs: "Absences notified", prev: "Credit brought forward", tot: "Amount to pay", by: "Please top up your ParentPay account by", dt: "Statement date" },
      de: { h: "Essensabrechnung", acc: "Kundennummer", pupil: "Kind", cls: "Grundschule am Wiesengrund, Klasse 2b", month: "Essen im", price: 4.1, abs: "Abgemeldet", prev: "Guthaben aus Vormonat", tot: "Zu zahlender Betrag", by: "Der Betrag wird eingezogen am", dt: "Datum" },
      fr: { h: "Facture enfance — restauration scolaire", acc: "N° famille", pupil: "Enfant", cls: "École élémentaire Jean-Moulin, CE1", month: "Repas du mois de", price: 3.45, abs: "Absences justifiées", prev: "Avoir précédent", tot: "Montant à payer", by: "Date limite de paiement :", dt: "Date d'émission" },
      es: { h: "Recibo de comedor escolar", acc: "N.º de familia", pupil: "Alumno/a", cls: "3.º de Primaria B", month: "Menús del mes de", price: 5.2, abs: "Ausencias comunicadas", prev: "Saldo a favor anterior", tot: "Importe a pagar", by: "Se cargará en su cuenta el", dt: "Fecha" },
      it: { h: "Avviso di pagamento — retta refezione scolastica", acc: "Codice utente", pupil: "Alunno/a", cls: "Scuola primaria «G. Rodari», classe 3ª A", month: "Pasti consumati nel mese di", price: 4.3, abs: "Assenze segnalate", prev: "Credito precedente", tot: "Importo da pagare", by: "Scadenza pagamento pagoPA:", dt: "Data emissione" },
      nl: { h: "Factuur tussenschoolse opvang", acc: "Relatienummer", pupil: "Kind", cls: "OBS De Wereldwijzer, groep 5", month: "Overblijfdagen in", price: 3.1, abs: "Afgemeld", prev: "Tegoed vorige periode", tot: "Te betalen", by: "Het bedrag wordt geïncasseerd op of rond", dt: "Factuurdatum" },
    }[lang];
    const gross = cents(meals * L.price);
    const credit = r.chance(0.3) ? cents(Math.min(gross - 1, r.int(100, 1200) / 100)) : 0;
    const total = cents(gross - credit);
    const payBy = addDays(x, r.pick([10, 14, 20]));
    const monName = `${MONTHS[lang][mon.m - 1]!} ${mon.y}`;
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, num(x, lang), 20),
      cols(`${L.acc}:`, `${r.int(10000, 99999)}`, 20),
      cols(`${L.pupil}:`, `${child} — ${L.cls}`, 20),
      "",
      cols(`${L.month} ${monName}: ${meals} x ${bareAmt(L.price, lang)}`, bareAmt(gross, lang), 52),
      ...(absent.length ? [`${L.abs}: ${absent.map((d) => dayMonth(d, lang)).join(", ")}`] : []),
      ...(credit ? [cols(L.prev, `-${bareAmt(credit, lang)}`, 52)] : []),
      cols(L.tot, money(total, lang, r), 52),
      "",
      `${L.by} ${num(payBy, lang)}`,
      ...(lang === "it" ? [`Codice avviso pagoPA ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(10, 99)}`] : []),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "school-meals-bill", lang }, r, 0.15);
  }
  if (k === 2) {
    const s = WATERCO[lang];
    const x = x0;
    const q0 = { y: x.y, m: x.m, d: 1 };
    const q1 = monthEnd(addMonths(q0, 2));
    const nDel = r.int(1, 3);
    const dels = Array.from({ length: nDel }, (_, i) => addDays(x, -7 * (nDel - i) - r.int(0, 3)));
    const customer = { en: ["Fairbairn Accountancy", "Halcyon Dental Practice"], de: ["Ingenieurbüro Lohmann", "Physiotherapie am Hafen"], fr: ["Cabinet d'expertise comptable Vidal", "Agence immobilière Soleil"], es: ["Asesoría Fiscal Navarro", "Estudio de Arquitectura Blasco"], it: ["Studio Notarile Bassi", "Agenzia Viaggi Orizzonti"], nl: ["Administratiekantoor Hoekstra", "Makelaardij Van Dam"] }[lang];
    const L = {
      en: { h: "INVOICE", dt: "Invoice date", no: "Invoice no.", rent: "Cooler rental (bottled), quarter", rentP: 45, bot: "19L spring water bottles, delivery note", botP: 7.95, dep: "Bottle deposit", depP: 6, ret: "Empty bottles returned", san: "Six-monthly sanitisation visit on", sanP: 29, vat: 20, vl: "VAT 20%", tot: "Invoice total", pay: "Due 30 days from invoice date." },
      de: { h: "RECHNUNG", dt: "Rechnungsdatum", no: "Rechnungs-Nr.", rent: "Miete Wasserspender, Quartal", rentP: 54, bot: "Quellwasser 18,9 l, Lieferschein", botP: 8.9, dep: "Flaschenpfand", depP: 7.5, ret: "Leergut zurück", san: "Hygienewartung am", sanP: 35, vat: 19, vl: "19 % USt.", tot: "Rechnungsbetrag", pay: "Zahlbar innerhalb von 14 Tagen ohne Abzug." },
      fr: { h: "FACTURE", dt: "Date", no: "Facture n°", rent: "Location fontaine bonbonne, trimestre", rentP: 51, bot: "Bonbonnes 18,9 L, BL", botP: 8.5, dep: "Consigne bonbonnes", depP: 7, ret: "Consignes reprises", san: "Désinfection de la fontaine le", sanP: 32, vat: 20, vl: "TVA 20 %", tot: "Total TTC", pay: "Paiement à 30 jours date de facture." },
      es: { h: "FACTURA", dt: "Fecha", no: "Factura n.º", rent: "Alquiler dispensador, trimestre", rentP: 42, bot: "Garrafas 18,9 L, albarán", botP: 6.9, dep: "Depósito garrafas", depP: 6, ret: "Garrafas devueltas", san: "Higienización del equipo el", sanP: 25, vat: 21, vl: "IVA 21 %", tot: "Total factura", pay: "Recibo domiciliado a 30 días." },
      it: { h: "FATTURA", dt: "Data", no: "Fattura n.", rent: "Noleggio erogatore a boccione, trimestre", rentP: 48, bot: "Boccioni 18,9 L, DDT", botP: 7.2, dep: "Cauzione boccioni", depP: 6.5, ret: "Vuoti resi", san: "Sanificazione erogatore del", sanP: 30, vat: 22, vl: "IVA 22%", tot: "Totale fattura", pay: "Pagamento: RID a 30 gg d.f." },
      nl: { h: "FACTUUR", dt: "Factuurdatum", no: "Factuurnummer", rent: "Huur waterkoeler, kwartaal", rentP: 49.5, bot: "Bronwater 18,9 l, pakbon", botP: 8.25, dep: "Statiegeld flessen", depP: 7, ret: "Lege flessen retour", san: "Hygiënebeurt op", sanP: 34, vat: 21, vl: "Btw 21%", tot: "Totaal", pay: "Betaling binnen 30 dagen na factuurdatum." },
    }[lang];
    const rows = dels.map((d) => ({ d, q: r.int(2, 8), n: r.int(100000, 999999) }));
    const full = rows.reduce((a, w) => a + w.q, 0);
    const ret = Math.max(0, full - r.int(0, 3));
    const san = r.chance(0.35) ? dels[0]! : null;
    const net = sum([L.rentP, ...rows.map((w) => w.q * L.botP), full * L.depP, -ret * L.depP, san ? L.sanP : 0]);
    const vat = cents((net * L.vat) / 100);
    const total = cents(net + vat);
    const lines = [
      s.name,
      s.addr,
      "",
      r.pick(customer),
      home(r, lang),
      "",
      `${L.h}   ${L.no} ${r.int(300000, 399999)}`,
      `${L.dt}: ${num(x, lang)}`,
      "",
      cols(`${L.rent} ${num(q0, lang)} – ${num(q1, lang)}`, bareAmt(L.rentP, lang), 64),
      ...rows.map((w) => cols(`${w.q} x ${L.bot} ${w.n} (${num(w.d, lang)})`, bareAmt(cents(w.q * L.botP), lang), 64)),
      cols(`${full} x ${L.dep}`, bareAmt(cents(full * L.depP), lang), 64),
      ...(ret ? [cols(`${ret} x ${L.ret}`, `-${bareAmt(cents(ret * L.depP), lang)}`, 64)] : []),
      ...(san ? [cols(`${L.san} ${num(san, lang)}`, bareAmt(L.sanP, lang), 64)] : []),
      cols(L.vl, bareAmt(vat, lang), 64),
      cols(L.tot, money(total, lang, r), 64),
      "",
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "water-cooler-invoice", lang }, r, 0.1);
  }
  const s = GREENBIN[lang];
  const x = x0;
  const bins = r.chance(0.2) ? 2 : 1;
  const cday = { en: 2, de: 4, fr: 1, es: 3, it: 5, nl: 2 }[lang];
  const first = nextDow(addDays(x, r.int(7, 18)), cday);
  const ref = `${r.int(100000, 999999)}`;
  const lines0 = [s.name, s.addr, "", bare(person), home(r, lang), ""];
  if (lang === "en") {
    const sy = x.y;
    const end: Day = { y: sy + 1, m: 3, d: 31 };
    const fee = 55;
    const total = fee * bins;
    const lines = [
      ...lines0,
      `Date: ${dt(x, lang, r)}`,
      `Customer reference: GW${ref}`,
      "",
      `Garden waste collection subscription ${sy}/${String(sy + 1).slice(2)}`,
      "",
      salute(person, lang),
      "",
      `Thank you for subscribing to our garden waste service. Your subscription for ${bins} bin${bins > 1 ? "s" : ""} runs until ${dt(end, lang, r)}.`,
      `Your first collection will be on ${weekday(first, lang)} ${ord(first.d)} ${MONTHS.en[first.m - 1]!} ${first.y}; after that we will empty your brown bin every other ${weekday(first, lang)}. Please put it out by 7am.`,
      `A permit sticker for each bin is enclosed. Bins without a ${sy}/${String(sy + 1).slice(2)} sticker will not be emptied.`,
      "",
      cols(`Subscription, ${bins} x £${fee.toFixed(2)}`, `£${amount(total, "en")}`, 50),
      cols("Amount paid online", `£${amount(total, "en")}`, 50),
      "",
      r.pick(regards.en),
      "Waste & Recycling Services",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "garden-waste-subscription", lang }, r, 0.25);
  }
  if (lang === "de") {
    const year = x.m >= 11 ? x.y + 1 : x.y;
    const fee = 84;
    const total = fee * bins;
    const quarter = cents(total / 4);
    const due = [2, 5, 8, 11].map((m) => ({ y: year, m, d: 15 }));
    const lines = [
      ...lines0,
      cols(`Kassenzeichen: ${ref}`, `Datum: ${num(x, lang)}`, 50),
      "",
      `Gebührenbescheid über die Abfallentsorgungsgebühren ${year} — Biotonne 240 l`,
      "",
      salute(person, lang),
      "",
      `aufgrund der Abfallgebührensatzung setzen wir für das Grundstück ${home(r, lang).split("\n")[0]} folgende Gebühren fest:`,
      "",
      cols(`Biotonne 240 l, 14-tägliche Leerung, ${bins} Stück x ${bareAmt(fee, lang)} €`, `${bareAmt(total, lang)} €`, 60),
      cols(`Jahresgebühr ${year}`, `${bareAmt(total, lang)} €`, 60),
      "",
      `Fällig zu je einem Viertel (${bareAmt(quarter, lang)} €) am ${due.map((d) => num(d, lang)).join(", ")}. Bereits verstrichene Fälligkeiten sind innerhalb eines Monats nach Bekanntgabe dieses Bescheids zu zahlen.`,
      `Die Leerung erfolgt donnerstags im Wechsel mit der Restmülltonne; erste Leerung der neuen Tonne am ${wdShort(first, lang)}, ${num(first, lang)}.`,
      "Die Beträge werden aufgrund des erteilten SEPA-Lastschriftmandats zu den Fälligkeiten eingezogen.",
      "",
      "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.",
      "",
      r.pick(regards.de),
      "Ihr Abfallwirtschaftsbetrieb",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "garden-waste-subscription", lang }, r, 0.25);
  }
  const seasonY = x.m >= 10 ? x.y + 1 : x.y;
  const L = {
    fr: { h: "Facture — abonnement collecte des déchets verts", dt: "Date de facture", no: "Référence", per: "Période d'abonnement : du", to: "au", s0: { m: 3, d: 1 }, s1: { m: 11, d: 30 }, fee: 48, row: "Bac 240 L déchets verts", first: "Première collecte le", freq: "Collecte tous les 15 jours, le", tot: "Montant à payer", pay: "À régler avant le", how: "par TIPI, chèque à l'ordre du Trésor public ou prélèvement." },
    es: { h: "Liquidación — tasa por recogida domiciliaria de restos de poda", dt: "Fecha de emisión", no: "N.º de liquidación", per: "Periodo del servicio: del", to: "al", s0: { m: 1, d: 1 }, s1: { m: 12, d: 31 }, fee: 36, row: "Contenedor de poda 240 L", first: "Primera recogida:", freq: "Recogida quincenal los", tot: "Importe a ingresar", pay: "Plazo de ingreso en período voluntario hasta el", how: "en entidades colaboradoras o en la sede electrónica." },
    it: { h: "Avviso di pagamento — servizio di raccolta del verde a domicilio", dt: "Data emissione", no: "Numero avviso", per: "Periodo di abbonamento: dal", to: "al", s0: { m: 3, d: 1 }, s1: { m: 11, d: 30 }, fee: 40, row: "Bidone carrellato verde 240 L", first: "Primo svuotamento:", freq: "Svuotamento ogni due settimane il", tot: "Importo da pagare", pay: "Scadenza:", how: "tramite pagoPA presso banche, tabaccherie o app IO." },
    nl: { h: "Factuur — abonnement extra groene container", dt: "Factuurdatum", no: "Factuurnummer", per: "Abonnementsperiode:", to: "t/m", s0: { m: 1, d: 1 }, s1: { m: 12, d: 31 }, fee: 39.5, row: "Extra GFT-container 240 liter", first: "Eerste lediging:", freq: "Lediging om de week op", tot: "Te betalen", pay: "Uiterste betaaldatum:", how: "Betaal via iDEAL of maak het bedrag over o.v.v. het factuurnummer." },
  }[lang];
  const p0: Day = { y: seasonY, m: L.s0.m, d: L.s0.d };
  const p1: Day = { y: seasonY, m: L.s1.m, d: L.s1.d };
  const firstC = isoDay(first) < isoDay(p0) ? nextDow(addDays(p0, -1), cday) : first;
  const total = cents(L.fee * bins);
  const payBy = addDays(x, 30);
  const colon = lang === "fr" ? " :" : ":";
  const lines = [
    ...lines0,
    L.h,
    cols(`${L.dt}${colon}`, num(x, lang), 24),
    cols(`${L.no}${colon}`, ref, 24),
    "",
    `${L.per} ${num(p0, lang)} ${L.to} ${num(p1, lang)}`,
    cols(`${bins} x ${L.row}`, bareAmt(total, lang), 56),
    cols(L.tot, money(total, lang, r), 56),
    "",
    `${L.first} ${num(firstC, lang)} · ${L.freq} ${weekday(firstC, lang)}.`,
    `${L.pay} ${dt(payBy, lang, r)} ${L.how}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "garden-waste-subscription", lang }, r, 0.25);
};

// ─── Letters ─────────────────────────────────────────────────────────────────────────────────────────────────────

const refWord: PerLang<string> = { en: "Ref.", de: "Vorgangsnummer", fr: "N/Réf.", es: "N/Ref.", it: "Prot. n.", nl: "Kenmerk" };
const stripWords: PerLang<[string, string]> = { en: ["Customer no.", "Page 1 of 1"], de: ["Kunden-Nr.", "Seite 1 von 1"], fr: ["N° client", "Page 1/1"], es: ["N.º cliente", "Página 1 de 1"], it: ["Cod. cliente", "Pag. 1 di 1"], nl: ["Klantnummer", "Pagina 1 van 1"] };
const rowWords: PerLang<[string, string, string]> = { en: ["Your ref.", "Our ref.", "Date"], de: ["Ihr Zeichen", "Unser Zeichen", "Datum"], fr: ["V/Réf.", "N/Réf.", "Date"], es: ["Su ref.", "Nuestra ref.", "Fecha"], it: ["Vs. rif.", "Ns. rif.", "Data"], nl: ["Uw kenmerk", "Ons kenmerk", "Datum"] };
/**
 * A letter as an organisation prints it, with its date in one of three places: alone at the right under the
 * addressee of a window envelope (with the sender's return line over it), in a strip under the letterhead with the
 * customer number and the page, or at the end of a row of references under the addressee.
 */
function letter(s: Org, person: string, x: Day, lang: Lang, r: Rng, subject: string, body: string[], ref: string, sign: string): string {
  const where = r.int(0, 2);
  const addr = [person, ...home(r, lang).split("\n")];
  const back = `${s.name} · ${s.addr.split(" · ").pop()!}`;
  let head: string[];
  if (where === 0) {
    const d = lang === "en" || lang === "de" || lang === "nl" ? dt(x, lang, r) : placeDate(s.city, x, lang, r);
    head = [back, "", ...addr, "", `${" ".repeat(Math.max(0, 72 - d.length))}${d}`, "", `${refWord[lang]} ${ref}`];
  } else if (where === 1) {
    head = [`${stripWords[lang][0]} ${r.int(1000000, 9999999)} · ${stripWords[lang][1]} · ${dt(x, lang, r)}`, "", ...addr, "", `${refWord[lang]} ${ref}`];
  } else {
    const w = rowWords[lang];
    head = [...addr, "", `${w[0]}: —   ${w[1]}: ${ref}   ${w[2]}: ${dt(x, lang, r)}`];
  }
  const subj = lang === "fr" ? `Objet : ${subject}` : lang === "es" ? `Asunto: ${subject}` : lang === "it" ? `Oggetto: ${subject}` : lang === "nl" ? `Betreft: ${subject}` : subject;
  return [s.name, s.addr, "", ...head, "", subj, "", salute(person, lang), "", ...body, "", r.pick(regards[lang]), "", sign, "", s.foot].join("\n");
}

const SOBANK: PerLang<Org> = {
  en: org("TSB Bank plc", "Henry Duncan House, 120 George Street, Edinburgh EH2 4LH", "Registered in Scotland No. SC95237 · FRN 191240", "Edinburgh"),
  de: org("Sparda-Bank Baden-Württemberg eG", "Am Hauptbahnhof 3 · 70173 Stuttgart", "Genossenschaftsregister Stuttgart GnR 298", "Stuttgart"),
  fr: org("Caisse d'Epargne Bretagne Pays de Loire", "2 place Graslin, 44911 Nantes Cedex 9", "Banque coopérative · RCS Nantes 392 640 090 · ORIAS 07 023 116", "Nantes"),
  es: org("ABANCA Corporación Bancaria, S.A.", "Calle Cantón Claudino Pita 2, 15300 Betanzos", "CIF A-70302039", "Betanzos"),
  it: org("Banca Popolare di Sondrio", "Piazza Garibaldi 16, 23100 Sondrio", "ABI 05696 · Iscritta all'Albo delle Banche n. 842", "Sondrio"),
  nl: org("Triodos Bank N.V.", "Hoofdstraat 10, 3972 LA Driebergen-Rijsenburg", "KvK 30062415", "Driebergen-Rijsenburg"),
};
const LOANCO: PerLang<Org> = {
  en: org("Zopa Bank Limited", "1st Floor, Cottons Centre, Cottons Lane, London SE1 2QG", "Registered in England No. 10627575 · FRN 800542", "London"),
  de: org("TARGOBANK AG", "Kasernenstraße 10 · 40213 Düsseldorf", "Amtsgericht Düsseldorf HRB 83351", "Düsseldorf"),
  fr: org("Cetelem", "BNP Paribas Personal Finance · 1 boulevard Haussmann, 75009 Paris", "SA · RCS Paris 542 097 902 · ORIAS 07 023 128", "Paris"),
  es: org("Cofidis, S.A. Sucursal en España", "Plaza de la Pau s/n, Edificio 7, 08940 Cornellà de Llobregat", "CIF W-0062591-A", "Cornellà de Llobregat"),
  it: org("Findomestic Banca S.p.A.", "Via Jacopo da Diacceto 48, 50123 Firenze", "Iscritta all'Albo delle Banche n. 5396 · P.IVA 03562770481", "Firenze"),
  nl: org("Santander Consumer Finance Benelux B.V.", "Winthontlaan 171, 3526 KV Utrecht", "KvK 30075566 · AFM-vergunning", "Utrecht"),
};
const INVEST: PerLang<Org> = {
  en: org("Hargreaves Lansdown", "One College Square South, Anchor Road, Bristol BS1 5HL", "Hargreaves Lansdown Asset Management Ltd · FRN 115248", "Bristol"),
  de: org("Union Investment Service Bank AG", "Weißfrauenstraße 7 · 60311 Frankfurt am Main", "Amtsgericht Frankfurt am Main HRB 47577", "Frankfurt am Main"),
  fr: org("Amundi Épargne Salariale et Retraite", "91-93 boulevard Pasteur, 75015 Paris", "SA · RCS Paris 433 221 074", "Paris"),
  es: org("Indexa Capital AV, S.A.", "Calle Pedro Teixeira 8, 28020 Madrid", "CIF A-87224070 · CNMV n.º 281", "Madrid"),
  it: org("FinecoBank S.p.A.", "Piazza Durante 11, 20131 Milano", "Albo delle Banche n. 5327 · P.IVA 12962340159", "Milano"),
  nl: org("Meesman Indexbeleggen", "Parklaan 12, 3016 BB Rotterdam", "Meesman Indexbeleggen B.V. · KvK 53110366", "Rotterdam"),
};
const ODBANK: PerLang<Org> = {
  en: org("Metro Bank PLC", "One Southampton Row, London WC1B 5HA", "Registered in England No. 6419578 · FRN 488982", "London"),
  de: org("Postbank", "eine Niederlassung der Deutsche Bank AG · Friedrich-Ebert-Allee 114-126 · 53113 Bonn", "Amtsgericht Frankfurt am Main HRB 30000", "Bonn"),
  fr: org("Société Générale", "Agence de Tours Nationale, 43 rue Nationale, 37000 Tours", "SA · RCS Paris 552 120 222 · ORIAS 07 022 493", "Tours"),
  es: org("Ibercaja Banco, S.A.", "Plaza de Basilio Paraíso 2, 50008 Zaragoza", "CIF A-99319030", "Zaragoza"),
  it: org("Banca Monte dei Paschi di Siena S.p.A.", "Piazza Salimbeni 3, 53100 Siena", "ABI 01030 · P.IVA 01483500524", "Siena"),
  nl: org("ASN Bank", "Postbus 30502, 2500 GM Den Haag", "onderdeel van de Volksbank N.V. · KvK 16062338", "Den Haag"),
};

// T4 — bank, loan and investment letters in four kinds, taken in turn: a standing order confirmed (the instruction
// received a day or two before, the first payment ahead, the last one or until further notice), a personal loan
// offer (valid until a day a month on, the first and last repayments, the total repayable), a fund or share account's
// quarterly statement that prints only the day it is "as at" (labelled with it; the prices' date, dated purchases in
// the quarter), an arranged overdraft's new limit from a day ahead with the review a year on.
let bankTurn = 0;
const bankLetters: Template = (r, lang) => {
  const k = turn(bankTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  const p = (v: number) => money(v, lang, r);
  if (k === 0) {
    const s = SOBANK[lang];
    const got = addDays(x, -r.int(1, 3));
    const day = r.pick([1, 1, 15, 28]);
    let first: Day = { y: x.y, m: x.m, d: day };
    if (isoDay(first) <= isoDay(addDays(x, 2))) first = addMonths(first, 1);
    const last = r.chance(0.4) ? addMonths(first, r.pick([11, 23, 35])) : null;
    const amt = r.pick([350, 425, 650, 780, 95, 120, 50]);
    const payee = { en: "Harlow Property Management, 20-44-91 / 53011842, ref. FLAT2-RENT", de: "Hausverwaltung Engel & Söhne, DE12 6005 0101 0002 1144 87, Miete Whg. 3 OG", fr: "SCI Les Glycines, FR76 1027 8360 0200 0112 2445 091, loyer appt 12", es: "Comunidad de Propietarios Calle Mayor 14, ES21 2080 5801 1011 2233 4455, cuota comunidad", it: "Condominio Via Garibaldi 21, IT02 L051 2316 8000 0000 1122 334, rata condominiale", nl: "Stichting Woonzorg, NL56 INGB 0004 1128 33, huur Prinsengracht 101" }[lang];
    const L = {
      en: { s: "Your new standing order", b: [`We received your instruction on ${dt(got, lang, r)} and have set up the following standing order on your Classic Account ending ${r.int(1000, 9999)}:`, `  Payee: ${payee}`, `  Amount: ${p(amt)} — monthly on the ${ord(day)}`, `  First payment: ${dt(first, lang, r)}`, `  Last payment: ${last ? dt(last, lang, r) : "until you cancel it"}`, "If the payment date falls on a weekend or bank holiday, we will make the payment on the next working day."], sign: "TSB Customer Services" },
      de: { s: "Bestätigung Ihres Dauerauftrags", b: [`Ihren Auftrag vom ${dt(got, lang, r)} haben wir ausgeführt und folgenden Dauerauftrag zu Ihrem Girokonto Nr. ${r.int(100000, 999999)} eingerichtet:`, `  Empfänger: ${payee}`, `  Betrag: ${p(amt)}, monatlich zum ${day}.`, `  Erste Ausführung: ${num(first, lang)}`, `  Letzte Ausführung: ${last ? num(last, lang) : "bis auf Widerruf"}`, "Fällt der Ausführungstag auf einen Samstag, Sonn- oder Feiertag, erfolgt die Ausführung am nächsten Geschäftstag."], sign: "Ihre Sparda-Bank" },
      fr: { s: "Mise en place de votre virement permanent", b: [`Suite à votre demande du ${dt(got, lang, r)}, nous vous confirmons la mise en place du virement permanent suivant au débit de votre compte n° ${r.int(10000000, 99999999)} :`, `  Bénéficiaire : ${payee}`, `  Montant : ${p(amt)}, le ${day === 1 ? "1er" : day} de chaque mois`, `  Première échéance : ${num(first, lang)}`, `  Dernière échéance : ${last ? num(last, lang) : "jusqu'à nouvel ordre"}`], sign: "Votre conseiller" },
      es: { s: "Alta de transferencia periódica", b: [`Conforme a la orden recibida el ${dt(got, lang, r)}, hemos dado de alta la siguiente transferencia periódica con cargo a su cuenta ${r.int(1000, 9999)}:`, `  Beneficiario: ${payee}`, `  Importe: ${p(amt)}, mensual, día ${day}`, `  Primera ejecución: ${num(first, lang)}`, `  Última ejecución: ${last ? num(last, lang) : "indefinida"}`], sign: "ABANCA — Su oficina" },
      it: { s: "Conferma attivazione bonifico periodico", b: [`A seguito della Sua disposizione del ${dt(got, lang, r)}, Le confermiamo l'attivazione del seguente bonifico periodico sul conto corrente n. ${r.int(1000, 9999)}/${r.int(10, 99)}:`, `  Beneficiario: ${payee}`, `  Importo: ${p(amt)}, mensile, il giorno ${day}`, `  Prima esecuzione: ${num(first, lang)}`, `  Ultima esecuzione: ${last ? num(last, lang) : "fino a revoca"}`], sign: "La Filiale" },
      nl: { s: "Bevestiging periodieke overboeking", b: [`Uw opdracht van ${dt(got, lang, r)} hebben wij verwerkt. Vanaf uw betaalrekening wordt de volgende periodieke overboeking uitgevoerd:`, `  Begunstigde: ${payee}`, `  Bedrag: ${p(amt)}, maandelijks op de ${day}e`, `  Eerste overboeking: ${num(first, lang)}`, `  Laatste overboeking: ${last ? num(last, lang) : "tot wederopzegging"}`], sign: "Triodos Bank Klantenservice" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${r.int(100000, 999999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "standing-order-confirmation", lang }, r, 0.25);
  }
  if (k === 1) {
    const s = LOANCO[lang];
    const valid = addDays(x, r.pick([14, 30]));
    const loan = r.pick([3000, 5000, 7500, 10000, 15000]);
    const months = r.pick([24, 36, 48, 60]);
    const apr = r.pick([6.9, 7.4, 8.9, 9.9, 11.9]);
    const i = apr / 100 / 12;
    const inst = cents((loan * i) / (1 - Math.pow(1 + i, -months)));
    const repay = cents(inst * months);
    const first = addMonths(x, 1);
    const last = addMonths(first, months - 1);
    const born0 = born(r, 1960, 2000);
    const aprS = dec(apr, lang, 1);
    const L = {
      en: { s: "Your personal loan offer", b: [`Thank you for your application. We are pleased to offer you a personal loan of ${p(loan)} over ${months} months at ${aprS}% APR (representative). Date of birth on file: ${num(born0, lang)}.`, `Monthly repayment: ${p(inst)}. Total amount repayable: ${p(repay)}.`, `Your first repayment will be taken on or around ${dt(first, lang, r)} and your last on ${dt(last, lang, r)}.`, `This offer is valid until ${dt(valid, lang, r)}. To accept, sign the credit agreement in the app. You have 14 days after signing to withdraw.`], sign: "Zopa Lending Team" },
      de: { s: "Ihr Kreditangebot", b: [`vielen Dank für Ihre Anfrage. Wir bieten Ihnen einen Ratenkredit über ${p(loan)} mit einer Laufzeit von ${months} Monaten an (effektiver Jahreszins ${aprS} %). Geburtsdatum: ${num(born0, lang)}.`, `Monatliche Rate: ${p(inst)} · Gesamtbetrag: ${p(repay)}.`, `Erste Rate am ${num(first, lang)}, letzte Rate am ${num(last, lang)}.`, `Dieses Angebot ist gültig bis zum ${dt(valid, lang, r)}. Sie können Ihre Vertragserklärung innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen.`], sign: "TARGOBANK AG" },
      fr: { s: "Votre offre de crédit personnel", b: [`Nous avons le plaisir de vous adresser une offre de prêt personnel de ${p(loan)} sur ${months} mois, TAEG fixe ${aprS} %. Emprunteur né(e) le ${num(born0, lang)}.`, `Mensualité : ${p(inst)} hors assurance facultative. Montant total dû : ${p(repay)}.`, `Première échéance le ${num(first, lang)}, dernière échéance le ${num(last, lang)}.`, `Offre valable jusqu'au ${dt(valid, lang, r)}. Vous disposez d'un délai de rétractation de 14 jours à compter de l'acceptation.`], sign: "Le Service Clients Cetelem" },
      es: { s: "Su oferta de préstamo personal", b: [`Le ofrecemos un préstamo personal de ${p(loan)} a ${months} meses, TAE ${aprS} %. Fecha de nacimiento del titular: ${num(born0, lang)}.`, `Cuota mensual: ${p(inst)}. Importe total adeudado: ${p(repay)}.`, `Primera cuota: ${num(first, lang)}. Última cuota: ${num(last, lang)}.`, `Oferta vinculante válida hasta el ${dt(valid, lang, r)}. Dispone de 14 días naturales para desistir del contrato.`], sign: "Cofidis — Atención al Cliente" },
      it: { s: "La Sua proposta di prestito personale", b: [`Siamo lieti di proporLe un prestito personale di ${p(loan)} in ${months} mesi, TAEG ${aprS}%. Data di nascita del richiedente: ${num(born0, lang)}.`, `Rata mensile: ${p(inst)}. Importo totale dovuto: ${p(repay)}.`, `Prima rata il ${num(first, lang)}, ultima rata il ${num(last, lang)}.`, `La proposta è valida fino al ${dt(valid, lang, r)}. Diritto di recesso entro 14 giorni dalla conclusione del contratto.`], sign: "Findomestic Banca" },
      nl: { s: "Uw offerte persoonlijke lening", b: [`Graag bieden wij u een persoonlijke lening aan van ${p(loan)} met een looptijd van ${months} maanden, jaarlijks kostenpercentage ${aprS}%. Geboortedatum aanvrager: ${num(born0, lang)}.`, `Maandtermijn: ${p(inst)}. Totaal te betalen bedrag: ${p(repay)}.`, `Eerste termijn op ${num(first, lang)}, laatste termijn op ${num(last, lang)}.`, `Deze offerte is geldig tot en met ${dt(valid, lang, r)}. Na ondertekening heeft u 14 dagen bedenktijd.`], sign: "Santander Consumer Finance" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${r.pick(["PL", "KR", "OF"])}${r.int(1000000, 9999999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "loan-offer-letter", lang }, r, 0.2);
  }
  if (k === 2) {
    const s = INVEST[lang];
    const qe = monthEnd(addMonths(x, -((x.m - 1) % 3) - 1));
    const qs = firstOf(addMonths(qe, -2));
    const px = dow(qe) === 6 ? addDays(qe, -1) : dow(qe) === 0 ? addDays(qe, -2) : qe;
    const funds = {
      en: [["Vanguard FTSE Global All Cap Index Acc", 1.6612], ["Fidelity Index World P Acc", 3.84], ["Legal & General UK 100 Index C Acc", 2.915], ["iShares Corporate Bond Index D Acc", 1.7331]],
      de: [["UniGlobal", 384.21], ["UniRak Nachhaltig", 142.58], ["UniEuroRenta", 61.07], ["UniFavorit: Aktien", 211.44]],
      fr: [["Amundi Label Actions Euro ESR", 28.412], ["Amundi Convictions ESR", 19.887], ["Amundi Label Monétaire ESR", 12.103], ["Amundi Label Équilibre Solidaire ESR", 16.59]],
      es: [["Vanguard Global Stock Index Fund EUR", 41.227], ["Vanguard Emerging Markets Stock Index", 198.31], ["Vanguard Euro Government Bond Index", 151.64], ["iShares Global Aggregate Bond", 10.982]],
      it: [["iShares Core MSCI World UCITS ETF", 98.17], ["Vanguard FTSE All-World UCITS ETF", 126.4], ["Xtrackers II EUR Overnight Rate Swap", 142.83], ["BTP Italia 2028", 100.42]],
      nl: [["Meesman Aandelen Wereldwijd Totaal", 42.7921], ["Meesman Aandelen Verantwoorde Toekomst", 31.2204], ["Meesman Obligaties Wereldwijd", 19.8877], ["Meesman Aandelen Opkomende Markten", 24.018]],
    }[lang] as [string, number][];
    const held = some(r, funds, 0.6).map(([n, pr]) => ({ n, pr: cents(pr * (0.8 + r.next() * 0.4) * 10000) / 10000, u: r.int(20, 4000) / (pr > 50 ? 10 : 1) }));
    const val = (h: { pr: number; u: number }) => cents(h.pr * h.u);
    const totalV = sum(held.map(val));
    const rows = [0, 1, 2].filter(() => r.chance(0.7)).map((i) => ({ d: workday({ ...addMonths(qs, i), d: r.pick([1, 15]) }), a: r.pick([100, 150, 200, 250, 500]) }));
    const L = {
      en: { h: "Quarterly statement", as: "Valuation as at", acc: "Stocks & Shares ISA", head: ["Investment", "Units", "Price (p)", "Value £"], pd: "Prices as at close of business", tot: "Total value", tx: "Transactions this quarter", buy: "Regular saver purchase", note: "Past performance is not a reliable guide to future returns." },
      de: { h: "Depotauszug", as: "Depotbestand per", acc: "UnionDepot", head: ["Fonds", "Anteile", "Rücknahmepreis", "Kurswert EUR"], pd: "Preise vom", tot: "Depotwert gesamt", tx: "Umsätze im Quartal", buy: "Sparplan-Kauf", note: "Dieser Auszug gilt als anerkannt, wenn nicht innerhalb von sechs Wochen widersprochen wird." },
      fr: { h: "Relevé de situation", as: "Situation au", acc: "Plan d'Épargne Entreprise", head: ["Fonds", "Parts", "Valeur liquidative", "Montant €"], pd: "Valeurs liquidatives du", tot: "Total de votre épargne", tx: "Opérations du trimestre", buy: "Versement volontaire", note: "Vos avoirs sont indisponibles pendant 5 ans, sauf cas de déblocage anticipé." },
      es: { h: "Extracto trimestral", as: "Posición a", acc: "Cartera de fondos indexados", head: ["Fondo", "Participaciones", "Valor liquidativo", "Valor €"], pd: "Valores liquidativos a", tot: "Valor total de la cartera", tx: "Movimientos del trimestre", buy: "Aportación periódica", note: "Rentabilidades pasadas no garantizan rentabilidades futuras." },
      it: { h: "Estratto conto titoli", as: "Situazione al", acc: "Dossier titoli", head: ["Titolo", "Quantità", "Prezzo", "Controvalore €"], pd: "Prezzi di chiusura del", tot: "Controvalore complessivo", tx: "Movimenti del trimestre", buy: "Acquisto PAC", note: "Il presente estratto si intende approvato in mancanza di reclamo entro 60 giorni." },
      nl: { h: "Kwartaaloverzicht", as: "Stand per", acc: "Beleggingsrekening", head: ["Fonds", "Participaties", "Koers", "Waarde €"], pd: "Koersen van", tot: "Totale waarde", tx: "Transacties dit kwartaal", buy: "Periodieke inleg", note: "De waarde van uw belegging kan fluctueren." },
    }[lang];
    const asAt = lang === "en" ? `${qe.d} ${MONTHS.en[qe.m - 1]!} ${qe.y}` : num(qe, lang);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h} — ${L.as} ${asAt}`,
      `${L.acc} ${r.int(1000000, 9999999)}`,
      "",
      `${L.head[0]!.padEnd(46)}${L.head[1]!.padStart(16)}${L.head[2]!.padStart(21)}${L.head[3]!.padStart(17)}`,
      ...held.map((h) => `${h.n.padEnd(46)}${dec(h.u, lang, 4).padStart(16)}${dec(h.pr, lang, 4).padStart(21)}${bareAmt(val(h), lang).padStart(17)}`),
      cols(L.tot, bareAmt(totalV, lang), 83),
      `${L.pd} ${num(px, lang)}`,
      "",
      ...(rows.length ? [L.tx, ...rows.map((b) => cols(`${num(b.d, lang)}  ${L.buy}`, bareAmt(b.a, lang), 40))] : []),
      "",
      L.note,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(qe), correspondent: s.name, kind: "investment-statement", lang }, r, 0.05);
  }
  const s = ODBANK[lang];
  const up = r.chance(0.55);
  const eff = addDays(x, up ? r.int(0, 5) : r.int(30, 60));
  const req = addDays(x, -r.int(2, 10));
  const review = addMonths(eff, 12);
  const oldL = r.pick([500, 1000, 1500, 2500]);
  const newL = up ? oldL + r.pick([500, 1000]) : Math.max(250, oldL - r.pick([250, 500]));
  const ear = dec(r.pick([18.9, 21.9, 39.9, 11.25, 9.9]), lang, 2);
  const L = {
    en: { s: "Your arranged overdraft limit", b: [up ? `Further to your request of ${dt(req, lang, r)}, we have increased the arranged overdraft on your current account ending ${r.int(1000, 9999)} from ${p(oldL)} to ${p(newL)} with effect from ${dt(eff, lang, r)}.` : `Following our regular review, we are reducing the arranged overdraft on your current account ending ${r.int(1000, 9999)} from ${p(oldL)} to ${p(newL)}. The new limit will apply from ${dt(eff, lang, r)}.`, `Interest on arranged overdrafts is charged at ${ear}% EAR (variable).`, `We will review your limit again on or around ${dt(review, lang, r)}.`], sign: "Metro Bank" },
    de: { s: "Ihr Dispositionskredit", b: [up ? `wie mit Ihnen am ${num(req, lang)} besprochen, erhöhen wir den Dispositionskredit für Ihr Girokonto Nr. ${r.int(1000000, 9999999)} mit Wirkung vom ${dt(eff, lang, r)} von ${p(oldL)} auf ${p(newL)}.` : `nach Überprüfung Ihrer Kontoführung reduzieren wir den eingeräumten Dispositionskredit Ihres Girokontos Nr. ${r.int(1000000, 9999999)} zum ${dt(eff, lang, r)} von ${p(oldL)} auf ${p(newL)}.`, `Der Sollzinssatz beträgt derzeit ${ear} % p. a. (veränderlich).`, `Die nächste Überprüfung erfolgt voraussichtlich zum ${num(review, lang)}.`], sign: "Ihre Postbank" },
    fr: { s: "Votre autorisation de découvert", b: [up ? `Suite à votre demande du ${dt(req, lang, r)}, nous avons le plaisir de porter le montant de votre autorisation de découvert de ${p(oldL)} à ${p(newL)} à compter du ${dt(eff, lang, r)}.` : `Nous vous informons que le montant de votre autorisation de découvert sera ramené de ${p(oldL)} à ${p(newL)} à compter du ${dt(eff, lang, r)}, soit au terme d'un préavis de 30 jours.`, `Taux débiteur annuel effectif global : ${ear} %.`, `Cette autorisation sera réexaminée le ${num(review, lang)}.`], sign: "Votre agence Société Générale" },
    es: { s: "Límite de descubierto en cuenta", b: [up ? `Atendiendo a su solicitud del ${dt(req, lang, r)}, le comunicamos que el límite de descubierto de su cuenta pasa de ${p(oldL)} a ${p(newL)} con efectos desde el ${dt(eff, lang, r)}.` : `Le informamos de que, con efectos desde el ${dt(eff, lang, r)}, el límite de descubierto de su cuenta se reduce de ${p(oldL)} a ${p(newL)}.`, `TAE del descubierto: ${ear} %.`, `Próxima revisión: ${num(review, lang)}.`], sign: "Ibercaja — Su oficina" },
    it: { s: "Affidamento in conto corrente", b: [up ? `Facendo seguito alla Sua richiesta del ${dt(req, lang, r)}, Le comunichiamo che l'affidamento sul Suo conto corrente è elevato da ${p(oldL)} a ${p(newL)} con decorrenza ${dt(eff, lang, r)}.` : `Le comunichiamo che, con decorrenza ${dt(eff, lang, r)}, l'affidamento sul Suo conto corrente sarà ridotto da ${p(oldL)} a ${p(newL)}, ai sensi dell'art. 118 TUB.`, `TAEG dell'affidamento: ${ear}%.`, `L'affidamento sarà sottoposto a revisione entro il ${num(review, lang)}.`], sign: "La Filiale" },
    nl: { s: "Uw kredietlimiet rood staan", b: [up ? `Naar aanleiding van uw aanvraag van ${dt(req, lang, r)} verhogen wij de limiet voor rood staan op uw betaalrekening per ${dt(eff, lang, r)} van ${p(oldL)} naar ${p(newL)}.` : `Per ${dt(eff, lang, r)} verlagen wij de limiet voor rood staan op uw betaalrekening van ${p(oldL)} naar ${p(newL)}.`, `De debetrente bedraagt ${ear}% op jaarbasis (variabel).`, `Wij beoordelen de limiet opnieuw rond ${num(review, lang)}.`], sign: "ASN Bank" },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${r.int(100000, 999999)}-${r.pick(["DK", "OD", "CR"])}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "overdraft-limit-letter", lang }, r, 0.3);
};

const EMPLOYER: PerLang<Org> = {
  en: org("Pennine Freight Logistics Ltd", "People Team · Calder Park, Denby Dale Road, Wakefield WF2 7AA", "Registered in England No. 03381920", "Wakefield"),
  de: org("Brückner Maschinenbau GmbH & Co. KG", "Personalabteilung · Industriestraße 20 · 73430 Aalen", "Amtsgericht Ulm HRA 501122", "Aalen"),
  fr: org("Groupe Hospitalier Mutualiste de Grenoble", "Direction des Ressources Humaines · 8 rue du Docteur Calmette, 38028 Grenoble Cedex 1", "Mutualité Française Isère · SIRET 780 125 026 00017", "Grenoble"),
  es: org("Transportes Ochoa Logística S.A.", "Departamento de Recursos Humanos · Plataforma Logística PLAZA, Calle Osca 5, 50197 Zaragoza", "CIF A-50331102", "Zaragoza"),
  it: org("Officine Meccaniche Zanardi S.p.A.", "Ufficio del Personale · Viale dell'Industria 3, 36100 Vicenza", "P.IVA 00533220245", "Vicenza"),
  nl: org("Zorggroep De Vlietlanden", "Afdeling HR · Vlietlaan 2, 3131 AB Vlaardingen", "KvK 24300112", "Vlaardingen"),
};
const LANDLORD: PerLang<Org> = {
  en: org("Castlegate Lettings & Property Management", "12 Milsom Street, Bath BA1 1DN", "ARLA Propertymark member · Client money protected by Propertymark CMP", "Bath"),
  de: org("Wohnungsbaugenossenschaft Lindenhof eG", "Meerfeldstraße 40 · 68163 Mannheim", "Genossenschaftsregister Mannheim GnR 400112", "Mannheim"),
  fr: org("Agence Duroc Gestion Immobilière", "10 boulevard Gambetta, 87000 Limoges", "Carte professionnelle G n° CPI 8701 2018 000 031 122 · Garantie GALIAN", "Limoges"),
  es: org("Gestión de Alquileres Ebro S.L.", "Paseo de la Independencia 21, 50001 Zaragoza", "CIF B-50998812", "Zaragoza"),
  it: org("Immobiliare Ferraris S.a.s.", "Corso Vinzaglio 12, 10121 Torino", "P.IVA 07754120018 · REA TO-918822", "Torino"),
  nl: org("Wooncorporatie Rivierzicht", "Havenkade 1, 2984 AA Ridderkerk", "KvK 24112287", "Ridderkerk"),
};
const HOLIDAYCLUB: PerLang<Org> = {
  en: org("Oakfield Primary Academy", "Holiday Club · Oakfield Road, Ipswich IP4 2QH", "Part of the Orwell Learning Trust · Company No. 08812298", "Ipswich"),
  de: org("Offene Ganztagsgrundschule Sonnenhügel", "Ferienbetreuung · Sonnenweg 12 · 33098 Paderborn", "Träger: Caritasverband Paderborn e. V.", "Paderborn"),
  fr: org("Ville de Talence", "Service Enfance — Accueil de loisirs · Rue du Professeur Arnozan, 33400 Talence", "www.talence.example", "Talence"),
  es: org("Colegio Virgen del Carmen", "Campamento urbano de verano · Calle Larga 4, 11402 Jerez de la Frontera", "Centro concertado · CIF R-1100334-F", "Jerez de la Frontera"),
  it: org("Istituto Comprensivo Leonardo da Vinci", "Centro estivo · Via Carducci 9, 47521 Cesena (FC)", "C.F. 90070120401", "Cesena"),
  nl: org("Brede School De Vlinder", "Vakantieopvang · Vlinderweg 2, 3437 NJ Nieuwegein", "Stichting Kinderwerk Nieuwegein · KvK 41188330", "Nieuwegein"),
};

// T5 — letters from employers, landlords and schools in three kinds, taken in turn: parental leave confirmed (the
// request's date, the child's birth or due date, the leave from and to, the return ahead), a landlord's rent
// certificate for a benefits office, an employer or a mortgage lender (the tenancy's start years before, the rent
// paid up to a month's end, the last increase; dated with the place at the foot or at the top), a holiday club or
// summer camp place confirmed (the child's birth date, the registration received, the weeks ahead, the drop-off).
let workTurn = 0;
const workHomeSchool: Template = (r, lang) => {
  const k = turn(workTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = EMPLOYER[lang];
    const req = addDays(x, -r.int(5, 20));
    const already = r.chance(0.5);
    const child = already ? addDays(x, -r.int(10, 90)) : addDays(x, r.int(20, 70));
    const from = already ? addDays(x, r.int(14, 50)) : addDays(child, r.int(56, 70));
    const months = r.pick([2, 4, 6, 12]);
    const to = addDays(addMonths(from, months), -1);
    const back = workday(addDays(to, 1));
    const staff = r.int(10000, 99999);
    const L = {
      en: { s: "Shared parental leave — confirmation of your booking", b: [`Thank you for your notice dated ${dt(req, lang, r)}. ${already ? `Congratulations on the birth of your child on ${dt(child, lang, r)}.` : `We note that your partner's expected week of childbirth begins on ${dt(child, lang, r)}.`}`, `I confirm your period of shared parental leave from ${dt(from, lang, r)} to ${dt(to, lang, r)} inclusive. You are due to return to work on ${dt(back, lang, r)}.`, `Your statutory shared parental pay will be paid through payroll as usual. Employee number: ${staff}.`], sign: "Rachel Hughes\nHR Business Partner" },
      de: { s: "Ihre Elternzeit", b: [`wir bestätigen den Eingang Ihres Antrags auf Elternzeit vom ${dt(req, lang, r)}. ${already ? `Zur Geburt Ihres Kindes am ${num(child, lang)} gratulieren wir herzlich.` : `Der errechnete Geburtstermin ist der ${num(child, lang)}.`}`, `Ihre Elternzeit beginnt am ${dt(from, lang, r)} und endet am ${dt(to, lang, r)}. Ihr erster Arbeitstag danach ist der ${num(back, lang)}.`, `Während der Elternzeit ruht das Arbeitsverhältnis; eine Teilzeittätigkeit bis 32 Wochenstunden ist nach Absprache möglich. Personalnummer ${staff}.`], sign: "i. A. Sabine Roth\nPersonalabteilung" },
      fr: { s: "Congé parental d'éducation", b: [`Nous accusons réception de votre courrier du ${dt(req, lang, r)}. ${already ? `Nous vous adressons nos félicitations pour la naissance de votre enfant le ${num(child, lang)}.` : `La date présumée de l'accouchement est fixée au ${num(child, lang)}.`}`, `Votre congé parental d'éducation à temps plein débutera le ${dt(from, lang, r)} pour se terminer le ${dt(to, lang, r)}. Votre reprise est prévue le ${num(back, lang)}.`, `Matricule : ${staff}.`], sign: "La Directrice des Ressources Humaines" },
      es: { s: "Excedencia por cuidado de hijo", b: [`Hemos recibido su solicitud de fecha ${dt(req, lang, r)}. ${already ? `Le felicitamos por el nacimiento de su hijo/a el ${num(child, lang)}.` : `Consta como fecha prevista de parto el ${num(child, lang)}.`}`, `Le confirmamos la excedencia desde el ${dt(from, lang, r)} hasta el ${dt(to, lang, r)}, ambos inclusive, con reserva de su puesto de trabajo. La reincorporación será el ${num(back, lang)}.`, `N.º de empleado: ${staff}.`], sign: "Dpto. de Recursos Humanos" },
      it: { s: "Congedo parentale", b: [`Facciamo seguito alla Sua domanda del ${dt(req, lang, r)}. ${already ? `Ci congratuliamo per la nascita del Suo bambino/a avvenuta il ${num(child, lang)}.` : `La data presunta del parto è il ${num(child, lang)}.`}`, `Le confermiamo il congedo parentale dal ${dt(from, lang, r)} al ${dt(to, lang, r)}. Il rientro in servizio è previsto per il ${num(back, lang)}.`, `Matricola n. ${staff}. L'indennità sarà anticipata in busta paga secondo le norme INPS.`], sign: "Ufficio del Personale" },
      nl: { s: "Bevestiging ouderschapsverlof", b: [`Wij hebben uw aanvraag van ${dt(req, lang, r)} ontvangen. ${already ? `Van harte gefeliciteerd met de geboorte van uw kind op ${num(child, lang)}.` : `De vermoedelijke bevallingsdatum is ${num(child, lang)}.`}`, `Wij bevestigen uw ouderschapsverlof van ${dt(from, lang, r)} tot en met ${dt(to, lang, r)}. U hervat uw werkzaamheden op ${num(back, lang)}.`, `Personeelsnummer ${staff}.`], sign: "Afdeling HR" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `HR/${staff}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "parental-leave-letter", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = LANDLORD[lang];
    const since = born(r, 2008, x.y - 1);
    const paidTo = monthEnd(addMonths(x, -1));
    const inc = { y: Math.max(since.y + 1, x.y - r.int(0, 2)), m: r.pick([1, 4, 7, 10]), d: 1 };
    const incOk = isoDay(inc) < isoDay(x) && isoDay(inc) > isoDay(since) ? inc : null;
    const rent = { en: r.pick([895, 1150, 1375]), de: r.pick([520, 640, 780]), fr: r.pick([560, 690, 820]), es: r.pick([650, 780, 900]), it: r.pick([580, 700, 850]), nl: r.pick([780, 910, 1050]) }[lang];
    const charges = { en: 0, de: r.pick([160, 210, 240]), fr: r.pick([45, 70, 90]), es: r.pick([0, 40]), it: r.pick([60, 90, 120]), nl: r.pick([35, 60]) }[lang];
    const addr = home(r, lang).replace("\n", ", ");
    const who = bare(person);
    const m = (v: number) => money(v, lang, r);
    const T = {
      en: { h: "TO WHOM IT MAY CONCERN — TENANCY CONFIRMATION", b: [`We confirm that ${who} has been the tenant of ${addr} under an assured shorthold tenancy since ${dt(since, lang, r)}.`, `The current rent is ${m(rent)} per calendar month${incOk ? `, payable since the rent review of ${dt(incOk, lang, r)}` : ""}. Rent has been paid in full and on time; the account is clear up to ${dt(paidTo, lang, r)}.`, "This letter is provided at the tenant's request for the purposes of a mortgage application."], foot: `Date: ${dt(x, lang, r)}`, sign: "Helen Carr MARLA, Lettings Manager", top: false },
      de: { h: "Mietbescheinigung (zur Vorlage bei der Wohngeldbehörde)", b: [`Hiermit bestätigen wir, dass ${who}, wohnhaft ${addr}, seit dem ${num(since, lang)} Mieter/in unserer Genossenschaftswohnung ist.`, `Die monatliche Nutzungsgebühr beträgt ${m(rent)} (Grundmiete) zuzüglich ${m(charges)} Vorauszahlung auf Betriebs- und Heizkosten${incOk ? `, gültig seit der letzten Anpassung zum ${num(incOk, lang)}` : ""}.`, `Die Miete ist bis einschließlich ${MONTHS.de[paidTo.m - 1]!} ${paidTo.y} vollständig bezahlt. Mietrückstände bestehen nicht.`], foot: placeDate(s.city, x, lang, r), sign: "Wohnungsbaugenossenschaft Lindenhof eG\ni. A. T. Weber, Mitgliederbetreuung", top: r.chance(0.5) },
      fr: { h: "ATTESTATION DE LOYER", b: [`Je soussigné, gestionnaire pour le compte du propriétaire, certifie que ${who} occupe depuis le ${num(since, lang)} le logement situé ${addr}.`, `Le loyer mensuel s'élève à ${m(rent)} hors charges, plus ${m(charges)} de provisions sur charges${incOk ? ` (révision IRL au ${num(incOk, lang)})` : ""}.`, `Le locataire est à jour de ses loyers au ${num(paidTo, lang)}.`, "Attestation délivrée pour servir et valoir ce que de droit, notamment auprès de la CAF."], foot: `Fait à ${s.city}, le ${dt(x, lang, r)}`, sign: "Pour l'agence, Nathalie Broussaud", top: false },
      es: { h: "CERTIFICADO DE ARRENDAMIENTO", b: [`D.ª Pilar Lasheras, en representación de Gestión de Alquileres Ebro S.L., CERTIFICA: que ${who} es arrendatario/a de la vivienda sita en ${addr} en virtud de contrato de fecha ${num(since, lang)}.`, `Que la renta mensual vigente asciende a ${m(rent)}${charges ? ` más ${m(charges)} de gastos de comunidad` : ""}${incOk ? `, actualizada conforme al IPC el ${num(incOk, lang)}` : ""}.`, `Que el arrendatario se encuentra al corriente de pago hasta el ${num(paidTo, lang)}.`, "Y para que conste a los efectos oportunos, firmo el presente certificado."], foot: `En ${s.city}, a ${dt(x, lang, r)}`, sign: "Fdo.: Pilar Lasheras", top: false },
      it: { h: "DICHIARAZIONE DEL LOCATORE", b: [`Il sottoscritto, in qualità di amministratore dell'immobile, dichiara che ${who} è conduttore/conduttrice dell'unità immobiliare sita in ${addr} in forza di contratto di locazione decorrente dal ${num(since, lang)}, regolarmente registrato.`, `Il canone mensile è di ${m(rent)}, oltre a ${m(charges)} di oneri accessori${incOk ? ` (aggiornamento ISTAT dal ${num(incOk, lang)})` : ""}.`, `Il conduttore risulta in regola con i pagamenti fino al ${num(paidTo, lang)}.`], foot: `${s.city}, lì ${dt(x, lang, r)}`, sign: "Immobiliare Ferraris S.a.s. — Geom. Paolo Ferraris", top: false },
      nl: { h: "HUURVERKLARING", b: [`Hierbij verklaart Wooncorporatie Rivierzicht dat ${who} sinds ${dt(since, lang, r)} huurder is van de woning ${addr}.`, `De kale huur bedraagt ${m(rent)} per maand, de servicekosten ${m(charges)} per maand${incOk ? ` (laatste huurverhoging per ${num(incOk, lang)})` : ""}.`, `Er is geen huurachterstand; de huur is betaald tot en met ${num(paidTo, lang)}.`, "Deze verklaring is afgegeven ten behoeve van een hypotheekaanvraag."], foot: `${s.city}, ${dt(x, lang, r)}`, sign: "Team Verhuur", top: r.chance(0.5) },
    }[lang];
    const lines = [s.name, s.addr, "", ...(T.top ? [T.foot, ""] : []), T.h, "", ...T.b, "", ...(T.top ? [] : [T.foot, ""]), T.sign, "", s.foot];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "rent-certificate", lang }, r, 0.35);
  }
  const s = HOLIDAYCLUB[lang];
  const kid = born(r, x.y - 11, x.y - 5);
  const reg = addDays(x, -r.int(3, 21));
  const firstW = nextDow(addDays(x, r.int(10, 60)), 1);
  const weeks = r.int(1, 3);
  const child = { en: r.pick(["Isla", "Leo", "Freya"]), de: r.pick(["Hannah", "Elias", "Lina"]), fr: r.pick(["Inès", "Jules", "Manon"]), es: r.pick(["Carmen", "Álvaro", "Vega"]), it: r.pick(["Giulia", "Lorenzo", "Beatrice"]), nl: r.pick(["Noor", "Milan", "Saar"]) }[lang];
  const wk = Array.from({ length: weeks }, (_, i) => addDays(firstW, 7 * i));
  const span = (d: Day) => `${num(d, lang)} – ${num(addDays(d, 4), lang)}`;
  const L = {
    en: { s: `Holiday Club — booking confirmed for ${child}`, b: [`Thank you for your booking form, received on ${dt(reg, lang, r)}. We are pleased to confirm a place for ${child} (date of birth ${num(kid, lang)}) on the following weeks:`, ...wk.map((d) => `  • ${span(d)}`), "Drop-off is between 8:00 and 8:45 at the school's main gate, pick-up by 17:30. Please send a packed lunch, a water bottle and sun cream.", "Fees will be invoiced separately through ParentPay."], sign: "Mrs K. Doyle, Holiday Club Lead" },
    de: { s: `Anmeldebestätigung Ferienbetreuung — ${child}`, b: [`wir haben Ihre Anmeldung vom ${dt(reg, lang, r)} erhalten und bestätigen die Betreuung für ${child} (geb. ${num(kid, lang)}) in folgenden Wochen:`, ...wk.map((d) => `  – ${span(d)}`), "Bringzeit 7:30–9:00 Uhr, Abholung bis 16:00 Uhr. Bitte geben Sie Ihrem Kind ein Frühstück und wetterfeste Kleidung mit.", "Die Elternbeiträge werden gesondert abgerechnet."], sign: "Leitung OGS Sonnenhügel" },
    fr: { s: `Inscription à l'accueil de loisirs — ${child}`, b: [`Votre demande d'inscription du ${dt(reg, lang, r)} a bien été enregistrée. ${child}, né(e) le ${num(kid, lang)}, est inscrit(e) aux semaines suivantes :`, ...wk.map((d) => `  • du ${num(d, lang)} au ${num(addDays(d, 4), lang)}`), "Accueil de 7h30 à 9h00, départ de 16h30 à 18h30. Prévoir une gourde et une casquette.", "La facturation sera établie au quotient familial."], sign: "Le Service Enfance" },
    es: { s: `Confirmación de plaza — campamento urbano (${child})`, b: [`Hemos recibido su inscripción de fecha ${dt(reg, lang, r)}. Confirmamos la plaza de ${child} (fecha de nacimiento: ${num(kid, lang)}) para las semanas:`, ...wk.map((d) => `  • del ${num(d, lang)} al ${num(addDays(d, 4), lang)}`), "Horario de entrada de 8:00 a 9:00 y recogida a las 14:00 (con comedor, a las 15:30). Traer gorra, crema solar y bañador.", "El importe se cargará en la cuenta habitual del colegio."], sign: "La Coordinación del Campamento" },
    it: { s: `Conferma iscrizione al centro estivo — ${child}`, b: [`Abbiamo ricevuto la domanda di iscrizione del ${dt(reg, lang, r)}. Confermiamo il posto per ${child}, nato/a il ${num(kid, lang)}, nelle settimane:`, ...wk.map((d) => `  • dal ${num(d, lang)} al ${num(addDays(d, 4), lang)}`), "Ingresso dalle 7:45 alle 9:00, uscita dalle 16:00 alle 16:30. Portare zainetto con cappellino e borraccia.", "La retta sarà comunicata con avviso pagoPA."], sign: "La Segreteria del Centro Estivo" },
    nl: { s: `Bevestiging vakantieopvang — ${child}`, b: [`Wij hebben uw aanmelding van ${dt(reg, lang, r)} ontvangen. ${child} (geboren ${num(kid, lang)}) is ingedeeld in de volgende weken:`, ...wk.map((d) => `  • ${num(d, lang)} t/m ${num(addDays(d, 4), lang)}`), "Brengen tussen 7.30 en 9.00 uur, ophalen tot 18.00 uur. Graag een lunchpakket en zwemspullen meegeven.", "De kosten worden via de maandfactuur verrekend."], sign: "Team Vakantieopvang" },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${x.y}-${r.int(100, 999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "holiday-club-confirmation", lang }, r, 0.25);
};

const HEALTHINS: PerLang<Org> = {
  en: org("Simplyhealth", "Hambleden House, Waterloo Court, Andover SP10 1LQ", "Simplyhealth Access · Registered in England No. 183035 · FRN 202183", "Andover"),
  de: org("Barmenia Krankenversicherung AG", "Barmenia-Allee 1 · 42119 Wuppertal", "Amtsgericht Wuppertal HRB 25612", "Wuppertal"),
  fr: org("Harmonie Mutuelle", "143 rue Blomet, 75015 Paris", "Mutuelle soumise au livre II du Code de la mutualité · SIREN 538 518 473", "Paris"),
  es: org("Sanitas S.A. de Seguros", "Calle Ribera del Loira 52, 28042 Madrid", "CIF A-28037042", "Madrid"),
  it: org("UniSalute S.p.A.", "Via Larga 8, 40138 Bologna", "Iscritta all'Albo Imprese IVASS n. 1.00084 · P.IVA 03843680376", "Bologna"),
  nl: org("CZ Zorgverzekeringen", "Postbus 90152, 5000 LD Tilburg", "CZ zorgverzekeringen N.V. · KvK 18039839", "Tilburg"),
};
const MOTORINS: PerLang<Org> = {
  en: org("Hastings Direct", "Conquest House, Collington Avenue, Bexhill-on-Sea TN39 3LW", "Hastings Insurance Services Ltd · FRN 311492", "Bexhill-on-Sea"),
  de: org("HUK-COBURG", "Bahnhofsplatz · 96444 Coburg", "HUK-COBURG Allgemeine Versicherung AG · Amtsgericht Coburg HRB 100", "Coburg"),
  fr: org("Matmut", "66 rue de Sotteville, 76100 Rouen", "Société d'assurance mutuelle · Entreprise régie par le Code des assurances", "Rouen"),
  es: org("Línea Directa Aseguradora", "Calle Isaac Newton 7, 28760 Tres Cantos", "Línea Directa Aseguradora, S.A. · CIF A-80871031", "Tres Cantos"),
  it: org("UnipolSai Assicurazioni S.p.A.", "Via Stalingrado 45, 40128 Bologna", "Albo Imprese IVASS n. 1.00006 · P.IVA 00818570012", "Bologna"),
  nl: org("Centraal Beheer", "Postbus 9150, 7300 HZ Apeldoorn", "Centraal Beheer is een handelsnaam van Achmea Schadeverzekeringen N.V.", "Apeldoorn"),
};
const BIKEINS: PerLang<Org> = {
  en: org("Cycleguard Insurance Services", "PO Box 1178, Reading RG1 9JS", "Cycleguard is a trading name of Bikesure Services Ltd · FRN 600418", "Reading"),
  de: org("WERTGARANTIE SE", "Breite Straße 8 · 30159 Hannover", "Amtsgericht Hannover HRB 219208", "Hannover"),
  fr: org("Cyclassur", "Service Souscription · 1 avenue François Mitterrand, 59290 Wasquehal", "Courtier en assurances · ORIAS 07 001 542", "Wasquehal"),
  es: org("Seguros Ruedas Protegidas, S.A.", "Calle Velázquez 50, 28001 Madrid", "CIF A-86771420 · Clave DGSFP C-0812", "Madrid"),
  it: org("Net Insurance S.p.A.", "Via Giuseppe Antonio Guattani 4, 00161 Roma", "Albo Imprese IVASS n. 1.00136 · P.IVA 06130881003", "Roma"),
  nl: org("ENRA Verzekeringen", "Kanaalweg 17, 3526 KL Utrecht", "ENRA Verzekeringen B.V. · KvK 30174330 · AFM 12007412", "Utrecht"),
};

// T6 — insurers' letters in three kinds, taken in turn: a health insurer's or a health cash plan's reimbursement
// statement (the claim received, dated treatments in a table, the payment to the account; the benefit year's end),
// a motor policy's mid-term change (a named driver added from a day and a time, the driver's birth date and licence
// date, the new instalment from the next collection, the renewal ahead), a bicycle policy's schedule (issued on a
// day, cover from and to, the bike's purchase date and frame number, the premium's debit day).
let insTurn = 0;
const insurance: Template = (r, lang) => {
  const k = turn(insTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  const b = born(r, 1955, 1998);
  if (k === 0) {
    const s = HEALTHINS[lang];
    const rec = addDays(x, -r.int(3, 14));
    const pay = addDays(x, r.int(0, 2));
    const n = r.int(1, 3);
    const L = {
      en: { h: "Claim statement", dt: "Statement date", pol: "Policy no.", ph: "Policyholder", bd: "born", rec: "Claim received", head: ["Treatment date", "Provider / benefit", "Claimed", "Paid"], prov: [["Smile Dental Care — dental check-up", 55], ["Specsavers — eye test & glasses", 189], ["Active Physio Ltd — physiotherapy", 48], ["Dr M. Clarke — consultation", 160]] as Item[], share: 1, paid: "Total paid", to: "Paid to your account ending", on: "on", year: "Your benefit year ends on" },
      de: { h: "Leistungsabrechnung", dt: "Datum", pol: "Versicherungsnummer", ph: "Versicherte Person", bd: "geb.", rec: "Ihre Einreichung vom", head: ["Behandlung am", "Leistungserbringer", "Betrag", "Erstattung"], prov: [["Dr. med. K. Jansen — Hausarzt (GOÄ)", 86.43], ["Zahnarztpraxis Dr. Otto — PZR", 110], ["Apotheke am Markt — Arzneimittel", 42.17], ["Physiotherapie Bewegungsraum — KG 6x", 162]] as Item[], share: 0.8, paid: "Erstattungsbetrag", to: "Überweisung auf Ihr Konto mit Endziffern", on: "am", year: "Der tarifliche Selbstbehalt für das Kalenderjahr gilt bis" },
      fr: { h: "Décompte de remboursement", dt: "Date du décompte", pol: "N° adhérent", ph: "Bénéficiaire", bd: "né(e) le", rec: "Demande reçue le", head: ["Date des soins", "Acte / praticien", "Dépense", "Remb. mutuelle"], prov: [["Consultation Dr Lefort (spécialiste)", 60], ["Opticien Krys — verres progressifs", 420], ["Dentiste Dr Nguyen — couronne", 550], ["Ostéopathe M. Ribeiro", 65]] as Item[], share: 0.35, paid: "Total remboursé par la mutuelle", to: "Virement sur votre compte se terminant par", on: "le", year: "Vos forfaits annuels sont réinitialisés le" },
      es: { h: "Liquidación de reembolso", dt: "Fecha", pol: "N.º de póliza", ph: "Asegurado/a", bd: "fecha de nacimiento", rec: "Solicitud recibida el", head: ["Fecha asistencia", "Profesional / centro", "Importe", "Reembolso"], prov: [["Dr. Ortega — consulta traumatología", 90], ["Clínica Dental Arce — limpieza", 60], ["Centro de Fisioterapia Ágil — 5 sesiones", 175], ["Óptica Visión — gafas graduadas", 240]] as Item[], share: 0.8, paid: "Total reembolsado", to: "Transferencia a la cuenta terminada en", on: "el", year: "Su anualidad de póliza finaliza el" },
      it: { h: "Comunicazione di liquidazione", dt: "Data", pol: "Polizza n.", ph: "Assistito", bd: "nato/a il", rec: "Richiesta pervenuta il", head: ["Data prestazione", "Struttura / medico", "Spesa", "Rimborso"], prov: [["Visita cardiologica Dott. Neri", 150], ["Centro Medico San Luca — ecografia", 95], ["Studio Dentistico Bassi — igiene", 80], ["Ottica Galli — lenti", 260]] as Item[], share: 0.8, paid: "Totale liquidato", to: "Bonifico sul conto con IBAN terminante in", on: "il", year: "L'annualità assicurativa termina il" },
      nl: { h: "Declaratieoverzicht", dt: "Datum", pol: "Relatienummer", ph: "Verzekerde", bd: "geboren", rec: "Declaratie ontvangen op", head: ["Datum zorg", "Zorgverlener", "Gedeclareerd", "Vergoed"], prov: [["Fysiotherapie Centrum West — 4 behandelingen", 152], ["Tandartspraktijk De Molen — controle", 58.4], ["Huisartsenpost — consult", 37.2], ["Hans Anders — bril", 225]] as Item[], share: 0.75, paid: "Totaal vergoed", to: "Overgemaakt naar rekening eindigend op", on: "op", year: "Uw eigen risico voor dit jaar loopt tot en met" },
    }[lang];
    const rows = some(r, L.prov, 0.5).slice(0, n).map(([d, p]) => ({ d, p, on: addDays(rec, -r.int(2, 40)), paid: cents(p * L.share) }));
    rows.sort((a1, a2) => (isoDay(a1.on) < isoDay(a2.on) ? -1 : 1));
    const paid = sum(rows.map((w) => w.paid));
    const yearEnd: Day = { y: x.y, m: 12, d: 31 };
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      cols(L.h, `${L.dt}: ${num(x, lang)}`, 50),
      `${L.pol} ${r.int(1000000, 9999999)} · ${L.ph}: ${bare(person)}, ${L.bd} ${num(b, lang)}`,
      `${L.rec} ${num(rec, lang)}`,
      "",
      `${L.head[0]!.padEnd(18)}${L.head[1]!.padEnd(46)}${L.head[2]!.padStart(12)}${L.head[3]!.padStart(14)}`,
      ...rows.map((w) => `${num(w.on, lang).padEnd(18)}${w.d.padEnd(46)}${bareAmt(w.p, lang).padStart(12)}${bareAmt(w.paid, lang).padStart(14)}`),
      "",
      cols(L.paid, money(paid, lang, r), 76),
      `${L.to} ${r.int(1000, 9999)} ${L.on} ${num(pay, lang)}.`,
      `${L.year} ${num(yearEnd, lang)}.`,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "health-reimbursement-statement", lang }, r, 0.1);
  }
  if (k === 1) {
    const s = MOTORINS[lang];
    const phoned = r.chance(0.5);
    const eff = phoned ? addDays(x, -r.int(1, 6)) : addDays(x, r.int(0, 12));
    const effT = slot(r, 0, 18);
    const dBorn = born(r, 2000, 2007);
    const lic0: Day = { y: dBorn.y + r.int(17, 19), m: r.int(1, 12), d: r.int(1, 28) };
    const lic = isoDay(lic0) < isoDay(addDays(x, -30)) ? lic0 : addDays(x, -r.int(30, 300));
    const renew = addMonths(firstOf(x), r.int(2, 10));
    const nextDebit: Day = { ...addMonths(x, 1), d: r.pick([1, 5, 15]) };
    const oldI = r.int(3800, 9500) / 100;
    const newI = cents(oldI + r.int(900, 4200) / 100);
    const driver = { en: r.pick(["Jack Carter", "Sophie Bennett", "Ryan O'Neill"]), de: r.pick(["Lukas Müller", "Anna Krüger", "Tim Wagner"]), fr: r.pick(["Théo Dubois", "Chloé Moreau", "Lucas Laurent"]), es: r.pick(["Pablo García Fernández", "Irene Ruiz Sánchez"]), it: r.pick(["Matteo Bianchi", "Chiara Romano", "Andrea Greco"]), nl: r.pick(["Thijs de Jong", "Fleur Jansen", "Bram van Dijk"]) }[lang];
    const reg = { en: `${r.pick(["LK", "WR", "BD"])}${r.int(15, 24)} ${r.pick(["XHT", "MPR", "ZKA"])}`, de: `${r.pick(["CO", "BA", "KC"])}-${r.pick(["HK", "MW", "TS"])} ${r.int(100, 9999)}`, fr: `${r.pick(["FG", "GK", "EB"])}-${r.int(100, 999)}-${r.pick(["TR", "HX", "LM"])}`, es: `${r.int(1000, 9999)} ${r.pick(["LKM", "KTB", "MHZ"])}`, it: `${r.pick(["GF", "FV", "EZ"])}${r.int(100, 999)}${r.pick(["TK", "RS", "ML"])}`, nl: `${r.pick(["K", "S", "T"])}-${r.int(100, 999)}-${r.pick(["NB", "ZP", "GH"])}` }[lang];
    const p = (v: number) => money(v, lang, r);
    const L = {
      en: { s: "Your policy has been changed", b: [`${phoned ? `As agreed on the phone on ${dt(eff, lang, r)}, we` : "We"} have added ${driver} (date of birth ${num(dBorn, lang)}, full UK licence held since ${num(lic, lang)}) as a named driver on your car insurance for ${reg}.`, `The change takes effect from ${effT} on ${dt(eff, lang, r)}.`, `Your monthly instalment will go up from ${p(oldI)} to ${p(newI)}, starting with the payment we collect on ${dt(nextDebit, lang, r)}.`, `Your policy renews on ${dt(renew, lang, r)}. Please check your updated certificate of motor insurance, enclosed.`], sign: "Hastings Direct Customer Services" },
      de: { s: "Nachtrag zu Ihrem Kfz-Versicherungsvertrag", b: [`${phoned ? `wie am ${num(eff, lang)} telefonisch besprochen, haben` : "wunschgemäß haben"} wir für das Fahrzeug mit dem Kennzeichen ${reg} den Fahrerkreis erweitert: ${driver}, geb. ${num(dBorn, lang)}, Führerschein seit ${num(lic, lang)}.`, `Die Änderung gilt ab ${dt(eff, lang, r)}, ${effT} Uhr.`, `Ihr monatlicher Beitrag ändert sich von ${p(oldI)} auf ${p(newI)}. Der neue Beitrag wird erstmals am ${num(nextDebit, lang)} abgebucht.`, `Hauptfälligkeit Ihres Vertrags bleibt der ${num(renew, lang)}. Ihren aktualisierten Versicherungsschein finden Sie im Kundenportal.`], sign: "Ihre HUK-COBURG" },
      fr: { s: "Avenant à votre contrat automobile", b: [`${phoned ? `Suite à notre entretien téléphonique du ${num(eff, lang)}, nous` : "Nous"} avons ajouté ${driver}, né(e) le ${num(dBorn, lang)}, titulaire du permis B depuis le ${num(lic, lang)}, en qualité de conducteur secondaire du véhicule ${reg}.`, `Cette modification prend effet le ${dt(eff, lang, r)} à ${frTime(effT, lang)}.`, `Votre cotisation mensuelle passe de ${p(oldI)} à ${p(newI)} à compter du prélèvement du ${num(nextDebit, lang)}.`, `Échéance principale du contrat : ${num(renew, lang)}.`], sign: "Votre conseiller Matmut" },
      es: { s: "Suplemento a su póliza de automóvil", b: [`${phoned ? `Según lo acordado por teléfono el ${num(eff, lang)}, hemos` : "Hemos"} incluido como conductor/a ocasional a ${driver}, nacido/a el ${num(dBorn, lang)}, con carné desde el ${num(lic, lang)}, en la póliza del vehículo ${reg}.`, `Fecha de efecto del suplemento: ${dt(eff, lang, r)}, a las ${effT} horas.`, `La cuota mensual pasa de ${p(oldI)} a ${p(newI)} a partir del recibo del ${num(nextDebit, lang)}.`, `Vencimiento anual de la póliza: ${num(renew, lang)}.`], sign: "Línea Directa — Atención al Cliente" },
      it: { s: "Appendice di variazione polizza RCA", b: [`${phoned ? `Come concordato telefonicamente il ${num(eff, lang)}, abbiamo` : "Abbiamo"} inserito tra i conducenti del veicolo targato ${reg} ${driver}, nato/a il ${num(dBorn, lang)}, patente B dal ${num(lic, lang)}.`, `La variazione ha effetto dalle ore ${effT} del ${dt(eff, lang, r)}.`, `La rata mensile passa da ${p(oldI)} a ${p(newI)} a partire dall'addebito del ${num(nextDebit, lang)}.`, `Scadenza annuale della polizza: ${num(renew, lang)}.`], sign: "UnipolSai — Agenzia di riferimento" },
      nl: { s: "Wijziging van uw autoverzekering", b: [`${phoned ? `Zoals telefonisch besproken op ${num(eff, lang)}, hebben` : "Op uw verzoek hebben"} wij ${driver}, geboren ${num(dBorn, lang)}, rijbewijs sinds ${num(lic, lang)}, als regelmatige bestuurder toegevoegd aan de verzekering van de auto met kenteken ${reg}.`, `De wijziging gaat in op ${dt(eff, lang, r)} om ${frTime(effT, lang)} uur.`, `Uw maandpremie wordt ${p(newI)} (was ${p(oldI)}), voor het eerst bij de afschrijving van ${num(nextDebit, lang)}.`, `Uw verzekering wordt verlengd op ${num(renew, lang)}.`], sign: "Centraal Beheer" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${r.pick(["MTA", "POL", "KFZ"])}-${r.int(10000000, 99999999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "motor-policy-change", lang }, r, 0.3);
  }
  const s = BIKEINS[lang];
  const start = addDays(x, r.int(0, 1));
  const end = addDays(addMonths(start, 12), -1);
  const bought = addDays(x, -r.int(0, 120));
  const debit = addDays(start, r.int(3, 14));
  const price = r.pick([649, 899, 1299, 2499, 3199, 4290]);
  const prem = cents(price * r.pick([0.045, 0.06, 0.075]));
  const bike = r.pick(["Cube Kathmandu Hybrid Pro", "Specialized Turbo Vado 4.0", "Brompton P Line", "Gazelle Ultimate C380", "Trek Domane AL 3", "Riese & Müller Charger4"]);
  const L = {
    en: { h: "POLICY SCHEDULE", iss: "Date of issue", pol: "Policy number", ins: "Policyholder", bd: "Date of birth", cov: "Period of insurance", from: "from 00:01 on", to: "to midnight on", bike: "Insured cycle", fr: "Frame number", buy: "Purchased on", val: "Value insured", prem: "Annual premium (incl. IPT)", deb: "First direct debit on or after", note: "Theft cover requires the cycle to be locked to an immovable object with a Sold Secure Gold lock." },
    de: { h: "VERSICHERUNGSSCHEIN", iss: "Ausstellungsdatum", pol: "Vertragsnummer", ins: "Versicherungsnehmer", bd: "Geburtsdatum", cov: "Versicherungsdauer", from: "vom", to: "bis", bike: "Versichertes Fahrrad", fr: "Rahmennummer", buy: "Kaufdatum", val: "Versicherungssumme", prem: "Jahresbeitrag (inkl. 19 % VersSt.)", deb: "Der Beitrag wird abgebucht am", note: "Der Vertrag verlängert sich um ein Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird." },
    fr: { h: "CONDITIONS PARTICULIÈRES", iss: "Date d'émission", pol: "N° de contrat", ins: "Assuré", bd: "Date de naissance", cov: "Période de garantie", from: "du", to: "au", bike: "Vélo assuré", fr: "N° de cadre / Bicycode", buy: "Date d'achat", val: "Valeur garantie", prem: "Cotisation annuelle TTC", deb: "Premier prélèvement le", note: "Garantie vol : antivol homologué FUB 2 roues obligatoire." },
    es: { h: "CONDICIONES PARTICULARES", iss: "Fecha de emisión", pol: "N.º de póliza", ins: "Tomador", bd: "Fecha de nacimiento", cov: "Duración del seguro", from: "desde las 00:00 del", to: "hasta las 24:00 del", bike: "Bicicleta asegurada", fr: "N.º de cuadro", buy: "Fecha de compra", val: "Suma asegurada", prem: "Prima anual total", deb: "Cargo del recibo el", note: "La cobertura de robo exige candado homologado y factura de compra." },
    it: { h: "SCHEDA DI POLIZZA", iss: "Data di emissione", pol: "Polizza n.", ins: "Contraente", bd: "Data di nascita", cov: "Durata", from: "dalle ore 24 del", to: "alle ore 24 del", bike: "Bicicletta assicurata", fr: "N. telaio", buy: "Data di acquisto", val: "Somma assicurata", prem: "Premio annuo lordo", deb: "Addebito SDD il", note: "Copertura furto valida solo con lucchetto omologato." },
    nl: { h: "POLISBLAD", iss: "Datum", pol: "Polisnummer", ins: "Verzekeringnemer", bd: "Geboortedatum", cov: "Looptijd", from: "van", to: "tot en met", bike: "Verzekerde fiets", fr: "Framenummer", buy: "Aankoopdatum", val: "Verzekerde waarde", prem: "Jaarpremie (incl. assurantiebelasting)", deb: "Eerste incasso op of na", note: "Diefstal is alleen gedekt met een ART-2 goedgekeurd slot." },
  }[lang];
  const w = 26;
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    cols(`${L.iss}:`, num(x, lang), w),
    cols(`${L.pol}:`, `${r.pick(["CG", "FR", "VE"])}${r.int(1000000, 9999999)}`, w),
    cols(`${L.ins}:`, bare(person), w),
    cols(`${L.bd}:`, num(b, lang), w),
    cols(`${L.cov}:`, `${L.from} ${num(start, lang)} ${L.to} ${num(end, lang)}`, w),
    "",
    cols(`${L.bike}:`, bike, w),
    cols(`${L.fr}:`, `${r.pick(["WSB", "WTU", "FR", "GZ"])}${r.int(1000000, 9999999)}${String.fromCharCode(65 + r.int(0, 25))}`, w),
    cols(`${L.buy}:`, num(bought, lang), w),
    cols(`${L.val}:`, money(price, lang, r), w),
    cols(`${L.prem}:`, money(prem, lang, r), w),
    cols(`${L.deb}:`, num(debit, lang), w),
    "",
    L.note,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "bicycle-policy-schedule", lang }, r, 0.2);
};

const VET: PerLang<Org> = {
  en: org("Riverbank Veterinary Surgery", "3 Quay Street, Truro TR1 2HB · 01872 555 019", "RCVS Accredited Practice", "Truro"),
  de: org("Tierarztpraxis Dr. Meike Albers", "Kleintiere · Lindenallee 6 · 49074 Osnabrück · Tel. 0541 555 3311", "Fachtierärztin für Kleintiere", "Osnabrück"),
  fr: org("Clinique Vétérinaire des Tilleuls", "9 avenue de Paris, 79000 Niort · 05 49 55 12 40", "SELARL des Tilleuls · N° ordinal 12345", "Niort"),
  es: org("Clínica Veterinaria Los Sauces", "Calle Sauce 4, 30005 Murcia · 968 555 210", "Colegiada n.º 30-1122 · NIF B-73881204", "Murcia"),
  it: org("Ambulatorio Veterinario Dott.ssa Ferri", "Via Emilia Parmense 230, 29122 Piacenza · 0523 555 881", "P.IVA 01688120331", "Piacenza"),
  nl: org("Dierenkliniek De Hoefslag", "Hoefslag 3, 3723 DD Bilthoven · 030 555 4120", "KvK 30211867", "Bilthoven"),
};
const SPECIALIST: PerLang<Org> = {
  en: org("Westbourne Dermatology Clinic", "22 Westbourne Road, Sheffield S10 2QQ · Tel 0114 555 0920", "CQC registered provider 1-2233441", "Sheffield"),
  de: org("Kardiologische Gemeinschaftspraxis Dr. Weiß & Dr. Olbrich", "Domplatz 4 · 39104 Magdeburg · Tel. 0391 555 2270", "BSNR 031122300", "Magdeburg"),
  fr: org("Cabinet de Rhumatologie du Dr Anne Vidal", "14 rue Foch, 34000 Montpellier · 04 67 55 21 80", "RPPS 10003344556 · Conventionné secteur 2", "Montpellier"),
  es: org("Consulta de Otorrinolaringología Dr. Iglesias", "Calle Real 40, 15003 A Coruña · 981 555 140", "N.º colegiado 15/12231", "A Coruña"),
  it: org("Studio di Cardiologia Dott. Sartori", "Via dell'Indipendenza 60, 40121 Bologna · 051 555 4471", "P.IVA 02988120371", "Bologna"),
  nl: org("Orthopedisch Centrum Oost-Nederland", "Maliebaan 2, 7511 JH Enschede · 053 555 8800", "KvK 06099112 · AGB 22110044", "Enschede"),
};
const DOGOFFICE: PerLang<Org> = {
  en: org("Mourne Coast District Council", "Dog Control Service, Council Offices, Downshire Road, Newcastle BT33 0AD", "www.mournecoast.gov.example · 0330 555 4100", "Newcastle"),
  de: org("Stadt Gütersloh", "Fachbereich Finanzen — Steueramt · Berliner Straße 70 · 33330 Gütersloh", "Sparkasse Gütersloh-Rietberg · IBAN DE71 4785 0065 0000 0001 20", "Gütersloh"),
  fr: org("Mairie de Chartres", "Police municipale · Place des Halles, 28000 Chartres", "Hôtel de Ville de Chartres", "Chartres"),
  es: org("Ayuntamiento de Burgos", "Servicio de Sanidad y Consumo · Plaza Mayor 1, 09071 Burgos", "NIF P-0906100-C", "Burgos"),
  it: org("ASL Roma 1", "Servizio Veterinario — Anagrafe Canina · Via Ardeatina 279, 00179 Roma", "C.F. 14664341001", "Roma"),
  nl: org("Gemeente Deventer", "Afdeling Belastingen · Postbus 5000, 7400 GC Deventer", "Belastingen en heffingen · 14 0570", "Deventer"),
};

// T7 — vets', doctors' and authorities' letters in three kinds, taken in turn: a vet's operation booked (the day ahead
// with the admission time, the pet's birth date, the last booster, fasting the evening before, an estimate), a
// specialist's clinic letter to the GP copied to the patient (the clinic day, the patient's birth date, a review
// months ahead, "dictated … typed …" at the foot with the letter's own date), and a dog's licence, tax or registration
// (a Northern Irish dog licence valid twelve months; a German dog tax notice pro rata from the month of registration;
// a Dutch dog tax assessment with a due date; a French permit for a category 2 dog with the rabies vaccination's end; a
// Spanish licence for a dangerous breed valid five years; an Italian registry certificate with the microchip's date).
let civicTurn = 0;
const doctorsAndAuthorities: Template = (r, lang) => {
  const k = turn(civicTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = VET[lang];
    const op = workday(addDays(x, r.int(5, 30)));
    const pet = { en: r.pick(["Bella", "Milo", "Poppy"]), de: r.pick(["Luna", "Balu", "Emma"]), fr: r.pick(["Nala", "Oslo", "Pepsi"]), es: r.pick(["Lola", "Coco", "Thor"]), it: r.pick(["Zoe", "Birba", "Rocky"]), nl: r.pick(["Guus", "Saar", "Max"]) }[lang];
    const petBorn = born(r, x.y - 9, x.y - 1);
    const boost = addDays(x, -r.int(30, 330));
    const sp = r.int(0, 2);
    const range = (a: number, b2: number) => (lang === "en" ? `£${a}–£${b2}` : lang === "nl" ? `€ ${a} – € ${b2}` : `${a} – ${b2} €`);
    const L = {
      en: { b: (d: string, t: string) => [`We have booked ${pet} in for a ${["routine spay", "dental scale and polish, with extractions if needed", "lump removal and histology"][sp]!} on ${d}. Please bring ${pet} to the surgery between ${t}; the vet will examine ${pet} and go through the consent form with you.`, `No food after 8pm the evening before, please. Water is fine until the morning of the operation.`, `Most patients go home the same day after 4pm — we will phone you once ${pet} is awake.`, `Estimate: ${range(r.pick([280, 340, 420]), r.pick([460, 520, 610]))}, payable on collection.`, `Vaccinations are up to date (last booster ${num(boost, lang)}).`], re: `Re: ${pet} (${["Labrador Retriever, female", "Domestic Shorthair cat, male neutered", "Cocker Spaniel, male"][sp]!}, DOB ${num(petBorn, lang)}), patient no. ${r.int(10000, 99999)}`, sign: "Reception team" },
      de: { b: (d: string, t: string) => [`für ${pet} haben wir folgenden OP-Termin vereinbart: ${["Kastration", "Zahnsanierung in Narkose", "Entfernung eines Hautknotens mit histologischer Untersuchung"][sp]!} am ${d}. Bitte bringen Sie ${pet} zwischen ${t} Uhr in die Praxis.`, "Bitte ab 20 Uhr am Vorabend nicht mehr füttern; Wasser ist bis zum Morgen erlaubt.", "Die Abholung ist in der Regel ab 16 Uhr möglich; wir rufen Sie an.", `Kostenvoranschlag nach GOT: ca. ${range(r.pick([250, 310, 390]), r.pick([450, 520, 640]))}.`, `Impfschutz vorhanden (letzte Impfung ${num(boost, lang)}).`], re: `Patient: ${pet} (${["Hündin, Labrador", "Kater, EKH", "Rüde, Cocker Spaniel"][sp]!}, geb. ${num(petBorn, lang)}), Patienten-Nr. ${r.int(10000, 99999)}`, sign: "Ihr Praxisteam" },
      fr: { b: (d: string, t: string) => [`Nous vous confirmons le rendez-vous de ${pet} pour ${["une stérilisation", "un détartrage sous anesthésie", "l'exérèse d'une masse avec analyse histologique"][sp]!} le ${d}. Merci de déposer ${pet} à la clinique entre ${t}.`, "Animal à jeun à partir de 20h la veille (eau autorisée).", "La sortie a lieu le jour même à partir de 16h ; nous vous appellerons.", `Devis estimatif : ${range(r.pick([220, 290, 360]), r.pick([420, 480, 560]))}.`, `Vaccins à jour (dernier rappel le ${num(boost, lang)}).`], re: `Patient : ${pet} (${["chienne Labrador", "chat européen mâle castré", "chien Cocker mâle"][sp]!}, né(e) le ${num(petBorn, lang)}), dossier n° ${r.int(10000, 99999)}`, sign: "L'équipe de la clinique" },
      es: { b: (d: string, t: string) => [`Le confirmamos la cita de ${pet} para ${["esterilización", "limpieza dental con anestesia", "extirpación de un bulto con biopsia"][sp]!} el ${d}. Traiga a ${pet} entre ${t}.`, "Debe estar en ayunas desde las 20:00 del día anterior (el agua está permitida).", "El alta suele darse el mismo día a partir de las 16:00; le llamaremos.", `Presupuesto orientativo: ${range(r.pick([180, 240, 300]), r.pick([380, 450, 520]))}.`, `Vacunación al día (última dosis el ${num(boost, lang)}).`], re: `Paciente: ${pet} (${["perra Labrador", "gato común macho castrado", "perro Cocker macho"][sp]!}, nacido/a el ${num(petBorn, lang)}), historia n.º ${r.int(10000, 99999)}`, sign: "Recepción" },
      it: { b: (d: string, t: string) => [`Le confermiamo l'intervento di ${["sterilizzazione", "detartrasi in anestesia", "asportazione di una neoformazione con esame istologico"][sp]!} per ${pet} il giorno ${d}. Accettazione tra ${t}.`, "Digiuno dalle ore 20 della sera precedente (acqua consentita).", "Dimissione in giornata dalle 16:00; La contatteremo noi.", `Preventivo indicativo: ${range(r.pick([200, 260, 330]), r.pick([400, 470, 550]))}.`, `Vaccinazioni in regola (ultimo richiamo il ${num(boost, lang)}).`], re: `Paziente: ${pet} (${["femmina, Labrador", "gatto europeo maschio sterilizzato", "maschio, Cocker"][sp]!}, nato/a il ${num(petBorn, lang)}), cartella n. ${r.int(10000, 99999)}`, sign: "La segreteria" },
      nl: { b: (d: string, t: string) => [`Wij hebben ${pet} ingepland voor ${["een sterilisatie", "een gebitsbehandeling onder narcose", "het verwijderen van een knobbel (met weefselonderzoek)"][sp]!} op ${d}. U kunt ${pet} brengen tussen ${t}.`, "Vanaf 20.00 uur de avond ervoor niet meer voeren; water mag tot de ochtend.", "Ophalen kan meestal dezelfde dag vanaf 16.00 uur; wij bellen u.", `Kostenindicatie: ${range(r.pick([230, 290, 350]), r.pick([420, 490, 570]))}.`, `Vaccinaties in orde (laatste enting ${num(boost, lang)}).`], re: `Patiënt: ${pet} (${["teef, Labrador", "kater, Europese korthaar, gecastreerd", "reu, Cocker Spaniël"][sp]!}, geboren ${num(petBorn, lang)}), patiëntnr. ${r.int(10000, 99999)}`, sign: "Team De Hoefslag" },
    }[lang];
    const t = { en: "8:00 and 8:30am", de: "8:00 und 8:30", fr: "8h00 et 8h30", es: "las 8:00 y las 8:30", it: "le 8:00 e le 8:30", nl: "8.00 en 8.30 uur" }[lang];
    const lines = [s.name, s.addr, "", bare(person), home(r, lang), "", dt(x, lang, r), "", L.re, "", salute(person, lang), "", ...L.b(longDay(op, lang), t), "", r.pick(regards[lang]), L.sign, "", s.foot];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "vet-operation-booking", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = SPECIALIST[lang];
    const clinic = addDays(x, -r.int(2, 14));
    const dict = addDays(clinic, r.int(0, 1));
    const pb = born(r, 1945, 1999);
    const revM = r.pick([3, 6, 12]);
    const review = addMonths(clinic, revM);
    const gp = { en: "Dr P. Morgan\nThe Elms Medical Practice\n12 Broomhill Road\nSheffield S10 2SE", de: "Frau Dr. med. Ulrike Bach\nFachärztin für Allgemeinmedizin\nBreiter Weg 112\n39104 Magdeburg", fr: "Docteur Jean-Marc Pujol\nMédecin généraliste\n5 avenue de Toulouse\n34070 Montpellier", es: "Dra. Beatriz Souto\nCentro de Salud Casa del Mar\n15001 A Coruña", it: "Dott.ssa Laura Monti\nMedico di Medicina Generale\nVia Saragozza 12\n40123 Bologna", nl: "Huisartsenpraktijk De Es\nt.a.v. dokter M. Kuipers\nEsweg 8\n7513 BA Enschede" }[lang];
    const pt = bare(person);
    const L = {
      en: { date: `Date: ${dt(x, lang, r)}`, clinicL: `Clinic date: ${num(clinic, lang)}`, re: `Re: ${pt}, DOB ${num(pb, lang)}, NHS No. ${r.int(400, 499)} ${r.int(100, 999)} ${r.int(1000, 9999)}`, dear: "Dear Dr Morgan,", b: [`Thank you for referring ${person.replace(/^(Mr|Ms|Mrs|Dr) .* /, "$1 ")}, whom I saw in clinic on ${dt(clinic, lang, r)} with a two-year history of itchy plaques on both elbows and the scalp.`, "Diagnosis: chronic plaque psoriasis, mild to moderate (PASI 6.2).", "Plan: calcipotriol/betamethasone gel once daily for four weeks, then twice weekly; emollients liberally.", `I will review the response in clinic in ${MONTHS.en[review.m - 1]!} ${review.y}; an appointment will be sent.`], yours: "Yours sincerely,", doc: "Dr Anjali Rao MBBS FRCP\nConsultant Dermatologist", cc: `cc: ${person} (patient)`, dt: `D: ${num(dict, lang)}  T: ${num(x, lang)}  AR/kl` },
      de: { date: placeDate(s.city, x, lang, r), clinicL: "", re: `Ihr Patient: ${pt}, geb. ${num(pb, lang)}`, dear: "Sehr geehrte Frau Kollegin Bach,", b: [`wir berichten über o. g. Patienten, der sich am ${num(clinic, lang)} in unserer Sprechstunde vorstellte.`, "Diagnosen: Arterielle Hypertonie, paroxysmales Vorhofflimmern (CHA2DS2-VASc 2).", `Befunde: Langzeit-EKG vom ${num(clinic, lang)} bis ${num(addDays(clinic, 1), lang)}: überwiegend Sinusrhythmus, eine Episode Vorhofflimmern (42 min). Echokardiographie: gute LV-Funktion.`, `Procedere: Beginn einer oralen Antikoagulation, Kontrolle bei uns in ${{ 3: "drei", 6: "sechs", 12: "zwölf" }[revM as 3 | 6 | 12]} Monaten (${pad(review.m)}/${review.y}).`], yours: "Mit freundlichen kollegialen Grüßen", doc: "Dr. med. Hendrik Weiß\nFacharzt für Innere Medizin und Kardiologie", cc: "Kopie: Patient", dt: `diktiert: ${num(dict, lang)} / geschrieben: ${num(x, lang)} / WE-ms` },
      fr: { date: placeDate(s.city, x, lang, r), clinicL: "", re: `Concerne : ${pt}, né(e) le ${num(pb, lang)}`, dear: "Cher Confrère,", b: [`J'ai vu en consultation le ${dt(clinic, lang, r)} votre patient(e) pour des douleurs des petites articulations des mains évoluant depuis six mois.`, "Le bilan biologique retrouve un syndrome inflammatoire modéré ; les radiographies sont sans érosion.", "Je propose un traitement par hydroxychloroquine 400 mg/j avec surveillance ophtalmologique.", `Je la/le reverrai en consultation en ${MONTHS.fr[review.m - 1]!} ${review.y}.`], yours: "Bien confraternellement,", doc: "Dr Anne Vidal\nRhumatologue", cc: "Copie : patient(e)", dt: `Dicté le ${num(dict, lang)} — frappé le ${num(x, lang)}` },
      es: { date: `Fecha del informe: ${num(x, lang)}`, clinicL: `Fecha de consulta: ${num(clinic, lang)}`, re: `Paciente: ${pt} · Fecha de nacimiento: ${num(pb, lang)} · NHC ${r.int(100000, 999999)}`, dear: "Estimada compañera:", b: [`Remito informe del/de la paciente, valorado/a en consulta el ${dt(clinic, lang, r)} por hipoacusia izquierda progresiva y acúfenos.`, "Audiometría tonal: hipoacusia neurosensorial leve izquierda. Timpanometría normal.", "Se solicita resonancia magnética de conductos auditivos internos.", `Revisión en consulta en ${MONTHS.es[review.m - 1]!} de ${review.y} con el resultado.`], yours: "Un saludo cordial,", doc: "Dr. Manuel Iglesias Varela\nOtorrinolaringólogo", cc: "c.c.: paciente", dt: `Dictado: ${num(dict, lang)} · Transcrito: ${num(x, lang)}` },
      it: { date: placeDate(s.city, x, lang, r), clinicL: "", re: `Oggetto: ${pt}, nato/a il ${num(pb, lang)}`, dear: "Cara Collega,", b: [`ho visitato in data ${num(clinic, lang)} il/la paziente in oggetto per cardiopalmo e dispnea da sforzo.`, "ECG: ritmo sinusale, FC 78 bpm. Ecocardiogramma: FE 58%, lieve insufficienza mitralica.", "Consiglio Holter ECG 24 ore e controllo dei valori pressori domiciliari.", `Controllo cardiologico a ${MONTHS.it[review.m - 1]!} ${review.y}.`], yours: "Cordiali saluti", doc: "Dott. Giovanni Sartori\nSpecialista in Cardiologia", cc: "p.c. paziente", dt: `Dettato il ${num(dict, lang)} — trascritto il ${num(x, lang)}` },
      nl: { date: `Datum: ${dt(x, lang, r)}`, clinicL: `Polibezoek: ${num(clinic, lang)}`, re: `Betreft: ${pt}, geb. ${num(pb, lang)}, BSN ${r.int(100000000, 999999999)}`, dear: "Geachte collega,", b: [`Uw patiënt(e) bezocht op ${dt(clinic, lang, r)} onze polikliniek in verband met knieklachten rechts sinds een val tijdens het hardlopen.`, "Lichamelijk onderzoek: hydrops, positieve McMurray. MRI: scheur achterhoorn mediale meniscus.", "Beleid: artroscopische partiële meniscectomie; patiënt(e) staat op de wachtlijst.", `Vervolgafspraak bij uitblijven van een operatiedatum: ${MONTHS.nl[review.m - 1]!} ${review.y}.`], yours: "Met collegiale groet,", doc: "Dr. R. Hofman\nOrthopedisch chirurg", cc: "cc: patiënt(e)", dt: `Gedicteerd ${num(dict, lang)} · uitgewerkt ${num(x, lang)}` },
    }[lang];
    const lines = [s.name, s.addr, "", ...gp.split("\n"), "", L.date, ...(L.clinicL ? [L.clinicL] : []), "", L.re, "", L.dear, "", ...L.b, "", L.yours, "", L.doc, "", L.cc, L.dt, "", s.foot];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "specialist-clinic-letter", lang }, r, 0.35);
  }
  const s = DOGOFFICE[lang];
  const dog = { en: r.pick(["Bailey", "Tilly", "Murphy"]), de: r.pick(["Bello", "Frida", "Oskar"]), fr: r.pick(["Rex", "Ulk", "Vasco"]), es: r.pick(["Zeus", "Kira", "Rocco"]), it: r.pick(["Argo", "Laika", "Tobia"]), nl: r.pick(["Bobbie", "Joep", "Dikkie"]) }[lang];
  const chip = `${lang === "en" ? 826 : lang === "de" ? 276 : lang === "fr" ? 250 : lang === "es" ? 724 : lang === "it" ? 380 : 528}0980${r.int(10000000, 99999999)}`;
  const dogBorn = born(r, x.y - 10, x.y - 1);
  if (lang === "en") {
    const exp = addDays(addMonths(x, 12), -1);
    const fee = r.chance(0.2) ? 5 : 12.5;
    const lines = [
      s.name,
      s.addr,
      "",
      "DOG LICENCE",
      cols("Licence number:", `DL/${x.y}/${r.int(10000, 99999)}`, 22),
      cols("Date of issue:", dt(x, lang, r), 22),
      cols("Expiry date:", num(exp, lang), 22),
      "",
      cols("Keeper:", `${bare(person)}, 14 Bryansford Road, Newcastle BT33 0HJ`, 22),
      cols("Dog:", `${dog} · ${r.pick(["Border Collie", "Jack Russell Terrier", "Labrador cross"])} · ${r.pick(["bitch", "dog"])} · born ${num(dogBorn, lang)}`, 22),
      cols("Microchip:", chip, 22),
      cols("Fee paid:", `£${amount(fee, "en")}${fee === 5 ? " (concession: neutered dog, keeper aged 65+)" : ""}`, 22),
      "",
      "This licence must be renewed before the expiry date. It is an offence to keep a dog without a valid licence (Dogs (Northern Ireland) Order 1983).",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(fee, lang), kind: "dog-licence", lang }, r, 0.3);
  }
  if (lang === "de") {
    const reg = addDays(x, -r.int(7, 30));
    const from = firstOf(addMonths(reg, 1));
    const months = 13 - from.m;
    const yearly = r.pick([108, 120, 132]);
    const due = addDays(x, 30);
    const total = cents((yearly / 12) * months);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      cols(`Steuernummer: 31.${r.int(100, 999)}.${r.int(1000, 9999)}`, `Gütersloh, ${num(x, lang)}`, 48),
      "",
      `Bescheid über die Festsetzung der Hundesteuer für ${from.y}`,
      "",
      salute(person, lang),
      "",
      `aufgrund Ihrer Anmeldung vom ${num(reg, lang)} wird für den Hund „${dog}“ (geb. ${num(dogBorn, lang)}, Chip-Nr. ${chip}) nach der Hundesteuersatzung folgende Steuer festgesetzt:`,
      "",
      cols(`Jahressteuer ${bareAmt(yearly, lang)} €, anteilig ${pad(from.m)}/${from.y} – 12/${from.y} (${months} Monate)`, `${bareAmt(total, lang)} €`, 64),
      "",
      `Der Betrag ist fällig am ${num(due, lang)}. In den Folgejahren ist die Steuer jeweils zum 01.07. in voller Höhe fällig, solange der Bescheid nicht geändert wird.`,
      `Die Steuermarke Nr. ${r.int(100, 999)} liegt bei.`,
      "",
      "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Minden erhoben werden.",
      "",
      r.pick(regards.de),
      "Im Auftrag",
      "Steueramt",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "dog-tax-notice", lang }, r, 0.3);
  }
  if (lang === "nl") {
    const due = addDays(x, r.pick([30, 60]));
    const dogs = r.chance(0.2) ? 2 : 1;
    const total = dogs === 1 ? 128.4 : 128.4 + 176.2;
    const belY = x.m >= 11 ? x.y + 1 : x.y;
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `AANSLAG HONDENBELASTING ${belY}`,
      cols("Aanslagnummer:", `${r.int(1000000, 9999999)}.${r.int(10, 99)}`, 20),
      cols("Dagtekening:", num(x, lang), 20),
      cols("Vervaldatum:", num(due, lang), 20),
      "",
      cols(`1e hond, belastingjaar ${belY}`, bareAmt(128.4, lang), 56),
      ...(dogs === 2 ? [cols(`2e hond, belastingjaar ${belY}`, bareAmt(176.2, lang), 56)] : []),
      cols("Totaal aanslagbedrag", money(total, lang, r), 56),
      "",
      `Geregistreerde hond: ${dog}, chipnummer ${chip}.`,
      "Betaalt u via automatische incasso, dan schrijven wij het bedrag in termijnen af.",
      "Bent u het niet eens met deze aanslag? Dien dan binnen zes weken na de dagtekening bezwaar in.",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "dog-tax-notice", lang }, r, 0.3);
  }
  if (lang === "fr") {
    const rabies = addMonths(addDays(x, -r.int(30, 200)), r.pick([12, 36]));
    const evalD = addDays(x, -r.int(20, 60));
    const course = addDays(evalD, -r.int(5, 30));
    const lines = [
      s.name,
      s.addr,
      "",
      "PERMIS DE DÉTENTION D'UN CHIEN DE 2e CATÉGORIE",
      `Délivré en application de l'article L. 211-14 du Code rural — N° ${x.y}-${r.int(100, 999)}`,
      "",
      `Détenteur : ${bare(person)}, ${home(r, lang).replace("\n", ", ")}`,
      `Chien : ${dog}, Rottweiler, né le ${num(dogBorn, lang)}, identifié sous le n° ${chip}`,
      `Attestation d'aptitude délivrée le ${num(course, lang)} · Évaluation comportementale du ${num(evalD, lang)}`,
      `Vaccination antirabique valable jusqu'au ${num(rabies, lang)}`,
      "",
      "Le présent permis reste valable sous réserve du maintien de la vaccination antirabique et de l'assurance responsabilité civile.",
      "",
      `Fait à Chartres, le ${dt(x, lang, r)}`,
      "Pour le Maire et par délégation,",
      "L'adjoint chargé de la sécurité",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "dog-permit", lang }, r, 0.3);
  }
  if (lang === "es") {
    const req = addDays(x, -r.int(15, 45));
    const until = addDays(addMonths(x, 60), -1);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `Expediente: ${r.int(1000, 9999)}/${x.y}/SAN`,
      "",
      "RESOLUCIÓN — LICENCIA ADMINISTRATIVA PARA LA TENENCIA DE ANIMALES POTENCIALMENTE PELIGROSOS",
      "",
      `Vista la solicitud presentada el ${num(req, lang)} por ${bare(person)}, y acreditados los requisitos del art. 3 de la Ley 50/1999 (certificado de aptitud psicológica, seguro de responsabilidad civil y ausencia de antecedentes), se RESUELVE conceder la licencia n.º ${r.int(100, 999)}.`,
      `Animal: ${dog}, American Staffordshire Terrier, nacido el ${num(dogBorn, lang)}, microchip ${chip}.`,
      `La licencia tiene un periodo de validez de cinco años, hasta el ${num(until, lang)}, pudiendo ser renovada por periodos sucesivos de igual duración.`,
      "",
      `Burgos, ${dt(x, lang, r)}`,
      "EL CONCEJAL DELEGADO DE SANIDAD",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "dog-licence", lang }, r, 0.3);
  }
  const chipped = addDays(x, -r.int(0, 10));
  const lines = [
    s.name,
    s.addr,
    "",
    "CERTIFICATO DI ISCRIZIONE ALL'ANAGRAFE DEGLI ANIMALI D'AFFEZIONE",
    "",
    `Proprietario: ${bare(person)}, ${home(r, lang).replace("\n", ", ")}`,
    `Cane: ${dog}, ${r.pick(["meticcio", "Labrador", "Setter inglese"])}, ${r.pick(["maschio", "femmina"])}, nato il ${num(dogBorn, lang)}`,
    `Codice microchip: ${chip} — applicato il ${num(chipped, lang)} dal medico veterinario Dott. ${r.pick(["Rossi", "Conti", "Marchetti"])}`,
    "",
    "Il proprietario è tenuto a comunicare entro 15 giorni ogni variazione (cessione, smarrimento, decesso).",
    "",
    `Roma, ${dt(x, lang, r)}`,
    "Il Dirigente del Servizio Veterinario",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "pet-registry-certificate", lang }, r, 0.3);
};

// ─── Contracts, bookings and appointments ────────────────────────────────────────────────────────────────────────

const GARAGE: PerLang<Org> = {
  en: org("Marshall Motors Service Centre", "Bourges Boulevard, Peterborough PE1 1NG", "Marshall Motors (Peterborough) Ltd · VAT 228 4410 93", "Peterborough"),
  de: org("Autohaus Lindner GmbH", "Service & Werkstatt · Robert-Bosch-Straße 14 · 93055 Regensburg", "Amtsgericht Regensburg HRB 9911", "Regensburg"),
  fr: org("Garage Moderne Bertrand", "Agent Peugeot · 41 route de Tours, 72000 Le Mans", "SARL Bertrand Automobiles · SIRET 331 887 204 00015", "Le Mans"),
  es: org("Talleres Hermanos Pardo", "Calle Río Duero 8, 49021 Zamora", "Talleres Hermanos Pardo S.L. · CIF B-49112083 · RI n.º 49/0331", "Zamora"),
  it: org("Autofficina Martini & Figli", "Via Aurelia Sud 210, 57121 Livorno", "Martini & Figli S.n.c. · P.IVA 01233980497", "Livorno"),
  nl: org("Autobedrijf Kuipers", "Industrieweg 40, 7941 PD Meppel", "BOVAG-lid · KvK 04077123", "Meppel"),
};
const FERRY: PerLang<Org> = {
  en: org("Solent Isle Ferries", "Gunwharf Terminal, Gosport Road, Portsmouth PO1 3TX", "Solent Isle Ferries Ltd · Registered in England No. 02233118", "Portsmouth"),
  de: org("Reederei Inselfähre Nordsee GmbH", "Hafenstraße 1 · 26506 Norden", "Amtsgericht Aurich HRB 110233", "Norden"),
  fr: org("Compagnie Océane Belle-Île", "Gare maritime, Port Maria, 56170 Quiberon", "SA · RCS Lorient 344 201 117", "Quiberon"),
  es: org("Naviera Balear Express S.L.", "Estación Marítima n.º 2, Moll de Paraires, 07015 Palma", "CIF B-57440128", "Palma"),
  it: org("Traghetti Tirreno Linee S.p.A.", "Stazione Marittima, Molo Vespucci, 00053 Civitavecchia (RM)", "P.IVA 09881220587", "Civitavecchia"),
  nl: org("Rederij Waddenveer B.V.", "Willem Barentszkade 21, 8861 NJ Harlingen", "KvK 01022877", "Harlingen"),
};
const HEATPUMP: PerLang<Org> = {
  en: org("Greenheat Renewables Ltd", "Unit 5, Kingmoor Park, Carlisle CA6 4SJ", "MCS certified installer NAP-12345 · Co. No. 10998812", "Carlisle"),
  de: org("Wärmepumpen Schäfer GmbH", "Im Gewerbepark 7 · 36041 Fulda", "Amtsgericht Fulda HRB 6677 · Meisterbetrieb SHK", "Fulda"),
  fr: org("Éco Chauffage Thermique SAS", "ZA de Ker Lann, 35170 Bruz", "RCS Rennes 821 440 226 · Qualification RGE QualiPAC", "Bruz"),
  es: org("Aerotermia Sostenible del Norte S.L.", "Calle Autonomía 5, 48012 Bilbao", "CIF B-95998120 · Empresa instaladora RITE n.º 48-2210", "Bilbao"),
  it: org("Termoidraulica Benassi S.r.l.", "Via Fratelli Rosselli 40, 42123 Reggio Emilia", "P.IVA 02877410359", "Reggio Emilia"),
  nl: org("Duurzaam Thuis Installaties B.V.", "Energieweg 12, 8071 DB Nunspeet", "KvK 74100328 · InstallQ-erkend", "Nunspeet"),
};
const VENUE: PerLang<Org> = {
  en: org("St Aidan's Community Hall", "Church Road, Frome BA11 1HQ", "St Aidan's Hall Trust · Registered charity no. 1102233", "Frome"),
  de: org("Bürgerhaus Lindenberg", "Gemeinde Lindenberg · Hauptstraße 1 · 67473 Lindenberg", "Verbandsgemeinde Lambrecht (Pfalz)", "Lindenberg"),
  fr: org("Mairie de Montlouis-sur-Loire", "Salle des fêtes · Place François Mitterrand, 37270 Montlouis-sur-Loire", "SIRET 213 701 568 00014", "Montlouis-sur-Loire"),
  es: org("Finca Los Olivos Eventos", "Carretera de Ronda km 3, 29400 Ronda", "Eventos Los Olivos S.L. · CIF B-93551207", "Ronda"),
  it: org("Pro Loco di Bibbiena", "Sala polivalente · Piazza Tarlati 1, 52011 Bibbiena (AR)", "C.F. 92008770515", "Bibbiena"),
  nl: org("Stichting Buurthuis De Wissel", "Spoorlaan 10, 5038 CB Tilburg", "KvK 18044522", "Tilburg"),
};

// T8 — contracts, bookings and appointments in four kinds, taken in turn: a garage's service appointment confirmed
// (booked on a day at a time, the drop-off day ahead, the car's first registration and last service, an estimate),
// a ferry booking (booked on a day, the outbound and return crossings months or weeks ahead with times, a child's
// birth date; the total paid labelled), a heat pump's supply and installation contract signed at the foot (the
// survey and the quote before, the installation week ahead, fourteen days to cancel, a grant voucher valid until), a
// hall's hire agreement signed at the foot (the event day ahead, the keys the day before, the deposit back within
// two weeks).
let orderTurn = 0;
const contractsAndOrders: Template = (r, lang) => {
  const k = turn(orderTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = GARAGE[lang];
    const appt = workday(addDays(x, r.int(3, 24)));
    const bt = hm(r, 8, 20);
    const firstReg: Day = { y: x.y - r.int(2, 11), m: r.int(1, 12), d: r.int(1, 28) };
    const lastSvc = addDays(x, -r.int(300, 420));
    const km = r.int(18000, 140000);
    const est = r.pick([189, 249, 329, 415]);
    const car = r.pick(["VW Golf 1.5 TSI", "Ford Focus 1.0 EcoBoost", "Peugeot 308 1.2 PureTech", "Toyota Yaris Hybrid", "Škoda Octavia Combi 2.0 TDI", "Fiat Panda 1.2"]);
    const L = {
      en: { h: "Service booking confirmation", bk: "Booked on", ap: "Drop-off", t: "8:00am", car: "Vehicle", reg: "first registered", last: "Last service", km: "miles", work: "Work booked: full service + MOT; replace wiper blades", est: "Estimated price (incl. VAT, parts and labour)", note: "A courtesy car has been reserved. Please bring your driving licence. Need to change? Call us at least 24 hours before your appointment.", dist: Math.round(km * 0.62) },
      de: { h: "Terminbestätigung Werkstatt", bk: "Gebucht am", ap: "Fahrzeugannahme", t: "7:30 Uhr", car: "Fahrzeug", reg: "Erstzulassung", last: "Letzte Inspektion", km: "km", work: "Auftrag: Inspektion nach Herstellervorgabe, HU/AU, Bremsflüssigkeit wechseln", est: "Voraussichtliche Kosten inkl. MwSt.", note: "Ein Ersatzfahrzeug ist reserviert. Bitte bringen Sie Serviceheft und Fahrzeugschein mit. Absagen bitte bis 24 Stunden vorher.", dist: km },
      fr: { h: "Confirmation de rendez-vous atelier", bk: "Réservé le", ap: "Dépôt du véhicule", t: "8h00", car: "Véhicule", reg: "mise en circulation", last: "Dernière révision", km: "km", work: "Prestations : révision constructeur, contrôle des freins, remplacement des balais d'essuie-glace", est: "Estimation TTC", note: "Véhicule de courtoisie réservé. Merci de vous munir de la carte grise. En cas d'empêchement, prévenez-nous 24 h à l'avance.", dist: km },
      es: { h: "Confirmación de cita en taller", bk: "Fecha de reserva", ap: "Entrega del vehículo", t: "8:00", car: "Vehículo", reg: "1.ª matriculación", last: "Última revisión", km: "km", work: "Trabajos: revisión oficial, cambio de aceite y filtros, revisión pre-ITV", est: "Presupuesto estimado IVA incluido", note: "Traiga la documentación del vehículo. Para anular la cita avísenos con 24 horas de antelación.", dist: km },
      it: { h: "Conferma appuntamento officina", bk: "Prenotato il", ap: "Consegna veicolo", t: "8:00", car: "Veicolo", reg: "immatricolazione", last: "Ultimo tagliando", km: "km", work: "Lavori: tagliando completo, revisione ministeriale, sostituzione spazzole", est: "Preventivo indicativo IVA inclusa", note: "Auto sostitutiva prenotata. Portare il libretto di circolazione. Eventuali disdette entro 24 ore prima.", dist: km },
      nl: { h: "Bevestiging werkplaatsafspraak", bk: "Geboekt op", ap: "Brengen", t: "8.00 uur", car: "Voertuig", reg: "datum eerste toelating", last: "Laatste onderhoud", km: "km", work: "Werkzaamheden: grote beurt + APK, ruitenwissers vervangen", est: "Indicatie kosten incl. btw", note: "Er staat een leenauto voor u klaar. Afzeggen graag uiterlijk 24 uur van tevoren.", dist: km },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      "",
      cols(`${L.bk}:`, `${num(x, lang)} ${frTime(bt, lang)}`, 20),
      cols(`${L.ap}:`, `${longDay(appt, lang)}, ${L.t}`, 20),
      cols("", bare(person), 20).trim(),
      "",
      cols(`${L.car}:`, `${car}, ${L.reg} ${num(firstReg, lang)}`, 20),
      cols(`${L.last}:`, `${num(lastSvc, lang)} · ${amount(L.dist, lang === "en" ? "en" : lang === "fr" ? "fr" : "de").slice(0, -3)} ${L.km}`, 20),
      "",
      L.work,
      cols(L.est, money(est, lang, r), 56),
      "",
      L.note,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "garage-appointment", lang }, r, 0.1);
  }
  if (k === 1) {
    const s = FERRY[lang];
    const out = addDays(x, r.int(14, 160));
    const ret = addDays(out, r.int(2, 14));
    const adults = r.int(1, 2);
    const kids = r.int(0, 2);
    const kidBorn = born(r, x.y - 12, x.y - 3);
    const route = { en: ["Portsmouth", "Fishbourne (Isle of Wight)"], de: ["Norddeich", "Norderney"], fr: ["Quiberon", "Le Palais (Belle-Île)"], es: ["Palma", "Ciutadella (Menorca)"], it: ["Civitavecchia", "Olbia"], nl: ["Harlingen", "Terschelling"] }[lang];
    const fares = { en: [34.5, 17.25, 92], de: [19.9, 9.95, 96], fr: [36.4, 22.1, 148], es: [58, 29, 165], it: [64, 32, 189], nl: [30.96, 15.48, 0] }[lang];
    const car = lang !== "nl";
    const fee = { en: 0, de: 2, fr: 0, es: 3.5, it: 4.5, nl: 0 }[lang];
    const legs = 2;
    const total = sum([legs * adults * fares[0]!, legs * kids * fares[1]!, car ? legs * fares[2]! : 0, fee]);
    const tOut = r.pick(["07:30", "09:00", "11:30", "14:15", "16:45"]);
    const tRet = r.pick(["08:15", "12:00", "15:30", "18:45"]);
    const L = {
      en: { h: "Your booking is confirmed", ref: "Booking reference", on: "Booked", out: "Outbound", ret: "Return", pax: "Passengers", ad: "adult(s)", ch: "child(ren)", dob: "born", car: "Vehicle: car up to 5 m", fee: "", tot: "Total paid", ci: "Check-in closes 30 minutes before departure. Changes can be made online up to 24 hours before sailing." },
      de: { h: "Buchungsbestätigung", ref: "Buchungsnummer", on: "Gebucht am", out: "Hinfahrt", ret: "Rückfahrt", pax: "Personen", ad: "Erwachsene", ch: "Kind(er)", dob: "geb.", car: "Pkw bis 5 m", fee: "Buchungsgebühr", tot: "Gesamtpreis (bezahlt)", ci: "Bitte seien Sie mit Fahrzeug spätestens 45 Minuten vor Abfahrt am Anleger. Kurtaxe wird auf der Insel erhoben." },
      fr: { h: "Confirmation de réservation", ref: "Référence", on: "Réservé le", out: "Aller", ret: "Retour", pax: "Passagers", ad: "adulte(s)", ch: "enfant(s)", dob: "né(e) le", car: "Véhicule de tourisme < 5 m", fee: "", tot: "Montant total payé", ci: "Présentation à l'embarquement 45 minutes avant le départ pour les véhicules." },
      es: { h: "Confirmación de reserva", ref: "Localizador", on: "Fecha de reserva", out: "Ida", ret: "Vuelta", pax: "Pasajeros", ad: "adulto(s)", ch: "niño(s)", dob: "nacido/a el", car: "Turismo hasta 5 m", fee: "Gastos de gestión", tot: "Total pagado", ci: "El embarque de vehículos se cierra 60 minutos antes de la salida. Imprescindible DNI." },
      it: { h: "Conferma di prenotazione", ref: "Codice prenotazione", on: "Prenotato il", out: "Andata", ret: "Ritorno", pax: "Passeggeri", ad: "adulto/i", ch: "bambino/i", dob: "nato/a il", car: "Auto fino a 5 m", fee: "Diritti di prenotazione", tot: "Totale pagato", ci: "Presentarsi all'imbarco almeno 90 minuti prima della partenza con documento d'identità." },
      nl: { h: "Boekingsbevestiging", ref: "Boekingsnummer", on: "Geboekt op", out: "Heenreis", ret: "Terugreis", pax: "Reizigers", ad: "volwassene(n)", ch: "kind(eren)", dob: "geb.", car: "", fee: "", tot: "Totaal betaald", ci: "Wees uiterlijk 20 minuten voor vertrek aanwezig. Uw fiets kunt u meenemen tegen betaling aan boord." },
    }[lang];
    const leg = (d: Day, t: string, a: string, b: string) => `${longDay(d, lang)}  ${frTime(t, lang)}  ${a} → ${b}`;
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.ref}:`, `${r.pick(["SIF", "NDF", "QBI", "NBX", "TTL", "WDV"])}${r.int(100000, 999999)}`, 24),
      cols(`${L.on}:`, `${dt(x, lang, r)}`, 24),
      cols("", bare(person), 24).trim(),
      "",
      `${L.out}: ${leg(out, tOut, route[0]!, route[1]!)}`,
      `${L.ret}: ${leg(ret, tRet, route[1]!, route[0]!)}`,
      "",
      `${L.pax}: ${adults} ${L.ad}${kids ? `, ${kids} ${L.ch} (${L.dob} ${num(kidBorn, lang)}${kids > 1 ? ` / ${num(addDays(kidBorn, r.int(400, 1200)), lang)}` : ""})` : ""}`,
      ...(car ? [L.car] : []),
      "",
      cols(`${legs} x ${adults} ${L.ad}`, bareAmt(cents(legs * adults * fares[0]!), lang), 50),
      ...(kids ? [cols(`${legs} x ${kids} ${L.ch}`, bareAmt(cents(legs * kids * fares[1]!), lang), 50)] : []),
      ...(car ? [cols(`${legs} x ${L.car}`, bareAmt(cents(legs * fares[2]!), lang), 50)] : []),
      ...(fee ? [cols(L.fee, bareAmt(fee, lang), 50)] : []),
      cols(L.tot, money(total, lang, r), 50),
      "",
      L.ci,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "ferry-booking", lang }, r, 0.05);
  }
  if (k === 2) {
    const s = HEATPUMP[lang];
    const survey = addDays(x, -r.int(10, 40));
    const quote = addDays(survey, r.int(2, 8));
    const inst = nextDow(addDays(x, r.int(30, 100)), 1);
    const week = (() => {
      const t = new Date(Date.UTC(inst.y, inst.m - 1, inst.d));
      const dayNum = (t.getUTCDay() + 6) % 7;
      t.setUTCDate(t.getUTCDate() - dayNum + 3);
      const firstThu = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
      return 1 + Math.round(((t.getTime() - firstThu.getTime()) / 86400000 - 3 + ((firstThu.getUTCDay() + 6) % 7)) / 7);
    })();
    const cancel = addDays(x, 14);
    const voucher = addMonths(quote, 3);
    const price = r.pick([11800, 13450, 14900, 16200, 18750]);
    const dep = cents(Math.round(price * 0.3));
    const where = r.chance(0.5);
    const L = {
      en: { h: "CONTRACT FOR THE SUPPLY AND INSTALLATION OF AN AIR SOURCE HEAT PUMP", between: "between Greenheat Renewables Ltd (the Installer) and", b: [`Following the heat loss survey at the property on ${dt(survey, lang, r)} and our quotation GH-${r.int(1000, 9999)} of ${dt(quote, lang, r)}, the Installer will supply and install a Vaillant aroTHERM plus 7 kW with a 210-litre cylinder and new radiators where specified.`, `Contract price: ${money(price, lang, r)} (VAT 0%), less the Boiler Upgrade Scheme grant of £7,500 (voucher valid until ${dt(voucher, lang, r)}). A deposit of ${money(dep, lang, r)} is payable on signature.`, `Installation is planned for the week commencing ${dt(inst, lang, r)}.`, `Right to cancel: you may cancel this contract within 14 days of signing, i.e. until ${dt(cancel, lang, r)}, without giving any reason.`], sig: ["Signed by the Customer", "Signed for the Installer"], at: (d: string) => `Signed at the customer's home on ${d}` },
      de: { h: "WERKVERTRAG über Lieferung und Einbau einer Luft-Wasser-Wärmepumpe", between: "zwischen der Wärmepumpen Schäfer GmbH (Auftragnehmer) und", b: [`Grundlage sind die Vor-Ort-Begehung vom ${num(survey, lang)} und unser Angebot Nr. ${r.int(1000, 9999)} vom ${num(quote, lang)}: Viessmann Vitocal 250-A, 10 kW, mit Pufferspeicher und hydraulischem Abgleich.`, `Pauschalpreis: ${money(price, lang, r)} inkl. 19 % MwSt. Die Förderung nach BEG (KfW 458) beantragt der Auftraggeber; die Zusage ist gültig bis ${num(voucher, lang)}. Abschlag bei Auftragserteilung: ${money(dep, lang, r)}.`, `Ausführung voraussichtlich in KW ${week} (ab ${num(inst, lang)}).`, `Widerrufsrecht: Sie können diesen Vertrag binnen 14 Tagen ohne Angabe von Gründen widerrufen (Frist endet am ${num(cancel, lang)}).`], sig: ["Auftraggeber", "Auftragnehmer"], at: (d: string) => `${s.city}, den ${d}` },
      fr: { h: "CONTRAT DE FOURNITURE ET D'INSTALLATION D'UNE POMPE À CHALEUR AIR/EAU", between: "entre Éco Chauffage Thermique SAS (l'Entreprise) et", b: [`Suite à la visite technique du ${num(survey, lang)} et au devis n° ${r.int(1000, 9999)} du ${num(quote, lang)}, l'Entreprise fournit et installe une PAC Atlantic Alféa Extensa Duo 8 kW.`, `Prix global : ${money(price, lang, r)} TTC (TVA 5,5 %), avant déduction de MaPrimeRénov' (accord valable jusqu'au ${num(voucher, lang)}). Acompte à la signature : ${money(dep, lang, r)}.`, `Installation prévue la semaine du ${num(inst, lang)}.`, `Vous disposez d'un délai de rétractation de 14 jours à compter de la signature, soit jusqu'au ${num(cancel, lang)}.`], sig: ["Le Client (lu et approuvé)", "Pour l'Entreprise"], at: (d: string) => `Fait à ${s.city}, le ${d}, en deux exemplaires` },
      es: { h: "CONTRATO DE SUMINISTRO E INSTALACIÓN DE EQUIPO DE AEROTERMIA", between: "entre Aerotermia Sostenible del Norte S.L. (el Instalador) y", b: [`Conforme a la visita técnica del ${num(survey, lang)} y al presupuesto n.º ${r.int(1000, 9999)} de ${num(quote, lang)}, el Instalador suministrará e instalará una bomba de calor Daikin Altherma 3 de 8 kW.`, `Precio total: ${money(price, lang, r)} IVA incluido. Ayuda del programa de rehabilitación energética solicitada (resolución válida hasta el ${num(voucher, lang)}). Anticipo a la firma: ${money(dep, lang, r)}.`, `Fecha prevista de instalación: semana del ${num(inst, lang)}.`, `Derecho de desistimiento: 14 días naturales desde la firma, hasta el ${num(cancel, lang)}.`], sig: ["El Cliente", "Por el Instalador"], at: (d: string) => `En ${s.city}, a ${d}` },
      it: { h: "CONTRATTO DI FORNITURA E POSA IN OPERA DI POMPA DI CALORE", between: "tra Termoidraulica Benassi S.r.l. (l'Impresa) e", b: [`A seguito del sopralluogo del ${num(survey, lang)} e del preventivo n. ${r.int(1000, 9999)} del ${num(quote, lang)}, l'Impresa fornisce e installa una pompa di calore Mitsubishi Ecodan 8 kW con bollitore da 200 litri.`, `Corrispettivo: ${money(price, lang, r)} IVA 10% inclusa. Pratica Conto Termico 3.0 a cura dell'Impresa (prenotazione valida fino al ${num(voucher, lang)}). Acconto alla firma: ${money(dep, lang, r)}.`, `Installazione prevista nella settimana dal ${num(inst, lang)}.`, `Diritto di recesso entro 14 giorni dalla sottoscrizione, cioè entro il ${num(cancel, lang)}.`], sig: ["Il Committente", "L'Impresa"], at: (d: string) => `${s.city}, lì ${d}` },
      nl: { h: "OVEREENKOMST LEVERING EN INSTALLATIE LUCHT-WATERWARMTEPOMP", between: "tussen Duurzaam Thuis Installaties B.V. (installateur) en", b: [`Op basis van de opname op ${num(survey, lang)} en offerte ${r.int(1000, 9999)} van ${num(quote, lang)} levert en installeert de installateur een hybride warmtepomp Itho Daalderop HP-S 65.`, `Totaalprijs: ${money(price > 12000 ? price / 2 : price, lang, r)} incl. btw, vóór aftrek van de ISDE-subsidie (aanvraag indienen vóór ${num(voucher, lang)}). Aanbetaling bij ondertekening: ${money(dep / 2, lang, r)}.`, `Installatie gepland in week ${week} (vanaf ${num(inst, lang)}).`, `U heeft 14 dagen bedenktijd na ondertekening, tot en met ${num(cancel, lang)}.`], sig: ["Opdrachtgever", "Installateur"], at: (d: string) => `Getekend te ${s.city} op ${d}` },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      L.between,
      `${bare(person)}, ${home(r, lang).replace("\n", ", ")}`,
      "",
      ...L.b.map((p, i) => `${i + 1}. ${p}`),
      "",
      L.at(where ? dt(x, lang, r) : num(x, lang)),
      "",
      `${L.sig[0]!.padEnd(36)}${L.sig[1]!}`,
      `${"_".repeat(28).padEnd(36)}${"_".repeat(28)}`,
      `${bare(person).padEnd(36)}${{ en: "D. Armstrong, Director", de: "M. Schäfer, Geschäftsführer", fr: "P. Le Goff, Président", es: "I. Etxeberria, Gerente", it: "R. Benassi, Amministratore", nl: "J. Hoekstra, directeur" }[lang]}`,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "heat-pump-contract", lang }, r, 0.3);
  }
  const s = VENUE[lang];
  const ev = nextDow(addDays(x, r.int(20, 150)), 6);
  const keys = addDays(ev, -1);
  const back = addDays(ev, 1);
  const fee = { en: 180, de: 250, fr: 320, es: 1450, it: 200, nl: 275 }[lang];
  const dep = { en: 100, de: 150, fr: 300, es: 500, it: 150, nl: 100 }[lang];
  const occasion = { en: "60th birthday party", de: "Familienfeier (Konfirmation)", fr: "repas de mariage", es: "celebración de comunión", it: "festa di compleanno", nl: "verjaardagsfeest" }[lang];
  const L = {
    en: { h: "HIRE AGREEMENT", hirer: "Hirer", ev: "Event", date: "Date of hire", time: "from 2pm until 11.30pm (music off by 11pm)", keys: "Keys may be collected from the caretaker on", back: "Keys to be returned by 10am on", fee: "Hire charge", dep: "Damage deposit (refundable within 14 days of the event, subject to inspection)", cond: "The Hirer has read and accepts the Hall's standard conditions of hire and will leave the premises clean and tidy.", sig: ["Signed (Hirer)", "Signed for the Trustees"], at: "Date" },
    de: { h: "NUTZUNGSVERTRAG", hirer: "Mieter", ev: "Veranstaltung", date: "Nutzungstag", time: "ab 14:00 Uhr bis 1:00 Uhr (Nachtruhe ab 22:00 Uhr im Außenbereich)", keys: "Schlüsselübergabe durch den Hausmeister am", back: "Rückgabe der Schlüssel und Abnahme am", fee: "Nutzungsentgelt", dep: "Kaution (Rückzahlung binnen 14 Tagen nach Abnahme)", cond: "Die Benutzungsordnung des Bürgerhauses wurde ausgehändigt und wird anerkannt.", sig: ["Mieter/in", "Für die Gemeinde"], at: "Lindenberg, den" },
    fr: { h: "CONVENTION DE MISE À DISPOSITION DE LA SALLE DES FÊTES", hirer: "Utilisateur", ev: "Manifestation", date: "Date", time: "de 10h00 au lendemain 4h00", keys: "Remise des clés et état des lieux d'entrée le", back: "État des lieux de sortie et restitution des clés le", fee: "Redevance", dep: "Caution (chèque restitué sous 15 jours après l'état des lieux)", cond: "L'utilisateur déclare avoir pris connaissance du règlement intérieur de la salle et fournir une attestation d'assurance.", sig: ["L'utilisateur", "Le Maire"], at: "Fait à Montlouis-sur-Loire, le" },
    es: { h: "CONTRATO DE ALQUILER DE ESPACIO PARA EVENTO", hirer: "Cliente", ev: "Evento", date: "Fecha del evento", time: "de 13:00 a 02:00 h", keys: "Visita y entrega de decoración el", back: "Retirada de enseres antes de las 12:00 del", fee: "Precio del alquiler", dep: "Fianza (se devolverá en 14 días tras revisar las instalaciones)", cond: "El Cliente acepta las condiciones generales del espacio y el aforo máximo de 120 personas.", sig: ["El Cliente", "Por Finca Los Olivos"], at: "En Ronda, a" },
    it: { h: "CONTRATTO DI CONCESSIONE IN USO DELLA SALA", hirer: "Richiedente", ev: "Evento", date: "Giorno", time: "dalle 15:00 alle 24:00", keys: "Consegna delle chiavi il", back: "Riconsegna delle chiavi entro le 10:00 del", fee: "Contributo d'uso", dep: "Deposito cauzionale (restituito entro 14 giorni)", cond: "Il richiedente dichiara di aver preso visione del regolamento della sala e di assumersi la responsabilità per eventuali danni.", sig: ["Il Richiedente", "Il Presidente della Pro Loco"], at: "Bibbiena," },
    nl: { h: "HUUROVEREENKOMST ZAALVERHUUR", hirer: "Huurder", ev: "Gelegenheid", date: "Datum", time: "van 14.00 tot 00.30 uur", keys: "Sleutel ophalen bij de beheerder op", back: "Sleutel inleveren vóór 10.00 uur op", fee: "Huurprijs", dep: "Borg (terugbetaling binnen 14 dagen na controle)", cond: "De huurder heeft het huishoudelijk reglement ontvangen en gaat hiermee akkoord.", sig: ["Huurder", "Namens het bestuur"], at: "Tilburg," },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    "",
    cols(`${L.hirer}:`, `${bare(person)}, ${home(r, lang).replace("\n", ", ")}`, 18),
    cols(`${L.ev}:`, occasion, 18),
    cols(`${L.date}:`, `${longDay(ev, lang)}, ${L.time}`, 18),
    "",
    `${L.keys} ${num(keys, lang)}.`,
    `${L.back} ${num(back, lang)}.`,
    "",
    cols(L.fee, money(fee, lang, r), 64),
    cols(L.dep, money(dep, lang, r), 64),
    "",
    L.cond,
    "",
    `${L.at} ${dt(x, lang, r)}`,
    "",
    `${L.sig[0]!.padEnd(36)}${L.sig[1]!}`,
    `${"_".repeat(28).padEnd(36)}${"_".repeat(28)}`,
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "hall-hire-agreement", lang }, r, 0.3);
};

// ─── Less common kinds ───────────────────────────────────────────────────────────────────────────────────────────

const RECALL: PerLang<Org> = {
  en: org("Brightwell Appliances UK Ltd", "Product Safety Team, PO Box 4411, Peterborough PE2 6FL", "Registered in England No. 04123871", "Peterborough"),
  de: org("Kaltmann Hausgeräte GmbH", "Produktsicherheit · Carl-Zeiss-Ring 12 · 85737 Ismaning", "Amtsgericht München HRB 118224", "Ismaning"),
  fr: org("Sélénia Électroménager SAS", "Service Sécurité Produits · 14 avenue de l'Europe, 69140 Rillieux-la-Pape", "RCS Lyon 402 117 339", "Rillieux-la-Pape"),
  es: org("Electrodomésticos Ártico S.A.", "Servicio de Seguridad de Producto · Avenida de la Industria 40, 28108 Alcobendas", "CIF A-28441120", "Alcobendas"),
  it: org("Elettrodomestici Valdora S.p.A.", "Servizio Sicurezza Prodotto · Viale Treviso 15, 33170 Pordenone", "P.IVA 01122880937", "Pordenone"),
  nl: org("Witgoed Nederland B.V.", "Afdeling Productveiligheid · Postbus 2210, 5600 CE Eindhoven", "KvK 17099342", "Eindhoven"),
};
const POST: PerLang<Org> = {
  en: org("Royal Mail", "Kettering Delivery Office, Northfield Avenue, Kettering NN16 9HU", "Royal Mail Group Ltd · royalmail.com/redelivery", "Kettering"),
  de: org("Deutsche Post DHL", "Postfiliale 412 · Nauklerstraße 12 · 72074 Tübingen", "Deutsche Post AG · dhl.de/benachrichtigung", "Tübingen"),
  fr: org("La Poste", "Bureau de poste de Valenciennes Principal · 2 rue du Quesnoy, 59300 Valenciennes", "La Poste SA · laposte.fr/modifier-une-livraison", "Valenciennes"),
  es: org("Correos", "Oficina de Logroño 1 · Calle Pérez Galdós 40, 26002 Logroño", "Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", "Logroño"),
  it: org("Poste Italiane", "Ufficio Postale Ravenna Centro · Piazza Garibaldi 1, 48121 Ravenna", "Poste Italiane S.p.A. · poste.it", "Ravenna"),
  nl: org("PostNL", "PostNL-punt Bruna Stationsplein 2, 3818 LE Amersfoort", "PostNL Pakketten Benelux B.V. · postnl.nl", "Amersfoort"),
};
const COURT: PerLang<Org> = {
  en: org("Jury Central Summoning Bureau", "Phoenix House, Rushton Avenue, Bradford BD3 7BH", "HM Courts & Tribunals Service · 0300 456 1024", "Bradford"),
  de: org("Amtsgericht Bielefeld", "Gerichtstraße 6 · 33602 Bielefeld", "Geschäftsstelle Abt. 41 · Telefon 0521 549-0", "Bielefeld"),
  fr: org("Tribunal judiciaire de Bordeaux", "Service de la cour d'assises · 30 rue des Frères Bonie, 33077 Bordeaux Cedex", "Ministère de la Justice", "Bordeaux"),
  es: org("Juzgado de lo Penal n.º 2 de Getafe", "Avenida Juan Carlos I s/n, 28905 Getafe", "Administración de Justicia · Comunidad de Madrid", "Getafe"),
  it: org("Tribunale Ordinario di Verona", "Sezione penale · Via dello Zappatore 3, 37122 Verona", "Ministero della Giustizia", "Verona"),
  nl: org("Gemeente Leiden", "Team Verkiezingen · Postbus 9100, 2300 PC Leiden", "www.leiden.example/verkiezingen · 14 071", "Leiden"),
};

// T9 — less common kinds, taken in turn: a maker's safety recall of a tumble dryer (the registered purchase, the
// production period, the recall programme's end), a postal service's missed-delivery card (the attempt's date and
// time as the card's own date, ready from the next day, kept until a day weeks ahead), and a civic duty: a jury
// summons in England with the service's first day, a witness summons in Germany, Spain and Italy with the hearing
// ahead and the offence's day before, a French juror's session, a Dutch polling station appointment with election
// day and a training evening.
let rareTurn = 0;
const rare: Template = (r, lang) => {
  const k = turn(rareTurn++, 3);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = RECALL[lang];
    const bought = born(r, 2016, x.y - 1);
    const p0: Day = { y: bought.y - 1, m: r.int(1, 12), d: 1 };
    const p1 = monthEnd(addMonths(p0, r.int(10, 30)));
    const until = monthEnd(addMonths(x, r.pick([6, 12, 18])));
    const model = `${r.pick(["TD", "WT", "HD"])}${r.int(700, 899)}${r.pick(["B", "W", "S"])}`;
    const serial = `${r.int(10000000, 99999999)}`;
    const url = { en: "brightwell-safety.example", de: "kaltmann-rueckruf.example", fr: "selenia-rappel.example", es: "artico-revision.example", it: "valdora-richiamo.example", nl: "witgoed-terugroepactie.example" }[lang];
    const L = {
      en: { s: `Important safety notice: tumble dryer model ${model}`, b: [`Our records show that you registered a Brightwell tumble dryer, model ${model}, serial number ${serial}, purchased on ${dt(bought, lang, r)}.`, `A small number of dryers made between ${MONTHS.en[p0.m - 1]!} ${p0.y} and ${MONTHS.en[p1.m - 1]!} ${p1.y} may have a fault in the door switch which could overheat. Please unplug your dryer and do not use it until it has been checked.`, `We will modify your dryer free of charge at your home. Book a visit at ${url} or call 0800 555 0144. This programme runs until ${dt(until, lang, r)}.`], sign: "Product Safety Team" },
      de: { s: `Wichtiger Sicherheitshinweis zu Ihrem Wäschetrockner ${model}`, b: [`laut unseren Unterlagen haben Sie einen Kaltmann-Wäschetrockner, Modell ${model}, Seriennummer ${serial}, gekauft am ${num(bought, lang)}, registriert.`, `Bei einem Teil der zwischen ${pad(p0.m)}/${p0.y} und ${pad(p1.m)}/${p1.y} gefertigten Geräte kann der Türschalter überhitzen. Bitte trennen Sie das Gerät vom Netz und benutzen Sie es bis zur Prüfung nicht mehr.`, `Unser Kundendienst bessert das Gerät kostenlos bei Ihnen zu Hause nach. Termin unter ${url} oder 0800 555 3100. Die Aktion läuft bis zum ${dt(until, lang, r)}.`], sign: "Ihre Kaltmann Produktsicherheit" },
      fr: { s: `Rappel de sécurité — sèche-linge ${model}`, b: [`Selon nos informations, vous avez enregistré un sèche-linge Sélénia ${model}, n° de série ${serial}, acheté le ${num(bought, lang)}.`, `Certains appareils fabriqués entre ${MONTHS.fr[p0.m - 1]!} ${p0.y} et ${MONTHS.fr[p1.m - 1]!} ${p1.y} présentent un risque d'échauffement de l'interrupteur de porte. Nous vous demandons de débrancher l'appareil et de ne plus l'utiliser.`, `Un technicien interviendra gratuitement à votre domicile. Prenez rendez-vous sur ${url} (0 800 55 12 12). Cette campagne est ouverte jusqu'au ${dt(until, lang, r)}.`], sign: "Le Service Sécurité Produits" },
      es: { s: `Aviso de seguridad: secadora modelo ${model}`, b: [`Según nuestros registros, usted registró una secadora Ártico modelo ${model}, n.º de serie ${serial}, adquirida el ${num(bought, lang)}.`, `Algunas unidades fabricadas entre ${MONTHS.es[p0.m - 1]!} de ${p0.y} y ${MONTHS.es[p1.m - 1]!} de ${p1.y} pueden presentar un sobrecalentamiento del interruptor de la puerta. Desenchufe la secadora y no la utilice.`, `Nuestro servicio técnico la revisará gratuitamente en su domicilio. Pida cita en ${url} o en el 900 555 321. La campaña estará activa hasta el ${dt(until, lang, r)}.`], sign: "Servicio de Seguridad de Producto" },
      it: { s: `Avviso di sicurezza: asciugatrice modello ${model}`, b: [`Dai nostri archivi risulta che Lei ha registrato un'asciugatrice Valdora modello ${model}, matricola ${serial}, acquistata il ${num(bought, lang)}.`, `Alcuni apparecchi prodotti tra ${MONTHS.it[p0.m - 1]!} ${p0.y} e ${MONTHS.it[p1.m - 1]!} ${p1.y} potrebbero presentare un surriscaldamento dell'interruttore dello sportello. La preghiamo di scollegare l'apparecchio e di non utilizzarlo.`, `Un tecnico interverrà gratuitamente a domicilio. Prenoti su ${url} o al numero verde 800 555 744. La campagna è attiva fino al ${dt(until, lang, r)}.`], sign: "Servizio Sicurezza Prodotto" },
      nl: { s: `Belangrijke veiligheidswaarschuwing: droger ${model}`, b: [`Volgens onze gegevens heeft u een Witgoed-droger, type ${model}, serienummer ${serial}, gekocht op ${num(bought, lang)}, geregistreerd.`, `Bij een deel van de drogers die tussen ${MONTHS.nl[p0.m - 1]!} ${p0.y} en ${MONTHS.nl[p1.m - 1]!} ${p1.y} zijn geproduceerd, kan de deurschakelaar oververhit raken. Haal de stekker uit het stopcontact en gebruik de droger niet meer.`, `Een monteur past uw droger gratis bij u thuis aan. Maak een afspraak via ${url} of 0800 555 0190. De actie loopt tot en met ${dt(until, lang, r)}.`], sign: "Afdeling Productveiligheid" },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${model}-${r.int(100000, 999999)}`, L.sign), documentDate: isoDay(x), correspondent: s.name, kind: "product-recall-letter", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = POST[lang];
    const t = hm(r, 9, 17);
    const ready = addDays(x, 1);
    const keep = addDays(x, { en: 18, de: 7, fr: 15, es: 15, it: 30, nl: 7 }[lang]);
    const from = r.pick(["AMAZON EU SARL", "ZALANDO SE", "HMRC", "DVLA", "DECATHLON", "IKEA"]);
    const L = {
      en: [`Sorry we missed you`, `We tried to deliver your item on`, `Date: ${num2(x, lang)}    Time: ${t}`, `Item: ${r.pick(["Parcel", "Large letter", "Special Delivery"])} — signature required · From: ${from}`, `Ready to collect from ${num2(ready, lang)} after 12 noon at:`, s.addr, `We'll keep it for 18 calendar days (until ${num2(keep, lang)}). Bring this card and photo ID.`, `Or reschedule delivery online · Ref: RD ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1, 9)}GB`],
      de: [`Benachrichtigung`, `Wir haben Sie leider nicht angetroffen.`, `Zustellversuch am ${num(x, lang)} um ${t} Uhr`, `Sendung: ${r.pick(["Paket", "Einschreiben", "Nachnahme"])} · Absender: ${from}`, `Ihre Sendung liegt ab ${num(ready, lang)}, 10:00 Uhr zur Abholung bereit in:`, s.addr, `Lagerfrist: 7 Werktage (bis ${num(keep, lang)}). Bitte Ausweis und diese Karte mitbringen.`, `Sendungsnummer: 00340${r.int(100000000, 999999999)}${r.int(10000, 99999)}`],
      fr: [`AVIS DE PASSAGE`, `Nous sommes passés le ${num(x, lang)} à ${frTime(t, lang)}, vous étiez absent(e).`, `Objet : ${r.pick(["Colissimo", "Lettre recommandée avec AR", "Chronopost"])} · Expéditeur : ${from}`, `Disponible à partir du ${num(ready, lang)} à 15h00 à :`, s.addr, `Délai de mise en instance : 15 jours, jusqu'au ${num(keep, lang)} inclus. Présentez cet avis et une pièce d'identité.`, `N° d'envoi : ${r.pick(["1A", "6A", "RK"])}${r.int(100000000, 999999999)}${r.int(10, 99)}`],
      es: [`AVISO DE LLEGADA`, `Intento de entrega: ${num(x, lang)} — ${t} h (ausente)`, `Envío: ${r.pick(["Paquete", "Carta certificada", "Notificación administrativa"])} · Remitente: ${from}`, `Puede recogerlo a partir del ${num(ready, lang)} en:`, s.addr, `Plazo de recogida: 15 días naturales (hasta el ${num(keep, lang)}). Presente DNI o documento equivalente.`, `Código de envío: PQ${r.int(10000, 99999)}${r.int(100000000, 999999999)}`],
      it: [`AVVISO DI GIACENZA`, `Il giorno ${num(x, lang)} alle ore ${t} non è stato possibile recapitare per assenza del destinatario:`, `${r.pick(["Raccomandata AR", "Pacco ordinario", "Atto giudiziario"])} n. ${r.int(10000000, 99999999)}${r.int(1000, 9999)} · Mittente: ${from}`, `Ritirabile dal giorno ${num(ready, lang)} presso:`, s.addr, `L'invio resta in giacenza per 30 giorni, fino al ${num(keep, lang)}. Presentarsi con documento di riconoscimento.`],
      nl: [`Je was niet thuis`, `We kwamen langs op ${dt(x, lang, r)} om ${frTime(t, lang)} uur.`, `Zending: ${r.pick(["pakket", "aangetekende brief", "brievenbuspakje"])} van ${from}`, `Je kunt het ophalen vanaf ${num(ready, lang)} na 15.00 uur bij:`, s.addr, `Ophalen kan tot en met ${num(keep, lang)}. Neem deze kaart en je legitimatie mee.`, `Barcode 3S${r.pick(["QYD", "KLM", "PNT"])}${r.int(10000000, 99999999)}`],
    }[lang];
    const lines = [s.name, "", ...L, "", s.foot];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "missed-delivery-card", lang }, r, 0.4);
  }
  const s = COURT[lang];
  const pb = born(r, 1955, 2000);
  if (lang === "en") {
    const start = nextDow(addDays(x, r.int(42, 90)), 1);
    const reply = addDays(x, 7);
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      "JURY SUMMONS",
      cols("Juror number:", `${r.int(100000000, 999999999)}`, 20),
      cols("Date of issue:", dt(x, lang, r), 20),
      cols("Date of birth:", num(pb, lang), 20),
      "",
      `You are summoned to attend for jury service at Reading Crown Court, Forbury Road, Reading RG1 3EH, on ${weekday(start, lang)} ${ord(start.d)} ${MONTHS.en[start.m - 1]!} ${start.y} at 9.00am, for a period of 10 working days, unless you are told otherwise.`,
      `You must reply within 7 days, by ${dt(reply, lang, r)}, online at gov.uk/jury-service or by returning the reply form.`,
      "If you do not reply, or do not attend, you may be fined up to £1,000.",
      "",
      "Jury Central Summoning Bureau",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "jury-summons", lang }, r, 0.3);
  }
  if (lang === "nl") {
    const elec = nextDow(addDays(x, r.int(20, 60)), 3);
    const train = addDays(elec, -r.int(7, 14));
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      cols("Datum:", dt(x, lang, r), 16),
      cols("Kenmerk:", `VK/${x.y}/${r.int(1000, 9999)}`, 16),
      cols("Onderwerp:", "benoeming stembureaulid", 16),
      "",
      salute(person, lang),
      "",
      `Hartelijk dank voor uw aanmelding. Het college van burgemeester en wethouders benoemt u tot lid van stembureau ${r.int(1, 99)} (${r.pick(["Stadhuis", "Bibliotheek Nieuwstraat", "Sporthal De Kooi"])}) voor de verkiezing op ${longDay(elec, lang)}.`,
      "Het stembureau is geopend van 7.30 tot 21.00 uur; u bent om 7.00 uur aanwezig. Na sluiting telt u mee de stemmen.",
      `De verplichte instructiebijeenkomst is op ${longDay(train, lang)} om 19.30 uur in het stadhuis.`,
      "U ontvangt een vergoeding van € 200,00 voor de hele dag.",
      "",
      r.pick(regards.nl),
      "Team Verkiezingen",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "polling-station-appointment", lang }, r, 0.3);
  }
  if (lang === "fr") {
    const open = nextDow(addDays(x, r.int(30, 70)), 1);
    const close = addDays(open, r.pick([11, 18]));
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `Bordeaux, le ${dt(x, lang, r)}`,
      "",
      "CONVOCATION EN QUALITÉ DE JURÉ DE LA COUR D'ASSISES",
      "",
      salute(person, lang),
      "",
      `Vous avez été désigné(e) par tirage au sort pour faire partie du jury criminel de la session de la cour d'assises de la Gironde qui s'ouvrira le ${longDay(open, lang)} à 9h00 et se terminera au plus tard le ${num(close, lang)}.`,
      `Vous êtes tenu(e) de vous présenter muni(e) de la présente convocation et d'une pièce d'identité. Date de naissance figurant sur la liste : ${num(pb, lang)}.`,
      "Toute absence non justifiée est passible d'une amende de 3 750 €.",
      "",
      "Le Directeur de greffe",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "juror-summons", lang }, r, 0.3);
  }
  const hearing = workday(addDays(x, r.int(25, 90)));
  const offence = addDays(x, -r.int(120, 420));
  const ht = r.pick(["09:00", "09:30", "10:30", "11:15"]);
  const L = {
    de: { h: "Ladung", az: `Aktenzeichen: 41 Cs ${r.int(100, 999)} Js ${r.int(1000, 9999)}/${String(offence.y).slice(2)}`, top: `Bielefeld, ${num(x, lang)}`, b: [`in der Strafsache gegen Kevin M. wegen Sachbeschädigung (Tatzeit: ${num(offence, lang)}) werden Sie als Zeugin/Zeuge geladen zum Termin zur Hauptverhandlung am`, `    ${longDay(hearing, lang)}, ${ht} Uhr, Saal 2.105.`, "Bitte bringen Sie diese Ladung und einen amtlichen Lichtbildausweis mit. Zeugenentschädigung nach dem JVEG wird auf Antrag gewährt.", "Bleiben Sie ohne genügende Entschuldigung aus, können Ihnen die verursachten Kosten sowie ein Ordnungsgeld auferlegt werden."], sign: "Auf Anordnung\nJustizbeschäftigte\nDieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig." },
    es: { h: "CÉDULA DE CITACIÓN", az: `Procedimiento Abreviado ${r.int(100, 599)}/${offence.y}`, top: `En Getafe, a ${dt(x, lang, r)}`, b: [`Por la presente se le cita en calidad de TESTIGO para que comparezca ante este Juzgado el día ${longDay(hearing, lang)}, a las ${ht} horas, a fin de asistir al acto del juicio oral, en relación con los hechos ocurridos el ${num(offence, lang)}.`, "Deberá presentarse con su DNI. Si no compareciere sin justa causa podrá ser sancionado/a con multa conforme al art. 420 LECrim.", `Fecha de nacimiento que consta: ${num(pb, lang)}.`], sign: "El/La Letrado/a de la Administración de Justicia" },
    it: { h: "CITAZIONE DEL TESTIMONE", az: `R.G.N.R. ${r.int(1000, 9999)}/${offence.y} — R.G. Trib. ${r.int(100, 999)}/${x.y}`, top: `Verona, ${dt(x, lang, r)}`, b: [`Il Pubblico Ministero cita la S.V., nata/o il ${num(pb, lang)}, a comparire quale testimone all'udienza del ${longDay(hearing, lang)}, ore ${ht}, aula ${r.int(1, 12)}, nel procedimento penale relativo ai fatti del ${num(offence, lang)}.`, "In caso di mancata comparizione senza legittimo impedimento, potrà essere disposto l'accompagnamento coattivo e la condanna al pagamento di una somma (art. 133 c.p.p.).", "Presentarsi muniti di documento d'identità."], sign: "Il Cancelliere" },
  }[lang];
  const lines = [s.name, s.addr, "", bare(person), home(r, lang), "", L.top, L.az, "", L.h, "", salute(person, lang), "", ...L.b, "", L.sign, "", s.foot];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "witness-summons", lang }, r, 0.3);
};

// T10 — what a phone, a camera app or a computer hands over without a printed date of its own: a whiteboard photo
// from Office Lens, a banking app's transfer screen ("Today, 14:32") in a Samsung screenshot named with its app, a
// paper list photographed with the Windows camera app, a messenger chat in a MIUI screenshot named with its package,
// a handover note the user filed under a dotted date ("2025.03.03 Schlüsselübergabe.pdf") — dated only by the file
// name in shapes no other half uses ("Office Lens 20250303-143210.jpg", "Screenshot_20250303-143210_Banking.jpg",
// "WIN_20250303_14_32_10_Pro.jpg", "Screenshot_2025-03-03-14-32-10-123_com.whatsapp.jpg", "2025.03.03 ….pdf"); and
// pages with no date at all (label null): a manual's page, a takeaway menu, house rules, a Wi-Fi card, a game's
// rules. Taken in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  if (turn(n, 2) === 0) {
    const shape = Math.floor(n / 2) % 5;
    const texts: PerLang<string[]> = {
      en: ["TEAM MEETING — ACTIONS\n1. Chase supplier re invoices (Sam)\n2. New starter laptop (Priya)\n3. Book fire drill", "Transfer sent ✓\n£45.00 to Anna Berger\nReference: concert tickets\nToday, 14:32\nShare receipt", "EMERGENCY CONTACTS\nGas leaks 0800 111 999\nPower cut 105\nPlumber (Dave) 07700 900 412\nBuilding manager 01223 555 019", "Mum: can you pay me back the £23.50 for the tickets?\nMe: sure, sending now 👍\nMum: thanks love x", "KEY HANDOVER\nFlat 2, 14 Harbour Road\n2 front door keys, 1 postbox key, 1 fob handed over\nMeter readings: elec 48213, gas 10234\nSigned: ______  ______"],
      de: ["TEAMBESPRECHUNG — TO-DOS\n1. Rechnungen Lieferant nachfassen (Sven)\n2. Laptop für neue Kollegin (Aylin)\n3. Brandschutzübung planen", "Überweisung ausgeführt ✓\n45,00 € an Anna Berger\nVerwendungszweck: Konzertkarten\nHeute, 14:32\nBeleg teilen", "NOTFALLNUMMERN\nGasgeruch 0800 222 333\nStörung Strom 0800 4 11 22\nHausmeister Herr Kaya 0171 555 2233", "Mama: Kannst du mir die 23,50 € für die Karten zurücküberweisen?\nIch: klar, mach ich gleich 👍\nMama: danke dir ❤️", "SCHLÜSSELÜBERGABE\nWohnung 2. OG links, Goethestraße 17\n2 Haustürschlüssel, 1 Briefkastenschlüssel, 1 Kellerschlüssel übergeben\nZählerstände: Strom 48213, Wasser 812,4\nUnterschriften: ______  ______"],
      fr: ["RÉUNION D'ÉQUIPE — ACTIONS\n1. Relancer le fournisseur (Julie)\n2. PC pour le nouvel arrivant (Karim)\n3. Exercice incendie", "Virement envoyé ✓\n45,00 € à Anna Berger\nMotif : places de concert\nAujourd'hui, 14:32", "NUMÉROS D'URGENCE\nFuite de gaz 0 800 47 33 33\nPanne électricité 09 72 67 50 XX\nGardienne Mme Lopes 06 12 55 40 21", "Maman : tu peux me rembourser les 23,50 € des places ?\nMoi : oui je fais le virement 👍\nMaman : merci ma chérie", "REMISE DES CLÉS\nAppartement 12, 17 rue Victor Hugo\n2 clés porte d'entrée, 1 badge, 1 clé boîte aux lettres remis\nRelevés : électricité 48213, eau 812\nSignatures : ______  ______"],
      es: ["REUNIÓN DE EQUIPO — TAREAS\n1. Reclamar facturas al proveedor (Marta)\n2. Portátil para la nueva (Iker)\n3. Simulacro de incendio", "Transferencia enviada ✓\n45,00 € a Anna Berger\nConcepto: entradas concierto\nHoy, 14:32", "TELÉFONOS DE URGENCIA\nAverías gas 900 750 750\nAverías luz 900 171 171\nPortero Sr. Gil 600 555 214", "Mamá: ¿me devuelves los 23,50 € de las entradas?\nYo: claro, te hago un Bizum 👍\nMamá: gracias cariño", "ENTREGA DE LLAVES\nPiso 3.º B, Calle Mayor 14\n2 llaves portal, 1 llave buzón, 1 mando garaje entregados\nLecturas: luz 48213, agua 812\nFirmas: ______  ______"],
      it: ["RIUNIONE DI TEAM — AZIONI\n1. Sollecitare fornitore (Giorgia)\n2. PC per il nuovo collega (Luca)\n3. Prova di evacuazione", "Bonifico inviato ✓\n45,00 € a Anna Berger\nCausale: biglietti concerto\nOggi, 14:32", "NUMERI DI EMERGENZA\nGuasti gas 800 900 999\nGuasti luce 800 500 080\nPortiere Sig. Russo 333 555 2140", "Mamma: mi ridai i 23,50 € dei biglietti?\nIo: certo, ti faccio il bonifico 👍\nMamma: grazie tesoro", "CONSEGNA CHIAVI\nAppartamento int. 5, Via Garibaldi 21\n2 chiavi portone, 1 chiave cassetta posta, 1 telecomando consegnati\nLetture: luce 48213, acqua 812\nFirme: ______  ______"],
      nl: ["TEAMOVERLEG — ACTIEPUNTEN\n1. Leverancier nabellen over facturen (Sanne)\n2. Laptop nieuwe collega (Bram)\n3. Ontruimingsoefening plannen", "Overboeking verstuurd ✓\n€ 45,00 naar Anna Berger\nOmschrijving: concertkaartjes\nVandaag, 14:32", "NOODNUMMERS\nGaslucht 0800 9009\nStroomstoring 0800 9009\nHuismeester dhr. Bos 06 5555 2140", "Mam: kun je me de € 23,50 voor de kaartjes terugbetalen?\nIk: ja, doe ik nu via Tikkie 👍\nMam: dankjewel lieverd", "SLEUTELOVERDRACHT\nPrinsengracht 101-II\n2 voordeursleutels, 1 postbussleutel, 1 tag overhandigd\nMeterstanden: stroom 48213, gas 10234\nHandtekeningen: ______  ______"],
    };
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const hh = pad(r.int(7, 22)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const bank = { en: "Monzo", de: "Sparkasse", fr: "Ma Banque", es: "BBVA", it: "Intesa Sanpaolo", nl: "ING" }[lang];
    const word = { en: "Key handover", de: "Schlüsselübergabe", fr: "Remise des clés", es: "Entrega de llaves", it: "Consegna chiavi", nl: "Sleuteloverdracht" }[lang];
    const filename = [`Office Lens ${ymd}-${hh}${mi}${ss}.jpg`, `Screenshot_${ymd}-${hh}${mi}${ss}_${bank}.jpg`, `WIN_${ymd}_${hh}_${mi}_${ss}_Pro.jpg`, `Screenshot_${x.y}-${pad(x.m)}-${pad(x.d)}-${hh}-${mi}-${ss}-${pad(r.int(0, 999), 3)}_com.whatsapp.jpg`, `${x.y}.${pad(x.m)}.${pad(x.d)} ${word}.pdf`][shape]!;
    return { text: texts[lang][shape]!.replace("14:32", `${hh}:${mi}`), filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["office-lens", "samsung-app-screenshot", "windows-camera", "miui-screenshot", "user-dotted-date"][shape]}`, lang };
  }
  const texts: PerLang<string[]> = {
    en: ["6. Cleaning the filter\nSwitch off and unplug the appliance.\nPull the filter out of the door frame and rinse it under warm water.\nNever run the dryer without the filter.", "GOLDEN DRAGON TAKEAWAY\n23 Sweet & sour chicken £7.80\n41 Beef in black bean £8.20\n58 Egg fried rice £3.50\nFree delivery over £20 · Closed Tuesdays", "HOUSE RULES\nNo bikes in the hallway\nBins out on Sunday evening\nQuiet hours 10pm – 7am\nPlease close the front door behind you", "Wi-Fi\nNetwork: Rosewood-Guest\nPassword: bluebell-27-garden", "HOW TO PLAY\nEach player draws 7 tiles.\nThe youngest player starts.\nFirst to reach 100 points wins."],
    de: ["6. Reinigung des Flusensiebs\nGerät ausschalten und Netzstecker ziehen.\nSieb aus dem Türrahmen ziehen und unter warmem Wasser ausspülen.\nTrockner nie ohne Sieb betreiben.", "PIZZERIA DA MARIO — LIEFERKARTE\n12 Pizza Margherita 8,50\n17 Pizza Salame 9,90\n31 Spaghetti Carbonara 10,50\nLieferung ab 15 € frei · Dienstag Ruhetag", "HAUSORDNUNG\nKeine Fahrräder im Treppenhaus\nMülltonnen sonntags abends an die Straße\nRuhezeiten 22 – 7 Uhr\nHaustür bitte stets schließen", "WLAN\nNetzwerk: Ferienwohnung-Gast\nPasswort: Sonnenblume27", "SPIELREGELN\nJeder Spieler zieht 7 Steine.\nDer jüngste Spieler beginnt.\nWer zuerst 100 Punkte hat, gewinnt."],
    fr: ["6. Nettoyage du filtre\nÉteignez et débranchez l'appareil.\nRetirez le filtre du cadre de porte et rincez-le à l'eau tiède.\nNe jamais utiliser le sèche-linge sans filtre.", "PIZZA NAPOLI — CARTE\nMargherita 9,50 €\nReine 11,00 €\nQuatre fromages 12,50 €\nLivraison gratuite dès 20 € · Fermé le lundi", "RÈGLEMENT DE L'IMMEUBLE\nPas de vélos dans le hall\nSortie des poubelles le dimanche soir\nSilence de 22h à 7h", "Wi-Fi\nRéseau : Gite-Invites\nMot de passe : lavande-27-jardin", "RÈGLE DU JEU\nChaque joueur pioche 7 lettres.\nLe plus jeune commence.\nLe premier à 100 points gagne."],
    es: ["6. Limpieza del filtro\nApague y desenchufe el aparato.\nExtraiga el filtro y enjuáguelo con agua tibia.\nNo utilice nunca la secadora sin filtro.", "PIZZERÍA LA TOSCANA — CARTA\nMargarita 8,50 €\nBarbacoa 10,90 €\nCuatro quesos 10,50 €\nEnvío gratis a partir de 15 € · Lunes cerrado", "NORMAS DE LA COMUNIDAD\nNo dejar bicicletas en el portal\nBasura a partir de las 20:00\nSilencio de 23:00 a 8:00", "Wi-Fi\nRed: Apartamento-Invitados\nContraseña: girasol-27-jardin", "REGLAS DEL JUEGO\nCada jugador roba 7 fichas.\nEmpieza el más joven.\nGana quien llegue antes a 100 puntos."],
    it: ["6. Pulizia del filtro\nSpegnere e scollegare l'apparecchio.\nEstrarre il filtro dallo sportello e sciacquarlo con acqua tiepida.\nNon usare mai l'asciugatrice senza filtro.", "PIZZERIA DA GENNARO — MENÙ\nMargherita 6,50\nDiavola 8,00\nQuattro formaggi 8,50\nConsegna gratuita sopra i 20 € · Chiuso il martedì", "REGOLAMENTO CONDOMINIALE\nVietato lasciare biciclette nell'androne\nRifiuti il lunedì e il giovedì sera\nSilenzio dalle 22 alle 7", "Wi-Fi\nRete: Casa-Ospiti\nPassword: girasole-27-giardino", "REGOLE DEL GIOCO\nOgni giocatore pesca 7 tessere.\nInizia il più giovane.\nVince chi arriva per primo a 100 punti."],
    nl: ["6. Het filter reinigen\nZet het apparaat uit en haal de stekker uit het stopcontact.\nTrek het filter uit de deursponning en spoel het af onder warm water.\nGebruik de droger nooit zonder filter.", "CHINEES INDISCH RESTAURANT DE LOTUS\n23 Babi pangang € 12,50\n41 Foe yong hai € 11,00\n58 Nasi goreng speciaal € 13,50\nGratis bezorging vanaf € 20 · Maandag gesloten", "HUISREGELS\nGeen fietsen in het trappenhuis\nContainers op zondagavond aan de straat\nStilte tussen 22.00 en 7.00 uur", "Wifi\nNetwerk: Vakantiehuis-Gast\nWachtwoord: zonnebloem-27-tuin", "SPELREGELS\nIedere speler pakt 7 stenen.\nDe jongste speler begint.\nWie als eerste 100 punten heeft, wint."],
  };
  return { text: r.pick(texts[lang]), filename: r.pick(["Untitled document.pdf", "scan-7.pdf", "IMG_0831.HEIC", "Scanned Document 4.pdf", "image.png", "Document 2.pdf"]), documentDate: null, correspondent: null, kind: "undated-page", lang };
};

export const HELDOUT11_TEMPLATES: Template[] = [receipts, invoices, bills, bankLetters, workHomeSchool, insurance, doctorsAndAuthorities, contractsAndOrders, rare, photosAndScans];
export const heldout11Langs = (): Lang[] => ALL;
