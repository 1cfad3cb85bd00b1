import { expect, it } from "vitest";
import { mergeOcrLines } from "../src/merge.ts";

const layer = "Expense claim for March\nSee the receipt below\nSigned by the manager";

it("puts the words of a picture between the typed lines around it", () => {
  const ocr = "Expense claim for March\nSee the recelpt below\nReceipt from Corner Bakery\nSourdough loaf 4.50\nSigned by the manager";
  expect(mergeOcrLines(layer, ocr)).toBe(
    "Expense claim for March\nSee the receipt below\n\nReceipt from Corner Bakery\nSourdough loaf 4.50\n\nSigned by the manager",
  );
});

it("keeps the layer as it is when OCR adds nothing, and every layer line when OCR misses some", () => {
  expect(mergeOcrLines(layer, "Expense claim for March\nSigned by the manager")).toBe(layer);
  expect(mergeOcrLines(layer, "")).toBe(layer);
});

it("a picture above all typed text comes first", () => {
  expect(mergeOcrLines(layer, "Corner Bakery\nExpense claim for March\nSee the receipt below\nSigned by the manager")).toBe(`Corner Bakery\n\n${layer}`);
});
