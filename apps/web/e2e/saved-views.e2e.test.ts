// Saved views and the dashboard (issue 16, ADR 0031): an admin saves the list as it is, finds it on the
// dashboard with its count and opens it from there, renames, shares and deletes it; a member sees the shared
// view with the count of their own documents and cannot change it. Data is seeded through the api.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { openBrowser, signIn, type TestBrowser } from "./browser.ts";
import { startStack, type Credentials, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let member: Credentials;
const text = (name: string) => ({ name, bytes: Buffer.from(`${name}: a document for the saved views test.`), type: "text/plain" });

beforeAll(async () => {
  // The duplicate name's 409 is provoked on purpose.
  launching = openBrowser({ expectedErrors: [/status of 409/] });
  launching.catch(() => {});
  // No worker: the documents stay "pending", which is what the view filters on.
  stack = await startStack({ worker: false });
  member = await stack.createUser("sam@e2e.test");
  await stack.upload(text("admin-c.txt"), text("admin-a.txt"), text("admin-b.txt"));
  await stack.as(member).upload(text("member-1.txt"), text("member-2.txt"));
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const viewsPanel = (page: Page) => page.getByRole("navigation", { name: "Saved views" });
const fileNames = (page: Page) => page.locator("tbody tr[data-document-id] .file-link").allTextContents();

async function openDashboard(page: Page): Promise<void> {
  // The brand in the header leads to the dashboard.
  await page.getByRole("link", { name: "docscan home: dashboard" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
}

test("save the list as a view, find it on the dashboard with its count, open it; rename, share, delete", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  // The dashboard is the landing page; with no views it says how to make one.
  await signIn(page, stack, stack.admin, "/");
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  await page.getByText("No saved views yet.").waitFor();
  await expect.poll(() => page.getByRole("region", { name: "Recent uploads" }).locator(".file-link").count()).toBe(5);

  // The list, filtered and sorted, saved under a name.
  await nav(page).getByRole("link", { name: "Documents" }).click();
  await page.getByLabel("Status").selectOption("pending");
  await page.getByLabel("Sort").selectOption("name");
  await expect.poll(() => fileNames(page)).toEqual(["admin-a.txt", "admin-b.txt", "admin-c.txt", "member-1.txt", "member-2.txt"]);
  await viewsPanel(page).getByRole("button", { name: "+ Save view" }).click();
  const save = page.getByRole("dialog", { name: "Save this list as a view" });
  await save.getByLabel("Name").fill("Pending by name");
  await save.getByRole("button", { name: "Save view" }).click();
  await page.getByText("Saved the view “Pending by name”: it is on your dashboard.").waitFor();
  // It names the list shown now: its link is current.
  const saved = viewsPanel(page).getByRole("link", { name: "Pending by name" });
  await expect.poll(() => saved.getAttribute("aria-current")).toBe("true");

  // The same name again (any case) is refused with the api's message.
  await viewsPanel(page).getByRole("button", { name: "+ Save view" }).click();
  await save.getByLabel("Name").fill("PENDING BY NAME");
  await save.getByRole("button", { name: "Save view" }).click();
  await save.getByText('you already have a view named "PENDING BY NAME"').waitFor();
  await save.getByRole("button", { name: "Cancel" }).click();

  // On the dashboard: a card with the count (the admin sees everyone's five), linking to the list.
  await openDashboard(page);
  const card = page.getByRole("link", { name: /^Pending by name: 5 documents$/ });
  await card.waitFor();
  expect(await card.getByTestId("view-count").textContent()).toBe("5");
  await b.screenshot("saved-views-dashboard-admin");
  await card.click();
  await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
  await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ status: "pending", sort: "name" });
  await expect.poll(() => fileNames(page)).toEqual(["admin-a.txt", "admin-b.txt", "admin-c.txt", "member-1.txt", "member-2.txt"]);

  // Rename and share it.
  await viewsPanel(page).getByRole("button", { name: "Edit view Pending by name" }).click();
  const edit = page.getByRole("dialog", { name: "View “Pending by name”" });
  await edit.getByLabel("Name").fill("Waiting to be read");
  await edit.getByLabel(/Share with all users/).check();
  await edit.getByRole("button", { name: "Save", exact: true }).click();
  await edit.waitFor({ state: "hidden" });
  await viewsPanel(page).getByRole("link", { name: /Waiting to be read/ }).getByText("shared").waitFor();
  await b.screenshot("saved-views-panel-admin");

  // A member: the shared view on their dashboard, counting only their own two documents; theirs to open, not to change.
  const memberContext = await b.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const mp = await memberContext.newPage();
  mp.on("pageerror", (err) => b.errors.push(`member page error: ${err.message}`));
  await signIn(mp, stack, member, "/");
  const shared = mp.getByRole("link", { name: /^Waiting to be read: 2 documents$/ });
  await shared.waitFor();
  await shared.getByText(`Shared by ${stack.admin.email}`).waitFor();
  await shared.click();
  await expect.poll(() => fileNames(mp)).toEqual(["member-1.txt", "member-2.txt"]);
  await viewsPanel(mp).getByRole("link", { name: /Waiting to be read/ }).waitFor();
  await expect.poll(() => viewsPanel(mp).getByRole("button", { name: /^Edit view/ }).count()).toBe(0);

  // Deleted by the admin: gone from the admin's list and dashboard, and from the member's.
  await viewsPanel(page).getByRole("button", { name: "Edit view Waiting to be read" }).click();
  await page.getByRole("button", { name: "Delete view…" }).click();
  await page.getByRole("dialog", { name: "Delete view “Waiting to be read”?" }).getByRole("button", { name: "Delete view" }).click();
  await page.getByText("Deleted the view “Waiting to be read”.").waitFor();
  // The toast comes with the answer; the panel follows when the list of views is fetched again.
  await expect.poll(() => viewsPanel(page).getByRole("link", { name: /Waiting to be read/ }).count()).toBe(0);
  await openDashboard(page);
  await page.getByText("No saved views yet.").waitFor();
  await mp.reload();
  await mp.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
  await viewsPanel(mp).getByText("Filter the list, then Save view").waitFor();
  await memberContext.close();

  // Every step was recorded, by the admin.
  const audit = await stack.query<{ items: { action: string }[] }>("audit.list", { objectType: "view" });
  expect(audit.items.map((e) => e.action).reverse()).toEqual(["view.create", "view.rename", "view.share", "view.delete"]);
  expect(b.errors).toEqual([]);
});

test("a link to the list from before the dashboard (/?q=…) opens the list it names", async () => {
  const { page } = b;
  await page.goto(`${stack.baseUrl}/?status=pending&sort=name_desc`);
  await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/documents");
  await expect.poll(() => fileNames(page)).toEqual(["member-2.txt", "member-1.txt", "admin-c.txt", "admin-b.txt", "admin-a.txt"]);
  expect(b.errors).toEqual([]);
});
