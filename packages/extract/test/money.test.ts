// The grand total of an invoice or receipt, read offline (issue 17): labels in six languages, number formats,
// currencies, and subtotals, VAT lines, cash given and change never taken.
import { describe, expect, it } from "vitest";
import { amountsIn, findTotalByRules as findTotal, formatTotal } from "../src/money.ts";
import { findTotal as findShippedTotal } from "../src/total-ranker.ts";

const total = (text: string) => {
  const t = findTotal(text);
  return t ? formatTotal(t) : null;
};

describe("the monetary total", () => {
  it("is read after a total label in English, German, French, Spanish, Italian and Dutch", () => {
    expect(total("Subtotal £1,000.00\nVAT 20% £200.00\nTotal £1,200.00")).toBe("1200.00 GBP");
    expect(total("Zwischensumme netto 1.000,00 €\nMwSt. 19% 190,00 €\nGesamtbetrag 1.190,00 €")).toBe("1190.00 EUR");
    expect(total("Total HT 1 000,00 €\nTVA 20 % 200,00 €\nMontant TTC 1 200,00 €")).toBe("1200.00 EUR");
    expect(total("Base imponible 100,00 €\nIVA 21% 21,00 €\nTotal a pagar 121,00 €")).toBe("121.00 EUR");
    expect(total("Imponibile € 100,00\nIVA 22% € 22,00\nTotale € 122,00")).toBe("122.00 EUR");
    expect(total("Subtotaal € 100,00\nBTW 21% € 21,00\nTotaal € 121,00")).toBe("121.00 EUR");
  });

  it("reads 1.234,56, 1,234.56, 1 234,56 (also with no-break spaces), 1'234.56 and codes before or after", () => {
    expect(amountsIn("EUR 1.234,56")).toEqual([{ value: 1234.56, currency: "EUR" }]);
    expect(amountsIn("$1,234.56")).toEqual([{ value: 1234.56, currency: "USD" }]);
    expect(amountsIn("1\u202f234,56\u00a0€")).toEqual([{ value: 1234.56, currency: "EUR" }]);
    expect(amountsIn("CHF 1'234.50")).toEqual([{ value: 1234.5, currency: "CHF" }]);
    expect(amountsIn("1234,56 EUR")).toEqual([{ value: 1234.56, currency: "EUR" }]);
    // A bare whole number (an article number, a quantity) is no amount; with a currency it is.
    expect(amountsIn("ART 4711")).toEqual([]);
    expect(amountsIn("€ 50")).toEqual([{ value: 50, currency: "EUR" }]);
  });

  it("takes the grand total over subtotals, VAT, cash given and change", () => {
    const receipt = ["SUMME EUR 23,40", "MwSt 19% 3,73", "BAR 50,00", "RÜCKGELD 26,60"].join("\n");
    expect(total(receipt)).toBe("23.40 EUR");
    expect(total("Total HT 100,00 €\nTotal TTC 120,00 €")).toBe("120.00 EUR");
    expect(total("Subtotal 90.00\nTotal amount due 108.00\nTotal paid 0.00\nUSD")).toBe("108.00 USD");
  });

  it("uses the document's currency when the total line names none, and reads a value on the next line", () => {
    expect(total("Item 1   12,00 €\nTOTAL   12,00")).toBe("12.00 EUR");
    expect(total("Rechnungsbetrag\n1.234,00 EUR")).toBe("1234.00 EUR");
    expect(total("Total 12.00")).toBe("12.00");
  });

  it("reads labels through OCR's doubled letters and digits inside words", () => {
    expect(total("TOOTALE        EUR 57,85\nPagamento cartaEUR 57,85")).toBe("57.85 EUR");
    expect(total("SUMMME                EUR 55,16\nMwSt 19%             9,20\nBAR                  70,00")).toBe("55.16 EUR");
    expect(total("T0TAL   £12.40")).toBe("12.40 GBP");
  });

  it("reads a row of headings over a row of amounts by its columns (found on development half C)", () => {
    expect(total("Net             VAT             Gross (GBP)\n1,234.00        246.80          1,480.80")).toBe("1480.80 GBP");
    expect(total("HT              TVA             TTC (EUR)\n1 000,00        200,00          1 200,00")).toBe("1200.00 EUR");
    expect(total("Total (EUR)     Base            IVA\n121,00          100,00          21,00")).toBe("121.00 EUR");
  });

  it("knows VAT included in a total, more labels, and no currency code inside a word (found on development half D)", () => {
    expect(total("TOTAL (IVA incluido)    51,97 €\nCuota IVA  9,02")).toBe("51.97 EUR");
    expect(total("Summe inkl. MwSt   12,00 EUR")).toBe("12.00 EUR");
    expect(total("Net   £100.00\nAmount to pay   £120.00")).toBe("120.00 GBP");
    expect(total("Montant à payer   1 200,00 €")).toBe("1200.00 EUR");
    expect(total("Importo da pagare   € 99,50")).toBe("99.50 EUR");
    // "CAD" inside MERCADONA is no currency: a receipt that names none gets none.
    expect(findTotal("MERCADONA S.A.\nTOTAL   43,58")?.currency).toBeNull();
    expect(total("TOTALE EURO   22,62")).toBe("22.62 EUR");
  });

  it("reads what was paid, German compounds of a total, and a label OCR misread by one letter (found on development half E)", () => {
    expect(total("Fare: £23.40\nTip: £2.00\nAmount paid: £25.40")).toBe("25.40 GBP");
    expect(total("Fahrpreis: 23,40 €\nTrinkgeld: 2,00 €\nBezahlt: 25,40 €")).toBe("25.40 EUR");
    expect(total("Prix de la course : 23,40 €\nMontant payé : 25,40 €")).toBe("25.40 EUR");
    expect(total("Ritprijs: € 23,40\nBetaald: € 25,40")).toBe("25.40 EUR");
    // A labelled total wins over what was paid so far.
    expect(total("Total £100.00\nAlready paid £40.00\nPaid today £60.00")).toBe("100.00 GBP");
    expect(total("Artikel: 90,00 €\nVersand: 4,95 €\nGesamtsumme: 94,95 €")).toBe("94.95 EUR");
    expect(total("Zwischensumme 80,00 €\nEndsumme 95,20 €")).toBe("95.20 EUR");
    expect(total("PZN 5730445   24,95\nTotol EUR 24,95")).toBe("24.95 EUR");
    // Instalments paid are parts, not the total.
    expect(total("Kosten 1.200,00 €\nGeleistete Abschläge 1.000,00 €\nNachzahlung 200,00 €\nGesamtbetrag 200,00 €")).toBe("200.00 EUR");
  });

  it("reads a bracket after a total label as its qualifier, unless it excludes something", () => {
    expect(total("TOTAL (IVA iricluido)    52,83 €\nCuota IVA  9,51 €")).toBe("52.83 EUR");
    expect(total("Total (excl. VAT)  £100.00\nVAT  £20.00\nAmount due  £120.00")).toBe("120.00 GBP");
    expect(total("Total (excl. VAT)  £100.00")).toBeNull();
  });

  it("takes the currency of the country a receipt's registrations name when it prints none", () => {
    expect(total("BANQUE POPULAIRE\nRCS Lille 456 504 851\nTOTAL TTC   73,39")).toBe("73.39 EUR");
    expect(total("TESCO STORES LTD\nVAT No. GB 220 4302 31\nTOTAL TO PAY   5.40")).toBe("5.40 GBP");
    expect(total("Harbor Health\nChicago, IL 60611\nTotal   45.00")).toBe("45.00 USD");
    // Two countries' registrations, or none: no currency is guessed.
    expect(findTotal("VAT No. GB 220 4302 31 · SIRET 451 321 335 00123\nTOTAL 5.40")?.currency).toBeNull();
    expect(findTotal("Corner shop\nTOTAL 5.40")?.currency).toBeNull();
  });

  it("finds nothing without a total label", () => {
    expect(total("Dear Sir, please find our brochure enclosed.")).toBeNull();
    expect(total("Net pay 2,000.00 GBP")).toBeNull();
  });
});

describe("values a bill is assessed on, and the damage a settlement starts from (round 10)", () => {
  // The shipped reader (the learned ranker over the hand rules' indicators, NOT_TOTAL among them).
  const shipped = (text: string) => {
    const t = findShippedTotal(text);
    return t ? formatTotal(t) : null;
  };
  it("are never the total", () => {
    expect(shipped("IBI 2025\nValor catastral               139.594,66 EUR\nCuota íntegra                 347,38 EUR")).toBe("347.38 EUR");
    expect(shipped("Taxe foncière\nBase d'imposition             2 652,00 €\nMontant de votre impôt          587,69 €")).toBe("587.69 EUR");
    expect(shipped("Claim settlement\nAgreed cost of repairs              £1,199.00\nLess your excess                    £250.00\nAmount we pay                       £949.00")).toBe("949.00 GBP");
    expect(shipped("Schadenregulierung\nAnerkannter Schaden                 3.962,00 EUR\nSelbstbeteiligung                   250,00 EUR\nAuszahlungsbetrag                   3.712,00 EUR")).toBe("3712.00 EUR");
  });
});
