// Test-only helpers (the "./testing" export): never imported by production code.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import type { S3StorageConfig } from "./config.ts";
import { s3ConfigSchema } from "./config.ts";

/** An S3-protocol server (s3rver) on 127.0.0.1, a free port, a fresh temp directory and a fresh bucket. */
export async function startS3Server(): Promise<{ config: S3StorageConfig; stop(): Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), "docscan-s3rver-"));
  const bucket = `docscan-test-${randomUUID()}`;
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  try {
    const { port } = await server.run();
    const config: S3StorageConfig = {
      backend: "s3",
      endpoint: `http://127.0.0.1:${port}`,
      accessKey: "S3RVER",
      secretKey: "S3RVER",
      bucket,
      region: "us-east-1",
    };
    return {
      config,
      async stop() {
        await server.close();
        await rm(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

/** Real MinIO (or any S3) from S3_ENDPOINT / S3_ACCESS_KEY / S3_SECRET_KEY / S3_BUCKET, or null when S3_ENDPOINT is unset. */
export function storageConfigFromTestEnv(): S3StorageConfig | null {
  const endpoint = process.env.S3_ENDPOINT;
  if (!endpoint) return null;
  const parsed = s3ConfigSchema.safeParse({
    backend: "s3",
    endpoint,
    accessKey: process.env.S3_ACCESS_KEY,
    secretKey: process.env.S3_SECRET_KEY,
    bucket: process.env.S3_BUCKET ?? "docscan-test",
    region: process.env.S3_REGION || undefined,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`S3_ENDPOINT is set but the S3_* test settings are invalid: ${issues}`);
  }
  return parsed.data;
}
