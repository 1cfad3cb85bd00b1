// Activity and topics in Chromium. The stack starts without its worker, so the uploaded documents' jobs
// wait in the queue where the Activity page can show them; then the worker starts and drains it. Last, a
// member's view of the topics: their own personal ones, the global ones read-only (ADR 0010).
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import type { Page, Request } from "playwright-core";
import { openBrowser, signIn, signOut, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let ids: string[];

interface TopicRow {
  name: string;
  color: string;
  threshold: number | null;
  personal: boolean;
}

/**
 * Signs in through the login form the page shows now, without loading the page again: a reload would
 * reset the console's in-memory state, which is what the test looks at.
 */
async function signInWithoutReload(page: Page, creds: Pick<Credentials, "email" | "password">): Promise<void> {
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(creds.email);
  await form.getByLabel("Password").fill(creds.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

beforeAll(async () => {
  launching = openBrowser(); // Chromium starts while the stack does
  launching.catch(() => {});
  stack = await startStack({ worker: false });
  await stack.mutate("topics.create", { name: "Invoices", description: "Invoices and bills from suppliers: amount due, payment terms, VAT.", color: "#ef4444" });
  await stack.mutate("topics.create", { name: "Sports", description: "Football matches, tennis tournaments, athletes and scores.", color: "#22c55e" });
  ids = await stack.upload(
    { name: "invoice-7781.txt", bytes: Buffer.from("Invoice 7781. Amount due: EUR 310.00 including VAT. Payment terms: 14 days."), type: "text/plain" },
    { name: "match-report.txt", bytes: Buffer.from("Football: the home team won the match 3-1; the tennis tournament starts on Monday."), type: "text/plain" },
  );
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("activity: counts by state and the queued jobs, until the worker drains the queue", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  await page.getByRole("heading", { level: 1, name: "Activity" }).waitFor();

  const queued = page.getByTestId("count-queued");
  await queued.locator(".stat-value", { hasText: "2" }).waitFor();
  for (const state of ["running", "retrying", "failed"]) expect(await page.getByTestId(`count-${state}`).locator(".stat-value").textContent()).toBe("0");
  const rows = page.locator("tbody tr[data-job-id]");
  expect(await rows.count()).toBe(2);
  for (const id of ids) {
    const row = page.locator("tbody tr", { has: page.locator(`a[href="/documents/${id}"]`) });
    expect(await row.textContent()).toContain("Extract text");
    expect(await row.getAttribute("data-state")).toBe("queued");
  }
  // Filtering by a state with nothing in it.
  await page.getByTestId("count-failed").click();
  await page.getByText("No failed jobs.").waitFor();
  await page.getByTestId("count-failed").click();
  await expect.poll(() => rows.count()).toBe(2);
  // No integrity check has run on this fresh instance yet: the card says how to run one.
  await page.getByTestId("integrity-check").getByText("No check has run yet").waitFor();
  await b.screenshot("activity");

  // The page polls: once the worker runs, the jobs finish and leave.
  stack.startWorker();
  await stack.whileRunning(page.getByText("Nothing in the queue.").waitFor({ timeout: 90_000 }));
  await queued.locator(".stat-value", { hasText: "0" }).waitFor();
  for (const id of ids) await waitForDone(stack, id);
  expect(b.errors).toEqual([]);
});

test("topics: create with colour and threshold, reclassify everything, edit, delete", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await page.getByRole("heading", { level: 1, name: "Topics" }).waitFor();
  const form = page.getByRole("form", { name: "New topic" });

  // A threshold out of range is refused before anything is sent.
  await form.getByLabel("Name").fill("Travel");
  await form.getByLabel("Threshold").fill("150");
  await form.getByRole("button", { name: "Create topic" }).click();
  await form.getByText("Enter a percentage from 0 to 100").waitFor();

  await form.getByLabel("Colour").fill("#0ea5e9");
  await form.getByLabel("Threshold").fill("70");
  await form.getByLabel("Description").fill("Trips, flights, hotels and train tickets.");
  await form.getByRole("button", { name: "Create topic" }).click();
  await form.getByText("Created “Travel”.").waitFor();
  const travel = page.locator(".topic-item", { hasText: "Travel" });
  await travel.getByText("Threshold: 70%").waitFor();
  expect(await travel.locator(".swatch").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(14, 165, 233)");
  // An admin's topic is global unless "Personal (only me)" is ticked.
  expect(await travel.getByText("Global", { exact: true }).count()).toBe(1);
  const created = (await stack.query<TopicRow[]>("topics.list")).find((t) => t.name === "Travel");
  expect(created).toMatchObject({ color: "#0ea5e9", threshold: 0.7, personal: false });

  // The offer to reclassify: everything with text is queued, and the progress runs to the end.
  await page.getByRole("button", { name: "Reclassify all documents" }).click();
  const progress = page.getByTestId("reclassify-progress");
  await progress.getByText("Queued 2 documents").or(progress.getByText("Reclassified 2 documents.")).first().waitFor();
  await stack.whileRunning(progress.getByText("Reclassified 2 documents.").waitFor({ timeout: 60_000 }));
  expect(await progress.textContent()).toContain("2 of 2 done.");

  // Documents per topic, as bars: Invoices and Sports have their document by now.
  const chart = page.locator(".hbars");
  await chart.locator('[data-bar="Invoices"]').waitFor();
  await expect.poll(() => chart.locator('[data-bar="Invoices"] .hbar-value').textContent()).toBe("1");
  expect(await chart.locator('[data-bar="Travel"] .hbar-value').textContent()).toBe("0");
  await b.screenshot("topics");

  // Edit: rename and go back to the global threshold; the offer comes back.
  await page.getByRole("button", { name: "Edit Travel" }).click();
  const editor = page.getByRole("form", { name: "Edit topic Travel" });
  await editor.getByLabel("Name").fill("Trips");
  await editor.getByLabel("Threshold").fill("");
  await editor.getByRole("button", { name: "Save" }).click();
  const trips = page.locator(".topic-item", { hasText: "Trips" });
  await trips.getByText("Threshold: global (80%)").waitFor();
  await page.getByText("Topic saved.").waitFor();
  await page.getByRole("button", { name: "Not now" }).click();
  expect(await page.getByRole("button", { name: "Reclassify all documents" }).count()).toBe(0);

  // Delete, confirm; the offer shows once more.
  await page.getByRole("button", { name: "Delete Trips" }).click();
  await page.getByRole("dialog", { name: "Delete “Trips”?" }).getByRole("button", { name: "Delete topic" }).click();
  await page.getByRole("status").getByText("Deleted “Trips”.").first().waitFor();
  await page.getByRole("button", { name: "Reclassify all documents" }).waitFor();
  expect((await stack.query<{ name: string }[]>("topics.list")).map((t) => t.name)).toEqual(["Invoices", "Sports"]);
  expect(b.errors).toEqual([]);
});

test("personal topics: an admin's and a member's own, global ones read-only for members; the next account sees no uploads", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const nav = page.getByRole("navigation", { name: "Main" });
  const topicItem = (name: string) => page.locator(".topic-item", { has: page.locator(".topic-name", { hasText: name }) });

  // The admin ticks "Personal (only me)": a topic of their own.
  await nav.getByRole("link", { name: "Topics" }).click();
  const form = page.getByRole("form", { name: "New topic" });
  await form.getByLabel("Name").fill("Drafts");
  await form.getByLabel("Personal (only me)").check();
  await form.getByRole("button", { name: "Create topic" }).click();
  await form.getByText("Created “Drafts”.").waitFor();
  expect(await form.getByLabel("Personal (only me)").isChecked()).toBe(false); // back to the default
  await topicItem("Drafts").getByText("Personal", { exact: true }).waitFor();
  await topicItem("Invoices").getByText("Global", { exact: true }).waitFor();
  expect((await stack.query<TopicRow[]>("topics.list")).find((t) => t.name === "Drafts")).toMatchObject({ personal: true });

  // An upload in this tab, then the next account signs in to the same tab without a reload.
  await nav.getByRole("link", { name: "Upload" }).click();
  await page.locator('input[type="file"]').setInputFiles([{ name: "admin-note.txt", mimeType: "text/plain", buffer: Buffer.from("A note of the admin.") }]);
  await page.locator("li.upload", { hasText: "admin-note.txt" }).and(page.locator('[data-state="done"]')).waitFor();
  const member = await stack.createUser("topics-member@e2e.test");
  await signOut(page);
  // A batch answers 207 when one call in it is refused, which the browser does not log: watch the calls.
  const adminOnlyCalls: string[] = [];
  const watchCalls = (req: Request) => {
    if (/\/trpc\/[^?]*\b(settings|usage|jobs|users)\./.test(req.url())) adminOnlyCalls.push(req.url());
  };
  page.on("request", watchCalls);
  await signInWithoutReload(page, member);
  await page.getByRole("heading", { level: 1, name: "Upload" }).waitFor();
  await page.getByText("Nothing uploaded in this session yet.").waitFor();
  expect(await page.getByText("admin-note.txt").count()).toBe(0);

  // The member: global topics read-only, none of the admin's personal ones, and their own topics personal.
  await nav.getByRole("link", { name: "Topics" }).click();
  await page.getByRole("heading", { level: 1, name: "Topics" }).waitFor();
  const invoices = topicItem("Invoices");
  await invoices.getByText("Global", { exact: true }).waitFor();
  await invoices.getByText("Read-only: managed by an admin").waitFor();
  expect(await invoices.getByRole("button").count()).toBe(0);
  expect(await topicItem("Drafts").count()).toBe(0);
  await form.getByText("It will be a personal topic: only you see it.").waitFor();
  expect(await form.getByLabel("Personal (only me)").count()).toBe(0);
  await form.getByLabel("Name").fill("Receipts");
  await form.getByLabel("Description").fill("Shop receipts and till slips.");
  await form.getByRole("button", { name: "Create topic" }).click();
  await form.getByText("Created “Receipts”.").waitFor();
  const receipts = topicItem("Receipts");
  await receipts.getByText("Personal", { exact: true }).waitFor();
  await receipts.getByRole("button", { name: "Edit Receipts" }).waitFor();
  await b.screenshot("topics-member");

  // Reclassifying "all" would be the member's own documents: none (though the admin has three), so no offer.
  await expect.poll(() => page.getByRole("button", { name: "Reclassify all documents" }).count(), { timeout: 2_000 }).toBe(0);
  await page.waitForLoadState("networkidle");
  expect(await page.getByRole("button", { name: "Reclassify all documents" }).count()).toBe(0);

  const memberTopics = await stack.as(member).query<TopicRow[]>("topics.list");
  expect(memberTopics.map((t) => [t.name, t.personal])).toEqual([
    ["Invoices", false],
    ["Receipts", true],
    ["Sports", false],
  ]);

  page.off("request", watchCalls);
  expect(adminOnlyCalls).toEqual([]);

  // Back to the admin: their personal topic, not the member's.
  await signOut(page);
  await signIn(page, stack, stack.admin, "/topics");
  await topicItem("Drafts").waitFor();
  expect(await topicItem("Receipts").count()).toBe(0);
  expect((await stack.query<TopicRow[]>("topics.list")).map((t) => t.name)).not.toContain("Receipts");
  expect(b.errors).toEqual([]);
});
