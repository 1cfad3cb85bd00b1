// Sums in the console's language (issue 16): shown grouped with two decimals, edited with the language's decimal
// mark, and sent to the api the way it reads them ("119.50 EUR") whatever the language.
import { beforeAll, expect, test, vi } from "vitest";
import type * as Format from "../src/format.ts";
import type * as FieldValue from "../src/components/FieldValue.tsx";

let format: typeof Format;
let fieldValue: typeof FieldValue;

beforeAll(async () => {
  // A German browser: i18n.ts reads the browser's languages when it loads.
  vi.stubGlobal("navigator", { languages: ["de-DE"], language: "de-DE" });
  format = await import("../src/format.ts");
  fieldValue = await import("../src/components/FieldValue.tsx");
});

test("a sum reads 1.234,50 and is edited as 1234,50 in German", () => {
  expect(format.formatAmount(1234.5)).toBe("1.234,50");
  expect(format.formatAmountInput(1234.5)).toBe("1234,50");
  expect(format.formatNumber(1250)).toBe("1.250");
});

test("a German decimal comma reaches the api as a point; other text is left for the api to judge", () => {
  expect(format.numberInputToApi("119,50")).toBe("119.50");
  expect(format.numberInputToApi("-3,5")).toBe("-3.5");
  expect(format.numberInputToApi("119.50")).toBe("119.50");
  // Grouped or odd input goes as typed: the api answers what is wrong with it.
  expect(format.numberInputToApi("1.234,50")).toBe("1.234,50");
  expect(fieldValue.valueOf("monetary", { text: "119,50", currency: "eur" })).toBe("119.50 EUR");
  expect(fieldValue.valueOf("number", { text: "2,5", currency: "" })).toBe("2.5");
  expect(fieldValue.valueOf("text", { text: "2,5", currency: "" })).toBe("2,5");
  expect(fieldValue.draftOf("monetary", { value: "1234.50 CHF", amount: 1234.5, currency: "CHF" })).toEqual({ text: "1234,50", currency: "CHF" });
});
