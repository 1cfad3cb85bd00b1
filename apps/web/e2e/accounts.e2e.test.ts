// Accounts in Chromium: sign-in errors, an admin creating a member on the Users page, and the member's
// view — no admin pages, none of the admin's documents, and an API token from the Account page that works
// for scripts until it is revoked. Data is seeded through the api, never through the UI.
import type { Route } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { openBrowser, signIn, signOut, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const MEMBER = { email: "member@e2e.test", password: "member-password-0042" };
const ADMIN_FILE = "admin-payroll-2025.txt";
/** Errors the journey provokes on purpose: wrong passwords, a taken email, demoting the last admin, held uploads. */
const EXPECTED_ERRORS = [/status of (401|429) .*\/trpc\/auth\.login/, /status of 409 .*\/trpc\/users\.(create|update)/, /status of 503 .*\/api\/documents/];

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;

beforeAll(async () => {
  launching = openBrowser(); // Chromium starts while the stack does
  launching.catch(() => {});
  // No worker: the documents only have to exist, not be classified.
  stack = await startStack({ worker: false });
  await stack.upload({ name: ADMIN_FILE, bytes: Buffer.from("Payroll 2025: salaries of every employee."), type: "text/plain" });
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
});

function unexpectedErrors(): string[] {
  return b.errors.filter((e) => !EXPECTED_ERRORS.some((re) => re.test(e)));
}

function reportOnFailure(): void {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
}

test("sign-in: the login page, and a readable error for a wrong password", async () => {
  reportOnFailure();
  const { page } = b;
  await page.goto(`${stack.baseUrl}/topics`);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.waitFor();
  expect(await page.title()).toBe("Sign in · docscan");
  expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
  await b.screenshot("login");

  // Nothing typed: the form answers before a round trip.
  await form.getByRole("button", { name: "Sign in" }).click();
  await form.getByText("enter a valid email address").waitFor();

  await form.getByLabel("Email").fill(stack.admin.email);
  await form.getByLabel("Password").fill("not-the-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  const alert = form.getByRole("alert");
  await alert.waitFor();
  expect((await alert.textContent())?.trim()).toBe("Wrong email or password.");
  await b.screenshot("login-error");

  // Ten failures for one account, then sign-in for it is refused for a while, with a readable wait.
  const locked = "locked-out@e2e.test";
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${stack.baseUrl}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: locked, password: "wrong-password" } }),
    });
    expect(res.status).toBe(401);
  }
  await form.getByLabel("Email").fill(locked);
  await form.getByLabel("Password").fill("wrong-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => alert.textContent()).toMatch(/^Too many failed attempts\. Try again in (a few minutes|\d+ minutes?)\.$/);
  await form.getByLabel("Email").fill(stack.admin.email);

  // The right password: the page asked for opens, in the same page load.
  await page.evaluate(() => Object.assign(window, { __e2eMarker: true }));
  await form.getByLabel("Password").fill(stack.admin.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Topics" }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: boolean }).__e2eMarker)).toBe(true);
  await signOut(page);
  expect(unexpectedErrors()).toEqual([]);
});

test("signing out sends none of the uploads still waiting in the queue", async () => {
  reportOnFailure();
  const { page } = b;
  await signIn(page, stack, stack.admin, "/upload");
  await page.getByRole("heading", { level: 1, name: "Upload" }).waitFor();
  // Every upload is held at the browser's edge: three go out (the console's limit), two wait their turn.
  const held: Route[] = [];
  await page.route("**/api/documents*", async (route) => {
    if (route.request().method() === "POST") held.push(route);
    else await route.continue();
  });
  const files = Array.from({ length: 5 }, (_, i) => ({ name: `queued-${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Queued file ${i}.`) }));
  await page.locator('input[type="file"]').setInputFiles(files);
  await expect.poll(() => held.length).toBe(3);
  await signOut(page);
  // The three in flight end; each end would start a waiting upload at once if any were left (without a
  // session: 401). Wait until the page has seen all three answers and run what they trigger, then look.
  let answered = 0;
  page.on("requestfinished", (req) => {
    if (req.method() === "POST" && req.url().includes("/api/documents")) answered++;
  });
  for (const route of held.splice(0)) await route.fulfill({ status: 503, body: "held by the test" });
  await expect.poll(() => answered).toBe(3);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(held).toEqual([]);
  await page.unroute("**/api/documents*");
});

test("signing out while a page loads: its calls are answered first, and nothing is sent after", async () => {
  reportOnFailure();
  const { page } = b;
  await signIn(page, stack, stack.admin, "/upload");
  await page.getByRole("heading", { level: 1, name: "Upload" }).waitFor();
  // The Topics page's first call is held at the browser's edge, so it is still out when sign-out starts.
  const held: Route[] = [];
  const topicsCall = /\/trpc\/[^?]*topics\.list/;
  await page.route(topicsCall, (route) => void held.push(route));
  // The page also warms the topic trial on opening (a mutation, its own request): it is sent before
  // sign-out starts too, so the recording below begins only once it has gone out.
  const warming = page.waitForRequest(/\/trpc\/[^?]*topics\.warmTrial/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Topics", exact: true }).click();
  await expect.poll(() => held.length).toBe(1);
  await warming;

  const sent: string[] = [];
  const record = (req: { url(): string }) => {
    const { pathname } = new URL(req.url());
    if (pathname.startsWith("/trpc/") || pathname.startsWith("/api/")) sent.push(pathname);
  };
  page.on("request", record);
  try {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Signing out…" }).waitFor({ timeout: 5_000 });
    // Still signed in for now: another page opens, and its calls wait instead of going out.
    await nav.getByRole("link", { name: /^Review/ }).click();
    await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();
    expect(sent).toEqual([]);

    await held.shift()!.continue();
    await page.getByRole("form", { name: "Sign in" }).waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(sent).toEqual(["/trpc/auth.logout"]);
    expect(unexpectedErrors()).toEqual([]);
  } finally {
    // A failure above must not leave the held call hanging into the next test's page.
    page.off("request", record);
    for (const route of held.splice(0)) await route.continue();
    await page.unroute(topicsCall);
  }
});

test("users: an admin creates a member, sets quotas, and cannot demote the last admin", async () => {
  reportOnFailure();
  const { page } = b;
  await signIn(page, stack);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const link of ["Activity", "Settings", "Users"]) await nav.getByRole("link", { name: link, exact: true }).waitFor();
  await page.getByRole("banner").getByText(stack.admin.email).waitFor();
  await nav.getByRole("link", { name: "Users", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();

  // Create the member.
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(MEMBER.email);
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Create user" }).click();
  await form.getByText("the password needs at least 10 characters").waitFor();
  await form.getByLabel("Password").fill(MEMBER.password);
  await form.getByRole("button", { name: "Create user" }).click();
  await form.getByText(`Created ${MEMBER.email} (member).`).waitFor();
  const row = page.locator(`tr[data-user="${MEMBER.email}"]`);
  await row.waitFor();
  expect(await row.getByRole("combobox", { name: `Role of ${MEMBER.email}` }).inputValue()).toBe("member");
  expect(await row.textContent()).toContain("Active");

  // The same email again is refused with a message, not a crash.
  await form.getByLabel("Email").fill(MEMBER.email.toUpperCase());
  await form.getByLabel("Password").fill(MEMBER.password);
  await form.getByRole("button", { name: "Create user" }).click();
  await form.getByRole("alert").getByText("a user with this email already exists").waitFor();

  // Quotas: 50 MB and 100 documents.
  await row.getByRole("button", { name: `Set quotas for ${MEMBER.email}` }).click();
  const quotas = page.getByRole("dialog", { name: `Quotas for ${MEMBER.email}` });
  await quotas.getByLabel("Storage limit").fill("50");
  await quotas.getByLabel("Storage unit").selectOption("MB");
  await quotas.getByLabel("Document limit").fill("many");
  await quotas.getByRole("button", { name: "Save quotas" }).click();
  await quotas.getByText("Enter a whole number of documents").waitFor();
  await quotas.getByLabel("Document limit").fill("100");
  await quotas.getByRole("button", { name: "Save quotas" }).click();
  await page.getByRole("status").getByText(`Saved the quotas of ${MEMBER.email}.`).waitFor();
  await row.getByText("of 50 MB").waitFor();
  await row.getByText("of 100").waitFor();
  const member = (await stack.query<{ email: string; quotaBytes: number | null; quotaDocuments: number | null }[]>("users.list")).find((u) => u.email === MEMBER.email);
  expect(member).toMatchObject({ quotaBytes: 50 * 1024 * 1024, quotaDocuments: 100 });

  // The only admin cannot make themselves a member: a clear error, and the role stays.
  const me = page.locator(`tr[data-user="${stack.admin.email}"]`);
  await me.getByRole("combobox", { name: `Role of ${stack.admin.email}` }).selectOption("member");
  await page.getByRole("alert").getByText("at least one active admin").waitFor();
  expect(await me.getByRole("combobox", { name: `Role of ${stack.admin.email}` }).inputValue()).toBe("admin");
  await b.screenshot("users");

  await signOut(page);
  expect(unexpectedErrors()).toEqual([]);
});

test("a member: no admin pages, none of the admin's documents, and an API token that works until revoked", async () => {
  reportOnFailure();
  const { page } = b;
  await signIn(page, stack, MEMBER);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Documents" }).waitFor();
  for (const link of ["Activity", "Settings", "Users"]) expect(await nav.getByRole("link", { name: link, exact: true }).count()).toBe(0);
  await page.getByRole("banner").getByText(MEMBER.email).waitFor();

  // The admin's document is not in the member's list.
  await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
  await page.getByText("No documents yet.").waitFor();
  expect(await page.getByText(ADMIN_FILE).count()).toBe(0);
  // Typing an admin page's address shows why it is not there.
  await page.goto(`${stack.baseUrl}/settings`);
  await page.getByRole("heading", { level: 1, name: "Only admins can open this page" }).waitFor();

  // A token from the Account page.
  await page.getByRole("banner").getByRole("link", { name: "Account" }).click();
  await page.getByRole("heading", { level: 1, name: "Account" }).waitFor();
  await page.getByText("of 100").waitFor(); // the quota the admin set
  const tokenForm = page.getByRole("form", { name: "Create an API token" });
  await tokenForm.getByLabel("Token name").fill("office scanner");
  await tokenForm.getByRole("button", { name: "Create token" }).click();
  await page.getByText("you won’t see it again").waitFor();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^dst_/);
  const tokenRow = page.locator('tr[data-token="office scanner"]');
  await tokenRow.waitFor();
  expect(await tokenRow.textContent()).toContain(token.slice(0, 8));
  expect(await tokenRow.textContent()).not.toContain(token);
  await b.screenshot("account");

  // It works for scripts, as the member: their upload is listed, the admin's document is not.
  await stack.as({ token }).upload({ name: "member-notes.txt", bytes: Buffer.from("Notes of the member."), type: "text/plain" });
  const res = await fetch(`${stack.baseUrl}/api/documents`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const listed = ((await res.json()) as { items: { filename: string }[] }).items.map((d) => d.filename);
  expect(listed).toEqual(["member-notes.txt"]);

  // Revoked: the next request is refused.
  await page.getByRole("button", { name: "Done" }).click();
  await tokenRow.getByRole("button", { name: "Revoke office scanner" }).click();
  await page.getByRole("dialog", { name: "Revoke “office scanner”?" }).getByRole("button", { name: "Revoke token" }).click();
  await page.getByText("Revoked “office scanner”.").waitFor();
  await expect.poll(() => tokenRow.count()).toBe(0);
  const refused = await fetch(`${stack.baseUrl}/api/documents`, { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status).toBe(401);

  // The member's own upload shows in their console list.
  await nav.getByRole("link", { name: "Documents" }).click();
  await page.locator("tbody tr", { hasText: "member-notes.txt" }).waitFor();
  expect(await page.getByText(ADMIN_FILE).count()).toBe(0);
  expect(unexpectedErrors()).toEqual([]);

  // Meanwhile an admin disables the member: the console's next call is refused (401) and it shows the
  // sign-in page, without a reload.
  await page.evaluate(() => Object.assign(window, { __e2eMarker: true }));
  const seen = b.errors.length;
  const users = await stack.query<{ id: string; email: string }[]>("users.list");
  await stack.mutate("users.update", { id: users.find((u) => u.email === MEMBER.email)!.id, disabled: true });
  await nav.getByRole("link", { name: /^Review/ }).click();
  await page.getByRole("form", { name: "Sign in" }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { __e2eMarker?: boolean }).__e2eMarker)).toBe(true);
  expect(b.errors.slice(seen).filter((e) => !/status of 401 /.test(e))).toEqual([]);
});
