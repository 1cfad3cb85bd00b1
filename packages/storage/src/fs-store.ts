import { randomUUID } from "node:crypto";
import { createWriteStream, constants as fsConstants } from "node:fs";
import { access, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FsStorageConfig } from "./config.ts";
import { exactSize } from "./exact-size.ts";
import { signFsObject } from "./fs-presign.ts";
import { assertValidKey, assertValidPrefix } from "./keys.ts";
import type { ListedObject, ObjectInfo, ObjectStore } from "./object-store.ts";
import { assertExpiresSeconds, assertSize, ObjectNotFoundError } from "./object-store.ts";

// "~" can never occur in a key, so sidecar and temp names can never collide with an object.
const META_SUFFIX = "~meta.json";
const TMP_MARKER = "~tmp-";

/**
 * Objects as plain files under `root` (the key is the relative path), the content type in a
 * `<file>~meta.json` sidecar. Writes go to a temp file in the same directory and are renamed into place.
 */
export class FsObjectStore implements ObjectStore {
  readonly backend = "fs" as const;
  private readonly root: string;
  private readonly baseUrl: string;

  constructor(private readonly config: FsStorageConfig) {
    this.root = resolve(config.root);
    this.baseUrl = config.publicBaseUrl.replace(/\/+$/, "");
  }

  async ensureReady(): Promise<void> {
    // The originals are private: other users of the machine may not even list them.
    await mkdir(this.root, { recursive: true, mode: 0o700 });
  }

  async put(key: string, body: Readable, size: number, contentType: string): Promise<void> {
    const file = this.pathFor(key);
    assertSize(size);
    const tmp = `${file}${TMP_MARKER}${randomUUID()}`;
    const metaTmp = `${tmp}${META_SUFFIX}`;
    try {
      await mkdir(dirname(file), { recursive: true });
      await pipeline(body, exactSize(size), createWriteStream(tmp, { flags: "wx" }));
      await writeFile(metaTmp, JSON.stringify({ contentType }), { flag: "wx" });
      // On disk before they are renamed, and the renames on disk before put() returns: the caller then
      // commits a row pointing here, and after a power cut the file must not come back empty or short.
      await Promise.all([syncToDisk(tmp), syncToDisk(metaTmp)]);
      // Data is renamed last: the object becomes visible only once both files are complete.
      await rename(metaTmp, `${file}${META_SUFFIX}`);
      await rename(tmp, file);
      await syncToDisk(dirname(file));
    } catch (error) {
      body.destroy();
      await Promise.all([rm(tmp, { force: true }), rm(metaTmp, { force: true })]);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathFor(key);
    const handle = await open(file, "r").catch((error: unknown) => {
      throw isMissing(error) ? new ObjectNotFoundError(key) : error;
    });
    const stats = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (!stats.isFile()) {
      await handle.close();
      throw new ObjectNotFoundError(key);
    }
    return handle.createReadStream();
  }

  async head(key: string): Promise<ObjectInfo | null> {
    const file = this.pathFor(key);
    const stats = await stat(file).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (!stats?.isFile()) return null;
    return { size: stats.size, contentType: await this.readContentType(file) };
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    await rm(file, { force: true });
    await rm(`${file}${META_SUFFIX}`, { force: true });
  }

  async *list(prefix = ""): AsyncIterable<ListedObject> {
    assertValidPrefix(prefix);
    // Walk only the folder the prefix names ("a/b/c" → a/b), keeping the keys that start with it.
    const folder = prefix.includes("/") ? prefix.slice(0, prefix.lastIndexOf("/")) : "";
    yield* this.walk(folder ? this.pathFor(folder) : this.root, prefix);
  }

  /** A put writes `<file>~tmp-<uuid>` (and its `~meta.json`), then renames; a kill before the renames leaves them. */
  async removeUnfinished(olderThan: Date): Promise<{ removed: number; bytes: number }> {
    let removed = 0;
    let bytes = 0;
    const sweep = async (dir: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          await sweep(path);
          continue;
        }
        // A temp file, or a content-type sidecar whose data file never arrived.
        const unfinished =
          entry.name.includes(TMP_MARKER) || (entry.name.endsWith(META_SUFFIX) && !(await exists(path.slice(0, -META_SUFFIX.length))));
        if (!unfinished) continue;
        const stats = await stat(path).catch(() => null);
        if (!stats || stats.mtime >= olderThan) continue;
        await rm(path, { force: true });
        removed++;
        bytes += stats.size;
      }
    };
    await sweep(this.root);
    return { removed, bytes };
  }

  private async *walk(dir: string, prefix: string): AsyncIterable<ListedObject> {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      if (isMissing(error)) return []; // nothing under this prefix (or removed meanwhile)
      throw error;
    });
    for (const entry of entries) {
      // "~" never occurs in a key: content-type sidecars and temp files of puts in progress.
      if (entry.name.includes("~")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        yield* this.walk(path, prefix);
        continue;
      }
      if (!entry.isFile()) continue;
      const key = relative(this.root, path).split(sep).join("/");
      if (!key.startsWith(prefix)) continue;
      const stats = await stat(path).catch((error: unknown) => {
        if (isMissing(error)) return null; // deleted meanwhile
        throw error;
      });
      if (stats) yield { key, size: stats.size, lastModified: stats.mtime };
    }
  }

  async presignedGet(key: string, opts: { expiresSeconds: number; filename?: string }): Promise<string> {
    assertValidKey(key);
    assertExpiresSeconds(opts.expiresSeconds);
    const expires = String(Math.floor(Date.now() / 1000) + opts.expiresSeconds);
    const query = new URLSearchParams({
      expires,
      signature: signFsObject(this.config.signingSecret, key, expires, opts.filename),
    });
    if (opts.filename) query.set("filename", opts.filename);
    return `${this.baseUrl}/api/objects/${encodeURIComponent(key)}?${query.toString()}`;
  }

  async health(): Promise<void> {
    try {
      const stats = await stat(this.root);
      if (!stats.isDirectory()) throw new Error("not a directory");
      await access(this.root, fsConstants.R_OK | fsConstants.W_OK);
    } catch (error) {
      throw new Error(`filesystem storage root ${this.root} is not usable: ${(error as Error).message}`, { cause: error });
    }
  }

  private pathFor(key: string): string {
    assertValidKey(key);
    const file = resolve(this.root, key);
    if (!file.startsWith(this.root + sep)) throw new Error(`object key escapes the storage root: ${key}`);
    return file;
  }

  private async readContentType(file: string): Promise<string | null> {
    try {
      const meta: unknown = JSON.parse(await readFile(`${file}${META_SUFFIX}`, "utf8"));
      const contentType = (meta as { contentType?: unknown } | null)?.contentType;
      return typeof contentType === "string" ? contentType : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: unknown) => {
      if (isMissing(error)) return false;
      throw error;
    },
  );
}

/** fsync of a file, or of a folder (its entries: the renames in it). */
async function syncToDisk(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
