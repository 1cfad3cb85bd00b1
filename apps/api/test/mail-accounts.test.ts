// The mail router's server guard (ADR 0020): private, loopback and link-local IMAP servers are refused when
// saved and when "check connection" runs, unless MAIL_ALLOW_PRIVATE; with it, a real Dovecot on 127.0.0.1
// signs in and lists its folders. The password never comes back. Real Postgres, real Dovecot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailAccount } from "@docscan/intake/mail-accounts";
import { startDovecot, type Dovecot } from "@docscan/testkit/dovecot";
import { createHarness, type Harness, type TestUser } from "./helpers.ts";

const PASSWORD = "dovecot password 1";
let dovecot: Dovecot;
let strict: Harness;
let open: Harness;
let member: TestUser;

beforeAll(async () => {
  dovecot = await startDovecot({ alice: PASSWORD });
  strict = await createHarness();
  open = await createHarness({ mailAllowPrivate: true });
  member = await strict.addUser("member@mail.test");
});
afterAll(async () => {
  await Promise.all([strict?.close(), open?.close()]);
  await dovecot?.stop();
});

const settings = (host: string, port = 993) => ({ name: "Invoices", host, port, tls: port === 993, username: "alice", password: PASSWORD, folders: ["INBOX"], rules: [], enabled: true });

describe("without MAIL_ALLOW_PRIVATE", () => {
  it.each(["127.0.0.1", "localhost", "10.0.0.5", "192.168.1.10", "169.254.169.254", "[::1]"])("refuses %s on save with a 400 naming the setting", async (host) => {
    await expect(member.caller.mail.create(settings(host))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("MAIL_ALLOW_PRIVATE") });
  });

  it("refuses a private server on edit, and 'check connection' of a stored one says why without connecting", async () => {
    const saved = await member.caller.mail.create(settings("93.184.216.34"));
    await expect(member.caller.mail.update({ ...settings(dovecot.host, dovecot.port), id: saved.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Stored while it was allowed (the setting switched off since): the check refuses it too.
    const stored = await createMailAccount(strict.database.db, strict.deps.secretKey, member.user.id, settings(dovecot.host, dovecot.port));
    expect(await member.caller.mail.test({ id: stored.id })).toEqual({
      ok: false,
      error: "127.0.0.1 is a private, loopback or link-local address (127.0.0.1): refused (an admin can allow it with MAIL_ALLOW_PRIVATE)",
    });
  });
});

describe("with MAIL_ALLOW_PRIVATE", () => {
  it("saves a Dovecot on 127.0.0.1, and 'check connection' signs in and lists its folders; a wrong password is named", async () => {
    const admin = open.caller;
    const account = await admin.mail.create(settings(dovecot.host, dovecot.port));
    expect(JSON.stringify(account)).not.toContain(PASSWORD);
    expect(await admin.mail.test({ id: account.id })).toMatchObject({ ok: true, folders: expect.arrayContaining(["INBOX"]) });
    await admin.mail.update({ ...settings(dovecot.host, dovecot.port), id: account.id, password: "wrong" });
    expect(await admin.mail.test({ id: account.id })).toMatchObject({ ok: false, error: expect.stringMatching(/refused the sign-in/) });
    expect(JSON.stringify(await admin.mail.list())).not.toContain("wrong");
  });
});
