// The document's own date, found in its text offline (issue 17): languages, labels, distractors, numeric orders.
import { describe, expect, it } from "vitest";
import { defaultDateOrder, findDocumentDate, guessOrder } from "../src/dates.ts";

const now = new Date("2026-12-05T12:00:00Z");
const date = (text: string, opts: Parameters<typeof findDocumentDate>[1] = {}) => findDocumentDate(text, { now, ...opts })?.date ?? null;

describe("the document date", () => {
  it("is read in English, German, French, Spanish, Italian and Dutch", () => {
    expect(date("ACME Ltd\nInvoice\nDate: 3 April 2026\nTotal 12.00")).toBe("2026-04-03");
    expect(date("Stadtwerke München\nRechnungsdatum: 14. März 2026\nBetrag 80,00 €")).toBe("2026-03-14");
    expect(date("EDF\nFacture du 5 février 2026\nMontant 42,00 €")).toBe("2026-02-05");
    expect(date("Telefónica\nFecha: 7 de enero de 2026\nImporte 30,00 €")).toBe("2026-01-07");
    expect(date("Enel Energia\nData: 9 marzo 2026\nTotale 55,00 €")).toBe("2026-03-09");
    expect(date("Gemeente Utrecht\nDatum: 12 mei 2026\nBedrag € 70,00")).toBe("2026-05-12");
    expect(date("Statement 2026-06-30\nClosing balance")).toBe("2026-06-30");
  });

  it("prefers the labelled date near the top over due dates, birth dates and validity ends", () => {
    const letter = ["Dr. Weber, born 12.05.1961", "Rechnungsdatum: 02.03.2026", "Zahlbar bis 16.03.2026"].join("\n");
    expect(date(letter)).toBe("2026-03-02");
    const invoice = ["Due date: 30 April 2026", "Invoice date: 1 April 2026"].join("\n");
    expect(findDocumentDate(invoice, { now })).toEqual({ date: "2026-04-01", source: "text", quote: "1 April 2026" });
    expect(date("Valid until 31/12/2026.\nIssued 01/06/2026", { order: "DMY" })).toBe("2026-06-01");
  });

  it("never takes a date in the future, before 1900, or on the ignore list", () => {
    expect(date("Meeting on 3 January 2027. Letter of 4 November 2026.")).toBe("2026-11-04");
    expect(date("Founded 1 May 1850. Dated 2 May 2026.")).toBe("2026-05-02");
    expect(date("Since 01.01.1999\nDatum: 10.10.2026", { ignore: ["2026-10-10"] })).toBe("1999-01-01");
    expect(date("This is a test document.")).toBeNull();
  });

  it("reads all-numeric dates in the order given, the document's own, or the language's usual one", () => {
    expect(date("Date: 03/04/2026", { order: "MDY" })).toBe("2026-03-04");
    expect(date("Date: 03/04/2026", { order: "DMY" })).toBe("2026-04-03");
    // 25/03 can only be day first, so 03/04 in the same document is too.
    expect(guessOrder("paid 25/03/2026, date 03/04/2026")).toBe("DMY");
    expect(date("Date: 03/04/2026\nPaid 25/03/2026", { defaultOrder: "MDY" })).toBe("2026-04-03");
    expect(guessOrder("paid 03/25/2026")).toBe("MDY");
    expect(date("Date: 03/04/2026", { defaultOrder: defaultDateOrder("english") })).toBe("2026-03-04");
    expect(date("Datum: 03.04.2026", { defaultOrder: defaultDateOrder("german") })).toBe("2026-04-03");
  });

  it("falls back to a date in the file name", () => {
    expect(findDocumentDate("no date in here", { now, filename: "scan_20260214_0001.pdf" })).toEqual({ date: "2026-02-14", source: "filename", quote: "20260214" });
    expect(date("nothing", { filename: "2026-01-31 bank statement.pdf" })).toBe("2026-01-31");
    expect(date("nothing", { filename: "report-v2.pdf" })).toBeNull();
  });
});

describe("the document date among other dates (fixes found on the fields dev set)", () => {
  it("knows words that end in a letter outside ASCII (né, née) as distractors", () => {
    expect(date("M. Julien Dubois, né le 1997-06-23\nContrat conclu le 2023-08-24")).toBe("2023-08-24");
    expect(date("Mme Sophie Laurent, née le 2 avr. 1979\nContrat conclu le 10/11/2023")).toBe("2023-11-10");
  });

  it("passes over delivery dates, and takes the date after the document's own number", () => {
    expect(date("Facture n° 2025-0579 du mercredi 3 septembre 2025\nLivré le 25/08/2025")).toBe("2025-09-03");
    expect(date("Leistungsdatum: 27.11.2024\nRechnung Nr. 2024-0205 vom 28. Nov. 2024")).toBe("2024-11-28");
  });

  it("passes over earlier letters and meetings the document refers to, and reads a place-and-date line", () => {
    const letter = ["Ihr Zeichen: 412/kb   Ihre Nachricht vom 22.04.2026", "", "München, den 28. April 2026", "", "Bezug nehmend auf unser Gespräch am 02.05.2026"].join("\n");
    expect(date(letter)).toBe("2026-04-28");
    expect(date("V/courrier du 06/06/2024\n\nParis, le mardi 11 juin 2024")).toBe("2024-06-11");
    expect(date("Uw brief van 09-03-2026\n\nUtrecht, 27 april 2026")).toBe("2026-04-27");
  });

  it("passes over both ends of a period, and takes the date a document was issued or signed on", () => {
    expect(date("Period of cover: from 01/01/2024 to 31/12/2024\n\nIssued in London on 9 August 2024")).toBe("2024-08-09");
    expect(date("Abrechnungsmonat: 01.05.2026 - 31.05.2026\nAuszahlung am: 29.05.2026")).toBe("2026-05-29");
    const contract = ["and Mr James Carter, born 24/07/1959", "§1 The tenancy begins on 01/12/2024 and ends on 30/11/2025.", "", "Signed at Leeds on 05/11/2024"].join("\n");
    expect(date(contract)).toBe("2024-11-05");
    expect(date("Le bail prend effet le 18/02/2025 et se termine le 17/02/2026.\n\nFait à Lyon, le 13/02/2025")).toBe("2025-02-13");
  });

  it("reads Spanish dates written with 'del' before the year", () => {
    expect(findDocumentDate("Enviado el: 20 de junio del 2026 13:51", { now })).toMatchObject({ date: "2026-06-20" });
  });

  it("reads numeric dates month first in a letter with an American address or month-first written dates", () => {
    expect(date("Denver, CO 80202\n\n1/5/2023\n\nPlease return the form by 2/4/2023.", { defaultOrder: "DMY" })).toBe("2023-01-05");
    expect(guessOrder("March 3, 2025. Your visit on 04/05/2025.")).toBe("MDY");
    expect(guessOrder("Leeds LS1 4DY, 3 March 2025, 04/05/2025")).toBeNull();
  });
});

describe("the document date among what a document reports on (fixes found on development half C)", () => {
  it("passes over samples, offences, stays, debits, receipts of earlier papers and quotations", () => {
    expect(date("LABORBEFUND\nProbenentnahme: 11.08.2026 07:53\n\nBefunddatum: 13.08.2026")).toBe("2026-08-13");
    expect(date("Date de l'infraction : 26/03/2023 16:31\nDate d'envoi : 15/04/2023")).toBe("2023-04-15");
    expect(date("Arrival: 04/01/2025    Departure: 10/01/2025\n\nPrinted 10/01/2025 11:02")).toBe("2025-01-10");
    expect(date("Date d'arrêté: 22/02/2026\nPrélèvement le: 15/03/2026", { now: new Date("2026-04-01") })).toBe("2026-02-22");
    expect(date("Your quotation dated 26/07/2025\nPO date: 11/08/2025")).toBe("2025-08-11");
    expect(date("Déclaration reçue le 25/09/2024.\nDate limite de paiement : 09/02/2025.\nAvis du 09/01/2025")).toBe("2025-01-09");
  });

  it("takes a compound ending in -datum as a label, and a date standing alone or at the right of a name", () => {
    expect(date("Probe vom Labor 02.01.2026\nNotadatum: 05.01.2026")).toBe("2026-01-05");
    expect(date("M. Antoine Moreau                    9 janvier 2025\n17 rue Victor Hugo\nDéclaration 25/09/2024")).toBe("2025-01-09");
    // A table row of numbers is not a name: the due date at its right stays a due date.
    expect(date("Account number    Bill date           Payment due\n38474995          14/02/2024          26/02/2024")).toBe("2024-02-14");
  });

  it("passes over rows that start with a date and go on with an amount, and numbers with mixed separators", () => {
    expect(date("Arrival 02/02/2024\n02/02/2024  Room 101   £120.00\n03/02/2024  Room 101   £120.00\n\nPrinted 04/02/2024 11:02")).toBe("2024-02-04");
    expect(date("Hb 14.1 g/dl   (13.5-17.5)\nData referto: 09/09/2026")).toBe("2026-09-09");
  });
});

describe("the document date among listed documents (fix found on development half D)", () => {
  it("passes over dates followed on their line by a sum of money", () => {
    const statement = ["KONTOAUSZUG / OFFENE POSTEN", "", "Rechnung 5477 vom 26.11.2022   € 641,09", "Rechnung 4448 vom 16.12.2022   516,11 €", "", "Saldo per 21.02.2023: € 1.019,14", "Datum: 24.02.2023"].join("\n");
    expect(date(statement)).toBe("2023-02-24");
    // A time after the date is no sum of money.
    expect(date("Datum: 12.03.2025  Uhrzeit: 18.22\nZu zahlen EUR 23,45")).toBe("2025-03-12");
  });
});

describe("the document date by label strength (fixes found on development half E, round 4)", () => {
  it("takes the document's own date label over a bare 'Date' and over labels of another event", () => {
    // An order's date is a label word too, but names another event than the invoice.
    expect(date("Shop\nOrder date: 01.03.2026\nInvoice date: 04.03.2026\nDelivery date: 06.03.2026")).toBe("2026-03-04");
    expect(date("Shop\nBestelldatum: 01.03.2026\nRechnungsdatum: 04.03.2026")).toBe("2026-03-04");
    expect(date("Boutique\nDate de commande : 1 mars 2026\nDate de facturation : 4 mars 2026")).toBe("2026-03-04");
    expect(date("Tienda\nFecha del pedido: 01/03/2026\nFecha de factura: 04/03/2026")).toBe("2026-03-04");
    expect(date("Negozio\nData ordine: 01/03/2026\nData fattura: 04/03/2026")).toBe("2026-03-04");
    expect(date("Winkel\nBesteldatum: 1-3-2026\nFactuurdatum: 4-3-2026")).toBe("2026-03-04");
    // "Date of issue" outranks a "Date" earlier on the page.
    expect(date("Date: 01/02/2026 (visit)\nDate of issue: 14/02/2026")).toBe("2026-02-14");
  });

  it("passes over prescriptions, starts and births, and reads the 'Place, date' field of a form", () => {
    expect(date("Pharmacy\nPrescription dated 02/03/2026\nDispensed 05/03/2026\nTotal 12.00")).toBe("2026-03-05");
    expect(date("Apotheke\nRezept vom 02.03.2026\nAbgabe 05.03.2026")).toBe("2026-03-05");
    expect(date("Farmacia\nRicetta del 02/03/2026\nErogato il 05/03/2026")).toBe("2026-03-05");
    const gym = ["FitX", "Mitgliedsvertrag", "Geburtsdatum: 12.07.1990", "Vertragsbeginn: 15.03.2026", "", "Ort, Datum: Hamburg, 10.03.2026"].join("\n");
    expect(date(gym)).toBe("2026-03-10");
    const fr = ["Club", "Date de naissance : 12/07/1990", "Date de début : 15/03/2026", "", "Lieu, date : Nantes, 10/03/2026"].join("\n");
    expect(date(fr)).toBe("2026-03-10");
    expect(date("Gimnasio\nFecha de alta: 15/03/2026\n\nLugar y fecha: Málaga, 10/03/2026")).toBe("2026-03-10");
  });

  it("reads OCR's digits inside a label word, and keeps an order's own date on a purchase order", () => {
    expect(date("Apotheke\nPrescripti0n dated 02/03/2026\nDi5pensed 05/03/2026")).toBe("2026-03-05");
    expect(date("BESTELLUNG  4561086\nHausverwaltung\n\nBestelldatum: 24.05.2025\nLiefertermin: 06.06.2025")).toBe("2025-05-24");
    expect(date("PEDIDO  4562252\nClínica\n\nFecha del pedido: 14/07/2024\nEntrega antes del: 08/08/2024")).toBe("2024-07-14");
  });
});

describe("OCR'd month names and the order a written date shows (round 4, on development halves B, D and E)", () => {
  it("reads a month's name with OCR's doubled letters", () => {
    expect(date("Enerpiù\nVs. lettera del 24/01/2026\n\nTorino, sabato 14 febbbraio 2026\n")).toBe("2026-02-14");
    expect(date("Apotheek\nRecept van 20-3-2025\nAfgeleverd op 25 maarrt 2025")).toBe("2025-03-25");
  });

  it("reads an ambiguous numeric date in the order a date written with its month's name shows, before an American address", () => {
    const contract = ["This contract is made on 7 Nov 2023 between", "Harbor Health Partners, Chicago, IL 60611", "", "Berlin, 07/11/2023"].join("\n");
    expect(guessOrder(contract)).toBe("DMY");
    expect(date(contract)).toBe("2023-11-07");
    expect(guessOrder("Signed November 7, 2023\nChicago, 11/07/2023")).toBe("MDY");
    // A year on one line and a day and month on the next are no written date.
    expect(guessOrder("Bolletta 2025\n12/05/2025\nLettura del 30 aprile 2024")).toBeNull();
  });
});
