// The OpenAPI document (ADR 0022): valid OpenAPI 3.1, complete (every /api route the app registers is in
// it, and nothing else), and true (answers of a script's round trip validate against it). The reference
// page is served from this server within the console's CSP.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { inspectRoutes } from "hono/dev";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { loadDocument, type DocumentedCheck } from "./documented.ts";
import { createHarness, TINY_PDF, uploadForm, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let api: DocumentedCheck;
let member: TestUser;
beforeAll(async () => {
  h = await createHarness();
  api = await loadDocument(h.app);
  member = await h.addUser("openapi-member@example.test");
});
afterAll(async () => {
  await h?.close();
});

type Json = Record<string, unknown>;
const paths = () => api.document.paths as Record<string, Record<string, Json>>;

describe("the document", () => {
  it("validates against the OpenAPI 3.1 schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(api.document) as never);
    expect(result.errors ?? [], "validation errors").toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  // A console build, as in production, so its routes are listed too (removed at the end: the app reads its index.html in the background).
  const webDistDir = mkdtempSync(join(tmpdir(), "docscan-console-"));
  writeFileSync(join(webDistDir, "index.html"), "<!doctype html><title>docscan</title>");
  afterAll(() => rmSync(webDistDir, { recursive: true, force: true }));

  it("lists exactly the /api routes the app registers (a console build included)", () => {
    const registered = inspectRoutes(createApp(h.deps, { webDistDir }))
      .filter((r) => !r.isMiddleware && r.path.startsWith("/api/"))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`);
    const documented = Object.entries(paths()).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(new Set(registered), "every registered /api route is documented").toEqual(new Set(documented));
    expect(registered.length).toBeGreaterThan(20);
  });

  it("documents for every operation its parameters, the bearer scheme, error answers and examples", () => {
    const schemes = (api.document.components as { securitySchemes: Json }).securitySchemes;
    expect(schemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [path, ops] of Object.entries(paths())) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        const responses = op.responses as Record<string, Json>;
        expect(Object.keys(responses).some((s) => s.startsWith("2") || s === "304"), `${where}: a success answer`).toBe(true);
        expect(responses["500"], `${where}: the error shape`).toBeDefined();
        const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = (op.parameters as { name: string; in: string }[]).filter((p) => p.in === "path").map((p) => p.name);
        expect(declared, `${where}: its path parameters`).toEqual(pathParams);
        const open = Array.isArray(op.security) && op.security.length === 0;
        if (!open) expect(responses["401"], `${where}: refused without a token`).toBeDefined();
      }
    }
    // Examples a reader can copy: a request body and an answer.
    const upload = paths()["/api/documents"]!.post as { responses: Record<string, { content: Record<string, { schema: Json }> }> };
    expect(upload.responses["201"]!.content["application/json"]!.schema.example).toBeDefined();
    const patch = paths()["/api/documents/{id}"]!.patch as { requestBody: { content: Record<string, { schema: Json }> } };
    expect(patch.requestBody.content["application/json"]!.schema.example).toEqual({ topics: ["Invoices", "Taxes"] });
    // What a webhook receiver gets, per event.
    expect(Object.keys(api.document.webhooks as Json).sort()).toEqual(["document.created", "document.deleted", "document.done", "document.failed", "document.topics_changed"]);
  });
});

describe("the reference page", () => {
  it("serves Swagger UI from this server, under the console's CSP, no inline script", async () => {
    const page = await h.app.request("/api/docs");
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body!.trim(), "no inline script").toBe("");
      expect(attrs).toMatch(/src="\/api\/docs\//);
    }
    for (const asset of ["swagger-ui-bundle.js", "swagger-ui.css", "init.js"]) {
      const res = await h.app.request(`/api/docs/${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
    expect((await h.app.request("/api/docs/package.json")).status).toBe(400);
  });
});

describe("answers of a script's round trip match the document", () => {
  it("upload, read, search, topics by name, folders, review, tokens, usage, and the error answers", async () => {
    const as = member.request;
    const json = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

    const up = (await api.check("POST /api/documents", await as("/api/documents", { method: "POST", body: uploadForm({ name: "contract.pdf", bytes: TINY_PDF }) }))) as {
      documents: { id: string }[];
    };
    const id = up.documents[0]!.id;
    await api.check("GET /api/documents/:id", await as(`/api/documents/${id}`));

    const topic = (await api.check("POST /api/topics", await as("/api/topics", json("POST", { name: "Contracts" })))) as { topic: { id: string } };
    await api.check("POST /api/topics", await as("/api/topics", json("POST", { name: "contracts" }))); // exists: 200
    await api.check("GET /api/topics", await as("/api/topics"));
    await api.check("PATCH /api/topics/:id", await as(`/api/topics/${topic.topic.id}`, json("PATCH", { color: "#10b981" })));

    const changed = (await api.check("PATCH /api/documents/:id", await as(`/api/documents/${id}`, json("PATCH", { topics: ["CONTRACTS"] })))) as {
      topics: { id: string; source: string; confidence: number | null; quote: string | null }[];
    };
    expect(changed.topics).toMatchObject([{ id: topic.topic.id, source: "manual", confidence: null, quote: null }]);

    const byName = (await api.check("GET /api/documents", await as("/api/documents?topic=Contracts"))) as { items: { id: string }[] };
    expect(byName.items.map((d) => d.id)).toEqual([id]);
    await api.check("GET /api/documents", await as("/api/documents?q=contract"));
    const unknown = await as("/api/documents?topic=No%20such%20topic");
    expect(await api.check("GET /api/documents", unknown)).toEqual({ error: 'topic "No such topic" not found' });

    const folder = (await api.check("POST /api/folders", await as("/api/folders", json("POST", { name: "Legal" })))) as { id: string };
    await api.check("POST /api/documents/move", await as("/api/documents/move", json("POST", { ids: [id], folderId: folder.id })));
    await api.check("PATCH /api/documents/:id", await as(`/api/documents/${id}`, json("PATCH", { folderId: null })));
    await api.check("GET /api/folders", await as("/api/folders"));

    await api.check("GET /api/review", await as("/api/review"));
    await api.check("POST /api/review/accept", await as("/api/review/accept", json("POST", { ids: ["00000000-0000-4000-8000-000000000000"] })));
    await api.check("POST /api/review/reject", await as("/api/review/reject", json("POST", { ids: [] })));

    const tokens = (await api.check("GET /api/tokens", await as("/api/tokens"))) as { id: string }[];
    expect(tokens.length).toBeGreaterThan(0);
    await api.check("GET /api/usage", await as("/api/usage")); // a member: 403
    await api.check("GET /api/usage", await h.request("/api/usage"));

    await api.check("GET /api/documents/:id", await as("/api/documents/not-a-uuid"));
    await api.check("GET /api/documents/:id", await h.anonymous.request(`/api/documents/${id}`));
    await api.check("PATCH /api/documents/:id", await as(`/api/documents/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: "{" }));
    await api.check("DELETE /api/topics/:id", await as(`/api/topics/${topic.topic.id}`, { method: "DELETE" }));
    await api.check("DELETE /api/documents/:id", await as(`/api/documents/${id}`, { method: "DELETE" }));
    await api.check("GET /api/openapi.json", await h.anonymous.request("/api/openapi.json"));
  });
});

it("a topic name shared by a global and a personal topic must be given as an id", async () => {
  await h.request("/api/topics", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Receipts" }) });
  await member.request("/api/topics", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Receipts" }) });
  const res = await member.request("/api/documents?topic=receipts");
  expect(res.status).toBe(400);
  expect(await api.check("GET /api/documents", res)).toMatchObject({ error: expect.stringContaining("give its id instead") });
});
