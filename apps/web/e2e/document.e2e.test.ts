// The document page in Chromium: a two-page PDF drawn by pdf.js, its text per page, topics edited inline,
// re-extract, reclassify and delete. Data is seeded through the api, never through the UI.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const PAGE_ONE = ["INVOICE No. 2025-0042", "Supplier: Northwind Office Supplies Ltd", "Amount due: EUR 980.00 including VAT", "Payment terms: 30 days net."];
const PAGE_TWO = ["Delivery note", "Twelve boxes of printer paper and three toner cartridges.", "Please pay the invoice by bank transfer."];

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let docId: string;

beforeAll(async () => {
  launching = openBrowser(); // Chromium starts while the stack does
  launching.catch(() => {});
  stack = await startStack();
  await stack.mutate("topics.create", { name: "Invoices", description: "Invoices and bills from suppliers: amount due, payment terms, VAT.", color: "#ef4444" });
  await stack.mutate("topics.create", { name: "Travel", description: "Trips, flights, hotels and train tickets.", color: "#0ea5e9" });
  await stack.mutate("topics.create", { name: "Sports", description: "Football matches, tennis tournaments and scores.", color: "#22c55e" });
  [docId] = (await stack.upload({ name: "northwind-2025-0042.pdf", bytes: makePdf([PAGE_ONE.join("\n"), PAGE_TWO.join("\n")]), type: "application/pdf" })) as [string];
  await waitForDone(stack, docId);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("a PDF's page: pdf.js preview, text per page, inline topics, re-extract, reclassify, delete", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;

  // From the list, the filename opens the document page without reloading the console.
  await signIn(page, stack);
  await page.evaluate(() => Object.assign(window, { __e2eMarker: true }));
  await page.locator("tbody tr", { hasText: "northwind-2025-0042.pdf" }).getByRole("link", { name: "northwind-2025-0042.pdf", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "northwind-2025-0042.pdf" }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/documents/${docId}`);
  expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: boolean }).__e2eMarker)).toBe(true);
  expect(await page.title()).toBe("northwind-2025-0042.pdf · docscan");

  // pdf.js draws both pages into canvases, and they are not blank.
  const rendered = page.locator('.pdf-page[data-state="rendered"] canvas');
  await expect.poll(() => rendered.count(), { timeout: 30_000 }).toBe(2);
  const inked = await rendered.evaluateAll((canvases) =>
    canvases.map((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
      return dark;
    }),
  );
  expect(inked.every((n) => n > 200), `dark pixels per page: ${inked.join(", ")}`).toBe(true);

  // The extracted text, page by page (or in one piece for documents extracted before pages were kept).
  const text = page.locator(".doc-text");
  await text.getByText(PAGE_ONE[0]!).waitFor();
  const pages = await text.locator(".text-page[data-page]").count();
  if (pages > 0) {
    expect(pages).toBe(2);
    expect(await text.locator('.text-page[data-page="1"]').textContent()).toContain(PAGE_ONE[1]);
    expect(await text.locator('.text-page[data-page="2"]').textContent()).toContain(PAGE_TWO[1]);
    expect(await text.locator('.text-page[data-page="1"]').textContent()).not.toContain(PAGE_TWO[1]);
  } else {
    expect(await text.textContent()).toContain(PAGE_TWO[1]);
  }

  // The classifier's topic, with its source and confidence.
  const topics = page.locator(".doc-topics").first();
  const invoices = topics.locator('.doc-topic[data-topic="Invoices"]');
  await invoices.waitFor();
  expect(await invoices.locator(".source-badge").textContent()).toBe("offline");
  expect(await invoices.locator(".confidence-value").textContent()).toMatch(/\d+%/);
  expect(await page.locator(".run").count()).toBe(1);
  await b.screenshot("document");

  // Edit the topics inline: add Travel by hand.
  await page.getByRole("button", { name: "Edit topics of northwind-2025-0042.pdf" }).click();
  const picker = page.locator(".popover:popover-open");
  await picker.getByLabel("Travel").check();
  await picker.getByRole("button", { name: "Save" }).click();
  await topics.locator('.doc-topic[data-topic="Travel"]').waitFor();
  expect(await topics.locator('.doc-topic[data-topic="Travel"] .source-badge').textContent()).toBe("Manual");

  // Re-extract: the page follows the document through the pipeline and gains a second run.
  await page.getByRole("button", { name: "Re-extract" }).click();
  await stack.whileRunning(expect.poll(() => page.locator(".run").count(), { timeout: 60_000 }).toBe(2));
  await page.locator('.doc-meta [data-status="done"]').waitFor();
  await page.locator('.pdf-page[data-state="rendered"]').first().waitFor();

  // Reclassify: a third run. Manual topics survive both.
  await page.getByRole("button", { name: "Reclassify" }).click();
  await stack.whileRunning(expect.poll(() => page.locator(".run").count(), { timeout: 60_000 }).toBe(3));
  await page.locator('.doc-meta [data-status="done"]').waitFor();
  await topics.locator('.doc-topic[data-topic="Travel"]').waitFor();

  // Delete, confirm, and land on the list without it.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Delete document?" });
  await dialog.getByRole("button", { name: "Delete document" }).click();
  await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/documents");
  await page.getByText("No documents yet.").waitFor();
  const gone = await stack.fetch(`/api/documents/${docId}`);
  expect(gone.status).toBe(404);

  stack.assertRunning();
  expect(b.errors).toEqual([]);
});

test("an e-mail's page lists its attachments, each a document of its own that links back to the mail", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const pdf = Buffer.from(makePdf(["Hotel Adlon booking confirmation", "Two nights in Berlin, 14 to 16 March"])).toString("base64");
  const eml = [
    "From: Hotel Adlon <booking@adlon.example>",
    "To: me@example.com",
    "Subject: Your booking",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="m"',
    "",
    "--m",
    "Content-Type: text/plain",
    "",
    "Your confirmation is attached.",
    "--m",
    'Content-Type: application/pdf; name="booking.pdf"',
    'Content-Disposition: attachment; filename="booking.pdf"',
    "Content-Transfer-Encoding: base64",
    "",
    pdf,
    "--m--",
  ].join("\r\n");
  const [mailId] = (await stack.upload({ name: "booking.eml", bytes: new TextEncoder().encode(eml), type: "message/rfc822" })) as [string];
  await waitForDone(stack, mailId);

  await page.goto(`${stack.baseUrl}/documents/${mailId}`);
  const card = page.getByRole("region", { name: "Attachments" });
  const link = card.getByRole("link", { name: "booking.pdf" });
  await stack.whileRunning(link.waitFor({ timeout: 60_000 }));
  await link.click();
  await page.getByRole("heading", { level: 1, name: "booking.pdf" }).waitFor();
  await page.getByRole("region", { name: "Attached to" }).getByRole("link", { name: "booking.eml" }).click();
  await page.getByRole("heading", { level: 1, name: "booking.eml" }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/documents/${mailId}`);
  stack.assertRunning();
  expect(b.errors).toEqual([]);
});
