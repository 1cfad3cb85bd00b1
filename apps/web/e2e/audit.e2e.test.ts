// The audit log in Chromium (issue 18, ADR 0024): a member's document is deleted by a second admin's
// script; the first admin answers "who deleted this, and when" from the console: the document's History
// card, then the Audit log page filtered by action, and its CSV export with the same filter.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { openBrowser, signIn, signOut, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let member: Credentials;
let carol: Credentials;
let docId: string;

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  // No worker: nothing here needs the document read.
  stack = await startStack({ worker: false });
  member = await stack.createUser("member@audit-e2e.test");
  carol = await stack.createUser("carol@audit-e2e.test", "admin");
  [docId] = (await stack.as(member).upload({ name: "lease-2026.pdf", bytes: makePdf(["Lease agreement", "Flat 3"]), type: "application/pdf" })) as [string];
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("an admin finds who deleted a document, and when: its History, the Audit log filtered by action, the CSV", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;

  // The document's own History shows the upload, by its member, over their API token.
  await signIn(page, stack, stack.admin, `/documents/${docId}`);
  const history = page.getByTestId("document-audit");
  await history.locator('li[data-action="document.upload"]').waitFor();
  expect(await history.locator('li[data-action="document.upload"]').textContent()).toContain(`by ${member.email} (token “e2e”)`);

  // Carol's script moves it to the trash.
  const deleted = await stack.as(carol).fetch(`/api/documents/${docId}`, { method: "DELETE" });
  expect(deleted.status).toBe(204);

  // From the nav to the Audit log; the action filter leaves the deletion.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/audit");
  await page.locator('tr[data-action="document.upload"]').first().waitFor();
  await page.getByLabel("Action").selectOption({ label: "Moved to the trash" });
  expect(new URL(page.url()).searchParams.get("action")).toBe("document.delete");
  const rows = page.locator("tbody tr");
  await expect.poll(() => rows.count()).toBe(1);
  const row = rows.first();
  expect(await row.getAttribute("data-action")).toBe("document.delete");
  const text = (await row.textContent()) ?? "";
  expect(text).toContain(`${carol.email} (token “e2e”)`);
  expect(text).toContain("lease-2026.pdf");
  expect(text).toContain("Moved to the trash");
  // When: the row's time is the moment of the deletion.
  const when = new Date((await row.locator("time").getAttribute("datetime"))!);
  expect(Math.abs(when.getTime() - Date.now())).toBeLessThan(5 * 60_000);
  await b.screenshot("audit-log");

  // The CSV export takes the same filter and names the same person (fetched with the admin's session).
  const href = (await page.getByTestId("audit-export").getAttribute("href"))!;
  expect(href).toContain("action=document.delete");
  const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(carol.email);
  expect(lines[1]).toContain(docId);
  expect(lines[1]).toContain("document.delete");
});

test("a member's Audit log: their own entries only, and no one else to pick", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signOut(page);
  await signIn(page, stack, member, "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
  await page.locator('tr[data-action="document.upload"]').first().waitFor();
  expect(await page.getByLabel("User").count()).toBe(0);
  // The upload is theirs; the deletion by another admin is not their entry.
  expect(await page.locator('tr[data-action="document.delete"]').count()).toBe(0);
  for (const text of await page.locator("tbody tr").allTextContents()) expect(text).not.toContain(carol.email);
  expect(b.errors).toEqual([]);
});
