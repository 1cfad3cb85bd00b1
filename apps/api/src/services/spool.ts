// Receives multipart uploads without holding a large file in memory: each file part is hashed and
// measured as it streams; small files stay in memory (within a process-wide budget), larger ones go to a
// temporary file. The first bytes are always kept, so the type is sniffed without reading the file again.
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { chmod, lstat, mkdir, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import type { Logger } from "pino";
import { SNIFF_BYTES } from "@docscan/extract/sniff";
import { formatBytes } from "@docscan/intake/store";
import { LIMITS } from "@docscan/shared";

export { formatBytes };

export interface SpooledFile {
  filename: string;
  size: number;
  sha256: string;
  /** The first SNIFF_BYTES bytes (or all of a smaller file). */
  head: Buffer;
  /** The whole file when it is small enough to be kept in memory, else null (then it is at `path`). */
  bytes: Buffer | null;
  path: string | null;
}

/** Files up to this size stay in memory… */
export const IN_MEMORY_MAX_BYTES = 1024 * 1024;
/** …as long as all uploads in progress hold no more than this in memory together. */
const IN_MEMORY_BUDGET_BYTES = 64 * 1024 * 1024;
let inMemoryBytes = 0;

/** The file's bytes as a stream, from memory or from its temporary file. */
export function openSpooled(file: SpooledFile): Readable {
  if (file.bytes) return Readable.from([file.bytes]);
  return createReadStream(file.path!);
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

/**
 * Where files too large for memory wait while their request runs (named by a random UUID). It sits in the
 * shared temp folder, so it is made private (0700) and refused when someone else made it first (another
 * owner, or a symbolic link to elsewhere): see ensureSpoolDir.
 */
export const SPOOL_DIR = join(tmpdir(), "docscan-uploads");

/** The spool folder is not safe to use: another user could read, plant or redirect upload files. */
export class UnsafeSpoolDirError extends Error {
  override name = "UnsafeSpoolDirError";
}

/** Refuses a folder this process must not trust; makes one of its own private. Null: it does not exist. */
async function checkSpoolDir(dir: string): Promise<"ok" | null> {
  const info = await lstat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (!info) return null;
  const fix = "remove it, or set TMPDIR to a folder only docscan's user can write";
  if (info.isSymbolicLink()) throw new UnsafeSpoolDirError(`the upload temp folder ${dir} is a symbolic link: ${fix}`);
  if (!info.isDirectory()) throw new UnsafeSpoolDirError(`the upload temp folder ${dir} is not a folder: ${fix}`);
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) throw new UnsafeSpoolDirError(`the upload temp folder ${dir} belongs to another user (uid ${info.uid}): ${fix}`);
  if ((info.mode & 0o077) !== 0) await chmod(dir, 0o700);
  return "ok";
}

/**
 * Creates the spool folder with mode 0700 if missing, and checks it: a symbolic link, something that is not a
 * folder, or a folder of another user is an UnsafeSpoolDirError (the api refuses to start); a folder of
 * ours that others can open is made private. Called at start and before each temp file.
 */
export async function ensureSpoolDir(dir = SPOOL_DIR): Promise<void> {
  if ((await checkSpoolDir(dir)) === "ok") return;
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir, { mode: 0o700 }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== "EEXIST") throw err;
  });
  await checkSpoolDir(dir); // made by someone else between the two calls: checked all the same
}
export const MAX_FILES_PER_REQUEST = 50;
/** A temporary file not written for this long belongs to no request any more (its process crashed). */
export const SPOOL_STALE_AFTER_MS = 60 * 60_000;

/**
 * Bidirectional formatting characters (LRM, RLM, ALM, the embeddings, overrides and isolates): with them a
 * name can display as something else, e.g. "invoice\u202efdp.exe" as "invoiceexe.pdf". Letters of
 * right-to-left scripts are not among them and stay.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Keeps the last path segment, drops control and bidirectional formatting characters, and bounds the length. */
export function cleanFilename(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").replace(BIDI_CONTROLS, "").trim();
  return shorten(cleaned, LIMITS.filenameMax) || "upload";
}

/** At most `max` UTF-16 units, cut between characters (never inside an emoji), keeping a short extension. */
function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  let head = "";
  for (const ch of name.slice(0, name.length - ext.length)) {
    if (head.length + ch.length + ext.length > max) break;
    head += ch;
  }
  return head + ext;
}

export async function removeSpooled(files: SpooledFile[]): Promise<void> {
  for (const f of files) {
    if (f.bytes) inMemoryBytes -= f.bytes.length;
    f.bytes = null;
  }
  await Promise.all(files.map((f) => (f.path ? rm(f.path, { force: true }) : undefined)));
}

export interface SpoolLimits {
  /** Per file. */
  maxFileBytes: number;
  /** All files together (the room left in the owner's quota); past it, the rest is read but not kept. */
  maxTotalBytes?: { bytes: number; error: (filename: string) => Error };
}

/**
 * Receives every `file` part of a multipart body (in memory or on disk, see spoolSink). Rejects with
 * UploadError (and leaves no temporary files) when the body is not multipart, has no file, or a file
 * exceeds maxFileBytes; with maxTotalBytes.error() when the files together exceed maxTotalBytes.
 */
export async function spoolMultipart(
  headers: Record<string, string>,
  body: WebReadableStream<Uint8Array> | null,
  { maxFileBytes: maxBytes, maxTotalBytes }: SpoolLimits,
): Promise<SpooledFile[]> {
  if (!headers["content-type"]?.toLowerCase().startsWith("multipart/form-data") || !body) {
    throw new UploadError(400, "expected a multipart/form-data body with one or more `file` fields");
  }
  const files: SpooledFile[] = [];
  const writes: Promise<void>[] = [];
  let parser: busboy.Busboy;
  try {
    // busboy reports "limit" when a file *reaches* fileSize: one byte more, so a file of exactly maxBytes fits.
    parser = busboy({ headers, defParamCharset: "utf8", limits: { fileSize: maxBytes + 1, files: MAX_FILES_PER_REQUEST } });
  } catch {
    throw new UploadError(400, "malformed multipart/form-data header");
  }
  let failure: Error | null = null;
  let totalBytes = 0;
  /** Whether to keep a chunk of a file: not once the files together pass maxTotalBytes. */
  const keep = (file: SpooledFile, n: number): boolean => {
    totalBytes += n;
    if (maxTotalBytes && totalBytes > maxTotalBytes.bytes) failure ??= maxTotalBytes.error(file.filename);
    return !failure;
  };

  parser.on("file", (field, stream, info) => {
    if (field !== "file" || failure) {
      stream.resume();
      return;
    }
    const file: SpooledFile = { filename: cleanFilename(info.filename), size: 0, sha256: "", head: Buffer.alloc(0), bytes: null, path: null };
    files.push(file);
    stream.on("limit", () => {
      failure ??= new UploadError(413, `"${file.filename}" is larger than the upload limit of ${formatBytes(maxBytes)}`);
    });
    // A temp file that cannot be written (the folder is full or read-only) is this machine's fault: the
    // upload ends with that error (a 500, its detail in the log only), after the body has been read.
    const diskFailed = (err: Error) => void (failure ??= err);
    writes.push(pipeline(stream, spoolSink(file, keep, diskFailed)));
  });
  parser.on("filesLimit", () => {
    failure ??= new UploadError(413, `at most ${MAX_FILES_PER_REQUEST} files per request`);
  });

  try {
    await pipeline(Readable.fromWeb(body), parser);
    await Promise.all(writes);
  } catch (err) {
    await Promise.allSettled(writes);
    await removeSpooled(files);
    throw new UploadError(400, `could not read the upload: ${(err as Error).message}`);
  }
  if (failure || files.length === 0) {
    await removeSpooled(files);
    throw failure ?? new UploadError(400, "no `file` field in the upload");
  }
  return files;
}

/**
 * Removes temporary upload files not written for `olderThanMs` (a request in progress writes its file, and
 * removes it when it ends, so only files of a process that died stay that long). Returns what went.
 */
export async function sweepSpool(olderThanMs: number, now = Date.now(), dir = SPOOL_DIR): Promise<{ removed: number; bytes: number }> {
  // Never through a link planted in its place: that would remove another folder's old files.
  if ((await checkSpoolDir(dir)) === null) return { removed: 0, bytes: 0 };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { removed: 0, bytes: 0 };
    throw err;
  }
  let removed = 0;
  let bytes = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await lstat(path).catch(() => null); // gone meanwhile: its request ended
    if (!info?.isFile() || now - info.mtimeMs < olderThanMs) continue;
    await rm(path, { force: true });
    removed++;
    bytes += info.size;
  }
  return { removed, bytes };
}

let sweeping: NodeJS.Timeout | null = null;

/**
 * Sweeps the temporary upload files of crashed processes now and then hourly, once per process (the api
 * calls it at start; see docs/decisions/0017-errors-sessions-throttling-reconciliation.md).
 */
export function sweepSpoolHourly(log: Logger): void {
  if (sweeping) return;
  const run = () =>
    sweepSpool(SPOOL_STALE_AFTER_MS).then(
      ({ removed, bytes }) => {
        if (removed > 0) log.info({ removed, bytes, dir: SPOOL_DIR }, "removed upload temp files left by a crash");
      },
      (err: unknown) => log.warn({ err, dir: SPOOL_DIR }, "could not sweep upload temp files"),
    );
  void run();
  sweeping = setInterval(() => void run(), 60 * 60_000);
  sweeping.unref();
}


/**
 * Collects a file part in memory and moves it to a temporary file once it passes IN_MEMORY_MAX_BYTES or
 * the memory budget; hashes and measures it on the way. Chunks `keep` refuses are dropped (the upload is
 * refused anyway). A temporary file that cannot be created or written is reported to `diskFailed` and the
 * rest of the part is drained, never an error of the stream: busboy would wait for ever on a file stream
 * that stopped reading.
 */
function spoolSink(file: SpooledFile, keep: (file: SpooledFile, n: number) => boolean, diskFailed: (err: Error) => void): Writable {
  const hash = createHash("sha256");
  let chunks: Buffer[] = [];
  let held = 0;
  let disk: WriteStream | null = null;
  let broken = false;
  /** A write waiting for the disk to drain: released by a disk error too. */
  let waiting: (() => void) | null = null;
  const release = () => {
    inMemoryBytes -= held;
    held = 0;
  };
  const fail = (err: Error) => {
    if (broken) return;
    broken = true;
    chunks = [];
    release();
    diskFailed(err);
    const resume = waiting;
    waiting = null;
    resume?.();
  };
  const toDisk = async (): Promise<WriteStream> => {
    await ensureSpoolDir();
    file.path = join(SPOOL_DIR, randomUUID());
    // "wx": a new file only, never one planted under the same name (or a link to one).
    const out = createWriteStream(file.path, { flags: "wx", mode: 0o600 });
    out.on("error", fail);
    for (const c of chunks) out.write(c);
    chunks = [];
    release();
    return out;
  };
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      if (broken || !keep(file, chunk.length)) return done();
      hash.update(chunk);
      if (file.head.length < SNIFF_BYTES) file.head = Buffer.concat([file.head, chunk.subarray(0, SNIFF_BYTES - file.head.length)]);
      file.size += chunk.length;
      if (disk) {
        if (disk.write(chunk)) return done();
        waiting = done;
        disk.once("drain", () => {
          if (waiting !== done) return; // already released by a disk error
          waiting = null;
          done();
        });
        return;
      }
      chunks.push(chunk);
      held += chunk.length;
      inMemoryBytes += chunk.length;
      if (file.size <= IN_MEMORY_MAX_BYTES && inMemoryBytes <= IN_MEMORY_BUDGET_BYTES) return done();
      toDisk().then(
        (out) => {
          disk = out;
          done();
        },
        (err: Error) => {
          fail(err);
          done();
        },
      );
    },
    final(done) {
      file.sha256 = hash.digest("hex");
      if (broken) return done();
      if (!disk) {
        file.bytes = Buffer.concat(chunks, held);
        return done(); // `held` stays counted until removeSpooled
      }
      const out = disk;
      // Ends on finish, or on an error (fail() has reported it), whichever comes first.
      const settle = () => {
        out.off("finish", settle);
        out.off("error", settle);
        done();
      };
      out.once("error", settle);
      out.end();
      out.once("finish", settle);
    },
    destroy(err, done) {
      if (!disk && !file.bytes) release();
      if (disk && !disk.closed) disk.destroy();
      done(err);
    },
  });
}
