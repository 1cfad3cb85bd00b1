// A document's title and notes in Chromium (ADR 0025): rename it on its page (the list and search use the new
// title, the file name stays beside it), add a note, find the document by a word of the note, and see that
// a member cannot delete the admin's note on their own document but can delete their own.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { openBrowser, signIn, signOut, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let member: Credentials;
let docId: string;

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  member = await stack.createUser("member@notes-e2e.test");
  [docId] = (await stack.as(member).upload({ name: "scan-0042.pdf", bytes: makePdf(["Rental agreement", "Flat 3, Harbour Street"]), type: "application/pdf" })) as [string];
  await waitForDone(stack, docId);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("rename a document and add notes on its page; search finds both; only the author or an admin deletes a note", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack, member, `/documents/${docId}`);
  await page.getByRole("heading", { level: 1, name: "scan-0042.pdf" }).waitFor();

  // Rename: Enter saves; the heading, the tab title and the file name beside it follow.
  await page.getByRole("button", { name: "Rename the document" }).click();
  const input = page.getByLabel("Title", { exact: true });
  expect(await input.inputValue()).toBe("scan-0042.pdf");
  await input.fill("   ");
  await input.press("Enter");
  await page.getByText("the title cannot be empty").waitFor();
  await input.fill("Lease Harbour Street");
  await input.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Lease Harbour Street" }).waitFor();
  await page.getByText("File: scan-0042.pdf").waitFor();
  await expect.poll(() => page.title()).toBe("Lease Harbour Street · docscan");

  // A note: who and when, searchable.
  const notes = page.getByRole("region", { name: "Notes" });
  await notes.getByText("No notes yet.", { exact: false }).waitFor();
  await notes.getByLabel("New note").fill("Deposit returned by the landlord in March");
  await notes.getByRole("button", { name: "Add note" }).click();
  const note = notes.locator(".note", { hasText: "Deposit returned by the landlord in March" });
  await note.waitFor();
  expect(await note.textContent()).toContain("member@notes-e2e.test");
  await b.screenshot("document-title-and-notes");

  // The list shows the new title (the file name beside it), and finds the document by a word of the note.
  await page.getByRole("link", { name: "← All documents" }).click();
  const row = page.locator(`tbody tr[data-document-id="${docId}"]`);
  await row.getByRole("link", { name: "Lease Harbour Street" }).waitFor();
  expect(await row.textContent()).toContain("scan-0042.pdf");
  await page.getByRole("searchbox").first().fill("landlord");
  await expect.poll(() => page.locator("tbody tr[data-document-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-document-id")))).toEqual([docId]);

  // The admin adds a note to the member's document; the member sees it but has no delete button for it.
  await stack.mutate("documents.addNote", { documentId: docId, text: "Checked against the bank statement" });
  await page.goto(`${stack.baseUrl}/documents/${docId}`);
  const adminNote = notes.locator(".note", { hasText: "Checked against the bank statement" });
  await adminNote.waitFor();
  expect(await adminNote.getByRole("button").count()).toBe(0);
  await note.getByRole("button", { name: /Delete the note/ }).click();
  await note.waitFor({ state: "detached" });
  expect(await notes.locator(".note").count()).toBe(1);

  // Signed in as the admin, the admin's note can be deleted.
  await signOut(page);
  await signIn(page, stack, stack.admin, `/documents/${docId}`);
  await adminNote.getByRole("button", { name: /Delete the note/ }).click();
  await notes.getByText("No notes yet.", { exact: false }).waitFor();
  expect(b.errors).toEqual([]);
});

test("the document's own date: none found in this one's text, set on its page, kept after a reload", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await page.goto(`${stack.baseUrl}/documents/${docId}`);
  const dated = page.getByTestId("document-date");
  await dated.getByText("—").waitFor();
  await dated.getByRole("button", { name: "Change the document's date" }).click();
  await page.getByLabel("Dated").fill("2026-03-31");
  await page.getByRole("button", { name: "Save" }).click();
  await dated.locator('time[datetime="2026-03-31"]').waitFor();
  expect(await dated.locator("time").getAttribute("title")).toBe("set by a person");
  await page.reload();
  await page.getByTestId("document-date").locator('time[datetime="2026-03-31"]').waitFor();
  expect(b.errors).toEqual([]);
});
