// Starts the real docscan stack for a browser test: a fresh migrated database, the api (serving the
// built console) and the worker, as child processes on a free port. Test-only, so it reads process.env.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { freePort, issueApiToken, REPO_ROOT, startChild, stopChild, waitForHealth, type Child } from "@docscan/testkit";

export { REPO_ROOT };
export const WEB_DIST_DIR = join(REPO_ROOT, "apps/web/dist");

/** Environment that would change behaviour under test (a real model, a fixed secret) is not passed on. */
const DROPPED_ENV = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "CLASSIFY_THRESHOLD", "DOCSCAN_SECRET", "PUBLIC_URL", "NODE_OPTIONS", "TRUST_PROXY"];

/** The first admin, created by the api at start-up from DOCSCAN_ADMIN_EMAIL / DOCSCAN_ADMIN_PASSWORD. */
export const ADMIN_EMAIL = "admin@e2e.test";
export const ADMIN_PASSWORD = "e2e-admin-password-0001";

/** A user of the stack: how to sign in through the console, and an API token for scripted calls. */
export interface Credentials {
  email: string;
  password: string;
  token: string;
}

export type UploadFile = { name: string; bytes: Uint8Array; type?: string };

/** Calls the api over plain HTTP as one user (their Bearer token), the way a script would. */
export interface ApiClient {
  /** Calls a tRPC mutation (superjson envelope) and returns its data. */
  mutate<T>(path: string, input: unknown): Promise<T>;
  /** Calls a tRPC query and returns its data (dates stay ISO strings). */
  query<T>(path: string, input?: unknown): Promise<T>;
  /** Uploads files through the REST route; returns the new documents' ids. */
  upload(...files: UploadFile[]): Promise<string[]>;
  /** `fetch` against the stack with the token, for REST routes (`path` starts with "/"). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface StackOptions {
  /** Start the worker with the api (default). Without it jobs stay queued until `startWorker()`. */
  worker?: boolean;
  /** More environment for the api and the worker, e.g. `{ MAIL_ALLOW_PRIVATE: "true" }` for a local IMAP server. */
  env?: Record<string, string>;
  /**
   * `false`: start as a fresh install, with no account (the console shows its Setup page). `admin` then only
   * names credentials to create there; the stack's own API calls answer 401 (it has no token).
   */
  admin?: false;
}

/** The stack; its own `mutate`, `query`, `upload` and `fetch` act as the admin. */
export interface Stack extends ApiClient {
  baseUrl: string;
  admin: Credentials;
  /** Creates a user through `POST /api/users` (as the admin) and gives them an API token. */
  createUser(email: string, role?: "admin" | "member"): Promise<Credentials>;
  /** An api client acting as another user. */
  as(user: Pick<Credentials, "token">): ApiClient;
  /** Starts the worker of a stack started with `worker: false`. */
  startWorker(): void;
  /** Everything the children printed, for failure reports. */
  logs(): string;
  /** Throws with the logs if the api or the worker has exited. */
  assertRunning(): void;
  /** Waits for `p`, but fails at once (with the logs) if the api or the worker exits meanwhile. */
  whileRunning<T>(p: Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/** An API token through `POST /api/auth/tokens`, as a script signs in. */
const issueToken = (baseUrl: string, email: string, password: string) => issueApiToken(baseUrl, { email, password }, "e2e");

async function trpcData<T>(path: string, res: Response): Promise<T> {
  const body = (await res.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  if (!res.ok || !body.result?.data) throw new Error(`${path} failed (HTTP ${res.status}): ${JSON.stringify(body.error ?? body)}`);
  return body.result.data.json as T;
}

function apiClient(baseUrl: string, token: string): ApiClient {
  const authFetch = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("authorization", `Bearer ${token}`);
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };
  return {
    fetch: authFetch,
    async query<T>(path: string, input?: unknown): Promise<T> {
      const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return trpcData<T>(path, await authFetch(`/trpc/${path}${query}`));
    },
    async mutate<T>(path: string, input: unknown): Promise<T> {
      const res = await authFetch(`/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
      return trpcData<T>(path, res);
    },
    async upload(...files: UploadFile[]): Promise<string[]> {
      const form = new FormData();
      for (const f of files) form.append("file", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "application/octet-stream" }), f.name);
      const res = await authFetch("/api/documents", { method: "POST", body: form });
      const body = (await res.json()) as { documents?: { id: string }[]; error?: string };
      if (res.status !== 201 || !body.documents) throw new Error(`upload failed (HTTP ${res.status}): ${body.error ?? JSON.stringify(body)}`);
      return body.documents.map((d) => d.id);
    },
  };
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  if (!existsSync(join(WEB_DIST_DIR, "index.html"))) {
    throw new Error(`the console is not built: run \`pnpm --filter @docscan/web build\` first (expected ${WEB_DIST_DIR}/index.html)`);
  }
  let database: TestDatabase | undefined;
  const children: Child[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "docscan-e2e-"));

  const logs = () => children.map((c) => `----- ${c.name} (exit ${c.proc.exitCode ?? c.proc.signalCode ?? "running"}) -----\n${c.output() || "(no output)"}`).join("\n");
  const stop = async () => {
    await Promise.all(children.map((c) => stopChild(c)));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    database = await createTestDatabase();
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of DROPPED_ENV) delete env[key];
    Object.assign(env, {
      DATABASE_URL: database.url,
      DOCSCAN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      WEB_DIST_DIR,
      LOG_LEVEL: "warn",
      DOCSCAN_ADMIN_EMAIL: ADMIN_EMAIL,
      DOCSCAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ...opts.env,
    });
    // A fresh install: no first admin from the environment (nor from the caller's).
    if (opts.admin === false) {
      delete env.DOCSCAN_ADMIN_EMAIL;
      delete env.DOCSCAN_ADMIN_PASSWORD;
    }

    const api = startChild("api", "apps/api/src/main.ts", [], env);
    children.push(api);
    await waitForHealth(baseUrl, api);
    let stopping = false;
    let crash: (err: Error) => void = () => {};
    const crashed = new Promise<never>((_, reject) => {
      crash = reject;
    });
    crashed.catch(() => {}); // observed through whileRunning(); never an unhandled rejection
    const watch = (c: Child) =>
      c.proc.once("exit", (code, signal) => {
        if (!stopping) crash(new Error(`the ${c.name} exited unexpectedly (${signal ?? `code ${code}`})\n${logs()}`));
      });
    watch(api);
    const admin: Credentials = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, token: opts.admin === false ? "" : await issueToken(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD) };
    const adminClient = apiClient(baseUrl, admin.token);
    const startWorker = () => {
      if (children.some((c) => c.name === "worker")) return;
      // After the api: it has created the shared secret file and run the migrations the worker checks.
      const worker = startChild("worker", "apps/worker/src/main.ts", [], env);
      children.push(worker);
      watch(worker);
    };
    if (opts.worker !== false) startWorker();

    return {
      baseUrl,
      logs,
      stop: () => {
        stopping = true;
        return stop();
      },
      whileRunning: <T>(p: Promise<T>) => Promise.race([p, crashed]),
      assertRunning() {
        const dead = children.find((c) => c.proc.exitCode !== null || c.proc.signalCode !== null);
        if (dead) throw new Error(`the ${dead.name} exited unexpectedly\n${logs()}`);
      },
      startWorker,
      admin,
      ...adminClient,
      as: (user) => apiClient(baseUrl, user.token),
      async createUser(email, role = "member") {
        const password = `e2e-${randomBytes(9).toString("base64url")}`;
        const res = await adminClient.fetch("/api/users", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password, role }),
        });
        if (res.status !== 201 && res.status !== 200) throw new Error(`creating ${email} failed (HTTP ${res.status}): ${await res.text()}`);
        return { email, password, token: await issueToken(baseUrl, email, password) };
      },
    };
  } catch (err) {
    const output = logs();
    await stop().catch(() => {});
    throw new Error(`${(err as Error).message}${output ? `\n${output}` : ""}`, { cause: err });
  }
}
