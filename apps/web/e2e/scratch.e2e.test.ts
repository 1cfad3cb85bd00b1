import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { startStack } from "./stack.ts";

const DIR = "/tmp/docscan-scratch";
test("scratch", async () => {
  mkdirSync(DIR, { recursive: true });
  const stack = await startStack();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const errors: string[] = [];
  try {
    await stack.mutate("topics.create", { name: "Invoices", description: "Invoices and bills from suppliers: amount due, payment terms, VAT.", color: "#ef4444" });
    await stack.mutate("topics.create", { name: "Sports", description: "Football matches, tennis tournaments, athletes and scores.", color: "#22c55e" });
    await stack.mutate("topics.create", { name: "Travel", description: "Flights, hotels, itineraries, boarding passes.", color: "#fde047" });
    const upload = async (name: string, bytes: Uint8Array, type: string) => {
      const fd = new FormData();
      fd.append("file", new Blob([bytes], { type }), name);
      const r = await fetch(`${stack.baseUrl}/api/documents`, { method: "POST", body: fd });
      if (r.status !== 201) throw new Error(await r.text());
    };
    await upload("locked.pdf", makePdf(["secret invoice"], { userPassword: "pw" }), "application/pdf");
    await upload("match-report.txt", new TextEncoder().encode("Football match report: the athletes scored three goals in the tennis tournament final."), "text/plain");
    for (let i = 1; i <= 11; i++) await upload(`note-${i}.txt`, new TextEncoder().encode(`Invoice ${i}: amount due 100 EUR, payment terms 30 days, VAT included.`), "text/plain");
    await upload("a-very-long-file-name-for-the-quarterly-supplier-invoice-northwind-2024-Q3-final-v2.pdf", makePdf(["INVOICE amount due VAT payment terms"]), "application/pdf");

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await ctx.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(stack.baseUrl);
    await page.locator("tbody tr").first().waitFor();
    await page.screenshot({ path: `${DIR}/docs-processing.png`, fullPage: true });
    await page.waitForFunction(() => document.querySelectorAll('[data-status="pending"],[data-status="extracting"],[data-status="classifying"]').length === 0, null, { timeout: 60_000 });
    await page.screenshot({ path: `${DIR}/docs-settled.png`, fullPage: true });

    // picker
    const row = page.locator("tbody tr", { hasText: "match-report.txt" });
    await row.getByRole("button", { name: /Edit topics/ }).click();
    await page.locator(".popover:popover-open").waitFor();
    await page.screenshot({ path: `${DIR}/picker.png` });
    await page.locator(".popover:popover-open").getByLabel("Travel").check();
    await page.locator(".popover:popover-open").getByRole("button", { name: "Save" }).click();
    await row.locator(".topic-chip", { hasText: "Travel" }).waitFor();
    console.log("picker ok; focus:", await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80)));

    // filters
    await page.getByLabel("Topic", { exact: true }).selectOption({ label: "Travel" });
    await page.waitForTimeout(500);
    console.log("travel rows", await page.locator("tbody tr").count());
    await page.getByLabel("Status", { exact: true }).selectOption("failed");
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${DIR}/filter-empty.png`, fullPage: true });
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Status", { exact: true }).selectOption("failed");
    await page.waitForTimeout(500);
    console.log("failed rows", await page.locator("tbody tr").count());
    await page.getByRole("button", { name: "Clear filters" }).click();

    // pagination
    await page.getByLabel("Per page").selectOption("10");
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: /Next/ }).click();
    await page.waitForTimeout(500);
    console.log("page2 rows", await page.locator("tbody tr").count(), await page.locator(".pagination").textContent());
    await page.getByLabel("Per page").selectOption("25");

    // reclassify
    const r2 = page.locator("tbody tr", { hasText: "note-1.txt" });
    await r2.getByRole("button", { name: /Reclassify/ }).click();
    await r2.locator('[data-status="done"]').waitFor({ timeout: 30_000 });
    console.log("reclassify ok");

    // delete
    await r2.getByRole("button", { name: /Delete/ }).click();
    await page.locator("dialog[open]").waitFor();
    await page.screenshot({ path: `${DIR}/delete-dialog.png` });
    await page.keyboard.press("Escape");
    await page.waitForTimeout(200);
    console.log("dialog open after esc", await page.locator("dialog[open]").count());
    await r2.getByRole("button", { name: /Delete/ }).click();
    await page.locator("dialog[open]").getByRole("button", { name: "Delete document" }).click();
    await r2.waitFor({ state: "detached" });
    console.log("delete ok");

    // topics
    await page.getByRole("link", { name: "Topics" }).click();
    await page.getByRole("button", { name: "Create topic" }).click();
    await page.screenshot({ path: `${DIR}/topic-empty-name.png`, fullPage: true });
    await page.getByLabel("Name").first().fill("invoices");
    await page.getByRole("button", { name: "Create topic" }).click();
    await page.waitForTimeout(500);
    console.log("dup:", await page.locator(".text-warn").textContent());
    await page.getByRole("button", { name: "Edit Sports" }).click();
    await page.screenshot({ path: `${DIR}/topic-edit.png`, fullPage: true });
    await page.locator("form[aria-label='Edit topic Sports']").getByLabel("Name").fill("Travel");
    await page.locator("form[aria-label='Edit topic Sports']").getByRole("button", { name: "Save" }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${DIR}/topic-edit-conflict.png`, fullPage: true });
    await page.locator("form[aria-label='Edit topic Sports']").getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Delete Invoices" }).click();
    await page.screenshot({ path: `${DIR}/topic-delete.png` });
    await page.locator("dialog[open]").getByRole("button", { name: "Delete topic" }).click();
    await page.locator(".alert-ok").waitFor();
    console.log("deleted:", await page.locator(".alert-ok").textContent());

    // settings
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Base URL").fill("not a url");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${DIR}/settings-error.png`, fullPage: true });
    await page.getByLabel("Base URL").fill("http://127.0.0.1:9/v1");
    await page.getByLabel("API key").fill("sk-test-abcdefgh1234");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForTimeout(500);
    console.log("placeholder", await page.getByLabel("API key").getAttribute("placeholder"), await page.getByLabel("API key").inputValue());
    await page.getByRole("button", { name: "Test connection" }).click();
    await page.locator(".alert-error").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${DIR}/settings-openai.png`, fullPage: true });
    await page.getByRole("button", { name: "Clear key" }).click();
    await page.waitForTimeout(500);
    console.log("after clear", await page.getByTestId("effective-provider").textContent());

    // tablet
    await page.setViewportSize({ width: 820, height: 1000 });
    await page.getByRole("link", { name: "Documents" }).click();
    await page.locator("tbody tr").first().waitFor();
    await page.screenshot({ path: `${DIR}/tablet-docs.png`, fullPage: true });
    await page.getByRole("link", { name: "Settings" }).click();
    await page.screenshot({ path: `${DIR}/tablet-settings.png`, fullPage: true });
    await page.getByRole("link", { name: "Topics" }).click();
    await page.screenshot({ path: `${DIR}/tablet-topics.png`, fullPage: true });

    // error state
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.route("**/trpc/**", (r) => r.abort());
    await page.getByRole("link", { name: "Documents" }).click();
    await page.goto(`${stack.baseUrl}/`);
    await page.locator(".alert-error").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${DIR}/error.png`, fullPage: true });
    await page.unroute("**/trpc/**");
    await page.goto(`${stack.baseUrl}/nope`);
    await page.screenshot({ path: `${DIR}/notfound.png` });
    // keyboard focus
    await page.goto(`${stack.baseUrl}/topics`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.screenshot({ path: `${DIR}/focus.png` });
  } finally {
    console.log("errors", errors);
    await browser.close();
    await stack.stop();
  }
});
