// The spool folder sits in the shared temp folder: it is made private, and one that another user made or
// redirected (a symbolic link) is refused, at start and before any upload file is written into it.
import { randomUUID } from "node:crypto";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureSpoolDir, sweepSpool, UnsafeSpoolDirError } from "../src/services/spool.ts";

const base = mkdtempSync(join(tmpdir(), "docscan-spool-dir-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const fresh = () => join(base, randomUUID());

describe("ensureSpoolDir", () => {
  it("creates the folder readable by its owner only", async () => {
    const dir = fresh();
    await ensureSpoolDir(dir);
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
  });

  it("makes a folder of its own that others can open private", async () => {
    const dir = fresh();
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    await ensureSpoolDir(dir);
    expect(lstatSync(dir).mode & 0o777).toBe(0o700);
  });

  it("refuses a symbolic link planted in its place, and the sweep does not follow it", async () => {
    const target = fresh();
    mkdirSync(target);
    const old = join(target, "someone-elses-file");
    writeFileSync(old, "keep me");
    utimesSync(old, new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000));
    const dir = fresh();
    symlinkSync(target, dir);
    await expect(ensureSpoolDir(dir)).rejects.toThrow(UnsafeSpoolDirError);
    await expect(ensureSpoolDir(dir)).rejects.toThrow(/is a symbolic link: remove it, or set TMPDIR/);
    await expect(sweepSpool(60_000, Date.now(), dir)).rejects.toThrow(UnsafeSpoolDirError);
    expect(existsSync(old)).toBe(true);
  });

  it.skipIf(process.getuid?.() !== 0)("refuses a folder another user made first", async () => {
    const dir = fresh();
    mkdirSync(dir, { mode: 0o777 });
    chownSync(dir, 65534, 65534);
    await expect(ensureSpoolDir(dir)).rejects.toThrow(/belongs to another user \(uid 65534\)/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
