// The console's languages (issue 16, ADR 0037): a German browser gets the console in German, with dates written
// the German way; the header's language menu switches at once and is remembered; an English browser gets English.
// Every page is photographed in German at 1280 and 390 px, and none scrolls sideways on a phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { chatCompletion, isChatRequest, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { consolePages, openBrowser, overflow, settle, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
/** German's short month names (CLDR), as "6. Dez. 2026" writes them. */
const GERMAN_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."];
const ENGLISH_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

let stack: Stack;
let fake: FakeOpenAI;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let documentId: string;
let uploaded: Date;

beforeAll(async () => {
  // A model unsure about one topic: the review inbox has a suggestion to show in German too.
  fake = await startFakeOpenAI((request) => {
    if (!isChatRequest(request)) return undefined;
    const answer = { topics: [{ name: "Reisen", confidence: 0.55, quote: "Zwei Nächte" }] };
    return chatCompletion(JSON.stringify(answer), { model: "gpt-4o-mini", usage: { prompt_tokens: 900, completion_tokens: 30 } });
  });
  launching = openBrowser({ locale: "de-DE" });
  launching.catch(() => {});
  stack = await startStack();
  await stack.mutate("topics.create", { name: "Reisen", description: "Reisen, Flüge, Hotels und Bahntickets.", color: "#0ea5e9" });
  await stack.mutate("topics.create", { name: "Nebenkosten", description: "Strom, Wasser und Gas.", color: "#22c55e" });
  await stack.mutate("settings.update", { apiKey: "sk-e2e-seeded-key-0000", baseUrl: fake.baseURL, model: "gpt-4o-mini", allowNewTopics: false });
  await stack.createUser("ein-mitglied-mit-einer-recht-langen-adresse@e2e.test");
  await stack.mutate("folders.create", { name: "Finanzen und Haushaltsunterlagen" });
  const ids = await stack.upload(
    { name: "hotelrechnung-luzern-maerz.txt", bytes: Buffer.from("Hotel Bellevue Luzern: Zwei Nächte, 12. bis 14. März, Doppelzimmer. Betrag CHF 429.80."), type: "text/plain" },
    { name: "stromrechnung-q1.txt", bytes: Buffer.from("Stromrechnung erstes Quartal: Zwei Nächte ohne Strom waren es nicht. Betrag EUR 112.40."), type: "text/plain" },
  );
  const trashed = await stack.upload({ name: "alter-entwurf.txt", bytes: Buffer.from("Ein Entwurf, den niemand braucht."), type: "text/plain" });
  for (const id of [...ids, ...trashed]) await waitForDone(stack, id);
  await stack.mutate("documents.delete", { id: trashed[0] });
  await stack.mutate("views.create", { name: "Hotel- und Bahnbelege des Frühjahrsquartals", filters: { q: "Nächte" } });
  documentId = ids[0]!;
  // A sum with a thousands separator and decimals: German writes it "1.234,50".
  const betrag = await stack.mutate<{ id: string }>("fields.create", { name: "Betrag", type: "monetary", extract: "none" });
  await stack.mutate("documents.setField", { id: documentId, fieldId: betrag.id, value: "1234.5 CHF" });
  uploaded = new Date((await stack.query<{ createdAt: string }>("documents.get", { id: documentId })).createdAt);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await fake?.close();
});

/** Signs in through the login form as a German browser shows it. */
async function signInGerman(page: Page): Promise<void> {
  await page.goto(stack.baseUrl);
  const form = page.getByRole("form", { name: "Anmelden" });
  await form.getByLabel("E-Mail-Adresse").fill(stack.admin.email);
  await form.getByLabel("Passwort").fill(stack.admin.password);
  await form.getByRole("button", { name: "Anmelden" }).click();
  await page.getByRole("navigation", { name: "Hauptmenü" }).waitFor();
}

/** The upload date as the dashboard's recent uploads write it (the browser and this test share the time zone). */
const germanDate = (d: Date) => `${d.getDate()}. ${GERMAN_MONTHS[d.getMonth()]} ${d.getFullYear()}`;
const englishDate = (d: Date) => `${ENGLISH_MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
const recentUpload = (page: Page) => page.locator(".dashboard-docs li", { hasText: "hotelrechnung-luzern-maerz.txt" }).locator(".muted").textContent();

test("a German browser gets the console in German, dates written the German way", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.setViewportSize(DESKTOP);
  await signInGerman(page);
  await settle(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
  await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
  const nav = page.getByRole("navigation", { name: "Hauptmenü" });
  // (A link's name may end in its badge, e.g. "Prüfen 1 warten auf Prüfung".)
  for (const name of ["Dokumente", "Hochladen", "Prüfen", "Themen", "Papierkorb", "Einstellungen", "Benutzer", "Protokoll"]) {
    await nav.getByRole("link", { name: new RegExp(`^${name}`) }).waitFor();
  }
  await page.getByRole("button", { name: "Abmelden" }).waitFor();
  expect(await recentUpload(page)).toContain(germanDate(uploaded));

  await nav.getByRole("link", { name: "Dokumente", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Dokumente" }).waitFor();
  expect(await page.title()).toBe("Dokumente · docscan");

  // Numbers too: a custom field's sum on the document page.
  await page.goto(`${stack.baseUrl}/documents/${documentId}`);
  await expect.poll(() => page.locator('[data-field="Betrag"] [data-testid="field-value"]').textContent()).toBe("1.234,50 CHF");
  expect(b.errors).toEqual([]);
});

test("the header's language menu switches at once; a reload keeps the choice; switching back works", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.setViewportSize(DESKTOP);
  await page.goto(stack.baseUrl);
  await settle(page);
  await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
  // At once: no reload, the header, the page and its dates speak English.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents", exact: true }).waitFor();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await expect.poll(() => recentUpload(page)).toContain(englishDate(uploaded));
  expect(await page.evaluate(() => localStorage.getItem("docscan.locale"))).toBe("en");

  await page.reload();
  await settle(page);
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  expect(await page.getByRole("combobox", { name: "Language" }).inputValue()).toBe("en");

  await page.getByRole("combobox", { name: "Language" }).selectOption("de");
  await page.getByRole("heading", { level: 1, name: "Übersicht" }).waitFor();
  await page.getByRole("navigation", { name: "Hauptmenü" }).getByRole("link", { name: "Dokumente", exact: true }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
  await expect.poll(() => recentUpload(page)).toContain(germanDate(uploaded));
  expect(b.errors).toEqual([]);
});

test("a browser in en-US gets English", async () => {
  onTestFailed(() => console.error(stack.logs()));
  const english = await openBrowser({ locale: "en-US" });
  try {
    await signIn(english.page, stack, stack.admin, "/");
    await settle(english.page);
    expect(await english.page.evaluate(() => document.documentElement.lang)).toBe("en");
    await english.page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await english.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Review/ }).waitFor();
    expect(await recentUpload(english.page)).toContain(englishDate(uploaded));
    expect(english.errors).toEqual([]);
  } catch (err) {
    const seen = await english.page.evaluate(() => ({ url: location.href, lang: document.documentElement.lang, languages: navigator.languages, text: document.body.innerText.slice(0, 400) }));
    console.error(`the en-US browser saw: ${JSON.stringify(seen)}\nits errors:\n${english.errors.join("\n") || "(none)"}`);
    throw err;
  } finally {
    await english.close();
  }
});

test("every page in German: screenshots at 1280 and 390 px, no sideways scrolling on a phone", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.setViewportSize(DESKTOP);
  await page.goto(stack.baseUrl);
  await settle(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
  // A laptop's header holds every German link without scrolling the nav, as it does the English ones.
  expect(await page.locator(".app-header nav").evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBe(0);
  const pages = await consolePages(page, documentId);
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(["/", "/documents", "/review", "/topics", "/settings", "/users", "/account", "/no-such-page"]));

  for (const [width, viewport] of [["1280", DESKTOP], ["390", PHONE]] as const) {
    await page.setViewportSize(viewport);
    for (const p of pages) {
      await page.goto(`${stack.baseUrl}${p.path}`);
      await settle(page);
      if (viewport === PHONE) expect({ page: p.path, ...(await overflow(page)) }).toEqual({ page: p.path, scrollWidth: 390, wide: [] });
      await b.screenshot(`de-${p.name}-${width}`);
    }
  }
  // The phone's menu, open, in German.
  await page.goto(`${stack.baseUrl}/review`);
  await settle(page);
  await page.getByRole("button", { name: "Menü" }).click();
  await page.getByRole("navigation", { name: "Hauptmenü" }).getByRole("link", { name: /^Prüfen/ }).waitFor();
  expect(await overflow(page)).toEqual({ scrollWidth: 390, wide: [] });
  await b.screenshot("de-menu-390");

  // Signed out: the sign-in page of a German browser.
  for (const [width, viewport] of [["1280", DESKTOP], ["390", PHONE]] as const) {
    const signedOut = await openBrowser({ locale: "de-DE", ...viewport });
    try {
      await signedOut.page.goto(stack.baseUrl);
      await signedOut.page.getByRole("form", { name: "Anmelden" }).waitFor();
      if (viewport === PHONE) expect(await overflow(signedOut.page)).toEqual({ scrollWidth: 390, wide: [] });
      await signedOut.screenshot(`de-login-${width}`);
      expect(signedOut.errors).toEqual([]);
    } finally {
      await signedOut.close();
    }
  }
  stack.assertRunning();
  expect(b.errors).toEqual([]);
});
