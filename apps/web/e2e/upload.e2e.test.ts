// One journey through the real stack in Chromium: upload a PDF, watch it get classified, download it back.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { openBrowser, signIn, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

let stack: Stack;
let tb: TestBrowser;
/** The one error the journey provokes on purpose: the 415 answer to an unsupported upload. */
const EXPECTED_ERRORS = [/Failed to load resource: the server responded with a status of 415/];

beforeAll(async () => {
  stack = await startStack();
  await stack.mutate("topics.create", {
    name: "Invoices",
    description: "Invoices and bills from suppliers: amount due, payment terms, VAT.",
    color: "#ef4444",
  });
  await stack.mutate("topics.create", {
    name: "Sports",
    description: "Football matches, tennis tournaments, athletes and scores.",
    color: "#22c55e",
  });
  tb = await openBrowser({ expectedErrors: EXPECTED_ERRORS });
});

afterAll(async () => {
  await tb?.close();
  await stack?.stop();
});

test("upload a PDF, see it classified as an invoice, download the same bytes", async () => {
  const { page, errors: browserErrors } = tb;
  const screenshot = (name: string) => tb.screenshot(name);
  onTestFailed(() => {
    console.error(`browser errors:\n${browserErrors.join("\n") || "(none)"}\n\n${stack.logs()}`);
  });
  const pdf = Buffer.from(
    makePdf([
      [
        "INVOICE No. 2024-0117",
        "Supplier: Northwind Office Supplies Ltd",
        "Bill to: Contoso GmbH",
        "Amount due: EUR 1,250.00 including VAT 20%",
        "Payment terms: 30 days net. Please pay this invoice by bank transfer.",
      ].join("\n"),
    ]),
  );

  await signIn(page, stack);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Documents");
  await page.getByText("No documents yet.").waitFor();
  // Set a marker that a page reload would wipe: everything below happens in this one page load.
  await page.evaluate(() => Object.assign(window, { __e2eMarker: true }));

  // Upload through the file input of the drop zone, plus one file the server must refuse.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Upload" }).click();
  await page.getByRole("heading", { name: "Upload", level: 1 }).waitFor();
  await page.locator('input[type="file"]').setInputFiles([
    { name: "northwind-invoice.pdf", mimeType: "application/pdf", buffer: pdf },
    { name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "latin1") },
  ]);
  const uploaded = page.locator("li.upload", { hasText: "northwind-invoice.pdf" });
  await uploaded.and(page.locator('[data-state="done"]')).waitFor();
  await expect.poll(() => uploaded.locator("progress").evaluate((p) => (p as HTMLProgressElement).value)).toBe(100);
  expect(await uploaded.textContent()).toContain("Uploaded");
  // The upload row follows the document through the worker, as the list does.
  await stack.whileRunning(uploaded.locator('[data-status="done"]').waitFor({ timeout: 90_000 }));
  const refused = page.locator("li.upload", { hasText: "program.exe" });
  await refused.and(page.locator('[data-state="error"]')).waitFor();
  const refusal = (await refused.getByRole("alert").textContent()) ?? "";
  expect(refusal).toMatch(/program\.exe/);
  expect(refusal).not.toMatch(/HTTP|\{|at /);
  await screenshot("upload");

  // The list updates itself (polling) until the document is done and carries the Invoices chip.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
  const row = page.locator("tbody tr", { hasText: "northwind-invoice.pdf" });
  await row.waitFor();
  await stack.whileRunning(row.locator('[data-status="done"]').waitFor({ timeout: 90_000 }));
  await row.locator(".topic-chip", { hasText: "Invoices" }).waitFor();
  expect(await row.locator(".topic-chip", { hasText: "Sports" }).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: boolean }).__e2eMarker)).toBe(true);
  stack.assertRunning();
  await screenshot("documents");

  // Search as you type: a prefix of a word in the extracted text finds the document and highlights it.
  const searchBox = page.getByRole("searchbox", { name: "Search documents" });
  await searchBox.fill("northw");
  await row.locator(".search-snippet mark", { hasText: "Northwind" }).first().waitFor();
  await expect.poll(() => page.getByTestId("list-range").textContent()).toBe("1–1 of 1");
  await screenshot("search");
  await searchBox.fill("northwind -invoice");
  await page.getByText("No documents match “northwind -invoice”.").waitFor();
  await searchBox.fill("");
  await row.waitFor();

  // Download through the row's download link (the filename opens the document page) and compare the bytes.
  const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "Download northwind-invoice.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("northwind-invoice.pdf");
  const path = await download.path();
  expect(Buffer.compare(readFileSync(path), pdf)).toBe(0);

  // The other pages render their data.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await page.locator(".topic-item", { hasText: "Invoices" }).getByText("1 document").waitFor();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByTestId("effective-provider").getByText("Local classifier (offline)").waitFor();
  // (topics.png and settings.png come from admin.e2e.test.ts and review.e2e.test.ts, with richer data.)

  expect(browserErrors).toEqual([]);
});
