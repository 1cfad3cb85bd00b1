// An upload the server cannot spool (its temp folder is unusable) is the server's fault: 500 with the request
// id and no server path, never a 400 that blames the client and shows where the server keeps its files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Helpers from "./helpers.ts";

// The spool folder is fixed when spool.ts loads: load it (alone in this test file's process) under a temp
// path that cannot be a folder, then restore TMPDIR for everything else (the harness's own temp folders).
const savedTmp = process.env.TMPDIR;
process.env.TMPDIR = "/dev/null/not-a-folder";
const spool = await import("../src/services/spool.ts");
if (savedTmp === undefined) delete process.env.TMPDIR;
else process.env.TMPDIR = savedTmp;
const { createHarness, TINY_PDF, uploadForm } = (await import("./helpers.ts")) as typeof Helpers;

let h: Helpers.Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("an unusable spool folder", () => {
  it("answers 500 'internal error (request …)' without the path, at once rather than hanging", async () => {
    expect(spool.SPOOL_DIR).toBe("/dev/null/not-a-folder/docscan-uploads");
    // Over IN_MEMORY_MAX_BYTES, so it has to go to a temp file (and under a raised upload limit).
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(spool.IN_MEMORY_MAX_BYTES + 10, 32)]);
    h.deps.maxUploadBytes = 4 * 1024 * 1024;
    const res = await h.request("/api/documents", { method: "POST", body: uploadForm({ name: "big.pdf", bytes: big }) });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: `internal error (request ${res.headers.get("x-request-id")})` });
    expect(text).not.toMatch(/dev\/null|docscan-uploads|ENOTDIR/);
    // A small file stays in memory and still goes through.
    expect((await h.request("/api/documents", { method: "POST", body: uploadForm({ name: "small.pdf", bytes: TINY_PDF }) })).status).toBe(201);
  }, 300_000);
});
