// The fourth HELD-OUT half of the fields dev set (issue 17), round 7: written and committed (with its JSONL) before
// any reader change of round 7, to measure the date reader on documents nobody tuned on. Never read by training,
// never used to choose between variants before the one measurement. Kinds no other half uses, or in other layouts:
// utility bills (a billing period, the meter's reading dates, a direct-debit day), insurance renewal letters (the
// new period of cover ahead, the policyholder's birth date, last year's premium), school reports (the term, the
// pupil's birth date, a parents' evening), tenancy agreements signed at the end (the tenancy's start and end),
// doctor's prescriptions (valid until, the next appointment, the last issue of a repeat), payslips (the pay period,
// the pay date, employed since), court and authority letters with a reference block ("Aktenzeichen · Ihr Schreiben
// vom · Datum", a hearing ahead, a deadline), quotations with a validity date (the enquiry, a site survey, the
// proposed start), bank statements (the period, dated transaction rows, the balances' dates; a statement date on
// some) and files dated only by their names in other shapes, day first among them ("Rechnung_22092024.pdf",
// "IMG-20250303-WA0004.jpg", "20250303_143210.jpg", "scan 3.3.2025.pdf") or not at all. Another style of dates again:
// "03 Mar 2025", "3rd March 2025", "March 3, 2025", "lundi 3 mars 2025", "maandag 3 maart 2025", "03.03.25".
import { addDays, amount, isoDay, MONTHS, moneyLabel, pad, PEOPLE, randomDay, STREETS, weekday, type Day, type LabelledDoc, type Lang, type Rng, cents, lastDay, bare, scannedAt } from "./common.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;
type PerLang<T> = Record<Lang, T>;
const ALL: Lang[] = ["en", "de", "fr", "es", "it", "nl"];
const CUR = (lang: Lang) => (lang === "en" ? "GBP" : "EUR");

interface Org {
  name: string;
  addr: string;
  foot: string;
  city: string;
}
const org = (name: string, addr: string, foot: string, city: string): Org => ({ name, addr, foot, city });

const UTILITY: PerLang<Org> = {
  en: org("Severn Vale Energy", "Customer Services, PO Box 7720, Gloucester GL1 9ZZ", "Severn Vale Energy Ltd · Registered in England 08812231 · VAT GB 177 4410 02", "Gloucester"),
  de: org("Stadtwerke Talheim GmbH", "Kundenservice · Mühlweg 3 · 74388 Talheim", "Amtsgericht Stuttgart HRB 73310 · USt-IdNr. DE 144 920 331", "Talheim"),
  fr: org("Énergies de la Loire", "Service clients, 4 quai Magellan, 44000 Nantes", "SAS au capital de 3 000 000 € · RCS Nantes 811 204 556", "Nantes"),
  es: org("Aguas y Luz del Tajo S.A.", "Atención al cliente, Paseo de la Rosa 41, 45006 Toledo", "CIF A-45112093 · R.M. Toledo, Tomo 1.102", "Toledo"),
  it: org("Acquedotto e Gas Valpadana S.p.A.", "Servizio clienti, Via Emilia 210, 43121 Parma", "P.IVA 02299110344 · Cap. soc. € 12.000.000", "Parma"),
  nl: org("Waterbedrijf Oostland", "Klantenservice, Postbus 120, 7400 AC Deventer", "KvK 08011457 · btw NL0080.11.457.B01", "Deventer"),
};
const INSURER: PerLang<Org> = {
  en: org("Thistle Mutual Insurance", "Renewals Team, 40 Queen Street, Glasgow G1 3DX", "Thistle Mutual Insurance Ltd is authorised by the PRA, FRN 310227", "Glasgow"),
  de: org("Hanse Assekuranz AG", "Vertragsservice · Ballindamm 8 · 20095 Hamburg", "Sitz Hamburg · HRB 41120 · Vorstand: Dr. U. Lenz", "Hamburg"),
  fr: org("Assurances du Rhône", "Service contrats, 22 cours Lafayette, 69003 Lyon", "Entreprise régie par le Code des assurances · RCS Lyon 392 771 015", "Lyon"),
  es: org("Mutua Cantábrica de Seguros", "Departamento de Renovaciones, Calle Calvo Sotelo 9, 39002 Santander", "Inscrita en la DGSFP con la clave M-0331", "Santander"),
  it: org("Previdenza Ligure Assicurazioni", "Ufficio Rinnovi, Via XX Settembre 41, 16121 Genova", "Iscritta all'Albo IVASS n. 1.00121 · P.IVA 00988120109", "Genova"),
  nl: org("Verzekeringen De Zeeuwse Stroom", "Afdeling Polisbeheer, Postbus 55, 4330 AB Middelburg", "KvK 22031190 · AFM 12001337", "Middelburg"),
};
const SCHOOL: PerLang<Org> = {
  en: org("St Aidan's Church of England Primary School", "Vicarage Lane, Harrogate HG2 8LT", "Headteacher: Mrs R. Sutcliffe", "Harrogate"),
  de: org("Gymnasium am Rosengarten", "Rosengartenstraße 12 · 34117 Kassel", "Schulleitung: OStD Dr. H. Vogt", "Kassel"),
  fr: org("Collège Jules-Ferry", "3 avenue de la Gare, 86000 Poitiers", "Académie de Poitiers · UAI 0860012X", "Poitiers"),
  es: org("Colegio Público Miguel de Cervantes", "Calle Real 15, 37002 Salamanca", "Junta de Castilla y León · Código de centro 37004241", "Salamanca"),
  it: org("Istituto Comprensivo Leonardo da Vinci", "Via Dante 12, 25121 Brescia", "Codice meccanografico BSIC81200X", "Brescia"),
  nl: org("Christelijk Lyceum De Veste", "Vestingwal 4, 5211 CH 's-Hertogenbosch", "BRIN 02KQ00", "'s-Hertogenbosch"),
};
const LETTINGS: PerLang<Org> = {
  en: org("Kingsley & Rowe Lettings", "18 High Street, Cheltenham GL50 1DZ", "Kingsley & Rowe Ltd · Client money protected by Propertymark", "Cheltenham"),
  de: org("Immobilienverwaltung Sonnleitner", "Leopoldstraße 55 · 80802 München", "Inh. Martina Sonnleitner · St.-Nr. 144/221/70113", "München"),
  fr: org("Agence Immobilière du Capitole", "9 place du Capitole, 31000 Toulouse", "Carte professionnelle CPI 3101 2018 000 031 · RCS Toulouse 510 991 202", "Toulouse"),
  es: org("Fincas Albaicín S.L.", "Calle Elvira 30, 18010 Granada", "CIF B-18231109 · API n.º 1771", "Granada"),
  it: org("Agenzia Immobiliare Due Torri", "Via Rizzoli 7, 40125 Bologna", "P.IVA 03110820375 · REA BO-499120", "Bologna"),
  nl: org("Verhuurmakelaar Domstad", "Oudegracht 150, 3511 AZ Utrecht", "KvK 30220415", "Utrecht"),
};
const DOCTOR: PerLang<Org> = {
  en: org("Riverside Medical Practice", "Dr A. Mensah · Dr K. Ellis, 2 Mill Lane, Bedford MK40 3HD", "NHS practice code M84019", "Bedford"),
  de: org("Hausarztpraxis Dr. med. Jörg Albrecht", "Facharzt für Allgemeinmedizin · Marktplatz 9 · 97070 Würzburg", "BSNR 713344500 · LANR 552310101", "Würzburg"),
  fr: org("Docteur Hélène Marchand", "Médecin généraliste, 5 rue Nationale, 37000 Tours", "RPPS 10003311224 · Conventionné secteur 1", "Tours"),
  es: org("Centro de Salud La Alameda", "Dra. Elena Vidal Ortega, Médico de familia, Calle Alameda 3, 29001 Málaga", "Servicio Andaluz de Salud · N.º col. 29/12233", "Málaga"),
  it: org("Dott. Paolo Ferri", "Medico di medicina generale, Via Cavour 18, 06121 Perugia", "Cod. reg. 100221 · ASL Umbria 1", "Perugia"),
  nl: org("Huisartsenpraktijk De Linde", "Dr. M. Koster, huisarts, Lindelaan 2, 6821 GJ Arnhem", "AGB-code 01023311", "Arnhem"),
};
const EMPLOYER: PerLang<Org> = {
  en: org("Brightwater Foods Ltd", "Payroll, Brightwater House, Lincoln LN2 4DL", "PAYE ref. 120/BA88123", "Lincoln"),
  de: org("Weser Elektrotechnik GmbH", "Lohnbuchhaltung · Hafenstraße 44 · 28217 Bremen", "Amtsgericht Bremen HRB 22190", "Bremen"),
  fr: org("Boulangeries Fournier SAS", "Service paie, 12 rue des Moulins, 51100 Reims", "SIRET 441 229 087 00035 · Code APE 1071C", "Reims"),
  es: org("Talleres Guadiana S.L.", "Nóminas, Polígono El Nevero, Calle 4, 06006 Badajoz", "CIF B-06221134 · CCC 06/1022331", "Badajoz"),
  it: org("Tessitura Valseriana S.r.l.", "Ufficio paghe, Via Provinciale 3, 24021 Albino", "P.IVA 02444110163 · Matricola INPS 1211223344", "Albino"),
  nl: org("Kaasmakerij Van der Meer B.V.", "Salarisadministratie, Kaasmarkt 3, 2801 HJ Gouda", "KvK 29033112 · Loonheffingennr. 8123.45.678.L01", "Gouda"),
};
const AUTHORITY: PerLang<Org> = {
  en: org("County Court at Norwich", "The Law Courts, Bishopgate, Norwich NR3 1UR", "HM Courts & Tribunals Service", "Norwich"),
  de: org("Landratsamt Ebersberg", "Fachbereich Bauen · Eichthalstraße 5 · 85560 Ebersberg", "Sprechzeiten Mo–Fr 8–12 Uhr", "Ebersberg"),
  fr: org("Tribunal judiciaire d'Angers", "Greffe civil, Palais de justice, 49000 Angers", "Ministère de la Justice", "Angers"),
  es: org("Juzgado de Primera Instancia n.º 3 de Cáceres", "Avenida de la Hispanidad s/n, 10002 Cáceres", "Administración de Justicia", "Cáceres"),
  it: org("Tribunale Ordinario di Ancona", "Cancelleria civile, Corso Mazzini 95, 60121 Ancona", "Ministero della Giustizia", "Ancona"),
  nl: org("Rechtbank Noord-Nederland", "Sector kanton, Guyotplein 1, 9711 PA Groningen", "Postbus 150, 9700 AD Groningen", "Groningen"),
};
const BUILDER: PerLang<Org> = {
  en: org("Hollis Roofing & Building", "Unit 9, Forge Lane, Exeter EX2 8QA", "Hollis Roofing Ltd · VAT GB 288 9120 31", "Exeter"),
  de: org("Malerbetrieb Kessler", "Gewerbering 7 · 67655 Kaiserslautern", "Inh. Frank Kessler · USt-IdNr. DE 213 440 998", "Kaiserslautern"),
  fr: org("Menuiserie Lambert", "ZA des Pins, 40100 Dax", "SARL au capital de 20 000 € · SIRET 789 221 004 00012", "Dax"),
  es: org("Reformas Hermanos Ortiz S.L.", "Calle Industria 22, 30005 Murcia", "CIF B-30991022", "Murcia"),
  it: org("Impresa Edile Moretti", "Via dell'Artigianato 4, 38121 Trento", "P.IVA 01998220225", "Trento"),
  nl: org("Dakdekkersbedrijf Post", "Ambachtsweg 11, 8801 PN Franeker", "KvK 01077654 · btw NL0011.22.334.B01", "Franeker"),
};
const BANK: PerLang<Org> = {
  en: org("Cathedral Bank", "Cathedral Bank plc, 1 Minster Yard, Lincoln LN2 1PX", "Cathedral Bank plc is authorised by the PRA · FRN 199881", "Lincoln"),
  de: org("Kreissparkasse Hohenlohe", "Allee 12 · 74653 Künzelsau", "Anstalt des öffentlichen Rechts · HRA 590221", "Künzelsau"),
  fr: org("Crédit Mutuel de Bourgogne", "14 rue de la Liberté, 21000 Dijon", "Caisse de Crédit Mutuel · ORIAS 07 003 758", "Dijon"),
  es: org("Banco de Castilla", "Plaza de Zorrilla 2, 47001 Valladolid", "Registro Mercantil de Valladolid, Hoja VA-4411", "Valladolid"),
  it: org("Cassa di Risparmio del Friuli", "Piazza Libertà 1, 33100 Udine", "ABI 06340 · Iscritta all'Albo delle Banche n. 5112", "Udine"),
  nl: org("Rabobank Veluwe", "Postbus 30, 3840 AA Harderwijk", "KvK 08029100", "Harderwijk"),
};

/** The date as this half's documents print it. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const yy = String(x.y).slice(2);
  const th = x.d % 10 === 1 && x.d !== 11 ? "st" : x.d % 10 === 2 && x.d !== 12 ? "nd" : x.d % 10 === 3 && x.d !== 13 ? "rd" : "th";
  const forms: PerLang<string[]> = {
    en: [`${pad(x.d)} ${M.slice(0, 3)} ${x.y}`, `${x.d}${th} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${M} ${x.d}, ${x.y}`, isoDay(x)],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${pad(x.d)}.${pad(x.m)}.${yy}`, `${x.d}. ${M} ${x.y}`, isoDay(x)],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${weekday(x, "fr")} ${x.d} ${M} ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${pad(x.d)}/${pad(x.m)}/${yy}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${pad(x.d)}/${pad(x.m)}/${yy}`],
    nl: [`${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d} ${M} ${x.y}`, `${weekday(x, "nl")} ${x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`],
  };
  return r.pick(forms[lang]);
}
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `${amount(v, "en")} GBP`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`]);
  return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `EUR ${amount(v, "de")}`]);
}
const recipient = (r: Rng, lang: Lang) => `${r.pick(PEOPLE[lang])}\n${r.pick(STREETS[lang])}`;
const cols = (left: string, right: string, width = 44) => `${left.padEnd(width)}${right}`;
const right = (s: string) => `${" ".repeat(48)}${s}`;
const born = (r: Rng, from = 1945, to = 2003): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
const scanned = scannedAt(0.25, 0.04);

// T1 — utility bill (electricity, gas, water): the bill's date in a reference block, a heading row or alone at the
// right; the billing period, the meter's actual reading at the period's end and the previous one, the direct-debit
// day after the bill. Total "Total amount due" and its translations.
const utilityBill: Template = (r, lang) => {
  const s = UTILITY[lang];
  const x = randomDay(r);
  const p2 = addDays(x, -r.int(2, 9));
  const p1 = addDays(p2, -r.pick([29, 30, 60, 90, 364]));
  const debit = addDays(x, r.int(10, 21));
  const used = r.int(150, 4200);
  const energy = cents(used * r.int(18, 34) / 100);
  const standing = cents(r.int(900, 4500) / 100);
  const total = cents((energy + standing) * (lang === "en" ? 1.05 : lang === "de" ? 1.19 : 1.1));
  const L = {
    en: ["Your energy bill", "Account number", "Bill number", "Bill date", "Billing period", "Meter reading", "actual reading taken on", "previous reading", "Energy used", "Standing charge", "VAT at 5%", "Total amount due", "We will collect this by Direct Debit on or after"],
    de: ["Ihre Jahresverbrauchsabrechnung", "Kundennummer", "Rechnungsnummer", "Rechnungsdatum", "Abrechnungszeitraum", "Zählerstand", "abgelesen am", "vorherige Ablesung", "Verbrauch", "Grundpreis", "MwSt. 19 %", "Rechnungsbetrag", "Wir buchen den Betrag ab am"],
    fr: ["Votre facture", "N° client", "N° de facture", "Date de facture", "Période de facturation", "Index compteur", "relevé réel du", "relevé précédent du", "Consommation", "Abonnement", "TVA", "Montant total à payer", "Prélevé sur votre compte à partir du"],
    es: ["Su factura", "N.º de cliente", "N.º de factura", "Fecha de emisión", "Periodo de facturación", "Lectura del contador", "lectura real del", "lectura anterior del", "Consumo", "Término fijo", "IVA", "Total a pagar", "Se cargará en su cuenta a partir del"],
    it: ["La sua bolletta", "Codice cliente", "N. fattura", "Data emissione", "Periodo di fatturazione", "Lettura contatore", "lettura effettiva del", "lettura precedente del", "Consumi", "Quota fissa", "IVA", "Totale da pagare", "Addebito sul conto corrente dal"],
    nl: ["Uw jaarnota", "Klantnummer", "Factuurnummer", "Factuurdatum", "Periode", "Meterstand", "werkelijke stand op", "vorige stand op", "Verbruik", "Vaste kosten", "btw", "Totaal te betalen", "Wij schrijven dit bedrag af op of na"],
  }[lang];
  const acct = `${r.int(1000000, 9999999)}`;
  const billNo = `${r.int(100000000, 999999999)}`;
  const style = r.int(0, 2);
  const head =
    style === 0
      ? [`${L[1]!}: ${acct}`, `${L[2]!}: ${billNo}`, `${L[3]!}: ${dt(x, lang, r)}`]
      : style === 1
        ? [`${L[1]!.padEnd(18)}${L[2]!.padEnd(20)}${L[3]!}`, `${acct.padEnd(18)}${billNo.padEnd(20)}${dt(x, lang, r)}`]
        : [right(dt(x, lang, r)), "", `${L[1]!}: ${acct} · ${L[2]!}: ${billNo}`];
  const unit = r.chance(0.5) ? "kWh" : "m³";
  const reading = r.int(10000, 90000);
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    ...head,
    "",
    L[0]!,
    `${L[4]!}: ${dt(p1, lang, r)} – ${dt(p2, lang, r)}`,
    `${L[5]!}: ${reading + used} ${unit} (${L[6]!} ${dt(p2, lang, r)}; ${L[7]!} ${dt(p1, lang, r)}: ${reading} ${unit})`,
    "",
    cols(`${L[8]!} ${used} ${unit}`, money(energy, lang, r)),
    cols(L[9]!, money(standing, lang, r)),
    cols(L[10]!, money(cents(total - energy - standing), lang, r)),
    cols(L[11]!, money(total, lang, r)),
    "",
    `${L[12]!} ${dt(debit, lang, r)}.`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "utility-bill", lang }, r, 0.2);
};

// T2 — insurance renewal letter: the letter's date (alone at the right, "Date:" or "<city>, <date>"), the policy
// renewing weeks later and the new period of cover (a year from then: ahead, partly future today), the
// policyholder's birth date, last year's premium; "Total annual premium".
const insuranceRenewal: Template = (r, lang) => {
  const s = INSURER[lang];
  const x = randomDay(r);
  const renew = addDays(x, r.int(21, 45));
  const end = addDays(renew, 364);
  const cancelBy = addDays(renew, -1);
  const old = r.int(18000, 90000) / 100;
  const neu = cents(old * (1 + r.int(2, 14) / 100));
  const L = {
    en: ["Your home insurance renewal", "Policy number", "Policyholder", "date of birth", "Your policy renews on", "Period of cover", "to", "Last year you paid", "Total annual premium", "If you do not want to renew, please tell us before", "Yours sincerely", "Renewals Manager", "Date"],
    de: ["Ihre Beitragsrechnung zur Vertragsverlängerung", "Versicherungsschein-Nr.", "Versicherungsnehmer", "geb. am", "Ihr Vertrag verlängert sich am", "Versicherungszeitraum", "bis", "Bisheriger Jahresbeitrag", "Jahresbeitrag gesamt", "Eine Kündigung muss uns spätestens am folgenden Tag vorliegen:", "Mit freundlichen Grüßen", "Vertragsservice", "Datum"],
    fr: ["Avis d'échéance de votre contrat habitation", "Contrat n°", "Souscripteur", "né(e) le", "Votre contrat sera reconduit le", "Période de garantie", "au", "Cotisation de l'an dernier", "Cotisation annuelle totale", "Si vous ne souhaitez pas le reconduire, prévenez-nous avant le", "Veuillez agréer nos salutations distinguées.", "Le service contrats", "Date"],
    es: ["Renovación de su seguro de hogar", "Póliza n.º", "Tomador", "fecha de nacimiento", "Su póliza se renueva el", "Periodo de cobertura", "al", "Prima del año anterior", "Prima anual total", "Si no desea renovarla, comuníquelo antes del", "Atentamente", "Departamento de Renovaciones", "Fecha"],
    it: ["Rinnovo della sua polizza casa", "Polizza n.", "Contraente", "nato/a il", "La polizza si rinnova il", "Periodo di copertura", "al", "Premio dell'anno scorso", "Premio annuo totale", "Per la disdetta ci scriva entro il", "Distinti saluti", "Ufficio Rinnovi", "Data"],
    nl: ["Verlenging van uw woonverzekering", "Polisnummer", "Verzekeringnemer", "geboortedatum", "Uw verzekering wordt verlengd op", "Verzekeringsperiode", "tot en met", "Vorig jaar betaalde u", "Totale jaarpremie", "Wilt u niet verlengen, laat het ons dan weten vóór", "Met vriendelijke groet", "Afdeling Polisbeheer", "Datum"],
  }[lang];
  const person = r.pick(PEOPLE[lang]);
  const style = r.int(0, 2);
  const dateLine = style === 0 ? right(dt(x, lang, r)) : style === 1 ? `${L[12]!}: ${dt(x, lang, r)}` : right(`${s.city}, ${dt(x, lang, r)}`);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    r.pick(STREETS[lang]),
    "",
    dateLine,
    "",
    L[0]!,
    `${L[1]!}: ${r.pick(["HH", "WG", "PH"])}-${r.int(1000000, 9999999)}`,
    `${L[2]!}: ${bare(person)}, ${L[3]!} ${dt(born(r), lang, r)}`,
    "",
    `${L[4]!} ${dt(renew, lang, r)}.`,
    `${L[5]!}: ${dt(renew, lang, r)} ${L[6]!} ${dt(end, lang, r)}`,
    cols(L[7]!, money(old, lang, r)),
    cols(L[8]!, money(neu, lang, r)),
    "",
    `${L[9]!} ${dt(cancelBy, lang, r)}.`,
    "",
    L[10]!,
    L[11]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: neu, currency: CUR(lang) }) }, kind: "insurance-renewal", lang }, r, 0.2);
};

// T3 — school report: the pupil's birth date, the term (its start and its end, days before the report), days absent,
// grades, a parents' evening weeks later; dated at the foot ("Date:", "<city>, den …", "Issued on") above the
// head's signature. No total.
const schoolReport: Template = (r, lang) => {
  const s = SCHOOL[lang];
  const x = randomDay(r);
  const termEnd = addDays(x, -r.int(0, 4));
  const termStart = addDays(termEnd, -r.int(80, 120));
  const evening = addDays(x, r.int(10, 35));
  const pupil = r.pick({ en: ["Oliver Hughes", "Amelia Clarke"], de: ["Jonas Weber", "Mia Schröder"], fr: ["Lucas Bernard", "Chloé Petit"], es: ["Hugo Navarro", "Lucía Romero"], it: ["Tommaso Ricci", "Sofia Marino"], nl: ["Daan Visser", "Emma de Boer"] }[lang]);
  const L = {
    en: ["PUPIL REPORT", "Pupil", "born", "Class", "Term", "Days absent", "English", "Mathematics", "Science", "Comments", "Works hard and contributes well in class.", "Parents' evening will be held on", "Date", "Headteacher"],
    de: ["HALBJAHRESZEUGNIS", "Schüler/in", "geboren am", "Klasse", "Schulhalbjahr", "Versäumte Tage", "Deutsch", "Mathematik", "Biologie", "Bemerkungen", "Arbeitet zuverlässig und beteiligt sich rege am Unterricht.", "Der Elternsprechtag findet statt am", "Datum", "Schulleiter/in"],
    fr: ["BULLETIN TRIMESTRIEL", "Élève", "né(e) le", "Classe", "Trimestre", "Demi-journées d'absence", "Français", "Mathématiques", "SVT", "Appréciation générale", "Élève sérieux et investi, bon trimestre.", "La réunion parents-professeurs aura lieu le", "Date", "Le principal"],
    es: ["BOLETÍN DE NOTAS", "Alumno/a", "nacido/a el", "Curso", "Evaluación", "Faltas de asistencia", "Lengua", "Matemáticas", "Ciencias", "Observaciones", "Trabaja con constancia y participa en clase.", "La reunión con las familias será el", "Fecha", "El director"],
    it: ["PAGELLA — DOCUMENTO DI VALUTAZIONE", "Alunno/a", "nato/a il", "Classe", "Quadrimestre", "Giorni di assenza", "Italiano", "Matematica", "Scienze", "Giudizio globale", "Impegno costante e buona partecipazione.", "Il colloquio con le famiglie si terrà il", "Data", "Il Dirigente Scolastico"],
    nl: ["RAPPORT", "Leerling", "geboren", "Klas", "Periode", "Dagen afwezig", "Nederlands", "Wiskunde", "Biologie", "Opmerkingen", "Werkt hard en doet goed mee in de les.", "De ouderavond is op", "Datum", "Rector"],
  }[lang];
  const g = () => (lang === "en" ? r.pick(["A", "B", "B+", "C"]) : lang === "de" ? r.pick(["1", "2", "2-", "3"]) : lang === "fr" ? `${r.int(9, 18)},${r.pick(["0", "5"])}/20` : lang === "es" ? r.pick(["Notable", "Sobresaliente", "Bien"]) : lang === "it" ? r.pick(["8", "7", "9", "6"]) : r.pick(["7,4", "6,8", "8,1"]));
  const style = r.int(0, 2);
  const dated = style === 0 ? `${L[12]!}: ${dt(x, lang, r)}` : style === 1 ? `${s.city}, ${lang === "de" ? "den " : ""}${dt(x, lang, r)}` : `${dt(x, lang, r)}`;
  const lines = [
    s.name,
    s.addr,
    "",
    L[0]!,
    `${L[1]!}: ${pupil}, ${L[2]!} ${dt(born(r, 2009, 2018), lang, r)}`,
    `${L[3]!}: ${r.pick(["5B", "7a", "4e", "2º B", "3ª C", "H2b"])}   ${L[4]!}: ${dt(termStart, lang, r)} – ${dt(termEnd, lang, r)}   ${L[5]!}: ${r.int(0, 9)}`,
    "",
    cols(L[6]!, g(), 24),
    cols(L[7]!, g(), 24),
    cols(L[8]!, g(), 24),
    "",
    `${L[9]!}: ${L[10]!}`,
    `${L[11]!} ${dt(evening, lang, r)}.`,
    "",
    dated,
    L[13]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "school-report", lang }, r, 0.3);
};

// T4 — tenancy agreement, signed at the end (the document's date): the tenant's birth date, the tenancy's start
// days or weeks after signing, a fixed term's end a year or two later (partly future today), the rent due on a day
// of each month, a previous tenancy's end in the recitals. The letting agent is the correspondent. No total.
const tenancy: Template = (r, lang) => {
  const s = LETTINGS[lang];
  const x = randomDay(r);
  const start = addDays(x, r.int(3, 40));
  const end = addDays(start, r.pick([364, 729]));
  const rent = r.int(55, 160) * 10;
  const tenant = r.pick(PEOPLE[lang]);
  const L = {
    en: ["ASSURED SHORTHOLD TENANCY AGREEMENT", "Landlord's agent", "Tenant", "date of birth", "Property", "The tenancy starts on", "and ends on", "Rent", "per calendar month, payable in advance on the 1st of each month", "Deposit", "protected with the DPS", "Signed by the parties on", "Landlord's agent", "Tenant"],
    de: ["MIETVERTRAG ÜBER WOHNRAUM", "Vermieter, vertreten durch", "Mieter", "geb. am", "Mietobjekt", "Das Mietverhältnis beginnt am", "und ist befristet bis zum", "Miete", "monatlich, im Voraus bis zum 3. Werktag", "Kaution", "drei Monatsmieten", "Ort, Datum:", "Vermieter", "Mieter"],
    fr: ["CONTRAT DE LOCATION — LOCAUX VIDES À USAGE D'HABITATION", "Bailleur, représenté par", "Locataire", "né(e) le", "Logement", "Le bail prend effet le", "pour se terminer le", "Loyer", "par mois, payable d'avance le 1er de chaque mois", "Dépôt de garantie", "un mois de loyer", "Fait à", "Le bailleur", "Le locataire"],
    es: ["CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "Arrendador, representado por", "Arrendatario", "nacido/a el", "Vivienda", "El arrendamiento comienza el", "y finaliza el", "Renta", "mensuales, pagaderos los cinco primeros días de cada mes", "Fianza", "una mensualidad", "En", "El arrendador", "El arrendatario"],
    it: ["CONTRATTO DI LOCAZIONE AD USO ABITATIVO", "Locatore, rappresentato da", "Conduttore", "nato/a il", "Immobile", "La locazione decorre dal", "e termina il", "Canone", "mensili, da versare entro il giorno 5 di ogni mese", "Deposito cauzionale", "tre mensilità", "Letto, approvato e sottoscritto a", "Il locatore", "Il conduttore"],
    nl: ["HUUROVEREENKOMST WOONRUIMTE", "Verhuurder, vertegenwoordigd door", "Huurder", "geboren op", "Gehuurde", "De huur gaat in op", "en eindigt op", "Huurprijs", "per maand, vóór de 1e van de maand te voldoen", "Waarborgsom", "één maand huur", "Aldus opgemaakt en ondertekend te", "Verhuurder", "Huurder"],
  }[lang];
  const cur = lang === "en" ? "£" : "€ ";
  const signed = {
    en: () => `${L[11]!} ${dt(x, lang, r)}`,
    de: () => `${L[11]!} ${s.city}, ${dt(x, lang, r)}`,
    fr: () => `${L[11]!} ${s.city}, le ${dt(x, lang, r)}`,
    es: () => `${L[11]!} ${s.city}, a ${dt(x, lang, r)}`,
    it: () => `${L[11]!} ${s.city} il ${dt(x, lang, r)}`,
    nl: () => `${L[11]!} ${s.city} op ${dt(x, lang, r)}`,
  }[lang]();
  const lines = [
    L[0]!,
    "",
    `${L[1]!}: ${s.name}, ${s.addr}`,
    `${L[2]!}: ${tenant}, ${L[3]!} ${dt(born(r, 1960, 2004), lang, r)}`,
    `${L[4]!}: ${r.pick(STREETS[lang]).replace("\n", ", ")}`,
    "",
    `1. ${L[5]!} ${dt(start, lang, r)} ${L[6]!} ${dt(end, lang, r)}.`,
    `2. ${L[7]!}: ${cur}${rent} ${L[8]!}.`,
    `3. ${L[9]!}: ${L[10]!}.`,
    "",
    signed,
    "",
    cols(L[12]!, L[13]!),
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "tenancy", lang }, r, 0.3);
};

// T5 — doctor's prescription: the patient's birth date, the prescription's date (in the header, in a "Date" box
// or beside the stamp at the foot), valid until four weeks later, the next appointment, the last issue of a repeat
// prescription. No total.
const prescription: Template = (r, lang) => {
  const s = DOCTOR[lang];
  const x = randomDay(r);
  const valid = addDays(x, 28);
  const lastIssue = addDays(x, -r.int(28, 90));
  const next = addDays(x, r.int(30, 120));
  const L = {
    en: ["PRESCRIPTION", "Patient", "DOB", "NHS no.", "Rx", "Ramipril 5 mg capsules, 28, one daily", "Repeat — last issued", "Valid until", "Next review appointment", "Date", "Signature of prescriber"],
    de: ["Rezept", "Name, Vorname des Versicherten", "geb. am", "Versicherten-Nr.", "Rp.", "Ramipril 5 mg, N1, 1-0-0", "Folgerezept, zuletzt ausgestellt am", "gültig bis", "Nächster Kontrolltermin", "Datum", "Unterschrift des Arztes"],
    fr: ["ORDONNANCE", "Patient", "né(e) le", "N° sécurité sociale", "Prescription", "Ramipril 5 mg, 1 comprimé le matin, 28 jours", "Renouvellement — dernière ordonnance du", "Valable jusqu'au", "Prochain rendez-vous", "Le", "Signature et cachet"],
    es: ["RECETA MÉDICA", "Paciente", "fecha de nacimiento", "CIP", "Prescripción", "Ramipril 5 mg, 28 cápsulas, 1 al día", "Receta de continuación — última emisión", "Válida hasta", "Próxima cita de control", "Fecha", "Firma del médico"],
    it: ["RICETTA MEDICA", "Assistito", "nato/a il", "Codice fiscale", "Rp/", "Ramipril 5 mg, 28 cpr, 1 al giorno", "Prescrizione ripetuta — ultima emissione", "Valida fino al", "Prossima visita di controllo", "Data", "Timbro e firma del medico"],
    nl: ["RECEPT", "Patiënt", "geb.", "BSN", "R/", "Ramipril 5 mg, 28 capsules, 1 x daags", "Herhaalrecept — laatst uitgeschreven op", "Geldig tot", "Volgende controleafspraak", "Datum", "Handtekening arts"],
  }[lang];
  const person = bare(r.pick(PEOPLE[lang]));
  const style = r.int(0, 2);
  const dateLine = `${L[9]!}${lang === "fr" ? "" : ":"} ${dt(x, lang, r)}`;
  const lines = [
    s.name,
    s.addr,
    "",
    L[0]!,
    ...(style === 0 ? [dateLine] : style === 1 ? [right(dt(x, lang, r))] : []),
    `${L[1]!}: ${person}   ${L[2]!} ${dt(born(r), lang, r)}`,
    `${L[3]!}: ${r.int(100000000, 999999999)}`,
    "",
    `${L[4]!} ${L[5]!}`,
    `${L[6]!} ${dt(lastIssue, lang, r)}`,
    `${L[7]!} ${dt(valid, lang, r)}`,
    "",
    `${L[8]!}: ${dt(next, lang, r)}, ${pad(r.int(8, 17))}:${r.pick(["00", "15", "30", "45"])}`,
    "",
    ...(style === 2 ? [cols(dateLine, L[10]!)] : [L[10]!]),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "prescription", lang }, r, 0.35);
};

// T6 — payslip: the pay period (a calendar month), the pay date (the document's date: a day in the last week of
// the month, or the last day), the employee's birth date and start date, the tax year; gross and net pay (no
// total label).
const payslip: Template = (r, lang) => {
  const s = EMPLOYER[lang];
  const mo = randomDay(r);
  const ld = lastDay(mo.y, mo.m);
  const x: Day = { y: mo.y, m: mo.m, d: r.chance(0.4) ? ld : r.int(24, ld - 1) };
  const p1: Day = { y: mo.y, m: mo.m, d: 1 };
  const p2: Day = { y: mo.y, m: mo.m, d: ld };
  const since: Day = { y: r.int(2008, mo.y - 1), m: r.int(1, 12), d: 1 };
  const gross = r.int(210000, 520000) / 100;
  const net = cents(gross * (0.62 + r.int(0, 8) / 100));
  const L = {
    en: ["PAYSLIP", "Employee", "Date of birth", "Employee no.", "Start date", "Pay period", "to", "Pay date", "Tax year", "Basic pay", "Income tax", "National Insurance", "Net pay"],
    de: ["Abrechnung der Brutto/Netto-Bezüge", "Mitarbeiter/in", "Geburtsdatum", "Personal-Nr.", "Eintritt", "Abrechnungszeitraum", "bis", "Auszahlung am", "Steuerjahr", "Gehalt", "Lohnsteuer", "SV-Beiträge", "Auszahlungsbetrag"],
    fr: ["BULLETIN DE PAIE", "Salarié", "Date de naissance", "Matricule", "Date d'entrée", "Période du", "au", "Payé le", "Année", "Salaire de base", "Prélèvement à la source", "Cotisations salariales", "Net à payer"],
    es: ["RECIBO DE SALARIOS", "Trabajador/a", "Fecha de nacimiento", "N.º de afiliación", "Antigüedad", "Periodo de liquidación: del", "al", "Fecha de pago", "Ejercicio", "Salario base", "Retención IRPF", "Cotización Seguridad Social", "Líquido a percibir"],
    it: ["CEDOLINO PAGA", "Dipendente", "Data di nascita", "Matricola", "Data di assunzione", "Periodo di paga: dal", "al", "Data di pagamento", "Anno", "Retribuzione base", "IRPEF", "Contributi INPS", "Netto in busta"],
    nl: ["LOONSTROOK", "Werknemer", "Geboortedatum", "Personeelsnr.", "In dienst sinds", "Periode", "t/m", "Betaaldatum", "Belastingjaar", "Salaris", "Loonheffing", "Premies werknemersverzekeringen", "Netto uit te betalen"],
  }[lang];
  const person = bare(r.pick(PEOPLE[lang]));
  const taxYear = lang === "en" ? `${x.m >= 4 ? x.y : x.y - 1}/${String((x.m >= 4 ? x.y : x.y - 1) + 1).slice(2)}` : `${x.y}`;
  const periodFirst = lang === "fr" || lang === "es" || lang === "it";
  const period = periodFirst ? `${L[5]!} ${dt(p1, lang, r)} ${L[6]!} ${dt(p2, lang, r)}` : `${L[5]!}: ${dt(p1, lang, r)} ${L[6]!} ${dt(p2, lang, r)}`;
  const payLine = `${L[7]!}: ${dt(x, lang, r)}`;
  const payAtFoot = r.chance(0.4);
  const lines = [
    s.name,
    s.addr,
    "",
    L[0]!,
    `${L[1]!}: ${person}   ${L[2]!}: ${dt(born(r, 1960, 2002), lang, r)}`,
    `${L[3]!}: ${r.int(1000, 99999)}   ${L[4]!}: ${dt(since, lang, r)}`,
    period,
    ...(payAtFoot ? [] : [payLine]),
    `${L[8]!}: ${taxYear}`,
    "",
    cols(L[9]!, money(gross, lang, r), 36),
    cols(L[10]!, money(cents(gross * 0.2), lang, r), 36),
    cols(L[11]!, money(cents(gross - net - gross * 0.2), lang, r), 36),
    cols(L[12]!, money(net, lang, r), 36),
    "",
    ...(payAtFoot ? [payLine] : []),
    s.foot,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "payslip", lang };
};

// T7 — court or authority letter with a reference block at the right (our reference, your reference, your letter
// of <an earlier date>, the date — first, last or as "<city>, <date>" under it), a hearing or inspection weeks
// ahead, a deadline for a reply, an earlier decision. No total.
const authorityLetter: Template = (r, lang) => {
  const s = AUTHORITY[lang];
  const x = randomDay(r);
  const theirs = addDays(x, -r.int(5, 40));
  const earlier = addDays(x, -r.int(60, 300));
  const hearing = addDays(x, r.int(20, 70));
  const reply = addDays(x, 14);
  const L = {
    en: ["Our ref", "Your ref", "Your letter of", "Date", "Claim no.", "Dear Sir or Madam,", "Thank you for your letter. The hearing has been listed for", "at 10.00 am. Any further evidence must be filed no later than", "The order of", "remains in force.", "Yours faithfully,", "Court Manager"],
    de: ["Aktenzeichen", "Ihr Zeichen", "Ihr Schreiben vom", "Datum", "Bauantrag", "Sehr geehrte Damen und Herren,", "wir danken für Ihr Schreiben. Die Ortsbesichtigung findet statt am", "um 10:00 Uhr. Ihre Stellungnahme erbitten wir bis", "Unser Bescheid vom", "bleibt bestehen.", "Mit freundlichen Grüßen", "Sachbearbeiterin"],
    fr: ["N/Réf.", "V/Réf.", "Votre courrier du", "Date", "RG n°", "Madame, Monsieur,", "Nous accusons réception de votre courrier. L'audience est fixée au", "à 10 h. Vos conclusions devront être déposées avant le", "L'ordonnance du", "reste applicable.", "Veuillez agréer nos salutations distinguées.", "Le greffier"],
    es: ["N/Ref.", "S/Ref.", "Su escrito de", "Fecha", "Procedimiento n.º", "Muy señor/a mío/a:", "Acusamos recibo de su escrito. La vista se celebrará el", "a las 10:00 horas. Podrá presentar alegaciones hasta el", "El auto de", "sigue vigente.", "Atentamente,", "El Letrado de la Administración de Justicia"],
    it: ["Ns. rif.", "Vs. rif.", "Vs. nota del", "Data", "R.G. n.", "Gentile Signore/Signora,", "in riscontro alla Sua nota, l'udienza è fissata per il", "alle ore 10:00. Eventuali memorie vanno depositate entro il", "Il decreto del", "resta efficace.", "Distinti saluti", "Il Cancelliere"],
    nl: ["Ons kenmerk", "Uw kenmerk", "Uw brief van", "Datum", "Zaaknummer", "Geachte heer/mevrouw,", "Wij hebben uw brief ontvangen. De zitting is bepaald op", "om 10.00 uur. Aanvullende stukken kunt u indienen tot en met", "Het vonnis van", "blijft van kracht.", "Hoogachtend,", "De griffier"],
  }[lang];
  const ours = `${r.int(1, 9)} ${r.pick(["C", "K", "BV", "RG"])} ${r.int(100, 999)}/${String(x.y).slice(2)}`;
  const pos = r.int(0, 2);
  const w = 18;
  const block = [
    ...(pos === 0 ? [`${L[3]!.padEnd(w)}${dt(x, lang, r)}`] : []),
    `${L[0]!.padEnd(w)}${ours}`,
    `${L[1]!.padEnd(w)}${r.pick(["JS/kl", "2025-114", "M/4471", "AB-09"])}`,
    `${L[2]!.padEnd(w)}${dt(theirs, lang, r)}`,
    ...(pos === 1 ? [`${L[3]!.padEnd(w)}${dt(x, lang, r)}`] : []),
  ].map(right);
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    ...block,
    ...(pos === 2 ? ["", right(`${s.city}, ${dt(x, lang, r)}`)] : []),
    "",
    `${L[4]!} ${ours}`,
    "",
    L[5]!,
    "",
    `${L[6]!} ${dt(hearing, lang, r)} ${L[7]!} ${dt(reply, lang, r)}. ${L[8]!} ${dt(earlier, lang, r)} ${L[9]!}`,
    "",
    L[10]!,
    L[11]!,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "authority-letter", lang }, r, 0.3);
};

// T8 — quotation: the quote's date, the customer's enquiry and a site survey before it, valid until weeks later,
// the proposed start of the works; item lines and "Total incl. VAT".
const quotation: Template = (r, lang) => {
  const s = BUILDER[lang];
  const x = randomDay(r);
  const enquiry = addDays(x, -r.int(4, 20));
  const survey = addDays(x, -r.int(1, 3));
  const valid = addDays(x, r.pick([30, 60, 90]));
  const startWork = addDays(x, r.int(20, 70));
  const a = r.int(40000, 400000) / 100;
  const b = r.int(5000, 60000) / 100;
  const rate = lang === "en" ? 0.2 : lang === "de" ? 0.19 : lang === "fr" ? 0.1 : lang === "es" ? 0.21 : lang === "it" ? 0.22 : 0.21;
  const net = cents(a + b);
  const total = cents(net * (1 + rate));
  const L = {
    en: ["QUOTATION", "Quote no.", "Date", "Following your enquiry of", "and our survey on", "we are pleased to quote as follows:", "Strip and re-felt rear roof slope", "Scaffolding", "Subtotal", "VAT 20%", "Total incl. VAT", "This quotation is valid until", "Works could start on"],
    de: ["ANGEBOT", "Angebots-Nr.", "Datum", "Bezug: Ihre Anfrage vom", "und unsere Besichtigung am", "— wir bieten Ihnen an:", "Innenanstrich Wohnung, 3 Zimmer", "Abdeckarbeiten und Material", "Nettobetrag", "MwSt. 19 %", "Gesamtbetrag brutto", "Dieses Angebot ist gültig bis", "Möglicher Ausführungsbeginn"],
    fr: ["DEVIS", "Devis n°", "Date", "Suite à votre demande du", "et à notre visite du", "nous vous proposons :", "Fourniture et pose de 4 fenêtres PVC", "Dépose et évacuation", "Total HT", "TVA 10 %", "Total TTC", "Devis valable jusqu'au", "Début des travaux possible le"],
    es: ["PRESUPUESTO", "Presupuesto n.º", "Fecha", "En respuesta a su solicitud del", "y tras la visita del", "le presentamos el siguiente presupuesto:", "Reforma integral de baño", "Retirada de escombros", "Base imponible", "IVA 21 %", "Total IVA incluido", "Presupuesto válido hasta el", "Inicio previsto de la obra"],
    it: ["PREVENTIVO", "Preventivo n.", "Data", "Facendo seguito alla Sua richiesta del", "e al sopralluogo del", "Le sottoponiamo la seguente offerta:", "Rifacimento impermeabilizzazione terrazzo", "Smaltimento materiali", "Imponibile", "IVA 22%", "Totale IVA inclusa", "Offerta valida fino al", "Inizio lavori previsto il"],
    nl: ["OFFERTE", "Offertenummer", "Datum", "Naar aanleiding van uw aanvraag van", "en onze opname op", "bieden wij u het volgende aan:", "Vervangen dakbedekking aanbouw", "Afvoer oud materiaal", "Subtotaal", "btw 21%", "Totaal incl. btw", "Deze offerte is geldig tot", "Start werkzaamheden mogelijk op"],
  }[lang];
  const style = r.int(0, 1);
  const lines = [
    s.name,
    s.addr,
    "",
    recipient(r, lang),
    "",
    L[0]!,
    ...(style === 0 ? [`${L[1]!}: Q${x.y}-${r.int(100, 999)}`, `${L[2]!}: ${dt(x, lang, r)}`] : [cols(`${L[1]!}: Q${x.y}-${r.int(100, 999)}`, dt(x, lang, r))]),
    "",
    `${L[3]!} ${dt(enquiry, lang, r)} ${L[4]!} ${dt(survey, lang, r)} ${L[5]!}`,
    "",
    cols(L[6]!, money(a, lang, r)),
    cols(L[7]!, money(b, lang, r)),
    cols(L[8]!, money(net, lang, r)),
    cols(L[9]!, money(cents(total - net), lang, r)),
    cols(L[10]!, money(total, lang, r)),
    "",
    `${L[11]!} ${dt(valid, lang, r)}. ${L[12]!} ${dt(startWork, lang, r)}.`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "quotation", lang }, r, 0.2);
};

// T9 — bank statement: the statement period (a month), the opening balance on its first day and the closing one on
// its last, four to six transaction rows dated inside it (booking and value dates, day and month only on some);
// the statement's date after the period on some ("Statement date", "Kontoauszug vom", "Date d'arrêté"), else
// none: the document's date is then the period's end. No total.
const bankStatement: Template = (r, lang) => {
  const s = BANK[lang];
  const mo = randomDay(r);
  const p1: Day = { y: mo.y, m: mo.m, d: 1 };
  const p2: Day = { y: mo.y, m: mo.m, d: lastDay(mo.y, mo.m) };
  const stated = r.chance(0.6);
  const x = stated ? addDays(p2, r.int(1, 3)) : p2;
  const L = {
    en: ["STATEMENT OF ACCOUNT", "Statement no.", "Statement date", "Account", "Period", "to", "Date", "Description", "Paid out", "Paid in", "Balance brought forward on", "Balance carried forward on", ["Card payment TESCO", "Direct debit COUNCIL TAX", "Salary BRIGHTWATER", "Transfer to savings", "Standing order RENT"]],
    de: ["KONTOAUSZUG", "Auszug Nr.", "Kontoauszug vom", "Konto", "Zeitraum", "bis", "Buchung", "Verwendungszweck", "Soll", "Haben", "Alter Kontostand vom", "Neuer Kontostand vom", ["Kartenzahlung REWE", "Lastschrift Stadtwerke", "Gehalt Weser Elektrotechnik", "Dauerauftrag Miete", "Überweisung Sparplan"]],
    fr: ["RELEVÉ DE COMPTE", "Relevé n°", "Date d'arrêté", "Compte", "Période du", "au", "Date", "Libellé", "Débit", "Crédit", "Ancien solde au", "Nouveau solde au", ["CB LECLERC", "Prélèvement EDF", "Virement salaire", "Prélèvement loyer", "Retrait DAB"]],
    es: ["EXTRACTO DE CUENTA", "Extracto n.º", "Fecha de emisión", "Cuenta", "Periodo del", "al", "Fecha", "Concepto", "Cargo", "Abono", "Saldo anterior a", "Saldo final a", ["Compra con tarjeta MERCADONA", "Recibo Iberdrola", "Nómina", "Transferencia", "Recibo comunidad"]],
    it: ["ESTRATTO CONTO", "Estratto n.", "Data di emissione", "Conto", "Periodo dal", "al", "Data", "Descrizione", "Addebiti", "Accrediti", "Saldo iniziale al", "Saldo finale al", ["Pagamento POS COOP", "Addebito SDD Enel", "Stipendio", "Bonifico", "Prelievo Bancomat"]],
    nl: ["REKENINGAFSCHRIFT", "Afschrift nr.", "Datum afschrift", "Rekening", "Periode", "t/m", "Datum", "Omschrijving", "Af", "Bij", "Beginsaldo per", "Eindsaldo per", ["Betaalautomaat JUMBO", "Incasso Vitens", "Salaris", "Overboeking spaarrekening", "Huur"]],
  }[lang] as [string, string, string, string, string, string, string, string, string, string, string, string, string[]];
  const short = (d: Day) => (lang === "en" ? `${pad(d.d)} ${MONTHS.en[d.m - 1]!.slice(0, 3)}` : `${pad(d.d)}.${pad(d.m)}.`);
  const rowDate = r.chance(0.5) ? short : (d: Day) => `${pad(d.d)}.${pad(d.m)}.${d.y}`.replace(lang === "en" ? /\./g : /$^/, "/");
  const days = Array.from({ length: r.int(4, 6) }, () => r.int(1, p2.d)).sort((a, b) => a - b);
  let bal = r.int(20000, 500000) / 100;
  const open = bal;
  const rows = days.map((d, i) => {
    const v = r.int(500, 150000) / 100;
    const credit = i === 1;
    bal = cents(bal + (credit ? v : -v));
    const desc = L[12][i % L[12].length]!;
    return `${rowDate({ y: mo.y, m: mo.m, d }).padEnd(12)}${desc.padEnd(30)}${credit ? "".padEnd(12) + amount(v, lang === "en" ? "en" : "de") : amount(v, lang === "en" ? "en" : "de")}`;
  });
  const periodLine = lang === "fr" || lang === "es" || lang === "it" ? `${L[4]} ${dt(p1, lang, r)} ${L[5]} ${dt(p2, lang, r)}` : `${L[4]}: ${dt(p1, lang, r)} ${L[5]} ${dt(p2, lang, r)}`;
  const lines = [
    s.name,
    "",
    recipient(r, lang),
    "",
    L[0],
    `${L[1]} ${mo.m}/${mo.y}${stated ? `   ${L[2]}: ${dt(x, lang, r)}` : ""}`,
    `${L[3]} ${{ en: "GB33 BUKB 2020 1555 5555 55", de: "DE12 6225 0030 0001 2345 67", fr: "FR14 2004 1010 0505 0001 3M02 606", es: "ES79 2100 0813 6101 2345 6789", it: "IT40 S054 2811 1010 0000 0123 456", nl: "NL02 RABO 0123 4567 89" }[lang]}`,
    periodLine,
    "",
    `${L[6].padEnd(12)}${L[7].padEnd(30)}${L[8].padEnd(12)}${L[9]}`,
    `${L[10]} ${dt(p1, lang, r)}: ${amount(open, lang === "en" ? "en" : "de")}`,
    ...rows,
    `${L[11]} ${dt(p2, lang, r)}: ${amount(bal, lang === "en" ? "en" : "de")}`,
    "",
    s.addr,
    s.foot,
  ];
  return { text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: stated ? "bank-statement-dated" : "bank-statement-period", lang };
};

// T10 — files dated only by their names, in shapes the other halves do not use, day first among them
// ("Rechnung_22092024.pdf", "scan 3.3.2025.pdf", "Doc 03-03-25.pdf"), year first in others ("IMG-20250303-WA0004.jpg",
// "20250303_143210.jpg", "PHOTO-2025-03-03-14-32-10.jpg"); or not at all (label null). The text carries no date of
// its own, but numbers that are none (times, phone numbers, sizes) and, on some, a birth date.
const filesByName: Template = (r, lang) => {
  const x = randomDay(r);
  const notes: PerLang<string[]> = {
    en: ["Parking: level 3, row F, bay 112", "To do\n- renew passport (form 2.4)\n- ring Dr Ellis 01234 567890\n- boiler code 0471", "Whiteboard\nQ3 targets 12% / 8%\nteam 4 + 2 temps\nnext review 10:30", "Happy birthday Grandma!\nborn 14 June 1941\nlove from all 12 of us"],
    de: ["Parkplatz: Ebene 3, Reihe F, Platz 112", "Zu erledigen\n- Reisepass verlängern (Formular 2.4)\n- Dr. Albrecht anrufen 0931 445566\n- Heizungscode 0471", "Whiteboard\nZiele Q3 12 % / 8 %\nTeam 4 + 2 Aushilfen\nnächste Runde 10:30", "Alles Gute zum Geburtstag, Oma!\ngeboren am 14. Juni 1941\nvon uns allen 12"],
    fr: ["Parking : niveau 3, allée F, place 112", "À faire\n- renouveler passeport (formulaire 2.4)\n- appeler Dr Marchand 02 47 12 34 56\n- code chaudière 0471", "Tableau blanc\nobjectifs T3 12 % / 8 %\néquipe 4 + 2 intérimaires\nprochain point 10 h 30", "Joyeux anniversaire Mamie !\nnée le 14 juin 1941\nde nous 12"],
    es: ["Parking: planta 3, fila F, plaza 112", "Pendiente\n- renovar pasaporte (impreso 2.4)\n- llamar a la Dra. Vidal 952 12 34 56\n- código caldera 0471", "Pizarra\nobjetivos T3 12 % / 8 %\nequipo 4 + 2 temporales\npróxima revisión 10:30", "¡Feliz cumpleaños, abuela!\nnacida el 14 de junio de 1941\nde parte de los 12"],
    it: ["Parcheggio: piano 3, fila F, posto 112", "Da fare\n- rinnovare passaporto (modulo 2.4)\n- chiamare dott. Ferri 075 123456\n- codice caldaia 0471", "Lavagna\nobiettivi Q3 12% / 8%\nsquadra 4 + 2 interinali\nprossima verifica 10:30", "Buon compleanno nonna!\nnata il 14 giugno 1941\nda tutti noi 12"],
    nl: ["Parkeren: niveau 3, rij F, plek 112", "Te doen\n- paspoort verlengen (formulier 2.4)\n- huisarts bellen 026 123 4567\n- ketelcode 0471", "Whiteboard\ndoelen Q3 12% / 8%\nteam 4 + 2 uitzendkrachten\nvolgende overleg 10.30", "Gefeliciteerd oma!\ngeboren 14 juni 1941\nvan ons allemaal (12)"],
  };
  const text = r.pick(notes[lang]);
  const kind = r.int(0, 7);
  if (kind === 7) return { text, filename: r.pick(["IMG_8832.jpg", "Scan 12.pdf", "document (2).pdf", "Foto.jpeg", "whiteboard.png"]), documentDate: null, correspondent: null, kind: "undated-file", lang };
  const hh = pad(r.int(7, 21)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
  const word = { en: "invoice", de: "Rechnung", fr: "facture", es: "factura", it: "fattura", nl: "factuur" }[lang];
  const yy = String(x.y).slice(2);
  const filename = [
    `${word}_${pad(x.d)}${pad(x.m)}${x.y}.pdf`,
    `scan ${x.d}.${x.m}.${x.y}.pdf`,
    `Doc ${pad(x.d)}-${pad(x.m)}-${yy}.pdf`,
    `IMG-${x.y}${pad(x.m)}${pad(x.d)}-WA00${r.int(10, 99)}.jpg`,
    `${x.y}${pad(x.m)}${pad(x.d)}_${hh}${mi}${ss}.jpg`,
    `PHOTO-${isoDay(x)}-${hh}-${mi}-${ss}.jpg`,
    `Scan${pad(x.d)}${pad(x.m)}${x.y}${hh}${mi}.pdf`,
  ][kind]!;
  return { text, filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["word-dmy", "dotted-dmy", "dashed-dmy-yy", "whatsapp", "camera", "photo-iso", "scan-dmy-time"][kind]}`, lang };
};

export const HELDOUT4_TEMPLATES: Template[] = [utilityBill, insuranceRenewal, schoolReport, tenancy, prescription, payslip, authorityLetter, quotation, bankStatement, filesByName];
export const heldout4Langs = (): Lang[] => ALL;
