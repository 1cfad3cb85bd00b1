// The sixth HELD-OUT half of the fields dev set (issue 17), round 9: written and committed (with its JSONL) before
// any reader change of round 9, to measure the document-date reader on documents nobody tuned on. Never read by
// training, never used to choose between variants before the one measurement. Written from the earlier halves'
// headers and templates only (not from the reader). Unlike the earlier held-out halves, its mix follows what a
// household or a small office uploads to a document manager, in proportions close to reality, so that its figure
// estimates accuracy on typical uploads: half everyday kinds in layouts and wordings the other halves do not use —
// suppliers' invoices to a small office (order, delivery and due dates), shop till receipts (date and time at the
// foot, an exchange-by date, loyalty points valid until), credit-card statements (the statement date closing a
// period, a payment due date, dated transaction rows), letters from the tax office (the return received on, a
// deadline), insurers' claim settlements (the date of loss, the claim reported on) and service agreements signed
// at the end (a start date, a minimum term), phone and internet bills (a billing period, a direct-debit date) and
// private medical bills (treatment dates in a table, the patient's birth date) — and the other half kinds no other
// half uses: notaries' and solicitors' letters (a deed signed on, a signing appointment ahead), membership fee
// notices (member since, the fee year, a debit date), child benefit decisions (the child's birth date, the
// application, entitled from), road toll invoices (journeys with dates and times in a table), freight invoices
// (collection and delivery), appliance repair invoices (the visit, the purchase date, a repair warranty until),
// property tax bills (instalments ahead, the assessment date) and student grant decisions (the academic year, the
// first payment). Some documents are phone photos or scans dated only by their file names (a receipt with its head
// cut off, a meter reading, a note), some carry no date at all (terms and conditions, a business card, a leaflet:
// label null). Dates as these senders print them: "3 March 2025", "03/03/2025", "3 Mar 2025", "March 3, 2025",
// "03.03.2025", "3. März 2025", "03.03.25", "3 mars 2025", "03/03/2025", "3 de marzo de 2025", "03-03-2025",
// "3 marzo 2025", "03.03.2025", "3 maart 2025", "3-3-2025", ISO dates from systems, times beside them.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, moneyLabel, pad, PEOPLE, randomDay, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, VAT, type Org, org, cents, lastDay, bare, bareAmt, cols, num, home, totalOf, turn, scannedAt } from "./common.ts";

/** The date as this half's documents print it. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const yy = String(x.y).slice(2);
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${A} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${M} ${x.d}, ${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${pad(x.d)}.${pad(x.m)}.${yy}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${pad(x.d)}/${pad(x.m)}/${yy}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`],
    nl: [`${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d} ${M} ${x.y}`, `${x.d}-${x.m}-${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
  };
  return r.pick(forms[lang]);
}
const monthYear = (x: Day, lang: Lang) => `${MONTHS[lang][x.m - 1]!} ${x.y}`;
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `£${amount(v, "en")}`, `GBP ${amount(v, "en")}`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} €`, `${amount(v, "plain-comma")} EUR`]);
  return r.pick([`${amount(v, "de")} €`, `€ ${amount(v, "de")}`, `${amount(v, "de")} EUR`]);
}
const right = (s: string) => `${" ".repeat(46)}${s}`;
const row = (cells: string[], w = 20) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(Math.max(w, c.length + 2)))).join("");
const born = (r: Rng, from = 1945, to = 2003): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
const clock = (r: Rng, from = 8, to = 18): [number, number] => [r.int(from, to), r.int(0, 59)];
const scanned = scannedAt(0.25, 0.035);

// ─── Everyday kinds ──────────────────────────────────────────────────────────────────────────────────────────────

const SUPPLIER: PerLang<Org> = {
  en: org("Pennant Office Supplies Ltd", "Unit 9, Riverside Park, Warrington WA1 1RW", "Bank: Lloyds · Sort code 30-94-57 · Acc 10442871 · VAT GB 412 8830 19", "Warrington"),
  de: org("Bürobedarf Sauerland GmbH", "Gewerbepark 7 · 58638 Iserlohn", "Sparkasse Iserlohn · IBAN DE41 4455 0045 0000 1123 44 · HRB 5521 · USt-IdNr. DE 219 334 812", "Iserlohn"),
  fr: org("Fournitures Bureau Atlantique", "ZA de la Chauvinière, 44800 Saint-Herblain", "SAS au capital de 150 000 € · RCS Nantes 441 220 913 · TVA FR 22 441220913", "Saint-Herblain"),
  es: org("Suministros de Oficina Turia S.L.", "Polígono Fuente del Jarro, Calle Ciudad de Sevilla 21, 46988 Paterna", "CIF B-46332018 · Inscrita en el R.M. de Valencia, Tomo 7.220", "Paterna"),
  it: org("Cartoleria Ingrosso Emiliana S.r.l.", "Via dell'Industria 33, 41122 Modena", "P.IVA 02981120365 · REA MO-344120 · IBAN IT60 X054 2811 1010 0000 0123 456", "Modena"),
  nl: org("Kantoorgemak B.V.", "Edisonstraat 14, 3861 NE Nijkerk", "KvK 31044872 · btw NL8190.22.410.B01 · IBAN NL20 RABO 0312 4455 66", "Nijkerk"),
};
const CLIENT: PerLang<string> = {
  en: "Hartley & Moss Accountants\n41 Bridge Street\nChester CH1 1NQ",
  de: "Steuerkanzlei Albers\nMarktstraße 3\n59494 Soest",
  fr: "Cabinet d'architecture Roux\n9 rue des Halles\n49100 Angers",
  es: "Gestoría Navarro\nCalle Colón 18\n46004 Valencia",
  it: "Studio Dentistico Ferraresi\nVia Emilia 112\n42121 Reggio Emilia",
  nl: "Fysiotherapie De Linde\nLindelaan 8\n3862 AB Nijkerk",
};

// T1 — a supplier's invoice to a small office: the invoice date in an information block at the right, in a heading
// row over values, or on one line with the number ("Rechnung Nr. 2025-0412 vom 03.03.2025"); the customer's order
// days before, the delivery date, a due date after the payment terms; rows of goods, net, VAT and the total.
const supplierInvoice: Template = (r, lang) => {
  const s = SUPPLIER[lang];
  const x = randomDay(r);
  const order = addDays(x, -r.int(2, 12));
  const delivered = addDays(x, -r.int(0, 2));
  const days = r.pick([14, 30]);
  const due = addDays(x, days);
  const L = {
    en: { inv: "INVOICE", no: "Invoice no.", date: "Invoice date", tax: "Tax point", cust: "Account no.", ord: "Your order", of: "of", del: "Delivered", qty: "Qty", desc: "Description", unit: "Unit price", amt: "Amount", net: "Goods total", vat: "VAT", tot: "Invoice total", terms: `Terms: ${days} days net. Please pay by`, items: ["A4 copier paper 80 g, box of 5 reams", "Toner cartridge HP 59A", "Lever arch files, pack of 10", "Ballpoint pens blue, box of 50", "Desk organiser, black mesh"], oneLine: (n: string, d: string) => `Invoice ${n} dated ${d}` },
    de: { inv: "RECHNUNG", no: "Rechnungs-Nr.", date: "Rechnungsdatum", tax: "Leistungsdatum", cust: "Kunden-Nr.", ord: "Ihre Bestellung", of: "vom", del: "Lieferdatum", qty: "Menge", desc: "Artikel", unit: "Einzelpreis", amt: "Gesamt", net: "Nettobetrag", vat: "zzgl. MwSt.", tot: "Rechnungsbetrag", terms: `Zahlbar innerhalb von ${days} Tagen ohne Abzug bis zum`, items: ["Kopierpapier A4 80 g, 5 x 500 Blatt", "Toner Brother TN-2420", "Ordner 8 cm, 10 Stück", "Kugelschreiber blau, 50 Stück", "Schreibtischunterlage"], oneLine: (n: string, d: string) => `Rechnung Nr. ${n} vom ${d}` },
    fr: { inv: "FACTURE", no: "N° facture", date: "Date de facture", tax: "Date de livraison", cust: "Code client", ord: "Votre commande", of: "du", del: "Livré le", qty: "Qté", desc: "Désignation", unit: "P.U. HT", amt: "Montant HT", net: "Total HT", vat: "TVA", tot: "Total TTC", terms: `Paiement à ${days} jours, échéance le`, items: ["Ramette papier A4 80 g (carton de 5)", "Cartouche toner Canon 055", "Classeurs à levier, lot de 10", "Stylos bille bleus, boîte de 50", "Agrafeuse de bureau"], oneLine: (n: string, d: string) => `Facture n° ${n} du ${d}` },
    es: { inv: "FACTURA", no: "N.º factura", date: "Fecha factura", tax: "Fecha de entrega", cust: "N.º cliente", ord: "Su pedido", of: "del", del: "Entregado el", qty: "Cant.", desc: "Descripción", unit: "Precio", amt: "Importe", net: "Base imponible", vat: "IVA", tot: "Total factura", terms: `Forma de pago: transferencia a ${days} días. Vencimiento:`, items: ["Papel A4 80 g, caja de 5 paquetes", "Tóner HP 207A", "Archivadores de palanca, pack de 10", "Bolígrafos azules, caja de 50", "Grapadora de sobremesa"], oneLine: (n: string, d: string) => `Factura n.º ${n} de fecha ${d}` },
    it: { inv: "FATTURA", no: "Fattura n.", date: "Data fattura", tax: "Data consegna", cust: "Cod. cliente", ord: "Vs. ordine", of: "del", del: "DDT del", qty: "Q.tà", desc: "Descrizione", unit: "Prezzo unit.", amt: "Importo", net: "Imponibile", vat: "IVA", tot: "Totale documento", terms: `Pagamento: bonifico ${days} gg d.f., scadenza`, items: ["Carta A4 80 g, scatola 5 risme", "Toner Kyocera TK-1150", "Raccoglitori a leva, conf. 10", "Penne a sfera blu, conf. 50", "Cucitrice da tavolo"], oneLine: (n: string, d: string) => `Fattura n. ${n} del ${d}` },
    nl: { inv: "FACTUUR", no: "Factuurnummer", date: "Factuurdatum", tax: "Leverdatum", cust: "Klantnummer", ord: "Uw order", of: "van", del: "Geleverd op", qty: "Aantal", desc: "Omschrijving", unit: "Prijs", amt: "Bedrag", net: "Subtotaal excl. btw", vat: "btw", tot: "Totaal incl. btw", terms: `Betaling binnen ${days} dagen, uiterlijk op`, items: ["Printpapier A4 80 g, doos 5 pakken", "Toner HP 305A", "Ordners 80 mm, 10 stuks", "Balpennen blauw, doos 50", "Nietmachine"], oneLine: (n: string, d: string) => `Factuur ${n} d.d. ${d}` },
  }[lang];
  const no = `${x.y}-${pad(r.int(1, 9999), 4)}`;
  const cust = `${r.int(10000, 99999)}`;
  const ordNo = `PO-${r.int(100, 999)}`;
  const picks = L.items.filter(() => r.chance(0.6)).slice(0, 4);
  const items = picks.length ? picks : [L.items[0]!];
  const rows = items.map((d) => {
    const q = r.int(1, 6);
    const u = r.int(299, 6500) / 100;
    return { d, q, u, a: cents(q * u) };
  });
  const net = cents(rows.reduce((t, x2) => t + x2.a, 0));
  const vat = cents((net * VAT[lang]) / 100);
  const total = cents(net + vat);
  const style = r.int(0, 2);
  const w = 44;
  const head =
    style === 0
      ? [right(`${L.no}: ${no}`), right(`${L.date}: ${dt(x, lang, r)}`), right(`${L.cust}: ${cust}`), right(`${L.ord}: ${ordNo} ${L.of} ${dt(order, lang, r)}`), "", L.inv]
      : style === 1
        ? [L.inv, row([L.no, L.date, L.cust, L.tax]), row([no, num(x, lang), cust, num(delivered, lang)]), `${L.ord} ${ordNo} ${L.of} ${dt(order, lang, r)}`]
        : [L.oneLine(no, dt(x, lang, r)), `${L.cust} ${cust} · ${L.ord} ${ordNo} ${L.of} ${dt(order, lang, r)} · ${L.del} ${dt(delivered, lang, r)}`];
  const lines = [
    s.name,
    s.addr,
    "",
    CLIENT[lang],
    "",
    ...head,
    "",
    row([L.qty, L.desc.padEnd(36), L.unit, L.amt], 8),
    ...rows.map((x2) => row([String(x2.q), x2.d.padEnd(36), bareAmt(x2.u, lang), bareAmt(x2.a, lang)], 8)),
    "",
    cols(L.net, money(net, lang, r), w),
    cols(`${L.vat} ${VAT[lang]} %`, money(vat, lang, r), w),
    cols(L.tot, money(total, lang, r), w),
    "",
    ...(style === 0 ? [`${L.del}: ${dt(delivered, lang, r)}`] : []),
    `${L.terms} ${dt(due, lang, r)}.`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "supplier-invoice", lang }, r, 0.2);
};

const STORE: PerLang<Org> = {
  en: org("HOMEBASE DIY", "Retail Park, Hadley Road, Telford TF1 5JR", "VAT No. GB 398 1120 44", "Telford"),
  de: org("OBI Markt Göttingen", "Hannoversche Str. 80 · 37077 Göttingen", "St.-Nr. 20/211/44102", "Göttingen"),
  fr: org("E.Leclerc Saint-Médard", "Avenue Montesquieu, 33160 Saint-Médard-en-Jalles", "SIRET 388 112 093 00018", "Saint-Médard-en-Jalles"),
  es: org("LIDL SUPERMERCADOS S.A.U.", "Avda. de la Paz 14, 26004 Logroño", "NIF A-60195278", "Logroño"),
  it: org("Esselunga S.p.A.", "Via Ripamonti 199, 20141 Milano", "P.IVA 04916380159", "Milano"),
  nl: org("Jumbo Supermarkten", "Stationsweg 40, 5211 TW 's-Hertogenbosch", "KvK 16067834", "'s-Hertogenbosch"),
};

// T2 — a shop's till receipt: the store's head, rows of items, the total, the card payment; the date and time at
// the foot with the till and receipt number (or in the card slip only); an exchange-by date in some shops, loyalty
// points valid until the end of next year in others.
const tillReceipt: Template = (r, lang) => {
  const s = STORE[lang];
  const x = randomDay(r);
  const [hh, mi] = clock(r, 8, 20);
  const L = {
    en: { items: ["Wood screws 4x40 200pk", "Masking tape 25mm", "Paint roller set", "Sugar soap 1L", "Dust sheet", "Filler 330g"], total: "TOTAL", paid: "VISA CONTACTLESS", change: "CHANGE DUE", exch: "Please keep your receipt. Refunds and exchanges until", points: "Clubcard points this visit", pv: "Points expire", till: "Till", rcpt: "Trans", vat: "VAT INCLUDED", thanks: "THANK YOU FOR SHOPPING WITH US" },
    de: { items: ["Schrauben 4x40 200 St.", "Malerkrepp 25 mm", "Farbroller-Set", "Spachtelmasse 330 g", "Abdeckfolie 4x5 m", "Akku AA 4er"], total: "SUMME EUR", paid: "girocard", change: "Rückgeld", exch: "Umtausch mit Kassenbon bis", points: "PAYBACK Punkte", pv: "Punkte gültig bis", till: "Kasse", rcpt: "Bon-Nr.", vat: "MwSt. 19 % enthalten", thanks: "Vielen Dank für Ihren Einkauf" },
    fr: { items: ["BAGUETTE TRADITION", "LAIT DEMI-ECREME 1L", "YAOURT NATURE X8", "POMMES GOLDEN KG", "CAFE MOULU 250G", "PAPIER TOILETTE X12"], total: "TOTAL A PAYER", paid: "CB SANS CONTACT", change: "RENDU", exch: "Échange ou remboursement possible jusqu'au", points: "Ticket E.Leclerc crédité", pv: "Valable jusqu'au", till: "Caisse", rcpt: "Ticket", vat: "dont TVA", thanks: "MERCI DE VOTRE VISITE" },
    es: { items: ["LECHE ENTERA 1L", "PAN DE MOLDE", "TOMATE RAMA KG", "ACEITE OLIVA 1L", "YOGUR NATURAL X4", "DETERGENTE 3L"], total: "TOTAL", paid: "TARJETA BANCARIA", change: "CAMBIO", exch: "Cambios y devoluciones con este ticket hasta el", points: "Lidl Plus: cupones canjeados", pv: "Cupón válido hasta", till: "Caja", rcpt: "Ticket", vat: "IVA incluido", thanks: "GRACIAS POR SU COMPRA" },
    it: { items: ["LATTE P.S. 1L", "PANE COMUNE", "POMODORI KG", "PASTA 500G", "OLIO EVO 1L", "CAFFE 250G"], total: "TOTALE COMPLESSIVO", paid: "PAGAMENTO ELETTRONICO", change: "RESTO", exch: "Cambio merce entro il", points: "Punti Fìdaty", pv: "Punti validi fino al", till: "Cassa", rcpt: "Doc. n.", vat: "di cui IVA", thanks: "GRAZIE E ARRIVEDERCI" },
    nl: { items: ["HALFVOLLE MELK 1L", "VOLKORENBROOD", "BANANEN KG", "KOFFIE 500G", "KAAS JONG BELEGEN", "WASMIDDEL"], total: "TOTAAL", paid: "PINNEN", change: "WISSELGELD", exch: "Ruilen met kassabon tot", points: "Extra's spaarpunten", pv: "Punten geldig t/m", till: "Kassa", rcpt: "Bon", vat: "waarvan btw", thanks: "BEDANKT EN TOT ZIENS" },
  }[lang];
  const picks = L.items.filter(() => r.chance(0.6));
  const items = (picks.length >= 2 ? picks : L.items.slice(0, 3)).map((d) => ({ d, p: r.int(49, lang === "en" || lang === "de" ? 1899 : 699) / 100 }));
  const total = cents(items.reduce((t, i) => t + i.p, 0));
  const style = r.int(0, 2);
  const stampLine = row([`${num(x, lang)} ${pad(hh)}:${pad(mi)}`, `${L.till} ${r.int(1, 12)}`, `${L.rcpt} ${r.int(1000, 9999)}`], 18);
  const exch = addDays(x, r.pick([14, 28, 30]));
  const pv: Day = { y: x.y + 1, m: 12, d: 31 };
  const extra = lang === "en" || lang === "de" || lang === "es" ? `${L.exch} ${num(exch, lang)}` : `${L.points}: ${r.int(3, 60)} · ${L.pv} ${num(pv, lang)}`;
  const slip = [`${L.paid}`, `************${r.int(1000, 9999)}`, `${style === 1 ? `${num(x, lang)}  ${pad(hh)}:${pad(mi)}:${pad(r.int(0, 59))}  ` : ""}AID A000000003101${r.int(0, 9)}`, `AUTH ${r.int(100000, 999999)}`];
  const lines = [
    s.name.toUpperCase(),
    s.addr,
    s.foot,
    "",
    ...items.map((i) => cols(i.d, bareAmt(i.p, lang), 32)),
    "-".repeat(40),
    cols(L.total, bareAmt(total, lang), 32),
    cols(L.paid, bareAmt(total, lang), 32),
    cols(L.change, bareAmt(0, lang), 32),
    `${L.vat} ${bareAmt(cents(total - total / (1 + VAT[lang] / 100)), lang)}`,
    "",
    ...(style === 1 ? slip : []),
    ...(style === 1 ? [] : [stampLine]),
    "",
    extra,
    L.thanks,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "till-receipt", lang }, r, 0.35);
};

const CARD: PerLang<Org> = {
  en: org("Lanyard Credit Card Services", "PO Box 5020, Northampton NN4 7YD", "Lanyard Bank plc · Registered in England 02110349 · FCA 114422", "Northampton"),
  de: org("Hanseatic Kreditkarte", "Kundenservice · Postfach 11 09 21 · 20409 Hamburg", "Hanseatische Kartenbank AG · HRB 122341", "Hamburg"),
  fr: org("Carte Azur Mastercard", "Service clients, TSA 40117, 59092 Roubaix Cedex 9", "Azur Crédit SA · RCS Lille 542 097 902 · ORIAS 07 023 128", "Roubaix"),
  es: org("Tarjeta Iris Visa", "Apartado de Correos 1120, 28080 Madrid", "Iris Financiera E.F.C., S.A. · NIF A-80122931", "Madrid"),
  it: org("CartaSì Nexa", "Servizio Clienti, Casella Postale 311, 20101 Milano", "Nexa Payments S.p.A. · P.IVA 04107060966", "Milano"),
  nl: org("ICS Creditcard Services", "Postbus 23225, 1100 DS Amsterdam", "International Card Services B.V. · KvK 33207216", "Amsterdam"),
};

// T3 — a credit-card statement: the statement date that closes the period (in a summary box, at the head, or only as
// "Period … to …" over the rows), the previous statement's date, a payment due date (direct debit on), transaction
// rows with a transaction and a posting date (day and month only on some), the card's expiry. No total.
const cardStatement: Template = (r, lang) => {
  const s = CARD[lang];
  const x = randomDay(r);
  const prev = addDays(x, -r.pick([28, 30, 31]));
  const due = addDays(x, r.int(18, 25));
  const L = {
    en: { title: "Your Mastercard statement", sd: "Statement date", prev: "Previous statement", period: "Transactions from", to: "to", due: "Payment due date", min: "Minimum payment", bal: "New balance", limit: "Credit limit", hdr: ["Date", "Posted", "Details", "Amount"], tx: ["AMAZON UK MARKETPLACE", "SAINSBURYS S/MKTS", "TRAINLINE.COM", "SPOTIFY P1A2B3", "BOOTS 1142"], payment: "PAYMENT RECEIVED - THANK YOU", exp: "Card expires", dd: "Your Direct Debit will be collected on or after" },
    de: { title: "Ihre Kreditkartenabrechnung", sd: "Abrechnungsdatum", prev: "Letzte Abrechnung", period: "Umsätze vom", to: "bis", due: "Fällig am", min: "Mindestbetrag", bal: "Neuer Saldo", limit: "Verfügungsrahmen", hdr: ["Beleg", "Buchung", "Umsatz", "Betrag EUR"], tx: ["AMAZON EU S.A.R.L.", "ARAL STATION 2211", "DB VERTRIEB GMBH", "NETFLIX.COM", "IKEA HAMBURG"], payment: "LASTSCHRIFT AUSGLEICH", exp: "Karte gültig bis", dd: "Der Betrag wird von Ihrem Referenzkonto eingezogen am" },
    fr: { title: "Relevé de votre carte", sd: "Date d'arrêté", prev: "Relevé précédent", period: "Opérations du", to: "au", due: "Date de prélèvement", min: "Mensualité", bal: "Solde du relevé", limit: "Réserve disponible", hdr: ["Date opé.", "Date val.", "Libellé", "Montant"], tx: ["FNAC DARTY PARIS", "TOTALENERGIES", "SNCF INTERNET", "DEEZER", "MONOPRIX 0412"], payment: "VOTRE PRELEVEMENT MERCI", exp: "Carte valable jusqu'à fin", dd: "Prélèvement sur votre compte le" },
    es: { title: "Extracto de su tarjeta", sd: "Fecha de liquidación", prev: "Liquidación anterior", period: "Movimientos del", to: "al", due: "Fecha de cargo", min: "Cuota mínima", bal: "Saldo dispuesto", limit: "Límite de crédito", hdr: ["Fecha", "F. valor", "Comercio", "Importe"], tx: ["EL CORTE INGLES", "REPSOL E.S.", "RENFE VIAJEROS", "NETFLIX", "ZARA 3321"], payment: "PAGO RECIBIDO", exp: "Caducidad de la tarjeta", dd: "Se cargará en su cuenta el" },
    it: { title: "Estratto conto carta", sd: "Data estratto conto", prev: "Estratto precedente", period: "Movimenti dal", to: "al", due: "Data addebito", min: "Importo minimo", bal: "Saldo a debito", limit: "Fido", hdr: ["Data op.", "Data reg.", "Descrizione", "Importo"], tx: ["AMAZON EU", "ENI STATION", "TRENITALIA", "SPOTIFY", "IPERCOOP 212"], payment: "ADDEBITO SU C/C", exp: "Scadenza carta", dd: "L'importo sarà addebitato sul Suo conto il" },
    nl: { title: "Uw creditcardoverzicht", sd: "Datum overzicht", prev: "Vorig overzicht", period: "Transacties van", to: "t/m", due: "Incassodatum", min: "Minimaal te betalen", bal: "Nieuw saldo", limit: "Bestedingslimiet", hdr: ["Datum", "Boeking", "Omschrijving", "Bedrag"], tx: ["BOL.COM", "SHELL 4411", "NS INTERNATIONAL", "NETFLIX", "HEMA 082"], payment: "BETALING ONTVANGEN", exp: "Kaart geldig tot", dd: "Het bedrag wordt afgeschreven op of na" },
  }[lang];
  const n = r.int(3, 5);
  const dm = (d: Day) => (lang === "en" ? `${pad(d.d)} ${MONTHS_ABBR.en[d.m - 1]}` : r.chance(0.5) ? `${pad(d.d)}.${pad(d.m)}` : num(d, lang).slice(0, 5));
  const items: { t: Day; p: Day; what: string; v: number }[] = [];
  let sum = 0;
  const payDay = addDays(prev, r.int(10, 22));
  for (let i = 0; i < n; i++) {
    const t = addDays(prev, r.int(1, 27));
    const v = r.int(450, 18900) / 100;
    sum += v;
    items.push({ t, p: addDays(t, r.int(0, 2)), what: r.pick(L.tx), v });
  }
  const previous = r.int(5000, 90000) / 100;
  items.push({ t: payDay, p: payDay, what: L.payment, v: -previous });
  items.sort((a, b) => isoDay(a.t).localeCompare(isoDay(b.t)));
  const rows = items.map((i) => row([dm(i.t), dm(i.p), i.what, i.v < 0 ? `-${bareAmt(-i.v, lang)}` : bareAmt(i.v, lang)], 12));
  const bal = cents(sum);
  const exp = `${pad(r.int(1, 12))}/${pad((x.y + r.int(1, 4)) % 100)}`;
  const style = r.int(0, 2);
  const summary = [
    cols(L.sd, dt(x, lang, r), 28),
    cols(L.prev, dt(prev, lang, r), 28),
    cols(L.bal, money(bal, lang, r), 28),
    cols(L.min, money(cents(Math.max(5, bal * 0.03)), lang, r), 28),
    cols(L.due, dt(due, lang, r), 28),
  ];
  const lines = [
    s.name,
    s.addr,
    "",
    r.pick(PEOPLE[lang]),
    home(r, lang),
    "",
    L.title,
    `${lang === "es" ? "Visa" : "Mastercard"} •••• ${r.int(1000, 9999)} · ${L.exp} ${exp} · ${L.limit} ${money(r.pick([1500, 2500, 5000]), lang, r)}`,
    "",
    ...(style === 2 ? [`${L.period} ${dt(addDays(prev, 1), lang, r)} ${L.to} ${dt(x, lang, r)}`, cols(L.bal, money(bal, lang, r), 28)] : summary),
    "",
    row(L.hdr, 12),
    ...rows,
    "",
    `${L.dd} ${dt(due, lang, r)}.`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "credit-card-statement", lang }, r, 0.15);
};

const TAX: PerLang<Org> = {
  en: org("HM Revenue & Customs", "Self Assessment, BX9 1AS", "www.gov.uk/hmrc · Telephone 0300 200 3310", "Newcastle"),
  de: org("Finanzamt Gelsenkirchen-Süd", "Zeppelinallee 9-13 · 45883 Gelsenkirchen", "Öffnungszeiten Servicezentrum: Mo–Do 7:30–15:00, Fr 7:30–12:00", "Gelsenkirchen"),
  fr: org("Direction générale des Finances publiques", "Service des impôts des particuliers de Tours, 94 boulevard Béranger, 37000 Tours", "Vos démarches sur impots.gouv.fr", "Tours"),
  es: org("Agencia Tributaria", "Delegación de Murcia, Gran Vía Escultor Salzillo 21, 30005 Murcia", "Sede electrónica: sede.agenciatributaria.gob.es", "Murcia"),
  it: org("Agenzia delle Entrate", "Direzione Provinciale di Bergamo, Via Giuseppe Suardi 16, 24124 Bergamo", "Ufficio Territoriale di Bergamo", "Bergamo"),
  nl: org("Belastingdienst", "Postbus 2526, 6401 DA Heerlen", "BelastingTelefoon 0800 0543", "Heerlen"),
};
const INSURER: PerLang<Org> = {
  en: org("Beacon Home & Motor Insurance", "Claims Department, 1 Tower Place, Cardiff CF10 4RA", "Beacon Insurance Company Ltd · FCA 202911", "Cardiff"),
  de: org("Hanse Hausrat Versicherung AG", "Schadenabteilung · Domshof 8 · 28195 Bremen", "Sitz Bremen · HRB 22014 · Vorstand: Dr. E. Lorenz", "Bremen"),
  fr: org("Assurances Mutuelles de l'Ouest", "Service sinistres, 2 rue du Breil, 35000 Rennes", "Société d'assurance mutuelle · Entreprise régie par le Code des assurances", "Rennes"),
  es: org("Mutua Cantábrica de Seguros", "Departamento de Siniestros, Paseo de Pereda 12, 39004 Santander", "NIF V-39002211 · DGSFP M-0122", "Santander"),
  it: org("Assicurazioni Adriatica S.p.A.", "Ufficio Sinistri, Riva del Mandracchio 4, 34124 Trieste", "Iscritta all'Albo Imprese IVASS n. 1.00112", "Trieste"),
  nl: org("Verzekeraar Noordhave N.V.", "Afdeling Schade, Postbus 900, 8901 BR Leeuwarden", "KvK 01022331 · AFM 12000411", "Leeuwarden"),
};
const PROVIDER: PerLang<Org> = {
  en: org("Sparkle & Shine Cleaning Services", "22 Mill Lane, Guildford GU1 3YQ", "Sparkle & Shine Ltd · Company no. 10443129", "Guildford"),
  de: org("Gartenpflege Brandt", "Inh. Ole Brandt · Feldweg 3 · 24582 Bordesholm", "St.-Nr. 20/115/09221", "Bordesholm"),
  fr: org("Ménage Services Plus", "14 avenue de la Gare, 64000 Pau", "Organisme agréé services à la personne SAP/512220931 · SIRET 512 220 931 00016", "Pau"),
  es: org("Mantenimientos Alhambra S.L.", "Calle Recogidas 40, 18005 Granada", "CIF B-18442019", "Granada"),
  it: org("Pulizie Brianza Servizi S.n.c.", "Via Cavour 19, 20900 Monza", "P.IVA 05122340966", "Monza"),
  nl: org("Schoonmaakbedrijf Glashelder", "Industrieweg 9, 7001 BN Doetinchem", "KvK 09182233", "Doetinchem"),
};

// T4 — letters from an authority or a company, and agreements, taken in turn: the tax office asking for receipts
// (the return received on, the tax year, a deadline to answer, the taxpayer's birth date on some), an insurer
// settling a claim (the date of loss, the claim reported on, the policy's period; the amount paid is the total),
// a cleaning or garden service agreement signed at the foot (the start date, a minimum term, a notice period).
let letterTurn = 0;
const letters: Template = (r, lang) => {
  const k = turn(letterTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = TAX[lang];
    const received = addDays(x, -r.int(20, 90));
    const deadline = addDays(x, r.pick([14, 21, 28, 30]));
    const dob = born(r, 1950, 1998);
    const year = x.m >= 4 ? x.y - 1 : x.y - 2;
    const L = {
      en: { ref: "UTR", date: "Date", re: `Self Assessment tax return ${year}-${pad((year + 1) % 100)}`, body: `Thank you for your tax return, which we received on ${dt(received, lang, r)}. We are checking the figures you gave for rental income and allowable expenses. Please send us copies of the receipts and the letting agent's statements for the year.`, dl: "Please reply by", dob: "Date of birth", sign: "Yours sincerely", signer: "K. Adeyemi, Officer of HM Revenue and Customs" },
      de: { ref: "Steuernummer", date: "Datum", re: `Einkommensteuererklärung ${year}`, body: `Ihre Einkommensteuererklärung ist am ${dt(received, lang, r)} bei uns eingegangen. Für die Bearbeitung benötige ich noch Nachweise über die geltend gemachten Werbungskosten (Arbeitsmittel, Fahrten zur Arbeitsstätte) sowie die Bescheinigung über die Kinderbetreuungskosten.`, dl: "Bitte reichen Sie die Unterlagen ein bis zum", dob: "Geburtsdatum", sign: "Mit freundlichen Grüßen", signer: "Im Auftrag\nFr. Kowalczyk, Sachbearbeiterin" },
      fr: { ref: "Numéro fiscal", date: "Date", re: `Demande de renseignements — impôt sur le revenu ${year}`, body: `Votre déclaration de revenus ${year} a été reçue le ${dt(received, lang, r)}. Afin de poursuivre son examen, je vous remercie de me transmettre les justificatifs des frais réels déduits et des dons déclarés.`, dl: "Je vous prie de me répondre avant le", dob: "Date de naissance", sign: "Je vous prie d'agréer l'expression de ma considération distinguée.", signer: "L'inspecteur des finances publiques" },
      es: { ref: "NIF", date: "Fecha", re: `Requerimiento de documentación — IRPF ${year}`, body: `En relación con su declaración del IRPF del ejercicio ${year}, presentada el ${dt(received, lang, r)}, se le requiere para que aporte los justificantes de la deducción por alquiler de vivienda habitual y de las donaciones declaradas.`, dl: "Plazo para atender este requerimiento: hasta el", dob: "Fecha de nacimiento", sign: "Atentamente,", signer: "El Jefe de la Dependencia de Gestión Tributaria" },
      it: { ref: "Codice fiscale", date: "Data", re: `Richiesta di documenti — dichiarazione dei redditi ${year}`, body: `Con riferimento alla dichiarazione dei redditi per l'anno d'imposta ${year}, trasmessa il ${dt(received, lang, r)}, La invitiamo a esibire la documentazione relativa alle spese sanitarie e agli interessi passivi del mutuo indicati.`, dl: "La documentazione va presentata entro il", dob: "Data di nascita", sign: "Distinti saluti", signer: "Il Capo Ufficio\n(firma autografa sostituita a mezzo stampa)" },
      nl: { ref: "BSN", date: "Datum", re: `Aangifte inkomstenbelasting ${year}`, body: `Wij hebben uw aangifte inkomstenbelasting ${year} op ${dt(received, lang, r)} ontvangen. Om uw aangifte te kunnen beoordelen, hebben wij nog gegevens nodig over de aftrekposten voor zorgkosten en giften.`, dl: "Stuur ons de gegevens vóór", dob: "Geboortedatum", sign: "Met vriendelijke groet,", signer: "Belastingdienst/Particulieren\nnamens deze, M. de Graaf" },
    }[lang];
    const ref = { en: `${r.int(10000, 99999)} ${r.int(10000, 99999)}`, de: `319/${r.int(1000, 9999)}/${r.int(1000, 9999)}`, fr: `${r.int(10, 39)} ${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)} ${r.int(100, 999)}`, es: `${r.int(10000000, 99999999)}K`, it: "BNCMRC80A01H501U", nl: `${r.int(100, 999)}.${r.int(10, 99)}.${r.int(100, 999)}` }[lang];
    const style = r.int(0, 2);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [right(`${L.ref}: ${ref}`), right(`${L.date}: ${dt(x, lang, r)}`)] : style === 1 ? [row([L.ref, L.dob, L.date], 24), row([ref, num(dob, lang), num(x, lang)], 24)] : [right(`${s.city}, ${dt(x, lang, r)}`), `${L.ref}: ${ref}`]),
      "",
      L.re,
      "",
      lang === "de" ? `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${name.split(" ").pop()},` : lang === "fr" ? "Madame, Monsieur," : lang === "es" ? "Estimado/a contribuyente:" : lang === "it" ? "Gentile contribuente," : lang === "nl" ? "Geachte heer/mevrouw," : `Dear ${name},`,
      "",
      L.body,
      `${L.dl} ${dt(deadline, lang, r)}.`,
      "",
      L.sign,
      L.signer,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "tax-office-letter", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = INSURER[lang];
    const loss = addDays(x, -r.int(20, 80));
    const reported = addDays(loss, r.int(1, 6));
    const pStart: Day = { y: loss.m >= 6 ? loss.y : loss.y - 1, m: 6, d: 1 };
    const pEnd = addDays({ y: pStart.y + 1, m: 6, d: 1 }, -1);
    const damage = r.int(600, 4800);
    const excess = r.pick([100, 150, 250, 300]);
    const paid = damage - excess;
    const L = {
      en: { claim: "Claim number", pol: "Policy number", date: "Date", re: "Your claim for water damage", body: `We have now completed our assessment of the escape of water at your home on ${dt(loss, lang, r)}, which you reported to us on ${dt(reported, lang, r)}. Your home contents policy was in force from ${dt(pStart, lang, r)} to ${dt(pEnd, lang, r)}.`, dmg: "Agreed cost of repairs", exc: "Less policy excess", pay: "Amount we will pay", transfer: "We will pay this into your bank account within 5 working days.", sign: "Kind regards", signer: "Claims Handler" },
      de: { claim: "Schaden-Nr.", pol: "Versicherungsschein-Nr.", date: "Datum", re: "Ihr Leitungswasserschaden", body: `den Leitungswasserschaden vom ${dt(loss, lang, r)}, den Sie uns am ${dt(reported, lang, r)} gemeldet haben, haben wir geprüft. Ihre Hausratversicherung bestand vom ${dt(pStart, lang, r)} bis ${dt(pEnd, lang, r)}.`, dmg: "Anerkannter Schaden", exc: "abzüglich Selbstbeteiligung", pay: "Auszahlungsbetrag", transfer: "Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto.", sign: "Mit freundlichen Grüßen", signer: "Ihre Schadenabteilung" },
      fr: { claim: "N° de sinistre", pol: "N° de contrat", date: "Le", re: "Objet : votre sinistre dégât des eaux", body: `Suite au dégât des eaux survenu le ${dt(loss, lang, r)} et déclaré le ${dt(reported, lang, r)}, nous avons examiné le rapport de l'expert. Votre contrat multirisque habitation couvrait la période du ${dt(pStart, lang, r)} au ${dt(pEnd, lang, r)}.`, dmg: "Montant des dommages retenu", exc: "Franchise contractuelle", pay: "Indemnité versée", transfer: "Le virement sera effectué sous 5 jours ouvrés.", sign: "Nous vous prions d'agréer nos salutations distinguées.", signer: "Le gestionnaire sinistres" },
      es: { claim: "N.º de siniestro", pol: "N.º de póliza", date: "Fecha", re: "Asunto: liquidación de su siniestro por daños por agua", body: `Una vez finalizada la peritación del siniestro ocurrido el ${dt(loss, lang, r)} y comunicado el ${dt(reported, lang, r)}, le informamos de la liquidación. Su póliza de hogar estaba en vigor del ${dt(pStart, lang, r)} al ${dt(pEnd, lang, r)}.`, dmg: "Daños valorados", exc: "Franquicia", pay: "Importe a abonar", transfer: "Recibirá la transferencia en su cuenta en un plazo de 5 días hábiles.", sign: "Atentamente,", signer: "Departamento de Siniestros" },
      it: { claim: "Sinistro n.", pol: "Polizza n.", date: "Data", re: "Oggetto: liquidazione sinistro danni da acqua", body: `A seguito della perizia relativa al sinistro del ${dt(loss, lang, r)}, denunciato il ${dt(reported, lang, r)}, Le comunichiamo la liquidazione. La polizza casa era in vigore dal ${dt(pStart, lang, r)} al ${dt(pEnd, lang, r)}.`, dmg: "Danno accertato", exc: "Franchigia", pay: "Importo liquidato", transfer: "Il bonifico sarà disposto entro 5 giorni lavorativi.", sign: "Cordiali saluti", signer: "Ufficio Sinistri" },
      nl: { claim: "Schadenummer", pol: "Polisnummer", date: "Datum", re: "Onderwerp: uw waterschade", body: `Wij hebben de waterschade van ${dt(loss, lang, r)}, die u op ${dt(reported, lang, r)} bij ons meldde, beoordeeld. Uw inboedelverzekering liep van ${dt(pStart, lang, r)} tot en met ${dt(pEnd, lang, r)}.`, dmg: "Vastgestelde schade", exc: "Eigen risico", pay: "Uit te keren bedrag", transfer: "Wij maken het bedrag binnen 5 werkdagen over.", sign: "Met vriendelijke groet,", signer: "Afdeling Schade" },
    }[lang];
    const claim = `${r.pick(["CL", "S", "SIN", "SN", "NH"])}-${r.int(100000, 999999)}`;
    const pol = `${r.int(1000000, 9999999)}`;
    const style = r.int(0, 2);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [right(`${L.date} ${lang === "fr" ? "" : ": "}${dt(x, lang, r)}`.replace(/\s+:/, ":")), "", `${L.claim}: ${claim}`, `${L.pol}: ${pol}`] : style === 1 ? [row([L.claim, L.pol, L.date], 24), row([claim, pol, dt(x, lang, r)], 24)] : [right(`${s.city}, ${dt(x, lang, r)}`), `${L.claim} ${claim} · ${L.pol} ${pol}`]),
      "",
      L.re,
      "",
      lang === "de" ? `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${name.split(" ").pop()},` : lang === "fr" ? "Madame, Monsieur," : lang === "es" ? `Estimado/a ${name}:` : lang === "it" ? `Gentile ${name},` : lang === "nl" ? `Geachte ${person},` : `Dear ${name},`,
      "",
      L.body,
      "",
      cols(L.dmg, money(damage, lang, r), 36),
      cols(L.exc, `- ${money(excess, lang, r)}`, 36),
      cols(L.pay, money(paid, lang, r), 36),
      "",
      L.transfer,
      "",
      L.sign,
      L.signer,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(paid, lang), kind: "claim-settlement", lang }, r, 0.25);
  }
  const s = PROVIDER[lang];
  const start = addDays(x, r.int(5, 30));
  const months = r.pick([6, 12, 24]);
  const fee = r.int(60, 260);
  const dob = born(r, 1945, 1995);
  const L = {
    en: { title: "DOMESTIC CLEANING AGREEMENT", between: "between", and: "and the client", dob: "date of birth", s1: `1. Services: fortnightly cleaning of the client's home, 3 hours per visit, starting on ${dt(start, lang, r)}.`, s2: `2. Fee: ${money(fee, lang, r)} per month, payable by standing order on the 1st of each month.`, s3: `3. Term: a minimum of ${months} months; thereafter either party may end this agreement with one month's notice in writing.`, s4: "4. Keys are held under the key-holding policy enclosed.", signed: (d: string) => `Signed at ${s.city} on ${d}`, date: "Date", c: "Client", p: "For the company" },
    de: { title: "DIENSTLEISTUNGSVERTRAG GARTENPFLEGE", between: "zwischen", and: "und dem Auftraggeber", dob: "geb. am", s1: `§ 1 Leistungen: Rasenmähen, Heckenschnitt und Laubentfernung nach Leistungsverzeichnis, erstmals ab dem ${dt(start, lang, r)}.`, s2: `§ 2 Vergütung: monatlich ${money(fee, lang, r)} zzgl. MwSt., fällig zum 3. Werktag eines Monats.`, s3: `§ 3 Laufzeit: Der Vertrag läuft mindestens ${months} Monate und verlängert sich danach um jeweils ein Jahr, wenn er nicht drei Monate vor Ablauf gekündigt wird.`, s4: "§ 4 Es gelten die beigefügten AGB.", signed: (d: string) => `${s.city}, den ${d}`, date: "Datum", c: "Auftraggeber", p: "Auftragnehmer" },
    fr: { title: "CONTRAT DE PRESTATION DE SERVICES À DOMICILE", between: "entre", and: "et le client", dob: "né(e) le", s1: `Article 1 — Objet : ménage et repassage au domicile du client, 4 heures par semaine, à compter du ${dt(start, lang, r)}.`, s2: `Article 2 — Prix : ${money(fee, lang, r)} par mois, prélevés le 5 de chaque mois. Ouvre droit au crédit d'impôt de 50 %.`, s3: `Article 3 — Durée : ${months} mois minimum, puis reconduction tacite, résiliable avec un préavis d'un mois.`, s4: "Article 4 — Conditions générales jointes.", signed: (d: string) => `Fait à ${s.city}, le ${d}, en deux exemplaires.`, date: "Date", c: "Le client", p: "Le prestataire" },
    es: { title: "CONTRATO DE MANTENIMIENTO DE COMUNIDAD", between: "entre", and: "y el cliente", dob: "nacido/a el", s1: `Primera. Objeto: limpieza de zonas comunes y mantenimiento de jardín, con inicio el ${dt(start, lang, r)}.`, s2: `Segunda. Precio: ${money(fee, lang, r)} mensuales más IVA, domiciliados los días 5 de cada mes.`, s3: `Tercera. Duración: ${months} meses, prorrogable por periodos anuales salvo preaviso de un mes.`, s4: "Cuarta. Las partes se someten a los juzgados de Granada.", signed: (d: string) => `En ${s.city}, a ${d}`, date: "Fecha", c: "El cliente", p: "La empresa" },
    it: { title: "CONTRATTO DI SERVIZIO DI PULIZIA", between: "tra", and: "e il cliente", dob: "nato/a il", s1: `Art. 1 — Oggetto: pulizia settimanale dell'abitazione del cliente, 3 ore per intervento, con decorrenza dal ${dt(start, lang, r)}.`, s2: `Art. 2 — Corrispettivo: ${money(fee, lang, r)} mensili IVA inclusa, con addebito SDD il giorno 10 di ogni mese.`, s3: `Art. 3 — Durata: ${months} mesi minimo, con rinnovo tacito salvo disdetta con preavviso di 30 giorni.`, s4: "Art. 4 — Foro competente: Monza.", signed: (d: string) => `Monza, lì ${d}`, date: "Data", c: "Il cliente", p: "La ditta" },
    nl: { title: "OVEREENKOMST SCHOONMAAKDIENSTEN", between: "tussen", and: "en de opdrachtgever", dob: "geboren op", s1: `Artikel 1 — Werkzaamheden: wekelijkse schoonmaak van de woning, 3 uur per keer, ingaande ${dt(start, lang, r)}.`, s2: `Artikel 2 — Tarief: ${money(fee, lang, r)} per maand, via automatische incasso rond de 25e van de maand.`, s3: `Artikel 3 — Duur: minimaal ${months} maanden, daarna maandelijks opzegbaar met een opzegtermijn van één maand.`, s4: "Artikel 4 — Op deze overeenkomst zijn de algemene voorwaarden van toepassing.", signed: (d: string) => `Aldus overeengekomen en getekend te ${s.city} op ${d}`, date: "Datum", c: "Opdrachtgever", p: "Opdrachtnemer" },
  }[lang];
  const style = r.int(0, 1);
  const lines = [
    s.name,
    s.addr,
    "",
    L.title,
    "",
    `${L.between} ${s.name}, ${s.addr}`,
    `${L.and} ${name}, ${L.dob} ${dt(dob, lang, r)}, ${home(r, lang).replace("\n", ", ")}`,
    "",
    L.s1,
    L.s2,
    L.s3,
    L.s4,
    "",
    ...(style === 0 ? [L.signed(dt(x, lang, r)), "", row([L.c, L.p], 30), row([`${name}`, "_______________"], 30)] : [row([L.c, L.p], 30), row([`${L.date}: ${num(x, lang)}`, `${L.date}: ${num(x, lang)}`], 30), row(["_______________", "_______________"], 30)]),
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "service-agreement", lang }, r, 0.3);
};

const TELCO: PerLang<Org> = {
  en: org("Fibrelink Broadband", "PO Box 710, Glasgow G2 1QX", "Fibrelink Communications Ltd · Registered in Scotland SC412290", "Glasgow"),
  de: org("NetzPlus Telekommunikation GmbH", "Kundenservice · Postfach 10 05 20 · 30855 Langenhagen", "Registergericht Hannover HRB 60122", "Langenhagen"),
  fr: org("Bouygtel Box", "Service clients, TSA 59013, 60643 Chantilly Cedex", "SA au capital de 712 588 399 € · RCS Paris 397 480 930", "Chantilly"),
  es: org("Digivox Telecomunicaciones S.A.", "Apartado 4022, 08080 Barcelona", "CIF A-08994110", "Barcelona"),
  it: org("FastLine Telecomunicazioni S.p.A.", "Casella Postale 212, 10121 Torino", "P.IVA 11227340018", "Torino"),
  nl: org("Kabelnet Thuis B.V.", "Postbus 1255, 3500 BG Utrecht", "KvK 30198771", "Utrecht"),
};
const CLINIC: PerLang<Org> = {
  en: org("Riverside Physiotherapy Clinic", "8 Quay Street, Exeter EX2 4AN", "HCPC registered · Payment by card or bank transfer (sort code 20-11-44, acc 80334712)", "Exeter"),
  de: org("Privatpraxis für Orthopädie Dr. med. Jörg Winter", "Schlossstraße 21 · 76133 Karlsruhe", "IBAN DE22 6605 0101 0010 4455 66 · Rechnung nach GOÄ", "Karlsruhe"),
  fr: org("Centre de Kinésithérapie du Parc", "3 allée du Parc, 21000 Dijon", "Conventionné secteur 1 · N° ADELI 219 112 345", "Dijon"),
  es: org("Clínica de Fisioterapia Río Ebro", "Paseo de la Independencia 30, 50004 Zaragoza", "CIF B-50441290 · Centro sanitario n.º 50-C22-0331", "Zaragoza"),
  it: org("Poliambulatorio San Luca", "Via Indipendenza 55, 40121 Bologna", "P.IVA 02881221203 · Aut. sanitaria n. 112/2014", "Bologna"),
  nl: org("Fysiotherapie Spaarnestad", "Spaarne 44, 2011 CK Haarlem", "AGB-code 04012211 · KvK 34211098", "Haarlem"),
};

// T5 — monthly phone and internet bills and private medical bills, taken in turn. Bills: the bill date in a summary
// or a heading row, the monthly charges' period (this month, ahead) and the calls' period (last month), a direct
// debit date; "Total due". Medical bills: treatment dates in a table (day and date or date alone), the patient's
// birth date, the invoice date at the head or at the foot, a pay-by date.
let billTurn = 0;
const bills: Template = (r, lang) => {
  const k = turn(billTurn++, 2);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const s = TELCO[lang];
    const p1: Day = { y: x.y, m: x.m, d: 1 };
    const p2: Day = { y: x.y, m: x.m, d: lastDay(x.y, x.m) };
    const u1 = addDays(p1, -lastDay(addDays(p1, -1).y, addDays(p1, -1).m));
    const u2 = addDays(p1, -1);
    const dd = addDays(x, r.int(10, 16));
    const fixed = r.int(2500, 5500) / 100;
    const usage = r.int(0, 1800) / 100;
    const total = cents(fixed + usage);
    const L = {
      en: { title: "Your bill", bd: "Bill date", acc: "Account number", line: "Broadband & phone", plan: "Fibre 500 + Anytime calls", per: "Monthly charges", calls: "Calls outside your plan", tot: "Total due", dd: "We'll collect this by Direct Debit on or just after", inc: "All prices include VAT." },
      de: { title: "Ihre Rechnung", bd: "Rechnungsdatum", acc: "Kundennummer", line: "Internet & Festnetz", plan: "Glasfaser 500 Flat", per: "Monatliche Grundgebühr", calls: "Verbindungen", tot: "Rechnungsbetrag", dd: "Der Betrag wird nicht vor dem folgenden Datum von Ihrem Konto abgebucht:", inc: "Alle Beträge inkl. 19 % USt." },
      fr: { title: "Votre facture", bd: "Date de facture", acc: "N° client", line: "Box Internet", plan: "Bbox Fibre", per: "Abonnement", calls: "Communications hors forfait", tot: "Montant total TTC", dd: "Montant prélevé à partir du", inc: "Dont TVA 20 %." },
      es: { title: "Su factura", bd: "Fecha de emisión", acc: "N.º de cliente", line: "Fibra + móvil", plan: "Fibra 600 Mb + líneas", per: "Cuotas mensuales", calls: "Consumo fuera de tarifa", tot: "Total a pagar", dd: "Se cargará en su cuenta a partir del", inc: "IVA incluido." },
      it: { title: "La tua bolletta", bd: "Data emissione", acc: "Codice cliente", line: "Fibra + telefono", plan: "FastLine Fibra 1 Giga", per: "Canoni", calls: "Traffico extra soglia", tot: "Totale da pagare", dd: "Addebito su conto corrente dal", inc: "Importi IVA inclusa." },
      nl: { title: "Uw factuur", bd: "Factuurdatum", acc: "Klantnummer", line: "Internet & bellen", plan: "Glasvezel 500 + Bellen", per: "Vaste kosten", calls: "Gesprekskosten", tot: "Totaal te betalen", dd: "Wij schrijven het bedrag af op of rond", inc: "Bedragen inclusief btw." },
    }[lang];
    const acc = `${r.int(100000000, 999999999)}`;
    const style = r.int(0, 2);
    const w = 44;
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      L.title,
      ...(style === 0 ? [cols(L.bd, dt(x, lang, r), 20), cols(L.acc, acc, 20)] : style === 1 ? [row([L.acc, L.bd, L.tot], 22), row([acc, isoDay(x), money(total, lang, r)], 22)] : [`${L.acc} ${acc} — ${dt(x, lang, r)}`]),
      "",
      `${L.line}: ${L.plan}`,
      cols(`${L.per} ${num(p1, lang)} – ${num(p2, lang)}`, money(fixed, lang, r), w),
      cols(`${L.calls} ${num(u1, lang)} – ${num(u2, lang)}`, money(usage, lang, r), w),
      cols(L.tot, money(total, lang, r), w),
      L.inc,
      "",
      `${L.dd} ${dt(dd, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "telecom-bill", lang }, r, 0.15);
  }
  const s = CLINIC[lang];
  const dob = born(r, 1940, 2012);
  const n = r.int(2, 5);
  const visits: Day[] = [];
  let d = addDays(x, -r.int(40, 60));
  for (let i = 0; i < n; i++) {
    visits.push(d);
    d = addDays(d, r.int(3, 8));
  }
  const fee = { en: 55, de: 42.9, fr: 16.13, es: 35, it: 45, nl: 58.4 }[lang];
  const total = cents(fee * n);
  const payBy = addDays(x, r.pick([14, 21, 30]));
  const L = {
    en: { inv: "Invoice", date: "Invoice date", pat: "Patient", dob: "DOB", tr: "Treatment", trV: "Physiotherapy session (45 min)", tot: "Total", pay: "Payment due by", ins: "Please claim from your health insurer using this invoice." },
    de: { inv: "Privatrechnung", date: "Rechnungsdatum", pat: "Patient/in", dob: "geb.", tr: "Leistung", trV: "GOÄ 3306 Chirotherapeutischer Eingriff", tot: "Rechnungsbetrag", pay: "Bitte überweisen Sie den Betrag bis zum", ins: "Diese Rechnung können Sie bei Ihrer privaten Krankenversicherung einreichen." },
    fr: { inv: "Note d'honoraires", date: "Date", pat: "Patient", dob: "né(e) le", tr: "Acte", trV: "Séance de rééducation AMK 7,5", tot: "Total", pay: "À régler avant le", ins: "Feuille de soins transmise à votre caisse." },
    es: { inv: "Factura", date: "Fecha factura", pat: "Paciente", dob: "F. nac.", tr: "Tratamiento", trV: "Sesión de fisioterapia", tot: "Total", pay: "Fecha límite de pago", ins: "Exento de IVA (art. 20.Uno.3.º LIVA)." },
    it: { inv: "Fattura sanitaria", date: "Data", pat: "Paziente", dob: "nato/a il", tr: "Prestazione", trV: "Seduta di fisioterapia", tot: "Totale", pay: "Pagamento entro il", ins: "Operazione esente IVA art. 10 DPR 633/72. Detraibile ai fini IRPF." },
    nl: { inv: "Nota", date: "Notadatum", pat: "Patiënt", dob: "geb.", tr: "Behandeling", trV: "Zitting fysiotherapie (code 1000)", tot: "Totaal", pay: "Graag voldoen vóór", ins: "Declareer deze nota bij uw zorgverzekeraar." },
  }[lang];
  const no = `${x.y}/${r.int(100, 999)}`;
  const style = r.int(0, 2);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(style === 0 ? [`${L.inv} ${no}`, `${L.date}: ${dt(x, lang, r)}`] : style === 1 ? [row([L.inv, L.date, L.pat], 20), row([no, num(x, lang), bare(person)], 20)] : [`${L.inv} ${no}`]),
    `${L.pat}: ${bare(person)}, ${L.dob} ${dt(dob, lang, r)}`,
    "",
    row([lang === "en" ? "Date" : lang === "de" ? "Datum" : lang === "fr" ? "Date" : lang === "es" ? "Fecha" : lang === "it" ? "Data" : "Datum", L.tr.padEnd(44), ""], 12),
    ...visits.map((v) => row([num(v, lang), L.trV.padEnd(44), bareAmt(fee, lang)], 12)),
    cols(L.tot, money(total, lang, r), 58),
    "",
    `${L.pay} ${dt(payBy, lang, r)}.`,
    L.ins,
    ...(style === 2 ? ["", `${s.city}, ${dt(x, lang, r)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "medical-bill", lang }, r, 0.25);
};

// ─── Less common kinds ───────────────────────────────────────────────────────────────────────────────────────────

const NOTARY: PerLang<Org> = {
  en: org("Ashworth Kemp LLP, Solicitors", "7 Cathedral Yard, Salisbury SP1 2PZ", "Authorised and regulated by the Solicitors Regulation Authority (SRA No. 540221)", "Salisbury"),
  de: org("Notar Dr. Friedrich Albrecht", "Notariat am Schlossplatz · Schlossplatz 4 · 70173 Stuttgart", "Amtssitz Stuttgart · USt-IdNr. DE 147 220 991", "Stuttgart"),
  fr: org("Office notarial Delmas & Guérin", "12 cours Gambetta, 34000 Montpellier", "Notaires associés · SCP titulaire d'un office notarial", "Montpellier"),
  es: org("Notaría de D. Álvaro Medina Sáez", "Calle Larios 9, 2.º, 29005 Málaga", "Notario del Ilustre Colegio de Andalucía", "Málaga"),
  it: org("Studio Notarile Dott.ssa Elena Conti", "Piazza dei Signori 7, 35139 Padova", "Notaio in Padova · Collegio Notarile di Padova", "Padova"),
  nl: org("Notariskantoor Van Houten & Kok", "Oudegracht 140, 3511 AZ Utrecht", "KvK 30211455 · lid KNB", "Utrecht"),
};

// T6 — a notary's or solicitor's letter about a home purchase: either inviting the buyer to sign (the draft deed
// sent on, the signing appointment ahead with a time, documents to bring) or reporting completion (the deed signed
// on, the registration at the land registry, the mortgage's first instalment ahead); the letter's date at the right,
// in a "Date / Our ref / Your ref" block or after the town. No total.
const notaryLetter: Template = (r, lang) => {
  const s = NOTARY[lang];
  const x = randomDay(r);
  const after = r.chance(0.5);
  const signing = after ? addDays(x, -r.int(7, 40)) : addDays(x, r.int(10, 45));
  const draft = addDays(x, -r.int(3, 15));
  const registered = addDays(signing, r.int(3, 20));
  const [hh] = clock(r, 9, 16);
  const prop = { en: "14 Wyndham Road, Salisbury SP1 3AH", de: "Wohnung Nr. 5, Reinsburgstraße 88, 70178 Stuttgart", fr: "maison sise 22 rue des Écoles, 34170 Castelnau-le-Lez", es: "vivienda en Calle Victoria 31, 3.º A, 29012 Málaga", it: "appartamento in Via Belzoni 40, 35121 Padova", nl: "woning Burgemeester Reigerstraat 17, 3581 KM Utrecht" }[lang];
  const L = {
    en: { re: `Re: Your purchase of ${prop}`, our: "Our ref", your: "Your ref", date: "Date", before: `We enclose the draft transfer deed, which we sent to the seller's solicitors on ${dt(draft, lang, r)}. Please come to our office to sign it on ${dt(signing, lang, r)} at ${hh}.00. Please bring photographic ID and proof of address.`, done: `We are pleased to confirm that completion took place on ${dt(signing, lang, r)}. Your title was registered at HM Land Registry on ${dt(registered, lang, r)}. We enclose the official copy of the register for your records.`, sign: "Yours sincerely", signer: "Rachel Kemp, Partner" },
    de: { re: `Kaufvertrag über ${prop}`, our: "Unser Zeichen", your: "Ihr Zeichen", date: "Datum", before: `anbei erhalten Sie den Entwurf des Kaufvertrags, den ich den Beteiligten am ${dt(draft, lang, r)} übersandt habe. Den Beurkundungstermin habe ich auf den ${dt(signing, lang, r)}, ${hh}:00 Uhr, in meinen Amtsräumen festgesetzt. Bitte bringen Sie Ihren gültigen Personalausweis mit.`, done: `der Kaufvertrag wurde am ${dt(signing, lang, r)} beurkundet (UR-Nr. ${r.int(100, 999)}/${signing.y}). Die Auflassungsvormerkung wurde am ${dt(registered, lang, r)} im Grundbuch eingetragen. Eine beglaubigte Abschrift liegt bei.`, sign: "Mit freundlichen Grüßen", signer: "Dr. Friedrich Albrecht, Notar" },
    fr: { re: `Objet : acquisition — ${prop}`, our: "Nos réf.", your: "Vos réf.", date: "Date", before: `Je vous adresse ci-joint le projet d'acte de vente, transmis au notaire du vendeur le ${dt(draft, lang, r)}. La signature de l'acte authentique est fixée au ${dt(signing, lang, r)} à ${hh}h00 en notre office. Merci de vous munir d'une pièce d'identité.`, done: `J'ai le plaisir de vous confirmer que l'acte de vente a été signé le ${dt(signing, lang, r)} et publié au service de la publicité foncière le ${dt(registered, lang, r)}. Vous trouverez ci-joint l'attestation de propriété.`, sign: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", signer: "Maître Claire Delmas, notaire" },
    es: { re: `Asunto: compraventa de ${prop}`, our: "N/Ref.", your: "S/Ref.", date: "Fecha", before: `Le remito el borrador de la escritura de compraventa, enviado a la parte vendedora el ${dt(draft, lang, r)}. La firma queda fijada para el ${dt(signing, lang, r)} a las ${hh}:00 horas en esta notaría. Deberá aportar su DNI en vigor.`, done: `Le comunico que la escritura de compraventa fue otorgada el ${dt(signing, lang, r)} y ha quedado inscrita en el Registro de la Propiedad el ${dt(registered, lang, r)}. Adjunto nota simple actualizada.`, sign: "Atentamente,", signer: "Álvaro Medina Sáez, Notario" },
    it: { re: `Oggetto: compravendita ${prop}`, our: "Ns. rif.", your: "Vs. rif.", date: "Data", before: `Le trasmetto la bozza dell'atto di compravendita, inviata alla parte venditrice il ${dt(draft, lang, r)}. La stipula è fissata per il giorno ${dt(signing, lang, r)} alle ore ${hh}:00 presso il mio studio. La prego di portare un documento d'identità valido e il codice fiscale.`, done: `Le confermo che l'atto di compravendita è stato stipulato il ${dt(signing, lang, r)} e trascritto presso la Conservatoria dei Registri Immobiliari il ${dt(registered, lang, r)}. Allego copia conforme dell'atto.`, sign: "Distinti saluti", signer: "Dott.ssa Elena Conti, Notaio" },
    nl: { re: `Betreft: aankoop ${prop}`, our: "Ons kenmerk", your: "Uw kenmerk", date: "Datum", before: `Hierbij ontvangt u het concept van de leveringsakte, dat wij op ${dt(draft, lang, r)} aan de verkoper hebben gestuurd. De ondertekening is gepland op ${dt(signing, lang, r)} om ${hh}.00 uur op ons kantoor. Neemt u een geldig legitimatiebewijs mee.`, done: `Graag bevestigen wij dat de akte van levering op ${dt(signing, lang, r)} is gepasseerd. De akte is op ${dt(registered, lang, r)} ingeschreven in de openbare registers van het Kadaster. Bijgaand ontvangt u een afschrift.`, sign: "Met vriendelijke groet,", signer: "mr. J. van Houten, notaris" },
  }[lang];
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  const our = `${r.pick(["RK", "FA", "DG", "AM", "EC", "JH"])}/${r.int(1000, 9999)}/${x.y}`;
  const style = r.int(0, 2);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(style === 0 ? [right(dt(x, lang, r)), "", `${L.our}: ${our}`] : style === 1 ? [row([L.our, L.your, L.date], 20), row([our, "—", dt(x, lang, r)], 20)] : [right(`${s.city}, ${lang === "es" ? "a " : ""}${dt(x, lang, r)}`), `${L.our}: ${our}`]),
    "",
    L.re,
    "",
    lang === "de" ? `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${name.split(" ").pop()},` : lang === "fr" ? "Madame, Monsieur," : lang === "es" ? `Estimado/a ${name}:` : lang === "it" ? `Gentile ${name},` : lang === "nl" ? `Geachte ${person},` : `Dear ${name},`,
    "",
    after ? L.done : L.before,
    "",
    L.sign,
    L.signer,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: after ? "notary-completion" : "notary-signing", lang }, r, 0.25);
};

const CLUB: PerLang<Org> = {
  en: org("Hillside Tennis & Squash Club", "Membership Secretary, Park Lane, Harrogate HG1 5AB", "Affiliated to the LTA · Club no. 7712", "Harrogate"),
  de: org("TSV Eintracht Wolfenbüttel 1861 e.V.", "Geschäftsstelle · Am Exer 12 · 38302 Wolfenbüttel", "Vereinsregister Braunschweig VR 1102 · Gläubiger-ID DE98ZZZ00000112233", "Wolfenbüttel"),
  fr: org("Club Alpin Français de Grenoble", "32 avenue Félix Viallet, 38000 Grenoble", "Association loi 1901 reconnue d'utilité publique", "Grenoble"),
  es: org("Real Club de Natación Pamplona", "Secretaría, Calle Monasterio de Urdax 2, 31011 Pamplona", "CIF G-31022113", "Pamplona"),
  it: org("Circolo Canottieri Lario", "Segreteria soci, Viale Puecher 4, 22100 Como", "Associazione sportiva dilettantistica · C.F. 80014410136", "Como"),
  nl: org("Hockeyclub De Kieviten", "Ledenadministratie, Sportlaan 30, 7312 TL Apeldoorn", "KvK 40102233 · IBAN NL91 RABO 0104 4221 33", "Apeldoorn"),
};
const FAMILY: PerLang<Org> = {
  en: org("HM Revenue & Customs — Child Benefit Office", "Washington, Newcastle upon Tyne NE88 1AA", "Child Benefit helpline 0300 200 3100", "Newcastle upon Tyne"),
  de: org("Familienkasse Niedersachsen-Bremen", "Postfach 1180 · 31131 Hildesheim", "Bundesagentur für Arbeit · Servicenummer 0800 4 5555 30", "Hildesheim"),
  fr: org("Caisse d'Allocations Familiales de la Gironde", "Rue du Docteur Gabriel Péry, 33078 Bordeaux Cedex", "www.caf.fr · 3230", "Bordeaux"),
  es: org("Instituto Nacional de la Seguridad Social", "Dirección Provincial de Valladolid, Calle Muro 6, 47004 Valladolid", "Prestación por hijo a cargo", "Valladolid"),
  it: org("INPS — Istituto Nazionale Previdenza Sociale", "Direzione Provinciale di Verona, Via Battisti 3, 37122 Verona", "Assegno unico e universale per i figli a carico", "Verona"),
  nl: org("Sociale Verzekeringsbank", "Postbus 1100, 1180 BH Amstelveen", "Kinderbijslag · www.svb.nl", "Amstelveen"),
};

// T7 — membership fee notices and child benefit decisions, taken in turn. Fee notices: the fee year ahead or
// running, the member since, the member's birth date (the fee depends on age), a direct debit date; the notice's
// date at the head or after the town; "Amount due". Child benefit: the child's birth date, the application received
// on, entitled from a month, the monthly amount (not a total), the payment day, a review when the child turns 18.
let memberTurn = 0;
const memberOrFamily: Template = (r, lang) => {
  const k = turn(memberTurn++, 2);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = CLUB[lang];
    const year = x.m >= 10 ? x.y + 1 : x.y;
    const since = born(r, 2005, x.y - 1);
    const dob = born(r, 1950, 2010);
    const debit = addDays(x, r.int(10, 30));
    const fee = r.pick([96, 120, 145, 180, 240, 310]);
    const extra = r.pick([0, 0, 15, 25]);
    const total = fee + extra;
    const L = {
      en: { title: `Membership subscription ${year}`, no: "Membership no.", since: "Member since", dob: "Date of birth", cat: "Category", catV: "Full adult", fee: "Annual subscription", ex: "Court maintenance levy", tot: "Amount due", dd: "Your Direct Debit will be collected on", date: "Date", hi: `Dear ${name},`, body: `Thank you for being a member. Your subscription for ${year} is set out below.` },
      de: { title: `Beitragsrechnung ${year}`, no: "Mitglieds-Nr.", since: "Mitglied seit", dob: "Geburtsdatum", cat: "Beitragsgruppe", catV: "Erwachsene", fee: "Jahresbeitrag", ex: "Hallenumlage", tot: "Gesamtbetrag", dd: "Der Betrag wird per SEPA-Lastschrift eingezogen am", date: "Datum", hi: `Liebes Mitglied,`, body: `gemäß Beschluss der Mitgliederversammlung gelten für ${year} folgende Beiträge:` },
      fr: { title: `Appel de cotisation ${year}`, no: "N° d'adhérent", since: "Adhérent depuis le", dob: "Date de naissance", cat: "Catégorie", catV: "Adulte T1", fee: "Cotisation annuelle", ex: "Assurance", tot: "Montant à régler", dd: "Le prélèvement sera effectué le", date: "Date", hi: "Chère adhérente, cher adhérent,", body: `Voici le montant de votre cotisation pour la saison ${year}.` },
      es: { title: `Recibo de cuota social ${year}`, no: "N.º de socio", since: "Socio desde", dob: "Fecha de nacimiento", cat: "Categoría", catV: "Adulto", fee: "Cuota anual", ex: "Derrama instalaciones", tot: "Total a pagar", dd: "Se cargará en su cuenta el", date: "Fecha", hi: `Estimado/a socio/a:`, body: `Le informamos de la cuota correspondiente al ejercicio ${year}.` },
      it: { title: `Avviso quota associativa ${year}`, no: "Tessera n.", since: "Socio dal", dob: "Data di nascita", cat: "Categoria", catV: "Socio ordinario", fee: "Quota annuale", ex: "Tesseramento federale", tot: "Totale dovuto", dd: "L'addebito SDD avverrà il", date: "Data", hi: `Gentile socio,`, body: `Le ricordiamo il rinnovo della quota per l'anno ${year}.` },
      nl: { title: `Contributienota ${year}`, no: "Lidnummer", since: "Lid sinds", dob: "Geboortedatum", cat: "Categorie", catV: "Senioren", fee: "Jaarcontributie", ex: "Bijdrage velden", tot: "Totaal", dd: "Het bedrag wordt automatisch afgeschreven op", date: "Datum", hi: `Beste ${name},`, body: `Hierbij ontvang je de contributienota voor het seizoen ${year}.` },
    }[lang];
    const no = `${r.int(1000, 9999)}`;
    const style = r.int(0, 2);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [right(`${L.date}: ${dt(x, lang, r)}`)] : style === 1 ? [right(`${s.city}, ${dt(x, lang, r)}`)] : []),
      "",
      L.title,
      "",
      L.hi,
      L.body,
      "",
      ...(style === 2 ? [row([L.no, L.date, L.since], 22), row([no, num(x, lang), num(since, lang)], 22)] : [cols(L.no, no, 28), cols(L.since, dt(since, lang, r), 28)]),
      cols(L.dob, dt(dob, lang, r), 28),
      cols(L.cat, L.catV, 28),
      "",
      cols(L.fee, money(fee, lang, r), 40),
      ...(extra ? [cols(L.ex, money(extra, lang, r), 40)] : []),
      cols(L.tot, money(total, lang, r), 40),
      "",
      `${L.dd} ${dt(debit, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "membership-fee", lang }, r, 0.25);
  }
  const s = FAMILY[lang];
  const childBorn = addDays(x, -r.int(50, 300));
  const applied = addDays(childBorn, r.int(10, 40));
  const from: Day = { y: childBorn.y, m: childBorn.m, d: 1 };
  const quarter: Day = childBorn.m >= 10 ? { y: childBorn.y + 1, m: 1, d: 1 } : { y: childBorn.y, m: Math.floor((childBorn.m - 1) / 3) * 3 + 4, d: 1 };
  const turns18: Day = { y: childBorn.y + 18, m: childBorn.m, d: childBorn.d };
  const monthly = { en: 26.05, de: 255, fr: 148.52, es: 83.33, it: 199.4, nl: 280.12 }[lang];
  const kid = { en: "Oliver", de: "Leon", fr: "Louise", es: "Martina", it: "Tommaso", nl: "Sem" }[lang];
  const L = {
    en: { title: "Child Benefit — decision on your claim", date: "Date", ref: "Child Benefit number", body: `We received your claim on ${dt(applied, lang, r)} for ${kid}, born ${dt(childBorn, lang, r)}. We have awarded Child Benefit from ${monthYear(from, lang)}.`, amt: `You will get £${amount(monthly, "en")} a week, paid every 4 weeks into your bank account.`, rev: `Child Benefit usually stops on 31 August after ${kid}'s 16th birthday unless they stay in approved education.`, sign: "Child Benefit Office" },
    de: { title: "Bescheid über Kindergeld", date: "Datum", ref: "Kindergeld-Nr.", body: `auf Ihren Antrag vom ${dt(applied, lang, r)} wird für Ihr Kind ${kid}, geboren am ${dt(childBorn, lang, r)}, Kindergeld ab ${monthYear(from, lang)} festgesetzt.`, amt: `Das Kindergeld beträgt monatlich ${amount(monthly, "de")} Euro. Die Zahlung erfolgt monatlich auf Ihr Konto.`, rev: `Der Anspruch besteht zunächst bis zum Monat, in dem ${kid} das 18. Lebensjahr vollendet (${num(turns18, lang)}).`, sign: "Ihre Familienkasse" },
    fr: { title: "Notification de droits — prestations familiales", date: "Date", ref: "N° allocataire", body: `Suite à votre déclaration de naissance reçue le ${dt(applied, lang, r)} pour ${kid}, né(e) le ${dt(childBorn, lang, r)}, vous avez droit aux allocations familiales à compter de ${monthYear(addDays(from, 32), lang)}.`, amt: `Montant mensuel : ${amount(monthly, "fr")} €, versé vers le 5 de chaque mois.`, rev: "Pensez à déclarer tout changement de situation.", sign: "Votre Caf" },
    es: { title: "Resolución — prestación por nacimiento y cuidado de menor", date: "Fecha", ref: "N.º de expediente", body: `Vista su solicitud presentada el ${dt(applied, lang, r)} en relación con ${kid}, nacida el ${dt(childBorn, lang, r)}, se le reconoce el derecho a la prestación con efectos desde ${monthYear(from, lang)}.`, amt: `Importe mensual: ${amount(monthly, "de")} €. El pago se realizará en la cuenta designada.`, rev: "Contra esta resolución podrá interponer reclamación previa en el plazo de 30 días.", sign: "La Directora Provincial" },
    it: { title: "Accoglimento domanda Assegno Unico", date: "Data", ref: "Protocollo", body: `La domanda presentata il ${dt(applied, lang, r)} per il figlio ${kid}, nato il ${dt(childBorn, lang, r)}, è stata accolta con decorrenza ${monthYear(from, lang)}.`, amt: `Importo mensile spettante: € ${amount(monthly, "de")}, accreditato sull'IBAN indicato.`, rev: "L'importo sarà ricalcolato in base al nuovo ISEE.", sign: "Il Direttore Provinciale" },
    nl: { title: "Besluit kinderbijslag", date: "Datum", ref: "Klantnummer", body: `Op ${dt(applied, lang, r)} ontvingen wij uw aanvraag voor ${kid}, geboren op ${dt(childBorn, lang, r)}. U krijgt kinderbijslag vanaf ${dt(quarter, lang, r)}.`, amt: `U ontvangt ${amount(monthly, "de")} euro per kwartaal. Wij betalen in de eerste week na afloop van het kwartaal.`, rev: `De kinderbijslag stopt als ${kid} 18 jaar wordt (${num(turns18, lang)}).`, sign: "Sociale Verzekeringsbank" },
  }[lang];
  const ref = `${r.int(10, 99)}${r.pick(["FK", "CH", "CAF", "EX", "INPS", "SVB"])}${r.int(100000, 999999)}`;
  const style = r.int(0, 2);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(style === 0 ? [right(`${L.date}: ${dt(x, lang, r)}`), right(`${L.ref}: ${ref}`)] : style === 1 ? [row([L.ref, L.date], 26), row([ref, num(x, lang)], 26)] : [`${L.ref}: ${ref}`, right(`${s.city}, ${dt(x, lang, r)}`)]),
    "",
    L.title,
    "",
    lang === "de" ? `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${name.split(" ").pop()},` : lang === "fr" ? "Madame, Monsieur," : lang === "es" ? "Estimado/a señor/a:" : lang === "it" ? `Gentile ${name},` : lang === "nl" ? `Geachte ${person},` : `Dear ${name},`,
    "",
    L.body,
    L.amt,
    L.rev,
    "",
    L.sign,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "child-benefit", lang }, r, 0.3);
};

const TOLL: PerLang<Org> = {
  en: org("Humber Gateway Crossing", "Customer Account Services, PO Box 588, Hull HU1 9XX", "Humber Gateway Crossing Ltd · Company no. 08811230", "Hull"),
  de: org("Alpenstraßen Maut GmbH", "Kundenservice Videomaut · Rennweg 9 · 6020 Innsbruck", "FN 211092 p · UID ATU 44109221", "Innsbruck"),
  fr: org("Autoroutes du Sud-Ouest — Bip&Route", "Service client télépéage, 12 rue Louis Breguet, 31700 Blagnac", "SA au capital de 29 343 640 € · RCS Toulouse 572 139 996", "Blagnac"),
  es: org("Autopistas del Cantábrico S.A.", "Oficina de Telepeaje, Avenida de Galicia 4, 33005 Oviedo", "CIF A-33211094", "Oviedo"),
  it: org("TeleVia Pedaggi S.p.A.", "Casella Postale 18, 00144 Roma", "P.IVA 09771701001", "Roma"),
  nl: org("Tolbrug Westerschelde N.V.", "Klantenservice, Tolplein 1, 4454 PR Borssele", "KvK 22030881 · btw NL0011.22.334.B01", "Borssele"),
};
const FREIGHT: PerLang<Org> = {
  en: org("Redline Pallet Network", "Depot 12, Magna Park, Lutterworth LE17 4XN", "Redline Logistics Ltd · VAT GB 301 4412 90 · All goods carried under RHA conditions", "Lutterworth"),
  de: org("Spedition Hollmann GmbH & Co. KG", "Hafenstraße 44 · 47119 Duisburg", "AG Duisburg HRA 8812 · Es gelten die ADSp 2017", "Duisburg"),
  fr: org("Transports Mercier Frères", "ZI Nord, 2 rue des Transporteurs, 51100 Reims", "SARL · RCS Reims 388 211 045 · Licence communautaire n° 2019/44/0012", "Reims"),
  es: org("Transportes Hermanos Gil S.L.", "Polígono Plaza, Calle Bari 21, 50197 Zaragoza", "CIF B-50112844", "Zaragoza"),
  it: org("Autotrasporti Ferrero S.r.l.", "Via dell'Interporto 5, 10043 Orbassano", "P.IVA 08112230018 · Albo autotrasportatori TO/4412", "Orbassano"),
  nl: org("Van der Wal Transport B.V.", "Transportweg 11, 4131 PS Vianen", "KvK 11044321 · Op alle vervoer zijn de AVC 2002 van toepassing", "Vianen"),
};

// T8 — road toll invoices and freight invoices, taken in turn. Toll: the month's journeys in a table (date, time,
// plaza or crossing, class, amount), the period, the invoice date at the head, a direct debit date. Freight: a
// consignment collected on and delivered on, the invoice date in a block or a heading row, a due date; net, VAT,
// total.
let roadTurn = 0;
const roadOrFreight: Template = (r, lang) => {
  const k = turn(roadTurn++, 2);
  const x = randomDay(r);
  if (k === 0) {
    const s = TOLL[lang];
    const pm = addDays({ y: x.y, m: x.m, d: 1 }, -1);
    const p1: Day = { y: pm.y, m: pm.m, d: 1 };
    const n = r.int(3, 7);
    const price = { en: 1.5, de: 11.5, fr: 3.7, es: 2.85, it: 4.2, nl: 5.3 }[lang];
    const plazas = { en: ["Northbound", "Southbound"], de: ["Brennerautobahn Schönberg", "Felbertauernstraße", "Arlbergtunnel"], fr: ["Péage de Toulouse Sud", "Péage de Muret", "Péage de Montauban"], es: ["Peaje Avilés", "Peaje Llanera", "Peaje Gijón"], it: ["Milano Sud", "Piacenza Nord", "Bologna Borgo Panigale"], nl: ["Tolplein Borssele", "Tolplein Ellewoutsdijk"] }[lang];
    const trips: string[] = [];
    let d = addDays(p1, r.int(0, 4));
    for (let i = 0; i < n; i++) {
      const [hh, mi] = clock(r, 6, 21);
      trips.push(row([num(d, lang), `${pad(hh)}:${pad(mi)}`, r.pick(plazas), lang === "en" ? "Class 2" : "Kl. 1", bareAmt(price, lang)], 12));
      d = addDays(d, r.int(1, 5));
      if (d.m !== p1.m) break;
    }
    const total = cents(price * trips.length);
    const dd = addDays(x, r.int(7, 14));
    const L = {
      en: { title: "TOLL STATEMENT AND INVOICE", inv: "Invoice no.", date: "Invoice date", acc: "Account", veh: "Vehicle", per: "Crossings in", hdr: ["Date", "Time", "Direction", "Class", "£"], tot: "Total charges", dd: "To be collected by Direct Debit on" },
      de: { title: "RECHNUNG STRECKENMAUT (VIDEOMAUT)", inv: "Rechnungs-Nr.", date: "Rechnungsdatum", acc: "Kundenkonto", veh: "Kennzeichen", per: "Fahrten im", hdr: ["Datum", "Uhrzeit", "Mautstelle", "Kat.", "EUR"], tot: "Gesamtbetrag", dd: "Abbuchung von Ihrem Konto am" },
      fr: { title: "FACTURE DE TÉLÉPÉAGE", inv: "Facture n°", date: "Date de facture", acc: "N° de contrat", veh: "Badge", per: "Trajets du mois de", hdr: ["Date", "Heure", "Gare de péage", "Cl.", "€ TTC"], tot: "Total TTC", dd: "Prélèvement le" },
      es: { title: "FACTURA DE TELEPEAJE", inv: "Factura n.º", date: "Fecha de factura", acc: "N.º de contrato", veh: "Dispositivo", per: "Tránsitos de", hdr: ["Fecha", "Hora", "Estación", "Cat.", "Importe"], tot: "Total factura", dd: "Se cargará en su cuenta el" },
      it: { title: "FATTURA PEDAGGI", inv: "Fattura n.", date: "Data fattura", acc: "Contratto", veh: "Apparato", per: "Transiti di", hdr: ["Data", "Ora", "Stazione", "Cl.", "Euro"], tot: "Totale fattura", dd: "Addebito in conto il" },
      nl: { title: "FACTUUR TOLABONNEMENT", inv: "Factuurnummer", date: "Factuurdatum", acc: "Abonnement", veh: "Kenteken", per: "Passages in", hdr: ["Datum", "Tijd", "Tolplein", "Cat.", "Bedrag"], tot: "Totaal", dd: "Automatische incasso op" },
    }[lang];
    const no = `${r.int(10000000, 99999999)}`;
    const style = r.int(0, 1);
    const lines = [
      s.name,
      s.addr,
      "",
      r.pick(PEOPLE[lang]),
      home(r, lang),
      "",
      L.title,
      ...(style === 0 ? [cols(L.inv, no, 22), cols(L.date, dt(x, lang, r), 22), cols(L.acc, `${r.int(100000, 999999)}`, 22)] : [row([L.inv, L.date, L.veh], 22), row([no, num(x, lang), r.pick(["YX21 KLM", "I-4412K", "250 9912 4411", "1290 KDT", "TV 0044 1122", "H-771-BT"])], 22)]),
      "",
      `${L.per} ${monthYear(p1, lang)}`,
      row(L.hdr, 12),
      ...trips,
      "",
      cols(L.tot, money(total, lang, r), 40),
      `${L.dd} ${dt(dd, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "toll-invoice", lang }, r, 0.2);
  }
  const s = FREIGHT[lang];
  const collected = addDays(x, -r.int(2, 10));
  const delivered = addDays(collected, r.int(1, 3));
  const due = addDays(x, r.pick([14, 30, 60]));
  const net = r.int(8500, 68000) / 100;
  const fuel = cents(net * 0.12);
  const vat = cents(((net + fuel) * VAT[lang]) / 100);
  const total = cents(net + fuel + vat);
  const L = {
    en: { title: "INVOICE", no: "Invoice number", date: "Invoice date", cons: "Consignment", col: "Collected", del: "Delivered", from: "From", to: "To", wt: "Weight", svc: "Next-day pallet, full pallet", fuel: "Fuel surcharge 12 %", net: "Net", vat: "VAT 20 %", tot: "TOTAL", due: "Payment due" },
    de: { title: "RECHNUNG", no: "Rechnungsnummer", date: "Rechnungsdatum", cons: "Sendungs-Nr.", col: "Abholung", del: "Zustellung", from: "Von", to: "Nach", wt: "Gewicht", svc: "Stückgut, 2 Europaletten", fuel: "Dieselzuschlag 12 %", net: "Netto", vat: "MwSt. 19 %", tot: "Rechnungsbetrag", due: "Fällig am" },
    fr: { title: "FACTURE", no: "N° de facture", date: "Date", cons: "Lettre de voiture", col: "Enlèvement", del: "Livraison", from: "Départ", to: "Arrivée", wt: "Poids", svc: "Messagerie palette", fuel: "Surcharge gazole 12 %", net: "Total HT", vat: "TVA 20 %", tot: "Net à payer", due: "Échéance" },
    es: { title: "FACTURA", no: "N.º factura", date: "Fecha", cons: "Carta de porte", col: "Recogida", del: "Entrega", from: "Origen", to: "Destino", wt: "Peso", svc: "Transporte grupaje, 2 palés", fuel: "Recargo combustible 12 %", net: "Base imponible", vat: "IVA 21 %", tot: "TOTAL", due: "Vencimiento" },
    it: { title: "FATTURA", no: "Fattura n.", date: "Data", cons: "Lettera di vettura", col: "Ritiro", del: "Consegna", from: "Da", to: "A", wt: "Peso", svc: "Trasporto groupage, 2 bancali", fuel: "Adeguamento gasolio 12 %", net: "Imponibile", vat: "IVA 22 %", tot: "Totale fattura", due: "Scadenza" },
    nl: { title: "FACTUUR", no: "Factuurnummer", date: "Factuurdatum", cons: "Vrachtbrief", col: "Opgehaald", del: "Afgeleverd", from: "Van", to: "Naar", wt: "Gewicht", svc: "Stukgoed, 2 europallets", fuel: "Brandstoftoeslag 12 %", net: "Subtotaal", vat: "btw 21 %", tot: "Totaal", due: "Vervaldatum" },
  }[lang];
  const no = `${r.pick(["RPN", "SH", "TMF", "THG", "AF", "VDW"])}${r.int(100000, 999999)}`;
  const cons = `${r.int(1000000000, 2147483647)}`;
  const places = CLIENT[lang].split("\n");
  const style = r.int(0, 1);
  const w = 40;
  const lines = [
    s.name,
    s.addr,
    "",
    CLIENT[lang],
    "",
    L.title,
    ...(style === 0 ? [cols(L.no, no, 22), cols(L.date, dt(x, lang, r), 22)] : [row([L.no, L.date, L.due], 22), row([no, num(x, lang), num(due, lang)], 22)]),
    "",
    `${L.cons} ${cons}`,
    `${L.col}: ${dt(collected, lang, r)} · ${L.from}: ${s.city}`,
    `${L.del}: ${dt(delivered, lang, r)} · ${L.to}: ${places[places.length - 1]}`,
    `${L.wt}: ${r.int(120, 900)} kg`,
    "",
    cols(L.svc, money(net, lang, r), w),
    cols(L.fuel, money(fuel, lang, r), w),
    cols(L.net, money(cents(net + fuel), lang, r), w),
    cols(L.vat, money(vat, lang, r), w),
    cols(L.tot, money(total, lang, r), w),
    "",
    ...(style === 0 ? [`${L.due}: ${dt(due, lang, r)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "freight-invoice", lang }, r, 0.2);
};

const REPAIR: PerLang<Org> = {
  en: org("Fixright Appliance Repairs", "3 Station Parade, Bromley BR1 1LS", "Fixright Repairs Ltd · VAT GB 221 4098 33", "Bromley"),
  de: org("Elektro-Hausgeräte Service Krämer", "Meisterbetrieb · Kirchgasse 6 · 65183 Wiesbaden", "St.-Nr. 040/812/22311 · USt-IdNr. DE 271 004 118", "Wiesbaden"),
  fr: org("Dépannage Électroménager Lemoine", "45 rue Nationale, 37000 Tours", "EI · SIRET 831 220 993 00011", "Tours"),
  es: org("Servicio Técnico Electrodomésticos Ruiz", "Calle San Fernando 12, 03001 Alicante", "NIF 21445102-M", "Alicante"),
  it: org("Assistenza Elettrodomestici Moretti", "Via Po 88, 10124 Torino", "P.IVA 10223340013", "Torino"),
  nl: org("Witgoed Reparatie Service Hendriks", "Molenstraat 21, 6511 HB Nijmegen", "KvK 09221773 · btw NL0012.21.773.B01", "Nijmegen"),
};
const PROPTAX: PerLang<Org> = {
  en: org("Harford County Treasury", "Real Property Tax Office, 220 S Main St, Bel Air, MD 21014", "Make checks payable to Harford County, Maryland", "Bel Air"),
  de: org("Stadt Paderborn — Steueramt", "Am Abdinghof 11 · 33098 Paderborn", "Kassenzeichen bei Zahlung bitte angeben", "Paderborn"),
  fr: org("Direction générale des Finances publiques — Taxe foncière", "Centre des finances publiques de Chartres, 15 place des Épars, 28000 Chartres", "Paiement en ligne sur impots.gouv.fr", "Chartres"),
  es: org("Organismo Autónomo de Recaudación de Córdoba", "Calle Reyes Católicos 17, 14001 Córdoba", "Impuesto sobre Bienes Inmuebles de naturaleza urbana", "Córdoba"),
  it: org("Comune di Ravenna — Servizio Tributi", "Piazza del Popolo 1, 48121 Ravenna", "Ufficio IMU · C.F. 00354730392", "Ravenna"),
  nl: org("Gemeente Deventer — Belastingen", "Postbus 5000, 7400 GC Deventer", "Aanslag gemeentelijke belastingen", "Deventer"),
};
const GRANT: PerLang<Org> = {
  en: org("Student Finance England", "PO Box 210, Darlington DL1 9HJ", "Student Loans Company Ltd · Registered in Scotland SC125051", "Darlington"),
  de: org("Studierendenwerk Münster — Amt für Ausbildungsförderung", "Bismarckallee 5 · 48151 Münster", "BAföG-Amt · Sprechzeiten Di und Do 9–12 Uhr", "Münster"),
  fr: org("CROUS de Poitiers — Service des bourses", "15 rue Guillaume VII le Troubadour, 86000 Poitiers", "Bourse sur critères sociaux", "Poitiers"),
  es: org("Ministerio de Educación — Becas y Ayudas al Estudio", "Calle Torrelaguna 58, 28027 Madrid", "Convocatoria general de becas", "Madrid"),
  it: org("ER.GO — Azienda Regionale per il Diritto agli Studi Superiori", "Via Santa Maria Maggiore 4, 40121 Bologna", "Borse di studio e servizi", "Bologna"),
  nl: org("DUO — Dienst Uitvoering Onderwijs", "Postbus 50021, 9702 EA Groningen", "Studiefinanciering · www.duo.nl", "Groningen"),
};

// T9 — appliance repair invoices, property tax bills and student grant decisions, taken in turn. Repairs: the
// call-out booked on, the technician's visit with a time, the appliance's purchase date, a warranty on the repair
// until, the invoice date; "Total". Property tax: the tax year, the valuation date, instalments ahead, the bill's
// date; the year's tax is the total (the US bill in dollars). Grants: the application received on, the academic
// year, the first payment date, the student's birth date, the decision's date; monthly amounts, no total.
let mixTurn = 0;
const repairTaxGrant: Template = (r, lang) => {
  const k = turn(mixTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = REPAIR[lang];
    const visit = addDays(x, -r.int(0, 3));
    const booked = addDays(visit, -r.int(1, 6));
    const bought: Day = { y: x.y - r.int(2, 8), m: r.int(1, 12), d: r.int(1, 28) };
    const warranty = addDays(visit, r.pick([90, 180, 365]));
    const [hh, mi] = clock(r, 8, 17);
    const labour = r.int(45, 120);
    const part = r.int(18, 140) + 0.9;
    const callout = r.pick([35, 45, 49, 59]);
    const net = cents(labour + part + callout);
    const vat = cents((net * VAT[lang]) / 100);
    const total = cents(net + vat);
    const L = {
      en: { title: "INVOICE / JOB SHEET", no: "Job no.", date: "Invoice date", app: "Appliance", appV: "Bosch Serie 6 washing machine WAU28PH9GB", bought: "Purchased", fault: "Fault reported", faultV: "Drum not turning, error E18", booked: "Call booked", visit: "Engineer visit", work: "Work carried out: drain pump replaced, filter cleaned, test run OK.", c: "Call-out charge", l: "Labour", p: "Parts: drain pump", vat: "VAT 20%", tot: "TOTAL", war: "Parts and labour guaranteed until", paid: "Paid by card on completion" },
      de: { title: "RECHNUNG / ARBEITSBERICHT", no: "Auftrags-Nr.", date: "Rechnungsdatum", app: "Gerät", appV: "Miele Geschirrspüler G 5210 SC", bought: "Kaufdatum lt. Kunde", fault: "Fehlerbeschreibung", faultV: "Gerät pumpt nicht ab, Fehler F11", booked: "Auftrag angenommen am", visit: "Einsatz am", work: "Ausgeführte Arbeiten: Laugenpumpe erneuert, Sieb gereinigt, Probelauf i. O.", c: "Anfahrtspauschale", l: "Arbeitszeit", p: "Ersatzteil Laugenpumpe", vat: "MwSt. 19 %", tot: "Endbetrag", war: "Gewährleistung auf die Reparatur bis", paid: "Betrag dankend in bar erhalten" },
      fr: { title: "FACTURE D'INTERVENTION", no: "N° d'intervention", date: "Date de facture", app: "Appareil", appV: "Lave-linge Whirlpool FFB 8248", bought: "Date d'achat", fault: "Panne signalée", faultV: "Ne vidange plus", booked: "Demande reçue le", visit: "Intervention le", work: "Travaux : remplacement de la pompe de vidange, nettoyage du filtre, essai OK.", c: "Déplacement", l: "Main-d'œuvre", p: "Pièce : pompe de vidange", vat: "TVA 20 %", tot: "Total TTC", war: "Pièce et main-d'œuvre garanties jusqu'au", paid: "Réglé par CB" },
      es: { title: "FACTURA — PARTE DE TRABAJO", no: "N.º de aviso", date: "Fecha factura", app: "Aparato", appV: "Frigorífico Balay 3KFE563WI", bought: "Fecha de compra", fault: "Avería", faultV: "No enfría", booked: "Aviso recibido el", visit: "Visita técnica", work: "Trabajos: sustitución del termostato y carga de gas, prueba correcta.", c: "Desplazamiento", l: "Mano de obra", p: "Termostato", vat: "IVA 21 %", tot: "TOTAL", war: "Reparación garantizada hasta el", paid: "Pagado con tarjeta" },
      it: { title: "FATTURA INTERVENTO TECNICO", no: "Intervento n.", date: "Data fattura", app: "Apparecchio", appV: "Lavatrice Candy CS 1410TXME", bought: "Data acquisto", fault: "Guasto segnalato", faultV: "Non centrifuga", booked: "Chiamata del", visit: "Intervento del", work: "Lavori eseguiti: sostituzione spazzole motore, prova di funzionamento regolare.", c: "Diritto di chiamata", l: "Manodopera", p: "Ricambio spazzole motore", vat: "IVA 22%", tot: "Totale", war: "Garanzia sulla riparazione fino al", paid: "Pagato con bancomat" },
      nl: { title: "FACTUUR / WERKBON", no: "Werkbonnummer", date: "Factuurdatum", app: "Apparaat", appV: "Wasmachine AEG L7FE86ES", bought: "Aankoopdatum", fault: "Storing", faultV: "Pompt niet af", booked: "Melding ontvangen", visit: "Bezoek monteur", work: "Uitgevoerd: afvoerpomp vervangen, filter gereinigd, proefdraaien in orde.", c: "Voorrijkosten", l: "Arbeidsloon", p: "Onderdeel afvoerpomp", vat: "btw 21%", tot: "Totaal", war: "Garantie op de reparatie tot", paid: "Voldaan per pin" },
    }[lang];
    const no = `${r.int(10000, 99999)}`;
    const style = r.int(0, 2);
    const w = 40;
    const lines = [
      s.name,
      s.addr,
      "",
      L.title,
      ...(style === 0 ? [cols(L.no, no, 24), cols(L.date, dt(x, lang, r), 24)] : style === 1 ? [row([L.no, L.date, L.visit], 22), row([no, num(x, lang), `${num(visit, lang)} ${pad(hh)}:${pad(mi)}`], 22)] : [`${L.no} ${no}`]),
      "",
      `${bare(person)}, ${home(r, lang).replace("\n", ", ")}`,
      "",
      cols(L.app, L.appV, 24),
      cols(L.bought, dt(bought, lang, r), 24),
      cols(L.fault, L.faultV, 24),
      cols(L.booked, dt(booked, lang, r), 24),
      ...(style === 1 ? [] : [cols(L.visit, `${dt(visit, lang, r)}, ${pad(hh)}:${pad(mi)}`, 24)]),
      "",
      L.work,
      "",
      cols(L.c, money(callout, lang, r), w),
      cols(L.l, money(labour, lang, r), w),
      cols(L.p, money(part, lang, r), w),
      cols(L.vat, money(vat, lang, r), w),
      cols(L.tot, money(total, lang, r), w),
      "",
      `${L.war} ${dt(warranty, lang, r)}.`,
      ...(style === 2 ? [`${L.paid} — ${s.city}, ${dt(x, lang, r)}`] : [L.paid]),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "repair-invoice", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = PROPTAX[lang];
    const year = x.y;
    const yearly = r.int(28000, 190000) / 100;
    const parts = lang === "fr" || lang === "en" ? 2 : 4;
    const inst = cents(yearly / parts);
    const instDays: Day[] = lang === "de" ? [{ y: year, m: 2, d: 15 }, { y: year, m: 5, d: 15 }, { y: year, m: 8, d: 15 }, { y: year, m: 11, d: 15 }] : lang === "en" ? [{ y: year, m: 9, d: 30 }, { y: year, m: 12, d: 31 }] : lang === "fr" ? [{ y: year, m: 10, d: 15 }, { y: year, m: 10, d: 20 }] : lang === "nl" ? [{ y: year, m: 3, d: 31 }, { y: year, m: 4, d: 30 }, { y: year, m: 5, d: 31 }, { y: year, m: 6, d: 30 }] : lang === "it" ? [{ y: year, m: 6, d: 16 }, { y: year, m: 12, d: 16 }] : [{ y: year, m: 6, d: 5 }, { y: year, m: 8, d: 5 }, { y: year, m: 10, d: 5 }, { y: year, m: 11, d: 5 }];
    const valuation: Day = lang === "de" ? { y: 2022, m: 1, d: 1 } : lang === "nl" ? { y: year - 1, m: 1, d: 1 } : { y: year, m: 1, d: 1 };
    const issue: Day = (() => {
      const first = instDays[0]!;
      const lo = addDays(first, -60);
      return addDays(lo, r.int(0, 40));
    })();
    const xx = issue;
    const shown = lang === "fr" ? [instDays[0]!] : instDays;
    const L = {
      en: { title: `${year} REAL PROPERTY TAX BILL`, bill: "Bill number", date: "Date of bill", acct: "Property account", asmt: "Assessment as of", val: "Assessed value", rate: "County tax rate per $100", tot: "Total tax due", inst: ["1st installment due", "2nd installment due"], pen: "Interest of 1% per month is charged on late payments." },
      de: { title: `Grundsteuerbescheid ${year}`, bill: "Kassenzeichen", date: "Bescheiddatum", acct: "Objekt", asmt: "Grundsteuerwert festgestellt auf den", val: "Grundsteuermessbetrag", rate: "Hebesatz", tot: "Jahresbetrag", inst: ["fällig am", "fällig am", "fällig am", "fällig am"], pen: "Dieser Bescheid gilt auch für die folgenden Jahre, bis ein neuer Bescheid ergeht." },
      fr: { title: `AVIS D'IMPÔT ${year} — TAXES FONCIÈRES`, bill: "Référence de l'avis", date: "Date d'établissement", acct: "Adresse du bien", asmt: "Situation au", val: "Base d'imposition", rate: "Taux communal", tot: "Montant de votre impôt", inst: ["Date limite de paiement", ""], pen: `Paiement en ligne possible jusqu'au ${num(instDays[1]!, lang)}.` },
      es: { title: `RECIBO IBI URBANA ${year}`, bill: "N.º de recibo", date: "Fecha de emisión", acct: "Referencia catastral", asmt: "Devengo", val: "Valor catastral", rate: "Tipo de gravamen", tot: "Cuota íntegra", inst: ["1.er plazo", "2.º plazo", "3.er plazo", "4.º plazo"], pen: "Fraccionamiento sin intereses por domiciliación bancaria." },
      it: { title: `IMU ${year} — AVVISO DI PAGAMENTO`, bill: "Avviso n.", date: "Data emissione", acct: "Immobile", asmt: "Possesso al", val: "Rendita catastale", rate: "Aliquota", tot: "Imposta annua dovuta", inst: ["Acconto entro il", "Saldo entro il"], pen: "Il pagamento va effettuato con modello F24." },
      nl: { title: `AANSLAGBILJET GEMEENTELIJKE BELASTINGEN ${year}`, bill: "Aanslagnummer", date: "Dagtekening", acct: "Object", asmt: "WOZ-waarde naar waardepeildatum", val: "WOZ-waarde", rate: "Tarief OZB", tot: "Totaal aanslag", inst: ["1e termijn vóór", "2e termijn vóór", "3e termijn vóór", "4e termijn vóór"], pen: "Bij automatische incasso betaalt u in 10 termijnen." },
    }[lang];
    const cur = lang === "en" ? "USD" : "EUR";
    const fmt = (v: number) => (lang === "en" ? `$${amount(v, "en")}` : money(v, lang, r));
    const valueV = { en: `$${amount(r.int(180, 640) * 1000, "en")}`, de: money(r.int(60, 400) + r.int(0, 99) / 100, lang, r), fr: money(r.int(1200, 4800), lang, r), es: money(r.int(45, 180) * 1000 + r.int(0, 99999) / 100, lang, r), it: money(r.int(400, 1500) + r.int(0, 99) / 100, lang, r), nl: `€ ${amount(r.int(220, 690) * 1000, "de")}` }[lang];
    const rateV = { en: "$1.042", de: `${r.pick([415, 450, 480, 520])} %`, fr: `${r.pick(["38,12", "41,52", "44,90"])} %`, es: `${r.pick(["0,52", "0,61", "0,70"])} %`, it: `${r.pick(["10,6", "9,6", "8,6"])} ‰`, nl: `${r.pick(["0,0712", "0,0835", "0,0941"])} %` }[lang];
    const bill = `${r.int(100000, 999999)}${r.pick(["", "-A", "/01"])}`;
    const style = r.int(0, 1);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      lang === "en" ? "1408 Tollgate Rd\nBel Air, MD 21015" : home(r, lang),
      "",
      L.title,
      ...(style === 0 ? [cols(L.bill, bill, 30), cols(L.date, dt(xx, lang, r), 30)] : [row([L.bill, L.date], 24), row([bill, num(xx, lang)], 24)]),
      cols(L.acct, { en: "03-112044 · 1408 Tollgate Rd", de: "Am Busdorf 7, 33098 Paderborn", fr: "8 rue du Bourgneuf, 28000 Chartres", es: "4431201UG4843S0012KP", it: "Via Cavour 40, 48121 Ravenna (fg. 12, part. 331)", nl: "Brink 21, 7411 BR Deventer" }[lang], 30),
      "",
      cols(`${L.asmt} ${dt(valuation, lang, r)}`, "", 30),
      cols(L.val, valueV, 30),
      cols(L.rate, rateV, 30),
      cols(L.tot, fmt(yearly), 30),
      "",
      ...shown.map((d, i) => cols(`${L.inst[i]} ${num(d, lang)}`, fmt(lang === "fr" ? yearly : inst), 30)),
      "",
      L.pen,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(xx), correspondent: s.name, fields: { total: moneyLabel({ value: cents(yearly), currency: cur }) }, kind: "property-tax-bill", lang }, r, 0.25);
  }
  const s = GRANT[lang];
  const ay = x.m >= 6 ? x.y : x.y - 1;
  const applied = addDays(x, -r.int(20, 70));
  const first: Day = addDays({ y: ay, m: r.pick([9, 10]), d: 1 }, r.int(0, 20));
  const firstPay = first.y * 10000 + first.m * 100 + first.d > x.y * 10000 + x.m * 100 + x.d ? first : addDays(x, r.int(5, 20));
  const dob = born(r, ay - 24, ay - 18);
  const monthly = r.int(280, 934);
  const L = {
    en: { title: `Your student finance entitlement for academic year ${ay}/${pad((ay + 1) % 100)}`, date: "Date", ref: "Customer reference number", body: `We have assessed your application, received on ${dt(applied, lang, r)}.`, amt: `Maintenance Loan: £${amount(monthly * 3, "en")} per term. Tuition Fee Loan paid directly to your university.`, pay: `Your first payment will be made on ${dt(firstPay, lang, r)}, once your university confirms you have registered.`, dob: "Date of birth", sign: "Student Finance England" },
    de: { title: `Bescheid über Ausbildungsförderung nach dem BAföG`, date: "Datum", ref: "Förderungsnummer", body: `auf Ihren Antrag vom ${dt(applied, lang, r)} wird Ihnen für den Bewilligungszeitraum ${pad(10)}/${ay} bis ${pad(9)}/${ay + 1} Ausbildungsförderung bewilligt.`, amt: `Monatlicher Förderungsbetrag: ${amount(monthly, "de")} € (davon 50 % Zuschuss, 50 % Staatsdarlehen).`, pay: `Die erste Zahlung erfolgt zum ${dt(firstPay, lang, r)}.`, dob: "Geburtsdatum", sign: "Amt für Ausbildungsförderung" },
    fr: { title: `Notification définitive de bourse — année universitaire ${ay}-${ay + 1}`, date: "Date", ref: "N° de dossier social étudiant", body: `Suite à votre demande déposée le ${dt(applied, lang, r)}, une bourse sur critères sociaux vous est attribuée (échelon ${r.int(1, 7)}).`, amt: `Montant mensuel : ${amount(monthly / 2, "fr")} €, versé sur 10 mois.`, pay: `Premier versement prévu le ${dt(firstPay, lang, r)}.`, dob: "Date de naissance", sign: "Le directeur général du CROUS" },
    es: { title: `Resolución de concesión de beca — curso ${ay}-${ay + 1}`, date: "Fecha", ref: "N.º de solicitud", body: `Examinada su solicitud presentada el ${dt(applied, lang, r)}, se le concede beca de carácter general.`, amt: `Cuantía fija ligada a la renta: ${amount(monthly * 2, "de")} €; beca matrícula.`, pay: `El primer pago se efectuará a partir del ${dt(firstPay, lang, r)}.`, dob: "Fecha de nacimiento", sign: "La Secretaria General de Formación Profesional" },
    it: { title: `Esito graduatoria definitiva borse di studio a.a. ${ay}/${ay + 1}`, date: "Data", ref: "Matricola", body: `Con riferimento alla domanda presentata il ${dt(applied, lang, r)}, Le comunichiamo che risulta VINCITORE/VINCITRICE di borsa di studio.`, amt: `Importo annuo: € ${amount(monthly * 5, "de")}, erogato in due rate.`, pay: `La prima rata sarà pagata entro il ${dt(firstPay, lang, r)}.`, dob: "Data di nascita", sign: "ER.GO — Servizio Benefici" },
    nl: { title: `Besluit studiefinanciering ${ay}-${ay + 1}`, date: "Datum", ref: "Relatienummer", body: `Wij hebben uw aanvraag van ${dt(applied, lang, r)} ontvangen en beoordeeld.`, amt: `U krijgt een basisbeurs van € ${amount(monthly / 3, "de")} per maand en een aanvullende beurs.`, pay: `De eerste betaling ontvangt u rond ${dt(firstPay, lang, r)}.`, dob: "Geboortedatum", sign: "DUO" },
  }[lang];
  const ref = `${r.int(10000000, 99999999)}`;
  const style = r.int(0, 2);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(style === 0 ? [right(`${L.date}: ${dt(x, lang, r)}`), right(`${L.ref}: ${ref}`)] : style === 1 ? [row([L.ref, L.dob, L.date], 26), row([ref, num(dob, lang), num(x, lang)], 26)] : [`${L.ref}: ${ref}`, right(`${s.city}, ${dt(x, lang, r)}`)]),
    "",
    L.title,
    "",
    lang === "de" ? `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${name.split(" ").pop()},` : lang === "fr" ? "Madame, Monsieur," : lang === "es" ? `Estimado/a ${name}:` : lang === "it" ? `Gentile ${name},` : lang === "nl" ? `Beste ${name},` : `Dear ${name},`,
    "",
    L.body,
    L.amt,
    L.pay,
    ...(style === 1 ? [] : [`${L.dob}: ${dt(dob, lang, r)}`]),
    "",
    L.sign,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "grant-decision", lang }, r, 0.25);
};

// T10 — what a phone or a scanner hands over without a printed date: photos of receipts with the head cut off (the
// items and the total only), meter readings, handwritten notes, dated only by the camera's or scanner app's file
// name ("IMG_20250303_143210.jpg", "PXL_20250303_143210123.jpg", "WhatsApp Image 2025-03-03 at 14.32.10.jpeg",
// "Scan 2025-03-03 14.32.10.pdf", "Adobe Scan 3 Mar 2025.pdf"); and pages with no date at all (label null): a page
// of terms and conditions, a business card, a product leaflet, a recipe, a price list. Taken in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  const dated = turn(n, 2) === 0;
  if (dated) {
    const texts: PerLang<string[]> = {
      en: [`Semi skimmed milk 2pt   1.45\nBananas loose   0.82\nSourdough loaf   2.40\nTOTAL   4.67\nCARD   4.67`, `Meter readings\nElectric day 24871\nElectric night 10412\nGas 04418.2`, `Paid Tom for window cleaning £18\nnext time: conservatory too`],
      de: [`Brötchen 6x   2,40\nMilch 1,5%   1,15\nÄpfel 1kg   2,49\nSUMME   6,04\nEC-Karte   6,04`, `Zählerstand Strom 041283\nWasser 00912,4\nGas 12044,1`, `An Frau Lenz 20 € für Katzensitting gezahlt\nSchlüssel zurück`],
      fr: [`BAGUETTE   1,10\nCROISSANT X4   4,20\nTOTAL   5,30\nCB   5,30`, `Relevé compteur\nélectricité HP 18832\nélectricité HC 09912\neau 00331`, `Payé 40 € à Mme Roche (repassage)\nreste à voir : rideaux`],
      es: [`PAN DE PUEBLO   1,20\nCAFE SOLO   1,30\nTOSTADA   2,10\nTOTAL   4,60\nTARJETA   4,60`, `Lectura contador\nluz 24481\nagua 0912\ngas 03321`, `Pagado a Rosa 25 € limpieza escalera\nfalta portal`],
      it: [`CAFFE   1,20\nCORNETTO   1,30\nSPREMUTA   3,00\nTOTALE   5,50\nBANCOMAT   5,50`, `Lettura contatori\nluce F1 12033\nluce F2 08812\ngas 04412`, `Dato 30 € a Gino per il giardino\nmanca la siepe`],
      nl: [`BROOD VOLKOREN   2,79\nKAAS 48+   4,49\nTOTAAL   7,28\nPIN   7,28`, `Meterstanden\nstroom laag 12883\nstroom hoog 10441\ngas 3312`, `Glazenwasser betaald € 17,50\nvolgende keer ook schuur`],
    };
    const text = r.pick(texts[lang]);
    const hh = pad(r.int(7, 21)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const shape = Math.floor(n / 2) % 5;
    const filename = [`IMG_${ymd}_${hh}${mi}${ss}.jpg`, `PXL_${ymd}_${hh}${mi}${ss}${r.int(100, 999)}.jpg`, `WhatsApp Image ${isoDay(x)} at ${hh}.${mi}.${ss}.jpeg`, `Scan ${isoDay(x)} ${hh}.${mi}.${ss}.pdf`, `Adobe Scan ${x.d} ${MONTHS_ABBR.en[x.m - 1]} ${x.y}.pdf`][shape]!;
    return { text, filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["img-underscore", "pixel", "whatsapp-image", "scan-iso-time", "adobe-scan"][shape]}`, lang };
  }
  const texts: PerLang<string[]> = {
    en: ["Terms and conditions (page 2 of 3)\n7. Cancellation: you may cancel within 14 days of the start of the service.\n8. Prices may change once a year with 30 days' notice.", "Sarah Lin\nChartered Accountant\nLin & Co · 18 King Street, York YO1 9SP\n01904 555 210 · sarah@linco.example", "Banana bread\n3 ripe bananas, 75 g butter, 150 g sugar, 1 egg, 190 g flour\nBake 60 min at 170 °C"],
    de: ["Allgemeine Geschäftsbedingungen (Seite 2)\n§ 5 Widerrufsrecht: 14 Tage ab Vertragsschluss.\n§ 6 Preisänderungen werden sechs Wochen vorher angekündigt.", "Markus Vogt\nSteuerberater\nVogt & Partner · Marktplatz 3 · 97070 Würzburg\nTel. 0931 445 210", "Preisliste Fensterreinigung\nFenster bis 1 m²   4,50 €\nWintergarten pauschal   89,00 €\nAnfahrt   15,00 €"],
    fr: ["Conditions générales (page 2/3)\nArt. 7 — Droit de rétractation : 14 jours.\nArt. 8 — Les tarifs peuvent être révisés chaque année.", "Nathalie Blanc\nExpert-comptable\n14 rue de la Paix, 51100 Reims\n03 26 11 22 33", "Notice de montage — étagère KALLAX\nÉtape 1 : fixer les panneaux latéraux\nÉtape 2 : insérer les chevilles"],
    es: ["Condiciones generales (página 2)\n7. Desistimiento: 14 días naturales.\n8. Las tarifas podrán actualizarse anualmente.", "Carmen Ibáñez\nAbogada\nCalle Alfonso I 12, 50003 Zaragoza\n976 12 34 56", "Lista de precios — limpieza de cristales\nVentana estándar 4,00 €\nTerraza 25,00 €"],
    it: ["Condizioni generali (pag. 2)\nArt. 7 — Recesso entro 14 giorni.\nArt. 8 — Le tariffe possono essere aggiornate annualmente.", "Paolo Gentile\nGeometra\nVia Mazzini 7, 37121 Verona\n045 800 1122", "Istruzioni — caldaia a condensazione\nControllare la pressione: 1,2–1,5 bar\nPulizia annuale consigliata"],
    nl: ["Algemene voorwaarden (pagina 2)\nArtikel 7 — Herroepingsrecht: 14 dagen.\nArtikel 8 — Tarieven kunnen jaarlijks worden aangepast.", "Ingrid Bos\nBoekhouder\nBos Administratie · Markt 5 · 7411 JP Deventer\n0570 612 345", "Recept appeltaart\n1 kg appels, 250 g boter, 250 g suiker, 400 g bloem\n60 min op 175 °C"],
  };
  return { text: r.pick(texts[lang]), filename: r.pick(["IMG_2214.jpg", "scan0012.pdf", "Document.pdf", "card.jpg", "page2.pdf", "Photo 12.jpeg"]), documentDate: null, correspondent: null, kind: "undated-page", lang };
};

export const HELDOUT6_TEMPLATES: Template[] = [supplierInvoice, tillReceipt, cardStatement, letters, bills, notaryLetter, memberOrFamily, roadOrFreight, repairTaxGrant, photosAndScans];
export const heldout6Langs = (): Lang[] => ALL;
