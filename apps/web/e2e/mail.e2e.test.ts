// The Mail accounts page in Chromium against a real Dovecot (the intake tests' helper): add an account
// through the form, check the connection (signs in, lists the server's folders), let the worker import a
// message with a PDF attachment, see it under the account's recent imports, edit without retyping the
// password, and remove the account. The stack allows a private server (MAIL_ALLOW_PRIVATE), as a
// deployment with its mail server on the same network would; the password never reaches the page again.
import { chmod, chown, mkdir, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { startDovecot, type Dovecot } from "@docscan/testkit/dovecot";
import { openBrowser, signIn, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

const USER = "scanner";
const PASSWORD = "dovecot-e2e-password-7";

let dovecot: Dovecot;
let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  dovecot = await startDovecot({ [USER]: PASSWORD });
  stack = await startStack({ env: { MAIL_ALLOW_PRIVATE: "true", MAIL_POLL_SECONDS: "2" } });
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  await dovecot?.stop();
});

/** A multipart message with a PDF attachment, delivered the way a mail server does: a file in the maildir's new/. */
async function deliver(subject: string, attachmentName: string): Promise<void> {
  const pdf = Buffer.from(makePdf(["Invoice 7781 from Contoso", "Amount due: EUR 120.00"])).toString("base64");
  const boundary = "e2e-boundary-42";
  const message = [
    "From: billing@contoso.example",
    `To: ${USER}@docscan.example`,
    `Subject: ${subject}`,
    "Message-ID: <e2e-7781@contoso.example>",
    "Date: Sat, 05 Dec 2026 07:00:00 +0000",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Please find the invoice attached.",
    `--${boundary}`,
    `Content-Type: application/pdf; name="${attachmentName}"`,
    `Content-Disposition: attachment; filename="${attachmentName}"`,
    "Content-Transfer-Encoding: base64",
    "",
    ...(pdf.match(/.{1,76}/g) ?? []),
    `--${boundary}--`,
    "",
  ].join("\r\n");
  const maildir = join(dovecot.dir, "mail", USER);
  const root = userInfo().uid === 0;
  for (const sub of ["", "new", "cur", "tmp"]) {
    await mkdir(join(maildir, sub), { recursive: true });
    // Dovecot runs the mail processes as `nobody` when the tests run as root (see the helper).
    if (root) await chown(join(maildir, sub), 65534, 65534);
  }
  const file = join(maildir, "new", `${Date.now()}.e2e.docscan`);
  await writeFile(file, message);
  if (root) await chown(file, 65534, 65534);
  await chmod(file, 0o644);
}

test("add a mail account, check its connection, see the worker import a message, edit it and remove it", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  await signIn(page, stack);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mail" }).click();
  await page.getByRole("heading", { level: 1, name: "Mail accounts" }).waitFor();
  await page.getByText("No mail accounts yet.").waitFor();

  // Add: the form asks for the server, the sign-in and the folders; one rule (attachments, mark as read) is there already.
  await page.getByRole("button", { name: "Add account" }).click();
  const form = page.getByRole("form", { name: "Add a mail account" });
  await form.getByLabel("Name", { exact: true }).fill("Scanner inbox");
  await form.getByLabel("IMAP server").fill(dovecot.host);
  await form.getByLabel("Port", { exact: true }).fill(String(dovecot.port));
  await form.getByLabel("Use TLS (recommended)").uncheck();
  await form.getByLabel("User name").fill(USER);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByLabel("Attachment names containing").fill(".pdf");
  await form.getByRole("button", { name: "Add account" }).click();

  const card = page.locator('[data-mail-account="Scanner inbox"]');
  await card.waitFor();
  await page.getByText("Scanner inbox added.").waitFor();
  expect(await card.textContent()).toContain(`${USER} @ ${dovecot.host}:${dovecot.port} · no TLS · watching INBOX · 1 rule`);

  // Check connection: signs in to Dovecot now and lists its folders.
  await card.getByRole("button", { name: "Check connection" }).click();
  await card.getByText("Connected and signed in. Folders on the server: INBOX").waitFor();
  await b.screenshot("mail-accounts");

  // The worker's own check: a message with a PDF arrives and becomes a document.
  await deliver("Invoice 7781", "contoso-7781.pdf");
  await expect.poll(() => card.getByTestId("mail-state").textContent(), { timeout: 60_000 }).toBe("Working");
  await card.getByRole("button", { name: "Recent imports" }).click();
  const imported = card.locator(".mail-messages li", { hasText: "Invoice 7781" });
  await expect.poll(async () => (await imported.count()) > 0 && (await imported.textContent()), { timeout: 60_000 }).toContain("Imported · 1 document");
  const docs = await stack.query<{ items: { filename: string }[] }>("documents.list", { q: "contoso" });
  expect(docs.items.map((d) => d.filename)).toEqual(["contoso-7781.pdf"]);

  // The password never comes back to the page, not even in the edit form.
  expect(await page.content()).not.toContain(PASSWORD);
  await card.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("form", { name: "Edit Scanner inbox" });
  expect(await edit.getByLabel("Password").inputValue()).toBe("");
  await edit.getByLabel("Name", { exact: true }).fill("Scanner inbox (office)");
  await edit.getByRole("button", { name: "Save account" }).click();
  const renamed = page.locator('[data-mail-account="Scanner inbox (office)"]');
  await renamed.waitFor();
  // Saved without retyping the password: the stored one still signs in.
  await renamed.getByRole("button", { name: "Check connection" }).click();
  await renamed.getByText("Connected and signed in.").waitFor();

  // On a phone (390 px) the cards and the form with its rules editor fit: no sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await renamed.getByRole("button", { name: "Edit" }).click();
  const narrowForm = page.getByRole("form", { name: "Edit Scanner inbox (office)" });
  await narrowForm.getByRole("button", { name: "Add a condition" }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await b.screenshot("mail-accounts-390");
  await narrowForm.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 860 });

  // Remove, after a confirmation.
  await renamed.getByRole("button", { name: "Remove Scanner inbox (office)" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove account" }).click();
  await page.getByText("No mail accounts yet.").waitFor();
  expect(b.errors).toEqual([]);
});
