// Receiving uploads: small files in memory, large ones through a temporary file that is removed afterwards.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { cleanFilename, formatBytes, IN_MEMORY_MAX_BYTES, openSpooled, removeSpooled, SPOOL_DIR, spoolMultipart, sweepSpool } from "../src/services/spool.ts";
import { uploadForm } from "./helpers.ts";

async function spool(form: FormData, maxBytes = 8 * 1024 * 1024) {
  const req = new Request("http://localhost/", { method: "POST", body: form });
  return spoolMultipart(Object.fromEntries(req.headers), req.body as WebReadableStream<Uint8Array>, { maxFileBytes: maxBytes });
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("spoolMultipart", () => {
  it("keeps a small file in memory and a large one on disk, with the same bytes, size, hash and head", async () => {
    const small = Buffer.from("hello, small file\n");
    const large = Buffer.alloc(IN_MEMORY_MAX_BYTES + 300_000, 7);
    large.write("%PDF-1.4 large", 0);
    const files = await spool(uploadForm({ name: "small.txt", bytes: small }, { name: "dir/large.pdf", bytes: large }));
    try {
      const [a, b] = files;
      expect(a).toMatchObject({ filename: "small.txt", size: small.length, sha256: sha(small), path: null });
      expect(a!.head.equals(small)).toBe(true);
      expect(b).toMatchObject({ filename: "large.pdf", size: large.length, sha256: sha(large), bytes: null });
      expect(b!.path && existsSync(b!.path)).toBe(true);
      expect(b!.head.equals(large.subarray(0, b!.head.length))).toBe(true);
      expect((await buffer(openSpooled(a!))).equals(small)).toBe(true);
      expect((await buffer(openSpooled(b!))).equals(large)).toBe(true);
    } finally {
      await removeSpooled(files);
    }
    expect(existsSync(files[1]!.path!)).toBe(false);
  });

  it("stops keeping bytes once the files together pass the room left, and refuses with the caller's error", async () => {
    const form = uploadForm({ name: "one.bin", bytes: Buffer.alloc(600_000, 1) }, { name: "two.bin", bytes: Buffer.alloc(2 * 1024 * 1024, 2) });
    const req = new Request("http://localhost/", { method: "POST", body: form });
    const spooled = spoolMultipart(Object.fromEntries(req.headers), req.body as WebReadableStream<Uint8Array>, {
      maxFileBytes: 8 * 1024 * 1024,
      maxTotalBytes: { bytes: 1024 * 1024, error: (filename) => new Error(`${filename} does not fit`) },
    });
    await expect(spooled).rejects.toThrow("two.bin does not fit");
  });

  it("refuses a file over the limit with 413", async () => {
    await expect(spool(uploadForm({ name: "big.bin", bytes: Buffer.alloc(3 * 1024 * 1024) }), 2 * 1024 * 1024)).rejects.toMatchObject({ status: 413 });
  });

  it("takes a file of exactly the limit, and refuses one byte more", async () => {
    for (const limit of [1000, IN_MEMORY_MAX_BYTES + 5000]) {
      const files = await spool(uploadForm({ name: "exact.bin", bytes: Buffer.alloc(limit, 3) }), limit);
      expect(files[0]).toMatchObject({ size: limit, sha256: sha(Buffer.alloc(limit, 3)) });
      await removeSpooled(files);
      await expect(spool(uploadForm({ name: "over.bin", bytes: Buffer.alloc(limit + 1, 3) }), limit)).rejects.toMatchObject({
        status: 413,
        message: `"over.bin" is larger than the upload limit of ${formatBytes(limit)}`,
      });
    }
  });
});

describe("sweepSpool", () => {
  it("removes upload temp files older than the grace period (left by a crash) and keeps recent ones", async () => {
    await mkdir(SPOOL_DIR, { recursive: true });
    const stale = join(SPOOL_DIR, randomUUID());
    const fresh = join(SPOOL_DIR, randomUUID());
    await writeFile(stale, Buffer.alloc(1000));
    await writeFile(fresh, Buffer.alloc(1000));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);
    try {
      await sweepSpool(60 * 60_000);
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(fresh)).toBe(true);
    } finally {
      await rm(fresh, { force: true });
    }
  });
});

describe("cleanFilename", () => {
  it("drops bidirectional controls, so a name cannot display reversed (invoice\u202efdp.exe shown as invoiceexe.pdf)", () => {
    expect(cleanFilename("invoice\u202efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFilename("a\u2066b\u2067c\u2068d\u2069e\u202af\u202bg\u202ch\u202di\u200ej\u200fk\u061cl.pdf")).toBe("abcdefghijkl.pdf");
    // Right-to-left letters themselves stay.
    expect(cleanFilename("\u05d7\u05e9\u05d1\u05d5\u05e0\u05d9\u05ea.pdf")).toBe("\u05d7\u05e9\u05d1\u05d5\u05e0\u05d9\u05ea.pdf");
    expect(cleanFilename("\u202e")).toBe("upload");
  });

  it("keeps the last segment without control characters, and shortens long names between characters, keeping the extension", () => {
    expect(cleanFilename("C:\\scans\\in\u0007voice.pdf")).toBe("invoice.pdf");
    expect(cleanFilename("  ")).toBe("upload");
    const long = cleanFilename(`${"😀".repeat(200)}.pdf`);
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith("😀.pdf")).toBe(true); // no half emoji, and still a .pdf
    expect(cleanFilename(`${"a".repeat(300)}`)).toBe("a".repeat(255));
  });
});
