// Webhook deliveries end to end (ADR 0022): a real worker sends signed events to a real HTTP receiver on
// 127.0.0.1 (WEBHOOK_ALLOW_PRIVATE on, as a receiver on the same machine needs), retries after a 500 with
// graphile-worker's backoff, logs each attempt, and switches an endpoint off after repeated failures.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertUser, insertWebhookEndpoint, listWebhookDeliveries, type WebhookDeliveryView } from "@docscan/db";
import { webhookEndpoints } from "@docscan/db/schema";
import { encryptSecret } from "@docscan/db/secrets";
import { newWebhookSecret, REPLAY_WINDOW_SECONDS } from "@docscan/jobs/webhooks";
import type { WebhookEvent } from "@docscan/shared";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let h: WorkerHarness;
let server: Server;
let base: string;
let adminId: string;
const received: Received[] = [];
/** Per path: how the receiver answers the n-th request (1-based) there. */
const behaviour: Record<string, (n: number) => number> = {
  "/ok": () => 200,
  "/flaky": (n) => (n === 1 ? 500 : 204),
  "/down": () => 500,
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body });
      const n = received.filter((r) => r.path === path).length;
      res.writeHead(behaviour[path]?.(n) ?? 404, { "content-type": "text/plain" }).end(`answer ${n} from ${path}`);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = await startWorkerHarness({ webhooks: { allowPrivate: true, disableAfter: 3, timeoutMs: 5000 } });
  adminId = (await insertUser(h.database.db, { email: "hooks-admin@example.test", passwordHash: "x", role: "admin" })).id;
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((done) => server.close(() => done()));
});

async function endpoint(path: string, events: WebhookEvent[]): Promise<{ id: string; secret: string }> {
  const secret = newWebhookSecret();
  const e = await insertWebhookEndpoint(h.database.db, { ownerId: adminId, url: `${base}${path}`, description: "", events, secretEncrypted: encryptSecret(h.deps.secretKey, secret) });
  return { id: e.id, secret };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What a receiver does (docs/api.md): recompute the HMAC over "<timestamp>.<body>", compare in constant time, refuse old timestamps. */
function verify(secret: string, r: Received): boolean {
  const timestamp = Number(r.headers["x-docscan-timestamp"]);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > REPLAY_WINDOW_SECONDS) return false;
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${r.body}`).digest("hex")}`);
  const sent = Buffer.from(String(r.headers["x-docscan-signature"]));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

const deliveries = (endpointId: string): Promise<WebhookDeliveryView[]> => listWebhookDeliveries(h.database.db, adminId, endpointId, 100);

describe("webhook deliveries", () => {
  it("sends a signed document.done with the document's topics once it is processed, and logs it", async () => {
    const hook = await endpoint("/ok", ["document.created", "document.done"]);
    const id = await h.queue(Buffer.from("A plain text note about the quarterly budget."), "text/plain", ".txt", "note.txt");
    await h.settled(id);
    const done = await waitFor("document.done", async () => received.find((r) => r.path === "/ok" && r.headers["x-docscan-event"] === "document.done"));
    expect(verify(hook.secret, done), "the signature verifies with the endpoint's secret").toBe(true);
    expect(verify("whsec_another", done), "and not with another").toBe(false);
    const body = JSON.parse(done.body) as { id: string; event: string; document: { id: string; status: string; topics: unknown[] } };
    expect(body).toMatchObject({ event: "document.done", document: { id, status: "done" } });
    expect(Array.isArray(body.document.topics)).toBe(true);
    expect(done.headers["x-docscan-delivery"]).toBe(body.id);
    expect(received.some((r) => r.path === "/ok" && r.headers["x-docscan-event"] === "document.created")).toBe(true);

    const log = await waitFor("the log", async () => {
      const rows = await deliveries(hook.id);
      return rows.length === 2 && rows.every((d) => d.state === "succeeded") ? rows : undefined;
    });
    for (const d of log) expect(d).toMatchObject({ attempts: 1, responseStatus: 200, responseSnippet: expect.stringMatching(/^answer \d+ from \/ok$/) });
    expect(log.every((d) => d.latencyMs !== null && d.latencyMs >= 0)).toBe(true);
  });

  it("retries after a 500, with the same signed body, and logs both attempts", async () => {
    const hook = await endpoint("/flaky", ["document.created"]);
    await h.queue(Buffer.from("Another note."), "text/plain", ".txt");
    const [d] = await waitFor("a delivered retry", async () => {
      const rows = await deliveries(hook.id);
      return rows[0]?.state === "succeeded" ? rows : undefined;
    });
    expect(d).toMatchObject({ attempts: 2, responseStatus: 204, state: "succeeded", error: null });
    const tries = received.filter((r) => r.path === "/flaky");
    expect(tries).toHaveLength(2);
    expect(tries[1]!.body, "a retry sends the same event").toBe(tries[0]!.body);
    expect(tries.every((r) => verify(hook.secret, r))).toBe(true);
  });

  it("switches an endpoint off after failing attempts in a row (WEBHOOK_DISABLE_AFTER, 3 here), with a notice", async () => {
    const hook = await endpoint("/down", ["document.created"]);
    for (let i = 0; i < 3; i++) await h.queue(Buffer.from(`Note ${i}.`), "text/plain", ".txt");
    const [row] = await waitFor("the endpoint switched off", async () => {
      const rows = await h.database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, hook.id));
      return rows[0]?.enabled === false ? rows : undefined;
    });
    expect(row!.disabledReason).toMatch(/^switched off after 3 failed attempts in a row \(last: HTTP 500\)/);
    const log = await deliveries(hook.id);
    expect(log.reduce((n, d) => n + d.attempts, 0)).toBe(3);
    expect(log.every((d) => d.state === "skipped" || d.state === "pending" || d.responseStatus === 500)).toBe(true);

    // Switched off, it hears nothing more.
    const before = received.filter((r) => r.path === "/down").length;
    await h.settled(await h.queue(Buffer.from("After the switch-off."), "text/plain", ".txt"));
    await new Promise((r) => setTimeout(r, 1500));
    expect(received.filter((r) => r.path === "/down")).toHaveLength(before);
  });
});
