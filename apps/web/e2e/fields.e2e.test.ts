// Custom fields in Chromium (issue 17, ADR 0033): an admin defines "Total" and "Due date" on the Fields tab
// (type and reader guessed from the name, a duplicate name refused with the api's reason, edit, delete with
// confirmation) and ticks the topic that has them; the worker reads two invoices' totals offline; on a document
// a refused amount shows the api's message beside the field, a person's total is marked as such; the list
// filters by an amount range kept in the URL and sets a due date on a selection; a member sees no definition
// controls. Phone width checked on each page. Data is seeded through the api.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { openBrowser, overflow, signIn, signOut, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let member: Credentials;
let topicId: string;
const ids: Record<string, string> = {};

const INVOICES = {
  "hotel-bellevue.txt": "Hotel Bellevue\nInvoice 77\nTwo nights, 12 to 14 March\n",
  "northwind-chairs.txt": "Northwind Traders\nInvoice 2026-118\nOffice chairs, 2 pcs\nTotal: 480.00 EUR\nPayment due by 2026-04-15\n",
  "stadtwerke-march.txt": "Stadtwerke Musterstadt\nInvoice 2026-311\nElectricity, March\nTotal: 1,250.00 EUR\n",
};

interface FieldValue {
  value: string | null;
  amount: number | null;
  currency: string | null;
  source: string | null;
  quote: string | null;
}
const fieldsOf = async (id: string) => (await stack.query<{ fields: Record<string, FieldValue> }>("documents.get", { id })).fields;

beforeAll(async () => {
  // The refused amount (400) and the duplicate name (409) are provoked on purpose.
  launching = openBrowser({ expectedErrors: [/status of 400/, /status of 409/] });
  launching.catch(() => {});
  stack = await startStack();
  member = await stack.createUser("mia@e2e.test");
  topicId = (await stack.mutate<{ topic: { id: string } }>("topics.create", { name: "Invoices", description: "Bills and invoices to pay.", color: "#f59e0b" })).topic.id;
  const names = Object.keys(INVOICES) as (keyof typeof INVOICES)[];
  const uploaded = await stack.upload(...names.map((name) => ({ name, bytes: Buffer.from(INVOICES[name]), type: "text/plain" })));
  names.forEach((name, i) => (ids[name] = uploaded[i]!));
  for (const id of uploaded) {
    await waitForDone(stack, id);
    await stack.mutate("documents.setTopics", { id, topicIds: [topicId] });
  }
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

/** At 390 px the page does not scroll sideways; a screenshot of it there; back to the laptop. */
async function onPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await overflow(page)).toEqual({ scrollWidth: 390, wide: [] });
  await b.screenshot(name);
  await page.setViewportSize({ width: 1280, height: 860 });
}

const fileNames = (page: Page) => page.locator("tbody tr[data-document-id] .file-link").allTextContents();

test("fields: defined and attached by an admin, read offline, set by a person, filtered by an amount range, bulk-set; members only read", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack, stack.admin, "/topics");

  // A tab beside Topics and Correspondents.
  await page.getByRole("navigation", { name: "Library" }).getByRole("link", { name: "Fields" }).click();
  await page.getByRole("heading", { level: 1, name: "Fields" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/fields");
  await page.getByText("No fields yet.").waitFor();

  // "Total": the name suggests an amount of money read as the grand total.
  const form = page.getByRole("form", { name: "New field" });
  await form.getByLabel("Name").fill("Total");
  expect(await form.getByLabel("Type").inputValue()).toBe("monetary");
  expect(await form.getByLabel("Read offline").inputValue()).toBe("total");
  await form.getByRole("button", { name: "Add field" }).click();
  await page.getByRole("status").filter({ hasText: "Added “Total”." }).waitFor();
  // "Due date": a date, read after a due label.
  await form.getByLabel("Name").fill("Due date");
  expect(await form.getByLabel("Type").inputValue()).toBe("date");
  expect(await form.getByLabel("Read offline").inputValue()).toBe("due_date");
  await form.getByRole("button", { name: "Add field" }).click();
  await page.getByRole("status").filter({ hasText: "Added “Due date”." }).waitFor();

  // A name that exists in another case is refused with the api's reason (409).
  await form.getByLabel("Name").fill("TOTAL");
  await form.getByRole("button", { name: "Add field" }).click();
  await form.getByRole("alert").filter({ hasText: 'a field named "TOTAL" already exists' }).waitFor();

  // A select field needs options; edited (renamed, an option added), then deleted after a confirmation.
  await form.getByLabel("Name").fill("Pay by");
  await form.getByLabel("Type").selectOption("select");
  await form.getByRole("button", { name: "Add field" }).click();
  await form.getByRole("alert").filter({ hasText: "Write the options, one per line." }).waitFor();
  await form.getByLabel("Options, one per line").fill("Transfer\nCard");
  await form.getByRole("button", { name: "Add field" }).click();
  const items = page.getByTestId("field-item");
  await expect.poll(() => items.filter({ hasText: "Pay by" }).innerText()).toContain("One of a list: Transfer, Card");
  await page.getByRole("button", { name: "Edit Pay by" }).click();
  const edit = page.getByRole("form", { name: "Edit Pay by" });
  await edit.getByLabel("Name").fill("Payment method");
  await edit.getByLabel("Options, one per line").fill("Transfer\nCard\nDirect debit");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => items.filter({ hasText: "Payment method" }).innerText()).toContain("One of a list: Transfer, Card, Direct debit");
  await page.getByRole("button", { name: "Delete Payment method" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “Payment method”?" });
  await confirm.getByText("Every document's value of it goes too").waitFor();
  await confirm.getByRole("button", { name: "Delete field" }).click();
  await page.getByRole("status").filter({ hasText: "Deleted “Payment method” and its values." }).waitFor();
  await expect.poll(() => items.count()).toBe(2);

  // Both attached to Invoices by its checkbox.
  for (const name of ["Total", "Due date"]) {
    const box = items.filter({ hasText: name }).getByRole("group", { name: `Topics with ${name}` }).getByRole("checkbox", { name: "Invoices" });
    await box.check();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => box.isEnabled()).toBe(true);
  }
  const fields = await stack.query<{ id: string; name: string; type: string; extract: string; topicIds: string[] }[]>("fields.list");
  expect(fields.map(({ name, type, extract, topicIds }) => ({ name, type, extract, topicIds }))).toEqual([
    { name: "Due date", type: "date", extract: "due_date", topicIds: [topicId] },
    { name: "Total", type: "monetary", extract: "total", topicIds: [topicId] },
  ]);
  await b.screenshot("fields-admin");
  await onPhone(page, "fields-admin-390");

  // The worker reads the two invoices that print a total once they are classified again.
  await stack.mutate("documents.reclassifyMany", { ids: [ids["northwind-chairs.txt"], ids["stadtwerke-march.txt"]] });
  await expect.poll(async () => (await fieldsOf(ids["stadtwerke-march.txt"]!)).Total?.amount, { timeout: 90_000 }).toBe(1250);
  await expect.poll(async () => (await fieldsOf(ids["northwind-chairs.txt"]!)).Total?.amount, { timeout: 90_000 }).toBe(480);

  // An invoice read offline: its value, where it came from, how sure, and the words.
  await page.goto(`${stack.baseUrl}/documents/${ids["northwind-chairs.txt"]}`);
  const card = page.getByRole("region", { name: "Fields", exact: true });
  const total = card.locator('[data-field="Total"]');
  await expect.poll(() => total.getByTestId("field-value").innerText()).toBe("480.00 EUR");
  expect(await total.getByTestId("field-source").innerText()).toMatch(/read offline/i);
  expect(await total.locator(".confidence-value").innerText()).toContain("80");
  expect(await total.locator("blockquote").innerText()).toBe("Total: 480.00 EUR");
  expect(await card.locator('[data-field="Due date"]').getByTestId("field-value").innerText()).not.toBe("—");
  await b.screenshot("fields-document-offline");

  // The hotel invoice prints no total: a person types one. A comma is refused with the api's message beside the field.
  await page.goto(`${stack.baseUrl}/documents/${ids["hotel-bellevue.txt"]}`);
  const hotelTotal = card.locator('[data-field="Total"]');
  await expect.poll(() => hotelTotal.getByTestId("field-value").innerText()).toBe("—");
  expect(await hotelTotal.getByTestId("field-source").count()).toBe(0);
  await hotelTotal.getByRole("button", { name: "Change Total" }).click();
  const editor = card.getByRole("form", { name: "Total: new value" });
  await editor.getByLabel("Total", { exact: true }).fill("119,50");
  await editor.getByLabel("Total: currency").fill("eur");
  await editor.getByRole("button", { name: "Save" }).click();
  await hotelTotal.getByRole("alert").filter({ hasText: 'Total: "119,50 EUR" is not an amount (write it like 123.45 EUR)' }).waitFor();
  expect(await editor.getByLabel("Total", { exact: true }).getAttribute("aria-invalid")).toBe("true");
  await b.screenshot("fields-document-refused");
  await editor.getByLabel("Total", { exact: true }).fill("119.5");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => hotelTotal.getByTestId("field-value").innerText()).toBe("119.50 EUR");
  expect(await hotelTotal.getByTestId("field-source").innerText()).toMatch(/set by a person/i);
  expect(await hotelTotal.getByRole("alert").count()).toBe(0);
  expect((await fieldsOf(ids["hotel-bellevue.txt"]!)).Total).toMatchObject({ value: "119.50 EUR", amount: 119.5, currency: "EUR", source: "person" });
  await b.screenshot("fields-document");
  await onPhone(page, "fields-document-390");

  // The list: Total from 100 to 500 keeps the hotel (119.50, a person's) and the chairs (480), not the 1 250.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
  await expect.poll(() => fileNames(page).then((n) => n.length)).toBe(3);
  await page.getByLabel("Field", { exact: true }).selectOption({ label: "Total" });
  await page.getByLabel("Total from").fill("100");
  await page.getByLabel("Total to").fill("500");
  await expect.poll(() => fileNames(page).then((n) => n.sort())).toEqual(["hotel-bellevue.txt", "northwind-chairs.txt"]);
  const fieldId = fields.find((f) => f.name === "Total")!.id;
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ field: fieldId, fmin: "100", fmax: "500" });
  // The URL brings it back.
  await page.reload();
  await expect.poll(() => fileNames(page).then((n) => n.sort())).toEqual(["hotel-bellevue.txt", "northwind-chairs.txt"]);
  expect(await page.getByLabel("Total from").inputValue()).toBe("100");
  await page.getByLabel("Total to").fill("200");
  await expect.poll(() => fileNames(page)).toEqual(["hotel-bellevue.txt"]);
  await b.screenshot("fields-list-filter");
  await onPhone(page, "fields-list-filter-390");

  // From 1 000 on: only the electricity bill. The field alone: every document with a total (all three).
  await page.getByLabel("Total to").fill("");
  await page.getByLabel("Total from").fill("1000");
  await expect.poll(() => fileNames(page)).toEqual(["stadtwerke-march.txt"]);
  await page.getByLabel("Total from").fill("");
  await expect.poll(() => fileNames(page).then((n) => n.length)).toBe(3);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ field: fieldId });

  // Bulk: two of them get one due date, a person's.
  for (const name of ["hotel-bellevue.txt", "stadtwerke-march.txt"]) await page.locator("tbody tr", { hasText: name }).getByRole("checkbox").check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Field…" }).click();
  const bulk = page.getByRole("form", { name: "Set a field of the selected documents" });
  await bulk.getByLabel("Field of 2 documents").selectOption({ label: "Due date" });
  await bulk.getByLabel("Value").fill("2026-04-30");
  await bulk.getByRole("button", { name: "Set" }).click();
  await page.getByText("Set “Due date” to 2026-04-30 on 2 documents.").waitFor();
  for (const name of ["hotel-bellevue.txt", "stadtwerke-march.txt"]) expect((await fieldsOf(ids[name]!))["Due date"]).toMatchObject({ value: "2026-04-30", source: "person" });
  expect((await fieldsOf(ids["northwind-chairs.txt"]!))["Due date"]).toMatchObject({ value: "2026-04-15", source: "offline" });

  // A member reads the definitions and their topics, without a form, edit, delete or topic checkboxes.
  await signOut(page);
  await signIn(page, stack, member, "/fields");
  await page.getByRole("heading", { level: 1, name: "Fields" }).waitFor();
  await expect.poll(() => items.count()).toBe(2);
  expect(await items.filter({ hasText: "Total" }).innerText()).toContain("Topics: Invoices");
  expect(await page.getByRole("form", { name: "New field" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: /^(Edit|Delete) / }).count()).toBe(0);
  expect(await page.getByRole("checkbox").count()).toBe(0);
  await b.screenshot("fields-member");
  expect(b.errors).toEqual([]);
});
