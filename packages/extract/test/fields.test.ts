// Offline readers for custom fields (issue 17, ADR 0033): due dates after a due label, invoice and reference
// numbers after their labels, IBANs only with a valid checksum, the total through findTotal; six languages.
import { describe, expect, it } from "vitest";
import { findDueDate, findIban, findInvoiceNumber, isValidIban, readField } from "../src/fields.ts";

const now = new Date("2026-06-01T12:00:00Z");
const due = (text: string, order?: "DMY" | "MDY") => findDueDate(text, { now, ...(order ? { order } : {}) })?.date ?? null;

describe("the due date", () => {
  it("is the date after a due label in English, German, French, Spanish, Italian and Dutch", () => {
    expect(due("Invoice date: 01/03/2026\nDue date: 15/03/2026")).toBe("2026-03-15");
    expect(due("Rechnungsdatum 01.03.2026\nZahlbar bis 31.03.2026 ohne Abzug")).toBe("2026-03-31");
    expect(due("Datum: 1. März 2026\nFällig am 14. März 2026")).toBe("2026-03-14");
    expect(due("Date : 01/03/2026\nDate d'échéance : 30/04/2026")).toBe("2026-04-30");
    expect(due("Fecha: 01/03/2026\nVencimiento: 31/03/2026")).toBe("2026-03-31");
    expect(due("Data fattura 01/03/2026\nScadenza 31/03/2026")).toBe("2026-03-31");
    expect(due("Factuurdatum 01-03-2026\nVervaldatum 31-03-2026")).toBe("2026-03-31");
  });

  it("may lie in the future, and is read in the document's order", () => {
    expect(due("Payment due on March 3, 2027")).toBe("2027-03-03");
    expect(due("Invoice date 03/24/2026\nDue date 04/05/2026")).toBe("2026-04-05");
  });

  it("is read under a due heading in a table", () => {
    expect(due("Invoice no.    Date          Due date\n2026-17        01.03.2026    31.03.2026")).toBe("2026-03-31");
    expect(due("Due date\n15.07.2026")).toBe("2026-07-15");
  });

  it("is none when no date carries a due label", () => {
    expect(due("Invoice date: 01/03/2026\nDelivered 02/03/2026\nPayable within 14 days")).toBeNull();
    expect(due("Born 03.04.1980")).toBeNull();
  });
});

describe("the invoice number", () => {
  const number = (text: string) => findInvoiceNumber(text)?.text ?? null;
  it("is read after its label in six languages", () => {
    expect(number("ACME Ltd\nInvoice no. INV-2026-0042\nDate 01/03/2026")).toBe("INV-2026-0042");
    expect(number("Invoice #: 10293")).toBe("10293");
    expect(number("Rechnungsnummer: RE-4711")).toBe("RE-4711");
    expect(number("Rechnungs-Nr. 2026/118")).toBe("2026/118");
    expect(number("N° de facture : F2026-0007")).toBe("F2026-0007");
    expect(number("Factura nº 2026-A-15")).toBe("2026-A-15");
    expect(number("Fattura n. 123/2026")).toBe("123/2026");
    expect(number("Factuurnummer 20260311")).toBe("20260311");
  });

  it("is not a date or an amount, and falls back to a labelled reference", () => {
    expect(number("Invoice date 12.03.2026\nTotal 12,00 €")).toBeNull();
    expect(number("Our ref: AB-99812\nDate 01/03/2026")).toBe("AB-99812");
    expect(findInvoiceNumber("Référence : DOS-7781")?.confidence).toBeLessThan(findInvoiceNumber("Invoice no. 7781")!.confidence);
    expect(number("Dear customer, thank you for your order.")).toBeNull();
  });
});

describe("the IBAN", () => {
  it("is taken only when its mod-97 checksum holds", () => {
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isValidIban("DE89 3704 0044 0532 0130 01")).toBe(false);
    expect(isValidIban("GB82WEST12345698765432")).toBe(true);
    expect(isValidIban("NL91ABNA0417164300")).toBe(true);
    expect(isValidIban("NL91ABNA041716430")).toBe(false); // Dutch IBANs have 18 characters
  });

  it("is found in the text, written without spaces, and a wrong one is skipped", () => {
    expect(findIban("Bankverbindung: IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX")?.text).toBe("DE89370400440532013000");
    expect(findIban("IBAN: FR14 2004 1010 0505 0001 3M02 606")?.text).toBe("FR1420041010050500013M02606");
    expect(findIban("IBAN ES91 2100 0418 4502 0005 1332")?.text).toBe("ES9121000418450200051332");
    expect(findIban("IBAN IT60 X054 2811 1010 0000 0123 456")?.text).toBe("IT60X0542811101000000123456");
    expect(findIban("IBAN DE89 3704 0044 0532 0130 01\nIBAN NL91 ABNA 0417 1643 00")?.text).toBe("NL91ABNA0417164300");
    expect(findIban("Customer number DE12 3456 7890")).toBeNull();
  });
});

describe("readField", () => {
  it("reads the total with findTotal, with its currency and line", () => {
    expect(readField("total", "Subtotal 100,00 €\nMwSt 19,00 €\nGesamtbetrag 119,00 €")).toMatchObject({ amount: 119, currency: "EUR", quote: "Gesamtbetrag 119,00 €" });
    expect(readField("total", "Hello")).toBeNull();
  });
});
