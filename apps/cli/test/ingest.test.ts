// `pnpm docscan ingest` as a user runs it: a child process started from the repo root (as pnpm does) with
// INIT_CWD set to the folder the user was in, uploading to the real api (a child process, real Postgres,
// local-folder storage).
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { freePort, issueApiToken, REPO_ROOT, startChild, stopChild, waitForHealth, type Child } from "@docscan/testkit";

const ADMIN = { email: "ingest-admin@example.test", password: "ingest test password 0123" };
const MAX_UPLOAD_BYTES = 64 * 1024;

let database: TestDatabase;
let api: Child;
let baseUrl: string;
let token: string;
const tmp = mkdtempSync(join(tmpdir(), "docscan-ingest-test-"));

beforeAll(async () => {
  database = await createTestDatabase();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "S3_ENDPOINT", "NODE_OPTIONS", "WEB_DIST_DIR"]) delete env[k];
  Object.assign(env, {
    DATABASE_URL: database.url,
    DOCSCAN_DATA_DIR: join(tmp, "data"),
    DOCSCAN_SECRET: "ingest-test-secret-0123456789",
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
    DOCSCAN_ADMIN_EMAIL: ADMIN.email,
    DOCSCAN_ADMIN_PASSWORD: ADMIN.password,
  });
  api = startChild("api", "apps/api/src/main.ts", [], env);
  await waitForHealth(baseUrl, api);
  token = await issueApiToken(baseUrl, ADMIN, "ingest test");
});

afterAll(async () => {
  if (api) await stopChild(api);
  await database?.drop();
  rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `pnpm docscan ingest <args>` typed in `cwd`: pnpm runs the script from the repo root and sets INIT_CWD. */
function ingest(cwd: string, args: string[], opts: { token?: string; url?: string } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: cwd, DOCSCAN_URL: opts.url ?? baseUrl, DOCSCAN_TOKEN: opts.token ?? token };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "apps/cli/src/main.ts"), "ingest", ...args], { cwd: REPO_ROOT, env, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder with these files (text: accepted; Buffer: as given). */
function folder(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(tmp, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function countDocuments(): Promise<{ docs: number; contents: number }> {
  const [row] = await database.db.execute<{ docs: number; contents: number }>(sql`select count(*)::int as docs, count(distinct sha256)::int as contents from documents`);
  return row!;
}

/** Text unique to this test run, so that no earlier test stored it. */
const text = (label: string) => `${label}: ${Math.random().toString(36).slice(2)} quarterly invoice from Northwind\n`;

describe("ingest", () => {
  it("imports the folder the user named, relative to where they ran it, once per content even 4 at a time", async () => {
    const a = text("a");
    const b = text("b");
    const dir = folder("scans", { "a1.txt": a, "a2.txt": a, "a3.txt": a, "sub/a4.txt": a, "b1.txt": b, "sub/b2.txt": b, "c.txt": text("c"), ".hidden.txt": text("hidden") });
    const before = await countDocuments();

    const first = await ingest(dir, [".", "--concurrency", "4"]);
    expect(first.stderr).not.toMatch(/docscan:/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^imported: 3\nduplicates \(skipped\): 4\nskipped: 0\nfailed: 0\n$/);
    const after = await countDocuments();
    expect(after.docs - before.docs).toBe(3);
    expect(after.contents - before.contents).toBe(3);

    // Safe to re-run: everything is already there.
    const again = await ingest(dir, ["."]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^imported: 0\nduplicates \(skipped\): 7\n/);
    expect((await countDocuments()).docs).toBe(after.docs);
  });

  it("skips empty, unsupported and too large files without failing", async () => {
    const dir = folder("downloads", {
      "empty.pdf": "",
      "movie.mkv": Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0, 0, 0, 0, 0, 0, 0x1f, 0x42, 0x86, 0x81, 0x01]),
      "Thumbs.db": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]),
      "huge.txt": "x".repeat(MAX_UPLOAD_BYTES + 1),
      "note.txt": text("note"),
    });
    const r = await ingest(dir, ["."]);
    expect(r.stderr).not.toMatch(/docscan:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^imported: 1\nduplicates \(skipped\): 0\nskipped: 4\n/);
    expect(r.stdout).toContain(`${join(dir, "empty.pdf")}: empty file`);
    expect(r.stdout).toMatch(/movie\.mkv: unsupported type \(415: /);
    expect(r.stdout).toMatch(/Thumbs\.db: unsupported type \(415: /);
    expect(r.stdout).toMatch(/huge\.txt: too large \(413: .*larger than the upload limit/);
    expect(r.stdout).toMatch(/failed: 0\n$/);
  });

  it("does not follow links to folders, so a link to a parent neither loops nor stops the import", async () => {
    const outside = folder("outside", { "linked.txt": text("linked") });
    const dir = folder("loop", { "one.txt": text("one"), "sub/two.txt": text("two") });
    symlinkSync("..", join(dir, "sub", "up"));
    symlinkSync("../..", join(dir, "sub", "up-up"));
    symlinkSync(dir, join(dir, "self"));
    symlinkSync(join(tmp, "does-not-exist"), join(dir, "broken"));
    symlinkSync(join(outside, "linked.txt"), join(dir, "file-link.txt"));
    const r = await ingest(dir, ["."]);
    expect(r.stderr).not.toMatch(/docscan:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^imported: 3\nduplicates \(skipped\): 0\nskipped: 4\n/);
    expect(r.stdout).toContain(`${join(dir, "sub", "up")}: symbolic link to a folder (not followed)`);
    expect(r.stdout).toContain(`${join(dir, "broken")}: broken symbolic link (ENOENT)`);
    expect(r.stdout).toMatch(/failed: 0\n$/);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable folder and imports the rest", async () => {
    const dir = folder("locked", { "open.txt": text("open"), "closed/secret.txt": text("secret") });
    chmodSync(join(dir, "closed"), 0o000);
    try {
      const r = await ingest(dir, ["."]);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^imported: 1\n/);
      expect(r.stdout).toContain(`failed: 1\n  ${join(dir, "closed")}: cannot read the folder (EACCES)`);
    } finally {
      chmodSync(join(dir, "closed"), 0o755);
    }
  });

  it("says so when there is nothing to import", async () => {
    const dir = folder("nothing", { ".DS_Store": "x", ".git/config": "[core]\n" });
    const r = await ingest(dir, ["."]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`nothing to import: no files in ${dir} (hidden files and folders are left out)\n`);
  });

  it("stops with one line and exit code 1 when the token is refused or the server is unreachable", async () => {
    const dir = folder("refused", { "a.txt": text("a"), "b.txt": text("b"), "c.txt": text("c") });
    const before = await countDocuments();
    const wrong = await ingest(dir, ["."], { token: "dst_not-a-real-token" });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr.trim().split("\n")).toHaveLength(1);
    expect(wrong.stderr).toMatch(/^docscan: the server refused the token \(401: .*DOCSCAN_TOKEN/);

    const down = await ingest(dir, ["."], { url: `http://127.0.0.1:${await freePort()}` });
    expect(down.code).toBe(1);
    expect(down.stdout).toBe("");
    expect(down.stderr.trim().split("\n")).toHaveLength(1);
    expect(down.stderr).toMatch(/^docscan: cannot reach the docscan server at http:\/\/127\.0\.0\.1:\d+ \(.*ECONNREFUSED/);
    expect(await countDocuments()).toEqual(before);
  });

  it("stops at a full quota, saying how many were imported before", async () => {
    const member = { email: "ingest-member@example.test", password: "member test password 0123" };
    const created = await fetch(`${baseUrl}/api/users`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(member) });
    expect(created.status).toBe(201);
    await database.db.execute(sql`update users set quota_documents = 2 where email = ${member.email}`);
    const memberToken = await issueApiToken(baseUrl, member, "ingest test");
    const dir = folder("quota", { "1.txt": text("1"), "2.txt": text("2"), "3.txt": text("3"), "4.txt": text("4"), "5.txt": text("5") });
    const r = await ingest(dir, [".", "--concurrency", "1"], { token: memberToken });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^imported: 2\n.*failed: 0\n$/s);
    expect(r.stderr).toMatch(/^docscan: stopped: the quota is full \(413: .*quota.*\); 2 files were imported before\n$/);
  });

  describe("through a proxy in front of the api", () => {
    let proxy: Server;
    let proxyUrl: string;
    /** An answer to send instead of the api's (which the request got all the same), or null to pass the api's on. */
    let meddle: (method: string, url: string) => { status: number; body: string; headers?: Record<string, string> } | null = () => null;
    const seen: string[] = [];
    beforeAll(async () => {
      proxy = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          void (async () => {
            const url = req.url ?? "";
            seen.push(`${req.method} ${url.includes("sha256") ? "lookup" : url}`);
            const headers = { authorization: req.headers.authorization ?? "", "content-type": req.headers["content-type"] ?? "" };
            const upstream = await fetch(`${baseUrl}${url}`, { method: req.method, headers, body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
            const body = Buffer.from(await upstream.arrayBuffer());
            const instead = meddle(req.method ?? "", url);
            if (instead) res.writeHead(instead.status, { "content-type": "application/json", ...instead.headers }).end(instead.body);
            else res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(body);
          })();
        });
      });
      await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
      const address = proxy.address();
      proxyUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    });
    afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

    it("retries, and looks the file up again before re-posting it, so no second copy is stored", async () => {
      // The first upload is stored but its answer lost (503); the first lookup after it is refused (429).
      let posts = 0;
      let lookupsAfterPost = 0;
      meddle = (method, url) => {
        if (method === "POST" && posts++ === 0) return { status: 503, body: '{"error":"upstream hiccup"}' };
        if (url.includes("sha256") && posts > 0 && lookupsAfterPost++ === 0) return { status: 429, body: '{"error":"slow down"}', headers: { "retry-after": "1" } };
        return null;
      };
      seen.length = 0;
      const dir = folder("flaky", { "only.txt": text("flaky") });
      const before = await countDocuments();
      const r = await ingest(dir, ["."], { url: proxyUrl });
      expect(r.stderr).not.toMatch(/docscan:/);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^imported: 1\nduplicates \(skipped\): 0\n/);
      expect((await countDocuments()).docs).toBe(before.docs + 1);
      // check, lookup, POST (503), lookup (429), lookup (finds the stored copy): never a second POST.
      expect(seen).toEqual(["GET /api/documents?perPage=1", "GET lookup", "POST /api/documents", "GET lookup", "GET lookup"]);
    });

    it("counts an upload the api answers with duplicateOf as a duplicate", async () => {
      const dir = folder("raced", { "same.txt": text("raced") });
      expect((await ingest(dir, ["."])).stdout).toMatch(/^imported: 1\n/);
      // As if another client stored it between our lookup and our upload.
      meddle = (method, url) => (method === "GET" && url.includes("sha256") ? { status: 200, body: '{"items":[]}' } : null);
      const r = await ingest(dir, ["."], { url: proxyUrl });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^imported: 0\nduplicates \(skipped\): 1\n/);
    });
  });
});
