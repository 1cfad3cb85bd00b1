import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createObjectStore } from "../src/index.ts";
import { startS3Server } from "../src/testing.ts";
import { runObjectStoreContract } from "./contract.ts";
import { closedPort, newKey, readAll, streamOf } from "./streams.ts";

runObjectStoreContract("s3 (s3rver on 127.0.0.1)", async () => {
  const server = await startS3Server();
  return {
    store: createObjectStore(server.config),
    unusableStore: createObjectStore({ ...server.config, endpoint: `http://127.0.0.1:${await closedPort()}` }),
    stop: () => server.stop(),
  };
});

describe("s3 store specifics (s3rver)", () => {
  let server: Awaited<ReturnType<typeof startS3Server>>;
  beforeAll(async () => {
    server = await startS3Server();
  });
  afterAll(async () => {
    await server.stop();
  });

  it("startS3Server gives a 127.0.0.1 endpoint, S3RVER credentials and a fresh bucket each time", async () => {
    const other = await startS3Server();
    try {
      expect(server.config.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.config).toMatchObject({ backend: "s3", accessKey: "S3RVER", secretKey: "S3RVER" });
      expect(other.config.bucket).not.toBe(server.config.bucket);
      expect(other.config.endpoint).not.toBe(server.config.endpoint);
      await expect(createObjectStore(other.config).health()).resolves.toBeUndefined();
    } finally {
      await other.stop();
    }
  });

  it("health names a missing bucket; ensureReady creates it", async () => {
    const store = createObjectStore({ ...server.config, bucket: `missing-${randomUUID()}` });
    await expect(store.health()).rejects.toThrow(/bucket does not exist/);
    await store.ensureReady();
    await store.ensureReady();
    await expect(store.health()).resolves.toBeUndefined();
    const key = newKey();
    await store.put(key, streamOf(Buffer.from("in the new bucket")), 17, "text/plain");
    expect((await readAll(await store.get(key))).toString()).toBe("in the new bucket");
  });

  it("health on a closed port names the endpoint and the reason", async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const store = createObjectStore({ ...server.config, endpoint });
    await expect(store.health()).rejects.toThrow(`S3 storage at ${endpoint}`);
    await expect(store.health()).rejects.toThrow(/ECONNREFUSED/);
  });

  it("a presigned URL stops working after it expires", async () => {
    const store = createObjectStore(server.config);
    const key = newKey();
    await store.put(key, streamOf(Buffer.from("short-lived")), 11, "text/plain");
    const url = await store.presignedGet(key, { expiresSeconds: 5 });
    expect((await fetch(url)).status).toBe(200);
    // X-Amz-Date is cut to the second: wait for the signed instant plus the lifetime, with a margin.
    const signed = new URL(url).searchParams.get("X-Amz-Date")!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, "$1-$2-$3T$4:$5:$6Z");
    await new Promise((resolve) => setTimeout(resolve, Date.parse(signed) + 5_000 + 1_500 - Date.now()));
    expect((await fetch(url)).status).toBe(403);
  });
});
