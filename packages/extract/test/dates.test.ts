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
