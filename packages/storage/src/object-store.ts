import type { Readable } from "node:stream";

export type StorageBackend = "fs" | "s3";

export interface ObjectInfo {
  size: number;
  contentType: string | null;
}

/** One object as a listing shows it. */
export interface ListedObject {
  key: string;
  size: number;
  /** When the object was last written. */
  lastModified: Date;
}

export class ObjectNotFoundError extends Error {
  readonly key: string;

  constructor(key: string) {
    super(`object not found: ${key}`);
    this.name = "ObjectNotFoundError";
    this.key = key;
  }
}

export interface ObjectStore {
  readonly backend: StorageBackend;
  /** Create the bucket / root directory if missing. Idempotent. */
  ensureReady(): Promise<void>;
  /** Store a stream whose byte length is known up front. Rejects (and leaves no partial object) if the stream errors or its length differs from size. */
  put(key: string, body: Readable, size: number, contentType: string): Promise<void>;
  /** Throws ObjectNotFoundError for a missing key. */
  get(key: string): Promise<Readable>;
  head(key: string): Promise<ObjectInfo | null>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Every object whose key starts with `prefix` (all objects without one), in no set order, page by page as
   * the caller iterates. Objects written or deleted meanwhile may or may not show.
   */
  list(prefix?: string): AsyncIterable<ListedObject>;
  /**
   * Removes what puts that never finished left behind (their process was killed mid-write), last written
   * before `olderThan`; complete objects are never touched. Says how many pieces and bytes went.
   */
  removeUnfinished(olderThan: Date): Promise<{ removed: number; bytes: number }>;
  /** A time-limited URL for GET; with `filename` the response is served as an attachment of that name. */
  presignedGet(key: string, opts: { expiresSeconds: number; filename?: string }): Promise<string>;
  /** Resolves when the backend is reachable and usable, throws with a readable message otherwise. */
  health(): Promise<void>;
}

/** S3 caps presigned URLs at 7 days; the fs store follows the same rule so callers see one contract. */
export const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;

export function assertExpiresSeconds(expiresSeconds: number): void {
  if (!Number.isInteger(expiresSeconds) || expiresSeconds < 1 || expiresSeconds > MAX_PRESIGN_SECONDS) {
    throw new RangeError(`expiresSeconds must be an integer from 1 to ${MAX_PRESIGN_SECONDS}, got ${expiresSeconds}`);
  }
}

export function assertSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`size must be a non-negative integer, got ${size}`);
  }
}
