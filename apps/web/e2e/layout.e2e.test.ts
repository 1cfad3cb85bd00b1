// Phones, dark mode and the keyboard (issue 16, items 7 and 8). Every page of the console is opened at 390 px
// (and 360 px) and must not scroll sideways; every page is photographed at 1280 and 390 px in the light and the dark theme;
// the theme follows the system until one is chosen; j/k, Enter, x, e and ? work in lists and never while typing.
import { join } from "node:path";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { chatCompletion, isChatRequest, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { consolePages, openBrowser, overflow, SCREENSHOT_DIR, settle, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
/** The page background of each theme (styles.css --bg). */
const BACKGROUND = { light: "rgb(246, 247, 249)", dark: "rgb(14, 17, 22)" };
const NAMES = ["invoice-hotel-bellevue-lucerne-march.txt", "train-ticket-zurich-geneva.txt", "electricity-bill-q1.txt"];

let stack: Stack;
let fake: FakeOpenAI;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
const ids: string[] = [];
const CORRUPT_PDF = "scan-corrupt.pdf";
let corruptId: string | undefined;

beforeAll(async () => {
  // A model that is unsure about one topic: the review inbox has rows to lay out as cards.
  fake = await startFakeOpenAI((request) => {
    if (!isChatRequest(request)) return undefined;
    const answer = { topics: [{ name: "Travel", confidence: 0.55, quote: "Two nights, 12 to 14 March" }] };
    return chatCompletion(JSON.stringify(answer), { model: "gpt-4o-mini", usage: { prompt_tokens: 900, completion_tokens: 30 } });
  });
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  await stack.mutate("topics.create", { name: "Travel", description: "Trips, flights, hotels and train tickets.", color: "#0ea5e9" });
  await stack.mutate("topics.create", { name: "Utilities", description: "Electricity, water and gas bills.", color: "#22c55e" });
  await stack.mutate("settings.update", { apiKey: "sk-e2e-seeded-key-0000", baseUrl: fake.baseURL, model: "gpt-4o-mini", allowNewTopics: false });
  await stack.createUser("a-member-with-a-rather-long-address@e2e.test");
  await stack.mutate("folders.create", { name: "Finance and household paperwork" });
  for (const name of NAMES) {
    const text = `${name}: Two nights, 12 to 14 March, double room. Amount due CHF 429.80.`;
    ids.push(...(await stack.upload({ name, bytes: Buffer.from(text), type: "text/plain" })));
  }
  const trashed = await stack.upload({ name: "old-draft.txt", bytes: Buffer.from("A draft nobody needs."), type: "text/plain" });
  // A scan no reader can open: the dashboard's "Needs attention" card has a document to show.
  [corruptId] = await stack.upload({ name: CORRUPT_PDF, bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300, 7)]), type: "application/pdf" });
  for (const id of [...ids, ...trashed]) await waitForDone(stack, id);
  for (let i = 0; (await stack.query<{ status: string }>("documents.get", { id: corruptId })).status !== "failed"; i++) {
    if (i > 600) throw new Error(`the corrupt scan did not fail\n${stack.logs()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // A documents quota, so the storage card draws a meter against a limit.
  const adminId = (await stack.query<{ id: string; email: string }[]>("users.list")).find((u) => u.email === stack.admin.email)!.id;
  await stack.mutate("users.update", { id: adminId, quotaDocuments: 1000 });
  await stack.mutate("documents.delete", { id: trashed[0] });
  // Saved views: the dashboard shows them as cards, the documents page beside the list (a long name too).
  await stack.mutate("views.create", { name: "Hotel and train receipts of the spring quarter", filters: { q: "nights" } });
  await stack.mutate("views.create", { name: "Utilities", filters: { topic: (await stack.query<{ id: string; name: string }[]>("topics.list")).find((t) => t.name === "Utilities")!.id } });
  b = await launching;
  await b.page.setViewportSize(DESKTOP);
  await signIn(b.page, stack);
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await fake?.close();
});

test("the dashboard's cards: documents waiting for review, failed documents and jobs, storage against the quota", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.setViewportSize(DESKTOP);
  const waiting = (await stack.query<{ total: number }>("review.list", { limit: 1 })).total;
  const failedJobs = (await stack.query<{ counts: { failed: number } }>("jobs.list", { state: "failed", limit: 1 })).counts.failed;
  const used = (await stack.query<{ user: { usedDocuments: number } }>("auth.status")).user.usedDocuments;
  expect(waiting).toBeGreaterThan(0);
  await page.goto(stack.baseUrl);
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

  const review = page.getByRole("region", { name: "Waiting for review" });
  await expect.poll(() => review.getByTestId("review-waiting").textContent()).toBe(String(waiting));
  expect(await review.textContent()).toContain(waiting === 1 ? "document waits for a person" : "documents wait for a person");
  expect(await review.getByRole("link", { name: "Open review" }).getAttribute("href")).toBe("/review");

  const failed = page.getByRole("region", { name: "Needs attention" });
  await expect.poll(() => failed.getByTestId("failed-count").textContent()).toBe("1");
  expect(await failed.textContent()).toContain("document could not be read");
  expect(await failed.locator(".file-link").allTextContents()).toEqual([CORRUPT_PDF]);
  expect(await failed.locator(".file-link").getAttribute("href")).toBe(`/documents/${corruptId}`);
  expect(await failed.getByRole("link", { name: "All failed documents" }).getAttribute("href")).toBe("/documents?status=failed");
  const jobsLine = failed.getByRole("link", { name: /background jobs? failed$/ });
  if (failedJobs > 0) expect(await jobsLine.textContent()).toBe(`${failedJobs} background ${failedJobs === 1 ? "job" : "jobs"} failed`);
  else expect(await jobsLine.count()).toBe(0);

  const storage = page.getByRole("region", { name: "Storage and quota" });
  expect(used).toBeGreaterThan(0);
  await expect.poll(() => storage.locator(".quota-text").first().textContent()).toBe(`${used} of 1,000`);
  expect(await storage.getByRole("meter", { name: "Documents used" }).getAttribute("aria-valuenow")).toBe(String(Math.round((used / 1000) * 100)));
  expect(await storage.textContent()).toContain("Limits are set by an admin.");
  expect(b.errors).toEqual([]);
});

/** Every page of the console, read once from the header (pages added later are covered too). */
let pages: { path: string; name: string }[] | undefined;
async function everyPage(): Promise<{ path: string; name: string }[]> {
  if (!pages) {
    await b.page.setViewportSize(DESKTOP);
    await b.page.goto(stack.baseUrl);
    await settle(b.page);
    pages = await consolePages(b.page, ids[0]!);
  }
  return pages;
}

test("a laptop's header links every page without scrolling; the brand links to the dashboard", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  // Every page the main navigation offers, the account, a document, a 404.
  expect((await everyPage()).map((p) => p.path)).toEqual(expect.arrayContaining(["/documents", "/upload", "/review", "/topics", "/trash", "/activity", "/settings", "/users"]));
  await page.setViewportSize(DESKTOP);
  await page.goto(stack.baseUrl);
  await settle(page);
  expect(await page.getByRole("navigation", { name: "Main" }).evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBe(0);
  // The dashboard, the landing page, is the brand's link (ADR 0031): the laptop's nav has no room for one more.
  expect(await page.getByRole("link", { name: "docscan home: dashboard" }).getAttribute("href")).toBe("/");
  expect(b.errors).toEqual([]);
});

// One test per theme and width, so that no single test photographs the whole console four times over: on CI's
// busiest minutes (every package's tests at once on two cores) that took longer than one test's timeout.
for (const theme of ["light", "dark"] as const) {
  for (const [size, viewport] of [["1280", DESKTOP], ["390", PHONE]] as const) {
    const phone = viewport === PHONE;
    test(`every page at ${size} px in the ${theme} theme${phone ? ", without sideways scrolling at 390 and 360 px" : ""}; a screenshot of each`, async () => {
      onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
      const { page } = b;
      const all = await everyPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(viewport);
      for (const p of all) {
        await page.goto(`${stack.baseUrl}${p.path}`);
        await settle(page);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(BACKGROUND[theme]);
        if (phone) {
          expect({ page: p.path, ...(await overflow(page)) }).toEqual({ page: p.path, scrollWidth: 390, wide: [] });
          // The narrowest phone the console is made for.
          await page.setViewportSize({ ...PHONE, width: 360 });
          expect({ page: p.path, ...(await overflow(page)) }).toEqual({ page: p.path, scrollWidth: 360, wide: [] });
          await page.setViewportSize(PHONE);
        }
        await b.screenshot(`layout-${size}-${theme}-${p.name}`);
      }
      stack.assertRunning();
      expect(b.errors).toEqual([]);
    });
  }

  test(`the phone's menu in the ${theme} theme: it opens, fits, and a link in it navigates and folds it again`, async () => {
    onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
    const { page } = b;
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize(PHONE);
    await page.goto(`${stack.baseUrl}/review`);
    await settle(page);
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Review/ }).waitFor();
    expect(await overflow(page)).toEqual({ scrollWidth: 390, wide: [] });
    await b.screenshot(`layout-390-${theme}-menu`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
    await page.getByRole("heading", { level: 1, name: "Topics" }).waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(b.errors).toEqual([]);
  });
}

test("signed out: the sign-in page in both themes at 1280 and 390 px, without sideways scrolling on a phone", async () => {
  for (const theme of ["light", "dark"] as const) {
    for (const [size, viewport] of [["1280", DESKTOP], ["390", PHONE]] as const) {
      const context = await b.browser.newContext({ viewport, colorScheme: theme });
      const login = await context.newPage();
      await login.goto(stack.baseUrl);
      await login.getByRole("form", { name: "Sign in" }).waitFor();
      expect(await login.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(BACKGROUND[theme]);
      if (viewport === PHONE) expect(await overflow(login)).toEqual({ scrollWidth: 390, wide: [] });
      await login.screenshot({ path: join(SCREENSHOT_DIR, `layout-${size}-${theme}-login.png`), fullPage: true });
      await context.close();
    }
  }
  stack.assertRunning();
});

test("the theme follows the system until light or dark is chosen; the choice is remembered", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.setViewportSize(DESKTOP);
  await page.goto(stack.baseUrl);
  await settle(page);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const theme = page.getByRole("button", { name: /^Theme:/ });
  const stored = () => page.evaluate(() => localStorage.getItem("docscan.theme"));
  expect(await theme.getAttribute("aria-label")).toBe("Theme: System");

  // System: the emulated colour scheme decides.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(background).toBe(BACKGROUND.dark);
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(background).toBe(BACKGROUND.light);

  // The button steps to light: light on a dark system too.
  await theme.click();
  expect(await theme.getAttribute("aria-label")).toBe("Theme: Light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(background).toBe(BACKGROUND.light);
  expect(await stored()).toBe("light");
  // Then dark: dark on a light system, also after a reload.
  await theme.click();
  expect(await theme.getAttribute("aria-label")).toBe("Theme: Dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(background).toBe(BACKGROUND.dark);
  await page.reload();
  await settle(page);
  expect(await background()).toBe(BACKGROUND.dark);
  expect(await theme.getAttribute("aria-label")).toBe("Theme: Dark");
  expect(await stored()).toBe("dark");
  await b.screenshot("theme-dark-chosen");
  // Then back to the system's: light here, nothing stored, and dark once the system turns dark.
  await theme.click();
  expect(await theme.getAttribute("aria-label")).toBe("Theme: System");
  await expect.poll(background).toBe(BACKGROUND.light);
  expect(await stored()).toBeNull();
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(background).toBe(BACKGROUND.dark);
  await page.emulateMedia({ colorScheme: "light" });

  expect(b.errors).toEqual([]);
});

test("keyboard: j/k move the highlight, Enter opens, x selects, e edits topics, ? lists the shortcuts; never while typing", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.setViewportSize(DESKTOP);
  // The three read documents (the corrupt scan, failed, is the dashboard test's).
  await page.goto(`${stack.baseUrl}/documents?sort=name&status=done`);
  await settle(page);
  const rows = page.locator("tbody tr[data-document-id]");
  await expect.poll(() => rows.count()).toBe(3);
  const sorted = [...NAMES].sort();
  const highlighted = () => page.locator('tbody tr[aria-current="true"] .file-link').allTextContents();
  await page.locator("body").click({ position: { x: 5, y: 400 } });

  await page.keyboard.press("j");
  await expect.poll(highlighted).toEqual([sorted[0]]);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("j"); // stays on the last row
  await expect.poll(highlighted).toEqual([sorted[2]]);
  await page.keyboard.press("k");
  await expect.poll(highlighted).toEqual([sorted[1]]);

  // Typing in the search field types; it moves nothing and opens nothing.
  const search = page.getByRole("searchbox", { name: "Search documents" });
  await search.focus();
  await page.keyboard.type("jk?ex");
  expect(await search.inputValue()).toBe("jk?ex");
  expect(await page.getByRole("dialog").count()).toBe(0);
  await search.fill("");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBeNull();
  await expect.poll(() => rows.count()).toBe(3);
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  // (The search may have emptied the list for a moment, and the highlight with it: from the top again.)
  for (const key of ["k", "k", "k", "j"]) await page.keyboard.press(key);
  await expect.poll(highlighted).toEqual([sorted[1]]);

  // x selects the highlighted row (the bulk bar appears), x again unselects it.
  await page.keyboard.press("x");
  await expect.poll(() => page.getByRole("checkbox", { name: `Select ${sorted[1]}` }).isChecked()).toBe(true);
  await page.keyboard.press("x");
  await expect.poll(() => page.getByRole("checkbox", { name: `Select ${sorted[1]}` }).isChecked()).toBe(false);

  // e opens the highlighted document's topic picker; Escape closes it.
  await page.keyboard.press("e");
  await page.getByRole("group", { name: `Topics for ${sorted[1]}` }).waitFor();
  await page.keyboard.press("Escape");
  await page.getByRole("group", { name: `Topics for ${sorted[1]}` }).waitFor({ state: "hidden" });

  // ? lists the shortcuts.
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain("Edit the highlighted document's topics");
  await b.screenshot("keyboard-shortcuts");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });

  // Enter opens the highlighted document; e there edits its topics.
  await page.keyboard.press("Enter");
  await page.waitForURL(`${stack.baseUrl}/documents/${ids[NAMES.indexOf(sorted[1]!)]}`);
  await page.getByRole("heading", { level: 1, name: sorted[1] }).waitFor();
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("e");
  const picker = page.getByRole("group", { name: `Topics for ${sorted[1]}` });
  await picker.waitFor();
  await picker.getByRole("checkbox", { name: /Utilities/ }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await picker.waitFor({ state: "hidden" });
  await expect.poll(() => page.locator('[data-topic="Utilities"]').count()).toBe(1);

  // The review inbox: j highlights, Enter opens that document.
  await page.goto(`${stack.baseUrl}/review`);
  await settle(page);
  const reviewRows = page.locator("tbody tr[data-document-id]");
  await expect.poll(() => reviewRows.count()).toBeGreaterThan(1);
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("j");
  const second = await reviewRows.nth(1).locator(".file-link").textContent();
  expect(await reviewRows.nth(1).getAttribute("aria-current")).toBe("true");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: second! }).waitFor();

  expect(b.errors).toEqual([]);
});

test("a fresh install's Setup page (the first admin) fits 390 and 360 px; screenshots in both themes", async () => {
  // A stack of its own with no account at all: the console opens on Setup.
  const fresh = await startStack({ admin: false, worker: false });
  try {
    for (const theme of ["light", "dark"] as const) {
      for (const [size, viewport] of [["1280", DESKTOP], ["390", PHONE]] as const) {
        const context = await b.browser.newContext({ viewport, colorScheme: theme });
        const setup = await context.newPage();
        await setup.goto(fresh.baseUrl);
        await setup.getByRole("form", { name: "Create the first admin" }).waitFor();
        expect(await setup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(BACKGROUND[theme]);
        if (viewport === PHONE) {
          expect(await overflow(setup)).toEqual({ scrollWidth: 390, wide: [] });
          await setup.setViewportSize({ ...PHONE, width: 360 });
          expect(await overflow(setup)).toEqual({ scrollWidth: 360, wide: [] });
          await setup.setViewportSize(PHONE);
        }
        await setup.screenshot({ path: join(SCREENSHOT_DIR, `layout-${size}-${theme}-setup.png`), fullPage: true });
        await context.close();
      }
    }
  } finally {
    await fresh.stop();
  }
});
