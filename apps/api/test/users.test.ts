import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countActiveAdmins, insertDocument, updateUser } from "@docscan/db";
import { createHarness, TEST_PASSWORD, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let member: TestUser;
beforeAll(async () => {
  h = await createHarness();
  member = await h.addUser("member@example.test");
});
afterAll(async () => {
  await h?.close();
});

/** Signs in through the console's procedure. */
function login(email: string, password: string): Promise<Response> {
  return h.app.request("/trpc/auth.login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email, password } }),
  });
}

const loginStatus = async (email: string, password: string) => (await login(email, password)).status;

describe("users (admin only)", () => {
  it("refuses members (403) and anonymous callers (401)", async () => {
    await expect(member.caller.users.list()).rejects.toMatchObject({ code: "FORBIDDEN", message: "only admins can do this" });
    await expect(member.caller.users.create({ email: "x@example.test", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(member.caller.users.update({ id: member.user.id, role: "admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(member.caller.users.resetPassword({ id: h.admin.user.id, password: "a new password!" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(h.anonymous.caller.users.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await member.request("/trpc/users.list")).status).toBe(403);
  });

  it("lists users with quotas and usage, never password hashes", async () => {
    const uploader = await h.addUser("uploader@example.test");
    // Stored directly: the usage counters are kept by triggers on documents, whatever path inserts them.
    await insertDocument(h.deps.db, {
      id: randomUUID(),
      ownerId: uploader.user.id,
      filename: "a.pdf",
      objectKey: `test/${randomUUID()}.pdf`,
      contentType: "application/pdf",
      size: 1234,
      sha256: "0".repeat(64),
      storageBackend: "fs",
    });
    const users = await h.caller.users.list();
    expect(users.map((u) => u.email)).toEqual([...users.map((u) => u.email)].sort());
    expect(users.find((u) => u.id === uploader.user.id)).toMatchObject({
      role: "member",
      disabled: false,
      quotaBytes: null,
      quotaDocuments: null,
      usedDocuments: 1,
      usedBytes: 1234,
    });
    expect(JSON.stringify(users)).not.toContain("argon2");
    for (const u of users) expect(u).not.toHaveProperty("passwordHash");
  });

  it("creates users with a normalised email; a taken email is 409 with a clear message", async () => {
    const created = await h.caller.users.create({ email: "  New.Person@Example.test ", password: TEST_PASSWORD });
    expect(created).toMatchObject({ email: "new.person@example.test", role: "member", disabled: false });
    expect(created).not.toHaveProperty("passwordHash");
    expect(await loginStatus("new.person@example.test", TEST_PASSWORD)).toBe(200);

    await expect(h.caller.users.create({ email: "NEW.PERSON@example.test", password: TEST_PASSWORD, role: "admin" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "a user with this email already exists",
    });
    await expect(h.caller.users.create({ email: "nope", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(h.caller.users.create({ email: "short@example.test", password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("updates role and quotas; unknown ids are 404, bad values 400", async () => {
    const u = await h.addUser("quota@example.test");
    const updated = await h.caller.users.update({ id: u.user.id, quotaBytes: 1_000_000, quotaDocuments: 5 });
    expect(updated).toMatchObject({ role: "member", quotaBytes: 1_000_000, quotaDocuments: 5 });
    // Omitted fields stay as they are; null lifts a limit.
    expect(await h.caller.users.update({ id: u.user.id, quotaBytes: null })).toMatchObject({ quotaBytes: null, quotaDocuments: 5 });
    expect(await h.caller.users.update({ id: u.user.id, role: "admin" })).toMatchObject({ role: "admin", quotaDocuments: 5 });
    // A token made while a member does not carry over to the new role: the user signs in again (issue 13).
    expect((await u.request("/trpc/users.list")).status).toBe(401);

    await expect(h.caller.users.update({ id: randomUUID(), disabled: true })).rejects.toMatchObject({ code: "NOT_FOUND", message: "user not found" });
    await expect(h.caller.users.update({ id: u.user.id, quotaBytes: -1 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(h.caller.users.update({ id: u.user.id, quotaDocuments: 1.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(h.caller.users.update({ id: "not-a-uuid", role: "member" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await h.caller.users.update({ id: u.user.id, role: "member" });
  });

  it("never demotes or disables the last active admin", async () => {
    const lastAdmin = "docscan needs at least one active admin: make another user an admin first";
    await expect(h.caller.users.update({ id: h.admin.user.id, role: "member" })).rejects.toMatchObject({ code: "CONFLICT", message: lastAdmin });
    await expect(h.caller.users.update({ id: h.admin.user.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT", message: lastAdmin });
    expect((await h.caller.users.list()).find((u) => u.id === h.admin.user.id)).toMatchObject({ role: "admin", disabled: false });

    // A disabled admin does not count as one.
    const second = await h.addUser("second-admin@example.test", "admin");
    await h.caller.users.update({ id: second.user.id, disabled: true });
    await expect(h.caller.users.update({ id: h.admin.user.id, role: "member" })).rejects.toMatchObject({ code: "CONFLICT" });

    // With another active admin, one may step down; then the other is the last one.
    await h.caller.users.update({ id: second.user.id, disabled: false });
    const demoted = await second.caller.users.update({ id: h.admin.user.id, role: "member" });
    expect(demoted.role).toBe("member");
    await expect(second.caller.users.update({ id: second.user.id, role: "member" })).rejects.toMatchObject({ code: "CONFLICT", message: lastAdmin });
    await second.caller.users.update({ id: h.admin.user.id, role: "admin" });

    // Changes to members are never blocked by it.
    expect(await h.caller.users.update({ id: member.user.id, disabled: true })).toMatchObject({ disabled: true });
    await h.caller.users.update({ id: member.user.id, disabled: false });
  });

  it("two admins demoting each other at the same time leave one admin", async () => {
    const a = await h.addUser("race-a@example.test", "admin");
    const b = await h.addUser("race-b@example.test", "admin");
    // Leave only a and b as active admins.
    const others = (await h.caller.users.list()).filter((u) => u.role === "admin" && u.id !== a.user.id && u.id !== b.user.id);
    for (const u of others) await b.caller.users.update({ id: u.id, role: "member" });

    // The first demotion stays uncommitted while the second one starts.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let demoted!: () => void;
    const firstDone = new Promise<void>((resolve) => (demoted = resolve));
    const first = h.deps.db.transaction(async (tx) => {
      await updateUser(tx, b.user.id, { role: "member" });
      demoted();
      await held;
    });
    await firstDone;
    const second = updateUser(h.deps.db, a.user.id, { role: "member" });
    const settled = (p: Promise<unknown>) => p.then(() => "settled" as const, () => "settled" as const);
    const early = await Promise.race([settled(second), new Promise((r) => setTimeout(r, 500)).then(() => "waiting" as const)]);
    release();
    // The second waits for the first instead of counting an admin that is about to go.
    expect(early).toBe("waiting");
    await first;
    await expect(second).rejects.toMatchObject({ name: "ConflictError" });
    expect(await countActiveAdmins(h.deps.db)).toBe(1);

    for (const u of others) await a.caller.users.update({ id: u.id, role: "admin" });
  });

  it("resetPassword sets a new password and ends the user's sessions", async () => {
    const u = await h.addUser("forgetful@example.test");
    const signedIn = await login(u.user.email, TEST_PASSWORD);
    const cookie = signedIn.headers.getSetCookie()[0]!.split(";")[0]!;

    await expect(h.caller.users.resetPassword({ id: u.user.id, password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await h.caller.users.resetPassword({ id: u.user.id, password: "a fresh start 123" });
    expect(await loginStatus(u.user.email, TEST_PASSWORD)).toBe(401);
    expect(await loginStatus(u.user.email, "a fresh start 123")).toBe(200);
    expect((await h.app.request("/trpc/folders.list", { headers: { cookie } })).status).toBe(401);
    await expect(h.caller.users.resetPassword({ id: randomUUID(), password: "a fresh start 123" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
