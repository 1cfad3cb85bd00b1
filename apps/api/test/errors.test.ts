// What a client sees of a failure: a message and the request id, never SQL, parameters, stacks or paths
// (issue 13, item 4); the detail goes to the log under the same request id.
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { errorResponse } from "../src/app.ts";
import type { AppDeps } from "../src/context.ts";
import { createHarness, type Harness } from "./helpers.ts";

let h: Harness;
const logLines: string[] = [];
beforeAll(async () => {
  h = await createHarness({ log: pino({ level: "info" }, { write: (line: string) => void logLines.push(line) }) });
});
afterAll(async () => {
  await h?.close();
});

interface TrpcErrorBody {
  error: { json: { message: string; data: Record<string, unknown> } };
}

/** Nothing a client should ever read: SQL, query parameters, a stack, a path on the server. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/select|from "|params:|Failed query/i);
  expect(text).not.toMatch(/\bat .+:\d+:\d+|"stack"|node_modules|\/work\/|\/src\//);
}

describe("tRPC errors", () => {
  it("an anonymous 401 carries a message and the request id, no stack", async () => {
    const res = await h.anonymous.request("/trpc/folders.list");
    expect(res.status).toBe(401);
    const text = await res.text();
    expectNoInternals(text);
    const body = JSON.parse(text) as TrpcErrorBody;
    expect(body.error.json.message).toBe("sign in first");
    expect(body.error.json.data).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401, requestId: res.headers.get("x-request-id") });
    expect(body.error.json.data).not.toHaveProperty("stack");
  });

  it("validation errors keep their message for the user", async () => {
    const res = await h.request("/trpc/folders.create", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { name: "" } }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as TrpcErrorBody;
    expect(body.error.json.data.zodError).toMatchObject({ fieldErrors: { name: [expect.any(String)] } });
    expect(body.error.json.data).not.toHaveProperty("stack");
  });

  it("a ZodError inside a procedure (stored data that no longer parses) is a plain 500: no zodError, no field paths", async () => {
    await h.database.db.execute(sql`insert into settings (key, value) values ('ai', '{"provider": 42, "threshold": "high"}'::jsonb)
      on conflict (key) do update set value = excluded.value`);
    try {
      const res = await h.request("/trpc/settings.get");
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/provider|threshold|fieldErrors/i);
      const body = JSON.parse(text) as TrpcErrorBody;
      expect(body.error.json.data).toMatchObject({ code: "INTERNAL_SERVER_ERROR", zodError: null });
      expect(body.error.json.message).toBe(`internal error (request ${res.headers.get("x-request-id")})`);
    } finally {
      await h.database.db.execute(sql`delete from settings where key = 'ai'`);
    }
  });

  // Last in this file: it breaks the folders table.
  it("a failed query answers 'internal error (request …)' over HTTP and through createCaller; the SQL goes to the log", async () => {
    await h.database.db.execute(sql`alter table folders rename to folders_gone`);
    try {
      const res = await h.request("/trpc/folders.list");
      expect(res.status).toBe(500);
      const reqId = res.headers.get("x-request-id");
      expect(reqId).toBeTruthy();
      const text = await res.text();
      expectNoInternals(text);
      const body = JSON.parse(text) as TrpcErrorBody;
      expect(body.error.json.message).toBe(`internal error (request ${reqId})`);
      expect(body.error.json.data).toMatchObject({ code: "INTERNAL_SERVER_ERROR", requestId: reqId });

      const logged = logLines.map((l) => JSON.parse(l) as { reqId?: string; msg: string; err?: { message: string } }).find((l) => l.reqId === reqId && l.err);
      expect(logged?.err?.message).toMatch(/folders/);

      // The same in a batch, next to a call that works.
      const batch = await h.request("/trpc/folders.list,health?batch=1&input=%7B%7D");
      const results = (await batch.json()) as [TrpcErrorBody, { result: unknown }];
      expect(JSON.stringify(results[0])).not.toMatch(/folders_gone|folders"|select/i);
      expect(results[0].error.json.message).toMatch(/^internal error \(request .+\)$/);
      expect(results[1]).toHaveProperty("result");

      // Server-side callers (createCaller) see the same masked message.
      await expect(h.caller.folders.list()).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: "internal error (request test)" });
    } finally {
      await h.database.db.execute(sql`alter table folders_gone rename to folders`);
    }
  });
});

describe("REST errors", () => {
  it("invalid input is a 400 naming the fields", async () => {
    const res = await h.request("/api/documents?sort=sideways");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { fieldErrors: Record<string, string[]> } };
    expect(body.error).toMatch(/^sort: /);
    expect(Object.keys(body.issues.fieldErrors)).toEqual(["sort"]);
  });

  it("a ZodError that is not about the request's input is a 500 without its paths", () => {
    const internal = z.object({ provider: z.enum(["auto"]) }).safeParse({ provider: 42 }).error!;
    const logged: unknown[] = [];
    const { status, body } = errorResponse(internal, { log: { error: (o: unknown) => logged.push(o) } } as unknown as AppDeps, "r1");
    expect(status).toBe(500);
    expect(body).toEqual({ error: "internal error (request r1)" });
    expect(logged).toHaveLength(1);
  });

  it("a failed query answers a message with the request id and nothing else", async () => {
    await h.database.db.execute(sql`alter table documents rename to documents_gone`);
    try {
      const res = await h.request("/api/documents");
      expect(res.status).toBe(500);
      const text = await res.text();
      expectNoInternals(text);
      expect(JSON.parse(text)).toEqual({ error: `internal error (request ${res.headers.get("x-request-id")})` });
    } finally {
      await h.database.db.execute(sql`alter table documents_gone rename to documents`);
    }
  });
});
