// A symbolic link planted where the spool folder goes: a large upload is refused (masked 500) and writes
// nothing where the link points.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Helpers from "./helpers.ts";

// The spool folder is fixed when spool.ts loads: load it (alone in this test file's process) under a temp
// folder of the test's own, then restore TMPDIR for everything else.
const fakeTmp = mkdtempSync(join(tmpdir(), "docscan-spool-tmp-"));
const elsewhere = join(fakeTmp, "attackers-folder");
mkdirSync(elsewhere);
symlinkSync(elsewhere, join(fakeTmp, "docscan-uploads"));
const savedTmp = process.env.TMPDIR;
process.env.TMPDIR = fakeTmp;
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
  rmSync(fakeTmp, { recursive: true, force: true });
});

describe("a symbolic link in place of the spool folder", () => {
  it("fails the large upload without writing through the link", async () => {
    expect(spool.SPOOL_DIR).toBe(join(fakeTmp, "docscan-uploads"));
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(spool.IN_MEMORY_MAX_BYTES + 10, 32)]);
    h.deps.maxUploadBytes = 4 * 1024 * 1024;
    const res = await h.request("/api/documents", { method: "POST", body: uploadForm({ name: "big.pdf", bytes: big }) });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain(fakeTmp);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
