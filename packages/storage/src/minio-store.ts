import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { Client, type BucketItem } from "minio";
import type { S3StorageConfig } from "./config.ts";
import { parseS3Endpoint } from "./config.ts";
import { attachmentDisposition } from "./content-disposition.ts";
import { describeError } from "./describe-error.ts";
import { exactSize } from "./exact-size.ts";
import { assertValidKey, assertValidPrefix } from "./keys.ts";
import type { ListedObject, ObjectInfo, ObjectStore } from "./object-store.ts";
import { assertExpiresSeconds, assertSize, ObjectNotFoundError } from "./object-store.ts";

const HEALTH_TIMEOUT_MS = 5_000;

/** S3-protocol storage (MinIO in production) through the `minio` client. */
export class MinioObjectStore implements ObjectStore {
  readonly backend = "s3" as const;
  private readonly client: Client;
  private readonly bucket: string;

  constructor(private readonly config: S3StorageConfig) {
    this.bucket = config.bucket;
    this.client = new Client({
      ...parseS3Endpoint(config.endpoint),
      accessKey: config.accessKey,
      secretKey: config.secretKey,
      // A fixed region spares a GetBucketLocation round trip before each first request.
      region: config.region,
      pathStyle: true,
    });
  }

  async ensureReady(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) return;
    try {
      await this.client.makeBucket(this.bucket, this.config.region);
    } catch (error) {
      // Lost a race with another process creating it: still ready.
      if (!hasCode(error, "BucketAlreadyOwnedByYou", "BucketAlreadyExists")) throw error;
    }
  }

  async put(key: string, body: Readable, size: number, contentType: string): Promise<void> {
    assertValidKey(key);
    assertSize(size);
    // pipeline forwards a source error (or a size mismatch) to `checked`. A single PUT then rejects; a
    // multipart one (over 64 MiB) listens only to minio's own chunking stream and would wait for ever, so
    // the error is raced against it. (Its parts stay behind: MinIO drops stale ones after a day; on AWS S3 give
    // the bucket an AbortIncompleteMultipartUpload lifecycle rule.) s3rver, in our tests, has no multipart.
    const checked = pipeline(body, exactSize(size), () => {});
    const failed = new Promise<never>((_, reject) => checked.once("error", reject));
    failed.catch(() => {});
    try {
      await Promise.race([this.client.putObject(this.bucket, key, checked, size, { "Content-Type": contentType }), failed]);
    } catch (error) {
      checked.destroy();
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    assertValidKey(key);
    try {
      return await this.client.getObject(this.bucket, key);
    } catch (error) {
      throw isNotFound(error) ? new ObjectNotFoundError(key) : error;
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    assertValidKey(key);
    try {
      const stat = await this.client.statObject(this.bucket, key);
      const contentType: unknown = stat.metaData["content-type"];
      return { size: stat.size, contentType: typeof contentType === "string" ? contentType : null };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.removeObject(this.bucket, key);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async *list(prefix = ""): AsyncIterable<ListedObject> {
    assertValidPrefix(prefix);
    // Recursive ListObjectsV2, a page of up to 1000 keys at a time as the caller iterates.
    for await (const item of this.client.listObjectsV2(this.bucket, prefix, true) as AsyncIterable<BucketItem>) {
      if (item.name) yield { key: item.name, size: item.size, lastModified: item.lastModified };
    }
  }

  /**
   * Nothing to do: a single PUT (up to 64 MiB) is atomic on the server, and the parts of an unfinished
   * multipart upload are the server's to expire (see put()).
   */
  async removeUnfinished(): Promise<{ removed: number; bytes: number }> {
    return { removed: 0, bytes: 0 };
  }

  async presignedGet(key: string, opts: { expiresSeconds: number; filename?: string }): Promise<string> {
    assertValidKey(key);
    assertExpiresSeconds(opts.expiresSeconds);
    const responseHeaders: Record<string, string> = opts.filename ? { "response-content-disposition": attachmentDisposition(opts.filename) } : {};
    return this.client.presignedGetObject(this.bucket, key, opts.expiresSeconds, responseHeaders);
  }

  async health(): Promise<void> {
    const where = `S3 storage at ${this.config.endpoint} (bucket "${this.bucket}")`;
    let exists: boolean;
    try {
      exists = await withTimeout(this.client.bucketExists(this.bucket), HEALTH_TIMEOUT_MS);
    } catch (error) {
      throw new Error(`${where} is not reachable: ${describeError(error)}`, { cause: error });
    }
    if (!exists) throw new Error(`${where}: the bucket does not exist`);
  }
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && codes.includes(code);
}

function isNotFound(error: unknown): boolean {
  return hasCode(error, "NoSuchKey", "NotFound");
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
