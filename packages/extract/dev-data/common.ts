// Shared pieces of the fields dev set generator (issue 17): a seeded random source, senders and people per
// language, month names, money formatting and OCR-like noise. The halves (dev-a.ts … dev-e.ts, heldout.ts) write
// their own layouts and phrasing on top of these.

export type Lang = "en" | "de" | "fr" | "es" | "it" | "nl";
export const LANGS: Lang[] = ["en", "de", "fr", "es", "it", "nl"];

export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface LabelledDoc {
  text: string;
  filename?: string;
  documentDate: string | null;
  correspondent?: string | null;
  fields?: { total?: string | null };
  /** Not read by the eval: where the document came from, for reading misses. */
  kind: string;
  lang: Lang;
}

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
export type Rng = ReturnType<typeof rng>;

/** One document of a half, in a language (the held-out halves' templates). */
export type Template = (r: Rng, lang: Lang) => LabelledDoc;
export type PerLang<T> = Record<Lang, T>;
/** The currency of the held-out halves' senders: pounds in English, euros elsewhere. */
export const CUR = (lang: Lang) => (lang === "en" ? "GBP" : "EUR");
/** The standard VAT rate of each language's country. */
export const VAT: PerLang<number> = { en: 20, de: 19, fr: 20, es: 21, it: 22, nl: 21 };
/** A sender: name, address line, footer (registrations) and the city it dates its letters in. */
export interface Org {
  name: string;
  addr: string;
  foot: string;
  city: string;
}
export const org = (name: string, addr: string, foot: string, city: string): Org => ({ name, addr, foot, city });
/** An English ordinal day: 1st, 2nd, 3rd, 11th, 22nd. */
export const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

export const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const isoDay = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

const DAYS_IN = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day from 2023-01-01 to 2026-10-31 (the eval runs with today's clock; future dates are never a document's). */
export function randomDay(r: Rng, from = 2023, toYear = 2026): Day {
  const y = r.int(from, toYear);
  const m = r.int(1, y === 2026 ? 10 : 12);
  return { y, m, d: r.int(1, DAYS_IN(y, m)) };
}

export function addDays(x: Day, n: number): Day {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const MONTHS: Record<Lang, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
};

export const MONTHS_ABBR: Record<Lang, string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  de: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  es: ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
  it: ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
  nl: ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
};

export const WEEKDAYS: Record<Lang, string[]> = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  it: ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
  nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
};
/** The day of the week, 0 = Sunday. */
export const dow = (x: Day) => new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
export const weekday = (x: Day, lang: Lang) => WEEKDAYS[lang][dow(x)]!;

export interface Sender {
  name: string;
  street: string;
  city: string;
  reg: string;
  phone: string;
}

export const SENDERS: Record<Lang, Sender[]> = {
  en: [
    { name: "Northwind Energy Ltd", street: "14 Harbour Road", city: "Bristol BS1 5TT", reg: "Registered in England No. 04412378 · VAT GB 298 1127 44", phone: "+44 117 496 0321" },
    { name: "Maple & Finch Solicitors", street: "2 Chancery Lane", city: "London WC2A 1LS", reg: "Authorised and regulated by the SRA (No. 612093)", phone: "+44 20 7946 0888" },
    { name: "Harbor Health Partners", street: "1200 Lakeshore Dr, Suite 300", city: "Chicago, IL 60611", reg: "EIN 36-4172290", phone: "(312) 555-0142" },
    { name: "Crescent Mobile", street: "PO Box 311", city: "Manchester M60 2RB", reg: "Crescent Mobile is a trading name of Crescent Telecom plc, reg. no. 06671224", phone: "0333 014 2200" },
    { name: "Summit Home Insurance", street: "88 Pine Street", city: "Denver, CO 80202", reg: "NAIC 10472", phone: "1-800-555-0199" },
    { name: "Greenfield Building Society", street: "Greenfield House, Station Approach", city: "Leeds LS1 4DY", reg: "Authorised by the PRA, FRN 156032", phone: "0113 496 0700" },
    { name: "Oak Street Dental", street: "415 Oak Street", city: "Portland, OR 97204", reg: "Lic. DDS 20871", phone: "(503) 555-0188" },
    { name: "Tesco Stores Ltd", street: "Baldock Street", city: "Ware SG12 9DT", reg: "VAT No. GB 220 4302 31", phone: "0800 505 555" },
  ],
  de: [
    { name: "Stadtwerke Lindenau GmbH", street: "Bahnhofstraße 12", city: "04177 Leipzig", reg: "Amtsgericht Leipzig HRB 28811 · USt-IdNr. DE 812 334 119", phone: "0341 555 1200" },
    { name: "Allgemeine Versicherung AG", street: "Königsallee 60", city: "40212 Düsseldorf", reg: "Sitz Düsseldorf, HRB 44102, Vorstand: Dr. M. Kranz", phone: "0211 909 4400" },
    { name: "Praxis Dr. med. Anna Hoffmann", street: "Lindenstraße 4", city: "80331 München", reg: "Steuernummer 143/226/50112", phone: "089 233 4567" },
    { name: "Sparkasse Rheinland", street: "Am Markt 1", city: "50667 Köln", reg: "BLZ 370 501 98 · HRA 1201", phone: "0221 226 0" },
    { name: "Telekabel Nord GmbH", street: "Überseering 5", city: "22297 Hamburg", reg: "Registergericht Hamburg HRB 99812", phone: "040 3344 9000" },
    { name: "Finanzamt Charlottenburg", street: "Bismarckstraße 48", city: "10627 Berlin", reg: "Steuernummer bitte stets angeben", phone: "030 9024 0" },
    { name: "Hausverwaltung Berger & Söhne", street: "Kastanienallee 77", city: "10435 Berlin", reg: "HRA 40117 B, Inh. Klaus Berger", phone: "030 448 2210" },
    { name: "dm-drogerie markt", street: "Hauptstraße 101", city: "69117 Heidelberg", reg: "St.-Nr. 35010/12345", phone: "0800 365 8633" },
  ],
  fr: [
    { name: "Électricité du Val SA", street: "12 rue de la République", city: "69002 Lyon", reg: "SA au capital de 1 200 000 € · RCS Lyon 552 081 317 · SIRET 552 081 317 00024", phone: "04 72 10 20 30" },
    { name: "Mutuelle Horizon", street: "45 avenue Foch", city: "75116 Paris", reg: "Mutuelle régie par le Code de la mutualité, SIREN 775 671 356", phone: "01 44 55 66 77" },
    { name: "Cabinet Martin & Associés", street: "8 place Bellecour", city: "69002 Lyon", reg: "Avocats au Barreau de Lyon · SIRET 812 445 001 00017", phone: "04 78 42 11 09" },
    { name: "Banque Populaire du Nord", street: "3 rue Nationale", city: "59000 Lille", reg: "RCS Lille 456 504 851 · ORIAS 07 008 441", phone: "03 20 12 34 56" },
    { name: "Orangina Télécom", street: "78 rue Olivier de Serres", city: "75015 Paris", reg: "SA au capital de 10 595 541 532 € · RCS Paris 380 129 866", phone: "39 00" },
    { name: "Carrefour Market", street: "Centre commercial Les Arcades", city: "93160 Noisy-le-Grand", reg: "SIRET 451 321 335 00123", phone: "01 49 32 00 00" },
  ],
  es: [
    { name: "Iberluz Energía S.A.", street: "Calle de Alcalá 120", city: "28009 Madrid", reg: "CIF A-81948077 · Inscrita en el R.M. de Madrid, Tomo 2.341", phone: "900 100 251" },
    { name: "Seguros La Estrella", street: "Paseo de Gracia 21", city: "08007 Barcelona", reg: "NIF A-28012345", phone: "93 484 00 00" },
    { name: "Clínica Dental Sonrisa", street: "Avenida de la Constitución 8", city: "41001 Sevilla", reg: "CIF B-91234567", phone: "954 22 33 44" },
    { name: "Banco Mediterráneo", street: "Plaza del Ayuntamiento 5", city: "46002 Valencia", reg: "Registro Mercantil de Valencia, Hoja V-1234 · CIF A-46000123", phone: "963 00 11 22" },
    { name: "Ayuntamiento de Zaragoza", street: "Plaza del Pilar 18", city: "50003 Zaragoza", reg: "NIF P-5030300-G", phone: "976 72 11 00" },
    { name: "Mercadona S.A.", street: "Calle Valencia 5", city: "46016 Tavernes Blanques", reg: "CIF A-46103834", phone: "800 500 220" },
  ],
  it: [
    { name: "Enerpiù S.p.A.", street: "Via Torino 45", city: "20123 Milano", reg: "P.IVA 06655971007 · REA MI-1923456 · Capitale sociale € 50.000.000 i.v.", phone: "800 900 860" },
    { name: "Assicurazioni Serene", street: "Corso Vittorio Emanuele 22", city: "10121 Torino", reg: "Iscritta all'Albo IVASS n. 1.00045 · P.IVA 01234560018", phone: "011 555 7788" },
    { name: "Studio Legale Rossi", street: "Via dei Coronari 14", city: "00186 Roma", reg: "C.F. RSSMRC70A01H501Z · P.IVA 09876540588", phone: "06 6880 1122" },
    { name: "Banca del Lario", street: "Piazza Cavour 3", city: "22100 Como", reg: "ABI 05034 · Iscritta all'Albo delle Banche", phone: "031 277 111" },
    { name: "Comune di Bologna", street: "Piazza Maggiore 6", city: "40124 Bologna", reg: "C.F. 01232710374", phone: "051 219 3111" },
    { name: "Farmacia Centrale", street: "Via Roma 1", city: "50123 Firenze", reg: "P.IVA 04455660481", phone: "055 211 343" },
  ],
  nl: [
    { name: "Energie Delta B.V.", street: "Stationsplein 10", city: "3511 ED Utrecht", reg: "KvK 30125432 · btw NL8123.45.678.B01", phone: "030 234 5000" },
    { name: "Zorgverzekeraar Zilveren Kruis", street: "Postbus 444", city: "2740 AK Waddinxveen", reg: "KvK 30208634", phone: "071 751 0052" },
    { name: "Gemeente Haarlem", street: "Grote Markt 2", city: "2011 RD Haarlem", reg: "Belastingen en heffingen", phone: "14 023" },
    { name: "Advocatenkantoor De Vries", street: "Keizersgracht 312", city: "1016 EX Amsterdam", reg: "KvK 34098761 · BTW NL 0012.34.567.B01", phone: "020 623 4411" },
    { name: "ING Bank N.V.", street: "Bijlmerdreef 106", city: "1102 CT Amsterdam", reg: "KvK 33031431", phone: "020 22 888 00" },
    { name: "Albert Heijn", street: "Kalverstraat 226", city: "1012 XE Amsterdam", reg: "KvK 35012085", phone: "0800 0305" },
  ],
};

export const PEOPLE: Record<Lang, string[]> = {
  en: ["Mr James Carter", "Ms Olivia Bennett", "Dr Priya Shah", "Mr Daniel O'Neill", "Mrs Helen Walsh", "Ms Emily Chen"],
  de: ["Herrn Thomas Müller", "Frau Sabine Krüger", "Herrn Dr. Jan Schulte", "Frau Lena Wagner", "Herrn Peter Braun"],
  fr: ["M. Julien Dubois", "Mme Claire Lefèvre", "M. Antoine Moreau", "Mme Sophie Laurent", "Mme Camille Girard"],
  es: ["D. Javier García López", "Dña. María Fernández", "D. Pablo Ruiz Martín", "Dña. Lucía Sánchez"],
  it: ["Sig. Marco Bianchi", "Sig.ra Giulia Esposito", "Dott. Luca Romano", "Sig.ra Francesca Greco"],
  nl: ["Dhr. J. de Jong", "Mevr. S. Jansen", "Dhr. P. van Dijk", "Mevr. L. Bakker"],
};

export const STREETS: Record<Lang, string[]> = {
  en: ["27 Elm Grove\nReading RG1 7QP", "9 Victoria Terrace\nEdinburgh EH1 2JL", "350 W 42nd St Apt 5B\nNew York, NY 10036"],
  de: ["Goethestraße 17\n60313 Frankfurt am Main", "Am Stadtpark 3\n90409 Nürnberg", "Rosenweg 8\n01067 Dresden"],
  fr: ["17 rue Victor Hugo\n33000 Bordeaux", "5 allée des Tilleuls\n44000 Nantes", "22 boulevard Voltaire\n75011 Paris"],
  es: ["Calle Mayor 14, 3º B\n28013 Madrid", "Avenida del Puerto 77\n46021 Valencia", "Calle Sierpes 9\n41004 Sevilla"],
  it: ["Via Garibaldi 21\n16124 Genova", "Corso Buenos Aires 5\n20124 Milano", "Via Nazionale 88\n00184 Roma"],
  nl: ["Prinsengracht 101\n1015 DR Amsterdam", "Lange Voorhout 4\n2514 EA Den Haag", "Vismarkt 12\n9711 KS Groningen"],
};

export interface Money {
  value: number;
  currency: string;
}
export const moneyLabel = (m: Money) => `${m.value.toFixed(2)} ${m.currency}`;

/** 1234.5 → "1.234,50" / "1,234.50" / "1 234,50" / "1234,50" / "1'234.50". */
export function amount(v: number, style: "de" | "en" | "fr" | "plain-comma" | "plain-dot" | "ch"): string {
  const [int, dec] = v.toFixed(2).split(".") as [string, string];
  const group = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case "de":
      return `${group(".")},${dec}`;
    case "en":
      return `${group(",")}.${dec}`;
    case "fr":
      return `${group(" ")},${dec}`;
    case "plain-comma":
      return `${int},${dec}`;
    case "plain-dot":
      return `${int}.${dec}`;
    case "ch":
      return `${group("'")}.${dec}`;
  }
}

/** OCR-like damage to letters only (digits stay): l/1, O/0 in words, rn/m, dropped spaces, stray marks. */
export function ocrNoise(text: string, r: Rng, rate = 0.04): string {
  return text
    .split("\n")
    .map((line) =>
      line.replace(/[A-Za-zÀ-ÿ]{4,}/g, (w) => {
        if (!r.chance(rate * 4)) return w;
        const i = r.int(1, w.length - 2);
        const c = w[i]!;
        const swap: Record<string, string> = { l: "1", i: "l", o: "0", e: "c", m: "rn", n: "ri", a: "o", s: "5", u: "v", t: "f" };
        return w.slice(0, i) + (swap[c] ?? c + c) + w.slice(i + 1);
      }),
    )
    .map((line) => (r.chance(rate) ? `${line} ${r.pick(["|", "'", ".", "~", "‚"])}` : line))
    .join("\n");
}

// ---------- helpers the held-out generators share (heldout4 … heldout12) ----------

export const cents = (v: number) => Math.round(v * 100) / 100;
export const sum = (xs: number[]) => cents(xs.reduce((a, b) => a + b, 0));
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const monthEnd = (x: Day): Day => ({ y: x.y, m: x.m, d: lastDay(x.y, x.m) });
export const addMonths = (x: Day, n: number): Day => {
  const m0 = x.m - 1 + n;
  const y = x.y + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  return { y, m, d: Math.min(x.d, lastDay(y, m)) };
};
export const firstOf = (x: Day): Day => ({ y: x.y, m: x.m, d: 1 });
/** The next working day (Monday to Friday) on or after a day. */
export const workday = (x: Day): Day => (dow(x) === 6 ? addDays(x, 2) : dow(x) === 0 ? addDays(x, 1) : x);
export const bare = (p: string) => p.replace(/^(Mr|Ms|Mrs|Dr|Herrn|Frau|M\.|Mme|D\.|Dña\.|Sig\.ra|Sig\.|Dott\.|Dhr\.|Mevr\.)\s+/, "");
/** A bare amount for a table column (no currency sign). */
export const bareAmt = (v: number, lang: Lang) => amount(v, lang === "en" ? "en" : lang === "fr" ? "fr" : "de");
export const cols = (left: string, right: string, width = 40) => `${left.length >= width ? `${left}  ` : left.padEnd(width)}${right}`;
/** The numeric form a till or a system prints. */
export const num = (x: Day, lang: Lang) => (lang === "de" ? `${pad(x.d)}.${pad(x.m)}.${x.y}` : lang === "nl" ? `${pad(x.d)}-${pad(x.m)}-${x.y}` : `${pad(x.d)}/${pad(x.m)}/${x.y}`);
/** The same with a two-digit year, as tills print it. */
export const num2 = (x: Day, lang: Lang) => (lang === "de" ? `${pad(x.d)}.${pad(x.m)}.${String(x.y).slice(2)}` : lang === "nl" ? `${pad(x.d)}-${pad(x.m)}-${String(x.y).slice(2)}` : `${pad(x.d)}/${pad(x.m)}/${String(x.y).slice(2)}`);
/** A day and month without a year, as an appointment card prints it. */
export const dayMonth = (x: Day, lang: Lang) => (lang === "de" ? `${pad(x.d)}.${pad(x.m)}.` : lang === "nl" ? `${pad(x.d)}-${pad(x.m)}` : `${pad(x.d)}/${pad(x.m)}`);
/** US senders: month first. */
export const usNum = (x: Day) => `${pad(x.m)}/${pad(x.d)}/${x.y}`;
export const usd = (v: number) => `$${amount(v, "en")}`;
export const hm = (r: Rng, from = 8, to = 19) => `${pad(r.int(from, to))}:${pad(r.int(0, 59))}`;
/** A home address in the sender's country (the shared English list holds a New York one too). */
export const home = (r: Rng, lang: Lang) => r.pick(STREETS[lang].filter((a) => !a.includes(", NY ")));
export const totalOf = (v: number, lang: Lang) => ({ total: moneyLabel({ value: cents(v), currency: CUR(lang) }) });
export const usTotal = (v: number) => ({ total: moneyLabel({ value: cents(v), currency: "USD" }) });
/** Rotates a template's kinds so that every language gets each of them over the three rounds. */
export const turn = (n: number, k: number) => (n + Math.floor(n / 6)) % k;

/** A document read from a scan: with chance `p`, its text gets OCR noise at `rate` and its kind the "-ocr" mark. */
export const scannedAt =
  (p: number, rate: number) =>
  (doc: LabelledDoc, r: Rng, chance = p): LabelledDoc =>
    r.chance(chance) ? { ...doc, text: ocrNoise(doc.text, r, rate), kind: `${doc.kind}-ocr` } : doc;
/** A time on the quarter hour between `from` and `to` o'clock. */
export const slot = (r: Rng, from: number, to: number) => `${pad(r.int(from, to))}:${r.pick(["00", "15", "30", "45"])}`;
/** A clock time as French ("14h30") and Dutch ("14.30") documents print it. */
export const frTime = (t: string, lang: Lang) => (lang === "fr" ? t.replace(":", "h") : lang === "nl" ? t.replace(":", ".") : t);
export type Item = [string, number];
/** Some items of a list, at least one. */
export const some = <T>(r: Rng, xs: readonly T[], p = 0.45): T[] => {
  const picks = xs.filter(() => r.chance(p));
  return picks.length ? picks : [xs[r.int(0, xs.length - 1)]!];
};
