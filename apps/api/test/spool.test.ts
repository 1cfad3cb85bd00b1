// Receiving uploads: small files in memory, large ones through a temporary file that is removed afterwards.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { buffer } from "node:stream/consumers";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { cleanFilename, IN_MEMORY_MAX_BYTES, openSpooled, removeSpooled, spoolMultipart } from "../src/services/spool.ts";
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
});

describe("cleanFilename", () => {
  it("keeps the last segment without control characters, and shortens long names between characters, keeping the extension", () => {
    expect(cleanFilename("C:\\scans\\in\u0007voice.pdf")).toBe("invoice.pdf");
    expect(cleanFilename("  ")).toBe("upload");
    const long = cleanFilename(`${"😀".repeat(200)}.pdf`);
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith("😀.pdf")).toBe(true); // no half emoji, and still a .pdf
    expect(cleanFilename(`${"a".repeat(300)}`)).toBe("a".repeat(255));
  });
});
