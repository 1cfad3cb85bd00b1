// Receives multipart uploads without holding a file in memory: each file part is streamed to a
// temporary file while its size and SHA-256 are computed, so the type can be sniffed from the
// bytes and the object store gets a stream of known length.
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { LIMITS } from "@docscan/shared";

export interface SpooledFile {
  filename: string;
  path: string;
  size: number;
  sha256: string;
}

export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

const SPOOL_DIR = join(tmpdir(), "docscan-uploads");
const MAX_FILES_PER_REQUEST = 50;

/** Keeps the last path segment, drops control characters, and bounds the length. */
export function cleanFilename(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, LIMITS.filenameMax);
  return cleaned || "upload";
}

export async function removeSpooled(files: SpooledFile[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f.path, { force: true })));
}

/**
 * Streams every `file` part of a multipart body to disk. Rejects with UploadError (and leaves no
 * temporary files) when the body is not multipart, has no file, or a file exceeds maxBytes.
 */
export async function spoolMultipart(
  headers: Record<string, string>,
  body: WebReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<SpooledFile[]> {
  if (!headers["content-type"]?.toLowerCase().startsWith("multipart/form-data") || !body) {
    throw new UploadError(400, "expected a multipart/form-data body with one or more `file` fields");
  }
  await mkdir(SPOOL_DIR, { recursive: true });
  const files: SpooledFile[] = [];
  const writes: Promise<void>[] = [];
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers, defParamCharset: "utf8", limits: { fileSize: maxBytes, files: MAX_FILES_PER_REQUEST } });
  } catch {
    throw new UploadError(400, "malformed multipart/form-data header");
  }
  let failure: UploadError | null = null;

  parser.on("file", (field, stream, info) => {
    if (field !== "file" || failure) {
      stream.resume();
      return;
    }
    const file: SpooledFile = { filename: cleanFilename(info.filename), path: join(SPOOL_DIR, randomUUID()), size: 0, sha256: "" };
    files.push(file);
    const hash = createHash("sha256");
    const measure = new Transform({
      transform(chunk: Buffer, _enc, done) {
        file.size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    stream.on("limit", () => {
      failure ??= new UploadError(413, `"${file.filename}" is larger than the upload limit of ${formatBytes(maxBytes)}`);
    });
    writes.push(
      pipeline(stream, measure, createWriteStream(file.path)).then(() => {
        file.sha256 = hash.digest("hex");
      }),
    );
  });
  parser.on("filesLimit", () => {
    failure ??= new UploadError(413, `at most ${MAX_FILES_PER_REQUEST} files per request`);
  });

  try {
    await pipeline(Readable.fromWeb(body), parser);
    await Promise.all(writes);
  } catch (err) {
    await removeSpooled(files);
    throw new UploadError(400, `could not read the upload: ${(err as Error).message}`);
  }
  if (failure || files.length === 0) {
    await removeSpooled(files);
    throw failure ?? new UploadError(400, "no `file` field in the upload");
  }
  return files;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 102.4) / 10} KB`;
  return `${n} bytes`;
}
