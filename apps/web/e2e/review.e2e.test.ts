// The review inbox and the AI settings in Chromium, against a fake OpenAI-compatible server that is sure
// about one topic (0.9, applied), unsure about another (0.55, to review) and proposes a new one.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { chatCompletion, isChatRequest, serverError, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const TEXT = [
  "Hotel Bellevue, Lucerne. Invoice 8841.",
  "Two nights, 12 to 14 March, double room with breakfast: CHF 420.00.",
  "City tax CHF 9.80. Amount due: CHF 429.80, payable within 10 days.",
].join("\n");
const SENDERS = ["Bäckerei Sonnenschein", "Kiosk am Markt"];
const receipt = (sender: string) => [sender, "Marktplatz 3, 12345 Musterstadt", "Kassenbon vom 14.02.2026", "2 Brezeln 1,80 EUR"].join("\n");
/** Typed into the settings form; it must never appear in the page again. */
const UI_KEY = "sk-e2e-typed-in-the-form-7a9f";

let stack: Stack;
let fake: FakeOpenAI;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let docId: string;
let memberDocId: string;
/** The fake model answers 500 while this is set. */
let llmDown = false;
const MEMBER_EMAIL = "member-review@e2e.test";

beforeAll(async () => {
  fake = await startFakeOpenAI((request) => {
    if (!isChatRequest(request)) return undefined;
    if (llmDown) return serverError(500);
    // Receipts from senders nobody added: no topic fits, the sender is proposed (ADR 0039).
    const sender = SENDERS.find((name) => JSON.stringify(request.body).includes(name));
    if (sender) {
      const answer = { topics: [], documentDate: null, correspondent: { name: sender, confidence: 0.9, quote: sender } };
      return chatCompletion(JSON.stringify(answer), { model: "gpt-4o-mini", usage: { prompt_tokens: 900, completion_tokens: 40 } });
    }
    const answer = {
      topics: [
        { name: "Invoices", confidence: 0.9, quote: "Amount due: CHF 429.80" },
        { name: "Travel", confidence: 0.55, quote: "Two nights, 12 to 14 March" },
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
  // A member's document: in the admin's inbox with its owner shown.
  const member = await stack.createUser(MEMBER_EMAIL, "member");
  [memberDocId] = (await stack.as(member).upload({ name: "member-hotel.txt", bytes: Buffer.from(`${TEXT}\nGuest: a member.`), type: "text/plain" })) as [string];
  await waitForDone(stack, docId);
  await waitForDone(stack, memberDocId);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await fake?.close();
});

test("review inbox: one row per document with ranked suggestions and its owner; accept one and reject the rest, reject all with the keyboard", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  expect(fake.requests.filter(isChatRequest)).toHaveLength(2);

  await signIn(page, stack);
  const nav = page.getByRole("navigation", { name: "Main" });
  // The badge counts documents waiting, not suggestions (2 documents, 4 suggestions).
  await nav.getByTestId("review-badge").getByText("2").waitFor();
  await nav.getByRole("link", { name: /^Review/ }).click();
  await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();

  const rows = page.locator("tbody tr[data-document-id]");
  await expect.poll(() => rows.count()).toBe(2);
  const mine = rows.filter({ hasText: "hotel-bellevue.txt" });
  const members = rows.filter({ hasText: "member-hotel.txt" });
  // Ranked: Travel (0.55, between the 0.5 review floor and the 0.8 threshold) before the proposal (0.5);
  // each with its evidence.
  const suggestions = mine.locator(".review-suggestion");
  expect(await suggestions.count()).toBe(2);
  expect(await suggestions.nth(0).locator(".confidence-value").textContent()).toContain("55%");
  expect(await suggestions.nth(0).locator(".quote").textContent()).toBe("Two nights, 12 to 14 March");
  expect(await suggestions.nth(1).textContent()).toContain("New topic: Hotels");
  expect(await suggestions.nth(1).textContent()).toContain("Hotel stays: bookings, invoices and receipts.");
  expect(await mine.getByRole("link", { name: "hotel-bellevue.txt" }).getAttribute("href")).toBe(`/documents/${docId}`);
  // An admin sees whose documents they are, and can narrow the inbox to one owner.
  expect(await mine.locator(".cell-owner").textContent()).toBe(stack.admin.email);
  expect(await members.locator(".cell-owner").textContent()).toBe(MEMBER_EMAIL);
  await page.getByLabel("Owner").selectOption({ label: `${MEMBER_EMAIL} (1)` });
  await expect.poll(() => rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain("member-hotel.txt");
  await page.getByLabel("Owner").selectOption({ label: "Everyone" });
  await expect.poll(() => rows.count()).toBe(2);
  await page.locator(".shortcut-legend").getByText("reject all").waitFor();
  await b.screenshot("review");

  // Accept Travel on my document: the proposal on it is rejected with it, and the row leaves.
  await mine.getByRole("button", { name: "Accept “Travel” for hotel-bellevue.txt and reject the others" }).click();
  await page.getByRole("status").getByText("Accepted 1 suggestion; rejected 1 other.").waitFor();
  await expect.poll(() => rows.count()).toBe(1);

  // The member's document is highlighted now: "r" rejects all its suggestions.
  const active = page.locator("tbody tr.row-active");
  expect(await active.textContent()).toContain("member-hotel.txt");
  await page.keyboard.press("r");
  await page.getByRole("status").getByText("Rejected 2 suggestions.").waitFor();
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

  // The document page shows the run that asked the model: provider, model, tokens, cost; the topic the
  // model chose says which model, the one accepted in review says Manual.
  await page.goto(`${stack.baseUrl}/documents/${docId}`);
  const run = page.locator(".run").first();
  await run.waitFor();
  expect(await run.textContent()).toContain("OpenAI-compatible");
  expect(await run.textContent()).toContain("gpt-4o-mini");
  expect(await run.textContent()).toContain("1,800 in");
  const topicRows = page.locator(".doc-topic[data-topic]");
  expect(await topicRows.filter({ hasText: "Invoices" }).locator(".source-badge").textContent()).toBe("gpt-4o-mini");
  expect(await topicRows.filter({ hasText: "Travel" }).locator(".source-badge").textContent()).toBe("Manual");
  // A text file has no preview of its own: its thumbnail when the worker made one, else a clear notice.
  await page.locator('.doc-preview-body :is([data-testid="no-preview"], img.preview-thumbnail)').first().waitFor();

  // Reclassify says what it keeps, and the new run records it.
  await page.getByRole("button", { name: "Reclassify" }).click();
  await page.getByTestId("reclassify-kept").getByText("Reclassifying keeps your decisions (1 topic you chose).").waitFor();
  await page.locator(".run").first().locator(".run-kept").getByText("Kept as you decided: 1 topic you chose.").waitFor();
  expect(await page.locator(".run").count()).toBe(2);

  // The member's rejected topic is not suggested again when their document is classified again.
  await stack.mutate("documents.reclassify", { id: memberDocId });
  await waitForDone(stack, memberDocId);
  const history = await stack.query<{ runs: unknown[]; suggestions: { topicName: string | null; proposedName: string | null }[] }>("documents.history", { id: memberDocId });
  expect(history.runs).toHaveLength(2);
  expect(history.suggestions.map((x) => x.topicName ?? `new: ${x.proposedName}`)).toEqual(["new: Hotels"]);

  // Topic health on the Topics page (ADR 0035): Invoices applied by the model to both documents and kept; Travel
  // went to review on both, confirmed on one and turned down on the member's (a review decision, not a removal).
  await page.goto(`${stack.baseUrl}/topics`);
  const health = page.getByRole("region", { name: "Topic health" });
  const cells = async (topic: string) => (await health.locator(`tr[data-topic="${topic}"] td`).allTextContents()).map((t) => t.trim());
  await health.locator('tr[data-topic="Travel"]').waitFor();
  expect(await cells("Invoices")).toEqual(["Invoices", "2", "2 of 2 (100%)", "0 of 2 (0%)", "0 of 2 (0%)", "–"]);
  expect(await cells("Travel")).toEqual(["Travel", "1", "0 of 1 (0%)", "2 of 2 (100%)", "–", "–"]);
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
  expect(await usage.getByText("Model calls").locator("..").textContent()).toContain("2");

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

test("document page: a model outage shows as an offline fallback, and similar documents of the owner are listed", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await stack.mutate("settings.update", { monthlyBudgetUsd: null });
  llmDown = true;
  try {
    const [id] = (await stack.upload({ name: "hotel-again.txt", bytes: Buffer.from(`${TEXT}\nSecond stay, same hotel.`), type: "text/plain" })) as [string];
    expect((await waitForDone(stack, id)).status).toBe("done");
    await page.goto(`${stack.baseUrl}/documents/${id}`);
    const run = page.locator(".run").first();
    await run.getByText("offline fallback").waitFor();
    expect(await run.textContent()).toContain("Offline classifier");
    expect(await run.locator(".run-note").textContent()).toMatch(/^gpt-4o-mini failed \(.+\): the offline classifier answered; the model will be asked again in 5 min$/);
    // Any topic the offline classifier chose says so, not "AI".
    for (const badge of await page.locator(".doc-topic .source-badge").all()) expect(["offline", "Manual"]).toContain(await badge.textContent());

    const similar = page.locator(".similar-docs li");
    await similar.first().waitFor();
    expect(await similar.first().getByRole("link").textContent()).toBe("hotel-bellevue.txt");
    // The member's copy of the same hotel bill is theirs: never listed for another owner's document.
    expect(await page.locator(".similar-docs").textContent()).not.toContain("member-hotel.txt");
    await b.screenshot("document-fallback-similar");

    // A bulk reclassify of a document with a person's topic says that decision stays.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" }).click();
    await page.getByRole("checkbox", { name: "Select hotel-bellevue.txt" }).check();
    await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Reclassify" }).click();
    await expect
      .poll(() => page.locator(".notice-region .alert").textContent())
      .toContain("Reclassifying 1 document in the background; your decisions stay (1 topic you chose).");
    await waitForDone(stack, docId);
    expect(b.errors).toEqual([]);
  } finally {
    llmDown = false;
  }
});

test("review inbox: a sender the LLM read who is not among the correspondents waits there too; add and set, dismiss (not proposed again)", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const [bakery] = (await stack.upload({ name: "baeckerei.txt", bytes: Buffer.from(receipt(SENDERS[0]!)), type: "text/plain" })) as [string];
  const [kiosk] = (await stack.upload({ name: "kiosk.txt", bytes: Buffer.from(receipt(SENDERS[1]!)), type: "text/plain" })) as [string];
  await waitForDone(stack, bakery);
  await waitForDone(stack, kiosk);

  await page.goto(`${stack.baseUrl}/review`);
  const rows = page.locator("tbody tr[data-document-id]");
  const bakeryRow = rows.filter({ hasText: "baeckerei.txt" });
  const kioskRow = rows.filter({ hasText: "kiosk.txt" });
  const proposal = bakeryRow.getByTestId("review-proposal");
  await proposal.getByText("New sender “Bäckerei Sonnenschein”").waitFor();
  expect(await proposal.locator(".quote").textContent()).toBe("Bäckerei Sonnenschein");
  // No topic fitted: the row holds the proposal only.
  expect(await bakeryRow.locator(".review-suggestions").count()).toBe(0);
  await b.screenshot("review-proposed-sender");

  await bakeryRow.getByRole("button", { name: "Add “Bäckerei Sonnenschein” as a correspondent and set it for baeckerei.txt" }).click();
  await page.getByRole("status").getByText("Set 1 correspondent; added 1 new.").waitFor();
  await expect.poll(() => bakeryRow.count()).toBe(0);
  const doc = await stack.query<{ correspondentName: string | null; correspondentSource: string | null; proposedCorrespondent: string | null }>("documents.get", { id: bakery });
  expect(doc).toMatchObject({ correspondentName: "Bäckerei Sonnenschein", correspondentSource: "person", proposedCorrespondent: null });
  const correspondents = await stack.query<{ name: string; ownerId: string | null }[]>("correspondents.list");
  expect(correspondents.find((c) => c.name === "Bäckerei Sonnenschein")).toMatchObject({ ownerId: null });

  await kioskRow.getByRole("button", { name: "Dismiss the sender “Kiosk am Markt” for kiosk.txt" }).click();
  await page.getByRole("status").getByText("Dismissed 1 proposed sender.").waitFor();
  await expect.poll(() => kioskRow.count()).toBe(0);
  // Classified again, the model reads the same sender: it is not proposed for that document again.
  await stack.mutate("documents.reclassify", { id: kiosk });
  await waitForDone(stack, kiosk);
  const inbox = await stack.query<{ items: { documentId: string }[] }>("review.list");
  expect(inbox.items.map((i) => i.documentId)).not.toContain(kiosk);
  expect(b.errors).toEqual([]);
});
