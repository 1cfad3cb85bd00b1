import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createObjectStore, type ObjectStore } from "@docscan/storage";
import { startS3Server, storageConfigFromTestEnv } from "@docscan/storage/testing";
import { createHarness, TINY_PDF, uploadForm, type Harness } from "./helpers.ts";

let h: Harness;
let storage: ObjectStore;
let stopS3: (() => Promise<void>) | undefined;

// The same upload/download/delete path on the S3 backend: real MinIO when S3_ENDPOINT is set, else s3rver.
beforeAll(async () => {
  const fromEnv = storageConfigFromTestEnv();
  const server = fromEnv ? null : await startS3Server();
  stopS3 = server?.stop;
  storage = createObjectStore(fromEnv ?? server!.config);
  await storage.ensureReady();
  h = await createHarness({ storage, fsSigningSecret: null });
});
afterAll(async () => {
  await h?.close();
  await stopS3?.();
});

describe("documents on S3 storage", () => {
  it("uploads, downloads the same bytes, and deletes the object", async () => {
    const res = await h.request("/api/documents", { method: "POST", body: uploadForm({ name: "scan.pdf", bytes: TINY_PDF }) });
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
    const doc = await h.caller.documents.get({ id });
    expect(doc.storageBackend).toBe("s3");
    expect(await storage.head(doc.objectKey)).toMatchObject({ size: TINY_PDF.length });

    const file = await h.request(`/api/documents/${id}/file`);
    expect(Buffer.from(await file.arrayBuffer()).equals(TINY_PDF)).toBe(true);

    // DELETE moves it to the trash (the object stays); permanent=true removes the object.
    expect((await h.request(`/api/documents/${id}`, { method: "DELETE" })).status).toBe(204);
    expect(await storage.head(doc.objectKey)).not.toBeNull();
    expect((await h.request(`/api/documents/${id}?permanent=true`, { method: "DELETE" })).status).toBe(204);
    expect(await storage.head(doc.objectKey)).toBeNull();
  });

  it("reports S3 health", async () => {
    expect(await (await h.request("/healthz")).json()).toMatchObject({ checks: { storage: { ok: true } } });
  });
});
