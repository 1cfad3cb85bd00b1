// The second HELD-OUT half of the fields dev set (issue 17), round 5: written and committed (with its JSONL) before
// any reader or ranker ran on it, to measure the learned ranker (ADR 0039) against the hand rules on documents
// neither was fixed on. Kinds no other half uses: monthly phone and broadband bills with a bill-date column,
// event ticket orders (the event's date later than the order's), sick notes and medical certificates, vehicle tax
// notices with a tax period, school and nursery fee statements with term dates, a tradesman's job invoice with
// the day of the work, deposit refund letters after a tenancy, bank card replacement letters (expiry dates), and
// messenger photos dated only by their file name. Another style again: dates like "3-Mar-2025", "2025/03/03",
// "03.03.25" and "Mon 3 Mar 25", labels after the date ("3 March 2025 (date of bill)"), totals labelled "Amount
// due this month", "Balance due", "Total to pay", "Amount refunded", "Order total" and their translations, with
// previous balances, payments received, deposits held and subtotals as distractor amounts.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, moneyLabel, pad, PEOPLE, randomDay, STREETS, weekday, type Day, type LabelledDoc, type Lang, type Rng, cents, scannedAt } from "./common.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;
type PerLang<T> = Record<Lang, T>;
const ALL: Lang[] = ["en", "de", "fr", "es", "it", "nl"];
const CUR = (lang: Lang) => (lang === "en" ? "GBP" : "EUR");

interface Org {
  name: string;
  addr: string;
  foot: string;
}
const org = (name: string, addr: string, foot: string): Org => ({ name, addr, foot });

const TELCO: PerLang<Org> = {
  en: org("Beacon Broadband", "Beacon House, 7 Quay Street, Cardiff CF10 1EA", "Beacon Broadband Ltd · Registered in Wales 07733128 · VAT GB 117 3320 91"),
  de: org("FunkNetz Mobil GmbH", "Rheinuferstraße 9 · 55116 Mainz", "Amtsgericht Mainz HRB 47110 · USt-IdNr. DE 311 902 554"),
  fr: org("Célesta Télécom", "18 rue du Faubourg, 67000 Strasbourg", "SAS au capital de 2 400 000 € · RCS Strasbourg 813 002 447"),
  es: org("Ondaluz Telecomunicaciones S.L.", "Calle Colón 31, 46004 Valencia", "CIF B-46881230"),
  it: org("LineaViva Telefonia S.p.A.", "Via Nizza 150, 10126 Torino", "P.IVA 10223340019"),
  nl: org("Polder Telecom B.V.", "Kanaalweg 17, 3526 KL Utrecht", "KvK 55120934 · btw NL8511.20.934.B01"),
};
const TICKETS: PerLang<Org> = {
  en: org("Lantern Live Tickets", "Box office: 22 Bold Street, Liverpool L1 4DS", "Lantern Live Ltd, reg. no. 10344981"),
  de: org("Konzertkasse Elbufer", "Elbchaussee 101 · 22763 Hamburg", "Elbufer Events GmbH · HRB 140221"),
  fr: org("Billetterie Le Rivage", "4 quai de la Fosse, 44000 Nantes", "SARL Le Rivage — RCS Nantes 844 120 337"),
  es: org("Taquilla Teatro Albéniz", "Calle de la Paz 11, 28012 Madrid", "CIF B-87112004"),
  it: org("Biglietteria Teatro Verdi", "Piazza Verdi 2, 34121 Trieste", "P.IVA 00811230321"),
  nl: org("Kassa Schouwburg Noord", "Schouwburgplein 1, 9711 LM Groningen", "Stichting Schouwburg Noord · KvK 41010234"),
};
const DOCTOR: PerLang<Org> = {
  en: org("Dr Rachel Moss, General Practitioner", "Hillview Surgery, 5 Oak Avenue, Bath BA1 2PT", "NHS practice code L81022"),
  de: org("Praxis Dr. med. Felix Roth", "Allgemeinmedizin · Schillerplatz 3 · 70173 Stuttgart", "BSNR 521 188 400"),
  fr: org("Dr Hélène Marchand, médecin généraliste", "10 rue Pasteur, 35000 Rennes", "RPPS 10003388120"),
  es: org("Dra. Carmen Vidal, Medicina General", "Centro de Salud Delicias, Calle Delicias 4, 50017 Zaragoza", "Colegiada n.º 50/12031"),
  it: org("Dott. Paolo Ferri, Medico di Medicina Generale", "Via Garibaldi 9, 43121 Parma", "Codice regionale 080451"),
  nl: org("Huisartsenpraktijk De Linde", "Lindelaan 2, 7411 KM Deventer", "AGB 01055123"),
};
const VEHICLE_TAX: PerLang<Org> = {
  en: org("Driver and Vehicle Licensing Agency", "Swansea SA99 1AR", "Crown copyright · gov.uk/vehicle-tax"),
  de: org("Hauptzollamt Dortmund", "Kraftfahrzeugsteuer · Hohe Straße 23 · 44139 Dortmund", "Bundesfinanzverwaltung"),
  fr: org("Agence Nationale des Titres Sécurisés", "Service des taxes véhicules, 08000 Charleville-Mézières", "Ministère de l'Intérieur"),
  es: org("Ayuntamiento de Alcalá de Henares", "Impuesto sobre Vehículos de Tracción Mecánica, Plaza de Cervantes 12, 28801 Alcalá", "NIF P2800500B"),
  it: org("Regione Emilia-Romagna — Tassa automobilistica", "Viale Aldo Moro 52, 40127 Bologna", "C.F. 80062590379"),
  nl: org("Belastingdienst — Motorrijtuigenbelasting", "Postbus 9047, 7300 GJ Apeldoorn", "www.belastingdienst.nl"),
};
const SCHOOL: PerLang<Org> = {
  en: org("St Aidan's Preparatory School", "Bursar's Office, Abbey Road, Durham DH1 3RT", "Registered charity no. 527401"),
  de: org("Kita Sonnenblume e.V.", "Gartenweg 4 · 34117 Kassel", "Vereinsregister Kassel VR 3310"),
  fr: org("École Sainte-Marie", "Économat, 3 rue des Écoles, 37000 Tours", "Établissement privé sous contrat — SIRET 775 344 201 00018"),
  es: org("Colegio Los Olivos", "Administración, Camino del Olivar 2, 18008 Granada", "CIF R-1800123-J"),
  it: org("Scuola dell'Infanzia Arcobaleno", "Segreteria, Via Manzoni 7, 25121 Brescia", "C.F. 98012340175"),
  nl: org("Kinderopvang De Vlinder", "Vlinderstraat 12, 2011 AB Haarlem", "LRK 177204455 · KvK 34229801"),
};
const TRADES: PerLang<Org> = {
  en: org("K. Doyle Plumbing & Heating", "12 Wharf Lane, Lincoln LN1 1AB", "Gas Safe reg. 556120 · VAT GB 282 9915 33"),
  de: org("Malerbetrieb Jonas Keller", "Werkstraße 8 · 93047 Regensburg", "Handwerkskammer Niederbayern-Oberpfalz · St.-Nr. 244/221/30117"),
  fr: org("Serrurerie Bernard Père & Fils", "27 rue des Artisans, 87000 Limoges", "SIRET 401 227 118 00029"),
  es: org("Reformas Hermanos Gil", "Calle Herreros 5, 37002 Salamanca", "NIF B-37455012"),
  it: org("Idraulica Moretti di Moretti Sergio", "Via dei Fabbri 3, 48121 Ravenna", "P.IVA 02144500392"),
  nl: org("Klusbedrijf Van der Berg", "Ambachtsweg 21, 8253 PD Dronten", "KvK 39102288 · btw NL0022.88.101.B01"),
};
const LANDLORD: PerLang<Org> = {
  en: org("Ashdown Lettings", "41 High Street, Guildford GU1 3DY", "Member of the Property Redress Scheme PRS012233"),
  de: org("Immobilienverwaltung Krause GmbH", "Lindenstraße 40 · 39104 Magdeburg", "HRB 22104 Stendal"),
  fr: org("Agence Immobilière du Lac", "5 avenue d'Albigny, 74000 Annecy", "Carte professionnelle CPI 7401 2018 000 033 211"),
  es: org("Inmobiliaria Puerta del Sol", "Calle Mayor 2, 28013 Madrid", "CIF B-28990012"),
  it: org("Agenzia Immobiliare Il Portico", "Portici del Comune 12, 35122 Padova", "P.IVA 04322190287"),
  nl: org("Verhuurkantoor Maasstad", "Coolsingel 55, 3012 AB Rotterdam", "KvK 24177301"),
};
const CARD_BANK: PerLang<Org> = {
  en: org("Thistle Savings Bank", "Card Services, PO Box 77, Glasgow G2 1BX", "Thistle Savings Bank plc, registered in Scotland SC118822"),
  de: org("Raiffeisenbank Oberland eG", "Kartenservice · Bahnhofplatz 1 · 82467 Garmisch-Partenkirchen", "Genossenschaftsregister München GnR 1177"),
  fr: org("Crédit du Littoral", "Service Cartes, 2 place Jean-Bart, 59140 Dunkerque", "SA coopérative — ORIAS 07 011 990"),
  es: org("Banco Cantábrico", "Servicio de Tarjetas, Paseo de Pereda 20, 39004 Santander", "Registro Banco de España n.º 0211"),
  it: org("Banca Popolare del Garda", "Servizio Carte, Via Roma 1, 25015 Desenzano", "ABI 05311"),
  nl: org("Friese Spaarbank", "Kaartservice, Postbus 120, 8900 AC Leeuwarden", "KvK 01033211"),
};

/** The date as this half's senders print it (another set of forms than the earlier halves). */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!.replace(".", "");
  const yy = String(x.y).slice(2);
  const forms: PerLang<string[]> = {
    en: [`${x.d}-${A}-${x.y}`, `${x.y}/${pad(x.m)}/${pad(x.d)}`, `${weekday(x, lang).slice(0, 3)} ${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${yy}`, `${x.d}. ${A} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${weekday(x, lang)}, ${x.d}. ${M} ${x.y}`, isoDay(x)],
    fr: [`${pad(x.d)}/${pad(x.m)}/${yy}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${yy}`, `${x.d}-${A}-${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${weekday(x, lang)}, ${x.d} de ${M} de ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${yy}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    nl: [`${pad(x.d)}-${pad(x.m)}-${yy}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${weekday(x, lang)} ${x.d} ${M} ${x.y}`, `${x.y}-${pad(x.m)}-${pad(x.d)}`],
  };
  return r.pick(forms[lang]);
}

/** Money as this half prints it: the symbol or code before or after, thousands grouped or not. */
function money(v: number, lang: Lang, r: Rng): string {
  switch (lang) {
    case "en":
      return r.pick([`£${amount(v, "en")}`, `£ ${amount(v, "plain-dot")}`, `${amount(v, "en")} GBP`]);
    case "de":
      return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "plain-comma")} EUR`]);
    case "fr":
      return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`, `€ ${amount(v, "plain-comma")}`]);
    case "es":
      return r.pick([`${amount(v, "de")} €`, `${amount(v, "plain-comma")}€`, `EUR ${amount(v, "de")}`]);
    case "it":
      return r.pick([`€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`, `Euro ${amount(v, "plain-comma")}`]);
    case "nl":
      return r.pick([`€ ${amount(v, "de")}`, `EUR ${amount(v, "plain-comma")}`, `€${amount(v, "de")}`]);
  }
}
const recipient = (r: Rng, lang: Lang) => `${r.pick(PEOPLE[lang])}\n${r.pick(STREETS[lang])}`;
const cols = (left: string, right: string, width = 40) => `${left.padEnd(width)}${right}`;
const scanned = scannedAt(0.3, 0.05);

// H1 — monthly phone or broadband bill: a heading row "Account number | Bill date | Page" over its values (or the
// date with its label after it), the billing period, the previous bill's amount and the payment received, the
// direct debit date; the total is "Amount due this month".
const phoneBill: Template = (r, lang) => {
  const s = TELCO[lang];
  const x = randomDay(r);
  const from = addDays(x, -r.int(28, 34));
  const to = addDays(x, -1);
  const previous = r.int(2000, 9000) / 100;
  const charges = r.int(1500, 12000) / 100;
  const extra = r.int(0, 2500) / 100;
  const total = cents(charges + extra);
  const debit = addDays(x, r.int(10, 16));
  const L = {
    en: ["Account number", "Bill date", "Page", "Your bill for", "Previous bill", "Payment received – thank you", "Monthly charges", "Calls and extras", "Amount due this month", "We will collect this by Direct Debit on or after", "to"],
    de: ["Kundennummer", "Rechnungsdatum", "Seite", "Ihre Rechnung für den Zeitraum", "Letzte Rechnung", "Zahlung erhalten – vielen Dank", "Monatliche Grundgebühr", "Verbindungen und Extras", "Fälliger Betrag", "Wir buchen den Betrag ab am", "bis"],
    fr: ["N° client", "Date de facture", "Page", "Votre facture pour la période du", "Facture précédente", "Paiement reçu – merci", "Abonnement mensuel", "Communications et options", "Montant dû ce mois-ci", "Prélèvement prévu à partir du", "au"],
    es: ["N.º de cliente", "Fecha de factura", "Página", "Su factura del periodo", "Factura anterior", "Pago recibido, gracias", "Cuota mensual", "Llamadas y extras", "Importe a pagar este mes", "Se cargará en su cuenta a partir del", "al"],
    it: ["Codice cliente", "Data fattura", "Pagina", "La sua bolletta per il periodo", "Bolletta precedente", "Pagamento ricevuto, grazie", "Canone mensile", "Traffico ed extra", "Importo dovuto questo mese", "Addebito sul conto a partire dal", "al"],
    nl: ["Klantnummer", "Factuurdatum", "Pagina", "Uw rekening over de periode", "Vorige rekening", "Betaling ontvangen, dank u", "Maandelijkse kosten", "Gesprekken en extra's", "Te betalen deze maand", "Wij schrijven dit af op of na", "t/m"],
  }[lang];
  const acct = `${r.int(10000000, 99999999)}`;
  const header = r.chance(0.5)
    ? [`${L[0]!}      ${L[1]!}      ${L[2]!}`, `${acct}      ${dt(x, lang, r)}      1/2`]
    : [`${L[0]!}: ${acct}`, `${dt(x, lang, r)} (${L[1]!.toLowerCase()})`];
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    ...header,
    "",
    `${L[3]!} ${dt(from, lang, r)} ${L[10]!} ${dt(to, lang, r)}`,
    cols(L[4]!, money(previous, lang, r)),
    cols(L[5]!, `-${money(previous, lang, r)}`),
    cols(L[6]!, money(charges, lang, r)),
    cols(L[7]!, money(extra, lang, r)),
    cols(L[8]!, money(total, lang, r)),
    "",
    `${L[9]!} ${dt(debit, lang, r)}.`,
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "phone-bill", lang }, r);
};

// H2 — event ticket order: the order's date and number, the event's date (a few weeks later; sometimes still in
// the past), doors opening, seats with a price each, a booking fee; "Order total".
const ticketOrder: Template = (r, lang) => {
  const s = TICKETS[lang];
  const x = randomDay(r, 2023, 2025);
  const event = addDays(x, r.int(14, 120));
  const n = r.int(1, 4);
  const price = r.int(2500, 9500) / 100;
  const fee = r.int(150, 450) / 100;
  const total = cents(n * price + fee);
  const L = {
    en: ["Order confirmation", "Order no.", "Ordered on", "Event", "Date of performance", "Doors open", "Seat", "Ticket", "Booking fee", "Order total", "Please bring this confirmation to the venue."],
    de: ["Bestellbestätigung", "Bestell-Nr.", "Bestellt am", "Veranstaltung", "Veranstaltungsdatum", "Einlass", "Platz", "Karte", "Vorverkaufsgebühr", "Gesamtbetrag der Bestellung", "Bitte bringen Sie diese Bestätigung mit."],
    fr: ["Confirmation de commande", "Commande n°", "Commandé le", "Spectacle", "Date de la représentation", "Ouverture des portes", "Place", "Billet", "Frais de réservation", "Total de la commande", "Merci de présenter cette confirmation à l'entrée."],
    es: ["Confirmación de compra", "Pedido n.º", "Fecha de compra", "Espectáculo", "Fecha de la función", "Apertura de puertas", "Butaca", "Entrada", "Gastos de gestión", "Total del pedido", "Presente esta confirmación en taquilla."],
    it: ["Conferma d'ordine", "Ordine n.", "Ordinato il", "Spettacolo", "Data dello spettacolo", "Apertura porte", "Posto", "Biglietto", "Diritti di prevendita", "Totale ordine", "Presentare questa conferma all'ingresso."],
    nl: ["Bevestiging van uw bestelling", "Bestelnummer", "Besteld op", "Voorstelling", "Datum voorstelling", "Zaal open", "Stoel", "Kaartje", "Reserveringskosten", "Totaal bestelling", "Neem deze bevestiging mee naar de voorstelling."],
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L[0]!,
    `${L[1]!} ${r.int(100000, 999999)} · ${L[2]!} ${dt(x, lang, r)}`,
    "",
    `${L[3]!}: ${r.pick(["The Tempest", "Carmen", "La Traviata", "Jazz at Nine", "Het Zwanenmeer"])}`,
    `${L[4]!}: ${dt(event, lang, r)}, ${L[5]!} 19:${r.pick(["00", "30"])}`,
    "",
    ...Array.from({ length: n }, (_, i) => cols(`${L[7]!} ${i + 1} – ${L[6]!} ${r.pick(["A", "B", "C"])}${r.int(1, 30)}`, money(price, lang, r))),
    cols(L[8]!, money(fee, lang, r)),
    cols(L[9]!, money(total, lang, r)),
    "",
    L[10]!,
    s.foot,
  ];
  // The performance lies ahead of the order; when it is still in the future it is skipped, else a candidate.
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "ticket-order", lang };
};

// H3 — sick note / medical certificate: the patient's birth date, the examination day, unfit from … to …, the
// date it is issued at the foot next to the place ("issued at Bath on"), a stamp line. No amount.
const sickNote: Template = (r, lang) => {
  const s = DOCTOR[lang];
  const x = randomDay(r);
  const exam = r.chance(0.5) ? x : addDays(x, -1);
  const until = addDays(exam, r.int(3, 14));
  const born: Day = { y: r.int(1950, 2005), m: r.int(1, 12), d: r.int(1, 28) };
  const place = { en: "Bath", de: "Stuttgart", fr: "Rennes", es: "Zaragoza", it: "Parma", nl: "Deventer" }[lang];
  const L = {
    en: ["MEDICAL CERTIFICATE", "Patient", "born", "I examined the patient on", "and advise that they are not fit for work from", "until", "Issued at", "on", "Signature and practice stamp"],
    de: ["ARBEITSUNFÄHIGKEITSBESCHEINIGUNG", "Patient/in", "geb. am", "Untersuchung am", "arbeitsunfähig seit", "voraussichtlich bis einschließlich", "Ausgestellt in", "am", "Stempel und Unterschrift"],
    fr: ["CERTIFICAT MÉDICAL", "Patient(e)", "né(e) le", "Examiné(e) ce jour, le", "arrêt de travail du", "au", "Établi à", "le", "Signature et cachet"],
    es: ["CERTIFICADO MÉDICO", "Paciente", "nacido/a el", "Reconocido/a el", "baja laboral desde el", "hasta el", "Expedido en", "a", "Firma y sello"],
    it: ["CERTIFICATO MEDICO", "Paziente", "nato/a il", "Visitato/a in data", "prognosi di inabilità al lavoro dal", "al", "Rilasciato a", "il", "Timbro e firma"],
    nl: ["MEDISCHE VERKLARING", "Patiënt", "geboren", "Onderzocht op", "arbeidsongeschikt van", "tot en met", "Afgegeven te", "op", "Handtekening en stempel"],
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    L[0]!,
    "",
    `${L[1]!}: ${r.pick(PEOPLE[lang]).replace(/^(Mr|Ms|Mrs|Dr|Herrn|Frau|M\.|Mme|D\.|Dña\.|Sig\.ra|Sig\.|Dott\.|Dhr\.|Mevr\.)\s+/, "")}, ${L[2]!} ${dt(born, lang, r)}`,
    `${L[3]!} ${dt(exam, lang, r)} ${L[4]!} ${dt(exam, lang, r)} ${L[5]!} ${dt(until, lang, r)}.`,
    "",
    `${L[6]!} ${place} ${L[7]!} ${dt(x, lang, r)}`,
    L[8]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "sick-note", lang }, r, 0.4);
};

// H4 — vehicle tax notice: the registration, the notice date in a "Date of notice" line or at the top right, the tax
// period (twelve months from a start), the first registration of the car, the last day to pay; "Total to pay".
const vehicleTax: Template = (r, lang) => {
  const s = VEHICLE_TAX[lang];
  const x = randomDay(r);
  const start = addDays(x, r.int(10, 40));
  const end = addDays(start, 364);
  const firstReg: Day = { y: r.int(2008, 2022), m: r.int(1, 12), d: r.int(1, 28) };
  const tax = r.int(4000, 42000) / 100;
  const late = r.chance(0.4) ? r.int(500, 3000) / 100 : 0;
  const total = cents(tax + late);
  const pay = addDays(x, 30);
  const plate = { en: "WX19 KLM", de: "DO-KS 412", fr: "GH-412-KL", es: "4412 KLM", it: "GH 412 KL", nl: "K-412-LM" }[lang];
  const L = {
    en: ["VEHICLE TAX NOTICE", "Registration", "Date of notice", "Tax period", "to", "Date of first registration", "Annual rate", "Late payment charge", "Total to pay", "Pay by"],
    de: ["KRAFTFAHRZEUGSTEUERBESCHEID", "Kennzeichen", "Datum des Bescheids", "Festsetzungszeitraum", "bis", "Erstzulassung", "Jahressteuer", "Säumniszuschlag", "Zu zahlen", "Fällig am"],
    fr: ["AVIS DE TAXE SUR LE VÉHICULE", "Immatriculation", "Date de l'avis", "Période d'imposition", "au", "Date de première immatriculation", "Taxe annuelle", "Majoration de retard", "Total à payer", "À payer avant le"],
    es: ["NOTIFICACIÓN DEL IMPUESTO DE VEHÍCULOS", "Matrícula", "Fecha de notificación", "Periodo impositivo", "a", "Fecha de primera matriculación", "Cuota anual", "Recargo por demora", "Total a ingresar", "Plazo de pago hasta"],
    it: ["AVVISO DI PAGAMENTO BOLLO AUTO", "Targa", "Data dell'avviso", "Periodo d'imposta", "al", "Data di prima immatricolazione", "Tassa annuale", "Sanzione per ritardo", "Totale da versare", "Scadenza pagamento"],
    nl: ["AANSLAG MOTORRIJTUIGENBELASTING", "Kenteken", "Dagtekening", "Tijdvak", "t/m", "Datum eerste toelating", "Belasting per jaar", "Boete wegens te late betaling", "Totaal te betalen", "Betalen vóór"],
  }[lang];
  const top = r.chance(0.5) ? [cols(s.name, dt(x, lang, r))] : [s.name, `${L[2]!}: ${dt(x, lang, r)}`];
  const lines = [
    ...top,
    s.addr,
    "",
    recipient(r, lang),
    "",
    L[0]!,
    `${L[1]!}: ${plate}`,
    `${L[5]!}: ${dt(firstReg, lang, r)}`,
    `${L[3]!}: ${dt(start, lang, r)} ${L[4]!} ${dt(end, lang, r)}`,
    "",
    cols(L[6]!, money(tax, lang, r)),
    ...(late ? [cols(L[7]!, money(late, lang, r))] : []),
    cols(L[8]!, money(total, lang, r)),
    `${L[9]!} ${dt(pay, lang, r)}`,
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "vehicle-tax", lang }, r);
};

// H5 — school or nursery fee statement: the term's first and last days, the statement date, the child's birth
// date, lunches and trips as rows, a sibling discount, a deposit held (not due); "Balance due".
const feeStatement: Template = (r, lang) => {
  const s = SCHOOL[lang];
  const x = randomDay(r);
  const termStart = addDays(x, r.int(5, 25));
  const termEnd = addDays(termStart, r.int(70, 100));
  const child: Day = { y: r.int(2012, 2022), m: r.int(1, 12), d: r.int(1, 28) };
  const fee = r.int(30000, 480000) / 100;
  const lunches = r.int(5000, 25000) / 100;
  const discount = cents(fee * 0.1);
  const deposit = r.int(20000, 100000) / 100;
  const total = cents(fee + lunches - discount);
  const L = {
    en: ["FEE STATEMENT", "Statement date", "Pupil", "date of birth", "Term", "Tuition", "Lunches", "Sibling discount", "Deposit held (refundable)", "Balance due", "Payment is due before the first day of term."],
    de: ["BEITRAGSABRECHNUNG", "Abrechnungsdatum", "Kind", "geboren am", "Zeitraum", "Betreuungsbeitrag", "Mittagessen", "Geschwisterermäßigung", "Kaution (wird erstattet)", "Offener Betrag", "Bitte vor Beginn des Zeitraums überweisen."],
    fr: ["RELEVÉ DE FRAIS DE SCOLARITÉ", "Date du relevé", "Élève", "né(e) le", "Trimestre", "Scolarité", "Cantine", "Réduction fratrie", "Dépôt de garantie (remboursable)", "Solde à régler", "Règlement avant la rentrée."],
    es: ["ESTADO DE CUENTA", "Fecha del documento", "Alumno/a", "fecha de nacimiento", "Trimestre", "Enseñanza", "Comedor", "Descuento por hermanos", "Fianza depositada (reembolsable)", "Saldo pendiente", "Abonar antes del inicio del trimestre."],
    it: ["ESTRATTO RETTE", "Data estratto", "Alunno/a", "nato/a il", "Periodo", "Retta", "Mensa", "Riduzione fratelli", "Deposito cauzionale (rimborsabile)", "Saldo da pagare", "Pagamento prima dell'inizio del periodo."],
    nl: ["OVERZICHT OUDERBIJDRAGE", "Datum overzicht", "Kind", "geboortedatum", "Periode", "Opvangkosten", "Lunch", "Broertje/zusje-korting", "Borg (wordt terugbetaald)", "Openstaand saldo", "Graag vóór de eerste dag van de periode betalen."],
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    cols(L[0]!, `${L[1]!}: ${dt(x, lang, r)}`),
    `${L[2]!}: ${r.pick(["Emma", "Noah", "Lea", "Lucas", "Sofia", "Daan"])} (${L[3]!} ${dt(child, lang, r)})`,
    `${L[4]!}: ${dt(termStart, lang, r)} – ${dt(termEnd, lang, r)}`,
    "",
    cols(L[5]!, money(fee, lang, r)),
    cols(L[6]!, money(lunches, lang, r)),
    cols(L[7]!, `-${money(discount, lang, r)}`),
    cols(L[9]!, money(total, lang, r)),
    cols(L[8]!, money(deposit, lang, r)),
    "",
    L[10]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "fee-statement", lang }, r);
};

// H6 — a tradesman's job invoice: the invoice date after the number on one line, the day of the work and a
// follow-up visit, labour hours and materials, VAT; "Total to pay" (sometimes in capitals), a "with thanks" foot.
const jobInvoice: Template = (r, lang) => {
  const s = TRADES[lang];
  const x = randomDay(r);
  const work = addDays(x, -r.int(1, 12));
  const revisit = addDays(work, r.int(1, 3));
  const hours = r.int(2, 9);
  const rate = r.int(38, 72);
  const materials = r.int(1500, 40000) / 100;
  const net = cents(hours * rate + materials);
  const vatRate = { en: 0.2, de: 0.19, fr: 0.2, es: 0.21, it: 0.22, nl: 0.21 }[lang];
  const vat = cents(net * vatRate);
  const total = cents(net + vat);
  const L = {
    en: ["Invoice", "dated", "Work carried out on", "return visit", "Labour", "hours at", "Materials", "Net", "VAT", "TOTAL TO PAY", "With thanks for your custom."],
    de: ["Rechnung", "vom", "Ausführung der Arbeiten am", "Nacharbeit", "Arbeitszeit", "Std. à", "Material", "Netto", "MwSt.", "ZU ZAHLEN", "Vielen Dank für Ihren Auftrag."],
    fr: ["Facture", "du", "Intervention réalisée le", "retour le", "Main-d'œuvre", "h à", "Fournitures", "Total HT", "TVA", "TOTAL À PAYER", "Merci de votre confiance."],
    es: ["Factura", "de fecha", "Trabajos realizados el", "revisión el", "Mano de obra", "h a", "Materiales", "Base imponible", "IVA", "TOTAL A PAGAR", "Gracias por su confianza."],
    it: ["Fattura", "del", "Lavori eseguiti il", "ritorno il", "Manodopera", "ore a", "Materiali", "Imponibile", "IVA", "TOTALE DA PAGARE", "Grazie per la fiducia."],
    nl: ["Factuur", "d.d.", "Werkzaamheden uitgevoerd op", "nazorg op", "Arbeidsloon", "uur à", "Materialen", "Subtotaal", "btw", "TOTAAL TE BETALEN", "Hartelijk dank voor uw opdracht."],
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    `${L[0]!} ${r.int(100, 999)}-${x.y} ${L[1]!} ${dt(x, lang, r)}`,
    "",
    `${L[2]!} ${dt(work, lang, r)}, ${L[3]!} ${dt(revisit, lang, r)}`,
    cols(`${L[4]!}: ${hours} ${L[5]!} ${money(rate, lang, r)}`, money(hours * rate, lang, r), 46),
    cols(L[6]!, money(materials, lang, r), 46),
    cols(L[7]!, money(net, lang, r), 46),
    cols(`${L[8]!} ${Math.round(vatRate * 100)} %`, money(vat, lang, r), 46),
    cols(L[9]!, money(total, lang, r), 46),
    "",
    L[10]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "job-invoice", lang }, r);
};

// H7 — deposit refund after a tenancy: the letter's date under the recipient (or with "Our ref."), the tenancy's
// start and end, the deposit paid on a day years before, deductions for repairs; "Amount refunded".
const depositRefund: Template = (r, lang) => {
  const s = LANDLORD[lang];
  const x = randomDay(r);
  const ended = addDays(x, -r.int(14, 50));
  const began: Day = { y: ended.y - r.int(1, 6), m: r.int(1, 12), d: 1 };
  const deposit = r.int(60000, 300000) / 100;
  const deductions = r.int(0, 40000) / 100;
  const refund = cents(deposit - deductions);
  const L = {
    en: ["Our ref.", "Deposit return", "Your tenancy of", "began on", "and ended on", "Deposit paid on", "Deposit held", "Deductions (cleaning, repairs)", "Amount refunded", "The amount will reach your account within five working days.", "Yours sincerely"],
    de: ["Unser Zeichen", "Rückzahlung der Mietkaution", "Ihr Mietverhältnis über die Wohnung", "begann am", "und endete am", "Kaution eingezahlt am", "Kaution", "Abzüge (Reinigung, Reparaturen)", "Auszahlungsbetrag", "Der Betrag wird innerhalb von fünf Werktagen überwiesen.", "Mit freundlichen Grüßen"],
    fr: ["Nos réf.", "Restitution du dépôt de garantie", "Votre bail pour le logement", "a commencé le", "et a pris fin le", "Dépôt versé le", "Dépôt de garantie", "Retenues (nettoyage, réparations)", "Montant restitué", "Le virement sera effectué sous cinq jours ouvrés.", "Veuillez agréer nos salutations distinguées."],
    es: ["Nuestra ref.", "Devolución de la fianza", "Su contrato de arrendamiento de la vivienda", "comenzó el", "y finalizó el", "Fianza depositada el", "Fianza", "Descuentos (limpieza, reparaciones)", "Importe devuelto", "El importe se transferirá en cinco días hábiles.", "Atentamente"],
    it: ["Ns. rif.", "Restituzione del deposito cauzionale", "Il suo contratto di locazione per l'appartamento", "è iniziato il", "e si è concluso il", "Deposito versato il", "Deposito cauzionale", "Trattenute (pulizie, riparazioni)", "Importo rimborsato", "L'importo sarà accreditato entro cinque giorni lavorativi.", "Distinti saluti"],
    nl: ["Ons kenmerk", "Terugbetaling waarborgsom", "Uw huurovereenkomst voor de woning", "is ingegaan op", "en geëindigd op", "Borg betaald op", "Waarborgsom", "Inhoudingen (schoonmaak, herstel)", "Terugbetaald bedrag", "Het bedrag staat binnen vijf werkdagen op uw rekening.", "Met vriendelijke groet"],
  }[lang];
  const who = recipient(r, lang);
  const lines = [
    s.name,
    s.addr,
    "",
    who,
    "",
    r.chance(0.5) ? dt(x, lang, r) : `${L[0]!} DR/${r.int(100, 999)} · ${dt(x, lang, r)}`,
    "",
    L[1]!,
    "",
    `${L[2]!} ${who.split("\n")[1]} ${L[3]!} ${dt(began, lang, r)} ${L[4]!} ${dt(ended, lang, r)}.`,
    `${L[5]!} ${dt(addDays(began, -r.int(3, 20)), lang, r)}.`,
    cols(L[6]!, money(deposit, lang, r)),
    cols(L[7]!, `-${money(deductions, lang, r)}`),
    cols(L[8]!, money(refund, lang, r)),
    "",
    L[9]!,
    L[10]!,
    s.name,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: refund, currency: CUR(lang) }) }, kind: "deposit-refund", lang }, r);
};

// H8 — a replacement bank card letter: the letter's date, the old card's and the new card's expiry (month and year
// only, or a full date at the end of a month), "valid from"; no amount. Or, one time in three, a messenger photo of a
// handwritten note dated only by its file name.
const cardLetter: Template = (r, lang) => {
  if (r.chance(0.33)) {
    const x = randomDay(r);
    const filename = r.pick([
      `WhatsApp Image ${isoDay(x)} at ${pad(r.int(8, 21))}.${pad(r.int(0, 59))}.${pad(r.int(0, 59))}.jpeg`,
      `signal-${isoDay(x)}-${pad(r.int(8, 21))}${pad(r.int(0, 59))}${pad(r.int(0, 59))}.jpg`,
      `photo_${x.y}-${pad(x.m)}-${pad(x.d)}_${pad(r.int(8, 21))}-${pad(r.int(0, 59))}.jpg`,
    ]);
    const note = {
      en: "Milk, eggs, bread\ncall the plumber back\npick up parcel at the post office",
      de: "Milch, Eier, Brot\nKlempner zurückrufen\nPaket bei der Post abholen",
      fr: "Lait, œufs, pain\nrappeler le plombier\nrécupérer le colis à la poste",
      es: "Leche, huevos, pan\nllamar al fontanero\nrecoger el paquete en Correos",
      it: "Latte, uova, pane\nrichiamare l'idraulico\nritirare il pacco in posta",
      nl: "Melk, eieren, brood\nloodgieter terugbellen\npakket ophalen bij het postkantoor",
    }[lang];
    return { text: note, filename, documentDate: isoDay(x), correspondent: null, kind: "messenger-photo", lang };
  }
  const s = CARD_BANK[lang];
  const x = randomDay(r);
  const validFrom = addDays(x, r.int(3, 20));
  const oldExpiry = { y: x.y, m: Math.min(12, x.m + 1) };
  const newExpiry = { y: x.y + 4, m: oldExpiry.m };
  const lastDay: Day = { y: newExpiry.y, m: newExpiry.m, d: new Date(Date.UTC(newExpiry.y, newExpiry.m, 0)).getUTCDate() };
  const L = {
    en: ["Your new debit card", "Your current card expires at the end of", "Your new card is valid from", "and expires on", "Please destroy the old card once you have activated the new one.", "Card Services"],
    de: ["Ihre neue Girocard", "Ihre bisherige Karte läuft ab Ende", "Die neue Karte gilt ab", "und ist gültig bis", "Bitte vernichten Sie die alte Karte nach der Aktivierung.", "Ihr Kartenservice"],
    fr: ["Votre nouvelle carte bancaire", "Votre carte actuelle expire fin", "Votre nouvelle carte est valable à partir du", "jusqu'au", "Merci de détruire l'ancienne carte après activation.", "Le service Cartes"],
    es: ["Su nueva tarjeta de débito", "Su tarjeta actual caduca a finales de", "La nueva tarjeta es válida desde el", "hasta el", "Destruya la tarjeta antigua una vez activada la nueva.", "Servicio de Tarjetas"],
    it: ["La sua nuova carta di debito", "La carta attuale scade a fine", "La nuova carta è valida dal", "al", "Distrugga la vecchia carta dopo l'attivazione.", "Servizio Carte"],
    nl: ["Uw nieuwe betaalpas", "Uw huidige pas verloopt eind", "Uw nieuwe pas is geldig vanaf", "tot en met", "Vernietig de oude pas nadat u de nieuwe hebt geactiveerd.", "Kaartservice"],
  }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    cols("", dt(x, lang, r)),
    "",
    L[0]!,
    "",
    `${L[1]!} ${MONTHS[lang][oldExpiry.m - 1]} ${oldExpiry.y}.`,
    // The new card's end lies years ahead: a future date the reader must skip.
    `${L[2]!} ${dt(validFrom, lang, r)} ${L[3]!} ${dt(lastDay, lang, r)}.`,
    L[4]!,
    "",
    L[5]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "card-letter", lang }, r);
};

export const HELDOUT2_TEMPLATES: Template[] = [phoneBill, ticketOrder, sickNote, vehicleTax, feeStatement, jobInvoice, depositRefund, cardLetter];
export const heldout2Langs = (): Lang[] => ALL;
