// The audit log (issue 18, ADR 0024): each recorded action writes exactly one entry per object with the
// right actor, through tRPC and REST alike; members read only their own entries; nothing can change one.
import { eq, sql } from "drizzle-orm";
import { inspectRoutes } from "hono/dev";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, listAuditEntries, pruneAuditLog, replaceSuggestions, type AuditEntry } from "@docscan/db";
import { topicSuggestions } from "@docscan/db/schema";
import { makePng } from "@docscan/extract/testing";
import { pino } from "pino";
import { createApp } from "../src/app.ts";
import { auditor } from "../src/audit.ts";
import { ANONYMOUS } from "../src/auth/service.ts";
import { appRouter } from "../src/router/index.ts";
import { createContext } from "../src/context.ts";
import { createHarness, TEST_PASSWORD, TINY_PDF, uploadForm, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let member: TestUser;
let other: TestUser;

beforeAll(async () => {
  h = await createHarness();
  member = await h.addUser("audit-member@example.test");
  other = await h.addUser("audit-other@example.test");
});
afterAll(async () => {
  await h?.close();
});

async function lastId(): Promise<number> {
  const [row] = (await h.database.db.execute(sql`select coalesce(max(id), 0)::int as id from audit_log`)) as unknown as [{ id: number }];
  return row.id;
}

/** Runs `action` and returns the entries it wrote. */
async function entriesOf(action: () => Promise<unknown>): Promise<AuditEntry[]> {
  const mark = await lastId();
  await action();
  const page = await listAuditEntries(h.database.db, { limit: 200 });
  return page.items.filter((e) => e.id > mark).reverse();
}

/** Exactly one entry, with this action, actor and object. */
async function expectOne(action: () => Promise<unknown>, want: Partial<AuditEntry>): Promise<AuditEntry> {
  const entries = await entriesOf(action);
  expect(entries.map((e) => e.action)).toEqual([want.action]);
  expect(entries[0]).toMatchObject(want);
  return entries[0]!;
}

const ok = async (res: Promise<Response>, status = 200) => {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(status);
  return r;
};
const json = (body: unknown, method = "POST"): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("documents", () => {
  it("upload, download, view, move, topics, trash, restore and permanent delete: one entry each, as the caller", async () => {
    // Upload over REST with the member's token: who, which token, from where.
    const upload = await expectOne(() => ok(member.request("/api/documents", { method: "POST", body: uploadForm({ name: "lease.pdf", bytes: TINY_PDF }) }), 201), {
      action: "document.upload",
      actorId: member.user.id,
      actorEmail: member.user.email,
      tokenName: "tests",
      ip: "127.0.0.1",
      objectType: "document",
      objectLabel: "lease.pdf",
    });
    const id = upload.objectId!;
    expect(upload.tokenId).not.toBeNull();

    await expectOne(() => ok(member.request(`/api/documents/${id}/file`)), { action: "document.download", actorId: member.user.id, objectId: id, objectLabel: "lease.pdf" });
    // A HEAD reads no bytes, and a refused download (someone else's document) records nothing.
    expect(await entriesOf(() => ok(member.request(`/api/documents/${id}/file`, { method: "HEAD" })))).toEqual([]);
    expect(await entriesOf(() => ok(other.request(`/api/documents/${id}/file`), 404))).toEqual([]);

    const uploaded = await ok(member.request("/api/documents", { method: "POST", body: uploadForm({ name: "dot.png", bytes: Buffer.from(makePng()) }) }), 201);
    const png = ((await uploaded.json()) as { documents: { id: string }[] }).documents[0]!.id;
    await expectOne(() => ok(member.request(`/api/documents/${png}/preview`)), { action: "document.view", actorId: member.user.id, objectId: png });

    const folder = await member.caller.folders.create({ name: "Home" });
    await expectOne(() => member.caller.documents.move({ ids: [id], folderId: folder.id }), { action: "document.move", objectId: id, after: { folderId: folder.id } });

    const topic = await member.caller.topics.create({ name: "Housing" });
    await expectOne(() => member.caller.documents.setTopics({ id, topicIds: [topic.topic.id], expectedTopicIds: [] }), {
      action: "document.topics",
      objectId: id,
      before: { topicIds: [] },
      after: { topicIds: [topic.topic.id] },
    });
    await expectOne(() => ok(member.request(`/api/documents/${id}`, json({ topics: [] }, "PATCH"))), { action: "document.topics", objectId: id, after: { topicIds: [] } });

    await expectOne(() => member.caller.documents.delete({ id }), { action: "document.delete", actorId: member.user.id, objectId: id, objectLabel: "lease.pdf" });
    await expectOne(() => member.caller.documents.restore({ ids: [id] }), { action: "document.restore", objectId: id });
    // The admin deletes it for good: the entry keeps the name of a document that no longer exists.
    await expectOne(() => ok(h.request(`/api/documents/${id}?permanent=true`, { method: "DELETE" }), 204), {
      action: "document.delete_permanent",
      actorId: h.admin.user.id,
      objectId: id,
      objectLabel: "lease.pdf",
    });
  });

  it("a rename and review decisions (accepted topics, rejected suggestions) are topic and field changes by a person", async () => {
    const id = await uploadPdf(member, "scan-7.pdf");
    await expectOne(() => member.caller.documents.setTitle({ id, title: "Lease 2026" }), { action: "document.title", actorId: member.user.id, objectId: id, after: { title: "Lease 2026" } });
    await expectOne(() => ok(member.request(`/api/documents/${id}`, json({ title: "Lease" }, "PATCH"))), { action: "document.title", after: { title: "Lease" } });
    const [topicA, topicB] = [(await h.caller.topics.create({ name: "Rent" })).topic.id, (await h.caller.topics.create({ name: "Deposit" })).topic.id];
    await replaceSuggestions(h.database.db, id, null, [
      { topicId: topicA, confidence: 0.3, quote: "rent" },
      { topicId: topicB, confidence: 0.3, quote: "deposit" },
    ]);
    const suggestions = await h.database.db.select({ id: topicSuggestions.id, topicId: topicSuggestions.topicId }).from(topicSuggestions).where(eq(topicSuggestions.documentId, id));
    const accept = suggestions.find((x) => x.topicId === topicA)!.id;
    await expectOne(() => member.caller.review.accept({ ids: [accept], rejectRest: true }), {
      action: "document.topics",
      actorId: member.user.id,
      objectId: id,
      after: { accepted: [topicA], rejected: [topicB], via: "review" },
    });
  });

  it("a bulk action writes one entry per document, in one statement; a refused one writes none", async () => {
    const a = await uploadPdf(member, "a.pdf");
    const b = await uploadPdf(member, "b.pdf");
    const entries = await entriesOf(() => member.caller.documents.deleteMany({ ids: [a, b] }));
    expect(entries.map((e) => [e.action, e.objectId, e.actorId])).toEqual([
      ["document.delete", a, member.user.id],
      ["document.delete", b, member.user.id],
    ]);
    expect(entries[0]!.objectLabel).toBe("a.pdf");
    const c = await uploadPdf(member, "c.pdf");
    await expect(other.caller.documents.deleteMany({ ids: [c] })).rejects.toThrow(/not found/);
    expect((await listAuditEntries(h.database.db, { limit: 5, objectId: c })).items.map((e) => e.action)).toEqual(["document.upload"]);
  });
});

describe("topics, settings, users, tokens and sign-in", () => {
  it("topic create, edit and delete (an existing name creates nothing)", async () => {
    const created = await expectOne(() => h.caller.topics.create({ name: "Taxes" }), { action: "topic.create", actorId: h.admin.user.id, objectType: "topic", objectLabel: "Taxes" });
    expect(await entriesOf(() => h.caller.topics.create({ name: "taxes" }))).toEqual([]);
    await expectOne(() => ok(h.request(`/api/topics/${created.objectId}`, json({ color: "#10b981" }, "PATCH"))), {
      action: "topic.update",
      objectId: created.objectId,
      before: expect.objectContaining({ name: "Taxes" }),
      after: expect.objectContaining({ color: "#10b981" }),
    });
    await expectOne(() => h.caller.topics.delete({ id: created.objectId! }), { action: "topic.delete", objectId: created.objectId, objectLabel: "Taxes" });
  });

  it("AI settings: the fields that changed, never the key", async () => {
    const key = "sk-audit-secret-key-0123456789";
    const entry = await expectOne(() => h.caller.settings.update({ threshold: 0.6, apiKey: key }), { action: "settings.update", actorId: h.admin.user.id, objectType: "settings" });
    expect(entry.after).toEqual({ threshold: 0.6, apiKeySet: true });
    expect(entry.before).toEqual({ threshold: expect.any(Number), apiKeySet: false });
    const [{ n }] = (await h.database.db.execute(sql`select count(*)::int as n from audit_log where before::text like ${"%" + key.slice(-4) + "%"} or after::text like ${"%" + key.slice(-4) + "%"}`)) as unknown as [{ n: number }];
    expect(n).toBe(0);
  });

  it("users: create (tRPC and REST), role and quota changes, password reset", async () => {
    const made = await expectOne(() => h.caller.users.create({ email: "new-user@example.test", password: TEST_PASSWORD, role: "member" }), {
      action: "user.create",
      actorId: h.admin.user.id,
      objectLabel: "new-user@example.test",
      after: { email: "new-user@example.test", role: "member" },
    });
    await expectOne(() => ok(h.request("/api/users", json({ email: "rest-user@example.test", password: TEST_PASSWORD })), 201), { action: "user.create", objectLabel: "rest-user@example.test" });
    await expectOne(() => h.caller.users.update({ id: made.objectId!, role: "admin", quotaDocuments: 10 }), {
      action: "user.update",
      before: { role: "member", quotaDocuments: null },
      after: { role: "admin", quotaDocuments: 10 },
    });
    const reset = await expectOne(() => h.caller.users.resetPassword({ id: made.objectId!, password: TEST_PASSWORD }), { action: "user.password_reset", objectId: made.objectId });
    expect(JSON.stringify(reset)).not.toContain(TEST_PASSWORD);
    // A member is refused, and nothing is recorded.
    expect(await entriesOf(() => member.caller.users.update({ id: made.objectId!, role: "member" }).catch(() => null))).toEqual([]);
  });

  it("tokens created and revoked, by id and name", async () => {
    const made = await expectOne(() => member.caller.auth.tokens.create({ name: "backup script" }), { action: "token.create", actorId: member.user.id, objectType: "token", objectLabel: "backup script" });
    await expectOne(() => ok(member.request(`/api/tokens/${made.objectId}`, { method: "DELETE" }), 204), { action: "token.revoke", objectId: made.objectId, objectLabel: "backup script" });
  });

  it("sign-in success and failure; a failed one is recorded although the request fails", async () => {
    const anonymous = appRouter.createCaller(createContext(h.deps, { requestId: "t", clientIp: "203.0.113.9" }));
    await expectOne(() => anonymous.auth.login({ email: member.user.email, password: TEST_PASSWORD }), {
      action: "auth.sign_in",
      actorId: member.user.id,
      actorEmail: member.user.email,
      ip: "203.0.113.9",
      objectId: member.user.id,
    });
    await expectOne(() => anonymous.auth.login({ email: member.user.email, password: "wrong password!" }).catch(() => null), {
      action: "auth.sign_in_failed",
      actorId: null,
      actorEmail: member.user.email,
      objectId: member.user.id,
      after: { reason: "wrong password" },
    });
    await expectOne(() => anonymous.auth.login({ email: "nobody@example.test", password: "wrong password!" }).catch(() => null), {
      action: "auth.sign_in_failed",
      objectId: null,
      objectLabel: "nobody@example.test",
    });
    // A script's sign-in is a sign-in and a new token.
    const entries = await entriesOf(() => ok(h.anonymous.request("/api/auth/tokens", json({ email: member.user.email, password: TEST_PASSWORD, name: "cron" })), 201));
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ["auth.sign_in", member.user.id],
      ["token.create", member.user.id],
    ]);
  });

  it("a password change by its owner", async () => {
    const user = await h.addUser("audit-pw@example.test");
    await expectOne(() => user.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), { action: "user.password_change", actorId: user.user.id });
  });
});

describe("notes, folders, mail accounts and webhooks", () => {
  it("a note added and deleted (on the document, so its history shows them), tRPC and REST", async () => {
    const doc = await uploadPdf(member, "noted.pdf");
    const added = await expectOne(() => member.caller.documents.addNote({ documentId: doc, text: "Paid in cash" }), {
      action: "document.note_add",
      actorId: member.user.id,
      objectType: "document",
      objectId: doc,
      after: expect.objectContaining({ text: "Paid in cash" }),
    });
    const noteId = (added.after as { noteId: string }).noteId;
    await expectOne(() => ok(member.request(`/api/documents/notes/${noteId}`, { method: "DELETE" }), 204), { action: "document.note_delete", objectId: doc, after: { noteId } });
    const viaRest = await expectOne(() => ok(member.request(`/api/documents/${doc}/notes`, json({ text: "Second" })), 201), { action: "document.note_add", objectId: doc });
    await expectOne(() => member.caller.documents.deleteNote({ id: (viaRest.after as { noteId: string }).noteId }), { action: "document.note_delete", objectId: doc });
  });

  it("folders created (tRPC and REST), renamed and deleted", async () => {
    const made = await expectOne(() => member.caller.folders.create({ name: "Bills" }), { action: "folder.create", actorId: member.user.id, objectType: "folder", objectLabel: "Bills" });
    await expectOne(() => member.caller.folders.rename({ id: made.objectId!, name: "Paid bills" }), { action: "folder.rename", objectId: made.objectId, objectLabel: "Paid bills" });
    await expectOne(() => member.caller.folders.delete({ id: made.objectId! }), { action: "folder.delete", objectId: made.objectId });
    await expectOne(() => ok(member.request("/api/folders", json({ name: "From a script" })), 201), { action: "folder.create", objectLabel: "From a script" });
  });

  it("mail accounts added, changed and removed, never with their password", async () => {
    const account = { name: "Invoices box", host: "93.184.216.34", port: 993, tls: true, username: "box", password: "imap-secret-1", folders: ["INBOX"], rules: [], enabled: false };
    const made = await expectOne(() => h.caller.mail.create(account), { action: "mail_account.create", actorId: h.admin.user.id, objectType: "mail_account", objectLabel: "Invoices box" });
    await expectOne(() => h.caller.mail.update({ ...account, id: made.objectId!, name: "Invoices", password: undefined }), { action: "mail_account.update", objectId: made.objectId });
    await expectOne(() => h.caller.mail.delete({ id: made.objectId! }), { action: "mail_account.delete", objectId: made.objectId });
    expect(JSON.stringify(await listAuditEntries(h.database.db, { limit: 200 }))).not.toContain("imap-secret-1");
  });

  it("webhook endpoints registered, changed and deleted, never with their secret", async () => {
    const made = await expectOne(() => ok(member.request("/api/webhooks", json({ url: "https://93.184.216.34/docscan", events: ["document.done"] })), 201), {
      action: "webhook.create",
      actorId: member.user.id,
      objectType: "webhook",
      objectLabel: "https://93.184.216.34/docscan",
    });
    await expectOne(() => ok(member.request(`/api/webhooks/${made.objectId}`, json({ enabled: false }, "PATCH"))), { action: "webhook.update", objectId: made.objectId });
    await expectOne(() => ok(member.request(`/api/webhooks/${made.objectId}`, { method: "DELETE" }), 204), { action: "webhook.delete", objectId: made.objectId });
  });
});

describe("reading the log", () => {
  it("a member reads only their own entries, whatever the filter; an admin reads anyone's", async () => {
    const mine = await member.caller.audit.list({ userId: h.admin.user.id, limit: 200 });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((e) => e.actorId))).toEqual(new Set([member.user.id]));
    const theirs = await h.caller.audit.list({ userId: member.user.id, action: "document.upload", limit: 2 });
    expect(theirs.items.every((e) => e.actorId === member.user.id && e.action === "document.upload")).toBe(true);
    // Cursor paging: the next page starts below the last id, without repeats.
    const next = await h.caller.audit.list({ userId: member.user.id, action: "document.upload", limit: 2, cursor: theirs.nextCursor! });
    expect(next.items[0]!.id).toBeLessThan(theirs.items.at(-1)!.id);
    const rest = await member.request(`/api/audit?userId=${h.admin.user.id}`);
    expect(((await rest.json()) as { items: AuditEntry[] }).items.every((e) => e.actorId === member.user.id)).toBe(true);
  });

  it("a document's history: for those who may see the document; a member does not see an admin's address", async () => {
    const id = await uploadPdf(member, "history.pdf");
    await ok(h.request(`/api/documents/${id}/file`));
    const history = await member.caller.audit.document({ id });
    expect(history.map((e) => [e.action, e.actorId])).toEqual([
      ["document.download", h.admin.user.id],
      ["document.upload", member.user.id],
    ]);
    expect(history[0]!.ip).toBeNull();
    expect(history[1]!.ip).toBe("127.0.0.1");
    await expect(other.caller.audit.document({ id })).rejects.toThrow("document not found");
    expect((await h.caller.audit.document({ id }))[0]!.ip).toBe("127.0.0.1");
  });

  it("filters by date range and object; the CSV export has a header and defuses formulas", async () => {
    const id = await uploadPdf(member, "=cmd.pdf");
    const now = Date.now();
    const inRange = await h.caller.audit.list({ objectId: id, from: new Date(now - 60_000), to: new Date(now + 60_000) });
    expect(inRange.items.map((e) => e.action)).toEqual(["document.upload"]);
    expect((await h.caller.audit.list({ objectId: id, to: new Date(now - 60_000) })).items).toEqual([]);
    const res = await ok(h.request(`/api/audit/export?objectId=${id}`));
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actor_email,actor_id,token_name,token_id,ip,action,object_type,object_id,object_label,before,after");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",'=cmd.pdf,");
    expect((await h.request("/api/audit/export?action=nope")).status).toBe(400);
  });
});

describe("writing", () => {
  it("an entry that cannot be written goes to the error log, and the action's answer stands", async () => {
    const lines: string[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => lines.push(line) });
    const away = createDatabase("postgres://postgres@127.0.0.1:1/docscan", { max: 1 });
    try {
      const audit = auditor({ db: away.db, log }, { ...ANONYMOUS, user: { id: member.user.id, email: member.user.email, role: "member" } }, "127.0.0.1");
      await expect(audit({ action: "document.download", objectType: "document", objectId: "x", objectLabel: "kept in the log" })).resolves.toBeUndefined();
    } finally {
      await away.close();
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: "could not write the audit log", audit: [{ action: "document.download", objectLabel: "kept in the log" }], actor: { userId: member.user.id } });
  });
});

describe("entries cannot be changed", () => {
  it("no procedure or route writes to the log: audit.* are queries, /api/audit/* are GETs", () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).filter(([path]) => path.startsWith("audit."));
    expect(procedures.length).toBeGreaterThan(0);
    expect(procedures.map(([, p]) => p._def.type)).toEqual(procedures.map(() => "query"));
    const routes = inspectRoutes(createApp(h.deps)).filter((r) => !r.isMiddleware && r.path.startsWith("/api/audit"));
    expect(routes.map((r) => r.method).sort()).toEqual(["GET", "GET"]);
  });

  it("the table refuses UPDATE, DELETE and TRUNCATE; the prune removes only entries past the retention", async () => {
    const db = h.database.db;
    /** Postgres's own message (drizzle wraps it). */
    const refusal = (p: Promise<unknown>) => p.then(() => "done", (err: Error & { cause?: Error }) => err.cause?.message ?? err.message);
    expect(await refusal(db.execute(sql`update audit_log set action = 'auth.sign_in'`))).toBe("audit_log is append-only: UPDATE refused");
    expect(await refusal(db.execute(sql`delete from audit_log`))).toBe("audit_log is append-only: DELETE refused");
    expect(await refusal(db.execute(sql`truncate audit_log`))).toBe("audit_log is append-only: TRUNCATE refused");
    // Pretending to be the prune does not reach recent entries.
    const pretend = db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('docscan.audit_prune', 'on', true)`);
      await tx.execute(sql`delete from audit_log`);
    });
    expect(await refusal(pretend)).toBe("audit_log is append-only: DELETE refused");
    const before = await lastId();
    await db.execute(sql`insert into audit_log (action, object_type, at) values ('auth.sign_in', 'user', now() - interval '400 days'), ('auth.sign_in', 'user', now() - interval '300 days')`);
    expect(await pruneAuditLog(db, 365)).toBe(1);
    const [{ n }] = (await db.execute(sql`select count(*)::int as n from audit_log where id > ${before}`)) as unknown as [{ n: number }];
    expect(n).toBe(1);
  });
});
