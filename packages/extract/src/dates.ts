// The document's own date (the letter's or the invoice's, not the upload's), found in its text offline with
// chrono-node's English, German, French, Spanish, Italian and Dutch parsers (issue 17). Dates near the top and
// after words such as "Date", "Datum", "Invoice date", a place ("Paris, le") or "Issued in … on" win, and labels
// naming the document's own date ("Rechnungsdatum", "date of issue", "Ort, Datum") outrank a bare "Date"; due
// dates, birth dates, validity ends, deliveries, earlier letters and meetings, labels of another event (order,
// prescription, start, journey, first registration) and both ends of a period lose — unless a period is the best
// there is (a statement that prints no date of its own), which is then dated by its end;
// dates in the future or before 1900 are never taken. All-numeric dates (03/04/2026) are read in the order
// the caller gives, or the one the document's own unambiguous dates show, or the language's usual one.
import { de, en, es, fr, it, nl, type Chrono, type ParsedResult } from "chrono-node";

export type DateOrder = "DMY" | "MDY" | "YMD";

export interface DocumentDate {
  /** YYYY-MM-DD */
  date: string;
  source: "text" | "filename";
  /** The words it was read from. */
  quote: string;
}

export interface FindDateOptions {
  /** How to read 03/04/2026; unset: the document's own unambiguous dates decide, else `defaultOrder`. */
  order?: DateOrder;
  defaultOrder?: DateOrder;
  filename?: string;
  /** Dates (YYYY-MM-DD) never taken: a company's founding date printed on every letter, say. */
  ignore?: readonly string[];
  now?: Date;
}

/** Only the start of a document is read: the date a letter is about sits near its top. */
export const READ_CHARS = 6000;
const NEAR = 40;

/** Word edges in any script (JavaScript's \b knows ASCII only: "né" never ended a word). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const words = (list: string[]) => `${START}(?:${list.join("|")})${END}`;

const LABEL = new RegExp(
  `${words(["date", "dated", "\\p{L}*datum", "rechnungsdatum", "belegdatum", "ausgestellt", "fecha", "data", "le", "den", "invoice date", "date de facture", "fecha de factura", "data fattura", "factuurdatum", "dagtekening"])}\\s*:?\\s*$`,
  "iu",
);
/**
 * "Date of purchase:", "Date d'envoi:", "Fecha de reserva:", "Data prenotazione:", "Datum overzicht:", "Bill date:": a
 * date label naming what it dates. The lists of the document's own events and of other events decide what it is;
 * named by neither, it counts half a label (a bare "Date" or a letter's place-and-date line outranks it).
 */
const DATE_OF_WHAT = `${words(["date", "datum", "fecha", "data"])}[ \\t]+(?:(?:of|de|du|del|della|di|van|der|des)[ \\t]+|d'|dell')?(?:la[ \\t]+|l')?\\p{L}[\\p{L}'-]*(?:[ \\t]\\p{L}[\\p{L}'-]*)?`;
const NAMED_LABEL = new RegExp(`${DATE_OF_WHAT}[ \\t]*:[ \\t]*$|${START}\\p{L}{3,}[ \\t]+date[ \\t]*:?[ \\t]*$`, "iu");
/**
 * The key of a form's key/value line ("Date of assessment          12 March 2026", "Data revisione    01/01/2023
 * alle 10.43"): a named date label without a colon, the gap standing for it. It names its value, so the value is
 * not "a date standing alone" (a letter's date at the right).
 */
const NAMED_KEY = new RegExp(`(?:${DATE_OF_WHAT}|${START}\\p{L}{3,}[ \\t]+date)[ \\t]{2,}$`, "iu");
/**
 * Labels that name the document's own date, stronger than a bare "Date": the invoice's or the letter's date,
 * the date of issue, and the "Place, date" field a form is signed in ("Ort, Datum: Hamburg, 12.03.2026").
 */
const STRONG_LABEL = new RegExp(
  `${words([
    "invoice date",
    "date of invoice",
    "date of issue",
    "issue date",
    "date issued",
    "document date",
    "letter date",
    "date of letter",
    "rechnungsdatum",
    "belegdatum",
    "ausstellungsdatum",
    "ausgestellt am",
    "datum der rechnung",
    "datum des schreibens",
    "briefdatum",
    "date de (?:la )?facture",
    "date de facturation",
    "date d'émission",
    "date d'édition",
    "date du document",
    "fecha de (?:la )?factura",
    "fecha factura",
    "fecha de emisión",
    "fecha de expedición",
    "fecha del documento",
    "data (?:della )?fattura",
    "data emissione",
    "data di emissione",
    "data documento",
    "data del documento",
    "factuurdatum",
    "notadatum",
    "datum factuur",
    "documentdatum",
    "dagtekening",
    "datum van uitgifte",
    "uitgiftedatum",
    // a certificate's or a report's own date, and its delivery to the person it certifies
    "date of (?:the )?(?:certificate|report)",
    "(?:certificate|report) date",
    "date d'établissement",
    "date de délivrance",
    "délivrée? le",
    "fecha del (?:certificado|informe)",
    "data (?:del )?(?:certificato|rapporto)",
    "data (?:di )?rilascio",
    "rilasciat[oa] il",
    "afgiftedatum",
    "datum (?:van het )?(?:certificaat|rapport)",
    // a payslip's or a payment's day: the pay date, not the period it covers or the employee's start
    "pay date",
    "payment date",
    "date of payment",
    "paid on",
    "zahltag",
    "auszahlungsdatum",
    "auszahlung am",
    "zahlungsdatum",
    "date de (?:paiement|paie)",
    "payé le",
    "fecha de pago",
    "pagado el",
    "data (?:di |del )?pagamento",
    "pagato il",
    "betaaldatum",
    "uitbetalingsdatum",
    "datum (?:van )?uitbetaling",
    "uitbetaald op",
    // a label naming the event the document itself records: its sending, a purchase, a booking, a notice
    "date of (?:the )?(?:purchase|sale|booking|reservation|notice|sending|dispatch)",
    "(?:purchase|sale|booking|reservation|notice|statement|bill) date",
    "kaufdatum",
    "verkaufsdatum",
    "datum des kaufs",
    "date d'envoi",
    "date d'achat",
    "date de (?:la )?(?:réservation|vente|l'avis)",
    "date du relevé",
    // a statement's closing day ("Date d'arrêté", "Fecha de corte")
    "statement closing date",
    "date d'arrêté",
    "arrêté (?:au|le)",
    "abschlussdatum",
    "fecha de (?:cierre|corte)",
    "data (?:di )?chiusura",
    "afsluitdatum",
    "fecha de(?:l)? (?:envío|compra|reserva|venta|aviso)",
    "data (?:di |dell'|della )?(?:invio|acquisto|prenotazione|vendita|avviso)",
    "aankoopdatum",
    "verzenddatum",
    "reserveringsdatum",
    "datum (?:van )?(?:aankoop|verzending|reservering|verkoop)",
    // the document's own making: created, generated or produced (a statement's or certificate's foot line)
    "(?:created|generated|produced)(?: on)?",
    "date created",
    "creation date",
    "erstellt(?: am)?",
    "erstellungsdatum",
    "(?:créé|généré|édité)(?:e)? le",
    "date de création",
    "(?:creado|generado|elaborado|emitido) el",
    "fecha de creación",
    "(?:creato|generato|elaborato) il",
    "data (?:di )?creazione",
    "(?:aangemaakt|gemaakt|gegenereerd) op",
    "aanmaakdatum",
    // a letter typed after it was dictated ("Dictated 19.12. / typed 24.12."): the typing dates it
    "typed",
    "transcribed",
    "geschrieben",
    "frappé le",
    "dactylographié le",
    "transcrito",
    "mecanografiado",
    "trascritto",
    "dattiloscritto",
    "uitgewerkt",
    "getypt",
  ])}\\s*:?\\s*$|${words(["place", "ort", "lieu", "lugar", "luogo", "plaats"])}\\s*(?:,|/|and|und|et|y|e|en)\\s*${words(["date", "datum", "fecha", "data"])}\\s*:?\\s*(?:\\p{Lu}[\\p{L}.' -]{1,30},?\\s*)?$`,
  "iu",
);
/**
 * The visit or intervention a report records ("Date de passage", "durchgeführt am", "Fecha de visita"): a strong
 * label of the report's own date unless another date of the document has a label of its issue; a certificate
 * issued days after the assessor's visit is dated by its issue (round 9: energy certificates).
 */
const VISIT_LABEL = new RegExp(
  `${words([
    "date of (?:the )?(?:visit|intervention)",
    "visit date",
    "besuchsdatum",
    "datum des besuchs",
    "date de (?:la )?visite",
    "date d'intervention",
    "date de passage",
    "durchgeführt am",
    "date de (?:l')?intervention",
    "fecha de (?:la )?(?:visita|intervención)",
    "data (?:della )?visita",
    "data (?:dell')?intervento",
    "datum (?:van (?:het )?)?bezoek",
    "bezoekdatum",
  ])}\\s*:?\\s*$`,
  "iu",
);
/**
 * Compound labels that name another event than the document's own: an order, a prescription, a start, a
 * journey, a first registration, a birth. "Bestelldatum", "date de commande" carry a label word and lose.
 */
const OTHER_EVENT = new RegExp(
  `${words([
    "order date",
    "date of order",
    "ordered",
    "order of",
    "your order",
    "bestelldatum",
    "bestellt am",
    "bestellung vom",
    "auftragsdatum",
    "auftrag vom",
    "date de (?:la )?commande",
    "commandé le",
    "commande du",
    "fecha de(?:l)? pedido",
    "pedido del?",
    "data (?:dell')?ordine",
    "ordine del",
    "besteldatum",
    "bestelling van",
    "prescription",
    "prescribed",
    "rezept",
    "verordnung",
    "verordnet",
    "ordonnance",
    "prescrit",
    "receta",
    "prescripción",
    "ricetta",
    "prescrizione",
    "recept",
    "voorschrift",
    "start",
    "start date",
    "starting",
    "commencement",
    "beginn",
    "vertragsbeginn",
    "\\p{L}+beginn",
    "incorporación",
    // the first lesson, class or session of a course or a treatment that the document books
    "(?:first|erste[nrs]?|premi(?:er|ère)|primer[oa]?|prim[oa]|eerste) (?:lesson|class|session|unterrichtsstunde|stunde|kursstunde|sitzung|cours|séance|leçon|clase|sesión|lección|lezione|sessione|les|sessie)",
    "eintritt",
    "eintrittsdatum",
    "date de début",
    "début",
    "date d'effet",
    "fecha de alta",
    "fecha de inicio",
    "inicio",
    "data (?:di )?inizio",
    "inizio",
    "decorrenza",
    "ingangsdatum",
    "startdatum",
    "begindatum",
    "ingang",
    "journey",
    "travel date",
    "date of travel",
    "reisedatum",
    "abfahrt",
    "date du voyage",
    "date de départ",
    "fecha de(?:l)? viaje",
    "data (?:del )?viaggio",
    "reisdatum",
    "first registered",
    "first registration",
    "erstzulassung",
    "mise en circulation",
    "immatriculation",
    "matriculación",
    "immatricolazione",
    "eerste toelating",
    "naissance",
    // since when a state holds: living at an address, a membership ("depuis le", "Residente dal", "Einzugsdatum")
    "since",
    "seit",
    "depuis",
    // (a bare "dal" or "desde" opens a period: "Movimenti dal 14/07/2024 al 12/08/2024")
    "(?:residente|domiciliat[oa]|abitante|iscritt[oa])(?: [\\p{L}']+){0,3} dal",
    "(?:residente|domiciliad[oa]|empadronad[oa]|inscrit[oa])(?: [\\p{L}]+){0,3} desde(?: el)?",
    "sinds",
    "einzug\\p{L}*",
    "zugezogen",
    "moved in",
    "move-in(?: date)?",
    "aanvang\\p{L}*",
    // a licence's or a passport's issue, printed on the agreement it is shown for ("Licence issued 18/05/2009")
    "(?:(?:driving )?licen[cs]e|führerschein|permis(?: de conduire)?|patente|permiso(?: de conducir)?|carnet(?: de conducir)?|rijbewijs|passport|reisepass|personalausweis|passeport|pasaporte|passaporto|paspoort|id card|carte d'identité|dni|carta d'identità|identiteitskaart)[^\\n]{0,30}(?:issued|ausgestellt|délivrée?|expedid[oa]|emitid[oa]|rilasciat[oa]|afgegeven)(?: am| le| el| il| op| on)?",
    // an employee's start: hired, employed since, seniority counted from
    "employment start",
    "date of (?:joining|employment|hire)",
    "hire date",
    "hired",
    "joined",
    "betriebszugehörigkeit",
    "date d'embauche",
    "embauchée? le",
    "ancienneté",
    "antigüedad",
    "assunzione",
    "assunt[oa] il",
    "anzianità",
    "in dienst",
    "indiensttreding",
    // a stay in hospital: admission and discharge (a letter about it is dated when it is written or typed)
    "admitted",
    "admission",
    "discharged",
    "discharge",
    "aufnahme",
    "aufgenommen",
    "entlassung",
    "entlassen",
    "entrée",
    "sortie",
    "ingreso",
    "alta",
    "ricovero",
    "ricoverato(?:/a)?",
    "dimissione",
    "dimesso(?:/a)?",
    "opname",
    "opgenomen",
    "ontslag",
    "ontslagen",
    // a gift or a donation paid before the receipt for it
    "gift",
    "donation",
    "don",
    "versement",
    "spende",
    "zuwendung",
    "donativo",
    "donación",
    "donazione",
    "versamento",
    "erogazione",
    "schenking",
    "donatie",
    // a product's manufacture
    "manufactured",
    "date of manufacture",
    "manufacturing date",
    "production date",
    "herstelldatum",
    "hergestellt",
    "herstellung",
    "produktionsdatum",
    "fabrication",
    "fabriqué",
    "fabricación",
    "fabricado",
    "fabbricazione",
    "produzione",
    "prodotto il",
    "productiedatum",
    "geproduceerd",
    // an appliance's installation
    "installed",
    "installation",
    "eingebaut",
    "installiert",
    "installée?(?: le)?",
    "mise en service",
    "instalad[oa]",
    "instalación",
    "installat[oa]",
    "installazione",
    "geïnstalleerd",
    // the legs of a journey
    "outbound",
    "return",
    "inbound",
    "flight",
    "hinfahrt",
    "rückfahrt",
    "hinreise",
    "rückreise",
    "hinflug",
    "rückflug",
    "flug",
    "aller",
    "retour",
    "vol",
    "ida",
    "vuelta",
    "vuelo",
    "andata",
    "ritorno",
    "volo",
    "heenreis",
    "terugreis",
    "heen",
    "terug",
    "vlucht",
    // an event the document sells or announces
    "performance",
    "event",
    "veranstaltung\\p{L}*",
    "aufführung",
    "konzert",
    "représentation",
    "spectacle",
    "concert",
    "función",
    "espectáculo",
    "evento",
    "spettacolo",
    "voorstelling",
    // meter readings
    "reading",
    "last reading",
    "ablesung",
    "zählerstand",
    "relevé (?:du|de) compteur",
    "dernier relevé",
    "lectura",
    "lettura",
    "meterstand",
    // an examination the document reports on
    "examined",
    "examination",
    "untersucht",
    "untersuchung",
    "examiné(?:\\(e\\))?",
    "reconocido(?:/a)?",
    "visitato(?:/a)?",
    "onderzocht",
    // an agreement signed or accepted before the document
    "(?:agreement|contract|\\p{L}*vertrag|contrat|offre(?: de prêt)?|contrato|contratto|\\p{L}*overeenkomst)[ \\t]+(?:was[ \\t]+)?(?:signed|accepted|concluded|dated|unterzeichnet|geschlossen|angenommen|vom|signée?|acceptée?|conclue?|du|firmado|aceptad[oa]|del?|sottoscritto|firmato|accettat[oa]|getekend|gesloten|aanvaard|van)",
  ])}[^\\n]{0,25}[ \\t]*$`,
  "iu",
);
/** "Invoice 2025-042 of", "Rechnung Nr. 17 vom", "Facture n° 12 du": the document's own number, then its date. */
const OWN_NUMBER = new RegExp(`${words(["invoice", "bill", "rechnung", "facture", "factura", "fattura", "factuur", "nota"])}[^\\n]{0,25}${words(["of", "vom", "du", "de", "del", "d\\.d\\."])}\\s*$`, "iu");
/** Issued or signed at a place on a date: "Issued in London on", "Fait à Lyon, le", "Getekend te Utrecht op". */
const SIGNED = new RegExp(
  `${words(["issued", "given", "délivrée?", "reported", "printed", "gedruckt", "imprimé", "impreso", "stampato", "afgedrukt", "signed", "done", "ausgestellt", "unterschrieben", "unterzeichnet", "fait", "signé", "établi", "expedido", "firmado", "emitido", "rilasciato", "sottoscritto", "firmato", "emesso", "afgegeven", "getekend", "opgemaakt"])}[^\\n\\d]{0,32}$`,
  "iu",
);
/** A line that starts with a place and a comma: "München, den", "Paris, le", "Madrid, a", "Milano, lì", "Leeds,". */
/** A line that opens with the signing or issuing word (after a place name at most): "Issued at Bath on". */
const SIGNED_LINE = new RegExp(`^[ \\t]*(?:\\p{Lu}[\\p{L}.'-]*,[ \\t]+)?${words(["issued", "given", "délivrée?", "signed", "done", "ausgestellt", "unterschrieben", "unterzeichnet", "fait", "signé", "établi", "expedido", "firmado", "emitido", "rilasciato", "sottoscritto", "firmato", "emesso", "afgegeven", "getekend", "opgemaakt"])}`, "iu");
const PLACE =
  /^[ \t]*(?=[^,\n]{2,31},)\p{Lu}[\p{L}.'-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'-]*|am|an|der|dem|den|im|in|bei|de|del|la|le|les|sur|en|aan|upon|on|di|of|d'\p{Lu}[\p{L}.'-]*))*,[ \t]*(?:den|le|a|lì|li|il|am|on|op)?[ \t]*$/u;
/** A birth: never the document's date, so such a date is no candidate at all. */
const BIRTH = new RegExp(
  `${words(["birth", "born", "dob", "d\\.o\\.b\\.", "geboren", "geb\\.", "geb\\. am", "geburtsdatum", "né", "née", "né\\(e\\)", "nacimiento", "nacido(?:/a)?", "nacida", "nato(?:/a)?", "nata", "nascita", "geboortedatum"])}[^\\n]{0,12}[ \\t]*$`,
  "iu",
);
const DISTRACTOR = new RegExp(
  `${words([
    // due and payment dates
    "due",
    "payable",
    "pay by",
    "fällig",
    "zahlbar",
    "zahlungsziel",
    "échéance",
    "à payer avant",
    "vencimiento",
    "scadenza",
    "vervaldatum",
    "date limite",
    "avant le",
    "antes del",
    "entro il",
    "entro",
    "vóór",
    "au plus tard",
    "at the latest",
    "no later than",
    "spätestens",
    "a más tardar",
    "non oltre",
    "uiterlijk",
    "uiterste",
    // births
    "birth",
    "born",
    "dob",
    "geboren",
    "geb\\.",
    "geburtsdatum",
    "né",
    "née",
    "né\\(e\\)",
    "nacimiento",
    "nacido",
    "nacida",
    "nato",
    "nata",
    "nascita",
    "geboortedatum",
    // validity, terms that begin and end
    "valid until",
    "expires?",
    "gültig bis",
    "valables? jusqu",
    "válid[oa]s? hasta",
    "valid[oaie] fino",
    "geldig tot",
    "valid (?:to|through|thru)",
    // what takes effect from a date: a new premium, a price, a rule ("Ihr Beitrag ab", "Vanaf 1-9-2026")
    "ab",
    "vanaf",
    "(?:à|a) (?:partir|compter) du",
    "a partir del?",
    "a decorrere dal",
    "with effect from",
    "effective",
    // a contract's term ("Minimale looptijd tot", "Mindestlaufzeit bis")
    "term",
    "\\p{L}*laufzeit",
    "looptijd",
    "durée",
    "duración",
    "durata",
    // what may be done until a date: returns, exchanges, points to spend
    "returns?",
    "ruilen",
    "retourneren",
    "umtausch",
    "rückgabe",
    "reso",
    "hasta(?: el)?",
    "fino al",
    "jusqu'(?:au|à)",
    "t/m",
    "tot en met",
    "valable au",
    "until",
    "bis",
    "begins",
    "starts",
    "ends",
    "beginnt",
    "endet",
    "commence",
    "prend effet",
    "se termine",
    "comienza",
    "finaliza",
    "decorre",
    "termina",
    "gaat in",
    "eindigt",
    // what is expected to happen: a graduation, a completion, an arrival
    "expected",
    "estimated",
    "voraussichtlich\\p{L}*",
    "prévue?s?",
    "prevista?",
    "previst[oa]",
    "verwacht\\p{L}*",
    // deliveries and services
    "delivery",
    "delivered",
    "lieferdatum",
    "geliefert",
    "leistungsdatum",
    "livraison",
    "livré",
    "entregado",
    "entrega",
    "consegna",
    "consegnato",
    "geleverd",
    "levering",
    // earlier letters, messages and meetings the document refers to
    "letter of",
    "letter dated",
    "your letter",
    "schreiben vom",
    "nachricht vom",
    "mail vom",
    "courrier du",
    "lettre du",
    "escrito de",
    "escrito del",
    "carta de",
    "carta del",
    "lettera del",
    "comunicazione del",
    "(?:vs\\.|vostra) (?:nota|richiesta|lettera|comunicazione)",
    "nota del",
    "richiesta del",
    "your (?:note|message|e-?mail|enquiry|request)(?: of| dated)?",
    "ihre (?:anfrage|e-?mail)(?: vom)?",
    "anfrage vom",
    "votre (?:demande|message|e-?mail)(?: du)?",
    "demande du",
    "su (?:solicitud|correo|mensaje)",
    "solicitud del?",
    "uw (?:schrijven|bericht|verzoek|e-?mail)(?: van)?",
    "schrijven van",
    "brief van",
    "mail van",
    "meeting",
    "gespräch",
    "entretien",
    "reunión",
    "incontro",
    "gesprek",
    "quotation",
    "quote",
    "angebot vom",
    "devis du",
    "presupuesto del",
    "preventivo del",
    "offerte van",
    // what the document reports on: samples taken, offences, stays, debits, things received
    "sample",
    "specimen",
    "collected",
    "probenentnahme",
    "entnahme",
    "prélevé",
    "prélèvement",
    "extracción",
    "prelievo",
    "afname",
    "contravention",
    "offence",
    "offense",
    "violation",
    "tattag",
    "tatzeit",
    "infraction",
    "infracción",
    "violazione",
    "overtreding",
    "arrival",
    "departure",
    "anreise",
    "abreise",
    "arrivée",
    "départ",
    "llegada",
    "salida",
    "arrivo",
    "partenza",
    "aankomst",
    "vertrek",
    "debit",
    "débit",
    "belastung",
    "abbuchung",
    "cargo",
    "addebito",
    "incasso",
    "incassodatum",
    // a payment's or a trade's value date: when the money moves, not when the document was made
    "value date",
    "valuta",
    "valutadatum",
    "wertstellung",
    "date de valeur",
    "fecha (?:de )?valor",
    "data (?:di )?valuta",
    // a performance or screening a ticket is for ("Vorstellung: Sa 02.03.2024 20:15", "Sesión: jue 14/12/2023")
    "performance",
    "screening",
    "showtime",
    "vorstellung",
    "vorführung",
    "séance",
    "représentation",
    "sesión",
    "función",
    "spettacolo",
    "proiezione",
    "voorstelling",
    // a booked collection of bulky waste, a parcel or a sample ("Collection day", "Abholtermin", "Día de recogida")
    "collection (?:day|date)",
    "date of collection",
    "abholtermin",
    "abholtag",
    "date de collecte",
    "enlèvement",
    "ramassage",
    "(?:día|fecha) de recogida",
    "(?:data|giorno) (?:del )?ritiro",
    "ophaaldag",
    "ophaaldatum",
    // the events a civil register's extract certifies, long before its issue
    // (named as events, not as the certificate: "Acte de décès délivré le" is the extract's own issue)
    "(?:when )?married",
    "date of marriage",
    "(?:mariage )?célébré le",
    "eheschließung am",
    "heiratsdatum",
    "fecha (?:del )?matrimonio",
    "data (?:del )?matrimonio",
    "huwelijksdatum",
    "gehuwd op",
    "(?:when )?registered",
    "acte dressé(?: le)?",
    "(?:date of|when) death",
    "died(?: on)?",
    "date du décès",
    "décédée? le",
    "sterbedatum",
    "verstorben am",
    "fecha de (?:la )?defunción",
    "fallecid[oa] el",
    "data (?:del )?decesso",
    "decedut[oa] il",
    "overleden op",
    "datum van overlijden",
    // when something left with a shop is ready to collect
    "ready(?: for (?:collection|pick-?up))?(?: (?:after|from|on))?",
    "abholbereit(?: ab)?",
    "abholung ab",
    "prête? (?:le|à partir du)",
    "list[oa] (?:para recoger )?(?:el|a partir del)",
    "pront[oa] (?:per il ritiro )?(?:dal|il)",
    "klaar (?:op|vanaf)",
    // a statement's balance debited later ("Se cargará en su cuenta el", "sarà addebitato sul Suo conto il")
    "debited",
    "débitée?s?",
    "collected",
    "abgebucht",
    "eingezogen",
    "prélevée?s?",
    "cargará",
    "cargad[oa]",
    "addebitat[oa](?: sul (?:suo|vostro) conto(?: corrente)?)?",
    "afgeschreven",
    "geïncasseerd",
    "received",
    "eingegangen",
    "reçue",
    "recibida",
    "presentada",
    "ricevuta",
    "presentata",
    "ontvangen",
  ])}[^\\n]{0,25}[ \\t]*$`,
  "iu",
);
/**
 * "Previous service:", "Letzte Wartung", "Entretien précédent", "Revisión anterior", "Next service due": a date of an
 * earlier or a later occasion of what the document records, not the document's own ("Last updated" is its own).
 */
const ANOTHER_OCCASION = new RegExp(
  `${words(["previous", "prior", "last(?! name)", "next", "vorherige[nrs]?", "vorige[nrs]?", "letzte[nrs]?", "nächste[nrs]?", "précédente?s?", "derni(?:er|ère)s?", "prochaine?s?", "anterior(?:es)?", "últim[oa]s?", "próxim[oa]s?", "precedent[ei]", "ultim[oa]", "prossim[oa]", "laatste", "volgende"])}` +
    `(?![^\\n]{0,25}${words(["updated", "modified", "revised", "changed", "aktualisiert", "geändert", "mis à jour", "modifiée?", "actualizad[oa]", "modificad[oa]", "aggiornat[oa]", "modificat[oa]", "bijgewerkt", "gewijzigd"])})[^\\n]{0,25}[ \\t]*$`,
  "iu",
);

/**
 * An order's own title in its first lines ("BESTELLUNG 4561086", "Purchase order no. 12", "PEDIDO"): there the
 * order's date is the document's date, not another event's.
 */
const ORDER_TITLE =
  /^[ \t]*(?:purchase order|order confirmation|order|bestellung|auftragsbestätigung|bon de commande|commande|pedido|orden de compra|ordine d'acquisto|conferma d'ordine|ordine|bestelling|inkooporder|bestelbon)(?:[ \t]+(?:no\.?|nr\.?|n[°º.]|#))?[ \t\d#:/.-]*$/imu;
const ORDER_CONFIRMATION =
  /^[ \t]*(?:order confirmation|confirmation of (?:your )?order|bestellbestätigung|auftragsbestätigung|confirmation de (?:la )?commande|confirmación de(?:l)? (?:compra|pedido)|conferma (?:d'ordine|dell'ordine)|bevestiging van (?:uw|je) bestelling|orderbevestiging)\b/imu;
const ORDER_WORDS = /order|bestell|auftrag|command|pedido|compra|ordin|besteld/iu;

/**
 * A sentence announcing an appointment and ending in a colon ("we have booked the following appointment for you:",
 * "haben wir folgenden Termin für Sie vereinbart:"): the block of values under it is the appointment's, its date
 * not the letter's. Doubled letters allowed (OCR's "apppointment").
 */
const APPOINTMENT_INTRO = /(?<!\p{L})(?:ap+oint+ment|termin|rendez-vous|cita|consulta|ap+untament[oi]|visita|afspra+k)(?!\p{L})[^\n]*:[ \t]*$/iu;

/** The block of a form a date's line belongs to (its paragraph) and the sentence that introduces it, if any. */
function introOfBlock(head: string, lineStart: number): string {
  const blank = head.lastIndexOf("\n\n", lineStart - 1);
  const paragraphStart = blank < 0 ? 0 : blank + 2;
  const first = head.slice(paragraphStart, (head.indexOf("\n", paragraphStart) + 1 || head.length + 1) - 1);
  if (paragraphStart < lineStart && /:[ \t]*$/.test(first)) return first;
  return blank < 0 ? "" : head.slice(head.lastIndexOf("\n", blank - 1) + 1, blank);
}

/** OCR's digits inside words ("Prescripti0n", "Di5pensed") read as the letters they stand for, for the label tests. */
const foldDigits = (s: string) => s.replace(/(?<=\p{L})[015]|[015](?=\p{L})/gu, (d) => ({ "0": "o", "1": "l", "5": "s" })[d]!);

/**
 * A date alone on its line, or after a wide gap at the right of a line without numbers (a name or a place), as
 * letters print theirs (time allowed). A table row of numbers is no such line, nor a form's key ending in a colon
 * ("First lesson:           Tue 11/08/2026"): that names what the date is.
 */
const STANDING_ALONE = (line: string, rest: string) => (!line.trim() || /^[^\d\n]*[^\s:][ \t]{6,}$/.test(line)) && /^[ \t]*(?:\d{1,2}[:.h]\d{2}(?::\d{2})?)?[ \t]*$/.test(rest);

/** A sum of money: a currency beside a number with two decimals. */
const MONEY_AFTER = /(?:[€£$]|\b(?:EUR|GBP|USD|CHF)\b)\s?\d[\d.,' ]*[.,]\d{2}(?!\d)|\d[.,]\d{2}\s?(?:[€£$]|\b(?:EUR|GBP|USD|CHF)\b)/u;

/** Between the two dates of a range: "01/01/2026 to 31/12/2026", "vom 1.3. bis 31.3.", "du … au …". */
const RANGE_GAP = /^\s*(?:-|–|—|to|till|until|bis(?: zum)?|au|al|hasta(?: el)?|a|tot(?: en met)?|t\/m|fino al)\s*$/iu;

/**
 * The heading over a column: the words (single spaces within) of the line above that start at or just before the
 * column where a value starts, when that line is a row of two or more headings without digits.
 */
function headingAbove(above: string, column: number): string | null {
  const cells = [...above.matchAll(/\S+(?: \S+)*/g)];
  if (cells.length < 2 || /\d/.test(above)) return null;
  let found: RegExpMatchArray | null = null;
  for (const c of cells) if (c.index! <= column + 3) found = c;
  return found && found.index! + found[0].length >= column - 12 ? found[0] : null;
}

const BETWEEN = new RegExp(`${words(["between", "zwischen", "entre", "tra", "fra", "tussen"])}[^\\n\\d]{0,12}$`, "iu");
const BETWEEN_GAP = /^\s*(?:and|und|et|y|e|en)\s*$/iu;

/** Locale parsers; English reads all-numeric dates month first, so its British variant is used for DMY. */
const parsers = (order: DateOrder): Chrono[] => [order === "MDY" ? EN_US : EN_GB, de.strict, fr.strict, es.strict, it.strict, nl.strict];

const ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** English deeds and certificates: "Signed this 9th day of February, 2023", "the 21st day of January 2026". */
function withDayOf(parser: Chrono): Chrono {
  const dayOf = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+(${ENGLISH_MONTHS.join("|")}),?\\s+(\\d{4})(?!\\d)`, "iu");
  const custom = parser.clone();
  custom.parsers.push({ pattern: () => dayOf, extract: (_context, m) => ({ day: Number(m[1]), month: ENGLISH_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, year: Number(m[3]) }) });
  return custom;
}
const EN_GB = withDayOf(en.GB);
const EN_US = withDayOf(en.strict);

const NUMERIC = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/;

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** An all-numeric date in the given order; two-digit years are 19xx/20xx around now. */
function numericDate(text: string, order: DateOrder, now: Date): string | null {
  const m = NUMERIC.exec(text.trim());
  if (!m) return null;
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  if (a.length === 4) return iso(Number(a), Number(b), Number(c)); // year first is never ambiguous
  let year = Number(c);
  if (c.length === 2) year += year + 2000 > now.getUTCFullYear() + 1 ? 1900 : 2000;
  else if (c.length !== 4) return null;
  return order === "MDY" ? iso(year, Number(a), Number(b)) : iso(year, Number(b), Number(a));
}

/** An American address ("Chicago, IL 60611"), and a month-first English date ("March 3, 2025"). */
const AMERICAN_ADDRESS = /,\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/;
const MONTH_FIRST = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b/;
/**
 * Signs of a British or European sender: pounds or euros, a UK postcode, a British VAT number. An American
 * address beside them is most often the recipient's, which says nothing about how the sender writes dates.
 */
const NOT_AMERICAN = /[£€]|\b(?:GBP|EUR)\b|\bVAT (?:No\.?|Reg\.?)?\s*GB\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;

/**
 * The order a document's own dates show: a first number over 12 is a day, a second one over 12 too. Dots are
 * read day first (no one writes 04.03.2026 month first). With no such date, an American address or a
 * month-first written date means month first, unless pounds, euros or a UK postcode show a European sender.
 */
export function guessOrder(text: string): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  const head = text.slice(0, READ_CHARS);
  for (const m of head.matchAll(/\b(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) dmy++;
    else if (Number(m[2]) > 12 && Number(m[1]) <= 12) mdy++;
  }
  if (dmy === mdy) {
    // A date written with its month's name ("7 Nov 2023") that an ambiguous numeric date repeats in one order only
    // ("Berlin, 07/11/2023") shows the order, before an address does.
    const all = datesIn(head, "DMY");
    const written = new Set(all.filter((d) => /\p{L}{3}/u.test(d.text)).map((d) => d.date));
    for (const d of all) {
      const m = NUMERIC.exec(d.text.trim());
      if (!m || m[1]!.length === 4) continue;
      const asMdy = numericDate(d.text, "MDY", new Date());
      if (asMdy === d.date) continue;
      if (written.has(d.date)) dmy++;
      else if (asMdy && written.has(asMdy)) mdy++;
    }
  }
  if (dmy !== mdy) return dmy > mdy ? "DMY" : "MDY";
  // A British or European sender's "May 3, 2024" (a system's long form) says nothing about its numeric dates.
  const european = NOT_AMERICAN.test(head) && !/\$|\bUSD\b/.test(head);
  return (MONTH_FIRST.test(head) || AMERICAN_ADDRESS.test(head)) && !european ? "MDY" : null;
}

/**
 * Month names in the six languages, and the same with runs of a letter as one ("febbraio" → "febraio"). English
 * "may" is left out: a four-letter word with a doubled letter ("Mayy") is not taken for it.
 */
const MONTH_NAMES = [
  ...ENGLISH_MONTHS.filter((m) => m !== "may"),
  "januar", "februar", "märz", "april", "juni", "juli", "august", "september", "oktober", "november", "dezember",
  "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
  "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
  "januari", "februari", "maart", "april", "juni", "juli", "augustus", "september", "oktober", "november", "december",
];
const singleRuns = (w: string) => w.replace(/(\p{L})\1+/gu, "$1");
const MONTH_BY_RUNS = new Map(MONTH_NAMES.map((m) => [singleRuns(m), m]));
const MONTH_SET = new Set(MONTH_NAMES);

/**
 * OCR's doubled letters and its "rn" for "m" in a month's name ("14 febbbraio 2026", "17 novernbre 2025") undone,
 * the name padded with spaces to its written length so that every index in the text stays where it was.
 */
function repairMonthNames(text: string): string {
  return text.replace(/\p{L}{4,}/gu, (w, at: number) => {
    const lower = w.toLowerCase();
    if (MONTH_SET.has(lower)) return w;
    const month = MONTH_BY_RUNS.get(singleRuns(lower)) ?? MONTH_BY_RUNS.get(singleRuns(lower.replace(/rn/g, "m")));
    if (month && month.length < w.length) return month.padEnd(w.length);
    // One letter misread ("scptember", "navember") in a long name between a day and a year.
    if (w.length < 6 || !/\d[ .]{1,2}$/.test(text.slice(Math.max(0, at - 3), at)) || !/^[ .,]{1,2}\d/.test(text.slice(at + w.length, at + w.length + 3))) return w;
    const near = [...MONTH_SET].filter((m) => m.length === w.length && [...m].filter((c, i) => c !== lower[i]).length === 1);
    return near.length === 1 ? (w[0] === w[0]!.toUpperCase() ? near[0]![0]!.toUpperCase() + near[0]!.slice(1) : near[0]!) : w;
  });
}

/**
 * A date the document's own date may be, with what the hand rules see around it (ADR 0028) and where it stands:
 * the hand rules score these indicators, the learned ranker (ADR 0039) weighs them with the other features.
 */
export interface DateCandidate {
  index: number;
  end: number;
  text: string;
  date: string;
  /** The text before it on the read head (NEAR characters, OCR digits folded), its line up to it and after it. */
  before: string;
  line: string;
  rest: string;
  /** The line above (a heading row over values), and the line's number from 0. */
  above: string;
  lineNo: number;
  label: boolean;
  /** After a date label that names something the lists do not know ("Date of inspection:"): half a label. */
  weak: boolean;
  strong: boolean;
  distractor: boolean;
  money: boolean;
  period: boolean;
  /** The later date of a period: what a statement that prints only its period is dated by. */
  periodEnd: boolean;
  /** The hand rules' score (position, label, distractor, money, period). */
  score: number;
}

export interface DateInText {
  index: number;
  /** The words as written. */
  text: string;
  /** YYYY-MM-DD */
  date: string;
  /** The start of a period ("01/01/2026 to 31/12/2026"). */
  end: boolean;
  /** The end of a period ("… to 31/12/2026"): read from the same range as its start. */
  periodEnd: boolean;
}

/**
 * Every date in a text whose day, month and year are all written, read by the six locale parsers in this
 * all-numeric order, in text order (one per position). The date readers (document date, due date) share it.
 */
export function datesIn(text: string, order: DateOrder, now: Date = new Date()): DateInText[] {
  const found = new Map<number, DateInText>();
  for (const parser of parsers(order)) {
    // A parse across a wide gap joins two cells of a table or a till slip: "ZA/14             17 februari 2025"
    // (read as the range 14–17 February), "02/10/2023            19:02" (the date with the time of the next cell);
    // one across a line break joins a number to the date below it ("314.12\n08/03/2023"). Each piece is read alone,
    // the last one to the end of its line, as the parse may have stopped inside it ("Datum             20. August
    // 2025": German's "um" ending "Datum" and "20" read as 8 pm). A date only the whole parse gives is kept when
    // it is wrapped over lines ("3 March\n2025"), never across a gap ("Farbroller-Set            6,78").
    const results = parser.parse(text, now).flatMap((r) => {
      const breaks = [...r.text.matchAll(/[ \t]{3,}|\n/g)];
      if (breaks.length === 0) return [r];
      const starts = [0, ...breaks.map((b) => b.index! + b[0].length)].map((k) => r.index + k);
      const ends = breaks.map((b) => r.index + b.index!);
      ends.push((text.indexOf("\n", starts.at(-1)!) + 1 || text.length + 1) - 1);
      const read = starts.flatMap((start, k) => parser.parse(text.slice(start, ends[k]), now).map((q) => Object.assign(q, { index: q.index + start })));
      if (read.some(fullDate)) return read;
      return breaks.some((b) => b[0] !== "\n") ? [] : [r];
    });
    for (const r of results) {
      if (found.has(r.index) || !fullDate(r)) continue;
      // "15 minutes before", "in 3 days", "Today, 08:45": relative to today, not a date written down (one number
      // at most, or no year outside a time of day).
      if (!/\d+\D+\d+/.test(r.text)) continue;
      const year = String(r.start.get("year"));
      const untimed = r.text.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, " ");
      if (!untimed.includes(year.slice(2))) continue;
      // "13.5-17" (a reference range) is no date: a numeric date keeps one separator.
      if (/^\d+([./-])\d+(?!\1)[./-]\d+$/.test(r.text.trim())) continue;
      const date = dateOf(r, order, now);
      if (!date) continue;
      found.set(r.index, { index: r.index, text: r.text, date, end: Boolean(r.end), periodEnd: false });
      // The range's end is a date of its own: a statement that prints only its period is dated by its end.
      const end = r.end && rangeEnd(parser, r.text, order, now);
      if (end) {
        const index = r.index + end.offset;
        const known = found.get(index);
        if (known) known.periodEnd = true;
        else found.set(index, { index, text: end.text, date: end.date, end: false, periodEnd: true });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** A parse whose day, month and year are all written. */
const fullDate = (r: ParsedResult) => (["day", "month", "year"] as const).every((c) => r.start.isCertain(c));

/** A full parse's date: an all-numeric one in the document's order, else as chrono read it. */
const dateOf = (r: ParsedResult, order: DateOrder, now: Date) => numericDate(r.text, order, now) ?? iso(r.start.get("year")!, r.start.get("month")!, r.start.get("day")!);

/** Where the second date of a range ("01-Aug-2026 to 31st August 2026") starts in it, and what it reads. */
function rangeEnd(parser: Chrono, range: string, order: DateOrder, now: Date): { offset: number; text: string; date: string } | null {
  for (const word of range.matchAll(/(?<=\s)\S/g)) {
    const q = parser.parse(range.slice(word.index), now)[0];
    if (!q || q.index !== 0 || q.end || !fullDate(q)) continue;
    const date = dateOf(q, order, now);
    return date ? { offset: word.index!, text: q.text, date } : null;
  }
  return null;
}

/** The candidates of a text in text order (future, pre-1900 and ignored dates left out), and the order it was read in. */
export function documentDateCandidates(text: string, opts: FindDateOptions = {}): { candidates: DateCandidate[]; order: DateOrder; now: Date } {
  const now = opts.now ?? new Date();
  const latest = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  const ignored = new Set(opts.ignore ?? []);
  const usable = (date: string | null): date is string => date !== null && date >= "1900-01-01" && date <= latest && !ignored.has(date);
  // "20 de junio del 2026": chrono's Spanish parser knows only "de"; "de " keeps every index in place.
  // "24-ene-2025": the locale parsers read a month's abbreviation between hyphens only in English; spaces keep indices.
  const head = repairMonthNames(
    text
      .slice(0, READ_CHARS)
      .replace(/(?<=\p{L} de)l(?= \d{4})/gu, " ")
      .replace(/(?<![\p{L}\p{N}])(\d{1,2})-(\p{L}{3,10}\.?)-(\d{2}|\d{4})(?![\p{L}\p{N}])/gu, "$1 $2 $3"),
  );
  const order = opts.order ?? guessOrder(head) ?? opts.defaultOrder ?? "DMY";

  const top = head.split("\n").slice(0, 5).join("\n");
  const isOrder = ORDER_TITLE.test(top) || ORDER_CONFIRMATION.test(top);
  const found = new Map<number, DateCandidate>();
  /** Candidates whose strong label is a visit's: weaker than a label of the issue elsewhere in the document. */
  const visits = new Set<number>();
  for (const r of datesIn(head, order, now)) {
    const date = r.date;
    if (found.has(r.index) || !usable(date)) continue;
    const before = foldDigits(head.slice(Math.max(0, r.index - NEAR), r.index));
    const lineStart = head.lastIndexOf("\n", r.index - 1) + 1;
    const line = head.slice(lineStart, r.index);
    const rest = head.slice(r.index + r.text.length, (head.indexOf("\n", r.index) + 1 || head.length + 1) - 1);
    const above = lineStart > 0 ? head.slice(head.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1) : "";
    const lineNo = head.slice(0, lineStart).split("\n").length - 1;
    if (BIRTH.test(before)) continue;
    const onOwnLine = before.slice(before.lastIndexOf("\n") + 1);
    const otherEvent = OTHER_EVENT.test(before) && !(isOrder && ORDER_WORDS.test(onOwnLine));
    let distractor = DISTRACTOR.test(before) || otherEvent || ANOTHER_OCCASION.test(before) || APPOINTMENT_INTRO.test(foldDigits(introOfBlock(head, lineStart)));
    // Issued or signed at a place on a date, opening its line ("Établi à Rennes le"), names the document's own date
    // like "Date of issue"; after a noun ("Claim issued on") it dates something else, a plain label as before.
    const signed = SIGNED.test(before);
    let strong = !distractor && (STRONG_LABEL.test(before) || (signed && SIGNED_LINE.test(line)));
    const key = NAMED_KEY.test(line);
    const visit = !distractor && VISIT_LABEL.test(before);
    if (visit) visits.add(r.index);
    strong ||= visit;
    let label = strong || signed || LABEL.test(before) || OWN_NUMBER.test(before) || PLACE.test(line) || (!key && STANDING_ALONE(line, rest));
    let weak = !label && (key || NAMED_LABEL.test(before));
    // A row of values under a row of headings ("Customer no.   Our ref.   Date" over "4571   MR/31   27/04/2024"):
    // the heading above the date's column says what it is.
    const heading = !label && !distractor ? headingAbove(above, line.length) : null;
    if (heading) {
      const h = foldDigits(heading);
      distractor = DISTRACTOR.test(h) || ANOTHER_OCCASION.test(h) || (OTHER_EVENT.test(h) && !(isOrder && ORDER_WORDS.test(h)));
      // Over a table (the next row has a value in the same column: flights, transactions) a "Date" heading names
      // the rows' events, not the document's date; over a single row of references it is the document's.
      const lineEnd = head.indexOf("\n", r.index);
      const below = lineEnd < 0 ? "" : head.slice(lineEnd + 1, (head.indexOf("\n", lineEnd + 1) + 1 || head.length + 1) - 1);
      const table = /^\d/.test(below.slice(line.length, line.length + 3).trimStart());
      const headingVisit = !distractor && !table && VISIT_LABEL.test(h);
      if (headingVisit) visits.add(r.index);
      strong = headingVisit || (!distractor && !table && STRONG_LABEL.test(h));
      label = !distractor && !table && (strong || LABEL.test(h));
      weak = !distractor && !table && !label && NAMED_LABEL.test(h);
    }
    // A row that starts with a date and goes on with an amount is a transaction or an item, not the date; so is
    // any line where a sum of money follows the date ("Rechnung 5477 vom 26.11.2022   € 641,09").
    const money = (!line.trim() && /\d[.,]\d{2}(?!\d)/.test(rest)) || MONEY_AFTER.test(rest);
    // A period ("01/01/2026 to 31/12/2026") is what the document covers, not when it was written.
    const period = r.end || r.periodEnd;
    found.set(r.index, { index: r.index, end: r.index + r.text.length, text: r.text, date, before, line, rest, above, lineNo, label, weak, strong, distractor, money, period, periodEnd: r.periodEnd, score: 0 });
  }
  const candidates = [...found.values()].sort((a, b) => a.index - b.index);
  if (candidates.some((c) => c.strong && !visits.has(c.index))) for (const c of candidates) if (visits.has(c.index)) c.strong = false;
  for (let i = 1; i < candidates.length; i++) {
    const [a, b] = [candidates[i - 1]!, candidates[i]!];
    const gap = b.index >= a.end ? head.slice(a.end, b.index) : "";
    // "between 07/05/2024 and 23/05/2024", "tussen 26-2-2025 en 17/03/2025": a window, like "from … to …".
    if (b.index >= a.end && (RANGE_GAP.test(gap) || (BETWEEN_GAP.test(gap) && BETWEEN.test(head.slice(Math.max(0, a.index - 24), a.index))))) {
      a.period = b.period = true;
      b.periodEnd = true;
    }
  }
  for (const c of candidates) c.score = handScore(c);
  return { candidates, order, now };
}

/**
 * The hand rules (ADR 0028): earlier is better, +1 after a label, +0.75 more when it names the document's own
 * date, −1.5 after a distractor or a label of another event, with a sum of money after it, or in a period.
 */
function handScore(c: DateCandidate): number {
  return 1 - c.index / READ_CHARS + (c.label ? 1 : c.weak ? 0.5 : 0) + (c.strong ? 0.75 : 0) - (c.distractor ? 1.5 : 0) - (c.money ? 1.5 : 0) - (c.period ? 1.5 : 0);
}

/** How candidates are ranked: the hand rules' score, or a learned one (`date-ranker.ts`, the shipped reader since round 6). */
export type RankDates = (candidates: readonly DateCandidate[]) => number[];
export const rankByHandRules: RankDates = (candidates) => candidates.map((c) => c.score);

/** The document's date by the hand rules, or by `rank`; the shipped reader is `findDocumentDate` in `date-ranker.ts`. */
export function findDocumentDateByRules(text: string, opts: FindDateOptions & { rank?: RankDates } = {}): DocumentDate | null {
  const { candidates, order, now } = documentDateCandidates(text, opts);
  const scores = (opts.rank ?? rankByHandRules)(candidates);
  let best = -1;
  for (let i = 0; i < candidates.length; i++) if (best < 0 || scores[i]! > scores[best]!) best = i;
  if (best >= 0) {
    // A period's start is when it begins, not when the document was written: a document whose best date is a
    // period ("Period: 01 Mar 2023 to 31/03/2023" on a statement that prints no date of its own) is dated by its end.
    const next = candidates[best + 1];
    const chosen = candidates[best]!.period && !candidates[best]!.periodEnd && next?.periodEnd ? next : candidates[best]!;
    return { date: chosen.date, source: "text", quote: chosen.text };
  }
  const latest = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  const fromName = opts.filename ? dateInFilename(opts.filename, order, now) : null;
  return fromName && fromName.date >= "1900-01-01" && fromName.date <= latest && !(opts.ignore ?? []).includes(fromName.date) ? fromName : null;
}

/**
 * 2026-04-03, 20260403, 03.04.2026 or 03-04-2026 in a file name; eight digits that are no date year first
 * ("Scan_22092024_143210.pdf") are read day first, or month first where the document's order is. A scanner's or
 * camera's time glued to the date ("Scan211220251755.pdf", "20250303143210.jpg") is a run of twelve or fourteen
 * digits whose last four or six are a time of day.
 */
function dateInFilename(filename: string, order: DateOrder, now: Date): DocumentDate | null {
  const compact = /(?:^|\D)(\d{8})(\d{4}|\d{6})?(?:\D|$)/.exec(filename);
  if (compact && (compact[2] === undefined || isTimeOfDay(compact[2]))) {
    const d = compact[1]!;
    const [a, b] = order === "MDY" ? [d.slice(2, 4), d.slice(0, 2)] : [d.slice(0, 2), d.slice(2, 4)];
    const date = (/^(?:19|20)/.test(d) ? iso(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8))) : null) ?? (/^(?:19|20)/.test(d.slice(4)) ? iso(Number(d.slice(4)), Number(b), Number(a)) : null);
    if (date) return { date, source: "filename", quote: d };
  }
  for (const m of filename.matchAll(/\d{1,4}[._-]\d{1,2}[._-]\d{1,4}/g)) {
    const date = numericDate(m[0].replace(/_/g, "-"), order, now);
    if (date) return { date, source: "filename", quote: m[0] };
  }
  // A month's name: "Scan 9 mai 2026 19.51.pdf", "Rechnung_3_März_2025.pdf" (read as text, without the extension).
  const named = datesIn(filename.replace(/\.\w{2,5}$/, "").replace(/[_]+/g, " "), order, now).find((d) => /\p{L}{3}/u.test(d.text));
  return named ? { date: named.date, source: "filename", quote: named.text } : null;
}

/** "1755" or "143210": hours, minutes and maybe seconds of a real time of day. */
function isTimeOfDay(digits: string): boolean {
  const [h, m, sec = 0] = (digits.match(/\d\d/g) ?? []).map(Number);
  return h! < 24 && m! < 60 && sec < 60;
}

/** The usual all-numeric order for a text-search language (SEARCH_LANGUAGE): month first only in English. */
export function defaultDateOrder(searchLanguage: string): DateOrder {
  return searchLanguage === "english" ? "MDY" : "DMY";
}
