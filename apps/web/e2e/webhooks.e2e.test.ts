// Webhooks in Chromium (issue 19): register an endpoint on the Account page (the signing secret shown once),
// a processed document reaches a real local receiver signed with that secret, and the endpoint's delivery log
// shows the delivery and sends it again on Redeliver.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { makePdf } from "@docscan/extract/testing";
import { openBrowser, signIn, waitForDone, type TestBrowser } from "./browser.ts";
import { startStack, type Stack } from "./stack.ts";

let stack: Stack;
let b: TestBrowser;
let launching: Promise<TestBrowser> | undefined;
let receiver: Server;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  launching = openBrowser();
  launching.catch(() => {});
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  // The receiver is on this machine: allowed, as WEBHOOK_ALLOW_PRIVATE=true allows it (the guard has its api tests).
  stack = await startStack({ env: { WEBHOOK_ALLOW_PRIVATE: "true" } });
  b = await launching;
});

afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
  await stack?.stop();
  receiver?.close();
});

test("register a webhook, receive a signed document.done, read the delivery log and redeliver", async () => {
  onTestFailed(() => console.error(`browser errors:\n${b.errors.join("\n") || "(none)"}\n\n${stack.logs()}`));
  const { page } = b;
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await signIn(page, stack, stack.admin, "/account");
  const form = page.getByRole("form", { name: "Register a webhook" });
  await form.getByLabel("URL").fill(url);
  await form.getByRole("button", { name: "Register webhook" }).click();
  const secret = (await page.locator("[data-webhook-secret]").textContent()) ?? "";
  expect(secret.length).toBeGreaterThan(20);
  const row = page.locator(`tr[data-webhook="${url}"]`);
  await row.waitFor();

  const [id] = (await stack.upload({ name: "hooked.pdf", bytes: makePdf(["Invoice 77 from Northwind"]), type: "application/pdf" })) as [string];
  await waitForDone(stack, id);
  await expect.poll(() => received.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  const first = received[0]!;
  expect(first.headers["x-docscan-event"]).toBe("document.done");
  expect(JSON.parse(first.body)).toMatchObject({ event: "document.done", document: { id } });
  const timestamp = String(first.headers["x-docscan-timestamp"]);
  expect(first.headers["x-docscan-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${first.body}`).digest("hex")}`);

  // The delivery log: delivered, with the answer's status and start; Redeliver sends the same delivery again.
  await row.getByRole("button", { name: "Deliveries" }).click();
  const delivery = row.locator(".deliveries-table tbody tr").first();
  await delivery.getByText("succeeded · HTTP 200", { exact: false }).waitFor();
  expect(await delivery.textContent()).toContain("thanks");
  await delivery.getByRole("button", { name: "Redeliver" }).click();
  await expect.poll(() => received.length, { timeout: 60_000 }).toBe(2);
  expect(received[1]!.headers["x-docscan-delivery"]).toBeDefined();
  expect(JSON.parse(received[1]!.body)).toMatchObject({ event: "document.done", document: { id } });
  await b.screenshot("webhooks");
  expect(b.errors).toEqual([]);
});
