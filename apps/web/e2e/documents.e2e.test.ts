// The documents list in Chromium: filters and full-text search, multi-select with bulk actions, folders,
// and files dropped anywhere on the page. Data is seeded through the api (as the stack's admin).
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

interface TopicRow {
  id: string;
  name: string;
}

const TEXTS = {
  "northwind-invoice.txt": "Invoice 2025-0117 from Northwind Office Supplies. Amount due: EUR 1,250.00 including VAT, payable in 30 days.",
  "hotel-lucerne.txt": "Hotel Bellevue, Lucerne. Two nights in March, double room with breakfast. Train from Zurich included.",
  "tennis-final.txt": "Tennis final report: the match went to five sets before the champion lifted the trophy.",
  "old-receipt-1.txt": "Receipt for a coffee machine descaler, paid in cash.",
  "old-receipt-2.txt": "Receipt for printer paper, paid by card.",
};
const CORRUPT_PDF = "scan-corrupt.pdf";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;

/** Polls until the document has failed (a corrupt file): the status filter needs a document that is not done. */
async function waitForFailed(id: string, timeout = 90_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    stack.assertRunning();
    const { status } = await stack.query<{ status: string }>("documents.get", { id });
    if (status === "failed") return;
    if (status === "done" || Date.now() > deadline) throw new Error(`document ${id} is ${status}, expected it to fail\n${stack.logs()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  launching = openBrowser(); // Chromium starts while the stack does
  launching.catch(() => {});
  stack = await startStack();
  for (const [name, color] of [
    ["Invoices", "#ef4444"],
    ["Travel", "#0ea5e9"],
    ["Sports", "#22c55e"],
  ] as const) {
    await stack.mutate("topics.create", { name, description: `${name} documents.`, color });
  }
  const topics = await stack.query<TopicRow[]>("topics.list");
  const topicId = (name: string) => topics.find((t) => t.name === name)!.id;

  const ids = new Map<string, string>();
  for (const [name, text] of Object.entries(TEXTS)) {
    const [id] = await stack.upload({ name, bytes: Buffer.from(text), type: "text/plain" });
    ids.set(name, id!);
  }
  const [corruptId] = await stack.upload({ name: CORRUPT_PDF, bytes: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300, 7)]), type: "application/pdf" });
  for (const id of ids.values()) await waitForDone(stack, id);
  await waitForFailed(corruptId!);
  // Topics set by hand, so that the filters do not depend on what the offline classifier guessed.
  const manual: Record<string, string[]> = {
    "northwind-invoice.txt": [topicId("Invoices")],
    "hotel-lucerne.txt": [topicId("Travel")],
    "tennis-final.txt": [],
    "old-receipt-1.txt": [],
    "old-receipt-2.txt": [],
  };
  for (const [name, topicIds] of Object.entries(manual)) await stack.mutate("documents.setTopics", { id: ids.get(name), topicIds });
  // A nested folder the tree must show (the spec creates another one through the console).
  const personal = await stack.mutate<{ id: string }>("folders.create", { name: "Personal" });
  await stack.mutate("folders.create", { name: "Taxes", parentId: personal.id });
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("filters, search, bulk topics and delete, folders, and files dropped on the page", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const rows = page.locator("tbody tr");
  const row = (name: string) => page.locator("tbody tr", { hasText: name });
  const range = page.getByTestId("list-range");
  const notice = page.locator(".notice-region .alert");

  await signIn(page, stack);
  await expect.poll(() => range.textContent()).toBe("1–6 of 6");
  // Everything below happens in this one page load.
  await page.evaluate(() => Object.assign(window, { __e2eMarker: true }));

  // ---- filter by topic, then by status
  const topicFilter = page.getByLabel("Topic", { exact: true });
  await topicFilter.selectOption({ label: "Invoices" });
  await expect.poll(() => range.textContent()).toBe("1–1 of 1");
  await row("northwind-invoice.txt").waitFor();
  await topicFilter.selectOption({ label: "All topics" });
  const statusFilter = page.getByLabel("Status", { exact: true });
  await statusFilter.selectOption({ label: "Failed" });
  await expect.poll(() => range.textContent()).toBe("1–1 of 1");
  await row(CORRUPT_PDF).locator('[data-status="failed"]').waitFor();
  await statusFilter.selectOption({ label: "All statuses" });
  await expect.poll(() => range.textContent()).toBe("1–6 of 6");

  // ---- full-text search: the match is highlighted in the snippet
  const search = page.getByRole("searchbox", { name: "Search documents" });
  await search.fill("lucerne");
  await expect.poll(() => range.textContent()).toBe("1–1 of 1");
  await row("hotel-lucerne.txt").locator(".search-snippet mark", { hasText: /lucerne/i }).first().waitFor();
  await search.fill("");
  await expect.poll(() => range.textContent()).toBe("1–6 of 6");

  // ---- select two rows and add a topic to both
  await page.getByRole("checkbox", { name: "Select northwind-invoice.txt" }).check();
  await page.getByRole("checkbox", { name: "Select tennis-final.txt" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect.poll(() => bar.getByTestId("selected-count").textContent()).toBe("2 selected");
  await b.screenshot("documents-selection");
  await bar.getByRole("button", { name: "Add topic…" }).click();
  const popover = page.locator(".popover:popover-open");
  await popover.getByLabel("Sports").check();
  await popover.getByRole("button", { name: "Add to 2 documents" }).click();
  await expect.poll(() => notice.textContent()).toContain("Added “Sports” to 2 documents.");
  await row("northwind-invoice.txt").locator(".topic-chip", { hasText: "Sports" }).waitFor();
  await row("tennis-final.txt").locator(".topic-chip", { hasText: "Sports" }).waitFor();
  expect(await row("hotel-lucerne.txt").locator(".topic-chip", { hasText: "Sports" }).count()).toBe(0);
  // The selection stays for the next action until it is cleared.
  await bar.getByRole("button", { name: "Clear selection" }).click();
  await bar.waitFor({ state: "detached" });

  // ---- shift-click selects the rows in between (newest first: the corrupt scan, both receipts, the tennis report)
  await page.getByRole("checkbox", { name: `Select ${CORRUPT_PDF}` }).click();
  await page.getByRole("checkbox", { name: "Select tennis-final.txt" }).click({ modifiers: ["Shift"] });
  await expect.poll(() => bar.getByTestId("selected-count").textContent()).toBe("4 selected");
  expect(await page.getByRole("checkbox", { name: "Select old-receipt-1.txt" }).isChecked()).toBe(true);
  expect(await page.getByRole("checkbox", { name: "Select hotel-lucerne.txt" }).isChecked()).toBe(false);
  await bar.getByRole("button", { name: "Clear selection" }).click();
  await bar.waitFor({ state: "detached" });

  // ---- "select all on this page" selects every row
  const selectAll = page.getByRole("checkbox", { name: "Select all on this page" });
  await selectAll.check();
  await expect.poll(() => bar.getByTestId("selected-count").textContent()).toBe("6 selected");
  await selectAll.uncheck();
  await bar.waitFor({ state: "detached" });

  // ---- bulk delete: the confirmation names the count
  await page.getByRole("checkbox", { name: "Select old-receipt-1.txt" }).check();
  await page.getByRole("checkbox", { name: "Select old-receipt-2.txt" }).check();
  await bar.getByRole("button", { name: "Delete…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete 2 documents?" });
  expect(await dialog.textContent()).toContain("They go to the trash");
  await dialog.getByRole("button", { name: "Delete 2 documents" }).click();
  await expect.poll(() => notice.textContent()).toContain("Deleted 2 documents.");
  await expect.poll(() => range.textContent()).toBe("1–4 of 4");
  expect(await row("old-receipt-1.txt").count()).toBe(0);
  await bar.waitFor({ state: "detached" });

  // ---- one row's own topic picker still sets that document's topics
  await page.getByRole("button", { name: "Edit topics of hotel-lucerne.txt" }).click();
  await popover.getByLabel("Sports").check();
  await popover.getByRole("button", { name: "Save" }).click();
  await row("hotel-lucerne.txt").locator(".topic-chip", { hasText: "Sports" }).waitFor();
  expect(await row("hotel-lucerne.txt").locator(".topic-chip", { hasText: "Travel" }).count()).toBe(1);

  // ---- folders: the tree nests and collapses; create a folder, move a document into it, filter by it
  const folders = page.getByRole("navigation", { name: "Folders" });
  const taxes = folders.getByRole("list", { name: "Subfolders of Personal" }).getByRole("button", { name: /^Taxes/ });
  await taxes.waitFor();
  await folders.getByRole("button", { name: "Collapse Personal" }).click();
  await taxes.waitFor({ state: "detached" });
  await folders.getByRole("button", { name: "Expand Personal" }).click();
  await taxes.waitFor();
  // A subfolder made through the console, then renamed.
  const personalFolder = folders.getByRole("button", { name: /^Personal/ });
  await personalFolder.click();
  // The list shows the folder (its URL written) before its actions are used.
  await expect.poll(() => personalFolder.getAttribute("aria-current")).toBe("true");
  await folders.getByRole("group", { name: "Folder Personal" }).getByRole("button", { name: "+ Subfolder" }).click();
  await folders.getByRole("textbox", { name: "New folder in “Personal”" }).fill("Insurance");
  await folders.getByRole("button", { name: "Create" }).click();
  await page.getByRole("heading", { level: 2, name: "Personal / Insurance" }).waitFor();
  await folders.getByRole("button", { name: "Rename" }).click();
  await folders.getByRole("textbox", { name: "Rename “Insurance”" }).fill("Car insurance");
  await folders.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("heading", { level: 2, name: "Personal / Car insurance" }).waitFor();
  expect(await folders.getByRole("list", { name: "Subfolders of Personal" }).getByRole("button").allTextContents()).toEqual(["Car insurance", "Taxes"]);
  await folders.getByRole("button", { name: "+ New folder" }).click();
  await folders.getByRole("textbox", { name: "New folder" }).fill("Finance");
  await folders.getByRole("button", { name: "Create" }).click();
  // A new folder opens at once: empty.
  await page.getByText("No documents in “Finance”.").waitFor();
  await folders.getByRole("button", { name: "All documents" }).click();
  await expect.poll(() => range.textContent()).toBe("1–4 of 4");
  await page.getByRole("checkbox", { name: "Select northwind-invoice.txt" }).check();
  await bar.getByRole("button", { name: "Move to folder…" }).click();
  await popover.getByLabel("Move 1 document to").selectOption({ label: "Finance" });
  await popover.getByRole("button", { name: "Move", exact: true }).click();
  await expect.poll(() => notice.textContent()).toContain("Moved 1 document to “Finance”.");
  await row("northwind-invoice.txt").locator(".file-folder", { hasText: "Finance" }).waitFor();
  const financeFolder = folders.getByRole("button", { name: /^Finance/ });
  await expect.poll(() => financeFolder.textContent()).toContain("1");
  await financeFolder.click();
  await expect.poll(() => range.textContent()).toBe("1–1 of 1");
  await row("northwind-invoice.txt").waitFor();
  expect(await financeFolder.getAttribute("aria-current")).toBe("true");

  // ---- drop a file anywhere on the page: an overlay while dragging, then it uploads into the folder shown
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["Budget review for the second quarter: travel costs and office supplies."], "dropped-budget.txt", { type: "text/plain" }));
    return dt;
  });
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  const overlay = page.locator(".drop-overlay");
  await overlay.getByText("Drop files to upload").waitFor();
  expect(await overlay.textContent()).toContain("into “Finance”");
  await b.screenshot("documents-drop");
  await page.dispatchEvent("main", "dragover", { dataTransfer });
  await page.dispatchEvent("main", "drop", { dataTransfer });
  await overlay.waitFor({ state: "detached" });
  const uploads = page.getByRole("complementary", { name: "Uploads" });
  await uploads.locator('li.upload[data-state="done"]', { hasText: "dropped-budget.txt" }).waitFor();
  await row("dropped-budget.txt").waitFor();
  await expect.poll(() => range.textContent()).toBe("1–2 of 2");
  await stack.whileRunning(row("dropped-budget.txt").locator('[data-status="done"]').waitFor({ timeout: 90_000 }));

  // ---- delete the folder: the confirmation says how many documents get unfiled
  await folders.getByRole("button", { name: "Delete" }).click();
  const folderDialog = page.getByRole("dialog", { name: "Delete folder “Finance”?" });
  expect(await folderDialog.textContent()).toContain("2 documents in it will be unfiled");
  await folderDialog.getByRole("button", { name: "Delete folder" }).click();
  await expect.poll(() => notice.textContent()).toContain("Deleted folder “Finance”; 2 documents no longer filed.");
  await expect.poll(() => range.textContent()).toBe("1–5 of 5");
  expect(await folders.getByRole("button", { name: "All documents" }).getAttribute("aria-current")).toBe("true");
  expect(await rows.locator(".file-folder").count()).toBe(0);

  // ---- the Upload page files uploads into the folder picked there
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Upload" }).click();
  await page.getByLabel("Upload into").selectOption({ label: "\u2003Taxes" });
  await page.getByTestId("file-input").setInputFiles({ name: "tax-return.txt", mimeType: "text/plain", buffer: Buffer.from("Tax return 2025: income, deductions and the refund due.") });
  const uploaded = page.locator('li.upload[data-state="done"]', { hasText: "tax-return.txt" });
  await uploaded.waitFor();
  expect(await uploaded.textContent()).toContain("into “Personal / Taxes”");
  const taxesId = (await stack.query<{ id: string; name: string }[]>("folders.list")).find((f) => f.name === "Taxes")!.id;
  const inTaxes = await stack.query<{ items: { filename: string }[] }>("documents.list", { folder: taxesId });
  expect(inTaxes.items.map((d) => d.filename)).toEqual(["tax-return.txt"]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
  await expect.poll(() => range.textContent()).toBe("1–6 of 6");

  // ---- a tablet-sized window keeps everything reachable
  await page.setViewportSize({ width: 820, height: 1000 });
  await page.getByRole("checkbox", { name: "Select hotel-lucerne.txt" }).check();
  await bar.getByRole("button", { name: "Move to folder…" }).waitFor();
  await b.screenshot("documents-tablet");

  expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: boolean }).__e2eMarker)).toBe(true);
  stack.assertRunning();
  expect(b.errors).toEqual([]);
});
