// `pnpm docscan reset-password` as a user runs it: a child process, the password on standard input.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSession, findUserByToken, findUserForLogin, insertApiToken, insertSession, insertUser } from "@docscan/db";
import { hashPassword, verifyPassword } from "@docscan/db/passwords";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

function run(args: string[], stdin: string, databaseUrl = database.url): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("reset-password", () => {
  it("sets the new password and ends the user's sessions and API tokens", async () => {
    const user = await insertUser(database.db, { email: "only-admin@example.test", passwordHash: await hashPassword("forgotten password"), role: "admin" });
    await insertSession(database.db, { tokenHash: "session-1", userId: user.id, csrfToken: "x", expiresAt: new Date(Date.now() + 60_000) });
    await insertApiToken(database.db, { userId: user.id, name: "backup", tokenHash: "token-1", prefix: "dst_abcdef" });
    expect(await findUserByToken(database.db, "token-1")).not.toBeNull();

    const r = await run(["reset-password", "Only-Admin@example.test"], "a brand new passphrase\n");
    expect(r.stderr).not.toMatch(/docscan:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/password changed for only-admin@example.test \(admin\); their sessions and API tokens have ended/);
    const row = await findUserForLogin(database.db, "only-admin@example.test");
    expect(await verifyPassword(row!.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await verifyPassword(row!.passwordHash, "forgotten password")).toBe(false);
    expect(await findSession(database.db, "session-1")).toBeNull();
    expect(await findUserByToken(database.db, "token-1")).toBeNull();
  });

  it("refuses a short password and an unknown email, changing nothing", async () => {
    const short = await run(["reset-password", "only-admin@example.test"], "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 10 characters/);
    const unknown = await run(["reset-password", "nobody@example.test"], "a long enough passphrase\n");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no user with the email nobody@example.test/);
    const row = await findUserForLogin(database.db, "only-admin@example.test");
    expect(await verifyPassword(row!.passwordHash, "a brand new passphrase")).toBe(true);
  });

  it("takes a piped password without a final newline, and says so when none comes", async () => {
    expect((await run(["reset-password", "only-admin@example.test"], "printf without newline")).code).toBe(0);
    const row = await findUserForLogin(database.db, "only-admin@example.test");
    expect(await verifyPassword(row!.passwordHash, "printf without newline")).toBe(true);
    const none = await run(["reset-password", "only-admin@example.test"], "");
    expect([none.code, none.stderr.trim()]).toEqual([1, "docscan: no password on standard input"]);
  });

  it("says the database cannot be reached, before asking for a password", async () => {
    const closed = new URL(database.url);
    closed.port = "1";
    const r = await run(["reset-password", "only-admin@example.test"], "", closed.toString());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^docscan: cannot reach the database at postgres:\/\/.*:1\/.* \(.*ECONNREFUSED.*\): is `pnpm start` running, or DATABASE_URL right\?$/m);
  });
});
