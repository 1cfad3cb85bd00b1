// The ninth HELD-OUT half of the fields dev set (issue 17), round 12: written and committed (with its JSONL) before
// any reader change of round 12, to measure the document-date, correspondent and total readers on documents nobody
// tuned on. Never read by training, never used to choose between variants before the one measurement. Written from
// the earlier halves' headers and templates only (not from the readers). Like heldout6 to heldout8, its mix follows
// what a household or a small office uploads, in proportions close to reality, in layouts, senders and wordings no
// other half uses: receipts (a dry cleaner's ticket with the ready-after day; an optician's with the eye test's date,
// the collection day and the next test due as MM/YYYY; a post office counter's with a two-digit-year stamp and an
// expected delivery; an electronics shop's with an ISO stamp, serial numbers and a warranty end; a hair salon's with
// a tip and the next appointment without a year), invoices of other trades (a removal firm's with the survey and the
// moving day; a driving school's with dated lessons and the test booked ahead; a tax adviser's for last year's return
// — a US accountant in dollars with month-first dates; a pet boarding kennel's with arrival and departure and the
// pet's birth date; a phone repair shop's with the day the device came in, its purchase date and a repair warranty),
// bills (district heating with a billing period and meter readings; a heating-oil delivery with the order and
// delivery days; a residents' parking permit valid for a year; a self-storage unit's monthly rent — the English one
// a US storage company's in dollars), bank and broker letters and statements (a fixed-term deposit about to mature,
// opened years before; a securities contract note with trade and settlement dates; a returned direct debit with the
// day it was presented; a payment app's monthly statement that prints only its period and dated rows, labelled with
// the period's end), letters from employers (annual leave approved for days ahead, the request's date; the end of
// probation, employed since), landlords (contractors' access for works on a day ahead, an earlier survey) and schools
// (unauthorised absences on earlier days, a meeting ahead), insurers (a cancellation confirmed with the cover's end
// and the date the notice was received; a life policy's annual statement as at the last 31 December, with the start,
// the maturity and the insured's birth date; a no-claims certificate for the years of cover), doctors and
// authorities (a GP's vaccination recall with the last dose years before; a screening invitation with the
// appointment ahead; an identity card or passport ready for collection, applied for earlier, valid ten years),
// contracts and order confirmations (a new car's binding order with delivery expected months ahead; a party
// caterer's order with the event ahead; an energy supplier's switch confirmation with the supply start and a price
// guarantee; a music school's enrolment signed at the foot with the pupil's birth date) and a few less common kinds
// (a blood donation record with the next possible donation; a fishing licence valid from and to; a tyre storage
// receipt with the next season's change). About one in twenty is a phone photo, a screenshot or a scan dated only by
// its file name in shapes no other half uses ("photo_2025-03-03_14-32-10.jpg", "signal-2025-03-03-143210_002.jpeg",
// "Scanned_20250303-1432.pdf", "img20250303_14321050.jpg", "Bildschirmfoto 2025-03-03 um 14.32.10.png",
// "Screen Shot 2025-03-03 at 2.32.10 PM.png"), one in twenty carries no date (label null). Dates as these senders
// print them: "3 March 2025", "3rd March 2025", "3 Mar 2025", "03/03/2025", "03.03.2025", "3. März 2025", "3.3.2025",
// "3 mars 2025", "1er mars 2025", "3 de marzo de 2025", "3-3-2025", "3 marzo 2025", "3/3/2025", "3 maart 2025",
// "3 mrt. 2025", "03-03-2025", two-digit years on tills ("03/03/25 14:32"), ISO dates from systems, times beside
// them, days without a year for appointments ("Di 15.04. 10:30"); "03/05/2025" and "March 5, 2025" for 5 March only
// from US senders in dollars.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, pad, PEOPLE, randomDay, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, VAT, type Org, org, ord, cents, sum, monthEnd, addMonths, dow, workday, weekday, bare, bareAmt, cols, num, num2, dayMonth, usNum, usd, hm, home, totalOf, usTotal, turn, scannedAt, slot, type Item } from "./common.ts";

/** The date as this half's (European) documents print it in running text and letter heads. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${ord(x.d)} ${M} ${x.y}`, `${x.d} ${A} ${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${M} ${x.y}`, `${x.d}.${x.m}.${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${x.d}-${x.m}-${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${x.d}/${x.m}/${x.y}`],
    nl: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d} ${A} ${x.y}`],
  };
  return r.pick(forms[lang]);
}
const SHORT_WD: PerLang<string[]> = {
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  de: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
  fr: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
  es: ["dom.", "lun.", "mar.", "mié.", "jue.", "vie.", "sáb."],
  it: ["dom", "lun", "mar", "mer", "gio", "ven", "sab"],
  nl: ["zo", "ma", "di", "wo", "do", "vr", "za"],
};
const wdShort = (x: Day, lang: Lang) => SHORT_WD[lang][dow(x)]!;
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
const scanned = scannedAt(0.38, 0.03);
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
const regards: PerLang<string> = { en: "Kind regards,", de: "Freundliche Grüße", fr: "Nous vous prions d'agréer nos salutations distinguées.", es: "Reciba un cordial saludo,", it: "Distinti saluti", nl: "Met vriendelijke groeten," };
const pct = (v: number, lang: Lang) => (lang === "en" ? `${v}%` : `${String(v).replace(".", ",")} %`);

// ─── Receipts ────────────────────────────────────────────────────────────────────────────────────────────────────

const CLEANER: PerLang<Org> = {
  en: org("Valet Express Dry Cleaners", "14 High Street, Guildford GU1 3DY", "VAT Reg. 287 5530 19", "Guildford"),
  de: org("Textilreinigung Blitzblank", "Inh. Aylin Kaya · Marienstraße 12 · 30171 Hannover", "St.-Nr. 25/118/40372", "Hannover"),
  fr: org("Pressing de la Mairie", "4 place de la Mairie, 92100 Boulogne-Billancourt", "EURL Pressing Mairie · SIRET 519 330 216 00011", "Boulogne-Billancourt"),
  es: org("Tintorería Nieves", "Calle de la Princesa 31, 28008 Madrid", "NIF 05412367-T", "Madrid"),
  it: org("Lavanderia Tintoria Aurora", "Via Po 18, 10124 Torino", "P.IVA 09128830015", "Torino"),
  nl: org("Stomerij Van Dam", "Voorstraat 51, 3512 AK Utrecht", "KvK 30071288 · btw NL001928374B01", "Utrecht"),
};
const OPTICIAN: PerLang<Org> = {
  en: org("Vision Express Cheltenham", "Unit 12, Regent Arcade, Cheltenham GL50 1JZ", "Vision Express (UK) Ltd · VAT GB 524 1937 47", "Cheltenham"),
  de: org("Optik Schröder", "Augenoptikermeisterin Petra Schröder · Lange Straße 22 · 26122 Oldenburg", "USt-IdNr. DE 117 304 982", "Oldenburg"),
  fr: org("Optique du Marché", "9 rue du Marché, 17000 La Rochelle", "SARL Optique du Marché · SIRET 752 090 118 00014", "La Rochelle"),
  es: org("Óptica Miranda", "Calle Uría 12, 33003 Oviedo", "CIF B-33561274 · Reg. Sanitario 3/0921", "Oviedo"),
  it: org("Ottica Bellini", "Corso Cavour 61, 70121 Bari", "P.IVA 06211450721", "Bari"),
  nl: org("Brillenhuis Oranjestraat", "Oranjestraat 14, 7411 JG Deventer", "KvK 08211994", "Deventer"),
};
const POST: PerLang<Org> = {
  en: org("Post Office", "Kendal Post Office, 75 Stricklandgate, Kendal LA9 4RA", "Post Office Ltd · VAT No. GB 243 1707 33", "Kendal"),
  de: org("Deutsche Post Filiale 512", "im Schreibwarenladen Lindner · Hauptstraße 48 · 73033 Göppingen", "Deutsche Post AG · USt-IdNr. DE 169 838 187", "Göppingen"),
  fr: org("La Poste — Bureau de Poste Annecy Principal", "4 rue des Glières, 74000 Annecy", "La Poste SA · RCS Paris 356 000 000", "Annecy"),
  es: org("Correos — Oficina Principal de Burgos", "Plaza del Conde de Castro 1, 09002 Burgos", "Sociedad Estatal Correos y Telégrafos S.A. · CIF A-83052407", "Burgos"),
  it: org("Poste Italiane — Ufficio Postale Lecce Centro", "Piazza Libertini 1, 73100 Lecce", "Poste Italiane S.p.A. · P.IVA 01114601006", "Lecce"),
  nl: org("PostNL Punt Primera Centrum", "Grote Markt 7, 8011 LV Zwolle", "Post.nl B.V. · KvK 27124701", "Zwolle"),
};
const ELECTRO: PerLang<Org> = {
  en: org("Currys Norwich Riverside", "Riverside Retail Park, Norwich NR1 1WR", "Currys Group Ltd · VAT No. GB 226 7954 47", "Norwich"),
  de: org("MediaMarkt Dresden-Nickern", "Dohnaer Straße 246 · 01239 Dresden", "Media Markt Dresden-Nickern GmbH · HRB 19902", "Dresden"),
  fr: org("Boulanger Villeneuve-d'Ascq", "Centre commercial V2, 59650 Villeneuve-d'Ascq", "Boulanger SA · RCS Lille 347 384 570", "Villeneuve-d'Ascq"),
  es: org("MediaMarkt Zaragoza Puerto Venecia", "Travesía Jardines Reales 7, 50021 Zaragoza", "Media Markt Saturn Administración España S.A.U. · CIF A-62218994", "Zaragoza"),
  it: org("Unieuro Verona", "Viale delle Nazioni 1, 37135 Verona", "Unieuro S.p.A. · P.IVA 00876320409", "Verona"),
  nl: org("BCC Elektro-Speciaalzaken", "Winkelcentrum Stadshart, Amstelveen", "BCC Elektro-Speciaalzaken B.V. · KvK 33134925", "Amstelveen"),
};
const SALON: PerLang<Org> = {
  en: org("Sienna Hair Studio", "3 Bridge Street, Stratford-upon-Avon CV37 6AB", "Sienna Hair Ltd", "Stratford-upon-Avon"),
  de: org("Friseursalon Haarmonie", "Inh. Jana Pohl · Breite Straße 9 · 39104 Magdeburg", "St.-Nr. 102/241/07733", "Magdeburg"),
  fr: org("Salon Émilie Coiffure", "27 rue Thiers, 38000 Grenoble", "SIRET 801 447 260 00019", "Grenoble"),
  es: org("Peluquería Marisol", "Calle San Pablo 4, 50003 Zaragoza", "NIF 17234455-Q", "Zaragoza"),
  it: org("Parrucchiere Stile Libero", "Via Mazzini 33, 48121 Ravenna", "P.IVA 02355470392", "Ravenna"),
  nl: org("Kapsalon Knipwerk", "Breestraat 88, 2311 CV Leiden", "KvK 28119023", "Leiden"),
};

// T1 — receipts in five kinds, taken in turn: a dry cleaner's ticket (paid on handing in, ready after a later day),
// an optician's (the eye test's date, the collection day, the next test as MM/YYYY), a post office counter's (a
// two-digit-year stamp, an expected delivery), an electronics shop's (an ISO stamp, serial numbers, the warranty's
// end), a hair salon's (a tip, the next appointment without a year).
let receiptTurn = 0;
const receipts: Template = (r, lang) => {
  const k = turn(receiptTurn++, 5);
  const x = randomDay(r);
  const t = hm(r, 8, 19);
  if (k === 0) {
    const s = CLEANER[lang];
    const ready = workday(addDays(x, r.int(2, 5)));
    const L = {
      en: { h: "CUSTOMER COPY", no: "Ticket", in: "Received", ready: "Ready after 4pm on", items: [["Shirt laundered/pressed", 3.2], ["Suit 2pc", 15.5], ["Coat (long)", 18.9], ["Duvet king size", 24], ["Trousers", 7.8], ["Dress", 13.5]] as Item[], tot: "TOTAL PAID", pay: "Card", note: "Items not collected within 3 months will be disposed of." },
      de: { h: "Kundenbeleg", no: "Auftrag", in: "Annahme", ready: "Abholbereit ab", items: [["Oberhemd gewaschen/gebügelt", 3.5], ["Anzug 2-tlg.", 16.9], ["Mantel lang", 19.5], ["Bettdecke", 22], ["Hose", 7.9], ["Kleid", 14.5]] as Item[], tot: "Bezahlt", pay: "EC-Karte", note: "Nicht abgeholte Ware wird nach 6 Monaten verwertet." },
      fr: { h: "TICKET CLIENT", no: "Ticket", in: "Dépôt", ready: "À retirer à partir du", items: [["Chemise", 3.9], ["Costume 2 pièces", 17.5], ["Manteau", 19.9], ["Couette 2 personnes", 26], ["Pantalon", 8.5], ["Robe", 14]] as Item[], tot: "TOTAL TTC", pay: "CB", note: "Les articles non retirés sous 6 mois ne seront plus réclamables." },
      es: { h: "RESGUARDO", no: "N.º", in: "Entrega", ready: "Recoger a partir del", items: [["Camisa lavada y planchada", 3.5], ["Traje 2 piezas", 14.9], ["Abrigo", 17.5], ["Edredón nórdico", 21], ["Pantalón", 6.9], ["Vestido", 12.5]] as Item[], tot: "TOTAL", pay: "Tarjeta", note: "Presente este resguardo para retirar las prendas." },
      it: { h: "SCONTRINO DI DEPOSITO", no: "Bolla", in: "Consegna", ready: "Pronto dal", items: [["Camicia", 3.8], ["Abito 2 pezzi", 16], ["Cappotto", 18.5], ["Piumone matrimoniale", 25], ["Pantalone", 7.5], ["Vestito", 13]] as Item[], tot: "TOTALE", pay: "Bancomat", note: "Capi non ritirati entro 90 giorni non saranno più garantiti." },
      nl: { h: "KLANTBON", no: "Bon", in: "Ingeleverd", ready: "Klaar vanaf", items: [["Overhemd wassen/persen", 3.95], ["Kostuum 2-delig", 17.95], ["Jas lang", 19.5], ["Dekbed 2-persoons", 24.95], ["Pantalon", 8.5], ["Jurk", 13.95]] as Item[], tot: "TOTAAL", pay: "PIN", note: "Niet afgehaalde artikelen bewaren wij maximaal 3 maanden." },
    }[lang];
    const picks = L.items.filter(() => r.chance(0.4));
    const items = (picks.length ? picks : L.items.slice(0, 2)).map(([d, p]) => ({ d, p, q: d.startsWith("Shirt") || d.startsWith("Oberhemd") || d.startsWith("Chemise") || d.startsWith("Camisa") || d.startsWith("Camicia") || d.startsWith("Overhemd") ? r.int(1, 6) : 1 }));
    const total = sum(items.map((i) => i.q * i.p));
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      `${L.no} ${r.int(1000, 9999)}   ${L.in} ${num2(x, lang)} ${t}`,
      "",
      ...items.map((i) => cols(`${i.q} x ${i.d}`, bareAmt(cents(i.q * i.p), lang), 34)),
      cols(L.tot, bareAmt(total, lang), 34),
      cols(L.pay, bareAmt(total, lang), 34),
      "",
      `${L.ready} ${wdShort(ready, lang)} ${num2(ready, lang)}`,
      L.note,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "dry-cleaner-ticket", lang }, r);
  }
  if (k === 1) {
    const s = OPTICIAN[lang];
    const test = addDays(x, -r.int(0, 40));
    const collect = workday(addDays(x, r.int(6, 12)));
    const nextTest = addMonths(test, 24);
    const frame = r.int(6900, 24900) / 100;
    const lenses = r.int(9000, 38000) / 100;
    const coat = r.chance(0.5) ? r.pick([25, 35, 49]) : 0;
    const off = { en: r.chance(0.4) ? 42.4 : 0, fr: r.chance(0.6) ? cents(Math.min(100, frame)) : 0, de: 0, es: 0, it: 0, nl: 0 }[lang];
    const total = cents(frame + lenses + coat - off);
    const L = {
      en: { dt: "Date", rx: "Sight test", fr: "Frame", ln: "Single vision lenses (pair)", co: "Anti-reflection coating", off: "NHS optical voucher", tot: "Total paid", col: "Your glasses will be ready for collection from", nx: "Next sight test recommended" },
      de: { dt: "Datum", rx: "Refraktion vom", fr: "Fassung", ln: "Einstärkengläser (Paar)", co: "Superentspiegelung", off: "", tot: "Gesamt", col: "Abholbereit voraussichtlich ab", nx: "Nächste Augenglasbestimmung empfohlen" },
      fr: { dt: "Date", rx: "Ordonnance / examen de vue du", fr: "Monture", ln: "Verres unifocaux (paire)", co: "Traitement antireflet", off: "Prise en charge mutuelle (tiers payant)", tot: "Reste à charge réglé", col: "Équipement disponible à partir du", nx: "Prochain contrôle conseillé" },
      es: { dt: "Fecha", rx: "Graduación del", fr: "Montura", ln: "Lentes monofocales (par)", co: "Tratamiento antirreflejante", off: "", tot: "Total pagado", col: "Podrá recoger sus gafas a partir del", nx: "Próxima revisión recomendada" },
      it: { dt: "Data", rx: "Esame della vista del", fr: "Montatura", ln: "Lenti monofocali (coppia)", co: "Trattamento antiriflesso", off: "", tot: "Totale pagato", col: "Occhiali pronti dal", nx: "Prossimo controllo consigliato" },
      nl: { dt: "Datum", rx: "Oogmeting", fr: "Montuur", ln: "Enkelvoudige glazen (paar)", co: "Ontspiegeling", off: "", tot: "Totaal betaald", col: "Uw bril ligt klaar vanaf", nx: "Volgende oogmeting geadviseerd" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      cols(`${L.dt}: ${num(x, lang)}`, t, 30),
      `${L.rx}${lang === "en" || lang === "nl" ? ":" : ""} ${num(test, lang)}`,
      "",
      cols(`${L.fr} ${r.pick(["Ray-Ban RB5154", "Lindberg 9704", "Silhouette 5515", "Oakley OX8046"])}`, bareAmt(frame, lang), 44),
      cols(L.ln, bareAmt(lenses, lang), 44),
      ...(coat ? [cols(L.co, bareAmt(coat, lang), 44)] : []),
      ...(off ? [cols(L.off, `-${bareAmt(off, lang)}`, 44)] : []),
      cols(L.tot, money(total, lang, r), 44),
      "",
      `${L.col} ${dt(collect, lang, r)}.`,
      `${L.nx}: ${pad(nextTest.m)}/${nextTest.y}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "optician-receipt", lang }, r);
  }
  if (k === 2) {
    const s = POST[lang];
    const L = {
      en: { items: [["1st Class stamps x 8", 13.2], ["Special Delivery Guaranteed by 1pm", 8.85], ["Signed For 1st Class Large Letter", 4.35], ["Parcelforce Euro Priority 2kg", 27.8], ["Proof of postage", 0]] as Item[], trk: "Track", exp: "Expected delivery", tot: "Total", pay: "Debit card", st: "Branch", ctr: "Counter", bye: "Thank you for using the Post Office" },
      de: { items: [["Briefmarken 0,95 € x 10", 9.5], ["Einschreiben Einwurf", 2.65], ["Paket bis 5 kg national", 7.69], ["Päckchen S", 4.19], ["Großbrief", 1.8]] as Item[], trk: "Sendungsnr.", exp: "Voraussichtliche Zustellung", tot: "Summe", pay: "girocard", st: "Filiale", ctr: "Schalter", bye: "Vielen Dank für Ihren Besuch" },
      fr: { items: [["Carnet 12 timbres verts", 16.68], ["Lettre recommandée R1 avec AR", 7.39], ["Colissimo 2 kg France", 12.45], ["Lettre suivie 100 g", 4.05], ["Enveloppe prêt-à-poster", 2.1]] as Item[], trk: "N° de suivi", exp: "Livraison prévue le", tot: "TOTAL", pay: "CB", st: "Bureau", ctr: "Guichet", bye: "Merci de votre visite" },
      es: { items: [["Sellos tarifa A x 5", 4.25], ["Carta certificada nacional", 5.2], ["Paq Estándar hasta 2 kg", 8.45], ["Burofax con acuse", 26.62], ["Sobre acolchado", 1.5]] as Item[], trk: "Envío", exp: "Entrega estimada", tot: "TOTAL", pay: "Tarjeta", st: "Oficina", ctr: "Ventanilla", bye: "Gracias por confiar en Correos" },
      it: { items: [["Posta1 20 g", 3.25], ["Raccomandata A/R", 7.7], ["Poste Delivery Business 3 kg", 11.9], ["Francobolli B x 5", 6.25], ["Busta imbottita", 1.2]] as Item[], trk: "Codice spedizione", exp: "Consegna prevista", tot: "TOTALE", pay: "Carta", st: "Frazionario", ctr: "Sportello", bye: "Grazie per aver scelto Poste Italiane" },
      nl: { items: [["Postzegels 1 x 10", 11.9], ["Aangetekend brief", 10.2], ["Pakket 0-10 kg", 7.95], ["Brievenbuspakje", 4.75], ["Verzendetiket", 0]] as Item[], trk: "Track & Trace", exp: "Verwachte bezorging", tot: "TOTAAL", pay: "PIN", st: "Punt", ctr: "Kassa", bye: "Bedankt en tot ziens" },
    }[lang];
    const picks = L.items.filter(() => r.chance(0.45));
    const items = picks.length ? picks : L.items.slice(1, 3);
    const total = sum(items.map(([, p]) => p));
    const tracked = items.some(([d]) => /Special|Signed|Parcelforce|Einschreiben|Paket|Päckchen|recommandée|Colissimo|suivie|certificada|Paq|Burofax|Raccomandata|Delivery|Aangetekend|Pakket|Brievenbus/.test(d));
    const eta = workday(addDays(x, r.int(1, 3)));
    const code = { en: `AB${r.int(100000000, 999999999)}GB`, de: `00340434${r.int(100000000, 999999999)}`, fr: `6A${r.int(10000000000, 99999999999)}`, es: `PQ4F6P0${r.int(1000000, 9999999)}`, it: `${r.int(100000000000, 999999999999)}`, nl: `3SABCD${r.int(1000000, 9999999)}` }[lang];
    const stamp = `${L.st} ${r.int(100, 999)}  ${L.ctr} ${pad(r.int(1, 6))}  ${num2(x, lang)} ${t}:${pad(r.int(0, 59))}`;
    const lines = [
      s.name,
      s.addr,
      stamp,
      "",
      ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 38)),
      ...(tracked ? [`  ${L.trk}: ${code}`, `  ${L.exp}: ${num(eta, lang)}`] : []),
      "",
      cols(L.tot, bareAmt(total, lang), 38),
      cols(L.pay, bareAmt(total, lang), 38),
      "",
      L.bye,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "post-office-receipt", lang }, r);
  }
  if (k === 3) {
    const s = ELECTRO[lang];
    const L = {
      en: { items: [["Russell Hobbs Kettle 26051", 39.99], ["Samsung 980 SSD 1TB", 69.99], ["Sony WH-CH720N Headphones", 79], ["USB-C Charger 65W", 24.99], ["HDMI Cable 2m", 9.99]] as Item[], sn: "S/N", tot: "TOTAL", pay: "Visa contactless", war: "Manufacturer's guarantee until", ret: "Returns accepted within 30 days with receipt.", vat: "VAT @ 20% included" },
      de: { items: [["Bosch Wasserkocher TWK3A011", 34.99], ["Samsung SSD 980 1 TB", 64.99], ["Sony WH-CH720N Kopfhörer", 79], ["USB-C Netzteil 65 W", 24.99], ["HDMI-Kabel 2 m", 9.99]] as Item[], sn: "Seriennr.", tot: "SUMME EUR", pay: "girocard", war: "Gewährleistung bis", ret: "Umtausch nur mit Kassenbon innerhalb von 14 Tagen.", vat: "inkl. 19 % MwSt." },
      fr: { items: [["Bouilloire Moulinex BY320", 44.99], ["SSD Samsung 980 1 To", 72.99], ["Casque Sony WH-CH720N", 89], ["Chargeur USB-C 65 W", 29.99], ["Câble HDMI 2 m", 12.99]] as Item[], sn: "N° série", tot: "TOTAL TTC", pay: "CB", war: "Garantie légale de conformité jusqu'au", ret: "Échange sous 30 jours sur présentation du ticket.", vat: "dont TVA 20 %" },
      es: { items: [["Hervidor Taurus Aroma", 29.99], ["SSD Samsung 980 1 TB", 69.99], ["Auriculares Sony WH-CH720N", 85], ["Cargador USB-C 65 W", 26.99], ["Cable HDMI 2 m", 11.99]] as Item[], sn: "N.º serie", tot: "TOTAL", pay: "Tarjeta", war: "Garantía hasta el", ret: "Devoluciones en 15 días con el ticket.", vat: "IVA 21 % incluido" },
      it: { items: [["Bollitore De'Longhi KBO2001", 39.9], ["SSD Samsung 980 1 TB", 67.9], ["Cuffie Sony WH-CH720N", 84.9], ["Alimentatore USB-C 65 W", 25.9], ["Cavo HDMI 2 m", 10.9]] as Item[], sn: "Matricola", tot: "TOTALE COMPLESSIVO", pay: "Pagamento elettronico", war: "Garanzia legale fino al", ret: "Cambio merce entro 14 giorni con scontrino.", vat: "di cui IVA 22%" },
      nl: { items: [["Philips waterkoker HD9318", 39.99], ["Samsung 980 SSD 1 TB", 66.99], ["Sony WH-CH720N koptelefoon", 89], ["USB-C lader 65 W", 24.99], ["HDMI-kabel 2 m", 9.99]] as Item[], sn: "Serienr.", tot: "TOTAAL", pay: "PIN", war: "Garantie t/m", ret: "Ruilen binnen 30 dagen met kassabon.", vat: "Incl. 21% btw" },
    }[lang];
    const picks = L.items.filter(() => r.chance(0.4));
    const items = picks.length ? picks : L.items.slice(0, 1);
    const total = sum(items.map(([, p]) => p));
    const stamp = `${isoDay(x)} ${t}:${pad(r.int(0, 59))}  POS ${pad(r.int(1, 24))}  TRN ${r.int(100000, 999999)}`;
    const lines = [
      s.name,
      s.addr,
      stamp,
      "",
      ...items.flatMap(([d, p]) => [cols(d, bareAmt(p, lang), 38), `  ${L.sn} ${String.fromCharCode(65 + r.int(0, 25))}${r.int(10000000, 99999999)}`]),
      "",
      cols(L.tot, bareAmt(total, lang), 38),
      cols(L.pay, bareAmt(total, lang), 38),
      L.vat,
      "",
      `${L.war} ${num(addDays(addMonths(x, 24), -1), lang)}`,
      L.ret,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "electronics-receipt", lang }, r);
  }
  const s = SALON[lang];
  const next = addDays(x, r.pick([28, 35, 42, 56]));
  const L = {
    en: { items: [["Cut & blow dry", 48], ["Full head colour", 72], ["Olaplex treatment", 22], ["Gents cut", 26], ["Fringe trim", 8]] as Item[], sub: "Subtotal", tip: "Gratuity", tot: "Total", pay: "Card", nx: "Your next appointment", with: "with" },
    de: { items: [["Waschen, Schneiden, Föhnen", 46], ["Farbe komplett", 58], ["Pflegekur", 15], ["Herrenschnitt", 24], ["Pony schneiden", 7]] as Item[], sub: "Zwischensumme", tip: "Trinkgeld", tot: "Gesamt", pay: "Karte", nx: "Ihr nächster Termin", with: "bei" },
    fr: { items: [["Shampooing coupe brushing", 52], ["Coloration", 55], ["Soin profond", 18], ["Coupe homme", 25], ["Frange", 8]] as Item[], sub: "Sous-total", tip: "Pourboire", tot: "Total", pay: "CB", nx: "Prochain rendez-vous", with: "avec" },
    es: { items: [["Lavar, cortar y peinar", 32], ["Tinte completo", 45], ["Tratamiento hidratante", 15], ["Corte caballero", 16], ["Flequillo", 5]] as Item[], sub: "Subtotal", tip: "Propina", tot: "Total", pay: "Tarjeta", nx: "Próxima cita", with: "con" },
    it: { items: [["Shampoo, taglio e piega", 38], ["Colore", 42], ["Trattamento ristrutturante", 15], ["Taglio uomo", 18], ["Frangia", 5]] as Item[], sub: "Subtotale", tip: "Mancia", tot: "Totale", pay: "Carta", nx: "Prossimo appuntamento", with: "con" },
    nl: { items: [["Wassen, knippen, föhnen", 44], ["Kleuring volledig", 62], ["Haarmasker", 14], ["Herenknipbeurt", 27.5], ["Pony knippen", 7.5]] as Item[], sub: "Subtotaal", tip: "Fooi", tot: "Totaal", pay: "PIN", nx: "Uw volgende afspraak", with: "bij" },
  }[lang];
  const picks = L.items.filter(() => r.chance(0.4));
  const items = picks.length ? picks : L.items.slice(0, 1);
  const sub = sum(items.map(([, p]) => p));
  const tip = r.chance(0.4) ? r.pick([2, 3, 5, 10]) : 0;
  const total = cents(sub + tip);
  const stylist = r.pick({ en: ["Chloe", "Megan"], de: ["Anja", "Jule"], fr: ["Inès", "Manon"], es: ["Lucía", "Noelia"], it: ["Giada", "Marta"], nl: ["Sanne", "Iris"] }[lang]);
  const lines = [
    s.name,
    s.addr,
    "",
    `${num(x, lang)} ${t}   #${r.int(1000, 9999)}`,
    "",
    ...items.map(([d, p]) => cols(d, bareAmt(p, lang), 34)),
    ...(tip ? [cols(L.sub, bareAmt(sub, lang), 34), cols(L.tip, bareAmt(tip, lang), 34)] : []),
    cols(L.tot, bareAmt(total, lang), 34),
    cols(L.pay, bareAmt(total, lang), 34),
    "",
    `${L.nx}: ${wdShort(next, lang)} ${dayMonth(next, lang)} ${lang === "fr" ? slot(r, 9, 17).replace(":", "h") : slot(r, 9, 17)} ${L.with} ${stylist}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "hair-salon-receipt", lang }, r);
};

// ─── Invoices ────────────────────────────────────────────────────────────────────────────────────────────────────

const MOVERS: PerLang<Org> = {
  en: org("Harrison & Day Removals Ltd", "Unit 4, Brunel Way, Swindon SN2 8BW", "Company No. 03318827 · VAT 615 2093 88 · BAR member 7712", "Swindon"),
  de: org("Umzüge Petersen GmbH", "Hafenstraße 31 · 24768 Rendsburg", "Amtsgericht Kiel HRB 14471 RD · USt-IdNr. DE 263 118 904", "Rendsburg"),
  fr: org("Déménagements Le Goff", "ZA de Kerlann, 56000 Vannes", "SARL au capital de 30 000 € · RCS Vannes 433 201 887", "Vannes"),
  es: org("Mudanzas Vidal S.L.", "Polígono Industrial Cabezo Beaza, Calle Berlín 12, 30353 Cartagena", "CIF B-30772410", "Cartagena"),
  it: org("Traslochi Fumagalli S.r.l.", "Via per Cesano 18, 20831 Seregno (MB)", "P.IVA 03517840961", "Seregno"),
  nl: org("Verhuisbedrijf De Wit B.V.", "Transportweg 9, 8031 AK Zwolle", "KvK 05082231 · btw NL808912334B01", "Zwolle"),
};
const DRIVING: PerLang<Org> = {
  en: org("Castle Driving School", "11 Castle Street, Cardiff CF10 1BS", "DVSA ADI No. 412997", "Cardiff"),
  de: org("Fahrschule Krüger", "Inh. Detlef Krüger · Ulmer Straße 62 · 89073 Ulm", "St.-Nr. 88001/40512", "Ulm"),
  fr: org("Auto-école Pasteur", "18 boulevard Pasteur, 63000 Clermont-Ferrand", "Agrément E 15 063 0042 0 · SIRET 494 118 002 00025", "Clermont-Ferrand"),
  es: org("Autoescuela Montecarlo", "Avenida de Portugal 23, 37005 Salamanca", "CIF B-37218846 · Centro n.º 37/0141", "Salamanca"),
  it: org("Autoscuola Centrale", "Via Roma 112, 90133 Palermo", "P.IVA 04411780826", "Palermo"),
  nl: org("Rijschool Van Vliet", "Korte Houtstraat 5, 2511 CC Den Haag", "KvK 27251190 · WRM-certificaat", "Den Haag"),
};
const TAXADVISER: PerLang<Org> = {
  en: org("Bennett & Ortiz CPAs, PLLC", "2200 Ross Ave, Suite 900, Dallas, TX 75201", "(214) 555-0163 · billing@bennettortiz.example", "Dallas"),
  de: org("Steuerberatungskanzlei Dr. Heinemann", "Schlossplatz 3 · 76131 Karlsruhe", "Steuerberaterkammer Nordbaden · USt-IdNr. DE 143 811 926", "Karlsruhe"),
  fr: org("Cabinet Rivière Expertise Comptable", "5 allée de Tourny, 33000 Bordeaux", "Inscrit à l'Ordre des experts-comptables Aquitaine · SIRET 790 334 120 00018", "Bordeaux"),
  es: org("Asesoría Fiscal Lozano", "Calle Larios 7, 2º, 29005 Málaga", "NIF 25678901-X · Colegiado REAF 4471", "Málaga"),
  it: org("Studio Commercialista Dott. Bertoni", "Via Verdi 9, 38122 Trento", "Iscritto ODCEC Trento n. 512/A · P.IVA 01877650223", "Trento"),
  nl: org("Administratiekantoor Visser", "Brink 18, 7411 BT Deventer", "KvK 38022771 · btw NL001877623B12", "Deventer"),
};
const KENNEL: PerLang<Org> = {
  en: org("Oakwood Kennels & Cattery", "Oakwood Farm, Long Lane, Tarporley CW6 9RP", "Licensed by Cheshire West and Chester Council, licence AB-1204", "Tarporley"),
  de: org("Hundepension Waldeck", "Waldweg 4 · 34513 Waldeck", "Erlaubnis nach § 11 TierSchG · St.-Nr. 026/811/40119", "Waldeck"),
  fr: org("Pension canine Les Trois Chênes", "Lieu-dit Les Chênes, 37250 Montbazon", "Certificat de capacité animaux domestiques n° 37-112 · SIRET 812 004 551 00019", "Montbazon"),
  es: org("Residencia Canina El Pinar", "Camino del Pinar s/n, 28720 Bustarviejo", "Núcleo zoológico ES280270000112 · CIF B-86770341", "Bustarviejo"),
  it: org("Pensione per cani Il Girasole", "Strada Provinciale 24 n. 7, 06081 Assisi (PG)", "P.IVA 03455120547", "Assisi"),
  nl: org("Dierenpension De Hooiberg", "Hooibergweg 12, 3781 NW Voorthuizen", "KvK 08177602", "Voorthuizen"),
};
const REPAIR: PerLang<Org> = {
  en: org("QuickFix Phone & Laptop Repairs", "62 Market Street, Wigan WN1 1HX", "QuickFix Repairs Ltd · VAT 331 7820 15", "Wigan"),
  de: org("Handy-Klinik Leipzig", "Karl-Liebknecht-Straße 88 · 04275 Leipzig", "Inh. Minh Tran · USt-IdNr. DE 318 440 127", "Leipzig"),
  fr: org("Répar'Phone Montpellier", "12 rue de la Loge, 34000 Montpellier", "SAS Répar'Phone · SIRET 839 220 514 00013", "Montpellier"),
  es: org("Reparaciones Móvil Express", "Calle Sagasta 40, 50006 Zaragoza", "CIF B-99472210", "Zaragoza"),
  it: org("Tecnofix Riparazioni", "Via Garibaldi 77, 43121 Parma", "P.IVA 02990140343", "Parma"),
  nl: org("Smartphone Service Hengelo", "Enschedesestraat 21, 7551 EG Hengelo", "KvK 76011234 · btw NL003019882B74", "Hengelo"),
};

// T2 — invoices of other trades in five kinds, taken in turn: a removal firm's (the survey, the moving day, a due
// date), a driving school's (dated lessons, the theory test passed, the practical test booked ahead), a tax
// adviser's for last year's return (the English one a US accountant's in dollars with month-first dates), a pet
// boarding kennel's (arrival and departure, the pet's birth date, a vaccination valid until), a phone repair shop's
// (the day the device came in, its purchase date, a repair warranty until).
let invTurn = 0;
const invoices: Template = (r, lang) => {
  const k = turn(invTurn++, 5);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const x = randomDay(r);
    const s = MOVERS[lang];
    const move = addDays(x, -r.int(1, 8));
    const survey = addDays(move, -r.int(14, 45));
    const due = addDays(x, 14);
    const men = r.int(2, 4);
    const hrs = r.int(5, 11);
    const rate = { en: 32, de: 39, fr: 35, es: 24, it: 28, nl: 42 }[lang];
    const labour = cents(men * hrs * rate);
    const van = { en: 145, de: 160, fr: 150, es: 110, it: 130, nl: 165 }[lang];
    const mats = r.int(2500, 14000) / 100;
    const net = sum([labour, van, mats]);
    const vat = cents((net * VAT[lang]) / 100);
    const total = cents(net + vat);
    const L = {
      en: { h: "INVOICE", no: "Invoice no.", dt: "Tax point / invoice date", sv: "Home survey carried out", mv: "Removal on", crew: `Removal crew ${men} porters x ${hrs} hrs @ £${rate}`, van: "7.5 t Luton van incl. fuel", mat: "Packing materials (boxes, tape, wardrobe cartons)", net: "Net", vat: "VAT 20%", tot: "TOTAL DUE", due: "Payment terms: 14 days — please pay by", bank: "Lloyds Bank · Sort code 30-94-57 · Acc. 19833420" },
      de: { h: "Rechnung", no: "Rechnungs-Nr.", dt: "Rechnungsdatum", sv: "Besichtigung am", mv: "Umzug durchgeführt am", crew: `${men} Umzugshelfer × ${hrs} Std. à ${rate},00 €`, van: "LKW 7,5 t inkl. Fahrer und Kraftstoff", mat: "Verpackungsmaterial (Kartons, Klebeband, Kleiderboxen)", net: "Nettobetrag", vat: "zzgl. 19 % USt.", tot: "Rechnungsbetrag", due: "Zahlbar ohne Abzug bis", bank: "Förde Sparkasse · IBAN DE21 2105 0170 0012 3344 55" },
      fr: { h: "FACTURE", no: "Facture n°", dt: "Date de facture", sv: "Visite technique du", mv: "Déménagement réalisé le", crew: `Équipe de ${men} déménageurs × ${hrs} h à ${rate} €`, van: "Camion 20 m³ avec chauffeur", mat: "Fournitures (cartons, adhésif, penderies)", net: "Total HT", vat: "TVA 20 %", tot: "Total TTC", due: "Échéance", bank: "IBAN FR76 1558 9569 0100 0411 2233 018" },
      es: { h: "FACTURA", no: "Factura n.º", dt: "Fecha", sv: "Visita de presupuesto", mv: "Servicio de mudanza realizado el", crew: `${men} operarios × ${hrs} h a ${rate} €`, van: "Camión 30 m³ con conductor", mat: "Material de embalaje (cajas, cinta, portatrajes)", net: "Base imponible", vat: "IVA 21 %", tot: "TOTAL", due: "Vencimiento", bank: "IBAN ES07 0081 0216 7100 0123 4567" },
      it: { h: "FATTURA", no: "Fattura n.", dt: "Data", sv: "Sopralluogo del", mv: "Trasloco eseguito il", crew: `${men} operai × ${hrs} ore a € ${rate}`, van: "Autocarro 35 q.li con autista", mat: "Materiale da imballo (scatoloni, nastro, appendiabiti)", net: "Imponibile", vat: "IVA 22%", tot: "TOTALE FATTURA", due: "Scadenza", bank: "IBAN IT40 S030 6909 6061 0000 0012 345" },
      nl: { h: "FACTUUR", no: "Factuurnr.", dt: "Factuurdatum", sv: "Opname ter plaatse", mv: "Verhuizing uitgevoerd op", crew: `${men} verhuizers × ${hrs} uur à € ${rate}`, van: "Verhuiswagen 40 m³ incl. chauffeur", mat: "Verhuismaterialen (dozen, tape, kledingdozen)", net: "Subtotaal", vat: "Btw 21%", tot: "Totaal", due: "Te voldoen vóór", bank: "IBAN NL20 INGB 0007 1234 56" },
    }[lang];
    const [fromA, toA] = [home(r, lang).split("\n")[0]!, home(r, lang).split("\n")[0]!];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.no}`, `${r.pick(["HD", "RM", "MV"])}${r.int(10000, 99999)}`, 30),
      cols(`${L.dt}`, dt(x, lang, r), 30),
      "",
      `${L.sv}: ${num(survey, lang)}`,
      `${L.mv} ${dt(move, lang, r)}: ${fromA} → ${toA}`,
      "",
      cols(L.crew, bareAmt(labour, lang), 58),
      cols(L.van, bareAmt(van, lang), 58),
      cols(L.mat, bareAmt(mats, lang), 58),
      cols(L.net, bareAmt(net, lang), 58),
      cols(L.vat, bareAmt(vat, lang), 58),
      cols(L.tot, money(total, lang, r), 58),
      "",
      `${L.due}${lang === "en" ? "" : ":"} ${dt(due, lang, r)}`,
      L.bank,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "removals-invoice", lang }, r, 0.2);
  }
  if (k === 1) {
    const x = randomDay(r);
    const s = DRIVING[lang];
    const n = r.int(3, 6);
    const lessons = Array.from({ length: n }, () => addDays(x, -r.int(1, 45))).sort((a, b) => isoDay(a).localeCompare(isoDay(b)));
    const theory = addDays(x, -r.int(50, 200));
    const test = workday(addDays(x, r.int(10, 45)));
    const rate = { en: 38, de: 62, fr: 58, es: 36, it: 40, nl: 62 }[lang];
    const fee = { en: 62, de: 116.93, fr: 0, es: 94.05, it: 120, nl: 140 }[lang];
    const total = cents(n * rate + fee);
    const L = {
      en: { h: "Invoice", no: "Invoice", dt: "Date", pupil: "Pupil", dl: "Provisional licence no.", les: "Lesson (1 hr)", th: "Theory test passed", test: "Practical test booked for", fee: "Use of car for practical test", tot: "Amount due", pay: "Payment by bank transfer or card at your next lesson." },
      de: { h: "Rechnung", no: "Nr.", dt: "Datum", pupil: "Fahrschüler/in", dl: "Klasse B", les: "Übungsfahrt 45 Min.", th: "Theorieprüfung bestanden am", test: "Praktische Prüfung angemeldet für", fee: "Vorstellung zur praktischen Prüfung", tot: "Gesamtbetrag inkl. 19 % MwSt.", pay: "Bitte überweisen Sie den Betrag innerhalb von 7 Tagen." },
      fr: { h: "Facture", no: "N°", dt: "Date", pupil: "Élève", dl: "NEPH", les: "Leçon de conduite 1 h", th: "Code obtenu le", test: "Examen pratique prévu le", fee: "", tot: "Total TTC", pay: "Règlement à réception." },
      es: { h: "Factura", no: "N.º", dt: "Fecha", pupil: "Alumno/a", dl: "Permiso B", les: "Clase práctica 45 min", th: "Examen teórico aprobado el", test: "Examen práctico convocado para el", fee: "Tasa y acompañamiento al examen", tot: "Total (IVA incl.)", pay: "Pago en la oficina o por transferencia." },
      it: { h: "Fattura", no: "N.", dt: "Data", pupil: "Allievo/a", dl: "Patente B — foglio rosa", les: "Guida pratica 1 h", th: "Esame di teoria superato il", test: "Esame di guida prenotato per il", fee: "Accompagnamento all'esame", tot: "Totale IVA inclusa", pay: "Pagamento in sede o con bonifico." },
      nl: { h: "Factuur", no: "Nr.", dt: "Datum", pupil: "Leerling", dl: "Rijbewijs B", les: "Rijles 60 min", th: "Theorie-examen gehaald op", test: "Praktijkexamen (CBR) gepland op", fee: "Praktijkexamen incl. examenauto", tot: "Totaal incl. btw", pay: "Graag binnen 14 dagen overmaken." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.h} ${L.no} ${r.int(100, 999)}/${String(x.y).slice(2)}`,
      `${L.dt}: ${dt(x, lang, r)}`,
      `${L.pupil}: ${bare(person)} · ${L.dl}${lang === "en" ? ` ${r.pick(["CARTE", "PRICE", "SHAHP"])}${r.int(100000, 999999)}` : ""}`,
      "",
      ...lessons.map((l) => cols(`${num(l, lang)}  ${slot(r, 7, 19)}  ${L.les}`, bareAmt(rate, lang), 52)),
      ...(fee ? [cols(L.fee, bareAmt(fee, lang), 52)] : []),
      cols(L.tot, money(total, lang, r), 52),
      "",
      `${L.th} ${num(theory, lang)}.`,
      `${L.test} ${num(test, lang)}, ${slot(r, 8, 15)}.`,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "driving-school-invoice", lang }, r, 0.2);
  }
  if (k === 2) {
    const x = randomDay(r, 2024);
    const s = TAXADVISER[lang];
    const yr = x.y - 1;
    const due = addDays(x, 30);
    if (lang === "en") {
      const prep = r.pick([650, 825, 1150, 1400]);
      const st = r.pick([0, 95, 145]);
      const total = cents(prep + st);
      const filed = addDays(x, -r.int(2, 20));
      const lines = [
        s.name,
        s.addr,
        "",
        `INVOICE ${r.int(20000, 29999)}`,
        `Date: ${usNum(x)}`,
        `Client: ${bare(person)} · Client ID ${r.int(1000, 9999)}`,
        "",
        `For professional services rendered in connection with the preparation of your ${yr} individual income tax returns:`,
        cols(`  Form 1040 with Schedules A, B and C, tax year ended December 31, ${yr}`, usd(prep), 72),
        ...(st ? [cols(`  State return`, usd(st), 72)] : []),
        cols("Total amount due", usd(total), 72),
        "",
        `Returns e-filed on ${usLong(filed, r)}. Please remit by ${usNum(due)}.`,
        "Thank you for your business.",
        s.foot,
      ];
      return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-accountant-invoice", lang }, r, 0.1);
    }
    const fee = r.int(28000, 95000) / 100;
    const extra = { de: 20, fr: 0, es: 0, it: cents(fee * 0.04), nl: 0 }[lang];
    const net = cents(fee + extra);
    const vat = cents((net * VAT[lang]) / 100);
    const total = cents(net + vat);
    const from: Day = { y: x.y, m: Math.max(1, x.m - r.int(0, 2)), d: 1 };
    const L = {
      de: { h: "Gebührenrechnung nach StBVV", no: "Rechnungs-Nr.", dt: "Datum", per: "Leistungszeitraum", desc: `Einkommensteuererklärung ${yr} (§ 24 Abs. 1 Nr. 1 StBVV, Gegenstandswert ${amount(r.int(30, 120) * 1000, "de")} €, 3/10)`, ex: "Post- und Telekommunikationspauschale (§ 16 StBVV)", vat: "19 % Umsatzsteuer", tot: "Rechnungsbetrag", due: "Zahlbar bis" },
      fr: { h: "Note d'honoraires", no: "N°", dt: "Date", per: "Période d'intervention", desc: `Établissement et télétransmission de la déclaration des revenus ${yr} (2042, 2042-C-PRO)`, ex: "", vat: "TVA 20 %", tot: "Total TTC", due: "Règlement avant le" },
      es: { h: "Factura", no: "Factura n.º", dt: "Fecha de expedición", per: "Periodo", desc: `Confección y presentación de la Declaración de la Renta, ejercicio ${yr} (modelo 100)`, ex: "", vat: "IVA 21 %", tot: "Total factura", due: "Fecha de vencimiento" },
      it: { h: "Fattura", no: "Fattura n.", dt: "Data", per: "Periodo di riferimento", desc: `Predisposizione e invio Modello 730/${yr + 1} (redditi ${yr})`, ex: "Contributo integrativo Cassa Dottori Commercialisti 4%", vat: "IVA 22%", tot: "Totale documento", due: "Scadenza pagamento" },
      nl: { h: "Factuur", no: "Factuurnummer", dt: "Factuurdatum", per: "Periode", desc: `Verzorgen aangifte inkomstenbelasting ${yr}`, ex: "", vat: "Btw 21%", tot: "Totaal", due: "Vervaldatum" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.no}:`, `${x.y}/${r.int(100, 999)}`, 22),
      cols(`${L.dt}:`, num(x, lang), 22),
      cols(`${L.per}:`, `${num(from, lang)} – ${num(x, lang)}`, 22),
      "",
      cols(L.desc, bareAmt(fee, lang), 96),
      ...(extra ? [cols(L.ex, bareAmt(extra, lang), 96)] : []),
      cols(L.vat, bareAmt(vat, lang), 96),
      cols(L.tot, money(total, lang, r), 96),
      "",
      `${L.due}: ${dt(due, lang, r)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "tax-adviser-invoice", lang }, r, 0.15);
  }
  if (k === 3) {
    const x = randomDay(r);
    const s = KENNEL[lang];
    const nights = r.int(2, 16);
    const arrive = addDays(x, -nights);
    const pet = born(r, 2012, 2023);
    const vacc = addDays(x, r.int(60, 320));
    const rate = { en: 24, de: 22, fr: 21, es: 18, it: 20, nl: 23.5 }[lang];
    const extra = r.chance(0.5) ? r.pick([8, 12, 15]) : 0;
    const total = cents(nights * rate + extra);
    const name = r.pick(["Bella", "Max", "Luna", "Rocky", "Nala", "Bruno"]);
    const L = {
      en: { h: "INVOICE", dt: "Invoice date", pet: "Dog", dob: "DOB", in: "Check-in", out: "Check-out", st: `Boarding ${nights} nights @ £${rate}`, ex: "Medication administered", tot: "Total", vac: "Kennel cough vaccination valid until", pay: "Paid on collection — thank you!" },
      de: { h: "Rechnung", dt: "Datum", pet: "Hund", dob: "geb.", in: "Anreise", out: "Abreise", st: `Unterbringung ${nights} Nächte à ${amount(rate, "de")} €`, ex: "Medikamentengabe", tot: "Gesamt inkl. MwSt.", vac: "Impfschutz (Zwingerhusten) gültig bis", pay: "Betrag bei Abholung bar erhalten." },
      fr: { h: "FACTURE", dt: "Date", pet: "Chien", dob: "né le", in: "Arrivée", out: "Départ", st: `Pension ${nights} nuits × ${amount(rate, "fr")} €`, ex: "Administration de médicaments", tot: "Total TTC", vac: "Vaccin toux du chenil valable jusqu'au", pay: "Réglé par CB au départ." },
      es: { h: "FACTURA", dt: "Fecha", pet: "Perro", dob: "nacido el", in: "Entrada", out: "Salida", st: `Estancia ${nights} noches × ${amount(rate, "de")} €`, ex: "Administración de medicación", tot: "Total IVA incl.", vac: "Vacuna tos de las perreras válida hasta", pay: "Pagado con tarjeta a la recogida." },
      it: { h: "FATTURA", dt: "Data", pet: "Cane", dob: "nato il", in: "Arrivo", out: "Partenza", st: `Pensione ${nights} notti × € ${amount(rate, "de")}`, ex: "Somministrazione farmaci", tot: "Totale IVA inclusa", vac: "Vaccinazione tosse dei canili valida fino al", pay: "Saldato al ritiro." },
      nl: { h: "FACTUUR", dt: "Datum", pet: "Hond", dob: "geb.", in: "Aankomst", out: "Vertrek", st: `Verblijf ${nights} nachten à € ${amount(rate, "de")}`, ex: "Medicatie toedienen", tot: "Totaal incl. btw", vac: "Kennelhoestvaccinatie geldig t/m", pay: "Voldaan bij ophalen." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      `${L.h} ${r.int(1000, 9999)}`,
      `${L.dt}: ${num(x, lang)}`,
      bare(person),
      "",
      `${L.pet}: ${name} (${r.pick(["Labrador", "Border Collie", "Beagle", "Cocker Spaniel"])}), ${L.dob} ${num(pet, lang)}`,
      `${L.in}: ${wdShort(arrive, lang)} ${num(arrive, lang)} ${hm(r, 8, 12)}`,
      `${L.out}: ${wdShort(x, lang)} ${num(x, lang)} ${hm(r, 14, 18)}`,
      "",
      cols(L.st, bareAmt(cents(nights * rate), lang), 46),
      ...(extra ? [cols(L.ex, bareAmt(extra, lang), 46)] : []),
      cols(L.tot, money(total, lang, r), 46),
      "",
      `${L.vac} ${num(vacc, lang)}`,
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "pet-boarding-invoice", lang }, r, 0.3);
  }
  const x = randomDay(r);
  const s = REPAIR[lang];
  const inDay = addDays(x, -r.int(1, 9));
  const bought = addDays(x, -r.int(200, 1300));
  const warranty = addDays(x, r.pick([90, 180]));
  const part = r.pick([89, 119, 149, 189, 229]);
  const lab = r.pick([20, 30, 35]);
  const net = cents((part + lab) / (1 + VAT[lang] / 100));
  const total = cents(part + lab);
  const vat = cents(total - net);
  const L = {
    en: { h: "Repair invoice", dt: "Date", dev: "Device", rcv: "Booked in", bought: "Date of purchase (customer)", fault: "Fault: cracked display, touch not responding", p1: "Replacement OLED screen", p2: "Labour", net: "Net", vat: "VAT 20%", tot: "Total paid", war: "Repair guarantee until" },
    de: { h: "Reparaturrechnung", dt: "Datum", dev: "Gerät", rcv: "Annahme", bought: "Kaufdatum lt. Kunde", fault: "Fehler: Displaybruch, Touch ohne Funktion", p1: "Ersatzdisplay OLED", p2: "Arbeitslohn", net: "Netto", vat: "MwSt. 19 %", tot: "Bezahlt", war: "Gewährleistung auf die Reparatur bis" },
    fr: { h: "Facture de réparation", dt: "Date", dev: "Appareil", rcv: "Déposé le", bought: "Date d'achat (déclarée)", fault: "Panne : écran cassé, tactile inopérant", p1: "Écran OLED de remplacement", p2: "Main d'œuvre", net: "Total HT", vat: "TVA 20 %", tot: "Total TTC réglé", war: "Garantie réparation jusqu'au" },
    es: { h: "Factura de reparación", dt: "Fecha", dev: "Equipo", rcv: "Recepción", bought: "Fecha de compra (según cliente)", fault: "Avería: pantalla rota, táctil sin respuesta", p1: "Pantalla OLED de recambio", p2: "Mano de obra", net: "Base imponible", vat: "IVA 21 %", tot: "Total pagado", war: "Garantía de la reparación hasta el" },
    it: { h: "Fattura riparazione", dt: "Data", dev: "Dispositivo", rcv: "Accettazione", bought: "Data di acquisto (dichiarata)", fault: "Guasto: display rotto, touch non funzionante", p1: "Display OLED sostitutivo", p2: "Manodopera", net: "Imponibile", vat: "IVA 22%", tot: "Totale pagato", war: "Garanzia sulla riparazione fino al" },
    nl: { h: "Reparatiefactuur", dt: "Datum", dev: "Toestel", rcv: "Ingenomen op", bought: "Aankoopdatum (volgens klant)", fault: "Defect: scherm gebroken, touch reageert niet", p1: "Vervangend OLED-scherm", p2: "Arbeidsloon", net: "Subtotaal excl. btw", vat: "Btw 21%", tot: "Totaal betaald", war: "Garantie op reparatie t/m" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    s.foot,
    "",
    `${L.h} ${r.int(10000, 99999)}`,
    cols(`${L.dt}:`, `${num(x, lang)} ${hm(r, 10, 19)}`, 30),
    cols(`${L.rcv}:`, num(inDay, lang), 30),
    cols(`${L.dev}:`, `${r.pick(["iPhone 13", "Samsung Galaxy S22", "Google Pixel 7", "iPhone 12 mini"])} · IMEI ${r.int(35000000, 35999999)}${r.int(1000000, 9999999)}`, 30),
    cols(`${L.bought}:`, num(bought, lang), 30),
    "",
    L.fault,
    cols(L.p1, bareAmt(part, lang), 44),
    cols(L.p2, bareAmt(lab, lang), 44),
    cols(L.net, bareAmt(net, lang), 44),
    cols(L.vat, bareAmt(vat, lang), 44),
    cols(L.tot, money(total, lang, r), 44),
    "",
    `${L.war} ${num(warranty, lang)}.`,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "phone-repair-invoice", lang }, r, 0.3);
};

// ─── Bills ───────────────────────────────────────────────────────────────────────────────────────────────────────

const HEAT: PerLang<Org> = {
  en: org("Pimlico District Heating Undertaking", "Churchill Gardens Estate, London SW1V 3AF", "Operated on behalf of Westminster City Council", "London"),
  de: org("Fernwärme Ulm GmbH", "Magirusstraße 21 · 89077 Ulm", "Amtsgericht Ulm HRB 1437 · USt-IdNr. DE 147 038 551", "Ulm"),
  fr: org("Compagnie Parisienne de Chauffage Urbain", "185 rue de Bercy, 75012 Paris", "CPCU SA · RCS Paris 542 097 324", "Paris"),
  es: org("Districlima Zaragoza S.L.", "Calle Eduardo Ibarra 6, 50009 Zaragoza", "CIF B-99331770", "Zaragoza"),
  it: org("A2A Calore & Servizi S.r.l.", "Via Lamarmora 230, 25124 Brescia", "P.IVA 02321230983", "Brescia"),
  nl: org("Stadsverwarming Purmerend B.V.", "Postbus 188, 1440 AD Purmerend", "KvK 37134271", "Purmerend"),
};
const OIL: PerLang<Org> = {
  en: org("Pennine Heating Oils Ltd", "Depot: Station Yard, Skipton BD23 1ED", "Company No. 05127763 · VAT 845 1102 61", "Skipton"),
  de: org("Heizöl Schäfer GmbH", "Brennstoffhandel · Industriestraße 14 · 36043 Fulda", "HRB 2256 Fulda · USt-IdNr. DE 112 874 035", "Fulda"),
  fr: org("Charvet Combustibles", "Route de Lyon, 01000 Bourg-en-Bresse", "SARL au capital de 60 000 € · RCS Bourg-en-Bresse 327 118 440", "Bourg-en-Bresse"),
  es: org("Gasóleos Cantabria S.L.", "Polígono de Raos, parcela 14, 39011 Santander", "CIF B-39448812", "Santander"),
  it: org("Petroli Valtellina S.r.l.", "Via Stelvio 40, 23100 Sondrio", "P.IVA 00744310148", "Sondrio"),
  nl: org("Brandstoffenhandel Oosterhuis B.V.", "Industrieweg 3, 9301 ZR Roden", "KvK 04023319", "Roden"),
};
const PERMIT: PerLang<Org> = {
  en: org("Bath & North East Somerset Council", "Parking Services, Lewis House, Manvers Street, Bath BA1 1JG", "www.bathnes.gov.uk/parking", "Bath"),
  de: org("Landeshauptstadt Mainz — Straßenverkehrsbehörde", "Bewohnerparken · Stadthausstraße 2 · 55116 Mainz", "Gebührenbescheid nach GebOSt", "Mainz"),
  fr: org("Ville de Bordeaux — Stationnement résidentiel", "Hôtel de Ville, place Pey-Berland, 33000 Bordeaux", "Régie des recettes du stationnement", "Bordeaux"),
  es: org("Ayuntamiento de Pamplona — Área de Movilidad", "Plaza Consistorial s/n, 31001 Pamplona", "NIF P-3120100-G", "Pamplona"),
  it: org("Comune di Bergamo — Servizio Mobilità", "Piazza Matteotti 27, 24122 Bergamo", "C.F. 80034840167", "Bergamo"),
  nl: org("Gemeente Utrecht — Parkeren", "Postbus 16200, 3500 CE Utrecht", "Parkeervergunningen", "Utrecht"),
};
const STORAGE: PerLang<Org> = {
  en: org("CubeSmart Self Storage", "1250 W Lake St, Chicago, IL 60607", "Store #4412 · (312) 555-0139", "Chicago"),
  de: org("MyPlace-SelfStorage", "Filiale Hamburg-Altona · Stresemannstraße 120 · 22769 Hamburg", "MyPlace-SelfStorage GmbH · HRB 132871", "Hamburg"),
  fr: org("Homebox Self Stockage", "Agence de Toulouse Montaudran, 3 rue Louis Breguet, 31400 Toulouse", "SAS Homebox · RCS Lyon 450 432 817", "Toulouse"),
  es: org("Bluespace Self Storage", "Centro Madrid-Legazpi, Calle Antracita 7, 28045 Madrid", "Bluespace Rentals S.L. · CIF B-84778122", "Madrid"),
  it: org("Mondo Box Self Storage", "Via Ripamonti 137, 20141 Milano", "Mondo Box S.r.l. · P.IVA 09311140961", "Milano"),
  nl: org("Shurgard Self Storage", "Vestiging Rotterdam-Zuid, Driemanssteeweg 200, 3084 CB Rotterdam", "Shurgard Nederland B.V. · KvK 24317829", "Rotterdam"),
};

// T3 — bills in four kinds, taken in turn: district heating (the billing period of last month, readings at its ends,
// a due date), a heating-oil delivery (the order and delivery days, litres at a price), a residents' parking permit
// (valid for a year from a day after the bill, the previous permit's end), a self-storage unit's monthly rent (the
// rental period, the move-in day, the next charge; the English one a US company's in dollars).
let billTurn = 0;
const bills: Template = (r, lang) => {
  const k = turn(billTurn++, 4);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const acct = `${r.int(1000000, 9999999)}`;
  if (k === 0) {
    const s = HEAT[lang];
    const start = addMonths({ y: x.y, m: x.m, d: 1 }, -1);
    const end = monthEnd(start);
    const days = end.d;
    const r0 = r.int(12000, 98000);
    const used = r.int(200, 2400);
    const price = { en: 0.1284, de: 0.1421, fr: 0.0962, es: 0.1175, it: 0.1338, nl: 0.475 }[lang];
    const cap = { en: 0.42, de: 0.55, fr: 0.48, es: 0.36, it: 0.4, nl: 1.05 }[lang];
    const energy = cents(used * price);
    const standing = cents(days * cap);
    const vr = { en: 5, de: 19, fr: 5.5, es: 21, it: 10, nl: 21 }[lang];
    const net = cents(energy + standing);
    const vat = cents((net * vr) / 100);
    const total = cents(net + vat);
    const due = addDays(x, r.pick([14, 21]));
    const fmt = (v: number) => (lang === "en" ? v.toFixed(4) : v.toFixed(4).replace(".", ","));
    const gj = (v: number) => (v / 100).toFixed(2).replace(".", ",");
    const reading = (v: number) => (lang === "nl" ? `${gj(v)} GJ` : `${v} kWh`);
    const L = {
      en: { h: "Heat charges", dt: "Bill date", acc: "Account", per: "Billing period", mr: "Heat meter", en: `Heat used ${used} kWh @ £${fmt(price)}/kWh`, st: `Standing charge ${days} days`, vat: "VAT 5%", tot: "Amount due", due: "Due by" },
      de: { h: "Rechnung Fernwärme", dt: "Rechnungsdatum", acc: "Vertragskonto", per: "Abrechnungszeitraum", mr: "Wärmemengenzähler", en: `Arbeitspreis ${used} kWh × ${fmt(price)} €/kWh`, st: `Grundpreis ${days} Tage`, vat: "USt. 19 %", tot: "Rechnungsbetrag", due: "Fällig am" },
      fr: { h: "Facture chauffage urbain", dt: "Date de facture", acc: "N° de contrat", per: "Période facturée", mr: "Compteur d'énergie", en: `Consommation ${used} kWh × ${fmt(price)} €/kWh`, st: `Abonnement R2, ${days} jours`, vat: "TVA 5,5 %", tot: "Montant TTC", due: "À payer avant le" },
      es: { h: "Factura de climatización urbana", dt: "Fecha de factura", acc: "Contrato", per: "Periodo de facturación", mr: "Contador de energía", en: `Energía ${used} kWh × ${fmt(price)} €/kWh`, st: `Término de potencia ${days} días`, vat: "IVA 21 %", tot: "Total factura", due: "Fecha de cargo" },
      it: { h: "Bolletta teleriscaldamento", dt: "Data emissione", acc: "Codice contratto", per: "Periodo di fornitura", mr: "Contatore di calore", en: `Energia termica ${used} kWh × € ${fmt(price)}/kWh`, st: `Quota fissa ${days} giorni`, vat: "IVA 10%", tot: "Totale da pagare", due: "Scadenza" },
      nl: { h: "Nota warmte", dt: "Notadatum", acc: "Klantnummer", per: "Periode", mr: "Warmtemeter", en: `Verbruik ${gj(used)} GJ × € 47,50/GJ`, st: `Vastrecht ${days} dagen`, vat: "Btw 21%", tot: "Te betalen", due: "Uiterste betaaldatum" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, dt(x, lang, r), 24),
      cols(`${L.acc}:`, acct, 24),
      cols(`${L.per}:`, `${num(start, lang)} – ${num(end, lang)}`, 24),
      "",
      `${L.mr} ${r.int(10000000, 99999999)}: ${num(start, lang)} ${reading(r0)} · ${num(end, lang)} ${reading(r0 + used)}`,
      cols(L.en, bareAmt(energy, lang), 50),
      cols(L.st, bareAmt(standing, lang), 50),
      cols(L.vat, bareAmt(vat, lang), 50),
      cols(L.tot, money(total, lang, r), 50),
      "",
      `${L.due}: ${num(due, lang)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "district-heating-bill", lang }, r, 0.15);
  }
  if (k === 1) {
    const s = OIL[lang];
    const delivered = addDays(x, -r.int(0, 3));
    const ordered = addDays(delivered, -r.int(4, 18));
    const litres = r.int(8, 30) * 100;
    const vr = { en: 5, de: 19, fr: 20, es: 21, it: 22, nl: 21 }[lang];
    const per100 = r.int(890, 1190) / 10;
    const perL = (per100 / 100).toFixed(3).replace(".", ",");
    const net = cents((litres / 100) * per100);
    const vat = cents((net * vr) / 100);
    const total = cents(net + vat);
    const debit = addDays(x, r.int(7, 14));
    const L = {
      en: { h: "INVOICE / DELIVERY NOTE", dt: "Invoice date", acc: "Customer no.", ord: "Order taken", del: "Delivered", prod: "Kerosene 28 sec (heating oil)", per: `${litres} litres @ ${per100.toFixed(1)}p/litre`, vat: "VAT 5% (domestic)", tot: "INVOICE TOTAL", pay: "Direct Debit will be taken on or after", tank: "Tank gauge before delivery" },
      de: { h: "Rechnung / Lieferschein", dt: "Rechnungsdatum", acc: "Kunden-Nr.", ord: "Bestellung vom", del: "Lieferung am", prod: "Heizöl EL schwefelarm", per: `${amount(litres, "de").replace(",00", "")} Liter à ${amount(per100, "de")} €/100 l`, vat: "19 % MwSt.", tot: "Rechnungsbetrag", pay: "Abbuchung per SEPA-Lastschrift am", tank: "Füllstand vor Lieferung" },
      fr: { h: "Facture — bon de livraison", dt: "Date de facture", acc: "Client", ord: "Commande du", del: "Livré le", prod: "Fioul domestique ordinaire", per: `${litres} L à ${amount(per100, "fr")} € les 100 L`, vat: "TVA 20 %", tot: "Total TTC", pay: "Prélèvement le", tank: "Niveau cuve avant livraison" },
      es: { h: "Factura / albarán", dt: "Fecha factura", acc: "Cliente", ord: "Pedido", del: "Suministro", prod: "Gasóleo C calefacción", per: `${litres} l × ${perL} €/l`, vat: "IVA 21 %", tot: "TOTAL", pay: "Cargo en cuenta el", tank: "Nivel del depósito antes del suministro" },
      it: { h: "Fattura accompagnatoria", dt: "Data fattura", acc: "Cod. cliente", ord: "Ordine del", del: "Consegna del", prod: "Gasolio da riscaldamento", per: `${litres} lt × € ${perL}/lt`, vat: "IVA 22%", tot: "Totale fattura", pay: "Addebito RID il", tank: "Livello serbatoio prima dello scarico" },
      nl: { h: "Factuur / afleverbon", dt: "Factuurdatum", acc: "Debiteurnr.", ord: "Besteld op", del: "Geleverd op", prod: "Huisbrandolie", per: `${litres} liter à € ${amount(per100, "de")} per 100 l`, vat: "Btw 21%", tot: "Totaal", pay: "Automatische incasso op", tank: "Tankinhoud vóór levering" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.dt}:`, num(x, lang), 22),
      cols(`${L.acc}:`, acct, 22),
      cols(`${L.ord}:`, num(ordered, lang), 22),
      cols(`${L.del}:`, `${num(delivered, lang)} ${hm(r, 7, 16)}`, 22),
      "",
      bare(person),
      home(r, lang),
      "",
      L.prod,
      cols(`  ${L.per}`, bareAmt(net, lang), 52),
      cols(`  ${L.vat}`, bareAmt(vat, lang), 52),
      cols(L.tot, money(total, lang, r), 52),
      "",
      `${L.tank}: ${r.int(5, 35)} %`,
      `${L.pay} ${dt(debit, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "heating-oil-invoice", lang }, r, 0.2);
  }
  if (k === 2) {
    const s = PERMIT[lang];
    const from = addDays(x, r.int(1, 20));
    const until = addDays(addMonths(from, 12), -1);
    const prevEnd = addDays(from, -1);
    const fee = { en: r.pick([110, 135, 160]), de: 30.7, fr: 45, es: 28.6, it: 60, nl: r.pick([75.4, 126.1, 181.3]) }[lang];
    const reg = { en: `${r.pick(["WF", "YB", "GU"])}${r.int(10, 74)} ${r.pick(["KXT", "PLM", "RDA"])}`, de: `MZ-${r.pick(["AB", "KL", "TS"])} ${r.int(10, 9999)}`, fr: `${r.pick(["FG", "GH", "EK"])}-${r.int(100, 999)}-${r.pick(["LP", "TR", "AZ"])}`, es: `${r.int(1000, 9999)} ${r.pick(["KLM", "LRT", "MBF"])}`, it: `${r.pick(["GF", "FZ", "GA"])}${r.int(100, 999)}${r.pick(["KL", "TR", "BX"])}`, nl: `${r.pick(["K", "T", "G"])}-${r.int(100, 999)}-${r.pick(["BX", "LD", "RZ"])}` }[lang];
    const L = {
      en: { h: "Residents' parking permit — renewal invoice", dt: "Date of issue", zone: `Zone ${r.pick(["1", "4", "7", "12"])}`, veh: "Vehicle", val: "Permit valid", to: "to", prev: "Your current permit expires on", tot: "Amount payable", pay: "Please pay online or by phone before your current permit expires." },
      de: { h: "Gebührenbescheid Bewohnerparkausweis", dt: "Datum", zone: `Bewohnerparkgebiet ${r.pick(["A", "C", "F", "K"])}`, veh: "Kennzeichen", val: "Gültigkeit", to: "bis", prev: "Ihr bisheriger Ausweis läuft ab am", tot: "Verwaltungsgebühr", pay: "Bitte überweisen Sie die Gebühr unter Angabe des Kassenzeichens innerhalb von 14 Tagen." },
      fr: { h: "Avis de paiement — abonnement résident", dt: "Date d'émission", zone: `Secteur ${r.pick(["2", "5", "9"])}`, veh: "Immatriculation", val: "Validité", to: "au", prev: "Votre abonnement actuel expire le", tot: "Montant à régler", pay: "Paiement en ligne, par chèque ou en espèces au guichet." },
      es: { h: "Liquidación — tarjeta de residente (zona azul)", dt: "Fecha de liquidación", zone: `Sector ${r.pick(["I Casco Antiguo", "II Ensanche", "III San Juan"])}`, veh: "Matrícula", val: "Vigencia", to: "al", prev: "Su tarjeta actual caduca el", tot: "Importe de la tasa", pay: "Puede abonar la tasa en entidades colaboradoras o en la web municipal." },
      it: { h: "Avviso di pagamento — permesso sosta residenti", dt: "Data emissione", zone: `Zona ${r.pick(["A", "B", "D"])}`, veh: "Targa", val: "Validità", to: "al", prev: "Il permesso attuale scade il", tot: "Importo da pagare", pay: "Pagamento tramite pagoPA entro 30 giorni." },
      nl: { h: "Factuur bewonersvergunning parkeren", dt: "Factuurdatum", zone: `Vergunninggebied ${r.pick(["Binnenstad", "Oudwijk", "Lombok"])}`, veh: "Kenteken", val: "Geldig van", to: "t/m", prev: "Uw huidige vergunning verloopt op", tot: "Te betalen", pay: "Wij schrijven het bedrag automatisch af als u een machtiging heeft afgegeven." },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, dt(x, lang, r), 22),
      cols("Ref.:", `${r.pick(["RP", "BP", "PV"])}-${r.int(100000, 999999)}`, 22),
      "",
      `${L.zone} · ${L.veh} ${reg}`,
      `${L.val} ${num(from, lang)} ${L.to} ${num(until, lang)}`,
      `${L.prev} ${dt(prevEnd, lang, r)}.`,
      "",
      cols(L.tot, money(fee, lang, r), 30),
      "",
      L.pay,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(fee, lang), kind: "parking-permit-bill", lang }, r, 0.2);
  }
  const s = STORAGE[lang];
  const movedIn = addDays(x, -r.int(40, 700));
  const periodEnd = addDays(addMonths(x, 1), -1);
  const nextCharge = addMonths(x, 1);
  if (lang === "en") {
    const rent = r.pick([89, 119, 149, 189]);
    const prot = r.pick([12, 15]);
    const total = cents(rent + prot);
    const lines = [
      s.name,
      s.addr,
      "",
      `Statement/Invoice — Unit ${r.pick(["B", "C", "D"])}${r.int(100, 399)} (${r.pick(["5x10", "10x10", "10x15"])})`,
      `Invoice date: ${usNum(x)}`,
      `Tenant: ${bare(person)} · Move-in date ${usNum(movedIn)}`,
      "",
      cols(`Rent ${usNum(x)} - ${usNum(periodEnd)}`, usd(rent), 48),
      cols("Property protection plan", usd(prot), 48),
      cols("Total due", usd(total), 48),
      "",
      `AutoPay: charged to Visa ending ${r.int(1000, 9999)} on ${usLong(x, r)}.`,
      `Your next payment of ${usd(total)} is due on ${usNum(nextCharge)}.`,
      "Gate hours 6:00 AM – 10:00 PM daily.",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: usTotal(total), kind: "us-self-storage-bill", lang }, r, 0.05);
  }
  const gross = r.pick([79, 99, 119, 149, 189]);
  const ins = r.pick([6, 9, 12]);
  const total = cents(gross + ins);
  const net = cents(total / (1 + VAT[lang] / 100));
  const L = {
    de: { h: "Rechnung", dt: "Rechnungsdatum", unit: "Lagerraum", in: "Mietbeginn", rent: "Miete Zeitraum", ins: "Einlagerungsversicherung", net: "Netto", vat: "MwSt. 19 %", tot: "Rechnungsbetrag", pay: "Der Betrag wird am", pay2: "per Lastschrift eingezogen.", next: "Nächste Abbuchung" },
    fr: { h: "Facture", dt: "Date", unit: "Box", in: "Entrée dans les lieux", rent: "Loyer période du", ins: "Assurance des biens stockés", net: "Total HT", vat: "TVA 20 %", tot: "Total TTC", pay: "Prélèvement SEPA le", pay2: "", next: "Prochaine échéance" },
    es: { h: "Factura", dt: "Fecha", unit: "Trastero", in: "Fecha de alta", rent: "Alquiler periodo", ins: "Seguro de contenido", net: "Base imponible", vat: "IVA 21 %", tot: "Total", pay: "Cargo en cuenta el", pay2: "", next: "Próximo cargo" },
    it: { h: "Fattura", dt: "Data", unit: "Box", in: "Inizio locazione", rent: "Canone periodo", ins: "Copertura assicurativa merci", net: "Imponibile", vat: "IVA 22%", tot: "Totale", pay: "Addebito SDD il", pay2: "", next: "Prossimo addebito" },
    nl: { h: "Factuur", dt: "Factuurdatum", unit: "Opslagruimte", in: "Ingangsdatum huur", rent: "Huur periode", ins: "Inboedeldekking", net: "Subtotaal", vat: "Btw 21%", tot: "Totaal", pay: "Wij incasseren dit bedrag op", pay2: "", next: "Volgende incasso" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    bare(person),
    home(r, lang),
    "",
    `${L.h} ${r.int(100000, 999999)}`,
    cols(`${L.dt}:`, num(x, lang), 26),
    cols(`${L.unit}:`, `${r.pick(["A", "B", "E"])}-${r.int(10, 299)} (${r.pick(["3", "5", "7,5", "10"])} m²)`, 26),
    cols(`${L.in}:`, num(movedIn, lang), 26),
    "",
    cols(`${L.rent} ${num(x, lang)} – ${num(periodEnd, lang)}`, bareAmt(gross, lang), 56),
    cols(L.ins, bareAmt(ins, lang), 56),
    cols(L.net, bareAmt(net, lang), 56),
    cols(L.vat, bareAmt(cents(total - net), lang), 56),
    cols(L.tot, money(total, lang, r), 56),
    "",
    `${L.pay} ${num(x, lang)}${L.pay2 ? ` ${L.pay2}` : "."}`,
    `${L.next}: ${num(nextCharge, lang)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "self-storage-bill", lang }, r, 0.15);
};

// ─── Letters ─────────────────────────────────────────────────────────────────────────────────────────────────────

const refWord: PerLang<string> = { en: "Reference:", de: "Aktenzeichen:", fr: "N/Réf. :", es: "N/Ref.:", it: "Ns. rif.:", nl: "Kenmerk:" };
const dateWord: PerLang<string> = { en: "Date:", de: "Datum:", fr: "Date :", es: "Fecha:", it: "Data:", nl: "Datum:" };
const subjWord: PerLang<string> = { en: "", de: "Betreff: ", fr: "Objet : ", es: "Asunto: ", it: "Oggetto: ", nl: "Betreft: " };
/**
 * A letter as an organisation prints it, with its date in one of three places: a place-and-date line at the right
 * over the subject, a "Date:" line in a reference block under the address, or under the signature.
 */
function letter(s: Org, person: string, x: Day, lang: Lang, r: Rng, subject: string, body: string[], ref: string, sign: string): string {
  const where = r.int(0, 2);
  const dateLine = placeDate(s.city, x, lang, r);
  return [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(where === 0 ? [ref, `${" ".repeat(44)}${dateLine}`] : where === 1 ? [ref, `${dateWord[lang]} ${dt(x, lang, r)}`] : [ref]),
    "",
    `${subjWord[lang]}${subject}`,
    "",
    salute(person, lang),
    "",
    ...body,
    "",
    regards[lang],
    sign,
    ...(where === 2 ? ["", dateLine] : []),
    "",
    s.foot,
  ].join("\n");
}

const BANK: PerLang<Org> = {
  en: org("Skipton Building Society", "The Bailey, Skipton BD23 1DN", "Authorised by the PRA, FRN 153706", "Skipton"),
  de: org("Hamburger Sparkasse AG", "Ecke Adolphsplatz / Großer Burstah · 20457 Hamburg", "Amtsgericht Hamburg HRB 80691", "Hamburg"),
  fr: org("Caisse d'Épargne Île-de-France", "26/28 rue Neuve Tolbiac, 75013 Paris", "Banque coopérative · RCS Paris 382 900 942 · ORIAS 07 005 200", "Paris"),
  es: org("Ibercaja Banco, S.A.", "Plaza de Basilio Paraíso 2, 50008 Zaragoza", "CIF A-99319030 · Registro Banco de España 2085", "Zaragoza"),
  it: org("Banca Sella S.p.A.", "Piazza Gaudenzio Sella 1, 13900 Biella", "ABI 03268 · P.IVA 02224410023", "Biella"),
  nl: org("Triodos Bank N.V.", "Postbus 55, 3700 AB Zeist", "KvK 30062415", "Zeist"),
};
const BROKER: PerLang<Org> = {
  en: org("Hargreaves Lansdown Asset Management Ltd", "One College Square South, Anchor Road, Bristol BS1 5HL", "Authorised and regulated by the FCA, FRN 115248", "Bristol"),
  de: org("Trade Republic Bank GmbH", "Brunnenstraße 19-21 · 10119 Berlin", "Amtsgericht Charlottenburg HRB 244347 B", "Berlin"),
  fr: org("Fortuneo", "Tour Ariane, 5 place de la Pyramide, 92088 Paris La Défense", "Fortuneo SA · RCS Nanterre 384 288 890 · ORIAS 07 028 306", "Paris La Défense"),
  es: org("MyInvestor", "Paseo de la Castellana 29, 28046 Madrid", "Andbank España Banca Privada S.A.U. · CIF A-86701711", "Madrid"),
  it: org("Fineco Bank S.p.A.", "Piazza Durante 11, 20131 Milano", "ABI 03015 · P.IVA 12962340159", "Milano"),
  nl: org("DEGIRO", "Rembrandt Tower, Amstelplein 1, 1096 HA Amsterdam", "flatexDEGIRO Bank AG, Dutch Branch · KvK 77116724", "Amsterdam"),
};
const APP: PerLang<Org> = {
  en: org("Starling Bank Limited", "3rd Floor, 2 Finsbury Avenue, London EC2M 2PP", "Registered in England No. 09092149 · FRN 730166", "London"),
  de: org("N26 Bank SE", "Voltairestraße 8 · 10179 Berlin", "Amtsgericht Charlottenburg HRB 170602 B", "Berlin"),
  fr: org("Nickel", "Financière des Paiements Électroniques, 18 avenue Winston Churchill, 94220 Charenton-le-Pont", "SAS · RCS Créteil 753 886 092", "Charenton-le-Pont"),
  es: org("Openbank", "Plaza de Santa Bárbara 2, 28004 Madrid", "Open Bank, S.A. · CIF A-28021079", "Madrid"),
  it: org("Hype S.p.A.", "Via Cappuccini 4, 20122 Milano", "Istituto di moneta elettronica · P.IVA 09822170969", "Milano"),
  nl: org("bunq B.V.", "Naritaweg 131-133, 1043 BS Amsterdam", "KvK 54992060", "Amsterdam"),
};

// T4 — bank and broker letters and statements in four kinds, taken in turn: a fixed-term deposit about to mature
// (opened years before, maturing weeks ahead, a reply-by day), a securities contract note (the trade date and time,
// the order's day, the settlement date), a returned direct debit (presented on an earlier day, the fee), a payment
// app's monthly statement that prints only its period and dated rows (label: the period's end).
let bankTurn = 0;
const bankLetters: Template = (r, lang) => {
  const k = turn(bankTurn++, 4);
  const person = r.pick(PEOPLE[lang]);
  const x = randomDay(r);
  if (k === 0) {
    const s = BANK[lang];
    const years = r.int(1, 3);
    const matures = addDays(x, r.int(14, 45));
    const opened: Day = { y: matures.y - years, m: matures.m, d: matures.d };
    const reply = addDays(matures, -r.int(3, 7));
    const bal = r.int(500000, 6000000) / 100;
    const rate = r.pick([2.1, 2.75, 3.2, 3.85, 1.5]);
    const L = {
      en: { s: "Your Fixed Rate Bond is maturing", b: [`Your ${years}-year Fixed Rate Bond (account ending ${r.int(1000, 9999)}), opened on ${dt(opened, lang, r)} at ${pct(rate, lang)} AER, matures on ${dt(matures, lang, r)}.`, `The balance today is £${amount(bal, "en")}. Please tell us what you'd like to do with your money by ${dt(reply, lang, r)}.`, "If we don't hear from you, we'll move it into our Easy Access Saver on maturity."] },
      de: { s: "Fälligkeit Ihrer Festgeldanlage", b: [`Ihre am ${num(opened, lang)} angelegte Festgeldanlage Nr. ${r.int(1000000, 9999999)} über ${amount(bal, "de")} EUR (Zinssatz ${pct(rate, lang)} p. a.) wird am ${dt(matures, lang, r)} fällig.`, `Bitte teilen Sie uns bis zum ${dt(reply, lang, r)} mit, ob Sie die Anlage verlängern möchten. Andernfalls schreiben wir Kapital und Zinsen Ihrem Girokonto gut.`] },
      fr: { s: "Échéance de votre compte à terme", b: [`Votre compte à terme n° ${r.int(10000000, 99999999)}, souscrit le ${num(opened, lang)} pour ${amount(bal, "fr")} € au taux de ${pct(rate, lang)}, arrive à échéance le ${dt(matures, lang, r)}.`, `Sans instruction de votre part avant le ${dt(reply, lang, r)}, les fonds et les intérêts seront virés sur votre compte courant.`] },
      es: { s: "Vencimiento de su depósito a plazo fijo", b: [`Le recordamos que su depósito a plazo fijo n.º ${r.int(1000000, 9999999)}, contratado el ${num(opened, lang)} por importe de ${amount(bal, "de")} € al ${pct(rate, lang)} TAE, vence el ${dt(matures, lang, r)}.`, `Si desea renovarlo, le rogamos nos lo indique antes del ${dt(reply, lang, r)}.`] },
      it: { s: "Scadenza del Suo conto deposito vincolato", b: [`Le ricordiamo che il vincolo n. ${r.int(100000, 999999)} di € ${amount(bal, "de")}, attivato il ${num(opened, lang)} al tasso lordo del ${pct(rate, lang)}, scadrà il ${dt(matures, lang, r)}.`, `Qualora desideri rinnovarlo, La invitiamo a comunicarcelo entro il ${dt(reply, lang, r)}.`] },
      nl: { s: "Uw deposito loopt af", b: [`Uw termijndeposito (rekening ${r.int(100000000, 999999999)}), geopend op ${dt(opened, lang, r)} met een rente van ${pct(rate, lang)}, loopt af op ${dt(matures, lang, r)}.`, `Het saldo is € ${amount(bal, "de")}. Geef vóór ${dt(reply, lang, r)} door of u het deposito wilt verlengen.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.pick(["FD", "TG", "CT"])}/${r.int(10000, 99999)}`, { en: "Savings Team", de: "Ihre Haspa", fr: "Votre conseiller", es: "Su gestor", it: "Il Suo consulente", nl: "Team Sparen" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "deposit-maturity-letter", lang }, r, 0.35);
  }
  if (k === 1) {
    const s = BROKER[lang];
    const placed = addDays(x, -r.int(0, 3));
    const settle = workday(addDays(x, 2));
    const qty = Math.round((r.int(2, 80) + (r.chance(0.4) ? r.int(1, 9999) / 10000 : 0)) * 10000) / 10000;
    const price = r.int(2500, 14000) / 100;
    const value = cents(qty * price);
    const fee = { en: 11.95, de: 1, fr: 0.99, es: 0, it: 2.95, nl: 1 }[lang];
    const debit = cents(value + fee);
    const fund = r.pick(["iShares Core MSCI World UCITS ETF USD (Acc)", "Vanguard FTSE All-World UCITS ETF (Acc)", "Xtrackers MSCI Emerging Markets UCITS ETF 1C"]);
    const isin = fund.startsWith("iShares") ? "IE00B4L5Y983" : fund.startsWith("Vanguard") ? "IE00BK5BQT80" : "IE00BTJRMP35";
    const q = (v: number) => (lang === "en" ? String(v) : String(v).replace(".", ","));
    const L = {
      en: { h: "CONTRACT NOTE — PURCHASE", dt: "Date", ord: "Order placed", tr: "Trade date/time", st: "Settlement date", qty: "Quantity", pr: "Price", val: "Consideration", fee: "Dealing charge", deb: "Total cost" },
      de: { h: "WERTPAPIERABRECHNUNG — KAUF (Sparplanausführung)", dt: "Datum", ord: "Auftrag vom", tr: "Schlusstag / Ausführungszeit", st: "Valuta", qty: "Stück", pr: "Kurs", val: "Kurswert", fee: "Fremdkostenzuschlag", deb: "Belastung" },
      fr: { h: "AVIS D'OPÉRÉ — ACHAT", dt: "Date", ord: "Ordre passé le", tr: "Date et heure d'exécution", st: "Date de règlement", qty: "Quantité", pr: "Cours", val: "Montant brut", fee: "Frais de courtage", deb: "Montant net débité" },
      es: { h: "NOTA DE LIQUIDACIÓN — COMPRA", dt: "Fecha", ord: "Orden recibida", tr: "Fecha y hora de ejecución", st: "Fecha valor", qty: "Títulos", pr: "Precio", val: "Efectivo", fee: "Comisión", deb: "Importe cargado" },
      it: { h: "NOTA INFORMATIVA ESEGUITO — ACQUISTO", dt: "Data", ord: "Ordine inserito il", tr: "Data e ora esecuzione", st: "Data valuta", qty: "Quantità", pr: "Prezzo", val: "Controvalore", fee: "Commissioni", deb: "Totale addebitato" },
      nl: { h: "TRANSACTIEBEVESTIGING — AANKOOP", dt: "Datum", ord: "Order geplaatst", tr: "Uitvoeringsdatum/-tijd", st: "Valutadatum", qty: "Aantal", pr: "Koers", val: "Waarde", fee: "Transactiekosten", deb: "Totaal afgeschreven" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      L.h,
      cols(`${L.dt}:`, num(x, lang), 30),
      cols(`${L.ord}:`, num(placed, lang), 30),
      cols(`${L.tr}:`, `${isoDay(x)} ${hm(r, 9, 17)}:${pad(r.int(0, 59))}`, 30),
      cols(`${L.st}:`, num(settle, lang), 30),
      "",
      `${fund}`,
      `ISIN ${isin} · ${r.pick(["XETRA", "LSE", "Euronext Amsterdam", "Borsa Italiana"])}`,
      cols(`${L.qty}: ${q(qty)}   ${L.pr}: ${bareAmt(price, lang)}`, bareAmt(value, lang), 50),
      cols(L.fee, bareAmt(fee, lang), 50),
      cols(L.deb, money(debit, lang, r), 50),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "contract-note", lang }, r, 0.1);
  }
  if (k === 2) {
    const s = BANK[lang];
    const presented = addDays(x, -r.int(1, 4));
    const amt = r.int(2000, 45000) / 100;
    const fee = { en: 15, de: 3, fr: 20, es: 12, it: 7.5, nl: 0 }[lang];
    const creditor = { en: "Severnside Leisure Ltd", de: "Fitnessstudio Atlantis GmbH", fr: "Assurances Prévia", es: "Gimnasio Olimpo S.L.", it: "Telepronto S.p.A.", nl: "Sportschool FitFabriek" }[lang];
    const L = {
      en: { s: "We have returned a Direct Debit unpaid", b: [`On ${dt(presented, lang, r)} ${creditor} asked us to pay a Direct Debit of £${amount(amt, "en")} from your account ending ${r.int(1000, 9999)}.`, `There was not enough money in your account, so we returned it unpaid. An unpaid item fee of £${amount(fee, "en")} has been charged.`, "Please contact the company to arrange another way to pay."] },
      de: { s: "Rückgabe einer Lastschrift mangels Deckung", b: [`die am ${dt(presented, lang, r)} von ${creditor} eingereichte SEPA-Lastschrift über ${amount(amt, "de")} EUR konnte mangels Deckung nicht eingelöst werden.`, `Für die Benachrichtigung berechnen wir ${amount(fee, "de")} EUR. Bitte sorgen Sie für ausreichende Deckung Ihres Kontos.`] },
      fr: { s: "Rejet d'un prélèvement", b: [`Le prélèvement SEPA de ${amount(amt, "fr")} € présenté le ${dt(presented, lang, r)} par ${creditor} a été rejeté pour provision insuffisante.`, `Conformément à nos conditions tarifaires, des frais de ${amount(fee, "fr")} € ont été prélevés.`] },
      es: { s: "Devolución de recibo domiciliado", b: [`Le informamos de que el recibo de ${creditor} por importe de ${amount(amt, "de")} €, presentado al cobro el ${dt(presented, lang, r)}, ha sido devuelto por falta de saldo.`, `Se ha aplicado una comisión por reclamación de posiciones deudoras de ${amount(fee, "de")} €.`] },
      it: { s: "Insoluto addebito diretto SEPA", b: [`La informiamo che l'addebito SDD di € ${amount(amt, "de")} presentato il ${dt(presented, lang, r)} da ${creditor} è stato respinto per mancanza di fondi.`, `Sono state addebitate spese per € ${amount(fee, "de")}.`] },
      nl: { s: "Incasso gestorneerd", b: [`De incasso van ${creditor} van € ${amount(amt, "de")}, aangeboden op ${dt(presented, lang, r)}, is niet uitgevoerd omdat er onvoldoende saldo was.`, "Neem contact op met de incassant om de betaling alsnog te regelen. Wij brengen hiervoor geen kosten in rekening."] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} DD/${r.int(100000, 999999)}`, { en: "Customer Services", de: "Ihr Kundenservice", fr: "Votre agence", es: "Su oficina", it: "La Sua filiale", nl: "Klantenservice" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "returned-debit-letter", lang }, r, 0.35);
  }
  const s = APP[lang];
  const start: Day = { y: x.y, m: x.m, d: 1 };
  const end = monthEnd(x);
  const n = r.int(4, 9);
  const rows = Array.from({ length: n }, () => ({ y: x.y, m: x.m, d: r.int(1, end.d) }))
    .sort((a, b) => a.d - b.d)
    .map((d) => ({ d, what: r.pick({ en: ["Tesco Express", "TfL Travel Charge", "Pret A Manger", "Transfer from J Carter", "Netflix.com", "Amazon Marketplace"], de: ["REWE Markt", "Deutsche Bahn", "Spotify", "Überweisung von L. Wagner", "Rossmann", "Lieferando"], fr: ["Monoprix", "SNCF Connect", "Virement de C. Girard", "Boulangerie Paul", "Deezer", "Fnac.com"], es: ["Mercadona", "Renfe", "Bizum de Lucía", "Glovo", "El Corte Inglés", "Spotify"], it: ["Esselunga", "Trenitalia", "Satispay", "Bonifico da G. Esposito", "Amazon.it", "Autogrill"], nl: ["Albert Heijn", "NS Reizigers", "Tikkie van L. Bakker", "Bol.com", "HEMA", "Thuisbezorgd.nl"] }[lang]), v: (r.chance(0.2) ? 1 : -1) * (r.int(250, 12000) / 100) }));
  const open = r.int(120000, 300000) / 100;
  const close = cents(open + rows.reduce((a, w) => a + w.v, 0));
  const rowDate = (d: Day) => ({ en: `${pad(d.d)} ${MONTHS_ABBR.en[d.m - 1]!}`, de: `${pad(d.d)}.${pad(d.m)}.`, fr: `${pad(d.d)}/${pad(d.m)}`, es: `${pad(d.d)}/${pad(d.m)}`, it: `${pad(d.d)}/${pad(d.m)}`, nl: `${d.d} ${MONTHS_ABBR.nl[d.m - 1]!}` })[lang];
  const L = {
    en: { h: "Account statement", per: `${dt(start, lang, r)} – ${dt(end, lang, r)}`, op: "Opening balance", cl: "Closing balance", cols: "Date      Description                     Amount" },
    de: { h: "Kontoauszug", per: `${num(start, lang)} bis ${num(end, lang)}`, op: "Alter Kontostand", cl: "Neuer Kontostand", cols: "Datum     Beschreibung                    Betrag" },
    fr: { h: "Relevé de compte", per: `du ${num(start, lang)} au ${num(end, lang)}`, op: "Solde de début de période", cl: "Solde de fin de période", cols: "Date      Libellé                         Montant" },
    es: { h: "Extracto de movimientos", per: `Del ${num(start, lang)} al ${num(end, lang)}`, op: "Saldo inicial", cl: "Saldo final", cols: "Fecha     Concepto                        Importe" },
    it: { h: "Estratto conto mensile", per: `Dal ${num(start, lang)} al ${num(end, lang)}`, op: "Saldo iniziale", cl: "Saldo finale", cols: "Data      Descrizione                     Importo" },
    nl: { h: "Rekeningoverzicht", per: `${dt(start, lang, r)} t/m ${dt(end, lang, r)}`, op: "Beginsaldo", cl: "Eindsaldo", cols: "Datum     Omschrijving                    Bedrag" },
  }[lang];
  const iban = { en: `Sort code 60-83-71 · Account ${r.int(10000000, 99999999)}`, de: `IBAN DE${r.int(10, 99)} 1001 1001 ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(10, 99)}`, fr: `IBAN FR76 1774 8019 ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(100, 999)}`, es: `IBAN ES${r.int(10, 99)} 0073 0100 ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}`, it: `IBAN IT${r.int(10, 99)} X036 4601 6005 26${r.int(100000000, 999999999)}`, nl: `IBAN NL${r.int(10, 99)} BUNQ 20${r.int(10000000, 99999999)}` }[lang];
  const lines = [
    s.name,
    "",
    L.h,
    L.per,
    bare(person),
    iban,
    "",
    cols(L.op, money(open, lang, r), 42),
    L.cols,
    ...rows.map((w) => cols(`${rowDate(w.d).padEnd(10)}${w.what}`, `${w.v < 0 ? "-" : "+"}${bareAmt(Math.abs(w.v), lang)}`, 42)),
    cols(L.cl, money(close, lang, r), 42),
    "",
    s.addr,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(end), correspondent: s.name, kind: "app-account-statement", lang }, r, 0.1);
};

const EMPLOYER: PerLang<Org> = {
  en: org("Hollybrook Care Homes Ltd", "Head Office, 7 Abbey Road, Shrewsbury SY2 5AA", "Registered in England No. 04877120", "Shrewsbury"),
  de: org("Kühne Logistik Süd GmbH", "Personalwesen · Robert-Bosch-Straße 15 · 86167 Augsburg", "Amtsgericht Augsburg HRB 28813", "Augsburg"),
  fr: org("Clinique Saint-Exupéry", "Direction des ressources humaines, 29 rue Émile Combes, 31400 Toulouse", "SAS Clinique Saint-Exupéry · RCS Toulouse 318 554 902", "Toulouse"),
  es: org("Hotel Miramar Costa S.L.", "Departamento de Personal, Paseo Marítimo 44, 03001 Alicante", "CIF B-03445129", "Alicante"),
  it: org("Cooperativa Sociale La Rondine", "Ufficio Personale, Via Manzoni 5, 24121 Bergamo", "Albo Società Cooperative A112233 · P.IVA 02211770163", "Bergamo"),
  nl: org("Thuiszorg Midden-Holland", "Afdeling P&O, Burgemeester Jamessingel 2, 2803 PV Gouda", "KvK 29046622", "Gouda"),
};
const HOUSING: PerLang<Org> = {
  en: org("Riverside Homes Housing Association", "Asset Management, 2 Wharf Road, Gloucester GL1 2EH", "Registered provider L4471 · Charity No. 1094423", "Gloucester"),
  de: org("Wohnbau Nordstadt eG", "Technik & Instandhaltung · Bockenheimer Landstraße 20 · 60323 Frankfurt am Main", "GnR 1288 Amtsgericht Frankfurt am Main", "Frankfurt am Main"),
  fr: org("Habitat 44 — Office public de l'habitat", "Service patrimoine, 2 boulevard de Berlin, 44000 Nantes", "OPH de Loire-Atlantique · SIRET 272 440 058 00031", "Nantes"),
  es: org("Empresa Municipal de Vivienda de Sevilla", "Departamento de Mantenimiento, Calle Bilbao 4, 41001 Sevilla", "EMVISESA · CIF A-41061202", "Sevilla"),
  it: org("ACER Ferrara", "Servizio Manutenzione, Corso Vittorio Veneto 7, 44121 Ferrara", "Azienda Casa Emilia-Romagna della Provincia di Ferrara · P.IVA 00051510386", "Ferrara"),
  nl: org("Woningcorporatie Portaal", "Postbus 2307, 3500 GH Utrecht", "KvK 30080960", "Utrecht"),
};
const SCHOOL: PerLang<Org> = {
  en: org("Highfield Academy", "Highfield Road, Rotherham S60 2PH", "Part of the Northern Lights Academy Trust · Company No. 07765132", "Rotherham"),
  de: org("Realschule am Schlosspark", "Schlossallee 3 · 74613 Öhringen", "Staatlich anerkannte Realschule · Schulnummer 04119853", "Öhringen"),
  fr: org("Collège Pierre-Mendès-France", "12 avenue de la Libération, 54000 Nancy", "Académie de Nancy-Metz · UAI 0542011K", "Nancy"),
  es: org("IES Ramón y Cajal", "Calle de la Universidad 8, 47002 Valladolid", "Junta de Castilla y León · Código de centro 47006111", "Valladolid"),
  it: org("Istituto Tecnico Statale Galileo Ferraris", "Via Cesare Battisti 15, 80121 Napoli", "C.M. NATF05000X · C.F. 80022110630", "Napoli"),
  nl: org("Stedelijk Gymnasium Leeuwarden", "Postbus 4012, 8901 EA Leeuwarden", "BRIN 20LL", "Leeuwarden"),
};

// T5 — employers', landlords' and schools' letters in four kinds, taken in turn: annual leave approved (the request's
// date, the leave ahead, the days left in the year), the end of probation (employed since, probation ended on), a
// housing association's notice of contractors' access for works on a day ahead (an earlier survey, a reply-by day),
// a school's letter about unauthorised absences on earlier days (a meeting ahead).
let homeTurn = 0;
const workHomeSchool: Template = (r, lang) => {
  const k = turn(homeTurn++, 4);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const ref = `${refWord[lang]} ${r.pick(["HR", "PO", "TI", "SV"])}-${r.int(1000, 9999)}`;
  if (k === 0) {
    const s = EMPLOYER[lang];
    const asked = addDays(x, -r.int(2, 16));
    const from = workday(addDays(x, r.int(10, 80)));
    const to = addDays(from, r.pick([4, 11, 13, 18]));
    const left = r.int(2, 18);
    const yr = from.y;
    const L = {
      en: { s: "Annual leave request — approved", b: [`Thank you for your request of ${dt(asked, lang, r)}. I am pleased to confirm your annual leave from ${weekday(from, lang)} ${dt(from, lang, r)} to ${weekday(to, lang)} ${dt(to, lang, r)} inclusive.`, `After this period you will have ${left} days of your ${yr} entitlement remaining. Please make sure your shifts are covered on the rota before you go.`] },
      de: { s: "Ihr Urlaubsantrag", b: [`Ihr Urlaubsantrag vom ${num(asked, lang)} für den Zeitraum vom ${num(from, lang)} bis einschließlich ${num(to, lang)} wurde genehmigt.`, `Ihr Resturlaub für das Jahr ${yr} beträgt danach noch ${left} Arbeitstage. Bitte regeln Sie Ihre Vertretung rechtzeitig mit Ihrer Teamleitung.`] },
      fr: { s: "Demande de congés payés", b: [`Nous faisons suite à votre demande du ${num(asked, lang)} et vous confirmons l'accord de la direction pour vos congés payés du ${weekday(from, lang)} ${dt(from, lang, r)} au ${weekday(to, lang)} ${dt(to, lang, r)} inclus.`, `Votre solde de congés au titre de l'année ${yr} sera ensuite de ${left} jours ouvrables.`] },
      es: { s: "Solicitud de vacaciones", b: [`En respuesta a su solicitud de ${dt(asked, lang, r)}, le confirmamos la concesión de sus vacaciones del ${num(from, lang)} al ${num(to, lang)}, ambos inclusive.`, `Tras este periodo le quedarán ${left} días de vacaciones correspondientes a ${yr}.`] },
      it: { s: "Richiesta di ferie", b: [`In riferimento alla Sua richiesta del ${num(asked, lang)}, Le confermiamo l'approvazione delle ferie dal ${dt(from, lang, r)} al ${dt(to, lang, r)} compresi.`, `Al termine del periodo Le resteranno ${left} giorni di ferie maturate nel ${yr}.`] },
      nl: { s: "Verlofaanvraag goedgekeurd", b: [`Uw verlofaanvraag van ${dt(asked, lang, r)} is goedgekeurd. U heeft vakantie van ${weekday(from, lang)} ${dt(from, lang, r)} tot en met ${weekday(to, lang)} ${dt(to, lang, r)}.`, `Daarna heeft u nog ${left} verlofdagen over ${yr} tegoed.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Sarah Whitfield, HR Manager", de: "Petra Lang, Personalleitung", fr: "Nadia Benali, DRH", es: "Rocío Muñoz, RR. HH.", it: "Chiara Villa, Ufficio Personale", nl: "Inge Mulder, P&O" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "leave-approval-letter", lang }, r);
  }
  if (k === 1) {
    const s = EMPLOYER[lang];
    const ended = addDays(x, -r.int(0, 10));
    const months = r.pick([3, 6]);
    const since = addDays(addMonths(ended, -months), 1);
    const L = {
      en: { s: "Successful completion of your probationary period", b: [`Further to your review meeting, I am delighted to confirm that you have successfully completed your ${months}-month probationary period, which began when you joined us on ${dt(since, lang, r)} and ended on ${dt(ended, lang, r)}.`, "Your employment is now confirmed, with a notice period of one month on either side."] },
      de: { s: "Ende der Probezeit", b: [`wir freuen uns, Ihnen mitzuteilen, dass Sie Ihre Probezeit, die mit Ihrem Eintritt am ${num(since, lang)} begann, zum ${num(ended, lang)} erfolgreich beendet haben.`, "Es gelten nun die im Arbeitsvertrag vereinbarten Kündigungsfristen."] },
      fr: { s: "Confirmation de votre période d'essai", b: [`Votre période d'essai, débutée lors de votre embauche le ${dt(since, lang, r)}, a pris fin le ${dt(ended, lang, r)}.`, "Nous avons le plaisir de vous confirmer dans votre poste en contrat à durée indéterminée."] },
      es: { s: "Superación del periodo de prueba", b: [`Nos complace comunicarle que ha superado el periodo de prueba de ${months} meses, iniciado con su incorporación el ${dt(since, lang, r)} y finalizado el ${dt(ended, lang, r)}.`] },
      it: { s: "Superamento del periodo di prova", b: [`con la presente Le comunichiamo che il periodo di prova, iniziato con l'assunzione del ${num(since, lang)}, si è concluso positivamente il ${num(ended, lang)}.`, "Il rapporto di lavoro prosegue pertanto a tempo indeterminato."] },
      nl: { s: "Einde proeftijd", b: [`Hierbij bevestigen wij dat uw proeftijd, die inging op uw eerste werkdag ${dt(since, lang, r)}, op ${dt(ended, lang, r)} met goed gevolg is afgerond.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "M. Okafor, Operations Director", de: "J. Huber, Geschäftsführung", fr: "C. Ferrand, Directrice des soins", es: "A. Solís, Dirección", it: "P. Rota, Presidente", nl: "E. de Boer, Manager P&O" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "probation-letter", lang }, r);
  }
  if (k === 2) {
    const s = HOUSING[lang];
    const work = workday(addDays(x, r.int(12, 40)));
    const survey = addDays(x, -r.int(20, 90));
    const reply = addDays(x, r.int(5, 9));
    const what = { en: "replace the windows and the front door", de: "die Fenster und die Wohnungseingangstür zu erneuern", fr: "remplacer les menuiseries extérieures", es: "sustituir las ventanas y la puerta de entrada", it: "sostituire gli infissi esterni", nl: "de kozijnen en de voordeur te vervangen" }[lang];
    const L = {
      en: { s: "Window replacement — access to your home", b: [`Following the survey of your home on ${dt(survey, lang, r)}, our contractor will ${what} on ${weekday(work, lang)} ${dt(work, lang, r)} between 8am and 4pm.`, `If this date is not convenient, please call us by ${dt(reply, lang, r)} so that we can rearrange.`] },
      de: { s: "Ankündigung von Modernisierungsarbeiten", b: [`wie bei der Begehung am ${num(survey, lang)} besprochen, beabsichtigen wir, ${what}. Die Firma Glas-Meyer wird am ${weekday(work, lang)}, ${dt(work, lang, r)}, zwischen 7:30 und 16:00 Uhr in Ihrer Wohnung tätig sein.`, `Sollte Ihnen der Termin nicht möglich sein, melden Sie sich bitte bis zum ${num(reply, lang)}.`] },
      fr: { s: "Travaux dans votre logement", b: [`Suite à la visite technique du ${num(survey, lang)}, l'entreprise mandatée interviendra pour ${what} le ${weekday(work, lang)} ${dt(work, lang, r)} de 8 h à 16 h.`, `Si vous ne pouvez pas être présent, merci de nous contacter avant le ${num(reply, lang)}.`] },
      es: { s: "Aviso de obras en su vivienda", b: [`Tras la visita técnica realizada el ${num(survey, lang)}, le comunicamos que la empresa adjudicataria acudirá el ${weekday(work, lang)} ${dt(work, lang, r)}, de 8:00 a 15:00 h, para ${what}.`, `Si no pudiera estar presente, le rogamos nos avise antes del ${num(reply, lang)}.`] },
      it: { s: "Avviso di intervento di manutenzione", b: [`A seguito del sopralluogo del ${num(survey, lang)}, La informiamo che la ditta incaricata accederà al Suo alloggio ${weekday(work, lang)} ${dt(work, lang, r)} dalle 8.00 alle 16.00 per ${what}.`, `In caso di impedimento La preghiamo di contattarci entro il ${num(reply, lang)}.`] },
      nl: { s: "Aankondiging werkzaamheden", b: [`Na de inspectie van uw woning op ${dt(survey, lang, r)} komt onze aannemer op ${weekday(work, lang)} ${dt(work, lang, r)} tussen 8.00 en 16.00 uur om ${what}.`, `Komt deze datum u niet uit? Laat het ons dan vóór ${num(reply, lang)} weten.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Planned Works Team", de: "Abteilung Technik", fr: "Le service patrimoine", es: "Departamento de Mantenimiento", it: "Servizio Manutenzione", nl: "Team Onderhoud" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "works-access-notice", lang }, r);
  }
  const s = SCHOOL[lang];
  const a1 = workday(addDays(x, -r.int(8, 30)));
  const a2 = workday(addDays(a1, r.int(2, 6)));
  const meet = workday(addDays(x, r.int(5, 20)));
  const child = r.pick({ en: ["Oliver", "Amelia", "Noah"], de: ["Leon", "Mia", "Finn"], fr: ["Lucas", "Léa", "Hugo"], es: ["Hugo", "Martina", "Pablo"], it: ["Leonardo", "Sofia", "Tommaso"], nl: ["Daan", "Emma", "Sem"] }[lang]);
  const cls = { en: "Year 9", de: "Klasse 8b", fr: "4e B", es: "3.º ESO B", it: "classe 2ª C", nl: "klas 3" }[lang];
  const L = {
    en: { s: `Attendance — ${child} (${cls})`, b: [`Our records show that ${child} was absent on ${dt(a1, lang, r)} and ${dt(a2, lang, r)} and we have not received a reason for these absences. They have therefore been recorded as unauthorised.`, `We would like to meet you on ${weekday(meet, lang)} ${dt(meet, lang, r)} at 3.30pm to discuss ${child}'s attendance.`] },
    de: { s: `Unentschuldigte Fehlzeiten Ihres Kindes ${child} (${cls})`, b: [`Ihr Kind ${child} hat am ${num(a1, lang)} und am ${num(a2, lang)} unentschuldigt im Unterricht gefehlt.`, `Wir bitten Sie zu einem Gespräch am ${weekday(meet, lang)}, dem ${dt(meet, lang, r)}, um 14:00 Uhr ins Sekretariat.`] },
    fr: { s: `Absences non justifiées de ${child} (${cls})`, b: [`Votre enfant ${child} a été absent(e) les ${num(a1, lang)} et ${num(a2, lang)} sans justificatif.`, `Nous vous proposons un rendez-vous avec le CPE le ${weekday(meet, lang)} ${dt(meet, lang, r)} à 17 h.`] },
    es: { s: `Faltas de asistencia de ${child} (${cls})`, b: [`Le comunicamos que su hijo/a ${child} faltó a clase los días ${num(a1, lang)} y ${num(a2, lang)} sin justificación.`, `Le citamos a una reunión con el tutor el ${weekday(meet, lang)} ${dt(meet, lang, r)} a las 16:30 h.`] },
    it: { s: `Assenze non giustificate — ${child}, ${cls}`, b: [`Si comunica che l'alunno/a ${child} è risultato/a assente nei giorni ${num(a1, lang)} e ${num(a2, lang)} senza giustificazione.`, `La famiglia è convocata per un colloquio con il coordinatore di classe ${weekday(meet, lang)} ${dt(meet, lang, r)} alle ore 15.00.`] },
    nl: { s: `Ongeoorloofd verzuim ${child} (${cls})`, b: [`${child} was op ${dt(a1, lang, r)} en ${dt(a2, lang, r)} zonder geldige reden afwezig.`, `Wij nodigen u uit voor een gesprek met de mentor op ${weekday(meet, lang)} ${dt(meet, lang, r)} om 15.30 uur.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Mrs K. Brooks, Head of Year", de: "Schulleitung", fr: "Le Principal", es: "Jefatura de Estudios", it: "Il Dirigente Scolastico", nl: "De teamleider" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "school-absence-letter", lang }, r);
};

const INSURER: PerLang<Org> = {
  en: org("Direct Line Insurance plc", "Churchill Court, Westmoreland Road, Bromley BR1 1DP", "Registered in England No. 1179980 · FRN 202684", "Bromley"),
  de: org("ERGO Versicherung AG", "ERGO-Platz 1 · 40477 Düsseldorf", "Amtsgericht Düsseldorf HRB 36466", "Düsseldorf"),
  fr: org("Macif", "Service clients, 2 et 4 rue de Pied de Fond, 79037 Niort Cedex 9", "Mutuelle d'assurance à cotisations variables · SIREN 781 452 511", "Niort"),
  es: org("Mutua Madrileña Automovilista", "Paseo de la Castellana 33, 28046 Madrid", "CIF V-28027118", "Madrid"),
  it: org("Generali Italia S.p.A.", "Via Marocchesa 14, 31021 Mogliano Veneto (TV)", "Albo imprese IVASS 1.00175 · P.IVA 00885351007", "Mogliano Veneto"),
  nl: org("Univé Verzekeringen", "Postbus 15, 9400 AA Assen", "Coöperatie Univé U.A. · KvK 04033440", "Assen"),
};
const LIFE: PerLang<Org> = {
  en: org("Scottish Widows", "15 Dalkeith Road, Edinburgh EH16 5BU", "Scottish Widows Limited · FRN 181655", "Edinburgh"),
  de: org("Debeka Lebensversicherungsverein a. G.", "Ferdinand-Sauerbruch-Straße 18 · 56073 Koblenz", "Amtsgericht Koblenz HRB 13", "Koblenz"),
  fr: org("CNP Assurances", "4 promenade Cœur de Ville, 92130 Issy-les-Moulineaux", "SA au capital de 686 618 477 € · RCS Nanterre 341 737 062", "Issy-les-Moulineaux"),
  es: org("Santalucía Seguros", "Plaza de España 15, 28008 Madrid", "Santa Lucía S.A. Compañía de Seguros · CIF A-28039790", "Madrid"),
  it: org("Poste Vita S.p.A.", "Viale Beethoven 11, 00144 Roma", "Albo imprese IVASS 1.00133 · P.IVA 05927271006", "Roma"),
  nl: org("Nationale-Nederlanden Levensverzekering Maatschappij N.V.", "Postbus 796, 3000 AT Rotterdam", "KvK 24042211", "Rotterdam"),
};

// T6 — insurers' letters in three kinds, taken in turn: a cancellation confirmed (the notice received on, the cover
// ends on, a refund; no total labelled), a life policy's annual statement (values as at the last 31 December, the
// policy's start and maturity, the insured's birth date), a no-claims certificate for a motor policy (the periods
// of cover, the end of the last one).
let insTurn = 0;
const insurance: Template = (r, lang) => {
  const k = turn(insTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const pol = `${r.pick(["MT", "HH", "KF", "LV"])}${r.int(1000000, 9999999)}`;
  const ref = `${refWord[lang]} ${pol}`;
  if (k === 0) {
    const s = INSURER[lang];
    const got = addDays(x, -r.int(2, 12));
    const ends = r.chance(0.5) ? monthEnd(addMonths(x, r.int(0, 2))) : addDays(x, r.int(10, 60));
    const refund = r.int(1200, 16000) / 100;
    const L = {
      en: { s: "Confirmation of cancellation", b: [`We received your request to cancel your car insurance policy ${pol} on ${dt(got, lang, r)}.`, `Your cover will end at 23:59 on ${dt(ends, lang, r)}. We will refund £${amount(refund, "en")} for the unused period to the card you paid with.`] },
      de: { s: "Bestätigung Ihrer Kündigung", b: [`Ihre Kündigung vom ${num(got, lang)} zum Vertrag ${pol} (Hausratversicherung) haben wir erhalten.`, `Der Versicherungsschutz endet am ${dt(ends, lang, r)}, 24:00 Uhr. Den nicht verbrauchten Beitrag von ${amount(refund, "de")} € erstatten wir Ihnen.`] },
      fr: { s: "Résiliation de votre contrat", b: [`Nous accusons réception de votre demande de résiliation du ${num(got, lang)} concernant le contrat n° ${pol}.`, `Vos garanties prendront fin le ${dt(ends, lang, r)} à minuit. La part de cotisation non utilisée, soit ${amount(refund, "fr")} €, vous sera remboursée.`] },
      es: { s: "Confirmación de baja de su póliza", b: [`Hemos recibido su solicitud de baja de fecha ${num(got, lang)} relativa a la póliza ${pol}.`, `La cobertura finalizará el ${dt(ends, lang, r)} a las 24:00 horas. Le reintegraremos ${amount(refund, "de")} € correspondientes a la prima no consumida.`] },
      it: { s: "Conferma disdetta polizza", b: [`Abbiamo ricevuto in data ${num(got, lang)} la Sua disdetta relativa alla polizza n. ${pol}.`, `La copertura cesserà alle ore 24 del ${dt(ends, lang, r)}. Le rimborseremo € ${amount(refund, "de")} di premio non goduto.`] },
      nl: { s: "Bevestiging opzegging", b: [`Op ${dt(got, lang, r)} ontvingen wij uw opzegging van polis ${pol}.`, `Uw verzekering stopt op ${dt(ends, lang, r)}. De te veel betaalde premie van € ${amount(refund, "de")} storten wij terug.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Customer Services", de: "Ihr ERGO Kundenservice", fr: "Votre conseiller Macif", es: "Atención al Mutualista", it: "Servizio Clienti", nl: "Klantenservice" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "insurance-cancellation-letter", lang }, r);
  }
  if (k === 1) {
    const s = LIFE[lang];
    const asAt: Day = { y: x.y - 1, m: 12, d: 31 };
    const b = born(r, 1966, 1990);
    const start: Day = { y: r.int(Math.max(1995, b.y + 20), x.y - 3), m: r.int(1, 12), d: 1 };
    const mat: Day = { y: b.y + r.pick([65, 67]), m: start.m, d: 1 };
    const val = r.int(300000, 6500000) / 100;
    const paid = r.int(60000, 2400000) / 100;
    const L = {
      en: { s: `Your annual policy statement — position at 31 December ${asAt.y}`, b: [`Life assured: ${bare(person)}, date of birth ${dt(b, lang, r)}. Policy start date: ${dt(start, lang, r)}. Maturity date: ${dt(mat, lang, r)}.`, `Premiums paid in ${asAt.y}: £${amount(paid / 10, "en")}. Surrender value at ${num(asAt, lang)}: £${amount(val, "en")}.`] },
      de: { s: `Ihre jährliche Mitteilung zur Lebensversicherung — Stand ${num(asAt, lang)}`, b: [`Versicherte Person: ${bare(person)}, geb. ${num(b, lang)}. Versicherungsbeginn: ${num(start, lang)}, Ablauf: ${num(mat, lang)}.`, `Rückkaufswert zum ${num(asAt, lang)}: ${amount(val, "de")} €. Eingezahlte Beiträge ${asAt.y}: ${amount(paid / 10, "de")} €.`] },
      fr: { s: `Relevé annuel de votre contrat d'assurance vie au ${num(asAt, lang)}`, b: [`Assuré : ${bare(person)}, né(e) le ${num(b, lang)}. Date d'effet : ${num(start, lang)}. Terme : ${num(mat, lang)}.`, `Valeur de rachat au 31 décembre ${asAt.y} : ${amount(val, "fr")} €. Versements de l'année : ${amount(paid / 10, "fr")} €.`] },
      es: { s: `Información anual de su seguro de vida-ahorro a ${num(asAt, lang)}`, b: [`Asegurado: ${bare(person)}, fecha de nacimiento ${num(b, lang)}. Fecha de efecto: ${num(start, lang)}. Vencimiento: ${num(mat, lang)}.`, `Valor de rescate a 31 de diciembre de ${asAt.y}: ${amount(val, "de")} €.`] },
      it: { s: `Estratto conto annuale della polizza vita al ${num(asAt, lang)}`, b: [`Assicurato: ${bare(person)}, nato/a il ${num(b, lang)}. Decorrenza: ${num(start, lang)}. Scadenza: ${num(mat, lang)}.`, `Valore di riscatto al 31/12/${asAt.y}: € ${amount(val, "de")}. Premi versati nell'anno: € ${amount(paid / 10, "de")}.`] },
      nl: { s: `Jaaroverzicht levensverzekering per ${dt(asAt, lang, r)}`, b: [`Verzekerde: ${bare(person)}, geboren op ${num(b, lang)}. Ingangsdatum: ${num(start, lang)}. Einddatum: ${num(mat, lang)}.`, `Afkoopwaarde per 31 december ${asAt.y}: € ${amount(val, "de")}.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Policy Services", de: "Ihre Debeka", fr: "Service gestion des contrats", es: "Departamento de Vida", it: "Servizio Clienti Poste Vita", nl: "Afdeling Leven" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "life-policy-statement", lang }, r);
  }
  const s = INSURER[lang];
  const lastEnd = addDays(x, -r.int(0, 20));
  const years = r.int(2, 12);
  const firstStart = addDays({ y: lastEnd.y - years, m: lastEnd.m, d: lastEnd.d }, 1);
  const reg = { en: "LR19 XKP", de: "K-MS 2811", fr: "FV-218-KJ", es: "4471 KZD", it: "GB 512 TR", nl: "S-229-KL" }[lang];
  const L = {
    en: { s: "Proof of No Claims Discount", b: [`Policyholder: ${bare(person)} · Vehicle ${reg}`, `Period of insurance: ${num(firstStart, lang)} to ${num(lastEnd, lang)}`, `Number of years without a claim: ${years}. No claims have been made or are pending under this policy.`, "This letter may be shown to your new insurer."] },
    de: { s: "Bescheinigung über den Schadenverlauf (Kfz-Haftpflicht)", b: [`Versicherungsnehmer: ${bare(person)} · Kennzeichen ${reg}`, `Versicherungsdauer: ${num(firstStart, lang)} bis ${num(lastEnd, lang)}`, `Schadenfreie Jahre: ${years} (SF-Klasse ${years}). Im Zeitraum wurden keine Schäden gemeldet.`] },
    fr: { s: "Relevé d'informations automobile", b: [`Souscripteur : ${bare(person)} · Véhicule ${reg}`, `Période d'assurance : du ${num(firstStart, lang)} au ${num(lastEnd, lang)}`, `Coefficient de réduction-majoration : ${(Math.max(0.5, 1 - years * 0.05)).toFixed(2).replace(".", ",")}. Aucun sinistre déclaré.`] },
    es: { s: "Certificado de siniestralidad", b: [`Tomador: ${bare(person)} · Matrícula ${reg}`, `Periodo asegurado: del ${num(firstStart, lang)} al ${num(lastEnd, lang)}`, `Años sin siniestros con culpa: ${years}.`] },
    it: { s: "Attestato di rischio", b: [`Contraente: ${bare(person)} · Targa ${reg}`, `Periodo di osservazione: dal ${num(firstStart, lang)} al ${num(lastEnd, lang)}`, `Classe di merito CU: ${Math.max(1, 14 - years)}. Nessun sinistro pagato negli ultimi ${Math.min(years, 10)} anni.`] },
    nl: { s: "Verklaring schadevrije jaren", b: [`Verzekeringnemer: ${bare(person)} · Kenteken ${reg}`, `Verzekerd van ${num(firstStart, lang)} tot en met ${num(lastEnd, lang)}`, `Aantal schadevrije jaren: ${years}.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Motor Team", de: "Kraftfahrt-Betrieb", fr: "Service automobile", es: "Departamento de Autos", it: "Ufficio RCA", nl: "Afdeling Autoverzekeringen" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "no-claims-certificate", lang }, r);
};

// ─── Doctors and authorities ─────────────────────────────────────────────────────────────────────────────────────

const GP: PerLang<Org> = {
  en: org("Millbrook Surgery", "Millbrook Lane, Tiverton EX16 6AA", "NHS Devon ICB · Practice code L83044", "Tiverton"),
  de: org("Hausarztpraxis Dr. med. Tobias Lenz & Kollegen", "Bahnhofstraße 27 · 35037 Marburg", "BSNR 48 12345 00 · Fachärzte für Allgemeinmedizin", "Marburg"),
  fr: org("Cabinet médical des Tilleuls", "Dr Anne Perrin, médecin généraliste · 3 allée des Tilleuls, 49000 Angers", "N° RPPS 10101234567 · Conventionné secteur 1", "Angers"),
  es: org("Centro de Salud Delicias", "Calle Delicias 71, 50017 Zaragoza", "Servicio Aragonés de Salud · Sector Zaragoza III", "Zaragoza"),
  it: org("Ambulatorio Dott.ssa Silvia Marchetti", "Medicina Generale · Via Aurelio Saffi 20, 61029 Urbino", "ASL Marche — Codice regionale 112784", "Urbino"),
  nl: org("Huisartsenpraktijk Het Kompas", "Kompasstraat 2, 1333 AB Almere", "AGB 01054123", "Almere"),
};
const SCREEN: PerLang<Org> = {
  en: org("NHS Breast Screening Programme — Avon", "Central Breast Screening Unit, Beaufort House, Bristol BS16 1SN", "North Bristol NHS Trust", "Bristol"),
  de: org("Zentrale Stelle Mammographie-Screening Niedersachsen", "Berliner Allee 22 · 30175 Hannover", "Kassenärztliche Vereinigung Niedersachsen", "Hannover"),
  fr: org("Centre régional de coordination des dépistages des cancers Occitanie", "Site de Montpellier, 1350 avenue Albert Einstein, 34000 Montpellier", "CRCDC Occitanie", "Montpellier"),
  es: org("Programa de Detección Precoz de Cáncer de Mama", "Unidad de Exploración de Córdoba, Avenida de Menéndez Pidal s/n, 14004 Córdoba", "Servicio Andaluz de Salud — Junta de Andalucía", "Córdoba"),
  it: org("ASL Roma 2 — Programma di Screening Oncologici", "Via Filippo Meda 35, 00157 Roma", "Regione Lazio · Servizio Sanitario Regionale", "Roma"),
  nl: org("Bevolkingsonderzoek Nederland", "Postbus 2023, 5600 CA Eindhoven", "Regio Zuid · KvK 73981818", "Eindhoven"),
};
const CIVIC: PerLang<Org> = {
  en: org("HM Passport Office", "PO Box 767, Southport PR8 9PW", "Home Office", "Southport"),
  de: org("Stadt Augsburg — Bürgerbüro", "An der Blauen Kappe 18 · 86152 Augsburg", "Pass- und Personalausweisbehörde", "Augsburg"),
  fr: org("Mairie de Rennes — Service Titres d'identité", "Place de la Mairie, 35000 Rennes", "Ville de Rennes", "Rennes"),
  es: org("Dirección General de la Policía — Oficina de Documentación de Alicante", "Calle Isabel la Católica 25, 03007 Alicante", "Ministerio del Interior", "Alicante"),
  it: org("Comune di Brescia — Servizi Demografici", "Piazza della Loggia 1, 25121 Brescia", "Ufficio Carta d'Identità Elettronica", "Brescia"),
  nl: org("Gemeente Amersfoort — Burgerzaken", "Postbus 4000, 3800 EA Amersfoort", "Publiekszaken", "Amersfoort"),
};

// T7 — doctors' and authorities' letters in three kinds, taken in turn: a GP's vaccination recall (the last dose
// years before, the patient's birth date, clinic days ahead), a screening invitation (the appointment ahead with a
// time, the last screening, a day to call by), an identity card or passport ready (applied for earlier, collect
// by a day ahead, valid for ten years from its issue).
let authTurn = 0;
const doctorsAndAuthorities: Template = (r, lang) => {
  const k = turn(authTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const ref = `${refWord[lang]} ${r.int(100000, 999999)}`;
  if (k === 0) {
    const s = GP[lang];
    const b = born(r, 1950, 1995);
    const last: Day = { y: x.y - r.int(10, 14), m: r.int(1, 12), d: r.int(1, 28) };
    const clinic1 = workday(addDays(x, r.int(7, 20)));
    const clinic2 = workday(addDays(clinic1, 7));
    const L = {
      en: { s: "Your tetanus, diphtheria and polio booster", b: [`Name: ${bare(person)} · Date of birth: ${num(b, lang)}`, `Our records show that your last booster was given on ${dt(last, lang, r)}. You are now due another dose.`, `We are running vaccination clinics on ${weekday(clinic1, lang)} ${dt(clinic1, lang, r)} and ${weekday(clinic2, lang)} ${dt(clinic2, lang, r)}. Please book through the NHS App or by phoning reception.`] },
      de: { s: "Erinnerung an Ihre Auffrischimpfung", b: [`Patient/in: ${bare(person)}, geb. ${num(b, lang)}`, `Laut unseren Unterlagen erhielten Sie Ihre letzte Impfung gegen Tetanus/Diphtherie/Keuchhusten am ${num(last, lang)}. Die STIKO empfiehlt eine Auffrischung alle 10 Jahre.`, `Impfsprechstunden: ${weekday(clinic1, lang)}, ${num(clinic1, lang)} und ${weekday(clinic2, lang)}, ${num(clinic2, lang)}, jeweils 14–17 Uhr. Bitte bringen Sie Ihren Impfpass mit.`] },
      fr: { s: "Rappel de vaccination", b: [`Patient(e) : ${bare(person)}, né(e) le ${num(b, lang)}`, `Votre dernier rappel diphtérie-tétanos-polio date du ${num(last, lang)}. Un nouveau rappel est recommandé.`, `Des créneaux de vaccination sont ouverts le ${weekday(clinic1, lang)} ${dt(clinic1, lang, r)} et le ${weekday(clinic2, lang)} ${dt(clinic2, lang, r)}. Prenez rendez-vous au secrétariat ou en ligne.`] },
      es: { s: "Recordatorio de vacunación", b: [`Paciente: ${bare(person)} · Fecha de nacimiento: ${num(b, lang)}`, `Según su historia clínica, la última dosis de vacuna frente a tétanos-difteria se le administró el ${num(last, lang)}.`, `Puede acudir sin cita a la consulta de enfermería el ${weekday(clinic1, lang)} ${dt(clinic1, lang, r)} o el ${weekday(clinic2, lang)} ${dt(clinic2, lang, r)}, de 9:00 a 13:00 h.`] },
      it: { s: "Richiamo vaccinale", b: [`Assistito: ${bare(person)}, nato/a il ${num(b, lang)}`, `Dai nostri archivi risulta che l'ultimo richiamo antitetanico è stato eseguito il ${num(last, lang)}.`, `Le sedute vaccinali si terranno ${weekday(clinic1, lang)} ${dt(clinic1, lang, r)} e ${weekday(clinic2, lang)} ${dt(clinic2, lang, r)} in ambulatorio, previo appuntamento.`] },
      nl: { s: "Uitnodiging vaccinatie", b: [`Patiënt: ${bare(person)}, geboren ${num(b, lang)}`, `Volgens ons dossier kreeg u uw laatste DTP-vaccinatie op ${dt(last, lang, r)}.`, `U bent welkom op ons vaccinatiespreekuur op ${weekday(clinic1, lang)} ${dt(clinic1, lang, r)} of ${weekday(clinic2, lang)} ${dt(clinic2, lang, r)}. Maak een afspraak via de assistente.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "Practice Nurse Team", de: "Ihr Praxisteam", fr: "Dr Anne Perrin", es: "Enfermería — Centro de Salud Delicias", it: "Dott.ssa Silvia Marchetti", nl: "Doktersassistente" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "vaccination-recall", lang }, r);
  }
  if (k === 1) {
    const s = SCREEN[lang];
    const woman = r.pick(PEOPLE[lang].filter((p) => /^(Ms|Mrs|Frau|Mme|Dña|Sig\.ra|Mevr)/.test(p)));
    const b = born(r, 1952, 1975);
    const appt = workday(addDays(x, r.int(14, 42)));
    const prev = addDays(x, -r.int(700, 1120));
    const call = addDays(appt, -r.int(3, 7));
    const t = slot(r, 8, 16);
    const L = {
      en: { s: "Your breast screening appointment", b: [`Date of birth: ${dt(b, lang, r)} · NHS number ${r.int(100, 999)} ${r.int(100, 999)} ${r.int(1000, 9999)}`, `Appointment: ${weekday(appt, lang)} ${dt(appt, lang, r)} at ${t}, Mobile Unit, Tesco car park, Yate.`, `Your last screening was on ${dt(prev, lang, r)}. If you cannot attend, please call us before ${dt(call, lang, r)} so that we can offer the time to someone else.`] },
      de: { s: "Einladung zur Mammographie-Screening-Untersuchung", b: [`Geburtsdatum: ${num(b, lang)}`, `Ihr Termin: ${weekday(appt, lang)}, ${num(appt, lang)}, um ${t} Uhr in der Screening-Einheit Hannover-Mitte.`, `Ihre letzte Untersuchung im Programm fand am ${num(prev, lang)} statt. Bitte sagen Sie bis zum ${num(call, lang)} ab, falls Sie den Termin nicht wahrnehmen können.`] },
      fr: { s: "Invitation au dépistage organisé du cancer du sein", b: [`Née le ${num(b, lang)}`, `Votre précédent dépistage date du ${num(prev, lang)}. Nous vous proposons un rendez-vous le ${weekday(appt, lang)} ${dt(appt, lang, r)} à ${t.replace(":", "h")} au cabinet de radiologie Antigone.`, `En cas d'empêchement, merci de prévenir avant le ${num(call, lang)}.`] },
      es: { s: "Cita para mamografía de cribado", b: [`Fecha de nacimiento: ${num(b, lang)}`, `Le hemos asignado cita el ${weekday(appt, lang)} ${dt(appt, lang, r)} a las ${t} h en la Unidad de Exploración.`, `Su última mamografía del programa fue el ${num(prev, lang)}. Si no puede acudir, llame antes del ${num(call, lang)}.`] },
      it: { s: "Invito allo screening mammografico", b: [`Data di nascita: ${num(b, lang)}`, `Appuntamento: ${weekday(appt, lang)} ${dt(appt, lang, r)}, ore ${t}, presso il Centro Screening di Via Meda.`, `L'ultimo esame risulta eseguito il ${num(prev, lang)}. Per spostare l'appuntamento telefoni entro il ${num(call, lang)}.`] },
      nl: { s: "Uitnodiging bevolkingsonderzoek borstkanker", b: [`Geboortedatum: ${dt(b, lang, r)}`, `Uw afspraak: ${weekday(appt, lang)} ${dt(appt, lang, r)} om ${t} uur, onderzoekscentrum Eindhoven-Noord.`, `Uw vorige onderzoek was op ${num(prev, lang)}. Kunt u niet? Verzet uw afspraak dan vóór ${num(call, lang)}.`] },
    }[lang];
    return scanned({ text: letter(s, woman, x, lang, r, L.s, L.b, ref, { en: "Screening Office", de: "Zentrale Stelle", fr: "Le médecin coordinateur", es: "Unidad de Cribado", it: "Centro Screening", nl: "Bevolkingsonderzoek Nederland" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "screening-invitation", lang }, r);
  }
  const s = CIVIC[lang];
  const applied = addDays(x, -r.int(14, 45));
  const issued = addDays(x, -r.int(1, 6));
  const valid = addDays(addMonths(issued, 120), -1);
  const by = addDays(x, r.pick([60, 90]));
  const oldEnd = addDays(applied, r.int(-200, 40));
  const L = {
    en: { s: "Your new passport", b: [`Thank you for your application, which we received on ${dt(applied, lang, r)}. Your new passport was issued on ${dt(issued, lang, r)} and is valid until ${dt(valid, lang, r)}.`, `It will be delivered separately by secure courier. Your old passport (expiry ${num(oldEnd, lang)}) has been cancelled and will be returned to you.`] },
    de: { s: "Ihr Personalausweis liegt zur Abholung bereit", b: [`der am ${num(applied, lang)} beantragte Personalausweis ist eingetroffen (ausgestellt am ${num(issued, lang)}, gültig bis ${num(valid, lang)}).`, `Bitte holen Sie ihn bis spätestens ${num(by, lang)} persönlich im Bürgerbüro ab und bringen Sie Ihr bisheriges Dokument (gültig bis ${num(oldEnd, lang)}) mit.`] },
    fr: { s: "Votre carte nationale d'identité est disponible", b: [`Votre demande déposée le ${num(applied, lang)} a abouti. Votre titre, délivré le ${num(issued, lang)}, est valable jusqu'au ${num(valid, lang)}.`, `Il peut être retiré en mairie, sur rendez-vous, jusqu'au ${dt(by, lang, r)}. Passé ce délai, il sera détruit.`] },
    es: { s: "Su DNI está disponible para su recogida", b: [`Le comunicamos que el documento solicitado el ${num(applied, lang)}, expedido el ${num(issued, lang)} y válido hasta el ${num(valid, lang)}, puede recogerse en esta Oficina.`, `Plazo de recogida: hasta el ${num(by, lang)}. Deberá aportar el documento anterior (válido hasta el ${num(oldEnd, lang)}).`] },
    it: { s: "Carta d'identità elettronica — avviso di disponibilità", b: [`La CIE richiesta il ${num(applied, lang)} è stata emessa il ${num(issued, lang)} con scadenza ${num(valid, lang)}.`, `Può essere ritirata presso lo sportello anagrafe entro il ${num(by, lang)}, restituendo il documento precedente (scadenza ${num(oldEnd, lang)}).`] },
    nl: { s: "Uw paspoort ligt klaar", b: [`Het paspoort dat u op ${dt(applied, lang, r)} aanvroeg, is klaar. Het is uitgegeven op ${num(issued, lang)} en geldig tot ${num(valid, lang)}.`, `Haal het vóór ${num(by, lang)} op bij de balie Burgerzaken. Neem uw oude paspoort (geldig tot ${num(oldEnd, lang)}) mee.`] },
  }[lang];
  return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, ref, { en: "HM Passport Office", de: "Bürgerbüro", fr: "Le service Titres d'identité", es: "Unidad de Documentación", it: "Ufficio Anagrafe", nl: "Burgerzaken" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "id-document-ready-letter", lang }, r);
};

// ─── Contracts, orders and the rest ──────────────────────────────────────────────────────────────────────────────

const DEALER: PerLang<Org> = {
  en: org("Westway Motors Ltd", "Škoda Main Dealer · Western Avenue, Acton, London W3 0RT", "Company No. 02270019 · VAT 497 1260 33 · FCA FRN 310889", "London"),
  de: org("Autohaus Gerber GmbH", "Volkswagen Partner · Stuttgarter Straße 140 · 71032 Böblingen", "Amtsgericht Stuttgart HRB 241117", "Böblingen"),
  fr: org("Garage du Centre — Renault Quimper", "Route de Bénodet, 29000 Quimper", "SAS Garage du Centre · RCS Quimper 389 224 106", "Quimper"),
  es: org("Motor Sur Concesionario S.L.", "Avenida de Andalucía km 3, 41007 Sevilla", "Concesionario oficial SEAT · CIF B-41998372", "Sevilla"),
  it: org("Autosalone Ferraresi S.r.l.", "Concessionaria Fiat · Via Emilia Est 1140, 41122 Modena", "P.IVA 01822790369", "Modena"),
  nl: org("Autobedrijf Kuipers B.V.", "Officieel Toyota-dealer · Energieweg 7, 8401 GV Gorredijk", "KvK 01078823 · btw NL008872991B01", "Gorredijk"),
};
const CATERER: PerLang<Org> = {
  en: org("Thyme & Table Catering", "The Old Dairy, Church Lane, Ludlow SY8 1AY", "Thyme & Table Ltd · VAT 298 4471 10", "Ludlow"),
  de: org("Partyservice Metzgerei Huber", "Marktplatz 6 · 83022 Rosenheim", "Inh. Georg Huber · USt-IdNr. DE 131 228 004", "Rosenheim"),
  fr: org("Traiteur Maison Berthier", "14 rue des Halles, 21200 Beaune", "SARL Maison Berthier · SIRET 421 779 086 00027", "Beaune"),
  es: org("Catering Los Arcos", "Calle Mayor 22, 26001 Logroño", "Los Arcos Hostelería S.L. · CIF B-26411902", "Logroño"),
  it: org("Gastronomia Del Borgo", "Catering e banqueting · Via del Borgo 15, 53100 Siena", "P.IVA 01388290529", "Siena"),
  nl: org("Cateringbedrijf Smaakvol", "Havenstraat 30, 1271 AG Huizen", "KvK 32119087 · btw NL001772940B01", "Huizen"),
};
const SUPPLIER: PerLang<Org> = {
  en: org("E.ON Next Energy Ltd", "Westwood Way, Westwood Business Park, Coventry CV4 8LG", "Registered in England No. 03782443", "Coventry"),
  de: org("LichtBlick SE", "Klostertor 1 · 20097 Hamburg", "Amtsgericht Hamburg HRB 175322", "Hamburg"),
  fr: org("TotalEnergies Électricité et Gaz France", "Service clients, TSA 21519, 75901 Paris Cedex 15", "SA · RCS Nanterre 542 107 651", "Paris"),
  es: org("Holaluz-Clidom S.A.", "Passeig de Joan de Borbó 99-101, 08039 Barcelona", "CIF A-65445033", "Barcelona"),
  it: org("Sorgenia S.p.A.", "Via Algardi 4, 20148 Milano", "P.IVA 07756640012", "Milano"),
  nl: org("Greenchoice", "Postbus 35133, 3005 DC Rotterdam", "Greenchoice B.V. · KvK 24362538", "Rotterdam"),
};
const MUSIC: PerLang<Org> = {
  en: org("Allegro Music School", "St John's Hall, 4 Park Road, Harrogate HG1 5QZ", "Allegro Music Education CIC · Company No. 11902334", "Harrogate"),
  de: org("Städtische Musikschule Würzburg", "Hofstallstraße 4 · 97070 Würzburg", "Eigenbetrieb der Stadt Würzburg", "Würzburg"),
  fr: org("École de musique Crescendo", "6 rue Gambetta, 87000 Limoges", "Association loi 1901 · SIRET 442 771 309 00015", "Limoges"),
  es: org("Escuela de Música Allegro", "Calle San Fernando 9, 03002 Alicante", "Centro autorizado n.º 03012345 · CIF G-03771220", "Alicante"),
  it: org("Scuola di Musica Diapason", "Via Indipendenza 48, 40121 Bologna", "Associazione culturale · C.F. 91277310376", "Bologna"),
  nl: org("Muziekschool De Toonladder", "Schoolstraat 11, 6511 JK Nijmegen", "Stichting De Toonladder · KvK 41056612", "Nijmegen"),
};

// T8 — contracts and order confirmations in four kinds, taken in turn: a new car's binding order signed at the foot
// (the buyer's birth date, delivery expected months ahead; the price is the total), a party caterer's order (the
// event ahead, a deposit due; the order total), an energy supplier's switch confirmation (the order's day, the
// supply start, a price guarantee, the end of the cooling-off period), a music school's enrolment signed at the foot
// (the pupil's birth date, the first lesson ahead).
let contractTurn = 0;
const contractsAndOrders: Template = (r, lang) => {
  const k = turn(contractTurn++, 4);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const city = home(r, lang).split("\n")[1]!.replace(/^[\d\s]+(?=[A-Za-zÀ-ÿ])/, "").replace(/\s+[A-Z]{1,2}\d.*$/, "");
  if (k === 0) {
    const s = DEALER[lang];
    const b = born(r, 1955, 2000);
    const del = addMonths(x, r.int(3, 7));
    const list = r.int(2400000, 4800000) / 100;
    const disc = cents(Math.round(list * r.pick([0.03, 0.05, 0.08])));
    const otr = { en: 895, de: 1090, fr: 790, es: 650, it: 850, nl: 995 }[lang];
    const total = cents(list - disc + otr);
    const dep = r.pick([500, 1000, 2000]);
    const model = { en: "Škoda Octavia Estate 1.5 TSI SE L", de: "VW ID.3 Pro S", fr: "Renault Scénic E-Tech", es: "SEAT León 1.5 eTSI FR", it: "Fiat 600 Hybrid La Prima", nl: "Toyota Corolla Touring Sports 1.8 Hybrid" }[lang];
    const L = {
      en: { h: "VEHICLE ORDER FORM", cust: "Customer", dob: "Date of birth", veh: "Vehicle", list: "List price (incl. VAT)", disc: "Dealer discount", otr: "Delivery, number plates and first registration fee", tot: "Total cash price", dep: "Deposit paid", del: `Estimated delivery: ${MONTHS.en[del.m - 1]} ${del.y}`, sign: "Customer signature", on: "Date" },
      de: { h: "Verbindliche Bestellung eines Neufahrzeugs", cust: "Käufer", dob: "Geburtsdatum", veh: "Fahrzeug", list: "Unverbindliche Preisempfehlung inkl. MwSt.", disc: "Nachlass", otr: "Überführung und Zulassung", tot: "Gesamtpreis", dep: "Anzahlung geleistet", del: `Unverbindlicher Liefertermin: KW ${Math.min(52, Math.ceil(((Date.UTC(del.y, del.m - 1, del.d) - Date.UTC(del.y, 0, 1)) / 86400000 + 1) / 7))}/${del.y}`, sign: "Unterschrift Käufer", on: "Ort, Datum" },
      fr: { h: "Bon de commande véhicule neuf", cust: "Acquéreur", dob: "Né(e) le", veh: "Véhicule", list: "Prix catalogue TTC", disc: "Remise", otr: "Frais de mise à la route", tot: "Prix total TTC", dep: "Acompte versé", del: `Livraison prévue : ${MONTHS.fr[del.m - 1]} ${del.y}`, sign: "Signature de l'acquéreur", on: "Fait à" },
      es: { h: "Hoja de pedido de vehículo nuevo", cust: "Comprador", dob: "Fecha de nacimiento", veh: "Vehículo", list: "Precio tarifa (IVA incl.)", disc: "Descuento", otr: "Transporte, matriculación y preentrega", tot: "Precio total", dep: "Señal entregada", del: `Entrega estimada: ${MONTHS.es[del.m - 1]} de ${del.y}`, sign: "Firma del comprador", on: "En" },
      it: { h: "Proposta d'acquisto veicolo nuovo", cust: "Acquirente", dob: "Nato/a il", veh: "Veicolo", list: "Prezzo di listino IVA inclusa", disc: "Sconto", otr: "Messa su strada e immatricolazione", tot: "Prezzo totale", dep: "Caparra versata", del: `Consegna prevista: ${MONTHS.it[del.m - 1]} ${del.y}`, sign: "Firma dell'acquirente", on: "Luogo e data" },
      nl: { h: "Koopovereenkomst nieuwe auto", cust: "Koper", dob: "Geboortedatum", veh: "Auto", list: "Catalogusprijs incl. btw/bpm", disc: "Korting", otr: "Afleveringskosten en leges", tot: "Totaalprijs", dep: "Aanbetaling voldaan", del: `Verwachte levering: ${MONTHS.nl[del.m - 1]} ${del.y}`, sign: "Handtekening koper", on: "Plaats en datum" },
    }[lang];
    const onLine = { en: `${L.on}: ${num(x, lang)}`, de: `${L.on}: ${city}, ${num(x, lang)}`, fr: `${L.on} ${s.city}, le ${num(x, lang)}`, es: `${L.on} ${s.city}, a ${dt(x, lang, r)}`, it: `${L.on}: ${s.city}, ${num(x, lang)}`, nl: `${L.on}: ${s.city}, ${num(x, lang)}` }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.cust}:`, bare(person), 26),
      cols(`${L.dob}:`, num(b, lang), 26),
      cols(`${L.veh}:`, model, 26),
      "",
      cols(L.list, bareAmt(list, lang), 56),
      cols(L.disc, `-${bareAmt(disc, lang)}`, 56),
      cols(L.otr, bareAmt(otr, lang), 56),
      cols(L.tot, money(total, lang, r), 56),
      cols(L.dep, bareAmt(dep, lang), 56),
      "",
      L.del,
      "",
      onLine,
      `${L.sign}: ____________________`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "car-order", lang }, r, 0.2);
  }
  if (k === 1) {
    const s = CATERER[lang];
    const ev = addDays(x, r.int(14, 120));
    const depBy = addDays(x, r.int(7, 14));
    const guests = r.int(20, 90);
    const head = { en: 28.5, de: 32, fr: 38, es: 35, it: 42, nl: 29.5 }[lang];
    const drinks = r.chance(0.6) ? { en: 9, de: 12, fr: 14, es: 10, it: 12, nl: 11.5 }[lang] : 0;
    const deliv = r.pick([45, 60, 80]);
    const total = cents(guests * (head + drinks) + deliv);
    const dep = cents(Math.round(total * 0.3));
    const L = {
      en: { h: "Order confirmation", dt: "Date", ev: "Event", menu: `Summer buffet menu, ${guests} guests @ £${amount(head, "en")}`, dr: `Drinks package @ £${amount(drinks, "en")} pp`, dl: "Delivery, set-up and collection", tot: "Total (incl. VAT)", dep: "Deposit (30%) due by", bal: "Balance due on the day of the event" },
      de: { h: "Auftragsbestätigung", dt: "Datum", ev: "Veranstaltung", menu: `Bayerisches Buffet, ${guests} Personen à ${amount(head, "de")} €`, dr: `Getränkepauschale à ${amount(drinks, "de")} € p. P.`, dl: "Lieferung, Aufbau und Abholung", tot: "Gesamtsumme inkl. MwSt.", dep: "Anzahlung (30 %) fällig bis", bal: "Restzahlung am Veranstaltungstag" },
      fr: { h: "Confirmation de commande", dt: "Date", ev: "Réception", menu: `Cocktail dînatoire, ${guests} personnes × ${amount(head, "fr")} €`, dr: `Forfait boissons ${amount(drinks, "fr")} € par personne`, dl: "Livraison, mise en place et reprise", tot: "Total TTC", dep: "Acompte de 30 % à régler avant le", bal: "Solde le jour de la réception" },
      es: { h: "Confirmación de pedido", dt: "Fecha", ev: "Evento", menu: `Menú cóctel, ${guests} invitados × ${amount(head, "de")} €`, dr: `Barra libre ${amount(drinks, "de")} € por persona`, dl: "Transporte, montaje y recogida", tot: "Total (IVA incluido)", dep: "Señal (30 %) antes del", bal: "Resto el día del evento" },
      it: { h: "Conferma d'ordine", dt: "Data", ev: "Evento", menu: `Buffet toscano, ${guests} ospiti × € ${amount(head, "de")}`, dr: `Pacchetto bevande € ${amount(drinks, "de")} a persona`, dl: "Trasporto, allestimento e ritiro", tot: "Totale IVA inclusa", dep: "Acconto (30%) entro il", bal: "Saldo il giorno dell'evento" },
      nl: { h: "Orderbevestiging", dt: "Datum", ev: "Evenement", menu: `Zomerbuffet, ${guests} personen à € ${amount(head, "de")}`, dr: `Drankenarrangement à € ${amount(drinks, "de")} p.p.`, dl: "Bezorgen, opbouwen en ophalen", tot: "Totaal incl. btw", dep: "Aanbetaling (30%) vóór", bal: "Restant op de dag van het evenement" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      bare(person),
      home(r, lang),
      "",
      `${L.h} ${r.int(100, 999)}`,
      `${L.dt}: ${dt(x, lang, r)}`,
      `${L.ev}: ${weekday(ev, lang)} ${dt(ev, lang, r)}, ${slot(r, 11, 19)}`,
      "",
      cols(L.menu, bareAmt(cents(guests * head), lang), 56),
      ...(drinks ? [cols(L.dr, bareAmt(cents(guests * drinks), lang), 56)] : []),
      cols(L.dl, bareAmt(deliv, lang), 56),
      cols(L.tot, money(total, lang, r), 56),
      "",
      `${L.dep} ${num(depBy, lang)}: ${money(dep, lang, r)}`,
      L.bal,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "catering-order", lang }, r, 0.2);
  }
  if (k === 2) {
    const s = SUPPLIER[lang];
    const ordered = addDays(x, -r.int(1, 5));
    const start = addMonths({ y: x.y, m: x.m, d: 1 }, r.int(1, 2));
    const guar = addDays(addMonths(start, r.pick([12, 24])), -1);
    const cool = addDays(ordered, 14);
    const inst = r.int(45, 180);
    const kwh = r.int(1800, 5200);
    const L = {
      en: { s: "Welcome to E.ON Next — your switch is under way", b: [`Thanks for choosing us on ${dt(ordered, lang, r)}. Your electricity supply with us will start on ${dt(start, lang, r)}.`, `Your fixed tariff price is guaranteed until ${dt(guar, lang, r)}. Based on ${kwh} kWh a year, your monthly Direct Debit will be £${inst}.`, `You can change your mind until ${dt(cool, lang, r)} without paying anything.`] },
      de: { s: "Vertragsbestätigung LichtBlick ÖkoStrom", b: [`vielen Dank für Ihren Auftrag vom ${num(ordered, lang)}. Wir beliefern Sie ab dem ${dt(start, lang, r)} mit Strom.`, `Preisgarantie bis ${num(guar, lang)} · Jahresverbrauch ${kwh} kWh · monatlicher Abschlag ${inst},00 €.`, `Sie können Ihren Vertrag bis zum ${num(cool, lang)} ohne Angabe von Gründen widerrufen.`] },
      fr: { s: "Confirmation de votre souscription", b: [`Nous avons bien enregistré votre souscription du ${num(ordered, lang)}. Votre fourniture d'électricité débutera le ${dt(start, lang, r)}.`, `Prix du kWh HT bloqué jusqu'au ${num(guar, lang)}. Mensualité estimée : ${inst} € pour ${kwh} kWh par an.`, `Vous disposez d'un délai de rétractation jusqu'au ${num(cool, lang)}.`] },
      es: { s: "Bienvenido/a a Holaluz", b: [`Hemos recibido tu contratación del ${num(ordered, lang)}. Empezaremos a suministrarte luz el ${dt(start, lang, r)}.`, `Precio fijo garantizado hasta el ${num(guar, lang)}. Cuota mensual estimada: ${inst} € (${kwh} kWh/año).`, `Puedes desistir sin coste hasta el ${num(cool, lang)}.`] },
      it: { s: "Conferma di attivazione fornitura", b: [`La ringraziamo per la richiesta del ${num(ordered, lang)}. La fornitura di energia elettrica avrà inizio il ${dt(start, lang, r)}.`, `Prezzo bloccato fino al ${num(guar, lang)}. Consumo annuo stimato ${kwh} kWh.`, `Può esercitare il diritto di ripensamento entro il ${num(cool, lang)}.`] },
      nl: { s: "Welkom bij Greenchoice", b: [`Bedankt voor uw aanmelding op ${dt(ordered, lang, r)}. Wij leveren uw stroom vanaf ${dt(start, lang, r)}.`, `Uw tarief staat vast tot en met ${num(guar, lang)}. Uw termijnbedrag is € ${inst},00 per maand (${kwh} kWh per jaar).`, `U kunt tot ${num(cool, lang)} kosteloos afzien van de overeenkomst.`] },
    }[lang];
    return scanned({ text: letter(s, person, x, lang, r, L.s, L.b, `${refWord[lang]} ${r.int(100000000, 999999999)}`, { en: "The E.ON Next team", de: "Ihr LichtBlick-Team", fr: "Le service clients", es: "El equipo de Holaluz", it: "Servizio Clienti Sorgenia", nl: "Team Greenchoice" }[lang]), documentDate: isoDay(x), correspondent: s.name, kind: "energy-switch-confirmation", lang }, r);
  }
  const s = MUSIC[lang];
  const kid = born(r, 2010, 2019);
  const first = workday(addDays(x, r.int(7, 30)));
  const fee = { en: 88, de: 64.5, fr: 55, es: 60, it: 70, nl: 72.5 }[lang];
  const inst = r.pick({ en: ["Piano", "Violin", "Guitar"], de: ["Klavier", "Geige", "Gitarre"], fr: ["Piano", "Violon", "Guitare"], es: ["Piano", "Violín", "Guitarra"], it: ["Pianoforte", "Violino", "Chitarra"], nl: ["Piano", "Viool", "Gitaar"] }[lang]);
  const child = r.pick({ en: ["Sophie", "Harry"], de: ["Jonas", "Lena"], fr: ["Camille", "Louis"], es: ["Lucía", "Mateo"], it: ["Matteo", "Alice"], nl: ["Lotte", "Bram"] }[lang]);
  const L = {
    en: { h: "Enrolment agreement", pupil: "Pupil", dob: "Date of birth", parent: "Parent/guardian", les: `Instrument: ${inst} · 30-minute individual lesson, weekly during term time`, first: "First lesson", fee: "Fee", per: "per month (10 instalments)", note: "Notice to cancel: half a term in writing.", sign: "Signature of parent/guardian", on: "Date" },
    de: { h: "Anmeldung / Unterrichtsvertrag", pupil: "Schüler/in", dob: "Geburtsdatum", parent: "Erziehungsberechtigte/r", les: `Fach: ${inst} · Einzelunterricht 30 Minuten wöchentlich`, first: "Unterrichtsbeginn", fee: "Entgelt", per: "monatlich", note: "Kündigung zum Semesterende mit einer Frist von sechs Wochen.", sign: "Unterschrift", on: "Ort, Datum" },
    fr: { h: "Fiche d'inscription", pupil: "Élève", dob: "Date de naissance", parent: "Responsable légal", les: `Instrument : ${inst} · cours individuel de 30 minutes par semaine`, first: "Premier cours", fee: "Cotisation", per: "par mois", note: "Toute année commencée est due.", sign: "Signature du responsable légal", on: "Fait à" },
    es: { h: "Hoja de matrícula", pupil: "Alumno/a", dob: "Fecha de nacimiento", parent: "Padre/madre/tutor", les: `Instrumento: ${inst} · clase individual de 30 minutos semanal`, first: "Inicio de las clases", fee: "Cuota", per: "mensual", note: "Las bajas deben comunicarse por escrito antes del día 20 del mes anterior.", sign: "Firma", on: "En" },
    it: { h: "Modulo di iscrizione", pupil: "Allievo/a", dob: "Nato/a il", parent: "Genitore", les: `Strumento: ${inst} · lezione individuale di 30 minuti settimanale`, first: "Prima lezione", fee: "Quota", per: "mensile", note: "Il recesso va comunicato per iscritto con un mese di preavviso.", sign: "Firma del genitore", on: "Luogo e data" },
    nl: { h: "Inschrijfformulier", pupil: "Leerling", dob: "Geboortedatum", parent: "Ouder/verzorger", les: `Instrument: ${inst} · individuele les van 30 minuten per week`, first: "Eerste les", fee: "Lesgeld", per: "per maand", note: "Opzeggen kan schriftelijk per 1 januari of 1 augustus.", sign: "Handtekening", on: "Plaats en datum" },
  }[lang];
  const onLine = { en: `${L.on}: ${dt(x, lang, r)}`, de: `${L.on}: ${s.city}, ${num(x, lang)}`, fr: `${L.on} ${s.city}, le ${num(x, lang)}`, es: `${L.on} ${s.city}, a ${dt(x, lang, r)}`, it: `${L.on}: ${s.city}, ${num(x, lang)}`, nl: `${L.on}: ${s.city}, ${num(x, lang)}` }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    cols(`${L.pupil}:`, `${child} ${bare(person).split(" ").pop()}`, 26),
    cols(`${L.dob}:`, num(kid, lang), 26),
    cols(`${L.parent}:`, bare(person), 26),
    "",
    L.les,
    cols(`${L.first}:`, `${wdShort(first, lang)} ${num(first, lang)}, ${slot(r, 14, 18)}`, 26),
    cols(`${L.fee}:`, `${money(fee, lang, r)} ${L.per}`, 26),
    L.note,
    "",
    onLine,
    `${L.sign}: ____________________`,
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "music-school-enrolment", lang }, r, 0.2);
};

const BLOOD: PerLang<Org> = {
  en: org("NHS Blood and Transplant", "Leeds Donor Centre, Bridgewater Place, Water Lane, Leeds LS11 5BZ", "www.blood.co.uk · 0300 123 23 23", "Leeds"),
  de: org("DRK-Blutspendedienst West", "Feithstraße 182 · 58097 Hagen", "gemeinnützige GmbH · Amtsgericht Hagen HRB 2839", "Hagen"),
  fr: org("Établissement français du sang Bretagne", "Site de Rennes, rue Pierre-Jean Gineste, 35016 Rennes", "EFS · Établissement public", "Rennes"),
  es: org("Centro de Transfusión de la Comunidad de Madrid", "Avenida de la Democracia s/n, 28032 Madrid", "Consejería de Sanidad", "Madrid"),
  it: org("AVIS Comunale Milano", "Largo Volontari del Sangue 1, 20133 Milano", "Associazione Volontari Italiani Sangue · C.F. 80099690150", "Milano"),
  nl: org("Sanquin Bloedvoorziening", "Afnamelocatie Den Bosch, Statenlaan 4, 5223 LA 's-Hertogenbosch", "Stichting Sanquin · KvK 41208313", "'s-Hertogenbosch"),
};
const FISHING: PerLang<Org> = {
  en: org("Environment Agency", "Rod fishing licence · Horizon House, Deanery Road, Bristol BS1 5AH", "www.gov.uk/fishing-licences", "Bristol"),
  de: org("Landratsamt Miesbach", "Fachbereich Öffentliche Sicherheit · Rosenheimer Straße 1-3 · 83714 Miesbach", "Untere Fischereibehörde", "Miesbach"),
  fr: org("Fédération de l'Isère pour la Pêche et la Protection du Milieu Aquatique", "Rue du Palais, 38000 Grenoble", "AAPPMA La Gaule Grenobloise · Cartedepeche.fr", "Grenoble"),
  es: org("Junta de Castilla y León — Servicio Territorial de Medio Ambiente", "Calle Juan de Padilla s/n, 09006 Burgos", "Licencias de caza y pesca", "Burgos"),
  it: org("Provincia Autonoma di Trento — Servizio Faunistico", "Via Giusti 40, 38122 Trento", "Licenza di pesca", "Trento"),
  nl: org("Sportvisserij Nederland", "Postbus 162, 3720 AD Bilthoven", "in samenwerking met HSV Ons Genoegen", "Bilthoven"),
};
const TYRES: PerLang<Org> = {
  en: org("Tyremaster Garage Ltd", "Unit 2, Stadium Way, Reading RG30 6BX", "VAT 398 2231 07", "Reading"),
  de: org("Reifen Ostermann", "Reifen- und Autoservice · Gewerbepark 12 · 48599 Gronau", "Inh. Jens Ostermann · USt-IdNr. DE 126 449 873", "Gronau"),
  fr: org("Euromaster Saint-Étienne Nord", "12 rue de la Talaudière, 42000 Saint-Étienne", "Euromaster France SNC · RCS Grenoble 503 451 917", "Saint-Étienne"),
  es: org("Neumáticos Rodríguez", "Calle Río Cinca 4, 22004 Huesca", "CIF B-22314570", "Huesca"),
  it: org("Gommista Rossetti Pneumatici", "Via Nazionale 301, 39100 Bolzano", "P.IVA 01533480214", "Bolzano"),
  nl: org("Bandenservice Hoogeveen", "Van Limburg Stirumstraat 9, 7901 AS Hoogeveen", "KvK 04087221 · btw NL001773810B01", "Hoogeveen"),
};

// T9 — less common kinds, taken in turn: a blood donation record (the donation's day and time, the donor's birth
// date, the next possible donation), a fishing licence (issued on a day, valid from and to, the holder's birth
// date), a tyre storage receipt (the changeover's day, the car's first registration, the next season's change; a
// total).
let rareTurn = 0;
const rare: Template = (r, lang) => {
  const k = turn(rareTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const s = BLOOD[lang];
    const b = born(r, 1960, 2004);
    const next = addDays(x, r.pick([56, 84, 112]));
    const n = r.int(2, 60);
    const grp = r.pick(["0 Rh+", "A Rh+", "B Rh-", "AB Rh+", "0 Rh-", "A Rh-"]);
    const L = {
      en: { h: "Thank you for donating", d: "Donation date", don: "Donor number", dob: "Date of birth", grp: "Blood group", cnt: `This was your ${ord(n)} donation.`, nx: "You can give blood again from" },
      de: { h: "Blutspendenachweis", d: "Spendetermin", don: "Spendernummer", dob: "Geburtsdatum", grp: "Blutgruppe", cnt: `Das war Ihre ${n}. Spende — herzlichen Dank!`, nx: "Nächste Vollblutspende möglich ab" },
      fr: { h: "Attestation de don", d: "Date du don", don: "N° donneur", dob: "Né(e) le", grp: "Groupe sanguin", cnt: `Il s'agit de votre ${n}e don. Merci !`, nx: "Prochain don de sang possible à partir du" },
      es: { h: "Justificante de donación", d: "Fecha de donación", don: "N.º de donante", dob: "Fecha de nacimiento", grp: "Grupo sanguíneo", cnt: `Esta ha sido su donación n.º ${n}. ¡Gracias!`, nx: "Podrá volver a donar a partir del" },
      it: { h: "Certificato di donazione", d: "Data donazione", don: "Tessera n.", dob: "Nato/a il", grp: "Gruppo sanguigno", cnt: `Donazione n. ${n}. Grazie!`, nx: "Prossima donazione possibile dal" },
      nl: { h: "Bevestiging donatie", d: "Datum donatie", don: "Donornummer", dob: "Geboortedatum", grp: "Bloedgroep", cnt: `Dit was uw ${n}e donatie. Dank u wel!`, nx: "U kunt weer doneren vanaf" },
    }[lang];
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      bare(person),
      cols(`${L.d}:`, `${num(x, lang)} ${hm(r, 9, 19)}`, 22),
      cols(`${L.don}:`, `${r.pick(["G", "D", "N"])}${r.int(1000000, 9999999)}`, 22),
      cols(`${L.dob}:`, num(b, lang), 22),
      cols(`${L.grp}:`, grp, 22),
      "",
      L.cnt,
      `${L.nx} ${dt(next, lang, r)}.`,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "blood-donation-record", lang }, r, 0.35);
  }
  if (k === 1) {
    const s = FISHING[lang];
    const b = born(r, 1950, 2004);
    const until = lang === "fr" || lang === "nl" ? { y: x.y, m: 12, d: 31 } : lang === "de" ? { y: x.y + 4, m: 12, d: 31 } : addDays(addMonths(x, 12), -1);
    const L = {
      en: { h: "Rod Fishing Licence — 12 months, non-migratory trout, coarse fish and eel (up to 2 rods)", no: "Licence number", name: "Licence holder", dob: "Date of birth", iss: "Date of purchase", from: "Valid from", to: "Expires" },
      de: { h: "Fischereischein (gültig für 5 Kalenderjahre)", no: "Nr.", name: "Inhaber/in", dob: "Geboren am", iss: "Ausgestellt am", from: "Fischereiabgabe entrichtet für", to: "Gültig bis" },
      fr: { h: `Carte de pêche « Personne majeure » ${x.y}`, no: "N° de carte", name: "Titulaire", dob: "Né(e) le", iss: "Date d'édition", from: "Valable du", to: "au" },
      es: { h: "Licencia de pesca recreativa — clase A", no: "N.º de licencia", name: "Titular", dob: "Fecha de nacimiento", iss: "Fecha de expedición", from: "Válida desde", to: "Válida hasta" },
      it: { h: "Licenza di pesca dilettantistica — tipo B", no: "Numero", name: "Titolare", dob: "Nato/a il", iss: "Data di rilascio", from: "Valida dal", to: "Scadenza" },
      nl: { h: `VISpas ${x.y}`, no: "VISpasnummer", name: "Naam", dob: "Geboortedatum", iss: "Datum afgifte", from: "Geldig van", to: "t/m" },
    }[lang];
    const fromDay = lang === "fr" || lang === "nl" ? { y: x.y, m: 1, d: 1 } : x;
    const lines = [
      s.name,
      s.addr,
      "",
      L.h,
      cols(`${L.no}:`, `${r.int(10000000, 99999999)}`, 24),
      cols(`${L.name}:`, bare(person), 24),
      cols(`${L.dob}:`, num(b, lang), 24),
      cols(`${L.iss}:`, num(x, lang), 24),
      lang === "de" ? cols(`${L.from}:`, `${x.y}–${x.y + 4}`, 24) : lang === "en" ? cols(`${L.from}:`, `${num(x, lang)} ${hm(r, 8, 20)}`, 24) : cols(`${L.from}:`, num(fromDay, lang), 24),
      lang === "en" ? cols(`${L.to}:`, `${num(until, lang)} 23:59`, 24) : cols(`${L.to}:`, num(until, lang), 24),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "fishing-licence", lang }, r, 0.3);
  }
  const s = TYRES[lang];
  const firstReg: Day = { y: x.y - r.int(1, 12), m: r.int(1, 12), d: r.int(1, 28) };
  const winter = x.m >= 9 || x.m <= 2;
  const nextSeason = winter ? { y: x.m >= 9 ? x.y + 1 : x.y, m: 4, d: 1 } : { y: x.y, m: 10, d: 1 };
  const change = { en: 40, de: 35, fr: 45, es: 30, it: 35, nl: 39.5 }[lang];
  const store = { en: 60, de: 49, fr: 55, es: 40, it: 45, nl: 49.5 }[lang];
  const valves = r.chance(0.4) ? { en: 12, de: 10, fr: 12, es: 8, it: 10, nl: 10 }[lang] : 0;
  const total = cents(change + store + valves);
  const L = {
    en: { h: "Tyre hotel receipt", veh: "Vehicle", fr: "First registered", job: winter ? "Summer tyres off, winter tyres on" : "Winter tyres off, summer tyres on", ch: "Wheel changeover & balance", st: "Tyre storage, 1 season", va: "New valves x4", tot: "Total", pay: "Card", tr: "Tread depth of stored set", nx: "Next changeover from" },
    de: { h: "Einlagerungsschein / Quittung", veh: "Kennzeichen", fr: "Erstzulassung", job: winter ? "Sommerräder abmontiert, Winterräder montiert" : "Winterräder abmontiert, Sommerräder montiert", ch: "Radwechsel inkl. Wuchten", st: "Räder-Einlagerung 1 Saison", va: "Ventile erneuert (4)", tot: "Summe", pay: "EC-Karte", tr: "Profiltiefe eingelagerter Satz", nx: "Nächster Radwechsel ab" },
    fr: { h: "Reçu — gardiennage de pneus", veh: "Immatriculation", fr: "Date de 1re mise en circulation", job: winter ? "Dépose pneus été, pose pneus hiver" : "Dépose pneus hiver, pose pneus été", ch: "Permutation et équilibrage", st: "Gardiennage 1 saison", va: "Valves neuves x4", tot: "Total TTC", pay: "CB", tr: "Profondeur de sculpture du train stocké", nx: "Prochain changement à partir du" },
    es: { h: "Resguardo de custodia de neumáticos", veh: "Matrícula", fr: "Fecha de primera matriculación", job: winter ? "Desmontaje verano, montaje invierno" : "Desmontaje invierno, montaje verano", ch: "Cambio de ruedas y equilibrado", st: "Custodia 1 temporada", va: "Válvulas nuevas x4", tot: "Total", pay: "Tarjeta", tr: "Profundidad del dibujo del juego guardado", nx: "Próximo cambio a partir del" },
    it: { h: "Ricevuta deposito pneumatici", veh: "Targa", fr: "Data prima immatricolazione", job: winter ? "Smontaggio estivi, montaggio invernali" : "Smontaggio invernali, montaggio estivi", ch: "Cambio gomme ed equilibratura", st: "Deposito stagionale", va: "Valvole nuove x4", tot: "Totale", pay: "Carta", tr: "Battistrada treno depositato", nx: "Prossimo cambio dal" },
    nl: { h: "Bon bandenhotel", veh: "Kenteken", fr: "Datum eerste toelating", job: winter ? "Zomerbanden eraf, winterbanden erop" : "Winterbanden eraf, zomerbanden erop", ch: "Wielen wisselen en balanceren", st: "Opslag 1 seizoen", va: "Nieuwe ventielen (4)", tot: "Totaal", pay: "PIN", tr: "Profieldiepte opgeslagen set", nx: "Volgende wissel vanaf" },
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L.h,
    `${num(x, lang)} ${hm(r, 8, 17)}   #${r.int(10000, 99999)}`,
    `${L.veh}: ${r.pick(["RE17 KTW", "BOR-JO 44", "GK-118-PT", "2281 LBM", "FD 441 ZT", "K-771-SX"])} · ${L.fr}: ${num(firstReg, lang)}`,
    L.job,
    `${L.tr}: ${r.int(4, 7)} / ${r.int(4, 7)} / ${r.int(3, 7)} / ${r.int(3, 7)} mm · ${{ en: "Rack", de: "Regal", fr: "Rayon", es: "Estante", it: "Scaffale", nl: "Stelling" }[lang]} ${String.fromCharCode(65 + r.int(0, 7))}-${r.int(1, 40)}`,
    "",
    cols(L.ch, bareAmt(change, lang), 40),
    cols(L.st, bareAmt(store, lang), 40),
    ...(valves ? [cols(L.va, bareAmt(valves, lang), 40)] : []),
    cols(L.tot, bareAmt(total, lang), 40),
    cols(L.pay, bareAmt(total, lang), 40),
    "",
    `${L.nx} ${num(nextSeason, lang)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "tyre-storage-receipt", lang }, r, 0.35);
};

// T10 — what a phone, a messenger or a scanner app hands over without a printed date of its own: a parcel app's
// "delivered today" screenshot, a handwritten note of hours worked, a photographed price label at a market, dated
// only by the file name in shapes no other half uses (Telegram "photo_2025-03-03_14-32-10.jpg", Signal
// "signal-2025-03-03-143210_002.jpeg", Google Drive "Scanned_20250303-1432.pdf", Epson "img20250303_14321050.jpg",
// a localized macOS screenshot "Bildschirmfoto 2025-03-03 um 14.32.10.png", "Screen Shot 2025-03-03 at 2.32.10
// PM.png"); and pages with no date at all (label null): a café's menu, house rules, a Wi-Fi card, a packing list, a
// medicine's dosage card. Taken in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  if (turn(n, 2) === 0) {
    const texts: PerLang<string[]> = {
      en: ["Delivered\nYour parcel was handed to a neighbour at No. 29\nToday, 14:32", "Babysitting — Lily\nFri 6–11pm = 5 hrs\nSat 2–6pm = 4 hrs\n9 hrs x £12 = £108", "FARMERS' MARKET\nFree-range eggs 12 … £4.20\nSourdough … £4.50"],
      de: ["Zugestellt\nIhr Paket wurde bei Ihrem Nachbarn (Nr. 12) abgegeben\nHeute, 14:32", "Stunden Putzhilfe Marta\nMo 3 Std.\nDo 2,5 Std.\n= 5,5 Std. x 15 €", "WOCHENMARKT\nFreilandeier 10 St. … 3,90\nBauernbrot 1 kg … 4,80"],
      fr: ["Livré\nVotre colis a été remis au gardien\nAujourd'hui, 14:32", "Heures baby-sitting Inès\nVendredi 19h-23h\nSamedi 14h-18h\n8 h x 11 €", "MARCHÉ\nŒufs plein air x12 … 4,60\nPain de campagne … 3,90"],
      es: ["Entregado\nTu paquete se ha entregado en conserjería\nHoy, 14:32", "Horas canguro Paula\nviernes 4 h\nsábado 3 h\n7 h x 10 €", "MERCADO\nHuevos camperos docena … 3,80\nPan de pueblo … 2,90"],
      it: ["Consegnato\nIl pacco è stato lasciato al portiere\nOggi, 14:32", "Ore babysitter Giulia\nvenerdì 4 ore\nsabato 3 ore\n7 ore x 10 €", "MERCATO CONTADINO\nUova da allevamento a terra x6 … 2,80\nPane casereccio … 3,50"],
      nl: ["Bezorgd\nJe pakket is afgegeven bij de buren (nr. 14)\nVandaag, 14:32", "Uren oppas Fleur\nvrijdag 4 uur\nzaterdag 3 uur\n7 uur x € 9", "BOERENMARKT\nScharreleieren 10 st … 3,95\nDesembrood … 4,25"],
    };
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const iso = isoDay(x);
    const h = r.int(7, 21), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const hh = pad(h);
    const shape = Math.floor(n / 2) % 5;
    const mac = { en: `Screen Shot ${iso} at ${((h + 11) % 12) + 1}.${mi}.${ss} ${h < 12 ? "AM" : "PM"}.png`, de: `Bildschirmfoto ${iso} um ${hh}.${mi}.${ss}.png`, fr: `Capture d'écran ${iso} à ${hh}.${mi}.${ss}.png`, es: `Captura de pantalla ${iso} a las ${hh}.${mi}.${ss}.png`, it: `Istantanea ${iso} alle ${hh}.${mi}.${ss}.png`, nl: `Schermafbeelding ${iso} om ${hh}.${mi}.${ss}.png` }[lang];
    const filename = [`photo_${iso}_${hh}-${mi}-${ss}.jpg`, `signal-${iso}-${hh}${mi}${ss}_00${r.int(1, 9)}.jpeg`, `Scanned_${ymd}-${hh}${mi}.pdf`, `img${ymd}_${hh}${mi}${ss}${pad(r.int(0, 99))}.jpg`, mac][shape]!;
    return { text: r.pick(texts[lang]).replace("14:32", `${hh}:${mi}`), filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["telegram", "signal", "drive-scan", "epson", "mac-screenshot"][shape]}`, lang };
  }
  const texts: PerLang<string[]> = {
    en: ["THE BEAN HOUSE\nFlat white 3.40 · Latte 3.60 · Tea 2.50\nToasties from 5.95\nAsk about our allergens", "HOUSE RULES\nQuiet hours 10pm–7am\nBins out on collection day only\nNo bikes in the hallway", "Wi-Fi: Guest_5G\nPassword: sunflower2024", "Packing list\npassports, chargers, suncream, swimsuits, adapter", "Amoxicillin 500 mg\n1 capsule three times a day for 7 days\nTake with water"],
    de: ["CAFÉ BOHNE\nCappuccino 3,40 · Latte 3,80 · Tee 2,60\nBelegte Brötchen ab 3,50", "HAUSORDNUNG\nRuhezeiten 22–6 Uhr und 13–15 Uhr\nTreppenhaus wöchentlich reinigen\nKeine Fahrräder im Flur", "WLAN: Gaeste_5G\nPasswort: sonnenblume24", "Packliste\nAusweise, Ladekabel, Sonnencreme, Badesachen, Adapter", "Amoxicillin 1000 mg\n3 x täglich 1 Tablette für 7 Tage\nNach dem Essen einnehmen"],
    fr: ["CAFÉ DU COIN\nExpresso 1,80 · Crème 3,20 · Thé 2,80\nCroque-monsieur 6,50", "RÈGLEMENT INTÉRIEUR\nSilence de 22 h à 7 h\nPoubelles sorties la veille du ramassage", "Wi-Fi : Invites_5G\nMot de passe : tournesol24", "Liste valise\npasseports, chargeurs, crème solaire, maillots", "Amoxicilline 1 g\n1 comprimé matin et soir pendant 6 jours"],
    es: ["CAFETERÍA LA PLAZA\nCafé solo 1,30 · Con leche 1,60 · Tostada 2,20", "NORMAS DE LA COMUNIDAD\nSilencio de 23:00 a 8:00\nBasura en contenedores después de las 20:00", "Wi-Fi: Invitados_5G\nContraseña: girasol2024", "Lista maleta\npasaportes, cargadores, crema solar, bañadores", "Amoxicilina 500 mg\n1 cápsula cada 8 horas durante 7 días"],
    it: ["BAR CENTRALE\nCaffè 1,20 · Cappuccino 1,60 · Cornetto 1,30", "REGOLAMENTO CONDOMINIALE\nSilenzio dalle 22 alle 7\nBiciclette nel cortile", "Wi-Fi: Ospiti_5G\nPassword: girasole2024", "Lista valigia\npassaporti, caricabatterie, crema solare, costumi", "Amoxicillina 1 g\n1 compressa ogni 12 ore per 6 giorni"],
    nl: ["KOFFIEBAR DE HOEK\nKoffie 2,80 · Cappuccino 3,40 · Thee 2,60\nTosti ham-kaas 4,50", "HUISREGELS\nStilte tussen 22.00 en 7.00 uur\nGeen fietsen in de gang", "Wifi: Gasten_5G\nWachtwoord: zonnebloem2024", "Paklijst\npaspoorten, opladers, zonnebrand, zwemspullen", "Amoxicilline 500 mg\n3 x per dag 1 capsule, 7 dagen"],
  };
  return { text: r.pick(texts[lang]), filename: r.pick(["IMG_3390.jpg", "Scan 4.pdf", "file.pdf", "image0.jpeg", "photo_12.jpg", "Naamloos.pdf"]), documentDate: null, correspondent: null, kind: "undated-page", lang };
};

export const HELDOUT9_TEMPLATES: Template[] = [receipts, invoices, bills, bankLetters, workHomeSchool, insurance, doctorsAndAuthorities, contractsAndOrders, rare, photosAndScans];
export const heldout9Langs = (): Lang[] => ALL;
