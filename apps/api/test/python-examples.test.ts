// docs/api.md's Python examples, run as written (only the address and credentials filled in) with Debian's
// python3-requests against a started instance: the api and the worker as child processes (as `pnpm start`
// runs them), a real Postgres, and a webhook receiver on 127.0.0.1 (WEBHOOK_ALLOW_PRIVATE on). The issue's
// "done when": a script uploads a file, waits for it, reads its topics and changes one; the receiver gets a
// signed document.done for it, which the documented verify() accepts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { makePdf } from "@docscan/extract/testing";
import { freePort, issueApiToken, REPO_ROOT, startChild, stopChild, waitForHealth, type Child } from "@docscan/testkit";

const PYTHON = "/usr/bin/python3";
const ADMIN = { email: "admin@python.test", password: "python-example-password-1" };

let database: TestDatabase;
let dir: string;
let baseUrl: string;
let receiver: Server;
let hookUrl: string;
const children: Child[] = [];
const received: { headers: IncomingHttpHeaders; body: Buffer }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), "docscan-python-"));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "DOCSCAN_SECRET", "PUBLIC_URL", "NODE_OPTIONS", "TRUST_PROXY"]) delete env[key];
  Object.assign(env, {
    DATABASE_URL: database.url,
    DOCSCAN_DATA_DIR: join(dir, "data"),
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DOCSCAN_ADMIN_EMAIL: ADMIN.email,
    DOCSCAN_ADMIN_PASSWORD: ADMIN.password,
    WEBHOOK_ALLOW_PRIVATE: "true",
  });
  const api = startChild("api", "apps/api/src/main.ts", [], env);
  children.push(api);
  await waitForHealth(baseUrl, api);
  children.push(startChild("worker", "apps/worker/src/main.ts", [], env));

  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/docscan`;
}, 300_000);

afterAll(async () => {
  await Promise.all(children.map((c) => stopChild(c)));
  await new Promise<void>((done) => (receiver ? receiver.close(() => done()) : done()));
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The ```python blocks of docs/api.md, in order. */
function pythonBlocks(): string[] {
  const doc = readFileSync(join(REPO_ROOT, "docs/api.md"), "utf8");
  return [...doc.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function python(code: string): string {
  const file = join(dir, `example-${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, code);
  return execFileSync(PYTHON, [file], { cwd: dir, encoding: "utf8", timeout: 180_000 });
}

it("the upload, wait, topics and change example works as written, and a signed document.done reaches the receiver", async () => {
  const [script, verifier] = pythonBlocks();
  expect(script).toContain("requests");
  expect(verifier).toContain("def verify(");

  const token = await issueApiToken(baseUrl, ADMIN, "webhook setup");
  const hook = await fetch(`${baseUrl}/api/webhooks`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ url: hookUrl, events: ["document.done"] }),
  });
  expect(hook.status).toBe(201);
  const { secret } = (await hook.json()) as { secret: string };

  writeFileSync(join(dir, "invoice.pdf"), makePdf(["Invoice 2026-7 from Northwind Traders.", "Amount due: 420 EUR, payment within 30 days."]));
  const filled = script!
    .replace('BASE = "http://localhost:3000"', `BASE = ${JSON.stringify(baseUrl)}`)
    .replace('"email": "me@example.com", "password": "…"', `"email": ${JSON.stringify(ADMIN.email)}, "password": ${JSON.stringify(ADMIN.password)}`);
  expect(filled).not.toBe(script);
  const out = python(`${filled}\nimport json\nprint(json.dumps({"id": doc_id, "status": doc["status"], "topics": [t["name"] for t in doc["topics"]], "sources": [t["source"] for t in doc["topics"]], "hits": [h["id"] for h in hits]}))\n`);
  const result = JSON.parse(out.trim().split("\n").at(-1)!) as { id: string; status: string; topics: string[]; sources: string[]; hits: string[] };
  expect(result).toMatchObject({ status: "done", topics: ["Taxes"], sources: ["manual"] });
  expect(result.hits).toContain(result.id);

  // The receiver's side: the signed document.done for that document, verified by the documented function.
  const deadline = Date.now() + 60_000;
  let done: (typeof received)[number] | undefined;
  while (!(done = received.find((r) => r.headers["x-docscan-event"] === "document.done" && JSON.parse(r.body.toString()).document.id === result.id))) {
    if (Date.now() > deadline) throw new Error(`no document.done for ${result.id}; received ${received.length} deliveries`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const headers = { "X-Docscan-Timestamp": String(done.headers["x-docscan-timestamp"]), "X-Docscan-Signature": String(done.headers["x-docscan-signature"]) };
  writeFileSync(join(dir, "body.bin"), done.body);
  writeFileSync(join(dir, "tampered.bin"), Buffer.concat([done.body, Buffer.from(" ")]));
  const check = (bodyFile: string, key: string) =>
    python(`${verifier}\nprint(verify(${JSON.stringify(key)}, ${JSON.stringify(headers)}, open(${JSON.stringify(bodyFile)}, "rb").read()))\n`).trim();
  expect(check("body.bin", secret)).toBe("True");
  expect(check("tampered.bin", secret)).toBe("False");
  expect(check("body.bin", "whsec_not-the-secret")).toBe("False");
});
