// A working day in the console (issue 16): the list's state lives in the URL (Back, reload and a pasted link
// restore it), admins see whose documents they handle. Data is seeded through the api.
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let member: Credentials;
let memberId: string;
let ids: string[];
const names = Array.from({ length: 12 }, (_, i) => `document-${String(i + 1).padStart(2, "0")}.txt`);

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  stack = await startStack();
  member = await stack.createUser("mia@e2e.test");
  memberId = (await stack.query<{ id: string; email: string }[]>("users.list")).find((u) => u.email === member.email)!.id;
  ids = [];
  // Nine of the admin's documents, three of the member's: the owner filter and column tell them apart.
  for (const [i, name] of names.entries()) {
    const client = i < 9 ? stack : stack.as(member);
    ids.push(...(await client.upload({ name, bytes: Buffer.from(`Quarterly document number ${i + 1} about the ledger.`), type: "text/plain" })));
  }
  for (const id of ids) await waitForDone(stack, id);
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

test("the list's state survives opening a document and Back, a reload and a pasted link", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack);
  const search = page.getByRole("searchbox", { name: "Search documents" });
  // `/` focuses the search field.
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("/");
  await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
  await search.fill("document");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("document");
  await page.getByLabel("Sort").selectOption("name");
  await page.getByLabel("Per page").selectOption("10");
  const rows = page.locator("tbody tr[data-document-id]");
  const fileNames = () => rows.locator(".file-link").allTextContents();
  await expect.poll(fileNames).toEqual(names.slice(0, 10));
  await page.getByRole("button", { name: "Next ›" }).click();
  await expect.poll(fileNames).toEqual(names.slice(10));
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ q: "document", sort: "name", per: "10", page: "2" });
  expect(url.searchParams.get("cursor")).toBeTruthy();

  // Open a document, come back: the same page of the same list.
  await rows.locator(".file-link").first().click();
  await page.getByRole("heading", { level: 1, name: names[10] }).waitFor();
  await page.goBack();
  await expect.poll(fileNames).toEqual(names.slice(10));
  await expect(search.inputValue()).resolves.toBe("document");
  await expect(page.getByLabel("Sort").inputValue()).resolves.toBe("name");
  await expect(page.getByLabel("Per page").inputValue()).resolves.toBe("10");
  // Previous walks back to the first page with the cursors kept in the history entry.
  await page.getByRole("button", { name: "‹ Previous" }).click();
  await expect.poll(fileNames).toEqual(names.slice(0, 10));
  await page.goBack();
  await expect.poll(fileNames).toEqual(names.slice(10));

  // A reload, and the link pasted into another tab.
  await page.reload();
  await expect.poll(fileNames).toEqual(names.slice(10));
  const other = await b.context.newPage();
  await other.goto(url.toString());
  await expect.poll(() => other.locator("tbody tr[data-document-id] .file-link").allTextContents()).toEqual(names.slice(10));
  await other.close();

  // "All documents" on a document page leads back to the list as it was left.
  await rows.locator(".file-link").first().click();
  await page.getByRole("link", { name: "← All documents" }).click();
  await expect.poll(fileNames).toEqual(names.slice(10));
  expect(new URL(page.url()).searchParams.get("page")).toBe("2");
  expect(b.errors).toEqual([]);
});

test("every filter round-trips through the URL, and admins filter and see owners", async () => {
  const { page } = b;
  await page.goto(`${stack.baseUrl}/documents`);
  const rows = page.locator("tbody tr[data-document-id]");
  // Owner: the admin's column names the member for the member's documents.
  await page.getByLabel("Owner").selectOption(memberId);
  await expect.poll(() => rows.locator(".file-link").allTextContents()).toEqual(names.slice(9).reverse());
  await expect.poll(() => rows.locator(".cell-owner").allTextContents()).toEqual([member.email, member.email, member.email]);
  const filters: [string, string, string][] = [
    ["Owner", "owner", memberId],
    ["Status", "status", "done"],
    ["Added from", "from", "2020-01-01"],
    ["to", "to", "2099-12-31"],
  ];
  await page.getByLabel("Status").selectOption("done");
  await page.getByLabel("Added from").fill("2020-01-01");
  await page.getByLabel("to", { exact: true }).fill("2099-12-31");
  for (const [, param, value] of filters) await expect.poll(() => new URL(page.url()).searchParams.get(param)).toBe(value);
  await page.reload();
  for (const [label, , value] of filters) await expect(page.getByLabel(label, { exact: true }).inputValue()).resolves.toBe(value);
  await expect.poll(() => rows.count()).toBe(3);
  // Back undoes one filter at a time (typing dates replaces the entry; choosing a status adds one).
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get("status")).toBe(null);
  await expect(page.getByLabel("Owner").inputValue()).resolves.toBe(memberId);

  // Topic, folder and the document's own date range: two of the admin's documents share topic and folder,
  // only the first is dated inside the range.
  const { topic } = await stack.mutate<{ topic: { id: string } }>("topics.create", { name: "Quarterlies", description: "Quarterly documents.", color: "#14b8a6" });
  const shelf = await stack.mutate<{ id: string }>("folders.create", { name: "Shelf" });
  for (const id of ids.slice(0, 2)) await stack.mutate("documents.setTopics", { id, topicIds: [topic.id] });
  await stack.mutate("documents.move", { ids: ids.slice(0, 2), folderId: shelf.id });
  await stack.mutate("documents.setDate", { id: ids[0], date: "2023-05-10" });
  await stack.mutate("documents.setDate", { id: ids[1], date: "2024-05-10" });
  await page.goto(`${stack.baseUrl}/documents`);
  await page.getByRole("navigation", { name: "Folders" }).getByRole("button", { name: /^Shelf/ }).click();
  await expect.poll(() => rows.locator(".file-link").allTextContents()).toEqual([names[1], names[0]]);
  const more: [string, string, string][] = [
    ["Topic", "topic", topic.id],
    ["Dated from", "dfrom", "2023-01-01"],
    ["until", "dto", "2023-12-31"],
  ];
  await page.getByLabel("Topic", { exact: true }).selectOption(topic.id);
  await page.getByLabel("Dated from").fill("2023-01-01");
  await page.getByLabel("until", { exact: true }).fill("2023-12-31");
  await expect.poll(() => rows.locator(".file-link").allTextContents()).toEqual([names[0]]);
  for (const [, param, value] of [...more, ["", "folder", shelf.id] as const]) await expect.poll(() => new URL(page.url()).searchParams.get(param)).toBe(value);
  const lowOcr = page.getByLabel("Low OCR confidence only");
  await lowOcr.check();
  await expect.poll(() => new URL(page.url()).searchParams.get("ocr")).toBe("low");
  // Text files have no OCR pages: nothing is left.
  await page.getByText("No documents match these filters in this folder.").waitFor();
  await page.reload();
  for (const [label, , value] of more) await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
  await expect(lowOcr.isChecked()).resolves.toBe(true);
  await expect(page.getByRole("heading", { level: 2, name: "Folder: Shelf" }).isVisible()).resolves.toBe(true);
  await page.getByText("No documents match these filters in this folder.").waitFor();
  // Back takes the OCR filter off again; the rest stays.
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get("ocr")).toBe(null);
  await expect.poll(() => rows.locator(".file-link").allTextContents()).toEqual([names[0]]);
  await expect(lowOcr.isChecked()).resolves.toBe(false);
  // A pasted link with all of them opens the same view.
  const other = await b.context.newPage();
  await other.goto(`${stack.baseUrl}/documents?topic=${topic.id}&folder=${shelf.id}&dfrom=2024-01-01&dto=2024-12-31`);
  await expect.poll(() => other.locator("tbody tr[data-document-id] .file-link").allTextContents()).toEqual([names[1]]);
  await expect(other.getByLabel("Dated from").inputValue()).resolves.toBe("2024-01-01");
  await other.close();

  // The document page names the owner for an admin.
  await page.goto(`${stack.baseUrl}/documents?owner=${memberId}`);
  await rows.locator(".file-link").first().click();
  await expect(page.getByTestId("document-owner").textContent()).resolves.toBe(`Owner: ${member.email}`);
  expect(b.errors).toEqual([]);
});

test("delete goes to the trash: Undo after a bulk delete, Restore brings back topics and folder", async () => {
  const { page } = b;
  const { topic } = await stack.mutate<{ topic: { id: string } }>("topics.create", { name: "Ledgers", description: "Ledger documents.", color: "#0ea5e9" });
  const folder = await stack.mutate<{ id: string }>("folders.create", { name: "Books" });
  const [filed] = await stack.upload({ name: "filed-ledger.txt", bytes: Buffer.from("A filed ledger page."), type: "text/plain" });
  await waitForDone(stack, filed!);
  await stack.mutate("documents.setTopics", { id: filed, topicIds: [topic.id] });
  await stack.mutate("documents.move", { ids: [filed], folderId: folder.id });

  await page.goto(`${stack.baseUrl}/documents?sort=name&per=10`);
  const rows = page.locator("tbody tr[data-document-id]");
  const fileNames = () => rows.locator(".file-link").allTextContents();
  await expect.poll(fileNames).toContain(names[0]);
  // Bulk delete, then Undo in the notice.
  await page.getByRole("checkbox", { name: `Select ${names[0]}` }).click();
  await page.getByRole("checkbox", { name: `Select ${names[1]}` }).click();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("dialog", { name: "Delete 2 documents?" }).getByRole("button", { name: "Delete 2 documents" }).click();
  await expect.poll(fileNames).not.toContain(names[0]);
  await page.getByRole("status").getByText("Deleted 2 documents.").waitFor();
  await b.screenshot("console-day-undo-toast");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("status").getByText("Restored 2 documents.").waitFor();
  await expect.poll(fileNames).toEqual(expect.arrayContaining([names[0], names[1]]));

  // A single delete, then Restore on the Trash page: its topic and folder come back.
  await page.goto(`${stack.baseUrl}/documents?q=filed`);
  const filedRow = rows.filter({ hasText: "filed-ledger.txt" });
  await filedRow.getByRole("button", { name: "Delete filed-ledger.txt" }).click();
  await page.getByRole("dialog", { name: "Delete document?" }).getByRole("button", { name: "Delete document" }).click();
  await expect.poll(fileNames).not.toContain("filed-ledger.txt");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trash" }).click();
  const trashRow = page.locator("tbody tr", { hasText: "filed-ledger.txt" });
  await trashRow.waitFor();
  await b.screenshot("console-day-trash");
  await trashRow.getByRole("button", { name: "Restore filed-ledger.txt" }).click();
  await page.getByText("The trash is empty.").waitFor();
  const back = await stack.query<{ folderId: string; topics: { id: string }[]; trashedAt: string | null }>("documents.get", { id: filed });
  expect({ folderId: back.folderId, topics: back.topics.map((t) => t.id), trashedAt: back.trashedAt }).toEqual({ folderId: folder.id, topics: [topic.id], trashedAt: null });
  expect(b.errors).toEqual([]);
});

test("a delete on the document page leads to the list, which offers the same Undo", async () => {
  const { page } = b;
  await page.goto(`${stack.baseUrl}/documents/${ids[5]}`);
  await page.getByRole("heading", { level: 1, name: names[5] }).waitFor();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("dialog", { name: "Delete document?" }).getByRole("button", { name: "Delete document" }).click();
  await page.waitForURL((url) => url.pathname === "/documents");
  const fileNames = () => page.locator("tbody tr[data-document-id] .file-link").allTextContents();
  await expect.poll(fileNames).not.toContain(names[5]);
  await page.getByRole("status").getByText("Deleted 1 document.").waitFor();
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("status").getByText("Restored 1 document.").waitFor();
  await expect.poll(fileNames).toContain(names[5]);
  expect((await stack.query<{ trashedAt: string | null }>("documents.get", { id: ids[5] })).trashedAt).toBeNull();
  // The notice was for that delete only: the list opened again later does not repeat it.
  await page.goto(`${stack.baseUrl}/documents`);
  await expect.poll(fileNames).toContain(names[5]);
  await expect(page.getByText("Deleted 1 document.").count()).resolves.toBe(0);
  expect(b.errors).toEqual([]);
});
