// The seventh HELD-OUT half of the fields dev set (issue 17), round 10: written and committed (with its JSONL)
// before any reader change of round 10, to measure the document-date, correspondent and total readers on documents
// nobody tuned on. Never read by training, never used to choose between variants before the one measurement.
// Written from the earlier halves' headers and templates only (not from the readers). Like heldout6, its mix follows
// what a household or a small office uploads, in proportions close to reality, in layouts and wordings no other
// half uses: shop receipts in three layouts (a supermarket's with the date and time over the items, multi-buy
// savings and a loyalty-points balance that expires; a bookshop's or chemist's with "served by" and the date at the
// foot and a return-by line; a card terminal's customer copy with date and time and a tip line), energy, water and
// mobile bills (meter readings with their dates, a billing period, a debit date), current-account and credit-card
// statements (the statement's closing date or the period's end, value dates, a card valid until MM/YY), letters
// from doctors' practices (an appointment ahead, the last visit, the birth date), schools (a trip or a parents'
// evening ahead, a reply-by date), energy companies (new prices from a date) and town halls (a permit expiring),
// insurance letters (motor renewal with the premium, health-insurance contribution changes, a travel policy
// schedule), tradesmen's invoices (work done on earlier days) and online shops' invoices (order, dispatch, return
// by; US shops in dollars with month-first dates), tenancy agreements and gym or phone contracts signed at the foot,
// tax assessments and payslips (the pay date; the period), and a few less common kinds (vets' invoices with a
// booster due, hotel bills with arrival and departure — a US hotel's folio in dollars, car-hire agreements with
// pick-up and return). About one in twenty is a phone photo or scan dated only by its file name, one in twenty
// carries no date (label null). Dates as these senders print them: "3 March 2025", "3rd March 2025",
// "03 Mar 2025", "03/03/2025", "03-Mar-2025", "03.03.2025", "3. März 2025", "03.03.25", "3 mars 2025",
// "lundi 3 mars 2025", "3 de marzo de 2025", "3/3/2025", "3 marzo 2025", "3 maart 2025", "3 mrt 2025", "03-03-2025",
// ISO dates from systems, times beside them; "03/05/2025" and "March 5, 2025" for 5 March only from US senders.
import { addDays, amount, isoDay, MONTHS, MONTHS_ABBR, moneyLabel, pad, PEOPLE, randomDay, weekday, type Day, type Lang, type Rng, type Template, type PerLang, LANGS as ALL, CUR, VAT, type Org, org, ord, cents, lastDay, bare, bareAmt, cols, num, num2, usNum, usd, hm, home, totalOf, turn, scannedAt } from "./common.ts";

/** The date as this half's (European) documents print it. */
function dt(x: Day, lang: Lang, r: Rng): string {
  const M = MONTHS[lang][x.m - 1]!;
  const A = MONTHS_ABBR[lang][x.m - 1]!;
  const yy = String(x.y).slice(2);
  const forms: PerLang<string[]> = {
    en: [`${x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${x.y}`, `${ord(x.d)} ${M} ${x.y}`, `${pad(x.d)} ${A} ${x.y}`, `${pad(x.d)}-${A}-${x.y}`],
    de: [`${pad(x.d)}.${pad(x.m)}.${x.y}`, `${x.d}. ${M} ${x.y}`, `${pad(x.d)}.${pad(x.m)}.${yy}`, `${x.d}.${x.m}.${x.y}`],
    fr: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${weekday(x, lang)} ${x.d === 1 ? "1er" : x.d} ${M} ${x.y}`, `${pad(x.d)}/${pad(x.m)}/${yy}`],
    es: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} de ${M} de ${x.y}`, `${x.d}/${x.m}/${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
    it: [`${pad(x.d)}/${pad(x.m)}/${x.y}`, `${x.d} ${M} ${x.y}`, `${x.d}/${x.m}/${x.y}`, `${pad(x.d)}-${pad(x.m)}-${x.y}`],
    nl: [`${pad(x.d)}-${pad(x.m)}-${x.y}`, `${x.d} ${M} ${x.y}`, `${x.d} ${A.replace(".", "")} ${x.y}`, `${x.d}-${x.m}-${x.y}`],
  };
  return r.pick(forms[lang]);
}
const usLong = (x: Day, r: Rng) => (r.chance(0.5) ? `${MONTHS.en[x.m - 1]!} ${x.d}, ${x.y}` : `${MONTHS_ABBR.en[x.m - 1]!} ${x.d}, ${x.y}`);
function money(v: number, lang: Lang, r: Rng): string {
  if (lang === "en") return r.pick([`£${amount(v, "en")}`, `£${amount(v, "en")}`, `£ ${amount(v, "en")}`]);
  if (lang === "fr") return r.pick([`${amount(v, "fr")} €`, `${amount(v, "fr")} €`, `${amount(v, "plain-comma")} €`]);
  if (lang === "nl") return r.pick([`€ ${amount(v, "de")}`, `€ ${amount(v, "de")}`, `EUR ${amount(v, "de")}`]);
  return r.pick([`${amount(v, "de")} €`, `${amount(v, "de")} €`, `EUR ${amount(v, "de")}`]);
}
const right = (s: string) => `${" ".repeat(48)}${s}`;
const row = (cells: string[], w = 20) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(Math.max(w, c.length + 2)))).join("");
const born = (r: Rng, from = 1945, to = 2003): Day => ({ y: r.int(from, to), m: r.int(1, 12), d: r.int(1, 28) });
const scanned = scannedAt(0.25, 0.03);
const salute = (person: string, lang: Lang) => {
  const name = bare(person);
  const last = name.split(" ").pop()!;
  return {
    en: `Dear ${person.replace(/^(Mr|Ms|Mrs|Dr) .* /, "$1 ")}`.trim() + ",",
    de: `Sehr geehrte${person.startsWith("Frau") ? " Frau" : "r Herr"} ${last},`,
    fr: person.startsWith("Mme") ? "Chère Madame," : "Cher Monsieur,",
    es: `Estimado/a ${name}:`,
    it: `Gentile ${person.startsWith("Sig.ra") ? "Signora" : "Signor"} ${last},`,
    nl: `Geachte ${person.startsWith("Mevr") ? "mevrouw" : "heer"} ${last},`,
  }[lang];
};

// ─── Everyday kinds ──────────────────────────────────────────────────────────────────────────────────────────────

const SUPERMARKET: PerLang<Org> = {
  en: org("Morrisons", "Wm Morrison Supermarkets Ltd · Canal Road, Bradford BD2 1AR", "VAT No: GB 343 4323 60", "Bradford"),
  de: org("REWE Markt GmbH", "Filiale 4412 · Berliner Allee 55 · 30175 Hannover", "UID-Nr. DE 812706034", "Hannover"),
  fr: org("Intermarché Super", "SAS Vallée Distribution · Route de Paris, 45200 Montargis", "SIRET 399 112 445 00011 · NAF 4711D", "Montargis"),
  es: org("Consum S. Coop. V.", "Avda. Alfafar s/n, 46960 Aldaia", "NIF F-46078986", "Aldaia"),
  it: org("Coop Lombardia Soc. Coop.", "Viale Famagosta 75, 20142 Milano", "P.IVA 00865220156", "Milano"),
  nl: org("PLUS Van der Meer", "Dorpsstraat 88, 1721 BH Broek op Langedijk", "KvK 37112098", "Broek op Langedijk"),
};
const SHOP: PerLang<Org> = {
  en: org("Waterstones", "Booksellers · 24 High Street, Winchester SO23 9BL", "Waterstones Booksellers Ltd, VAT Reg 610 5612 01", "Winchester"),
  de: org("Apotheke am Rathaus", "Inh. Dr. Katrin Seidel e.K. · Rathausplatz 2 · 91052 Erlangen", "USt-IdNr. DE 133 209 871", "Erlangen"),
  fr: org("Librairie Mollat", "15 rue Vital-Carles, 33000 Bordeaux", "SAS Mollat · RCS Bordeaux 458 202 412", "Bordeaux"),
  es: org("Decathlon España S.A.", "Centro Comercial Nervión Plaza, 41005 Sevilla", "CIF A-79935607", "Sevilla"),
  it: org("Feltrinelli Librerie S.r.l.", "Piazza Piemonte 2, 20145 Milano", "P.IVA 04628790515", "Milano"),
  nl: org("Kruidvat", "Kerkstraat 12, 5611 GJ Eindhoven", "A.S. Watson Health & Beauty Benelux B.V. · KvK 33274858", "Eindhoven"),
};
const CAFE: PerLang<Org> = {
  en: org("The Copper Kettle", "3 Market Place, Ludlow SY8 1AQ", "VAT 281 3340 12", "Ludlow"),
  de: org("Gasthaus Zum Löwen", "Hauptstraße 18 · 79098 Freiburg", "St.-Nr. 06454/33121", "Freiburg"),
  fr: org("Brasserie Le Central", "4 place du Martroi, 45000 Orléans", "SIRET 530 118 442 00019", "Orléans"),
  es: org("Restaurante Casa Lucio", "Calle Cava Baja 35, 28005 Madrid", "CIF B-28123312", "Madrid"),
  it: org("Trattoria da Mario", "Via della Palla 2, 50123 Firenze", "P.IVA 03311220485", "Firenze"),
  nl: org("Eetcafé De Zwaan", "Markt 7, 4811 WH Breda", "KvK 20133412", "Breda"),
};

// T1 — shop receipts in three layouts, taken in turn: a supermarket's (the date, time, store, till and operator on
// one line over the items; multi-buy savings; a loyalty balance with points that expire), a bookshop's, chemist's,
// sports or drugstore receipt ("served by" and the date at the foot, a return-by line), and a card terminal's
// customer copy from a café or restaurant (date and time, the card masked, a tip line; the amount is the total).
let receiptTurn = 0;
const receipts: Template = (r, lang) => {
  const k = turn(receiptTurn++, 3);
  const x = randomDay(r);
  const t = hm(r, 8, 21);
  if (k === 0) {
    const s = SUPERMARKET[lang];
    const L = {
      en: { items: ["MORRISONS WHOLE MILK 4PT", "HOVIS SEEDED 800G", "BROCCOLI", "CHICKEN THIGHS 1KG", "PG TIPS 80S", "FAIRY LIQUID 383ML", "CHEDDAR MATURE 400G"], save: "Multibuy saving", bal: "BALANCE DUE", pay: "Visa Debit", chg: "CHANGE", lp: "More Card points this shop", lb: "Points balance", le: "Points expire", st: "ST", op: "OP", te: "TE", tr: "TR", items_n: "ITEMS", bye: "Thank you for shopping at Morrisons" },
      de: { items: ["ja! H-Milch 1,5% 1L", "Bio Bananen", "Gouda jung 400g", "Vollkornbrot 500g", "Rewe Beste Wahl Pizza", "Spülmittel 500ml", "Mineralwasser 6x1,5L"], save: "Sie haben gespart", bal: "SUMME", pay: "Geg. Kartenzahlung", chg: "Rückgeld", lp: "PAYBACK Punkte dieses Einkaufs", lb: "Punktestand", le: "Punkte verfallen am", st: "Markt", op: "Bed.", te: "Kasse", tr: "Bon", items_n: "Artikel", bye: "Vielen Dank für Ihren Einkauf!" },
      fr: { items: ["LAIT UHT 1/2 ECR 6X1L", "PAIN DE MIE HARRYS", "COMTE AOP 250G", "JAMBON BLANC X4", "EAU CRISTALINE 6X1,5L", "LESSIVE X30", "TOMATES GRAPPE"], save: "Remise immédiate", bal: "TOTAL A PAYER", pay: "CARTE BANCAIRE", chg: "RENDU", lp: "Cagnotte fidélité ce jour", lb: "Solde cagnotte", le: "Cagnotte valable jusqu'au", st: "Mag", op: "Hôt.", te: "Caisse", tr: "Tick", items_n: "ARTICLES", bye: "MERCI DE VOTRE VISITE" },
      es: { items: ["LECHE SEMI 6X1L", "PAN BARRA", "TOMATE PERA", "PECHUGA POLLO", "ACEITE GIRASOL 1L", "YOGUR GRIEGO X6", "PAPEL HIGIENICO 12R"], save: "Ahorro promoción", bal: "TOTAL", pay: "TARJETA", chg: "CAMBIO", lp: "Mundo Consum: ahorro acumulado", lb: "Saldo cheque regalo", le: "Cheque válido hasta", st: "Tda", op: "Caj.", te: "TPV", tr: "Tk", items_n: "ARTÍCULOS", bye: "GRACIAS POR SU VISITA" },
      it: { items: ["LATTE INTERO COOP 1L", "MOZZARELLA 125G", "PASTA PENNE 1KG", "PASSATA 700G", "MELE GOLDEN", "DETERSIVO PIATTI", "ACQUA NAT. 6X1,5L"], save: "Sconto soci", bal: "TOTALE EURO", pay: "PAGAMENTO CARTA", chg: "RESTO", lp: "Punti Coop guadagnati", lb: "Saldo punti", le: "Punti utilizzabili fino al", st: "PV", op: "Op.", te: "Cassa", tr: "Sc.", items_n: "PEZZI", bye: "GRAZIE E ARRIVEDERCI" },
      nl: { items: ["PLUS HALFVOLLE MELK 1L", "TIJGERBROOD", "KOMKOMMER", "GEHAKT 500G", "PINDAKAAS 350G", "AFWASMIDDEL", "APPELS ELSTAR"], save: "Actiekorting", bal: "TOTAAL", pay: "PIN", chg: "WISSELGELD", lp: "Spaarzegels deze aankoop", lb: "Saldo spaarkaart", le: "Zegels geldig t/m", st: "Fil", op: "Kass.", te: "Kassa", tr: "Bon", items_n: "ARTIKELEN", bye: "BEDANKT VOOR UW BEZOEK" },
    }[lang];
    const picks = L.items.filter(() => r.chance(0.6));
    const items = (picks.length >= 3 ? picks : L.items.slice(0, 4)).map((d) => ({ d, q: r.chance(0.25) ? 2 : 1, p: r.int(45, lang === "en" ? 599 : 649) / 100 }));
    const gross = cents(items.reduce((a, i) => a + i.q * i.p, 0));
    const saving = r.chance(0.5) ? cents(r.int(20, 150) / 100) : 0;
    const total = cents(gross - saving);
    const expires: Day = r.chance(0.5) ? { y: x.y + 1, m: 12, d: 31 } : addDays(x, r.pick([90, 180]));
    const stamp = row([num(x, lang), t, `${L.st} ${r.int(100, 999)}`, `${L.op} ${r.int(10, 99)}`, `${L.te} ${pad(r.int(1, 20))}`, `${L.tr} ${r.int(1000, 9999)}`], 6).replace(/ {2,}/g, "  ");
    const top = r.chance(0.6);
    const lines = [
      s.name.toUpperCase(),
      s.addr,
      s.foot,
      "",
      ...(top ? [stamp, ""] : []),
      ...items.flatMap((i) => (i.q > 1 ? [i.d, cols(`  ${i.q} x ${bareAmt(i.p, lang)}`, bareAmt(cents(i.q * i.p), lang), 32)] : [cols(i.d, bareAmt(i.p, lang), 32)])),
      ...(saving ? [cols(L.save, `-${bareAmt(saving, lang)}`, 32)] : []),
      `${items.reduce((a, i) => a + i.q, 0)} ${L.items_n}`,
      cols(L.bal, bareAmt(total, lang), 32),
      cols(L.pay, bareAmt(total, lang), 32),
      cols(L.chg, bareAmt(0, lang), 32),
      "",
      `${L.lp}: ${lang === "fr" || lang === "es" ? bareAmt(cents(total * 0.02), lang) : r.int(2, 60)}`,
      `${L.lb}: ${lang === "fr" || lang === "es" ? bareAmt(r.int(100, 2500) / 100, lang) : r.int(80, 4200)}`,
      `${L.le} ${num(expires, lang)}`,
      "",
      ...(top ? [] : [stamp]),
      L.bye,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "supermarket-receipt", lang }, r, 0.35);
  }
  if (k === 1) {
    const s = SHOP[lang];
    const L = {
      en: { items: ["The Thursday Murder Club PB", "OS Explorer Map OL7", "Moleskine Notebook A5", "Gift card", "Children's atlas HB"], tot: "Total", pay: "Mastercard", served: "You were served by", ret: "Returns and exchanges within 28 days with proof of purchase.", rb: "Return by", vat: "VAT", no: "Receipt" },
      de: { items: ["Ibuprofen 400 mg 20 St.", "Nasenspray 10 ml", "Zinksalbe 50 g", "Pflaster Sortiment", "Vitamin D3 1000 I.E."], tot: "Gesamt EUR", pay: "Girocard", served: "Es bediente Sie", ret: "Umtausch nur originalverpackter, freiverkäuflicher Ware innerhalb von 14 Tagen.", rb: "Umtausch bis", vat: "MwSt.", no: "Beleg-Nr." },
      fr: { items: ["Roman poche Folio", "Guide du Routard Bretagne", "Agenda 2025", "Carte cadeau", "BD Astérix T.40"], tot: "Total TTC", pay: "CB", served: "Vous avez été servi(e) par", ret: "Échange sous 30 jours sur présentation du ticket.", rb: "Échange possible jusqu'au", vat: "dont TVA 5,5 %", no: "Ticket n°" },
      es: { items: ["Zapatillas running", "Calcetines pack 3", "Botella 750 ml", "Mochila 20 L", "Camiseta técnica"], tot: "Total", pay: "Tarjeta", served: "Le atendió", ret: "Dispone de 365 días para cambios y devoluciones con este ticket.", rb: "Devolución hasta el", vat: "IVA 21 % incl.", no: "Ticket n.º" },
      it: { items: ["Romanzo tascabile", "Guida Lonely Planet Sicilia", "Agenda settimanale", "Carta regalo", "Libro per ragazzi"], tot: "Totale", pay: "Bancomat", served: "Operatore", ret: "Cambio merce entro 30 giorni presentando lo scontrino.", rb: "Cambio entro il", vat: "di cui IVA 4 %", no: "Scontrino n." },
      nl: { items: ["Shampoo 250 ml", "Tandpasta 2x75 ml", "Paracetamol 500 mg", "Wattenschijfjes", "Handcrème"], tot: "Totaal", pay: "PIN", served: "U werd geholpen door", ret: "Ruilen binnen 30 dagen met kassabon.", rb: "Ruilen kan tot", vat: "btw 21 %", no: "Bonnr." },
    }[lang];
    const picks = L.items.filter(() => r.chance(0.5));
    const items = (picks.length ? picks : [L.items[0]!]).map((d) => ({ d, p: r.int(199, 3499) / 100 }));
    const total = cents(items.reduce((a, i) => a + i.p, 0));
    const staff = r.pick(["Anna", "Tom", "Ines", "Marco", "Sanne", "Lucía"]);
    const retBy = addDays(x, { en: 28, de: 14, fr: 30, es: 365, it: 30, nl: 30 }[lang]);
    const style = r.int(0, 2);
    const foot =
      style === 0
        ? [`${L.served} ${staff}`, `${weekday(x, lang).slice(0, 3)} ${num(x, lang)}  ${t}`]
        : style === 1
          ? [row([`${L.no} ${r.int(10000, 99999)}`, num2(x, lang), t], 16), `${L.served} ${staff}`]
          : [`${s.city}, ${dt(x, lang, r)} ${t}`, `${L.served} ${staff}`];
    const lines = [
      s.name,
      s.addr,
      "",
      ...items.map((i) => cols(i.d, bareAmt(i.p, lang), 34)),
      "",
      cols(L.tot, bareAmt(total, lang), 34),
      cols(L.pay, bareAmt(total, lang), 34),
      `${L.vat} ${bareAmt(cents(total * 0.1), lang)}`,
      "",
      ...foot,
      "",
      L.ret,
      ...(r.chance(0.6) ? [`${L.rb} ${num(retBy, lang)}`] : []),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "shop-receipt", lang }, r, 0.3);
  }
  const s = CAFE[lang];
  const base = r.int(1250, 9800) / 100;
  const tip = r.chance(0.5) ? cents(Math.round(base * 0.1)) : 0;
  const total = cents(base + tip);
  const L = {
    en: { copy: "CUSTOMER COPY", sale: "SALE", amt: "AMOUNT", tip: "GRATUITY", tot: "TOTAL", ok: "AUTH CODE", ver: "VERIFIED BY PIN", keep: "PLEASE RETAIN FOR YOUR RECORDS", date: "DATE", time: "TIME" },
    de: { copy: "Kundenbeleg", sale: "Zahlung", amt: "Betrag", tip: "Trinkgeld", tot: "Gesamt", ok: "Autorisierungs-Nr.", ver: "Zahlung erfolgt", keep: "Bitte Beleg aufbewahren", date: "Datum", time: "Uhrzeit" },
    fr: { copy: "TICKET CLIENT", sale: "DEBIT", amt: "MONTANT", tip: "POURBOIRE", tot: "TOTAL", ok: "No AUTO", ver: "PAIEMENT ACCEPTE", keep: "A CONSERVER", date: "LE", time: "A" },
    es: { copy: "COPIA CLIENTE", sale: "VENTA", amt: "IMPORTE", tip: "PROPINA", tot: "TOTAL", ok: "AUT.", ver: "OPERACIÓN APROBADA", keep: "CONSERVE ESTE JUSTIFICANTE", date: "FECHA", time: "HORA" },
    it: { copy: "COPIA CLIENTE", sale: "ACQUISTO", amt: "IMPORTO", tip: "MANCIA", tot: "TOTALE", ok: "COD. AUT.", ver: "TRANSAZIONE ESEGUITA", keep: "CONSERVARE LA RICEVUTA", date: "DATA", time: "ORA" },
    nl: { copy: "KLANTTICKET", sale: "BETALING", amt: "BEDRAG", tip: "FOOI", tot: "TOTAAL", ok: "AUTORISATIECODE", ver: "AKKOORD", keep: "BEWAAR DIT TICKET", date: "DATUM", time: "TIJD" },
  }[lang];
  const card = r.pick(["VISA", "MASTERCARD", "MAESTRO", "V PAY"]);
  const style = r.int(0, 1);
  const lines = [
    L.copy,
    s.name,
    s.addr,
    `TID: ${r.int(10000000, 99999999)}   MID: ${r.int(100000, 999999)}`,
    "",
    ...(style === 0 ? [cols(`${L.date}: ${num2(x, lang)}`, `${L.time}: ${t}`, 22)] : [`${isoDay(x)}T${t}:${pad(r.int(0, 59))}`]),
    `${card}  ************${r.int(1000, 9999)}`,
    `AID: A00000000${r.pick(["31010", "41010", "43060"])}`,
    "",
    L.sale,
    cols(L.amt, `${lang === "en" ? "GBP" : "EUR"} ${bareAmt(base, lang)}`, 22),
    ...(tip ? [cols(L.tip, `${lang === "en" ? "GBP" : "EUR"} ${bareAmt(tip, lang)}`, 22)] : []),
    cols(L.tot, `${lang === "en" ? "GBP" : "EUR"} ${bareAmt(total, lang)}`, 22),
    "",
    `${L.ok}: ${r.int(100000, 999999)}`,
    L.ver,
    L.keep,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "card-slip", lang }, r, 0.4);
};

const ENERGY: PerLang<Org> = {
  en: org("Octavia Energy", "PO Box 8120, Leicester LE1 9ZX", "Octavia Energy Ltd · Registered in England and Wales No. 09263424 · Ofgem licence E-0411", "Leicester"),
  de: org("EnergieVersorgung Mittelrhein AG", "Schützenstraße 80–82 · 56068 Koblenz", "Amtsgericht Koblenz HRB 1251 · Vorsitzender des Aufsichtsrats: D. Hoff", "Koblenz"),
  fr: org("Engie Particuliers", "TSA 21501, 75901 Paris Cedex 15", "SA au capital de 2 435 285 011 € · RCS Nanterre 542 107 651", "Paris"),
  es: org("Aguas de Alicante E.M.", "Calle Alona 33, 03007 Alicante", "CIF A-03042414", "Alicante"),
  it: org("Hera Comm S.p.A.", "Via Molino Rosso 8, 40026 Imola", "P.IVA 03819031208 · Società soggetta a direzione e coordinamento di Hera S.p.A.", "Imola"),
  nl: org("Vattenfall Klantenservice N.V.", "Postbus 41920, 9701 CB Groningen", "KvK 33292246", "Groningen"),
};
const MOBILE: PerLang<Org> = {
  en: org("Vodafone Limited", "PO Box 1044, Newbury RG14 5GB", "Registered office: Vodafone House, The Connection, Newbury RG14 2FN · Company No. 01471587", "Newbury"),
  de: org("o2 Telefónica Germany", "Kundenbetreuung · 90345 Nürnberg", "Telefónica Germany GmbH & Co. OHG · Amtsgericht München HRA 70343", "Nürnberg"),
  fr: org("SFR", "Service Client, TSA 73917, 62978 Arras Cedex 9", "SA au capital de 3 423 265 598,40 € · RCS Paris 343 059 564", "Arras"),
  es: org("Orange Espagne S.A.U.", "Paseo del Club Deportivo 1, 28223 Pozuelo de Alarcón", "CIF A-82009812", "Pozuelo de Alarcón"),
  it: org("WindTre S.p.A.", "Casella Postale 159, 10015 Ivrea", "P.IVA 13378520152", "Ivrea"),
  nl: org("Odido Netherlands B.V.", "Postbus 16272, 2500 BG Den Haag", "KvK 14052264", "Den Haag"),
};

// T2 — energy, water and mobile bills, taken in turn. Energy and water: meter readings with their dates (the
// previous and this reading; "estimated" on some), the billing period, the bill date in a reference table or under
// the letterhead without a label, the amount to pay and the debit date. Mobile: the bill date and the bill period,
// roaming in another country on a day, the amount taken by direct debit on a later day.
let utilTurn = 0;
const utilityBills: Template = (r, lang) => {
  const k = turn(utilTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k < 2) {
    const s = ENERGY[lang];
    const water = lang === "es" || k === 1;
    const months = water ? 3 : r.pick([1, 3]);
    const pEnd = addDays(x, -r.int(3, 9));
    const pStart = addDays({ y: pEnd.y, m: pEnd.m, d: 1 }, -(months - 1) * 30);
    const from: Day = { y: pStart.y, m: pStart.m, d: 1 };
    const prevRead = addDays(from, -1);
    const reading = pEnd;
    const r0 = r.int(1000, 40000);
    const used = water ? r.int(12, 60) : r.int(180, 1400);
    const unit = water ? "m³" : "kWh";
    const price = water ? r.int(180, 320) / 100 : r.int(24, 38) / 100;
    const standing = water ? r.int(1500, 3500) / 100 : r.int(900, 2200) / 100;
    const net = cents(used * price + standing);
    const vatRate = water ? ({ en: 0, de: 7, fr: 5.5, es: 10, it: 10, nl: 9 }[lang]) : ({ en: 5, de: 19, fr: 20, es: 21, it: 10, nl: 21 }[lang]);
    const vat = cents((net * vatRate) / 100);
    const total = cents(net + vat);
    const debit = addDays(x, r.int(8, 15));
    const est = r.chance(0.3);
    const what = water ? { en: "Water and sewerage", de: "Trinkwasser", fr: "Eau et assainissement", es: "Agua y alcantarillado", it: "Servizio idrico", nl: "Drinkwater" }[lang] : { en: "Electricity", de: "Strom", fr: "Électricité", es: "Electricidad", it: "Energia elettrica", nl: "Elektriciteit" }[lang];
    const L = {
      en: { title: `Your ${what.toLowerCase()} bill`, acc: "Account number", date: "Bill date", per: "Billing period", prev: "Previous reading", cur: "Latest reading", est: "(estimated)", used: "Units used", std: "Standing charge", vat: `VAT at ${vatRate}%`, tot: "Total to pay", dd: "Your Direct Debit will be taken on", to: "to" },
      de: { title: `${what}-Rechnung`, acc: "Vertragskonto", date: "Rechnungsdatum", per: "Abrechnungszeitraum", prev: "Zählerstand alt", cur: "Zählerstand neu", est: "(geschätzt)", used: "Verbrauch", std: "Grundpreis", vat: `USt. ${vatRate} %`, tot: "Zu zahlender Betrag", dd: "Wir buchen den Betrag ab am", to: "bis" },
      fr: { title: `Votre facture ${what.toLowerCase()}`, acc: "Référence client", date: "Date de facture", per: "Période de consommation", prev: "Ancien index relevé le", cur: "Nouvel index relevé le", est: "(estimé)", used: "Consommation", std: "Abonnement", vat: `TVA ${bareAmt(vatRate, lang).replace(",00", "")} %`, tot: "Montant à payer TTC", dd: "Prélevé sur votre compte le", to: "au" },
      es: { title: `Factura de ${what.toLowerCase()}`, acc: "N.º de contrato", date: "Fecha de emisión", per: "Periodo de facturación", prev: "Lectura anterior", cur: "Lectura actual", est: "(estimada)", used: "Consumo", std: "Cuota de servicio", vat: `IVA ${vatRate} %`, tot: "Total factura", dd: "Se cargará en su cuenta el", to: "a" },
      it: { title: `Bolletta ${what.toLowerCase()}`, acc: "Codice cliente", date: "Data emissione", per: "Periodo di fatturazione", prev: "Lettura precedente", cur: "Lettura attuale", est: "(stimata)", used: "Consumo", std: "Quota fissa", vat: `IVA ${vatRate}%`, tot: "Totale da pagare", dd: "Addebito SDD il", to: "-" },
      nl: { title: `Uw ${what.toLowerCase()}nota`, acc: "Klantnummer", date: "Notadatum", per: "Periode", prev: "Vorige meterstand", cur: "Huidige meterstand", est: "(geschat)", used: "Verbruik", std: "Vastrecht", vat: `btw ${vatRate}%`, tot: "Te betalen", dd: "Wij incasseren het bedrag op", to: "t/m" },
    }[lang];
    const acc = `${r.int(100000, 999999)}${r.int(100, 999)}`;
    const style = r.int(0, 2);
    const head =
      style === 0
        ? [row([L.acc, L.date, L.tot], 22), row([acc, num(x, lang), money(total, lang, r)], 22)]
        : style === 1
          ? [dt(x, lang, r), "", `${L.acc}: ${acc}`]
          : [right(`${L.acc} ${acc}`), right(`${L.date} ${dt(x, lang, r)}`)];
    const w = 46;
    const lines = [
      s.name,
      s.addr,
      "",
      ...(style === 1 ? head : []),
      "",
      person,
      home(r, lang),
      "",
      ...(style === 1 ? [] : head),
      "",
      L.title,
      `${L.per}: ${num(from, lang)} ${L.to} ${num(pEnd, lang)}`,
      "",
      row([L.prev, num(prevRead, lang), `${r0}`], 22),
      row([L.cur, num(reading, lang), `${r0 + used}${est ? ` ${L.est}` : ""}`], 22),
      cols(`${L.used} ${used} ${unit} x ${bareAmt(price, lang)}`, money(cents(used * price), lang, r), w),
      cols(`${L.std} (${months} x)`, money(standing, lang, r), w),
      cols(L.vat, money(vat, lang, r), w),
      cols(L.tot, money(total, lang, r), w),
      "",
      `${L.dd} ${dt(debit, lang, r)}.`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: water ? "water-bill" : "energy-bill", lang }, r, 0.2);
  }
  const s = MOBILE[lang];
  const pStart = addDays(x, -r.int(28, 31));
  const pEnd = addDays(x, -1);
  const roam = addDays(pStart, r.int(2, 20));
  const debit = addDays(x, r.int(6, 14));
  const plan = r.int(1000, 4500) / 100;
  const extra = r.int(0, 1200) / 100;
  const total = cents(plan + extra);
  const number = { en: `07${r.int(100, 999)} ${r.int(100000, 999999)}`, de: `0176 ${r.int(1000000, 9999999)}`, fr: `06 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`, es: `6${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}`, it: `3${r.int(10, 99)} ${r.int(1000000, 9999999)}`, nl: `06-${r.int(10000000, 99999999)}` }[lang];
  const L = {
    en: { title: "Your monthly bill", date: "Bill date", per: "Bill period", no: "Mobile number", plan: "Airtime plan", extra: "Roaming and extras", roam: `Data used in France on ${dt(roam, lang, r)}`, tot: "Total", dd: "We'll take this by Direct Debit on or after" },
    de: { title: "Ihre Mobilfunkrechnung", date: "Rechnungsdatum", per: "Rechnungszeitraum", no: "Rufnummer", plan: "Tarif o2 Mobile M", extra: "Sonstige Leistungen", roam: `EU-Roaming Österreich am ${dt(roam, lang, r)}`, tot: "Rechnungsbetrag", dd: "Der Betrag wird abgebucht am" },
    fr: { title: "Votre facture mobile", date: "Facture du", per: "Période", no: "Ligne", plan: "Forfait 5G 100 Go", extra: "Hors forfait", roam: `Appels depuis l'Espagne le ${dt(roam, lang, r)}`, tot: "Total TTC", dd: "Prélèvement le" },
    es: { title: "Tu factura", date: "Fecha factura", per: "Periodo de facturación", no: "Línea", plan: "Tarifa Go Top", extra: "Consumos adicionales", roam: `Roaming Portugal el ${dt(roam, lang, r)}`, tot: "Total a pagar", dd: "Fecha de cargo en cuenta:" },
    it: { title: "Il tuo conto telefonico", date: "Data emissione", per: "Periodo", no: "Numero", plan: "Offerta Go Unlimited", extra: "Servizi extra", roam: `Roaming Svizzera il ${dt(roam, lang, r)}`, tot: "Totale", dd: "Addebito su carta il" },
    nl: { title: "Uw factuur", date: "Factuurdatum", per: "Periode", no: "Nummer", plan: "Abonnement Unlimited", extra: "Buiten bundel", roam: `Bellen vanuit België op ${dt(roam, lang, r)}`, tot: "Totaal", dd: "Wij schrijven dit af rond" },
  }[lang];
  const style = r.int(0, 2);
  const w = 46;
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    L.title,
    ...(style === 0
      ? [cols(L.date, dt(x, lang, r), 22), cols(L.per, `${num(pStart, lang)} - ${num(pEnd, lang)}`, 22), cols(L.no, number, 22)]
      : style === 1
        ? [row([L.no, L.date, L.per], 22), row([number, num(x, lang), `${num2(pStart, lang)}-${num2(pEnd, lang)}`], 22)]
        : [`${L.no} ${number}`, `${L.date} ${dt(x, lang, r)} · ${L.per} ${dt(pStart, lang, r)} – ${dt(pEnd, lang, r)}`]),
    "",
    cols(L.plan, money(plan, lang, r), w),
    cols(L.extra, money(extra, lang, r), w),
    ...(extra > 0 ? [`  ${L.roam}`] : []),
    cols(L.tot, money(total, lang, r), w),
    "",
    `${L.dd} ${dt(debit, lang, r)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "mobile-bill", lang }, r, 0.2);
};

const BANK: PerLang<Org> = {
  en: org("Nationwide Building Society", "Nationwide House, Pipers Way, Swindon SN38 1NW", "Authorised by the PRA and regulated by the FCA and the PRA (FRN 106078)", "Swindon"),
  de: org("Volksbank Mittelhessen eG", "Schiffenberger Weg 110 · 35394 Gießen", "Genossenschaftsregister Gießen GnR 327 · BIC VBMHDE5F", "Gießen"),
  fr: org("Crédit Mutuel de Bretagne", "Caisse de Quimper Centre, 10 rue du Parc, 29000 Quimper", "Caisse de Crédit Mutuel · ORIAS 07 025 055", "Quimper"),
  es: org("CaixaBank, S.A.", "Oficina 2211 · Calle Pintor Sorolla 2, 46002 Valencia", "NIF A-08663619 · R.M. Valencia, Tomo 10.370", "Valencia"),
  it: org("Banca Popolare di Sondrio", "Filiale di Lecco, Via Cavour 66, 23900 Lecco", "ABI 5696 · Capitale sociale € 1.360.157.331", "Lecco"),
  nl: org("Rabobank Gelderse Vallei", "Postbus 123, 6710 BC Ede", "Coöperatieve Rabobank U.A. · KvK 30046259", "Ede"),
};
const CARDS: PerLang<Org> = {
  en: org("Barclaycard", "PO Box 9120, Northampton NN4 7SG", "Barclaycard is a trading name of Barclays Bank UK PLC · FRN 759676", "Northampton"),
  de: org("Advanzia Bank S.A.", "Kundenservice Gebührenfrei Mastercard · 9, rue Gabriel Lippmann · L-5365 Munsbach", "R.C.S. Luxembourg B 109476", "Munsbach"),
  fr: org("Boursorama Banque", "44 rue Traversière, CS 80134, 92772 Boulogne-Billancourt Cedex", "SA au capital de 51 171 597,60 € · RCS Nanterre 351 058 151", "Boulogne-Billancourt"),
  es: org("BBVA Tarjetas", "Plaza de San Nicolás 4, 48005 Bilbao", "Banco Bilbao Vizcaya Argentaria, S.A. · NIF A-48265169", "Bilbao"),
  it: org("American Express Italia S.r.l.", "Viale Alexandre Gustave Eiffel 15, 00148 Roma", "P.IVA 14778691007", "Roma"),
  nl: org("ABN AMRO Creditcards", "Postbus 23225, 1100 DS Amsterdam", "International Card Services B.V. handelt onder de naam ABN AMRO Creditcards", "Amsterdam"),
};

// T3 — current-account and credit-card statements, taken in turn (two of three are current accounts). Current
// accounts: "Statement 4/2025", the period (the statement's date is its end; printed as "Statement date" on some,
// only as the period on others), booking and value dates per row, opening and closing balances. Credit cards: the
// closing date in a box with the amount due and the payment date, the card valid until MM/YY. No total.
let stmtTurn = 0;
const statements: Template = (r, lang) => {
  const k = turn(stmtTurn++, 3);
  const x0 = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k < 2) {
    const s = BANK[lang];
    const x: Day = { y: x0.y, m: x0.m, d: lastDay(x0.y, x0.m) };
    const from: Day = { y: x.y, m: x.m, d: 1 };
    const iban = { en: `Sort code 07-${r.int(10, 99)}-${r.int(10, 99)} Account ${r.int(10000000, 99999999)}`, de: `IBAN DE${r.int(10, 99)} 5139 0000 00${r.int(10, 99)} ${r.int(1000, 9999)} ${r.int(10, 99)}`, fr: `IBAN FR76 1558 9297 ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(1000, 9999)} ${r.int(100, 999)}`, es: `IBAN ES${r.int(10, 99)} 2100 ${r.int(1000, 9999)} ${r.int(10, 99)} ${r.int(1000000000, 9999999999)}`, it: `IBAN IT${r.int(10, 99)} Y056 9622 9000 0000 ${r.int(1000, 9999)} X${r.int(10, 99)}`, nl: `IBAN NL${r.int(10, 99)} RABO 0${r.int(100000000, 999999999)}` }[lang];
    const L = {
      en: { title: "Current account statement", no: "Statement", sd: "Statement date", per: "Period", to: "to", hdr: ["Date", "Description", "Paid out", "Paid in", "Balance"], open: "Balance brought forward", close: "Balance carried forward", tx: [["CARD PAYMENT TO TESCO STORES", -1], ["DIRECT DEBIT OCTAVIA ENERGY", -1], ["SALARY HARTLEY & MOSS", 1], ["CARD PAYMENT TO TRAINLINE", -1], ["STANDING ORDER RENT", -1], ["CASH WITHDRAWAL LINK ATM", -1]] as [string, number][] },
      de: { title: "Kontoauszug", no: "Auszug Nr.", sd: "Erstellt am", per: "Zeitraum", to: "bis", hdr: ["Buchung", "Valuta", "Vorgang", "Betrag EUR"], open: "Alter Kontostand", close: "Neuer Kontostand", tx: [["Lastschrift Stadtwerke Gießen", -1], ["Gehalt/Rente Steuerkanzlei Albers", 1], ["Kartenzahlung EDEKA Center", -1], ["Dauerauftrag Miete", -1], ["Überweisung von K. Braun", 1], ["Bargeldauszahlung GA", -1]] as [string, number][] },
      fr: { title: "Relevé de compte courant", no: "Relevé n°", sd: "Arrêté au", per: "Période du", to: "au", hdr: ["Date", "Valeur", "Opération", "Débit", "Crédit"], open: "Ancien solde", close: "Nouveau solde", tx: [["PRLV SEPA EDF", -1], ["VIR SALAIRE", 1], ["CB LECLERC QUIMPER", -1], ["CB SNCF", -1], ["PRLV FREE MOBILE", -1], ["RETRAIT DAB", -1]] as [string, number][] },
      es: { title: "Extracto de cuenta", no: "Extracto n.º", sd: "Fecha del extracto", per: "Periodo", to: "a", hdr: ["F. operación", "F. valor", "Concepto", "Importe", "Saldo"], open: "Saldo anterior", close: "Saldo final", tx: [["RECIBO IBERDROLA", -1], ["NÓMINA", 1], ["COMPRA TARJ. MERCADONA", -1], ["BIZUM DE LUCÍA S.", 1], ["RECIBO COMUNIDAD", -1], ["REINTEGRO CAJERO", -1]] as [string, number][] },
      it: { title: "Estratto conto corrente", no: "Estratto n.", sd: "Data estratto", per: "Periodo dal", to: "al", hdr: ["Data contab.", "Data valuta", "Descrizione", "Importo"], open: "Saldo iniziale", close: "Saldo finale", tx: [["ADDEBITO SDD ENEL", -1], ["STIPENDIO", 1], ["PAGAMENTO POS ESSELUNGA", -1], ["BONIFICO A FAVORE DI", -1], ["PRELIEVO BANCOMAT", -1], ["CANONE CONTO", -1]] as [string, number][] },
      nl: { title: "Rekeningafschrift", no: "Afschrift", sd: "Datum afschrift", per: "Periode", to: "t/m", hdr: ["Datum", "Rentedatum", "Omschrijving", "Af/Bij", "Bedrag"], open: "Beginsaldo", close: "Eindsaldo", tx: [["Incasso Vattenfall", -1], ["Salaris", 1], ["Betaalautomaat Albert Heijn", -1], ["Tikkie van J. de Vries", 1], ["Huur", -1], ["Geldautomaat", -1]] as [string, number][] },
    }[lang];
    let bal = r.int(20000, 400000) / 100;
    const open = bal;
    const n = r.int(4, 7);
    const days = Array.from({ length: n }, () => r.int(1, x.d)).sort((a, b) => a - b);
    const rows: string[] = [];
    for (const d of days) {
      const [what, sign] = r.pick(L.tx);
      const v = cents((sign > 0 ? r.int(4000, 320000) : r.int(300, 90000)) / 100);
      bal = cents(bal + sign * v);
      const day: Day = { y: x.y, m: x.m, d };
      const val = addDays(day, r.chance(0.3) ? 1 : 0);
      const w = lang === "de" || lang === "fr" ? 11 : 13;
      if (lang === "en") rows.push(row([`${pad(d)} ${MONTHS_ABBR.en[x.m - 1]}`, what.padEnd(32), sign < 0 ? bareAmt(v, lang) : "", sign > 0 ? bareAmt(v, lang) : "", bareAmt(bal, lang)], 10));
      else if (lang === "fr") rows.push(row([`${pad(d)}/${pad(x.m)}`, `${pad(val.d)}/${pad(val.m)}`, what.padEnd(26), sign < 0 ? bareAmt(v, lang) : "", sign > 0 ? bareAmt(v, lang) : ""], w));
      else if (lang === "nl") rows.push(row([num(day, lang), num(val, lang), what.padEnd(30), sign < 0 ? "Af" : "Bij", bareAmt(v, lang)], w));
      else if (lang === "es") rows.push(row([num(day, lang), num(val, lang), what.padEnd(26), `${sign < 0 ? "-" : ""}${bareAmt(v, lang)}`, bareAmt(bal, lang)], w));
      else if (lang === "it") rows.push(row([num2(day, lang), num2(val, lang), what.padEnd(30), `${sign < 0 ? "-" : "+"}${bareAmt(v, lang)}`], w));
      else rows.push(row([`${pad(d)}.${pad(x.m)}.`, `${pad(val.d)}.${pad(val.m)}.`, what.padEnd(30), `${sign < 0 ? "-" : "+"}${bareAmt(v, lang)}`], w));
    }
    const stNo = `${x.m}/${x.y}`;
    const style = r.int(0, 2);
    const head =
      style === 0
        ? [cols(`${L.no} ${stNo}`, `${L.sd} ${dt(x, lang, r)}`, 30), `${L.per} ${num(from, lang)} ${L.to} ${num(x, lang)}`]
        : style === 1
          ? [`${L.no} ${stNo}`, `${L.per} ${dt(from, lang, r)} ${L.to} ${dt(x, lang, r)}`]
          : [row([L.no, L.sd, "IBAN"], 16).replace("IBAN", lang === "en" ? "Account" : "IBAN"), row([stNo, num(x, lang), iban.replace(/^(IBAN |Sort code )/, "")], 16)];
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      L.title,
      ...(style === 2 ? [] : [iban]),
      ...head,
      "",
      cols(`${L.open} ${num(from, lang)}`, bareAmt(open, lang), 52),
      row(L.hdr, lang === "en" ? 10 : 13),
      ...rows,
      cols(`${L.close} ${num(x, lang)}`, bareAmt(bal, lang), 52),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "account-statement", lang }, r, 0.2);
  }
  const s = CARDS[lang];
  const x = x0;
  const prev = addDays(x, -r.pick([29, 30, 31]));
  const pay = addDays(x, r.int(14, 25));
  const valid = `${pad(r.int(1, 12))}/${pad((x.y + r.int(1, 4)) % 100)}`;
  const bal = r.int(4000, 250000) / 100;
  const L = {
    en: { title: "Your Barclaycard statement", box: ["Statement date", "Amount due", "Minimum payment", "Pay by"], prev: "Previous statement", valid: "Card valid to", tx: ["AMAZON.CO.UK*2K4", "SHELL FORECOURT", "JOHN LEWIS", "DELIVEROO", "EASYJET 0U2"] },
    de: { title: "Monatsabrechnung Mastercard Gold", box: ["Abrechnungsdatum", "Offener Betrag", "Mindestbetrag", "Zahlung bis"], prev: "Vorherige Abrechnung", valid: "Karte gültig bis", tx: ["LIDL DIENSTL", "BOOKING.COM", "MEDIAMARKT", "SHELL 1123", "ZALANDO SE"] },
    fr: { title: "Relevé de votre carte Visa Premier", box: ["Date d'arrêté", "Montant débité", "Minimum", "Date de débit"], prev: "Relevé précédent", valid: "Carte valable jusqu'à fin", tx: ["AMAZON PAYMENTS", "TOTAL ACCESS", "DARTY", "UBER EATS", "AIR FRANCE"] },
    es: { title: "Extracto Tarjeta Aqua", box: ["Fecha de cierre", "Importe a pagar", "Pago mínimo", "Fecha de cargo"], prev: "Cierre anterior", valid: "Caducidad", tx: ["AMAZON.ES", "CEPSA", "EL CORTE INGLES", "GLOVO", "VUELING"] },
    it: { title: "Estratto conto American Express", box: ["Data di chiusura", "Saldo da pagare", "Pagamento minimo", "Data di addebito"], prev: "Chiusura precedente", valid: "Valida fino al", tx: ["AMAZON.IT", "Q8 EASY", "MEDIAWORLD", "JUST EAT", "ITA AIRWAYS"] },
    nl: { title: "Uw maandoverzicht", box: ["Datum overzicht", "Totaal saldo", "Minimaal te betalen", "Wordt afgeschreven op"], prev: "Vorig overzicht", valid: "Geldig t/m", tx: ["BOL.COM", "TINQ", "COOLBLUE", "THUISBEZORGD", "KLM"] },
  }[lang];
  const rows = Array.from({ length: r.int(3, 6) }, () => {
    const d = addDays(prev, r.int(1, 28));
    return { d, line: row([num2(d, lang), r.pick(L.tx).padEnd(22), bareAmt(r.int(500, 24000) / 100, lang)], 12) };
  }).sort((a, b) => isoDay(a.d).localeCompare(isoDay(b.d)));
  const style = r.int(0, 1);
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    L.title,
    `${r.chance(0.5) ? `Visa 4${r.int(100, 999)}` : `Mastercard 5${r.int(100, 599)}`} XXXX XXXX ${r.int(1000, 9999)} · ${L.valid} ${valid}`,
    "",
    ...(style === 0
      ? [row(L.box, 20), row([num(x, lang), money(bal, lang, r), money(cents(Math.max(10, bal * 0.03)), lang, r), num(pay, lang)], 20)]
      : L.box.map((b, i) => cols(b, [dt(x, lang, r), money(bal, lang, r), money(cents(Math.max(10, bal * 0.03)), lang, r), dt(pay, lang, r)][i]!, 26))),
    `${L.prev}: ${num(prev, lang)}`,
    "",
    ...rows.map((x2) => x2.line),
    "",
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "card-statement", lang }, r, 0.15);
};

const PRACTICE: PerLang<Org> = {
  en: org("Westgate Medical Practice", "Westgate House, 19 Westgate, Chichester PO19 3EU", "NHS Sussex ICB · Practice code H82041", "Chichester"),
  de: org("Hausarztpraxis Dr. med. Ulrike Sommer", "Fachärztin für Allgemeinmedizin · Kirchplatz 6 · 48143 Münster", "BSNR 712233400 · Sprechzeiten Mo–Fr 8–12 Uhr", "Münster"),
  fr: org("Cabinet de Cardiologie du Dr Bertrand Faure", "22 boulevard Gambetta, 38000 Grenoble", "Conventionné secteur 2 · RPPS 10003344512", "Grenoble"),
  es: org("Centro de Salud La Alameda", "Servicio Andaluz de Salud · Calle Alameda 12, 29001 Málaga", "Cita previa: 955 54 50 60", "Málaga"),
  it: org("Studio Medico Dott. Andrea Galli", "Medicina generale · Via Verdi 14, 43121 Parma", "Codice regionale 080122 · Ricevimento su appuntamento", "Parma"),
  nl: org("Huisartsenpraktijk De Brink", "Brink 12, 9401 HT Assen", "AGB-code 01044521 · spoed: 0592 345 000", "Assen"),
};
const SCHOOL: PerLang<Org> = {
  en: org("St Mary's C of E Primary School", "Church Lane, Thame OX9 3DL", "Headteacher: Mrs R. Holloway · office@stmarys-thame.sch.uk", "Thame"),
  de: org("Gymnasium am Römerkastell", "Kastellstraße 15 · 55116 Mainz", "Schulleitung: OStD M. Fröhlich · Tel. 06131 12 33 40", "Mainz"),
  fr: org("Collège Jean Moulin", "Rue des Écoles, 13100 Aix-en-Provence", "Académie d'Aix-Marseille · UAI 0131234X", "Aix-en-Provence"),
  es: org("CEIP Miguel de Cervantes", "Calle del Carmen 40, 47001 Valladolid", "Junta de Castilla y León · Código de centro 47001911", "Valladolid"),
  it: org("Istituto Comprensivo \"G. Pascoli\"", "Via Pascoli 3, 47921 Rimini", "C.M. RNIC81200X · C.F. 91144380405", "Rimini"),
  nl: org("Basisschool De Regenboog", "Schoolstraat 4, 6882 AA Velp", "Stichting Primair Onderwijs Rheden · BRIN 12AB", "Velp"),
};
const TOWN: PerLang<Org> = {
  en: org("Brighton & Hove City Council", "Parking Services, PO Box 2930, Brighton BN1 1DQ", "www.brighton-hove.gov.uk/parking", "Brighton"),
  de: org("Stadt Regensburg", "Amt für Verkehr · D.-Martin-Luther-Str. 1 · 93047 Regensburg", "Bürgerservice: Mo–Fr 8–12 Uhr", "Regensburg"),
  fr: org("Mairie de Nantes", "Direction de la Mobilité, 2 rue de l'Hôtel de Ville, 44000 Nantes", "Accueil du public du lundi au vendredi", "Nantes"),
  es: org("Ayuntamiento de Bilbao", "Área de Movilidad, Plaza Ernesto Erkoreka 1, 48007 Bilbao", "Tel. 010 · www.bilbao.eus", "Bilbao"),
  it: org("Comune di Verona", "Settore Mobilità e Traffico, Piazza Bra 1, 37121 Verona", "C.F. 00215150236", "Verona"),
  nl: org("Gemeente Leiden", "Postbus 9100, 2300 PC Leiden", "Telefoon 14 071", "Leiden"),
};

// T4 — letters, taken in turn: a doctor's practice confirming an appointment or a referral (the appointment ahead
// with a time, the last consultation, the patient's birth date; the letter's date beside the practice's reference
// or after the town), a school's letter to parents (a trip or a parents' evening ahead, a reply-by date; the date
// on its own line under the address or in the signature block), an energy company announcing new prices (effective
// from a day ahead, the last price change, a deadline to switch), and a town hall's reminder that a resident's
// parking permit expires (the expiry date, the renewal window). No total.
let letterTurn = 0;
const letters: Template = (r, lang) => {
  const k = turn(letterTurn++, 4);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = PRACTICE[lang];
    const appt = addDays(x, r.int(6, 40));
    const last = addDays(x, -r.int(14, 120));
    const dob = born(r, 1940, 2005);
    const t = `${pad(r.int(8, 17))}:${r.pick(["00", "15", "30", "45"])}`;
    const L = {
      en: { ref: "NHS number", dob: "Date of birth", re: "Appointment for blood test and review", body: `Following your consultation on ${dt(last, lang, r)}, Dr Khan would like to see you again. An appointment has been booked for you on ${weekday(appt, lang)} ${dt(appt, lang, r)} at ${t} with the practice nurse. Please arrive fasting.`, sign: "Yours sincerely", who: "Practice Manager", date: "Date" },
      de: { ref: "Versichertennr.", dob: "geb. am", re: "Terminbestätigung Vorsorgeuntersuchung", body: `wie bei Ihrem letzten Besuch am ${dt(last, lang, r)} besprochen, haben wir für Sie folgenden Termin reserviert: ${weekday(appt, lang)}, ${dt(appt, lang, r)}, ${t} Uhr. Bitte bringen Sie Ihre Gesundheitskarte mit und kommen Sie nüchtern.`, sign: "Mit freundlichen Grüßen", who: "Ihr Praxisteam", date: "Datum" },
      fr: { ref: "N° de sécurité sociale", dob: "née le", re: "Objet : convocation pour échographie cardiaque", body: `Suite à notre consultation du ${dt(last, lang, r)}, je vous confirme votre rendez-vous pour une échographie le ${weekday(appt, lang)} ${dt(appt, lang, r)} à ${t.replace(":", "h")}. Merci de vous munir de votre carte Vitale et de vos derniers résultats.`, sign: "Bien confraternellement, et cordialement", who: "Dr Bertrand Faure", date: "Le" },
      es: { ref: "N.º de historia", dob: "Fecha de nacimiento", re: "Citación para revisión", body: `Tras su consulta del día ${dt(last, lang, r)}, le comunicamos que tiene cita con su médico de familia el ${weekday(appt, lang)} ${dt(appt, lang, r)} a las ${t} horas. Si no puede acudir, anule la cita en ClicSalud+.`, sign: "Atentamente,", who: "Unidad de Atención a la Ciudadanía", date: "Fecha" },
      it: { ref: "Tessera sanitaria", dob: "nato/a il", re: "Oggetto: promemoria visita di controllo", body: `come concordato durante la visita del ${dt(last, lang, r)}, Le ricordo l'appuntamento per il controllo della pressione il giorno ${weekday(appt, lang)} ${dt(appt, lang, r)} alle ore ${t}. Porti con sé gli esami del sangue.`, sign: "Cordiali saluti", who: "Dott. Andrea Galli", date: "Data" },
      nl: { ref: "BSN", dob: "Geboortedatum", re: "Onderwerp: afspraak controle", body: `Naar aanleiding van uw bezoek op ${dt(last, lang, r)} hebben wij een afspraak voor u gemaakt bij de praktijkondersteuner op ${weekday(appt, lang)} ${dt(appt, lang, r)} om ${t} uur. Kunt u niet komen? Bel ons dan uiterlijk 24 uur van tevoren.`, sign: "Met vriendelijke groet,", who: "Doktersassistente namens dr. Hendriks", date: "Datum" },
    }[lang];
    const ref = `${r.int(100, 999)} ${r.int(100, 999)} ${r.int(1000, 9999)}`;
    const style = r.int(0, 2);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0
        ? [right(`${L.date}: ${dt(x, lang, r)}`), "", `${L.ref}: ${ref}`, `${L.dob}: ${dt(dob, lang, r)}`]
        : style === 1
          ? [row([L.ref, L.dob, L.date], 24), row([ref, num(dob, lang), num(x, lang)], 24)]
          : [right(`${s.city}, ${dt(x, lang, r)}`), `${name}, ${L.dob} ${num(dob, lang)}`]),
      "",
      L.re,
      "",
      salute(person, lang),
      "",
      L.body,
      "",
      L.sign,
      L.who,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "doctor-letter", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = SCHOOL[lang];
    const ev = addDays(x, r.int(10, 45));
    const reply = addDays(x, r.int(4, 9));
    const child = r.pick(["Ella", "Noah", "Mia", "Leo", "Sofia", "Luca", "Emma", "Finn"]);
    const L = {
      en: { re: "Year 4 trip to the Roman Villa", body: `On ${weekday(ev, lang)} ${dt(ev, lang, r)} Year 4 will visit Chedworth Roman Villa as part of their history topic. The coach leaves school at 8.45am and returns by 3.30pm. Children will need a packed lunch and a waterproof coat.`, slip: `Please return the consent slip to the school office by ${dt(reply, lang, r)}.`, dear: "Dear Parents and Carers,", sign: "Kind regards", who: "Mr T. Ashby, Year 4 Teacher", cut: `I give permission for my child ${child} to attend the trip. Signed: ______________  Date: ________` },
      de: { re: "Elternsprechtag", body: `am ${weekday(ev, lang)}, dem ${dt(ev, lang, r)}, findet von 15:00 bis 19:00 Uhr unser Elternsprechtag statt. Die Termine werden über das Schulportal vergeben.`, slip: `Bitte tragen Sie sich bis zum ${dt(reply, lang, r)} ein.`, dear: "Liebe Eltern,", sign: "Mit freundlichen Grüßen", who: "M. Fröhlich, Schulleiter", cut: `Name des Kindes: ${child} · Klasse: 7b · Unterschrift eines Erziehungsberechtigten: ______________` },
      fr: { re: "Objet : sortie pédagogique au Pont du Gard", body: `Les élèves de 5e participeront à une sortie au Pont du Gard le ${weekday(ev, lang)} ${dt(ev, lang, r)}. Départ à 8 h devant le collège, retour prévu vers 17 h 30.`, slip: `Merci de retourner l'autorisation signée au professeur principal avant le ${dt(reply, lang, r)}.`, dear: "Madame, Monsieur,", sign: "Cordialement,", who: "La Principale", cut: `Je soussigné(e) autorise mon enfant ${child} à participer à la sortie. Signature : ____________` },
      es: { re: "Excursión al Museo de la Ciencia", body: `El ${weekday(ev, lang)} ${dt(ev, lang, r)} los alumnos de 3.º de Primaria visitarán el Museo de la Ciencia de Valladolid. Salida a las 9:15 y regreso a las 14:00.`, slip: `Rogamos entreguen la autorización firmada a la tutora antes del ${dt(reply, lang, r)}.`, dear: "Estimadas familias:", sign: "Un saludo,", who: "La Jefatura de Estudios", cut: `Autorizo a mi hijo/a ${child} a participar en la excursión. Firma: ____________` },
      it: { re: "Oggetto: colloqui individuali con le famiglie", body: `si comunica che ${weekday(ev, lang)} ${dt(ev, lang, r)}, dalle ore 16:30 alle 19:00, si terranno i colloqui individuali con i docenti della scuola secondaria.`, slip: `Le prenotazioni sul registro elettronico sono aperte fino al ${dt(reply, lang, r)}.`, dear: "Ai genitori degli alunni", sign: "Cordiali saluti", who: "Il Dirigente Scolastico\nProf.ssa Laura Neri", cut: `Alunno/a ${child} · Classe 2ª B · Firma del genitore ____________` },
      nl: { re: "Schoolreis groep 6", body: `Op ${weekday(ev, lang)} ${dt(ev, lang, r)} gaat groep 6 op schoolreis naar Burgers' Zoo. We vertrekken om 8.30 uur en zijn rond 16.00 uur terug op school.`, slip: `Wilt u het strookje uiterlijk ${dt(reply, lang, r)} inleveren bij de leerkracht?`, dear: "Beste ouders en verzorgers,", sign: "Met vriendelijke groet,", who: "Juf Marieke en meester Bas", cut: `Naam kind: ${child} · Handtekening ouder: ____________` },
    }[lang];
    const style = r.int(0, 1);
    const lines = [
      s.name,
      s.addr,
      "",
      ...(style === 0 ? [dt(x, lang, r), ""] : []),
      L.re,
      "",
      L.dear,
      "",
      L.body,
      L.slip,
      "",
      L.sign,
      L.who,
      ...(style === 1 ? [`${s.city}, ${dt(x, lang, r)}`] : []),
      "",
      "- - - - - - - - - - - - - - - - - - - -",
      L.cut,
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "school-letter", lang }, r, 0.3);
  }
  if (k === 2) {
    const sender = lang === "es" ? org("Endesa Energía S.A.U.", "Apartado de Correos 1.167, 41080 Sevilla", "CIF A-81736032", "Sevilla") : ENERGY[lang];
    const eff = addDays({ y: x.y, m: x.m, d: 1 }, r.pick([32, 45, 62]));
    const effFirst: Day = { y: eff.y, m: eff.m, d: 1 };
    const lastChange = addDays(x, -r.int(150, 400));
    const switchBy = addDays(effFirst, -1);
    const o = r.int(2400, 3600) / 100;
    const nw = cents(o + r.int(-300, 400) / 100);
    const L = {
      en: { re: "Changes to your energy prices", body: `From ${dt(effFirst, lang, r)} the unit rate for your electricity will change from ${o.toFixed(2)}p to ${nw.toFixed(2)}p per kWh. Your prices last changed on ${dt(lastChange, lang, r)}.`, sw: `If you want to switch supplier, you can do so without an exit fee until ${dt(switchBy, lang, r)}.`, sign: "Best wishes", who: "The Octavia team", acc: "Account number" },
      de: { re: "Preisanpassung zum " + num(effFirst, lang), body: `zum ${dt(effFirst, lang, r)} ändert sich Ihr Arbeitspreis von ${bareAmt(o, lang)} ct/kWh auf ${bareAmt(nw, lang)} ct/kWh (brutto). Die letzte Preisänderung erfolgte zum ${dt(lastChange, lang, r)}.`, sw: `Sie haben ein Sonderkündigungsrecht zum Zeitpunkt des Wirksamwerdens; Ihre Kündigung muss uns bis ${dt(switchBy, lang, r)} erreichen.`, sign: "Freundliche Grüße", who: "Ihre EVM", acc: "Vertragskonto" },
      fr: { re: "Objet : évolution de vos prix", body: `À compter du ${dt(effFirst, lang, r)}, le prix du kWh de votre offre passera de ${bareAmt(o / 100, lang)} € à ${bareAmt(nw / 100, lang)} € TTC. Le dernier changement de prix date du ${dt(lastChange, lang, r)}.`, sw: `Vous pouvez résilier sans frais jusqu'au ${dt(switchBy, lang, r)}.`, sign: "Bien cordialement,", who: "Votre conseiller Engie", acc: "Référence client" },
      es: { re: "Actualización de precios de su contrato", body: `Le informamos de que a partir del ${dt(effFirst, lang, r)} el precio del término de energía pasará de ${bareAmt(o / 100, lang)} a ${bareAmt(nw / 100, lang)} €/kWh. La última revisión se aplicó el ${dt(lastChange, lang, r)}.`, sw: `Si no está conforme, puede resolver el contrato sin penalización hasta el ${dt(switchBy, lang, r)}.`, sign: "Atentamente,", who: "Endesa Energía", acc: "Contrato" },
      it: { re: "Oggetto: modifica unilaterale delle condizioni economiche", body: `dal ${dt(effFirst, lang, r)} il prezzo della componente energia passerà da ${bareAmt(o / 100, lang)} a ${bareAmt(nw / 100, lang)} €/kWh. L'ultima variazione risale al ${dt(lastChange, lang, r)}.`, sw: `Può esercitare il diritto di recesso senza oneri entro il ${dt(switchBy, lang, r)}.`, sign: "Cordiali saluti", who: "Hera Comm", acc: "Codice cliente" },
      nl: { re: "Wijziging van uw tarieven", body: `Per ${dt(effFirst, lang, r)} wijzigt uw leveringstarief stroom van € ${bareAmt(o / 100, lang)} naar € ${bareAmt(nw / 100, lang)} per kWh. Uw tarieven zijn voor het laatst gewijzigd op ${dt(lastChange, lang, r)}.`, sw: `Wilt u overstappen? Dat kan kosteloos tot ${dt(switchBy, lang, r)}.`, sign: "Met vriendelijke groet,", who: "Vattenfall", acc: "Klantnummer" },
    }[lang];
    const acc = `${r.int(10000000, 99999999)}`;
    const style = r.int(0, 1);
    const lines = [
      sender.name,
      sender.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [cols(`${L.acc}: ${acc}`, dt(x, lang, r), 48)] : [right(dt(x, lang, r)), `${L.acc}: ${acc}`]),
      "",
      L.re,
      "",
      salute(person, lang),
      "",
      L.body,
      L.sw,
      "",
      L.sign,
      L.who,
      sender.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: sender.name, kind: "price-change-letter", lang }, r, 0.2);
  }
  const s = TOWN[lang];
  const expiry = addDays(x, r.int(20, 45));
  const issued = addDays(expiry, -365);
  const fee = { en: 160, de: 30.7, fr: 45, es: 25, it: 60, nl: 102.4 }[lang];
  const L = {
    en: { re: "Your resident parking permit is due for renewal", body: `Your permit for zone Y (vehicle ${r.pick(["AB12 CDE", "KX19 LMN", "GF70 TPO"])}), issued on ${dt(issued, lang, r)}, expires on ${dt(expiry, lang, r)}. You can renew online up to 28 days before it expires.`, fee: `The fee for 12 months is £${amount(fee, "en")}.`, ref: "Permit number", date: "Date", sign: "Parking Services" },
    de: { re: "Ablauf Ihres Bewohnerparkausweises", body: `Ihr Bewohnerparkausweis für die Zone C (Kennzeichen R-${r.pick(["AB", "KM", "TS"])} ${r.int(100, 9999)}), ausgestellt am ${dt(issued, lang, r)}, ist gültig bis ${dt(expiry, lang, r)}. Die Verlängerung können Sie online oder im Bürgerbüro beantragen.`, fee: `Die Gebühr beträgt ${amount(fee, "de")} € für ein Jahr.`, ref: "Az.", date: "Datum", sign: "Amt für Verkehr" },
    fr: { re: "Objet : renouvellement de votre vignette résident", body: `Votre abonnement résident (secteur 4), délivré le ${dt(issued, lang, r)}, arrive à échéance le ${dt(expiry, lang, r)}. Vous pouvez le renouveler en ligne sur nantes.fr.`, fee: `Le tarif annuel est de ${amount(fee, "fr")} €.`, ref: "Dossier n°", date: "Nantes, le", sign: "Le service Stationnement" },
    es: { re: "Renovación de la tarjeta OTA de residente", body: `Le recordamos que su tarjeta de residente de la zona OTA, expedida el ${dt(issued, lang, r)}, caduca el ${dt(expiry, lang, r)}. Puede renovarla en la sede electrónica.`, fee: `La tasa anual es de ${amount(fee, "de")} €.`, ref: "Expediente", date: "Bilbao, a", sign: "Área de Movilidad" },
    it: { re: "Oggetto: scadenza contrassegno di sosta residenti", body: `Il contrassegno per la sosta nella ZTL (settore 3), rilasciato il ${dt(issued, lang, r)}, scade il ${dt(expiry, lang, r)}. Il rinnovo può essere richiesto online.`, fee: `Il costo annuale è di € ${amount(fee, "de")}.`, ref: "Prot. n.", date: "Verona,", sign: "Il Dirigente del Settore Mobilità" },
    nl: { re: "Uw parkeervergunning verloopt", body: `Uw bewonersvergunning voor gebied Binnenstad, afgegeven op ${dt(issued, lang, r)}, is geldig tot en met ${dt(expiry, lang, r)}. U kunt de vergunning verlengen via Mijn Leiden.`, fee: `De vergunning kost € ${amount(fee, "de")} per jaar.`, ref: "Kenmerk", date: "Datum", sign: "Team Parkeren" },
  }[lang];
  const ref = `${r.pick(["PP", "BP", "RV"])}${r.int(100000, 999999)}`;
  const style = r.int(0, 1);
  const dateLine = lang === "fr" || lang === "es" || lang === "it" ? `${L.date} ${dt(x, lang, r)}` : `${L.date}: ${dt(x, lang, r)}`;
  const lines = [
    s.name,
    s.addr,
    "",
    person,
    home(r, lang),
    "",
    ...(style === 0 ? [right(dateLine), right(`${L.ref} ${ref}`)] : [row([L.ref, { en: "Date", de: "Datum", fr: "Date", es: "Fecha", it: "Data", nl: "Datum" }[lang]], 24), row([ref, num(x, lang)], 24)]),
    "",
    L.re,
    "",
    salute(person, lang),
    "",
    L.body,
    L.fee,
    "",
    L.sign,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "permit-reminder", lang }, r, 0.2);
};

const MOTOR: PerLang<Org> = {
  en: org("Admiral Insurance", "Ty Admiral, David Street, Cardiff CF10 2EH", "EUI Limited · Registered in England and Wales No. 02686904 · FRN 309378", "Cardiff"),
  de: org("HUK-COBURG Haftpflicht-Unterstützungs-Kasse", "Bahnhofsplatz · 96444 Coburg", "Amtsgericht Coburg VR 1096 · Vorstand: K. Heitmann (Sprecher)", "Coburg"),
  fr: org("MAIF", "200 avenue Salvador Allende, 79038 Niort Cedex 9", "Mutuelle d'assurance · Entreprise régie par le Code des assurances", "Niort"),
  es: org("Línea Directa Aseguradora", "Calle Isaac Newton 7, 28760 Tres Cantos", "NIF A-80871031 · DGSFP C-0723", "Tres Cantos"),
  it: org("Verti Assicurazioni S.p.A.", "Via A. Volta 16, 20093 Cologno Monzese", "Iscritta all'Albo Imprese IVASS n. 1.00123 · P.IVA 10544350960", "Cologno Monzese"),
  nl: org("Centraal Beheer", "Postbus 9150, 7300 HZ Apeldoorn", "Achmea Schadeverzekeringen N.V. · KvK 08053410 · AFM 12000535", "Apeldoorn"),
};
const HEALTH: PerLang<Org> = {
  en: org("Bupa Insurance Limited", "Bupa House, 1 Angel Court, London EC2R 7HJ", "Registered in England and Wales No. 3956433 · FRN 203500", "London"),
  de: org("Techniker Krankenkasse", "Bramfelder Straße 140 · 22305 Hamburg", "Körperschaft des öffentlichen Rechts", "Hamburg"),
  fr: org("Harmonie Mutuelle", "143 rue Blomet, 75015 Paris", "Mutuelle soumise au livre II du Code de la mutualité · SIREN 538 976 003", "Paris"),
  es: org("Sanitas S.A. de Seguros", "Calle Ribera del Loira 52, 28042 Madrid", "NIF A-28037042", "Madrid"),
  it: org("UniSalute S.p.A.", "Via Larga 8, 40138 Bologna", "Iscritta all'Albo Imprese IVASS n. 1.00084", "Bologna"),
  nl: org("CZ Zorgverzekeringen", "Postbus 90152, 5000 LD Tilburg", "OWM CZ groep Zorgverzekeraar U.A. · KvK 18053334", "Tilburg"),
};

// T5 — insurance letters, taken in turn: a motor insurer's renewal notice (the renewal date, the new period, the
// driver's birth date, last year's premium and this year's — the total —, the debit date), a health insurer's
// letter about contributions (new monthly contribution from 1 January, the membership start; no total), and a
// travel policy schedule (issued on; the trip's dates, the insured people's birth dates, the premium as the total).
let insTurn = 0;
const insurance: Template = (r, lang) => {
  const k = turn(insTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = MOTOR[lang];
    const renew = addDays(x, r.int(21, 35));
    const end = addDays({ y: renew.y + 1, m: renew.m, d: renew.d }, -1);
    const dob = born(r, 1950, 2002);
    const old = r.int(28000, 120000) / 100;
    const neu = cents(old * (1 + r.int(-5, 15) / 100));
    const debit = addDays(renew, r.int(0, 3));
    const L = {
      en: { title: "Your car insurance renewal", pol: "Policy number", date: "Date of issue", car: "Vehicle", dr: "Main driver", dob: "born", per: "Period of cover", to: "to", last: "Last year's premium", nw: "Your renewal premium", dd: `If you do nothing, your policy will renew automatically and we will collect the premium on ${dt(debit, lang, r)}.` },
      de: { title: "Beitragsrechnung Kfz-Versicherung", pol: "Versicherungsschein-Nr.", date: "Datum", car: "Fahrzeug", dr: "Fahrer", dob: "geb.", per: "Versicherungsjahr", to: "bis", last: "Bisheriger Jahresbeitrag", nw: "Neuer Jahresbeitrag", dd: `Wir buchen den Beitrag am ${dt(debit, lang, r)} von Ihrem Konto ab.` },
      fr: { title: "Avis d'échéance — assurance automobile", pol: "Sociétaire n°", date: "Édité le", car: "Véhicule", dr: "Conducteur principal", dob: "né(e) le", per: "Période d'assurance", to: "au", last: "Cotisation précédente", nw: "Cotisation annuelle TTC", dd: `Cette cotisation sera prélevée le ${dt(debit, lang, r)}.` },
      es: { title: "Aviso de renovación de su seguro de coche", pol: "Póliza", date: "Fecha", car: "Vehículo", dr: "Conductor habitual", dob: "nacido/a el", per: "Periodo", to: "a", last: "Prima anterior", nw: "Prima total anual", dd: `El recibo se cargará en su cuenta el ${dt(debit, lang, r)}.` },
      it: { title: "Avviso di scadenza polizza RC Auto", pol: "Polizza n.", date: "Data", car: "Veicolo", dr: "Contraente", dob: "nato/a il", per: "Periodo di copertura", to: "-", last: "Premio precedente", nw: "Premio di rinnovo", dd: `Il premio sarà addebitato il ${dt(debit, lang, r)}.` },
      nl: { title: "Verlenging autoverzekering", pol: "Polisnummer", date: "Datum", car: "Voertuig", dr: "Regelmatige bestuurder", dob: "geboren", per: "Looptijd", to: "t/m", last: "Premie vorig jaar", nw: "Jaarpremie", dd: `Wij schrijven de premie af op ${dt(debit, lang, r)}.` },
    }[lang];
    const plate = { en: "VW Golf · KX19 LMN", de: "VW Golf · CO-HK 412", fr: "Peugeot 208 · GH-412-KL", es: "Seat Ibiza · 4412 LKM", it: "Fiat Panda · GF 412 KL", nl: "Toyota Yaris · 12-KLM-4" }[lang];
    const pol = `${r.int(100, 999)}-${r.int(100000, 999999)}`;
    const style = r.int(0, 2);
    const w = 36;
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [right(`${L.date}: ${dt(x, lang, r)}`), right(`${L.pol}: ${pol}`)] : style === 1 ? [row([L.pol, L.date], 24), row([pol, num(x, lang)], 24)] : [`${L.pol} ${pol}`, `${s.city}, ${dt(x, lang, r)}`]),
      "",
      L.title,
      "",
      cols(L.car, plate, w),
      cols(L.dr, `${name}, ${L.dob} ${dt(dob, lang, r)}`, w),
      cols(L.per, `${num(renew, lang)} ${L.to} ${num(end, lang)}`, w),
      cols(L.last, money(old, lang, r), w),
      cols(L.nw, money(neu, lang, r), w),
      "",
      L.dd,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(neu, lang), kind: "motor-renewal", lang }, r, 0.2);
  }
  if (k === 1) {
    const s = HEALTH[lang];
    const soon = addDays(x, r.int(15, 40));
    const ny: Day = addDays({ y: soon.y, m: soon.m, d: lastDay(soon.y, soon.m) }, 1);
    const since = born(r, 2005, 2022);
    const dob = born(r, 1950, 2000);
    const old = r.int(9000, 42000) / 100;
    const neu = cents(old + r.int(300, 2500) / 100);
    const L = {
      en: { re: "Your membership for the coming year", body: `Thank you for being a member since ${dt(since, lang, r)}. From ${dt(ny, lang, r)} your monthly subscription will be £${amount(neu, "en")} (currently £${amount(old, "en")}).`, no: "Membership number", dob: "Date of birth", sign: "Yours sincerely", who: "Member Services" },
      de: { re: "Ihr Beitrag ab " + num(ny, lang), body: `Sie sind seit dem ${dt(since, lang, r)} bei uns versichert. Ab dem ${dt(ny, lang, r)} ändert sich Ihr monatlicher Beitrag zur Pflege-Zusatzversicherung von ${amount(old, "de")} € auf ${amount(neu, "de")} €.`, no: "Versichertennummer", dob: "Geburtsdatum", sign: "Freundliche Grüße", who: "Ihre TK" },
      fr: { re: "Objet : votre cotisation", body: `Adhérent(e) depuis le ${dt(since, lang, r)}, vous bénéficiez de la formule Confort. À compter du ${dt(ny, lang, r)}, votre cotisation mensuelle sera de ${amount(neu, "fr")} € (au lieu de ${amount(old, "fr")} €).`, no: "N° d'adhérent", dob: "Date de naissance", sign: "Nous vous prions d'agréer nos sincères salutations.", who: "Le service Adhérents" },
      es: { re: "Actualización de la prima de su póliza", body: `Gracias por confiar en nosotros desde el ${dt(since, lang, r)}. A partir del ${dt(ny, lang, r)}, la prima mensual de su seguro de salud será de ${amount(neu, "de")} € (actual: ${amount(old, "de")} €).`, no: "N.º de póliza", dob: "Fecha de nacimiento", sign: "Un cordial saludo,", who: "Atención al Cliente" },
      it: { re: "Oggetto: aggiornamento del premio", body: `La ringraziamo per la fiducia accordataci dal ${dt(since, lang, r)}. A decorrere dal ${dt(ny, lang, r)} il premio mensile del Suo piano sanitario sarà di € ${amount(neu, "de")} (attuale € ${amount(old, "de")}).`, no: "Codice assicurato", dob: "Data di nascita", sign: "Cordiali saluti", who: "Servizio Clienti" },
      nl: { re: "Uw premie voor volgend jaar", body: `U bent sinds ${dt(since, lang, r)} bij ons verzekerd. Vanaf ${dt(ny, lang, r)} wordt uw premie € ${amount(neu, "de")} per maand (nu € ${amount(old, "de")}).`, no: "Relatienummer", dob: "Geboortedatum", sign: "Met vriendelijke groet,", who: "CZ" },
    }[lang];
    const no = `${r.int(100000000, 999999999)}`;
    const style = r.int(0, 1);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [row([L.no, L.dob, ""], 22), row([no, num(dob, lang), dt(x, lang, r)], 22)] : [cols(`${L.no}: ${no}`, dt(x, lang, r), 48)]),
      "",
      L.re,
      "",
      salute(person, lang),
      "",
      L.body,
      "",
      L.sign,
      L.who,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "health-insurance-letter", lang }, r, 0.2);
  }
  const s = MOTOR[lang];
  const dep = addDays(x, r.int(10, 80));
  const ret = addDays(dep, r.int(4, 16));
  const dob1 = born(r, 1955, 1995);
  const dob2 = born(r, 2008, 2020);
  const prem = r.int(1900, 14900) / 100;
  const L = {
    en: { title: "TRAVEL INSURANCE — POLICY SCHEDULE", issued: "Date issued", pol: "Policy no.", trip: "Trip dates", dest: "Destination: Europe", ins: "Insured persons", dob: "DOB", prem: "Total premium paid (incl. IPT)", to: "–" },
    de: { title: "VERSICHERUNGSBESTÄTIGUNG REISERÜCKTRITT", issued: "Ausgestellt am", pol: "Versicherungs-Nr.", trip: "Reisezeitraum", dest: "Reiseziel: Europa", ins: "Versicherte Personen", dob: "geb.", prem: "Gezahlte Prämie inkl. VersSt.", to: "–" },
    fr: { title: "ATTESTATION D'ASSURANCE VOYAGE", issued: "Émise le", pol: "Contrat n°", trip: "Dates du voyage", dest: "Destination : Monde entier", ins: "Personnes assurées", dob: "né(e) le", prem: "Prime totale TTC", to: "au" },
    es: { title: "CERTIFICADO DE SEGURO DE VIAJE", issued: "Fecha de emisión", pol: "Póliza n.º", trip: "Fechas del viaje", dest: "Destino: Europa", ins: "Asegurados", dob: "F. nac.", prem: "Prima total", to: "al" },
    it: { title: "CERTIFICATO DI ASSICURAZIONE VIAGGIO", issued: "Emesso il", pol: "Polizza n.", trip: "Date del viaggio", dest: "Destinazione: Europa", ins: "Assicurati", dob: "nato/a il", prem: "Premio totale", to: "-" },
    nl: { title: "POLISBLAD KORTLOPENDE REISVERZEKERING", issued: "Datum afgifte", pol: "Polisnummer", trip: "Reisperiode", dest: "Bestemming: Europa", ins: "Verzekerden", dob: "geb.", prem: "Totale premie incl. assurantiebelasting", to: "t/m" },
  }[lang];
  const pol = `TR${r.int(1000000, 9999999)}`;
  const kid = r.pick(["Ella", "Noah", "Mia", "Leo", "Sofia", "Luca"]);
  const w = 34;
  const style = r.int(0, 1);
  const lines = [
    s.name,
    s.addr,
    "",
    L.title,
    "",
    cols(L.pol, pol, w),
    ...(style === 0 ? [cols(L.issued, `${dt(x, lang, r)} ${hm(r)}`, w)] : []),
    cols(L.trip, `${dt(dep, lang, r)} ${L.to} ${dt(ret, lang, r)}`, w),
    L.dest,
    "",
    L.ins,
    `  ${name}, ${L.dob} ${num(dob1, lang)}`,
    `  ${kid} ${name.split(" ").pop()}, ${L.dob} ${num(dob2, lang)}`,
    "",
    cols(L.prem, money(prem, lang, r), w),
    "",
    ...(style === 1 ? [`${L.issued}: ${num(x, lang)}`] : []),
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(prem, lang), kind: "travel-policy", lang }, r, 0.2);
};

const TRADE: PerLang<Org> = {
  en: org("R. Price Plumbing & Heating", "Gas Safe reg. 554120 · 7 Orchard Close, Taunton TA1 4PL", "Bank: Santander 09-01-28 acc 44120993 · VAT reg 311 2904 18", "Taunton"),
  de: org("Elektro Kaminski GmbH", "Meisterbetrieb · Industriestraße 22 · 44147 Dortmund", "Sparkasse Dortmund · IBAN DE12 4405 0199 0221 3344 55 · HRB 20211 · St.-Nr. 314/5712/1122", "Dortmund"),
  fr: org("Plomberie Chauffage Lemaire", "EURL · 6 impasse des Artisans, 59650 Villeneuve-d'Ascq", "SIRET 801 223 114 00015 · TVA FR 61 801223114 · Assurance décennale MAAF n° 112233", "Villeneuve-d'Ascq"),
  es: org("Reformas y Fontanería Ortega", "Calle Doctor Fleming 11, 30003 Murcia", "NIF 48412233-K · IBAN ES21 0081 0211 4400 0122 3344", "Murcia"),
  it: org("Idraulica Bertolini di Bertolini Paolo", "Via San Faustino 40, 25122 Brescia", "P.IVA 03344120985 · C.F. BRTPLA75C11B157K", "Brescia"),
  nl: org("Installatiebedrijf Smit & Zn", "Ambachtsweg 5, 1271 AM Huizen", "KvK 32044120 · btw NL8122.33.441.B01 · IBAN NL44 INGB 0004 1122 33", "Huizen"),
};
const WEBSHOP: PerLang<Org> = {
  en: org("Lakeland Limited", "Alexandra Buildings, Windermere, Cumbria LA23 1BQ", "Registered in England No. 1202911 · VAT GB 226 3315 49", "Windermere"),
  de: org("Zalando SE", "Valeska-Gert-Straße 5 · 10243 Berlin", "Amtsgericht Charlottenburg HRB 158855 B · USt-IdNr. DE 260543043", "Berlin"),
  fr: org("Cdiscount", "120-126 quai de Bacalan, 33000 Bordeaux", "SA au capital de 11 883 751,07 € · RCS Bordeaux 424 059 822", "Bordeaux"),
  es: org("PcComponentes y Multimedia S.L.U.", "Avda. Europa, Parcela 2-5 y 2-6, 30840 Alhama de Murcia", "CIF B-73347494", "Alhama de Murcia"),
  it: org("ePRICE Operations S.r.l.", "Via San Marco 29, 20121 Milano", "P.IVA 03256050269", "Milano"),
  nl: org("Coolblue B.V.", "Weena 664, 3012 CN Rotterdam", "KvK 24357628 · btw NL8104.70.422.B01", "Rotterdam"),
};
const US_SHOP = org("Brightline Outdoor Co.", "2201 Westlake Ave, Seattle, WA 98121", "Questions? support@brightline.example · 1-888-555-0134", "Seattle");

// T6 — invoices from tradesmen and online shops, taken in turn. Tradesmen: the work done on one or two earlier days
// (a call-out, parts and labour), the invoice date beside the invoice number or under the customer's address, paid
// within 14 days; VAT or none for a small business. Online shops: order date and time, invoice date, dispatch
// date, a return-by date; a US shop (dollars, sales tax, month-first dates) for the English orders.
let invTurn = 0;
const invoices: Template = (r, lang) => {
  const k = turn(invTurn++, 2);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  if (k === 0) {
    const s = TRADE[lang];
    const work1 = addDays(x, -r.int(1, 12));
    const work2 = r.chance(0.4) ? addDays(work1, r.int(1, 3)) : null;
    const due = addDays(x, 14);
    const hours = r.int(2, 9);
    const rate = { en: 55, de: 62, fr: 48, es: 35, it: 38, nl: 58 }[lang];
    const parts = r.int(1500, 42000) / 100;
    const callout = { en: 45, de: 39, fr: 35, es: 30, it: 30, nl: 42.5 }[lang];
    const net = cents(hours * rate + parts + callout);
    const noVat = lang === "en" && r.chance(0.3);
    const vatRate = lang === "fr" ? 10 : VAT[lang];
    const vat = noVat ? 0 : cents((net * vatRate) / 100);
    const total = cents(net + vat);
    const L = {
      en: { inv: "INVOICE", no: "Invoice No", date: "Date", work: `Work carried out on ${dt(work1, lang, r)}${work2 ? ` and ${dt(work2, lang, r)}` : ""}: replace leaking radiator valves and power-flush the heating system.`, call: "Call-out charge", lab: "Labour", parts: "Parts and materials", net: "Subtotal", vat: `VAT @ ${vatRate}%`, tot: "TOTAL DUE", pay: `Payment within 14 days please (by ${dt(due, lang, r)}).`, novat: "Not VAT registered." },
      de: { inv: "RECHNUNG", no: "Rechnung Nr.", date: "Datum", work: `Ausgeführte Arbeiten am ${dt(work1, lang, r)}${work2 ? ` und ${dt(work2, lang, r)}` : ""}: Austausch Sicherungskasten, FI-Schutzschalter nachgerüstet, Prüfprotokoll erstellt.`, call: "Anfahrtspauschale", lab: "Arbeitszeit Geselle", parts: "Material lt. Aufstellung", net: "Nettobetrag", vat: `MwSt. ${vatRate} %`, tot: "Gesamtbetrag", pay: `Zahlbar ohne Abzug bis ${dt(due, lang, r)}.`, novat: "" },
      fr: { inv: "FACTURE", no: "Facture n°", date: "Date", work: `Intervention du ${dt(work1, lang, r)}${work2 ? ` et du ${dt(work2, lang, r)}` : ""} : remplacement du chauffe-eau 200 L et mise en conformité du groupe de sécurité.`, call: "Déplacement", lab: "Main d'œuvre", parts: "Fournitures", net: "Total HT", vat: `TVA ${vatRate} % (travaux de rénovation)`, tot: "Net à payer TTC", pay: `Règlement à réception, au plus tard le ${dt(due, lang, r)}. Pénalités de retard : 3 fois le taux d'intérêt légal.`, novat: "" },
      es: { inv: "FACTURA", no: "Factura n.º", date: "Fecha", work: `Trabajos realizados el ${dt(work1, lang, r)}${work2 ? ` y el ${dt(work2, lang, r)}` : ""}: sustitución de bajante y reparación de fuga en baño.`, call: "Desplazamiento", lab: "Mano de obra", parts: "Material", net: "Base imponible", vat: `IVA ${vatRate} %`, tot: "TOTAL", pay: `Forma de pago: transferencia antes del ${dt(due, lang, r)}.`, novat: "" },
      it: { inv: "FATTURA", no: "Fattura n.", date: "Data", work: `Intervento del ${dt(work1, lang, r)}${work2 ? ` e del ${dt(work2, lang, r)}` : ""}: sostituzione miscelatore e riparazione scarico lavello.`, call: "Diritto di chiamata", lab: "Manodopera", parts: "Materiale", net: "Imponibile", vat: `IVA ${vatRate}%`, tot: "TOTALE FATTURA", pay: `Pagamento tramite bonifico entro il ${dt(due, lang, r)}.`, novat: "" },
      nl: { inv: "FACTUUR", no: "Factuurnr.", date: "Datum", work: `Werkzaamheden uitgevoerd op ${dt(work1, lang, r)}${work2 ? ` en ${dt(work2, lang, r)}` : ""}: cv-ketel onderhouden, expansievat vervangen.`, call: "Voorrijkosten", lab: "Arbeidsloon", parts: "Materiaal", net: "Subtotaal", vat: `btw ${vatRate}%`, tot: "Totaal te voldoen", pay: `Graag binnen 14 dagen overmaken, uiterlijk ${dt(due, lang, r)}.`, novat: "" },
    }[lang];
    const no = `${r.pick(["", "R", "F"])}${x.y % 100}${pad(r.int(1, 999), 3)}`;
    const style = r.int(0, 2);
    const w = 42;
    const lines = [
      s.name,
      s.addr,
      "",
      ...(style === 2 ? [L.inv, ""] : []),
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [cols(`${L.inv}  ${L.no} ${no}`, `${L.date}: ${dt(x, lang, r)}`, 40)] : style === 1 ? [dt(x, lang, r), "", `${L.inv} ${no}`] : [row([L.no, L.date], 16), row([no, num(x, lang)], 16)]),
      "",
      L.work,
      "",
      cols(L.call, money(callout, lang, r), w),
      cols(`${L.lab} ${hours} h x ${bareAmt(rate, lang)}`, money(hours * rate, lang, r), w),
      cols(L.parts, money(parts, lang, r), w),
      cols(L.net, money(net, lang, r), w),
      ...(noVat ? [] : [cols(L.vat, money(vat, lang, r), w)]),
      cols(L.tot, money(total, lang, r), w),
      "",
      L.pay,
      ...(noVat ? [L.novat] : []),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "tradesman-invoice", lang }, r, 0.3);
  }
  const us = lang === "en";
  const s = us ? US_SHOP : WEBSHOP[lang];
  const ordered = addDays(x, -r.int(0, 2));
  const shipped = addDays(x, r.int(0, 1));
  const retBy = addDays(shipped, { en: 30, de: 100, fr: 14, es: 30, it: 14, nl: 30 }[lang]);
  const t = hm(r, 7, 23);
  const L = {
    en: { inv: us ? "Order Receipt" : "VAT INVOICE", ord: "Order number", od: "Order placed", id: us ? "Receipt date" : "Invoice date", sh: us ? "Shipped" : "Dispatched", items: ["Insulated water bottle 32oz", "Trail running socks (3 pack)", "Headlamp 400 lm", "Packable rain jacket"], sub: "Subtotal", ship: "Shipping", tax: us ? "Sales tax (10.25%)" : "of which VAT 20%", tot: us ? "Order total" : "Total paid", ret: us ? "Return window closes" : "You can return unwanted items until", pay: us ? "Paid with Visa ending 4421" : "Paid by Mastercard" },
    de: { inv: "RECHNUNG", ord: "Bestellnummer", od: "Bestelldatum", id: "Rechnungsdatum", sh: "Versanddatum", items: ["Sneaker Low, Gr. 42", "Daunenjacke, Gr. M", "Jeans Slim Fit 32/32", "Sportsocken 5er-Pack"], sub: "Zwischensumme", ship: "Versand", tax: "enthaltene MwSt. 19 %", tot: "Gesamtsumme", ret: "Kostenlose Rücksendung bis", pay: "Bezahlt per PayPal" },
    fr: { inv: "FACTURE", ord: "N° de commande", od: "Date de commande", id: "Date de facture", sh: "Date d'expédition", items: ["Aspirateur balai sans fil", "Lot de 2 filtres", "Câble HDMI 2 m", "Souris sans fil"], sub: "Sous-total TTC", ship: "Frais de livraison", tax: "dont TVA 20 %", tot: "Total TTC", ret: "Droit de rétractation jusqu'au", pay: "Payé par carte bancaire" },
    es: { inv: "FACTURA", ord: "N.º de pedido", od: "Fecha del pedido", id: "Fecha de factura", sh: "Fecha de envío", items: ["Monitor 27\" QHD", "Teclado mecánico", "Disco SSD 1 TB", "Alfombrilla XL"], sub: "Subtotal", ship: "Gastos de envío", tax: "IVA 21 % incluido", tot: "Total", ret: "Puede devolver el pedido hasta el", pay: "Pagado con tarjeta" },
    it: { inv: "FATTURA", ord: "Ordine n.", od: "Data ordine", id: "Data fattura", sh: "Data spedizione", items: ["Macchina da caffè espresso", "Bollitore elettrico", "Frullatore a immersione", "Tostapane 2 fette"], sub: "Subtotale", ship: "Spedizione", tax: "di cui IVA 22%", tot: "Totale", ret: "Diritto di recesso entro il", pay: "Pagato con carta di credito" },
    nl: { inv: "FACTUUR", ord: "Bestelnummer", od: "Besteldatum", id: "Factuurdatum", sh: "Verzonden op", items: ["Wasmachine 8 kg", "Stofzuiger zakloos", "Koptelefoon draadloos", "Waterkoker"], sub: "Subtotaal", ship: "Bezorging", tax: "waarvan btw 21%", tot: "Totaal", ret: "Retourneren kan tot en met", pay: "Betaald met iDEAL" },
  }[lang];
  const D = (d: Day) => (us ? usLong(d, r) : dt(d, lang, r));
  const N = (d: Day) => (us ? usNum(d) : num(d, lang));
  const M = (v: number) => (us ? usd(v) : money(v, lang, r));
  const picks = L.items.filter(() => r.chance(0.5));
  const items = (picks.length ? picks : [L.items[0]!]).map((d) => ({ d, q: r.int(1, 2), p: r.int(899, lang === "nl" || lang === "es" ? 49900 : 12900) / 100 }));
  const sub = cents(items.reduce((a, i) => a + i.q * i.p, 0));
  const ship = r.chance(0.5) ? 0 : r.pick([3.95, 4.99, 5.9]);
  const tax = us ? cents(sub * 0.1025) : cents(((sub + ship) * VAT[lang]) / (100 + VAT[lang]));
  const total = cents(sub + ship + (us ? tax : 0));
  const ordNo = us ? `BL-${r.int(1000000, 9999999)}` : `${r.int(10000000, 99999999)}`;
  const style = r.int(0, 2);
  const w = 44;
  const lines = [
    s.name,
    s.addr,
    "",
    L.inv,
    ...(style === 0
      ? [cols(L.ord, ordNo, 22), cols(L.od, `${N(ordered)} ${t}`, 22), cols(L.id, D(x), 22)]
      : style === 1
        ? [row([L.id, L.ord, L.od], 22), row([N(x), ordNo, N(ordered)], 22)]
        : [`${L.ord} ${ordNo} · ${L.od} ${D(ordered)}`, right(D(x))]),
    "",
    us ? `Ship to: ${bare(person)}, 350 W 42nd St Apt 5B, New York, NY 10036` : `${person}\n${home(r, lang)}`,
    "",
    ...items.map((i) => cols(`${i.q} x ${i.d}`, M(cents(i.q * i.p)), w)),
    cols(L.sub, M(sub), w),
    cols(L.ship, ship ? M(ship) : us ? "FREE" : M(0), w),
    ...(us ? [cols(L.tax, M(tax), w)] : []),
    cols(L.tot, M(total), w),
    ...(us ? [] : [`${L.tax}: ${M(tax)}`]),
    L.pay,
    "",
    `${L.sh}: ${D(shipped)}`,
    `${L.ret} ${D(retBy)}`,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: us ? "USD" : CUR(lang) }) }, kind: us ? "us-online-order" : "online-shop-invoice", lang }, r, 0.1);
};

const LANDLORD: PerLang<Org> = {
  en: org("Foxtons Lettings", "Lettings & Management · 114 Upper Street, London N1 1QP", "Foxtons Ltd · Client money protected by Propertymark CMP", "London"),
  de: org("Wohnungsbaugenossenschaft Freiheit eG", "Mietverwaltung · Leipziger Straße 33 · 06108 Halle (Saale)", "Genossenschaftsregister Stendal GnR 211", "Halle (Saale)"),
  fr: org("Foncia Lyon Presqu'île", "Gestion locative · 5 quai Jules Courmont, 69002 Lyon", "SAS · Carte professionnelle CPI 6901 2018 000 031 201 · Garantie Galian", "Lyon"),
  es: org("Inmobiliaria Goya Alquileres S.L.", "Calle de Goya 64, 28001 Madrid", "CIF B-87123321 · API 4411", "Madrid"),
  it: org("Immobiliare Navigli S.r.l.", "Ripa di Porta Ticinese 33, 20143 Milano", "P.IVA 09122330965 · REA MI-2077341", "Milano"),
  nl: org("Woonstichting De Key", "Postbus 3148, 1003 AC Amsterdam", "KvK 41202535", "Amsterdam"),
};
const GYM: PerLang<Org> = {
  en: org("PureGym Ltd", "Town Centre House, Merrion Centre, Leeds LS2 8LY", "Registered in England No. 06600324", "Leeds"),
  de: org("FitX Deutschland GmbH", "Ruhrallee 9 · 44139 Dortmund", "HRB 24231 Amtsgericht Dortmund", "Dortmund"),
  fr: org("Basic-Fit France SAS", "39 rue de la Chaussée d'Antin, 75009 Paris", "RCS Paris 803 101 375", "Paris"),
  es: org("Holmes Place Iberia S.A.", "Calle de Serrano 88, 28006 Madrid", "CIF A-82511230", "Madrid"),
  it: org("Virgin Active Italia S.p.A.", "Via Archimede 161, 20129 Milano", "P.IVA 04095740967", "Milano"),
  nl: org("SportCity Nederland B.V.", "Paasheuvelweg 42, 1105 BJ Amsterdam", "KvK 34124560", "Amsterdam"),
};

// T7 — agreements, taken in turn: a tenancy agreement (the tenancy starts on a later day, the tenant's birth date,
// rent due on the first of the month, a deposit; dated beside the signatures, or "made on" at the head), a gym
// membership signed in the club (start date, minimum term ending, the date and time of signing on the tablet
// print-out), and a boiler or appliance service plan (cover from/to, the first annual service visit). No total.
let contractTurn = 0;
const contracts: Template = (r, lang) => {
  const k = turn(contractTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = LANDLORD[lang];
    const start: Day = addDays({ y: x.y, m: x.m, d: lastDay(x.y, x.m) }, r.chance(0.5) ? 1 : 16);
    const dob = born(r, 1960, 2002);
    const rent = r.int(55, 240) * 10;
    const L = {
      en: { title: "ASSURED SHORTHOLD TENANCY AGREEMENT", made: "This agreement is made on", ll: "Landlord's agent", tn: "Tenant", dob: "date of birth", prop: "Property: Flat 3, 27 Elm Grove, Reading RG1 7QP", term: `Term: 12 months beginning on ${dt(start, lang, r)}.`, rent: `Rent: £${amount(rent, "en")} per calendar month, payable in advance on the 1st of each month.`, dep: `Deposit: £${amount(rent * 1.15, "en")}, protected with the DPS within 30 days.`, sig: "Signed", date: "Date" },
      de: { title: "MIETVERTRAG FÜR WOHNRAUM", made: "Vertrag geschlossen am", ll: "Vermieterin", tn: "Mieter/in", dob: "geboren am", prop: "Mietobjekt: 3-Zimmer-Wohnung, 2. OG links, Rosenweg 8, 01067 Dresden", term: `§ 2 Mietbeginn: ${dt(start, lang, r)}. Das Mietverhältnis läuft auf unbestimmte Zeit.`, rent: `§ 3 Miete: Nettokaltmiete ${amount(rent, "de")} € zzgl. Betriebskostenvorauszahlung; fällig bis zum 3. Werktag eines jeden Monats.`, dep: `§ 5 Kaution: drei Nettokaltmieten.`, sig: "Unterschrift", date: "Ort, Datum" },
      fr: { title: "CONTRAT DE LOCATION — LOCAUX VIDES À USAGE D'HABITATION", made: "Contrat établi le", ll: "Le bailleur, représenté par son mandataire", tn: "Le locataire", dob: "né(e) le", prop: "Désignation : appartement T2, 22 boulevard Voltaire, 75011 Paris", term: `Durée : 3 ans à compter du ${dt(start, lang, r)}.`, rent: `Loyer mensuel : ${amount(rent, "fr")} € hors charges, payable le 5 de chaque mois.`, dep: `Dépôt de garantie : un mois de loyer hors charges.`, sig: "Signature précédée de « lu et approuvé »", date: "Fait à Lyon, le" },
      es: { title: "CONTRATO DE ARRENDAMIENTO DE VIVIENDA", made: "En Madrid, a", ll: "El arrendador", tn: "El arrendatario", dob: "nacido/a el", prop: "Vivienda: Calle Mayor 14, 3º B, 28013 Madrid", term: `Duración: un año a contar desde el ${dt(start, lang, r)}, prorrogable según la LAU.`, rent: `Renta: ${amount(rent, "de")} € mensuales, pagaderos en los siete primeros días de cada mes.`, dep: `Fianza: una mensualidad.`, sig: "Firma", date: "Fecha" },
      it: { title: "CONTRATTO DI LOCAZIONE AD USO ABITATIVO (4+4)", made: "Milano, lì", ll: "Il locatore", tn: "Il conduttore", dob: "nato/a il", prop: "Immobile: Corso Buenos Aires 5, 20124 Milano, piano 3°", term: `Durata: anni 4 con decorrenza dal ${dt(start, lang, r)}, rinnovabile di ulteriori 4.`, rent: `Canone annuo: € ${amount(rent * 12, "de")}, da corrispondere in rate mensili anticipate.`, dep: `Deposito cauzionale: tre mensilità.`, sig: "Firma", date: "Data" },
      nl: { title: "HUUROVEREENKOMST WOONRUIMTE", made: "Opgemaakt op", ll: "Verhuurder", tn: "Huurder", dob: "geboren op", prop: "Het gehuurde: Prinsengracht 101-II, 1015 DR Amsterdam", term: `Ingangsdatum: ${dt(start, lang, r)}; de overeenkomst geldt voor onbepaalde tijd.`, rent: `Huurprijs: € ${amount(rent, "de")} per maand, vóór de 1e van de maand te voldoen.`, dep: `Waarborgsom: twee maanden kale huur.`, sig: "Handtekening", date: "Datum" },
    }[lang];
    const style = r.int(0, 1);
    const lines = [
      s.name,
      s.addr,
      "",
      L.title,
      "",
      ...(style === 0 ? [`${L.made} ${dt(x, lang, r)}`, ""] : []),
      `${L.ll}: ${s.name}`,
      `${L.tn}: ${name}, ${L.dob} ${dt(dob, lang, r)}`,
      L.prop,
      "",
      L.term,
      L.rent,
      L.dep,
      "",
      ...(style === 1
        ? [row([L.ll, L.tn], 34), row([`${L.date}${lang === "fr" ? "" : ":"} ${num(x, lang)}`, `${L.date}${lang === "fr" ? "" : ":"} ${num(x, lang)}`], 34), row(["________________", "________________"], 34)]
        : [row([`${L.sig} (${L.ll.toLowerCase()})`, `${L.sig} (${L.tn.toLowerCase()})`], 40), row(["________________", "________________"], 40)]),
      "",
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "tenancy-agreement", lang }, r, 0.3);
  }
  if (k === 1) {
    const s = GYM[lang];
    const start = addDays(x, r.int(0, 14));
    const months = r.pick([12, 24]);
    const minEnd = addDays({ y: start.y + months / 12, m: start.m, d: start.d }, -1);
    const dob = born(r, 1965, 2006);
    const fee = r.int(1999, 6990) / 100;
    const t = hm(r, 7, 21);
    const L = {
      en: { title: "Membership agreement", no: "Member number", dob: "Date of birth", start: "Membership starts", min: "Minimum term ends", fee: "Monthly fee", join: "Joining fee waived", signed: "Signed electronically", dd: "Payments are taken by Direct Debit on the 1st of each month." },
      de: { title: "Mitgliedschaftsvertrag", no: "Mitgliedsnummer", dob: "Geburtsdatum", start: "Beginn der Mitgliedschaft", min: "Mindestlaufzeit bis", fee: "Monatsbeitrag", join: "Startpaket: 0,00 €", signed: "Elektronisch unterschrieben am", dd: "Die Beiträge werden per SEPA-Lastschrift zum 1. eines Monats eingezogen." },
      fr: { title: "Contrat d'abonnement", no: "N° de membre", dob: "Date de naissance", start: "Date de début", min: "Fin de la période d'engagement", fee: "Mensualité", join: "Frais d'inscription offerts", signed: "Signé électroniquement le", dd: "Prélèvement le 1er de chaque mois." },
      es: { title: "Contrato de socio", no: "N.º de socio", dob: "Fecha de nacimiento", start: "Fecha de alta", min: "Permanencia hasta", fee: "Cuota mensual", join: "Matrícula: 0,00 €", signed: "Firmado electrónicamente el", dd: "Las cuotas se cargan el día 1 de cada mes." },
      it: { title: "Contratto di iscrizione", no: "Codice socio", dob: "Data di nascita", start: "Data inizio", min: "Durata minima fino al", fee: "Quota mensile", join: "Quota di iscrizione: omaggio", signed: "Firmato digitalmente il", dd: "Addebito SDD il giorno 1 di ogni mese." },
      nl: { title: "Lidmaatschapsovereenkomst", no: "Lidnummer", dob: "Geboortedatum", start: "Ingangsdatum", min: "Minimale looptijd tot", fee: "Maandbedrag", join: "Geen inschrijfkosten", signed: "Digitaal ondertekend op", dd: "Het maandbedrag wordt rond de 1e van de maand afgeschreven." },
    }[lang];
    const w = 32;
    const lines = [
      s.name,
      s.addr,
      "",
      L.title,
      `${s.city} · ${r.pick(["Club", "Studio"])} ${r.int(1, 40)}`,
      "",
      cols(L.no, `${r.int(1000000, 9999999)}`, w),
      cols(lang === "en" ? "Name" : lang === "de" ? "Name" : lang === "fr" ? "Nom" : lang === "es" ? "Nombre" : lang === "it" ? "Nome" : "Naam", name, w),
      cols(L.dob, num(dob, lang), w),
      cols(L.start, num(start, lang), w),
      cols(L.min, num(minEnd, lang), w),
      cols(L.fee, money(fee, lang, r), w),
      L.join,
      "",
      L.dd,
      "",
      `${L.signed}${lang === "en" ? " on" : ""} ${num(x, lang)} ${t}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "gym-membership", lang }, r, 0.15);
  }
  const sender = lang === "es" ? org("Repsol Servicios Hogar S.L.", "Calle Méndez Álvaro 44, 28045 Madrid", "CIF B-86204411", "Madrid") : ENERGY[lang];
  const from = addDays(x, r.int(1, 20));
  const to = addDays({ y: from.y + 1, m: from.m, d: from.d }, -1);
  const visit = addDays(from, r.int(30, 200));
  const fee = r.int(899, 2199) / 100;
  const L = {
    en: { title: "HomeCare boiler cover — your agreement", date: "Agreement date", cover: "Cover", from: "from", to: "to", visit: "Your annual service is booked for", fee: `Monthly payment: £${amount(fee, "en")}`, cool: "You can cancel within 14 days of receiving this agreement.", ref: "Agreement number" },
    de: { title: "Wartungsvertrag Gastherme", date: "Vertragsdatum", cover: "Laufzeit", from: "vom", to: "bis", visit: "Termin für die jährliche Wartung:", fee: `Monatliches Entgelt: ${amount(fee, "de")} €`, cool: "Sie können diesen Vertrag innerhalb von 14 Tagen widerrufen.", ref: "Vertragsnummer" },
    fr: { title: "Contrat d'entretien chaudière", date: "Date du contrat", cover: "Période de garantie", from: "du", to: "au", visit: "Visite d'entretien annuelle prévue le", fee: `Mensualité : ${amount(fee, "fr")} €`, cool: "Délai de rétractation : 14 jours.", ref: "Contrat n°" },
    es: { title: "Contrato de mantenimiento de caldera", date: "Fecha de contratación", cover: "Vigencia", from: "del", to: "al", visit: "Revisión anual programada para el", fee: `Cuota mensual: ${amount(fee, "de")} €`, cool: "Puede desistir en un plazo de 14 días naturales.", ref: "N.º de contrato" },
    it: { title: "Contratto di manutenzione caldaia", date: "Data sottoscrizione", cover: "Validità", from: "dal", to: "al", visit: "Controllo annuale previsto il", fee: `Canone mensile: € ${amount(fee, "de")}`, cool: "Diritto di ripensamento entro 14 giorni.", ref: "Contratto n." },
    nl: { title: "Onderhoudscontract cv-ketel", date: "Contractdatum", cover: "Looptijd", from: "van", to: "t/m", visit: "Uw jaarlijkse onderhoudsbeurt staat gepland op", fee: `Maandbedrag: € ${amount(fee, "de")}`, cool: "U heeft 14 dagen bedenktijd.", ref: "Contractnummer" },
  }[lang];
  const style = r.int(0, 1);
  const lines = [
    sender.name,
    sender.addr,
    "",
    person,
    home(r, lang),
    "",
    L.title,
    ...(style === 0 ? [row([L.ref, L.date], 22), row([`HC${r.int(100000, 999999)}`, num(x, lang)], 22)] : [`${L.ref} HC${r.int(100000, 999999)}`]),
    "",
    `${L.cover} ${L.from} ${dt(from, lang, r)} ${L.to} ${dt(to, lang, r)}`,
    `${L.visit} ${dt(visit, lang, r)}.`,
    L.fee,
    L.cool,
    "",
    ...(style === 1 ? [`${sender.city}, ${dt(x, lang, r)}`] : []),
    sender.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: sender.name, kind: "service-plan", lang }, r, 0.2);
};

const REVENUE: PerLang<Org> = {
  en: org("HM Revenue and Customs", "Pay As You Earn and Self Assessment, HM Revenue and Customs, BX9 1AS", "For more information go to www.gov.uk/income-tax", "Newcastle"),
  de: org("Finanzamt Freiburg-Stadt", "Sautierstraße 24 · 79104 Freiburg", "Bankverbindung: Bundesbank Freiburg · IBAN DE85 6800 0000 0068 0015 05", "Freiburg"),
  fr: org("Direction générale des Finances publiques", "Centre des Finances publiques de Rennes, 7 boulevard de la Liberté, 35000 Rennes", "impots.gouv.fr · 0 809 401 401", "Rennes"),
  es: org("Agencia Estatal de Administración Tributaria", "Delegación Especial de Galicia, Calle Comandante Fontanes 10, 15003 A Coruña", "Sede electrónica: sede.agenciatributaria.gob.es", "A Coruña"),
  it: org("Agenzia delle Entrate", "Direzione Provinciale di Verona, Via Cesare Lombroso 13, 37135 Verona", "Centro di Assistenza Multicanale 800 90 96 96", "Verona"),
  nl: org("Belastingdienst", "Postbus 9050, 7300 GM Apeldoorn", "BelastingTelefoon 0800 0543", "Apeldoorn"),
};
const EMPLOYER: PerLang<Org> = {
  en: org("Hartwell Logistics Ltd", "Unit 4, Kingsway Business Park, Rochdale OL16 4NW", "PAYE ref 120/HA44120", "Rochdale"),
  de: org("Bäckerei Steinhauser GmbH", "Lange Straße 40 · 26122 Oldenburg", "Betriebsnummer 44120338", "Oldenburg"),
  fr: org("Transports Girard SARL", "ZI Nord, 12 rue de l'Industrie, 51100 Reims", "SIRET 412 330 118 00027 · URSSAF Champagne-Ardenne · Code NAF 4941A", "Reims"),
  es: org("Hostelería Costa Blanca S.L.", "Avenida del Mediterráneo 44, 03503 Benidorm", "CIF B-53122409 · C.C.C. 03/1122334/45", "Benidorm"),
  it: org("Officine Meccaniche Brambilla S.p.A.", "Via dell'Artigianato 9, 24036 Ponte San Pietro", "P.IVA 00911220164 · Matricola INPS 1612233440", "Ponte San Pietro"),
  nl: org("Bouwbedrijf Hendriks B.V.", "Industrieweg 31, 5406 XK Uden", "Loonheffingennummer 8123.44.120.L01", "Uden"),
};

// T8 — tax assessments and payslips, taken in turn. Assessments: the tax year, the return filed on, the refund or
// the amount to pay by a date, a deadline to object (no total). Payslips: the pay period and the pay date (the
// document's date), the employee's birth date or entry date on some, year-to-date figures (no total).
let taxTurn = 0;
const taxAndPay: Template = (r, lang) => {
  const k = turn(taxTurn++, 2);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = REVENUE[lang];
    const year = x.y - 1;
    const filed = addDays(x, -r.int(25, 110));
    const object = addDays(x, { en: 30, de: 31, fr: 60, es: 30, it: 60, nl: 42 }[lang]);
    const refund = r.chance(0.6);
    const amt = r.int(4000, 290000) / 100;
    const payBy = addDays(x, r.int(28, 45));
    const L = {
      en: { title: `Tax calculation for the year 6 April ${year - 1} to 5 April ${year}`, ref: "National Insurance number", date: "Issue date", body: `We have worked out your tax using the information you sent us on ${dt(filed, lang, r)}.`, res: refund ? `You paid £${amount(amt, "en")} too much tax. We will send you a repayment within 5 weeks.` : `You owe £${amount(amt, "en")}. Please pay by ${dt(payBy, lang, r)}.`, obj: `If you think this calculation is wrong, tell us by ${dt(object, lang, r)}.` },
      de: { title: `Bescheid für ${year} über Einkommensteuer und Solidaritätszuschlag`, ref: "Steuernummer", date: "Datum", body: `Der Bescheid ergeht aufgrund Ihrer Erklärung, die am ${dt(filed, lang, r)} elektronisch übermittelt wurde.`, res: refund ? `Erstattung: ${amount(amt, "de")} €. Der Betrag wird auf Ihr Konto überwiesen.` : `Nachzahlung: ${amount(amt, "de")} €, fällig am ${dt(payBy, lang, r)}.`, obj: `Rechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch zulässig. Er ist innerhalb eines Monats nach Bekanntgabe einzulegen.` },
      fr: { title: `AVIS D'IMPÔT ${x.y} SUR LES REVENUS DE L'ANNÉE ${year}`, ref: "Numéro fiscal", date: "Date d'établissement", body: `Votre déclaration de revenus a été reçue le ${dt(filed, lang, r)}.`, res: refund ? `Montant de votre restitution : ${amount(amt, "fr")} €, versée par virement.` : `Somme restant à payer : ${amount(amt, "fr")} €, à régler au plus tard le ${dt(payBy, lang, r)}.`, obj: `Vous pouvez contester cet avis jusqu'au 31 décembre ${x.y + 2}.` },
      es: { title: `Liquidación provisional — IRPF ejercicio ${year}`, ref: "NIF", date: "Fecha", body: `Vista su autoliquidación presentada el ${dt(filed, lang, r)}, se practica la siguiente liquidación provisional.`, res: refund ? `Cantidad a devolver: ${amount(amt, "de")} €.` : `Deuda tributaria: ${amount(amt, "de")} €. Plazo de ingreso hasta el ${dt(payBy, lang, r)}.`, obj: `Podrá interponer recurso de reposición en el plazo de un mes desde el día siguiente a la notificación.` },
      it: { title: `Comunicazione di irregolarità — dichiarazione Redditi PF ${year}`, ref: "Codice fiscale", date: "Data", body: `Dal controllo della dichiarazione presentata il ${dt(filed, lang, r)} è emersa una differenza.`, res: refund ? `Importo a credito: € ${amount(amt, "de")}.` : `Importo dovuto: € ${amount(amt, "de")}, da versare entro il ${dt(payBy, lang, r)} con il modello F24 allegato.`, obj: `Se ritiene la comunicazione non corretta può chiedere chiarimenti entro 60 giorni dal ricevimento.` },
      nl: { title: `Aanslag inkomstenbelasting en premie volksverzekeringen ${year}`, ref: "Aanslagnummer", date: "Dagtekening", body: `Deze aanslag is gebaseerd op uw aangifte van ${dt(filed, lang, r)}.`, res: refund ? `U krijgt € ${amount(amt, "de")} terug.` : `U moet € ${amount(amt, "de")} betalen. Betaal uiterlijk ${dt(payBy, lang, r)}.`, obj: `Bent u het niet eens met deze aanslag? Maak dan bezwaar vóór ${dt(object, lang, r)}.` },
    }[lang];
    const ref = { en: `QQ ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} C`, de: `06/${r.int(100, 999)}/${r.int(10000, 99999)}`, fr: `${r.int(10, 39)} ${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)} ${r.int(100, 999)}`, es: `${r.int(10000000, 99999999)}Z`, it: "RSSMRA80A41L781X", nl: `${r.int(1000, 9999)}.${r.int(10, 99)}.${r.int(100, 999)}.H.${pad(year % 100)}.01` }[lang];
    const style = r.int(0, 2);
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [right(`${L.date}: ${dt(x, lang, r)}`), right(`${L.ref}: ${ref}`)] : style === 1 ? [row([L.ref, L.date], 28), row([ref, num(x, lang)], 28)] : [cols(`${L.ref} ${ref}`, dt(x, lang, r), 46)]),
      "",
      L.title,
      "",
      L.body,
      L.res,
      "",
      L.obj,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, kind: "tax-assessment", lang }, r, 0.25);
  }
  const s = EMPLOYER[lang];
  const y = x.y;
  const m = x.m;
  const pEnd: Day = { y, m, d: lastDay(y, m) };
  const pStart: Day = { y, m, d: 1 };
  const pay: Day = lang === "en" ? addDays(pEnd, -r.int(0, 3)) : lang === "de" ? addDays(pEnd, -r.int(0, 2)) : lang === "nl" ? { y, m, d: r.int(23, 25) } : pEnd;
  const entry = born(r, 2008, Math.max(2009, y - 1));
  const dob = born(r, 1965, 2003);
  const gross = r.int(180000, 520000) / 100;
  const net = cents(gross * (0.62 + r.int(0, 10) / 100));
  const L = {
    en: { title: "PAYSLIP", per: "Pay period", pd: "Pay date", emp: "Employee", no: "NI number", gross: "Gross pay", tax: "Income tax", ni: "National Insurance", net: "NET PAY", ytd: "Taxable pay to date", entry: "Start date" },
    de: { title: "Entgeltabrechnung", per: "Abrechnungsmonat", pd: "Auszahlung am", emp: "Mitarbeiter/in", no: "Pers.-Nr.", gross: "Gesamtbrutto", tax: "Lohnsteuer", ni: "Sozialversicherung AN", net: "Auszahlungsbetrag", ytd: "Brutto lfd. Jahr", entry: "Eintritt" },
    fr: { title: "BULLETIN DE PAIE", per: "Période du", pd: "Payé le", emp: "Salarié", no: "N° SS", gross: "Salaire brut", tax: "Impôt sur le revenu prélevé à la source", ni: "Cotisations salariales", net: "NET À PAYER", ytd: "Cumul brut annuel", entry: "Date d'entrée" },
    es: { title: "RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS", per: "Periodo de liquidación", pd: "Fecha de pago", emp: "Trabajador", no: "N.º afiliación S.S.", gross: "Total devengado", tax: "Retención IRPF", ni: "Contingencias comunes", net: "LÍQUIDO A PERCIBIR", ytd: "Acumulado anual", entry: "Antigüedad" },
    it: { title: "CEDOLINO PAGA", per: "Periodo di retribuzione", pd: "Data pagamento", emp: "Dipendente", no: "Matricola", gross: "Totale competenze", tax: "IRPEF", ni: "Contributi INPS", net: "NETTO IN BUSTA", ytd: "Imponibile progressivo", entry: "Data assunzione" },
    nl: { title: "LOONSTROOK", per: "Periode", pd: "Uitbetaald op", emp: "Werknemer", no: "Personeelsnr.", gross: "Brutoloon", tax: "Loonheffing", ni: "Pensioenpremie", net: "NETTO UIT TE BETALEN", ytd: "Cumulatief fiscaal loon", entry: "In dienst sinds" },
  }[lang];
  const perText =
    lang === "en" ? `Month ${((m + 8) % 12) + 1} · ${MONTHS.en[m - 1]!} ${y}` : lang === "de" ? `${MONTHS.de[m - 1]!} ${y}` : lang === "fr" ? `${num(pStart, lang)} au ${num(pEnd, lang)}` : lang === "es" ? `del ${num(pStart, lang)} al ${num(pEnd, lang)}` : lang === "it" ? `${MONTHS.it[m - 1]!} ${y}` : `${pad(m)}-${y} (${num(pStart, lang)} t/m ${num(pEnd, lang)})`;
  const w = 34;
  const style = r.int(0, 1);
  const lines = [
    s.name,
    s.addr,
    s.foot,
    "",
    L.title,
    cols(L.per, perText, w),
    ...(style === 0 ? [cols(L.pd, dt(pay, lang, r), w)] : []),
    cols(L.emp, `${name} · ${L.no} ${r.int(10000, 99999)}`, w),
    ...(r.chance(0.5) ? [cols(L.entry, num(entry, lang), w)] : [cols(lang === "en" ? "Date of birth" : lang === "de" ? "Geb.-Datum" : lang === "fr" ? "Date de naissance" : lang === "es" ? "Fecha nac." : lang === "it" ? "Data di nascita" : "Geboortedatum", num(dob, lang), w)]),
    "",
    cols(L.gross, bareAmt(gross, lang), w),
    cols(L.tax, `-${bareAmt(cents(gross * 0.18), lang)}`, w),
    cols(L.ni, `-${bareAmt(cents(gross - net - cents(gross * 0.18)), lang)}`, w),
    cols(L.net, bareAmt(net, lang), w),
    "",
    cols(L.ytd, bareAmt(cents(gross * m), lang), w),
    ...(style === 1 ? [`${L.pd} ${num(pay, lang)}`] : []),
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(pay), correspondent: s.name, kind: "payslip", lang }, r, 0.2);
};

// ─── Less common kinds ───────────────────────────────────────────────────────────────────────────────────────────

const VET: PerLang<Org> = {
  en: org("Village Vets Harrogate", "12 Skipton Road, Harrogate HG1 4LT", "RCVS accredited practice · VAT reg 402 1133 20", "Harrogate"),
  de: org("Tierarztpraxis Dr. Lena Brückner", "Am Anger 9 · 99084 Erfurt", "Abrechnung nach GOT · St.-Nr. 151/220/33410", "Erfurt"),
  fr: org("Clinique Vétérinaire des Quatre Vents", "18 route de Vannes, 44100 Nantes", "SELARL · N° ordinal 22114 · TVA FR 14 522330114", "Nantes"),
  es: org("Clínica Veterinaria Los Robles", "Calle Uría 50, 33003 Oviedo", "CIF B-33441220 · N.º colegiado 1.122", "Oviedo"),
  it: org("Ambulatorio Veterinario San Francesco", "Via Garibaldi 88, 10122 Torino", "P.IVA 10233440011", "Torino"),
  nl: org("Dierenkliniek Het Oude Gemaal", "Gemaalweg 3, 3454 PA De Meern", "KvK 30223341 · btw NL8011.22.334.B01", "De Meern"),
};
const HOTEL: PerLang<Org> = {
  en: org("The Harborview Hotel", "455 Atlantic Avenue, Boston, MA 02210", "Tel (617) 555-0170 · harborview.example", "Boston"),
  de: org("Hotel Alpenblick", "Hauptstraße 12 · 87561 Oberstdorf", "Inh. Familie Berchtold · USt-IdNr. DE 128 330 412", "Oberstdorf"),
  fr: org("Hôtel Le Saint-Malo", "4 quai Saint-Louis, 35400 Saint-Malo", "SARL Hôtellerie Malouine · SIRET 451 220 334 00018", "Saint-Malo"),
  es: org("Hotel Playa Sol", "Avenida de Mallorca 12, 07600 Palma", "Hoteles Sol Baleares S.A. · CIF A-07112233", "Palma"),
  it: org("Hotel Bellavista", "Lungolago Mazzini 4, 28838 Stresa", "Bellavista S.r.l. · P.IVA 01122330038", "Stresa"),
  nl: org("Fletcher Hotel Duinoord", "Wassenaarseslag 26, 2242 PJ Wassenaar", "Fletcher Hotels B.V. · KvK 23056341", "Wassenaar"),
};
const HIRE: PerLang<Org> = {
  en: org("Enterprise Rent-A-Car UK Ltd", "Enterprise House, Melbourne Street, Bristol BS1 6RS", "Registered in England No. 02946689", "Bristol"),
  de: org("Sixt GmbH & Co Autovermietung KG", "Zugspitzstraße 1 · 82049 Pullach", "Amtsgericht München HRA 84234", "Pullach"),
  fr: org("Rent A Car", "Agence Toulouse Matabiau, 64 boulevard Pierre Sémard, 31000 Toulouse", "RCS Paris 339 413 932", "Toulouse"),
  es: org("Centauro Rent a Car S.L.U.", "Aeropuerto de Alicante, 03195 El Altet", "CIF B-53052390", "El Altet"),
  it: org("Maggiore Rent S.p.A.", "Stazione Termini, Via Marsala 29, 00185 Roma", "P.IVA 10245421006", "Roma"),
  nl: org("Europcar Nederland", "Vestiging Utrecht Centraal, Jaarbeursplein 6, 3521 AL Utrecht", "Europcar International S.A.S.U. · KvK 33123311", "Utrecht"),
};

// T9 — less common kinds, taken in turn: a vet's invoice (the consultation's date as the invoice date, the pet's
// birth date, the next booster vaccination due; the total), a hotel bill (arrival and departure, the bill dated
// the departure day; a US hotel's folio in dollars with month-first dates for English), and a car-hire agreement
// (the pick-up date and time is the agreement's date, the return ahead, the driver's licence issued and birth
// dates; the estimated total).
let rareTurn = 0;
const rare: Template = (r, lang) => {
  const k = turn(rareTurn++, 3);
  const x = randomDay(r);
  const person = r.pick(PEOPLE[lang]);
  const name = bare(person);
  if (k === 0) {
    const s = VET[lang];
    const pet = r.pick(["Bella", "Max", "Luna", "Oscar", "Milo", "Nala"]);
    const petDob = born(r, x.y - 14, x.y - 1);
    const booster = addDays({ y: x.y + 1, m: x.m, d: x.d }, -r.int(0, 7));
    const L = {
      en: { inv: "Invoice", date: "Date", pet: "Patient", dob: "DOB", items: [["Consultation", 48], ["Vaccination DHP + Lepto", 62], ["Flea and worm treatment", 24.5], ["Nail clip", 12]], tot: "Total inc. VAT", paid: "Paid by card — thank you", next: "Next vaccination due" },
      de: { inv: "Rechnung", date: "Datum", pet: "Patient", dob: "geb.", items: [["Allgemeine Untersuchung (GOT 1-fach)", 23.62], ["Impfung SHPPiL", 38.5], ["Entwurmung", 14.9], ["Krallen kürzen", 9.5]], tot: "Rechnungsbetrag inkl. MwSt.", paid: "Betrag dankend erhalten (EC)", next: "Nächste Impfung fällig am" },
      fr: { inv: "Facture", date: "Date", pet: "Animal", dob: "né le", items: [["Consultation", 42], ["Vaccin CHPPiL + rage", 68], ["Antiparasitaire", 26.9], ["Coupe des griffes", 10]], tot: "Total TTC", paid: "Réglé par CB", next: "Prochain rappel de vaccin le" },
      es: { inv: "Factura simplificada", date: "Fecha", pet: "Mascota", dob: "F. nac.", items: [["Consulta general", 35], ["Vacuna polivalente", 45], ["Desparasitación", 18], ["Corte de uñas", 8]], tot: "Total (IVA incl.)", paid: "Pagado con tarjeta", next: "Próxima vacuna" },
      it: { inv: "Fattura", date: "Data", pet: "Paziente", dob: "nato il", items: [["Visita clinica", 45], ["Vaccinazione annuale", 55], ["Antiparassitario", 22], ["Taglio unghie", 10]], tot: "Totale", paid: "Pagato con bancomat", next: "Prossimo richiamo vaccinale" },
      nl: { inv: "Factuur", date: "Datum", pet: "Patiënt", dob: "geb.", items: [["Consult", 39.5], ["Vaccinatie cocktail", 57], ["Ontworming", 19.95], ["Nagels knippen", 9]], tot: "Totaal incl. btw", paid: "Voldaan per pin", next: "Volgende vaccinatie" },
    }[lang];
    const picks = (L.items as [string, number][]).filter((_, i) => i === 0 || r.chance(0.5));
    const total = cents(picks.reduce((a, [, v]) => a + v, 0));
    const no = `${r.int(10000, 99999)}`;
    const style = r.int(0, 1);
    const w = 40;
    const lines = [
      s.name,
      s.addr,
      "",
      person,
      home(r, lang),
      "",
      ...(style === 0 ? [`${L.inv} ${no}`, `${L.date} ${dt(x, lang, r)}`] : [row([`${L.inv} ${no}`, num(x, lang)], 30)]),
      `${L.pet}: ${pet} (${r.pick({ en: ["dog", "cat"], de: ["Hund", "Katze"], fr: ["chien", "chat"], es: ["perro", "gato"], it: ["cane", "gatto"], nl: ["hond", "kat"] }[lang])}), ${L.dob} ${num(petDob, lang)}`,
      "",
      ...picks.map(([d, v]) => cols(d, money(v, lang, r), w)),
      cols(L.tot, money(total, lang, r), w),
      L.paid,
      "",
      `${L.next}: ${dt(booster, lang, r)}`,
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "vet-invoice", lang }, r, 0.25);
  }
  if (k === 1) {
    const s = HOTEL[lang];
    const us = lang === "en";
    const nights = r.int(1, 6);
    const arr = addDays(x, -nights);
    const rate = us ? r.int(189, 420) : r.int(79, 240);
    const room = cents(rate * nights);
    const taxes = us ? cents(room * 0.1495) : cents(nights * r.pick([1.5, 2.2, 3, 3.5]));
    const extras = r.chance(0.5) ? r.int(1200, 6400) / 100 : 0;
    const total = cents(room + taxes + extras);
    const L = {
      en: { title: "GUEST FOLIO", arr: "Arrival", dep: "Departure", room: "Room", rate: "Room charge", tax: "Occupancy tax 14.95%", ex: "Restaurant", tot: "Balance", paid: "AMEX XXXX-XXXXXX-X1008", date: "Folio date", guest: "Guest" },
      de: { title: "RECHNUNG", arr: "Anreise", dep: "Abreise", room: "Zimmer", rate: "Übernachtung mit Frühstück", tax: "Kurtaxe", ex: "Restaurant / Minibar", tot: "Gesamtbetrag", paid: "Bezahlt mit Mastercard", date: "Rechnungsdatum", guest: "Gast" },
      fr: { title: "FACTURE", arr: "Arrivée", dep: "Départ", room: "Chambre", rate: "Hébergement", tax: "Taxe de séjour", ex: "Petits-déjeuners", tot: "Total TTC", paid: "Réglé par carte Visa", date: "Date", guest: "Client" },
      es: { title: "FACTURA", arr: "Llegada", dep: "Salida", room: "Habitación", rate: "Alojamiento y desayuno", tax: "Impuesto de turismo sostenible", ex: "Bar / Restaurante", tot: "Total", paid: "Pagado con tarjeta", date: "Fecha", guest: "Huésped" },
      it: { title: "RICEVUTA FISCALE", arr: "Arrivo", dep: "Partenza", room: "Camera", rate: "Pernottamento e prima colazione", tax: "Imposta di soggiorno", ex: "Bar", tot: "Totale", paid: "Pagato con carta di credito", date: "Data", guest: "Ospite" },
      nl: { title: "NOTA", arr: "Aankomst", dep: "Vertrek", room: "Kamer", rate: "Logies", tax: "Toeristenbelasting", ex: "Restaurant", tot: "Totaal", paid: "Voldaan met creditcard", date: "Datum", guest: "Gast" },
    }[lang];
    const D = (d: Day) => (us ? usNum(d) : num(d, lang));
    const M = (v: number) => (us ? usd(v) : money(v, lang, r));
    const w = 40;
    const roomNo = `${r.int(1, 6)}${pad(r.int(1, 30))}`;
    const style = r.int(0, 1);
    const lines = [
      s.name,
      s.addr,
      "",
      L.title,
      ...(style === 0 ? [cols(L.date, us ? usLong(x, r) : dt(x, lang, r), 18)] : []),
      cols(L.guest, us ? bare(person) : name, 18),
      row([`${L.room} ${roomNo}`, `${L.arr} ${D(arr)}`, `${L.dep} ${D(x)}`], 18),
      "",
      ...Array.from({ length: nights }, (_, i) => row([D(addDays(arr, i)), L.rate.padEnd(30), us ? usd(rate) : bareAmt(rate, lang)], 13)),
      ...(extras ? [row([D(addDays(arr, r.int(0, nights - 1))), L.ex.padEnd(30), us ? usd(extras) : bareAmt(extras, lang)], 13)] : []),
      row([D(x), L.tax.padEnd(30), us ? usd(taxes) : bareAmt(taxes, lang)], 13),
      "",
      cols(L.tot, M(total), w),
      L.paid,
      ...(style === 1 ? [``, `${s.city}, ${us ? usLong(x, r) : dt(x, lang, r)}`] : []),
      s.foot,
    ];
    return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: { total: moneyLabel({ value: total, currency: us ? "USD" : "EUR" }) }, kind: us ? "us-hotel-folio" : "hotel-bill", lang }, r, 0.15);
  }
  const s = HIRE[lang];
  const back = addDays(x, r.int(2, 14));
  const days = Math.round((Date.UTC(back.y, back.m - 1, back.d) - Date.UTC(x.y, x.m - 1, x.d)) / 86400000);
  const lic = born(r, 1990, x.y - 1);
  const dob = born(r, 1950, 2000);
  const daily = r.int(25, 89);
  const extra = r.pick([0, 0, 15, 29.9]);
  const total = cents(daily * days + extra);
  const t1 = hm(r, 7, 18);
  const t2 = hm(r, 7, 18);
  const L = {
    en: { title: "RENTAL AGREEMENT", no: "Agreement no.", out: "Pick-up", in: "Return due", dr: "Driver", dob: "DOB", lic: "Licence issued", veh: "Vehicle: Ford Focus or similar", est: "Estimated total charges", dep: "A deposit of £250 will be held on your card." },
    de: { title: "MIETVERTRAG", no: "Vertragsnr.", out: "Übernahme", in: "Rückgabe", dr: "Fahrer", dob: "Geburtsdatum", lic: "Führerschein ausgestellt am", veh: "Fahrzeug: VW Polo oder ähnlich", est: "Voraussichtlicher Gesamtpreis", dep: "Kaution 300 € auf Kreditkarte reserviert." },
    fr: { title: "CONTRAT DE LOCATION", no: "Contrat n°", out: "Départ", in: "Retour prévu", dr: "Conducteur", dob: "Né(e) le", lic: "Permis délivré le", veh: "Véhicule : Renault Clio ou similaire", est: "Montant estimé TTC", dep: "Dépôt de garantie : 800 €." },
    es: { title: "CONTRATO DE ALQUILER", no: "Contrato n.º", out: "Recogida", in: "Devolución", dr: "Conductor", dob: "F. nacimiento", lic: "Permiso expedido el", veh: "Vehículo: Seat Arona o similar", est: "Importe total estimado", dep: "Fianza: 300 € bloqueados en tarjeta." },
    it: { title: "CONTRATTO DI NOLEGGIO", no: "Contratto n.", out: "Ritiro", in: "Riconsegna", dr: "Conducente", dob: "Data di nascita", lic: "Patente rilasciata il", veh: "Veicolo: Fiat 500 o similare", est: "Totale stimato", dep: "Deposito cauzionale: € 500." },
    nl: { title: "HUUROVEREENKOMST", no: "Overeenkomstnr.", out: "Ophalen", in: "Inleveren", dr: "Bestuurder", dob: "Geboortedatum", lic: "Rijbewijs afgegeven op", veh: "Voertuig: Opel Corsa of vergelijkbaar", est: "Geschat totaalbedrag", dep: "Borg € 300 op creditcard." },
  }[lang];
  const w = 30;
  const lines = [
    s.name,
    s.addr,
    "",
    L.title,
    cols(L.no, `${r.int(100000000, 999999999)}`, w),
    "",
    cols(L.out, `${num(x, lang)} ${t1} · ${s.city}`, w),
    cols(L.in, `${num(back, lang)} ${t2} · ${s.city}`, w),
    L.veh,
    "",
    cols(L.dr, name, w),
    cols(L.dob, num(dob, lang), w),
    cols(L.lic, num(lic, lang), w),
    "",
    cols(`${days} x ${bareAmt(daily, lang)}`, money(daily * days, lang, r), w),
    ...(extra ? [cols({ en: "Additional driver", de: "Zusatzfahrer", fr: "Conducteur additionnel", es: "Conductor adicional", it: "Guidatore aggiuntivo", nl: "Extra bestuurder" }[lang], money(extra, lang, r), w)] : []),
    cols(L.est, money(total, lang, r), w),
    L.dep,
    s.foot,
  ];
  return scanned({ text: lines.join("\n"), documentDate: isoDay(x), correspondent: s.name, fields: totalOf(total, lang), kind: "car-hire-agreement", lang }, r, 0.2);
};

// T10 — what a phone or a scanner app hands over without a printed date: a parking ticket or a bakery receipt
// photographed with its head cut off, a handwritten receipt for cash, a meter photo, dated only by the file name
// ("IMG_20250303_143210.jpg", "20250303_143210.jpg", "Screenshot_20250303-143210.png", "CamScanner 03-03-2025
// 14.32.pdf", "scan_2025-03-03.pdf"); and pages with no date at all (label null): a leaflet, a warranty card's
// conditions, a page of a manual, a shopping list, a menu. Taken in turn, half each.
let photoTurn = 0;
const photosAndScans: Template = (r, lang) => {
  const n = photoTurn++;
  const x = randomDay(r);
  if (turn(n, 2) === 0) {
    const texts: PerLang<string[]> = {
      en: ["2 x Sausage roll   2.70\nCoffee regular   2.35\nTOTAL   5.05\nCONTACTLESS   5.05", "Received from Mrs Walsh the sum of £60\nfor garden clearance\nwith thanks, D. Hughes", "Electric meter\n0 4 8 1 2 7 kWh"],
      de: ["Laugenbrezel 2x   1,80\nKaffee groß   2,90\nSUMME EUR   4,70\nBAR   5,00\nRÜCKGELD   0,30", "Quittung\n50 € für Rasenmähen erhalten\nDanke, J. Meier", "Wasserzähler 00412,7 m³"],
      fr: ["PAIN AUX CEREALES   2,40\nTARTE AUX POMMES   3,80\nTOTAL   6,20\nESPECES   10,00\nRENDU   3,80", "Reçu de M. Dubois la somme de 80 €\npour la taille de la haie\nP. Renaud", "Compteur gaz 03318 m3"],
      es: ["CAÑA   2,00\nTAPA TORTILLA   3,50\nTOTAL   5,50\nEFECTIVO   5,50", "Recibí de D. Pablo Ruiz 40 €\npor arreglo de persiana\nFdo. Antonio", "Contador agua 01122 m3"],
      it: ["FOCACCIA   2,50\nCAPPUCCINO   1,60\nTOTALE   4,10\nCONTANTI   5,00\nRESTO   0,90", "Ricevuto da Sig. Bianchi € 70\nper pulizia cantina\nGiorgio", "Contatore luce 018823 kWh"],
      nl: ["KROKET BROODJE   3,75\nKOFFIE   2,60\nTOTAAL   6,35\nPIN   6,35", "Ontvangen van dhr. De Jong € 45\nvoor snoeien heg\nK. Visser", "Gasmeter 04412,331 m3"],
    };
    const ymd = `${x.y}${pad(x.m)}${pad(x.d)}`;
    const hh = pad(r.int(7, 21)), mi = pad(r.int(0, 59)), ss = pad(r.int(0, 59));
    const shape = Math.floor(n / 2) % 5;
    const filename = [`IMG_${ymd}_${hh}${mi}${ss}.jpg`, `${ymd}_${hh}${mi}${ss}.jpg`, `Screenshot_${ymd}-${hh}${mi}${ss}.png`, `CamScanner ${pad(x.d)}-${pad(x.m)}-${x.y} ${hh}.${mi}.pdf`, `scan_${isoDay(x)}.pdf`][shape]!;
    return { text: r.pick(texts[lang]), filename, documentDate: isoDay(x), correspondent: null, kind: `filename-${["img-underscore", "samsung", "screenshot", "camscanner", "scan-iso"][shape]}`, lang };
  }
  const texts: PerLang<string[]> = {
    en: ["Warranty conditions\nThis product is guaranteed against defects for 2 years from the date of purchase.\nKeep your receipt as proof of purchase.", "Shopping list\nmilk, eggs, bin bags, birthday card for Gran", "Takeaway menu\nChicken tikka masala   9.50\nPilau rice   3.20\nNaan   2.80"],
    de: ["Garantiebedingungen\nDie Garantie beträgt 2 Jahre ab Kaufdatum.\nBitte bewahren Sie den Kaufbeleg auf.", "Einkaufsliste\nMilch, Eier, Müllbeutel, Geschenk für Oma", "Speisekarte\nSchnitzel Wiener Art   14,90\nKäsespätzle   11,50"],
    fr: ["Conditions de garantie\nCe produit est garanti 2 ans à compter de la date d'achat.\nConservez votre ticket de caisse.", "Liste de courses\nlait, œufs, sacs poubelle, carte d'anniversaire", "Menu du midi\nEntrée + plat   14,50\nPlat + dessert   14,50"],
    es: ["Condiciones de garantía\nEste producto tiene una garantía de 3 años desde la fecha de compra.\nConserve el ticket.", "Lista de la compra\nleche, huevos, bolsas de basura, regalo para la abuela", "Menú del día\nPrimero, segundo y postre   13,50"],
    it: ["Condizioni di garanzia\nIl prodotto è garantito 2 anni dalla data di acquisto.\nConservare lo scontrino.", "Lista della spesa\nlatte, uova, sacchetti, regalo per la nonna", "Menù pranzo\nPrimo + secondo   15,00\nCoperto   2,00"],
    nl: ["Garantievoorwaarden\nOp dit product zit 2 jaar garantie vanaf de aankoopdatum.\nBewaar uw kassabon.", "Boodschappenlijst\nmelk, eieren, vuilniszakken, kaart voor oma", "Lunchkaart\nTosti ham-kaas   5,50\nSoep van de dag   6,25"],
  };
  return { text: r.pick(texts[lang]), filename: r.pick(["IMG_4471.jpg", "scan001.pdf", "Dokument.pdf", "photo.jpeg", "page 3.pdf", "Unbenannt.pdf"]), documentDate: null, correspondent: null, kind: "undated-page", lang };
};

export const HELDOUT7_TEMPLATES: Template[] = [receipts, utilityBills, statements, letters, insurance, invoices, contracts, taxAndPay, rare, photosAndScans];
export const heldout7Langs = (): Lang[] => ALL;
