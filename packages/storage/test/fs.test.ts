import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObjectStore } from "../src/index.ts";
import { createObjectStore, verifyPresignedFsUrl } from "../src/index.ts";
import { runObjectStoreContract } from "./contract.ts";
import { startObjectRoute } from "./fs-route.ts";
import { failingStream, newKey, streamOf } from "./streams.ts";

const SECRET = "test-signing-secret-0123456789";

async function tempRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), "docscan-fs-store-"));
}

runObjectStoreContract("fs (temp dir)", async () => {
  const dir = await tempRoot();
  // The route only calls back at request time, by when `store` exists.
  const route = await startObjectRoute(SECRET, () => store);
  const store = createObjectStore({ backend: "fs", root: join(dir, "objects"), signingSecret: SECRET, publicBaseUrl: route.baseUrl });
  return {
    store,
    unusableStore: createObjectStore({
      backend: "fs",
      root: join(dir, "never-created"),
      signingSecret: SECRET,
      publicBaseUrl: route.baseUrl,
    }),
    async stop() {
      await route.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe("fs store specifics", () => {
  let dir: string;
  let root: string;
  let store: ObjectStore;

  beforeAll(async () => {
    dir = await tempRoot();
    root = join(dir, "nested", "root");
    store = createObjectStore({ backend: "fs", root, signingSecret: SECRET, publicBaseUrl: "http://localhost:3000/" });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("health fails before ensureReady creates the nested root, then passes", async () => {
    await expect(store.health()).rejects.toThrow(/filesystem storage root .* is not usable/);
    await store.ensureReady();
    await store.ensureReady();
    await expect(store.health()).resolves.toBeUndefined();
    expect((await stat(root)).mode & 0o777).toBe(0o700); // other users of the machine may not list the originals
  });

  it("health fails when the root is a file", async () => {
    const file = join(dir, "a-file");
    await writeFile(file, "x");
    const broken = createObjectStore({ backend: "fs", root: file, signingSecret: SECRET, publicBaseUrl: "http://x.test" });
    await expect(broken.health()).rejects.toThrow(/not a directory/);
  });

  it("keeps the bytes as a plain file at root/key with a content-type sidecar", async () => {
    await store.ensureReady();
    const key = newKey();
    await store.put(key, streamOf(Buffer.from("hello")), 5, "application/pdf");
    expect(await readFile(join(root, key), "utf8")).toBe("hello");
    expect(JSON.parse(await readFile(join(root, `${key}~meta.json`), "utf8"))).toEqual({ contentType: "application/pdf" });
  });

  it("removeUnfinished removes what a put killed mid-write left (temp files, a sidecar without data), once old enough", async () => {
    await store.ensureReady();
    const key = newKey();
    const file = join(root, key);
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}~tmp-${randomUUID()}`;
    const lonelyMeta = `${join(root, newKey())}~meta.json`;
    await mkdir(dirname(lonelyMeta), { recursive: true });
    await writeFile(tmp, Buffer.alloc(700));
    await writeFile(`${tmp}~meta.json`, "{}");
    await writeFile(lonelyMeta, "{}");
    const fresh = `${file}~tmp-${randomUUID()}`;
    await writeFile(fresh, Buffer.alloc(5));
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    for (const p of [tmp, `${tmp}~meta.json`, lonelyMeta]) await utimes(p, old, old);
    const complete = newKey();
    await store.put(complete, streamOf(Buffer.from("whole")), 5, "text/plain");
    await utimes(join(root, complete), old, old);
    await utimes(`${join(root, complete)}~meta.json`, old, old);

    expect(await store.removeUnfinished(new Date(Date.now() - 60 * 60_000))).toEqual({ removed: 3, bytes: 704 });
    expect(await readdir(dirname(file))).toEqual([basename(fresh)]);
    expect(await readdir(dirname(lonelyMeta))).toEqual([]);
    expect(await store.head(complete)).toEqual({ size: 5, contentType: "text/plain" });
  });

  it("leaves no temp files behind after failed puts", async () => {
    await store.ensureReady();
    const key = newKey();
    const objectDir = join(root, ...key.split("/").slice(0, -1));
    await expect(store.put(key, failingStream(10_000), 20_000, "application/pdf")).rejects.toThrow();
    await expect(store.put(key, streamOf(Buffer.alloc(10)), 11, "application/pdf")).rejects.toThrow();
    expect(await readdir(objectDir)).toEqual([]);
  });

  it("a key that names a directory is not an object", async () => {
    await store.ensureReady();
    const key = newKey();
    await store.put(key, streamOf(Buffer.from("x")), 1, "text/plain");
    const parent = key.split("/").slice(0, 2).join("/");
    expect(await store.head(parent)).toBeNull();
    await expect(store.get(parent)).rejects.toThrow(/object not found/);
  });

  describe("presigned URLs", () => {
    const key = "unowned/2f0c1f4e-8a5b-4c1e-9d3a-1b2c3d4e5f60/6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.pdf";

    async function presign(filename?: string) {
      const url = new URL(await store.presignedGet(key, { expiresSeconds: 600, filename }));
      const params = {
        key: decodeURIComponent(url.pathname.replace(/^\/api\/objects\//, "")),
        expires: url.searchParams.get("expires") ?? "",
        signature: url.searchParams.get("signature") ?? "",
        filename: url.searchParams.get("filename") ?? undefined,
      };
      return { url, params };
    }

    it("has the documented shape", async () => {
      const before = Math.floor(Date.now() / 1000);
      const { url, params } = await presign();
      expect(url.origin).toBe("http://localhost:3000");
      expect(url.pathname).toBe(`/api/objects/${encodeURIComponent(key)}`);
      expect(url.searchParams.has("filename")).toBe(false);
      expect(Number(params.expires) - before).toBeGreaterThanOrEqual(600);
      expect(Number(params.expires) - before).toBeLessThanOrEqual(601);
      expect(params.signature).toMatch(/^[0-9a-f]{64}$/);
      expect(params.key).toBe(key);
    });

    it("verifies untampered params, with and without a filename", async () => {
      expect(verifyPresignedFsUrl(SECRET, (await presign()).params)).toBe(true);
      const withName = await presign("Scan 1.pdf");
      expect(withName.url.searchParams.get("filename")).toBe("Scan 1.pdf");
      expect(verifyPresignedFsUrl(SECRET, withName.params)).toBe(true);
    });

    it("rejects a tampered signature, key, expiry or filename, and a wrong secret", async () => {
      const { params } = await presign("Scan 1.pdf");
      const flipped = (params.signature[0] === "0" ? "1" : "0") + params.signature.slice(1);
      expect(verifyPresignedFsUrl(SECRET, { ...params, signature: flipped })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, signature: "zz" })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, signature: "" })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, key: key.replace(".pdf", ".txt") })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, key: "../../etc/passwd" })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, expires: String(Number(params.expires) + 3600) })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, expires: `${params.expires}.5` })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, filename: "other.exe" })).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, { ...params, filename: undefined })).toBe(false);
      expect(verifyPresignedFsUrl("another-secret-0123456789", params)).toBe(false);
    });

    it("rejects once expired", async () => {
      const { params } = await presign();
      const expiresAt = new Date(Number(params.expires) * 1000);
      expect(verifyPresignedFsUrl(SECRET, params, new Date(expiresAt.getTime() - 1000))).toBe(true);
      expect(verifyPresignedFsUrl(SECRET, params, expiresAt)).toBe(false);
      expect(verifyPresignedFsUrl(SECRET, params, new Date(expiresAt.getTime() + 1000))).toBe(false);
    });
  });
});
