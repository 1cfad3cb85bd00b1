// Custom fields filled by the LLM, in Chromium (issue 17 item 3, ADR 0033): a fake OpenAI-compatible server files
// an invoice under Invoices and gives its total and invoice number in the same answer; the document page's
// Fields card says who read each value (the LLM, the offline reader), how sure and from which words. The same
// answer gives the document's date and sender (ADR 0039): the page says they were read by the LLM; a sender that
// is none of the correspondents is proposed, and one click adds and sets it.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { answerTopics, isChatRequest, messageText, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const TEXT = "Northwind Traders Ltd\nInvoice 2026-118\nDate: 2 March 2026\nOffice chairs, 2 pcs\nTotal: 480.00 EUR\nPayment due by 2026-04-15\n";

let stack: Stack;
let fake: FakeOpenAI;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let docId: string;
let receiptId: string;
const RECEIPT = "Harbour Lights Bakery\nReceipt\nDate: 3 March 2026\nTotal: 12.00 EUR\n";

beforeAll(async () => {
  fake = await startFakeOpenAI(
    answerTopics((request) =>
      messageText(request).includes("Harbour Lights")
        ? { topics: [{ name: "Invoices", confidence: 0.9, quote: "Receipt" }], correspondent: { name: "Harbour Lights Bakery", confidence: 0.9, quote: "Harbour Lights Bakery" } }
        : {
      topics: [{ name: "Invoices", confidence: 0.94, quote: "Invoice 2026-118" }],
      fields: [
        { name: "Total", value: "480.00 EUR", confidence: 0.97, quote: "Total: 480.00 EUR" },
        { name: "Invoice number", value: "2026-118", confidence: 0.91, quote: "Invoice 2026-118" },
      ],
      documentDate: { date: "2026-03-02", confidence: 0.9, quote: "Date: 2 March 2026" },
      correspondent: { name: "Northwind Traders Ltd", confidence: 0.88, quote: "Northwind Traders Ltd" },
    }),
  );
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  const topicId = (await stack.mutate<{ topic: { id: string } }>("topics.create", { name: "Invoices", description: "Bills and invoices to pay.", color: "#f59e0b" })).topic.id;
  for (const name of ["Total", "Invoice number", "Due date"]) {
    const field = await stack.mutate<{ id: string }>("fields.create", { name, ...(name === "Invoice number" ? { extract: "none" } : {}) });
    await stack.mutate("fields.attach", { topicId, fieldId: field.id });
  }
  // "none": no rule finds it offline, only the LLM's name does.
  await stack.mutate("correspondents.create", { name: "Northwind Traders", algorithm: "none", match: "" });
  await stack.mutate("settings.update", { apiKey: "sk-e2e-seeded-key-0000", baseUrl: fake.baseURL, model: "gpt-4o-mini" });
  [docId] = (await stack.upload({ name: "northwind-chairs.txt", bytes: Buffer.from(TEXT), type: "text/plain" })) as [string];
  await waitForDone(stack, docId);
  [receiptId] = (await stack.upload({ name: "bakery.txt", bytes: Buffer.from(RECEIPT), type: "text/plain" })) as [string];
  await waitForDone(stack, receiptId);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await fake?.close();
});

test("the Fields card marks the LLM's values with their confidence and quote, beside the offline reader's", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  expect(fake.requests.filter(isChatRequest)).toHaveLength(2); // one call per document
  const { page } = b;
  await signIn(page, stack, stack.admin, `/documents/${docId}`);
  const card = page.getByRole("region", { name: "Fields", exact: true });
  const total = card.locator('[data-field="Total"]');
  await expect.poll(() => total.getByTestId("field-value").innerText()).toBe("480.00 EUR");
  expect(await total.getByTestId("field-source").innerText()).toBe("Read by the LLM");
  expect(await total.locator(".confidence-value").innerText()).toContain("97");
  expect(await total.locator("blockquote").innerText()).toBe("Total: 480.00 EUR");
  const number = card.locator('[data-field="Invoice number"]');
  expect(await number.getByTestId("field-value").innerText()).toBe("2026-118");
  expect(await number.getByTestId("field-source").innerText()).toBe("Read by the LLM");
  // The LLM gave no due date: the offline reader's fills it.
  const due = card.locator('[data-field="Due date"]');
  expect(await due.getByTestId("field-source").innerText()).toMatch(/read offline/i);
  await b.screenshot("fields-document-llm");
  // The date and the sender from the same answer.
  const date = page.getByTestId("document-date");
  expect(await date.locator("time").getAttribute("dateTime")).toBe("2026-03-02");
  expect(await date.locator("time").getAttribute("title")).toBe("read by the LLM: “Date: 2 March 2026”");
  const from = page.getByTestId("document-correspondent");
  expect(await from.innerText()).toContain("Northwind Traders");
  expect(await from.locator("[title]").first().getAttribute("title")).toMatch(/^read by the LLM \(88\s?%\): “Northwind Traders Ltd”$/);
  expect(await page.getByTestId("proposed-correspondent").count()).toBe(0);

  // An unknown sender: proposed, not created; "Add and set" creates it and sets it as a person's choice.
  await page.goto(`${stack.baseUrl}/documents/${receiptId}`);
  const proposal = page.getByTestId("proposed-correspondent");
  await expect.poll(() => proposal.innerText()).toContain("The LLM read the sender as “Harbour Lights Bakery”");
  expect(await page.getByTestId("document-correspondent").innerText()).not.toContain("Harbour Lights");
  await proposal.getByRole("button", { name: "Add and set" }).click();
  const sender = page.getByTestId("document-correspondent");
  await expect.poll(() => sender.innerText()).toContain("Harbour Lights Bakery");
  expect(await sender.locator("[title]").first().getAttribute("title")).toBe("set by a person");
  await expect.poll(() => proposal.count()).toBe(0);
  await b.screenshot("document-proposed-correspondent-added");
});
