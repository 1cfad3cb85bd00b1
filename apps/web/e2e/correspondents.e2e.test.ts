// Correspondents in Chromium (issue 17, ADR 0030): the page beside Topics (add with a rule, a refused pattern,
// edit, delete), the worker's rule on an uploaded letter shown on its page, a person's change there, and the
// bulk "Correspondent…" of the list. Data is seeded through the api.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let letter: string;
let other: string;

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  await stack.mutate("correspondents.create", { name: "Stadtwerke Musterstadt", algorithm: "all", match: "stadtwerke musterstadt" });
  const text = (s: string) => new TextEncoder().encode(s);
  [letter, other] = (await stack.upload(
    { name: "jahresrechnung.txt", bytes: text("Stadtwerke Musterstadt\nJahresrechnung 2026\nIhr Verbrauch: 3 200 kWh\n"), type: "text/plain" },
    { name: "note.txt", bytes: text("A note without any sender at all.\n"), type: "text/plain" },
  )) as [string, string];
  await waitForDone(stack, letter);
  await waitForDone(stack, other);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("correspondents: the page beside Topics, a rule found by the worker, a person's change, bulk set", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack, stack.admin, "/topics");

  // A tab on the Topics page leads to it; the header keeps its links.
  await page.getByRole("navigation", { name: "Library" }).getByRole("link", { name: "Correspondents" }).click();
  await page.getByRole("heading", { level: 1, name: "Correspondents" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/correspondents");
  const items = page.getByTestId("correspondent-item");
  await expect.poll(() => items.filter({ hasText: "Stadtwerke Musterstadt" }).innerText()).toContain("1 document");

  // A pattern RE2 cannot run is refused with the reason; a valid one is saved.
  const form = page.getByRole("form", { name: "New correspondent" });
  await form.getByLabel("Name").fill("Nordwind Energie");
  await form.getByLabel("Found by").selectOption("regex");
  await form.getByLabel("Pattern").fill("(?=Nordwind)Energie");
  await form.getByRole("button", { name: "Add correspondent" }).click();
  await form.getByRole("alert").filter({ hasText: "unsupported Perl syntax" }).waitFor();
  await form.getByLabel("Pattern").fill("Nordwind\\s+Energie");
  await form.getByRole("button", { name: "Add correspondent" }).click();
  await page.getByRole("status").filter({ hasText: "Added “Nordwind Energie”." }).waitFor();
  await expect.poll(() => items.filter({ hasText: "Nordwind Energie" }).innerText()).toContain("Regular expression: Nordwind\\s+Energie");

  // Edit: rename and switch to learned; delete a third one.
  await page.getByRole("button", { name: "Edit Nordwind Energie" }).click();
  const edit = page.getByRole("form", { name: "Edit Nordwind Energie" });
  await edit.getByLabel("Name").fill("Nordwind Energie GmbH");
  await edit.getByLabel("Found by").selectOption("auto");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => items.filter({ hasText: "Nordwind Energie GmbH" }).innerText()).toContain("Learned from your documents");
  await form.getByLabel("Name").fill("Short-lived");
  await form.getByRole("button", { name: "Add correspondent" }).click();
  await items.filter({ hasText: "Short-lived" }).waitFor();
  await page.getByRole("button", { name: "Delete Short-lived" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete correspondent" }).click();
  await expect.poll(() => items.filter({ hasText: "Short-lived" }).count()).toBe(0);

  // At 360 px the page fits without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The letter's page: the worker's rule, then a person's choice.
  await page.goto(`${stack.baseUrl}/documents/${letter}`);
  const shown = page.getByTestId("document-correspondent");
  await expect.poll(() => shown.innerText()).toContain("Stadtwerke Musterstadt");
  expect(await shown.locator("[title]").getAttribute("title")).toBe("found by its rule or its name: “Stadtwerke Musterstadt”");
  await shown.getByRole("button", { name: "Change the correspondent" }).click();
  const picker = page.getByRole("form", { name: "The document's correspondent" });
  await picker.getByLabel("From").selectOption({ label: "Nordwind Energie GmbH" });
  await picker.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => page.getByTestId("document-correspondent").innerText()).toContain("Nordwind Energie GmbH");
  expect(await stack.query<{ correspondentSource: string }>("documents.get", { id: letter })).toMatchObject({ correspondentSource: "person" });

  // The list: select both documents, give them one correspondent.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
  await page.locator("tbody tr", { hasText: "note.txt" }).waitFor();
  for (const name of ["note.txt", "jahresrechnung.txt"]) await page.locator("tbody tr", { hasText: name }).getByRole("checkbox").check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Correspondent…" }).click();
  const bulk = page.getByRole("form", { name: "Set the correspondent of the selected documents" });
  await bulk.getByLabel("Correspondent of 2 documents").selectOption({ label: "Stadtwerke Musterstadt" });
  await bulk.getByRole("button", { name: "Set" }).click();
  await page.getByText("Set “Stadtwerke Musterstadt” as the correspondent of 2 documents.").waitFor();
  // Each row says who it is from.
  await page.locator("tbody tr", { hasText: "note.txt" }).getByText("from Stadtwerke Musterstadt").waitFor();
  for (const id of [letter, other]) {
    expect(await stack.query<{ correspondentName: string; correspondentSource: string }>("documents.get", { id })).toMatchObject({ correspondentName: "Stadtwerke Musterstadt", correspondentSource: "person" });
  }

  // The filter bar: one correspondent, kept in the URL; the other document (a person took it off) is left out.
  await stack.mutate("documents.setCorrespondent", { id: other, correspondentId: null });
  await page.getByLabel("Correspondent", { exact: true }).selectOption({ label: "Stadtwerke Musterstadt" });
  await expect.poll(() => new URL(page.url()).searchParams.get("correspondent")).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => page.locator("tbody tr", { hasText: "note.txt" }).count()).toBe(0);
  await page.locator("tbody tr", { hasText: "jahresrechnung.txt" }).waitFor();
  await page.reload();
  await page.locator("tbody tr", { hasText: "jahresrechnung.txt" }).waitFor();
  expect(await page.locator("tbody tr", { hasText: "note.txt" }).count()).toBe(0);
});
