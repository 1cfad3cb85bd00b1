// Development half E of the fields dev set (issue 17). Written as the HELD-OUT half of round 3 (after dev-d.ts
// had been read, committed before any reader change of round 3, measured once); its misses were then read in
// round 4 and it moved to the development side, and heldout.ts was written anew. Letters, invoices, receipts,
// statements and contracts again, in layouts no other half uses: annual utility settlements with meter
// readings, garage invoices with a vehicle's first registration, online-shop invoices with order and delivery
// dates, insurance renewals, rent increase letters, pharmacy and taxi receipts, court letters with a hearing,
// gym contracts signed at the foot, employment references covering years, price lists valid from next year.
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
  type Day,
  type LabelledDoc,
  type Lang,
  type Rng,
} from "./common.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;
const ALL: Lang[] = ["en", "de", "fr", "es", "it", "nl"];
const CUR = (lang: Lang) => (lang === "en" ? "GBP" : "EUR");

function d(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const num = lang === "de" ? `${pad(x.d)}.${pad(x.m)}.${x.y}` : lang === "nl" ? `${x.d}-${x.m}-${x.y}` : `${pad(x.d)}/${pad(x.m)}/${x.y}`;
  const named = { en: `${x.d} ${M} ${x.y}`, de: `${x.d}. ${M} ${x.y}`, fr: `${x.d} ${M} ${x.y}`, es: `${x.d} de ${M} de ${x.y}`, it: `${x.d} ${M} ${x.y}`, nl: `${x.d} ${M} ${x.y}` }[lang];
  const short = { en: `${x.d} ${A} ${x.y}`, de: `${x.d}. ${A} ${x.y}`, fr: `${x.d} ${A} ${x.y}`, es: `${x.d} ${A} ${x.y}`, it: `${x.d} ${A} ${x.y}`, nl: `${x.d} ${A} ${x.y}` }[lang];
  return r.pick([num, num, named, short]);
}
const m = (v: number, lang: Lang, r: Rng) =>
  lang === "en" ? r.pick([`£${amount(v, "en")}`, `GBP ${amount(v, "en")}`]) : lang === "fr" ? r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} EUR`]) : r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);

// J1 — annual utility settlement: meter readings on two dates, the year settled, instalments paid, the balance.
const settlement: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r, 2023, 2026);
  const read2 = addDays(x, -r.int(7, 20));
  const read1 = addDays(read2, -365);
  const paid = r.int(60000, 150000) / 100;
  const due = Math.round((paid * r.int(102, 125)) / 100 * 100) / 100;
  const balance = Math.round((due - paid) * 100) / 100;
  const L = {
    en: ["Annual statement", "Meter reading on", "Charges for the year", "Payments received", "Balance to pay"],
    de: ["Jahresabrechnung", "Zählerstand am", "Kosten im Abrechnungsjahr", "Geleistete Abschläge", "Nachzahlung"],
    fr: ["Facture annuelle de régularisation", "Relevé du", "Consommation de l'année", "Acomptes versés", "Reste à payer"],
    es: ["Liquidación anual", "Lectura del", "Importe del periodo", "Pagos a cuenta", "Saldo a pagar"],
    it: ["Bolletta di conguaglio", "Lettura del", "Importo dell'anno", "Acconti versati", "Importo a conguaglio"],
    nl: ["Jaarafrekening", "Meterstand op", "Kosten over het jaar", "Betaalde termijnbedragen", "Bij te betalen"],
  }[lang];
  const text = [
    s.name,
    `${L[0]} ${read2.y}`,
    `${d(x, lang, r)}`,
    "",
    r.pick(PEOPLE[lang]),
    "",
    `${L[1]} ${d(read1, lang, r)}: ${r.int(10000, 30000)} kWh`,
    `${L[1]} ${d(read2, lang, r)}: ${r.int(30001, 50000)} kWh`,
    "",
    `${L[2]}: ${m(due, lang, r)}`,
    `${L[3]}: ${m(paid, lang, r)}`,
    `${L[4]}: ${m(balance, lang, r)}`,
    "",
    s.reg,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "settlement", lang };
};

// J2 — garage invoice: first registration of the car, the order date, the invoice date, parts and labour.
const garage: Template = (r, lang) => {
  const s = { name: r.pick(["Autohaus Schneider GmbH", "Garage du Centre", "Taller Hermanos Gil", "Officina Meccanica Ferri", "Autobedrijf Visser", "Kwik Motors Ltd"]), reg: "VAT/USt/TVA/IVA/BTW 123456789" };
  const x = randomDay(r);
  const order = addDays(x, -r.int(1, 5));
  const firstReg = { y: r.int(2008, 2022), m: r.int(1, 12), d: r.int(1, 28) };
  const parts = r.int(2000, 60000) / 100;
  const labour = r.int(5000, 40000) / 100;
  const net = Math.round((parts + labour) * 100) / 100;
  const vat = Math.round(net * 0.2 * 100) / 100;
  const total = Math.round((net + vat) * 100) / 100;
  const L = {
    en: ["Invoice", "First registered", "Job card opened", "Invoice date", "Parts", "Labour", "Net", "VAT", "Invoice total"],
    de: ["Rechnung", "Erstzulassung", "Auftrag vom", "Rechnungsdatum", "Teile", "Arbeitslohn", "Netto", "MwSt", "Endbetrag"],
    fr: ["Facture", "1re mise en circulation", "Ordre de réparation du", "Date facture", "Pièces", "Main-d'œuvre", "Total HT", "TVA", "Total TTC"],
    es: ["Factura", "Fecha de matriculación", "Orden de reparación del", "Fecha factura", "Recambios", "Mano de obra", "Base imponible", "IVA", "Total factura"],
    it: ["Fattura", "Immatricolazione", "Ordine di lavoro del", "Data fattura", "Ricambi", "Manodopera", "Imponibile", "IVA", "Totale fattura"],
    nl: ["Factuur", "Datum eerste toelating", "Werkorder van", "Factuurdatum", "Onderdelen", "Arbeidsloon", "Netto", "Btw", "Totaal factuur"],
  }[lang];
  const text = [
    s.name,
    `${L[0]} ${r.int(10000, 99999)}`,
    `${L[3]}: ${d(x, lang, r)}`,
    `${L[2]} ${d(order, lang, r)}`,
    `Kennzeichen/Plate: ${r.pick(["AB-CD 123", "GH 456 IJ", "1234 KLM", "XY 789 ZZ"])}   ${L[1]}: ${d(firstReg, lang, r)}   km ${r.int(20000, 250000)}`,
    "",
    `${L[4]!.padEnd(22)}${m(parts, lang, r)}`,
    `${L[5]!.padEnd(22)}${m(labour, lang, r)}`,
    `${L[6]!.padEnd(22)}${m(net, lang, r)}`,
    `${L[7]!.padEnd(22)}${m(vat, lang, r)}`,
    `${L[8]!.padEnd(22)}${m(total, lang, r)}`,
  ].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "garage-invoice", lang };
};

// J3 — online-shop invoice: order date first, then invoice date, delivery date, grand total with shipping.
const shop: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const ordered = addDays(x, -r.int(0, 3));
  const delivered = addDays(x, r.int(1, 4));
  const items = r.int(500, 20000) / 100;
  const ship = r.pick([0, 3.99, 4.95]);
  const total = Math.round((items + ship) * 100) / 100;
  const L = {
    en: ["Order date", "Invoice date", "Delivery date", "Items", "Shipping", "Grand total"],
    de: ["Bestelldatum", "Rechnungsdatum", "Lieferdatum", "Artikel", "Versand", "Gesamtsumme"],
    fr: ["Date de commande", "Date de facturation", "Date de livraison", "Articles", "Livraison", "Total TTC"],
    es: ["Fecha del pedido", "Fecha de factura", "Fecha de entrega", "Artículos", "Envío", "Total"],
    it: ["Data ordine", "Data fattura", "Data di consegna", "Articoli", "Spedizione", "Totale ordine"],
    nl: ["Besteldatum", "Factuurdatum", "Leverdatum", "Artikelen", "Verzending", "Totaalbedrag"],
  }[lang];
  const text = [s.name, `#${r.int(100, 999)}-${r.int(1000000, 9999999)}`, `${L[0]}: ${d(ordered, lang, r)}`, `${L[1]}: ${d(x, lang, r)}`, `${L[2]}: ${d(delivered, lang, r)}`, "", `${L[3]}: ${m(items, lang, r)}`, `${L[4]}: ${m(ship, lang, r)}`, `${L[5]}: ${m(total, lang, r)}`].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: CUR(lang) }) }, kind: "shop-invoice", lang };
};

// J4 — insurance renewal: dated top right, the cover renews on a later date, the policyholder's birth date.
const renewal: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const renews = addDays(x, r.int(20, 45));
  const b = { y: r.int(1950, 2000), m: r.int(1, 12), d: r.int(1, 28) };
  const L = {
    en: [`Your policy renews on ${d(renews, lang, r)}.`, "Policyholder date of birth"],
    de: [`Ihr Vertrag verlängert sich zum ${d(renews, lang, r)}.`, "Geburtsdatum Versicherungsnehmer"],
    fr: [`Votre contrat sera reconduit le ${d(renews, lang, r)}.`, "Date de naissance du souscripteur"],
    es: [`Su póliza se renovará el ${d(renews, lang, r)}.`, "Fecha de nacimiento del tomador"],
    it: [`La Sua polizza si rinnova il ${d(renews, lang, r)}.`, "Data di nascita del contraente"],
    nl: [`Uw polis wordt verlengd per ${d(renews, lang, r)}.`, "Geboortedatum verzekeringnemer"],
  }[lang];
  const text = [`${s.name}${" ".repeat(12)}${d(x, lang, r)}`, s.street, s.city, "", r.pick(PEOPLE[lang]), r.pick(STREETS[lang]), "", L[0], `${L[1]}: ${d(b, lang, r)}`, "", s.reg].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "renewal", lang };
};

// J5 — rent increase: a place-and-date line, the last increase in the past, the new rent from a later date.
const rentIncrease: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const last = addDays(x, -r.int(400, 900));
  const from = addDays(x, r.int(60, 100));
  const city = r.pick(["Berlin", "Lyon", "Bilbao", "Bologna", "Leiden", "York"]);
  const L = {
    en: [`${city}, ${d(x, lang, r)}`, `Your rent was last increased on ${d(last, lang, r)}. From ${d(from, lang, r)} it will be`],
    de: [`${city}, ${d(x, lang, r)}`, `Ihre Miete wurde zuletzt zum ${d(last, lang, r)} angepasst. Ab dem ${d(from, lang, r)} beträgt sie`],
    fr: [`${city}, le ${d(x, lang, r)}`, `Votre loyer a été révisé pour la dernière fois le ${d(last, lang, r)}. À compter du ${d(from, lang, r)}, il s'élèvera à`],
    es: [`${city}, ${d(x, lang, r)}`, `Su renta se actualizó por última vez el ${d(last, lang, r)}. A partir del ${d(from, lang, r)} será de`],
    it: [`${city}, ${d(x, lang, r)}`, `Il canone è stato aggiornato l'ultima volta il ${d(last, lang, r)}. Dal ${d(from, lang, r)} sarà di`],
    nl: [`${city}, ${d(x, lang, r)}`, `Uw huur is voor het laatst verhoogd op ${d(last, lang, r)}. Met ingang van ${d(from, lang, r)} bedraagt deze`],
  }[lang];
  const text = [s.name, s.street, s.city, "", r.pick(PEOPLE[lang]), r.pick(STREETS[lang]), "", L[0], "", `${L[1]} ${m(r.int(500, 2000), lang, r)}.`, "", s.reg].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "rent-increase", lang };
};

// J6 — pharmacy receipt: a prescription's date, the day it was dispensed, the customer's share.
const pharmacy: Template = (r, lang) => {
  const s = { name: r.pick(["Apotheke am Markt", "Pharmacie de la Gare", "Farmacia Central", "Farmacia San Marco", "Apotheek De Linde", "Boots Pharmacy"]) };
  const x = randomDay(r);
  const rx = addDays(x, -r.int(1, 10));
  const share = r.int(500, 4000) / 100;
  const L = {
    en: ["Prescription dated", "Dispensed", "Total"],
    de: ["Rezept vom", "Abgabe", "Gesamt"],
    fr: ["Ordonnance du", "Délivré le", "Total"],
    es: ["Receta de", "Dispensado el", "Total"],
    it: ["Ricetta del", "Erogato il", "Totale"],
    nl: ["Recept van", "Afgeleverd op", "Totaal"],
  }[lang];
  const a = (v: number) => (lang === "en" ? amount(v, "en") : amount(v, "plain-comma"));
  let text = [s.name, `${L[0]} ${d(rx, lang, r)}`, `${L[1]} ${d(x, lang, r)}`, "", `PZN ${r.int(1000000, 9999999)}   ${a(share)}`, `${L[2]} ${CUR(lang)} ${a(share)}`].join("\n");
  const noisy = r.chance(0.3);
  if (noisy) text = ocrNoise(text, r, 0.05);
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: share, currency: CUR(lang) }) }, kind: noisy ? "pharmacy-ocr" : "pharmacy", lang };
};

// J7 — taxi receipt: the ride's date and times, fare, tip, amount paid.
const taxi: Template = (r, lang) => {
  const s = { name: r.pick(["Taxi Zentrale", "Taxis G7", "Radio Taxi", "Taxi Blu", "TCA Taxi", "City Cabs"]) };
  const x = randomDay(r);
  const fare = r.int(800, 6000) / 100;
  const tip = r.int(0, 500) / 100;
  const paid = Math.round((fare + tip) * 100) / 100;
  const L = {
    en: ["Date of journey", "Fare", "Tip", "Amount paid"],
    de: ["Fahrtdatum", "Fahrpreis", "Trinkgeld", "Bezahlt"],
    fr: ["Date de la course", "Prix de la course", "Pourboire", "Montant payé"],
    es: ["Fecha del servicio", "Tarifa", "Propina", "Importe pagado"],
    it: ["Data corsa", "Tariffa", "Mancia", "Importo pagato"],
    nl: ["Ritdatum", "Ritprijs", "Fooi", "Betaald"],
  }[lang];
  const text = [s.name, `${L[0]}: ${d(x, lang, r)}  ${pad(r.int(0, 23))}:${pad(r.int(0, 59))} - ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`, `${L[1]}: ${m(fare, lang, r)}`, `${L[2]}: ${m(tip, lang, r)}`, `${L[3]}: ${m(paid, lang, r)}`].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: paid, currency: CUR(lang) }) }, kind: "taxi", lang };
};

// J8 — court letter: a case number, a hearing set for a later date, the letter's date in a reference block.
const court: Template = (r, lang) => {
  const x = randomDay(r);
  const hearing = addDays(x, r.int(20, 90));
  const filed = addDays(x, -r.int(20, 200));
  const L = {
    en: ["County Court at Leeds", "Claim no.", "Date", `The hearing will take place on ${d(hearing, lang, r)} at 10:00.`, `Claim issued on ${d(filed, lang, r)}.`],
    de: ["Amtsgericht Köln", "Aktenzeichen", "Datum", `Termin zur mündlichen Verhandlung wird bestimmt auf ${d(hearing, lang, r)}, 10:00 Uhr.`, `Klage eingereicht am ${d(filed, lang, r)}.`],
    fr: ["Tribunal judiciaire de Lyon", "RG n°", "Date", `L'audience est fixée au ${d(hearing, lang, r)} à 10 h.`, `Assignation délivrée le ${d(filed, lang, r)}.`],
    es: ["Juzgado de Primera Instancia n.º 3 de Bilbao", "Procedimiento", "Fecha", `La vista se celebrará el ${d(hearing, lang, r)} a las 10:00.`, `Demanda presentada el ${d(filed, lang, r)}.`],
    it: ["Tribunale di Bologna", "R.G.", "Data", `L'udienza è fissata per il ${d(hearing, lang, r)} alle ore 10:00.`, `Ricorso depositato il ${d(filed, lang, r)}.`],
    nl: ["Rechtbank Den Haag", "Zaaknummer", "Datum", `De zitting vindt plaats op ${d(hearing, lang, r)} om 10.00 uur.`, `Dagvaarding uitgebracht op ${d(filed, lang, r)}.`],
  }[lang];
  const text = [L[0], "", `${L[1]}: ${r.int(100, 999)} C ${r.int(1000, 9999)}/${String(x.y).slice(2)}`, `${L[2]}: ${d(x, lang, r)}`, "", L[4], L[3]].join("\n");
  return { text, documentDate: isoDay(x), correspondent: L[0], kind: "court-letter", lang };
};

// J9 — gym contract: start, minimum term, signed at the foot with place and date in one field.
const gym: Template = (r, lang) => {
  const s = { name: r.pick(["FitX Studio", "Basic-Fit", "Gimnasio Vital", "Palestra Energia", "Sportcity", "PureGym"]) };
  const x = randomDay(r);
  const start = addDays(x, r.int(0, 14));
  const b = { y: r.int(1965, 2005), m: r.int(1, 12), d: r.int(1, 28) };
  const L = {
    en: ["Membership agreement", "Date of birth", "Start date", "Minimum term 12 months", "Place, date"],
    de: ["Mitgliedsvertrag", "Geburtsdatum", "Vertragsbeginn", "Mindestlaufzeit 12 Monate", "Ort, Datum"],
    fr: ["Contrat d'abonnement", "Date de naissance", "Date de début", "Durée minimale 12 mois", "Lieu, date"],
    es: ["Contrato de socio", "Fecha de nacimiento", "Fecha de alta", "Permanencia mínima 12 meses", "Lugar y fecha"],
    it: ["Contratto di iscrizione", "Data di nascita", "Data inizio", "Durata minima 12 mesi", "Luogo e data"],
    nl: ["Lidmaatschapsovereenkomst", "Geboortedatum", "Ingangsdatum", "Minimale looptijd 12 maanden", "Plaats, datum"],
  }[lang];
  const city = r.pick(["Hamburg", "Nantes", "Málaga", "Verona", "Delft", "Leeds"]);
  const text = [s.name, L[0], "", `${r.pick(PEOPLE[lang])}`, `${L[1]}: ${d(b, lang, r)}`, `${L[2]}: ${d(start, lang, r)}`, L[3], "", `${L[4]}: ${city}, ${d(x, lang, r)}`, "__________________"].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "gym-contract", lang };
};

// J10 — employment reference: years of employment, the reference's date at the foot.
const reference: Template = (r, lang) => {
  const s = r.pick(SENDERS[lang]);
  const x = randomDay(r);
  const end = addDays(x, -r.int(0, 30));
  const start = { y: end.y - r.int(2, 9), m: r.int(1, 12), d: 1 };
  const b = { y: r.int(1960, 2000), m: r.int(1, 12), d: r.int(1, 28) };
  const person = r.pick(PEOPLE[lang]);
  const L = {
    en: ["REFERENCE", `${person}, born on ${d(b, lang, r)}, worked for us from ${d(start, lang, r)} until ${d(end, lang, r)}.`],
    de: ["ARBEITSZEUGNIS", `${person}, geboren am ${d(b, lang, r)}, war vom ${d(start, lang, r)} bis zum ${d(end, lang, r)} bei uns beschäftigt.`],
    fr: ["CERTIFICAT DE TRAVAIL", `${person}, né(e) le ${d(b, lang, r)}, a été employé(e) du ${d(start, lang, r)} au ${d(end, lang, r)}.`],
    es: ["CERTIFICADO DE EMPRESA", `${person}, nacido/a el ${d(b, lang, r)}, ha trabajado en nuestra empresa desde el ${d(start, lang, r)} hasta el ${d(end, lang, r)}.`],
    it: ["CERTIFICATO DI SERVIZIO", `${person}, nato/a il ${d(b, lang, r)}, ha lavorato presso di noi dal ${d(start, lang, r)} al ${d(end, lang, r)}.`],
    nl: ["WERKGEVERSVERKLARING", `${person}, geboren op ${d(b, lang, r)}, was van ${d(start, lang, r)} tot en met ${d(end, lang, r)} bij ons in dienst.`],
  }[lang];
  const city = s.city.replace(/[\d]+/g, "").replace(/\b[A-Z]{1,2}\b/g, "").split(",")[0]!.trim();
  const text = [s.name, "", L[0], "", L[1], "", `${city}, ${d(x, lang, r)}`, "", s.name, s.reg].join("\n");
  return { text, documentDate: isoDay(x), correspondent: s.name, kind: "reference", lang };
};

// J11 — price list valid from next year (no date of its own), and notes with no date at all.
const undatedJ: Template = (r, lang) => {
  if (r.chance(0.5)) {
    const valid = { y: 2027, m: 1, d: 1 };
    const L = { en: "Price list — valid from", de: "Preisliste — gültig ab", fr: "Tarifs applicables à partir du", es: "Tarifas válidas desde el", it: "Listino prezzi valido dal", nl: "Prijslijst — geldig vanaf" }[lang];
    return { text: `${L} ${d(valid, lang, r)}\nA 12,00\nB 18,50`, filename: "prices.pdf", documentDate: null, correspondent: null, kind: "future-price-list", lang };
  }
  const note = { en: "Call the plumber back.", de: "Klempner zurückrufen.", fr: "Rappeler le plombier.", es: "Llamar al fontanero.", it: "Richiamare l'idraulico.", nl: "Loodgieter terugbellen." }[lang];
  return { text: note, filename: r.pick(["note.txt", "memo.pdf"]), documentDate: null, correspondent: null, kind: "no-date", lang };
};

export const DEV_E_TEMPLATES: Template[] = [settlement, garage, shop, renewal, rentIncrease, pharmacy, taxi, court, gym, reference, undatedJ];
export const devELangs = (): Lang[] => ALL;
