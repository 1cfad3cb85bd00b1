// The review inbox and the AI settings in Chromium, against a fake OpenAI-compatible server that is sure
// about one topic (0.9, applied), unsure about another (0.3, to review) and proposes a new one.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { chatCompletion, isChatRequest, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const TEXT = [
  "Hotel Bellevue, Lucerne. Invoice 8841.",
  "Two nights, 12 to 14 March, double room with breakfast: CHF 420.00.",
  "City tax CHF 9.80. Amount due: CHF 429.80, payable within 10 days.",
].join("\n");
/** Typed into the settings form; it must never appear in the page again. */
const UI_KEY = "sk-e2e-typed-in-the-form-7a9f";

let stack: Stack;
let fake: FakeOpenAI;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let docId: string;

beforeAll(async () => {
  fake = await startFakeOpenAI((request) => {
    if (!isChatRequest(request)) return undefined;
    const answer = {
      topics: [
        { name: "Invoices", confidence: 0.9, quote: "Amount due: CHF 429.80" },
        { name: "Travel", confidence: 0.3, quote: "Two nights, 12 to 14 March" },
      ],
      newTopic: { name: "Hotels", description: "Hotel stays: bookings, invoices and receipts." },
    };
    return chatCompletion(JSON.stringify(answer), { model: "gpt-4o-mini", usage: { prompt_tokens: 1800, completion_tokens: 60 } });
  });
  launching = openBrowser(); // Chromium starts while the stack does
  launching.catch(() => {});
  stack = await startStack();
  await stack.mutate("topics.create", { name: "Invoices", description: "Invoices and bills: amount due, payment terms.", color: "#ef4444" });
  await stack.mutate("topics.create", { name: "Travel", description: "Trips, flights, hotels and train tickets.", color: "#0ea5e9" });
  await stack.mutate("topics.create", { name: "Sports", description: "Football matches and tennis tournaments.", color: "#22c55e" });
  await stack.mutate("settings.update", { apiKey: "sk-e2e-seeded-key-0000", baseUrl: fake.baseURL, model: "gpt-4o-mini", allowNewTopics: true });
  [docId] = (await stack.upload({ name: "hotel-bellevue.txt", bytes: Buffer.from(TEXT), type: "text/plain" })) as [string];
  await waitForDone(stack, docId);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await fake?.close();
});

test("review inbox: accept one suggestion and reject another with the keyboard", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  expect(fake.requests.filter(isChatRequest)).toHaveLength(1);

  await signIn(page, stack);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByTestId("review-badge").getByText("2").waitFor();
  await nav.getByRole("link", { name: /^Review/ }).click();
  await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();

  const rows = page.locator("tbody tr[data-suggestion-id]");
  await expect.poll(() => rows.count()).toBe(2);
  const travel = rows.filter({ hasText: "Travel" });
  const proposal = rows.filter({ hasText: "New topic: Hotels" });
  expect(await travel.textContent()).toContain("hotel-bellevue.txt");
  expect(await travel.locator(".confidence-value").textContent()).toContain("30%");
  expect(await travel.locator(".quote").textContent()).toBe("Two nights, 12 to 14 March");
  expect(await proposal.textContent()).toContain("Hotel stays: bookings, invoices and receipts.");
  expect(await travel.getByRole("link", { name: "hotel-bellevue.txt" }).getAttribute("href")).toBe(`/documents/${docId}`);
  await page.locator(".shortcut-legend").getByText("accept").waitFor();
  await b.screenshot("review");

  // j/k move the highlight; find the Travel suggestion, accept it with "a".
  const active = page.locator("tbody tr.row-active");
  for (let i = 0; i < 3 && !((await active.textContent()) ?? "").includes("Travel"); i++) await page.keyboard.press("j");
  expect(await active.textContent()).toContain("Travel");
  await page.keyboard.press("a");
  await page.getByRole("status").getByText("Accepted 1 suggestion.").waitFor();
  await expect.poll(() => rows.count()).toBe(1);

  // The proposal is highlighted now: select it with "x" and reject the selection with "r".
  expect(await active.textContent()).toContain("New topic: Hotels");
  await page.keyboard.press("x");
  expect(await proposal.getByRole("checkbox").isChecked()).toBe(true);
  await page.getByRole("button", { name: "Reject selected (1)" }).waitFor();
  await page.keyboard.press("r");
  await page.getByRole("status").getByText("Rejected 1 suggestion.").waitFor();
  await page.getByText("Nothing to review.").waitFor();
  await expect.poll(() => nav.getByTestId("review-badge").count()).toBe(0);

  // Invoices was applied by the model; Travel is now a confirmed (manual) topic; no "Hotels" topic was made.
  const doc = await stack.query<{ topics: { name: string; source: string; confidence: number | null }[] }>("documents.get", { id: docId });
  expect(doc.topics.map((t) => [t.name, t.source]).sort()).toEqual([
    ["Invoices", "ai"],
    ["Travel", "manual"],
  ]);
  const topics = await stack.query<{ name: string }[]>("topics.list");
  expect(topics.map((t) => t.name)).not.toContain("Hotels");

  // The document page shows the run that asked the model: provider, model, tokens, cost.
  await page.goto(`${stack.baseUrl}/documents/${docId}`);
  const run = page.locator(".run").first();
  await run.waitFor();
  expect(await run.textContent()).toContain("OpenAI-compatible");
  expect(await run.textContent()).toContain("gpt-4o-mini");
  expect(await run.textContent()).toContain("1,800 in");
  // A text file has no preview of its own: its thumbnail when the worker made one, else a clear notice.
  await page.locator('.doc-preview-body :is([data-testid="no-preview"], img.preview-thumbnail)').first().waitFor();
  expect(b.errors).toEqual([]);
});

test("settings: the saved API key stays masked, budget and usage render", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.goto(`${stack.baseUrl}/settings`);
  await page.getByTestId("effective-provider").getByText("OpenAI-compatible API").waitFor();

  // Usage: the model call above cost something this month, and both daily charts are drawn.
  const usage = page.locator(".usage-panel");
  await usage.getByTestId("month-cost").waitFor();
  expect(await usage.getByTestId("month-cost").textContent()).toMatch(/^\$0\.\d{4}.*no budget cap/);
  expect(await usage.locator("svg.chart-svg").count()).toBe(2);
  expect(await usage.locator("svg.chart-svg").first().locator('rect[fill="#6366f1"]').count()).toBe(1);
  expect(await usage.getByText("Model calls").locator("..").textContent()).toContain("1");

  // A new key, a budget and "allow new topics" (already on) in one save.
  expect(await page.getByLabel("Let the model propose new topics").isChecked()).toBe(true);
  await page.getByRole("textbox", { name: "API key" }).fill(UI_KEY);
  await page.getByRole("textbox", { name: "Monthly budget" }).fill("25");
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByText("Settings saved.").waitFor();
  expect(await page.getByRole("textbox", { name: "API key" }).inputValue()).toBe("");
  expect(await page.getByRole("textbox", { name: "API key" }).getAttribute("placeholder")).toBe("sk-…7a9f");
  expect(await page.content()).not.toContain(UI_KEY);
  expect(await page.content()).not.toContain("sk-e2e-seeded-key-0000");
  await usage.getByText("of $25.00 budget").waitFor();
  await b.screenshot("settings");

  const saved = await stack.query<{ monthlyBudgetUsd: number | null; apiKeyMasked: string; allowNewTopics: boolean }>("settings.get");
  expect(saved).toMatchObject({ monthlyBudgetUsd: 25, apiKeyMasked: "sk-…7a9f", allowNewTopics: true });

  // A budget already spent: the page says the offline classifier takes over.
  await stack.mutate("settings.update", { monthlyBudgetUsd: 0.0001 });
  await page.reload();
  await page.getByTestId("budget-reached").getByText("Budget reached — using the offline classifier.").waitFor();
  await b.screenshot("settings-budget-reached");

  // An invalid budget is caught before it is sent.
  await page.getByRole("textbox", { name: "Monthly budget" }).fill("lots");
  await page.getByText("Enter an amount in US dollars").waitFor();
  expect(b.errors).toEqual([]);
});
