// Bulk import through the HTTP API: skips files already stored (same SHA-256), continues past
// failures, and is safe to re-run after an interruption. Files are uploaded while the folders are still
// being walked; what affects every file (token refused, server gone, quota full) stops the run instead.
import { createHash } from "node:crypto";
import { createReadStream, openAsBlob, type Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { setTimeout as sleep } from "node:timers/promises";

export interface IngestOptions {
  url: string;
  token?: string;
  concurrency: number;
  onProgress?: (p: IngestProgress) => void;
}
export interface IngestProgress {
  /** Files found so far; grows while `walking`. */
  found: number;
  walking: boolean;
  done: number;
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
  current: string | null;
}
export interface Problem {
  path: string;
  reason: string;
}
export interface IngestSummary {
  /** Files found (not counting hidden ones and the entries in `skipped`/`failed` that the walk could not use). */
  found: number;
  imported: number;
  duplicates: number;
  /** Nothing to import there: unsupported type, empty, over the size limit, a link to a folder or a broken link. */
  skipped: Problem[];
  failed: Problem[];
  /** Why the run stopped before the end (token refused, server unreachable, quota full), else null. */
  stopped: string | null;
}

/** Retries after the first attempt; they wait RETRY_DELAY_MS, then twice, then four times as long. */
const RETRIES = 3;
const RETRY_DELAY_MS = 500;
const MAX_RETRY_AFTER_MS = 60_000;

type Found = { path: string; skipped?: string; failed?: string };

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files under `paths`, yielded as they are found: folders recursively in name order, hidden entries
 * left out. Paths given are followed even when they are links; inside folders a link to a file is followed
 * (its target is uploaded) but a link to a folder is not, so a link to a parent cannot loop. What cannot be
 * read comes out with a reason and the walk goes on.
 */
export async function* walkFiles(paths: string[]): AsyncGenerator<Found> {
  for (const path of new Set(paths)) {
    const s = await stat(path).catch((err: unknown) => errCode(err));
    if (typeof s === "string") yield { path, failed: s === "ENOENT" ? "no such file or folder" : `cannot read it (${s})` };
    else if (s.isDirectory()) yield* walkFolder(path);
    else if (s.isFile()) yield { path };
    else yield { path, skipped: "not a regular file" };
  }
}

async function* walkFolder(dir: string): AsyncGenerator<Found> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, failed: `cannot read the folder (${errCode(err)})` };
    return;
  }
  for (const e of entries.filter((e) => !e.name.startsWith(".")).sort(byName)) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walkFolder(path);
    else if (e.isFile()) yield { path };
    else if (e.isSymbolicLink()) {
      const target = await stat(path).catch((err: unknown) => errCode(err));
      if (typeof target === "string") yield { path, skipped: `broken symbolic link (${target})` };
      else if (target.isFile()) yield { path };
      else yield { path, skipped: target.isDirectory() ? "symbolic link to a folder (not followed)" : "not a regular file" };
    }
    // Sockets, FIFOs and devices are no documents: left out like hidden files.
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

async function errorText(res: Response): Promise<string> {
  const body = await res.text();
  try {
    return (JSON.parse(body) as { error?: string }).error ?? body;
  } catch {
    return body || res.statusText;
  }
}

/** Worth another try: a network error, 429 or 5xx. */
class Transient extends Error {
  constructor(
    message: string,
    readonly network: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
/** Affects every file: the run stops. */
class Stop extends Error {}
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`${status}: ${message}`);
  }
}

function retryAfterMs(res: Response): number | null {
  const h = res.headers.get("retry-after");
  if (!h) return null;
  const ms = /^\d+$/.test(h.trim()) ? Number(h) * 1000 : Date.parse(h) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : null;
}

export async function ingest(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const base = opts.url.replace(/\/+$/, "");
  const headers: Record<string, string> = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
  const summary: IngestSummary = { found: 0, imported: 0, duplicates: 0, skipped: [], failed: [], stopped: null };
  let walking = true;
  let done = 0;
  const report = (current: string | null) =>
    opts.onProgress?.({ found: summary.found, walking, done, imported: summary.imported, duplicates: summary.duplicates, skipped: summary.skipped.length, failed: summary.failed.length, current });

  /** A request whose answer is OK; anything else is thrown as Stop, Transient or HttpError. */
  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { ...init, headers });
    } catch (err) {
      const cause = (err as Error).cause as Error | undefined;
      throw new Transient(`cannot reach the docscan server at ${base} (${cause?.message ?? (err as Error).message})`, true);
    }
    if (res.ok) return res;
    const text = await errorText(res);
    if (res.status === 401 || res.status === 403) {
      throw new Stop(`the server refused ${opts.token ? "the token" : "the request: no token was given"} (${res.status}: ${text}); set DOCSCAN_TOKEN or pass --token`);
    }
    if (res.status === 429 || res.status >= 500) throw new Transient(`${res.status}: ${text}`, false, retryAfterMs(res));
    throw new HttpError(res.status, text);
  }

  /** Runs `attempt` again after a transient failure, with backoff; a network failure that persists stops the run. */
  async function withRetries<T>(attempt: (n: number) => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt(n);
      } catch (err) {
        if (!(err instanceof Transient)) throw err;
        if (n >= RETRIES) throw err.network ? new Stop(`${err.message}; is it running? (DOCSCAN_URL or --url)`) : new Error(err.message);
        await sleep(err.retryAfterMs ?? RETRY_DELAY_MS * 2 ** n);
      }
    }
  }

  /** The id of a stored document of the caller's with these bytes, or null (an admin's other users' copies do not count). */
  async function lookup(sha: string): Promise<string | null> {
    const res = await request(`/api/documents?sha256=${sha}&owner=me&perPage=1`);
    return ((await res.json()) as { items: { id: string }[] }).items[0]?.id ?? null;
  }

  // Token and server, once, before any file is read.
  await withRetries(() => request("/api/documents?perPage=1")).catch((err: unknown) => {
    throw new Error(err instanceof HttpError ? `the server at ${base} answered ${err.message}` : (err as Error).message);
  });

  // Hashes being looked up or uploaded right now: a second copy waits for the first, then finds it stored.
  const inFlight = new Map<string, Promise<unknown>>();

  async function one(path: string): Promise<void> {
    const size = (await stat(path)).size;
    if (size === 0) {
      summary.skipped.push({ path, reason: "empty file" });
      return;
    }
    const sha = await sha256File(path);
    while (inFlight.has(sha)) await inFlight.get(sha);
    const work = withRetries(async (n) => {
      // Also before each re-post: an attempt that failed may have stored the file after all.
      if (await lookup(sha)) return n === 0 ? "duplicate" : "imported";
      const form = new FormData();
      form.append("file", await openAsBlob(path), basename(path));
      const res = await request("/api/documents", { method: "POST", body: form });
      return ((await res.json()) as { documents: { duplicateOf: string | null }[] }).documents[0]?.duplicateOf ? "duplicate" : "imported";
    });
    inFlight.set(sha, work.catch(() => {}));
    try {
      if ((await work) === "imported") summary.imported++;
      else summary.duplicates++;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      if (err.status === 415) summary.skipped.push({ path, reason: `unsupported type (${err.message})` });
      else if (err.status === 413 && /quota/i.test(err.message)) throw new Stop(`the quota is full (${err.message})`);
      else if (err.status === 413) summary.skipped.push({ path, reason: `too large (${err.message})` });
      else throw err;
    } finally {
      inFlight.delete(sha);
    }
  }

  const files = walkFiles(paths);
  async function lane(): Promise<void> {
    while (!summary.stopped) {
      const next = await files.next();
      if (next.done) {
        if (walking) {
          walking = false;
          report(null);
        }
        return;
      }
      const { path, skipped, failed } = next.value;
      if (skipped) summary.skipped.push({ path, reason: skipped });
      else if (failed) summary.failed.push({ path, reason: failed });
      if (skipped || failed) continue;
      summary.found++;
      report(path);
      try {
        await one(path);
      } catch (err) {
        if (err instanceof Stop) summary.stopped ??= err.message;
        else summary.failed.push({ path, reason: (err as Error).message });
      } finally {
        done++;
        report(null);
      }
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency }, lane));
  return summary;
}
