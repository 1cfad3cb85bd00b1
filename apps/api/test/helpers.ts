import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createObjectStore, type ObjectStore } from "@docscan/storage";
import { createApp } from "../src/app.ts";
import type { AppDeps } from "../src/context.ts";
import { appRouter } from "../src/router/index.ts";
import { createContext } from "../src/context.ts";

export interface Harness {
  deps: AppDeps;
  database: TestDatabase;
  storageRoot: string;
  app: ReturnType<typeof createApp>;
  caller: ReturnType<typeof appRouter.createCaller>;
  close(): Promise<void>;
}

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
    log: pino({ level: "silent" }),
    maxUploadBytes: 1024 * 1024,
    fsSigningSecret: signingSecret,
    pingDb: () => database.ping(),
    searchLanguage: "simple",
    ...overrides,
  };
  const app = createApp(deps);
  const caller = appRouter.createCaller(createContext(deps, "test"));
  return {
    deps,
    database,
    storageRoot,
    app,
    caller,
    async close() {
      await database.drop();
      rmSync(storageRoot, { recursive: true, force: true });
    },
  };
}

/** The smallest bytes that sniff as PDF; enough for upload tests (extraction is the worker's). */
export const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

/** Uploads a tiny PDF through REST (as a script would) and returns its document id. */
export async function uploadPdf(app: Harness["app"], name = "doc.pdf"): Promise<string> {
  const res = await app.request("/api/documents", { method: "POST", body: uploadForm({ name, bytes: TINY_PDF }) });
  return ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
}

export function uploadForm(...files: { name: string; bytes: Uint8Array; type?: string }[]): FormData {
  const form = new FormData();
  for (const f of files) form.append("file", new Blob([f.bytes], { type: f.type ?? "application/octet-stream" }), f.name);
  return form;
}
