// The third HELD-OUT half of the fields dev set (issue 17), round 6: written and committed (with its JSONL) before
// any reader change of round 6, to measure the date reader (hand rules, and a retrained ranker if one is tried) on
// documents nobody tuned on. Never read by training, never used to choose between variants before the one
// measurement. Kinds no other half uses: hospital discharge letters, app-store and payment-service receipts (ISO
// timestamps), private car sale contracts signed at the end ("Signed this 3rd day of March, 2025"), airline
// e-ticket receipts (airline dates "03MAR25"), boiler and heating service reports (next service due), pay-rise
// letters (with effect from, employed since), banks' annual tax certificates (the tax year and its period, created
// at the foot), fuel station receipts with a card slip ("DATE 03/03/25 TIME 14:32", card expiry "08/27"),
// association letters dated under the signature with a general meeting in the body, and scans or notes dated only
// by a file name in other shapes ("Scan_03032025_143210.pdf", "CamScanner 03-03-2025 14.32.pdf",
// "Screenshot_2025-03-03-14-32-10.png") or not at all. Another style of dates again: "3.3.2025", "3-3-2025",
// "Mar 3 2025", "March 3rd, 2025", "3 MARS 2025", "lì 3 marzo 2025", "a 3 de marzo de 2025", "2025-03-03T14:32:10Z".
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, moneyLabel, pad, PEOPLE, randomDay, STREETS, type Day, type LabelledDoc, type Lang, type Rng, cents, scannedAt } from "./common.ts";

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

const HOSPITAL: PerLang<Org> = {
  en: org("Royal Wessex Infirmary", "Department of General Surgery, Wessex Road, Southampton SO16 6YD", "Royal Wessex NHS Foundation Trust"),
  de: org("Klinikum Am Wallgraben", "Klinik für Innere Medizin · Wallstraße 20 · 28195 Bremen", "Klinikum Am Wallgraben gGmbH · HRB 31002 HB"),
  fr: org("Centre Hospitalier de Vannes", "Service de cardiologie, 20 boulevard Maurice Guillaudot, 56000 Vannes", "FINESS 560005746"),
  es: org("Hospital Universitario Río Hortega", "Servicio de Traumatología, Calle Dulzaina 2, 47012 Valladolid", "SACYL · CIF Q4700617B"),
  it: org("Azienda Ospedaliera Santa Chiara", "U.O. Ortopedia, Via Roma 67, 56126 Pisa", "P.IVA 01310860505"),
  nl: org("Isala Ziekenhuis Zwolle", "Afdeling Longziekten, Dokter van Heesweg 2, 8025 AB Zwolle", "KvK 05022311"),
};
const APPSTORE: PerLang<Org> = {
  en: org("Quillpad Software Ltd", "support@quillpad.example · 3 Pritchard Street, Cambridge CB1 1QT", "Quillpad Software Ltd · VAT GB 331 2290 17"),
  de: org("Wolkenwerk Cloud GmbH", "hilfe@wolkenwerk.example · Torstraße 140 · 10119 Berlin", "Amtsgericht Charlottenburg HRB 201447 B"),
  fr: org("Partitio SAS", "aide@partitio.example · 9 rue de Rivoli, 75004 Paris", "RCS Paris 852 330 114"),
  es: org("Nubecita Apps S.L.", "ayuda@nubecita.example · Gran Vía 40, 28013 Madrid", "CIF B-88123477"),
  it: org("Quaderno Digitale S.r.l.", "assistenza@quaderno.example · Via Tortona 31, 20144 Milano", "P.IVA 11223340966"),
  nl: org("Rekenrijk B.V.", "support@rekenrijk.example · Herengracht 420, 1017 BZ Amsterdam", "KvK 71220933"),
};
const FUEL: PerLang<Org> = {
  en: org("Moorside Service Station", "A59 Skipton Road, Harrogate HG1 4LG", "VAT No. GB 554 1190 27"),
  de: org("Tankstelle Brenner", "Autobahnzubringer 2 · 86165 Augsburg", "St.-Nr. 103/551/12288 · USt-IdNr. DE 299 104 117"),
  fr: org("Relais des Alpilles", "RN 7, 13210 Saint-Rémy-de-Provence", "SIRET 513 220 874 00016"),
  es: org("Estación de Servicio El Cruce", "Carretera N-340 km 12, 11380 Tarifa", "CIF B-11622390"),
  it: org("Stazione di Servizio Adda", "Via Provinciale 14, 23900 Lecco", "P.IVA 03112200137"),
  nl: org("Tankstation De Brink", "Brinkweg 1, 7711 EA Nieuwleusen", "KvK 05088712"),
};
const HEATING: PerLang<Org> = {
  en: org("Fenwick Heating Services", "Unit 4, Riverside Trading Estate, Norwich NR1 1SQ", "Gas Safe reg. 601447 · VAT GB 198 2231 06"),
  de: org("Heizungsbau Lorenz GmbH", "Industriestraße 17 · 48155 Münster", "Amtsgericht Münster HRB 9921 · USt-IdNr. DE 128 990 331"),
  fr: org("Chauffage Duval SARL", "14 rue de l'Industrie, 21000 Dijon", "SIRET 480 117 392 00021"),
  es: org("Calefacciones Norte S.L.", "Polígono Asipo, Calle B 12, 33428 Llanera", "CIF B-33190442"),
  it: org("Termoidraulica Zanetti", "Via Artigiani 8, 37135 Verona", "P.IVA 03990120231"),
  nl: org("Installatiebedrijf Hoekstra", "Industrieweg 30, 8601 AX Sneek", "KvK 01099234 · btw NL0019.92.340.B01"),
};
const EMPLOYER: PerLang<Org> = {
  en: org("Calder Logistics plc", "Human Resources, Calder House, Wakefield WF1 2SR", "Registered in England 02277314"),
  de: org("Nordstern Maschinenbau AG", "Personalabteilung · Hafenstraße 7 · 24103 Kiel", "Sitz Kiel, HRB 4471 KI"),
  fr: org("Transports Girondins SA", "Direction des ressources humaines, 40 quai de Bacalan, 33300 Bordeaux", "RCS Bordeaux 402 331 009"),
  es: org("Conservas del Cantábrico S.A.", "Departamento de Personal, Muelle 3, 48370 Bermeo", "CIF A-48011224"),
  it: org("Ceramiche Emiliane S.p.A.", "Ufficio Personale, Via Radici 90, 41049 Sassuolo", "P.IVA 00211330367"),
  nl: org("Delta Havendiensten B.V.", "Afdeling HR, Waalhaven Z.z. 44, 3089 JH Rotterdam", "KvK 24300118"),
};
const TAXBANK: PerLang<Org> = {
  en: org("Pennine Savings & Investments", "Customer Tax Team, PO Box 401, Halifax HX1 2RG", "Pennine Savings & Investments plc, FRN 204771"),
  de: org("Volksbank Weserbergland eG", "Sandstraße 8 · 31785 Hameln", "Genossenschaftsregister Hannover GnR 110212"),
  fr: org("Caisse d'Épargne des Vosges", "Service Fiscalité, 2 rue Gambetta, 88000 Épinal", "ORIAS 07 022 331 · RCS Épinal 383 211 009"),
  es: org("Caja Rural del Duero", "Departamento Fiscal, Plaza Mayor 4, 47001 Valladolid", "Registro Banco de España n.º 3085"),
  it: org("Banca di Credito Cooperativo dei Colli", "Ufficio Fiscale, Piazza Garibaldi 1, 35031 Abano Terme", "ABI 08728"),
  nl: org("Brabantse Spaarbank", "Afdeling Fiscale Zaken, Postbus 88, 5201 AB 's-Hertogenbosch", "KvK 17012233"),
};
const CLUB: PerLang<Org> = {
  en: org("Ouse Valley Rowing Club", "The Boathouse, Riverside Walk, York YO1 7DT", "Affiliated to British Rowing · Charity no. 1092233"),
  de: org("Turnverein Eichenau 1898 e.V.", "Sportplatzweg 2 · 82223 Eichenau", "Vereinsregister München VR 4021"),
  fr: org("Association Les Amis du Vieux Port", "Maison des associations, 12 rue Bréa, 13001 Marseille", "Association loi 1901 — RNA W133011227"),
  es: org("Club Deportivo Ribera", "Paseo del Río 3, 26001 Logroño", "Registro de Entidades Deportivas n.º 1123"),
  it: org("Circolo Canottieri Mincio", "Lungolago Gonzaga 5, 46100 Mantova", "C.F. 80011220204"),
  nl: org("Roeivereniging De Amstel", "Amsteldijk 23, 1074 HX Amsterdam", "KvK 40530911"),
};
const AIRLINE: PerLang<Org> = {
  en: org("Skylark Airways", "Skylark Airways Ltd, Gatwick Road, Crawley RH10 9RG", "Skylark Airways Ltd · CAA ATOL 11223"),
  de: org("Alpenflug", "Alpenflug Luftverkehrs GmbH · Flughafenstraße 1 · 70629 Stuttgart", "HRB 771022 Stuttgart"),
  fr: org("Air Atlantique", "Air Atlantique SA, Aéroport de Nantes-Atlantique, 44340 Bouguenais", "RCS Nantes 390 110 227"),
  es: org("Aerolíneas Meseta", "Aeropuerto Adolfo Suárez, Terminal 2, 28042 Madrid", "CIF A-28774410"),
  it: org("Volare Adriatico", "Aeroporto Marco Polo, Viale Galilei 30, 30173 Venezia", "P.IVA 04122330279"),
  nl: org("Noordzee Air", "Evert van de Beekstraat 1, 1118 CL Schiphol", "KvK 34412290"),
};
const SELLER: PerLang<string[]> = {
  en: ["Mr Graham Pike, 4 Heather Close, Leeds LS16 5PQ", "Ms Alison Grant, 71 Park Road, Sheffield S7 1HE"],
  de: ["Herr Uwe Kaminski, Birkenweg 9, 28357 Bremen", "Frau Petra Lange, Am Deich 14, 26122 Oldenburg"],
  fr: ["M. Hervé Castel, 3 impasse des Lilas, 44300 Nantes", "Mme Nadine Roux, 18 rue Crébillon, 44000 Nantes"],
  es: ["D. Andrés Peña Gil, Calle Vitoria 22, 09004 Burgos", "Dña. Rosa Ibáñez, Calle Santander 4, 09001 Burgos"],
  it: ["Sig. Renzo Bellini, Via Mazzini 40, 37122 Verona", "Sig.ra Anna Conti, Corso Porta Nuova 7, 37122 Verona"],
  nl: ["Dhr. H. Mulder, Assendorperstraat 61, 8012 DG Zwolle", "Mevr. T. Visser, Thorbeckegracht 9, 8011 VM Zwolle"],
};

/** The date as this half's documents print it (forms the earlier halves use rarely or not at all). */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const yy = String(x.y).slice(2);
  const forms: PerLang<string[]> = {
    en: [`${MONTHS.en[x.m - 1]!.slice(0, 3)} ${x.d} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${yy}`, `${x.d} ${A.toUpperCase()} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d} ${M} ${x.y}`],
    de: [`${x.d}.${x.m}.${x.y}`, `${pad(x.d)}. ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`],
    fr: [`${x.d} ${M.toUpperCase()} ${x.y}`, `${x.d}.${x.m}.${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${yy}`],
    es: [`${x.d}/${x.m}/${yy}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d} de ${M} de ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`],
    it: [`${x.d}/${x.m}/${x.y}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${pad(x.d)}.${pad(x.m)}.${yy}`, `${x.d} ${A} ${x.y}`],
    nl: [`${x.d}-${x.m}-${x.y}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${yy}`],
  };
  return r.pick(forms[lang]);
}
/** A written date with the month's name (letters, contracts). */
function wd(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  if (lang === "en") {
    const th = x.d % 10 === 1 && x.d !== 11 ? "st" : x.d % 10 === 2 && x.d !== 12 ? "nd" : x.d % 10 === 3 && x.d !== 13 ? "rd" : "th";
    return r.pick([`${M} ${x.d}${th}, ${x.y}`, `${x.d}${th} ${M} ${x.y}`, `${x.d} ${M} ${x.y}`]);
  }
  if (lang === "de") return `${x.d}. ${M} ${x.y}`;
  if (lang === "es") return `${x.d} de ${M} de ${x.y}`;
  if (lang === "fr") return `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`;
  return `${x.d} ${M} ${x.y}`;
}
/** Airline style: 03MAR25. */
const airline = (x: Day) => `${pad(x.d)}${MONTHS.en[x.m - 1]!.slice(0, 3).toUpperCase()}${String(x.y).slice(2)}`;

function money(v: number, lang: Lang, r: Rng): string {
  switch (lang) {
    case "en":
      return r.pick([`£${amount(v, "en")}`, `GBP ${amount(v, "plain-dot")}`]);
    case "de":
      return r.pick([`${amount(v, "de")} €`, `EUR ${amount(v, "de")}`]);
    case "fr":
      return r.pick([`${amount(v, "fr")} €`, `${amount(v, "plain-comma")} EUR`]);
    case "es":
      return r.pick([`${amount(v, "de")} €`, `${amount(v, "plain-comma")} EUR`]);
    case "it":
      return r.pick([`€ ${amount(v, "de")}`, `EUR ${amount(v, "plain-comma")}`]);
    case "nl":
      return r.pick([`€ ${amount(v, "de")}`, `EUR ${amount(v, "plain-comma")}`]);
  }
}
const recipient = (r: Rng, lang: Lang) => `${r.pick(PEOPLE[lang])}\n${r.pick(STREETS[lang])}`;
const cols = (left: string, right: string, width = 42) => `${left.padEnd(width)}${right}`;
const born = (r: Rng): Day => ({ y: r.int(1940, 2004), m: r.int(1, 12), d: r.int(1, 28) });
const scanned = scannedAt(0.3, 0.05);

// T1 — hospital discharge letter: the patient's birth date, admission and discharge, an operation on a day between,
// a follow-up appointment (weeks later: future or past), the letter's date alone at the right below the address
// block, or in a "Dictated … / typed …" line at the foot (dictated on the discharge day, typed days later: the
// letter's date is the typed one).
const dischargeLetter: Template = (r, lang) => {
  const s = HOSPITAL[lang];
  const x = randomDay(r);
  const out = addDays(x, -r.int(0, 6));
  const adm = addDays(out, -r.int(2, 12));
  const op = addDays(adm, 1);
  const follow = addDays(x, r.int(21, 60));
  const L = {
    en: ["Discharge summary", "Patient", "DOB", "Admitted", "Discharged", "Procedure", "laparoscopic cholecystectomy on", "Follow-up appointment in the surgical clinic on", "Dictated", "typed", "Dear Dr", "Yours sincerely", "Uncomplicated post-operative course."],
    de: ["Entlassungsbrief", "Patient", "geb.", "Aufnahme", "Entlassung", "Eingriff", "Koronarangiographie am", "Wiedervorstellung in unserer Ambulanz am", "Diktiert", "geschrieben", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege", "Mit freundlichen kollegialen Grüßen", "Postoperativer Verlauf komplikationslos."],
    fr: ["Compte rendu d'hospitalisation", "Patient", "né(e) le", "Entrée", "Sortie", "Intervention", "coronarographie réalisée le", "Consultation de contrôle prévue le", "Dicté le", "frappé le", "Cher confrère", "Bien confraternellement", "Suites simples."],
    es: ["Informe de alta", "Paciente", "Fecha de nacimiento", "Ingreso", "Alta", "Intervención", "osteosíntesis de tobillo el", "Revisión en consultas externas el", "Dictado", "transcrito", "Estimado/a compañero/a", "Atentamente", "Evolución postoperatoria sin incidencias."],
    it: ["Lettera di dimissione", "Paziente", "nato/a il", "Ricovero", "Dimissione", "Intervento", "artroprotesi d'anca eseguita il", "Controllo ambulatoriale fissato per il", "Dettato", "trascritto", "Gentile Collega", "Cordiali saluti", "Decorso post-operatorio regolare."],
    nl: ["Ontslagbrief", "Patiënt", "geb.", "Opname", "Ontslag", "Ingreep", "bronchoscopie op", "Controle op de polikliniek op", "Gedicteerd", "uitgewerkt", "Geachte collega", "Met collegiale groet", "Ongecompliceerd beloop."],
  }[lang];
  const name = r.pick(PEOPLE[lang]).replace(/^(Mr|Ms|Mrs|Dr|Herrn|Frau|M\.|Mme|D\.|Dña\.|Sig\.ra|Sig\.|Dott\.|Dhr\.|Mevr\.)\s+/, "");
  const atFoot = r.chance(0.4);
  const lines = [
    s.name,
    s.addr,
    "",
    `${r.pick(PEOPLE[lang])}`,
    r.pick(STREETS[lang]),
    "",
    ...(atFoot ? [] : [cols("", dt(x, lang, r), 50), ""]),
    `${L[0]!}: ${name}, ${L[2]!} ${dt(born(r), lang, r)}`,
    `${L[3]!}: ${dt(adm, lang, r)}   ${L[4]!}: ${dt(out, lang, r)}`,
    "",
    `${L[10]!},`,
    `${L[5]!}: ${L[6]!} ${dt(op, lang, r)}.${r.chance(0.5) ? ` ${L[12]!}` : ""}`,
    `${L[7]!} ${dt(follow, lang, r)}.`,
    "",
    L[11]!,
    r.pick(["Dr. S. Okafor", "Dr. med. K. Albers", "Dr J. Morel", "Dr. L. Prieto", "Dott. G. Sala", "Dr. E. Smit"]),
    ...(atFoot ? ["", `${L[8]!} ${dt(out, lang, r)} / ${L[9]!} ${dt(x, lang, r)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "discharge-letter", lang }, r, 0.35);
};

// T2 — receipt mailed by an app store or payment service: the payment's timestamp (ISO with a time, or a written
// date with a time), the subscription's period (the date paid to a year later), the next renewal, a card's expiry
// as month/year. Total: "Amount paid" / "Total charged".
const appReceipt: Template = (r, lang) => {
  const s = APPSTORE[lang];
  const x = randomDay(r);
  const price = r.pick([4.99, 9.99, 29.99, 59.0, 119.0]);
  const vat = cents(price - price / 1.2);
  const end = addDays(x, r.chance(0.5) ? 30 : 365);
  const hh = r.int(0, 23), mi = r.int(0, 59), ss = r.int(0, 59);
  const L = {
    en: ["Your receipt from", "Receipt #", "Date paid", "Payment method", "Description", "Subscription period", "Renews on", "Amount paid", "of which VAT", "Questions? Reply to this e-mail."],
    de: ["Ihre Quittung von", "Beleg-Nr.", "Bezahlt am", "Zahlungsmethode", "Beschreibung", "Abozeitraum", "Verlängert sich am", "Gezahlter Betrag", "darin enthaltene MwSt.", "Fragen? Antworten Sie einfach auf diese E-Mail."],
    fr: ["Votre reçu de", "Reçu n°", "Payé le", "Moyen de paiement", "Description", "Période d'abonnement", "Renouvellement le", "Montant payé", "dont TVA", "Une question ? Répondez à ce courriel."],
    es: ["Su recibo de", "Recibo n.º", "Fecha de pago", "Método de pago", "Descripción", "Periodo de suscripción", "Se renueva el", "Importe pagado", "IVA incluido", "¿Dudas? Responda a este correo."],
    it: ["La tua ricevuta da", "Ricevuta n.", "Pagato il", "Metodo di pagamento", "Descrizione", "Periodo di abbonamento", "Rinnovo il", "Importo pagato", "di cui IVA", "Domande? Rispondi a questa e-mail."],
    nl: ["Je ontvangstbewijs van", "Bon nr.", "Betaald op", "Betaalmethode", "Omschrijving", "Abonnementsperiode", "Wordt verlengd op", "Betaald bedrag", "waarvan btw", "Vragen? Beantwoord deze e-mail."],
  }[lang];
  const when = r.chance(0.5) ? `${isoDay(x)}T${pad(hh)}:${pad(mi)}:${pad(ss)}Z` : `${dt(x, lang, r)}, ${pad(hh)}:${pad(mi)}`;
  const exp = `${pad(r.int(1, 12))}/${r.int(27, 30)}`;
  const lines = [
    `${L[0]!} ${s.name}`,
    "",
    `${L[1]!}${r.int(1000, 9999)}-${r.int(1000, 9999)}`,
    `${L[2]!}: ${when}`,
    `${L[3]!}: ${r.pick(["Visa", "Mastercard"])} •••• ${r.int(1000, 9999)} (exp. ${exp})`,
    "",
    `${L[4]!}: ${s.name.split(" ")[0]} Pro`,
    `${L[5]!}: ${dt(x, lang, r)} – ${dt(end, lang, r)}`,
    `${L[6]!} ${dt(end, lang, r)}`,
    "",
    cols(L[7]!, money(price, lang, r)),
    cols(L[8]!, money(vat, lang, r)),
    "",
    L[9]!,
    s.addr,
    s.foot,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: price, currency: CUR(lang) }) }, kind: "app-receipt", lang };
};

// T3 — private car sale contract: seller's and buyer's birth dates, the car's first registration, the last and the
// next roadworthiness test (month and year, or a full date ahead), the handover (the same day or a few days later),
// signed at the end in a sentence with the place ("Signed this 3rd day of March, 2025 at Leeds"). No sender
// organisation: the correspondent is the seller, as the owner would file it. No total label.
const carSale: Template = (r, lang) => {
  const x = randomDay(r);
  const firstReg: Day = { y: r.int(2006, 2021), m: r.int(1, 12), d: r.int(1, 28) };
  const lastTest = addDays(x, -r.int(30, 300));
  const handover = addDays(x, r.pick([0, 0, 2, 5]));
  const seller = r.pick(SELLER[lang]);
  const sellerName = seller.split(",")[0]!;
  const price = r.int(15, 180) * 100;
  const place = { en: "Leeds", de: "Bremen", fr: "Nantes", es: "Burgos", it: "Verona", nl: "Zwolle" }[lang];
  const L = {
    en: ["AGREEMENT FOR THE PRIVATE SALE OF A USED VEHICLE", "Seller", "Buyer", "born", "Vehicle", "first registered", "last MOT", "Mileage", "Price", "The vehicle will be handed over on", "Signed this", "at", "Seller's signature", "Buyer's signature"],
    de: ["KAUFVERTRAG ÜBER EIN GEBRAUCHTES KRAFTFAHRZEUG (privat)", "Verkäufer", "Käufer", "geb. am", "Fahrzeug", "Erstzulassung", "letzte HU", "Kilometerstand", "Kaufpreis", "Die Übergabe erfolgt am", "Geschlossen zu", "am", "Unterschrift Verkäufer", "Unterschrift Käufer"],
    fr: ["CONTRAT DE VENTE D'UN VÉHICULE D'OCCASION ENTRE PARTICULIERS", "Vendeur", "Acheteur", "né(e) le", "Véhicule", "1re mise en circulation", "dernier contrôle technique", "Kilométrage", "Prix", "Le véhicule sera remis à l'acheteur le", "Fait en deux exemplaires à", "le", "Signature du vendeur", "Signature de l'acheteur"],
    es: ["CONTRATO DE COMPRAVENTA DE VEHÍCULO USADO ENTRE PARTICULARES", "Vendedor", "Comprador", "nacido/a el", "Vehículo", "primera matriculación", "última ITV", "Kilometraje", "Precio", "El vehículo se entregará el", "En", "a", "Firma del vendedor", "Firma del comprador"],
    it: ["CONTRATTO DI COMPRAVENDITA DI VEICOLO USATO TRA PRIVATI", "Venditore", "Acquirente", "nato/a il", "Veicolo", "prima immatricolazione", "ultima revisione", "Chilometraggio", "Prezzo", "Il veicolo sarà consegnato il", "Letto, confermato e sottoscritto.", "lì", "Firma del venditore", "Firma dell'acquirente"],
    nl: ["KOOPOVEREENKOMST GEBRUIKTE AUTO (particulier)", "Verkoper", "Koper", "geboren", "Voertuig", "datum eerste toelating", "laatste APK", "Kilometerstand", "Koopprijs", "De auto wordt overgedragen op", "Aldus overeengekomen en getekend te", "op", "Handtekening verkoper", "Handtekening koper"],
  }[lang];
  const signed = {
    en: () => r.chance(0.5) ? `${L[10]!} ${wd(x, "en", r).replace(/^(\w+) (\d+\w\w), (\d{4})$/, "$2 day of $1, $3")} ${L[11]!} ${place}` : `${L[10]!} ${x.d}${x.d % 10 === 1 && x.d !== 11 ? "st" : x.d % 10 === 2 && x.d !== 12 ? "nd" : x.d % 10 === 3 && x.d !== 13 ? "rd" : "th"} day of ${MONTHS.en[x.m - 1]}, ${x.y} ${L[11]!} ${place}`,
    de: () => `${L[10]!} ${place} ${L[11]!} ${wd(x, "de", r)}`,
    fr: () => `${L[10]!} ${place}, ${L[11]!} ${wd(x, "fr", r)}`,
    es: () => `${L[10]!} ${place}, ${L[11]!} ${wd(x, "es", r)}`,
    it: () => `${L[10]!} ${place}, ${L[11]!} ${wd(x, "it", r)}`,
    nl: () => `${L[10]!} ${place} ${L[11]!} ${wd(x, "nl", r)}`,
  }[lang]();
  const buyer = r.pick(PEOPLE[lang]);
  const lines = [
    L[0]!,
    "",
    `${L[1]!}: ${seller}, ${L[3]!} ${dt(born(r), lang, r)}`,
    `${L[2]!}: ${buyer}, ${r.pick(STREETS[lang]).replace("\n", ", ")}, ${L[3]!} ${dt(born(r), lang, r)}`,
    "",
    `${L[4]!}: ${r.pick(["VW Golf 1.4 TSI", "Renault Clio IV", "Fiat Panda", "SEAT Ibiza", "Toyota Yaris", "Ford Focus"])}, VIN ${r.pick(["WVW", "VF1", "ZFA", "VSS", "JTD", "WF0"])}ZZZ${r.int(10000000, 99999999)}`,
    `${L[5]!}: ${dt(firstReg, lang, r)} · ${L[6]!}: ${pad(lastTest.m)}/${lastTest.y} · ${L[7]!}: ${amount(r.int(20000, 190000), "plain-dot").replace(".00", "")} km`,
    `${L[8]!}: ${money(price, lang, r)}`,
    `${L[9]!} ${dt(handover, lang, r)}.`,
    "",
    signed,
    "",
    cols(L[12]!, L[13]!),
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: sellerName, kind: "car-sale", lang }, r, 0.3);
};

// T4 — airline e-ticket receipt: the date of issue in airline form (03MAR25) or the half's own, flights weeks later
// (a return even later: some still in the future today, some past), a passenger's date of birth on some; "Total".
const eTicket: Template = (r, lang) => {
  const s = AIRLINE[lang];
  const x = randomDay(r);
  const outb = addDays(x, r.int(5, 90));
  const back = addDays(outb, r.int(3, 21));
  const fare = r.int(6000, 60000) / 100;
  const taxes = r.int(2000, 9000) / 100;
  const total = cents(fare + taxes);
  const L = {
    en: ["ELECTRONIC TICKET RECEIPT", "Date of issue", "Ticket number", "Passenger", "Date of birth", "Flight", "Date", "From", "To", "Fare", "Taxes, fees and charges", "Total", "Issued by"],
    de: ["ELEKTRONISCHER FLUGSCHEIN – BELEG", "Ausstellungsdatum", "Ticketnummer", "Fluggast", "Geburtsdatum", "Flug", "Datum", "Von", "Nach", "Flugpreis", "Steuern und Gebühren", "Gesamt", "Ausgestellt von"],
    fr: ["REÇU DE BILLET ÉLECTRONIQUE", "Date d'émission", "Numéro de billet", "Passager", "Date de naissance", "Vol", "Date", "De", "À", "Tarif", "Taxes et redevances", "Total", "Émis par"],
    es: ["RECIBO DE BILLETE ELECTRÓNICO", "Fecha de emisión", "Número de billete", "Pasajero", "Fecha de nacimiento", "Vuelo", "Fecha", "Origen", "Destino", "Tarifa", "Tasas y cargos", "Total", "Emitido por"],
    it: ["RICEVUTA DEL BIGLIETTO ELETTRONICO", "Data di emissione", "Numero biglietto", "Passeggero", "Data di nascita", "Volo", "Data", "Da", "A", "Tariffa", "Tasse e supplementi", "Totale", "Emesso da"],
    nl: ["ONTVANGSTBEWIJS E-TICKET", "Datum van uitgifte", "Ticketnummer", "Passagier", "Geboortedatum", "Vlucht", "Datum", "Van", "Naar", "Tarief", "Belastingen en toeslagen", "Totaal", "Uitgegeven door"],
  }[lang];
  const form = r.chance(0.6) ? airline : (d: Day) => dt(d, lang, r);
  const code = { en: "SK", de: "AF", fr: "AT", es: "MZ", it: "VA", nl: "NZ" }[lang];
  const cities = r.pick([["LGW", "BCN"], ["STR", "PMI"], ["NTE", "LIS"], ["MAD", "FCO"], ["VCE", "AMS"], ["AMS", "EDI"]]);
  const withDob = r.chance(0.5);
  const issueFirst = r.chance(0.5);
  const issue = `${L[1]!}: ${form(x)}`;
  const lines = [
    s.name,
    L[0]!,
    "",
    ...(issueFirst ? [issue] : []),
    `${L[2]!}: ${r.int(100, 999)}-${r.int(1000000000, 9999999999)}`,
    `${L[3]!}: ${r.pick(PEOPLE[lang]).toUpperCase()}${withDob ? `   ${L[4]!}: ${dt(born(r), lang, r)}` : ""}`,
    "",
    `${L[5]!.padEnd(10)}${L[6]!.padEnd(22)}${L[7]!.padEnd(8)}${L[8]!}`,
    `${(code + r.int(100, 999)).padEnd(10)}${form(outb).padEnd(22)}${cities[0]!.padEnd(8)}${cities[1]!}`,
    `${(code + r.int(100, 999)).padEnd(10)}${form(back).padEnd(22)}${cities[1]!.padEnd(8)}${cities[0]!}`,
    "",
    cols(L[9]!, money(fare, lang, r)),
    cols(L[10]!, money(taxes, lang, r)),
    cols(L[11]!, money(total, lang, r)),
    "",
    ...(issueFirst ? [] : [issue]),
    `${L[12]!}: ${s.name}`,
    s.addr,
    s.foot,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "e-ticket", lang };
};

// T5 — boiler / heating service report and invoice: the appliance's installation date, the previous service, the day
// of this visit (the document's date) in a "Date of visit" line or a table, the next service due (a year later:
// future or past), gas readings; an invoice total at the end.
const serviceReport: Template = (r, lang) => {
  const s = HEATING[lang];
  const x = randomDay(r);
  const prev = addDays(x, -r.int(330, 400));
  const next = addDays(x, 365);
  const installed: Day = { y: r.int(2005, 2020), m: r.int(1, 12), d: r.int(1, 28) };
  const labour = r.int(6000, 14000) / 100;
  const parts = r.chance(0.5) ? r.int(800, 6000) / 100 : 0;
  const total = cents((labour + parts) * (lang === "en" ? 1.2 : 1.19));
  const L = {
    en: ["ANNUAL BOILER SERVICE RECORD & INVOICE", "Job no.", "Date of visit", "Appliance", "installed", "Previous service", "Next service due", "CO reading", "Labour", "Parts", "Total incl. VAT", "Engineer"],
    de: ["WARTUNGSPROTOKOLL UND RECHNUNG – GASHEIZUNG", "Auftrag", "Wartung durchgeführt am", "Gerät", "eingebaut", "Letzte Wartung", "Nächste Wartung fällig", "CO-Messwert", "Arbeitszeit", "Material", "Gesamt inkl. MwSt.", "Monteur"],
    fr: ["RAPPORT D'ENTRETIEN ANNUEL DE CHAUDIÈRE ET FACTURE", "Intervention n°", "Date de passage", "Appareil", "installé le", "Entretien précédent", "Prochain entretien avant le", "Taux de CO", "Main-d'œuvre", "Pièces", "Total TTC", "Technicien"],
    es: ["PARTE DE REVISIÓN ANUAL DE CALDERA Y FACTURA", "Orden n.º", "Fecha de la visita", "Aparato", "instalado el", "Revisión anterior", "Próxima revisión", "Medición de CO", "Mano de obra", "Piezas", "Total IVA incluido", "Técnico"],
    it: ["RAPPORTO DI CONTROLLO CALDAIA E FATTURA", "Intervento n.", "Data intervento", "Apparecchio", "installato il", "Controllo precedente", "Prossimo controllo entro il", "Valore CO", "Manodopera", "Ricambi", "Totale IVA inclusa", "Tecnico"],
    nl: ["ONDERHOUDSRAPPORT CV-KETEL EN FACTUUR", "Opdrachtnr.", "Datum bezoek", "Toestel", "geïnstalleerd", "Vorige onderhoudsbeurt", "Volgende onderhoudsbeurt", "CO-meting", "Arbeidsloon", "Onderdelen", "Totaal incl. btw", "Monteur"],
  }[lang];
  const table = r.chance(0.4);
  const lines = [
    s.name,
    s.addr,
    "",
    L[0]!,
    "",
    recipient(r, lang).replace("\n", ", "),
    "",
    ...(table
      ? [`${L[1]!.padEnd(16)}${L[5]!.padEnd(26)}${L[2]!}`, `${String(r.int(20000, 89999)).padEnd(16)}${dt(prev, lang, r).padEnd(26)}${dt(x, lang, r)}`]
      : [`${L[5]!}: ${dt(prev, lang, r)}`, `${L[1]!} ${r.int(20000, 89999)} · ${L[2]!}: ${dt(x, lang, r)}`]),
    `${L[3]!}: ${r.pick(["Worcester Greenstar 30i", "Vaillant ecoTEC plus", "Viessmann Vitodens 100", "Saunier Duval ThemaPlus"])}, ${L[4]!} ${dt(installed, lang, r)}`,
    `${L[7]!}: ${r.int(2, 40)} ppm`,
    `${L[6]!}: ${dt(next, lang, r)}`,
    "",
    cols(L[8]!, money(labour, lang, r)),
    ...(parts ? [cols(L[9]!, money(parts, lang, r))] : []),
    cols(L[10]!, money(total, lang, r)),
    "",
    `${L[11]!}: ${r.pick(["D. Hughes", "M. Lorenz", "P. Garnier", "J. Ortega", "S. Zanetti", "R. de Boer"])}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "service-report", lang }, r, 0.3);
};

// T6 — pay-rise letter from an employer: the letter's date in one header line with the reference and the page
// ("HR/2025/114 · 3 March 2025 · Page 1 of 1") or after "Date:" under the reference, the employee's start date
// years back, the review meeting (days before), the new salary with effect from the first of a later month.
const payRise: Template = (r, lang) => {
  const s = EMPLOYER[lang];
  const x = randomDay(r);
  const start: Day = { y: r.int(2008, 2021), m: r.int(1, 12), d: 1 };
  const review = addDays(x, -r.int(5, 25));
  const eff0 = addDays(x, r.int(20, 50));
  const eff: Day = { y: eff0.y, m: eff0.m, d: 1 };
  const old = r.int(2400, 5200) * 12;
  const neu = Math.round(old * (1 + r.int(2, 8) / 100));
  const L = {
    en: ["Our ref.", "Page 1 of 1", "Your salary", "Following your review meeting on", "we are pleased to confirm that your annual salary will rise from", "to", "with effect from", "This recognises your contribution since you joined us on", "Kind regards", "HR Business Partner"],
    de: ["Unser Zeichen", "Seite 1 von 1", "Ihre Vergütung", "Im Anschluss an Ihr Mitarbeitergespräch vom", "freuen wir uns, Ihnen mitzuteilen, dass Ihr Jahresgehalt von", "auf", "mit Wirkung zum", "Damit würdigen wir Ihren Einsatz seit Ihrem Eintritt am", "Mit freundlichen Grüßen", "Personalreferentin"],
    fr: ["Nos réf.", "Page 1/1", "Votre rémunération", "Suite à votre entretien annuel du", "nous avons le plaisir de vous informer que votre salaire annuel passe de", "à", "à compter du", "Nous saluons ainsi votre engagement depuis votre arrivée le", "Cordialement", "Responsable RH"],
    es: ["N/Ref.", "Página 1 de 1", "Su retribución", "Tras la entrevista de evaluación del", "nos complace comunicarle que su salario anual pasa de", "a", "con efectos desde el", "Reconocemos así su trabajo desde su incorporación el", "Un cordial saludo", "Responsable de Personas"],
    it: ["Ns. rif.", "Pag. 1 di 1", "La sua retribuzione", "A seguito del colloquio di valutazione del", "siamo lieti di comunicarle che la sua retribuzione annua passa da", "a", "con decorrenza dal", "Riconosciamo così il suo impegno dalla sua assunzione il", "Cordiali saluti", "Responsabile del Personale"],
    nl: ["Ons kenmerk", "Pagina 1 van 1", "Uw salaris", "Naar aanleiding van uw beoordelingsgesprek van", "laten wij u graag weten dat uw jaarsalaris stijgt van", "naar", "met ingang van", "Hiermee waarderen wij uw inzet sinds uw indiensttreding op", "Met vriendelijke groet", "HR-adviseur"],
  }[lang];
  const ref = `HR/${x.y}/${r.int(100, 999)}`;
  const header = r.chance(0.5) ? [`${L[0]!} ${ref} · ${dt(x, lang, r)} · ${L[1]!}`] : [`${L[0]!}: ${ref}`, `${lang === "en" ? "Date" : lang === "de" ? "Datum" : lang === "fr" ? "Date" : lang === "es" ? "Fecha" : lang === "it" ? "Data" : "Datum"}: ${dt(x, lang, r)}`];
  const cur = lang === "en" ? "£" : "€ ";
  const lines = [
    s.name,
    s.addr,
    "",
    r.pick(PEOPLE[lang]),
    r.pick(STREETS[lang]),
    "",
    ...header,
    "",
    L[2]!,
    "",
    `${L[3]!} ${dt(review, lang, r)}, ${L[4]!} ${cur}${amount(old, lang === "en" ? "en" : "de").replace(/[.,]00$/, "")} ${L[5]!} ${cur}${amount(neu, lang === "en" ? "en" : "de").replace(/[.,]00$/, "")} ${L[6]!} ${wd(eff, lang, r)}.`,
    `${L[7]!} ${dt(start, lang, r)}.`,
    "",
    L[8]!,
    r.pick(["Karen Holt", "Birgit Sommer", "Élise Fabre", "Marta Ruiz", "Chiara Galli", "Ingrid Bos"]),
    L[9]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "pay-rise", lang }, r, 0.25);
};

// T7 — a bank's annual tax certificate for interest: the tax year and its period (1 January – 31 December), the
// account's opening date, a withholding line; created at the foot ("Created on", "Erstellt am", "Édité le", …) in
// the first months of the next year. No total.
const taxCertificate: Template = (r, lang) => {
  const s = TAXBANK[lang];
  const year = r.int(2022, 2025);
  const x: Day = { y: year + 1, m: r.int(1, 3), d: r.int(2, 28) };
  const opened: Day = { y: r.int(2001, year - 1), m: r.int(1, 12), d: r.int(1, 28) };
  const interest = r.int(1000, 180000) / 100;
  const L = {
    en: ["ANNUAL STATEMENT OF INTEREST FOR TAX PURPOSES", "Tax year", "Period", "Account", "opened", "Gross interest paid", "Tax deducted", "This statement was produced automatically and needs no signature.", "Created on"],
    de: ["JAHRESSTEUERBESCHEINIGUNG", "für das Kalenderjahr", "Zeitraum", "Konto", "eröffnet am", "Kapitalerträge", "einbehaltene Kapitalertragsteuer", "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.", "Erstellt am"],
    fr: ["IMPRIMÉ FISCAL UNIQUE — REVENUS DE CAPITAUX MOBILIERS", "Année", "Période", "Compte", "ouvert le", "Intérêts bruts versés", "Prélèvements", "Document établi automatiquement, sans signature.", "Édité le"],
    es: ["CERTIFICADO DE RETENCIONES E INGRESOS A CUENTA", "Ejercicio", "Periodo", "Cuenta", "abierta el", "Intereses brutos", "Retención practicada", "Documento generado automáticamente; no requiere firma.", "Generado el"],
    it: ["CERTIFICAZIONE DEGLI INTERESSI MATURATI", "Anno d'imposta", "Periodo", "Conto", "aperto il", "Interessi lordi", "Ritenuta applicata", "Documento generato automaticamente, non richiede firma.", "Elaborato il"],
    nl: ["JAAROPGAAF RENTE", "Belastingjaar", "Periode", "Rekening", "geopend op", "Bruto rente", "Ingehouden belasting", "Dit overzicht is automatisch aangemaakt en hoeft niet te worden ondertekend.", "Aangemaakt op"],
  }[lang];
  const to = { en: "to", de: "bis", fr: "au", es: "al", it: "al", nl: "t/m" }[lang];
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    L[0]!,
    `${L[1]!} ${year}`,
    `${L[2]!}: ${dt({ y: year, m: 1, d: 1 }, lang, r)} ${to} ${dt({ y: year, m: 12, d: 31 }, lang, r)}`,
    `${L[3]!} ${r.pick(["GB29 NWBK 6016 1331 9268 19", "DE89 3704 0044 0532 0130 00", "FR76 3000 6000 0112 3456 7890 189", "ES91 2100 0418 4502 0005 1332", "IT60 X054 2811 1010 0000 0123 456", "NL91 ABNA 0417 1643 00"])}, ${L[4]!} ${dt(opened, lang, r)}`,
    "",
    cols(L[5]!, money(interest, lang, r)),
    cols(L[6]!, money(cents(interest * 0.25), lang, r)),
    "",
    L[7]!,
    `${L[8]!} ${dt(x, lang, r)}`,
    s.foot,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "tax-certificate", lang };
};

// T8 — fuel station receipt with the card terminal's slip below: the date and time in the header ("03.03.2025
// 14:32") or only in the slip ("DATE 03/03/25 TIME 14:32"), the card's expiry (month/year), a loyalty line with
// points valid until a date ahead. Total "TOTAL" / "SUMME" / … with the fuel and a shop item.
const fuelReceipt: Template = (r, lang) => {
  const s = FUEL[lang];
  const x = randomDay(r);
  const litres = r.int(1500, 6500) / 100;
  const ppl = r.int(155, 199) / 100;
  const fuel = cents(litres * ppl);
  const shop = r.chance(0.5) ? r.int(150, 900) / 100 : 0;
  const total = cents(fuel + shop);
  const hh = r.int(6, 22), mi = r.int(0, 59);
  const L = {
    en: ["Pump", "Unleaded", "Coffee", "TOTAL", "CARD PAYMENT", "DATE", "TIME", "AUTH CODE", "Points valid until", "Thank you for your visit"],
    de: ["Säule", "Super E10", "Kaffee", "SUMME", "KARTENZAHLUNG", "DATUM", "UHRZEIT", "Genehmigungs-Nr.", "Punkte gültig bis", "Gute Fahrt!"],
    fr: ["Pompe", "SP95-E10", "Café", "TOTAL", "PAIEMENT CARTE", "DATE", "HEURE", "N° AUTO", "Points valables jusqu'au", "Merci de votre visite"],
    es: ["Surtidor", "Gasolina 95", "Café", "TOTAL", "PAGO CON TARJETA", "FECHA", "HORA", "AUTORIZACIÓN", "Puntos válidos hasta el", "Gracias por su visita"],
    it: ["Erogatore", "Benzina", "Caffè", "TOTALE", "PAGAMENTO CARTA", "DATA", "ORA", "COD. AUT.", "Punti validi fino al", "Grazie e arrivederci"],
    nl: ["Pomp", "Euro 95", "Koffie", "TOTAAL", "PINBETALING", "DATUM", "TIJD", "AUT. CODE", "Punten geldig tot", "Bedankt en goede reis"],
  }[lang];
  const num = (d: Day) => (lang === "en" ? `${pad(d.d)}/${pad(d.m)}/${String(d.y).slice(2)}` : r.pick([`${pad(d.d)}.${pad(d.m)}.${String(d.y).slice(2)}`, `${pad(d.d)}/${pad(d.m)}/${d.y}`, `${pad(d.d)}-${pad(d.m)}-${d.y}`]));
  const inHeader = r.chance(0.5);
  const loyalty = addDays(x, r.int(300, 700));
  const lines = [
    s.name.toUpperCase(),
    s.addr,
    s.foot,
    ...(inHeader ? [`${num(x)} ${pad(hh)}:${pad(mi)}    Bon ${r.int(1000, 9999)}`] : [`Bon ${r.int(1000, 9999)}`]),
    "",
    `${L[0]!} ${r.int(1, 12)} ${L[1]!}`,
    cols(`${amount(litres, lang === "en" ? "plain-dot" : "plain-comma")} l x ${amount(ppl, lang === "en" ? "plain-dot" : "plain-comma")}`, amount(fuel, lang === "en" ? "plain-dot" : "plain-comma"), 30),
    ...(shop ? [cols(L[2]!, amount(shop, lang === "en" ? "plain-dot" : "plain-comma"), 30)] : []),
    cols(L[3]!, `${money(total, lang, r)}`, 30),
    "",
    `*** ${L[4]!} ***`,
    `${r.pick(["VISA", "MASTERCARD", "GIROCARD", "CB", "MAESTRO"])} ************${r.int(1000, 9999)}  ${pad(r.int(1, 12))}/${r.int(27, 31)}`,
    `${L[5]!} ${num(x)}  ${L[6]!} ${pad(hh)}:${pad(mi + (mi < 59 ? 1 : 0))}`,
    `${L[7]!} ${r.int(100000, 999999)}`,
    "",
    `${L[8]!} ${num(loyalty)}`,
    L[9]!,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "fuel-receipt", lang }, r, 0.35);
};

// T9 — association letter: the invitation to the general meeting (weeks after the letter: some still ahead, some
// past), last year's meeting, the membership fee due by a date; the letter's date stands under the signature (or,
// on some, nowhere but there).
const clubLetter: Template = (r, lang) => {
  const s = CLUB[lang];
  const x = randomDay(r);
  const meeting = addDays(x, r.int(14, 45));
  const lastYear = addDays(meeting, -r.int(360, 370));
  const feeDue = addDays(x, r.int(20, 60));
  const L = {
    en: ["Dear member,", "You are invited to the Annual General Meeting on", "at 7.30 pm in the boathouse. The minutes of last year's meeting of", "are enclosed.", "Subscriptions for the new season are payable by", "With best wishes,", "Hon. Secretary"],
    de: ["Liebe Mitglieder,", "hiermit laden wir Sie herzlich zur ordentlichen Mitgliederversammlung am", "um 19:30 Uhr im Vereinsheim ein. Das Protokoll der Versammlung vom", "liegt bei.", "Der Jahresbeitrag ist bis zum", "Mit sportlichen Grüßen", "Schriftführerin"],
    fr: ["Chère adhérente, cher adhérent,", "Vous êtes convoqué(e) à l'assemblée générale ordinaire du", "à 19 h 30 à la Maison des associations. Le procès-verbal de l'assemblée du", "est joint.", "La cotisation annuelle est à régler avant le", "Avec nos amitiés associatives,", "La secrétaire"],
    es: ["Estimado/a socio/a:", "Le convocamos a la Asamblea General Ordinaria del", "a las 19:30 en la sede del club. Adjuntamos el acta de la asamblea del", ".", "La cuota anual debe abonarse antes del", "Un saludo deportivo,", "La Secretaria"],
    it: ["Gentile socio,", "è convocata l'assemblea ordinaria dei soci per il giorno", "alle ore 19:30 presso la sede. Si allega il verbale dell'assemblea del", ".", "La quota sociale va versata entro il", "Cordiali saluti,", "Il Segretario"],
    nl: ["Beste leden,", "Hierbij nodigen wij u uit voor de algemene ledenvergadering op", "om 19.30 uur in het clubhuis. De notulen van de vergadering van", "zijn bijgevoegd.", "De contributie voor het nieuwe seizoen dient te worden betaald vóór", "Met sportieve groet,", "Secretaris"],
  }[lang];
  const verb = { en: ".", de: " zu überweisen.", fr: ".", es: ".", it: ".", nl: "." }[lang];
  const sign = r.pick(["A. Whitfield", "Monika Staudt", "Josiane Arnaud", "Pilar Moreno", "Giorgio Fontana", "Anke Meijer"]);
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    L[0]!,
    "",
    `${L[1]!} ${wd(meeting, lang, r)} ${L[2]!} ${dt(lastYear, lang, r)} ${L[3]!}`,
    `${L[4]!} ${dt(feeDue, lang, r)}${verb}`,
    "",
    L[5]!,
    sign,
    L[6]!,
    r.chance(0.5) ? dt(x, lang, r) : `${s.addr.split(/, |· /).pop()!.replace(/^\d{4,5}( [A-Z]{2})? /, "").replace(/ [A-Z0-9]{2,4} [0-9A-Z]{3}$/, "")}, ${dt(x, lang, r)}`,
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "club-letter", lang }, r, 0.25);
};

// T10 — scans and notes: dated only by the file name, in shapes the other halves do not use (day first in
// "Scan_03032025_143210.pdf", "CamScanner 03-03-2025 14.32.pdf", "Screenshot_2025-03-03-14-32-10.png",
// "2025_03_03 Beleg.pdf"), or not at all (a recipe, a shopping list, a business card: label null; numbers that are
// no dates: phone numbers, times, versions, quantities).
const scansAndNotes: Template = (r, lang) => {
  const x = randomDay(r);
  const notes: PerLang<string[]> = {
    en: ["Shopping list\n2 x milk 1 l\neggs (12)\nbin bags 30 l\nbatteries AA 4 pack\ncall plumber 07700 900123", "Lemon drizzle cake\n225 g butter, 225 g sugar, 4 eggs\nbake 45-50 min at 180 °C\nserves 8-10", "Meeting notes\nTuesday 10:30, room 2.14\n1. budget v3.2 agreed\n2. Sam to send figures by Friday\n3. next steps: 4-6 weeks"],
    de: ["Einkaufszettel\n2 x Milch 1,5 %\nEier 10 Stück\nMüllbeutel 35 l\nBatterien AA 4er\nKlempner anrufen 0151 2345 6789", "Zwetschgenkuchen\n500 g Mehl, 250 ml Milch, 1 Würfel Hefe\n35-40 Min. bei 180 °C backen\nfür 12 Stücke", "Notizen Besprechung\nDienstag 10:30 Uhr, Raum 2.14\n1. Budget Version 3.2 beschlossen\n2. Zahlen bis Freitag\n3. nächste Schritte: 4-6 Wochen"],
    fr: ["Liste de courses\n2 x lait 1 l\noeufs x 12\nsacs poubelle 30 l\npiles AA x 4\nappeler plombier 06 12 34 56 78", "Gâteau au yaourt\n1 pot de yaourt, 3 pots de farine, 3 oeufs\ncuire 35-40 min à 180 °C\npour 6-8 personnes", "Notes de réunion\nmardi 10 h 30, salle 2.14\n1. budget v3.2 validé\n2. chiffres d'ici vendredi\n3. suite : 4 à 6 semaines"],
    es: ["Lista de la compra\n2 x leche 1 l\nhuevos (12)\nbolsas de basura 30 l\npilas AA x 4\nllamar al fontanero 612 345 678", "Bizcocho de yogur\n1 yogur, 3 medidas de harina, 3 huevos\nhornear 35-40 min a 180 °C\npara 6-8 personas", "Notas de la reunión\nmartes 10:30, sala 2.14\n1. presupuesto v3.2 aprobado\n2. cifras antes del viernes\n3. próximos pasos: 4-6 semanas"],
    it: ["Lista della spesa\n2 x latte 1 l\nuova x 12\nsacchi spazzatura 30 l\npile AA x 4\nchiamare idraulico 333 123 4567", "Torta allo yogurt\n1 vasetto di yogurt, 3 di farina, 3 uova\ncuocere 35-40 min a 180 °C\nper 6-8 persone", "Appunti riunione\nmartedì ore 10:30, sala 2.14\n1. budget v3.2 approvato\n2. dati entro venerdì\n3. prossimi passi: 4-6 settimane"],
    nl: ["Boodschappenlijst\n2 x melk 1 l\neieren (10)\nvuilniszakken 30 l\nbatterijen AA 4 stuks\nloodgieter bellen 06 1234 5678", "Appeltaart\n250 g bloem, 150 g boter, 1 ei\n60-70 min bakken op 175 °C\nvoor 8-10 stukken", "Aantekeningen overleg\ndinsdag 10.30 uur, zaal 2.14\n1. begroting v3.2 akkoord\n2. cijfers voor vrijdag\n3. vervolg: 4-6 weken"],
  };
  const text = r.pick(notes[lang]);
  const kind = r.int(0, 5);
  if (kind >= 4) return { text, filename: r.pick(["note.jpg", "IMG_4471.HEIC", "scan.pdf", "Dokument.pdf", "photo (3).jpg"]), documentDate: null, correspondent: null, kind: "undated-note", lang };
  const hh = pad(r.int(7, 21)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
  const word = { en: "receipt", de: "Beleg", fr: "recu", es: "ticket", it: "scontrino", nl: "bon" }[lang];
  const filename = [
    `Scan_${pad(x.d)}${pad(x.m)}${x.y}_${hh}${mi}${ss}.pdf`,
    `CamScanner ${pad(x.d)}-${pad(x.m)}-${x.y} ${hh}.${mi}.pdf`,
    `Screenshot_${isoDay(x)}-${hh}-${mi}-${ss}.png`,
    `${x.y}_${pad(x.m)}_${pad(x.d)} ${word}.pdf`,
  ][kind]!;
  return { text, filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["dmy-scan", "camscanner", "screenshot", "underscored"][kind]}`, lang };
};

export const HELDOUT3_TEMPLATES: Template[] = [dischargeLetter, appReceipt, carSale, eTicket, serviceReport, payRise, taxCertificate, fuelReceipt, clubLetter, scansAndNotes];
export const heldout3Langs = (): Lang[] => ALL;
