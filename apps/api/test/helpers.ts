import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createObjectStore, type ObjectStore } from "@docscan/storage";
import { insertUser, type PublicUser } from "@docscan/db";
import type { Role } from "@docscan/shared";
import { createApp } from "../src/app.ts";
import { hashPassword } from "@docscan/db/passwords";
import { createLoginLimiters } from "../src/auth/rate-limit.ts";
import { hashSecret } from "../src/auth/secrets.ts";
import { issueApiToken, type Auth } from "../src/auth/service.ts";
import type { AppDeps } from "../src/context.ts";
import { appRouter } from "../src/router/index.ts";
import { createContext } from "../src/context.ts";

type Caller = ReturnType<typeof appRouter.createCaller>;
type Request = (path: string, init?: RequestInit) => Promise<Response>;

/** Requests to an app in memory, with the connection binding @hono/node-server gives every real request. */
export interface InMemoryApp {
  request(input: string, init?: RequestInit): Promise<Response>;
}

/** `app.request()` carries no socket; this gives it the client's address the way the node server does. */
export function inMemory(app: ReturnType<typeof createApp>, clientAddress = "127.0.0.1"): InMemoryApp {
  const bindings = { incoming: { socket: { remoteAddress: clientAddress, remotePort: 50_000, remoteFamily: "IPv4" } } };
  return { request: async (input, init) => app.request(input, init, bindings) };
}

/** A user of the test instance: tRPC calls as them (no HTTP), and HTTP requests with their API token. */
export interface TestUser {
  user: PublicUser;
  password: string;
  token: string;
  caller: Caller;
  request: Request;
}

export interface Harness {
  deps: AppDeps;
  database: TestDatabase;
  storageRoot: string;
  app: InMemoryApp;
  /** The instance's first admin. `caller` and `request` below act as this admin. */
  admin: TestUser;
  caller: Caller;
  request: Request;
  /** No credentials at all. */
  anonymous: { caller: Caller; request: Request };
  addUser(email: string, role?: Role): Promise<TestUser>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** Real Postgres (a cloned, migrated database) and a real local-folder object store. */
export async function createHarness(overrides: Partial<AppDeps> = {}): Promise<Harness> {
  const database = await createTestDatabase();
  const storageRoot = mkdtempSync(join(tmpdir(), "docscan-api-objects-"));
  const signingSecret = "test-signing-secret-0123456789";
  const storage: ObjectStore = createObjectStore({ backend: "fs", root: storageRoot, signingSecret, publicBaseUrl: "http://localhost:3000" });
  await storage.ensureReady();
  const deps: AppDeps = {
    db: database.db,
    storage,
    secretKey: deriveSecretKey("test-secret-for-the-api-tests"),
    aiDefaults: { apiKey: null, baseUrl: null, model: "gpt-4o-mini", threshold: 0.5 },
    log: pino({ level: process.env.TEST_LOG ?? "silent" }),
    maxUploadBytes: 1024 * 1024,
    fsSigningSecret: signingSecret,
    pingDb: () => database.ping(),
    searchLanguage: "simple",
    trashDays: 30,
    loginLimiters: createLoginLimiters(),
    trustProxy: false,
    ...overrides,
  };
  const app = inMemory(createApp(deps));
  const requestWith =
    (headers: Record<string, string>): Request =>
    (path, init = {}) =>
      app.request(path, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } });
  const addUser = async (email: string, role: Role = "member"): Promise<TestUser> => {
    const user = await insertUser(database.db, { email, passwordHash: await hashPassword(TEST_PASSWORD), role });
    const { token } = await issueApiToken(deps, user.id, "tests", {});
    const auth: Auth = { user: { id: user.id, email: user.email, role: user.role }, via: "token", sessionHash: null, apiTokenHash: hashSecret(token), csrfToken: null };
    return {
      user,
      password: TEST_PASSWORD,
      token,
      caller: appRouter.createCaller(createContext(deps, { requestId: "test", auth })),
      request: requestWith({ authorization: `Bearer ${token}` }),
    };
  };
  const admin = await addUser("admin@example.test", "admin");
  return {
    deps,
    database,
    storageRoot,
    app,
    admin,
    caller: admin.caller,
    request: admin.request,
    anonymous: { caller: appRouter.createCaller(createContext(deps, { requestId: "test" })), request: requestWith({}) },
    addUser,
    async close() {
      await database.drop();
      rmSync(storageRoot, { recursive: true, force: true });
    },
  };
}

/** The smallest bytes that sniff as PDF; enough for upload tests (extraction is the worker's). */
export const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

/** Uploads a tiny PDF through REST (as a script would, as `as`: the admin by default) and returns its document id. */
export async function uploadPdf(as: { request: Request }, name = "doc.pdf"): Promise<string> {
  const res = await as.request("/api/documents", { method: "POST", body: uploadForm({ name, bytes: TINY_PDF }) });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
}

export function uploadForm(...files: { name: string; bytes: Uint8Array; type?: string }[]): FormData {
  const form = new FormData();
  for (const f of files) form.append("file", new Blob([f.bytes], { type: f.type ?? "application/octet-stream" }), f.name);
  return form;
}
