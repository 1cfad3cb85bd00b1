// Topic health on the Topics page (issue 20 item 4, ADR 0035) in Chromium: the worker classifies with a fake
// OpenAI-compatible model (sure about Invoices, unsure about Travel), a person corrects through the API, and the
// page shows each topic's figures, the warning mark of an often-removed topic and what it is confused with — also
// at 390 px without sideways scrolling, and an admin can narrow it to one owner's documents.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { answerTopics, messageText, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { openBrowser, overflow, signIn, signOut, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let fake: FakeOpenAI;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let member: Credentials;
const topic: Record<string, string> = {};

beforeAll(async () => {
  // The documents carry a marker the descriptions do not: MARK-INV is an invoice for sure, MARK-TRIP maybe travel.
  fake = await startFakeOpenAI(
    answerTopics((request) => {
      const text = messageText(request);
      return {
        topics: [
          ...(text.includes("MARK-INV") ? [{ name: "Invoices", confidence: 0.9, quote: "MARK-INV" }] : []),
          ...(text.includes("MARK-TRIP") ? [{ name: "Travel", confidence: 0.55, quote: "MARK-TRIP" }] : []),
        ],
      };
    }),
  );
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  for (const [name, description] of [
    ["Invoices", "Bills to pay: amount due, payment terms."],
    ["Receipts", "Proof of a payment already made."],
    ["Travel", "Trips, flights, hotels and train tickets."],
  ] as const) {
    topic[name] = (await stack.mutate<{ topic: { id: string } }>("topics.create", { name, description })).topic.id;
  }
  await stack.mutate("settings.update", { apiKey: "sk-e2e-seeded-key-0000", baseUrl: fake.baseURL, model: "gpt-4o-mini" });
  const text = (marker: string, n: number) => ({ name: `${marker.toLowerCase()}-${n}.txt`, bytes: Buffer.from(`Document ${n}. ${marker} Amount 12.50 EUR.`), type: "text/plain" });
  const invoices = await stack.upload(text("MARK-INV", 1), text("MARK-INV", 2), text("MARK-INV", 3));
  const trips = await stack.upload(text("MARK-TRIP", 1), text("MARK-TRIP", 2));
  member = await stack.createUser("member-health@e2e.test", "member");
  const [memberInvoice] = await stack.as(member).upload(text("MARK-INV", 4));
  for (const id of [...invoices, ...trips, memberInvoice!]) await waitForDone(stack, id);

  // A person takes Invoices off two of the four documents it was applied to and files them as Receipts…
  await stack.mutate("documents.setTopics", { id: invoices[0], topicIds: [topic.Receipts] });
  await stack.as(member).mutate("documents.setTopics", { id: memberInvoice, topicIds: [topic.Receipts] });
  // …accepts Travel on one trip and turns it down on the other.
  const inbox = await stack.query<{ items: { documentId: string; suggestions: { id: string }[] }[] }>("review.list", { limit: 100 });
  const suggestionOf = (id: string) => inbox.items.find((d) => d.documentId === id)!.suggestions[0]!.id;
  await stack.mutate("review.accept", { ids: [suggestionOf(trips[0]!)] });
  await stack.mutate("review.reject", { ids: [suggestionOf(trips[1]!)] });
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await fake?.close();
});

test("topic health: documents, the classifier's share, review, removals with a warning mark and what people chose instead", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack, stack.admin, "/topics");
  const health = page.getByRole("region", { name: "Topic health" });
  const row = (name: string) => health.locator(`tr[data-topic="${name}"]`);
  const cells = async (name: string) => (await row(name).locator("td").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  await row("Travel").waitFor();

  // Invoices: applied to four documents, taken off two (one the member's) — half, so marked; Receipts instead.
  expect(await cells("Invoices")).toEqual(["Invoices⚠", "2", "2 of 2 (100%)", "0 of 4 (0%)", "2 of 4 (50%)", "Receipts (2)"]);
  await expect.poll(() => row("Invoices").getAttribute("data-warning")).toBe("");
  await row("Invoices").getByRole("img", { name: "Often removed" }).waitFor();
  // Receipts: filed by people only, never the classifier's pick.
  expect(await cells("Receipts")).toEqual(["Receipts", "2", "0 of 2 (0%)", "–", "–", "–"]);
  // Travel: both picks went to review; one accepted, one turned down.
  expect(await cells("Travel")).toEqual(["Travel", "1", "0 of 1 (0%)", "2 of 2 (100%)", "–", "–"]);
  expect(await row("Travel").getAttribute("data-warning")).toBeNull();
  await b.screenshot("topic-health-1280");

  // One owner's documents: the member's invoice only.
  await health.getByLabel("Documents of").selectOption({ label: "member-health@e2e.test" });
  await expect.poll(() => cells("Invoices")).toEqual(["Invoices", "0", "–", "0 of 1 (0%)", "1 of 1 (100%)", "Receipts (1)"]);
  expect(new URL(page.url()).searchParams.get("owner")).toBeTruthy();
  await health.getByLabel("Documents of").selectOption({ label: "Everyone" });
  await expect.poll(() => cells("Invoices")).toEqual(["Invoices⚠", "2", "2 of 2 (100%)", "0 of 4 (0%)", "2 of 4 (50%)", "Receipts (2)"]);

  // On a phone each topic is a card with the column names; nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await row("Invoices").scrollIntoViewIfNeeded();
  expect(await overflow(page)).toEqual({ scrollWidth: 390, wide: [] });
  expect(await row("Invoices").locator('td[data-measure="removed"]').getAttribute("data-label")).toBe("Removed");
  await b.screenshot("topic-health-390");
  await page.setViewportSize({ width: 1280, height: 860 });

  // A member sees their own documents, and no owner filter.
  await signOut(page);
  await signIn(page, stack, member, "/topics");
  await row("Invoices").waitFor();
  expect(await cells("Invoices")).toEqual(["Invoices", "0", "–", "0 of 1 (0%)", "1 of 1 (100%)", "Receipts (1)"]);
  expect(await health.getByLabel("Documents of").count()).toBe(0);
  expect(b.errors).toEqual([]);
});
