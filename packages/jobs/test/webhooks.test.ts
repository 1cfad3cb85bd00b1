// The webhook SSRF guard and signature (ADR 0022), against real DNS resolution and a real HTTP receiver.
import { createHmac } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertPublicTarget, guardedLookup, isPrivateAddress, postWebhook, signWebhook, WebhookTargetError } from "../src/webhooks.ts";

describe("isPrivateAddress", () => {
  it.each(["127.0.0.1", "127.9.9.9", "169.254.169.254", "10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not an ip"])(
    "refuses %s",
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );
  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111"])("allows %s", (ip) => expect(isPrivateAddress(ip)).toBe(false));
});

describe("assertPublicTarget", () => {
  it.each(["http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]:9000/", "https://[::ffff:169.254.169.254]/"])(
    "refuses the address in %s",
    async (url) => {
      await expect(assertPublicTarget(url, false)).rejects.toThrow(/private, loopback or link-local/);
    },
  );

  // Names that resolve to those addresses: localhost from /etc/hosts, and the numeric forms the resolver
  // turns into an address (getaddrinfo reads "2130706433" and "0x7f.1" as 127.0.0.1) without DNS.
  it.each([
    ["http://localhost:3000/", "127.0.0.1|::1"],
    ["http://2130706433/", "127.0.0.1"],
    ["http://0xa000001/", "10.0.0.1"],
    ["http://0xa9fea9fe/", "169.254.169.254"],
  ])("refuses %s, a name that resolves to %s", async (url, address) => {
    const err = await assertPublicTarget(url, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebhookTargetError);
    expect((err as Error).message).toMatch(new RegExp(`\\((${address})\\)`));
  });

  it("refuses other schemes and credentials in the URL", async () => {
    await expect(assertPublicTarget("file:///etc/passwd", false)).rejects.toThrow(/http:\/\/ or https:\/\//);
    await expect(assertPublicTarget("ftp://example.com/", false)).rejects.toThrow(/http:\/\/ or https:\/\//);
    await expect(assertPublicTarget("http://user:pw@example.com/", false)).rejects.toThrow(/user name or password/);
  });

  it("allows private addresses with WEBHOOK_ALLOW_PRIVATE", async () => {
    await expect(assertPublicTarget("http://127.0.0.1:8080/hook", true)).resolves.toBeInstanceOf(URL);
  });
});

describe("postWebhook", () => {
  let server: Server;
  let port: number;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(202, { "content-type": "text/plain" }).end("thanks ".repeat(200));
      });
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("never connects to a loopback receiver without WEBHOOK_ALLOW_PRIVATE, by address or by name", async () => {
    await expect(postWebhook(`http://127.0.0.1:${port}/`, "{}", {}, { allowPrivate: false, timeoutMs: 5000 })).rejects.toThrow(WebhookTargetError);
    await expect(postWebhook(`http://localhost:${port}/`, "{}", {}, { allowPrivate: false, timeoutMs: 5000 })).rejects.toThrow(WebhookTargetError);
    expect(received).toEqual([]);
  });

  it("checks the address it connects to as well (a name that resolves elsewhere by then gains nothing)", async () => {
    // The connection's own lookup, as postWebhook gives it: the request to a name resolving to loopback never connects.
    const err = await new Promise<Error>((done) => {
      const req = request(`http://localhost:${port}/`, { method: "POST", lookup: guardedLookup as never }, () => done(new Error("connected")));
      req.on("error", done);
      req.end("{}");
    });
    expect(err).toBeInstanceOf(WebhookTargetError);
    expect(received).toEqual([]);
  });

  it("sends the body with the headers given, and reports status, latency and the answer's first characters", async () => {
    const body = JSON.stringify({ event: "document.done" });
    const timestamp = 1_700_000_000;
    const signature = signWebhook("whsec_test", timestamp, body);
    const res = await postWebhook(`http://127.0.0.1:${port}/hook`, body, { "X-Docscan-Signature": signature }, { allowPrivate: true, timeoutMs: 5000 });
    expect(res.status).toBe(202);
    expect(res.snippet).toHaveLength(500);
    expect(res.latencyMs).toBeGreaterThanOrEqual(0);
    expect(received.at(-1)?.body).toBe(body);
    expect(received.at(-1)?.headers["x-docscan-signature"]).toBe(`sha256=${createHmac("sha256", "whsec_test").update(`${timestamp}.${body}`).digest("hex")}`);
  });
});
