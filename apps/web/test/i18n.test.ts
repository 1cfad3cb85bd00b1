// The console's language from the browser's preferred languages (ADR 0037): the first one it speaks, else English.
import { beforeAll, expect, test, vi } from "vitest";
import type * as I18n from "../src/i18n.ts";

let browserLocale: typeof I18n.browserLocale;

beforeAll(async () => {
  // i18n.ts reads the browser's languages when it loads; Node has no navigator before v21.
  vi.stubGlobal("navigator", { languages: ["en-US"], language: "en-US" });
  ({ browserLocale } = await import("../src/i18n.ts"));
});

test("a regional variant counts as its language: de-AT → de", () => {
  expect(browserLocale(["de-AT"])).toBe("de");
  expect(browserLocale(["DE-ch", "en"])).toBe("de");
});

test("the first language the console speaks wins: fr, then de → de; en before de → en", () => {
  expect(browserLocale(["fr-FR", "fr", "de"])).toBe("de");
  expect(browserLocale(["en-GB", "de-DE"])).toBe("en");
});

test("English when the console speaks none of them, or the browser names none", () => {
  expect(browserLocale(["fr"])).toBe("en");
  expect(browserLocale([])).toBe("en");
});
