// The one behaviour suite every ObjectStore backend must pass.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ObjectStore } from "../src/index.ts";
import { ObjectNotFoundError } from "../src/index.ts";
import { binaryBytes, failingStream, generatedStream, newKey, readAll, sha256, streamOf } from "./streams.ts";

export interface ContractTarget {
  store: ObjectStore;
  /** The same backend configured so that it cannot work (closed port, missing root). */
  unusableStore: ObjectStore;
  stop(): Promise<void>;
}

const FIVE_MB = 5 * 1024 * 1024 + 123; // not a multiple of any chunk size

export function runObjectStoreContract(name: string, makeStore: () => Promise<ContractTarget>): void {
  describe(`ObjectStore contract: ${name}`, () => {
    let target: ContractTarget;
    let store: ObjectStore;
    const written: string[] = [];

    const key = (ext?: string) => {
      const k = newKey(ext);
      written.push(k);
      return k;
    };
    const putBytes = (k: string, bytes: Buffer, contentType = "application/pdf") =>
      store.put(k, streamOf(bytes), bytes.length, contentType);

    beforeAll(async () => {
      target = await makeStore();
      store = target.store;
      await store.ensureReady();
    });

    afterAll(async () => {
      if (!target) return;
      // Leaves a shared real bucket as clean as it was.
      await Promise.all(written.map((k) => store.delete(k)));
      await target.stop();
    });

    it("ensureReady is idempotent and health resolves", async () => {
      await store.ensureReady();
      await expect(store.health()).resolves.toBeUndefined();
    });

    it("round-trips binary bytes", async () => {
      const k = key();
      const bytes = binaryBytes();
      await putBytes(k, bytes);
      expect(await readAll(await store.get(k))).toEqual(bytes);
    });

    it("streams a ~5 MB object both ways", async () => {
      const k = key();
      const source = generatedStream(FIVE_MB);
      await store.put(k, source.stream, FIVE_MB, "application/pdf");
      const body = await store.get(k);
      let chunks = 0;
      const read: Buffer[] = [];
      for await (const chunk of body) {
        chunks++;
        read.push(chunk as Buffer);
      }
      const bytes = Buffer.concat(read);
      expect(bytes.length).toBe(FIVE_MB);
      expect(sha256(bytes)).toBe(source.sha256());
      expect(chunks).toBeGreaterThan(1);
      expect(await store.head(k)).toEqual({ size: FIVE_MB, contentType: "application/pdf" });
    });

    it("stores an empty object", async () => {
      const k = key(".txt");
      await putBytes(k, Buffer.alloc(0), "text/plain");
      expect(await store.head(k)).toEqual({ size: 0, contentType: "text/plain" });
      expect((await readAll(await store.get(k))).length).toBe(0);
    });

    it("head reports size and content type", async () => {
      const k = key(".png");
      await putBytes(k, Buffer.from("not really a png"), "image/png");
      expect(await store.head(k)).toEqual({ size: 16, contentType: "image/png" });
    });

    it("head of a missing key is null", async () => {
      expect(await store.head(newKey())).toBeNull();
    });

    it("get of a missing key throws ObjectNotFoundError", async () => {
      const missing = newKey();
      const error: unknown = await store.get(missing).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ObjectNotFoundError);
      expect((error as Error).message).toContain(missing);
    });

    it("put over an existing key replaces bytes and content type", async () => {
      const k = key(".txt");
      await putBytes(k, Buffer.from("first version"), "text/plain");
      await putBytes(k, Buffer.from("second"), "application/octet-stream");
      expect((await readAll(await store.get(k))).toString()).toBe("second");
      expect(await store.head(k)).toEqual({ size: 6, contentType: "application/octet-stream" });
    });

    it("delete removes the object and is idempotent", async () => {
      const k = key();
      await putBytes(k, Buffer.from("bye"));
      await store.delete(k);
      expect(await store.head(k)).toBeNull();
      await expect(store.get(k)).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(store.delete(k)).resolves.toBeUndefined();
      await expect(store.delete(newKey())).resolves.toBeUndefined();
    });

    it("put rejects when the stream errors midway and leaves no object", async () => {
      const k = key();
      await expect(store.put(k, failingStream(256 * 1024), 1024 * 1024, "application/pdf")).rejects.toThrow(
        "client went away",
      );
      expect(await store.head(k)).toBeNull();
    });

    it("a failed put over an existing key keeps the previous object", async () => {
      const k = key();
      await putBytes(k, Buffer.from("keep me"), "text/plain");
      await expect(store.put(k, failingStream(1000), 5000, "application/pdf")).rejects.toThrow();
      expect((await readAll(await store.get(k))).toString()).toBe("keep me");
      expect(await store.head(k)).toEqual({ size: 7, contentType: "text/plain" });
    });

    it("put rejects a stream shorter than the declared size and leaves no object", async () => {
      const k = key();
      await expect(store.put(k, streamOf(Buffer.alloc(100)), 101, "application/pdf")).rejects.toThrow(/100 bytes, expected 101/);
      expect(await store.head(k)).toBeNull();
    });

    it("put rejects a stream longer than the declared size and leaves no object", async () => {
      const k = key();
      await expect(store.put(k, streamOf(Buffer.alloc(100)), 99, "application/pdf")).rejects.toThrow(/longer than the declared size/);
      expect(await store.head(k)).toBeNull();
    });

    it("put rejects a negative or fractional size", async () => {
      await expect(store.put(newKey(), streamOf(Buffer.alloc(1)), -1, "application/pdf")).rejects.toThrow(RangeError);
      await expect(store.put(newKey(), streamOf(Buffer.alloc(1)), 0.5, "application/pdf")).rejects.toThrow(RangeError);
    });

    it("list yields every object under a prefix, with size and time of writing, and nothing else", async () => {
      const owner = randomUUID();
      const keys = [`${owner}/${randomUUID()}/a.pdf`, `${owner}/${randomUUID()}/b.png`, `${owner}/${randomUUID()}/c.txt`];
      written.push(...keys);
      const before = Date.now();
      for (const [i, k] of keys.entries()) await putBytes(k, Buffer.alloc(10 + i, 1), "text/plain");
      const outside = key();
      await putBytes(outside, Buffer.from("not under the prefix"));

      const collect = async (prefix?: string) => {
        const out = [];
        for await (const o of store.list(prefix)) out.push(o);
        return out;
      };
      const listed = await collect(`${owner}/`);
      expect(listed.map((o) => o.key).sort()).toEqual([...keys].sort());
      for (const o of listed) {
        expect(o.size).toBe(10 + keys.indexOf(o.key));
        expect(o.lastModified).toBeInstanceOf(Date);
        // Clocks of the store and the test may differ a little (S3 reports whole seconds).
        expect(Math.abs(o.lastModified.getTime() - before)).toBeLessThan(60_000);
      }
      // A prefix that ends mid-segment works too; so does no prefix at all.
      expect((await collect(owner.slice(0, 30))).map((o) => o.key).sort()).toEqual([...keys].sort());
      const all = (await collect()).map((o) => o.key);
      expect(all).toEqual(expect.arrayContaining([...keys, outside]));

      await store.delete(keys[0]!);
      expect((await collect(`${owner}/`)).map((o) => o.key).sort()).toEqual(keys.slice(1).sort());
      expect(await collect(`${randomUUID()}/`)).toEqual([]);
      await expect(collect("../")).rejects.toThrow(/invalid object key prefix/);
    });

    it("removeUnfinished never touches a complete object", async () => {
      const k = key();
      await putBytes(k, Buffer.from("complete"));
      const swept = await store.removeUnfinished(new Date(Date.now() + 60_000));
      expect(swept).toEqual({ removed: expect.any(Number), bytes: expect.any(Number) });
      expect((await readAll(await store.get(k))).toString()).toBe("complete");
      expect(await store.head(k)).toEqual({ size: 8, contentType: "application/pdf" });
    });

    it("every method rejects unsafe keys", async () => {
      for (const bad of ["../escape.pdf", "/abs.pdf", "a\\b.pdf", "a/../../b.pdf", "a b.pdf"]) {
        await expect(store.put(bad, streamOf(Buffer.alloc(1)), 1, "application/pdf")).rejects.toThrow(/invalid object key/);
        await expect(store.get(bad)).rejects.toThrow(/invalid object key/);
        await expect(store.head(bad)).rejects.toThrow(/invalid object key/);
        await expect(store.delete(bad)).rejects.toThrow(/invalid object key/);
        await expect(store.presignedGet(bad, { expiresSeconds: 60 })).rejects.toThrow(/invalid object key/);
      }
    });

    it("presignedGet returns a URL that serves the exact bytes", async () => {
      const k = key();
      const bytes = binaryBytes();
      await putBytes(k, bytes);
      const url = await store.presignedGet(k, { expiresSeconds: 60 });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
      expect(response.headers.get("content-disposition")).toBeNull();
    });

    it("presignedGet with a filename serves an attachment of that name", async () => {
      const k = key();
      await putBytes(k, Buffer.from("%PDF-1.7 invoice"));
      const url = await store.presignedGet(k, { expiresSeconds: 60, filename: 'Rechnung März "2024".pdf' });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("%PDF-1.7 invoice");
      const disposition = response.headers.get("content-disposition") ?? "";
      expect(disposition).toMatch(/^attachment;/);
      expect(disposition).toContain("filename*=UTF-8''Rechnung%20M%C3%A4rz%20%222024%22.pdf");
    });

    it("presignedGet rejects lifetimes outside 1 s .. 7 days", async () => {
      const k = newKey();
      await expect(store.presignedGet(k, { expiresSeconds: 0 })).rejects.toThrow(RangeError);
      await expect(store.presignedGet(k, { expiresSeconds: 8 * 24 * 3600 })).rejects.toThrow(RangeError);
    });

    it("health rejects with a readable message when the backend is unusable", async () => {
      await expect(target.unusableStore.health()).rejects.toThrow(/not reachable|not usable/);
    });
  });
}
