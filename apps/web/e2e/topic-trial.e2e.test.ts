// "Try a change" on the Topics page in Chromium (issue 20, ADR 0029): a new topic previewed on documents the
// worker classified offline, its samples, Apply (exactly the previewed documents get it) and Undo.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { startFakeOpenAI } from "@docscan/classify/testing";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const TEXTS: Record<string, string> = {
  "income-tax-return.txt": "Income tax return for the year 2025. Your tax office assessed the income tax due and the deductions claimed for the home office and commuting.",
  "vat-assessment.txt": "Notice of tax assessment from the tax authority: the VAT return for the third quarter shows value added tax payable of 1 240 euros, due within one month.",
  "wage-tax-statement.txt": "Annual tax statement: wage tax withheld by the employer, church tax and solidarity surcharge, to be filed with your income tax declaration before July.",
  "office-invoice.txt": "Invoice number 4471 from Northwind Office Supplies: printer paper, toner cartridges and folders, amount due 312.40 within 14 days, please pay by bank transfer.",
  "apple-cake.txt": "Preheat the oven to 180 degrees. Mix flour, sugar, butter and eggs into a smooth dough, add the chopped apples and cinnamon, and bake the cake for forty minutes.",
};

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
const ids = new Map<string, string>();

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  await stack.mutate("topics.create", { name: "Invoices", description: "invoices, bills, amounts due, payment terms", color: "#ef4444" });
  for (const [name, text] of Object.entries(TEXTS)) {
    const [id] = await stack.upload({ name, bytes: Buffer.from(text), type: "text/plain" });
    ids.set(name, id!);
  }
  for (const id of ids.values()) await waitForDone(stack, id);
  b = await launching;
}, 300_000);

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

type Doc = { topics: { name: string; source: string }[] };
const topicsOf = async (name: string) => (await stack.query<Doc>("documents.get", { id: ids.get(name) })).topics.map((t) => t.name).sort();

/** "Try a change": a new topic Tax, previewed; the panel and its result. */
async function previewNewTax() {
  const panel = b.page.locator("section.topic-trial");
  await panel.getByLabel("Change").selectOption("create");
  await panel.getByLabel("Name").fill("Tax");
  await panel.getByLabel("Description").fill("taxes, tax returns, income tax, VAT, tax office, tax assessment");
  await panel.getByRole("button", { name: "Preview effect" }).click();
  const result = panel.getByRole("region", { name: "Preview of the change" });
  await result.waitFor();
  return { panel, result };
}

test("a new topic: preview its effect with samples, apply it to exactly those documents, undo it", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const before = new Map<string, string[]>();
  for (const name of ids.keys()) before.set(name, await topicsOf(name));

  await signIn(page, stack, stack.admin, "/topics");
  await page.getByRole("heading", { level: 1, name: "Topics" }).waitFor();
  const { panel, result } = await previewNewTax();
  const line = await result.locator(".topic-trial-lines li").filter({ hasText: "would add Tax to" }).textContent();
  const gained = Number(/would add Tax to (\d+) document/.exec(line ?? "")?.[1]);
  expect(gained).toBeGreaterThanOrEqual(3);
  // The samples name the documents, with the topics they have and would have, and the evidence.
  const samples = result.locator(".topic-trial-samples li");
  await expect.poll(() => samples.count()).toBeGreaterThanOrEqual(3);
  const incomeTax = samples.filter({ hasText: "income-tax-return.txt" });
  expect(await incomeTax.textContent()).toMatch(/→ .*Tax/);
  expect(await incomeTax.locator(".topic-trial-evidence q").textContent()).toMatch(/tax/i);
  expect(await result.textContent()).not.toContain("apple-cake.txt");
  await b.screenshot("topic-trial-preview");
  // Nothing moved yet.
  expect((await stack.query<{ name: string }[]>("topics.list")).map((t) => t.name)).not.toContain("Tax");

  await result.getByRole("button", { name: /^Apply to \d+ document/ }).click();
  await panel.getByText(/Applied: \d+ documents? reclassified\./).waitFor();
  const withTax = [];
  for (const name of ids.keys()) if ((await topicsOf(name)).includes("Tax")) withTax.push(name);
  expect(withTax.length).toBe(gained);
  expect(withTax).toEqual(expect.arrayContaining(["income-tax-return.txt", "vat-assessment.txt", "wage-tax-statement.txt"]));
  expect(await topicsOf("apple-cake.txt")).toEqual(before.get("apple-cake.txt"));
  // The topic list shows it now.
  await page.locator(".topic-list .topic-name", { hasText: /^Tax\b/ }).waitFor();

  await panel.locator(".topic-trial-last").getByText(/new topic “Tax”/).waitFor();
  await panel.locator(".topic-trial-last").getByRole("button", { name: "Undo" }).click();
  await panel.getByText(/Undone: \d+ documents? have their topics back\./).waitFor();
  for (const name of ids.keys()) expect(await topicsOf(name), name).toEqual(before.get(name));
  expect((await stack.query<{ name: string }[]>("topics.list")).map((t) => t.name)).not.toContain("Tax");
}, 300_000);

test("the preview says what the LLM would cost; an admin asks the LLM about a sample and sees its topics beside the preview's", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.goto(`${stack.baseUrl}/topics`);
  const { result } = await previewNewTax();
  // No LLM is configured: the cost is shown all the same, for the configured model at the price table's date.
  expect(await result.locator(".topic-trial-cost").textContent()).toMatch(
    /^Cost about \$0\.\d{4} with the LLM \([\d,]+ tokens, 0 cached\): [\w.-]+ at prices as of \d{4}-\d{2}; the offline classifier is in use, so applying costs nothing\.$/,
  );
  await result.getByRole("button", { name: "Run the LLM on a sample" }).click();
  await result.getByRole("alert").filter({ hasText: /no LLM is configured/ }).waitFor();

  const fake = await startFakeOpenAI();
  try {
    await stack.mutate("settings.update", { apiKey: "sk-test", baseUrl: fake.baseURL });
    await result.getByRole("button", { name: "Run the LLM on a sample" }).click();
    const llm = result.getByRole("region", { name: "LLM sample" });
    await llm.waitFor();
    const listed = Number(/(\d+) documents? would change/.exec((await result.locator(".topic-trial-summary").first().textContent()) ?? "")?.[1]);
    const rows = llm.locator("tbody tr");
    expect(await rows.count()).toBe(Math.min(20, listed));
    expect(fake.requests.filter((r) => r.path.endsWith("/chat/completions"))).toHaveLength(Math.min(20, listed));
    expect(await llm.locator(".topic-trial-summary").textContent()).toMatch(/^The LLM agrees with the preview on \d+ % of \d+ documents? \(.+ tokens, \$0\.\d{4} spent\)\.$/);
    // The fake files a document under the topics its text names: the tax letters under Tax, as the preview does.
    expect(await rows.filter({ hasText: "income-tax-return.txt" }).locator("td").nth(2).textContent()).toContain("Tax");
    await b.screenshot("topic-trial-llm-sample");
  } finally {
    await stack.mutate("settings.update", { apiKey: null, baseUrl: "" });
    await fake.close();
  }
  await result.getByRole("button", { name: "Discard" }).click();
  expect((await stack.query<{ name: string }[]>("topics.list")).map((t) => t.name)).not.toContain("Tax");
}, 300_000);

test("merge: Bills into Invoices as one trial — a person's Bills becomes their Invoices, apply, undo", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const bills = await stack.mutate<{ topic: { id: string } }>("topics.create", { name: "Bills", description: "utility bills, electricity, water", color: "#f59e0b" });
  await stack.mutate("documents.setTopics", { id: ids.get("office-invoice.txt"), topicIds: [bills.topic.id] });
  const before = new Map<string, string[]>();
  for (const name of ids.keys()) before.set(name, await topicsOf(name));
  const linksOf = async (name: string) => (await stack.query<Doc>("documents.get", { id: ids.get(name) })).topics.map((t) => `${t.name}:${t.source}`).sort();
  const officeBefore = await linksOf("office-invoice.txt");

  await page.goto(`${stack.baseUrl}/topics`);
  const panel = page.locator("section.topic-trial");
  await panel.getByLabel("Change").selectOption({ label: "Merge into…" });
  await panel.getByLabel("Topic", { exact: true }).selectOption({ label: "Invoices" });
  await panel.getByLabel("Topic to merge into it").selectOption({ label: "Bills" });
  await panel.getByRole("button", { name: "Preview effect" }).click();
  const result = panel.getByRole("region", { name: "Preview of the change" });
  await result.waitFor();
  // Bills goes from the document a person filed under it, which keeps Invoices as a person's topic.
  await result.locator(".topic-trial-lines li").filter({ hasText: /would remove Bills from 1|remove it from 1/ }).waitFor();
  await b.screenshot("topic-trial-merge-preview");
  await result.getByRole("button", { name: /^Apply to \d+ document/ }).click();
  await panel.getByText(/Applied: \d+ documents? reclassified\./).waitFor();
  expect((await stack.query<{ name: string }[]>("topics.list")).map((t) => t.name)).not.toContain("Bills");
  expect(await linksOf("office-invoice.txt")).toEqual(["Invoices:manual"]);

  await panel.locator(".topic-trial-last").getByText(/merged into “Invoices”/).waitFor();
  await panel.locator(".topic-trial-last").getByRole("button", { name: "Undo" }).click();
  await panel.getByText(/Undone: \d+ documents? have their topics back\./).waitFor();
  expect((await stack.query<{ id: string; name: string }[]>("topics.list")).find((t) => t.name === "Bills")?.id).toBe(bills.topic.id);
  expect(await linksOf("office-invoice.txt")).toEqual(officeBefore);
  for (const name of ids.keys()) expect(await topicsOf(name), name).toEqual(before.get(name));
}, 300_000);

test("split: Invoices into itself and two new topics (up to five, as the API takes) as one trial — apply creates both, undo removes both", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const before = new Map<string, string[]>();
  for (const name of ids.keys()) before.set(name, await topicsOf(name));
  const names = async () => (await stack.query<{ name: string }[]>("topics.list")).map((t) => t.name);
  // The LLM sample's refusal above is logged by the browser already; this test adds no error of its own.
  const errorsBefore = b.errors.length;

  await page.goto(`${stack.baseUrl}/topics`);
  const panel = page.locator("section.topic-trial");
  await panel.getByLabel("Change").selectOption({ label: "Split…" });
  await panel.getByLabel("Topic", { exact: true }).selectOption({ label: "Invoices" });
  await panel.getByLabel("New topic 1: name").fill("Tax");
  await panel.getByLabel("New topic 1: description").fill("taxes, tax returns, income tax, VAT, tax office, tax assessment");
  // A second new topic; a third one added and removed again; the button stops at five.
  const another = panel.getByRole("button", { name: "Add another new topic" });
  await another.click();
  await panel.getByLabel("New topic 2: name").fill("Recipes");
  await panel.getByLabel("New topic 2: description").fill("recipes, baking, cakes, ovens, flour, sugar, cooking");
  await another.click();
  await panel.getByLabel("New topic 3: name").fill("Unwanted");
  await panel.getByRole("button", { name: "Remove new topic 3" }).click();
  expect(await panel.getByTestId("split-new-topic").count()).toBe(2);
  for (let n = 3; n <= 5; n++) await another.click();
  expect(await panel.getByTestId("split-new-topic").count()).toBe(5);
  expect(await another.count()).toBe(0);
  for (let n = 5; n >= 3; n--) await panel.getByRole("button", { name: `Remove new topic ${n}` }).click();
  expect(await panel.getByLabel("New topic 2: name").inputValue()).toBe("Recipes");

  await panel.getByRole("button", { name: "Preview effect" }).click();
  const result = panel.getByRole("region", { name: "Preview of the change" });
  await result.waitFor();
  // The offline model sends the tax letters to Tax and the cake recipe to Recipes.
  await result.locator(".topic-trial-lines li").filter({ hasText: /would add Tax to \d+ document/ }).waitFor();
  await result.locator(".topic-trial-lines li").filter({ hasText: /would add Recipes to 1 document/ }).waitFor();
  await b.screenshot("topic-trial-split-preview");
  expect(await names()).not.toContain("Tax");

  await result.getByRole("button", { name: /^Apply to \d+ document/ }).click();
  await panel.getByText(/Applied: \d+ documents? reclassified\./).waitFor();
  expect(await names()).toEqual(expect.arrayContaining(["Invoices", "Tax", "Recipes"]));
  expect(await topicsOf("apple-cake.txt")).toContain("Recipes");
  expect(await topicsOf("income-tax-return.txt")).toContain("Tax");

  await panel.locator(".topic-trial-last").getByText(/split “Invoices”/).waitFor();
  await panel.locator(".topic-trial-last").getByRole("button", { name: "Undo" }).click();
  await panel.getByText(/Undone: \d+ documents? have their topics back\./).waitFor();
  expect(await names()).not.toContain("Tax");
  expect(await names()).not.toContain("Recipes");
  for (const name of ids.keys()) expect(await topicsOf(name), name).toEqual(before.get(name));
  expect(b.errors.slice(errorsBefore)).toEqual([]);
}, 300_000);

test("the panel fits a 390 px phone without sideways scrolling", async () => {
  const { page } = b;
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${stack.baseUrl}/topics`);
  await page.locator("section.topic-trial").waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}, 300_000);
