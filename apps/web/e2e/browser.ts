// Chromium for the browser tests: one page that records every console error, and full-page screenshots.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { REPO_ROOT, type Credentials, type Stack } from "./stack.ts";

export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join(REPO_ROOT, "test-results/screenshots");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions, in order; a spec expects it empty at the end. */
  errors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `expectedErrors`: console errors a spec provokes on purpose (e.g. the 415 of a refused upload), not recorded. */
/** `locale`: the browser's language (default en-US, whatever the machine's own setting: the console follows it). */
export async function openBrowser(opts: { width?: number; height?: number; expectedErrors?: RegExp[]; locale?: string } = {}): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 860 }, acceptDownloads: true, locale: opts.locale ?? "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !opts.expectedErrors?.some((re) => re.test(msg.text()))) errors.push(`console: ${JSON.stringify(msg.text())} at ${JSON.stringify(msg.location())}`);
  });
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    context,
    page,
    errors,
    async screenshot(name) {
      // Let fonts, canvases and transitions settle so the picture shows the page as a person sees it.
      // From the top: a full-page capture of a scrolled page shows the sticky header mid-page.
      await page.evaluate(async () => {
        window.scrollTo(0, 0);
        await document.fonts.ready;
      });
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}

/**
 * Signs in through the console's login form (default: the stack's admin) and waits for the app. It opens
 * `path` (default the document list, "/documents"; "/" is the dashboard) first; the console shows the login
 * form there and then that page once signed in.
 */
export async function signIn(page: Page, stack: Stack, creds: Pick<Credentials, "email" | "password"> = stack.admin, path = "/documents"): Promise<void> {
  await page.goto(`${stack.baseUrl}${path}`);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(creds.email);
  await form.getByLabel("Password").fill(creds.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

/** Signs out through the header and waits for the login form. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("form", { name: "Sign in" }).waitFor();
}

interface DocumentState {
  id: string;
  status: string;
  topics: { name: string; source: string }[];
}

/** Polls the api until the document reaches `done`; fails at once if it fails or the stack dies. */
export async function waitForDone(stack: Stack, id: string, timeout = 90_000): Promise<DocumentState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    stack.assertRunning();
    const doc = await stack.query<DocumentState & { error: string | null }>("documents.get", { id });
    if (doc.status === "done") return doc;
    if (doc.status === "failed") throw new Error(`document ${id} failed: ${doc.error}\n${stack.logs()}`);
    if (Date.now() > deadline) throw new Error(`document ${id} is still ${doc.status} after ${timeout} ms\n${stack.logs()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * The page's width and, when something sticks out past it, the first five elements that do (named in a failure).
 * A page that fits a phone gives `{ scrollWidth: <viewport width>, wide: [] }`.
 */
export function overflow(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.getClientRects().length > 0)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join(".")} → ${Math.round(el.getBoundingClientRect().right)}px`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
}

/** Waits for the page's heading and for its data (no full-size spinner left). */
export async function settle(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator(".spinner:not(.spinner-sm)").count()).toBe(0);
}

/** Pages reached from another page's tabs rather than the main navigation (the topics page's library tabs). */
const PAGES_OUTSIDE_THE_NAV = ["/correspondents", "/fields"];

/**
 * Every page of the console, as the layout and language specs visit them: the dashboard, each link of the main
 * navigation (so pages added later are covered too), the pages outside it, the account, the document
 * `documentId` and a 404. Read from the header of the console open in `page`, in whatever language it speaks.
 */
export async function consolePages(page: Page, documentId: string): Promise<{ path: string; name: string }[]> {
  const navPaths = await page.locator(".app-header nav").getByRole("link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const paths = [...new Set(["/", ...navPaths, ...PAGES_OUTSIDE_THE_NAV])];
  return [
    ...paths.map((path) => ({ path, name: path === "/" ? "dashboard" : path.slice(1).replaceAll("/", "-") })),
    { path: "/account", name: "account" },
    { path: `/documents/${documentId}`, name: "document" },
    { path: "/no-such-page", name: "not-found" },
  ];
}
