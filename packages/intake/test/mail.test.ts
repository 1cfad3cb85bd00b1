// Mail accounts against a real Dovecot: messages appended over IMAP, checked, and the server looked at after.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFolder, createTopic } from "@docscan/db";
import { deriveSecretKey } from "@docscan/db/secrets";
import { documents, documentTopics, mailAccounts, mailMessages } from "@docscan/db/schema";
import { makePdf, makePng } from "@docscan/extract/testing";
import { checkAccount, describeMailError, startMailPoller, testConnection, type MailDeps } from "../src/mail.ts";
import { createMailAccount, listMailAccounts, updateMailAccount, type CreateMailAccount } from "../src/mail-accounts.ts";
import type { MailRule } from "../src/rules.ts";
import { startDovecot, type Dovecot } from "@docscan/testkit/dovecot";
import { createHarness, documentCount, eventually, silentLog, type Harness } from "./helpers.ts";

const key = deriveSecretKey("test-secret-for-mail-accounts");

/** Established TCP connections from this machine to `port` (client side), read from /proc/net/tcp. */
function connectionsTo(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  return readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => {
      const [, , remote, state] = line.trim().split(/\s+/);
      return remote?.endsWith(`:${hex}`) && state === "01";
    }).length;
}
const b64 = (bytes: Uint8Array | string) =>
  Buffer.from(bytes)
    .toString("base64")
    .replace(/.{76}/g, "$&\r\n");
const encodedWord = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString("base64")}?=`;

interface MessageSpec {
  from: string;
  subject: string;
  messageId?: string;
  text?: string;
  html?: string;
  inlineImage?: boolean;
  attachments?: { name: string; type: string; bytes: Uint8Array }[];
}

/** A real multipart MIME message: text + HTML alternative (with an inline cid image), then attachments. */
function mime(m: MessageSpec): string {
  const id = m.messageId ?? `<${randomBytes(8).toString("hex")}@test.example>`;
  const head = [`From: ${m.from}`, "To: inbox@docscan.example", `Subject: ${encodedWord(m.subject)}`, `Message-ID: ${id}`, "Date: Fri, 04 Dec 2026 10:00:00 +0000", "MIME-Version: 1.0"];
  const alt = `alt-${randomBytes(4).toString("hex")}`;
  const rel = `rel-${randomBytes(4).toString("hex")}`;
  const mixed = `mix-${randomBytes(4).toString("hex")}`;
  const html = m.html ?? `<html><body><p>${m.text ?? ""}</p>${m.inlineImage ? '<img src="cid:logo@test">' : ""}</body></html>`;
  const htmlPart = m.inlineImage
    ? [`Content-Type: multipart/related; boundary="${rel}"`, "", `--${rel}`, "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64(html), `--${rel}`, "Content-Type: image/png", "Content-ID: <logo@test>", 'Content-Disposition: inline; filename="logo.png"', "Content-Transfer-Encoding: base64", "", b64(makePng()), `--${rel}--`].join("\r\n")
    : ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64(html)].join("\r\n");
  const body = [`Content-Type: multipart/alternative; boundary="${alt}"`, "", `--${alt}`, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", b64(m.text ?? ""), `--${alt}`, htmlPart, `--${alt}--`].join("\r\n");
  const parts = [body, ...(m.attachments ?? []).map((a) => [`Content-Type: ${a.type}; name="${a.name}"`, `Content-Disposition: attachment; filename="${a.name}"`, "Content-Transfer-Encoding: base64", "", b64(a.bytes)].join("\r\n"))];
  return [...head, `Content-Type: multipart/mixed; boundary="${mixed}"`, "", ...parts.map((p) => `--${mixed}\r\n${p}`), `--${mixed}--`, ""].join("\r\n");
}

const invoicePdf = makePdf(["Invoice 2026-031 from ACME GmbH\nTotal: 1.190,00 EUR"]);
const invoice = (messageId?: string) =>
  mime({
    from: "ACME Billing <billing@acme.example>",
    subject: "Rechnung März 2026 – ACME",
    messageId,
    text: "Anbei Ihre Rechnung.",
    inlineImage: true,
    attachments: [
      { name: "invoice-2026-031.pdf", type: "application/pdf", bytes: invoicePdf },
      { name: "signature.png", type: "image/png", bytes: makePng() },
    ],
  });

describe("mail accounts against Dovecot", () => {
  let dovecot: Dovecot;
  let h: Harness;
  let deps: MailDeps;
  const password = "correct horse";

  beforeAll(async () => {
    dovecot = await startDovecot({ alice: password, bob: "bobs password" });
  });
  afterAll(async () => {
    await dovecot?.stop();
  });
  beforeEach(async () => {
    h = await createHarness();
    // Dovecot listens on 127.0.0.1: allowed here, as MAIL_ALLOW_PRIVATE=true allows it (the guard has its own test).
    deps = { ...h.deps, secretKey: key, allowPrivate: true };
  });
  afterEach(async () => {
    await h.close();
  });

  /** A client of the test itself, to put messages in and look at the server afterwards. */
  async function imap(user = "alice", pass = password): Promise<ImapFlow> {
    const c = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, doSTARTTLS: false, auth: { user, pass }, logger: false });
    await c.connect();
    return c;
  }
  async function emptyMailbox(user: string, pass: string): Promise<void> {
    const c = await imap(user, pass);
    for (const box of await c.list()) {
      if (box.path === "INBOX") {
        await c.mailboxOpen("INBOX");
        await c.messageDelete("1:*").catch(() => {});
      } else await c.mailboxDelete(box.path).catch(() => {});
    }
    await c.logout();
  }
  /** Each message of `folder` by subject, with its flags. */
  async function serverView(folder: string, user = "alice", pass = password): Promise<Record<string, string[]>> {
    const c = await imap(user, pass);
    const out: Record<string, string[]> = {};
    const lock = await c.getMailboxLock(folder);
    try {
      for await (const m of c.fetch("1:*", { envelope: true, flags: true })) out[m.envelope?.subject ?? ""] = [...(m.flags ?? [])].sort();
    } catch {
      // an empty folder
    } finally {
      lock.release();
    }
    await c.logout();
    return out;
  }

  const account = (rules: MailRule[], over: Partial<CreateMailAccount> = {}): CreateMailAccount => ({
    name: "Invoices mailbox",
    host: dovecot.host,
    port: dovecot.port,
    tls: false,
    username: "alice",
    password,
    folders: ["INBOX"],
    rules,
    enabled: true,
    ...over,
  });
  const rule = (r: Partial<MailRule>): MailRule => ({ name: "", conditions: [], import: "attachments", attachmentNameContains: "", minAttachmentBytes: 0, folderId: null, topicIds: [], after: "seen", moveTo: "", ...r });
  const row = async (id: string) => (await h.deps.db.select().from(mailAccounts).where(eq(mailAccounts.id, id)))[0]!;

  it("matches rules in order, imports what each says into its folder and topics, and does its action on the server", async () => {
    await emptyMailbox("alice", password);
    const folder = await createFolder(h.deps.db, h.adminId, { name: "Invoices", parentId: null });
    const { topic } = await createTopic(h.deps.db, { name: "Invoices", description: "", color: "#123456" });
    const c = await imap();
    await c.append("INBOX", invoice());
    await c.append("INBOX", mime({ from: "boss@corp.example", subject: "Contract renewal", text: "Please sign the attached contract." }));
    await c.append("INBOX", mime({ from: "x@y.example", subject: "Please delete me", text: "old", attachments: [{ name: "old.pdf", type: "application/pdf", bytes: makePdf(["old letter"]) }] }));
    await c.append("INBOX", mime({ from: "x@y.example", subject: "Read me later", text: "a note", attachments: [{ name: "note.txt", type: "text/plain", bytes: Buffer.from("A plain note about the meeting.\n") }] }));
    await c.append("INBOX", mime({ from: "news@shop.example", subject: "Weekly offers", html: "<h1>Sale!</h1><p>50% off</p>" }));
    await c.logout();

    const created = await createMailAccount(h.deps.db, key, h.adminId, account([
      rule({ name: "ACME invoices", conditions: [{ field: "from", op: "contains", value: "acme.example" }, { field: "attachment", op: "regex", value: "^invoice-\\d{4}" }], minAttachmentBytes: 200, folderId: folder.id, topicIds: [topic.id], after: "move", moveTo: "Processed" }),
      rule({ name: "contracts", conditions: [{ field: "subject", op: "regex", value: "^contract" }], import: "message", after: "flag" }),
      rule({ conditions: [{ field: "subject", op: "contains", value: "delete me" }], import: "both", after: "delete" }),
      rule({ conditions: [{ field: "body", op: "contains", value: "A NOTE" }], after: "seen" }),
      rule({ conditions: [{ field: "to", op: "contains", value: "nobody@else.example" }], after: "delete" }),
    ]));
    expect(JSON.stringify(await listMailAccounts(h.deps.db, { ownerId: null }))).not.toContain(password);
    expect((await row(created.id)).passwordEncrypted).not.toContain(password);

    const result = await checkAccount(deps, await row(created.id), 60, silentLog);
    expect(result).toEqual({ ok: true, imported: 4, skipped: 1 });

    const docs = await h.deps.db.select().from(documents).orderBy(documents.filename);
    expect(docs.map((d) => [d.filename, d.folderId])).toEqual([
      ["Contract renewal.eml", null],
      ["Please delete me.eml", null],
      ["invoice-2026-031.pdf", folder.id],
      ["note.txt", null],
      ["old.pdf", null],
    ]);
    // A message the rule imported keeps its attachments inside: the rule chose which become documents.
    expect(docs.filter((d) => d.filename.endsWith(".eml")).map((d) => d.splitAttachments)).toEqual([false, false]);
    expect(docs.filter((d) => !d.filename.endsWith(".eml")).map((d) => d.splitAttachments)).toEqual([true, true, true]);
    const invoiceDoc = docs.find((d) => d.filename === "invoice-2026-031.pdf")!;
    expect(invoiceDoc.contentType).toBe("application/pdf");
    expect(await h.deps.db.select({ topicId: documentTopics.topicId, source: documentTopics.source }).from(documentTopics).where(eq(documentTopics.documentId, invoiceDoc.id))).toEqual([{ topicId: topic.id, source: "manual" }]);

    const inbox = await serverView("INBOX");
    expect(inbox).toEqual({
      "Contract renewal": ["\\Flagged"],
      "Read me later": ["\\Seen"],
      "Weekly offers": [],
    });
    expect(Object.keys(await serverView("Processed"))).toEqual(["Rechnung März 2026 – ACME"]);

    const status = await row(created.id);
    expect(status).toMatchObject({ lastError: null, failures: 0, processedCount: 5 });
    expect(status.lastSuccessAt).toBeInstanceOf(Date);
    const skipped = await h.deps.db.select().from(mailMessages).where(eq(mailMessages.outcome, "skipped"));
    expect(skipped).toMatchObject([{ subject: "Weekly offers", reason: "no rule matched" }]);
  });

  it("never imports a message twice: not after a restart, not a copy with the same Message-ID", async () => {
    await emptyMailbox("alice", password);
    const c = await imap();
    await c.append("INBOX", invoice("<invoice-31@acme.example>"));
    await c.logout();
    const created = await createMailAccount(h.deps.db, key, h.adminId, account([rule({ after: "none" })]));
    expect(await checkAccount(deps, await row(created.id), 60, silentLog)).toEqual({ ok: true, imported: 1, skipped: 0 });
    expect(await documentCount(h.deps.db)).toBe(2); // the PDF and the small PNG (no minimum size here)
    // "after: none" left it unread on the server (the fetch peeks).
    expect(await serverView("INBOX")).toEqual({ "Rechnung März 2026 – ACME": [] });

    // A restarted worker: a new poller with a new connection, state only in Postgres.
    const lock = (await import("@docscan/db")).createDatabase(h.database.url, { session: true });
    const poller = startMailPoller(deps, lock.db, { pollSeconds: 60 }, silentLog);
    try {
      await h.deps.db.update(mailAccounts).set({ nextCheckAt: null });
      await poller.tick();
      expect((await row(created.id)).lastSuccessAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
      expect(await documentCount(h.deps.db)).toBe(2);
      // The same message again (re-sent, or copied into the folder): same Message-ID, new UID.
      const again = await imap();
      await again.append("INBOX", invoice("<invoice-31@acme.example>"));
      await again.logout();
      await h.deps.db.update(mailAccounts).set({ nextCheckAt: null });
      await poller.tick();
      expect(await documentCount(h.deps.db)).toBe(2);
      const rows = await h.deps.db.select().from(mailMessages).orderBy(mailMessages.uid);
      expect(rows.map((r) => r.outcome)).toEqual(["imported", "skipped"]);
      expect(rows[1]!.reason).toMatch(/same Message-ID <invoice-31@acme.example>/);
    } finally {
      await poller.stop();
      await lock.close();
    }
  });

  it("a server action owed when the process ended right after the import's commit is done on the next check, once", async () => {
    await emptyMailbox("alice", password);
    const c = await imap();
    await c.append("INBOX", invoice("<invoice-32@acme.example>"));
    await c.append("INBOX", mime({ from: "x@y.example", subject: "Second", text: "n", attachments: [{ name: "b.txt", type: "text/plain", bytes: Buffer.from("Second letter text.\n") }] }));
    await c.logout();
    const created = await createMailAccount(h.deps.db, key, h.adminId, account([rule({ after: "move", moveTo: "Processed" })]));
    expect(await checkAccount(deps, await row(created.id), 60, silentLog)).toMatchObject({ ok: true, imported: 2 });
    // Done and recorded as done.
    expect(await h.deps.db.select({ subject: mailMessages.subject, pendingAction: mailMessages.pendingAction }).from(mailMessages).orderBy(mailMessages.uid)).toEqual([
      { subject: "Rechnung März 2026 – ACME", pendingAction: null },
      { subject: "Second", pendingAction: null },
    ]);
    expect(Object.keys(await serverView("Processed")).sort()).toEqual(["Rechnung März 2026 – ACME", "Second"]);

    // The state a crash between the commit and the move leaves: the message recorded with its action owed,
    // still in the folder (put back, so it has a new UID there, as the recorded one).
    const back = await imap();
    await back.mailboxOpen("Processed");
    await back.messageMove("1:*", "INBOX");
    await back.mailboxOpen("INBOX");
    const uidOf: Record<string, number> = {};
    for await (const m of back.fetch("1:*", { envelope: true, uid: true })) uidOf[m.envelope?.subject ?? ""] = m.uid;
    await back.logout();
    const documentsBefore = await documentCount(h.deps.db);
    const [recorded] = await h.deps.db.select().from(mailMessages).where(eq(mailMessages.subject, "Rechnung März 2026 – ACME"));
    await h.deps.db.update(mailMessages).set({ uid: uidOf["Rechnung März 2026 – ACME"], pendingAction: { after: "move", moveTo: "Processed" } }).where(eq(mailMessages.id, recorded!.id));
    // "Second" is back under a UID not seen before: its Message-ID was, so it is skipped and left where it is.

    expect(await checkAccount(deps, await row(created.id), 60, silentLog)).toMatchObject({ ok: true, imported: 0 });
    expect(await documentCount(h.deps.db)).toBe(documentsBefore);
    expect(Object.keys(await serverView("Processed"))).toEqual(["Rechnung März 2026 – ACME"]);
    const [after] = await h.deps.db.select().from(mailMessages).where(eq(mailMessages.id, recorded!.id));
    expect(after!.pendingAction).toBeNull();
  });

  it("a wrong password: a clear error on the account, nothing imported, retried later with a longer wait, then works once fixed", async () => {
    await emptyMailbox("bob", "bobs password");
    const c = await imap("bob", "bobs password");
    await c.append("INBOX", invoice());
    await c.logout();
    const created = await createMailAccount(h.deps.db, key, h.adminId, account([rule({})], { username: "bob", password: "wrong" }));
    const before = Date.now();
    expect(await checkAccount(deps, await row(created.id), 60, silentLog)).toMatchObject({ ok: false, imported: 0 });
    let status = await row(created.id);
    expect(status.lastError).toMatch(/the server refused the sign-in: check the user name and password/);
    expect(status.failures).toBe(1);
    expect(status.nextCheckAt!.getTime()).toBeGreaterThanOrEqual(before + 120_000 - 1000); // 60 s doubled
    expect(await documentCount(h.deps.db)).toBe(0);
    // Checked again when due: the wait doubles again.
    await checkAccount(deps, status, 60, silentLog);
    status = await row(created.id);
    expect(status.failures).toBe(2);
    expect(status.nextCheckAt!.getTime()).toBeGreaterThanOrEqual(Date.now() + 240_000 - 5000);
    expect((await testConnection({ host: dovecot.host, port: dovecot.port, tls: false, username: "bob", password: "wrong" }, { allowPrivate: true })).ok).toBe(false);

    const fixed = await updateMailAccount(h.deps.db, key, { ownerId: null }, { ...account([rule({})], { username: "bob" }), id: created.id, password: "bobs password" });
    expect(fixed.nextCheckAt).toBeNull();
    expect(await checkAccount(deps, await row(created.id), 60, silentLog)).toMatchObject({ ok: true, imported: 1 });
    status = await row(created.id);
    expect(status).toMatchObject({ lastError: null, failures: 0 });
    expect(await documentCount(h.deps.db)).toBe(2);
  });

  it("a connection dropped mid-fetch: the check fails with the reason, and the next one imports each message once", async () => {
    await emptyMailbox("alice", password);
    const c = await imap();
    await c.append("INBOX", mime({ from: "a@b.example", subject: "small", text: "x", attachments: [{ name: "small.txt", type: "text/plain", bytes: Buffer.from("A small text attachment.\n") }] }));
    const big = makePdf([Array.from({ length: 4000 }, (_, i) => `line ${i} of a long scanned contract with many words`).join("\n")]);
    await c.append("INBOX", mime({ from: "a@b.example", subject: "big", text: "y", attachments: [{ name: "big.pdf", type: "application/pdf", bytes: big }] }));
    await c.logout();

    // A TCP proxy in front of Dovecot that cuts its first connection once 60 KB came from the server.
    let cut = false;
    const sockets = new Set<Socket>();
    const proxy: Server = createServer((client) => {
      const server = connect(dovecot.port, dovecot.host);
      sockets.add(client).add(server);
      let bytes = 0;
      const cutThis = !cut;
      server.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (cutThis && bytes > 60_000) {
          cut = true;
          client.destroy();
          server.destroy();
          return;
        }
        client.write(chunk);
      });
      client.on("data", (chunk: Buffer) => server.write(chunk));
      client.on("error", () => server.destroy());
      server.on("error", () => client.destroy());
      client.on("close", () => server.destroy());
      server.on("close", () => client.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    const port = (proxy.address() as { port: number }).port;
    try {
      const created = await createMailAccount(h.deps.db, key, h.adminId, account([rule({})], { port }));
      const first = await checkAccount(deps, await row(created.id), 60, silentLog);
      expect(first).toEqual({ ok: false, imported: 1, skipped: 0 });
      expect(cut).toBe(true);
      const status = await row(created.id);
      expect(status.lastError).toMatch(/closed|connection|socket/i);
      expect(await h.deps.db.select({ f: documents.filename }).from(documents)).toEqual([{ f: "small.txt" }]);

      const second = await checkAccount(deps, await row(created.id), 60, silentLog);
      expect(second).toEqual({ ok: true, imported: 1, skipped: 0 });
      const names = (await h.deps.db.select({ f: documents.filename }).from(documents)).map((d) => d.f).sort();
      expect(names).toEqual(["big.pdf", "small.txt"]);
      expect((await h.deps.db.select().from(documents).where(eq(documents.filename, "big.pdf")))[0]!.size).toBe(big.length);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => proxy.close(r));
    }
  });

  it("test connection lists the folders, and names a refused port", async () => {
    const ok = await testConnection({ host: dovecot.host, port: dovecot.port, tls: false, username: "alice", password }, { allowPrivate: true });
    expect(ok).toMatchObject({ ok: true, folders: expect.arrayContaining(["INBOX"]) });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    expect(await testConnection({ host: "127.0.0.1", port, tls: false, username: "alice", password }, { allowPrivate: true })).toEqual({ ok: false, error: "connection refused: check the host and port" });
    expect(describeMailError({ authenticationFailed: true })).toMatch(/refused the sign-in/);
  });

  it("refuses private, loopback and link-local servers unless MAIL_ALLOW_PRIVATE: test connection and the check, with nothing imported", async () => {
    const refusal = /private, loopback or link-local address .*MAIL_ALLOW_PRIVATE/;
    for (const host of [dovecot.host, "localhost", "10.1.2.3", "169.254.169.254", "[::1]"]) {
      const result = await testConnection({ host, port: dovecot.port, tls: false, username: "alice", password }, { allowPrivate: false });
      expect(result, host).toMatchObject({ ok: false, error: expect.stringMatching(refusal) });
    }
    await emptyMailbox("alice", password);
    const c = await imap();
    await c.append("INBOX", mime({ from: "a@b.example", subject: "guarded", text: "x", attachments: [{ name: "guarded.txt", type: "text/plain", bytes: Buffer.from("Never imported.\n") }] }));
    await c.logout();
    const created = await createMailAccount(h.deps.db, key, h.adminId, account([rule({})]));
    expect(await checkAccount({ ...deps, allowPrivate: false }, await row(created.id), 60, silentLog)).toEqual({ ok: false, imported: 0, skipped: 0 });
    expect((await row(created.id)).lastError).toMatch(refusal);
    expect(await documentCount(h.deps.db)).toBe(0);
  });

  it("with IMAP IDLE, a message arriving in the watched folder is imported within seconds, long before the next poll", async () => {
    await emptyMailbox("alice", password);
    const lock = (await import("@docscan/db")).createDatabase(h.database.url, { session: true });
    // An hour between polls: after the first check, only the IDLE watcher can bring the message in.
    const poller = startMailPoller(deps, lock.db, { pollSeconds: 3600 }, silentLog);
    try {
      const created = await createMailAccount(h.deps.db, key, h.adminId, account([rule({})]));
      await eventually("the first check", async () => (await row(created.id)).lastSuccessAt !== null, 30_000);
      expect((await row(created.id)).nextCheckAt!.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
      // The checks sign out; the watcher's connection stays. Once it is there, a moment for SELECT and IDLE.
      await eventually("the watcher's connection", () => Promise.resolve(connectionsTo(dovecot.port) >= 1), 20_000);
      await new Promise((r) => setTimeout(r, 1000));
      const c = await imap();
      await c.append("INBOX", mime({ from: "a@b.example", subject: "pushed", text: "x", attachments: [{ name: "pushed.txt", type: "text/plain", bytes: Buffer.from("Seen through IDLE.\n") }] }));
      await c.logout();
      await eventually("the import after IDLE", async () => (await documentCount(h.deps.db)) === 1, 20_000);
    } finally {
      await poller.stop();
      await lock.close();
    }
  });

  it("the poller checks a new account on its own", async () => {
    await emptyMailbox("alice", password);
    const c = await imap();
    await c.append("INBOX", mime({ from: "a@b.example", subject: "polled", text: "x", attachments: [{ name: "polled.txt", type: "text/plain", bytes: Buffer.from("Polled by the timer.\n") }] }));
    await c.logout();
    const lock = (await import("@docscan/db")).createDatabase(h.database.url, { session: true });
    const poller = startMailPoller(deps, lock.db, { pollSeconds: 1 }, silentLog);
    try {
      await createMailAccount(h.deps.db, key, h.adminId, account([rule({})]));
      await eventually("the poller's import", async () => (await documentCount(h.deps.db)) === 1, 30_000);
    } finally {
      await poller.stop();
      await lock.close();
    }
  });
});
