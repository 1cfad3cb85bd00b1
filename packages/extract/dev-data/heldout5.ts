// The fifth HELD-OUT half of the fields dev set (issue 17), round 8: written and committed (with its JSONL) before
// any reader change of round 8, to measure the document-date reader on documents nobody tuned on. Never read by
// training, never used to choose between variants before the one measurement. Written from the earlier halves'
// headers and templates only (not from the reader). Kinds no other half uses: vehicle inspection certificates
// (MOT, HU, contrôle technique, ITV, revisione, APK: the first registration, the previous test, the next one due,
// the test's start time), pension statements (as at the last 31 December, the member's birth date, membership
// since, the retirement date ahead, a reply to "your letter of"), couriers' import-charge notices (dispatch and
// arrival with a time, the exchange rate's date, a pay-by date; "Amount to pay"), car rental agreements (pick-up
// and return with times, the driver's birth date, a licence's issue and expiry; "Estimated total" beside a
// deposit), energy performance certificates (the assessor's visit, valid for ten years, a replaced certificate),
// certificates of enrolment (the academic year or semester, first enrolment, generated "on … at …"), certificates
// of residence and electoral registration (birth date, moved in on, the previous address until, the application),
// language exam certificates (the written test and the speaking test before the issue), hospital appointment
// letters (the GP's referral, the appointment ahead in a table under its own "Date", a cancellation deadline, a
// "Printed on" footer with a time), and files dated only by their names in shapes the other halves do not use
// (14 digits of date and time "20250303143210.jpg", 12 digits "SCN_202503031432.pdf", "IMG20250303143210.JPG",
// macOS "Screenshot 2025-03-03 at 14.32.10.png", "2025-03-03 14.32.10.jpg", "Scan 3 mrt 2025 14.32.pdf",
// "20250303-143210-factuur.pdf") or not at all (label null). The document's date stands in a header block, in a
// heading row over values, alone at the right, under the signature or in a footer, labelled "Date of issue",
// "Ausstellungsdatum", "Fait à … le", "Fecha de emisión", "Emesso il", "Datum van afgifte" among others. Another
// style of dates again: "Monday, 3 March 2025", "03 MAR 2025", "3. Sept. 2025", "Montag, 3. März 2025",
// "1er mars 2025", "3 sept. 2025", "3-mar-2025", "3/3/2025", "1° marzo 2025", "3 mrt. 2025", "3-3-2025", and
// times beside dates ("03.03.2025, 14:32 Uhr", "03/03/2025 à 14h32", "03/03/2025 a las 14:32", "om 14.32 uur").
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, moneyLabel, pad, PEOPLE, randomDay, weekday, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, CUR, type Org, org, cents, lastDay, bare, home, scannedAt } from "./common.ts";

const STATION: PerLang<Org> = {
  en: org("Brookfield MOT & Service Centre", "Unit 4, Brookfield Trading Estate, Northampton NN5 7QP", "DVSA Authorised Testing Facility · ATF V12833", "Northampton"),
  de: org("Prüfstelle Fahrzeugüberwachung Achalm", "Industriestraße 21 · 72764 Reutlingen", "Amtlich anerkannte Überwachungsorganisation · Prüfstellen-Nr. 08-441", "Reutlingen"),
  fr: org("Contrôle Technique des Platanes", "ZI des Platanes, 38200 Vienne", "Centre agréé n° S038A112 · SIRET 512 330 118 00014", "Vienne"),
  es: org("Estación ITV Guadalajara Norte", "Polígono El Balconcillo, Calle F 12, 19004 Guadalajara", "Estación n.º 1903 · Autorizada por la Junta de Comunidades", "Guadalajara"),
  it: org("Centro Revisioni Auto Salento", "Via Lecce 140, 73100 Lecce", "Autorizzazione MCTC n. LE0411 · P.IVA 04122330751", "Lecce"),
  nl: org("APK Keuringsstation Van Loon", "Industrieweg 18, 5251 RE Vlijmen", "RDW-erkenning 40112 · KvK 16044321", "Vlijmen"),
};
const PENSION: PerLang<Org> = {
  en: org("Meridian Workplace Pensions", "Member Services, PO Box 1488, Peterborough PE2 2GH", "Meridian Pension Trustees Ltd · Registered in England 07723110", "Peterborough"),
  de: org("Pensionskasse Rhein-Main VVaG", "Mitgliederservice · Mainzer Landstraße 190 · 60327 Frankfurt am Main", "Aufsicht: BaFin · Reg.-Nr. 2214", "Frankfurt am Main"),
  fr: org("Caisse de Retraite Complémentaire Arpège", "Service adhérents, 18 rue du Lac, 74000 Annecy", "Institution de retraite complémentaire · SIREN 775 221 908", "Annecy"),
  es: org("Plan de Pensiones Horizonte Empleo, F.P.", "Oficina del Partícipe, Gran Vía 42, 48011 Bilbao", "Entidad gestora: Horizonte Gestión S.G.F.P. · DGSFP F-1122", "Bilbao"),
  it: org("Fondo Pensione Aperto Serenità", "Servizio Aderenti, Corso Italia 8, 34122 Trieste", "Iscritto all'Albo COVIP n. 1441", "Trieste"),
  nl: org("Pensioenfonds Metaal & Bouw Oost", "Afdeling Deelnemerszaken, Postbus 410, 7500 AK Enschede", "KvK 41026411 · DNB-registratie R1022", "Enschede"),
};
const COURIER: PerLang<Org> = {
  en: org("Kestrel Express Parcels", "Import Services, Heathrow Cargo Centre, Hounslow TW6 2PQ", "Kestrel Express UK Ltd · EORI GB771234009000", "Hounslow"),
  de: org("Transalpin Kurier GmbH", "Zollabteilung · Cargo City Süd 559 · 60549 Frankfurt am Main", "Amtsgericht Frankfurt HRB 90122 · EORI DE4410223", "Frankfurt am Main"),
  fr: org("Rapidex Fret International", "Service dédouanement, Zone de fret 3, 95700 Roissy-en-France", "SAS au capital de 500 000 € · RCS Pontoise 433 221 098", "Roissy-en-France"),
  es: org("Mensajería Aduanera Levante S.L.", "Departamento de Aduanas, Zona de Carga Aeropuerto, 46940 Manises", "CIF B-46881201 · Representante aduanero n.º 4611", "Manises"),
  it: org("Corriere Espresso Adriatico S.r.l.", "Ufficio Doganale, Aeroporto Marco Polo, 30173 Venezia", "P.IVA 03998120274 · EORI IT03998120274", "Venezia"),
  nl: org("Schiphol Douane Expeditie B.V.", "Afdeling Inklaring, Pelikaanweg 24, 1118 DT Schiphol", "KvK 34221908 · AEO-certificaat NL AEOF 0001122", "Schiphol"),
};
const RENTAL: PerLang<Org> = {
  en: org("Highland Car & Van Hire", "Inverness Airport, Dalcross IV2 7JB", "Highland Hire Ltd · VAT GB 340 1182 77", "Inverness"),
  de: org("Bodensee Mobil Autovermietung", "Bahnhofplatz 2 · 88045 Friedrichshafen", "Bodensee Mobil GmbH · HRB 730112 · USt-IdNr. DE 281 009 341", "Friedrichshafen"),
  fr: org("Loc'Azur Véhicules", "Aéroport Nice Côte d'Azur, Terminal 2, 06200 Nice", "SARL au capital de 80 000 € · RCS Nice 498 221 303", "Nice"),
  es: org("Autos Canarias Alquiler S.L.", "Aeropuerto de Tenerife Sur, 38610 Granadilla de Abona", "CIF B-38112093", "Granadilla de Abona"),
  it: org("Noleggi Sardegna Auto S.r.l.", "Aeroporto di Olbia, Viale Aldo Moro, 07026 Olbia", "P.IVA 02211090904", "Olbia"),
  nl: org("Autoverhuur Zeeland", "Kanaalweg 3, 4381 BA Vlissingen", "KvK 22044879 · btw NL0022.04.487.B01", "Vlissingen"),
};
const ASSESSOR: PerLang<Org> = {
  en: org("Greenleaf Energy Assessors", "3 Cathedral Close, Wells BA5 2UE", "Accreditation scheme: Elmhurst Energy · Assessor ID EES/019921", "Wells"),
  de: org("Ingenieurbüro Fuchs Energieberatung", "Dipl.-Ing. Karin Fuchs · Schillerstraße 14 · 99423 Weimar", "Registriert beim DIBt · Aussteller-Nr. TH-2019-112", "Weimar"),
  fr: org("Diagnostics Immobiliers Provence", "14 cours Mirabeau, 13100 Aix-en-Provence", "Certification DPE n° CPDI2211 · SIRET 821 440 312 00019", "Aix-en-Provence"),
  es: org("Certificaciones Energéticas Norte S.L.", "Calle Uría 40, 33003 Oviedo", "CIF B-33441209 · Técnico competente, col. n.º 3321", "Oviedo"),
  it: org("Studio Tecnico Ing. Sara Colombo", "Via Manzoni 9, 23900 Lecco", "Soggetto certificatore accreditato n. 22115 · P.IVA 03311920138", "Lecco"),
  nl: org("EnergieLabel Advies Noord", "Zuiderdiep 44, 9711 HH Groningen", "Gecertificeerd EP-adviseur · BRL 9500 · KvK 01088123", "Groningen"),
};
const UNIVERSITY: PerLang<Org> = {
  en: org("University of Wessex", "Student Records Office, Highfield Campus, Winchester SO22 4NR", "Registered charity no. 1140221", "Winchester"),
  de: org("Hochschule Ostwestfalen für Technik", "Studierendensekretariat · Campusallee 12 · 32657 Lemgo", "Körperschaft des öffentlichen Rechts", "Lemgo"),
  fr: org("Université de Franche-Comté Nord", "Service de la scolarité, 16 route de Gray, 25030 Besançon", "Établissement public à caractère scientifique, culturel et professionnel", "Besançon"),
  es: org("Universidad Politécnica de Albacete", "Secretaría de Alumnos, Campus Universitario s/n, 02071 Albacete", "CIF Q-0218001-B", "Albacete"),
  it: org("Università di Scienze Applicate di Cremona", "Segreteria Studenti, Via Palestro 2, 26100 Cremona", "C.F. 80011220199", "Cremona"),
  nl: org("Hogeschool Rijn-IJssel", "Studentenadministratie, Ruitenberglaan 26, 6826 CC Arnhem", "KvK 41047312", "Arnhem"),
};
const REGISTRY: PerLang<Org> = {
  en: org("Tamworth Borough Council", "Electoral Services, Marmion House, Lichfield Street, Tamworth B79 7BZ", "Electoral Registration Officer: J. Pearce", "Tamworth"),
  de: org("Bürgeramt der Stadt Kaufbeuren", "Kaiser-Max-Straße 1 · 87600 Kaufbeuren", "Sprechzeiten Mo–Fr 8:00–12:00 Uhr, Do 14:00–18:00 Uhr", "Kaufbeuren"),
  fr: org("Mairie de Montbrison", "Service population, 1 place de l'Hôtel de Ville, 42600 Montbrison", "Accueil du lundi au vendredi de 8 h 30 à 12 h", "Montbrison"),
  es: org("Ayuntamiento de Ponferrada", "Negociado de Padrón, Plaza del Ayuntamiento 1, 24400 Ponferrada", "NIF P-2411900-D", "Ponferrada"),
  it: org("Comune di Vigevano", "Ufficio Anagrafe, Corso Vittorio Emanuele II 25, 27029 Vigevano", "C.F. 85001870188", "Vigevano"),
  nl: org("Gemeente Zutphen", "Burgerzaken, 's-Gravenhof 2, 7201 DN Zutphen", "Postbus 41, 7200 AA Zutphen", "Zutphen"),
};
const EXAMS: PerLang<Org> = {
  en: org("Albion English Testing Centre", "Test Centre GB417, 22 Broad Street, Oxford OX1 3AS", "Albion Testing Ltd · Registered in England 09912204", "Oxford"),
  de: org("Sprachinstitut Rheinland e.V.", "Prüfungszentrum · Hohenzollernring 40 · 50672 Köln", "Vereinsregister Köln VR 14402", "Köln"),
  fr: org("Alliance Linguistique de Lorraine", "Centre d'examen, 7 rue Stanislas, 54000 Nancy", "Association loi 1901 · SIRET 403 118 227 00021", "Nancy"),
  es: org("Instituto de Lenguas Modernas de Cádiz", "Centro examinador, Plaza de Mina 3, 11004 Cádiz", "CIF G-11402231", "Cádiz"),
  it: org("Centro Esami Linguistici Umbria", "Sede d'esame, Piazza IV Novembre 23, 06123 Perugia", "Ente certificatore · C.F. 94122010548", "Perugia"),
  nl: org("Instituut voor Taaltoetsen Twente", "Toetslocatie, Oude Markt 12, 7511 GB Enschede", "KvK 08221177", "Enschede"),
};
const HOSPITAL: PerLang<Org> = {
  en: org("West Dorset Hospitals NHS Foundation Trust", "Outpatient Appointments Centre, Williams Avenue, Dorchester DT1 2JY", "Switchboard 01305 255 000", "Dorchester"),
  de: org("Kreisklinikum Hohenlohe-Nord", "Ambulanz für Kardiologie · Klinikstraße 4 · 74613 Öhringen", "Akademisches Lehrkrankenhaus · IK 260811223", "Öhringen"),
  fr: org("Centre Hospitalier de Saintonge-Sud", "Consultations externes, 11 boulevard Ambroise Paré, 17100 Saintes", "FINESS 170780332", "Saintes"),
  es: org("Hospital Comarcal del Bierzo Alto", "Servicio de Citaciones, Calle Médicos sin Fronteras 7, 24411 Fuentesnuevas", "Servicio de Salud de Castilla y León", "Fuentesnuevas"),
  it: org("Ospedale Santa Chiara del Valdarno", "CUP — Centro Unico Prenotazioni, Via Senese 11, 52025 Montevarchi", "Azienda USL Toscana Sud Est", "Montevarchi"),
  nl: org("Ziekenhuis Rivierenland Oost", "Polikliniek Cardiologie, President Kennedylaan 1, 4002 WP Tiel", "KvK 11033121", "Tiel"),
};

/** The date as this half's documents print it. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const yy = String(x.y).slice(2);
  const W = weekday(x, lang);
  const fr1 = x.d === 1 ? "1er" : String(x.d);
  const it1 = x.d === 1 ? "1°" : String(x.d);
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${W}, ${x.d} ${M} ${x.y}`, `${pad(x.d)} ${A.toUpperCase()} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${yy}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${A} ${x.y}`, `${W}, ${x.d}. ${M} ${x.y}`, isoDay(x), `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${fr1} ${M} ${x.y}`, `${fr1} ${A} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d}-${A.replace(".", "")}-${x.y}`, `${x.d}/${x.m}/${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${it1} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${W} ${it1} ${M} ${x.y}`, `${x.d}/${x.m}/${x.y}`],
    nl: [`${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d} ${M} ${x.y}`, `${x.d}-${x.m}-${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`],
  };
  return r.pick(forms[lang]);
}
/** A date with a time beside it, as printers and systems stamp them. */
function stamp(x: Day, lang: Lang, r: Rng, hh: number, mi: number): string {
  const t = `${pad(hh)}:${pad(mi)}`;
  const num = { en: `${pad(x.d)}/${pad(x.m)}/${x.y}`, de: `${pad(x.d)}.${pad(x.m)}.${x.y}`, fr: `${pad(x.d)}/${pad(x.m)}/${x.y}`, es: `${pad(x.d)}/${pad(x.m)}/${x.y}`, it: `${pad(x.d)}/${pad(x.m)}/${x.y}`, nl: `${pad(x.d)}-${pad(x.m)}-${x.y}` }[lang];
  const d = r.chance(0.6) ? num : dt(x, lang, r);
  const forms: PerLang<string[]> = {
    en: [`${d} ${t}`, `${d}, ${t}`, `${d} at ${t}`],
    de: [`${d}, ${t} Uhr`, `${d} ${t}`, `${d} um ${t} Uhr`],
    fr: [`${d} à ${pad(hh)}h${pad(mi)}`, `${d} ${t}`],
    es: [`${d} a las ${t}`, `${d} ${t}`, `${d} - ${t} h`],
    it: [`${d} ore ${t}`, `${d} alle ${pad(hh)}.${pad(mi)}`, `${d} ${t}`],
    nl: [`${d} om ${pad(hh)}.${pad(mi)} uur`, `${d} ${t}`],
  };
  return r.pick(forms[lang]);
}
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `GBP ${amount(v, "en")}`, `£ ${amount(v, "en")}`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`, `${amount(v, "plain-comma")} €`]);
  return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `EUR ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);
}
const recipient = (r: Rng, lang: Lang) => `${r.pick(PEOPLE[lang])}\n${home(r, lang)}`;
const cols = (left: string, right: string, width = 44) => `${left.length >= width ? `${left}  ` : left.padEnd(width)}${right}`;
const right = (s: string) => `${" ".repeat(48)}${s}`;
const row = (cells: string[], w = 22) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(Math.max(w, c.length + 2)))).join("");
const born = (r: Rng, from = 1945, to = 2003): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
/** The same day n years on (29 February becomes 1 March). */
const plusYears = (x: Day, n: number): Day => addDays({ y: x.y + n, m: x.m, d: x.d }, 0);
const clock = (r: Rng, from = 8, to = 18): [number, number] => [r.int(from, to), r.int(0, 59)];
const scanned = scannedAt(0.25, 0.04);
const PLACES: PerLang<string[]> = {
  en: ["Coventry", "Swansea", "Norwich", "Derby"],
  de: ["Bielefeld", "Augsburg", "Kiel", "Chemnitz"],
  fr: ["Dijon", "Metz", "Pau", "Amiens"],
  es: ["Burgos", "León", "Cádiz", "Lugo"],
  it: ["Pavia", "Rimini", "Lecce", "Udine"],
  nl: ["Zwolle", "Leiden", "Venlo", "Assen"],
};

// T1 — vehicle inspection certificate (MOT, HU, contrôle technique, ITV, revisione, APK): the car's first
// registration years ago, the previous test one or two years before, the next one due (a full date, or a month and
// year on the German sticker), the odometer; the test's date with its start time in the table, or a "Date of issue"
// at the head, or only a line at the foot ("Fait à Vienne, le …", "Datum van afgifte: …") with the start time alone
// in the table. No total.
const inspection: Template = (r, lang) => {
  const s = STATION[lang];
  const x = randomDay(r);
  const years = lang === "en" || lang === "nl" ? 1 : lang === "es" ? r.pick([1, 2]) : 2;
  const prev = addDays(x, -(years * 365 + r.int(-25, 10)));
  const firstReg: Day = { y: r.int(2006, x.y - 4), m: r.int(1, 12), d: r.int(1, 28) };
  const next = lang === "en" ? addDays(plusYears(x, 1), -1) : lang === "it" ? { y: x.y + 2, m: x.m, d: lastDay(x.y + 2, x.m) } : lang === "fr" ? addDays(plusYears(x, 2), -1) : plusYears(x, years);
  const [hh, mi] = clock(r);
  const km = r.int(18000, 240000);
  const L = {
    en: { title: "MOT TEST CERTIFICATE", reg: "Registration mark", make: "Make and model", vin: "Vehicle identification number", first: "Date of first registration", odo: "Odometer reading", test: "Date of test", result: "Result", pass: "PASS", next: "Expiry date", prev: "Previous test", adv: "Advisories", advV: "Nearside front tyre worn close to legal limit", issue: "Date of issue", tester: "Tester", no: "MOT test number", started: "Test started at", unit: "miles" },
    de: { title: "UNTERSUCHUNGSBERICHT Hauptuntersuchung nach § 29 StVZO", reg: "Amtl. Kennzeichen", make: "Hersteller / Typ", vin: "Fahrzeug-Ident.-Nr.", first: "Erstzulassung", odo: "Kilometerstand", test: "Prüfdatum", result: "Ergebnis", pass: "ohne festgestellte Mängel – Prüfplakette zugeteilt", next: "Nächste HU", prev: "Letzte HU", adv: "Hinweise", advV: "Bremsscheiben vorn leicht verschlissen", issue: "Ausstellungsdatum", tester: "Prüfingenieur", no: "Bericht-Nr.", started: "Beginn der Prüfung", unit: "km" },
    fr: { title: "PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE", reg: "Immatriculation", make: "Marque / modèle", vin: "N° d'identification (VIN)", first: "Date de 1ère mise en circulation", odo: "Kilométrage relevé", test: "Date du contrôle", result: "Résultat", pass: "FAVORABLE (A)", next: "Date limite du prochain contrôle", prev: "Contrôle précédent", adv: "Défaillances mineures", advV: "Usure prononcée des pneumatiques AV", issue: "Fait à", tester: "Contrôleur", no: "PV n°", started: "Heure de début", unit: "km" },
    es: { title: "INFORME DE INSPECCIÓN TÉCNICA DE VEHÍCULOS", reg: "Matrícula", make: "Marca / modelo", vin: "N.º de bastidor", first: "Fecha de primera matriculación", odo: "Kilometraje", test: "Fecha de inspección", result: "Resultado", pass: "FAVORABLE", next: "Fecha próxima inspección", prev: "Inspección anterior", adv: "Defectos leves", advV: "Desgaste irregular de neumáticos delanteros", issue: "Fecha de emisión", tester: "Inspector", no: "Informe n.º", started: "Hora de inicio", unit: "km" },
    it: { title: "CERTIFICATO DI REVISIONE", reg: "Targa", make: "Marca / modello", vin: "Telaio", first: "Data di prima immatricolazione", odo: "Chilometri percorsi", test: "Data revisione", result: "Esito", pass: "REGOLARE", next: "Prossima revisione entro il", prev: "Revisione precedente", adv: "Note", advV: "Pneumatici anteriori prossimi al limite", issue: "Emesso il", tester: "Responsabile tecnico", no: "Certificato n.", started: "Inizio prova", unit: "km" },
    nl: { title: "APK-KEURINGSRAPPORT", reg: "Kenteken", make: "Merk / type", vin: "Voertuigidentificatienummer", first: "Datum eerste toelating", odo: "Tellerstand", test: "Datum keuring", result: "Uitslag", pass: "GOEDGEKEURD", next: "Vervaldatum APK", prev: "Vorige keuring", adv: "Adviespunten", advV: "Remschijven voor licht ingesleten", issue: "Datum van afgifte", tester: "Keurmeester", no: "Rapportnummer", started: "Aanvang keuring", unit: "km" },
  }[lang];
  const plate = r.pick({ en: ["KX19 LMV", "WR67 OTP", "BD21 YHN"], de: ["RT-KF 412", "KF-AB 77", "M-XY 2931"], fr: ["FG-412-KD", "DA-338-XP", "GH-091-TB"], es: ["4821 KLM", "1190 JBD", "7734 MFN"], it: ["FK 412 MD", "GB 118 ZP", "EZ 903 TR"], nl: ["K-412-DF", "52-XRT-9", "GB-331-V"] }[lang]);
  const tester = { en: "K. Doyle", de: "Dipl.-Ing. M. Haas", fr: "P. Girard", es: "J. Ortega", it: "R. Gallo", nl: "H. Smit" }[lang];
  const style = r.int(0, 2);
  const nextV = lang === "de" ? `${pad(next.m)}/${next.y}` : dt(next, lang, r);
  const w = 34;
  const table = [
    cols(L.reg, plate, w),
    cols(L.make, r.pick(["Volkswagen Golf 1.6 TDI", "Ford Fiesta 1.0 EcoBoost", "Toyota Yaris Hybrid", "Renault Clio 1.2", "Fiat Panda 1.2", "Opel Corsa 1.4"]), w),
    cols(L.vin, `${r.pick(["WVWZZZ1KZ", "WF0DXXGAK", "VF1RJA00", "ZFA31200"])}${r.int(10000000, 99999999)}`, w),
    cols(L.first, dt(firstReg, lang, r), w),
    cols(L.odo, `${amount(km, lang === "en" ? "en" : "de").slice(0, -3)} ${L.unit}`, w),
    ...(style === 0 ? [cols(L.test, stamp(x, lang, r, hh, mi), w)] : style === 1 ? [cols(L.test, dt(x, lang, r), w)] : [cols(L.started, `${pad(hh)}:${pad(mi)}`, w)]),
    cols(L.result, L.pass, w),
    cols(L.next, nextV, w),
    cols(L.prev, `${dt(prev, lang, r)} (${amount(km - r.int(6000, 22000), lang === "en" ? "en" : "de").slice(0, -3)} ${L.unit})`, w),
  ];
  const issueLine = lang === "fr" ? `${L.issue} ${s.city}, le ${dt(x, lang, r)}` : `${L.issue}${lang === "it" ? "" : ":"} ${dt(x, lang, r)}`;
  const headIssue = lang === "fr" ? `Date d'émission : ${dt(x, lang, r)}` : issueLine;
  const lines = [
    s.name,
    s.addr,
    "",
    ...(style === 1 ? [cols(`${L.no} ${r.int(100000000, 999999999)}`, headIssue, 40)] : [`${L.no} ${r.int(100000000, 999999999)}`]),
    "",
    L.title,
    "",
    ...table,
    "",
    `${L.adv}: ${L.advV}`,
    "",
    ...(style === 2 ? [issueLine, `${L.tester}: ${tester}`] : [`${L.tester}: ${tester}`]),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "vehicle-inspection", lang }, r, 0.3);
};

// T2 — pension statement: the letter's date (in a heading row over values, as "<city>, <date>" at the right, or only
// in the footer "Statement produced on …"), the position as at the last 31 December, the member's birth date,
// membership since a first of the month years ago, three years of contributions in a table (years only), the
// pot's value on the 31st, the retirement date ahead, and on some a reply to the member's letter of a few weeks
// before. No total.
const pension: Template = (r, lang) => {
  const s = PENSION[lang];
  const x = randomDay(r);
  const asAt: Day = { y: x.y - 1, m: 12, d: 31 };
  const dob = born(r, 1958, 1995);
  const retire: Day = dob.m === 12 ? { y: dob.y + 68, m: 1, d: 1 } : { y: dob.y + 67, m: dob.m + 1, d: 1 };
  const since: Day = { y: r.int(Math.max(1998, dob.y + 18), x.y - 4), m: r.pick([1, 4, 9, 10]), d: 1 };
  const theirs = addDays(x, -r.int(10, 60));
  const pot = r.int(800000, 9000000) / 100;
  const annual = cents(pot * (0.04 + r.int(0, 15) / 1000));
  const L = {
    en: { title: "Annual Benefit Statement", asAt: "Your pension as at", member: "Member", dob: "Date of birth", no: "Membership number", employer: "Employer", since: "Pensionable service from", contr: "Contributions received", year: "Year", you: "You", er: "Your employer", pot: "Value of your pension pot on", proj: "Estimated pension from your normal retirement date of", per: "a year", thanks: "Thank you for your letter of", thanks2: "— we have updated your address.", date: "Date", ref: "Our ref", sign: "Yours sincerely", signer: "Member Services", produced: "Statement produced on" },
    de: { title: "Jährliche Renteninformation", asAt: "Ihr Versorgungskonto, Stand", member: "Mitglied", dob: "Geburtsdatum", no: "Mitgliedsnummer", employer: "Arbeitgeber", since: "Mitglied seit", contr: "Beiträge der letzten drei Jahre", year: "Jahr", you: "Ihr Anteil", er: "Arbeitgeberanteil", pot: "Deckungskapital am", proj: "Voraussichtliche Altersrente ab", per: "jährlich", thanks: "Vielen Dank für Ihr Schreiben vom", thanks2: "— Ihre neue Anschrift haben wir gespeichert.", date: "Datum", ref: "Unser Zeichen", sign: "Mit freundlichen Grüßen", signer: "Ihr Mitgliederservice", produced: "Erstellt am" },
    fr: { title: "Relevé de situation individuelle", asAt: "Situation de vos droits au", member: "Adhérent", dob: "Date de naissance", no: "N° d'adhérent", employer: "Employeur", since: "Adhérent depuis le", contr: "Cotisations des trois dernières années", year: "Année", you: "Part salariale", er: "Part patronale", pot: "Valeur de vos droits au", proj: "Retraite estimée à partir du", per: "par an", thanks: "Nous avons bien reçu votre courrier du", thanks2: "et pris en compte votre nouvelle adresse.", date: "Date", ref: "Réf.", sign: "Nous vous prions d'agréer nos salutations distinguées.", signer: "Le service adhérents", produced: "Relevé édité le" },
    es: { title: "Informe anual del partícipe", asAt: "Situación de su plan a", member: "Partícipe", dob: "Fecha de nacimiento", no: "N.º de partícipe", employer: "Empresa promotora", since: "Partícipe desde el", contr: "Aportaciones de los tres últimos años", year: "Año", you: "Partícipe", er: "Promotor", pot: "Derechos consolidados a", proj: "Pensión estimada a partir del", per: "al año", thanks: "Hemos recibido su escrito de", thanks2: "y actualizado su domicilio.", date: "Fecha", ref: "Ref.", sign: "Atentamente,", signer: "Oficina del Partícipe", produced: "Informe emitido el" },
    it: { title: "Comunicazione periodica annuale", asAt: "Posizione individuale al", member: "Aderente", dob: "Data di nascita", no: "N. iscrizione", employer: "Datore di lavoro", since: "Iscritto dal", contr: "Contributi degli ultimi tre anni", year: "Anno", you: "Aderente", er: "Azienda", pot: "Posizione maturata al", proj: "Rendita stimata dal", per: "annui", thanks: "Abbiamo ricevuto la Sua lettera del", thanks2: "e aggiornato il Suo indirizzo.", date: "Data", ref: "Rif.", sign: "Cordiali saluti", signer: "Servizio Aderenti", produced: "Documento prodotto il" },
    nl: { title: "Uniform Pensioenoverzicht", asAt: "Uw pensioen per", member: "Deelnemer", dob: "Geboortedatum", no: "Deelnemersnummer", employer: "Werkgever", since: "Deelnemer sinds", contr: "Premies van de afgelopen drie jaar", year: "Jaar", you: "Uw deel", er: "Werkgever", pot: "Opgebouwde waarde op", proj: "Verwacht pensioen vanaf", per: "per jaar", thanks: "Bedankt voor uw brief van", thanks2: "— uw nieuwe adres is verwerkt.", date: "Datum", ref: "Kenmerk", sign: "Met vriendelijke groet", signer: "Afdeling Deelnemerszaken", produced: "Overzicht aangemaakt op" },
  }[lang];
  const person = r.pick(PEOPLE[lang]);
  const no = `${r.int(100000, 999999)}-${r.int(10, 99)}`;
  const ref = `${r.pick(["PS", "RI", "AN"])}/${r.int(1000, 9999)}`;
  const style = r.int(0, 2);
  const head =
    style === 0 ? [row([L.date, L.ref, L.no]), row([dt(x, lang, r), ref, no])] : style === 1 ? [right(`${s.city}, ${dt(x, lang, r)}`), "", `${L.ref}: ${ref} · ${L.no}: ${no}`] : [`${L.ref}: ${ref} · ${L.no}: ${no}`];
  const num = (v: number) => (lang === "en" ? amount(v, "en") : amount(v, "de"));
  const years = [x.y - 3, x.y - 2, x.y - 1].map((y) => {
    const you = r.int(120000, 480000) / 100;
    return row([`${y}`, num(you), num(cents(you * 1.5))], 16);
  });
  const [hh, mi] = clock(r, 0, 6);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...head,
    "",
    `${L.title} — ${L.asAt} ${dt(asAt, lang, r)}`,
    "",
    ...(r.chance(0.4) ? [`${L.thanks} ${dt(theirs, lang, r)} ${L.thanks2}`, ""] : []),
    `${L.member}: ${bare(person)}   ${L.dob}: ${dt(dob, lang, r)}`,
    `${L.employer}: ${{ en: "Brightwater Foods Ltd", de: "Weser Elektrotechnik GmbH", fr: "Boulangeries Fournier SAS", es: "Talleres Guadiana S.L.", it: "Tessitura Valseriana S.r.l.", nl: "Kaasmakerij Van der Meer B.V." }[lang]} · ${L.since} ${dt(since, lang, r)}`,
    "",
    L.contr,
    row([L.year, L.you, L.er], 16),
    ...years,
    "",
    cols(`${L.pot} ${dt(asAt, lang, r)}`, money(pot, lang, r), 60),
    cols(`${L.proj} ${dt(retire, lang, r)}`, `${money(annual, lang, r)} ${L.per}`, 60),
    "",
    L.sign,
    L.signer,
    "",
    ...(style === 2 ? [`${L.produced} ${r.chance(0.5) ? stamp(x, lang, r, hh, mi) : dt(x, lang, r)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "pension-statement", lang }, r, 0.2);
};

// T3 — courier's notice of import charges: the notice's date (labelled at the head, in a heading row over values
// beside the pay-by date, or at the foot with a time), the parcel's dispatch days before, its arrival with a time,
// the exchange rate's date, the declared value in a foreign currency and converted, duty, import VAT and a clearance
// fee; "Amount to pay" and its translations, and a pay-by date ahead.
const customs: Template = (r, lang) => {
  const s = COURIER[lang];
  const x = randomDay(r);
  const shipped = addDays(x, -r.int(4, 12));
  const rateDay = addDays(shipped, -r.int(0, 3));
  const arrived = addDays(x, -r.int(0, 2));
  const payBy = addDays(x, r.pick([10, 14, 21]));
  const [from, cur] = r.pick([["Keystone Outfitters, Portland OR, United States", "USD"], ["Shenzhen Lumina Electronics Co., Ltd., China", "USD"], ["Atelier Berner SA, Biel/Bienne, Switzerland", "CHF"], ["Nordlys Strikk AS, Bergen, Norway", "NOK"]] as const);
  const foreign = cur === "NOK" ? r.int(40000, 400000) / 100 : r.int(4000, 40000) / 100;
  const rate = lang === "en" ? { USD: 0.79, CHF: 0.89, NOK: 0.073 }[cur] : { USD: 0.92, CHF: 1.04, NOK: 0.086 }[cur];
  const value = cents(foreign * rate);
  const duty = cents(value * r.pick([0, 0.025, 0.04, 0.12]));
  const vatRate = { en: 0.2, de: 0.19, fr: 0.2, es: 0.21, it: 0.22, nl: 0.21 }[lang];
  const vat = cents((value + duty) * vatRate);
  const fee = r.pick([8, 11, 12.5, 15]);
  const total = cents(duty + vat + fee);
  const L = {
    en: { title: "IMPORT CHARGES — PAYMENT REQUIRED BEFORE DELIVERY", issue: "Date of issue", track: "Tracking number", sender: "Sender", contents: "Contents", shipped: "Dispatched on", arrived: "Arrived in the UK", value: "Declared value", conv: "converted at the rate of", duty: "Import duty", vat: "Import VAT", fee: "Clearance fee", total: "Amount to pay", pay: "Please pay by", pay2: "or your parcel will be returned to the sender.", payBy: "Pay by" },
    de: { title: "EINFUHRABGABEN — ZAHLUNG VOR ZUSTELLUNG ERFORDERLICH", issue: "Ausstellungsdatum", track: "Sendungsnummer", sender: "Absender", contents: "Inhalt", shipped: "Versandt am", arrived: "Eingang Zollstelle", value: "Angegebener Warenwert", conv: "umgerechnet zum Kurs vom", duty: "Zoll", vat: "Einfuhrumsatzsteuer", fee: "Auslagenpauschale", total: "Zu zahlender Betrag", pay: "Bitte zahlen Sie bis", pay2: ", sonst geht die Sendung an den Absender zurück.", payBy: "Zahlbar bis" },
    fr: { title: "DROITS ET TAXES À L'IMPORTATION — PAIEMENT AVANT LIVRAISON", issue: "Date d'émission", track: "N° de suivi", sender: "Expéditeur", contents: "Contenu", shipped: "Expédié le", arrived: "Arrivé en France le", value: "Valeur déclarée", conv: "convertie au taux du", duty: "Droits de douane", vat: "TVA à l'importation", fee: "Frais de dédouanement", total: "Montant à payer", pay: "Merci de régler avant le", pay2: ", faute de quoi le colis sera retourné à l'expéditeur.", payBy: "À régler avant le" },
    es: { title: "AVISO DE PAGO DE ARANCELES E IVA DE IMPORTACIÓN", issue: "Fecha de emisión", track: "N.º de seguimiento", sender: "Remitente", contents: "Contenido", shipped: "Enviado el", arrived: "Llegada a España", value: "Valor declarado", conv: "convertido al cambio del", duty: "Aranceles", vat: "IVA de importación", fee: "Gastos de gestión aduanera", total: "Importe a pagar", pay: "Realice el pago antes del", pay2: "; de lo contrario, el envío se devolverá al remitente.", payBy: "Pagar antes del" },
    it: { title: "AVVISO DI PAGAMENTO DAZI E IVA ALL'IMPORTAZIONE", issue: "Emesso il", track: "Numero di spedizione", sender: "Mittente", contents: "Contenuto", shipped: "Spedito il", arrived: "Arrivato in Italia il", value: "Valore dichiarato", conv: "convertito al cambio del", duty: "Dazi doganali", vat: "IVA all'importazione", fee: "Diritti di sdoganamento", total: "Importo da pagare", pay: "La preghiamo di pagare entro il", pay2: ", altrimenti il pacco sarà restituito al mittente.", payBy: "Pagare entro il" },
    nl: { title: "INVOERRECHTEN — BETALING VÓÓR BEZORGING", issue: "Datum van afgifte", track: "Zendingnummer", sender: "Afzender", contents: "Inhoud", shipped: "Verzonden op", arrived: "Aangekomen in Nederland", value: "Opgegeven waarde", conv: "omgerekend tegen de koers van", duty: "Invoerrechten", vat: "Btw bij invoer", fee: "Inklaringskosten", total: "Te betalen bedrag", pay: "Betaal uiterlijk", pay2: ", anders gaat het pakket terug naar de afzender.", payBy: "Betalen vóór" },
  }[lang];
  const track = `${r.pick(["KX", "TA", "RX", "ML", "CE", "SD"])}${r.int(100000000, 999999999)}${r.pick(["GB", "DE", "FR", "ES", "IT", "NL"])}`;
  const [ah, am] = clock(r, 0, 23);
  const [ih, im] = clock(r, 6, 20);
  const style = r.int(0, 2);
  const head = style === 0 ? [`${L.issue}: ${dt(x, lang, r)}`, `${L.track}: ${track}`] : style === 1 ? [row([L.issue, L.track, L.payBy], 24), row([dt(x, lang, r), track, dt(payBy, lang, r)], 24)] : [`${L.track}: ${track}`];
  const w = 46;
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    L.title,
    ...head,
    "",
    `${L.sender}: ${from}`,
    `${L.contents}: ${r.pick({ en: ["clothing", "headphones", "wristwatch", "knitwear"], de: ["Bekleidung", "Kopfhörer", "Armbanduhr", "Strickwaren"], fr: ["vêtements", "casque audio", "montre", "tricots"], es: ["ropa", "auriculares", "reloj de pulsera", "prendas de punto"], it: ["abbigliamento", "cuffie", "orologio da polso", "maglieria"], nl: ["kleding", "koptelefoon", "polshorloge", "breigoed"] }[lang])}`,
    `${L.shipped} ${dt(shipped, lang, r)} · ${L.arrived}: ${stamp(arrived, lang, r, ah, am)}`,
    "",
    `${L.value}: ${cur} ${foreign.toFixed(2)} — ${L.conv} ${dt(rateDay, lang, r)}: ${money(value, lang, r)}`,
    cols(L.duty, money(duty, lang, r), w),
    cols(L.vat, money(vat, lang, r), w),
    cols(L.fee, money(fee, lang, r), w),
    cols(L.total, money(total, lang, r), w),
    "",
    ...(style === 1 ? [] : [`${L.pay} ${dt(payBy, lang, r)}${L.pay2.startsWith(",") || L.pay2.startsWith(";") ? "" : " "}${L.pay2}`]),
    ...(style === 2 ? ["", `${s.city}, ${stamp(x, lang, r, ih, im)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "customs-charges", lang }, r, 0.2);
};

// T4 — car rental agreement: made on the day of pick-up (the document's date: a "Date of issue" at the head, a
// "signed at … on …" line under the renter's signature, or a stamp at the foot), pick-up and return with times in a
// table (the return days later), the driver's birth date, the licence's issue date and its expiry years ahead;
// daily charges, a waiver and a surcharge, "Estimated total" and its translations beside a card deposit.
const carRental: Template = (r, lang) => {
  const s = RENTAL[lang];
  const x = randomDay(r);
  const days = r.int(2, 14);
  const back = addDays(x, days);
  const dob = born(r, 1950, 2001);
  const licIssued: Day = { y: Math.min(dob.y + 18 + r.int(0, 15), x.y - 1), m: r.int(1, 12), d: r.int(1, 28) };
  const licValid: Day = { y: x.y + r.int(1, 12), m: r.int(1, 12), d: r.int(1, 28) };
  const daily = r.int(29, 89);
  const cdw = days * r.int(9, 19);
  const extra = r.chance(0.5) ? days * r.int(5, 12) : 0;
  const surcharge = r.int(25, 45);
  const total = cents(days * daily + cdw + extra + surcharge);
  const deposit = r.pick([300, 500, 800, 1000]);
  const L = {
    en: { title: "RENTAL AGREEMENT", no: "Agreement no.", issue: "Date of issue", renter: "Renter", dob: "Date of birth", lic: "Driving licence no.", licI: "issued", licV: "valid until", car: "Vehicle", pick: "Pick-up", ret: "Return", fuel: "Fuel: full · Mileage out", days: "days at", per: "per day", cdw: "Collision damage waiver", extra: "Additional driver", sur: "Airport surcharge", total: "Estimated total", dep: "Security deposit held on card", sign: "Renter's signature", signed: (d: string) => `Signed at ${s.city} on ${d}` },
    de: { title: "MIETVERTRAG", no: "Vertrags-Nr.", issue: "Ausstellungsdatum", renter: "Mieter", dob: "Geburtsdatum", lic: "Führerschein-Nr.", licI: "ausgestellt am", licV: "gültig bis", car: "Fahrzeug", pick: "Übernahme", ret: "Rückgabe", fuel: "Tank: voll · Km bei Übergabe", days: "Tage à", per: "pro Tag", cdw: "Haftungsreduzierung", extra: "Zusatzfahrer", sur: "Bahnhofszuschlag", total: "Voraussichtlicher Gesamtbetrag", dep: "Kaution (auf Kreditkarte reserviert)", sign: "Unterschrift Mieter", signed: (d: string) => `${s.city}, den ${d}` },
    fr: { title: "CONTRAT DE LOCATION", no: "Contrat n°", issue: "Date d'émission", renter: "Locataire", dob: "Né(e) le", lic: "Permis n°", licI: "délivré le", licV: "valable jusqu'au", car: "Véhicule", pick: "Départ", ret: "Retour", fuel: "Carburant : plein · Km départ", days: "jours à", per: "par jour", cdw: "Rachat de franchise", extra: "Conducteur additionnel", sur: "Supplément aéroport", total: "Total estimé", dep: "Dépôt de garantie (empreinte CB)", sign: "Signature du locataire", signed: (d: string) => `Fait à ${s.city}, le ${d}` },
    es: { title: "CONTRATO DE ALQUILER", no: "Contrato n.º", issue: "Fecha de emisión", renter: "Arrendatario", dob: "Fecha de nacimiento", lic: "Permiso de conducir n.º", licI: "expedido el", licV: "válido hasta", car: "Vehículo", pick: "Recogida", ret: "Devolución", fuel: "Combustible: lleno · Km salida", days: "días a", per: "por día", cdw: "Seguro sin franquicia", extra: "Conductor adicional", sur: "Suplemento aeropuerto", total: "Total estimado", dep: "Fianza bloqueada en tarjeta", sign: "Firma del arrendatario", signed: (d: string) => `En ${s.city}, a ${d}` },
    it: { title: "CONTRATTO DI NOLEGGIO", no: "Contratto n.", issue: "Emesso il", renter: "Cliente", dob: "Data di nascita", lic: "Patente n.", licI: "rilasciata il", licV: "valida fino al", car: "Veicolo", pick: "Ritiro", ret: "Riconsegna", fuel: "Carburante: pieno · Km all'uscita", days: "giorni a", per: "al giorno", cdw: "Riduzione franchigia", extra: "Guidatore aggiuntivo", sur: "Supplemento aeroporto", total: "Totale stimato", dep: "Deposito cauzionale bloccato su carta", sign: "Firma del cliente", signed: (d: string) => `${s.city}, lì ${d}` },
    nl: { title: "HUUROVEREENKOMST", no: "Overeenkomst nr.", issue: "Datum van afgifte", renter: "Huurder", dob: "Geboortedatum", lic: "Rijbewijsnr.", licI: "afgegeven op", licV: "geldig tot", car: "Voertuig", pick: "Ophalen", ret: "Inleveren", fuel: "Brandstof: vol · Km-stand bij vertrek", days: "dagen à", per: "per dag", cdw: "Afkoop eigen risico", extra: "Extra bestuurder", sur: "Stationstoeslag", total: "Geschat totaalbedrag", dep: "Borg (gereserveerd op creditcard)", sign: "Handtekening huurder", signed: (d: string) => `${s.city}, ${d}` },
  }[lang];
  const person = bare(r.pick(PEOPLE[lang]));
  const [ph, pm] = clock(r, 7, 20);
  const [bh, bm] = clock(r, 7, 20);
  const no = `RA${r.int(1000000, 9999999)}`;
  const style = r.int(0, 2);
  const w = 40;
  const pickV = stamp(x, lang, r, ph, pm);
  const backV = stamp(back, lang, r, bh, bm);
  const times = style === 2 ? [row([L.pick, L.ret], w), row([s.city, s.city], w), row([pickV, backV], w)] : [`${L.pick}: ${s.city}, ${pickV}`, `${L.ret}: ${s.city}, ${backV}`];
  const m = (v: number) => money(v, lang, r);
  const lines = [
    s.name,
    s.addr,
    "",
    style === 0 ? cols(`${L.title} · ${L.no} ${no}`, `${L.issue}: ${dt(x, lang, r)}`, 46) : `${L.title} · ${L.no} ${no}`,
    "",
    `${L.renter}: ${person}   ${L.dob}: ${dt(dob, lang, r)}`,
    `${L.lic} ${r.pick(["DL", "B072", "X41", "AB"])}${r.int(100000, 999999)} (${L.licI} ${dt(licIssued, lang, r)}, ${L.licV} ${dt(licValid, lang, r)})`,
    `${L.car}: ${r.pick(["Skoda Octavia Estate", "Fiat 500", "Peugeot 208", "Seat Ibiza", "VW Polo", "Kia Ceed"])} · ${L.fuel} ${r.int(5000, 90000)} km`,
    "",
    ...times,
    "",
    cols(`${days} ${L.days} ${m(daily)} ${L.per}`, m(days * daily), w + 6),
    cols(L.cdw, m(cdw), w + 6),
    ...(extra ? [cols(L.extra, m(extra), w + 6)] : []),
    cols(L.sur, m(surcharge), w + 6),
    cols(L.total, m(total), w + 6),
    `${L.dep}: ${m(deposit)}`,
    "",
    L.sign,
    ...(style === 1 ? [L.signed(dt(x, lang, r))] : []),
    ...(style === 2 ? ["", `${L.issue}: ${stamp(x, lang, r, ph, pm)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "car-rental", lang }, r, 0.2);
};

// T5 — energy performance certificate: issued days after the assessor's visit, valid for ten years (so the expiry
// is far ahead), the year of construction, the rating and energy use, on some a replaced certificate of years
// before; the dates in a table, in a heading row over values, or the issue date at the foot beside the assessor's
// signature. No total.
const energyCertificate: Template = (r, lang) => {
  const s = ASSESSOR[lang];
  const x = randomDay(r);
  const visit = addDays(x, -r.int(1, 21));
  const valid = addDays(plusYears(x, 10), -1);
  const replaced = addDays(plusYears(x, -r.int(9, 12)), r.int(-90, 90));
  const builtYear = r.int(1900, 2015);
  const L = {
    en: { title: "ENERGY PERFORMANCE CERTIFICATE (EPC)", addr: "Property", type: "Dwelling type", types: ["Semi-detached house", "Mid-terrace house", "Top-floor flat"], area: "Total floor area", built: "Year of construction", rating: "Current energy rating", pot: "Potential energy rating", use: "Primary energy use", visit: "Date of assessment", issue: "Date of certificate", valid: "Valid until", no: "Certificate number", assessor: "Assessor", replaces: "This certificate replaces the one dated" },
    de: { title: "ENERGIEAUSWEIS für Wohngebäude gemäß GEG (Bedarfsausweis)", addr: "Gebäude", type: "Gebäudetyp", types: ["Einfamilienhaus", "Doppelhaushälfte", "Mehrfamilienhaus"], area: "Gebäudenutzfläche", built: "Baujahr Gebäude", rating: "Energieeffizienzklasse", pot: "Nach Modernisierung", use: "Primärenergiebedarf", visit: "Datum der Gebäudebegehung", issue: "Ausstellungsdatum", valid: "Gültig bis", no: "Registriernummer", assessor: "Aussteller", replaces: "Ersetzt den Energieausweis vom" },
    fr: { title: "DIAGNOSTIC DE PERFORMANCE ÉNERGÉTIQUE (logement)", addr: "Adresse", type: "Type de bien", types: ["Maison individuelle", "Appartement", "Maison mitoyenne"], area: "Surface habitable", built: "Année de construction", rating: "Étiquette énergie", pot: "Étiquette après travaux", use: "Consommation d'énergie primaire", visit: "Date de visite", issue: "Établi le", valid: "Valable jusqu'au", no: "N° DPE", assessor: "Diagnostiqueur", replaces: "Remplace le DPE du" },
    es: { title: "CERTIFICADO DE EFICIENCIA ENERGÉTICA DE EDIFICIOS EXISTENTES", addr: "Dirección", type: "Tipo de edificio", types: ["Vivienda unifamiliar", "Vivienda en bloque", "Adosado"], area: "Superficie útil", built: "Año de construcción", rating: "Calificación energética", pot: "Calificación tras mejoras", use: "Consumo de energía primaria", visit: "Fecha de visita", issue: "Fecha de emisión", valid: "Válido hasta", no: "N.º de registro", assessor: "Técnico certificador", replaces: "Sustituye al certificado de" },
    it: { title: "ATTESTATO DI PRESTAZIONE ENERGETICA (APE)", addr: "Indirizzo", type: "Tipologia", types: ["Villetta a schiera", "Appartamento", "Casa indipendente"], area: "Superficie utile", built: "Anno di costruzione", rating: "Classe energetica", pot: "Classe raggiungibile", use: "EP gl,nren", visit: "Data sopralluogo", issue: "Data di emissione", valid: "Validità fino al", no: "Codice identificativo", assessor: "Soggetto certificatore", replaces: "Sostituisce l'APE del" },
    nl: { title: "ENERGIELABEL WONING", addr: "Adres", type: "Woningtype", types: ["Tussenwoning", "Twee-onder-een-kap", "Appartement"], area: "Gebruiksoppervlakte", built: "Bouwjaar", rating: "Energielabel", pot: "Label na maatregelen", use: "Primair fossiel energiegebruik", visit: "Datum opname", issue: "Datum van afgifte", valid: "Geldig tot", no: "Registratienummer", assessor: "EP-adviseur", replaces: "Vervangt het label van" },
  }[lang];
  const grade = r.pick(["B", "C", "D", "E", "F"]);
  const no = `${r.int(1000, 9999)}-${r.int(1000, 9999)}-${r.int(1000, 9999)}`;
  const style = r.int(0, 2);
  const w = 36;
  const assessorName = { en: "T. Wright", de: "Dipl.-Ing. K. Fuchs", fr: "L. Roux", es: "A. Menéndez", it: "Ing. S. Colombo", nl: "R. Hoekstra" }[lang];
  const dates =
    style === 0
      ? [cols(L.no, no, w), cols(L.visit, dt(visit, lang, r), w), cols(L.issue, dt(x, lang, r), w), cols(L.valid, dt(valid, lang, r), w)]
      : style === 1
        ? [row([L.no, L.issue, L.valid], 26), row([no, dt(x, lang, r), dt(valid, lang, r)], 26), "", cols(L.visit, dt(visit, lang, r), w)]
        : [cols(L.no, no, w), cols(L.valid, dt(valid, lang, r), w), cols(L.visit, dt(visit, lang, r), w)];
  const lines = [
    L.title,
    "",
    ...dates,
    "",
    cols(L.addr, home(r, lang).replace("\n", ", "), w),
    cols(L.type, r.pick(L.types), w),
    cols(L.area, `${r.int(48, 220)} m²`, w),
    cols(L.built, `${builtYear}`, w),
    cols(L.rating, grade, w),
    cols(L.pot, r.pick(["A", "B", "C"]), w),
    cols(L.use, `${r.int(45, 320)} kWh/(m²·a)`, w),
    "",
    ...(r.chance(0.35) ? [`${L.replaces} ${dt(replaced, lang, r)}.`, ""] : []),
    ...(style === 2 ? [cols(`${L.issue}: ${dt(x, lang, r)}`, `${L.assessor}: ${assessorName}`)] : [`${L.assessor}: ${assessorName}`]),
    `${s.name} · ${s.addr}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "energy-certificate", lang }, r, 0.25);
};

// T6 — certificate of enrolment from a university: the student's birth date and birthplace, the academic year or
// semester (its first and last day, around the issue), the first enrolment years before, the expected end of the
// studies; dated under the signature ("Lemgo, den …", "Fait à Besançon, le …", "Albacete, a …"), as "Date of issue"
// below it, or only by the line "generated electronically on … at …". No total.
const enrolment: Template = (r, lang) => {
  const s = UNIVERSITY[lang];
  const x = randomDay(r);
  const dob = born(r, 1996, 2006);
  let start: Day;
  let end: Day;
  if (lang === "de") {
    const winter = x.m >= 10 || x.m <= 3;
    start = winter ? { y: x.m >= 10 ? x.y : x.y - 1, m: 10, d: 1 } : { y: x.y, m: 4, d: 1 };
    end = winter ? { y: start.y + 1, m: 3, d: 31 } : { y: x.y, m: 9, d: 30 };
  } else {
    const m0 = lang === "es" || lang === "it" ? 10 : 9;
    start = { y: x.m >= m0 ? x.y : x.y - 1, m: m0, d: 1 };
    end = addDays({ y: start.y + 1, m: m0, d: 1 }, -1);
  }
  const first: Day = { y: start.y - r.int(0, 3), m: lang === "de" ? 10 : start.m, d: 1 };
  const expected: Day = { y: Math.max(first.y + r.int(3, 5), start.y + 1), m: lang === "de" ? 3 : start.m === 9 ? 7 : 9, d: lang === "de" ? 31 : 30 };
  const person = r.pick(PEOPLE[lang]);
  const place = r.pick(PLACES[lang]);
  const no = `${r.int(1000000, 9999999)}`;
  const sy = `${start.y}/${String(start.y + 1).slice(2)}`;
  const term = lang === "de" ? (start.m === 10 ? `Wintersemester ${sy}` : `Sommersemester ${start.y}`) : sy;
  const body: PerLang<string[]> = {
    en: ["CERTIFICATE OF ENROLMENT", "", `This is to certify that ${bare(person)}, born on ${dt(dob, lang, r)} in ${place}, student number ${no},`, `is registered as a full-time student on the programme BSc (Hons) Environmental Science for the academic year ${term}`, `(${dt(start, lang, r)} to ${dt(end, lang, r)}).`, "", `Date of first registration: ${dt(first, lang, r)}`, `Expected completion: ${dt(expected, lang, r)}`],
    de: ["IMMATRIKULATIONSBESCHEINIGUNG", "", `Hiermit wird bescheinigt, dass ${bare(person)}, geboren am ${dt(dob, lang, r)} in ${place}, Matrikelnummer ${no},`, `im ${term} (${dt(start, lang, r)} – ${dt(end, lang, r)}) im Studiengang Maschinenbau (B.Eng.)`, "als ordentliche/r Studierende/r eingeschrieben ist.", "", `Ersteinschreibung: ${dt(first, lang, r)}`, `Voraussichtliches Studienende: ${dt(expected, lang, r)}`],
    fr: ["CERTIFICAT DE SCOLARITÉ", "", `Le directeur de la scolarité certifie que ${person}, né(e) le ${dt(dob, lang, r)} à ${place}, n° étudiant ${no},`, `est régulièrement inscrit(e) en Licence 3 Chimie au titre de l'année universitaire ${term}`, `(du ${dt(start, lang, r)} au ${dt(end, lang, r)}).`, "", `Première inscription : ${dt(first, lang, r)}`, `Fin de cursus prévue : ${dt(expected, lang, r)}`],
    es: ["CERTIFICADO DE MATRÍCULA", "", `La Secretaría de Alumnos certifica que ${person}, nacido/a el ${dt(dob, lang, r)} en ${place}, con n.º de expediente ${no},`, `está matriculado/a en el Grado en Ingeniería Informática durante el curso académico ${term}`, `(del ${dt(start, lang, r)} al ${dt(end, lang, r)}).`, "", `Fecha de primera matrícula: ${dt(first, lang, r)}`, `Finalización prevista: ${dt(expected, lang, r)}`],
    it: ["CERTIFICATO DI ISCRIZIONE", "", `Si certifica che ${bare(person)}, nato/a a ${place} il ${dt(dob, lang, r)}, matricola ${no},`, `è iscritto/a al Corso di Laurea in Economia Aziendale per l'anno accademico ${term}`, `(dal ${dt(start, lang, r)} al ${dt(end, lang, r)}).`, "", `Data di prima immatricolazione: ${dt(first, lang, r)}`, `Conseguimento del titolo previsto entro: ${dt(expected, lang, r)}`],
    nl: ["BEWIJS VAN INSCHRIJVING", "", `Hierbij verklaren wij dat ${bare(person)}, geboren op ${dt(dob, lang, r)} te ${place}, studentnummer ${no},`, `voor het studiejaar ${term} (${dt(start, lang, r)} t/m ${dt(end, lang, r)}) voltijds staat ingeschreven voor de opleiding`, "Bachelor Bedrijfskunde.", "", `Datum eerste inschrijving: ${dt(first, lang, r)}`, `Verwachte afstudeerdatum: ${dt(expected, lang, r)}`],
  };
  const signer = { en: "Academic Registrar", de: "Studierendensekretariat", fr: "Pour le Président et par délégation, le chef du service de la scolarité", es: "La Jefa de la Secretaría de Alumnos", it: "Il Responsabile della Segreteria Studenti", nl: "Namens het College van Bestuur, Studentenadministratie" }[lang];
  const place0 = { en: `${s.city}, ${dt(x, lang, r)}`, de: `${s.city}, den ${dt(x, lang, r)}`, fr: `Fait à ${s.city}, le ${dt(x, lang, r)}`, es: `${s.city}, a ${dt(x, lang, r)}`, it: `${s.city}, lì ${dt(x, lang, r)}`, nl: `${s.city}, ${dt(x, lang, r)}` }[lang];
  const issue = { en: "Date of issue", de: "Ausstellungsdatum", fr: "Date de délivrance", es: "Fecha de emisión", it: "Emesso il", nl: "Datum van afgifte" }[lang];
  const [hh, mi] = clock(r, 8, 22);
  const electronic = {
    en: (d: string) => `This document was generated electronically on ${d} and is valid without a signature.`,
    de: (d: string) => `Maschinell erstellt am ${d}, ohne Unterschrift gültig.`,
    fr: (d: string) => `Document édité électroniquement le ${d}, valable sans signature.`,
    es: (d: string) => `Documento generado electrónicamente el ${d}; válido sin firma.`,
    it: (d: string) => `Documento generato elettronicamente il ${d}, valido senza firma.`,
    nl: (d: string) => `Dit document is elektronisch aangemaakt op ${d} en is geldig zonder handtekening.`,
  }[lang];
  const style = r.int(0, 2);
  const foot = style === 0 ? [place0, "", signer] : style === 1 ? [signer, `${issue}${lang === "it" ? "" : ":"} ${dt(x, lang, r)}`] : [electronic(stamp(x, lang, r, hh, mi))];
  const lines = [s.name, s.addr, "", ...body[lang], "", ...foot, s.foot];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "enrolment-certificate", lang }, r, 0.25);
};

// T7 — certificate of residence (Meldebescheinigung, certificat de résidence, certificado de empadronamiento,
// certificato di residenza, BRP extract) or, in English, a confirmation of entry in the electoral register: the
// person's birth date, moved in years ago, the previous address until the day before, the application days before
// the issue, a validity in months (no date) or the next register's publication; dated "<town>, <date>" or with a
// "Date of issue" label at the foot above the stamp, or at the head of the English letter. No total.
const residence: Template = (r, lang) => {
  const s = REGISTRY[lang];
  const x = randomDay(r);
  const dob = born(r, 1940, 2004);
  const moveIn: Day = { y: r.int(Math.max(dob.y + 18, 1995), x.y - 1), m: r.int(1, 12), d: r.int(1, 28) };
  const prevUntil = addDays(moveIn, -1);
  const applied = addDays(x, -r.int(0, 10));
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  const place = r.pick(PLACES[lang]);
  const addr = r.pick({ en: ["12 Victoria Road, Tamworth B79 7HL", "5 Aldergate, Tamworth B79 7DJ"], de: ["Neugablonzer Straße 31, 87600 Kaufbeuren", "Ludwigstraße 8, 87600 Kaufbeuren"], fr: ["4 rue Tupinerie, 42600 Montbrison", "17 boulevard Lachèze, 42600 Montbrison"], es: ["Avenida de España 22, 24400 Ponferrada", "Calle del Reloj 5, 24401 Ponferrada"], it: ["Via Cairoli 14, 27029 Vigevano", "Corso Genova 40, 27029 Vigevano"], nl: ["Houtmarkt 40, 7201 KL Zutphen", "Spittaalstraat 12, 7201 EC Zutphen"] }[lang]);
  const prevAddr = r.pick({ en: ["41 Mill Road, Cambridge CB1 2AZ", "6 Park Row, Leeds LS1 5HD"], de: ["Lindenstraße 9, 86150 Augsburg", "Hafenweg 2, 24103 Kiel"], fr: ["8 rue des Écoles, 21000 Dijon", "3 place Stanislas, 54000 Nancy"], es: ["Calle Ancha 4, 24003 León", "Calle Real 10, 27001 Lugo"], it: ["Via Roma 12, 27100 Pavia", "Viale Dante 3, 47921 Rimini"], nl: ["Diezerstraat 14, 8011 RH Zwolle", "Breestraat 80, 2311 CS Leiden"] }[lang]);
  const no = `${r.int(100, 999)}/${x.y}`;
  const style = r.int(0, 2);
  let lines: string[];
  if (lang === "en") {
    const publish: Day = { y: x.y, m: 12, d: 1 };
    const head = style === 0 ? [right(dt(x, lang, r))] : style === 1 ? [right(`Date: ${dt(x, lang, r)}`), right(`Our ref: ER/${no}`)] : [right(`Our ref: ER/${no}`)];
    lines = [
      s.name,
      s.addr,
      "",
      person,
      addr,
      "",
      ...head,
      "",
      "CONFIRMATION OF ENTRY IN THE REGISTER OF ELECTORS",
      "",
      `Dear ${name},`,
      `Further to your application received on ${dt(applied, lang, r)}, I confirm that the person below is registered to vote at this address.`,
      "",
      cols("Name", name, 34),
      cols("Date of birth", dt(dob, lang, r), 34),
      cols("Registered at this address from", dt(moveIn, lang, r), 34),
      cols("Previous address", `${prevAddr} (until ${dt(prevUntil, lang, r)})`, 34),
      "",
      `Your entry will appear in the revised register published on ${dt(publish, lang, r)}.`,
      "",
      "Yours sincerely,",
      "Electoral Services",
      ...(style === 2 ? ["", `Date of issue: ${dt(x, lang, r)}`] : []),
      s.foot,
    ];
  } else {
    const T = {
      de: { title: "MELDEBESCHEINIGUNG (einfach, § 18 Abs. 1 BMG)", app: "Antrag vom", name: "Familienname, Vornamen", dob: "Geburtsdatum", pob: "Geburtsort", addr: "Anschrift", moveIn: "Einzugsdatum", prev: "Frühere Anschrift", until: "Auszug am", valid: "Diese Bescheinigung wurde maschinell erstellt.", issue: "Ausstellungsdatum", town: (d: string) => `${s.city}, ${d}`, sign: "Im Auftrag · Siegel" },
      fr: { title: "CERTIFICAT DE RÉSIDENCE", app: "Demande du", name: "Nom, prénoms", dob: "Date de naissance", pob: "Lieu de naissance", addr: "Adresse", moveIn: "Domicilié(e) à cette adresse depuis le", prev: "Adresse précédente", until: "jusqu'au", valid: "Certificat établi sur présentation de justificatifs de domicile.", issue: "Date de délivrance", town: (d: string) => `Fait à ${s.city}, le ${d}`, sign: "Pour le Maire et par délégation" },
      es: { title: "CERTIFICADO DE EMPADRONAMIENTO", app: "Solicitud de", name: "Nombre y apellidos", dob: "Fecha de nacimiento", pob: "Lugar de nacimiento", addr: "Domicilio", moveIn: "Fecha de alta en el domicilio", prev: "Domicilio anterior", until: "baja el", valid: "Y para que conste, a petición del interesado, se expide el presente certificado.", issue: "Fecha de emisión", town: (d: string) => `${s.city}, a ${d}`, sign: "El Secretario General, P.D." },
      it: { title: "CERTIFICATO DI RESIDENZA", app: "Richiesta del", name: "Cognome e nome", dob: "Data di nascita", pob: "Luogo di nascita", addr: "Indirizzo", moveIn: "Residente all'indirizzo dal", prev: "Indirizzo precedente", until: "fino al", valid: "Il presente certificato ha validità sei mesi dalla data di rilascio.", issue: "Emesso il", town: (d: string) => `${s.city}, lì ${d}`, sign: "L'Ufficiale d'Anagrafe" },
      nl: { title: "UITTREKSEL BASISREGISTRATIE PERSONEN", app: "Datum aanvraag", name: "Naam", dob: "Geboortedatum", pob: "Geboorteplaats", addr: "Adres", moveIn: "Datum aanvang adreshouding", prev: "Vorig adres", until: "tot", valid: "Dit uittreksel is kosteloos verstrekt voor de aanvraag van een parkeervergunning.", issue: "Datum van afgifte", town: (d: string) => `${s.city}, ${d}`, sign: "De burgemeester van Zutphen, namens deze," },
    }[lang];
    const w = 36;
    lines = [
      s.name,
      s.addr,
      "",
      T.title,
      `${T.app}${lang === "nl" ? ":" : ""} ${dt(applied, lang, r)} · Nr. ${no}`,
      "",
      cols(T.name, name, w),
      cols(T.dob, dt(dob, lang, r), w),
      cols(T.pob, place, w),
      cols(T.addr, addr, w),
      cols(T.moveIn, dt(moveIn, lang, r), w),
      cols(T.prev, `${prevAddr} (${T.until} ${dt(prevUntil, lang, r)})`, w),
      "",
      T.valid,
      "",
      ...(style === 0 ? [T.town(dt(x, lang, r)), T.sign] : style === 1 ? [`${T.issue}${lang === "it" ? "" : ":"} ${dt(x, lang, r)}`, T.sign] : [T.sign, "", right(T.town(dt(x, lang, r)))]),
      s.foot,
    ];
  }
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "residence-certificate", lang }, r, 0.35);
};

// T8 — language exam certificate: the written test weeks before the issue, the speaking test a day or two around it
// (with a time), the candidate's birth date, skill scores and the level; the issue date at the head ("Date of
// issue"), in a heading row over values, or under the signature ("Délivré à Nancy, le …"); a recommended
// validity two years after the test in English. No total.
const examCertificate: Template = (r, lang) => {
  const s = EXAMS[lang];
  const x = randomDay(r);
  const test = addDays(x, -r.int(14, 45));
  const speaking = addDays(test, r.int(-2, 2));
  const dob = born(r, 1970, 2008);
  const validTo = plusYears(test, 2);
  const L = {
    en: { title: "CERTIFICATE — ENGLISH LANGUAGE TEST (ACADEMIC)", cand: "Candidate", dob: "Date of birth", no: "Candidate number", test: "Test date", speak: "Speaking test", skills: ["Listening", "Reading", "Writing", "Speaking"], overall: "Overall band score", level: "CEFR level", issue: "Date of issue", valid: "Results are recommended as valid for two years, until", signer: "Centre Manager", at: (d: string) => `Issued at ${s.city} on ${d}` },
    de: { title: "ZERTIFIKAT DEUTSCH — PRÜFUNGSERGEBNIS", cand: "Teilnehmer/in", dob: "Geburtsdatum", no: "Prüfungsnummer", test: "Schriftliche Prüfung am", speak: "Mündliche Prüfung", skills: ["Hören", "Lesen", "Schreiben", "Sprechen"], overall: "Gesamtpunktzahl", level: "Niveau", issue: "Ausstellungsdatum", valid: "", signer: "Prüfungsleitung", at: (d: string) => `${s.city}, den ${d}` },
    fr: { title: "ATTESTATION DE RÉUSSITE — DIPLÔME DE LANGUE FRANÇAISE", cand: "Candidat(e)", dob: "Né(e) le", no: "N° de candidat", test: "Épreuves écrites du", speak: "Épreuve orale", skills: ["Compréhension de l'oral", "Compréhension des écrits", "Production écrite", "Production orale"], overall: "Note globale", level: "Niveau", issue: "Date de délivrance", valid: "", signer: "Le responsable du centre d'examen", at: (d: string) => `Délivré à ${s.city}, le ${d}` },
    es: { title: "CERTIFICADO DE NIVEL DE ESPAÑOL COMO LENGUA EXTRANJERA", cand: "Candidato/a", dob: "Fecha de nacimiento", no: "N.º de inscripción", test: "Convocatoria del", speak: "Prueba oral", skills: ["Comprensión auditiva", "Comprensión de lectura", "Expresión escrita", "Expresión oral"], overall: "Puntuación total", level: "Nivel", issue: "Fecha de expedición", valid: "", signer: "La Directora del centro examinador", at: (d: string) => `Cádiz, a ${d}` },
    it: { title: "CERTIFICAZIONE DI LINGUA ITALIANA", cand: "Candidato/a", dob: "Data di nascita", no: "Matricola", test: "Sessione d'esame del", speak: "Prova orale", skills: ["Ascolto", "Lettura", "Scrittura", "Produzione orale"], overall: "Punteggio complessivo", level: "Livello", issue: "Rilasciato il", valid: "", signer: "Il Direttore", at: (d: string) => `${s.city}, ${d}` },
    nl: { title: "CERTIFICAAT NEDERLANDS ALS TWEEDE TAAL", cand: "Kandidaat", dob: "Geboortedatum", no: "Kandidaatnummer", test: "Examendatum", speak: "Spreken afgenomen op", skills: ["Luisteren", "Lezen", "Schrijven", "Spreken"], overall: "Totaalscore", level: "Niveau", issue: "Datum van afgifte", valid: "", signer: "Namens de examencommissie", at: (d: string) => `${s.city}, ${d}` },
  }[lang];
  const person = bare(r.pick(PEOPLE[lang]));
  const no = `${r.pick(["GB417", "K", "NCY", "CAD", "PG", "ENS"])}-${r.int(10000, 99999)}`;
  const [hh, mi] = clock(r, 9, 17);
  const lvl = r.pick(["B1", "B2", "C1"]);
  const scores = L.skills.map((k) => cols(k, lang === "en" ? `${r.int(5, 8)}.${r.pick(["0", "5"])}` : `${r.int(14, 25)} / 25`, 32));
  const style = r.int(0, 2);
  const head = style === 0 ? [`${L.issue}: ${dt(x, lang, r)}`] : style === 1 ? [row([L.no, L.issue]), row([no, dt(x, lang, r)])] : [];
  const lines = [
    s.name,
    s.addr,
    "",
    L.title,
    ...head,
    "",
    `${L.cand}: ${person}   ${L.dob}${lang === "fr" ? "" : ":"} ${dt(dob, lang, r)}`,
    ...(style === 1 ? [] : [`${L.no}: ${no}`]),
    `${L.test}${lang === "en" || lang === "nl" ? ":" : ""} ${dt(test, lang, r)} · ${L.speak}: ${stamp(speaking, lang, r, hh, mi)}`,
    "",
    ...scores,
    cols(L.overall, lang === "en" ? `${r.int(5, 8)}.${r.pick(["0", "5"])}` : `${r.int(60, 98)} / 100`, 32),
    cols(L.level, lvl, 32),
    "",
    ...(L.valid ? [`${L.valid} ${dt(validTo, lang, r)}.`, ""] : []),
    ...(style === 2 ? [L.at(dt(x, lang, r))] : []),
    L.signer,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "exam-certificate", lang }, r, 0.25);
};

// T9 — hospital appointment letter: the letter's date (alone at the right, as "Date:" in a reference block, under
// the signature with the town, or only in a "Printed on … at …" footer), the GP's referral weeks before, the
// appointment ahead in a table under its own "Date" label with a time, a deadline to cancel, the patient's birth
// date. No total.
const appointment: Template = (r, lang) => {
  const s = HOSPITAL[lang];
  const x = randomDay(r);
  const referral = addDays(x, -r.int(5, 40));
  const appt = addDays(x, r.int(7, 80));
  const cancelBy = addDays(appt, -2);
  const dob = born(r, 1940, 2000);
  const L = {
    en: { title: "Outpatient appointment", hosp: "Hospital number", dob: "Date of birth", dear: "Dear", intro: "Following your GP's referral of", intro2: ", we have booked the following appointment for you:", clinic: "Clinic", clinicV: "Cardiology — Dr S. Okafor, Outpatients Level 2", date: "Date", time: "Time", arrive: "Please arrive 15 minutes before your appointment and bring a list of your current medicines.", cancel: "If you cannot attend, please let us know by", cancel2: ".", sign: "Yours sincerely", signer: "Appointments Centre", printed: "Printed on", ref: "Our ref" },
    de: { title: "Terminbestätigung Ambulanz", hosp: "Fall-Nr.", dob: "Geburtsdatum", dear: "Guten Tag", intro: "aufgrund der Überweisung Ihres Hausarztes vom", intro2: " haben wir folgenden Termin für Sie vereinbart:", clinic: "Sprechstunde", clinicV: "Kardiologie — OA Dr. Neumann, Ebene 2", date: "Datum", time: "Uhrzeit", arrive: "Bitte kommen Sie 15 Minuten vorher und bringen Sie Ihren Medikationsplan mit.", cancel: "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis", cancel2: " ab.", sign: "Mit freundlichen Grüßen", signer: "Ihr Ambulanzsekretariat", printed: "Gedruckt am", ref: "Unser Zeichen" },
    fr: { title: "Convocation — consultation externe", hosp: "N° de dossier", dob: "Date de naissance", dear: "Madame, Monsieur", intro: "Suite au courrier de votre médecin traitant du", intro2: ", un rendez-vous vous a été fixé :", clinic: "Service", clinicV: "Cardiologie — Dr Lemaire, niveau 2", date: "Date", time: "Heure", arrive: "Merci de vous présenter 15 minutes avant l'heure du rendez-vous muni de votre carte Vitale.", cancel: "En cas d'empêchement, prévenez-nous avant le", cancel2: ".", sign: "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.", signer: "Le secrétariat médical", printed: "Imprimé le", ref: "Réf." },
    es: { title: "Citación para consulta externa", hosp: "N.º de historia", dob: "Fecha de nacimiento", dear: "Estimado/a", intro: "En relación con el volante de su médico de familia del", intro2: ", le comunicamos la siguiente cita:", clinic: "Consulta", clinicV: "Cardiología — Dr. Herrero, planta 2", date: "Fecha", time: "Hora", arrive: "Acuda 15 minutos antes con su tarjeta sanitaria.", cancel: "Si no puede acudir, avísenos antes del", cancel2: ".", sign: "Atentamente,", signer: "Servicio de Citaciones", printed: "Impreso el", ref: "Ref." },
    it: { title: "Promemoria appuntamento ambulatoriale", hosp: "N. pratica", dob: "Data di nascita", dear: "Gentile", intro: "a seguito dell'impegnativa del Suo medico curante del", intro2: ", Le confermiamo il seguente appuntamento:", clinic: "Ambulatorio", clinicV: "Cardiologia — Dott.ssa Conti, piano 2", date: "Data", time: "Ora", arrive: "Si presenti 15 minuti prima con la tessera sanitaria e l'impegnativa.", cancel: "In caso di impedimento, disdica entro il", cancel2: ".", sign: "Cordiali saluti", signer: "CUP — Centro Unico Prenotazioni", printed: "Stampato il", ref: "Rif." },
    nl: { title: "Afspraakbevestiging polikliniek", hosp: "Patiëntnummer", dob: "Geboortedatum", dear: "Beste", intro: "Naar aanleiding van de verwijzing van uw huisarts van", intro2: " hebben wij de volgende afspraak voor u gemaakt:", clinic: "Polikliniek", clinicV: "Cardiologie — dr. Visser, verdieping 2", date: "Datum", time: "Tijd", arrive: "Meld u 15 minuten van tevoren bij de balie en neem uw medicijnlijst mee.", cancel: "Kunt u niet komen, laat het ons dan uiterlijk", cancel2: " weten.", sign: "Met vriendelijke groet", signer: "Afsprakenbureau", printed: "Afgedrukt op", ref: "Kenmerk" },
  }[lang];
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  const hosp = `${r.pick(["RDZ", "K", "CH", "HC", "AP", "P"])}${r.int(100000, 999999)}`;
  const [ah, am] = clock(r, 8, 16);
  const [ph, pm] = clock(r, 7, 19);
  const style = r.int(0, 3);
  const ad = dt(appt, lang, r);
  const apptV = ad.includes(weekday(appt, lang)) || r.chance(0.5) ? ad : `${weekday(appt, lang)} ${ad}`;
  const head = style === 0 ? [right(dt(x, lang, r))] : style === 1 ? [right(`${L.ref}: ${r.pick(["OPD", "KAR", "CS"])}/${r.int(1000, 9999)}`), right(`${L.date}: ${dt(x, lang, r)}`)] : [];
  const w = 16;
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...head,
    "",
    L.title,
    `${L.hosp}: ${hosp} · ${L.dob}: ${dt(dob, lang, r)}`,
    "",
    lang === "fr" ? `${L.dear},` : lang === "es" ? `${L.dear} ${name}:` : `${L.dear} ${name},`,
    `${L.intro} ${dt(referral, lang, r)}${L.intro2}`,
    "",
    cols(L.clinic, L.clinicV, w),
    cols(L.date, apptV, w),
    cols(L.time, `${pad(ah)}:${pad(am)}`, w),
    "",
    L.arrive,
    `${L.cancel} ${dt(cancelBy, lang, r)}${L.cancel2}`,
    "",
    L.sign,
    L.signer,
    ...(style === 2 ? ["", `${s.city}, ${dt(x, lang, r)}`] : []),
    ...(style === 3 ? ["", `${L.printed} ${stamp(x, lang, r, ph, pm)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "appointment-letter", lang }, r, 0.25);
};

// T10 — files dated only by their names, in shapes the other halves do not use: a camera's or scanner's 14 digits
// of date and time ("20250303143210.jpg", "IMG20250303143210.JPG"), 12 digits with a prefix
// ("SCN_202503031432.pdf"), macOS screenshots ("Screenshot 2025-03-03 at 14.32.10.png"), synced camera uploads
// ("2025-03-03 14.32.10.jpg"), a scanner app with the month's name ("Scan 3 mrt 2025 14.32.pdf"), a stamp before a
// word ("20250303-143210-factuur.pdf"); or not at all (label null). The text carries no date of its own, but
// numbers that are none (times, phone numbers, readings, codes) and, on some, a birth date.
// The shapes are taken in turn (not drawn), so each of the nine appears twice in the half's 18 such documents.
let fileShape = 0;
const filesByName: Template = (r, lang) => {
  const x = randomDay(r);
  const notes: PerLang<string[]> = {
    en: ["Shopping list\n2 x milk\nbread\n6 eggs\nbin bags (30 l)", "Wi-Fi\nnetwork: Home-5G\npassword: kettle-48-lamp", "Meter readings\nelectric 04412\ngas 1187.3\nwater 00331", "Emergency contacts\nMum 07700 900123\nDr Ellis 01234 567890\nVet 01632 960441", "Lily Carter\nborn 22 August 2019\nallergies: none\nblood group A+"],
    de: ["Einkaufsliste\n2 x Milch\nBrot\n6 Eier\nMüllbeutel (30 l)", "WLAN\nNetz: Zuhause-5G\nPasswort: Kessel-48-Lampe", "Zählerstände\nStrom 04412\nGas 1187,3\nWasser 00331", "Notfallnummern\nMama 0171 2345678\nDr. Albrecht 0931 445566\nTierarzt 0931 998877", "Mia Schröder\ngeb. 22.08.2019\nAllergien: keine\nBlutgruppe A+"],
    fr: ["Liste de courses\n2 x lait\npain\n6 œufs\nsacs poubelle (30 l)", "Wi-Fi\nréseau : Maison-5G\nmot de passe : bouilloire-48-lampe", "Relevés compteurs\nélectricité 04412\ngaz 1187,3\neau 00331", "Numéros d'urgence\nMaman 06 12 34 56 78\nDr Marchand 02 47 12 34 56\nVétérinaire 02 47 98 76 54", "Chloé Petit\nnée le 22 août 2019\nallergies : aucune\ngroupe sanguin A+"],
    es: ["Lista de la compra\n2 x leche\npan\n6 huevos\nbolsas de basura (30 l)", "Wi-Fi\nred: Casa-5G\ncontraseña: tetera-48-lampara", "Lecturas de contadores\nluz 04412\ngas 1187,3\nagua 00331", "Teléfonos de urgencia\nMamá 612 345 678\nDra. Vidal 952 12 34 56\nVeterinario 952 98 76 54", "Lucía Romero\nnacida el 22 de agosto de 2019\nalergias: ninguna\ngrupo sanguíneo A+"],
    it: ["Lista della spesa\n2 x latte\npane\n6 uova\nsacchi spazzatura (30 l)", "Wi-Fi\nrete: Casa-5G\npassword: bollitore-48-lampada", "Letture contatori\nluce 04412\ngas 1187,3\nacqua 00331", "Numeri di emergenza\nMamma 333 1234567\nDott. Ferri 075 123456\nVeterinario 075 987654", "Sofia Marino\nnata il 22 agosto 2019\nallergie: nessuna\ngruppo sanguigno A+"],
    nl: ["Boodschappenlijst\n2 x melk\nbrood\n6 eieren\nvuilniszakken (30 l)", "Wifi\nnetwerk: Thuis-5G\nwachtwoord: waterkoker-48-lamp", "Meterstanden\nstroom 04412\ngas 1187,3\nwater 00331", "Noodnummers\nMama 06 12345678\nHuisarts 026 123 4567\nDierenarts 026 765 4321", "Emma de Boer\ngeboren 22 augustus 2019\nallergieën: geen\nbloedgroep A+"],
  };
  const text = r.pick(notes[lang]);
  const kind = fileShape++ % 9;
  if (kind >= 7) return { text, filename: r.pick(["EPSON003.JPG", "Scanned Document.pdf", "IMG_4471.jpeg", "scan0007.pdf", "Document (3).pdf", "notes.png"]), documentDate: null, correspondent: null, kind: "undated-file", lang };
  const hh = pad(r.int(7, 21)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
  const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
  const word = { en: "receipt", de: "Beleg", fr: "facture", es: "recibo", it: "ricevuta", nl: "factuur" }[lang];
  const mon = MONTHS_ABBR[lang][x.m - 1]!.replace(".", "");
  const filename = [
    `${ymd}${hh}${mi}${ss}.jpg`,
    `IMG${ymd}${hh}${mi}${ss}.JPG`,
    `SCN_${ymd}${hh}${mi}.pdf`,
    `Screenshot ${isoDay(x)} at ${hh}.${mi}.${ss}.png`,
    `${isoDay(x)} ${hh}.${mi}.${ss}.jpg`,
    `Scan ${x.d} ${mon} ${x.y} ${hh}.${mi}.pdf`,
    `${ymd}-${hh}${mi}${ss}-${word}.pdf`,
  ][kind]!;
  return { text, filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["digits14", "img-digits14", "scn-digits12", "macos-screenshot", "camera-upload", "scan-month-name", "stamp-word"][kind]}`, lang };
};

export const HELDOUT5_TEMPLATES: Template[] = [inspection, pension, customs, carRental, energyCertificate, enrolment, residence, examCertificate, appointment, filesByName];
export const heldout5Langs = (): Lang[] => ALL;
