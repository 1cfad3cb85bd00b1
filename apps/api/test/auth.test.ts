// Sign-in, sessions, CSRF, tokens and first start, through real HTTP requests (cookies and headers as a browser sends them).
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { countUsers, findUserForLogin, updateUser } from "@docscan/db";
import { hashPassword } from "@docscan/db/passwords";
import { LIMITS } from "@docscan/shared";
import { clientIp } from "../src/auth/middleware.ts";
import { createLoginLimiters } from "../src/auth/rate-limit.ts";
import { ensureAdminFromEnv } from "../src/auth/service.ts";
import { createApp } from "../src/app.ts";
import { createHarness, inMemory, TEST_PASSWORD, type Harness, type InMemoryApp, type TestUser } from "./helpers.ts";

let h: Harness;
let member: TestUser;
beforeAll(async () => {
  h = await createHarness();
  member = await h.addUser("member@example.test");
});
afterAll(async () => {
  await h?.close();
});
// Every request of the harness comes from the same address (127.0.0.1): give each test fresh limits.
beforeEach(() => {
  h.deps.loginLimiters = createLoginLimiters();
});

const ORIGIN = "http://localhost";

interface Session {
  cookie: string;
  csrf: string;
}

/** A tRPC call over HTTP, as the console makes it (superjson envelope). */
function trpc(h: Harness, path: string, opts: { input?: unknown; query?: boolean; headers?: Record<string, string>; base?: string } = {}): Promise<Response> {
  const base = opts.base ?? ORIGIN;
  if (opts.query) {
    const qs = opts.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: opts.input }))}`;
    return Promise.resolve(h.app.request(`${base}/trpc/${path}${qs}`, { headers: opts.headers }));
  }
  return Promise.resolve(
    h.app.request(`${base}/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...opts.headers },
      body: JSON.stringify({ json: opts.input ?? null }),
    }),
  );
}

/** As a browser on the console's own page: a session cookie, the CSRF token and a same-origin Origin. */
function asBrowser(s: Session, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: s.cookie, "x-csrf-token": s.csrf, origin: ORIGIN, host: "localhost", ...extra };
}

async function data<T = Record<string, unknown>>(res: Response): Promise<T> {
  const body = (await res.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

async function errorOf(res: Response): Promise<{ message: string; code: string }> {
  const body = (await res.json()) as { error: { json: { message: string; data: { code: string } } } };
  return { message: body.error.json.message, code: body.error.json.data.code };
}

function sessionCookieOf(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith("docscan_session="));
  if (!set) throw new Error(`no session cookie in ${res.status} response`);
  return set.split(";")[0]!;
}

async function login(email: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await trpc(h, "auth.login", { input: { email, password } });
  expect(res.status).toBe(200);
  const cookie = sessionCookieOf(res);
  const { csrfToken } = await data<{ csrfToken: string }>(res);
  return { cookie, csrf: csrfToken };
}

describe("sign-in", () => {
  it("sets an HttpOnly SameSite=Lax session cookie, Secure only over https, and status shows the account", async () => {
    const res = await trpc(h, "auth.login", { input: { email: "MEMBER@example.test", password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    const [setCookie] = res.headers.getSetCookie();
    expect(setCookie).toMatch(/^docscan_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const body = await data<{ user: { email: string; role: string }; csrfToken: string; needsSetup: boolean }>(res);
    expect(body).toMatchObject({ needsSetup: false, user: { id: member.user.id, email: "member@example.test", role: "member", usedDocuments: 0 } });
    expect(body.user).not.toHaveProperty("passwordHash");

    const status = await data(await trpc(h, "auth.status", { query: true, headers: { cookie: sessionCookieOf(res) } }));
    expect(status).toEqual({ needsSetup: false, user: body.user, csrfToken: body.csrfToken });

    const overTls = await trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD }, base: "https://localhost" });
    expect(overTls.status).toBe(200);
    expect(overTls.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  it("answers an unknown email, a wrong password and a disabled account identically", async () => {
    const disabled = await h.addUser("disabled-signin@example.test");
    await h.caller.users.update({ id: disabled.user.id, disabled: true });
    const attempts = [
      { email: "nobody@example.test", password: TEST_PASSWORD },
      { email: member.user.email, password: "wrong password!" },
      { email: disabled.user.email, password: TEST_PASSWORD },
    ];
    const answers = [];
    for (const input of attempts) {
      const res = await trpc(h, "auth.login", { input });
      expect(res.headers.getSetCookie()).toEqual([]);
      answers.push({ status: res.status, error: await errorOf(res) });
    }
    expect(answers[0]).toEqual({ status: 401, error: { message: "invalid email or password", code: "UNAUTHORIZED" } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);

    const rest = [];
    for (const input of attempts) {
      const res = await h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify(input) });
      rest.push({ status: res.status, body: await res.json() });
    }
    expect(rest[0]).toEqual({ status: 401, body: { error: "invalid email or password" } });
    expect(rest[1]).toEqual(rest[0]);
    expect(rest[2]).toEqual(rest[0]);
  });

  it("refuses the 11th failed sign-in for one account from one address with 429 and Retry-After, even with the right password", async () => {
    for (let i = 0; i < 10; i++) {
      expect((await trpc(h, "auth.login", { input: { email: member.user.email, password: `guess number ${i}` } })).status).toBe(401);
    }
    const limited = await trpc(h, "auth.login", { input: { email: member.user.email, password: "guess number 10" } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await errorOf(limited)).code).toBe("TOO_MANY_REQUESTS");
    expect((await trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD } })).status).toBe(429);
    const rest = await h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify({ email: member.user.email, password: TEST_PASSWORD }) });
    expect(rest.status).toBe(429);
    expect(rest.headers.get("retry-after")).toMatch(/^\d+$/);
    // Other accounts are not locked out by it.
    expect((await trpc(h, "auth.login", { input: { email: h.admin.user.email, password: TEST_PASSWORD } })).status).toBe(200);
  });

  it("counts attempts sent at once: of 60 wrong passwords in parallel, only 10 are checked", async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => trpc(h, "auth.login", { input: { email: member.user.email, password: `parallel guess ${i}` } })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
    expect((await trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD } })).status).toBe(429);
  });

  it("a right password gives its try back: sign-ins that succeed never add up to a limit", async () => {
    const all = await Promise.all(Array.from({ length: 15 }, () => trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD } })));
    // At most 10 at once for the pair; those that wait their turn are refused only while 10 are in flight.
    expect(all.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(10);
    expect((await trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD } })).status).toBe(200);
  });

  it("failures from one address never refuse the right password from another (no lockout of the admin by strangers)", async () => {
    const attacker = inMemory(createApp(h.deps), "203.0.113.66");
    const owner = inMemory(createApp(h.deps), "198.51.100.7");
    const login = (app: InMemoryApp, password: string) =>
      app.request(`${ORIGIN}/trpc/auth.login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { email: h.admin.user.email, password } }) });
    for (let i = 0; i < 10; i++) expect((await login(attacker, `wrong ${i}`)).status).toBe(401);
    expect((await login(attacker, TEST_PASSWORD)).status).toBe(429);
    expect((await login(owner, TEST_PASSWORD)).status).toBe(200);
    // The owner's success does not lift the attacker's limit.
    expect((await login(attacker, TEST_PASSWORD)).status).toBe(429);
    // Nor does spreading the guesses over one IPv6 /64.
    for (let i = 0; i < 10; i++) expect((await login(inMemory(createApp(h.deps), `2001:db8:7:7::${i + 1}`), `wrong ${i}`)).status).toBe(401);
    expect((await login(inMemory(createApp(h.deps), "2001:db8:7:7:ffff::99"), TEST_PASSWORD)).status).toBe(429);
    expect((await login(inMemory(createApp(h.deps), "2001:db8:7:8::1"), TEST_PASSWORD)).status).toBe(200);
  });

  it("refuses the 31st failure from one address across accounts", async () => {
    for (let i = 0; i < 30; i++) {
      expect((await trpc(h, "auth.login", { input: { email: `spray${i}@example.test`, password: "not the password" } })).status).toBe(401);
    }
    expect((await trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD } })).status).toBe(429);
  });

  it("answers bad input with 400, never 500", async () => {
    expect((await trpc(h, "auth.login", { input: { email: "not an email", password: "x" } })).status).toBe(400);
    expect((await trpc(h, "auth.login", { input: null })).status).toBe(400);
    const badJson = await h.anonymous.request("/api/auth/tokens", { method: "POST", body: "{not json" });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toEqual({ error: "the request body must be JSON" });
    const missing = await h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify({ email: member.user.email }) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toMatch(/password/);
    const huge = await h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify({ email: member.user.email, password: "x".repeat(20_000) }) });
    expect(huge.status).toBe(413);
  });
});

describe("CSRF and origin checks", () => {
  it("refuses a cookie-authenticated write without the CSRF token, and accepts it with the token", async () => {
    const s = await login(member.user.email);
    const without = await trpc(h, "folders.create", { input: { name: "No token" }, headers: { cookie: s.cookie } });
    expect(without.status).toBe(403);
    // In tRPC's error format, which the console's client reads (code and message).
    expect(await errorOf(without)).toEqual({ code: "FORBIDDEN", message: "missing or invalid CSRF token: reload the console" });
    expect(await h.database.db.execute(sql`select id from folders where name = 'No token'`)).toHaveLength(0);
    const wrong = await trpc(h, "folders.create", { input: { name: "No token" }, headers: { cookie: s.cookie, "x-csrf-token": "x".repeat(s.csrf.length) } });
    expect(wrong.status).toBe(403);
    const withToken = await trpc(h, "folders.create", { input: { name: "With token" }, headers: asBrowser(s) });
    expect(withToken.status).toBe(200);
    expect(await data(withToken)).toMatchObject({ name: "With token", ownerId: member.user.id });
    // Reads need no token.
    expect((await trpc(h, "folders.list", { query: true, headers: { cookie: s.cookie } })).status).toBe(200);
  });

  it("refuses any write from another origin, signed in or not", async () => {
    const s = await login(member.user.email);
    const foreign = await trpc(h, "folders.create", { input: { name: "Evil" }, headers: asBrowser(s, { origin: "https://evil.example" }) });
    expect(foreign.status).toBe(403);
    expect(await errorOf(foreign)).toEqual({ code: "FORBIDDEN", message: "cross-origin request refused" });
    // Login CSRF: a foreign page cannot sign the browser in to an attacker's account.
    const loginCsrf = await trpc(h, "auth.login", { input: { email: member.user.email, password: TEST_PASSWORD }, headers: { origin: "https://evil.example", host: "localhost" } });
    expect(loginCsrf.status).toBe(403);
    expect(loginCsrf.headers.getSetCookie()).toEqual([]);
    const rest = await member.request("/api/auth/tokens", { method: "POST", headers: { origin: "http://localhost.evil.example", host: "localhost" }, body: "{}" });
    expect(rest.status).toBe(403);
  });

  it("lets Bearer writes through without a CSRF token", async () => {
    const res = await trpc(h, "folders.create", { input: { name: "Script folder" }, headers: { authorization: `Bearer ${member.token}` } });
    expect(res.status).toBe(200);
  });
});

describe("sessions", () => {
  it("logout ends the session and clears the cookie", async () => {
    const s = await login(member.user.email);
    const res = await trpc(h, "auth.logout", { headers: asBrowser(s) });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()[0]).toMatch(/^docscan_session=; Max-Age=0/);
    // The old cookie is worth nothing now, even if a copy was kept.
    const status = await data(await trpc(h, "auth.status", { query: true, headers: { cookie: s.cookie } }));
    expect(status).toEqual({ needsSetup: false, user: null, csrfToken: null });
    expect((await trpc(h, "folders.list", { query: true, headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it("changePassword checks the current password, ends the other sessions and the API tokens, and keeps the caller signed in", async () => {
    const user = await h.addUser("changer@example.test");
    const here = await login(user.user.email);
    const elsewhere = await login(user.user.email);

    const wrong = await trpc(h, "auth.changePassword", { input: { currentPassword: "not my password", newPassword: "a brand new password" }, headers: asBrowser(here) });
    expect(wrong.status).toBe(400);
    expect(await errorOf(wrong)).toEqual({ code: "BAD_REQUEST", message: "the current password is not correct" });
    const weak = await trpc(h, "auth.changePassword", { input: { currentPassword: TEST_PASSWORD, newPassword: "short" }, headers: asBrowser(here) });
    expect(weak.status).toBe(400);

    const ok = await trpc(h, "auth.changePassword", { input: { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" }, headers: asBrowser(here) });
    expect(ok.status).toBe(200);
    const fresh: Session = { cookie: sessionCookieOf(ok), csrf: (await data<{ csrfToken: string }>(ok)).csrfToken };
    expect(fresh.cookie).not.toBe(here.cookie);

    for (const old of [here, elsewhere]) {
      expect((await data(await trpc(h, "auth.status", { query: true, headers: { cookie: old.cookie } }))).user).toBeNull();
    }
    expect((await trpc(h, "folders.create", { input: { name: "After change" }, headers: asBrowser(fresh) })).status).toBe(200);
    expect((await trpc(h, "auth.login", { input: { email: user.user.email, password: TEST_PASSWORD } })).status).toBe(401);
    await login(user.user.email, "a brand new password");
    // A token made under the old password does not outlive it.
    expect((await user.request("/trpc/folders.list")).status).toBe(401);
    expect(await user.caller.auth.tokens.list()).toEqual([]);
  });

  it("changePassword counts wrong current passwords against the account's sign-in limit", async () => {
    const user = await h.addUser("guessed@example.test");
    const s = await login(user.user.email);
    const attempt = (currentPassword: string) =>
      trpc(h, "auth.changePassword", { input: { currentPassword, newPassword: "taken over 12345" }, headers: asBrowser(s) });
    for (let i = 0; i < 10; i++) expect((await attempt(`guess ${i}`)).status).toBe(400);
    const limited = await attempt(TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await trpc(h, "auth.login", { input: { email: user.user.email, password: TEST_PASSWORD } })).status).toBe(429);
    // From another address the owner still gets in.
    const elsewhere = await inMemory(createApp(h.deps), "198.51.100.8").request(`${ORIGIN}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: user.user.email, password: TEST_PASSWORD } }),
    });
    expect(elsewhere.status).toBe(200);
  });

  it("a disabled user's sessions and tokens stop working at once", async () => {
    const user = await h.addUser("to-disable@example.test");
    const s = await login(user.user.email);
    expect((await user.request("/trpc/folders.list")).status).toBe(200);

    await h.caller.users.update({ id: user.user.id, disabled: true });
    expect((await trpc(h, "folders.list", { query: true, headers: { cookie: s.cookie } })).status).toBe(401);
    const tokenRes = await user.request("/trpc/folders.list");
    expect(tokenRes.status).toBe(401);
    expect(await errorOf(tokenRes)).toEqual({ code: "UNAUTHORIZED", message: "invalid or revoked API token" });
    expect((await user.request("/api/documents")).status).toBe(401);

    // Enabled again: neither the token nor the ended session comes back.
    await h.caller.users.update({ id: user.user.id, disabled: false });
    expect((await user.request("/trpc/folders.list")).status).toBe(401);
    expect((await data(await trpc(h, "auth.status", { query: true, headers: { cookie: s.cookie } }))).user).toBeNull();
    expect(await user.caller.auth.tokens.list()).toEqual([]);
    await login(user.user.email);
  });

  it("an admin's password reset ends the user's sessions and API tokens", async () => {
    const user = await h.addUser("reset-by-admin@example.test");
    const s = await login(user.user.email);
    expect((await user.request("/api/documents")).status).toBe(200);

    await h.caller.users.resetPassword({ id: user.user.id, password: "set by the admin 123" });
    expect((await user.request("/api/documents")).status).toBe(401);
    expect((await data(await trpc(h, "auth.status", { query: true, headers: { cookie: s.cookie } }))).user).toBeNull();
    await login(user.user.email, "set by the admin 123");
  });

  it("a role change ends the user's sessions and API tokens; other updates (quotas, the same role) do not", async () => {
    const user = await h.addUser("promoted@example.test");
    const s = await login(user.user.email);
    await h.caller.users.update({ id: user.user.id, quotaDocuments: 100 });
    await h.caller.users.update({ id: user.user.id, role: "member" });
    expect((await user.request("/api/documents")).status).toBe(200);
    expect((await data(await trpc(h, "auth.status", { query: true, headers: { cookie: s.cookie } }))).user).not.toBeNull();

    // A member's token must not turn into an admin's.
    await h.caller.users.update({ id: user.user.id, role: "admin" });
    expect((await user.request("/api/users", { method: "POST", body: "{}" })).status).toBe(401);
    expect((await data(await trpc(h, "auth.status", { query: true, headers: { cookie: s.cookie } }))).user).toBeNull();
    const again = await login(user.user.email);
    expect((await trpc(h, "users.list", { query: true, headers: { cookie: again.cookie } })).status).toBe(200);
  });
});

describe("API tokens", () => {
  it("POST /api/auth/tokens signs in and returns a token once; revoking it makes the next request 401", async () => {
    const res = await h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify({ email: member.user.email, password: TEST_PASSWORD, name: "backup script" }) });
    expect(res.status).toBe(201);
    const { token } = (await res.json()) as { token: string };
    expect(token).toMatch(/^dst_[\w-]{43}$/);
    const asScript = (path: string) => h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
    expect((await asScript("/api/documents")).status).toBe(200);

    const listed = await member.caller.auth.tokens.list();
    const info = listed.find((t) => t.name === "backup script");
    expect(info).toMatchObject({ prefix: token.slice(0, 10) });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(info!.lastUsedAt).toBeInstanceOf(Date);

    await member.caller.auth.tokens.revoke({ id: info!.id });
    const after = await asScript("/api/documents");
    expect(after.status).toBe(401);
    expect(await after.json()).toEqual({ error: "invalid or revoked API token" });
  });

  it("tokens.* work on the caller's own tokens only", async () => {
    const created = await member.caller.auth.tokens.create({ name: "  laptop  " });
    expect(created.info).toMatchObject({ name: "laptop" });
    expect(created.token.startsWith(created.info.prefix)).toBe(true);
    expect((await h.admin.caller.auth.tokens.list()).map((t) => t.id)).not.toContain(created.info.id);
    await expect(h.admin.caller.auth.tokens.revoke({ id: created.info.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "token not found" });
    const res = await h.app.request("/trpc/folders.list", { headers: { authorization: `Bearer ${created.token}` } });
    expect(res.status).toBe(200);
    await expect(member.caller.auth.tokens.create({ name: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(h.anonymous.caller.auth.tokens.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("a malformed Authorization header is a 401, never an anonymous request", async () => {
    const res = await h.app.request("/trpc/auth.status", { headers: { authorization: "Basic abc" } });
    expect(res.status).toBe(401);
  });
});

describe("tRPC batches", () => {
  const batch = (n: number) => h.request(`/trpc/${Array.from({ length: n }, () => "health").join(",")}?batch=1&input={}`);

  it(`accepts ${LIMITS.trpcBatchMax} calls and refuses more with 400`, async () => {
    const ok = await batch(LIMITS.trpcBatchMax);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(LIMITS.trpcBatchMax);
    const tooMany = await batch(LIMITS.trpcBatchMax + 1);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain("Batch call exceeds maximum size");
  });
});

describe("first start", () => {
  let fresh: Harness;
  beforeAll(async () => {
    fresh = await createHarness();
    // An instance nobody has signed up to yet.
    await fresh.deps.db.execute(sql`delete from users`);
  });
  afterAll(async () => {
    await fresh?.close();
  });

  it("setup creates the first admin once, signs them in, and then answers 409", async () => {
    expect(await data(await trpc(fresh, "auth.status", { query: true }))).toEqual({ needsSetup: true, user: null, csrfToken: null });
    const weak = await trpc(fresh, "auth.setup", { input: { email: "first@example.test", password: "short" } });
    expect(weak.status).toBe(400);

    const res = await trpc(fresh, "auth.setup", { input: { email: "First@Example.test", password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    const body = await data<{ user: { email: string; role: string }; csrfToken: string }>(res);
    expect(body).toMatchObject({ needsSetup: false, user: { email: "first@example.test", role: "admin" } });
    const cookie = sessionCookieOf(res);
    const status = await data(await fresh.app.request("/trpc/auth.status", { headers: { cookie } }));
    expect(status).toMatchObject({ needsSetup: false, user: { email: "first@example.test" }, csrfToken: body.csrfToken });

    const again = await trpc(fresh, "auth.setup", { input: { email: "second@example.test", password: TEST_PASSWORD } });
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toEqual({ code: "CONFLICT", message: "docscan is already set up: sign in instead" });
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(await countUsers(fresh.deps.db)).toBe(1);
  });
});

describe("ensureAdminFromEnv", () => {
  const log = pino({ level: "silent" });

  it("creates the admin only when there are no users, and never resets a password", async () => {
    const empty = await createHarness();
    try {
      await empty.deps.db.execute(sql`delete from users`);
      await ensureAdminFromEnv({ db: empty.deps.db, log }, "Boss@Example.test", TEST_PASSWORD);
      const boss = await findUserForLogin(empty.deps.db, "boss@example.test");
      expect(boss).toMatchObject({ email: "boss@example.test", role: "admin", disabled: false });

      await ensureAdminFromEnv({ db: empty.deps.db, log }, "boss@example.test", "a different password");
      await ensureAdminFromEnv({ db: empty.deps.db, log }, "other@example.test", TEST_PASSWORD);
      expect(await countUsers(empty.deps.db)).toBe(1);
      expect((await findUserForLogin(empty.deps.db, "boss@example.test"))?.passwordHash).toBe(boss!.passwordHash);
      expect((await trpc(empty, "auth.login", { input: { email: "boss@example.test", password: TEST_PASSWORD } })).status).toBe(200);
    } finally {
      await empty.close();
    }
  });

  it("does nothing without the variables and refuses invalid ones", async () => {
    const before = await countUsers(h.deps.db);
    await ensureAdminFromEnv({ db: h.deps.db, log }, undefined, undefined);
    await ensureAdminFromEnv({ db: h.deps.db, log }, "new-admin@example.test", TEST_PASSWORD);
    expect(await countUsers(h.deps.db)).toBe(before);
    await expect(ensureAdminFromEnv({ db: h.deps.db, log }, "not-an-email", TEST_PASSWORD)).rejects.toThrow(/DOCSCAN_ADMIN_EMAIL/);
    await expect(ensureAdminFromEnv({ db: h.deps.db, log }, "a@example.test", undefined)).rejects.toThrow(/DOCSCAN_ADMIN_PASSWORD/);
  });
});

describe("POST /api/users", () => {
  const body = (email: string, role = "member") => JSON.stringify({ email, password: TEST_PASSWORD, role });

  it("creates a user for an admin (Bearer or session), 409 for a taken email", async () => {
    const res = await h.request("/api/users", { method: "POST", body: body("Script-Made@example.test") });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };
    expect(created).toEqual({ id: expect.any(String) as string, email: "script-made@example.test", role: "member" });
    expect((await trpc(h, "auth.login", { input: { email: "script-made@example.test", password: TEST_PASSWORD } })).status).toBe(200);

    const dup = await h.request("/api/users", { method: "POST", body: body("script-made@EXAMPLE.test", "admin") });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toEqual({ error: "a user with this email already exists" });

    const s = await login(h.admin.user.email);
    const viaSession = await h.app.request("/api/users", { method: "POST", headers: asBrowser(s), body: body("session-made@example.test", "admin") });
    expect(viaSession.status).toBe(201);
    expect(await viaSession.json()).toMatchObject({ role: "admin" });
    const noCsrf = await h.app.request("/api/users", { method: "POST", headers: { cookie: s.cookie }, body: body("nocsrf@example.test") });
    expect(noCsrf.status).toBe(403);
  });

  it("is 401 anonymous, 403 for members, 400 for bad input", async () => {
    expect((await h.anonymous.request("/api/users", { method: "POST", body: body("anon@example.test") })).status).toBe(401);
    const asMember = await member.request("/api/users", { method: "POST", body: body("by-member@example.test") });
    expect(asMember.status).toBe(403);
    expect(await asMember.json()).toEqual({ error: "only admins can do this" });
    for (const bad of ["{oops", "[]", JSON.stringify({ email: "x@example.test", password: "short" }), body("x@example.test", "owner")]) {
      const res = await h.request("/api/users", { method: "POST", body: bad });
      expect(res.status).toBe(400);
      expect(await res.json()).toHaveProperty("error");
    }
    expect(await findUserForLogin(h.deps.db, "x@example.test")).toBeNull();
  });
});

describe("behind a trusted proxy", () => {
  it("rate-limits by the address the proxy appended, not by hops the client wrote itself", async () => {
    const app = new Hono().get("/ip", (c) => c.text(clientIp(c, true)));
    const ip = async (forwardedFor: string) => (await app.request("/ip", { headers: { "x-forwarded-for": forwardedFor } })).text();
    expect(await ip("203.0.113.9")).toBe("203.0.113.9");
    expect(await ip("1.2.3.4, 203.0.113.9")).toBe("203.0.113.9");
    expect(await ip("random-0, random-1,203.0.113.9 ")).toBe("203.0.113.9");
  });
});

describe("a credential made while the password is being reset", () => {
  /**
   * Runs `during` while another transaction has reset the user's password (ending their sessions and tokens)
   * and not yet committed: the request reads the old state, and its insert comes after the reset's deletes.
   */
  async function duringReset(userId: string, during: () => Promise<Response>): Promise<Response> {
    let answer!: Promise<Response>;
    await h.database.db.transaction(async (tx) => {
      await updateUser(tx, userId, { passwordHash: await hashPassword("a brand new password") });
      answer = during();
      await new Promise((r) => setTimeout(r, 500));
    });
    return answer;
  }
  async function credentialsOf(userId: string) {
    const [row] = (await h.database.db.execute(sql`select (select count(*) from api_tokens where user_id = ${userId})::int as tokens,
      (select count(*) from sessions where user_id = ${userId})::int as sessions`)) as unknown as { tokens: number; sessions: number }[];
    return row;
  }

  it("a token asked for with the old password does not outlive the reset", async () => {
    const user = await h.addUser("reset-rest@example.test");
    const res = await duringReset(user.user.id, () =>
      h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify({ email: user.user.email, password: TEST_PASSWORD }) }),
    );
    expect(res.status).toBe(401);
    expect(await credentialsOf(user.user.id)).toEqual({ tokens: 0, sessions: 0 });
  });

  it("a console sign-in with the old password does not outlive the reset", async () => {
    const user = await h.addUser("reset-login@example.test");
    const res = await duringReset(user.user.id, () => trpc(h, "auth.login", { input: { email: user.user.email, password: TEST_PASSWORD } }));
    expect(res.status).toBe(401);
    expect(await credentialsOf(user.user.id)).toEqual({ tokens: 0, sessions: 0 });
  });

  it("a token created from a session, or from a token, that the reset ends does not outlive it", async () => {
    const user = await h.addUser("reset-session@example.test");
    const session = await login(user.user.email);
    const fromSession = await duringReset(user.user.id, () => trpc(h, "auth.tokens.create", { input: { name: "made mid-reset" }, headers: asBrowser(session) }));
    expect(fromSession.status).toBe(401);
    expect(await credentialsOf(user.user.id)).toEqual({ tokens: 0, sessions: 0 });

    const other = await h.addUser("reset-token@example.test");
    const fromToken = await duringReset(other.user.id, () =>
      trpc(h, "auth.tokens.create", { input: { name: "made mid-reset" }, headers: { authorization: `Bearer ${other.token}` } }),
    );
    expect(fromToken.status).toBe(401);
    expect(await credentialsOf(other.user.id)).toEqual({ tokens: 0, sessions: 0 });
  });

  it("without a reset, all three still work", async () => {
    const user = await h.addUser("no-reset@example.test");
    expect((await h.anonymous.request("/api/auth/tokens", { method: "POST", body: JSON.stringify({ email: user.user.email, password: TEST_PASSWORD }) })).status).toBe(201);
    const session = await login(user.user.email);
    expect((await trpc(h, "auth.tokens.create", { input: { name: "fine" }, headers: asBrowser(session) })).status).toBe(200);
    expect((await trpc(h, "auth.tokens.create", { input: { name: "fine too" }, headers: { authorization: `Bearer ${user.token}` } })).status).toBe(200);
  });
});
