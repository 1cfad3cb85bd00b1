// Outgoing webhook requests (ADR 0022): the signature scheme receivers verify, and the guard that keeps
// them from reaching private networks (server-side request forgery) unless WEBHOOK_ALLOW_PRIVATE.
import { createHmac, randomBytes } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { lookup as dnsLookupAsync } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP } from "node:net";

export const SIGNATURE_HEADER = "X-Docscan-Signature";
export const TIMESTAMP_HEADER = "X-Docscan-Timestamp";
export const EVENT_HEADER = "X-Docscan-Event";
export const DELIVERY_HEADER = "X-Docscan-Delivery";
/** Receivers should refuse a timestamp further than this from their clock (replayed requests). */
export const REPLAY_WINDOW_SECONDS = 300;

/** A new signing secret: shown once to the user, stored encrypted. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the secret>`: what X-Docscan-Signature carries. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export class WebhookTargetError extends Error {
  override name = "WebhookTargetError";
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["64:ff9b::", 96], // NAT64 of any IPv4 address
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** Loopback, private, link-local, multicast or otherwise not a public internet address. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return blocked.check(mapped[1]!, "ipv4");
  return blocked.check(ip, "ipv6");
}

function refusal(host: string, address: string): WebhookTargetError {
  return new WebhookTargetError(`${host} is a private, loopback or link-local address (${address}): refused (an admin can allow it with WEBHOOK_ALLOW_PRIVATE)`);
}

/** An http(s) URL without credentials, or a WebhookTargetError saying what is wrong with it. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookTargetError("the URL is not valid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new WebhookTargetError("the URL must start with http:// or https://");
  if (url.username || url.password) throw new WebhookTargetError("the URL must not contain a user name or password");
  return url;
}

const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, "");

/**
 * Refuses a URL whose host is, or resolves to, a private address. Checked when an endpoint is saved and
 * before each delivery; the delivery's connection checks again the address it actually connects to
 * (guardedLookup), so a name that resolves differently a moment later (DNS rebinding) gains nothing.
 */
export async function assertPublicTarget(raw: string, allowPrivate: boolean): Promise<URL> {
  const url = parseWebhookUrl(raw);
  if (allowPrivate) return url;
  const host = bareHost(url);
  const addresses = isIP(host) ? [host] : await dnsLookupAsync(host, { all: true, verbatim: true }).then(
    (all) => all.map((a) => a.address),
    (err: NodeJS.ErrnoException) => {
      throw new WebhookTargetError(`${host} could not be resolved (${err.code ?? err.message})`);
    },
  );
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw refusal(host, bad);
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses private addresses: the check happens on the address connected to. */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(refusal(hostname, bad.address), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

export interface WebhookResponse {
  status: number;
  /** The first characters of the answer. */
  snippet: string;
  latencyMs: number;
}

const SNIPPET_CHARS = 500;

/**
 * POSTs `body` to `url` (after assertPublicTarget unless `allowPrivate`), following no redirects, within
 * `timeoutMs` for the whole exchange. Resolves with any HTTP answer; rejects when none came (refused
 * target, DNS, connection, timeout).
 */
export async function postWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  opts: { allowPrivate: boolean; timeoutMs: number },
): Promise<WebhookResponse> {
  const url = await assertPublicTarget(rawUrl, opts.allowPrivate);
  const started = performance.now();
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = send(
      url,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "User-Agent": "docscan-webhooks", ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        ...(opts.allowPrivate ? {} : { lookup: guardedLookup as never }),
        timeout: opts.timeoutMs,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < 4 * SNIPPET_CHARS) chunks.push(chunk);
          size += chunk.length;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            snippet: Buffer.concat(chunks).toString("utf8").slice(0, SNIPPET_CHARS),
            latencyMs: Math.round(performance.now() - started),
          }),
        );
        res.on("error", reject);
      },
    );
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
